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

#: First-person pronouns for the one who speaks ...
SINGULAR_FIRST = frozenset({"i", "me", "my", "mine"})
#: ... and for the side they speak for.
PLURAL_FIRST = frozenset({"we", "us", "our", "ours"})


def first_person_agents(doc: Doc, res: Resolver, drafts: list[Draft],
                        events: list[EventDraft]) -> None:
    """Give each event whose subject is "I" or "we" inside a statement its speaker."""
    for ev in events:
        if ev.agents or ev.agent_pronoun is None:
            continue
        word = doc[ev.agent_pronoun].lower_
        if word not in SINGULAR_FIRST | PLURAL_FIRST:
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
    role = res.role_of(d.speaker)
    return d.on_behalf_of or (role.organization if role is not None else None)
