"""Normalise the date expressions of a news article against its publication date.

Extraction finds the words (spaCy ``DATE``/``TIME`` entities or phrases around a
statement); this module turns them into the most precise XSD value the words
support: ``xsd:date``, ``xsd:gYearMonth``, ``xsd:gYear`` or ``xsd:dateTime``. When
nothing supports a value, the answer is ``None``: never a guess (see the contract,
section "Dates").

How it works, all with anchored regexes and no NLP:

1. the expression is canonicalised: lower case, ``Aug.``/``15th``/``Sunday's``
   tidied, clock times ("at 10 a.m.") removed, and words that do not change the
   day, month or year ("on", "the", "late", "earlier", "mid" …) dropped;
2. the remaining words must match one rule *entirely* (``RULES``). Anything left
   over, such as "since", "for", "around", "days" or "1990s", makes every rule
   fail, so durations, decades and vague times give ``None``;
3. a span of two expressions that both resolve ("Saturday and Sunday", "March 3-5",
   "last weekend") is the finest unit both ends share: its month, else its year.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from functools import lru_cache

from kg.records import DateType, DateValue

__all__ = ["parse_published", "relative_days", "resolve"]

#: Longer inputs are not date expressions (and would only cost time).
MAX_EXPRESSION_CHARS = 120
#: How many (expression, publication day) pairs ``resolve`` keeps the value of.
RESOLVED_CACHE = 4096
#: A month-day without a year this many days after publication is read as upcoming.
FUTURE_GRACE_DAYS = 3
#: How many years back a yearless month-day may look (February 29 needs a leap year).
MAX_YEARS_BACK = 8
#: How far from publication a yearless month-day with a weekday may be.
YEAR_DAYS = 366

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "october": 10,
    "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
#: Python's ``date.weekday()`` numbers. "sun", "sat" and "wed" are left out: they are words.
WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2,
    "weds": 2, "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4,
    "fri": 4, "saturday": 5, "sunday": 6,
}  # fmt: skip
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "fifteen": 15, "twenty": 20, "thirty": 30,
}  # fmt: skip

#: Words that place an expression within its day, month or year without changing which.
FILLER_WORDS = frozenset({
    "on", "at", "in", "the", "of", "late", "early", "earlier", "later",
    "mid", "middle", "end", "start", "beginning", "gmt", "utc",
})  # fmt: skip
#: Parts of a day: dropped once they qualify a day ("Sunday night", "the early hours
#: of Sunday" are Sunday); alone they give nothing.
DAY_PARTS = frozenset({"morning", "afternoon", "evening", "night", "hours", "overnight"})
#: Whole canonical expressions that name a day relative to publication (offset in days).
DAY_OFFSETS = {
    "today": 0, "tonight": 0, "overnight": 0, "day": 0,
    "this morning": 0, "this afternoon": 0, "this evening": 0,
    "yesterday": -1, "last night": -1, "last evening": -1, "tomorrow": 1,
    "day before yesterday": -2, "day after tomorrow": 2,
}  # fmt: skip

_YEAR = r"(?P<year>[1-9][0-9]{3})"
_DAY = r"(?P<day>[0-9]{1,2})"
_MONTH_WORD = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + ")"
_MONTH = f"(?P<month>{_MONTH_WORD})"
_WEEKDAY = "(?P<weekday>" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + ")"
_OPTIONAL_WEEKDAY = f"(?:{_WEEKDAY} )?"
_COUNT = "(?P<count>[0-9]{1,3}|" + "|".join(NUMBER_WORDS) + ")"


def _rule(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.ASCII)


ISO_DATETIME_RE = _rule(
    r"(?<![0-9])(?P<date>[1-9][0-9]{3}-[0-9]{2}-[0-9]{2})[Tt ]"
    r"(?P<time>[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,6})?)?)"
    r"(?P<zone>[Zz]|[+-][0-9]{2}:?[0-9]{2})?(?![0-9:])"
)
#: Clock times, with the preposition that attaches them ("shortly after 10 a.m.").
CLOCK_TIME_RE = _rule(
    r"\b(?:(?:shortly|just|sometime|some time) )?(?:(?:at|around|about|before|after|by) )?"
    r"(?:[0-9]{1,2}(?:[:.][0-9]{2}){0,2} ?[ap]m|[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?"
    r"|[0-9]{4} ?(?:gmt|utc)|noon|midnight|midday|local time)\b(?: local time)?"
)
AM_PM_RE = _rule(r"\b([ap])\.? ?m\b\.?")
ORDINAL_RE = _rule(r"\b([0-9]{1,2})(?:st|nd|rd|th)\b")
POSSESSIVE_RE = _rule(r"'s\b")
LOOSE_DOT_RE = _rule(r"(?<![0-9])\.|\.(?![0-9])")
PUNCTUATION_RE = _rule(r"[,;()\[\]\"!?]")
LOOSE_HYPHEN_RE = _rule(r"(?<![0-9])-|-(?![0-9])")
CHARACTER_MAP = str.maketrans({"\u2019": "'", "\u2018": "'", "\u2013": "-", "\u2014": "-",
                               "\u2011": "-", "\u2012": "-", "\u2212": "-"})  # fmt: skip

SLASH_DATE_RE = _rule(r"(?P<first>[0-9]{1,2})/(?P<second>[0-9]{1,2})/" + _YEAR)
ISO_DATE_RE = _rule(_YEAR + r"-(?P<month>[0-9]{2})-(?P<day>[0-9]{2})")
MONTH_DAY_RE = _rule(f"{_OPTIONAL_WEEKDAY}{_MONTH} {_DAY}(?: {_YEAR})?")
DAY_MONTH_RE = _rule(f"{_OPTIONAL_WEEKDAY}{_DAY} {_MONTH}(?: {_YEAR})?")
MONTH_YEAR_RE = _rule(f"{_MONTH} {_YEAR}")
#: "March last year", "in May of this year", "June next year": a month of a year named
#: from the publication's ("of" is a filler word, dropped before the rules).
MONTH_OF_YEAR_RE = _rule(f"{_MONTH} (?P<relation>last|this|next) year")
#: "last summer", "this spring": a season names no month, only its year.
SEASON_RE = _rule(r"(?P<relation>last|this|next) (?:spring|summer|autumn|fall)")
#: The last month of each season (northern): a season is over once its month is past.
SEASON_END_MONTHS = {"spring": 5, "summer": 8, "autumn": 11, "fall": 11}
YEAR_RE = _rule(f"(?:(?:year|spring|summer|autumn|fall) )?{_YEAR}")
MONTH_RE = _rule(f"(?:(?P<relation>last|next|this) )?{_MONTH}")
WEEKDAY_RE = _rule(
    f"(?:(?P<relation>last|past|this past|next|coming|this coming|this) )?{_WEEKDAY}"
)
WEEKDAY_OF_WEEK_RE = _rule(f"{_WEEKDAY} (?P<relation>last|this|past) week")
PERIOD_RE = _rule(r"(?P<relation>last|this|current|next) (?P<unit>week|month|year)")
AGO_RE = _rule(_COUNT + r" (?P<unit>days?|weeks?|months?|years?) ago")
WEEKEND_RE = _rule(r"(?:over )?(?:(?P<relation>last|past|this past|this|previous) )?weekend")
#: A span of two expressions ("Saturday and Sunday", "between March 3 and 5", "from
#: Tuesday to Thursday", "28 February - 2 March"): the unit both ends lie in.
SPAN_RE = _rule(r"(?:between |from )?(?P<first>.+?) (?:and|to|through|until|-) (?P<second>.+)")
#: "March 3-5", "3-5 March": days of one month.
DAY_RANGE_RE = _rule(f"(?:{_MONTH} )?(?P<first>[0-9]{{1,2}})-(?P<second>[0-9]{{1,2}})"
                     f"(?: (?P<month2>{_MONTH_WORD}))?(?: {_YEAR})?")

Found = tuple[dt.date, DateType]


def resolve(expression: str, *, published: dt.date | None) -> DateValue | None:
    """The most precise XSD value ``expression`` supports, or ``None``.

    Relative expressions ("on Sunday", "last month") are resolved against
    ``published``; without it only absolute ones ("August 15, 2021") resolve.
    """
    return _resolved(expression, published)


@lru_cache(maxsize=RESOLVED_CACHE)
def _resolved(expression: str, published: dt.date | None) -> DateValue | None:
    """``resolve``, kept for the expressions met last: the reading asks for most of them
    several times (the phrase, its words alone, its head), and the value is immutable."""
    text = expression.strip()
    if not text or len(text) > MAX_EXPRESSION_CHARS:
        return None
    stamp = ISO_DATETIME_RE.search(text)
    if stamp is not None:
        rest = text[: stamp.start()] + text[stamp.end() :]
        value = _iso_datetime(stamp) if not _canonical(rest) else None
        return None if value is None else DateValue(value, "dateTime", text)
    try:
        found = _match(_canonical(text), published)
    except (ValueError, OverflowError):  # a real calendar has no such day
        return None
    return None if found is None else DateValue(_lexical(*found), found[1], text)


_ANAPHORIC_COUNT = "(?P<count>[0-9]{1,2}|" + "|".join(NUMBER_WORDS) + ")"
#: Days named from a day the text gave before ("the previous day", "two days later"):
#: each pattern with the shift it makes, in days (None: read the count).
ANAPHORIC_DAYS: tuple[tuple[re.Pattern[str], int | None], ...] = (
    (_rule(r"(?:on )?(?:the )?(?:previous|preceding) (?:day|night|evening)"), -1),
    (_rule(r"(?:on )?(?:the )?(?:day|night|evening) before"), -1),
    (_rule(r"(?:on )?(?:the )?(?:next|following) (?:day|morning|night|evening)"), 1),
    (_rule(r"(?:on )?(?:the )?day after"), 1),
    (_rule(_ANAPHORIC_COUNT + r" days? (?:earlier|before)"), None),
    (_rule(_ANAPHORIC_COUNT + r" days? (?:later|after)"), None),
    (_rule(r"(?:(?:later|earlier) )?(?:on )?(?:that|the same) (?:day|night|morning|"
           r"afternoon|evening)"), 0),
)


def relative_days(expression: str) -> int | None:
    """How many days after the day last named ``expression`` is ("the previous day" -1,
    "two days later" 2, "that day" 0), or ``None`` when it names no such day."""
    text = " ".join(expression.lower().translate(CHARACTER_MAP).split())
    for pattern, shift in ANAPHORIC_DAYS:
        match = pattern.fullmatch(text)
        if match is None:
            continue
        if shift is not None:
            return shift
        count = NUMBER_WORDS.get(match["count"]) or int(match["count"])
        return -count if text.endswith(("earlier", "before")) else count
    return None


def parse_published(value: str | None) -> dt.date | None:
    """The date of an ISO 8601 date or date-time (as written, no time-zone shift).

    ``None`` for ``None``, blank or unparsable input.
    """
    text = (value or "").strip()
    if not text or len(text) > 40:
        return None
    try:
        if len(text) <= 10:
            return dt.date.fromisoformat(text)
        return dt.datetime.fromisoformat(text.replace("z", "Z")).date()
    except ValueError:
        return None


def _canonical(text: str) -> str:
    """Lower-case words that matter to the date, one space apart (see the module doc)."""
    text = text.lower().translate(CHARACTER_MAP)
    text = AM_PM_RE.sub(r"\1m ", text)
    text = ORDINAL_RE.sub(r"\1", text)
    text = POSSESSIVE_RE.sub("", text)
    text = LOOSE_DOT_RE.sub(" ", text)
    text = PUNCTUATION_RE.sub(" ", text)
    text = LOOSE_HYPHEN_RE.sub(" ", text)
    text = CLOCK_TIME_RE.sub(" ", text)
    return " ".join(word for word in text.split() if word not in FILLER_WORDS)


def _match(canonical: str, published: dt.date | None) -> Found | None:
    """Apply the first rule that matches all of ``canonical``.

    Parts of a day at either end ("Sunday night", "morning of August 15") are
    dropped, but then only a day may come out: "August night" is no month.
    """
    if canonical in DAY_OFFSETS:
        return _day_offset(DAY_OFFSETS[canonical], published)
    core = _without_day_parts(canonical)
    if core == canonical:
        return _apply_rules(canonical, published) or _span(canonical, published)
    found = _day_offset(DAY_OFFSETS[core], published) if core in DAY_OFFSETS else None
    found = found or _apply_rules(core, published)
    return found if found is not None and found[1] == "date" else None


def _without_day_parts(canonical: str) -> str:
    words = canonical.split()
    while words and words[0] in DAY_PARTS:
        del words[0]
    while words and words[-1] in DAY_PARTS:
        del words[-1]
    return " ".join(words)


def _apply_rules(canonical: str, published: dt.date | None) -> Found | None:
    for pattern, rule in RULES:
        match = pattern.fullmatch(canonical)
        if match is not None:
            return rule(match, published)
    return None


def _lexical(day: dt.date, datatype: DateType) -> str:
    if datatype == "gYear":
        return f"{day.year:04d}"
    if datatype == "gYearMonth":
        return f"{day.year:04d}-{day.month:02d}"
    return day.isoformat()


def _iso_datetime(stamp: re.Match[str]) -> str | None:
    zone = stamp["zone"] or ""
    if len(zone) == 5:  # "+0200" -> "+02:00"
        zone = f"{zone[:3]}:{zone[3:]}"
    try:
        moment = dt.datetime.fromisoformat(f"{stamp['date']}T{stamp['time']}{zone.upper()}")
    except ValueError:
        return None
    return moment.isoformat()


def _day_offset(days: int, published: dt.date | None) -> Found | None:
    if published is None:
        return None
    return published + dt.timedelta(days=days), "date"


def _slash_date(match: re.Match[str], published: dt.date | None) -> Found | None:
    """``9/11/2001`` is month/day/year (US order) unless the first number cannot be a month."""
    first, second = int(match["first"]), int(match["second"])
    month, day = (second, first) if first > 12 else (first, second)
    return dt.date(int(match["year"]), month, day), "date"


def _iso_date(match: re.Match[str], published: dt.date | None) -> Found | None:
    return dt.date(int(match["year"]), int(match["month"]), int(match["day"])), "date"


def _month_day(match: re.Match[str], published: dt.date | None) -> Found | None:
    """A month-day, with or without a year; a weekday written with it must agree."""
    month, day = MONTHS[match["month"]], int(match["day"])
    weekday = WEEKDAYS.get(match["weekday"] or "")
    if match["year"] is not None:
        found = dt.date(int(match["year"]), month, day)
    elif published is None:
        return None
    else:
        found = _yearless(month, day, weekday, published)
    if found is None or weekday not in (None, found.weekday()):
        return None
    return found, "date"


def _yearless(month: int, day: int, weekday: int | None, published: dt.date) -> dt.date | None:
    """The latest such day at most ``FUTURE_GRACE_DAYS`` after publication; with a
    weekday ("Friday, September 10"), the nearest one within a year that falls on it."""
    candidates = []
    for year in range(published.year + 1, published.year - MAX_YEARS_BACK - 1, -1):
        try:
            candidates.append(dt.date(year, month, day))
        except ValueError:  # February 29 outside a leap year, April 31, year 0 or 10000
            continue
    if weekday is not None:
        distance = {abs((c - published).days): c for c in candidates if c.weekday() == weekday}
        nearest = min(distance, default=YEAR_DAYS + 1)
        return distance[nearest] if nearest <= YEAR_DAYS else None
    latest = published + dt.timedelta(days=FUTURE_GRACE_DAYS)
    return next((candidate for candidate in candidates if candidate <= latest), None)


def _month_year(match: re.Match[str], published: dt.date | None) -> Found | None:
    return dt.date(int(match["year"]), MONTHS[match["month"]], 1), "gYearMonth"


def _month_of_year(match: re.Match[str], published: dt.date | None) -> Found | None:
    """"March last year": that month of the year before the publication's."""
    if published is None:
        return None
    step = {"last": -1, "next": 1}.get(match["relation"], 0)
    return dt.date(published.year + step, MONTHS[match["month"]], 1), "gYearMonth"


