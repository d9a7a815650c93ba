"""kg.extract entities, third wave: names the small model mistypes or misses, typed and
found by document evidence (a nationality adjective, a motion verb's destination, a
"which" clause, a conjoined place, a dateline glued to its bracket, a name's particle).

Every sentence is invented; each class has near-misses that must not fire.
"""

from __future__ import annotations

import pytest
from cases import case


def assert_typed(r, name: str, etype: str) -> None:
    entity = r.entity(name)
    assert entity.type == etype, r.summary()


# ------------------------------------------- a dateline whose place is glued to its bracket

# fmt: off
GLUED_DATELINES = [
    # (text, the dateline's place)
    case("date-then-caps", "March 4, 2024 (ORRIN)- Veskan troops said they had taken the pass.",
         "ORRIN"),
    case("tagged-as-org", "May 20, 2019 (KELVARO)- The ministry said the talks had collapsed.",
         "KELVARO"),
    case("two-word-place", "June 2, 2021 (PORT ELIN)- Dock workers walked out on Tuesday.",
         "PORT ELIN"),
    case("spaced-dash", "August 9, 2018 (TESKA) - The council voted to close the market.",
         "TESKA"),
    case("no-year", "July 14 (VARNOA)- Flooding cut the main road, police said.", "VARNOA"),
]
# fmt: on


@pytest.mark.parametrize(("text", "place"), GLUED_DATELINES)
def test_entities_glued_dateline_place(run, text, place):
    r = run(text)
    assert_typed(r, place, "Place")
    assert not any(")" in e.label for e in r.ex.entities), r.summary()


# ------------------------------------------- places joined to places

# fmt: off
CONJOINED_PLACES = [
    # (text, names that must all be places)
    case("strongholds-of", "The convoy moved between the strongholds of Tesk and Varnoa "
         "before dawn.", ["Tesk", "Varnoa"]),
    case("towns-of", "Rebels now hold the towns of Morvik and Ustrana, a spokesman said.",
         ["Morvik", "Ustrana"]),
    case("chain-after-to", "Fighting spread from Orlova to Danzeki and Petrovka overnight.",
         ["Orlova", "Danzeki", "Petrovka"]),
    case("villages-of", "Floods cut off the villages of Hallen and Bryn last week.",
         ["Hallen", "Bryn"]),
    case("cities-of", "Protests spread to the cities of Kavos and Mirrin on Sunday.",
         ["Kavos", "Mirrin"]),
]
PEOPLE_JOINED = [
    # (text, names that must stay people)
    case("two-speakers", "Anna Brandt and Olek Halvik said the deal was fair.",
         ["Anna Brandt", "Olek Halvik"]),
    case("met-two", "The minister met Lena Varga and Tomas Keller in the capital.",
         ["Lena Varga", "Tomas Keller"]),
]
# fmt: on


@pytest.mark.parametrize(("text", "names"), CONJOINED_PLACES)
def test_entities_conjoined_places(run, text, names):
    r = run(text)
    for name in names:
        assert_typed(r, name, "Place")
    assert not any(e.label.endswith(" and") for e in r.ex.entities), r.summary()


@pytest.mark.parametrize(("text", "names"), PEOPLE_JOINED)
def test_entities_conjoined_people_stay_people(run, text, names):
    r = run(text)
    for name in names:
        assert_typed(r, name, "Person")


# ------------------------------------------- a name that opens with a lower-case particle

# fmt: off
PARTICLE_NAMES = [
    # (text, name that must be an entity)
    case("al-space", "The militants pledged loyalty to al Vashir after the raid.", "al Vashir"),
    case("al-hyphen", "Fighters of al-Kharoun seized two villages, the army said.",
         "al-Kharoun"),
    case("van", "The envoy met Pieter van Brakel in the capital.", "Pieter van Brakel"),
    case("el-hyphen", "Members of el-Nadir claimed the attack on Friday.", "el-Nadir"),
    case("bin", "Officials said bin Haroun had left the country.", "bin Haroun"),
]
# fmt: on


