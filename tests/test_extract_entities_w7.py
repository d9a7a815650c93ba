"""kg.extract entities, seventh wave: names typed from the document's own evidence on news
nobody tuned the engine for. Clubs and teams the small tagger takes for people (or
misses): a club has a coach and fans, and beats or loses to another side by a score.
Firms named by their trade ("Quillon Pharma"), two firms joined by "and", names in a
Title Case headline taken only as far as the body confirms them, and a speaker described
by a definite kind noun ("a spokesman for the company") standing for the firm just named.

Every sentence is invented. The articles are published on Friday 2024-03-15.
"""

from __future__ import annotations

import pytest
from cases import case


def _types(r, name: str) -> str | None:
    found = r.find_entity(name)
    return found.type if found is not None else None


# ---------------------------------------------------------------- clubs and teams

# fmt: off
CLUBS = [
    # (text, the club's name)
    case("coach-qualifies", "Marlsby coach Piet Olsen said his players were tired. Marlsby "
         "fans booed the referee.", "Marlsby"),
    case("beat-by-score", "Dunmore Rovers beat Kelvar Athletic 3-1 on Saturday.",
         "Kelvar Athletic"),
    case("beat-subject", "Dunmore Rovers beat Kelvar Athletic 3-1 on Saturday.",
         "Dunmore Rovers"),
    case("thrashed-untagged", "Brannock thrashed Orrin 4-0 in the league on Sunday. "
         "Brannock manager Elsa Brandt said the title race was open.", "Brannock"),
    case("thrashed-object", "Brannock thrashed Orrin 4-0 in the league on Sunday.", "Orrin"),
    case("drew-with", "Selwick drew 2-2 with Harlow Town on Tuesday.", "Harlow Town"),
    case("lost-to", "Harlow lost to Kinmere in the cup final on Sunday.", "Kinmere"),
    case("supporters-of", "Supporters of Fenwick United clashed with police after the match.",
         "Fenwick United"),
    case("fans-compound", "Hundreds of Tavrin fans sang outside the stadium before the "
         "derby.", "Tavrin"),
    case("captain-qualifies", "Ostrel captain Mira Hallam scored twice in the second half.",
         "Ostrel"),
    case("hockey-edged", "Pellbridge edged Corwen 2-1 in overtime on Thursday.", "Pellbridge"),
]
# fmt: on


@pytest.mark.parametrize(("text", "club"), CLUBS)
def test_a_side_of_a_match_or_a_coach_is_an_organisation(run, text, club):
    r = run(text)
    assert _types(r, club) == "Organization", r.summary()


def test_a_score_is_no_part_of_a_name(run):
    r = run("Brannock thrashed Orrin 4-0 in the league on Sunday.")
    assert r.find_entity("Orrin 4-0") is None, r.summary()


def test_the_club_short_name_is_the_club(run):
    r = run("Dunmore Rovers beat Kelvar Athletic 3-1 on Saturday. Rovers coach Ada Liddell "
            "praised her side.")
    assert r.entity("Rovers").label == "Dunmore Rovers", r.summary()
    assert ("Ada Liddell", "Dunmore Rovers") in r.membership_pairs(), r.summary()


@pytest.mark.parametrize(("text", "person", "club"), [
    ("Marlsby coach Piet Olsen said his players were tired. Marlsby fans booed the referee.",
     "Piet Olsen", "Marlsby"),
    ("Brannock thrashed Orrin 4-0 in the league on Sunday. Brannock manager Elsa Brandt said "
     "the title race was open.", "Elsa Brandt", "Brannock"),
    ("Pellbridge edged Corwen 2-1 on Thursday. Pellbridge goalkeeper Ivo Marek saved a "
     "penalty.", "Ivo Marek", "Pellbridge"),
])
def test_a_club_role_makes_a_membership(run, text, person, club):
    r = run(text)
    assert (person, club) in r.membership_pairs(), r.summary()


