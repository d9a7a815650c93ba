"""kg.extract entities, fifth wave: general classes of type and name errors of the small
tagger on real news, each with varied invented sentences and near-misses that must not
fire. Ranks before a mistyped name, "Prime"/"Vice" as forenames after a rank, untagged
speakers, acronyms (untagged, or taken for places), church and military titles.

Every sentence is invented. The articles are published on Friday 2024-03-15.
"""

from __future__ import annotations

import pytest


def case(id_: str, *values, why: str | None = None):
    """One table row; ``why`` marks a documented engine failure (strict xfail)."""
    marks = [pytest.mark.xfail(strict=True, reason=why)] if why else []
    return pytest.param(*values, id=id_, marks=marks)


# ---------------------------------------------------------------- a rank makes a person

# fmt: off
RANKED_PEOPLE = [
    # (text, the person's label)
    case("general-forename-prime", '"The mutiny is over," armed forces chief General Prime '
         'Oduya said on Friday.', "Oduya"),
    case("general-forename-vice", '"The ceasefire holds," army chief General Vice Mbeki told '
         "the radio.", "Vice Mbeki"),
    case("judge-forename-prime", "Club president Judge Prime Oduya said the stadium would be "
         "sold.", "Oduya"),
    case("colonel-two-words", '"The harbour is closed," Colonel Tesfaye Wolde said on '
         "Friday.", "Tesfaye Wolde"),
    case("archbishop-stripped", "Archbishop Ndongo Kamara said the cathedral would reopen "
         "in June.", "Ndongo Kamara"),
    case("admiral", "Admiral Hakimi said the frigate had returned to port.", "Hakimi"),
    case("senator", "Senator Vukovic said the farm bill would pass.", "Vukovic"),
    case("doctor", "Dr Ngozi Balewa said the new vaccine had passed its trial.",
         "Ngozi Balewa"),
]
# fmt: on


@pytest.mark.parametrize(("text", "person"), RANKED_PEOPLE)
def test_a_rank_before_a_name_makes_a_person(run, text, person):
    r = run(text)
    assert r.entity(person).type == "Person", r.summary()


def test_prime_minister_is_still_a_title(run):
    r = run("Prime Minister Ada Moreno said the budget was balanced.")
    assert r.entity("Ada Moreno").type == "Person", r.summary()
    assert r.find_entity("Prime Minister Ada Moreno") is None, r.summary()


@pytest.mark.parametrize(("text", "name"), [
    ("Shares in major Orrin lender Tesk Bank fell on Monday.", "Tesk Bank"),
    ("A major Kelvar Airways flight was cancelled on Monday.", "Kelvar Airways"),
    ("Voters in Tesk backed the general Orrin Union motion.", "Orrin Union"),
])
def test_a_lower_case_rank_word_makes_no_person(run, text, name):
    r = run(text)
    e = r.find_entity(name)
    assert e is None or e.type != "Person", r.summary()


# ---------------------------------------------------------------- untagged speakers

# fmt: off
UNTAGGED_SPEAKERS = [
    # (text, person the tagger misses)
    case("hyphenated-surname", "Ousmane Diallo-Kane said his side had won.",
         "Ousmane Diallo-Kane"),
    case("tagged-org-told-she", "Aiyana Okonkwo-Ruus told reporters she would appeal the "
         "ruling.", "Aiyana Okonkwo-Ruus"),
    case("tagged-org-added-his", '"The board has failed us," added Ikenna Obi-Lund, in his '
         "first interview since the vote.", "Ikenna Obi-Lund"),
    case("court-insisted-he", "Dragan Kovalenko-Marsh insisted he had never seen the "
         "documents.", "Dragan Kovalenko-Marsh"),
]
# fmt: on


@pytest.mark.parametrize(("text", "person"), UNTAGGED_SPEAKERS)
def test_untagged_speaker_taken_up_by_he_or_she_is_a_person(run, text, person):
    r = run(text)
    assert r.entity(person).type == "Person", r.summary()


# fmt: off
NOT_UNTAGGED_PEOPLE = [
    # (text, words that must not become a person)
    case("body-says-it", "Harbour Grain Mills said it would close two mills.",
         "Harbour Grain Mills"),
    case("its-first", "Orrin Valley Lines said its ferries would run again, and he agreed.",
         "Orrin Valley Lines"),
    case("headline-case", "Orrin Council Says Roads Will Reopen Soon", "Orrin Council"),
]
# fmt: on


@pytest.mark.parametrize(("text", "name"), NOT_UNTAGGED_PEOPLE)
def test_untagged_speaker_rule_leaves_bodies_alone(run, text, name):
    r = run(text)
    e = r.find_entity(name)
    assert e is None or e.type != "Person", r.summary()


# ---------------------------------------------------------------- acronyms

# fmt: off
ACRONYM_BODIES = [
    # (text, acronym that is an organisation)
    case("untagged-subject", "The KDP said the minister would resign.", "KDP"),
    case("spokeswoman-for", "A spokeswoman for the ORP said the vote had been rigged.", "ORP"),
    case("possessive-chairman", "The NHF's chairman said the wards were full.", "NHF"),
    case("members-of", "Members of the TUV marched through Orrin on Sunday.", "TUV"),
    case("chief-compound", "KWB chief Ilse Morrow said the dam was safe.", "KWB"),
    case("in-the-party", "Tomas Brenn is a senior figure in the PDM, which won the election.",
         "PDM"),
]
# fmt: on


@pytest.mark.parametrize(("text", "acronym"), ACRONYM_BODIES)
def test_acronyms_are_organisations(run, text, acronym):
    r = run(text)
    assert r.entity(acronym).type == "Organization", r.summary()


@pytest.mark.parametrize("text", [
    "The US said it would send aid to Orrin.",
    "Flights from the UK to Orrin resumed on Monday.",
])
def test_country_acronyms_stay_places(run, text):
    r = run(text)
    name = "US" if "US" in text else "UK"
    assert r.entity(name).type == "Place", r.summary()


def test_role_word_in_capitals_is_no_body(run):
    r = run("The CEO said sales had doubled in Orrin.")
    assert r.find_entity("CEO") is None, r.summary()
