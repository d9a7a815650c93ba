"""kg.extract entities, second wave: classes found on real news, each with invented
sentences and near-misses that must not fire.

Every sentence is invented.
"""

from __future__ import annotations

import pytest
from cases import case

# ------------------------------------------- a surname the tagger took for a place

# fmt: off
SURNAME_AS_PLACE = [
    # (text, full name, surname that must join it)
    case("surname-subject", "Labour MP Carl Berlin was named interior minister. While in "
         "opposition, Berlin had been the party's spokesman for justice.", "Carl Berlin",
         "Berlin"),
    case("surname-possessor", "Senator Ana Madrid spoke on Monday. In Madrid's view, the bill "
         "was flawed.", "Ana Madrid", "Madrid"),
    case("surname-speaker", "Senator Ana Madrid spoke on Monday. Madrid said the bill was "
         "flawed.", "Ana Madrid", "Madrid"),
]
PLACE_NOT_SURNAME = [
    # (text, full name, place of the same word that must stay a place)
    case("city-after-preposition", "Labour MP Carl Berlin was named interior minister. He "
         "later flew to Berlin for talks.", "Carl Berlin", "Berlin"),
    case("city-in", "Senator Ana Madrid spoke on Monday. She arrived in Madrid on Tuesday.",
         "Ana Madrid", "Madrid"),
]
# fmt: on


@pytest.mark.parametrize(("text", "full", "surname"), SURNAME_AS_PLACE)
def test_entities_acting_surname_tagged_place_is_the_person(run, text, full, surname):
    r = run(text)
    assert surname in r.entity(full).aliases, r.summary()
    assert not [e for e in r.ex.entities if e.type == "Place" and e.label == surname], r.summary()


@pytest.mark.parametrize(("text", "full", "place"), PLACE_NOT_SURNAME)
def test_entities_place_sharing_a_surname_stays_a_place(run, text, full, place):
    r = run(text)
    assert place not in r.entity(full).aliases, r.summary()
    assert [e for e in r.ex.entities if e.type == "Place" and e.label == place], r.summary()


# ------------------------------------------- a body's name cut inside a title

# fmt: off
TITLE_COMPLETED = [
    # (text, label of the body)
    case("office-prime-minister-quoted", 'The weekly cited "aides in the Office of the Prime '
         'Minister" the plan would also move Labour MP Tom Reyes.',
         "Office of the Prime Minister"),
    case("office-vice-president", "A statement from the Office of the Vice President denied "
         "the report.", "Office of the Vice President"),
    case("office-vice-chairman", "The Office of the Vice Chairman said nothing.",
         "Office of the Vice Chairman"),
]
# fmt: on


@pytest.mark.parametrize(("text", "label"), TITLE_COMPLETED)
def test_entities_body_named_after_a_title_keeps_the_whole_title(run, text, label):
    r = run(text)
    assert r.entity(label).type == "Organization", r.summary()


def test_entities_title_before_a_person_is_not_a_body(run):
    r = run("Aides to Vice President Lara Moss said she was unwell.")
    assert r.entity("Lara Moss").type == "Person", r.summary()
    assert not [e for e in r.ex.entities if "Vice" in e.label], r.summary()


# ------------------------------------------- hyphenated acronyms

# fmt: off
HYPHENATED = [
    # (text, splinter label, parent label or None)
    case("untagged-splinter", "Brig. Gen Otto Lenz, the spokesman of the KDF-N faction allied "
         "to the former leader, claimed victory.", "KDF-N", None),
    case("tagged-cut-splinter", "The ALM-IO said on Monday that the ALM had broken the "
         "truce.", "ALM-IO", "ALM"),
    case("splinter-and-parent", "Fighters of the FLN-RC held the bridge. The FLN said "
         "nothing.", "FLN-RC", "FLN"),
]
# fmt: on