# fmt: off
NOT_CLUBS = [
    # (text, name, its type): people and places stay what they are
    case("tennis-players", "Ada Moreno beat Ilse Morrow 6-3 in the final on Sunday. Moreno "
         "said she was tired.", "Ada Moreno", "Person"),
    case("tennis-surname", "Ada Moreno beat Ilse Morrow 6-3 in the final on Sunday. Moreno "
         "said she was tired.", "Moreno", "Person"),
    case("candidate-supporters", "Voters backed Piet Olsen on Sunday. Supporters of Olsen "
         "cheered in the square.", "Piet Olsen", "Person"),
    case("national-side", "Veska coach Ilse Morrow named her squad for the World Cup in "
         "Veska.", "Veska", "Place"),
    case("coach-trip", "A coach carrying 40 pilgrims crashed near Orrin on Sunday.", "Orrin",
         "Place"),
    case("election-win", "Ada Moreno won the election in Tesk on Sunday.", "Ada Moreno",
         "Person"),
]
# fmt: on


@pytest.mark.parametrize(("text", "name", "etype"), NOT_CLUBS)
def test_people_and_places_in_sport_stay_what_they_are(run, text, name, etype):
    r = run(text)
    assert _types(r, name) == etype, r.summary()


# ---------------------------------------------------------------- firms by their trade

@pytest.mark.parametrize(("text", "firm"), [
    ("Quillon Pharma and Ostrava Biotech announced a merger on Tuesday.", "Quillon Pharma"),
    ("Quillon Pharma and Ostrava Biotech announced a merger on Tuesday.", "Ostrava Biotech"),
    ("Regulators fined Tesk Logistics for late deliveries.", "Tesk Logistics"),
    ("Shares in Marlow Holdings rose 4 percent on Monday.", "Marlow Holdings"),
    ("Kelvar Therapeutics said its drug had passed a trial.", "Kelvar Therapeutics"),
    ("Orrin Energy will build a wind farm off the coast.", "Orrin Energy"),
    ("The court ordered Brask Mining to pay the workers.", "Brask Mining"),
])
def test_a_name_ending_in_a_trade_word_is_a_firm(run, text, firm):
    r = run(text)
    assert _types(r, firm) == "Organization", r.summary()


# ---------------------------------------------------------------- two firms joined by "and"

@pytest.mark.parametrize(("text", "first", "second"), [
    ("Delta Grain and Orrin Mills said on Monday they had agreed to merge.", "Delta Grain",
     "Orrin Mills"),
    ("Halvik Motors and Tesk Steel signed a supply deal on Monday.", "Halvik Motors",
     "Tesk Steel"),
    ("Officials from Quillon Labs and Marlow Biotech met in Kelvar on Tuesday.",
     "Quillon Labs", "Marlow Biotech"),
    ("The merger of Tesk Foods and Kelvar Dairies was approved by the regulator.",
     "Tesk Foods", "Kelvar Dairies"),
    ("Lunet Pharma and Brask Chemicals denied that they had fixed prices.", "Lunet Pharma",
     "Brask Chemicals"),
    ("Orrin Shipping and Tesk Railways will share the new container port.",
     "Orrin Shipping", "Tesk Railways"),
    case("in-weighs-as-place", "Investors in Orrin Shipping and Tesk Railways lost money in "
         "2023.", "Orrin Shipping", "Tesk Railways",
         why='"in X Shipping" votes for a place as much as the trade word for a firm'),
])
def test_two_firms_joined_by_and_are_two(run, text, first, second):
    r = run(text)
    assert _types(r, first) == "Organization", r.summary()
    assert _types(r, second) == "Organization", r.summary()
    assert r.entity(first).key != r.entity(second).key, r.summary()


@pytest.mark.parametrize("text", [
    "Delta Grain and Orrin were hit by the drought.",
    "Delta Grain and Orrin agreed on Monday to share the water of the lake.",
])
def test_a_firm_and_a_lone_word_are_not_one_name(run, text):
    r = run(text)
    assert r.find_entity("Delta Grain and Orrin") is None, r.summary()
    assert _types(r, "Delta Grain") == "Organization", r.summary()


def test_a_firm_of_two_names_stays_one(run):
    r = run("Ernst & Young audited the accounts of Delta Grain.")
    assert _types(r, "Ernst & Young") == "Organization", r.summary()


# ---------------------------------------------------------------- Title Case headlines

