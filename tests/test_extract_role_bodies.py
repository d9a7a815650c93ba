"""kg.extract: whom a speaker speaks for and belongs to, read from role phrasings that
name the body loosely or not at all (CONSTRUCTIONS.md #4-#6): a lone title before a name
("Judge Y", "General Y", "spokeswoman Y") held in the body of its kind just named; and the
look-alikes that tie nobody to anything.

Every sentence is invented. The articles are published on Friday 2024-03-15.
"""

from __future__ import annotations

import pytest
from cases import case

# fmt: off
BARE_TITLES = [
    # (text, person, organisation)
    case("judge-next-sentence", "The Marlow Appeals Court ruled on Monday. Judge Ilse Morrow "
         "said the law was unclear.", "Ilse Morrow", "Marlow Appeals Court"),
    case("judge-quote-told", 'The Tesk District Tribunal freed the two men. "The evidence was '
         'thin," Judge Anton Weir told the hearing.', "Anton Weir", "Tesk District Tribunal"),
    case("mayor", "The Orrin Town Council shut the library on Friday. Mayor Lena Fox said the "
         "building was unsafe.", "Lena Fox", "Orrin Town Council"),
    case("minister-added", "The Kelvar Defence Ministry said its troops had left. Minister "
         "Piet Olsen added that the border was calm.", "Piet Olsen", "Kelvar Defence Ministry"),
    case("general", "The Veskan National Army shelled the port overnight. General Tomas Brenn "
         "said the shelling would go on.", "Tomas Brenn", "Veskan National Army"),
    case("commander-same-sentence", "The Orrin Liberation Front took the bridge, commander "
         "Hana Liddell told reporters on Sunday.", "Hana Liddell", "Orrin Liberation Front"),
    case("spokeswoman-after-clause", "Delta Grain Corporation will close the Kelvar mill, "
         "spokeswoman Noor Haddad said on Tuesday.", "Noor Haddad", "Delta Grain Corporation"),
]
# fmt: on


@pytest.mark.parametrize(("text", "person", "org"), BARE_TITLES)
def test_a_lone_title_is_held_in_the_body_of_its_kind_just_named(run, text, person, org):
    r = run(text)
    assert (person, org) in r.membership_pairs(), r.summary()
    assert r.label(r.statements_by(person)[0].on_behalf_of) == org, r.summary()


# fmt: off
NOT_THE_BODY_JUST_NAMED = [
    # (text, person, organisation the person is not of)
    case("judge-after-a-firm", "Delta Grain Corporation cut 300 jobs. Judge Ilse Morrow said "
         "the case was closed.", "Ilse Morrow", "Delta Grain Corporation"),
    case("judge-too-far", "The Marlow Appeals Court ruled on Monday. Rain fell. Buses ran late. "
         "The shops shut early. Judge Ilse Morrow said the law was unclear.", "Ilse Morrow",
         "Marlow Appeals Court"),
    case("opposition-spokesman", "The Veskan National Army shelled the port. Opposition "
         "spokesman Tomas Brenn said the shelling was a crime.", "Tomas Brenn",
         "Veskan National Army"),
    case("rebel-commander", "The Veskan National Army shelled the port. A rebel commander, "
         "Tomas Brenn, said his men would hold.", "Tomas Brenn", "Veskan National Army"),
    case("mayor-of-another-town", "The Orrin Town Council shut the library. Mayor Lena Fox of "
         "Kelvar said the closure was a mistake.", "Lena Fox", "Orrin Town Council"),
    case("general-criticised-army", "General Tomas Brenn criticised the Veskan National Army "
         "on Monday.", "Tomas Brenn", "Veskan National Army"),
]
# fmt: on


@pytest.mark.parametrize(("text", "person", "org"), NOT_THE_BODY_JUST_NAMED)
def test_a_title_is_not_held_in_a_body_of_another_kind_or_far_away(run, text, person, org):
    r = run(text)
    assert (person, org) not in r.membership_pairs(), r.summary()
    assert all(r.label(s.on_behalf_of) != org for s in r.statements_by(person)), r.summary()
