"""Where an event is when its place is told on what it acts on, or at sea: "seized a tanker
in the Gulf of Mirelle" (the phrase hangs on the tanker, not on the verb), "arrested three
reporters in Velmar", "seized a cargo ship off the coast of Pirel", "a ferry sank off
Tesk". The place of the object's own phrase is the event's, before a place read from the
rest of the sentence (the country in "Veska's navy" is whose navy, not where it acted).

"A man from Velmar was arrested" and "a reporter of the Velmar Courier" name no place of
the event: only the prepositions of location count (``OBJECT_PLACE_PREPS``).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.coref import Resolver
from kg.extract.lexicon import PLACE_PREPS

#: Prepositions by which a phrase on the object says where the deed was done.
OBJECT_PLACE_PREPS = PLACE_PREPS | {"off", "at"}
#: Nouns of a shore whose "of" phrase names the place: "off the coast of Pirel".
SHORE_NOUNS = frozenset({"coast", "shore", "shores", "coastline", "island", "port",
                         "waters", "harbour", "harbor"})


def object_places(verb: Token, res: Resolver, sides: set[str]) -> list[str]:
    """Places of the location phrases on ``verb``'s direct objects, and of its own "off"
    phrases; none that is one of the event's ``sides``."""
    if verb.pos_ != "VERB":
        return []
    out: list[str] = []
    for child in verb.children:
        if child.dep_ == "dobj":
            out.extend(_phrase_places(child, res, OBJECT_PLACE_PREPS))
        elif child.dep_ == "prep" and child.lower_ == "off":
            out.extend(_pobj_places(child, res))
    return [k for k in dict.fromkeys(out) if k not in sides]


def _phrase_places(noun: Token, res: Resolver, preps: frozenset[str]) -> list[str]:
    return [k for c in noun.children if c.dep_ == "prep" and c.lower_ in preps
            for k in _pobj_places(c, res)]


def _pobj_places(prep: Token, res: Resolver) -> list[str]:
    """The place a preposition's object names: the object itself ("in Velmar"), or a
    shore's "of" phrase ("off the coast of Pirel")."""
    out = []
    for pobj in prep.children:
        if pobj.dep_ != "pobj":
            continue
        key = res.entity_of(pobj, allow_pronoun=False, descriptions=False)
        if key is not None and res.table.type_of(key) == "Place":
            out.append(key)
        elif key is None and pobj.lemma_.lower() in SHORE_NOUNS:
            out.extend(_phrase_places(pobj, res, frozenset({"of"})))
    return out