# fmt: off
HEADLINES = [
    # (text, a name the headline must not yield)
    case("strike", "Harbour Workers Strike Over Pay Cuts At Orrin Docks\n\nDock workers in "
         "Orrin walked out on Monday, the Orrin Dockers Union said.", "Harbour Workers Strike"),
    case("clash", "Vantoren And Brandt Clash Over Budget\n\nFinance minister Ilse Vantoren and "
         "opposition leader Elsa Brandt clashed over the budget on Monday.", "Brandt Clash"),
    case("surname-place", "Vantoren And Brandt Clash Over Budget\n\nFinance minister Ilse "
         "Vantoren and opposition leader Elsa Brandt clashed over the budget on Monday.",
         "Vantoren"),
    case("verdict", "Jury Clears Former Banker Of Fraud Charges\n\nA jury in Kelvar cleared "
         "Anton Weir of fraud on Thursday.", "Former Banker"),
    case("vaccine", "New Malaria Vaccine Passes Final Trial\n\nA malaria vaccine developed "
         "by Lunet Pharma passed its last trial, the company said.", "New Malaria Vaccine"),
    case("election", "Greens Sweep Council Seats In Orrin Vote\n\nThe Green Party won nine of "
         "the eleven seats on Orrin council on Sunday.", "Greens Sweep Council Seats"),
]
# fmt: on


@pytest.mark.parametrize(("text", "name"), HEADLINES)
def test_a_title_case_headline_yields_only_names_the_body_confirms(run, text, name):
    r = run(text)
    names = {e.label for e in r.ex.entities} | {a for e in r.ex.entities for a in e.aliases}
    if name == "Vantoren":  # the surname is kept, as the person's
        assert r.entity(name).type == "Person", r.summary()
    else:
        assert name not in names, r.summary()


@pytest.mark.parametrize("text", [
    "Brandt Wins Orrin Runoff\n\nMayor Elsa Brandt won the runoff in Orrin on Sunday.",
    "Brandt Wins Runoff In Orrin\n\nIncumbent Elsa Brandt won Sunday's runoff in Orrin "
    "with 54 percent of the vote.",
    case("body-name-untagged", "Brandt Wins Orrin Runoff\n\nElsa Brandt won the runoff in "
         "Orrin on Sunday.", why="after this Title Case line the tagger misses the body's "
         "\"Elsa Brandt\" too: nothing confirms the headline's name"),
])
def test_a_headline_name_the_body_confirms_takes_the_body_type(run, text):
    r = run(text)
    assert r.entity("Brandt").label == "Elsa Brandt", r.summary()
    assert _types(r, "Orrin") == "Place", r.summary()


def test_a_sentence_case_headline_is_read_as_it_is(run):
    r = run("Tesk Bank cuts 300 jobs in Orrin\n\nThe lender said on Monday demand had "
            "fallen.")
    assert _types(r, "Tesk Bank") == "Organization", r.summary()


# ---------------------------------------------------------------- a firm by its kind noun

# fmt: off
DESCRIBED_SPEAKERS = [
    # (text, the organisation that speaks)
    case("spokesman-for-company", "Delta Grain reported a loss on Monday. A spokesman for "
         "the company said the drought had hurt sales.", "Delta Grain"),
    case("bank-possessive", "Tesk Bank cut 300 jobs. The bank's spokeswoman said more cuts "
         "were unlikely.", "Tesk Bank"),
    case("hospital-for", "Kelvar Hospital reopened its ward. A spokesperson for the hospital "
         "said staff had returned.", "Kelvar Hospital"),
    case("lender-for", "Brask Capital raised its rates on Tuesday. A spokesman for the lender "
         "said borrowers would be protected.", "Brask Capital"),
    case("firm-possessive", "Lunet Pharma recalled a cough syrup. The firm's spokeswoman "
         "insisted that no child had been harmed.", "Lunet Pharma"),
    case("carmaker-official", "Halvik Motors recalled 10,000 cars. An official at the "
         "carmaker said the brakes would be replaced.", "Halvik Motors"),
]
# fmt: on


@pytest.mark.parametrize(("text", "org"), DESCRIBED_SPEAKERS)
def test_a_kind_noun_stands_for_the_firm_just_named(run, text, org):
    r = run(text)
    assert r.statements_by(org), r.summary()


