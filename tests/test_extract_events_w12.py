"""kg.extract events, twelfth wave: the arguments of events on unseen news. Who acts when
a group is named by its leader ("Veska-led forces", "troops commanded by X"); the date of
an event that goes on telling a dated one in the sentence before ("... on Tuesday. Its
fighters also shelled Tesk"); the place of a phrase on the object or at sea ("a tanker in
the Gulf of X", "off the coast of X"); "X, a region ... the region"; the members of a
described group ("the group's fighters"); and "retook", which the tagger does not
lemmatise. With the near misses of each: "Veska-backed" is no leader, "a man from X" no
place, a new paragraph, another doer, a pluperfect or a future starts a telling of its
own.

Every sentence is invented (names and places are made up). The articles are published on
Friday 2024-03-15.
"""

from __future__ import annotations

import pytest
from cases import case

# ---------------------------------------------------------------- led by

# fmt: off
LED = [
    # (text, trigger word, agent)
    case("led-hyphen-forces", "Veska-led forces recaptured the port city of Mirelle.",
         "recaptured", "Veska"),
    case("led-by-forces", "Forces led by Veska recaptured the city of Mirelle.",
         "recaptured", "Veska"),
    case("commanded-by-person", "Troops commanded by General Ivo Brandt seized the town of "
         "Pirel.", "seized", "Ivo Brandt"),
    case("led-offensive-noun", "A Veska-led offensive on the city of Mirelle began in May.",
         "offensive", "Veska"),
]
NOT_LED = [
    # (text, trigger word, entity that must not be the agent)
    case("backed-is-no-leader", "Veska-trained fighters attacked the town of Pirel.",
         "attacked", "Veska"),
    case("led-the-assault", "Rebels led the assault on the town of Pirel, Veska said.",
         "assault", "Veska"),
]
# fmt: on



# ---------------------------------------------------------------- continued dates

# fmt: off
CONTINUED = [
    # (text, trigger word, date)
    case("also-same-group", "On Tuesday, the Ostral Front attacked the town of Pirel. The "
         "fighters also shelled the village of Tesk and killed two farmers.", "shelled",
         "2024-03-12"),
    case("coordinated-verb", "On Tuesday, the Ostral Front attacked the town of Pirel. The "
         "fighters also shelled the village of Tesk and killed two farmers.", "killed",
         "2024-03-12"),
    case("its-fighters", "The Ostral Front attacked the town of Pirel on Tuesday. Its "
         "fighters shelled the village of Tesk.", "shelled", "2024-03-12"),
    case("they", "Rebels seized the town of Pirel on Wednesday. They looted shops and killed "
         "the mayor.", "killed", "2024-03-13"),
    case("later-they", "The Halden Brigade stormed the town of Pirel on Monday. Later, they "
         "burned the town hall and killed two guards.", "killed", "2024-03-11"),
    case("dated-noun-did", "The attack, which took place on Tuesday, killed nine people in "
         "the town of Pirel.", "killed", "2024-03-12"),
    case("dated-noun-did-wounded", "The bombing, which happened on Wednesday, wounded 20 "
         "people in the city of Velmar.", "wounded", "2024-03-13"),
]
NOT_CONTINUED = [
    # (text, trigger word)
    case("other-doer", "The army shelled the town of Pirel on Saturday. Rebels attacked a "
         "checkpoint near the village of Tesk.", "attacked"),
    case("pluperfect", "The Ostral Front seized the town of Pirel on Tuesday. The group had "
         "attacked the village of Tesk.", "attacked"),
    case("future", "The Ostral Front seized the town of Pirel on Tuesday. They will attack "
         "the village of Tesk.", "attack"),
    case("new-paragraph", "The Ostral Front seized the town of Pirel on Tuesday.\nThe "
         "fighters also killed two farmers in the village of Tesk.", "killed"),
    case("noun-toll-so-far", "The siege, which began on Tuesday, has killed nine people in "
         "the town of Pirel.", "killed"),
    case("no-doer-said", "The Ostral Front seized the town of Pirel on Tuesday. Two farmers "
         "were killed in the village of Tesk, residents said.", "killed"),
]
# fmt: on



# ---------------------------------------------------------------- retook

# fmt: off
RETOOK = [
    case("retook-town", "The army retook the town of Velmar on Sunday.", "2024-03-10"),
    case("retook-airport", "Government troops retook the airport of Velmar on Monday after "
         "heavy fighting.", "2024-03-11"),
]
# fmt: on



# ---------------------------------------------------------------- places on the object