def _season(match: re.Match[str], published: dt.date | None) -> Found | None:
    """"last summer" told in March: the year before's; "this spring": the publication's
    year. Winter spans two years and is left out; so is "last summer" told in October,
    which may be the summer just gone or the one a year before."""
    if published is None:
        return None
    relation = match["relation"]
    if relation == "this":
        return dt.date(published.year, 1, 1), "gYear"
    last_month = SEASON_END_MONTHS[match[0].split()[-1]]
    if relation == "last" and published.month <= last_month:
        return dt.date(published.year - 1, 1, 1), "gYear"
    if relation == "next" and published.month >= last_month - 2:
        return dt.date(published.year + 1, 1, 1), "gYear"
    return None


def _year(match: re.Match[str], published: dt.date | None) -> Found | None:
    return dt.date(int(match["year"]), 1, 1), "gYear"


def _month(match: re.Match[str], published: dt.date | None) -> Found | None:
    """A month alone: the latest on or before publication ("last": strictly before)."""
    if published is None:
        return None
    month, relation, year = MONTHS[match["month"]], match["relation"], published.year
    if relation == "next":
        year += month <= published.month
    elif relation == "last":
        year -= month >= published.month
    elif relation is None:
        year -= month > published.month
    return dt.date(year, month, 1), "gYearMonth"


