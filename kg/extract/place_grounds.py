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

from spacy.tokens import Doc, Token

from kg.extract.lexicon import PLACE_NOUNS, PLACE_PREPS, REPORTING_VERBS, ROLE_NOUNS

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
    goes into or is in before one it comes from or lies near ("pushed into X from Y": X),
    and the town before the site in it ("seized the radio station in X": X)."""
    trigger, places = min(events, key=lambda e: (_in_relative(e[0]), _depth(e[0]), e[0].i))
    first = {k: i for i, k in reversed(named)}
    doc = trigger.doc
    best = min(places, key=lambda k: (k in first and _beside(doc[first[k]]),
                                      not (k in first and _holds_site(doc[first[k]]))))
    return _town_of_site(doc, best, first, dict(named)) or best


def _town_of_site(doc: Doc, key: str, first: dict[str, int], at: dict[int, str]) -> str | None:
    """"the radio station in X": the place named in a site's own phrase, the town it is in."""
    if key not in first:
        return None
    head = doc[first[key]]
    while at.get(head.head.i) == key and head.head.i != head.i:
        head = head.head
    return next((k for c in head.children if c.dep_ == "prep" and c.lower_ in {"in", "at"}
                 for p in c.children if p.dep_ == "pobj" and (k := at.get(p.i)) is not None
                 and k != key and _holds_site(p)), None)


def elsewhere(name: Token, trigger: Token) -> bool:
    """Whether a place name says where someone other than the event is: where a speaker
    speaks of it ("Speaking in X, the minister said the attack ...", "told reporters in X
    that ..."), or where a person or body the clause speaks of is from ("The minister, who
    grew up in X, resigned"). A speaker's own place ("Police in X said ...") and a place in
    what is said ("said they held a town in X") are not."""
    verb = spoken_at(name, trigger)
    if verb is not None and (_holds(verb, trigger) or (
            verb.dep_ == "advcl" and _speaking(verb.head) and _holds(verb.head, trigger))):
        return True  # "Speaking in X, the minister said ..."
    t = name
    while t.head.i != t.i and t.dep_ not in {"nsubj", "nsubjpass"}:
        if t.dep_ == "relcl" and not _holds(t, trigger) and _actor(t.head):
            return True
        t = t.head
    return False


def spoken_at(name: Token, trigger: Token | None = None) -> Token | None:
    """The verb of speaking whose place phrase a name stands in ("told reporters in X",
    "speaking on television in X", "said in X"; not "declared X under its control", nor
    "Police in X said", nor "said they held a town in X"); None if the way up meets
    ``trigger`` first."""
    t, placed = name, False  # placed: a place phrase ("in X") on the way up
    while t.head.i != t.i:
        if t.dep_ in {"nsubj", "nsubjpass"} or (t.dep_ in CLAUSE_DEPS and not _speaking(t)):
            return None
        placed = placed or (t.dep_ == "prep" and t.lower_ in LOCATIVE_PREPS)
        t = t.head
        if trigger is not None and t.i == trigger.i:
            return None
        if placed and _speaking(t):
            return t
    return None


def holds_event(event: Token, trigger: Token) -> bool:
    """Whether ``trigger`` stands below ``event`` in the parse, in its phrase or clause, or
    in a clause joined to it ("shelled X, killing six", "were fighting in X and had
    repelled attacks"); not in a clause of its own ("was overthrown hours after he left
    for Y for talks", "said that ...", "who ...")."""
    t = trigger
    while t.head.i != t.i:
        if t.dep_ in CLAUSE_DEPS and t.dep_ != "conj" and (t.dep_ not in {"advcl", "xcomp"} or any(
                c.dep_ == "mark" for c in t.children)):
            return False
        t = t.head
        if t.i == event.i:
            return True
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


def _holds_site(name: Token) -> bool:
    """"the radio station in X", "most of the flats in X": a name that holds a site the
    event is at (not "the biggest town in X", which only says where a town lies)."""
    site = name.head.head
    return (name.dep_ == "pobj" and name.head.lower_ in {"in", "at", "inside"}
            and site.pos_ == "NOUN" and site.dep_ != "appos"
            and site.lemma_.lower() not in PLACE_NOUNS)


def _beside(name: Token) -> bool:
    """"from X", "near X": a name an event comes from or lies near."""
    return name.dep_ == "pobj" and name.head.lower_ in BESIDE_PREPS
