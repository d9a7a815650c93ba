"""Events a noun or a verb's object carries whose class the trigger lexicon alone misses:
strikes an armed side carries out ("carried out strikes in X", "launched strikes on X":
attacks, not stoppages), ground taken ("made gains in X", "gained ground around X":
control of a place) and forces pushing into a place ("pushed into X": a movement). Each
needs its place: "made gains in the polls", "gained ground in talks", "pushed into
debt" are none; a strike by workers ("nurses carried out a strike") stays a protest.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.coref import Resolver
from kg.extract.event_kinds import people_at_work, stoppage
from kg.extract.lexicon import PLACE_NOUNS

#: Verbs by which an armed side delivers strikes ("carried out", "launched", "conducted").
STRIKING_VERBS = frozenset({"carry", "launch", "conduct", "mount", "unleash", "intensify",
                            "step", "order", "escalate", "resume"})
#: Prepositions of a strike's target ("strikes on X", "strikes against Y").
TARGET_PREPS = frozenset({"on", "against", "upon"})
#: Adjectives of a blow, not a stoppage ("retaliatory strikes", "precision strikes").
ARMED_STRIKE_WORDS = frozenset({"retaliatory", "precision", "targeted", "pre-emptive",
                                "preemptive", "punitive", "surgical", "aerial", "deadly",
                                "lethal", "cross-border", "overnight"})
#: Who delivers blows ("strikes by jets", "strikes from drones").
STRIKERS = frozenset({"jet", "warplane", "aircraft", "plane", "drone", "helicopter", "force",
                      "army", "military", "navy", "artillery", "missile", "rocket", "bomber",
                      "warship", "coalition"})
#: Verbs of harm whose subject "strikes" are blows ("strikes hit X", "killed in strikes").
HARMING_VERBS = frozenset({"hit", "kill", "destroy", "target", "damage", "wound", "injure",
                           "level", "flatten", "pound", "devastate", "raze", "die"})
#: Verbs whose object "gains" is ground taken ("made gains", "consolidated its gains").
GAINING_VERBS = frozenset({"make", "achieve", "secure", "consolidate", "register", "score",
                           "record", "extend", "press", "build"})
#: Modifiers that make "gains" ground whatever follows ("territorial gains").
GROUND_GAIN_WORDS = frozenset({"territorial", "military", "battlefield", "rebel"})
#: Prepositions of where ground is gained or forces push ("gains in X", "around X").
WHERE_PREPS = frozenset({"in", "around", "near", "across", "outside", "inside", "toward",
                         "towards", "into", "on", "along", "north", "south", "east", "west"})
#: Spacy entity labels of no place (a name the small model calls a person or an
#: organisation may still be one: the entity table decides, and the event needs it).
_NO_PLACE_LABELS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL"})
#: Spacy entity labels of places.
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def armed_strike(noun: Token) -> bool:
    """"carried out strikes in X", "launched strikes on Y", "strikes against rebel
    positions": blows, not a stoppage (which ``event_kinds.stoppage`` reads first)."""
    if noun.lemma_.lower() != "strike" or noun.pos_ != "NOUN" or stoppage(noun):
        return False
    verb = noun.head
    if noun.dep_ == "dobj" and any(c.dep_ == "nsubj" and people_at_work(c)
                                   for c in verb.children):
        return False  # "nurses carried out a strike in X"
    if any(c.dep_ == "prep" and c.lower_ in TARGET_PREPS for c in noun.children) or any(
            c.dep_ == "amod" and c.lower_ in ARMED_STRIKE_WORDS for c in noun.children):
        return True  # "strikes on X", "retaliatory strikes"
    if any(c.dep_ == "prep" and c.lower_ in {"by", "from"} and any(
            p.dep_ == "pobj" and p.lemma_.lower() in STRIKERS for p in c.children)
            for c in noun.children):
        return True  # "strikes by government jets"
    if noun.dep_ == "nsubj" and verb.lemma_.lower() in HARMING_VERBS and any(
            c.dep_ == "dobj" for c in verb.children):
        return True  # "strikes hit the port of X", "strikes killed 20 people"
    if noun.dep_ == "pobj" and verb.lower_ in {"in", "by"} and (
            verb.head.lemma_.lower() in HARMING_VERBS):
        return True  # "20 people were killed in strikes"
    return noun.dep_ == "dobj" and verb.lemma_.lower() in STRIKING_VERBS and (
        verb.lemma_.lower() != "step" or any(c.lower_ == "up" for c in verb.children))


