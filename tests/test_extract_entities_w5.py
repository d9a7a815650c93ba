"""kg.extract entities, fifth wave: general classes of type and name errors of the small
tagger on real news, each with varied invented sentences and near-misses that must not
fire. Ranks before a mistyped name, "Prime"/"Vice" as forenames after a rank, untagged
speakers, acronyms (untagged, or taken for places), church and military titles.

Every sentence is invented. The articles are published on Friday 2024-03-15.
"""

from __future__ import annotations

import pytest
from cases import case

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


# ---------------------------------------------------------------- a body's post types it

# fmt: off
BODY_POSTS = [
    # (text, name the tagger may call a person, its holder)
    case("chief-executive-of", "Piet Olsen, chief executive of Tesk Grain, said profits had "
         "doubled.", "Tesk Grain", "Piet Olsen"),
    case("chairman-of", "Noor Haddad, chairman of Velmar Brewing, said the plant would "
         "close.", "Velmar Brewing", "Noor Haddad"),
    case("founder-of", "Ada Brenn, the founder of Kestrel Labs, said the test had failed.",
         "Kestrel Labs", "Ada Brenn"),
]
# fmt: on


@pytest.mark.parametrize(("text", "body", "person"), BODY_POSTS)
def test_a_post_only_bodies_have_types_the_body(run, text, body, person):
    r = run(text)
    assert r.entity(body).type == "Organization", r.summary()
    assert (person, body) in r.membership_pairs(), r.summary()


def test_a_persons_lawyer_does_not_make_a_body(run):
    r = run("Lena Fox, the lawyer of Ada Moreno, said the appeal would be heard.")
    assert r.entity("Ada Moreno").type == "Person", r.summary()


# ---------------------------------------------------------------- outlets told and quoting

# fmt: off
OUTLETS = [
    # (text, one-word outlet the tagger calls a person)
    case("told", "A rebel commander told Halvora that the town had fallen.", "Halvora"),
    case("speaking-to", "Speaking to Sputvik, the minister denied the report.", "Sputvik",
         why="the small model tags no entity there; only tagged names are retyped"),
    case("quoted-by", "The coach, quoted by Ravelo, said the team was tired.", "Ravelo"),
    case("interview-with", "In an interview with Kalmora, the judge said the case was "
         "closed.", "Kalmora"),
]
# fmt: on


@pytest.mark.parametrize(("text", "outlet"), OUTLETS)
def test_a_lone_name_told_or_quoting_is_an_outlet(run, text, outlet):
    r = run(text)
    e = r.find_entity(outlet)
    assert e is not None and e.type == "Organization", r.summary()


def test_a_person_told_by_full_name_stays_a_person(run):
    r = run("Ada Moreno chairs the Orrin Rowing Club. The coach told Moreno that the crew "
            "was tired.")
    assert r.entity("Ada Moreno").type == "Person", r.summary()
    assert r.find_entity("Moreno") is None or r.find_entity("Moreno").type == "Person"


# ---------------------------------------------------------------- memberships and behalf

# fmt: off
ROLE_PHRASES = [
    # (text, person, organisation)
    case("official-in", "Ilse Morrow, a senior official in the Orrin Teachers Union, said pay "
         "talks had failed.", "Ilse Morrow", "Orrin Teachers Union"),
    case("lawmaker-from", "Piet Olsen, a lawmaker from the Harbour Reform Party, said the "
         "bill would pass.", "Piet Olsen", "Harbour Reform Party"),
    case("commander-with", "Tomas Brenn, a commander with the Kelvar Liberation Front, said "
         "the town had fallen.", "Tomas Brenn", "Kelvar Liberation Front"),
    case("head-of-appos-on-body", "The head of the Orrin Medical Council, Piet Olsen, said "
         "the clinics would reopen.", "Piet Olsen", "Orrin Medical Council"),
    case("chair-of-appos-on-body", "The chair of the Velmar Chess Federation, Ada Brenn, "
         "announced that the final would be replayed.", "Ada Brenn", "Velmar Chess Federation"),
    case("who-leads-untagged", "Ilse Morrow, who leads the opposition Harbour Party, said the "
         "count was late.", "Ilse Morrow", "Harbour Party"),
]
# fmt: on


@pytest.mark.parametrize(("text", "person", "org"), ROLE_PHRASES)
def test_role_phrases_give_membership_and_behalf(run, text, person, org):
    r = run(text)
    assert (person, org) in r.membership_pairs(), r.summary()
    assert r.label(r.statement_by(person).on_behalf_of) == org, r.summary()


