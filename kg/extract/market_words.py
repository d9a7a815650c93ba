"""Words of the markets that look like business events: "shares closed 3 per cent
higher", "Delta Grain closed down 2%", "the firm closed the year with record sales",
"ended the session lower", "opened the day at a record high". A price or a period that
closes or opens is no plant or shop closed or opened; business news is full of them.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.event_kinds import SITE_NOUNS

#: Verbs a price or a trading period takes ("closed higher", "opened the day", "ended").
SESSION_VERBS = frozenset({"close", "open", "end", "finish", "shut", "start"})
#: Periods one closes or opens ("closed the year", "ended the session").
_PERIOD_NOUNS = frozenset({"year", "day", "session", "week", "month", "quarter", "half",
                           "trading", "season", "decade"})
#: Things that are priced, as the subject of "closed" ("shares closed higher").
_PRICED_NOUNS = frozenset({"share", "stock", "index", "price", "market", "bond", "currency",
                           "dollar", "euro", "pound", "yen", "yuan", "future", "oil", "gold",
                           "bitcoin", "yield", "rate", "exchange", "trading"})
#: Words of a price's move ("closed higher", "closed down 2%", "ended flat").
_MOVE_WORDS = frozenset({"higher", "lower", "flat", "unchanged", "firmer", "weaker",
                         "stronger", "steady", "mixed", "%", "percent", "cent", "points",
                         "pence", "cents"})


def market_move(verb: Token) -> bool:
    """A price or a period closing or opening, no business shut or opened: "shares closed
    3 per cent higher", "Delta Grain closed down 2% at 140 pence", "closed the year with
    record sales", "the index closed at 7,000" ("closed its plant", "shut two mills" are
    business events)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in SESSION_VERBS:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if any(o.lemma_.lower() in _PERIOD_NOUNS for o in objects):
        return True  # "closed the year", "ended the session"
    if objects:
        return False  # "closed its plant": something closed
    if any(c.dep_ in {"nsubj", "nsubjpass"} and c.lemma_.lower() in _PRICED_NOUNS
           for c in verb.children):
        return True  # "shares closed", "the index opened"
    return any(w.lower_ in _MOVE_WORDS
               for c in verb.children if c.dep_ in {"advmod", "acomp", "npadvmod", "prt",
                                                      "prep", "oprd", "dobj"}
               for w in c.subtree)


def site_closed(verb: Token) -> bool:
    """"the factory closed in 2019", "the mill shut down in May", "a store opened in Orrin":
    a business site as the subject of an intransitive closing or opening is a business
    event, as it is as the object ("closed its plant")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in {"open", "close", "shut", "reopen"}:
        return False
    if any(c.dep_ == "dobj" for c in verb.children) or market_move(verb):
        return False
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in SITE_NOUNS for c in verb.children)


#: Nouns of staff let go ("the layoffs", "500 redundancies").
LAYOFF_NOUNS = frozenset({"layoff", "lay-off", "layoffs", "lay-offs", "redundancy",
                           "redundancies"})


def staff_cut(noun: Token) -> bool:
    """"the layoffs", "500 redundancies", "job cuts", "cuts to its workforce": staff let
    go, a change of staff like the verbs "laid off 300 workers", "will cut 500 jobs"
    (``events._class_by_object``), not an event of the firm's own life."""
    if noun.pos_ != "NOUN" or noun.dep_ in {"compound", "amod"}:
        return False
    lemma = noun.lemma_.lower()
    if lemma in LAYOFF_NOUNS or noun.lower_ in LAYOFF_NOUNS:
        return True
    return lemma == "cut" and any(
        c.dep_ == "compound" and c.lemma_.lower() in {"job", "staff", "workforce"}
        for c in noun.children)
