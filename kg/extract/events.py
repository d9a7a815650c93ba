"""Events from verbal and nominal triggers, with agent, participants, place, date and
factuality read off the dependency parse."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from kg.extract.coref import Resolver
from kg.extract.lexicon import (
    AMBIGUOUS_TRIGGERS, EVENT_TRIGGERS, FUTURE_MARKERS, INTENT_VERBS, PHRASAL_TRIGGERS,
    PLACE_PREPS, POSSIBLE_MODALS, REPORTING_VERBS, WEAPON_NOUNS,
)
from kg.extract.temporal import DateMention, attached
from kg.records import DateValue

#: Triggers whose grammatical subject is what happens to, not who acts ("the town fell to X").
PATIENT_SUBJECT = frozenset({"fall", "collapse", "die", "death"})
ARG_PREPS = frozenset({"in", "into", "at", "near", "from", "to", "across", "inside",
                       "outside", "against", "with", "on", "of", "toward", "towards", "by",
                       "over"})
AGENT_TYPES = frozenset({"Person", "Organization"})
_SUBTREE_LIMIT = 12


@dataclass(slots=True)
class EventDraft:
    token: int
    cls: str
    trigger: str
    trigger_chars: tuple[int, int]
    evidence: tuple[int, int]
    agents: list[str] = field(default_factory=list)
    participants: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    date: DateValue | None = None
    factuality: str = "Asserted"
    agent_pronoun: int | None = None  # token of a pronoun subject, for statements to resolve
    acting_places: list[str] = field(default_factory=list)  # places that act as agents


def find_events(doc: Doc, res: Resolver, dms: list[DateMention]) -> list[EventDraft]:
    out = []
    for token in doc:
        found = _trigger(token)
        if found is None:
            continue
        cls, words = found
        ev = _arguments(token, cls, words, res)
        if ev is None:
            continue
        found_date = _date(token, dms)
        ev.date = found_date.value if found_date else None
        ev.factuality = factuality(token)
        out.append(ev)
    return out


def _trigger(token: Token) -> tuple[str, str] | None:
    """(event class, trigger words) when ``token`` expresses an event."""
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB":
        prt = next((c for c in token.children if c.dep_ == "prt"), None)
        obj = next((c for c in token.children if c.dep_ == "dobj"), None)
        for other in (prt, obj):
            if other is None:
                continue
            cls = PHRASAL_TRIGGERS.get((lemma, other.lemma_.lower()))
            if cls is not None:
                words = f"{token.text} {other.text}" if other == prt else token.text
                return (cls, words) if cls else None
        if lemma in REPORTING_VERBS and any(c.dep_ == "ccomp" for c in token.children):
            return None
        cls = EVENT_TRIGGERS.get(lemma)
        return (cls, token.text) if cls else None
    if token.pos_ == "NOUN" and token.dep_ not in {"compound", "amod"}:
        cls = EVENT_TRIGGERS.get(lemma) or EVENT_TRIGGERS.get(token.lower_)
        return (cls, token.text) if cls else None
    return None


def _arguments(token: Token, cls: str, words: str, res: Resolver) -> EventDraft | None:
    lemma = token.lemma_.lower()
    begin = token.idx
    end = begin + len(words) if token.doc.text[begin:begin + len(words)] == words else (
        token.idx + len(token.text))
    sent = token.sent
    ev = EventDraft(token.i, cls, words, (begin, end), (sent.start_char, sent.end_char))
    _trim_evidence(ev, token.doc.text)
    subj = _subject(token)
    if subj is not None:
        _add_subject(ev, subj, lemma, res)
    for child in token.children:
        _add_child(ev, child, lemma, res)
    if (lemma in AMBIGUOUS_TRIGGERS or lemma in PATIENT_SUBJECT) and not (
            ev.agents or ev.places or ev.participants or _weapon_object(token)):
        return None
    return ev


def _subject(token: Token) -> Token | None:
    t = token
    for _ in range(3):
        for child in t.children:
            if child.dep_ in {"nsubj", "nsubjpass"}:
                return child
        if t.dep_ not in {"xcomp", "conj"} or t.head.i == t.i:
            return None
        t = t.head
    return None


def _add_subject(ev: EventDraft, subj: Token, lemma: str, res: Resolver) -> None:
    if subj.pos_ == "PRON" and subj.lower_ not in {"which", "who", "that"}:
        ev.agent_pronoun = subj.i
    key = res.entity_of(subj, descriptions=False) or _entity_within(subj, res, AGENT_TYPES)
    if key is None:
        return
    etype = res.table.type_of(key)
    if subj.dep_ == "nsubjpass" or lemma in PATIENT_SUBJECT:
        (ev.places if etype == "Place" else ev.participants).append(key)
    elif etype == "Place" and ev.cls in {"ControlEvent"}:
        ev.places.append(key)
    else:
        ev.agents.append(key)
        if etype == "Place":
            ev.acting_places.append(key)


def _add_child(ev: EventDraft, child: Token, lemma: str, res: Resolver) -> None:
    dep = child.dep_
    if dep in {"dobj", "poss", "compound", "nmod"}:
        key = res.entity_of(child, allow_pronoun=dep == "poss", descriptions=False) or (
            _entity_within(child, res) if dep == "dobj" else None)
        if key is None:
            return
        etype = res.table.type_of(key)
        if etype == "Place":
            ev.places.append(key)
        elif dep in {"poss", "compound"} and not ev.agents:
            ev.agents.append(key)
        else:
            ev.participants.append(key)
    elif dep in {"prep", "agent"} and child.lower_ in ARG_PREPS | {"by"}:
        for pobj in child.children:
            if pobj.dep_ != "pobj":
                continue
            key = (res.entity_of(pobj, allow_pronoun=False, descriptions=False)
                   or _entity_within(pobj, res))
            if key is None:
                continue
            etype = res.table.type_of(key)
            if etype == "Place":
                ev.places.append(key)
            elif child.lower_ == "by" or (child.lower_ == "to" and lemma in PATIENT_SUBJECT):
                ev.agents.append(key)
            else:
                ev.participants.append(key)


def _entity_within(token: Token, res: Resolver, types=frozenset({"Person", "Organization",
                                                                  "Place"})) -> str | None:
    """First entity of ``types`` inside a short noun phrase ("dozens of vehicles loaded
    with X" -> X); never through a clause or a place phrase ("a judge in Texas")."""
    for n, t in enumerate(token.subtree):
        if n > _SUBTREE_LIMIT:
            break
        if _under(t, token, {"relcl", "ccomp", "advcl"}, PLACE_PREPS):
            continue
        key = res.table.at(t)
        if key is not None and res.table.type_of(key) in types:
            return key
    return None


def _under(t: Token, top: Token, clause_deps: set[str], preps) -> bool:
    while t.i != top.i and t.head.i != t.i:
        if t.dep_ in clause_deps or (t.dep_ == "prep" and t.lower_ in preps):
            return True
        t = t.head
    return False


def _weapon_object(token: Token) -> bool:
    return any(c.dep_ == "dobj" and c.lemma_.lower() in WEAPON_NOUNS for c in token.children)


def _date(token: Token, dms: list[DateMention]) -> DateMention | None:
    t = token
    for _ in range(3):
        found = attached(dms, t)
        if found is not None:
            return found
        if t.dep_ not in {"xcomp", "conj", "pobj", "prep"} or t.head.i == t.i:
            return None
        t = t.head
    return None


def factuality(token: Token) -> str:
    """Denied under negation, Possible under a modal or condition, Future for will/plans to."""
    children = list(token.children)
    if any(c.dep_ == "neg" for c in children):
        return "Denied"
    for c in children:
        if c.dep_ == "aux" and c.lower_ in FUTURE_MARKERS:
            return "Future"
        if c.dep_ == "aux" and c.lower_ in POSSIBLE_MODALS:
            return "Possible"
        if c.dep_ == "mark" and c.lower_ in {"if", "unless"}:
            return "Possible"
    head = token.head
    if token.dep_ in {"xcomp", "advcl"} and head.lemma_.lower() in INTENT_VERBS:
        return "Future"
    return "Asserted"


def _trim_evidence(ev: EventDraft, text: str) -> None:
    b, e = ev.evidence
    while e > b and text[e - 1].isspace():
        e -= 1
    while b < e and text[b].isspace():
        b += 1
    ev.evidence = (b, e)
