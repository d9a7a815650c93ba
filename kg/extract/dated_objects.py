"""The date of an event named as the object of a word of time: "detained following the
attack Sunday", "resigned after the bombing Tuesday". The parser hangs the day on
"following" or "after", which it reads as the word the day qualifies; the day right after
the event noun dates that event (the word of time only orders the two events). And "hours
after the attack, police arrested him on Sunday": hours before or after a dated deed is
its day (CONTRACT.md: "hours after" is resolved)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.places import TIME_PREPS
from kg.extract.temporal import DateMention, attached, naming

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
    return _hours_apart(word, dms)


def _hours_apart(word: Token, dms: list[DateMention]) -> DateMention | None:
    """"Hours after the attack, police arrested him on Sunday": the deed the count of hours
    sets apart has the day of the clause the word of time hangs on."""
    if word.lower_ not in {"after", "before"} or not any(
            c.dep_ == "npadvmod" and c.lower_ in SAME_DAY_UNITS for c in word.children):
        return None
    found = attached(dms, word.head)
    if found is None or found.value is None or found.value.datatype != "date":
        return None
    return found
