"""Event coreference for propositions: a claim that names a deed briefly ("X said it had
taken the town") is often told in full nearby ("Fighters entered Velmor on Sunday ..."):
the statement asserts that fuller telling too.

A statement whose proposition lacks a place or a doer also asserts a nearby event (in its
own paragraph or the next, within a short stretch of text) that tells the same deed more
fully: one of a compatible class, whose doers and places do not clash with the
proposition's, that adds the place or the doer the proposition lacks. Two deeds of one
class in different places, deeds of different doers, and the event a statement of the
opposite stance carries are kept apart.
"""

from __future__ import annotations

from spacy.symbols import NOUN, VERB
from spacy.tokens import Doc

from kg.extract.drafts import Draft
from kg.extract.events import EventDraft
from kg.extract.lexicon import EVENT_TRIGGERS, PHRASAL_TRIGGERS
from kg.extract.tokens import arrays_of

#: How far after a statement (characters) a fuller telling of its deed may come.
AFTER_CHARS = 400
#: How far before a statement a fuller telling may come.
BEFORE_CHARS = 200
#: Classes that tell one deed of arms in different words (taking a town, fighting for it,
#: entering it): a telling in one class may be the same deed as one in another.
ARMED_CLASSES = frozenset({"ControlEvent", "ConflictEvent", "MovementEvent"})


def fuller_tellings(doc: Doc, text: str, drafts: list[Draft], events: list[EventDraft],
                    links: dict[int, int], further: dict[int, list[int]]) -> None:
    """Adds to ``further`` (statement index -> event indices) the nearby events that tell a
    statement's deed more fully than its proposition does; a statement whose content
    names a deed too thinly to make an event ("said the town had fallen") gets, as its
    proposition, the nearest nearby telling of a deed of that kind, else of a deed of arms
    it may be told as ("had full control over X" is no telling of "shelling hit X" when
    "fighters took X" is told nearby)."""
    carried = _stances_carrying(drafts, links, further)
    owners = _speakers_carrying(drafts, links, further)
    for n, d in enumerate(drafts):
        if n in links or n in further:
            continue
        kinds = _deed_kinds(doc, d)
        if not kinds:
            continue
        for m in sorted(range(len(events)), key=lambda m: (
                events[m].cls not in kinds, _distance(d.evidence, events[m].evidence))):
            ev = events[m]
            if not _near(text, d.evidence, ev.evidence):
                continue
            if carried.get(m, d.stance) != d.stance or owners.get(m, d.speaker) != d.speaker:
                continue
            if _compatible(ev.cls, kinds) and ev.factuality != "Denied":
                links[n] = m
                break
    for n, k in links.items():
        own = events[k]
        if own.places and own.agents:
            continue  # the claim tells the deed in full already
        d = drafts[n]
        have = {k, *further.get(n, ())}
        for m, ev in enumerate(events):
            if m in have or not _near(text, d.evidence, ev.evidence):
                continue
            if carried.get(m, d.stance) != d.stance:
                continue  # a claim's denial (or the claim a denial answers) is not its telling
            if _same_deed(own, ev) and _fuller(own, ev):
                further.setdefault(n, []).append(m)
                have.add(m)


def _stances_carrying(drafts: list[Draft], links: dict[int, int],
                      further: dict[int, list[int]]) -> dict[int, str]:
    """Event index -> the stance of the (first) statement that carries it."""
    out: dict[int, str] = {}
    for n, k in links.items():
        for m in (k, *further.get(n, ())):
            out.setdefault(m, drafts[n].stance)
    return out


def _speakers_carrying(drafts: list[Draft], links: dict[int, int],
                       further: dict[int, list[int]]) -> dict[int, str]:
    """Event index -> the speaker of the (first) statement that carries it."""
    out: dict[int, str] = {}
    for n, k in links.items():
        for m in (k, *further.get(n, ())):
            out.setdefault(m, drafts[n].speaker)
    return out


def _deed_kinds(doc: Doc, d: Draft) -> set[str]:
    """The event classes the words of a statement's content name ("fallen", "takeover")."""
    kinds = set()
    arrays = arrays_of(doc)  # a Token only of a verb or noun that is no trigger alone
    pos, lemmas = arrays.pos, arrays.lemma
    for i in range(d.content_tokens[0], min(d.content_tokens[1], len(doc))):
        if pos[i] == VERB or pos[i] == NOUN:
            lemma = lemmas[i]
            cls = EVENT_TRIGGERS.get(lemma)
            if cls is None:
                particle = next((c.lower_ for c in doc[i].children if c.dep_ == "prt"), None)
                cls = PHRASAL_TRIGGERS.get((lemma, particle)) if particle else None
            if cls is not None:
                kinds.add(cls)
    return kinds


def _compatible(cls: str, kinds: set[str]) -> bool:
    return cls in kinds or (cls in ARMED_CLASSES and bool(kinds & ARMED_CLASSES))


def _distance(statement: tuple[int, int], sentence: tuple[int, int]) -> int:
    return max(sentence[0] - statement[1], statement[0] - sentence[1], 0)


def _near(text: str, statement: tuple[int, int], sentence: tuple[int, int]) -> bool:
    """Whether an event's sentence lies outside the statement, shortly after or before it,
    with at most one paragraph break between them."""
    if statement[0] <= sentence[0] < statement[1] or sentence[0] <= statement[0] < sentence[1]:
        return False
    if sentence[0] >= statement[1]:
        gap = (statement[1], sentence[0])
        if gap[1] - gap[0] > AFTER_CHARS:
            return False
    else:
        gap = (sentence[1], statement[0])
        if gap[1] - gap[0] > BEFORE_CHARS:
            return False
    return _paragraph_breaks(text[gap[0]:gap[1]]) <= 1


def _paragraph_breaks(stretch: str) -> int:
    """How many runs of line breaks a stretch of text holds."""
    return sum(1 for i, c in enumerate(stretch)
               if c == "\n" and (i == 0 or stretch[i - 1] != "\n"))


def _same_deed(own: EventDraft, ev: EventDraft) -> bool:
    """Whether two events may tell one deed: compatible classes, no clashing doers or
    places, no denial of the other."""
    if not _compatible(ev.cls, {own.cls}):
        return False
    if own.agents and ev.agents and not set(own.agents) & set(ev.agents):
        return False
    if own.places and ev.places and not set(own.places) & set(ev.places):
        return False
    return ev.factuality != "Denied" or own.factuality == "Denied"


def _fuller(own: EventDraft, ev: EventDraft) -> bool:
    """Whether ``ev`` tells what ``own`` leaves out: its place or its doer."""
    return bool((ev.places and not own.places) or (ev.agents and not own.agents))