def ground_gained(token: Token) -> str | None:
    """The trigger words of ground taken, else None: "made gains in X" ("gains"),
    "gained ground around X" ("gained ground"); not "gains in the polls", "gained ground
    in talks", "gains in sales"."""
    lemma = token.lemma_.lower()
    if token.pos_ == "NOUN" and lemma == "gain" and token.tag_ == "NNS":
        verb = token.head
        kind = any(c.dep_ == "amod" and c.lower_ in GROUND_GAIN_WORDS for c in token.children)
        if not kind and not (token.dep_ == "dobj" and verb.lemma_.lower() in GAINING_VERBS):
            return None
        if kind or _place_phrase(token) or (token.dep_ == "dobj" and _place_phrase(verb)):
            return token.text
        return None
    if token.pos_ == "VERB" and lemma == "gain":
        ground = next((c for c in token.children if c.dep_ == "dobj"
                       and c.lower_ == "ground"), None)
        if ground is not None and (_place_phrase(token) or _place_phrase(ground)):
            return token.doc[token.i:ground.i + 1].text
    return None


def gaining_verb(noun: Token) -> Token | None:
    """The verb whose object is ground gained ("made gains"), whose subject gained it."""
    if noun.lemma_.lower() != "gain" or noun.dep_ != "dobj" or (
            noun.head.lemma_.lower() not in GAINING_VERBS):
        return None
    return noun.head


def needs_named_ground(token: Token, cls: str) -> bool:
    """Whether an event read here stands only with a place of its own phrase: ground
    gained (but "territorial gains" are ground whatever follows) and a push into a place."""
    lemma = token.lemma_.lower()
    if lemma == "gain" and cls == "ControlEvent" and ground_gained(token) is not None:
        return not any(c.dep_ == "amod" and c.lower_ in GROUND_GAIN_WORDS
                       for c in token.children)  # not "gained control of X"
    return lemma == "push" and cls == "MovementEvent"


def ground_places(token: Token, res: Resolver) -> list[str]:
    """The places of the phrases of where on ground gained or a push (or on the verb that
    makes the gains): "gains in the province of X" -> X."""
    words = [token] + ([verb] if (verb := gaining_verb(token)) is not None else [])
    out: list[str] = []
    for word in words:
        for prep in word.children:
            if prep.dep_ != "prep" or prep.lower_ not in WHERE_PREPS:
                continue
            for pobj in (p for p in prep.children if p.dep_ == "pobj"):
                key = next((k for t in pobj.subtree if (k := res.table.at(t)) is not None
                            and res.table.type_of(k) == "Place"), None)
                if key is not None and key not in out:
                    out.append(key)
    return out


def pushed_into(verb: Token) -> bool:
    """"pushed into X", "pushed deeper into the town": forces moving into ground (not
    "pushed into debt", "pushed him into the car")."""
    if verb.lemma_.lower() != "push" or verb.pos_ != "VERB" or any(
            c.dep_ == "dobj" for c in verb.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ in {"into", "toward", "towards"} and any(
        _place_word(p) for p in c.children if p.dep_ == "pobj")
        for c in verb.children)


def _place_phrase(word: Token) -> bool:
    """Whether a word has a phrase of where that names ground ("in X", "around the town")."""
    return any(c.dep_ == "prep" and c.lower_ in WHERE_PREPS and any(
        _place_word(p) for p in c.children if p.dep_ == "pobj")
        for c in word.children)


def _place_word(word: Token) -> bool:
    """A place or a name that may be one ("X", "the province of X")."""
    if word.ent_type_ in _PLACE_LABELS or word.lemma_.lower() in PLACE_NOUNS:
        return True
    return word.pos_ == "PROPN" and word.ent_type_ not in _NO_PLACE_LABELS
