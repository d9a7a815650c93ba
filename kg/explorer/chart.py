"""An entity's timeline as an SVG drawn on the server: no script, hover shows each item.

Two lanes, statements above and events below, along one axis of days. An item dated to
the day is a dot; one dated to a month or a year (``xsd:gYearMonth``, ``xsd:gYear``) is
a bar as long as that month or year, so a vague date looks vague. Statements are
coloured by stance, events by factuality. The template (``timeline.svg.html``) writes
the shapes; here they are only placed.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from kg.explorer.text import article_href, local_name, precision, show_date

WIDTH, LEFT, RIGHT = 800, 90, 20
LANES = {"Statements": 40, "Events": 90}
HEIGHT = 140
#: Colours of stances and factualities (the legend shows them); others are grey.
COLOURS = {"Assert": "#1f6feb", "Deny": "#cf222e", "Asserted": "#1a7f37",
           "Claimed": "#9a6700", "Denied": "#cf222e"}
OTHER = "#6e7781"


@dataclass(frozen=True, slots=True)
class Shape:
    """One item on the chart: a dot (``width`` 0) or a bar, its colour, its hover text
    and where it links."""

    x: float
    y: float
    width: float
    colour: str
    title: str
    href: str


@dataclass(frozen=True, slots=True)
class Tick:
    x: float
    label: str


@dataclass(frozen=True, slots=True)
class Chart:
    shapes: list[Shape]
    ticks: list[Tick]
    lanes: dict[str, int]
    legend: list[tuple[str, str]]
    width: int = WIDTH
    height: int = HEIGHT


def period(value: object) -> tuple[dt.date, dt.date] | None:
    """The first and last day a date's lexical form covers; None when it is no date."""
    text = str(value or "")
    kind = precision(text)
    try:
        year = int(text[:4])
        if kind == "year":
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
        month = int(text[5:7])
        if kind == "month":
            return dt.date(year, month, 1), dt.date(year, month,
                                                    calendar.monthrange(year, month)[1])
        if kind in ("day", "time"):
            day = dt.date(year, month, int(text[8:10]))
            return day, day
    except ValueError:
        return None
    return None


def timeline(rows: list[dict]) -> Chart | None:
    """The chart of the dated items (rows of ``entity-dates.rq``); None with none."""
    placed = [(row, span) for row in rows if (span := period(row.get("date")))]
    if not placed:
        return None
    first = min(span[0] for _, span in placed)
    last = max(span[1] for _, span in placed)
    days = max(1, (last - first).days)
    scale = (WIDTH - LEFT - RIGHT) / days

    def x(day: dt.date) -> float:
        return round(LEFT + (day - first).days * scale, 1)

    shapes = []
    for row, (begin, end) in placed:
        statement = local_name(row.get("class")) == "Statement"
        how = local_name(row.get("stance") if statement else row.get("factuality"))
        what = str(row.get("content") or "")
        who = f"{row['speaker']}: " if row.get("speaker") else ""
        title = (f"{show_date(row.get('date'))} · {local_name(row.get('class'))}"
                 f"{f' ({how})' if how else ''} · {who}{what}")
        width = 0.0 if begin == end else max(2.0, x(end) - x(begin))
        shapes.append(Shape(x(begin), LANES["Statements" if statement else "Events"], width,
                            COLOURS.get(how, OTHER), title,
                            article_href(row.get("article"), row.get("evidence"))))
    return Chart(shapes, _ticks(first, last, x), LANES,
                 [(name, colour) for name, colour in COLOURS.items()] + [("other", OTHER)])


def _ticks(first: dt.date, last: dt.date, x) -> list[Tick]:
    """About five labelled days along the axis, as precise as the span needs."""
    days = (last - first).days
    if days == 0:
        return [Tick(x(first), show_date(first.isoformat()))]
    step = max(1, days // 4)
    ticks = []
    day = first
    while day <= last:
        label = show_date(day.isoformat() if days < 120 else day.isoformat()[:7]
                          if days < 1500 else day.isoformat()[:4])
        ticks.append(Tick(x(day), label))
        day += dt.timedelta(days=step)
    return ticks
