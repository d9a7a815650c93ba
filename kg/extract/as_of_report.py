"""Events the report tells as its news of the day: "Fierce fighting has continued in
Tarsk", "Two men have been arrested over the killing", "Thousands of nurses are on strike",
"Protesters are marching through Orrin". News writes what has just happened in the present
perfect and what is going on in the present progressive; told by the report itself (not
in what someone said, which the statement dates), such an event is as of the report's day.

A deed told with only a clock time ("police arrested him at 6 p.m.") is of the report's day
too, unless the text names a day before it.

A deed a dated statement tells in the past perfect ("Delta Grain said on Tuesday it had
bought two mills", "police said on Monday six men had been arrested") is the news of that
statement and has its day (``reported_deed``), as a deed a report tells in the present
perfect has the report's; not one the text puts before ("had already bought", "had
bought it years ago", "had attacked it before the truce") nor one that went on ("had been
shelling it for weeks").

Narrow on purpose, since a date is never guessed (CONTRACT.md): only the present perfect,
the present progressive, "is on trial"/"are on strike" and "continues"; nothing with a
date word of its own ("has held the town for years", "have cut 900 jobs since 2020"), nor
with an adverb that sets it before now ("has long wanted", "has already been charged",
"have recently opened"), nor a toll of an event so far ("the siege has killed nine"); only
events told as done (not denied, possible or to come).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from kg.extract.events import LIGHT_VERBS, OCCURRENCE_VERBS
from kg.extract.lexicon import EVENT_TRIGGERS
from kg.extract.temporal import DateMention, attached
from kg.records import DateValue

if TYPE_CHECKING:
    from kg.extract.events import EventDraft

#: Verbs whose object is the event they do ("has launched an offensive", "has completed
#: its takeover").
DOING_OBJECT_VERBS = LIGHT_VERBS | {"complete", "finalise", "finalize"}

#: Auxiliaries of the present perfect ("has seized", "have been arrested").
PERFECT_AUXES = frozenset({"has", "have", "'s", "'ve"})
#: Auxiliaries of the present progressive ("are striking", "is being held").
PROGRESSIVE_AUXES = frozenset({"is", "are", "'re", "am", "'m"})
#: Adverbs that put a perfect or progressive before now or make it a habit.
NOT_NOW_ADVERBS = frozenset({"long", "never", "ever", "often", "repeatedly", "previously",
                             "before", "always", "once", "twice", "frequently", "recently",
                             "already", "earlier", "sometimes", "usually", "regularly",
                             "since", "lately", "traditionally", "historically"})


def date_as_of_report(doc: Doc, events: list[EventDraft], dms: list[DateMention],
                      published: DateValue | None) -> None:
    """Give an undated event told as going on or just done (see the module's note) the
    report's day."""
    if published is None:
        return
    days = [m.start for m in dms if m.value is not None and m.value.datatype == "date"]
    for ev in events:
        if ev.date is None and ev.same_day and ev.factuality == "Asserted" and _clock_time(
                doc, doc[ev.token], dms) and not _day_named_before(doc[ev.token], days):
            ev.date = published  # "police arrested him at 6 p.m.": the report's day
            continue
        if ev.date is not None or ev.factuality != "Asserted" or ev.same_day:
            continue
        token = doc[ev.token]
        verb = _verb_of(token)
        if verb is None or not _now(verb, token):
            continue
        if _timed(dms, verb) or (token.i != verb.i and attached(dms, token) is not None):
            continue  # "has held the town for years", "have struck since Monday"
        if any(c.dep_ in {"advmod", "npadvmod"} and c.lower_ in NOT_NOW_ADVERBS
               for c in verb.children):
            continue
        if any(c.dep_ == "nsubj" and c.i != token.i and c.lemma_.lower() in EVENT_TRIGGERS
               for c in verb.children):
            continue  # "the siege has killed nine people": a toll so far, since it began
        ev.date = published


#: Verbs of a penalty whose "to"/"for" phrase is the penalty's length, not the deed's time
#: ("has sentenced him to five years", "has jailed her for ten years", "have banned him
#: for two seasons").
PENALTY_VERBS = frozenset({"sentence", "jail", "imprison", "ban", "bar", "suspend",
                           "disqualify", "exile", "expel"})
_TERM_PREPS = frozenset({"to", "for"})


def _timed(dms: list[DateMention], verb: Token) -> bool:
    """Whether ``verb`` has a time of its own: any date expression on it, but the length of
    a penalty it hands down ("has jailed a former minister for ten years")."""
    found = attached(dms, verb)
    if found is None or found.value is not None:
        return found is not None
    if verb.lemma_.lower() not in PENALTY_VERBS:
        return True
    doc = verb.doc
    return any(m.value is not None or not _penalty_term(doc, m, verb)
               for m in dms if verb.i in m.chain)


def _penalty_term(doc: Doc, m: DateMention, verb: Token) -> bool:
    """"to five years", "for ten years": a length hanging on the penalty verb through
    "to" or "for" (not "since", "until" nor a bare "for years" of a state)."""
    prep = doc[m.chain[0]] if m.chain else None
    return (prep is not None and prep.dep_ == "prep" and prep.lower_ in _TERM_PREPS
            and prep.head.i == verb.i and any(t.like_num or t.lower_ in {"a", "an", "one"}
                                              for t in doc[m.start:m.end]))


def _clock_time(doc: Doc, token: Token, dms: list[DateMention]) -> bool:
    """Whether the time of ``token`` is a time on the clock ("at 6 p.m.", "around 10:30"),
    not a part of the day that may be a habit ("at night", "every night")."""
    found = attached(dms, token)
    words = doc[found.start:found.end].text if found is not None else ""
    return any(c.isdigit() for c in words) and "every" not in words.lower()


def _day_named_before(token: Token, days: list[int]) -> bool:
    """Whether the text names a day before ``token``: "Rebels attacked Orrin on Tuesday.
    Police arrested two men at 6 p.m." may be that Tuesday's evening."""
    return any(i < token.i for i in days)


def _verb_of(token: Token) -> Token | None:
    """The verb that tells the event: the trigger itself, or the verb of a noun trigger
    that only says it took place or was done ("fighting has continued", "has completed
    its takeover", "are on strike"); not a verb of another deed ("are investigating the
    death": the death is not now)."""
    if token.pos_ == "VERB":
        return token
    verb = token.head
    if token.dep_ == "nsubj" and verb.lemma_.lower() in OCCURRENCE_VERBS:
        return verb
    if token.dep_ == "dobj" and verb.lemma_.lower() in DOING_OBJECT_VERBS:
        return verb
    if token.dep_ == "pobj" and token.head.lower_ == "on" and token.head.head.lemma_ == "be":
        return token.head.head  # "are on strike", "is on trial"
    return None


def _now(verb: Token, token: Token) -> bool:
    """Whether ``verb`` is in the present perfect or progressive, is a present "be" of "on
    strike", or "continues" with the event as its subject."""
    auxes = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    if verb.tag_ == "VBN":
        return bool(auxes & PERFECT_AUXES)
    if verb.tag_ == "VBG":
        return bool(auxes & PROGRESSIVE_AUXES)
    if verb.tag_ not in {"VBZ", "VBP"} or auxes:
        return False
    if verb.lemma_ == "be":
        return token.dep_ == "pobj"  # "are on strike"
    return verb.lemma_.lower() in OCCURRENCE_VERBS and token.dep_ == "nsubj"


#: Words that put a past perfect deed before the statement that tells it ("had seized it
#: before the truce", "had held it since May", "until the army came back").
BEFORE_WORDS = frozenset({"before", "since", "until", "till", "prior"})
#: Links of a clause of its own below a verb: its times are not the verb's.
_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "relcl", "conj", "parataxis", "acl"})


def reported_deed(verb: Token) -> bool:
    """Whether ``verb`` tells a deed in the past perfect with nothing that sets it before
    the saying ("said on Monday it had bought Y", "said two men had been arrested"): no
    adverb of an earlier or repeated time ("had already seized", "had twice attacked"), no
    time of its own, even an unresolved one ("years ago", "for weeks"), no "before",
    "since" or "until" ("had seized it before the truce")."""
    if verb.tag_ != "VBN" or not any(c.dep_ == "aux" and c.lower_ == "had"
                                     for c in verb.children):
        return False
    for c in verb.children:
        if c.dep_ in {"advmod", "npadvmod", "neg"} and c.lower_ in NOT_NOW_ADVERBS:
            return False  # "had never attacked": no deed, no day
        if c.lower_ in BEFORE_WORDS or any(m.dep_ == "mark" and m.lower_ in BEFORE_WORDS
                                           for m in c.children):
            return False
        if c.dep_ not in _CLAUSE_DEPS and any(t.ent_type_ in {"DATE", "TIME"}
                                              for t in c.subtree):
            return False
    return True