# fmt: off
OBJECT_PLACES = [
    # (text, trigger word, place)
    case("object-in-gulf", "Veska's navy seized a tanker in the Gulf of Mirelle.", "seized",
         "Gulf of Mirelle"),
    case("off-the-coast-of", "The navy of Veska seized a cargo ship off the coast of Pirel "
         "on Monday.", "seized", "Pirel"),
    case("object-in-city", "Veska's army bombed the bridges in the city of Mirelle.",
         "bombed", "Mirelle"),
]
NOT_OBJECT_PLACES = [
    # (text, trigger word, entity that must not be the place)
    case("man-from", "Police arrested a man from Velmar.", "arrested", "Velmar"),
    case("whose-navy", "Veska's navy seized a tanker in the Gulf of Mirelle.", "seized",
         "Veska"),
]
# fmt: on



# ---------------------------------------------------------------- "X, a region ... the region"

# fmt: off
DESCRIBED_BACK = [
    # (text, trigger word, place)
    case("region-misparsed", "Fighting flared again in Kelvar, a mountain region claimed by "
         "Veska and Dorran. Some 20,000 people died in a war in the region in the "
         "1990s.", "war", "Kelvar"),
    case("city-apposition", "The Ostral Front captured Pirel, a city in northern Veska, on "
         "Sunday. Soldiers withdrew from the city overnight.", "withdrew", "Pirel"),
]
# fmt: on



# ---------------------------------------------------------------- "the group's fighters"

# fmt: off
GROUP_MEMBERS = [
    # (text, trigger word, agent)
    case("group-fighters", "The Ostral Front took the town of Pirel in Veska on Monday. The "
         "group's fighters later withdrew toward the north.", "withdrew", "Ostral Front"),
    case("militia-fighters-named-so", "The Kelvar Militia entered the town of Pirel on "
         "Monday. The militia's fighters shelled the village of Tesk.", "shelled",
         "Kelvar Militia"),
]
NOT_GROUP_MEMBERS = [
    # (text, trigger word, entity that must not be the agent)
    case("another-body", "The Ostral Front took the town of Pirel on Monday. The army's "
         "soldiers withdrew toward the north.", "withdrew", "Ostral Front"),
    case("group-leader-is-a-person", "The Ostral Front took the town of Pirel on Monday. "
         "The group's leader Ivo Brandt resigned.", "resigned", "Ostral Front"),
]
# fmt: on


def with_role(role: str, rows: list) -> list:
    """The rows of a table with the role they test put after the trigger word."""
    return [pytest.param(*p.values[:2], role, *p.values[2:], id=p.id, marks=p.marks)
            for p in rows]


def event_with(r, word: str):
    """The first event whose trigger holds ``word``; fails with the reading otherwise."""
    ev = next((e for e in r.ex.events if word in e.trigger.lower()), None)
    assert ev is not None, r.summary()
    return ev


def read(r, ev, role: str) -> list[str]:
    """What the engine read for one role of the event: labels, or the date's value."""
    if role == "date":
        return [ev.date.value] if ev.date is not None else []
    return r.labels(getattr(ev, role))


HAS = (with_role("agents", LED) + with_role("date", CONTINUED)
       + with_role("places", OBJECT_PLACES) + with_role("places", DESCRIBED_BACK)
       + with_role("agents", GROUP_MEMBERS))
HAS_NOT = (with_role("agents", NOT_LED) + with_role("places", NOT_OBJECT_PLACES)
           + with_role("agents", NOT_GROUP_MEMBERS))


@pytest.mark.parametrize(("text", "word", "role", "value"), HAS)
def test_argument_is_read(run, text, word, role, value):
    r = run(text)
    assert value in read(r, event_with(r, word), role), r.summary()


@pytest.mark.parametrize(("text", "word", "role", "value"), HAS_NOT)
def test_near_miss_is_not_read(run, text, word, role, value):
    r = run(text)
    assert value not in read(r, event_with(r, word), role), r.summary()


@pytest.mark.parametrize(("text", "word"), NOT_CONTINUED)
def test_new_telling_has_no_date_before(run, text, word):
    r = run(text)
    assert event_with(r, word).date is None, r.summary()


@pytest.mark.parametrize(("text", "date"), RETOOK)
def test_retook_is_a_control_event(run, text, date):
    r = run(text)
    ev = r.event("ControlEvent", trigger="retook")
    assert "Velmar" in r.labels(ev.places) and read(r, ev, "date") == [date], r.summary()