# fmt: off
NO_ROLE_MEMBERSHIP = [
    # (text, person, name that is no organisation of theirs)
    case("official-in-town", "Ilse Morrow, a senior official in Orrin, said the road was "
         "closed.", "Ilse Morrow", "Orrin"),
    case("minister-in-charge", "Piet Olsen, the minister in charge of Tesk Airport, said "
         "flights would resume.", "Piet Olsen", "Tesk Airport"),
]
# fmt: on


@pytest.mark.parametrize(("text", "person", "name"), NO_ROLE_MEMBERSHIP)
def test_role_phrases_without_a_body_give_no_membership(run, text, person, name):
    r = run(text)
    assert (person, name) not in r.membership_pairs(), r.summary()


# ---------------------------------------------------------------- owners, newsrooms, bodies

# fmt: off
OWNED_BODIES = [
    # (text, owner place, body)
    case("radio-of-town", "Omar Gedi, a reporter for Kismaro's Dalweyn Radio, said the market "
         "had burned.", "Kismaro", "Dalweyn Radio"),
    case("television-of-town", "Vessa Ortiz, a presenter on Orrin's Kestrel Television, said "
         "the debate was cancelled.", "Orrin", "Kestrel Television"),
    case("club-of-town", "Tomas Brenn, a striker for Marlow's Harrow Rovers Club, scored "
         "twice.", "Marlow", "Harrow Rovers Club"),
    case("bank-of-town", "Shares in Halvik's Tesk Bank fell sharply on Monday.", "Halvik",
         "Tesk Bank"),
]
# fmt: on


@pytest.mark.parametrize(("text", "owner", "body"), OWNED_BODIES)
def test_one_word_owner_of_a_named_body_is_a_place(run, text, owner, body):
    r = run(text)
    assert r.entity(owner).type == "Place", r.summary()
    assert r.entity(body).type == "Organization", r.summary()


@pytest.mark.parametrize(("text", "name"), [
    ("The Coast People's Fishing Cooperative said the quota was cut.",
     "Coast People's Fishing Cooperative"),
    ("The Veska Workers' Union said the strike would go on.", "Veska Workers' Union"),
])
def test_possessive_inside_a_body_name_stays(run, text, name):
    r = run(text)
    assert r.entity(name).type == "Organization", r.summary()


def test_newsroom_short_form_joins_the_outlet(run):
    r = run("Ada Brenn, a reporter for Halvik Radio, said the count was late. A Halvik "
            "correspondent said the polls had closed.")
    outlet = r.entity("Halvik Radio")
    assert "Halvik" in outlet.aliases, r.summary()
    assert r.find_entity("Halvik") is None or r.find_entity("Halvik") == outlet, r.summary()


def test_newsroom_word_without_an_outlet_is_no_merge(run):
    r = run("Ada Brenn, a reporter for Halvik Radio, said the count was late. An Orrin "
            "official said the polls had closed.")
    assert "Orrin" not in r.entity("Halvik Radio").aliases, r.summary()


# fmt: off
APPOSED_BODIES = [
    # (text, body the tagger cuts short or calls a person)
    case("independent-body", "Market Watch Veska, the independent body in charge of prices, "
         "has not yet published the figures.", "Market Watch Veska"),
    case("regulator", "Kelvar Water, the regulator, said prices would rise.", "Kelvar Water"),
    case("authority", "Harbour Works Tesk, the authority that runs the port, said the cranes "
         "were idle.", "Harbour Works Tesk"),
]
# fmt: on


@pytest.mark.parametrize(("text", "body"), APPOSED_BODIES)
def test_name_apposed_to_a_body_noun_is_an_organisation(run, text, body):
    r = run(text)
    assert r.entity(body).type == "Organization", r.summary()


def test_body_noun_alone_makes_no_group(run):
    r = run("Ada Moreno, the body's chairwoman, said prices would rise.")
    assert r.entity("Ada Moreno").type == "Person", r.summary()


# ---------------------------------------------------------------- seats and body nouns

# fmt: off
SEATS = [
    # (text, the seat (a place), the body based there or None)
    case("institute", "The Orrin-based Tesk Institute published the study on Monday.",
         "Orrin", "Tesk Institute"),
    case("company", "Kelvar-based Harbour Grain said profits had doubled.", None,
         "Harbour Grain"),
    case("born", "A Veska-born striker scored twice for Harrow Rovers.", "Veska", None),
]
# fmt: on


@pytest.mark.parametrize(("text", "seat", "body"), SEATS)
def test_based_makes_a_seat_and_a_body(run, text, seat, body):
    r = run(text)
    if seat:
        assert r.entity(seat).type == "Place", r.summary()
    if body:
        assert r.entity(body).type == "Organization", r.summary()


def test_country_acronym_based_stays_a_place(run):
    r = run("The US-based firm denied the report.")
    assert r.entity("US").type == "Place", r.summary()


