"""Which place a description stands for: "the town", "the city", "the capital", "the
province" point back to a place the text has named, and only to one of a kind that fits.
A place the text called a town ("X, a town in the east", "the town of X") may be "the
city" or "the capital" later, never "the province"; a place the text put another place in
("X in Y", "a town in Y") is a region or a country, never "the town". Broad lexicons only,
no names.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from kg.extract.lexicon import SPREAD_NOUNS, TOWN_QUARTER_NOUNS

if TYPE_CHECKING:
    from kg.extract.entities import EntityTable

#: Nouns of a settlement: "a town in Y" puts a settlement in Y, so Y is larger.
SETTLEMENT_NOUNS = frozenset({"town", "city", "village", "hamlet", "settlement", "capital",
                              "suburb", "neighbourhood", "neighborhood", "port"})
#: Nouns of a unit of land or of government that holds settlements.
UNIT_NOUNS = frozenset({"province", "district", "region", "county", "municipality",
                        "governorate", "oblast", "prefecture", "canton", "borough", "state",
                        "territory", "country", "valley", "island", "peninsula", "area"})


def kinds_agree(described: str, known: str | None) -> bool:
    """Whether a description's noun ("town") may stand for a place the text called
    ``known`` ("city": yes; "province", "region": no); an unknown kind agrees with all."""
    if known is None or known == described:
        return True
    if known in TOWN_QUARTER_NOUNS:  # "X, a slum": "the estate", never "the city"
        return described in TOWN_QUARTER_NOUNS or described not in SETTLEMENT_NOUNS
    if described in SETTLEMENT_NOUNS:
        return known in SETTLEMENT_NOUNS
    if described in UNIT_NOUNS:
        return known not in SETTLEMENT_NOUNS and known in UNIT_NOUNS and described != "country"
    return True


def fits_description(doc: Doc, table: EntityTable, key: str, noun: str,
                     given: set[str]) -> bool:
    """Whether a place the text did not call ``noun`` may still be "the ``noun``": none of
    the kinds it was given (``given``: "X province") disagrees, and, for a settlement ("the
    town"), the text never put another place in it ("X in Y", "X, Y": Y is larger)."""
    if given and not any(kinds_agree(noun, k) for k in given):
        return False
    return noun not in SETTLEMENT_NOUNS or not holds_place(doc, table, key)


def holds_place(doc: Doc, table: EntityTable, key: str) -> bool:
    """Whether the text puts another place, or a settlement, in the place ``key``: "X in
    Y", "a town in Y", "X, Y" (Y after a place's name and a comma)."""
    for start, end in table.mention_spans.get(key, []):
        head = doc[end - 1]
        while head.head.i != head.i and start <= head.head.i < end:
            head = head.head
        if head.dep_ == "pobj" and head.head.lower_ == "in":
            inner = head.head.head
        elif head.dep_ == "appos" and start >= 2 and doc[start - 1].text == ",":
            inner = head.head
        elif (found := described_in_apposition(head)) is not None:
            inner = found  # "X, a town on the coast of Y"
        else:
            continue
        if inner.pos_ == "NOUN" and inner.lemma_.lower() in SETTLEMENT_NOUNS:
            return True  # "a town in Y"
        other = table.at(inner) if inner.pos_ == "PROPN" else None  # not "the station in Y"
        if other is not None and other != key and table.type_of(other) == "Place" \
                and not called_a_quarter(inner):
            return True  # "X in Y", "X, Y"; not "X, a slum in Y" (a city holds slums)
    return False


#: Nouns of a settlement or a unit of land a name in apposition to is one of ("X, a town
#: in Y", "X, the provincial capital").
_APPOSED_KINDS = SETTLEMENT_NOUNS | UNIT_NOUNS | TOWN_QUARTER_NOUNS | {"hamlet", "stronghold"}


def called_a_place(name: Token) -> bool:
    """"X, a town in the hills", "X, the provincial capital", "X, a shantytown", "X, a
    network of slums": a name the text calls a settlement, a quarter or a unit of land by
    apposition (not "X, the town's mayor")."""
    return any(c.dep_ == "appos" and c.pos_ == "NOUN" and spread_kind(c) in _APPOSED_KINDS
               and not any(d.dep_ == "poss" for d in c.children) for c in name.children)


def called_a_quarter(name: Token) -> bool:
    """"X, a hillside favela", "X, a network of slums": a name the text calls a quarter."""
    return any(c.dep_ == "appos" and c.pos_ == "NOUN" and spread_kind(c) in TOWN_QUARTER_NOUNS
               for c in name.children)


def spread_kind(noun: Token) -> str:
    """The kind a noun gives a name in apposition: its own lemma, or for a spread of many
    quarters ("X, a sprawling network of slums", "a warren of tenements") the quarter's
    (not "a network of activists")."""
    lemma = noun.lemma_.lower()
    if lemma not in SPREAD_NOUNS:
        return lemma
    return next((p.lemma_.lower() for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                 for p in c.children if p.dep_ == "pobj"
                 and p.lemma_.lower() in TOWN_QUARTER_NOUNS), lemma)


def described_in_apposition(name: Token) -> Token | None:
    """"X, a town on the coast of Y": the name (X) whose apposition ``name`` (Y) stands
    in as a locator, a few levels down; else None."""
    t = name
    for _ in range(_APPOSITION_DEPTH):
        if t.head.i == t.i:
            return None
        if t.dep_ == "appos" and t.pos_ == "NOUN":
            return t.head if t.head.pos_ == "PROPN" else None
        t = t.head
    return None


_APPOSITION_DEPTH = 6
