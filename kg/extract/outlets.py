"""A side's own media as its voice: "local media run by the Kelvar Militia reported the
group had taken Tesk" is the militia's claim, as "the militia's radio said" is.

An outlet that reports for itself is no side ("the Marlow Courier reported"); one that a
named group runs, owns or is close to speaks for that group, so the group is the
speaker of what it reports.
"""

from __future__ import annotations

from spacy.strings import get_string_id
from spacy.tokens import Token

from kg.extract.coref import Resolver
from kg.extract.tokens import arrays_of

#: Nouns of a channel through which a group can speak.
MEDIA_NOUNS = frozenset({
    "media", "medium", "outlet", "newspaper", "paper", "television", "tv", "radio",
    "channel", "station", "broadcaster", "website", "site", "account", "page", "agency",
    "network", "mouthpiece", "press", "daily", "weekly", "news", "service", "feed",
})
#: Participles that tie an outlet to its owner ("run by X", "close to X", "X-backed").
OWNING_WORDS = frozenset({
    "run", "own", "control", "operate", "back", "fund", "finance", "sponsor", "affiliate",
    "link", "tie", "align", "ally", "associate", "connect", "close", "loyal", "belong",
    "manage", "allied", "affiliated", "linked", "aligned", "controlled", "owned", "backed",
})
_OWNER_PREPS = frozenset({"by", "to", "with"})


def outlet_owner(subject: Token, res: Resolver) -> str | None:
    """The group whose own outlet ``subject`` is, or None. ``subject`` is the cue's
    subject: the outlet noun, or the participle the parser made subject in its stead
    ("media run by X reported": "run" heads the phrase)."""
    nouns = [subject] if _media(subject) else [
        c for c in subject.children if _media(c)] if _owning(subject) else []
    for noun in nouns:
        for c in noun.children:
            if c.dep_ == "poss":
                key = res.entity_of(c, allow_pronoun=False, descriptions=False)
                if _group(key, res):
                    return key
            if _owning(c) and (key := _owner_of(c, res)):
                return key
        if noun is not subject and (key := _owner_of(subject, res)):
            return key
    return None


def _media(token: Token) -> bool:
    return token.pos_ in {"NOUN", "PROPN"} and (
        token.lower_ in MEDIA_NOUNS or token.lemma_.lower() in MEDIA_NOUNS)


def _owning(token: Token) -> bool:
    return token.lemma_.lower() in OWNING_WORDS or token.lower_ in OWNING_WORDS


def _owner_of(word: Token, res: Resolver) -> str | None:
    """The owner a tying word names: "run by X", "close to X", "X-run"."""
    for c in word.children:
        if c.dep_ in {"agent", "prep"} and c.lower_ in _OWNER_PREPS:
            for pobj in c.children:
                key = res.entity_of(pobj, allow_pronoun=False, descriptions=False)
                if pobj.dep_ == "pobj" and _group(key, res):
                    return key
        if c.dep_ in {"compound", "npadvmod", "nsubj"} and c.i < word.i:
            key = res.entity_of(c, allow_pronoun=False, descriptions=False)
            if _group(key, res):
                return key
    if word.dep_ == "compound" and word.i > 0:  # "X-run media": the name before the hyphen
        for c in word.head.children:
            if c.i < word.i and c.dep_ == "compound":
                key = res.entity_of(c, allow_pronoun=False, descriptions=False)
                if _group(key, res):
                    return key
    return None


def _group(key: str | None, res: Resolver) -> bool:
    return key is not None and res.table.type_of(key) in {"Organization", "Place"}


#: Participles by which an outlet passes someone's words on: "quoted by X", "carried by X",
#: "broadcast by X", "in remarks reported by X", "in an interview aired by X".
RELAYING_PARTICIPLES = frozenset({
    "quote", "cite", "carry", "broadcast", "report", "air", "publish", "relay", "televise",
    "print", "reprint", "transmit", "screen", "stream", "circulate",
})


_VBN_ID = get_string_id("VBN")


def relaying(t: Token) -> Token | None:
    """The agent's noun of a relaying participle ("quoted by the agency Kelta" -> agency),
    or None: a past participle of ``RELAYING_PARTICIPLES`` with no subject of its own and a
    "by" phrase."""
    if t.tag_ != "VBN" or t.lemma_.lower() not in RELAYING_PARTICIPLES:
        return None
    agent = None
    for c in t.children:
        if c.dep_ in {"nsubj", "nsubjpass", "auxpass", "aux"}:
            return None  # "the report was quoted by X": a clause, not a phrase
        if c.dep_ == "agent":
            agent = c
    return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None


def relayed_by(verb: Token, is_cue) -> Token | None:
    """Who carried the words of the cue ``verb``: the agent of a relaying participle on the
    cue ('X said, quoted by Radio North'), on a phrase of it ("In remarks carried by Radio
    North, X said") or after a comma at the end of its content ("X said A, quoted by the
    agency Kelta"), and no nearer cue in between."""
    arrays = arrays_of(verb.doc)  # a walk only of a phrase that holds such a participle
    tags, lemmas = arrays.tag, arrays.lemma
    if not any(tags[i] == _VBN_ID and lemmas[i] in RELAYING_PARTICIPLES
               for i in range(verb.left_edge.i, verb.right_edge.i + 1)):
        return None
    for t in verb.subtree:
        if t.i == verb.i or (agent := relaying(t)) is None:
            continue
        if t.head.pos_ not in {"VERB", "AUX"} and not (
                t.head.dep_ == "pobj" and t.head.head.head.i == verb.i):
            continue  # "said the film, broadcast by X, was false": the film's, not the words'
        up = t.head
        while up.i != verb.i and not is_cue(up) and up.head.i != up.i:
            up = up.head
        if up.i == verb.i:
            return agent
    return None


def first_relay(doc, start: int, end: int) -> int:
    """Where a content range stops for ", quoted by X" inside it (the comma's place)."""
    lowers = arrays_of(doc).lower  # a Token only of the words after a comma
    for i in range(max(start, 0) + 1, min(end, len(doc))):
        if lowers[i - 1] == "," and (t := doc[i]).head.pos_ in {"VERB", "AUX"} and relaying(t):
            return i - 1
    return end
