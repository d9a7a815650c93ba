"""Places a report names only after the event: a lead tells of "a strategic town in the
north of X" or "a village near the border", and a sentence after it names the site: "The
town, Y, ...", "the village of Y", "the camp at Y", "Y, a town of 20,000, ...". The event
happened in Y as well as in X, so Y joins its places (X stays: the region is right too).

Narrow on purpose: the event's own object or place phrase must be an indefinite noun of a
settlement or a site ("a town", "a military camp"), and one of the next two sentences of
the same paragraph must name that same kind of place, pointed back to ("the town") or put
in apposition to a name; another one of the kind ("another village", "a second camp") or
a place only said to be around it ("the town in X") names nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from kg.extract.coref import Resolver
from kg.extract.facilities import FACILITY_NOUNS
from kg.extract.place_kinds import SETTLEMENT_NOUNS
from kg.extract.tokens import sent_of

if TYPE_CHECKING:
    from kg.extract.events import EventDraft

#: Nouns of a place a report may name only later ("a town", "a farm", "a camp").
SITE_NOUNS = SETTLEMENT_NOUNS | FACILITY_NOUNS | frozenset({
    "farm", "market", "mosque", "church", "temple", "shrine", "mine", "plantation",
    "district", "neighbourhood", "island"})
#: Links by which an event takes the place it happened at or to ("attacked a village",
#: "in a village", "a town was captured").
_SITE_DEPS = frozenset({"dobj", "nsubjpass"})
_SITE_PREPS = frozenset({"in", "at", "on", "into", "near", "inside", "outside"})
#: Prepositions by which a later mention gives the site's own name ("the town of Y",
#: "the camp at Y", "the farm near Y").
_NAMING_PREPS = frozenset({"of", "at", "near", "outside"})
_DEFINITE = frozenset({"the", "this"})
_INDEFINITE = frozenset({"a", "an"})
SENTENCES_AHEAD = 2


def places_named_later(doc: Doc, res: Resolver, events: list[EventDraft]) -> None:
    """Add to each event at an indefinite site the place a later sentence names it by."""
    for ev in events:
        site = _indefinite_site(doc[ev.token])
        if site is None:
            continue
        key = _named_ahead(site, res)
        if key is not None and key not in ev.places and key not in ev.agents:
            ev.places.append(key)


def _indefinite_site(trigger: Token) -> Token | None:
    """"attacked a village", "stormed a military camp", "clashes in a town", "fire broke
    out at a market": the indefinite site noun the trigger takes as its object or in its
    place phrase (or that of the verb it is the subject of)."""
    heads = [trigger, trigger.head] if trigger.dep_ == "nsubj" else [trigger]
    words = [c for c in trigger.children if c.dep_ in _SITE_DEPS]
    words += [p for h in heads for c in h.children if c.dep_ == "prep"
              and c.lower_ in _SITE_PREPS for p in c.children if p.dep_ == "pobj"]
    return next((w for w in words if _kind(w) and any(
        d.dep_ == "det" and d.lower_ in _INDEFINITE for d in w.children)), None)


def _kind(noun: Token) -> bool:
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in SITE_NOUNS


def _named_ahead(site: Token, res: Resolver) -> str | None:
    """The place one of the next sentences names the same kind of site by."""
    doc, lemma = site.doc, site.lemma_.lower()
    sent = sent_of(site)
    for _ in range(SENTENCES_AHEAD):
        if sent.end >= len(doc):
            return None
        nxt = sent_of(doc[sent.end])
        last = next((t for t in reversed(sent) if not t.is_space), sent[-1])
        first = next((t for t in nxt if not t.is_space), nxt[0])
        if "\n" in doc.text[last.idx + len(last):first.idx]:
            return None  # a new paragraph tells of something else
        sent = nxt
        for t in sent:
            if t.pos_ == "NOUN" and t.lemma_.lower() == lemma and (
                    key := _name_of(t, res)) is not None:
                return key
    return None


def _name_of(noun: Token, res: Resolver) -> str | None:
    """"The town, Y,", "the town of Y", "the camp at Y", "the Y camp", "the market, in the
    town of Y" (pointed back to), or "Y, a town of 20,000" (in apposition to a name): the
    place the noun is named by."""
    dets = {d.lower_ for d in noun.children if d.dep_ == "det"}
    names: list[Token | None] = []
    if dets & _DEFINITE:
        names += [c for c in noun.children if c.dep_ in {"appos", "compound"}]
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ in _NAMING_PREPS | {"in"}:
                names += [_town_named(p) if p.lemma_.lower() in SETTLEMENT_NOUNS
                          else p if c.lower_ != "in" else None
                          for p in c.children if p.dep_ == "pobj"]
    if dets & (_DEFINITE | _INDEFINITE) and noun.dep_ == "appos":
        names.append(noun.head)
    for name in names:
        key = res.table.at(name) if name is not None else None
        if key is not None and res.table.type_of(key) == "Place":
            return key
    return None


def _town_named(noun: Token) -> Token | None:
    """"the town of Y", "the village, Y,": the name a settlement noun carries ("the farm,
    near the town of Y", "the market, in the town of Y": the site is in Y)."""
    for c in noun.children:
        if c.dep_ in {"appos", "compound"}:
            return c
        if c.dep_ == "prep" and c.lower_ == "of":
            return next((p for p in c.children if p.dep_ == "pobj"), None)
    return None
