"""kg.extract events, fourth wave: places and agents on news nobody tuned the engine for
(courts, business, health, elections, disasters as well as conflict).

Every sentence is invented (names and places are made up). The articles are published on
Friday 2024-03-15.
"""

from __future__ import annotations

import pytest


def case(id_: str, *values, why: str | None = None):
    """One table row; ``why`` marks a documented engine failure (strict xfail)."""
    marks = [pytest.mark.xfail(strict=True, reason=why)] if why else []
    return pytest.param(*values, id=id_, marks=marks)


# ---------------------------------------------------------------- the article's scene

# fmt: off
SCENE = [
    # (text, class, trigger, place): an event no sentence near it places happens where the
    # article set its scene
    case("court-three-sentences-on", "A court in Marlow sentenced Ilse Morrow to six years "
         "on Monday. Morrow had been a popular mayor. Her supporters wept. She was convicted "
         "of taking bribes.", "JusticeEvent", "convicted", "Marlow"),
    case("election-resignation", "Voters in Veska chose a new parliament on Sunday. Turnout "
         "was low. The ruling party lost its majority. The prime minister resigned on "
         "Monday.", "PersonnelEvent", "resigned", "Veska"),
    case("conflict-two-sentences-on", "The army sealed off Halvik on Monday. The governor "
         "was silent. Two soldiers were killed.", "LifeEvent", "killed", "Halvik"),
    case("business-appointment", "Orrin Motors will build a car plant near Kelvar. The "
         "company said the project would cost $1 billion. Shares rose. Its chief executive, "
         "Ada Moreno, was appointed in January.", "PersonnelEvent", "appointed", "Kelvar"),
    case("protest-far-on", "Thousands of teachers gathered in the city of Tesk on Tuesday. "
         "Many carried banners. Some had travelled for hours. The union said the protest "
         "would go on.", "ProtestEvent", "protest", "Tesk"),
    case("sport-club-sacking", "Harrow United lost 3-0 at home in Lunet on Saturday. The "
         "fans booed. The players left quickly. On Sunday the club sacked its coach, Piet "
         "Olsen.", "PersonnelEvent", "sacked", "Lunet"),
]
# fmt: on


@pytest.mark.parametrize(("text", "cls", "trigger", "place"), SCENE)
def test_event_without_place_is_in_the_scene(run, text, cls, trigger, place):
    r = run(text)
    ev = r.event(cls, trigger=trigger)
    assert place in r.labels(ev.places), r.summary()


# fmt: off
OWN_PLACE = [
    # (text, class, trigger, place, not_place): a place of the event's own words, or of the
    # sentence just before, goes before the scene
    case("own-phrase", "Floods hit the town of Tesk on Sunday. The river burst its banks. "
         "Water covered the road. Two people were killed in Kelvar.", "LifeEvent", "killed",
         "Kelvar", "Tesk"),
    case("sentence-before", "A court in Marlow sentenced Ilse Morrow on Monday. Her husband "
         "lives in Orrin. He was arrested on Tuesday.", "JusticeEvent", "arrested", "Orrin",
         "Marlow"),
]
# fmt: on


@pytest.mark.parametrize(("text", "cls", "trigger", "place", "not_place"), OWN_PLACE)
def test_nearer_place_goes_before_the_scene(run, text, cls, trigger, place, not_place):
    r = run(text)
    ev = r.event(cls, trigger=trigger)
    labels = r.labels(ev.places)
    assert place in labels and not_place not in labels, r.summary()


def test_a_country_that_acts_is_no_scene(run):
    r = run("Veska launched air raids on Sunday. Officials said the raids were a warning. "
            "Two soldiers were killed.")
    ev = r.event("LifeEvent", trigger="killed")
    assert "Veska" not in r.labels(ev.places), r.summary()


def test_the_dateline_is_no_scene(run):
    r = run("KELVAR, March 10 (Marlow Courier) - Police arrested two men on Sunday. The men "
            "were charged with theft.")
    ev = r.event("JusticeEvent", trigger="arrested")
    assert "KELVAR" not in r.labels(ev.places), r.summary()


def test_no_place_in_the_article_no_scene(run):
    r = run("Ada Moreno resigned on Monday. She had led the club for a decade.")
    assert r.event("PersonnelEvent", trigger="resigned").places == (), r.summary()