@pytest.mark.parametrize(("text", "name"), PARTICLE_NAMES)
def test_entities_name_with_particle(run, text, name):
    r = run(text)
    r.entity(name)


def test_entities_lower_case_product_is_still_no_entity(run):
    r = run("Lunet released the eReader in May, the company said.")
    assert r.find_entity("eReader") is None, r.summary()


# ------------------------------------------- the destination of a motion verb

# fmt: off
DESTINATIONS = [
    # (text, place)
    case("retreated-to", "The Kelvarese army retreated to Ras Tamun, which lies to the east.",
         "Ras Tamun"),
    case("fled-towards", "Rebels fled towards Hamdun as the army advanced.", "Hamdun"),
    case("returned-to", "The refugees returned to Kesra last week.", "Kesra"),
    case("headed-to", "Thousands of families headed to Bel Arran after the shelling.",
         "Bel Arran"),
    case("advancing-toward", "Government troops were advancing toward Umm Qasra on Sunday.",
         "Umm Qasra"),
]
NOT_DESTINATIONS = [
    # (text, person)
    case("wrote-to", "The minister wrote to Lena Halvik, who chairs the committee.",
         "Lena Halvik"),
    case("loyalty-to", "The colonel pledged loyalty to Omar Dessi after the vote.",
         "Omar Dessi"),
]
# fmt: on


@pytest.mark.parametrize(("text", "place"), DESTINATIONS)
def test_entities_destination_of_motion_is_a_place(run, text, place):
    assert_typed(run(text), place, "Place")


@pytest.mark.parametrize(("text", "person"), NOT_DESTINATIONS)
def test_entities_recipient_stays_a_person(run, text, person):
    assert_typed(run(text), person, "Person")


# ------------------------------------------- "X, which ...": not a person

# fmt: off
WHICH_CLAUSES = [
    # (text, name that must not be a person)
    case("which-lies", "Troops reached Ras Tamun, which lies on the coast, at dawn.",
         "Ras Tamun"),
    case("which-was", "The fighting moved to Dal Orrin, which was shelled overnight.",
         "Dal Orrin"),
]
WHO_CLAUSES = [
    # (text, person)
    case("who-chairs", "The minister wrote to Lena Halvik, who chairs the committee.",
         "Lena Halvik"),
    case("who-said", "Farmers backed Anton Weir, who said the tax was unfair.", "Anton Weir"),
]
# fmt: on


@pytest.mark.parametrize(("text", "name"), WHICH_CLAUSES)
def test_entities_which_clause_is_no_person(run, text, name):
    r = run(text)
    assert r.entity(name).type != "Person", r.summary()


@pytest.mark.parametrize(("text", "person"), WHO_CLAUSES)
def test_entities_who_clause_stays_a_person(run, text, person):
    assert_typed(run(text), person, "Person")


# ------------------------------------------- a name whose nationality adjective is used

# fmt: off
DEMONYM_PLACES = [
    # (text, place)
    case("forces-liberated", "Ustrani forces said they had liberated Ustran after a week of "
         "shelling.", "Ustran"),
    case("officials-said", "Kelvarese officials said Kelvar would not negotiate.", "Kelvar"),
    case("next-sentence", "The Marovian delegation flew home. Marova has rejected the plan.",
         "Marova"),
    case("blockade-on", "Tessarian leaders called for an end to the blockade on Tessaria.",
         "Tessaria"),
    case("much-of", "Rebels retook much of Dorvia. Dorvian villagers fled south.", "Dorvia"),
]
DEMONYM_PEOPLE = [
    # (text, person whose first name looks like a country's)
    case("jordanian-envoy", "Chad Morrow, the Chadian envoy, said the talks had stalled.",
         "Chad Morrow"),
    case("velanese-farmer", "Orrin Smith, a Velanese farmer, said prices had doubled.",
         "Orrin Smith"),
]
# fmt: on