def _weekday(match: re.Match[str], published: dt.date | None) -> Found | None:
    """The latest such weekday on or before publication; "last" before, "next" after it."""
    if published is None:
        return None
    relation, target = match["relation"], WEEKDAYS[match["weekday"]]
    back = (published.weekday() - target) % 7
    if relation in ("next", "coming", "this coming"):
        return published + dt.timedelta(days=(target - published.weekday()) % 7 or 7), "date"
    if relation in ("last", "past", "this past"):
        back = back or 7
    elif relation == "this" and back:  # "this Friday" may be past or coming
        return None
    return published - dt.timedelta(days=back), "date"


def _weekday_of_week(match: re.Match[str], published: dt.date | None) -> Found | None:
    """"Thursday last week": that weekday of the calendar week (Monday to Sunday) before
    publication's; "this week", of publication's own."""
    if published is None:
        return None
    step = 0 if match["relation"] == "this" else -1
    monday = published - dt.timedelta(days=published.weekday() - 7 * step)
    return monday + dt.timedelta(days=WEEKDAYS[match["weekday"]]), "date"


def _period(match: re.Match[str], published: dt.date | None) -> Found | None:
    """Last, this or next month or year, from the publication's."""
    if published is None:
        return None
    step = {"last": -1, "next": 1}.get(match["relation"], 0)
    if match["unit"] == "week":
        return _week(published, step) if step <= 0 else None  # plans for next week vary
    if match["unit"] == "year":
        return dt.date(published.year + step, 1, 1), "gYear"
    return _add_months(published, step), "gYearMonth"


