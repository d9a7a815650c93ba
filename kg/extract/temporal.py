"""Date expressions of a document, normalised, and the words they are attached to."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from kg import dates
from kg.extract.layout import find_dateline
from kg.extract.tokens import arrays_of
from kg.records import DateValue

DATE_LABELS = frozenset({"DATE", "TIME"})
_CHAIN_LIMIT = 8
#: How many days before publication a dateline's date may be and still be the report's day.
DATELINE_LAG_DAYS = 7
_MONTH_NAME = (r"\b(?:January|February|March|April|May|June|July|August|September|October"
               r"|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?")
_DATELINE_DAY_RE = re.compile(
    rf"{_MONTH_NAME}\s+\d{{1,2}}\b(?:,?\s+\d{{4}})?|\b\d{{1,2}}\s+{_MONTH_NAME}(?:\s+\d{{4}})?",
    re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    value: DateValue | None
    chain: tuple[int, ...]  # token ids from the expression up to the first verb it modifies
    upcoming: DateValue | None = None  # a yearless day read forward, for events to come
    bare: DateValue | None = None  # the words alone, without "since"/"until" before them


def date_mentions(doc: Doc, published: dt.date | None) -> list[DateMention]:
    """Every DATE/TIME entity with its normalised value (None when it names no date)."""
    out = []
    last_day: tuple[int, dt.date] | None = None  # the sentence and day last named
    last_period: tuple[int, DateValue] | None = None  # the sentence and date last named
    for ent in sorted(_joined(doc) + _untagged_day_parts(doc) + _untagged_overnight(doc)
                      + _untagged_that_day(doc), key=lambda e: e.start):
        if _age(ent):
            continue
        ent, elsewhere = _day_apart(ent)
        elsewhere = elsewhere or _habit(ent)
        value = None if elsewhere else dates.resolve(_expression(ent), published=published)
        if value is None:
            value = _from_day_named(ent, last_day) or _from_period_named(ent, last_period)
        if value is None and published is not None and (_day_part_modifier(ent)
                                                        or _day_part_alone(ent)):
            value = DateValue(published.isoformat(), "date", ent.text)
        if value is None:
            head = _before_comma(ent)
            if head is not None and (value := dates.resolve(_expression(head),
                                                            published=published)):
                ent = head  # "Tuesday, days after the vote": the day is Tuesday
        if value is None and (day := _before_term(ent)) is not None and (
                value := dates.resolve(_expression(day), published=published)):
            ent = day  # "sentenced [on Monday to ten years]" tagged as one: Monday
        if value is None and (day := _before_phrase(ent)) is not None and (
                value := dates.resolve(_expression(day), published=published)):
            ent = day  # "resigned on [Tuesday after weeks] of pressure": Tuesday
        if value is None and (rest := _after_name(ent)) is not None and (
                value := dates.resolve(_expression(rest), published=published)):
            ent = rest  # "arrested [Hensk two days ago]" tagged as one: two days ago
        if value is None:
            tail = _inner_date(ent)
            if tail is not None and (value := dates.resolve(_expression(tail),
                                                            published=published)):
                ent = tail  # "[Morrow to six years on Monday]" tagged as one: Monday
        bare = value if value is not None or elsewhere else _bare(ent, published)
        if value is not None and value.datatype == "date":
            last_day = (_sentence_start(ent), dt.date.fromisoformat(value.value))
        if value is not None and value.datatype in _PERIOD_TYPES:
            last_period = (_sentence_start(ent), value)
        out.append(DateMention(ent.start, ent.end, value, _chain(ent.root),
                               _upcoming(_expression(ent), value, published), bare))
    return out


def _age(ent) -> bool:
    """"Tomas Pell, 54, said ...": a person's age set off by commas after the name, which
    the tagger may take for a date; it names none (and must not hide the report's day)."""
    doc = ent.doc
    if len(ent) != 1 or not ent[0].text.isdigit() or not 0 < int(ent[0].text) < 130:
        return False
    before = doc[ent.start - 1] if ent.start > 1 else None
    after = doc[ent.end] if ent.end < len(doc) else None
    return (before is not None and before.text == "," and doc[ent.start - 2].pos_ == "PROPN"
            and (after is None or after.text in {",", ".", ";"}))


#: Words before a day that make it a habit ("every Monday", "each Friday night").
HABIT_WORDS = frozenset({"every", "each"})


def _habit(ent) -> bool:
    """"Protesters march in Tallen every Monday": a day told as a habit names no day (the
    tagger leaves "every" out of the date)."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return ent[0].lower_ in HABIT_WORDS or (before is not None and before.lower_ in HABIT_WORDS)


#: Words after "the day" that set it apart from the day of the report.
_APART_FROM_DAY = frozenset({"before", "after", "of"})


def _day_apart(ent) -> tuple:
    """"The day before, police had ...": "the day" the tagger ends before "before" or
    "after" is a day counted from the day named last (the span is widened to the word,
    for ``_from_day_named``); "the day after the vote", "on the day of the vote" is a day
    counted from an event, no day the text names (``True``: no value). Any other date
    comes back as it is ("earlier in the day" is the report's day)."""
    doc = ent.doc
    if ent.end >= len(doc) or doc[ent.end].lower_ not in _APART_FROM_DAY or [
            t.lower_ for t in ent if t.lower_ not in {"the", "on"}] != ["day"]:
        return ent, False
    word = doc[ent.end]
    if word.lower_ != "of" and not any(c.dep_ == "pobj" for c in word.children):
        return doc[ent.start:ent.end + 1], False
    return ent, True


def _bare(ent, published: dt.date | None) -> DateValue | None:
    """The words alone, without "since"/"until" before them; "since Monday" told on a
    Monday is the Monday before."""
    value = dates.resolve(ent.text, published=published)
    after_since = ent.start > 0 and ent.doc[ent.start - 1].lower_ == "since"
    if after_since and value is not None and published is not None and (
            value.value == published.isoformat() and ent.text.lower() in dates.WEEKDAYS):
        return dates.resolve(f"last {ent.text}", published=published)
    return value


def report_day(text: str, published: dt.date | None) -> dt.date | None:
    """The day the report speaks from: its dateline's date ("ORRIN, March 9 (Courier) -")
    when it has one in the week up to publication, else the publication date. Wire copy
    filed on the 9th and published on the 10th says "yesterday" of the 8th, and an undated
    "said" in it was said on the 9th."""
    line = find_dateline(text)
    found = _DATELINE_DAY_RE.search(text, line.start, line.end) if line is not None else None
    value = dates.resolve(found.group(0), published=published) if found is not None else None
    if value is None or value.datatype != "date":
        return published
    day = dt.date.fromisoformat(value.value)
    if published is None or 0 <= (published - day).days <= DATELINE_LAG_DAYS:
        return day
    return published


#: How many sentences back "the previous day" may find the day it counts from.
ANAPHORIC_REACH = 1


def _from_day_named(ent, last_day: tuple[int, dt.date] | None) -> DateValue | None:
    """"the previous day", "two days later", "that day": counted from the day the text
    named last, in the same sentence or the one before (else nothing: never a guess)."""
    shift = dates.relative_days(_expression(ent))
    if shift is None or last_day is None:
        return None
    between = sum(1 for t in ent.doc[last_day[0] + 1:_sentence_start(ent) + 1]
                  if t.is_sent_start)
    if between > ANAPHORIC_REACH:
        return None
    day = last_day[1] + dt.timedelta(days=shift)
    return DateValue(day.isoformat(), "date", ent.text)


#: "a year later", "two months later", "three years earlier": a shift of whole months or
#: years from the date the text named last (not "a year after the war": its own anchor).
_PERIOD_SHIFT_RE = re.compile(r"(?P<count>an?|one|[0-9]{1,2}|" + "|".join(dates.NUMBER_WORDS)
                              + r") (?P<unit>year|month)s? (?P<way>later|earlier)")
_PERIOD_TYPES = frozenset({"date", "gYearMonth", "gYear"})


def _from_period_named(ent, last: tuple[int, DateValue] | None) -> DateValue | None:
    """"arrested in 2019 and extradited a year later" (2020), "detained in May 2019 ...
    released two months later" (2019-07): counted in months or years from the date the
    text named last, in the same sentence or the one before, to that unit's precision (a
    month from a year alone is no month)."""
    match = _PERIOD_SHIFT_RE.fullmatch(" ".join(_expression(ent).lower().split()))
    if match is None or last is None:
        return None
    if sum(1 for t in ent.doc[last[0] + 1:_sentence_start(ent) + 1]
           if t.is_sent_start) > ANAPHORIC_REACH:
        return None
    word = match["count"]
    count = 1 if word in {"a", "an", "one"} else (dates.NUMBER_WORDS.get(word) or int(word))
    if match["way"] == "earlier":
        count = -count
    anchor = last[1]
    year = int(anchor.value[:4])
    if match["unit"] == "year":
        return DateValue(f"{year + count:04d}", "gYear", ent.text)
    if anchor.datatype == "gYear":
        return None
    months = year * 12 + int(anchor.value[5:7]) - 1 + count
    return DateValue(f"{months // 12:04d}-{months % 12 + 1:02d}", "gYearMonth", ent.text)


def _sentence_start(ent) -> int:
    return ent.sent.start


def naming(mentions: list[DateMention], token: Token) -> DateMention | None:
    """The date expression ``token`` is a word of."""
    return next((m for m in mentions if m.start <= token.i < m.end), None)


def _upcoming(expression: str, value: DateValue | None,
              published: dt.date | None) -> DateValue | None:
    """"will visit on June 18" read before June 18: a yearless day that resolved into the
    past is, for an event to come, the next one (within a year); so is a yearless month
    ("will close the plant in June", said in March: this June)."""
    if value is not None and published is not None and value.datatype == "gYearMonth":
        return _upcoming_month(expression, value, published)
    if value is not None and published is not None and value.datatype == "date" and (
            (weekday := _bare_weekday(expression)) is not None):
        ahead = dates.resolve(f"coming {weekday}", published=published)
        if ahead is None or dt.date.fromisoformat(value.value) >= published:
            return None
        return DateValue(ahead.value, ahead.datatype, value.text)
    if value is None or published is None or value.datatype != "date" or any(
            c.isdigit() and len(w) == 4 for w in expression.split() for c in w[:1]):
        return None
    if dt.date.fromisoformat(value.value) >= published:
        return None
    for year in (published.year, published.year + 1):
        ahead = dates.resolve(f"{expression} {year}", published=published)
        if ahead is not None and ahead.datatype == "date" and (
                dt.date.fromisoformat(ahead.value) >= published):
            return ahead
    return None


#: Words that fix which week a weekday is in ("last Monday", "next Friday").
_WEEK_FIXING = frozenset({"last", "past", "next", "coming", "previous", "following", "week"})


def _bare_weekday(expression: str) -> str | None:
    """The weekday of "on Tuesday", "Tuesday night", "Thursday morning": a weekday with no
    word that fixes its week and no date beside it; else None."""
    words = [w.strip(".,").lower() for w in expression.split()]
    days = [w for w in words if w in dates.WEEKDAYS]
    if len(days) != 1 or any(w in _WEEK_FIXING or w in dates.MONTHS or any(
            c.isdigit() for c in w) for w in words):
        return None
    return days[0]


def _upcoming_month(expression: str, value: DateValue, published: dt.date) -> DateValue | None:
    """"in June" read in March of a deed to come: June of the same year; read in August,
    June of the next. Only for a month named without a year ("last month" stays)."""
    words = expression.lower().split()
    if not any(w.strip(".,") in dates.MONTHS for w in words) or any(
            w[:4].isdigit() for w in words):
        return None
    year, month = (int(x) for x in value.value.split("-")[:2])
    if (year, month) >= (published.year, published.month):
        return None
    year = published.year if month >= published.month else published.year + 1
    return DateValue(f"{year:04d}-{month:02d}", "gYearMonth", value.text)


#: Day parts that, qualifying a reported event ("early morning raids", "a pre-dawn
#: attack"), place it on the day of the report.
REPORT_DAY_PARTS = frozenset({"early morning", "early-morning", "pre-dawn", "predawn",
                              "dawn"})


def _day_part_modifier(ent) -> bool:
    """"early morning raids": a day part that modifies a noun (not "in the morning")."""
    return ent.text.lower() in REPORT_DAY_PARTS and ent.root.dep_ in {"compound", "amod",
                                                                       "nmod"}


#: Words between two date entities that make one span of them ("Friday and Saturday",
#: "from Tuesday to Thursday").
SPAN_JOINERS = frozenset({"and", "to", "through", "until", "-", "\u2013"})


#: Words that may stand with a part of the day without naming a day ("late in the evening").
_DAY_PART_COMPANY = frozenset({"the", "early", "late", "later", "earlier", "in", "during"})


def _day_part_alone(ent) -> bool:
    """"in the evening", "during the night", "early in the morning": a part of the day with
    no day is the report's day, as "earlier in the day" is (not "every night", "nights")."""
    words = [t.lower_ for t in ent]
    prev = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
    parts = [w for w in words if w in dates.DAY_PARTS]
    return (len(parts) == 1 and all(w in _DAY_PART_COMPANY or w in dates.DAY_PARTS
                                    for w in words)
            and (prev in {"in", "during"} or bool({"in", "during"} & set(words))))


def _one_expression(first, ent) -> bool:
    """Whether ``ent`` goes on ``first``: right after it, after "and"/"to" between two
    dates, or after "of" following a part of the day ("the evening" "of March 3")."""
    if ent.doc[ent.start].is_sent_start or ent.doc[first.end - 1].text in {".", ";"}:
        return False  # "on March 3." "Two days earlier, ...": two sentences
    if first.end == ent.start:
        return True
    if first.end + 1 != ent.start:
        return False
    between = ent.doc[ent.start - 1].lower_
    if between in SPAN_JOINERS:
        return first.label_ == ent.label_ == "DATE"
    return between == "of" and ent.doc[first.end - 1].lower_ in dates.DAY_PARTS


def _untagged_day_parts(doc: Doc) -> list:
    """"in the evening" the tagger left out: a part of the day after "in" or "during" with
    only "the" before it."""
    arrays = arrays_of(doc)  # the entities' words by index, not by Token
    tagged = {i for e in arrays.ents for i in range(e.start, e.end)}
    out = []
    dep = arrays.dep  # only objects of prepositions that name a part of the day
    for t in [doc[i] for i in arrays.positions(DAY_PART_NOUNS) if dep[i] == _POBJ_ID]:
        if (t.i not in tagged and t.head.lower_ in {"in", "during"} and t.i > 0
                and doc[t.i - 1].lower_ == "the" and doc[t.i - 1].head.i == t.i
                and [c.i for c in t.children] == [t.i - 1]
                and (t.i + 1 == len(doc) or doc[t.i + 1].lower_ != "of")):
            out.append(doc[t.i - 1:t.i + 1])
    return out


def _untagged_overnight(doc: Doc) -> list:
    """"shelled the town overnight": the adverb the tagger leaves out after the verb (it
    tags "Overnight," before it); the night before the report, so the report's day, when
    the sentence names no other day or time."""
    arrays = arrays_of(doc)
    ents = [e for e in arrays.ents if e.label_ in DATE_LABELS]
    words = [doc[i] for i, w in enumerate(arrays.lower) if w == "overnight"]
    return [doc[t.i:t.i + 1] for t in words if t.dep_ == "advmod"
            and t.head.pos_ == "VERB" and not any(  # "ran overnight and ended on Thursday"
                e.start < t.sent.end and e.end > t.sent.start for e in ents)]


_POBJ_ID = get_string_id("pobj")
#: Parts of the day a text names on their own ("in the evening").
DAY_PART_NOUNS = frozenset({"morning", "afternoon", "evening", "night"})


def _untagged_that_day(doc: Doc) -> list:
    """"The rebels took Orrin on Monday. That night, they shelled Lunet": "that night",
    "that evening", "that day" the tagger leaves out when it opens a sentence; the day
    named last (``_from_day_named``: in the same sentence or the one before, else none).
    And "police arrested Y this morning", left out after a name: the report's day."""
    arrays = arrays_of(doc)
    tagged = {i for e in arrays.ents if e.label_ in DATE_LABELS for i in range(e.start, e.end)}
    words = [doc[i] for i, w in enumerate(arrays.lower) if w in _THAT_DAY_NOUNS and i > 0]
    return [doc[t.i - 1:t.i + 1] for t in words if t.i not in tagged
            and doc[t.i - 1].lower_ in {"that", "this"} and doc[t.i - 1].head.i == t.i
            and doc[t.i - 1].dep_ == "det" and t.dep_ in {"npadvmod", "tmod", "pobj"}]


_THAT_DAY_NOUNS = DAY_PART_NOUNS | {"day"}


def _joined(doc: Doc) -> list:
    """The DATE/TIME entities, with one directly followed by another read as one ("Saturday"
    "night" is Saturday night, tagged as two), and two joined by "and" or "to" read as a
    span ("on Friday and Saturday")."""
    spans = [e for e in arrays_of(doc).ents if e.label_ in DATE_LABELS]
    out = []
    for ent in spans:
        if out and _one_expression(out[-1], ent):
            out[-1] = doc[out[-1].start:ent.end]
        else:
            out.append(ent)
    return out


def _before_comma(ent):
    """The words of a date entity before a comma inside it, when there is one."""
    for t in ent[1:]:
        if t.text == ",":
            return ent.doc[ent.start:t.i]
    return None


#: Prepositions that open a date inside a longer span the tagger made one entity.
_INNER_DATE_PREPS = frozenset({"on", "in", "since", "by"})


def _inner_date(ent):
    """The words after the last "on"/"in" inside a date entity that names no date as a
    whole ("Morrow to six years on Monday", "for a decade until March 3"): a duration or a
    name the tagger ran into the date."""
    for t in reversed(ent[1:-1]):
        if t.lower_ in _INNER_DATE_PREPS and t.pos_ == "ADP":
            return ent.doc[t.i + 1:ent.end]
    return None


def _before_term(ent):
    """The words of a date entity before "to" and a term ("Monday to ten years", "Friday to
    life"): a sentence's length the tagger ran into its day; None otherwise (not a span of
    days, "Monday to Wednesday")."""
    for t in ent[1:-1]:
        after = t.nbor(1)
        if t.lower_ == "to" and (after.like_num or after.lower_ in {"life", "a", "an"}):
            return ent.doc[ent.start:t.i]
    return None


def _before_phrase(ent):
    """The words of a date entity before a preposition inside it that the parser hangs
    outside it ("resigned on [Tuesday after weeks] of pressure": "after" on the verb):
    another phrase the tagger ran into the date; None otherwise ("two days after the
    vote", "the day before": the preposition is the date's own)."""
    for t in ent[1:]:
        if t.dep_ == "prep" and t.pos_ == "ADP" and not ent.start <= t.head.i < ent.end:
            return ent.doc[ent.start:t.i]
    return None


def _after_name(ent):
    """The words of a date entity after a proper name the tagger ran into it ("Hensk two
    days ago", "Hensk overnight"); None when it opens with no such name."""
    start = ent.start
    while start < ent.end - 1 and ent.doc[start].pos_ == "PROPN" and (
            ent.doc[start].lower_ not in dates.MONTHS
            and ent.doc[start].lower_ not in dates.WEEKDAYS):
        start += 1
    return ent.doc[start:ent.end] if start > ent.start else None


def _expression(ent) -> str:
    """The words of the date, with the preposition before it ("on Sunday", "in 2001")."""
    prev = ent.doc[ent.start - 1] if ent.start > 0 else None
    if prev is not None and prev.lower_ in {"on", "in", "since", "until", "by"}:
        return f"{prev.text} {ent.text}"
    if prev is not None and prev.lower_ == "last" and not ent.text.lower().startswith("last"):
        return f"last {ent.text}"
    return ent.text


def _chain(token: Token) -> tuple[int, ...]:
    """The words a date modifies: up to the first verb, or just the noun it qualifies
    ("Sunday's election", "the March 3 vote", "its 2019 offensive": the event noun, not the
    clause's verb)."""
    if token.dep_ in {"poss", "compound", "nmod", "amod", "nummod"} and token.head.pos_ == "NOUN":
        return (token.head.i,)
    if token.pos_ in {"VERB", "AUX"}:
        return ()  # "would last a week" tagged whole: the verb is its own clause, no date of it
    chain = []
    t = token
    for _ in range(_CHAIN_LIMIT):
        if t.head.i == t.i:
            break
        t = t.head
        chain.append(t.i)
        if t.pos_ in {"VERB", "AUX"}:
            break
    return tuple(chain)


def attached(mentions: list[DateMention], token: Token) -> DateMention | None:
    """The date expression that modifies ``token`` directly: the first (text order) that
    names a date, so a duration ("to ten years ... on Monday") hides no later date; else
    the first without a value, so callers still see the word is qualified ("for years")."""
    valueless = None
    for m in mentions:
        if token.i in m.chain and not (m.start <= token.i < m.end):
            if m.value is not None:
                return m
            valueless = valueless or m
    return valueless
