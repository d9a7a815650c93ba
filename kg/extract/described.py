"""Agents a text gives by description: the side it named before, or the side a person
leads.

News names an armed group once ("the Kelvar Liberation Front has fought the army since
May") and then goes on with what it is: "the rebels seized the bridge", "surviving
fighters withdrew", "the insurgents infiltrated Tesk". Such a bare description in the
agent seat is the named armed group mentioned last before it, when the text has one
("``fighter_sides``"). A group's name says it is armed and not the state's: a front, a
movement, a militia, a brigade, an alliance, a liberation or revolutionary army; the
state's forces ("the Lunet Armed Forces", "the national police") are never "the rebels".

"Piet Olsen's forces retreated", "Moreno's men withdrew": the armed men a person owns
are that person's side, not the person: the one organisation the text makes the person a
member of, else an organisation of its own, labelled as the text writes it ("Piet
Olsen's forces") (``forces_of_persons``).

Both read one token or two around each event's trigger and the entity table; they cost
nothing beside the parse.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.bodies import OTHER_WORDS
from kg.extract.coref import Resolver
from kg.extract.descriptions import (
    FIGHTERS,
    SIDE_FIGHTERS,
    STATE_FORCES,
    description_kind,
    named_body,
)
from kg.extract.events import EventDraft, acting_subject

#: Nouns for a person's armed men ("Olsen's forces", "Moreno's men").
PERSON_FORCES = frozenset({"force", "forces", "troop", "troops", "fighter", "man", "men",
                           "soldier", "militia", "loyalist", "guard", "gunman", "army"})

#: Nouns for a part of a body of men ("the bulk of his forces").
PART_NOUNS = frozenset({"body", "bulk", "rest", "remnant", "remainder", "part", "most",
                        "unit", "column", "contingent", "detachment", "convoy", "last"})


def fighter_sides(doc: Doc, res: Resolver, events: list[EventDraft]) -> None:
    """Give an event whose agent is a bare fighter description ("the rebels seized X",
    "the insurgents infiltrated Y", "the rebels said they had seized X") the armed group
    the text named last before it (``descriptions.named_body``); an agent already a named
    organisation or person stays."""
    for ev in events:
        word = _described_doer(doc[ev.token], res, ev)
        if word is None and ev.agents and all(_bare_description(res, k) for k in ev.agents) \
                and _told_by_side(doc[ev.token]):
            word = doc[ev.token]  # "the rebels said they had seized X": the speaker's side
        if word is None:
            continue
        key = named_body(res, FIGHTERS, word.i)
        if key is None or key in ev.participants:
            continue
        ev.agents[:] = [key, *(k for k in ev.agents if not _bare_description(res, k))]


def _told_by_side(token: Token) -> bool:
    """Whether the event names no doer of its own in the text (a pronoun, a passive, none),
    so that its agent came from who tells it."""
    doer = _by_phrase(token) or (acting_subject(token) if token.pos_ != "NOUN" else next(
        (c for c in token.children if c.dep_ == "poss"), None))
    return doer is None or doer.pos_ == "PRON"


def _described_doer(token: Token, res: Resolver, ev: EventDraft) -> Token | None:
    """The fighter description that does the event: its "by" phrase, else its subject (or,
    for an event noun, its owner, "the rebels' advance"), when the agents are none or only
    such descriptions."""
    if ev.agents and not all(_bare_description(res, k) for k in ev.agents):
        return None
    word = _by_phrase(token)
    if word is None and token.pos_ == "NOUN":
        word = next((c for c in token.children if c.dep_ == "poss"), None)
    elif word is None:
        word = _of_whole(acting_subject(token))  # "the last of the rebels withdrew"
    if word is None or word.pos_ != "NOUN" or word.lemma_.lower() not in SIDE_FIGHTERS:
        return None
    if word.tag_ != "NNS" and not any(c.dep_ == "det" and c.lower_ == "the"
                                      for c in word.children):
        return None  # "a fighter": anyone's
    if any(c.lower_ in OTHER_WORDS or c.dep_ in {"compound", "poss", "prep", "nummod"}
           or (c.dep_ == "amod" and (c.pos_ == "PROPN" or c.ent_type_)) for c in word.children):
        return None  # "rival rebels", "Dorran rebels", "rebels of X", "two gunmen": not bare
    key = res.table.at(word)
    return word if key is None or _bare_description(res, key) else None


def _by_phrase(token: Token) -> Token | None:
    """The "by" phrase of a passive or of an event noun ("was seized by the rebels", "an
    attack by the insurgents")."""
    return next((p for c in token.children
                 if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by"
                                          and token.pos_ == "NOUN")
                 for p in c.children if p.dep_ == "pobj"), None)


