"""kg.extract memberships (``nkg:memberOf``), one construction per case: a person tied
to an organisation by a role noun ("X's leader Y", "Y, spokesperson for X", "X
spokesperson Y", "Y, the head of X", "President Y of X") — and the look-alikes that
tie nobody to anything ("a critic of X", "a lawyer for Y").

Every sentence is invented. The articles are published on Friday 2024-03-15.
"""

from __future__ import annotations

import pytest
from cases import case

# fmt: off
MEMBERSHIPS = [
    # (text, person, organisation, role)
    case("org-possessive-leader", "The Northern Alliance Party's leader Daniel Osei spoke in "
         "Halvik on Monday.", "Daniel Osei", "Northern Alliance Party", "leader"),
    case("org-possessive-leader-commas", "The Northern Alliance Party's leader, Daniel Osei, "
         "spoke in Halvik on Monday.", "Daniel Osei", "Northern Alliance Party", "leader"),
    case("name-spokesperson-for-org", "Daniel Osei, spokesperson for the Northern Alliance "
         "Party, spoke in Halvik.", "Daniel Osei", "Northern Alliance Party", "spokesperson"),
    case("name-a-spokesman-for-org", "Daniel Osei, a spokesman for the Northern Alliance "
         "Party, said the party would boycott the count.", "Daniel Osei",
         "Northern Alliance Party", "spokesman"),
    case("org-spokesperson-name", "Northern Alliance Party spokesperson Daniel Osei spoke in "
         "Halvik.", "Daniel Osei", "Northern Alliance Party", "spokesperson"),
    case("name-the-head-of-org", "Lena Ortiz, the head of the Elin City Council, visited "
         "Halvik.", "Lena Ortiz", "Elin City Council", "head"),
    case("org-chief-executive-name", "Calder Motors chief executive Lena Ortiz visited "
         "Halvik.", "Lena Ortiz", "Calder Motors", None),
    case("name-chief-executive-of-org", "Lena Ortiz, chief executive of Calder Motors, "
         "visited Halvik.", "Lena Ortiz", "Calder Motors", None),
    case("name-a-member-of-org", "Daniel Osei, a member of the Northern Alliance Party, "
         "visited Halvik.", "Daniel Osei", "Northern Alliance Party", "member"),
    case("name-a-commander-of-org", "Ivan Petrov, a commander of the Northern Legion, said "
         "the troops would stay.", "Ivan Petrov", "Northern Legion", "commander"),
    case("outlet-editor-name", "Meridian News editor Clara Novak said the story was "
         "accurate.", "Clara Novak", "Meridian News", "editor"),
    case("name-an-analyst-at-org", "Maria Kovacs, an analyst at the Halvik Institute, said "
         "prices would rise.", "Maria Kovacs", "Halvik Institute", "analyst"),
    case("president-name-of-org", "President Hugo Lind of the Federation of Coastal "
         "Cooperatives visited Halvik.", "Hugo Lind", "Federation of Coastal Cooperatives",
         None),
    case("copular-is-a-spokesman", "Daniel Osei is a spokesman for the Northern Alliance "
         "Party.", "Daniel Osei", "Northern Alliance Party", None),
    case("who-leads-org", "Daniel Osei, who leads the Northern Alliance Party, visited "
         "Halvik.", "Daniel Osei", "Northern Alliance Party", None),
    case("named-as-its-leader", "The Northern Alliance Party named Daniel Osei as its new "
         "leader.", "Daniel Osei", "Northern Alliance Party", None),
    case("org-as-modifier-of-role", "Ivan Petrov, a senior Northern Legion commander, said "
         "the troops would stay.", "Ivan Petrov", "Northern Legion", None),
]
# fmt: on


@pytest.mark.parametrize(("text", "person", "org", "role"), MEMBERSHIPS)
def test_memberships_role_noun(run, text, person, org, role):
    r = run(text)
    m = r.membership(person, org)
    if role is not None:
        assert m.role == role, r.summary()


# fmt: off
NO_MEMBERSHIP = [
    # (text, person, organisation that the person is not a member of)
    case("critic-of-org", "Tomas Berg, a critic of the Northern Alliance Party, visited "
         "Halvik.", "Tomas Berg", "Northern Alliance Party"),
    case("met-orgs-leader", "Tomas Berg met the Northern Alliance Party's leader in Halvik.",
         "Tomas Berg", "Northern Alliance Party"),
    case("praised-org", "Tomas Berg praised the Northern Alliance Party on Monday.",
         "Tomas Berg", "Northern Alliance Party"),
    case("spoke-to-outlet", "Tomas Berg told Meridian News that the talks had stalled.",
         "Tomas Berg", "Meridian News"),
    case("former-spokesman", "Daniel Osei, a former spokesman for the Northern Alliance "
         "Party, visited Halvik.", "Daniel Osei", "Northern Alliance Party"),
]
# fmt: on


@pytest.mark.parametrize(("text", "person", "org"), NO_MEMBERSHIP)
def test_memberships_none_for_look_alikes(run, text, person, org):
    r = run(text)
    r.entity(person), r.entity(org)  # both are found: the absence below is meaningful
    assert (person, org) not in r.membership_pairs(), r.summary()


def test_memberships_lawyer_for_a_person_ties_to_no_organisation(run):
    r = run("Tomas Berg, a lawyer for Ivan Petrov, said the charges were false.")
    assert r.ex.memberships == (), r.summary()


def test_memberships_two_people_two_organisations(run):
    r = run(
        "Daniel Osei, a spokesman for the Northern Alliance Party, met Lena Ortiz, the head "
        "of the Elin City Council, in Halvik."
    )
    assert r.membership_pairs() == {
        ("Daniel Osei", "Northern Alliance Party"),
        ("Lena Ortiz", "Elin City Council"),
    }, r.summary()


def test_memberships_one_per_pair_across_mentions(run):
    r = run(
        "Northern Alliance Party spokesperson Daniel Osei spoke in Halvik. Osei, the "
        "party's spokesperson, said the count was fair."
    )
    assert len(r.ex.memberships) == 1, r.summary()


def test_memberships_evidence_is_the_sentence(run):
    text = (
        "Maria Kovacs arrived on Monday. Lena Ortiz, the head of the Elin City Council, "
        "visited Halvik."
    )
    r = run(text)
    m = r.membership("Lena Ortiz", "Elin City Council")
    assert text[m.evidence.begin : m.evidence.end].strip() == (
        "Lena Ortiz, the head of the Elin City Council, visited Halvik."
    )


def test_memberships_spokesman_speaks_on_behalf(run):
    r = run("Ivan Petrov, a commander of the Northern Legion, said the troops would stay.")
    assert r.label(r.statement_by("Ivan Petrov").on_behalf_of) == "Northern Legion"
