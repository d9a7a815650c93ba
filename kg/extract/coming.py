"""Days of events to come. "The council will vote on Tuesday", told on a Friday, is the
Tuesday after it, not the one before; so is "could attack on Sunday", "is expected to
meet on Wednesday" and "travels to Orrin to meet the envoy on Monday".

A weekday (or a yearless day) names a day to come when the event is to come: told in the
future, with a modal of what may come ("could", "may", "might"; not "could have"), on a
calendar ("is due to", "is set to"), or as the infinitive of a verb that is itself to come
or that looks ahead from now ("plans to", "is expected to", "hopes to"); an event noun
is to come as the object of a verb to come ("might stage a strike on Monday") or of a
call for it ("called for a protest on March 29", "invited them to talks on Thursday"). Told inside
something said on a dated day ("said on Monday it would vote on Wednesday"), the day to
come is counted from that day: a Wednesday read back from publication that still lies
after the saying is that Wednesday.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from spacy.tokens import Token

from kg.extract.lexicon import FUTURE_MARKERS
from kg.extract.temporal import DateMention, attached
from kg.records import DateValue

#: Modals of what may yet come ("could attack on Sunday"); "would" is a saying's future.
COMING_MODALS = frozenset({"may", "might", "could", "can", "should", "must"})
#: Words that look ahead from now when their infinitive names the event ("plans to",
#: "is expected to", "is due to", "hopes to", "is set to", "is likely to").
LOOKING_AHEAD = frozenset({"plan", "intend", "aim", "expect", "hope", "want", "seek",
                           "prepare", "due", "set", "schedule", "likely", "poise",
                           "scheduled", "expected", "slate", "slated", "ready", "going"})
#: Verbs that ask for an event to come: "called for a protest on March 29", "urged talks",
#: "invited the rebels to talks on Thursday".
CALLING_WORDS = frozenset({"call", "urge", "invite", "propose", "demand", "summon"})
#: Tags of a verb told now (not "planned to", "agreed to").
_NOW_TAGS = frozenset({"VBZ", "VBP"})
_NOW_AUXES = frozenset({"is", "are", "am", "'s", "'re", "be"})
#: How many infinitives up the search for a verb to come goes ("plans to travel to X to
#: meet the envoy").
_INFINITIVE_CLIMB = 3


def to_come(verb: Token, ahead: Callable[[Token], bool] | None = None) -> bool:
    """Whether ``verb`` tells an event still to come, by the words around it (see the
    module's note; the future tense itself is the caller's test, and ``ahead`` its test of
    a verb above, "would travel to Orrin on Sunday to meet the envoy")."""
    t = verb
    if verb.pos_ == "NOUN":
        t = _governing_verb(verb)
        if t is None:
            return False
        if t.lemma_.lower() in CALLING_WORDS and not any(c.dep_ in {"neg", "prt"}
                                                         for c in t.children):
            return True  # "called for a protest on March 29"
    for _ in range(_INFINITIVE_CLIMB):
        auxes = {c.lower_ for c in t.children if c.dep_ in {"aux", "auxpass"}}
        if "have" in auxes or "had" in auxes:
            return False  # "could have attacked", "plans to have finished"
        if auxes & COMING_MODALS or (t is not verb and auxes & FUTURE_MARKERS):
            return True
        if t is not verb and ahead is not None and ahead(t):
            return True
        if "to" not in auxes or t.dep_ not in {"xcomp", "advcl", "acl"}:
            return False
        head = t.head
        if _looks_ahead(head):
            return True
        t = head
    return False


def _governing_verb(noun: Token) -> Token | None:
    """The verb whose object the event noun is: "stage a strike", "called for a protest",
    "invited them to talks"."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in {"for", "to"}:
        head = head.head
    elif noun.dep_ != "dobj":
        return None
    return head if head.pos_ in {"VERB", "AUX"} else None


def _looks_ahead(word: Token) -> bool:
    """"plans", "is expected", "are due", "will try": a word that, told now or in the
    future, has its infinitive ahead of it."""
    if word.lemma_.lower() not in LOOKING_AHEAD and word.lower_ not in LOOKING_AHEAD:
        return word.pos_ in {"VERB", "AUX"} and any(
            c.dep_ == "aux" and c.lower_ in FUTURE_MARKERS for c in word.children)
    if any(c.dep_ == "neg" for c in word.children):
        return False
    if word.tag_ in _NOW_TAGS:
        return True
    near = [*word.children, word.head] if word.dep_ == "acomp" else list(word.children)
    return any(c.lower_ in _NOW_AUXES | FUTURE_MARKERS for c in near
               if c.dep_ in {"aux", "auxpass"} or c is word.head)


def coming_value(found: DateMention, verb: Token, dms: list[DateMention]) -> DateValue | None:
    """The value of ``found`` for an event to come told at ``verb``: the day to come,
    unless the saying that tells it is dated and the day read back still lies after it;
    none when the day is that of a call told in the past (``_day_of_past_call``)."""
    if _past_intent(verb):
        return found.value  # "planned to raid the house on Tuesday": read back
    if _day_of_past_call(found, verb):
        return None
    said = _saying_day(verb, [m for m in dms if m is not found])
    if said is not None and found.value is not None and found.value.datatype == "date" and (
            dt.date.fromisoformat(found.value.value) >= said):
        return found.value
    return found.upcoming or found.value


def _day_of_past_call(found: DateMention, verb: Token) -> bool:
    """"called for a ceasefire on Thursday", "demanded on Wednesday the withdrawal of the
    troops", told on a Friday: a past weekday on a call told in the past is the day of
    the call, and what it calls for has no day of it (not the next Thursday: a guess).
    A day still ahead ("called for a protest on March 29") stays the event's, which the
    caller reads as it is, having no day to come."""
    if found.upcoming is None or found.value is None or not found.chain or (
            found.value.datatype != "date" or found.upcoming.datatype != "date"):
        return False
    week_on = dt.date.fromisoformat(found.upcoming.value) - dt.date.fromisoformat(
        found.value.value)
    if week_on.days > 7:
        return False  # a yearless day ("on March 2"): no weekday of the call
    top = verb.doc[found.chain[-1]]
    return top.tag_ == "VBD" and top.lemma_.lower() in CALLING_WORDS


def _past_intent(verb: Token) -> bool:
    """"planned to raid", "had hoped to meet": the infinitive of an intent told in the
    past, whose day is read back like any other."""
    if verb.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to"
                                       for c in verb.children):
        return False
    head = verb.head
    return head.tag_ == "VBD" or any(c.lower_ in {"had", "was", "were"} for c in head.children
                                     if c.dep_ in {"aux", "auxpass"})


def _saying_day(verb: Token, dms: list[DateMention]) -> dt.date | None:
    """The day of the saying (or deciding) whose complement ``verb`` is, when dated: its
    own date, or one between it and the complement's subject, where the parser may hang the
    saying's date on the deed ("said on Monday it would vote on Wednesday")."""
    t = verb
    for _ in range(_INFINITIVE_CLIMB):
        if t.dep_ not in {"ccomp", "xcomp", "conj", "advcl"} or t.head.i == t.i:
            return None
        subj = next((c for c in t.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        t = t.head
        if t.dep_ == "conj" or t.pos_ not in {"VERB", "AUX", "ADJ"}:
            continue
        found = attached(dms, t) or (None if subj is None else next(
            (m for m in dms if t.i < m.start and m.end <= subj.left_edge.i), None))
        if found is not None and found.value is not None and found.value.datatype == "date":
            return dt.date.fromisoformat(found.value.value)
    return None
