"""Which place a sentence is about, and which places it names only to say where someone
else is.

A sentence that names two places usually happens in one of them: "Government troops
pushed into X from Y" happens in X, which a later "the enclave" or "the town" points back
to (``main_place``: the place of the sentence's main event, the one it went into or
happened in before the one it came from). A place can also say where the speaker spoke
("Speaking in X, the minister said the attack ...") or where the subject comes from ("The
minister, who grew up in X, resigned"): it is not where the events the sentence tells of
happened (``elsewhere``). Read at the event, in ``kg.extract.places``.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.lexicon import PLACE_PREPS, REPORTING_VERBS, ROLE_NOUNS

#: Clause links a place phrase is not read across (another clause, another statement).
CLAUSE_DEPS = frozenset({"ccomp", "relcl", "advcl", "acl", "xcomp", "conj", "parataxis"})
#: Determiners of a description that points back ("the town", "this city").
DEFINITE_DETS = frozenset({"the", "this", "that", "these", "those"})
#: Prepositions that give a clause's location ("... in X", "... at X").
LOCATIVE_PREPS = PLACE_PREPS | {"at", "around", "within"}
#: Prepositions of a place an event comes from or lies near, not where it ends up ("pushed
#: into X from Y", "entered X, near Y").
BESIDE_PREPS = frozenset({"from", "near", "toward", "towards", "off", "beyond"})
#: Verbs of speaking whose place phrase is where the speaker spoke, not where the events
#: spoken of happened ("told reporters in X that ...", "speaking in X").
SPEAKING_VERBS = frozenset(REPORTING_VERBS) | {"speak", "address", "talk"}
#: Nouns of people and bodies a relative clause may tell of ("the minister, who was born
#: in X, ...").
ACTOR_NOUNS = ROLE_NOUNS | {"man", "woman", "people", "officials", "leaders", "residents",
                            "resident", "witness", "witnesses"}


def main_place(events: list[tuple[Token, list[str]]], named: list[tuple[int, str]]) -> str:
    """The place a sentence is about, from its events with places of their own
    (``events``: trigger, places) and the places it names (``named``: token, place): the
    main event's (the trigger nearest the root, outside relative clauses), the place it
    goes into or is in before one it comes from or lies near ("pushed into X from Y": X)."""
    trigger, places = min(events, key=lambda e: (_in_relative(e[0]), _depth(e[0]), e[0].i))
    first = {k: i for i, k in reversed(named)}
    doc = trigger.doc
    return min(places, key=lambda k: k in first and _beside(doc[first[k]]))


def elsewhere(name: Token, trigger: Token) -> bool:
    """Whether a place name says where someone other than the event is: where a speaker
    speaks of it ("Speaking in X, the minister said the attack ...", "told reporters in X
    that ..."), or where a person or body the clause speaks of is from ("The minister, who
    grew up in X, resigned"). A speaker's own place ("Police in X said ...") and a place in
    what is said ("said they held a town in X") are not."""
    t, placed = name, False  # placed: a place phrase ("in X") on the way up
    while t.head.i != t.i:
        if t.dep_ in {"nsubj", "nsubjpass"}:
            return False  # "Police in X said ...", "Fighting in X ..."
        if t.dep_ == "relcl" and not _holds(t, trigger) and _actor(t.head):
            return True
        if t.dep_ in CLAUSE_DEPS and not _speaking(t):
            return False  # "said they held a town in X", "said X had fallen"
        placed = placed or (t.dep_ == "prep" and t.lower_ in LOCATIVE_PREPS)
        t = t.head
        if t.i == trigger.i:
            return False
        if placed and _speaking(t) and _holds(t, trigger):
            return True  # not "declared X under its control"
    return False


def takes_description(trigger: Token) -> bool:
    """"seized the enclave", "control of the pocket", "the stronghold fell": an event whose
    object or subject is a bare definite description (no name, no modifier of its own)."""
    words = [c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass", "nsubj"}]
    words += [p for c in trigger.children if c.dep_ == "prep" and c.lower_ == "of"
              for p in c.children if p.dep_ == "pobj"]
    return any(w.pos_ == "NOUN" and any(d.dep_ == "det" and d.lower_ in DEFINITE_DETS
                                        for d in w.children)
               and not any(d.dep_ in {"compound", "prep", "poss", "amod"} for d in w.children)
               for w in words)


def _speaking(word: Token) -> bool:
    return word.pos_ == "VERB" and word.lemma_.lower() in SPEAKING_VERBS


def _holds(clause: Token, trigger: Token) -> bool:
    return clause.left_edge.i <= trigger.i <= clause.right_edge.i


def _actor(noun: Token) -> bool:
    """A person or body a relative clause on a subject describes ("the minister, who
    ..."); not "clashes with militants, who claimed to have overrun X"."""
    if noun.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    return noun.ent_type_ in {"PERSON", "ORG", "NORP"} or (
        noun.pos_ == "NOUN" and noun.lemma_.lower() in ACTOR_NOUNS)


def _in_relative(token: Token) -> bool:
    """Whether a word stands in a relative clause ("the minister, who was born in X")."""
    t = token
    while t.head.i != t.i:
        if t.dep_ == "relcl":
            return True
        t = t.head
    return False


def _depth(token: Token) -> int:
    """How many heads up the root of the sentence is."""
    depth, t = 0, token
    while t.head.i != t.i:
        depth, t = depth + 1, t.head
    return depth


def _beside(name: Token) -> bool:
    """"from X", "near X": a name an event comes from or lies near."""
    return name.dep_ == "pobj" and name.head.lower_ in BESIDE_PREPS
