"""The named side a description of fighters stands for: "the rebels", "the insurgents",
"surviving separatists" in the agent seat, when the text has made an entity of the bare
description, is the organisation the text itself calls so.

The text says which organisation its rebels are in one of a few ways: it puts the name
on the noun ("Kelvar Militia rebels", "rebels of the Orrin Front", "the Front's
fighters"), calls the organisation by the noun's adjective ("the Orrin Front, a rebel
group", "the Orrin Front is a rebel movement"), or qualifies the noun by the
place or people the name is of ("Veskan rebels" beside the "Veska Liberation Front").
When exactly one named organisation is tied to the noun so, the description is that
organisation; when none or several are, it stays what it is.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.coref import Resolver
from kg.extract.entities import is_description
from kg.extract.events import FIGHTER_NOUNS, GENERIC_GROUP_NOUNS, EventDraft
from kg.extract.lexicon import demonym_of

#: Nouns for a group the adjective of a fighter noun describes ("a rebel group").
SIDE_GROUP_NOUNS = GENERIC_GROUP_NOUNS | {"movement", "faction", "force", "forces", "army",
                                          "militia", "front", "outfit", "side", "fighter"}


def named_sides(doc: Doc, res: Resolver, events: list[EventDraft]) -> None:
    """Replace each agent that is a bare description of fighters ("rebels") by the one
    named organisation the text calls so."""
    labels = {e.key: e.label for e in res.table.entities}
    found: dict[str, str | None] = {}
    for ev in events:
        for n, key in enumerate(ev.agents):
            noun = _fighter_noun(labels.get(key, ""))
            if noun is None:
                continue
            if noun not in found:
                found[noun] = _side_called(doc, res, noun, labels)
            side = found[noun]
            if side is not None and side not in ev.agents:
                ev.agents[n] = side


def _fighter_noun(label: str) -> str | None:
    """The fighter noun a bare description's label is ("rebels" -> "rebel"), else None."""
    if not label or not is_description(label) or " " in label.strip():
        return None
    word = label.strip().lower()
    noun = word[:-1] if word.endswith("s") else word
    return noun if noun in FIGHTER_NOUNS else None


def _side_called(doc: Doc, res: Resolver, noun: str, labels: dict[str, str]) -> str | None:
    """The one named organisation the text ties to the fighter noun, or None."""
    named = {k for k, label in labels.items() if res.table.type_of(k) == "Organization"
             and not is_description(label)}
    tied: set[str] = set()
    for t in doc:
        if t.lemma_.lower() != noun and t.lower_.rstrip("s") != noun:
            continue
        tied.update(k for k in _names_on(t, res) if k in named)
        if (k := _group_called(t, res)) in named:
            tied.add(k)
        tied.update(_people_of(t, labels, named))
        if len(tied) > 1:
            return None
    return tied.pop() if tied else None


def _names_on(noun: Token, res: Resolver) -> list[str]:
    """Entities named on the fighter noun: "Kelvar Militia rebels", "the Front's fighters",
    "rebels of the Orrin Front"."""
    out = [k for c in noun.children if c.dep_ in {"compound", "poss", "nmod"}
           and (k := res.table.at(c)) is not None]
    out += [k for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children if o.dep_ == "pobj" and (k := res.table.at(o)) is not None]
    return out


def _group_called(word: Token, res: Resolver) -> str | None:
    """The organisation a group noun the fighter word qualifies is said of: "the Orrin
    Front, a rebel group" (in apposition to the name), "the Orrin Front is a rebel
    movement". A group noun on its own ("the rebel group's aim") is not resolved here:
    the organisation named last is as likely the other side."""
    group = word.head
    if word.dep_ not in {"amod", "compound"} or group.lemma_.lower() not in SIDE_GROUP_NOUNS:
        return None
    if group.dep_ == "appos":
        return res.table.at(group.head)
    if group.dep_ == "attr" and group.head.lemma_ == "be":
        return next((k for c in group.head.children if c.dep_ == "nsubj"
                     and (k := res.table.at(c)) is not None), None)
    return None


def _people_of(noun: Token, labels: dict[str, str], named: set[str]) -> list[str]:
    """Named organisations whose name holds the place or people that qualifies the noun:
    "Veskan rebels" and the "Veska Liberation Front"."""
    out = []
    for c in noun.children:
        if c.dep_ not in {"amod", "compound"} or not c.text[:1].isupper():
            continue
        out += [k for k in named if any(w == c.text or demonym_of(c.text, w)
                                        for w in labels[k].split() if w[:1].isupper())]
    return out
