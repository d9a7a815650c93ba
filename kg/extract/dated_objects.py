"""The date of an event named as the object of a word of time: "detained following the
attack Sunday", "resigned after the bombing Tuesday". The parser hangs the day on
"following" or "after", which it reads as the word the day qualifies; the day right after
the event noun dates that event (the word of time only orders the two events). And "hours
after the attack, police arrested him on Sunday": hours before or after a dated deed is
its day (CONTRACT.md: "hours after" is resolved), and "resigned on Wednesday, a day after
the vote": the vote is on Tuesday; "two days after the attack on Sunday, police arrested
him": the arrest is on Tuesday, not on the attack's Sunday."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from spacy.tokens import Token

from kg import dates
from kg.extract.places import TIME_PREPS
from kg.extract.temporal import DateMention, attached, naming
from kg.records import DateValue

#: How the day hangs on the word of time: a bare noun ("Sunday") or "on Sunday".
_DAY_DEPS = frozenset({"npadvmod", "prep", "tmod"})
#: Counts that keep the day: "hours after", "minutes before".
SAME_DAY_UNITS = frozenset({"hour", "hours", "minute", "minutes"})


def date_of_object(noun: Token, dms: list[DateMention]) -> DateMention | None:
    """The dated day hung on the word of time whose object ``noun`` is, after the noun's
    phrase ("following the ambush of a convoy Tuesday"); not a day before the word
    ("Sunday, following the attack") nor a count ("hours after the attack")."""
    word = noun.head
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or word.lower_ not in TIME_PREPS:
        return None
    for child in word.children:
        if child.dep_ not in _DAY_DEPS or child.i <= noun.right_edge.i:
            continue
        day = child if child.dep_ != "prep" or child.lower_ != "on" else next(
            (c for c in child.children if c.dep_ == "pobj"), None)
        found = naming(dms, day) if day is not None else None
        if found is not None and found.value is not None and found.start == (
                noun.right_edge.i + 1 + (child.dep_ == "prep")):
            return found
    return _time_apart(word, dms)


def _time_apart(word: Token, dms: list[DateMention]) -> DateMention | None:
    """"Hours after the attack, police arrested him on Sunday": the deed the count of hours
    sets apart has the day of the clause the word of time hangs on; "resigned on Wednesday,
    a day after the vote", "two weeks before the election, rebels attacked X on Friday":
    a counted number of days or weeks sets it that many days off that day. The parser
    hangs the count on the word of time or the word of time on the count."""
    if word.lower_ not in _SIGNS:
        return None
    unit = next((c for c in word.children if c.dep_ == "npadvmod"
                 and (c.lower_ in SAME_DAY_UNITS or c.lower_ in DAY_UNITS)), None)
    top = word
    if unit is None and word.dep_ == "prep" and word.head.dep_ == "npadvmod" and (
            word.head.lower_ in SAME_DAY_UNITS or word.head.lower_ in DAY_UNITS):
        unit = top = word.head  # "a day after the vote": the count first
    if unit is None:
        return None
    found = attached(dms, top.head)
    if found is None or found.value is None or found.value.datatype != "date" or (
            top.left_edge.i <= found.start <= top.right_edge.i):
        return None
    if unit.lower_ in SAME_DAY_UNITS:
        return found
    count = count_of(unit)
    if count is None:
        return None  # "days after the vote": no day
    day = dt.date.fromisoformat(found.value.value) - dt.timedelta(
        days=_SIGNS[word.lower_] * count * DAY_UNITS[unit.lower_])
    words = word.doc[unit.left_edge.i:word.i + 1].text
    return replace(found, value=DateValue(day.isoformat(), "date", words), upcoming=None)


def deed_of_day(clause: Token, dms: list[DateMention]) -> DateMention | None:
    """"the strike on the depot on Sunday, which killed two guards": a relative clause the
    parser hangs on a day, whose subject is "which" or "that", tells a deed done on that
    day (a day does nothing; the deed is that of the words before it)."""
    if not which_clause(clause):
        return None
    found = naming(dms, clause.head)
    if found is None or found.value is None or found.value.datatype != "date":
        return None
    return found


def which_clause(clause: Token) -> bool:
    """A relative clause whose subject is "which" or "that" ("…, which killed two guards"):
    it tells what its antecedent did or was."""
    return clause.dep_ == "relcl" and any(c.dep_ in {"nsubj", "nsubjpass"} and c.tag_ == "WDT"
                                          for c in clause.children)


#: Units of a count of days between two deeds ("two days after", "a week before").
DAY_UNITS = {"day": 1, "days": 1, "week": 7, "weeks": 7}
_SIGNS = {"after": 1, "before": -1}


def counted_from(found: DateMention | None, verb: Token) -> DateMention | None:
    """"Two days after the attack on Sunday, police arrested him": a day named inside a
    counted "after"/"before" phrase on ``verb`` dates the phrase's deed; the verb's day is
    that many days off it (Tuesday); uncounted ("after the vote on Sunday", "before the
    election in May"), the verb has no day of it. Any other date comes back as it is."""
    if found is None or found.value is None:
        return found
    doc = verb.doc
    for i in found.chain:
        word = doc[i]
        if i == verb.i:
            break
        if word.lower_ == "since" and _dated_event_noun(found, word):
            return None  # "the first attack since the truce in May": the truce's month
        if word.lower_ not in _SIGNS or word.head.i != verb.i:
            continue
        unit = next((c for c in word.children if c.dep_ == "npadvmod"
                     and c.lower_ in DAY_UNITS), None)
        count = count_of(unit) if unit is not None else None
        if any(c.dep_ == "npadvmod" and c.lower_ in SAME_DAY_UNITS for c in word.children):
            return found  # "hours after the attack on Sunday": that day
        if count is None or found.value.datatype != "date":
            # "after the vote on Sunday, the president resigned": the day is the vote's;
            # the deed after it has none (a count of hours keeps it: see _time_apart)
            return None if _dated_event_noun(found, word) else found
        day = dt.date.fromisoformat(found.value.value) + dt.timedelta(
            days=_SIGNS[word.lower_] * count * DAY_UNITS[unit.lower_])
        words = doc[unit.left_edge.i:found.end].text
        return replace(found, value=DateValue(day.isoformat(), "date", words), upcoming=None)
    return found


def _dated_event_noun(found: DateMention, word: Token) -> bool:
    """Whether the day of ``found`` dates the noun the word of time governs ("after the vote
    on Sunday"), not the word of time itself ("before Sunday")."""
    doc = word.doc
    return any(doc[i].pos_ == "NOUN" and doc[i].dep_ == "pobj" and doc[i].head.i == word.i
               for i in found.chain)


def count_of(unit: Token) -> int | None:
    """How many of ``unit``: "a day" 1, "two days" 2, "3 weeks" 3; None for "days"."""
    for c in unit.children:
        if c.dep_ == "det" and c.lower_ in {"a", "an", "one"}:
            return 1
        if c.dep_ == "nummod":
            return int(c.lower_) if c.lower_.isdigit() else dates.NUMBER_WORDS.get(c.lower_)
    return 1 if unit.lower_ in {"day", "week"} else None