@pytest.mark.parametrize(("text", "acronym"), [
    ("The ruling KDP party won 40 seats.", "KDP"),
    ("The KWB board approved the dam.", "KWB"),
    ("Voters backed the opposition TDA alliance in Orrin.", "TDA"),
])
def test_acronym_qualifying_a_body_noun_is_an_organisation(run, text, acronym):
    r = run(text)
    assert r.entity(acronym).type == "Organization", r.summary()


# ---------------------------------------------------------------- more membership shapes

# fmt: off
MEMBER_SHAPES = [
    # (text, person, organisation)
    case("body-possessive-on-name", "The Harbour Party's Ada Moreno said the count was late.",
         "Ada Moreno", "Harbour Party"),
    case("union-possessive-on-name", "The Orrin Teachers Union's Piet Olsen called for a "
         "strike.", "Piet Olsen", "Orrin Teachers Union"),
    case("who-was-elected-head", "Ada Moreno, who was elected head of the Orrin Teachers "
         "Union in May, said pay talks had failed.", "Ada Moreno", "Orrin Teachers Union"),
    case("who-was-appointed-coach", "Piet Olsen, who was appointed coach of Harrow Rovers "
         "Football Club last year, praised the players.", "Piet Olsen",
         "Harrow Rovers Football Club"),
]
# fmt: on


@pytest.mark.parametrize(("text", "person", "org"), MEMBER_SHAPES)
def test_more_membership_shapes(run, text, person, org):
    r = run(text)
    assert (person, org) in r.membership_pairs(), r.summary()


@pytest.mark.parametrize(("text", "person", "place"), [
    ("Orrin's Ada Moreno won the race on Sunday.", "Ada Moreno", "Orrin"),
    ("Ada Moreno, who was born in Kelvar, said the count was late.", "Ada Moreno", "Kelvar"),
])
def test_no_membership_of_a_place(run, text, person, place):
    r = run(text)
    assert not any(p == person and o == place for p, o in r.membership_pairs()), r.summary()


@pytest.mark.parametrize(("text", "abbreviation"), [
    ("The state TV channel said the bridge had been repaired.", "TV"),
    ("The GDP figures were published by the Orrin Statistics Office.", "GDP"),
    ("An SUV convoy carried the Harbour Party delegation to Kelvar.", "SUV"),
])
def test_abbreviation_of_a_thing_is_no_body(run, text, abbreviation):
    r = run(text)
    assert r.find_entity(abbreviation) is None, r.summary()


# ---------------------------------------------------------------- ground taken is a place

# fmt: off
GROUND_SUBJECTS = [
    # (text, town the tagger calls a person)
    case("shelled", "Ansongo has been shelled every night since Monday.", "Ansongo"),
    case("overrun", "Bourkana was overrun by the militia at dawn.", "Bourkana"),
]
# fmt: on


@pytest.mark.parametrize(("text", "town"), GROUND_SUBJECTS)
def test_subject_of_ground_taken_is_a_place(run, text, town):
    r = run(text)
    assert r.entity(town).type == "Place", r.summary()


def test_person_captured_stays_a_person(run):
    r = run("Kidarou was captured by the army on Monday.")
    assert r.entity("Kidarou").type == "Person", r.summary()


# ---------------------------------------------------------------- "whose" posts

# fmt: off
WHOSE_POSTS = [
    # (text, person, organisation)
    case("whose-leader", "The Harbour Party, whose leader Ada Moreno resigned last week, "
         "said the count was late.", "Ada Moreno", "Harbour Party"),
    case("whose-chief-executive", "Orrin Grain, whose chief executive, Piet Olsen, was "
         "arrested, denied the charges.", "Piet Olsen", "Orrin Grain"),
]
# fmt: on


@pytest.mark.parametrize(("text", "person", "org"), WHOSE_POSTS)
def test_whose_post_gives_membership(run, text, person, org):
    r = run(text)
    assert r.entity(org).type == "Organization", r.summary()
    assert (person, org) in r.membership_pairs(), r.summary()


def test_whose_relative_is_no_membership(run):
    r = run("Ada Moreno, whose brother Piet Olsen runs a farm, said the count was late.")
    assert r.entity("Ada Moreno").type == "Person", r.summary()
    assert not r.membership_pairs(), r.summary()


@pytest.mark.parametrize(("text", "person", "org"), [
    ("Ada Moreno, Orrin Teachers Union general secretary, said pay talks had failed.",
     "Ada Moreno", "Orrin Teachers Union"),
    ("Piet Olsen, Harrow Rovers Football Club head coach, said the team was tired.",
     "Piet Olsen", "Harrow Rovers Football Club"),
])
def test_apposed_role_qualified_by_a_body(run, text, person, org):
    r = run(text)
    assert (person, org) in r.membership_pairs(), r.summary()
