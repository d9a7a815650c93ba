"""kg.extract event dates (issue 11): events the report tells as its news of the day.

News writes what has just happened in the present perfect ("Two men have been arrested")
and what goes on in the present progressive ("Nurses are striking"), "is on trial", "are
on strike", "fighting continues": told by the report itself, the event is as of the
report's day (the publication date, or the dateline's); so is a deed told with only a
clock time ("arrested her at 6 p.m."), unless the text names a day before it.
Near misses: a date word of its own ("for years", "since 2020"), an adverb that sets it
before now ("has long", "has already", "have recently"), a habit in the present simple, a
deed told as denied or to come, an event noun that is the object of another deed ("are
investigating the death"), and a clock time after a day the text named.

Every sentence is invented (names and places are made up). Publication days vary: a
Friday (2024-03-15), a Monday (2023-06-05) and a Wednesday (2022-11-09).
"""

from __future__ import annotations

import pytest
from cases import FRI, MON, WED, case, date_of

# fmt: off
AS_OF_REPORT = [
    # (text, published, class, trigger, value)
    case("fighting-has-continued", "Heavy fighting has continued in Tarsk.", FRI,
         "ConflictEvent", "fighting", FRI),
    case("are-on-strike", "Thousands of nurses are on strike in Orrin.", MON,
         "ProtestEvent", "strike", MON),
    case("are-striking", "Dockers at the Halvik port are striking over pay.", WED,
         "ProtestEvent", "striking", WED),
    case("have-been-arrested", "Two men have been arrested over the killing of a Marlow "
         "shopkeeper.", FRI, "JusticeEvent", "arrested", FRI),
    case("has-resigned", "Tomas Varn has resigned as chief executive of Castell Metals.",
         MON, "PersonnelEvent", "resigned", MON),
    case("is-on-trial", "Orla Brenn is on trial in Tarsk, accused of fraud.", WED,
         "JusticeEvent", "trial", WED),
    case("has-completed-takeover", "Norvik Steel has completed its takeover of Castell "
         "Metals.", FRI, "ControlEvent", "takeover", FRI),
    case("protests-continue", "Protests continue in the streets of Orrin.", MON,
         "ProtestEvent", "Protests", MON),
    case("are-marching", "Hundreds of farmers are marching through Tarsk.", WED,
         "MovementEvent", "marching", WED),
    case("dateline-day", "ORRIN, June 2 (Newsline) - Police have arrested three men over "
         "the fire.", MON, "JusticeEvent", "arrested", "2023-06-02"),
    # a clock time alone: the report's day
    case("clock-only", "Tarsk police arrested Orla Brenn at 6 p.m.", FRI, "JusticeEvent",
         "arrested", FRI),
    case("clock-only-said", "Gunmen attacked a checkpoint near Orrin at around 4 a.m., "
         "officials said.", WED, "ConflictEvent", "attacked", WED),
]

NOT_AS_OF_REPORT = [
    # (text, published, class, trigger)
    case("for-years", "Rebels have held Tarsk for years.", FRI, "ControlEvent", "held"),
    case("long-fought", "Rebels have long fought the Veskan army near Orrin.", MON,
         "ConflictEvent", "fought"),
    case("recently-opened", "Norvik has recently appointed a new chief executive.", WED,
         "PersonnelEvent", "appointed"),
    case("already-charged", "Orla Brenn has already been charged with fraud.", WED,
         "JusticeEvent", "charged"),
    case("never-convicted", "Orla Brenn has never been convicted.", FRI, "JusticeEvent",
         "convicted"),
    case("habit", "Police arrest dozens of people in Tarsk every week.", MON, "JusticeEvent",
         "arrest"),
    case("object-of-another-deed", "Police are investigating the death of a man in Tarsk.",
         WED, "LifeEvent", "death"),
    case("simple-past", "Police arrested two men over the killing.", FRI, "JusticeEvent",
         "arrested"),
    case("past-perfect", "Police had arrested two men over the killing.", MON,
         "JusticeEvent", "arrested"),
    # a clock time after a day named before: maybe that day's
    case("clock-after-day", "Rebels shelled Orrin on Tuesday.\n\nPolice arrested two men "
         "at 6 p.m.", FRI, "JusticeEvent", "arrested"),
]
# fmt: on


@pytest.mark.parametrize(("text", "published", "cls", "trigger", "value"), AS_OF_REPORT)
def test_event_as_of_report(run, text, published, cls, trigger, value):
    r = run(text, published=published)
    assert date_of(r.event(cls, trigger=trigger)) == value, r.summary()


@pytest.mark.parametrize(("text", "published", "cls", "trigger"), NOT_AS_OF_REPORT)
def test_event_not_as_of_report(run, text, published, cls, trigger):
    r = run(text, published=published)
    assert date_of(r.event(cls, trigger=trigger)) is None, r.summary()


@pytest.mark.parametrize("text", ["Rebels attack the Tesk depot every night.",
                                  "Rebels attack the Tesk depot at night."])
def test_part_of_the_day_is_no_clock_time(run, text):
    r = run(text, published=FRI)
    assert date_of(r.event("ConflictEvent", trigger="attack")) is None, r.summary()
