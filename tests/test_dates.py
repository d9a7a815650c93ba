"""kg.dates: date expressions normalised against the publication date.

2021-09-06 (``MON``) is a Monday; the other publication dates test year and
month boundaries, leap years and weekdays.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
import rdflib
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.dates import parse_published, resolve
from kg.records import DateValue

MON = "2021-09-06"  # a Monday
SUN = "2021-09-05"  # a Sunday

CASES = [
    # absolute: day
    ("August 15, 2021", MON, "2021-08-15", "date"),
    ("15 August 2021", MON, "2021-08-15", "date"),
    ("Aug. 15, 2021", None, "2021-08-15", "date"),
    ("Sunday, September 5, 2021", None, "2021-09-05", "date"),
    ("Sunday 5 Sept. 2021", None, "2021-09-05", "date"),
    ("the 15th of August 2021", None, "2021-08-15", "date"),
    ("September 11th, 2001", None, "2001-09-11", "date"),
    ("2021-08-15", None, "2021-08-15", "date"),
    ("on 2021-08-15", MON, "2021-08-15", "date"),
    ("February 29, 2020", None, "2020-02-29", "date"),
    ("February 29, 2021", MON, None, None),
    ("2021-02-30", MON, None, None),
    # absolute: month and year
    ("September 2021", MON, "2021-09", "gYearMonth"),
    ("in Sept. 2021", None, "2021-09", "gYearMonth"),
    ("late August 2021", None, "2021-08", "gYearMonth"),
    ("2001", MON, "2001", "gYear"),
    ("in 2001", None, "2001", "gYear"),
    ("mid-2020", MON, "2020", "gYear"),
    ("early 2020", MON, "2020", "gYear"),
    ("the end of 2019", MON, "2019", "gYear"),
    ("the year 2001", None, "2001", "gYear"),
    ("summer 2021", None, "2021", "gYear"),
    # decades, ranges, durations: no value
    ("the 1990s", MON, None, None),
    ("the '90s", MON, None, None),
    ("between 2001 and 2021", MON, None, None),
    ("2001-2021", MON, None, None),
    ("2001–2021", MON, None, None),
    ("2011-12", MON, None, None),
    ("since 2001", MON, None, None),
    ("for two years", MON, None, None),
    ("20-year", MON, None, None),
    ("decades", MON, None, None),
    ("a week", MON, None, None),
    ("the past two days", MON, None, None),
    ("August 15-20", MON, "2021-08", "gYearMonth"),  # days of one month: the month
    ("around August 15", MON, None, None),
    # month-day without a year
    ("August 15", MON, "2021-08-15", "date"),
    ("on Aug 15", MON, "2021-08-15", "date"),
    ("the 15th of August", MON, "2021-08-15", "date"),
    ("September 6", MON, "2021-09-06", "date"),
    ("September 9", MON, "2021-09-09", "date"),  # three days ahead: upcoming
    ("September 10", MON, "2020-09-10", "date"),  # four days ahead: last year's
    ("December 30", "2022-01-02", "2021-12-30", "date"),
    ("January 2", "2021-12-31", "2022-01-02", "date"),
    ("Feb 29", MON, "2020-02-29", "date"),
    ("February 29", "2020-02-28", "2020-02-29", "date"),
    ("February 29", "2024-02-29", "2024-02-29", "date"),
    ("February 29", "2023-03-01", "2020-02-29", "date"),
    ("April 31", MON, None, None),
    ("Friday, September 10", MON, "2021-09-10", "date"),  # the weekday fixes the year
    ("Monday, January 3", MON, "2022-01-03", "date"),
    ("Sunday, August 15", MON, "2021-08-15", "date"),
    ("Tuesday, September 8", MON, "2020-09-08", "date"),
    ("Saturday, August 15", MON, None, None),  # 2020's, but more than a year back
    ("Monday, September 5, 2021", MON, None, None),  # the words disagree
    ("Monday, February 29", MON, None, None),  # 2016's
    ("August 15", None, None, None),
    # month alone
    ("in March", MON, "2021-03", "gYearMonth"),
    ("March", "2021-03-20", "2021-03", "gYearMonth"),
    ("last March", MON, "2021-03", "gYearMonth"),
    ("last March", "2021-03-20", "2020-03", "gYearMonth"),
    ("in December", "2021-01-10", "2020-12", "gYearMonth"),
    ("next March", MON, "2022-03", "gYearMonth"),
    ("this March", MON, "2021-03", "gYearMonth"),
    ("in March", None, None, None),
    # this / last / next month, year, week
    ("this month", MON, "2021-09", "gYearMonth"),
    ("earlier this month", MON, "2021-09", "gYearMonth"),
    ("last month", MON, "2021-08", "gYearMonth"),
    ("last month", "2021-01-15", "2020-12", "gYearMonth"),
    ("late last month", MON, "2021-08", "gYearMonth"),
    ("next month", "2021-12-20", "2022-01", "gYearMonth"),
    ("last year", MON, "2020", "gYear"),
    ("last year", "2021-01-01", "2020", "gYear"),
    ("this year", MON, "2021", "gYear"),
    ("earlier this year", MON, "2021", "gYear"),
    ("next year", MON, "2022", "gYear"),
    ("last week", MON, "2021", "gYear"),  # Aug 30 to Sep 5: no one month
    ("last week", "2021-09-13", "2021-09", "gYearMonth"),
    ("earlier this week", MON, "2021-09", "gYearMonth"),
    ("next week", MON, None, None),
    ("last weekend", MON, "2021-09", "gYearMonth"),  # Sep 4 and 5
    ("last weekend", "2021-08-31", "2021-08", "gYearMonth"),
    ("this weekend", MON, None, None),  # told on a weekday: maybe the coming one
    ("last year", None, None, None),
    # weekdays
    ("on Sunday", MON, "2021-09-05", "date"),
    ("Sunday", MON, "2021-09-05", "date"),
    ("Sunday night", MON, "2021-09-05", "date"),
    ("late on Sunday", MON, "2021-09-05", "date"),
    ("Sunday's", MON, "2021-09-05", "date"),
    ("Sunday’s", MON, "2021-09-05", "date"),
    ("in the early hours of Sunday", MON, "2021-09-05", "date"),
    ("on the morning of August 15", MON, "2021-08-15", "date"),
    ("tomorrow night", MON, "2021-09-07", "date"),
    ("August night", MON, None, None),  # a part of a day qualifies a day only
    ("Sunday night March", MON, None, None),
    ("on Sunday", SUN, "2021-09-05", "date"),
    ("on Monday", MON, "2021-09-06", "date"),
    ("on Tuesday", MON, "2021-08-31", "date"),
    ("Saturday", MON, "2021-09-04", "date"),
    ("last Sunday", MON, "2021-09-05", "date"),
    ("last Sunday", SUN, "2021-08-29", "date"),
    ("this past Friday", MON, "2021-09-03", "date"),
    ("next Monday", MON, "2021-09-13", "date"),
    ("next Monday", SUN, "2021-09-06", "date"),
    ("this coming Friday", MON, "2021-09-10", "date"),
    ("this Monday", MON, "2021-09-06", "date"),
    ("this Friday", MON, None, None),
    ("on Friday", "2022-01-01", "2021-12-31", "date"),
    ("on Sunday", None, None, None),
    ("on Sundays", MON, None, None),
    # days relative to publication
    ("today", MON, "2021-09-06", "date"),
    ("tonight", MON, "2021-09-06", "date"),
    ("this morning", MON, "2021-09-06", "date"),
    ("earlier in the day", MON, "2021-09-06", "date"),
    ("earlier today", MON, "2021-09-06", "date"),
    ("later today", MON, "2021-09-06", "date"),
    ("on the day", MON, "2021-09-06", "date"),
    ("overnight", MON, "2021-09-06", "date"),
    ("yesterday", MON, "2021-09-05", "date"),
    ("yesterday morning", MON, "2021-09-05", "date"),
    ("yesterday", "2021-01-01", "2020-12-31", "date"),
    ("last night", MON, "2021-09-05", "date"),
    ("late last night", "2020-03-01", "2020-02-29", "date"),
    ("tomorrow", MON, "2021-09-07", "date"),
    ("tomorrow", "2021-12-31", "2022-01-01", "date"),
    ("the day before yesterday", MON, "2021-09-04", "date"),
    ("today", None, None, None),
    # ... ago
    ("two days ago", MON, "2021-09-04", "date"),
    ("3 days ago", "2021-03-02", "2021-02-27", "date"),
    ("a day ago", MON, "2021-09-05", "date"),
    ("two weeks ago", MON, "2021-08", "gYearMonth"),
    ("six months ago", MON, "2021-03", "gYearMonth"),
    ("a month ago", "2021-01-31", "2020-12", "gYearMonth"),
    ("two years ago", MON, "2019", "gYear"),
    ("a few days ago", MON, None, None),
    ("two hours ago", MON, None, None),
    ("a decade ago", MON, None, None),
    ("two days ago", None, None, None),
    # vague or relative to something other than publication
    ("hours after", MON, None, None),
    ("hours earlier", MON, None, None),
    ("minutes later", MON, None, None),
    ("earlier", MON, None, None),
    ("recently", MON, None, None),
    ("the days", MON, None, None),
    ("over the days", MON, None, None),
    ("the next day", MON, None, None),
    ("the same day", MON, None, None),
    ("that night", MON, None, None),
    ("in the morning", MON, None, None),
    ("at 10 a.m.", MON, None, None),
    # numeric slash dates
    ("9/11/2001", None, "2001-09-11", "date"),
    ("09/11/2021", MON, "2021-09-11", "date"),
    ("13/11/2001", MON, "2001-11-13", "date"),
    ("13/13/2001", MON, None, None),
    ("9/11", MON, None, None),
    # times: the date only, unless an ISO date-time is written
    ("at 10 a.m. on Monday", MON, "2021-09-06", "date"),
    ("shortly after 10:30 p.m. on Sunday", MON, "2021-09-05", "date"),
    ("around noon on Sunday", MON, "2021-09-05", "date"),
    ("at 1400 GMT on Sunday", MON, "2021-09-05", "date"),
    ("Sunday evening local time", MON, "2021-09-05", "date"),
    ("at the time", MON, None, None),
    ("August 15, 2021 at 9am local time", None, "2021-08-15", "date"),
    ("2021-09-05T14:30:00Z", None, "2021-09-05T14:30:00+00:00", "dateTime"),
    ("at 2021-09-05T14:30:00+04:30", MON, "2021-09-05T14:30:00+04:30", "dateTime"),
    ("2021-09-05 14:30", MON, "2021-09-05T14:30:00", "dateTime"),
    ("2021-09-05T25:30:00", MON, None, None),
    ("2021-09-05T14:30:00Z and Monday", MON, None, None),
    # not dates at all
    ("", MON, None, None),
    ("   ", MON, None, None),
    ("the government", MON, None, None),
    ("15", MON, None, None),
]


@pytest.mark.parametrize(("expression", "published", "value", "datatype"), CASES)
def test_resolve_table(
    expression: str, published: str | None, value: str | None, datatype: str | None
) -> None:
    found = resolve(expression, published=parse_published(published))
    if value is None:
        assert found is None
    else:
        assert found == DateValue(value, datatype, expression.strip())


def test_resolve_keeps_the_stripped_words_as_text() -> None:
    found = resolve("  late on Sunday \n", published=dt.date(2021, 9, 6))
    assert found is not None and found.text == "late on Sunday"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2021-09-06", dt.date(2021, 9, 6)),
        (" 2021-09-06 ", dt.date(2021, 9, 6)),
        ("2021-09-06T23:30:00Z", dt.date(2021, 9, 6)),
        ("2021-09-06T23:30:00+04:30", dt.date(2021, 9, 6)),
        ("2021-09-06 08:00", dt.date(2021, 9, 6)),
        ("2021-09-06T08:00:00.123456", dt.date(2021, 9, 6)),
        (None, None),
        ("", None),
        ("yesterday", None),
        ("2021-02-30", None),
        ("2021-09", None),
    ],
)
def test_parse_published(value: str | None, expected: dt.date | None) -> None:
    assert parse_published(value) == expected


# --- properties -------------------------------------------------------------

LEXICAL_FORMS = {
    "date": re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}"),
    "gYearMonth": re.compile(r"[0-9]{4}-(?:0[1-9]|1[0-2])"),
    "gYear": re.compile(r"(?!0000)[0-9]{4}"),
    "dateTime": re.compile(
        r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]+)?"
        r"(?:Z|[+-][0-9]{2}:[0-9]{2})?"
    ),
}
#: Words from which random relative expressions are built (no four-digit year in them).
RELATIVE_WORDS = (
    "on", "at", "in", "the", "of", "late", "early", "earlier", "later", "mid", "last", "next",
    "this", "past", "coming", "ago", "today", "tonight", "yesterday", "tomorrow", "overnight",
    "day", "days", "week", "weeks", "month", "months", "year", "years", "morning", "night",
    "hours", "a", "two", "3", "12", "15", "29", "30", "31", "sunday", "monday", "friday",
    "sunday's", "january", "february", "march", "august", "december", "aug.", "sept.", "10",
    "a.m.", "noon", ",", "-",
)  # fmt: skip


def _first_day(found: DateValue) -> dt.date:
    """The first day the value covers."""
    if found.datatype == "gYear":
        return dt.date(int(found.value), 1, 1)
    if found.datatype == "gYearMonth":
        return dt.date(int(found.value[:4]), int(found.value[5:7]), 1)
    return dt.date.fromisoformat(found.value[:10])


def _assert_well_formed(found: DateValue) -> None:
    assert LEXICAL_FORMS[found.datatype].fullmatch(found.value), found
    _first_day(found)  # raises for a day or month the calendar lacks
    if found.datatype in ("date", "dateTime"):
        literal = rdflib.Literal(found.value, datatype=rdflib.XSD[found.datatype])
        assert literal.ill_typed is False, found


relative_expressions = st.lists(st.sampled_from(RELATIVE_WORDS), min_size=1, max_size=4).map(
    " ".join
)


@given(expression=st.text(max_size=80), published=st.none() | st.dates())
def test_resolve_never_raises_on_any_text(expression: str, published: dt.date | None) -> None:
    found = resolve(expression, published=published)
    if found is not None:
        _assert_well_formed(found)
        assert found.text == expression.strip()


@settings(max_examples=500)
@given(expression=relative_expressions, published=st.dates())
def test_resolve_relative_values_are_well_formed_even_at_calendar_edges(
    expression: str, published: dt.date
) -> None:
    found = resolve(expression, published=published)
    if found is not None:
        _assert_well_formed(found)


@settings(max_examples=500)
@given(
    expression=relative_expressions,
    published=st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)),
)
def test_resolve_relative_values_are_no_later_than_the_next_calendar_year(
    expression: str, published: dt.date
) -> None:
    # Not "within 366 days": "february next year" told on 1 January is 13 months ahead,
    # "december next year" 23; no relative words reach past the year after publication.
    found = resolve(expression, published=published)
    if found is not None:
        assert _first_day(found) <= dt.date(published.year + 1, 12, 31)
        assert resolve(expression, published=None) is None


def test_resolve_a_month_next_year_is_in_the_next_calendar_year_whatever_the_day() -> None:
    for expression, month in (("february next year", 2), ("december next year", 12)):
        found = resolve(expression, published=dt.date(2000, 1, 1))
        assert found is not None and found.value == f"2001-{month:02d}", (expression, found)


@given(
    expression=st.sampled_from([case[0] for case in CASES]),
    published=st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)),
)
def test_resolve_ignores_case_and_spacing(expression: str, published: dt.date) -> None:
    expected = resolve(expression, published=published)
    found = resolve(f"  {expression.upper()}\t", published=published)
    assert (found and found.value) == (expected and expected.value)


@given(value=st.text(max_size=40))
def test_parse_published_never_raises(value: str) -> None:
    assert parse_published(value) is None or isinstance(parse_published(value), dt.date)
