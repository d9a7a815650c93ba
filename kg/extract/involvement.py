"""Who did a deed named by a noun, when the text says who took part in it or whose it was
rather than making the doer its subject.

- "X admitted its involvement in the raid", "X said it had taken part in the assault",
  "Y said X played a key role in the attack", "X was complicit in the killing": the one
  given a part in the deed is its doer. A part denied ("X denied any role in the
  bombing") or refused ("X had no role in the attack") names no doer: a denial owns no
  deed (the engine's rule since wave 5), and its proposition stays the deed, denied.
- "forces loyal to X seized Y", "Y was taken by troops loyal to X": X's forces did it.
- "it now controls most of Y", "took the bulk of Y": the place a share is of.
- "X condemned the capture of Y by Z": a "by" phrase the parser hung on an active verb
  belongs to the verb's object, the deed, and names its doer.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.coref import Resolver
from kg.extract.events import MEMBER_NOUNS, EventDraft, add_doer
from kg.extract.lexicon import REPORTING_VERBS

#: Nouns for one's part in a deed ("any role in", "its involvement in", "took part in").
PART_NOUNS = frozenset({"role", "involvement", "part", "hand", "responsibility",
                        "complicity", "participation", "share"})
#: Nouns among those that say a part only with a verb of having or taking ("took part
#: in", "had a hand in"): "part of the city in ruins", "a hand in the air" are none.
VERB_BOUND_NOUNS = frozenset({"part", "hand", "share"})
#: Verbs with which one has, takes or plays a part ("played a role", "took part").
HAVING_VERBS = frozenset({"have", "play", "take", "bear", "accept", "admit", "acknowledge",
                          "deny", "reject", "confirm", "claim", "dismiss", "disclaim"})
#: Verbs and participles of taking part ("participated in", "was involved in").
PART_VERBS = frozenset({"participate", "involve", "implicate", "engage", "complicit"})
#: Prepositions that link a part to its deed ("role in", "responsibility for").
PART_PREPS = frozenset({"in", "for"})
#: Words that refuse a part ("no role in", "never took part in").
REFUSING_WORDS = frozenset({"no", "not", "n't", "never", "without"})
_CLIMB_DEPS = frozenset({"xcomp", "pcomp", "ccomp"})
_CLIMB_LIMIT = 4


def part_doers(doc: Doc, res: Resolver, events: list[EventDraft]) -> None:
    """Give each event with no doer the one the text gives a part in it, or the "by" phrase
    a misparse hung on the verb whose object the event's noun is."""
    for ev in events:
        if ev.agents:
            continue
        token = doc[ev.token]
        word = part_holder(token) or stray_by_doer(token) or loyal_to(token)
        if word is not None:
            add_doer(ev, word, res)
            ev.participants[:] = [k for k in ev.participants if k not in ev.agents]
            ev.places[:] = [k for k in ev.places if k not in ev.agents]
        if not ev.places and ev.cls in SHARE_CLASSES:
            ev.places.extend(k for k in _shared_places(token, res) if k not in ev.agents)


def part_holder(token: Token) -> Token | None:
    """The word naming who has a part in the deed ``token`` names ("X admitted its role in
    the attack": X), or None; None too when the part is denied or refused ("X denied any
    role in the attack", "X said it had no role in it")."""
    prep = token.head
    if token.dep_ not in {"pobj", "pcomp"} or prep.dep_ != "prep" or (
            prep.lower_ not in PART_PREPS):
        return None
    host = prep.head
    part = _part_noun(host)
    if part is not None:
        poss = next((c for c in part.children if c.dep_ == "poss"), None)
        verb = part.head if part.dep_ == "dobj" else None
        if verb is not None and verb.lemma_.lower() not in HAVING_VERBS:
            verb = None
        if poss is None and verb is None:
            return None
        if part.lemma_.lower() in VERB_BOUND_NOUNS and verb is None:
            return None
        refused = any(c.lower_ in REFUSING_WORDS for c in part.children)
        return _holder(poss, verb, refused)
    if host.lemma_.lower() in PART_VERBS and host.pos_ == "VERB":
        return _holder(None, host, False)
    if host.lemma_.lower() in PART_VERBS and host.pos_ == "ADJ" and host.dep_ == "acomp":
        return _holder(None, host.head, False)  # "X was complicit in the killing"
    if host.lemma_ == "be" and any(c.dep_ == "acomp" and c.lemma_.lower() in PART_VERBS
                                   for c in host.children):
        return _holder(None, host, False)  # the same, "in" hung on the verb
    return None


