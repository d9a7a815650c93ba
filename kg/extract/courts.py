"""The court a judgement told in the passive comes from, when the sentence names no judge:
"Ada Moreno was jailed for five years at the Marlow Crown Court" (the parser hangs "at
the court" on "years"), "The Marlow Crown Court heard the case on Monday. Moreno was
sentenced to five years" (the one court the text has just named).

Not a judgement told in the past perfect ("the court heard that she had been convicted
in 2015": an earlier one, perhaps another court's), a court named only after the
judgement, two courts in reach, nor a fine (regulators fine too).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.coref import Resolver
from kg.extract.events import COURT_WORDS, JUDGING_VERBS, EventDraft

#: Judging verbs whose doer is a court ("fined" is as often a regulator).
COURT_VERBS = JUDGING_VERBS - {"fine"}
#: Prepositions that put a judgement in a court ("at the X Court", "in the X Court").
COURT_PREPS = frozenset({"in", "at", "before"})
#: How many sentences back the one court named may be.
COURT_WINDOW = 2
_SUBTREE_LIMIT = 30


def judging_courts(doc: Doc, res: Resolver, events: list[EventDraft]) -> None:
    """Give a doerless passive judgement the court its sentence or the text just named."""
    for ev in events:
        if ev.cls != "JusticeEvent" or ev.agents:
            continue
        verb = doc[ev.token]
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in COURT_VERBS or not _told_now(verb):
            continue
        court = _court_in_phrase(verb, res) or _court_just_named(verb, res)
        if court is not None:
            ev.agents.append(court)


def _told_now(verb: Token) -> bool:
    """A passive with no doer, not in the past perfect ("had been convicted")."""
    kids = {c.dep_: c.lower_ for c in verb.children}
    return "auxpass" in kids and "agent" not in kids and "neg" not in kids and not any(
        c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)


def _is_court(res: Resolver, key: str | None) -> bool:
    entity = res.entities.get(key) if key is not None else None
    return entity is not None and entity.type == "Organization" and bool(
        COURT_WORDS & set(entity.label.lower().split()))


def _court_in_phrase(verb: Token, res: Resolver) -> str | None:
    """"jailed for five years at the Marlow Crown Court": a court in an "at"/"in" phrase
    anywhere in the judgement's clause."""
    for t in list(verb.subtree)[:_SUBTREE_LIMIT]:
        if t.dep_ == "pobj" and t.head.lower_ in COURT_PREPS and (
                key := res.entity_of(t, allow_pronoun=False, descriptions=False)) and (
                _is_court(res, key)):
            return key
    return None


def _court_just_named(verb: Token, res: Resolver) -> str | None:
    """The one court the text named before the judgement, in its sentence or the two
    before."""
    here = res.sentence_of(verb)
    found = {key for key, spans in res.table.mention_spans.items() if _is_court(res, key)
             and any(b < verb.i and 0 <= here - res.sentence_of(verb.doc[b]) <= COURT_WINDOW
                     for b, _ in spans)}
    return found.pop() if len(found) == 1 else None
