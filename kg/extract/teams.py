"""Clubs and teams named by invented-looking names: the small tagger reads "Brannock",
"Dunmore Rovers" or "Fenwick United" as people (or misses them), but the text says what
they are: a club has a coach, a captain and fans ("Brannock coach X", "supporters of
Fenwick United"), and it beats, loses to or draws with another side by a score
("Dunmore Rovers beat Kelvar Athletic 3-1").

``club_mentions`` adds the names the tagger missed, ``vote_club`` gives the names it
tagged as people the organisation's vote, and ``cut_scores`` takes a score off the end of
a name ("Orrin 4-0"). All of it reads the parse of the sentence at hand, never a list of
names; a type vote across the mentions of a name then settles its type.
"""

from __future__ import annotations

import re

from spacy.attrs import LEMMA
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from kg.extract.clusters import EVIDENCE_WEIGHT, NER_WEIGHT, Mention
from kg.extract.lexicon import ORG_NAME_NOUNS

#: Nouns of a club's people and following: "Brannock coach X", "Kelvar fans".
CLUB_PEOPLE_NOUNS = frozenset({
    "coach", "manager", "captain", "skipper", "striker", "goalkeeper", "keeper",
    "midfielder", "defender", "winger", "fullback", "full-back", "centre-back", "forward",
    "player", "goalscorer", "playmaker", "squad", "fan", "supporter", "ultras", "academy",
})
#: Nouns whose "of X" names a club: "fans of X", "supporters of X".
FOLLOWER_NOUNS = frozenset({"fan", "supporter"})
#: Verbs of a match result, whose subject and opponent are sides.
MATCH_VERBS = frozenset({
    "beat", "defeat", "thrash", "hammer", "rout", "edge", "overcome", "draw", "lose", "win",
    "stun", "upset", "trounce", "crush", "outplay", "eliminate", "down", "overpower",
    "whitewash", "outclass", "tie", "host", "face", "play",
})
#: Prepositions that name the other side of a match ("lost to X", "drew with X").
OPPONENT_PREPS = frozenset({"to", "with", "against", "over"})
#: Nouns that make a sentence about a match, when no score is given.
MATCH_NOUNS = frozenset({
    "match", "game", "league", "cup", "final", "semi-final", "semifinal", "quarter-final",
    "season", "goal", "goals", "fixture", "derby", "tournament", "championship", "title",
    "penalty", "penalties", "half", "stadium", "playoff", "play-off", "points", "table",
})
#: Last words of a side's name of two words or more ("Dunmore Rovers", "Harlow Town").
CLUB_HEADS = ORG_NAME_NOUNS | {"town", "city", "county"}
#: Words for a side that name none ("Team captain X" at a sentence's start).
TEAM_WORDS = frozenset({"team", "club", "squad", "side", "academy", "league", "federation"})
#: The words a club's name hangs on: its people's nouns and the verbs of a match.
_CLUB_HEAD_IDS = frozenset(get_string_id(w) for w in CLUB_PEOPLE_NOUNS | MATCH_VERBS)
_SCORE = re.compile(r"^\d{1,2}[-\u2013]\d{1,2}$")
_SIDE_DEPS = frozenset({"nsubj", "dobj", "npadvmod"})  # "edged Corwen 2-1": misparsed


def cut_scores(doc: Doc, mentions: list[Mention]) -> None:
    """"Orrin 4-0": a score the tagger ran into a name is no part of it."""
    for m in mentions:
        end = m.end
        if end - m.start > 1 and _SCORE.match(doc[end - 1].text):
            end -= 1
        elif end - m.start > 3 and doc[end - 1].like_num and doc[end - 2].text in {"-", "\u2013"} \
                and doc[end - 3].like_num:
            end -= 3
        if end != m.end:
            m.end = end
            m.text = doc[m.start:end].text