@pytest.mark.parametrize("text", [
    "Delta Grain reported a loss on Monday. A spokesman for the party said the drought had "
    "hurt farmers.",
    "Delta Grain reported a loss in 2019. Prices rose. Exports fell. Rain came late. "
    "A spokesman for the company said the drought had hurt sales.",
    "Delta Grain reported a loss on Monday. A spokesman for a rival company said the "
    "drought had hurt sales.",
])
def test_a_kind_noun_far_from_or_unlike_the_firm_is_not_it(run, text):
    r = run(text)
    assert not [s for s in r.statements_by("Delta Grain") if "drought" in s.content], \
        r.summary()


# ---------------------------------------------------------------- towns by what they have

# fmt: off
TOWNS = [
    # (text, the town's name)
    case("soldiers-entered", "Soldiers entered Velmora on Sunday. Velmora had been held by "
         "rebels for a year.", "Velmora"),
    case("hospital-possessive", "Lorvane's hospital was overwhelmed on Monday. Doctors from "
         "Lorvane said beds had run out.", "Lorvane"),
    case("residents-untagged", "Tremmick residents voted against the wind farm on Sunday.",
         "Tremmick"),
    case("fled", "Thousands fled Ostravel after the dam burst.", "Ostravel"),
    case("streets", "Water filled Carrowmere's streets overnight, the fire service said.",
         "Carrowmere"),
    case("mayor-compound", "Pellanby mayor Ada Moreno said the bridge would reopen in May.",
         "Pellanby"),
    case("besieged", "Militias besieged Kostrava for three months in 2023.", "Kostrava"),
    case("evacuated", "Officials evacuated Brekkenholm as the river rose.", "Brekkenholm"),
    case("prime-minister-of", "Veska's Prime Minister Ilvo Danek met the envoy in Tesk.",
         "Veska"),
    case("governor-of", "Ostrel's Governor Mira Hallam closed the schools on Monday.",
         "Ostrel"),
]
# fmt: on


@pytest.mark.parametrize(("text", "town"), TOWNS)
def test_a_name_treated_as_ground_is_a_place(run, text, town):
    r = run(text)
    assert _types(r, town) == "Place", r.summary()


@pytest.mark.parametrize(("text", "name", "etype"), [
    ("Police arrested Ada Moreno on Sunday. Moreno's lawyer said she would appeal.", "Moreno",
     "Person"),
    ("Tesk Bank's hospital fund paid for the new ward.", "Tesk Bank", "Organization"),
    ("Ada Moreno was hurt in the crash. Medics evacuated Moreno to a clinic.", "Moreno",
     "Person"),
    ("Piet Olsen and Ada Moreno met on Monday. Olsen's hospital bill was paid by the state.",
     "Olsen", "Person"),
    ("Doctors at Lunet Pharma said the trial was safe.", "Lunet Pharma", "Organization"),
    ("Lunet's Chairman Ada Moreno said the trial was safe. Lunet makes vaccines.", "Lunet",
     "Organization"),
    case("firm-president", "Lunet's President Ada Moreno said the trial was safe. Lunet makes "
         "vaccines.", "Lunet", "Organization",
         why='an older rule reads a one-word owner of a "president" as a state ("Veska\'s '
             'president"), the tagger\'s ORG notwithstanding'),
])
def test_people_and_firms_near_town_words_stay_what_they_are(run, text, name, etype):
    r = run(text)
    assert _types(r, name) == etype, r.summary()


# ---------------------------------------------------------------- a firm's role, no firm named

