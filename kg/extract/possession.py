"""Control said as possession: "Halvik is ours", "the town is in our hands", "the bridge
remains in the hands of the militia", "X is in the hands of our men" (the speaker's side),
and control shown by a flag: "raised their flag over Halvik", "hoisted its banner above
the town hall". No verb of taking is there for the trigger lexicon, yet each is a claim
of control of a place by whoever "ours", "the hands" or the flag belong to.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.coref import Resolver
from kg.extract.drafts import text_of
from kg.extract.events import EventDraft
from kg.extract.facilities import FACILITY_NOUNS, described_site, org_name
from kg.extract.lexicon import PLACE_NOUNS
from kg.extract.tokens import arrays_of

#: Possessive pronouns that stand alone as the predicate ("X is ours").
OWNING_PRONOUNS = frozenset({"ours", "theirs", "mine", "yours", "his", "hers"})
#: Verbs of state that link a place to its holder.
_STATE_VERBS = frozenset({"be", "remain", "stay"})
#: Nouns of a holder's possession ("in our hands").
_HAND_NOUNS = frozenset({"hand", "hands", "possession", "grip"})
_SITE_PREPS = frozenset({"of", "at", "in", "near"})
#: Verbs by which a flag is put up over a place taken ("raised", "hoisted", "planted").
FLAG_VERBS = frozenset({"raise", "hoist", "plant", "fly", "unfurl", "run"})
#: What is put up: a flag or banner (not "a red flag", "the white flag" of surrender).
_FLAG_NOUNS = frozenset({"flag", "banner", "standard", "colours", "colors"})
_FLAG_PREPS = frozenset({"over", "above", "atop", "on", "upon"})
_NOT_TAKING_FLAGS = frozenset({"red", "white", "warning", "yellow"})


def possession_events(doc: Doc, res: Resolver,
                      acting: frozenset[str] | set[str] = frozenset()) -> list[EventDraft]:
    """One ControlEvent for each place a clause says is held as a possession; a subject
    that only describes the place ("the town is ours") is the named place it points back
    to, never one that speaks or acts (``acting``)."""
    out = []
    lemmas = arrays_of(doc).lemma
    for sent in doc.sents:
        evidence = (sent.start_char, sent.end_char)
        for verb in [sent.doc[i] for i in range(sent.start, sent.end)
                     if lemmas[i] in FLAG_VERBS or lemmas[i] in _STATE_VERBS]:
            lemma = verb.lemma_.lower()
            if lemma in FLAG_VERBS:
                ev = _flag_raised(verb, res, evidence, acting)
            elif lemma in _STATE_VERBS:
                ev = _possession(verb, res, evidence, acting)
            else:
                continue
            if ev is not None:
                out.append(ev)
    return out


def _possession(verb: Token, res: Resolver, evidence: tuple[int, int],
                acting: frozenset[str] | set[str]) -> EventDraft | None:
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or any(c.dep_ == "neg" for c in verb.children):
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
    place = _place(subj, res) or described_site(subj, res, acting)
    if place is None:
        return None
    doc = verb.doc
    begin, end = words[0].idx, words[1].idx + len(words[1].text)
    ev = EventDraft(verb.i, "ControlEvent", text_of(doc)[begin:end], (begin, end), evidence)
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


def _flag_raised(verb: Token, res: Resolver, evidence: tuple[int, int],
                 acting: frozenset[str] | set[str]) -> EventDraft | None:
    """"raised their flag over Halvik", "the banner was hoisted above the town hall": a
    ControlEvent of the place the flag is put up over, by whoever put it up; not "raised
    a red flag over the budget" (a warning) nor "the white flag" (a surrender), nor a
    flag with no place ("raised the flag at dawn")."""
    flag = next((c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}
                 and c.lemma_.lower() in _FLAG_NOUNS), None)
    if flag is None or any(c.dep_ == "neg" for c in verb.children) or any(
            c.lower_ in _NOT_TAKING_FLAGS | {"a", "an"} for c in flag.children):
        return None
    preps = [c for c in (*verb.children, *flag.children) if c.dep_ == "prep"]
    if not any(p.lower_ in _FLAG_PREPS for p in preps):
        return None
    place = next((key for prep in preps if prep.lower_ in _FLAG_PREPS | {"in", "at"}
                  for pobj in prep.children if pobj.dep_ == "pobj"
                  if (key := _place_within(pobj, res, acting)) is not None), None)
    if place is None:
        return None
    doc = verb.doc
    first, last = sorted((verb, flag), key=lambda t: t.i)
    begin, end = first.idx, last.idx + len(last.text)
    ev = EventDraft(verb.i, "ControlEvent", text_of(doc)[begin:end], (begin, end), evidence)
    ev.places.append(place)
    holder = next((c for c in verb.children if c.dep_ == "nsubj"), None) or next(
        (c for c in flag.children if c.dep_ == "poss"), None)
    if holder is not None and holder.pos_ == "PRON":
        ev.agent_pronoun = holder.i
    elif holder is not None:
        key = res.entity_of(holder, allow_pronoun=False, descriptions=False)
        if res.table.type_of(key) in {"Organization", "Person"} and key != place:
            ev.agents.append(key)
    return ev


def _place_within(word: Token, res: Resolver, acting: frozenset[str] | set[str]) -> str | None:
    """The place a flag is put up over: the word's own ("over Halvik", "over the town"), else
    the first place named in its phrase ("over the Halvik town hall", "on the roof of the
    governor's office in Halvik")."""
    found = _place(word, res) or described_site(word, res, acting)
    if found is not None:
        return found
    for t in word.doc[word.left_edge.i:min(word.right_edge.i + 1, word.i + 12)]:
        key = res.table.at(t)
        if key is not None and res.table.type_of(key) == "Place":
            return key
    return None