def _week(published: dt.date, step: int) -> Found | None:
    """A calendar week (Monday to Sunday) is the month it lies in, else the year: "last
    week" names no day."""
    monday = published - dt.timedelta(days=published.weekday() - 7 * step)
    sunday = monday + dt.timedelta(days=6)
    if (monday.year, monday.month) == (sunday.year, sunday.month):
        return dt.date(monday.year, monday.month, 1), "gYearMonth"
    if monday.year == sunday.year:
        return dt.date(monday.year, 1, 1), "gYear"
    return None


def _ago(match: re.Match[str], published: dt.date | None) -> Found | None:
    """``N days ago`` is a day; months and years ago keep their precision; weeks have none."""
    count = NUMBER_WORDS.get(match["count"]) or int(match["count"])
    unit = match["unit"].rstrip("s")
    if published is None:
        return None
    if unit == "week":
        return _weeks_ago(count, published)
    if unit == "day":
        return published - dt.timedelta(days=count), "date"
    if unit == "month":
        return _add_months(published, -count), "gYearMonth"
    return dt.date(published.year - count, 1, 1), "gYear"


def _weeks_ago(count: int, published: dt.date) -> Found | None:
    """"a week ago", "two weeks ago": the calendar week that many weeks back, as "last
    week" is: its month, else its year."""
    return _week(published, -count)


