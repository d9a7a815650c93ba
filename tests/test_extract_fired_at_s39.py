"""kg.extract: "fire" aimed at something is shooting. "Soldiers fired on the crowd",
"troops fired at a car", "police fired into the air", "fired artillery at the hills" are
conflict events (the verb had no event without a weapon it knew as its object, or a
dismissal when a denial held it). And a personnel verb's object may be one of the staff
("fired their coach", "hired three engineers"), not only a post or a name.
Near-misses: "fired its chief executive", "fired 300 workers at its plant" and "was
fired at the end of the year" stay dismissals; "fired a warning" is neither.

Every sentence is invented. The articles are published on Friday 2024-03-15.
"""

from __future__ import annotations

import pytest
from cases import case

# fmt: off
SHOOTING = [
    # (text, the event's place or None)
    case("fired-on-crowd", "Soldiers fired on the crowd in Ostrel on Monday, killing three "
         "people.", "Ostrel"),
    case("fired-at-car", "Troops fired at a car that failed to stop at a checkpoint near "
         "Marsk.", "Marsk"),
    case("fired-into-air", "Police fired into the air to disperse the crowd.", None),
    case("denied-fired-on", "The Ferrin police department denied that officers had fired on "
         "the crowd.", None),
    case("fired-artillery", "The army fired artillery at the hills above Marsk.", None),
]

DISMISSAL = [
    case("fired-executive", "Delta Grain fired its chief executive on Tuesday."),
    case("fired-workers-at-plant", "Delta Grain fired 300 workers at its Ferrin plant."),
    case("fired-at-end", "The minister was fired at the end of the year."),
    case("fired-coach", "Harrow Rovers fired their coach after a string of defeats."),
    case("hired-engineers", "Delta Grain hired three engineers from its rival."),
]
# fmt: on


@pytest.mark.parametrize(("text", "place"), SHOOTING)
def test_fire_aimed_at_something_is_shooting(run, text, place):
    r = run(text)
    shot = r.event("ConflictEvent", trigger="fired")
    assert not r.events_of("PersonnelEvent"), r.summary()
    if place is not None:
        assert place in r.labels(shot.places), r.summary()


@pytest.mark.parametrize("text", DISMISSAL)
def test_fire_with_a_person_or_a_time_stays_a_dismissal(run, text):
    r = run(text)
    assert r.events_of("PersonnelEvent"), r.summary()
    assert not [e for e in r.events_of("ConflictEvent") if "fire" in e.trigger], r.summary()


def test_fire_at_no_one_with_no_weapon_is_no_event(run):
    r = run("The club fired a warning to its fans.")
    assert not [e for e in r.ex.events if "fire" in e.trigger], r.summary()
