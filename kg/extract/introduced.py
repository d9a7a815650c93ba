"""Which named town a description of one stands for when it locates it only by a larger
place: "took control of a strategic town in northern Veska", "seized Veska's capital",
"the capital of Veska, Halvik".

News leads often give the place taken by a description first and its name after ("Rebels
said they had taken a key town in northern Veska ... fighting for Tarsk"), or hang the
name on the larger place ("a town in northern Veska, Tarsk": the parser makes Tarsk
Veska's apposition). The event is at the town, which the larger place only locates; the
larger place stays beside it (a description that points back, "the town", is
``facilities.described_site``'s).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.coref import Resolver
from kg.extract.facilities import FACILITY_NOUNS, _kinds_given, org_name
from kg.extract.place_kinds import SETTLEMENT_NOUNS, fits_description

#: Dependencies by which a settlement noun describes the word a control event holds ("in
#: control of a town and military command in X": the parser makes "town" a modifier).
_DESCRIBING_DEPS = frozenset({"nmod", "compound", "conj"})
#: Prepositions by which a larger place locates a settlement ("a town in X", "the
#: capital of X").
_LOCATING_PREPS = frozenset({"in", "of"})
#: How many sentences after the description its name may come.
NAMED_WITHIN = 2
_PHRASE_LIMIT = 16


def introduced_settlement(word: Token, res: Resolver, acting: set[str]) -> tuple[str, str] | None:
    """(the town, the larger place) when ``word`` (what a control event holds) is a
    settlement described by a larger place and named in apposition or just after: "a
    key town in northern Veska, Tarsk", "a town in Veska ... fighting for Tarsk",
    "Veska's capital" after "Halvik, the capital of Veska"; None when the text names no
    such town, or the description names one itself ("the town of Tarsk", "Tarsk
    town")."""
    noun = _settlement_noun(word)
    if noun is None:
        return None
    region_words = _locators(noun)
    table = res.table
    regions = {k for t in region_words if (k := table.at(t)) is not None
               and table.type_of(k) == "Place"}
    if not regions:
        return None
    for t in region_words:  # "a town in northern Veska, Tarsk": the name the parser hung
        for c in t.children:  # on the larger place
            key = table.at(c) if c.dep_ == "appos" and c.pos_ == "PROPN" else None
            if key is not None and key not in regions and (table.type_of(key) == "Place" or (
                    key not in acting and not org_name(table, key))):
                return key, next(iter(regions))
    named = _named_after(noun, res, regions | acting)
    return (named, next(iter(regions))) if named is not None else None


def _settlement_noun(word: Token) -> Token | None:
    """The settlement noun of the phrase ``word`` heads, with no name of its own."""
    for t in (word, *(c for c in word.children if c.dep_ in _DESCRIBING_DEPS)):
        if t.pos_ == "NOUN" and t.lemma_.lower() in SETTLEMENT_NOUNS and not any(
                c.dep_ in {"compound", "appos"} and c.pos_ == "PROPN" for c in t.children):
            return t
    return None


def _locators(noun: Token) -> list[Token]:
    """The words of the larger place that locates a settlement noun: its possessor
    ("Veska's capital") and the objects of its "in" / "of" phrases, on the noun, on the
    phrase it modifies ("a town and command in Y") or on the verb it is the object of
    ("entered a town in Y")."""
    heads = [noun, noun.head] if noun.dep_ in _DESCRIBING_DEPS else [noun]
    if noun.dep_ == "dobj":  # "entered a town in eastern Veska": "in" hung on the verb
        heads.append(noun.head)
    out = []
    for h in heads:
        for c in h.children:
            if c.dep_ == "poss" and c.pos_ == "PROPN":
                out.append(c)
            elif c.dep_ == "prep" and c.lower_ in _LOCATING_PREPS:
                for p in (p for p in c.children if p.dep_ == "pobj"):
                    out.extend(t for t in p.subtree if t.pos_ == "PROPN" and (
                        t.i == p.i or t.head.i == p.i and t.dep_ != "appos"))
    return out[:_PHRASE_LIMIT]


def _named_after(noun: Token, res: Resolver, excluded: set[str]) -> str | None:
    """The first place named after ``noun`` that may be the settlement it describes (not
    one the text calls a region, nor one that holds another place): in its sentence, or
    in the next ones when the text calls it a town ("the town of X", "X, a village");
    for "capital", one the text calls a capital anywhere."""
    doc, table = noun.doc, res.table
    here, lemma = res.sentence_of(noun), noun.lemma_.lower()
    best: tuple[int, str] | None = None
    for e in table.entities:
        if e.key in excluded or table.type_of(e.key) != "Place":
            continue
        words = e.label.lower().split()
        if not words or words[-1] in FACILITY_NOUNS or " of " in e.label:
            continue  # a site ("the Orrin airport") is not the town
        given = _kinds_given(doc, table, e.key)
        if not given & SETTLEMENT_NOUNS and not fits_description(doc, table, e.key, lemma,
                                                                 given):
            continue  # a town the text calls one is one, whatever sites lie in it
        if lemma == "capital" and "capital" in given:
            return e.key
        called = bool(given & SETTLEMENT_NOUNS)  # "the town of X": told to be one
        after = [s for s, _ in table.mention_spans.get(e.key, []) if s > noun.i and (
            res.sentence_of(doc[s]) == here or called
            and res.sentence_of(doc[s]) - here <= NAMED_WITHIN)]
        if after and (best is None or min(after) < best[0]):
            best = (min(after), e.key)
    return best[1] if best is not None else None
