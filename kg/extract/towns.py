"""Towns named by invented-looking names: the small tagger reads "Velmora" or "Lorvane" as
a person or a body, but the text treats them as ground. Troops enter a place, people flee
it, it has residents, a mayor, a hospital and streets ("Lorvane's hospital", "Tremmick
residents"). ``vote_town`` adds that evidence to a name's type vote; ``town_mentions``
adds the names the tagger missed before such a noun. Syntax only, no list of names.
"""

from __future__ import annotations

from spacy.strings import get_string_id
from spacy.symbols import PROPN
from spacy.tokens import Doc, Token

from kg.extract.clusters import EVIDENCE_WEIGHT, Mention
from kg.extract.tokens import tokens_with

_COMPOUND_ID = get_string_id("compound")  # compared as an int over whole documents
#: Offices only a state or a town has, as titles before a name.
STATE_TITLES = frozenset({"minister", "premier", "king", "queen", "governor", "mayor", "emir",
                          "sultan", "monarch", "chancellor", "president-elect"})
#: Verbs whose object is ground: one enters, flees, crosses or besieges a place.
PLACE_OBJECT_VERBS = frozenset({
    "enter", "flee", "cross", "besiege", "shell", "bombard", "evacuate", "invade",
    "encircle", "blockade", "storm", "overfly", "reenter", "re-enter",
})
#: What only a town has: "Lorvane's hospital", "Tremmick residents", "Orrin's streets".
TOWN_NOUNS = frozenset({
    "resident", "inhabitant", "villager", "townspeople", "townsfolk", "mayor", "hospital",
    "street", "outskirt", "suburb", "neighbourhood", "neighborhood", "population",
    "marketplace", "harbour", "harbor", "townhall", "town-hall",
})


def vote_town(doc: Doc, m: Mention, surnames: set[str]) -> None:
    """A one-word name that is the object of a verb of ground ("troops entered X") or
    owns or qualifies what only a town has ("X's hospital", "X residents") leans to place;
    not the surname of a person named in full ("medics evacuated Moreno")."""
    if m.ner_type == "Place" or m.end - m.start != 1 or m.titled or m.common \
            or m.text in surnames:
        return
    root = doc[m.end - 1]
    if _ground_object(root) or _owns_town_noun(root) or _owns_state_title(root):
        m.votes["Place"] += EVIDENCE_WEIGHT


def town_mentions(doc: Doc, found: list[Mention], tagged: frozenset[int]) -> list[Mention]:
    """One capitalised word the tagger missed that qualifies what only a town has
    ("Tremmick residents voted"): a place."""
    cands = [t for t in tokens_with(doc, _COMPOUND_ID, PROPN) if _owns_town_noun(t)]
    if not cands:
        return []
    covered = {i for m in found for i in range(m.start, m.end)} | tagged
    return [Mention(t.i, t.i + 1, t.text, "Place") for t in cands
            if t.i not in covered and t.text[:1].isupper() and t.is_alpha
            and not (t.i > 0 and doc[t.i - 1].pos_ == "PROPN" and doc[t.i - 1].head.i == t.head.i)]


def _owns_state_title(token: Token) -> bool:
    """"Veska's Prime Minister Ilvo Danek", "Orrin's Mayor X": the possessor of a person
    titled by an office of a state or a town (not "President": firms have one too)."""
    head = token.head
    return token.dep_ == "poss" and head.pos_ == "PROPN" and any(
        c.dep_ == "compound" and c.lower_ in STATE_TITLES for c in head.children)


def _ground_object(token: Token) -> bool:
    head = token.head
    return token.dep_ == "dobj" and head.pos_ == "VERB" \
        and head.lemma_.lower() in PLACE_OBJECT_VERBS


def _owns_town_noun(token: Token) -> bool:
    head = token.head
    return token.dep_ in {"poss", "compound"} and head.pos_ == "NOUN" \
        and head.i > token.i and head.lemma_.lower() in TOWN_NOUNS
