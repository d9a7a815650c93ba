"""Cues that say what someone or something is by casting it as something else: "X
described the plan as reckless", "X portrayed himself as an outsider", "X likened the
merger to a takeover", "the flood, which X called ... / described as the worst in
decades"; and "as X put it, ...", where the words framed are the host clause.

The content is the object with its predicate ("the plan as reckless"), or, in a relative
clause whose object is the relative pronoun, the noun it stands for with its predicate.
Without the predicate these verbs name deeds ("painted the fence", "cast a vote",
"compared prices"), so the predicate is required.
"""

from __future__ import annotations

from spacy.tokens import Token

#: Verb lemma -> the preposition that carries what the object is said to be.
PORTRAYING_VERBS: dict[str, str] = {
    **dict.fromkeys(("describe", "portray", "paint", "cast", "depict", "characterize",
                     "characterise", "frame", "present", "style", "bill", "picture",
                     "caricature", "pigeonhole"), "as"),
    **dict.fromkeys(("compare", "liken", "equate"), "to"),
}
#: Of those, verbs that are no reporting cue of their own: they speak only through the
#: object and its predicate.
ONLY_WITH_PREDICATE = frozenset({"portray", "paint", "cast", "depict", "characterize",
                                 "characterise", "frame", "present", "style", "bill",
                                 "picture", "caricature", "pigeonhole", "compare",
                                 "liken", "equate"})
_OBJECT_DEPS = frozenset({"dobj"})
_PREDICATE_DEPS = frozenset({"pobj", "pcomp", "amod", "acomp"})
_RELATIVE_WORDS = frozenset({"which", "that", "who", "whom"})


def portrayal(verb: Token, lemma: str) -> list[Token]:
    """The words of a portraying cue: its object (or the noun a relative pronoun object
    stands for) and the predicate phrase ("as reckless", "to a takeover"); nothing when
    either is missing."""
    prep_word = PORTRAYING_VERBS.get(lemma)
    if prep_word is None:
        return []
    obj = next((c for c in verb.children if c.dep_ in _OBJECT_DEPS), None)
    if obj is None:
        return []
    # the phrase hangs on the verb, or the parser hung it on the object ("the reform to")
    pred = next((c for c in (*verb.children, *obj.children) if c.dep_ == "prep"
                 and c.lower_ == prep_word and c.i > obj.i
                 and any(g.dep_ in _PREDICATE_DEPS for g in c.children)), None)
    if pred is None:  # "as contained", parsed as a clause marked by "as"
        pred = next((c for c in verb.children if c.dep_ == "advcl" and c.i > obj.i
                     and any(g.dep_ == "mark" and g.lower_ == prep_word
                             for g in c.children)), None)
    if pred is None:
        return []
    if obj.lower_ in _RELATIVE_WORDS and verb.dep_ == "relcl":
        return [verb.head, pred]  # "the flood, which X described as the worst": the flood
    return [obj, pred]


def puts_it(token: Token) -> bool:
    """"As X put it, ...": "put" with "it" as its object, framing a clause."""
    if token.lemma_.lower() != "put" or token.pos_ != "VERB":
        return False
    if not any(c.dep_ == "dobj" and c.lower_ == "it" for c in token.children):
        return False
    return token.dep_ in {"advcl", "parataxis"} and any(
        c.dep_ == "mark" and c.lower_ == "as" for c in token.children) or token.dep_ == "parataxis"
