"""Predicative cues: a stance stated with "be" and an adjective ("X was adamant that A",
"X is confident that A", "X has been critical of the plan").

News reports many claims this way, not with a reporting verb: the adjective says how
the speaker holds the claim, the that-clause (or the object of "of") is what they hold.
``statements`` asks ``predicative`` for a draft at every adjective of the lexicons below.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.coref import Resolver
from kg.extract.drafts import Draft, make_draft, trim_range

#: Adjectives that, after "be", state a claim held firmly, hopefully or in doubt, with a clause:
#: "was adamant that", "is confident the deal will close". Lemma -> stance.
CLAUSE_ADJECTIVES: dict[str, str] = {
    **dict.fromkeys(("adamant", "confident", "convinced", "certain", "sure", "insistent",
                     "emphatic", "positive", "optimistic", "hopeful", "pessimistic",
                     "unequivocal", "categorical", "clear", "explicit", "doubtful",
                     "sceptical", "skeptical", "dubious"), "Assert"),
}
#: Adjectives that judge their object, after "be": "is critical of the plan".
OF_ADJECTIVES: dict[str, str] = dict.fromkeys(
    ("critical", "supportive", "dismissive", "scornful", "contemptuous", "sceptical",
     "skeptical", "wary", "suspicious", "disparaging", "derisive", "scathing"), "Assert")
#: Verbs that link a subject to such an adjective ("was", "remained", "seemed").
LINKING_VERBS = frozenset({"be", "remain", "seem", "appear", "sound", "stay"})
#: Subjects that are no speaker: "it is clear that ..." says nothing of anyone.
EMPTY_SUBJECTS = frozenset({"it", "this", "that", "there", "what", "which"})
#: Auxiliaries under which nothing is stated yet ("will be confident", "may be sure").
_UNREAL = frozenset({"can", "could", "may", "might", "should", "must", "will", "shall",
                     "would", "'ll", "ca", "wo"})


def is_predicative(token: Token) -> bool:
    """Whether ``token`` is an adjective of the lexicons, the predicate of a linking verb."""
    lemma = token.lemma_.lower()
    return (token.pos_ == "ADJ" and token.dep_ == "acomp"
            and (lemma in CLAUSE_ADJECTIVES or lemma in OF_ADJECTIVES)
            and token.head.lemma_.lower() in LINKING_VERBS)


def predicative(adjective: Token, res: Resolver) -> Draft | None:
    """The statement of "X was adamant that A" / "X is critical of B", when X is a named
    person or organisation and the linking verb is neither negated nor unreal."""
    link = adjective.head
    if any(c.dep_ == "neg" for c in (*link.children, *adjective.children)) or any(
            c.dep_ == "aux" and c.lower_ in _UNREAL for c in link.children):
        return None
    subject = next((c for c in link.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in EMPTY_SUBJECTS:
        return None
    lemma = adjective.lemma_.lower()
    content, cue = _clause(adjective, link), lemma
    if content is None and lemma in OF_ADJECTIVES:
        content, cue = _of_object(adjective), f"{lemma} of"
    if content is None:
        return None
    speaker = res.entity_of(subject)
    if speaker is None or res.table.type_of(speaker) not in {"Person", "Organization"}:
        return None
    stance = CLAUSE_ADJECTIVES.get(cue) or OF_ADJECTIVES.get(lemma) or "Assert"
    draft = make_draft(adjective, speaker, stance, cue, content)
    draft.speaker_token = subject.i
    return draft


def _clause(adjective: Token, link: Token) -> tuple[int, int] | None:
    """The clause after the adjective, hung on it or on the linking verb."""
    if adjective.lemma_.lower() not in CLAUSE_ADJECTIVES:
        return None
    for c in (*adjective.children, *link.children):
        if c.dep_ == "ccomp" and c.i > adjective.i:
            return trim_range(adjective.doc, c.left_edge.i, c.right_edge.i + 1)
    return None


def _of_object(adjective: Token) -> tuple[int, int] | None:
    prep = next((c for c in adjective.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if prep is None or not any(c.dep_ in {"pobj", "pcomp"} for c in prep.children):
        return None
    return trim_range(adjective.doc, prep.i + 1, prep.right_edge.i + 1)
