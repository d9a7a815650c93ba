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

Also here: an indefinite group that acts unnamed ("an armed group seized the town hall")
is the one organisation the next sentences introduce as such a group under its own name
("a group calling itself X", "the faction, known as X").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.coref import Resolver
from kg.extract.entities import is_description
from kg.extract.events import FIGHTER_NOUNS, GENERIC_GROUP_NOUNS, EventDraft, acting_subject
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


#: Verbs by which a group is introduced under its own name ("a group calling itself X",
#: "a faction known as X", "a movement called X").
NAMING_VERBS = frozenset({"call", "name", "style", "dub", "know"})
#: How many sentences after an unnamed group its name may come.
NAMED_WINDOW = 2


def self_named_groups(doc: Doc, res: Resolver, events: list[EventDraft]) -> None:
    """"An armed group seized the town hall. A group calling itself the Patriotic Dawn
    Council announced the seizure": an indefinite group that acts unnamed is the
    one organisation introduced just after as a group of that noun "calling itself",
    "known as" or "called" its name."""
    named: dict[str, list[tuple[int, str]]] | None = None
    for ev in events:
        verb = doc[ev.token]
        if ev.agents:
            continue
        subj = acting_subject(verb)
        if subj is None or not _indefinite_group(subj) or res.table.at(subj) is not None:
            continue
        if named is None:
            named = _groups_by_name(doc, res)
        here = res.sentence_of(subj)
        keys = {k for i, k in named.get(subj.lemma_.lower(), [])
                if 0 <= res.sentence_of(doc[i]) - here <= NAMED_WINDOW}
        if len(keys) == 1:
            ev.agents.append(keys.pop())


def _indefinite_group(word: Token) -> bool:
    return word.pos_ == "NOUN" and word.lemma_.lower() in SIDE_GROUP_NOUNS and any(
        c.dep_ == "det" and c.lower_ in {"a", "an"} for c in word.children)


def _groups_by_name(doc: Doc, res: Resolver) -> dict[str, list[tuple[int, str]]]:
    """Group noun -> (token, organisation) for each "a group calling itself X" (also
    "known as X", "called X") in the text."""
    out: dict[str, list[tuple[int, str]]] = {}
    for key, spans in res.table.mention_spans.items():
        if res.table.type_of(key) != "Organization":
            continue
        for start, end in spans:
            root = doc[start:end].root
            verb = root.head if root.dep_ in {"oprd", "xcomp", "dobj", "attr", "ccomp"} else (
                root.head.head if root.dep_ == "pobj" and root.head.lower_ == "as" else None)
            if verb is None or verb.lemma_.lower() not in NAMING_VERBS or verb.dep_ != "acl":
                continue
            out.setdefault(verb.head.lemma_.lower(), []).append((verb.head.i, key))
    return out
