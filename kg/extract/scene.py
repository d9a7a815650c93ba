"""The scene of an article: where its events happen when a sentence does not say.

News sets its scene once ("Floods have killed 30 people in northern Veska ...") and then
tells what happened there without naming the place again ("Rescuers evacuated hundreds of
families", "The court sentenced her to six years"). An event that neither its own words,
its clause, nor the sentences just before place anywhere happens in the article's scene:
the place the article names first in its prose.
"""

from __future__ import annotations

from spacy.symbols import ADJ, PROPN
from spacy.tokens import Doc

from kg.extract.coref import Resolver
from kg.extract.drafts import tokens_text
from kg.extract.events import EventDraft
from kg.extract.layout import find_dateline
from kg.extract.lexicon import COMMON_ORG_HEADS, ROLE_NOUNS, demonym_of
from kg.extract.places import DATELINE_TOKENS, clause_verb, located, set_apart
from kg.extract.tokens import arrays_of, sent_of

#: Triggers of what only a country does: a national vote, a coup, a state of emergency.
NATIONAL_TRIGGERS = frozenset({"election", "elections", "referendum", "coup", "putsch",
                               "impeach", "impeachment", "reelection", "re-election"})
#: Objects that make an act of government national ("imposed martial law", "dissolved
#: parliament", "suspended the constitution").
NATIONAL_OBJECTS = frozenset({"parliament", "constitution", "government", "cabinet",
                              "assembly", "law", "emergency"})
#: Nouns of national bodies and offices a country's name qualifies ("Veska's president",
#: "the Veskan army", "Veska's opposition candidate").
NATIONAL_NOUNS = COMMON_ORG_HEADS | ROLE_NOUNS | {"people", "economy", "capital", "election"}


def scene_place(doc: Doc, res: Resolver, acting: set[str]) -> str | None:
    """The place the article's prose names first (a place that acts, "Veska bombed ...",
    is a side, not a scene; the dateline says where the report was filed)."""
    line = find_dateline(tokens_text(doc, 0, DATELINE_TOKENS))
    start = line.end if line is not None else 0
    firsts: dict[str, int] = {}
    for key, spans in res.table.mention_spans.items():
        if res.table.type_of(key) != "Place" or key in acting:
            continue
        for b, _ in spans:
            if doc[b].idx >= start:  # where the report was filed is not its scene
                firsts[key] = min(firsts.get(key, b), b)
    return min(firsts, key=firsts.get) if firsts else None


def country_place(doc: Doc, res: Resolver) -> str | None:
    """The country the article is about: of the places the text treats as a country (a
    nationality word made from its name, "Veskan"; its name on a national body or office,
    "Veska's president"), the one named most often, nationality words included."""
    places = {e.key: e.label for e in res.table.entities if res.table.type_of(e.key) == "Place"
              and " " not in e.label}
    if not places:
        return None
    counts = {k: len(res.table.mention_spans.get(k, [])) for k in places}
    national: set[str] = set()
    demonyms: dict[str, list[str]] = {}  # word -> the places it is the nationality of
    pos = arrays_of(doc).pos_array  # a place's mentions and the ADJ and PROPN words, in order
    named = ((pos == ADJ) | (pos == PROPN)).nonzero()[0].tolist()
    held = {i: k for i, k in res.table.token_entity.items() if k in places}
    texts = arrays_of(doc).text
    for i in sorted(held.keys() | named):
        if i in held:  # a place's mention
            token = doc[i]
            if token.dep_ in {"poss", "compound", "amod"} and (
                    token.head.lemma_.lower() in NATIONAL_NOUNS):
                national.add(held[i])
            continue
        word = texts[i]  # an ADJ or PROPN word that names no place: no Token
        if word[:1].isupper():
            if word not in demonyms:
                demonyms[word] = [k for k, label in places.items() if demonym_of(word, label)]
            for k in demonyms[word]:
                national.add(k)
                counts[k] += 1
    return max(sorted(national), key=lambda k: counts[k]) if national else None


def national_places(doc: Doc, res: Resolver, events: list[EventDraft]) -> None:
    """A national event (an election, a coup, martial law) that its own sentence does not
    place is in the article's country, not in the town the text named before; one the
    country itself holds ("Veska held elections") is in that country."""
    for ev in events:
        own = [k for k in ev.agents if res.table.type_of(k) == "Place"]
        if own and (not ev.places or ev.context_places) and _national(doc[ev.token]):
            ev.places[:] = own[:1]
            ev.context_places = False
    todo = [ev for ev in events if _national(doc[ev.token]) and not _placed_here(
        res, ev, sent_of(doc[ev.token]))]
    country = country_place(doc, res) if todo else None
    if country is None:
        return
    for ev in todo:
        if country not in ev.agents and country not in ev.participants:
            ev.places[:] = [country]
            ev.context_places = True


def _placed_here(res: Resolver, ev: EventDraft, sent) -> bool:
    """Whether one of the event's places is named in its own sentence."""
    at = res.table.token_entity.get  # ``EntityTable.at`` without a Token of every word
    return any(at(i) in ev.places for i in range(sent.start, sent.end))


def _national(token) -> bool:
    if token.lemma_.lower() in NATIONAL_TRIGGERS or token.lower_ in NATIONAL_TRIGGERS:
        return True
    objects = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    return any(o.lemma_.lower() in NATIONAL_OBJECTS and not any(
        c.dep_ in {"poss", "compound", "amod"} and c.pos_ in {"PROPN", "NOUN"}
        for c in o.children) for o in objects)


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
                res, sent_of(token), sides):
            continue
        ev.places.append(scene)
        ev.context_places = True


def _names_place(res: Resolver, sent, sides: set[str]) -> bool:
    """Whether the sentence names a place that is not one of the event's sides."""
    at = res.table.token_entity.get  # ``EntityTable.at`` without a Token of every word
    return any(res.table.type_of(key := at(i)) == "Place" and key not in sides
               for i in range(sent.start, sent.end))
