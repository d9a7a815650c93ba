"""Ground named through a part of it or through what lies around it: "took parts of X",
"controls large swathes of X", "holds most / half / the north of X", "seized several
villages around X", "three districts leading to X". The name is the whole the part is
of, or the place the ground taken lies by; what is taken is ground, so the name is a
place and the event's place.

``whole_owner`` gives the common noun such a name completes ("parts", "villages"), for the
rules of held ground (``kg.extract.towns.held_by_control``) to test in the name's stead.
Syntax and broad lexicons only, no names.
"""

from __future__ import annotations

from spacy.tokens import Token

#: Nouns of a part or a quantity of a whole ("parts of X", "swathes of X", "most of X",
#: "the north of X", "the outskirts of X", "districts of X", "the whole of X").
PARTITIVE_NOUNS = frozenset({
    "part", "swathe", "swath", "most", "much", "half", "bulk", "rest", "remainder",
    "majority", "area", "section", "portion", "chunk", "stretch", "tract", "piece",
    "third", "quarter", "north", "south", "east", "west", "northeast", "northwest",
    "southeast", "southwest", "north-east", "north-west", "south-east", "south-west",
    "outskirts", "outskirt", "centre", "center", "heart", "edge", "district",
    "neighbourhood", "neighborhood", "suburb", "village", "town", "street", "sector",
    "zone", "territory", "countryside", "environs", "whole", "entirety"})
#: Nouns of ground that lies by a place ("villages around X", "positions near X").
SURROUNDING_NOUNS = frozenset({
    "village", "hamlet", "town", "settlement", "district", "area", "neighbourhood",
    "neighborhood", "suburb", "position", "base", "hill", "height", "checkpoint", "road",
    "highway", "outpost", "farmland", "territory", "ground", "land", "locality"})
#: Prepositions of what lies by a place ("around X", "near X", "outside X").
SURROUNDING_PREPS = frozenset({"around", "near", "outside", "surrounding", "beside"})
#: Words whose "to" phrase is what lies close ("close to X", "next to X").
CLOSE_WORDS = frozenset({"close", "next", "adjacent"})
#: Verbs of a clause on ground that says what it lies by ("districts leading to X",
#: "villages surrounding X", "hills overlooking X").
BY_VERBS = frozenset({"lead", "surround", "overlook", "border", "ring", "encircle"})


def whole_owner(token: Token) -> Token | None:
    """The common noun of ground ``token`` (a name) completes as the whole of a part
    ("parts of X": parts) or as what it lies by ("villages near X": villages), or None."""
    head = token.head
    if token.dep_ == "pobj":
        owner = head.head
        if head.lower_ == "of":
            return owner if _noun_in(owner, PARTITIVE_NOUNS) else None
        if head.lower_ in SURROUNDING_PREPS:
            return owner if _noun_in(owner, SURROUNDING_NOUNS) else None
        if head.lower_ == "to" and owner.lower_ in CLOSE_WORDS:
            return owner.head if _noun_in(owner.head, SURROUNDING_NOUNS) else None
        if head.lower_ == "to" and owner.dep_ == "acl" and owner.lemma_.lower() in BY_VERBS:
            return owner.head if _noun_in(owner.head, SURROUNDING_NOUNS) else None
        return None
    if token.dep_ == "dobj" and head.dep_ == "acl" and head.lemma_.lower() in BY_VERBS:
        return head.head if _noun_in(head.head, SURROUNDING_NOUNS) else None
    return None


def _noun_in(token: Token, nouns: frozenset[str]) -> bool:
    """A common noun (or a quantity word: "most", "much") whose lemma is in ``nouns``."""
    return token.pos_ in {"NOUN", "ADJ", "PRON", "ADV"} and (
        token.lemma_.lower() in nouns or token.lower_ in nouns)
