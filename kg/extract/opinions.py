"""Contents that only judge an event: "X said the talks were useful", "Y said the meeting
had been constructive", "Z said the vote was a mistake". The event
noun is there, but what is said is an opinion of it, not that it happened: such a
content asserts no event, and the statement has no proposition.

A judgement that tells how a deed went ("the capture was complete", "the withdrawal is
finished") still asserts the deed: only words of opinion count here.
"""

from __future__ import annotations

from spacy.tokens import Token

#: Adjectives that judge an event, saying nothing of whether or how it was done.
OPINION_ADJECTIVES = frozenset({
    "useful", "constructive", "productive", "positive", "fruitful", "helpful", "frank",
    "cordial", "friendly", "good", "great", "excellent", "important", "historic",
    "difficult", "tough", "encouraging", "disappointing", "unacceptable", "regrettable",
    "unfortunate", "welcome", "necessary", "premature", "pointless", "meaningful",
    "valuable", "candid", "warm", "substantive", "serious", "useless", "worthwhile",
    "promising", "significant", "unhelpful", "wrong", "right", "fair", "unfair", "bad"})
#: Nouns by which "X was a ..." judges an event ("the vote was a mistake").
OPINION_NOUNS = frozenset({"mistake", "error", "success", "failure", "disaster", "shame",
                           "farce", "sham", "waste", "disgrace", "triumph", "blunder"})
#: Verbs that link an event noun to a judgement of it ("were", "seemed", "proved").
LINKING_VERBS = frozenset({"be", "seem", "prove", "remain", "look", "appear", "sound"})


def judged_only(noun: Token, bounds: tuple[int, int]) -> bool:
    """Whether the event noun ``noun`` is the subject of the content's main clause that
    only judges it: "the talks were useful", "the meeting had been frank and cordial",
    "the vote was a mistake" (not "the capture was complete", nor "the talks were held
    in X")."""
    if noun.pos_ != "NOUN" or noun.dep_ != "nsubj":
        return False
    verb = noun.head
    if verb.lemma_.lower() not in LINKING_VERBS or not bounds[0] <= verb.i < bounds[1]:
        return False
    if verb.head.i != verb.i and bounds[0] <= verb.head.i < bounds[1]:
        return False  # a clause inside the content, not its main one
    judged = False
    for c in verb.children:
        if c.dep_ in {"acomp", "oprd"} or (c.dep_ == "xcomp" and c.pos_ == "ADJ"):
            words = [c, *(g for g in c.children if g.dep_ == "conj")]
            if not all(w.lemma_.lower() in OPINION_ADJECTIVES for w in words):
                return False
            judged = True
        elif c.dep_ == "attr":
            if c.lemma_.lower() not in OPINION_NOUNS:
                return False
            judged = True
        elif c.dep_ in {"prep", "ccomp", "xcomp", "advcl"}:
            return False  # "were held in X", "proved that ...": more than a judgement
    return judged