@pytest.mark.parametrize(("text", "label", "parent"), HYPHENATED)
def test_entities_hyphenated_acronym_is_one_organisation(run, text, label, parent):
    r = run(text)
    e = r.entity(label)
    assert e.type == "Organization", r.summary()
    if parent is not None:
        assert r.entity(parent) is not e, r.summary()
        assert parent not in e.aliases, r.summary()


def test_entities_two_tagged_places_joined_by_hyphen_stay_apart(run):
    r = run("The US-UK talks ended on Friday.")
    assert r.find_entity("US-UK") is None, r.summary()
    assert r.entity("UK").type == "Place", r.summary()


# ------------------------------------------- an age makes a person

# fmt: off
AGED = [
    # (text, name)
    case("lone-name-tagged-place", "Marta, 36, one of the few people who went out on Sunday, "
         "said she saw tanks.", "Marta"),
    case("full-name", "Ilse Baum, 61, said the water was rising.", "Ilse Baum"),
    case("age-in-brackets", "A farmer, Tesfay Alemu (47), said the crops were lost.",
         "Tesfay Alemu"),
]
# fmt: on


@pytest.mark.parametrize(("text", "name"), AGED)
def test_entities_name_with_an_age_is_a_person(run, text, name):
    r = run(text)
    assert r.entity(name).type == "Person", r.summary()


def test_entities_distance_after_a_place_is_no_age(run):
    r = run("Residents of Halvik, 40 km from the border, fled.")
    assert r.entity("Halvik").type == "Place", r.summary()


# ------------------------------------------- outlets the tagger misses

# fmt: off
OUTLETS = [
    # (text, outlet name)
    case("place-name-news-agency", "The truce held, the Geneva news agency reported.",
         "Geneva"),
    case("person-name-news-agency", "The talks failed, the state-run Dessa news agency said.",
         "Dessa news agency"),
    case("publication-taken-for-a-work", '"We will stay," North Bay Weekly Post online quoted '
         'him as saying.', "North Bay Weekly Post"),
]
NOT_OUTLETS = [
    # (text, place name that must stay a place)
    case("agency-for", "The Geneva agency for refugees said the camp was full.", "Geneva"),
    case("newspaper-of-a-city", "The dam burst, the Lagos newspaper reported on Monday.",
         "Lagos"),
    case("agency-with-its-own-name", "The Cairo news agency Al-Nour said the port was shut.",
         "Cairo"),
]
# fmt: on


@pytest.mark.parametrize(("text", "name"), OUTLETS)
def test_entities_outlet_by_its_form_is_an_organisation(run, text, name):
    r = run(text)
    assert r.entity(name).type == "Organization", r.summary()


@pytest.mark.parametrize(("text", "name"), NOT_OUTLETS)
def test_entities_place_before_an_outlet_word_stays_a_place(run, text, name):
    r = run(text)
    assert r.entity(name).type == "Place", r.summary()


def test_entities_outlet_taken_for_a_work_carries_the_statement(run):
    r = run('"We will stay," North Bay Weekly Post online quoted the minister, Ivo Marek, '
            "as saying.")
    s = r.statement_by("Ivo Marek")
    assert r.label(s.via) == "North Bay Weekly Post", r.summary()


# ------------------------------------------- what a town has

# fmt: off
TOWN_POSSESSIONS = [
    # (text, place)
    case("airport", "The rebels said they held Tesora’s international airport.", "Tesora"),
    case("streets", "Government troops patrolled Marvel's streets on Sunday.", "Marvel"),
    case("outskirts", "Shelling hit Dovra's outskirts on Monday.", "Dovra"),
]
# fmt: on


@pytest.mark.parametrize(("text", "name"), TOWN_POSSESSIONS)
def test_entities_possessor_of_a_town_thing_is_a_place(run, text, name):
    r = run(text)
    assert r.entity(name).type == "Place", r.summary()


def test_entities_person_with_a_lawyer_stays_a_person(run):
    r = run("Police searched the residence of Maria Kovacs. Kovacs's lawyer said the search "
            "was illegal.")
    assert r.entity("Maria Kovacs").type == "Person", r.summary()
    assert "Kovacs" in r.entity("Maria Kovacs").aliases, r.summary()


