"""Control said as possession: "Halvik is ours", "the town is in our hands", "the bridge
remains in the hands of the militia", "X is in the hands of our men" (the speaker's side).
No verb of taking is there for the trigger lexicon, yet each is a claim of control of a
place by whoever "ours" or "the hands" belong to.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.coref import Resolver
from kg.extract.events import EventDraft
from kg.extract.facilities import FACILITY_NOUNS, org_name
from kg.extract.lexicon import PLACE_NOUNS

#: Possessive pronouns that stand alone as the predicate ("X is ours").
OWNING_PRONOUNS = frozenset({"ours", "theirs", "mine", "yours", "his", "hers"})
#: Verbs of state that link a place to its holder.
_STATE_VERBS = frozenset({"be", "remain", "stay"})
#: Nouns of a holder's possession ("in our hands").
_HAND_NOUNS = frozenset({"hand", "hands", "possession", "grip"})
_SITE_PREPS = frozenset({"of", "at", "in", "near"})


def possession_events(doc: Doc, res: Resolver) -> list[EventDraft]:
    """One ControlEvent for each place a clause says is held as a possession."""
    out = []
    for sent in doc.sents:
        evidence = (sent.start_char, sent.end_char)
        for verb in sent:
            if verb.lemma_.lower() not in _STATE_VERBS:
                continue
            ev = _possession(verb, res, evidence)
            if ev is not None:
                out.append(ev)
    return out


def _possession(verb: Token, res: Resolver, evidence: tuple[int, int]) -> EventDraft | None:
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or any(c.dep_ == "neg" for c in verb.children):
        return None
    place = _place(subj, res)
    if place is None:
        return None
    holder: Token | None = None  # the word that names who holds it
    words: tuple[Token, Token] | None = None  # first and last word of the trigger
    for c in verb.children:
        if c.dep_ in {"acomp", "attr"} and c.lower_ in OWNING_PRONOUNS:
            holder, words = c, (c, c)
        elif c.dep_ == "prep" and c.lower_ in {"in", "into"}:
            hand = next((p for p in c.children if p.dep_ == "pobj"
                         and p.lemma_.lower() in _HAND_NOUNS), None)
            if hand is not None:
                holder, words = _hand_holder(hand), (c, hand)
    if words is None:
        return None
    doc = verb.doc
    begin, end = words[0].idx, words[1].idx + len(words[1].text)
    ev = EventDraft(verb.i, "ControlEvent", doc.text[begin:end], (begin, end), evidence)
    ev.places.append(place)
    if holder is not None and (holder.pos_ == "PRON" or holder.lower_ in OWNING_PRONOUNS):
        ev.agent_pronoun = holder.i
    elif holder is not None:
        key = res.entity_of(holder, allow_pronoun=False, descriptions=False)
        if res.table.type_of(key) in {"Organization", "Person", "Place"} and key != place:
            ev.agents.append(key)
    return ev


def _hand_holder(hand: Token) -> Token | None:
    """"our hands" -> "our"; "the hands of X" -> X; "the hands of our men" -> "our" (the
    side whose people they are); "rebel hands" -> "rebel"."""
    for c in hand.children:
        if c.dep_ == "poss":
            return c
        if c.dep_ == "prep" and c.lower_ == "of":
            pobj = next((p for p in c.children if p.dep_ == "pobj"), None)
            own = next((p for p in pobj.children if p.dep_ == "poss" and p.pos_ == "PRON"),
                       None) if pobj is not None and pobj.pos_ == "NOUN" else None
            return own or pobj
    return next((c for c in hand.children if c.dep_ in {"compound", "amod"}), None)


def _place(subj: Token, res: Resolver) -> str | None:
    """The place a subject names: itself ("Halvik", "the presidential palace") or, for a
    place or site noun, the place it is of or at ("the city of Halvik", "the bridge at
    Halvik"); not a place inside another thing
    ("the future of Halvik")."""
    words = [subj]
    if subj.lemma_.lower() in PLACE_NOUNS | FACILITY_NOUNS:  # "the bridge at Halvik"
        words += [p for c in subj.children if c.dep_ == "prep" and c.lower_ in _SITE_PREPS
                  for p in c.children if p.dep_ == "pobj"]
    for i, word in enumerate(words):
        key = res.table.at(word)
        kind = res.table.type_of(key)
        if kind == "Place" or (i == 0 and kind in {"Person", "Organization"}
                               and not org_name(res.table, key)):
            return key  # a bare name said to be "ours" is a place, whatever the tagger said
    return None