@pytest.mark.parametrize(("text", "place"), DEMONYM_PLACES)
def test_entities_nationality_adjective_makes_a_place(run, text, place):
    assert_typed(run(text), place, "Place")


@pytest.mark.parametrize(("text", "person"), DEMONYM_PEOPLE)
def test_entities_nationality_adjective_leaves_people(run, text, person):
    assert_typed(run(text), person, "Person")


def test_entities_plural_of_the_adjective_is_the_group(run):
    r = run("Orrani fighters shelled the port. The Orranis said they had taken it.")
    assert_typed(r, "Orranis", "Organization")


# ------------------------------------------- the tagger's repeated guess counts once

# fmt: off
REPEATED_GUESS = [
    # (text, name, type the clues in the text give it)
    case("liberated-town-of", "Our forces liberated Dornak! Dornak is ours. Dornak will be "
         "rebuilt, fighters said in the town of Dornak.", "Dornak", "Place"),
    case("part-of-fought-in", "Nagaro-Velbakh is recognised as part of Orrinia. Troops fought "
         "in Nagaro-Velbakh for weeks. A road links Nagaro-Velbakh with Tessaria.",
         "Nagaro-Velbakh", "Place"),
    case("company-stays", "Halvik Motors said sales fell. Halvik Motors is based in Orrin. "
         "Analysts expect Halvik Motors to recover.", "Halvik Motors", "Organization"),
    case("person-stays", "Anna Brandt said the vote was fair. Brandt later flew to Orrin. "
         "Brandt met voters there.", "Anna Brandt", "Person"),
]
# fmt: on


@pytest.mark.parametrize(("text", "name", "etype"), REPEATED_GUESS)
def test_entities_repeated_tagger_guess_counts_once(run, text, name, etype):
    assert_typed(run(text), name, etype)


# ------------------------------------------- a place the tagger ran into a date

# fmt: off
PLACE_BEFORE_DATE = [
    # (text, place)
    case("in-x-month", "Guards are seen at the station in Morvik January 19, 2014.", "Morvik"),
    case("tagged-apart", "Police are seen at the checkpoint in Kesra March 2, 2020.", "Kesra"),
    case("near-x-month", "Marines landed at the beach near Tavona June 5, 2019.", "Tavona"),
]
# fmt: on


@pytest.mark.parametrize(("text", "place"), PLACE_BEFORE_DATE)
def test_entities_place_before_a_date(run, text, place):
    r = run(text)
    assert_typed(r, place, "Place")
    assert not any("January" in e.label or "March" in e.label for e in r.ex.entities), \
        r.summary()


# ------------------------------------------- a capitalised body noun is a body

# fmt: off
BODY_NOUNS = [
    # (text, body)
    case("walked-out", "The Opposition walked out of the chamber on Tuesday.", "opposition"),
    case("opposition-leader", "Talks with Opposition leader Anna Brandt broke down.",
         "opposition"),
]
# fmt: on


@pytest.mark.parametrize(("text", "body"), BODY_NOUNS)
def test_entities_capitalised_body_noun_is_an_organisation(run, text, body):
    r = run(text)
    assert_typed(r, body, "Organization")


def test_entities_in_opposition_is_no_place(run):
    r = run("While in Opposition, the party had backed the reform.")
    assert all(e.type != "Place" for e in r.ex.entities), r.summary()


# ------------------------------------------- a person's rival is a person

# fmt: off
RIVALS = [
    # (text, person)
    case("leftist-rival", "Temko took over in May after his leftist rival Lena Varga was "
         "impeached. Varga denied wrongdoing.", "Lena Varga"),
    case("old-rival", "The senator beat her old rival Tomas Keller in the primary.",
         "Tomas Keller"),
    case("developer-appos", "Ilse Brandt, a software developer, said the app was unsafe.",
         "Ilse Brandt"),
]
# fmt: on


@pytest.mark.parametrize(("text", "person"), RIVALS)
def test_entities_shared_descriptor_leaves_a_person(run, text, person):
    assert_typed(run(text), person, "Person")