def _part_noun(host: Token) -> Token | None:
    """The part noun a preposition hangs on: the noun itself ("role in") or the object of
    the verb it hangs on ("took part in", "denied any role in")."""
    if host.pos_ == "NOUN" and host.lemma_.lower() in PART_NOUNS:
        return host
    if host.pos_ in {"VERB", "AUX"}:
        return next((c for c in host.children if c.dep_ == "dobj" and c.pos_ == "NOUN"
                     and c.lemma_.lower() in PART_NOUNS), None)
    return None


def _holder(poss: Token | None, verb: Token | None, refused: bool) -> Token | None:
    """Who has the part: the possessor ("its role"), else the subject of the verb, or of
    the verb above it when it has none ("X admitted having a role"); no one when the part
    is refused or denied, up to the verb that reports it."""
    denied = False
    found = poss
    for _ in range(_CLIMB_LIMIT):
        if verb is None:
            break
        refused = refused or any(c.dep_ == "neg" for c in verb.children)
        denied = denied or REPORTING_VERBS.get(verb.lemma_.lower()) == "Deny"
        if found is None:
            found = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}),
                         None)
        if found is not None and (denied or verb.dep_ not in _CLIMB_DEPS):
            break
        verb = verb.head if verb.dep_ in _CLIMB_DEPS else None
    return None if refused or denied else found


def stray_by_doer(noun: Token) -> Token | None:
    """"X condemned the capture of Y by Z", "the shelling of Y by Veska forces": the "by"
    phrase of a deed's noun, also one the parser hung on the active verb (which has no
    passive agent) whose object the noun is, names its doer when it is a name or a name's
    forces (a bare "by police" is read elsewhere)."""
    if noun.pos_ != "NOUN":
        return None
    phrases = [c for c in noun.children if c.dep_ in {"agent", "prep"}]
    verb = noun.head
    if noun.dep_ == "dobj" and not any(c.dep_ == "auxpass" for c in verb.children):
        phrases += [c for c in verb.children if c.dep_ in {"agent", "prep"} and c.i > noun.i]
    for by in phrases:
        if by.lower_ == "by":
            return next((p for p in by.children if p.dep_ == "pobj" and (
                p.pos_ == "PROPN" or p.lemma_.lower() in MEMBER_NOUNS and any(
                    c.dep_ == "compound" and c.pos_ == "PROPN" for c in p.children))), None)
    return None


#: Adjectives that make armed men someone's ("forces loyal to X", "troops faithful to X").
LOYAL_WORDS = frozenset({"loyal", "faithful", "allied", "answerable", "linked"})


def loyal_to(token: Token) -> Token | None:
    """"forces loyal to X seized Y", "Y was taken by troops loyal to X": the one the doers
    are loyal to (their own name the forces lack)."""
    doers = [c for c in token.children if c.dep_ == "nsubj"]
    doers += [p for a in token.children if a.dep_ == "agent"
              for p in a.children if p.dep_ == "pobj"]
    for doer in doers:
        if doer.lemma_.lower() not in MEMBER_NOUNS:
            continue
        for adj in doer.children:
            if adj.dep_ != "amod" or adj.lower_ not in LOYAL_WORDS:
                continue
            for to in adj.children:
                if to.dep_ == "prep" and to.lower_ == "to":
                    return next((p for p in to.children if p.dep_ == "pobj"), None)
    return None


#: Words for a share of a place taken or held ("most of Y", "the bulk of Y").
SHARE_WORDS = frozenset({"most", "much", "half", "bulk", "majority", "rest", "all", "some",
                         "remainder", "swathe", "swath", "third", "quarter"})
#: Classes whose object may be a share of a place.
SHARE_CLASSES = frozenset({"ControlEvent", "ConflictEvent", "MovementEvent"})


def _shared_places(token: Token, res: Resolver) -> list[str]:
    """The places the object of ``token`` is a share of ("controls most of Y")."""
    out = []
    for obj in token.children:
        if obj.dep_ not in {"dobj", "nsubjpass"} or obj.lemma_.lower() not in SHARE_WORDS:
            continue
        for of in obj.children:
            if of.dep_ == "prep" and of.lower_ == "of":
                for p in of.children:
                    key = res.entity_of(p, allow_pronoun=False) if p.dep_ == "pobj" else None
                    if key is not None and res.table.type_of(key) == "Place":
                        out.append(key)
    return out
