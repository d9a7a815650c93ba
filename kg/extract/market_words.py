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


#: Verbs and nouns of a figure's move ("sales rose", "a fall in sales", "sales growth").
TREND_WORDS = frozenset({"rise", "fall", "drop", "climb", "grow", "decline", "increase",
                         "decrease", "slump", "jump", "surge", "plunge", "soar", "slip", "dip",
                         "tumble", "slide", "rebound", "recover", "shrink", "contract",
                         "expand", "double", "halve", "stagnate", "growth", "boost", "hit",
                         "slowdown"})


def trend_of(noun: Token) -> bool:
    """"the company's sales fell 8 percent", "a rise in investment", "boosted sales": a
    figure that moves is a measure, no deal of its own ("the sale of its unit" is one)."""
    head = noun.head
    if noun.dep_ in {"nsubj", "dobj"} and head.pos_ == "VERB" and (
            head.lemma_.lower() in TREND_WORDS or head.lower_ in TREND_WORDS):
        return True  # "sales fell", "boosted sales"
    return noun.dep_ == "pobj" and head.lower_ == "in" and (
        head.head.lemma_.lower() in TREND_WORDS)  # "a rise in sales"


#: Verbs said of a firm's takeover, not of ground taken ("the takeover was approved by
#: regulators", "shareholders rejected the takeover", "completed the buyout").
DEAL_VERBS = frozenset({"approve", "block", "clear", "complete", "finalise", "finalize",
                        "recommend", "reject", "accept", "sweeten", "value", "fund", "finance",
                        "scrutinise", "scrutinize", "veto", "rebuff", "abandon", "table"})
#: Modifiers of a takeover of a firm ("a hostile takeover", "the proposed buyout", "a
#: takeover bid").
DEAL_WORDS = frozenset({"hostile", "friendly", "proposed", "planned", "agreed", "bid",
                        "offer", "deal", "all-cash", "all-share", "cash", "leveraged",
                        "corporate", "billion", "million"})


def takeover_deal(noun: Token) -> bool:
    """"the takeover must be approved by regulators", "a hostile takeover", "a $2 billion
    buyout", "shareholders rejected the takeover": a firm bought, named or not; no
    ground taken ("the army's takeover of the city" is)."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in {"takeover", "buyout"}:
        return False
    if any(c.dep_ in {"amod", "compound", "nmod", "nummod", "quantmod"} and (
            c.lower_ in DEAL_WORDS or c.like_num or c.tag_ == "$") for c in noun.children):
        return True
    head = noun.head
    return noun.dep_ in {"nsubj", "nsubjpass", "dobj"} and head.lemma_.lower() in DEAL_VERBS


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