def _weekend(match: re.Match[str], published: dt.date | None) -> Found | None:
    """"last weekend", "over the weekend": the Saturday and Sunday on or before publication
    (before it, for "last" on a weekend day), as the unit both lie in."""
    if published is None or (match["relation"] == "this" and published.weekday() < 5):
        return None  # "this weekend" told on a weekday may be the one coming
    sunday = published - dt.timedelta(days=(published.weekday() + 1) % 7)
    if match["relation"] in ("last", "previous") and published.weekday() >= 5:
        sunday -= dt.timedelta(days=7)
    saturday = sunday - dt.timedelta(days=1)
    if published.weekday() == 5 and match["relation"] in (None, "this"):
        saturday = published  # "this weekend" told on a Saturday: the one under way
        sunday = saturday + dt.timedelta(days=1)
    return _common((saturday, "date"), (sunday, "date"))


def _span(canonical: str, published: dt.date | None) -> Found | None:
    """Two ends that both resolve: the finest unit they share (a day, a month, a year)."""
    days = DAY_RANGE_RE.fullmatch(canonical)
    if days is not None and bool(days["month"]) != bool(days["month2"]):
        month, year = days["month"] or days["month2"], days["year"] or ""
        ends = [f"{month} {days[k]} {year}".strip() for k in ("first", "second")]
    else:
        match = SPAN_RE.fullmatch(canonical)
        if match is None or " and " in match["second"] or " to " in match["second"]:
            return None
        ends = [match["first"], match["second"]]
    first, second = (_apply_rules(_without_day_parts(e), published) for e in ends)
    if first is None or second is None or first[0] > second[0]:
        return None
    return _common(first, second)