# ------------------------------------------- defined codes and state forms

# fmt: off
CODES = [
    # (text, long name, code)
    case("code-with-digit", "The Coastal Front (CF2) said on Monday it held Orrin. Police said "
         "the CF2 had fled Dessa.", "Coastal Front", "CF2"),
    case("letters-only", "The Coastal Front (CF) said on Monday it held Orrin. Police said the "
         "CF had fled Dessa.", "Coastal Front", "CF"),
]
STATES = [
    # (text, short name, whether the long form joins it)
    case("republic-of", "The Republic of Veskaria signed the deal. Veskaria said it would "
         "comply.", "Veskaria", True),
    case("islamic-republic-of", "The Islamic Republic of Veskaria signed the deal. Veskaria "
         "said it would comply.", "Veskaria", True),
    case("democratic-republic-stays-apart", "The Democratic Republic of Orrin accused Dessa. "
         "Orrin said talks had failed.", "Orrin", False),
]
# fmt: on


@pytest.mark.parametrize(("text", "label", "code"), CODES)
def test_entities_code_defined_in_brackets_joins_the_long_name(run, text, label, code):
    r = run(text)
    assert code in r.entity(label).aliases, r.summary()
    assert r.find_entity(code) is r.entity(label), r.summary()


@pytest.mark.parametrize(("text", "short", "joined"), STATES)
def test_entities_republic_of_x_is_x(run, text, short, joined):
    r = run(text)
    long_forms = [e for e in r.ex.entities if "Republic" in e.label]
    assert len(long_forms) == 1, r.summary()
    assert (short in long_forms[0].aliases) is joined, r.summary()


# ------------------------------------------- hyphenated roles

# fmt: off
HYPHEN_ROLES = [
    # (text, person, organisation)
    case("secretary-general", "Gregor Hanson, the deputy secretary-general of the KDU, said "
         "the vote was fair.", "Gregor Hanson", "KDU"),
    case("director-general", "Lena Ortiz, the director-general of the Coastal Water Board, "
         "said the dam was safe.", "Lena Ortiz", "Coastal Water Board"),
    case("commander-in-chief", "Peter Hanson, the commander-in-chief of the Tovan Liberation "
         "Army, denied the report.", "Peter Hanson", "Tovan Liberation Army"),
]
# fmt: on


@pytest.mark.parametrize(("text", "person", "org"), HYPHEN_ROLES)
def test_entities_hyphenated_role_of_an_organisation_is_membership(run, text, person, org):
    r = run(text)
    pairs = {(r.label(m.person), r.label(m.organization)) for m in r.ex.memberships}
    assert (person, org) in pairs, r.summary()


def test_entities_critic_of_an_organisation_is_no_member(run):
    r = run("Peter Hanson, a well-known critic of the KDU, said the vote was rigged.")
    assert not r.ex.memberships, r.summary()


# ------------------------------------------- a state body speaks for its state

# fmt: off
STATE_BODIES = [
    # (text, speaker, on behalf of or None)
    case("defence-ministry", "Norway has sent troops to the border. The Norwegian Defence "
         "Ministry said its forces had seized the town.", "Norwegian Defence Ministry",
         "Norway"),
    # "the Chilean government said" is Chile speaking (speakers.state_of), and a country
    # speaks for no one but itself
    case("government", "Chile closed its border on Monday. The Chilean government said the "
         "move was temporary.", "Chile", "Chile"),
    # a body that is no state's speaks for itself, not for Chile
    case("union-is-no-state-body", "Chile closed its border on Monday. The Chilean Mining "
         "Union said the move was harmful.", "Chilean Mining Union", "Chilean Mining Union"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "behalf"), STATE_BODIES)
def test_entities_state_body_speaks_for_its_state(run, text, speaker, behalf):
    r = run(text)
    s = r.statement_by(speaker)
    assert r.label(s.on_behalf_of) == behalf, r.summary()