def test_entities_rival_company_stays_an_organisation(run):
    assert_typed(run("Retail rival Shopwell cut prices, the company said."), "Shopwell",
                 "Organization")


# ------------------------------------------- a minister's portfolio is no organisation

# fmt: off
PORTFOLIOS = [
    # (text, person, portfolio words that must name no entity)
    case("affairs-minister", "Home Affairs Minister Lena Varga said the report was false.",
         "Lena Varga", "Home Affairs"),
    case("minister-of", "Minister of Territorial Development Paul Orrin warned that results "
         "would be void.", "Paul Orrin", "Territorial Development"),
    case("affairs-secretary", "Rural Affairs Secretary Tomas Keller resigned on Friday.",
         "Tomas Keller", "Rural Affairs"),
    case("minister-of-administration", "Minister of Territorial Administration Paul Orrin "
         "warned that results would be void.", "Paul Orrin", "Territorial Administration"),
]
# fmt: on


@pytest.mark.parametrize(("text", "person", "portfolio"), PORTFOLIOS)
def test_entities_portfolio_is_no_organisation(run, text, person, portfolio):
    r = run(text)
    assert_typed(r, person, "Person")
    assert r.find_entity(portfolio) is None, r.summary()


def test_entities_body_before_a_title_stays(run):
    r = run("EU Commissioner Anna Brandt visited the port.")
    assert_typed(r, "EU", "Organization")


def test_entities_named_ministry_stays(run):
    r = run("The Kelvar Ministry of Health said cases rose.")
    assert_typed(r, "Kelvar Ministry of Health", "Organization")


# ------------------------------------------- "X-led": a nationality, not a group


def test_entities_led_by_nationality_is_no_group(run):
    r = run("The Veskan-led coalition said it had struck the port.")
    assert r.find_entity("Saudi") is None, r.summary()


# ------------------------------------------- on behalf of: a spokesperson, a country

# fmt: off
SPOKEN_FOR = [
    # (text, speaker, on behalf of or None)
    case("rebels-subject", '"The rebels have encircled Tavona," said spokesman Omar Dessi.',
         "Omar Dessi", "rebels"),
    case("carried-on", '"The rebels have encircled Tavona," said spokesman Omar Dessi. Dessi '
         "said 12 rebels were killed.", "Omar Dessi", "rebels"),
    case("named-body", '"The Kelvar Farmers Union will strike," said spokeswoman Lena Varga.',
         "Lena Varga", "Kelvar Farmers Union"),
    case("no-body-in-words", '"The weather was bad," said spokesman Omar Dessi.', "Omar Dessi",
         None),
    case("no-spokesperson", '"The army has retreated," said farmer Omar Dessi.', "Omar Dessi",
         None),
]
COUNTRY_SPEAKERS = [
    # (text, country speaker, that speaks on its own behalf: for no one else)
    case("official-of-place", "Fighting broke out in Veska on Monday. A Veska official said "
         "the fighting had stopped.", "Veska"),
    case("province-official", "Troops were sent to the province of Orrinia. An Orrinia "
         "official said the troops had arrived.", "Orrinia"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "behalf"), SPOKEN_FOR)
def test_behalf_spokesperson_speaks_for_the_body_of_their_words(run, text, speaker, behalf):
    r = run(text)
    for s in r.statements_by(speaker) or [r.statement_by(speaker)]:
        assert r.label(s.on_behalf_of) == behalf, r.summary()


@pytest.mark.parametrize(("text", "speaker"), COUNTRY_SPEAKERS)
def test_behalf_country_speaks_for_no_one_but_itself(run, text, speaker):
    r = run(text)
    s = r.statement_by(speaker)
    assert r.label(s.on_behalf_of) == speaker, r.summary()


def test_behalf_organisation_official_speaks_for_it(run):
    r = run("A KDU official said the vote was rigged.")
    assert r.label(r.statement_by("KDU").on_behalf_of) == "KDU", r.summary()


