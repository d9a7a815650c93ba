"""kg.extract: a bare kind noun before a role ("union leader Y", "federation secretary Y",
"company spokeswoman Y", "Party chairman Y" at the start of a sentence) stands for the
organisation of that kind the text just named: the speaker speaks for it
(``on_behalf_of``) and is its member. Near-misses: no such organisation named, a rival's
or a former role, a real name that has the kind word.

Every sentence is invented. The articles are published on Friday 2024-03-15.
"""

from __future__ import annotations

import pytest

# fmt: off
KIND = [
    # (text, speaker, on_behalf_of)
    pytest.param("The Veska Farmers Union has called a strike. Union leader Tomas Brenn said "
                 "members were angry.", "Tomas Brenn", "Veska Farmers Union", id="union-leader"),
    pytest.param("The Harbour Pilots Federation said the port was unsafe. \"We cannot work "
                 "like this,\" federation secretary Ilse Marrow told reporters.", "Ilse Marrow",
                 "Harbour Pilots Federation", id="federation-secretary-in-quote-sentence"),
    pytest.param("Delta Grain denied the report. \"We have never sold the mill,\" company "
                 "spokeswoman Noor Haddad said.", "Noor Haddad", "Delta Grain",
                 id="company-spokeswoman-generic-kind"),
    pytest.param("The Green Harbour Party won six seats on Sunday. Party chairman Piet Olsen "
                 "said the result was historic.", "Piet Olsen", "Green Harbour Party",
                 id="capitalised-kind-word-at-sentence-start"),
    pytest.param("Dockside Union and Marlow City Council met on Monday. Union treasurer Lena "
                 "Fox said the talks had gone well.", "Lena Fox", "Dockside Union",
                 id="union-treasurer-two-organisations"),
    pytest.param("The Orrin Tenants Association will go to court. Association chair Ada Moreno "
                 "said the landlord had ignored every letter.", "Ada Moreno",
                 "Orrin Tenants Association", id="association-chair"),
    pytest.param("Kelvar Motors reported a loss on Thursday. The figures were worse than "
                 "expected, company chief executive Ilkka Vanhanen told analysts.",
                 "Ilkka Vanhanen", "Kelvar Motors", id="company-chief-executive-told"),
    # near-misses
    pytest.param("Union leader Tomas Brenn said the mines were unsafe.", "Tomas Brenn", None,
                 id="no-union-named"),
    pytest.param("Delta Grain raised its prices. Rival company executive Noor Haddad said "
                 "the market would follow.", "Noor Haddad", None, id="rival-company"),
    pytest.param("The Veska Farmers Union has called a strike. Party leader Tomas Brenn said "
                 "the strike was justified.", "Tomas Brenn", None, id="kind-mismatch"),
    pytest.param("The Lunet Ferry Company cut two routes. Former company director Piet Olsen "
                 "said the cuts were a mistake.", "Piet Olsen", None, id="former-role"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "behalf"), KIND)
def test_kind_noun_before_role_names_the_organisation(run, text, speaker, behalf):
    r = run(text)
    s = r.statement_by(speaker)
    assert r.label(s.on_behalf_of) == behalf, r.summary()


@pytest.mark.parametrize(("text", "person", "org"), [
    pytest.param("The Veska Farmers Union has called a strike. Union leader Tomas Brenn said "
                 "members were angry.", "Tomas Brenn", "Veska Farmers Union", id="union-leader"),
    pytest.param("Delta Grain denied the report. \"We have never sold the mill,\" company "
                 "spokeswoman Noor Haddad said.", "Noor Haddad", "Delta Grain", id="company"),
])
def test_kind_noun_role_gives_membership(run, text, person, org):
    r = run(text)
    assert (person, org) in {(r.label(m.person), r.label(m.organization))
                             for m in r.ex.memberships}, r.summary()