def club_mentions(doc: Doc, found: list[Mention]) -> list[Mention]:
    """Capitalised names the tagger missed that a club's people qualify ("Marlsby coach
    X", "Rovers fans") or that play a match ("Selwick drew 2-2 with Harlow Town")."""
    lemmas = doc.to_array(LEMMA)  # one array pass, not a Python loop over every token
    heads = [doc[i] for i, lemma in enumerate(lemmas.tolist()) if lemma in _CLUB_HEAD_IDS]
    if not heads:
        return []
    covered = {i for m in found for i in range(m.start, m.end)}
    out: list[Mention] = []
    doubtful: list[Mention] = []  # "Veteran coach X": a capital at a sentence's start
    names = {c.i: c for h in heads for c in (*h.children, *(g for p in h.children
                                                          if p.lower_ in OPPONENT_PREPS
                                                          for g in p.children))}
    for token in (names[i] for i in sorted(names)):
        if token.i in covered or not _name_word(token) or (
                token.is_sent_start and token.lower_ in TEAM_WORDS):
            continue  # "Team captain X", "Club president Y": a kind word opening the sentence
        if not (_qualifies_club_people(token) or _match_side(token)) \
                or token.dep_ == "compound" and token.head.pos_ == "PROPN":
            continue
        start = token.i
        while start > 0 and start - 1 not in covered and _name_word(doc[start - 1]) \
                and doc[start - 1].head.i == token.i and doc[start - 1].dep_ == "compound":
            start -= 1
        if start < token.i and not _qualifies_club_people(token) \
                and token.lower_ not in CLUB_HEADS:
            continue  # "Ada Moreno beat Ilse Morrow 6-3": a full name is a player's
        m = Mention(start, token.i + 1, doc[start:token.i + 1].text, "Organization")
        sure = not (token.is_sent_start and start == token.i and token.pos_ != "PROPN")
        (out if sure else doubtful).append(m)
        covered.update(range(start, token.i + 1))
    known = {m.text for m in out} | {m.text for m in found}
    out += [m for m in doubtful if m.text in known or _named_again(doc, doc[m.start])]
    for m in out:
        m.article = m.article or m.end - m.start == 1 and _last_word_of_long(m.text,
                                                                             [*found, *out])
    return out


def _last_word_of_long(word: str, mentions: list[Mention]) -> bool:
    """"Rovers" after "Dunmore Rovers": the club's short name, as "the Council" is."""
    return any(m.text.endswith(f" {word}") for m in mentions)


def person_surnames(mentions: list[Mention]) -> set[str]:
    """The last words of the people's full names the tagger found ("Moreno" of "Ada
    Moreno"): the side of a tennis match or a candidate's supporters are people."""
    return {m.text.rsplit(None, 1)[-1] for m in mentions
            if m.ner_type == "Person" and " " in m.text}


def vote_club(doc: Doc, m: Mention, surnames: set[str]) -> None:
    """A name the tagger took for a person (or left untagged) that qualifies a club's
    people, that fans follow, or that plays a match is a club."""
    if m.ner_type == "Place" or m.text in surnames or m.titled \
            or m.ner_type == "Person" and m.end - m.start > 1:
        return  # "Veska coach X": a country's national side stays the country; "Ada
        # Moreno beat Ilse Morrow 6-3": a full name is a player's
    root = doc[m.end - 1]
    if _qualifies_club_people(root) or _followed(root) or _match_side(root):
        m.votes["Organization"] += EVIDENCE_WEIGHT + NER_WEIGHT


def _name_word(token: Token) -> bool:
    return token.pos_ in {"PROPN", "NOUN", "ADJ"} and token.text[:1].isupper() \
        and token.is_alpha and token.ent_type_ in {"", "ORG", "PERSON"}


def _qualifies_club_people(token: Token) -> bool:
    head = token.head
    return token.dep_ in {"compound", "amod", "nmod"} and head.pos_ == "NOUN" \
        and head.lemma_.lower() in CLUB_PEOPLE_NOUNS and head.i == token.i + 1


def _followed(token: Token) -> bool:
    """"fans of X", "supporters of X"."""
    prep = token.head
    return token.dep_ == "pobj" and prep.lower_ == "of" \
        and prep.head.lemma_.lower() in FOLLOWER_NOUNS


def _match_side(token: Token) -> bool:
    """The subject or opponent of a match verb in a sentence with a score or a match word."""
    verb = token.head
    if token.dep_ == "pobj" and verb.lower_ in OPPONENT_PREPS:
        verb = verb.head
    elif token.dep_ not in _SIDE_DEPS:
        return False
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in MATCH_VERBS:
        return False
    return any(_SCORE.match(t.text) or t.lower_ in MATCH_NOUNS
               or (t.like_num and t.nbor(1).text in {"-", "\u2013"} if t.i + 1 < len(t.doc)
                   else False)
               for t in verb.subtree if t.i != token.i)


def _named_again(doc: Doc, token: Token) -> bool:
    """The same capitalised word stands elsewhere in the text, not at a sentence's start."""
    return any(t.text == token.text and not t.is_sent_start for t in doc if t.i != token.i)
