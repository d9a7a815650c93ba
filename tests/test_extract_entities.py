"""kg.extract entities, one construction per case: which names are merged into one
entity (acronyms, surnames, short forms, place variants), which are kept apart, how
each is typed, and how its label is cleaned (titles, determiners, possessives).

Every sentence is invented. The articles are published on Friday 2024-03-15.
"""

from __future__ import annotations

import pytest
from cases import case

# ---------------------------------------------------------------- merged names

# fmt: off
MERGED = [
    # (text, label of the one entity, alias it must carry)
    case("acronym-in-parentheses", "The Northern Alliance Party (NAP) won the vote in Halvik. "
         "The NAP said turnout was high.", "Northern Alliance Party", "NAP"),
    case("acronym-later-bare", "The Free Coast Movement (FCM) held a rally on Sunday. Police "
         "said the FCM had no permit.", "Free Coast Movement", "FCM"),
    case("acronym-as-modifier", "The United Workers Federation (UWF) called a strike. UWF "
         "leaders said the strike would last a week.", "United Workers Federation", "UWF"),
    case("surname-after-full-name", "Maria Kovacs arrived in Halvik on Monday. Kovacs said the "
         "repairs would take a year.", "Maria Kovacs", "Kovacs"),
    case("title-and-surname", "Maria Kovacs spoke in Halvik. Ms Kovacs said the plan was too "
         "costly.", "Maria Kovacs", "Kovacs"),
    case("org-first-word", "Calder Motors opened a plant in Halvik on Monday. Calder will "
         "hire 500 workers.", "Calder Motors", "Calder"),
    case("org-corporate-suffix", "Lena Ortiz, the chief executive of Calder Motors Inc., said "
         "sales had doubled. Calder Motors said profits had risen.", "Calder Motors",
         "Calder Motors Inc."),
    case("place-with-province", "Officials in Sarova Province said the road was closed. "
         "Residents of Sarova said they were afraid.", "Sarova Province", "Sarova"),
    case("surname-tagger-missed", "Anna Weber said the border would stay closed. Weber added "
         "that talks would resume.", "Anna Weber", "Weber"),
]
# fmt: on


@pytest.mark.parametrize(("text", "label", "alias"), MERGED)
def test_entities_names_merged(run, text, label, alias):
    r = run(text)
    e = r.entity(label)
    assert alias in e.aliases, r.summary()
    assert r.find_entity(alias) is e, r.summary()
    assert sum(1 for x in r.ex.entities if alias in (x.label, *x.aliases)) == 1, r.summary()


def test_entities_surname_mentions_point_to_full_name(run):
    text = "Maria Kovacs arrived in Halvik on Monday. Kovacs said the repairs would take a year."
    r = run(text)
    e = r.entity("Maria Kovacs")
    assert [text[m.begin : m.end] for m in e.mentions] == ["Maria Kovacs", "Kovacs"]


def test_entities_speaker_given_by_surname_is_full_name(run):
    r = run("Maria Kovacs arrived in Halvik on Monday. Kovacs said the repairs would take a year.")
    assert r.statement_by("Maria Kovacs").content == "the repairs would take a year"


def test_entities_speaker_given_by_acronym_is_full_name(run):
    r = run(
        "The Northern Alliance Party (NAP) won the vote in Halvik. The NAP said turnout was high."
    )
    assert r.statement_by("Northern Alliance Party").content == "turnout was high"


# ---------------------------------------------------------------- kept apart

# fmt: off
DISTINCT = [
    # (text, names that must be separate entities)
    case("siblings-sharing-surname", "Maria Kovacs and her brother Peter Kovacs run a bakery "
         "in Halvik.", ["Maria Kovacs", "Peter Kovacs"]),
    case("two-people-met", "Maria Kovacs met Peter Kovacs in Halvik on Monday.",
         ["Maria Kovacs", "Peter Kovacs"]),
    case("orgs-sharing-first-word", "Calder Motors and Calder Bank are rivals in Halvik.",
         ["Calder Motors", "Calder Bank"]),
    case("person-and-place", "Lena Ortiz travelled to Halvik on Monday.",
         ["Lena Ortiz", "Halvik"]),
]
# fmt: on


@pytest.mark.parametrize(("text", "names"), DISTINCT)
def test_entities_different_names_not_merged(run, text, names):
    r = run(text)
    keys = [r.entity(n).key for n in names]
    assert len(set(keys)) == len(names), r.summary()
    assert all(r.entity(n).label == n for n in names), r.summary()


# ---------------------------------------------------------------- types