def test_entities_spaced_dash_parts_two_names(run):
    r = run("The dispute is with a network firm based in Port Elin - Halvik.")
    assert_typed(r, "Port Elin", "Place")
    assert not any(" - " in e.label for e in r.ex.entities), r.summary()


# ------------------------------------------- product lines and role words are no entities

# fmt: off
PRODUCT_LINES = [
    # (text, product name that must name no entity)
    case("lineup-of-laptops", "Lunet Inc. released a new lineup of Zephyr Air laptops on "
         "Wednesday.", "Zephyr Air"),
    case("operating-system", "The update brings features of its mobile system to the Zephyr "
         "OS X operating system.", "Zephyr",
         why="the small model does not hang the name on the product noun (no compound)"),
    case("phone", "Shoppers queued for the Nova Ray phone in May.", "Nova Ray"),
]
# fmt: on


@pytest.mark.parametrize(("text", "product"), PRODUCT_LINES)
def test_entities_product_line_is_no_entity(run, text, product):
    r = run(text)
    assert r.find_entity(product) is None, r.summary()


def test_entities_maker_named_apart_from_its_products_stays(run):
    r = run("Lunet Inc. released a new lineup of Zephyr Air laptops on Wednesday.")
    assert_typed(r, "Lunet Inc.", "Organization")


def test_entities_maker_of_the_product_line_stays(run):
    r = run("Kelvar Telecom said Kelvar phone users would pay less.")
    assert_typed(r, "Kelvar Telecom", "Organization")


# ------------------------------------------- the object of a verb of territory

# fmt: off
TERRITORY_OBJECTS = [
    # (text, place)
    case("liberated", "We liberated Dornak! Dornak is ours, the president said.", "Dornak"),
    case("retook", "Rebels retook Varnoa on Monday. Varnoa had been held by the army.",
         "Varnoa"),
    case("shelled", "Troops shelled Kesra overnight.", "Kesra"),
]
NOT_TERRITORY = [
    # (text, person)
    case("captured-person", "Police captured Omar Dessi on Monday.", "Omar Dessi"),
    case("backed-person", "The voters backed Tomas Keller.", "Tomas Keller"),
]
# fmt: on


@pytest.mark.parametrize(("text", "place"), TERRITORY_OBJECTS)
def test_entities_object_of_a_territory_verb_is_a_place(run, text, place):
    assert_typed(run(text), place, "Place")


@pytest.mark.parametrize(("text", "person"), NOT_TERRITORY)
def test_entities_object_of_other_verbs_stays_a_person(run, text, person):
    assert_typed(run(text), person, "Person")


# ------------------------------------------- "company CEO Y": the role is no body's name

# fmt: off
ROLE_AFTER_DESCRIPTOR = [
    # (text, person)
    case("company-ceo", "During the event, company CEO Ana Lind answered questions.", "Ana Lind"),
    case("ceo-said", "Group CEO Tomas Keller said profits rose.", "Tomas Keller"),
]
# fmt: on


@pytest.mark.parametrize(("text", "person"), ROLE_AFTER_DESCRIPTOR)
def test_entities_role_after_a_descriptor_names_a_person(run, text, person):
    r = run(text)
    assert_typed(r, person, "Person")
    assert not any(e.label.startswith("CEO") for e in r.ex.entities), r.summary()


def test_entities_descriptor_before_a_name_still_makes_a_body(run):
    assert_typed(run("Battery maker Voltic Power said sales rose."), "Voltic Power",
                 "Organization")


# ------------------------------------------- a lone "person" joined to a tagged place

# fmt: off
PERSON_JOINED_TO_PLACE = [
    # (text, name the tagger calls a person)
    case("control-of", "Fighters took control of Nairobi and Kelmaru overnight.", "Kelmaru"),
    case("reported-in", "Clashes were reported in Cairo and Tessoun.", "Tessoun"),
]
# fmt: on


@pytest.mark.parametrize(("text", "name"), PERSON_JOINED_TO_PLACE)
def test_entities_lone_person_joined_to_a_place_is_a_place(run, text, name):
    assert_typed(run(text), name, "Place")