# fmt: off
BARE_FIRM_ROLES = [
    # (text, person, firm)
    case("comma-said", "Delta Grain cut 300 jobs, chief executive Piet Olsen said on Monday.",
         "Piet Olsen", "Delta Grain"),
    case("next-sentence", "Delta Grain cut 300 jobs. Chief executive Piet Olsen blamed the "
         "drought.", "Piet Olsen", "Delta Grain"),
    case("founder", "Quillon Labs raised 4 million euros. Founder Ada Moreno said the money "
         "would fund hiring.", "Ada Moreno", "Quillon Labs"),
    case("chairman-quote", 'Tesk Bank posted a record profit. "Our clients stayed," chairman '
         "Anton Weir said.", "Anton Weir", "Tesk Bank"),
    case("chairwoman-appos", "Lunet Pharma will close its Orrin plant, the chairwoman, Ilse "
         "Morrow, told staff on Friday.", "Ilse Morrow", "Lunet Pharma"),
    case("ceo-said", "Brask Mining will reopen the shaft, CEO Noor Haddad said on Tuesday.",
         "Noor Haddad", "Brask Mining"),
]
# fmt: on


@pytest.mark.parametrize(("text", "person", "firm"), BARE_FIRM_ROLES)
def test_a_firm_role_with_no_body_is_at_the_firm_just_named(run, text, person, firm):
    r = run(text)
    assert (person, firm) in r.membership_pairs(), r.summary()


@pytest.mark.parametrize(("text", "person"), [
    ("Delta Grain cut 300 jobs. A rival firm's chief executive, Piet Olsen, said the cuts "
     "were late.", "Piet Olsen"),
    ("Delta Grain cut 300 jobs in 2019. Prices rose. Exports fell. Rain came late. Chief "
     "executive Piet Olsen resigned.", "Piet Olsen"),
    ("The Civic Unity Party lost ten seats. Chairman Oskari Vantanen resigned on Sunday.",
     "Oskari Vantanen"),
    ("The Orrin Court fined Delta Grain. Its former chairman, Piet Olsen, was cleared.",
     "Piet Olsen"),
])
def test_a_firm_role_far_from_or_unlike_the_firm_gives_no_membership(run, text, person):
    r = run(text)
    assert not [p for p in r.membership_pairs() if p[0] == person], r.summary()


# ---------------------------------------------------------------- a described group, named

@pytest.mark.parametrize(("text", "group", "name"), [
    ("The Dravic Patriots Union took the capital on Monday. Fighters of the Dravic militia "
     "guarded the port.", "Dravic militia", "Dravic Patriots Union"),
    ("The Ostrani Freedom Movement seized the valley on Sunday. A spokesman for the Ostrani "
     "rebels said ten fighters had died.", "Ostrani rebels", "Ostrani Freedom Movement"),
    ("The Kelvari Patriotic Front shelled the port. A Kelvari militia spokesman said ten "
     "fighters died.", "Kelvari militia", "Kelvari Patriotic Front"),
])
def test_a_described_group_joins_the_one_named_body_of_its_qualifier(run, text, group, name):
    r = run(text)
    found = r.find_entity(group)
    assert found is None or found.label == name, r.summary()


@pytest.mark.parametrize(("text", "group"), [
    ("The Orrin Farmers Union blocked the road. Orrin police said the protest was "
     "peaceful.", "Orrin police"),
    ("Veskan Airlines cancelled its flights. The Veskan army entered Tesk.", "Veskan army"),
])
def test_a_described_group_with_no_single_named_body_stays_apart(run, text, group):
    r = run(text)
    assert r.entity(group).label == group, r.summary()


# ---------------------------------------------------------------- a person put in a post

@pytest.mark.parametrize(("text", "person"), [
    ("Kestrel Amund was elected mayor of Orrin on Sunday.", "Kestrel Amund"),
    ("Tovi Brakstad was appointed chief executive of Delta Grain in May.", "Tovi Brakstad"),
    ("Ilmar Vesk has been named coach of Harrow Rovers.", "Ilmar Vesk"),
    ("Last year Runa Holmgaard was promoted to director, the bank said.", "Runa Holmgaard"),
])
def test_the_one_put_in_a_post_is_a_person(run, text, person):
    r = run(text)
    assert _types(r, person) == "Person", r.summary()


@pytest.mark.parametrize(("text", "name"), [
    ("Delta Grain was named supplier of the year.", "Delta Grain"),
    ("The Orrin Farmers Union was elected chair of the council of unions.",
     "Orrin Farmers Union"),
])
def test_a_body_named_to_a_post_stays_a_body(run, text, name):
    r = run(text)
    assert _types(r, name) == "Organization", r.summary()
