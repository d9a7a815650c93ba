"""kg.extract dates on constructions real news uses (issue 11, wave two): statements said
through a participle or infinitive, on a dated occasion, and carried in text order; events
dated by a when-clause on a date, by the verb coordinated after them, by a when-clause or
a dated subject, counted days before or after a dated clause, and by the statement that
reports them (a state told in the past, control a dated report says was taken).

Every sentence is invented. The articles are published on Friday 2024-03-15.
"""

from __future__ import annotations

import datetime as dt

import pytest
from cases import case

from kg import dates

xfail = pytest.mark.xfail


# ---------------------------------------------------------------- statement dates

# fmt: off
STATEMENT_DATES = [
    # (text, speaker, value)
    # a participle on a noun the verb acts on: dated as that verb
    case("statement-claiming", "The Velorian army late on Thursday night released a "
         "statement claiming to have taken over the capital.", "Velorian army",
         "2024-03-14"),
    case("article-claiming", "On March 4, the Harbour Gazette published an article claiming "
         "that the port was losing money.", "Harbour Gazette", "2024-03-04"),
    case("statement-saying-undated", "The Halvik Port Authority issued a report on Monday "
         "saying the port would close.", "Halvik Port Authority", "2024-03-11"),
    # quoted as saying: the passive verb dates it
    case("quoted-as-saying-dated", "Mara Velo was quoted on Tuesday as saying that the "
         "bridge was safe.", "Mara Velo", "2024-03-12"),
    case("quoted-as-saying-undated", "Mara Velo was quoted by a local radio station as saying "
         "that the bridge was safe.", "Mara Velo", "2024-03-15"),
    # an infinitive after a past or present verb
    case("went-on-to-say", "Mara Velo went on to say the port would stay open.",
         "Mara Velo", "2024-03-15"),
    case("went-on-to-say-dated", "On Wednesday, Mara Velo went on to say the port would stay "
         "open.", "Mara Velo", "2024-03-13"),
    # the occasion of the saying carries the date
    case("speaking-on-day", "Mara Velo, speaking on Sunday, said the port would close.",
         "Mara Velo", "2024-03-10"),
    case("writing-on-day", "Mara Velo, writing on Tuesday, said the port would close.",
         "Mara Velo", "2024-03-12"),
    case("statement-issued-on-day", "In a statement issued on Sunday, the Halvik Port "
         "Authority said the port would close.", "Halvik Port Authority", "2024-03-10"),
    case("interview-published-on-day", "In an interview published on Wednesday, Mara Velo "
         "said the port would close.", "Mara Velo", "2024-03-13"),
    case("day-statement", "In a Sunday statement, the Halvik Port Authority said the port "
         "would close.", "Halvik Port Authority", "2024-03-10"),
    # near misses: nothing that dates the saying
    case("citing-dated-reports", "Mara Velo, citing reports from Sunday, said the port would "
         "close.", "Mara Velo", "2024-03-15"),
    case("dated-clause-inside-content", "In a statement, the Halvik Port Authority said the "
         "port, which opened in 2019, would close.", "Halvik Port Authority", "2024-03-15"),
    case("will-go-on-to-say", "Mara Velo will go on to say the port would stay open.",
         "Mara Velo", None),
    case("expected-to-announce", "Mara Velo is expected to announce that the port will "
         "close.", "Mara Velo", None),
    case("years-since", "In the years since 2019, Mara Velo has said the port would close.",
         "Mara Velo", None),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "value"), STATEMENT_DATES)
def test_dates_statement(run, text, speaker, value):
    r = run(text)
    s = r.statements_by(speaker)[-1]
    assert (s.date.value if s.date else None) == value, r.summary()


def test_dates_carried_in_text_order(run):
    """A speaker's dated statement dates the next undated one, whatever order the
    statements were found in (a quote after a colon is found apart)."""
    r = run("The Velorian army late on Thursday released a statement claiming to have taken "
            "over the capital. A council was set up. It said: \"The army has taken over the "
            "country.\"")
    dates = [s.date.value if s.date else None for s in r.statements_by("Velorian army")]
    assert dates == ["2024-03-14", "2024-03-14"], r.summary()


# ---------------------------------------------------------------- event dates

