"""Statements framed by a noun or a light verb rather than by a reporting verb:
"X's view is that A" (a noun of saying or thinking, owned by the speaker, equated with a
that-clause) and "X made (it) clear that A" (a light verb with an adjective of showing).
The that-clause is what X said.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.coref import Resolver
from kg.extract.drafts import Draft, make_draft, trim_range
from kg.extract.lexicon import STATEMENT_NOUNS
from kg.extract.speakers import speakers_for

#: Nouns of a position held or put in words, which "is that ..." spells out ("X's argument
#: is that", "her view was that", "the club's position remains that").
FRAMING_NOUNS = frozenset(STATEMENT_NOUNS) | {
    "argument", "view", "point", "position", "belief", "contention", "assessment", "case",
    "answer", "response", "reply", "explanation", "verdict", "finding", "advice",
    "recommendation", "suggestion", "complaint", "theory", "thesis", "stance", "opinion",
    "concern", "fear", "hope", "worry", "bet", "insistence", "understanding",
    "line", "defence", "defense", "excuse", "reasoning", "feeling", "sense", "impression",
    "expectation", "guess", "instinct", "objection",
}
#: Verbs that equate a framing noun with its clause ("is", "remains", "was always").
_EQUATING = frozenset({"be", "remain", "stay"})
#: Adjectives of showing after a light "make" ("made clear that", "made it plain that").
SHOWING_ADJECTIVES = frozenset({"clear", "plain", "known", "obvious", "explicit"})
_SPEAKER_TYPES = frozenset({"Person", "Organization"})


def framed_by_noun(noun: Token, res: Resolver) -> Draft | None:
    """"Delta Grain's view was that the mill could not be saved": the owner of a framing
    noun that is the subject of "be" with a that-clause said the clause."""
    if noun.dep_ != "nsubj" or noun.lemma_.lower() not in FRAMING_NOUNS:
        return None
    verb = noun.head
    if verb.lemma_.lower() not in _EQUATING or verb.i < noun.i:
        return None
    clause = next((c for c in verb.children if c.i > verb.i and c.dep_ in {"ccomp", "attr"}
                   and _that_clause(c)), None)
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if clause is None or owner is None:
        return None
    return _draft(verb, owner, noun.lemma_.lower(), clause, res)


def made_clear(verb: Token, res: Resolver) -> Draft | None:
    """"X made clear that A", "X made it plain that A": the subject of the light verb
    said the clause hung on the adjective (or on the verb)."""
    if verb.lemma_.lower() != "make" or verb.dep_ in {"amod", "acl", "relcl"}:
        return None
    adjective = next((c for c in verb.children if c.i > verb.i and c.pos_ in {"ADJ", "VERB"}
                      and c.lower_ in SHOWING_ADJECTIVES), None)
    if adjective is None or any(c.dep_ == "neg" for c in verb.children):
        return None
    clause = next((c for c in (*adjective.children, *verb.children)
                   if c.i > adjective.i and c.pos_ in {"VERB", "AUX"} and _that_clause(c)),
                  None)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if clause is None or subject is None:
        return None
    return _draft(verb, subject, f"make {adjective.lower_}", clause, res)


def _that_clause(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _draft(anchor: Token, who: Token, cue: str, clause: Token, res: Resolver) -> Draft | None:
    speaker = res.entity_of(who)
    if speaker is None or res.table.type_of(speaker) not in _SPEAKER_TYPES:
        return None
    start = next(c for c in clause.children if c.dep_ == "mark").i + 1
    content = trim_range(anchor.doc, start, clause.right_edge.i + 1)
    if content is None:
        return None
    draft = make_draft(anchor, speakers_for(res).full_name(speaker), "Assert", cue, content)
    draft.speaker_token = who.i
    return draft
