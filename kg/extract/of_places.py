"""Formal names of administrative units: "the Municipality of Dunmore", "the District of
Orrin", "the Province of Kelvar". The small tagger often leaves the unit's noun out and
tags only the name after "of" ("Orrin" GPE), or tags nothing; where it tags the whole
("the City of Marlow" GPE) the name is one place. ``of_places`` makes every such name one
Place mention (the tagger's pieces inside it dropped); a unit that speaks is a place that
acts, typed Organization too by the record layer like any acting place.

So is "the Xyz of Kelvar" where the tagger calls only "Kelvar" a place and nothing else
(not a title, a rank, a role or an event's name: "Governor of", "Battle of").

Not a unit's name: a body's ("the Department of Health", "the City of Orrin Police": a
last word that ends bodies' names), a title ("Secretary of State": the unit noun must
start the name), or the name inside a longer one.
"""

from __future__ import annotations

from spacy.symbols import PROPN
from spacy.tokens import Doc

from kg.extract.clusters import DEFINING_WEIGHT, NER_WEIGHT, Mention
from kg.extract.lexicon import (
    EVENT_NAME_NOUNS,
    ORG_NAME_NOUNS,
    PERSON_RANKS,
    ROLE_NOUNS,
    STAFF_NOUNS,
    TITLES,
)
from kg.extract.tokens import arrays_of, indices_with

#: Nouns of administrative units whose formal name is "<Unit> of <Name>".
UNIT_NOUNS = frozenset({"municipality", "city", "province", "district", "county", "region",
                        "republic", "kingdom", "governorate", "prefecture", "town", "village",
                        "borough", "canton", "oblast", "commune", "parish", "emirate",
                        "principality", "township", "sultanate", "duchy"})
_MAX_NAME = 4  # words of the name after "of"


def of_places(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each "<Unit> of <Name>" made one Place mention (see the module)."""
    lowers = arrays_of(doc).lower  # a Token only of a proper noun before "of"
    for unit in [doc[i] for i in indices_with(doc, pos=PROPN)
                 if i + 2 < len(doc) and lowers[i + 1] == "of"]:
        i = unit.i
        if not unit.is_title or not _name_word(doc, i + 2):
            continue
        if unit.lemma_.lower() not in UNIT_NOUNS and not _untagged_head_of_place(doc, i):
            continue
        if i > 0 and doc[i - 1].is_title and not doc[i - 1].is_sent_start:
            continue  # "Kelvar City of ...", "Secretary of ...": part of another name
        end = i + 3
        while end < len(doc) and end - i - 2 < _MAX_NAME and _name_word(doc, end):
            end += 1
        if doc[end - 1].lower_ in ORG_NAME_NOUNS:
            continue  # "the City of Orrin Police"
        if any(m.start < end and i < m.end and not (i <= m.start and m.end <= end)
               for m in mentions):
            continue  # inside a longer name
        if any(m.start == i and m.end == end for m in mentions):
            continue  # the tagger has it whole
        mentions = [m for m in mentions if not (i <= m.start and m.end <= end)]
        place = Mention(i, end, doc[i:end].text, "Place")
        place.votes["Place"] += DEFINING_WEIGHT + NER_WEIGHT
        place.article = i > 0 and doc[i - 1].lower_ == "the"
        mentions.append(place)
    return mentions


def _untagged_head_of_place(doc: Doc, i: int) -> bool:
    """"the Xyz of Kelvar" with "Kelvar" tagged a place and "Xyz" untagged: a unit or body
    named after its place, not a title ("Governor of"), an event ("Battle of") or a
    sentence's first word."""
    head = doc[i]
    word = head.lower_
    if head.ent_type_ or head.is_sent_start or word in TITLES or word in ROLE_NOUNS \
            or word in PERSON_RANKS or word in EVENT_NAME_NOUNS or word in STAFF_NOUNS:
        return False
    return doc[i + 2].ent_type_ in {"GPE", "LOC"}


def _name_word(doc: Doc, i: int) -> bool:
    t = doc[i]
    return t.is_title and t.is_alpha and t.pos_ in {"PROPN", "NOUN", "ADJ"}