# fmt: off
EVENT_DATES = [
    # (text, class, trigger, value)
    # a when-clause on a date is at that date, read without "since"
    case("since-day-when", "Fighting has gripped Halvik since March 3, when a coalition of "
         "militias launched an offensive against the garrison.", "ConflictEvent", "offensive",
         "2024-03-03"),
    case("since-year-when", "The town has been calm since 2019, when the army withdrew from "
         "Halvik.", "MovementEvent", "withdrew", "2019"),
    case("on-day-when", "Clashes broke out on Monday, when the militia attacked the depot.",
         "ConflictEvent", "attacked", "2024-03-11"),
    # a past verb shares the date of the verb coordinated after it
    case("coordinated-trailing-day", "A group of officers seized control of the radio station "
         "in Velor and declared a coup Tuesday after the death of the president.",
         "ControlEvent", "seized", "2024-03-12"),
    case("coordinated-trailing-on-day", "The rebels attacked the barracks and seized weapons "
         "on Monday.", "ConflictEvent", "attacked", "2024-03-11"),
    # the statement dates what it reports
    case("state-told-in-past", "Aron Tisk said on Wednesday his side was in control of the "
         "Halvik airport.", "ControlEvent", "control", "2024-03-13"),
    case("state-told-in-past-undated-cue", "Aron Tisk said his side was in control of the "
         "Halvik airport.", "ControlEvent", "control", "2024-03-15"),
    case("control-had-taken-dated-report", "The Northern Legion said on Sunday that it had "
         "taken control of Karvastan.", "ControlEvent", "taken", "2024-03-10"),
    # dated by what goes with the verb: a when-clause, a dated subject
    case("killed-when-attacked", "Six soldiers were killed when rebels attacked the depot on "
         "Sunday.", "LifeEvent", "killed", "2024-03-10"),
    case("dated-subject-possessive", "Sunday's attack on the depot killed six soldiers.",
         "LifeEvent", "killed", "2024-03-10"),
    case("dated-subject-compound", "Tuesday's raid on the depot killed two guards.",
         "LifeEvent", "killed", "2024-03-12"),
    # a counted number of days before or after a dated clause
    case("a-day-after", "The coup came on March 2, a day after the president fled.",
         "MovementEvent", "fled", "2024-03-01"),
    case("two-days-after", "Rebels seized Halvik on Sunday, two days after they attacked "
         "the airport.", "ConflictEvent", "attacked", "2024-03-08"),
    case("three-days-before", "Rebels seized Halvik on Sunday, three days before the army "
         "attacked the airport.", "ConflictEvent", "attacked", "2024-03-13"),
    case("hours-after-same-day", "Rebels seized Halvik on Sunday, hours after they attacked "
         "the airport.", "ConflictEvent", "attacked", "2024-03-10"),
    case("control-had-taken-own-year", "The Northern Legion said on Sunday that it had taken "
         "control of Karvastan in 2019.", "ControlEvent", "taken", "2019"),
]
# fmt: on


@pytest.mark.parametrize(("text", "cls", "trigger", "value"), EVENT_DATES)
def test_dates_event(run, text, cls, trigger, value):
    r = run(text)
    ev = r.event(cls, trigger=trigger)
    assert ev.date is not None and ev.date.value == value, r.summary()


# fmt: off
EVENT_NO_DATES = [
    # (text, class, trigger): nothing dates the event
    case("who-relative-clause", "Tomas Berg, who was arrested in Halvik, spoke on Monday.",
         "JusticeEvent", "arrested"),
    case("passive-conjunct", "Mara Velo was born in Halvik and died on Monday.",
         "LifeEvent", "born"),
    case("conjunct-own-subject", "The rebels attacked the barracks, and the army seized the "
         "depot on Monday.", "ConflictEvent", "attacked"),
    # a deed a dated statement tells in the past perfect has its day (s30,
    # test_extract_dates_s30.py), unless the text sets it before
    case("had-already-fled", "Ivan Petrov said on Monday that Tomas Berg had already fled to "
         "Halvik.", "MovementEvent", "fled"),
    case("after-uncounted", "Rebels seized Halvik on Sunday after they attacked the "
         "airport.", "ConflictEvent", "attacked"),
    case("days-after-uncounted", "Rebels seized Halvik on Sunday, days after they attacked "
         "the airport.", "ConflictEvent", "attacked"),
    case("a-day-after-a-month", "Rebels seized Halvik in March, a day after they attacked "
         "the airport.", "ConflictEvent", "attacked"),
    case("had-taken-undated-report", "The Northern Legion said that it had taken control of "
         "Karvastan.", "ControlEvent", "taken"),
]
# fmt: on


@pytest.mark.parametrize(("text", "cls", "trigger"), EVENT_NO_DATES)
def test_dates_event_absent(run, text, cls, trigger):
    r = run(text)
    ev = r.event(cls, trigger=trigger)
    assert ev.date is None, r.summary()


# ---------------------------------------------------------------- expressions (kg.dates)

# fmt: off
EXPRESSIONS = [
    # (expression, value) against Friday 2024-03-15
    case("weekday-last-week", "on Thursday last week", "2024-03-07"),
    case("weekday-of-last-week", "Monday of last week", "2024-03-04"),
    case("weekday-this-week", "Monday this week", "2024-03-11"),
    case("overnight-weekday", "overnight Saturday", "2024-03-09"),
    case("weekday-overnight", "Tuesday overnight", "2024-03-12"),
    case("overnight-alone", "overnight", "2024-03-15"),
    # near misses: no day to name
    case("last-week-alone", "last week", "2024-03"),
    case("weekday-next-week", "Thursday next week", None),
    case("overnight-month", "overnight March", None),
]
# fmt: on


@pytest.mark.parametrize(("expression", "value"), EXPRESSIONS)
def test_dates_expression(expression, value):
    found = dates.resolve(expression, published=dt.date(2024, 3, 15))
    assert (found.value if found else None) == value