def _bare_description(res: Resolver, key: str) -> bool:
    """Whether an entity is a fighter description made an organisation ("rebels",
    "surviving rebels")."""
    entity = res.entities.get(key)
    return entity is not None and description_kind(entity.label) == FIGHTERS


def state_forces(doc: Doc, res: Resolver, events: list[EventDraft]) -> None:
    """"The Lunet Armed Forces said ... Government forces captured the airport": a
    description of the state's men as the agent is the one state armed body the text
    named before it (none when it named two, or none)."""
    for ev in events:
        if not ev.agents or not all(_kind_of(res, k) == STATE_FORCES for k in ev.agents):
            continue
        key = named_body(res, STATE_FORCES, ev.token)
        if key is not None and key not in ev.participants:
            ev.agents[:] = [key]


def kind_bodies(doc: Doc, res: Resolver, events: list[EventDraft]) -> None:
    """"The Vanta Competition Authority ... The regulator fined Tesk Bank": a body made
    from a bare kind noun in the agent seat is the one organisation of that kind the text
    named before the event."""
    for ev in events:
        if len(ev.agents) != 1:
            continue
        kind = _kind_of(res, ev.agents[0])
        if kind is None or kind in {FIGHTERS, STATE_FORCES}:
            continue
        key = named_body(res, kind, ev.token)
        if key is not None and key != ev.agents[0] and key not in ev.participants:
            ev.agents[:] = [key]


def _kind_of(res: Resolver, key: str) -> str | None:
    entity = res.entities.get(key)
    return description_kind(entity.label) if entity is not None else None


def forces_of_persons(doc: Doc, res: Resolver, events: list[EventDraft]) -> None:
    """"Piet Olsen's forces retreated": the agent read as the person Olsen is Olsen's side,
    the one organisation the text makes him a member of, else "Piet Olsen's forces"."""
    made: dict[str, str] = {}
    for ev in events:
        if not ev.agents:
            continue
        token = doc[ev.token]
        word = _of_whole(acting_subject(token) if token.pos_ != "NOUN" else None)
        if word is None or word.lemma_.lower() not in PERSON_FORCES or word.tag_ != "NNS" and (
                word.lower_ not in {"forces", "men", "troops"}):
            continue
        owner = next((c for c in word.children if c.dep_ == "poss"), None)
        person = res.table.at(owner) if owner is not None and owner.pos_ == "PROPN" else None
        if person is None or res.table.type_of(person) != "Person":
            continue
        if person not in ev.agents:  # the men made a side of their own by the entity
            # table ("Olsen's forces", entities._forces_of_people): the body he leads,
            # when the text names one
            side, forces = _led_by(res, person), res.table.at(word)
            if side and forces in ev.agents and forces != side:
                ev.agents[:] = [side if k == forces else k for k in ev.agents]
            continue
        side = _led_by(res, person) or _person_forces(doc, res, owner, word, person, made)
        ev.agents[:] = [side if k == person else k for k in ev.agents]


def _of_whole(word: Token | None) -> Token | None:
    """"the main body of Olsen's forces", "the rest of his men", "the last of the rebels":
    the men a part is of."""
    if word is None or word.lemma_.lower() not in PART_NOUNS:
        return word
    return next((p for c in word.children if c.dep_ == "prep" and c.lower_ == "of"
                 for p in c.children if p.dep_ == "pobj"), word)


def _led_by(res: Resolver, person: str) -> str | None:
    """The one organisation the text makes the person a member of."""
    orgs = {m.organization for m in res.memberships if m.person == person}
    return orgs.pop() if len(orgs) == 1 else None


def _person_forces(doc: Doc, res: Resolver, owner: Token, word: Token, person: str,
                   made: dict[str, str]) -> str:
    """An organisation for a person's men, labelled as the text writes them ("Olsen's
    forces"), one for each person in the article."""
    if person in made:
        res.table.map(made[person], owner.i, word.i + 1)
        return made[person]
    start = min((t.i for t in owner.subtree if res.table.at(t) == person), default=owner.i)
    label = doc[start:word.i + 1].text
    entity = res.table.add("Organization", label)
    key = entity.key
    res.entities[key] = entity
    res.table.map(key, start, word.i + 1)
    made[person] = key
    return key
