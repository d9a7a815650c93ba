"""Agents that only the saying around an event gives: "'We will close the plant,' the
company said", "'I resigned because ...,' Piet Olsen told reporters". Inside a
statement's content a first-person subject is its speaker: "I" the person who speaks,
"we" the side a spokesperson speaks for (or the speaking body itself). The statement's
own main event is linked elsewhere (``kg.extract._link_propositions``); this reads every
other event the speaker tells of in the first person.
"""

from __future__ import annotations

from spacy.tokens import Doc

from kg.extract.coref import Resolver
from kg.extract.drafts import Draft
from kg.extract.events import EventDraft
from kg.extract.lexicon import FIRST_PERSON, OUTLET_WORDS
from kg.extract.speakers import speaker_side

#: First-person pronouns for the one who speaks ...
SINGULAR_FIRST = frozenset({"i", "me", "my", "mine"})
#: ... and for the side they speak for.
PLURAL_FIRST = FIRST_PERSON - {"i", "me", "my"}
_FIRST = SINGULAR_FIRST | PLURAL_FIRST


def first_person_agents(doc: Doc, res: Resolver, drafts: list[Draft],
                        events: list[EventDraft]) -> None:
    """Give each event whose subject is "I" or "we" inside a statement its speaker."""
    for ev in events:
        if ev.agents or ev.agent_pronoun is None:
            continue
        word = doc[ev.agent_pronoun].lower_
        if word not in _FIRST:
            continue
        d = next((d for d in drafts
                  if d.content_tokens[0] <= ev.agent_pronoun < d.content_tokens[1]), None)
        if d is None:
            continue
        agent = _first_person(res, d, plural=word in PLURAL_FIRST)
        if agent is not None and agent not in ev.participants:
            ev.agents.append(agent)


def _first_person(res: Resolver, d: Draft, *, plural: bool) -> str | None:
    """Who "I" or "we" is in a statement: the speaker; for "we" said by a person, the
    organisation they speak for, when the text gives one."""
    kind = res.table.type_of(d.speaker)
    if not plural:
        return d.speaker if kind == "Person" else None
    if kind != "Person":
        return d.speaker
    return speaker_side(res, d)


#: Cues by which an act of authority is done in the saying ("announced that parliament was
#: dissolved", "declared that martial law had been imposed").
PERFORMATIVE_CUES = frozenset({"announce", "declare", "proclaim", "decree"})
#: Classes of acts one side does and then announces (not a death or a battle it reports).
AUTHORITY_CLASSES = frozenset({"ControlEvent", "GovernanceEvent", "PersonnelEvent"})
_PRESENT_AUXES = frozenset({"is", "are", "'s", "'re", "has", "have", "'ve"})


def announced_acts(doc: Doc, res: Resolver, drafts: list[Draft],
                   events: list[EventDraft]) -> None:
    """An act of authority told in the passive with no doer in a statement is the
    announcer's own: "X announced that the council had been dissolved", "'Parliament is
    dissolved,' the junta's spokesman said" (a present passive in a quotation). The doer is
    the side the speaker speaks for, else the speaker who announces it; never in a denial."""
    for d in drafts:
        if d.stance == "Deny":
            continue
        performative = d.cue in PERFORMATIVE_CUES
        for ev in events:
            if ev.agents or ev.cls not in AUTHORITY_CLASSES or not (
                    d.content_tokens[0] <= ev.token < d.content_tokens[1]):
                continue
            verb = doc[ev.token]
            if not _agentless_passive(verb) or not (performative or (
                    d.is_direct_quote and _present(verb))):
                continue
            agent = _announcer(res, d, performative=performative)
            if agent is not None and agent not in ev.participants and agent not in ev.places:
                ev.agents.append(agent)


def _agentless_passive(verb) -> bool:
    kids = list(verb.children)
    return verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in kids) and not any(
        c.dep_ in {"agent", "neg"} for c in kids)


def _present(verb) -> bool:
    return any(c.dep_ in {"aux", "auxpass"} and c.lower_ in _PRESENT_AUXES
               for c in verb.children)


def _announcer(res: Resolver, d: Draft, *, performative: bool) -> str | None:
    kind = res.table.type_of(d.speaker)
    entity = res.entities.get(d.speaker)
    if d.cue == "report" or entity is None or (
            entity.label.split()[-1].lower() in OUTLET_WORDS):
        return None
    if kind != "Person":
        return d.speaker if kind == "Organization" else None
    return speaker_side(res, d) or (d.speaker if performative else None)