def _common(first: Found, second: Found) -> Found | None:
    """The finest unit two values both lie in: the day, its month, its year, or none."""
    (a, a_type), (b, b_type) = first, second
    if a == b and a_type == b_type == "date":
        return a, "date"
    if (a.year, a.month) == (b.year, b.month) and "gYear" not in (a_type, b_type):
        return dt.date(a.year, a.month, 1), "gYearMonth"
    if a.year == b.year:
        return dt.date(a.year, 1, 1), "gYear"
    return None


def _add_months(day: dt.date, months: int) -> dt.date:
    """The first of the month ``months`` after (or before) ``day``'s month."""
    year, month = divmod(day.year * 12 + day.month - 1 + months, 12)
    return dt.date(year, month + 1, 1)


Rule = Callable[[re.Match[str], dt.date | None], Found | None]
#: Each pattern must match the whole canonical expression; the first that does decides.
RULES: tuple[tuple[re.Pattern[str], Rule], ...] = (
    (SLASH_DATE_RE, _slash_date),
    (ISO_DATE_RE, _iso_date),
    (MONTH_DAY_RE, _month_day),
    (DAY_MONTH_RE, _month_day),
    (MONTH_YEAR_RE, _month_year),
    (MONTH_OF_YEAR_RE, _month_of_year),
    (SEASON_RE, _season),
    (YEAR_RE, _year),
    (MONTH_RE, _month),
    (WEEKDAY_RE, _weekday),
    (WEEKDAY_OF_WEEK_RE, _weekday_of_week),
    (PERIOD_RE, _period),
    (AGO_RE, _ago),
    (WEEKEND_RE, _weekend),
)
