"""The scene of an article: where its events happen when a sentence does not say.

News sets its scene once ("Floods have killed 30 people in northern Veska ...") and then
tells what happened there without naming the place again ("Rescuers evacuated hundreds of
families", "The court sentenced her to six years"). An event that neither its own words,
its clause, nor the sentences just before place anywhere happens in the article's scene:
the place the article names first in its prose.
"""

from __future__ import annotations

from spacy.tokens import Doc

from kg.extract.coref import Resolver
from kg.extract.events import EventDraft
from kg.extract.layout import find_dateline
from kg.extract.places import clause_verb, located, set_apart

_DATELINE_TOKENS = 150


def scene_place(doc: Doc, res: Resolver, acting: set[str]) -> str | None:
    """The place the article's prose names first (a place that acts, "Veska bombed ...",
    is a side, not a scene; the dateline says where the report was filed)."""
    line = find_dateline(doc[:_DATELINE_TOKENS].text)
    start = line.end if line is not None else 0
    firsts: dict[str, int] = {}
    for key, spans in res.table.mention_spans.items():
        if res.table.type_of(key) != "Place" or key in acting:
            continue
        for b, _ in spans:
            if doc[b].idx >= start:  # where the report was filed is not its scene
                firsts[key] = min(firsts.get(key, b), b)
    return min(firsts, key=firsts.get) if firsts else None


def set_scene(doc: Doc, res: Resolver, events: list[EventDraft], acting: set[str]) -> None:
    """Give the scene to every event that has no place of its own, unless its sentence
    names a place (the sentence's reading found none fit: "resigned after talks in X and a
    rally in Y"), sets it apart in time ("after the vote") or says where it is in words
    that name no place ("was arrested at the company's offices")."""
    scene = scene_place(doc, res, acting)
    if scene is None:
        return
    for ev in events:
        if ev.places or scene in ev.agents or scene in ev.participants:
            continue
        token = doc[ev.token]
        sides = {*ev.agents, *ev.participants}
        if set_apart(token) or located(clause_verb(token) or token, token) or _names_place(
                res, token.sent, sides):
            continue
        ev.places.append(scene)


def _names_place(res: Resolver, sent, sides: set[str]) -> bool:
    """Whether the sentence names a place that is not one of the event's sides."""
    return any(res.table.type_of(key := res.table.at(t)) == "Place" and key not in sides
               for t in sent)