# fmt: off
TYPES = [
    # (text, label, type)
    case("x-province", "Fighting spread to Sarova province on Monday.", "Sarova", "Place"),
    case("in-x", "Protesters gathered in Halvik on Saturday.", "Halvik", "Place"),
    case("city-of-x", "Tomas Berg spoke to reporters in the city of Halvik.", "Halvik",
         "Place"),
    case("fled-to-x", "Maria Kovacs fled to Halvik in 2019.", "Halvik", "Place"),
    case("president-of-x", "Anna Weber, the president of Karvastan, said the border would stay "
         "closed.", "Karvastan", "Place"),
    case("person", "Maria Kovacs said the bridge would reopen in May.", "Maria Kovacs",
         "Person"),
    case("org-motors", "Calder Motors opened a plant in Halvik.", "Calder Motors",
         "Organization"),
    case("org-ministry", "The Ministry of Defence said the border was calm.",
         "Ministry of Defence", "Organization"),
    case("org-high-court", "The Sarova High Court sentenced Ivan Petrov to ten years.",
         "Sarova High Court", "Organization"),
    case("org-outlet", "Tomas Berg told Meridian News that the talks had stalled.",
         "Meridian News", "Organization"),
    case("band-plural-surname", "The Whitmores played a sold-out concert in Halvik.",
         "Whitmores", "Organization"),
    case("band-sisters", "Tickets for the Marlowe Sisters sold out in minutes.",
         "Marlowe Sisters", "Organization"),
    case("band-named-after-person", "The Tom Reeve Band said the tour would continue.",
         "Tom Reeve Band", "Organization"),
    case("org-appositive-maker", "Voltiq, a battery maker based in Halvik, said sales had "
         "doubled.", "Voltiq", "Organization"),
    case("port-x-captured", "The Iron Hand Front captured Port Elin.", "Port Elin", "Place"),
    case("descriptor-retailer", "Retailer Voltiq said sales had doubled.", "Voltiq",
         "Organization"),
    case("from-x-org-not-place", "Government troops seized the town of Karvastan from the "
         "Northern Legion last month.", "Northern Legion", "Organization"),
]
# fmt: on


@pytest.mark.parametrize(("text", "label", "etype"), TYPES)
def test_entities_type(run, text, label, etype):
    r = run(text)
    found = r.find_entity(label) or r.entity(f"{label} province")  # the label is tested below
    assert found.type == etype, r.summary()


def test_entities_place_that_acts_is_also_an_agent(run):
    r = run("Karvastan said the border would stay closed.")
    e = r.entity("Karvastan")
    assert e.type == "Place" and "Organization" in e.also, r.summary()


# ---------------------------------------------------------------- labels

# fmt: off
LABELS = [
    # (text, the label expected)
    case("president", "President Anna Weber visited Halvik on Monday.", "Anna Weber"),
    case("former-president", "Former President Anna Weber said the border would stay "
         "closed.", "Anna Weber"),
    case("prime-minister", "Prime Minister Anna Weber said the border would stay closed.",
         "Anna Weber"),
    case("dr", "Dr. Helen Marsh said the vaccine was safe.", "Helen Marsh"),
    case("general", "General Omar Haddad said the troops would stay.", "Omar Haddad"),
    case("mr", "Mr. Tomas Berg said the plan was too costly.", "Tomas Berg"),
    case("senator", "Senator Hugo Lind said the bill was dead.", "Hugo Lind"),
    case("governor", "Governor Paul Renner visited Halvik on Monday.", "Paul Renner"),
    case("determiner-dropped", "The Ministry of Defence said the border was calm.",
         "Ministry of Defence"),
    case("possessive-dropped", "Calder Motors' new plant opened in Halvik.", "Calder Motors"),
    case("possessive-s-dropped", "Voltiq's chief executive resigned on Monday.", "Voltiq"),
    case("lower-case-province-dropped", "Fighting spread to Sarova province on Monday.",
         "Sarova"),
]
# fmt: on


@pytest.mark.parametrize(("text", "label"), LABELS)
def test_entities_label_cleaned(run, text, label):
    r = run(text)
    assert label in [e.label for e in r.ex.entities], r.summary()


# ---------------------------------------------------------------- not entities

# fmt: off
NOT_ENTITIES = [
    # (text, a name that must not become an entity)
    case("product-lower-case-start", "Calder Motors unveiled the eVolt on Monday.", "eVolt"),
    case("product-possessed", "The company's xPhone sold well in Halvik.", "xPhone"),
    case("weekday", "Maria Kovacs said on Monday that the bridge would reopen.", "Monday"),
    case("nationality-adjective", "Sarovan troops crossed the border on Monday.", "Sarovan"),
    case("conference", "Calder Motors spoke at the Halvik Battery Conference.",
         "Halvik Battery Conference"),
    case("currency-code", "Voltiq raised 40 million EUR in March.", "EUR"),
]
# fmt: on


@pytest.mark.parametrize(("text", "name"), NOT_ENTITIES)
def test_entities_not_an_entity(run, text, name):
    r = run(text)
    assert r.find_entity(name) is None, r.summary()


def test_entities_mentions_are_character_offsets(run):
    text = "Maria Kovacs met Tomas Berg in Halvik."
    r = run(text)
    for name in ("Maria Kovacs", "Tomas Berg", "Halvik"):
        (m,) = r.entity(name).mentions
        assert text[m.begin : m.end] == name
