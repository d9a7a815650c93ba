"""kg.extract dates, wave three (issue 11): classes that generalise beyond the sentences
read so far. The day a report speaks from (its dateline's date, else publication), ...

Every sentence is invented (names and places are made up). The articles are published on
Monday 2025-03-10 unless a case says otherwise.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2025-03-10"

xfail = pytest.mark.xfail


def case(id_: str, *values, why: str | None = None):
    """One table row; ``why`` marks a documented engine failure (strict xfail)."""
    marks = [xfail(strict=True, reason=why)] if why else []
    return pytest.param(*values, id=id_, marks=marks)


def _date(item) -> str | None:
    return item.date.value if item.date else None


# ---------------------------------------------------------------- the report's day

# fmt: off
DATELINE_STATEMENTS = [
    # (text, speaker, value): an undated "said" in wire copy is said on the dateline's day
    case("caps-wire-dash", "ORRIN, March 9 (Marlow Courier) - The Orrin Health Board said "
         "three clinics had closed.", "Orrin Health Board", "2025-03-09"),
    case("caps-day-month-colon", "KELVAR, 8 March (Veska Press): Ada Moreno, the head of the "
         "dockers' union, announced that the strike would go on.", "Ada Moreno", "2025-03-08"),
    case("name-abbrev-double-dash", "Port Elin, Mar. 9 (Harbour Wire) -- Mayor Lena Fox "
         "insisted that the pier would reopen.", "Lena Fox", "2025-03-09"),
    case("dateline-with-year", "LUNET, March 7, 2025 (Marlow Courier) - Delta Grain "
         "confirmed it had sold the Kelvar mill.", "Delta Grain", "2025-03-07"),
    # relative words in the copy are read from the dateline's day
    case("yesterday-from-dateline", "ORRIN, March 9 (Marlow Courier) - The Orrin Health Board "
         "said yesterday that three clinics had closed.", "Orrin Health Board", "2025-03-08"),
    case("weekday-from-dateline", "ORRIN, March 8 (Marlow Courier) - Mayor Lena Fox said on "
         "Monday that the pier would reopen.", "Lena Fox", "2025-03-03"),
    # near misses: no dateline day to speak from
    case("dateline-without-date", "ORRIN (Marlow Courier) - The Orrin Health Board said three "
         "clinics had closed.", "Orrin Health Board", "2025-03-10"),
    case("dateline-after-publication", "ORRIN, March 12 (Marlow Courier) - The Orrin Health "
         "Board said three clinics had closed.", "Orrin Health Board", "2025-03-10"),
    case("dateline-weeks-before", "ORRIN, February 2 (Marlow Courier) - The Orrin Health "
         "Board said three clinics had closed.", "Orrin Health Board", "2025-03-10"),
    case("date-in-prose-not-dateline", "Three clinics that shut on March 8 stayed closed, the "
         "Orrin Health Board said.", "Orrin Health Board", "2025-03-10"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "value"), DATELINE_STATEMENTS)
def test_statement_dated_by_report_day(run, text, speaker, value):
    r = run(text, published=PUBLISHED)
    assert _date(r.statements_by(speaker)[0]) == value, r.summary()


# fmt: off
DATELINE_EVENTS = [
    # (text, class, trigger, value)
    case("yesterday-event", "ORRIN, March 9 (Marlow Courier) - Police arrested two dockers "
         "yesterday.", "JusticeEvent", "arrested", "2025-03-08"),
    case("today-event", "KELVAR, 8 March (Veska Press): Rebels attacked the Tesk dam today.",
         "ConflictEvent", "attacked", "2025-03-08"),
    case("weekday-event", "ORRIN, March 8 (Marlow Courier) - Guard drones bombed the Tesk "
         "depot on Monday.", "ConflictEvent", "bombed", "2025-03-03"),
]
# fmt: on


@pytest.mark.parametrize(("text", "cls", "trigger", "value"), DATELINE_EVENTS)
def test_event_dated_from_report_day(run, text, cls, trigger, value):
    r = run(text, published=PUBLISHED)
    assert _date(r.event(cls, trigger=trigger)) == value, r.summary()
