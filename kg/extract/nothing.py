"""Events that the text says befell no one: "no one was injured", "nobody was hurt",
"none of the passengers died", "no arrests have been made", "there were no casualties",
"the blast caused no injuries". Nothing happened, so there is no event to record (a deed
denied of a named doer, "the army did not attack the town", stays a Denied event)."""

from __future__ import annotations

from spacy.tokens import Token

#: Words that, as a subject, say no one underwent the event ("nobody was hurt").
NO_ONE = frozenset({"nobody", "none", "noone", "no-one"})
#: Classes of the nouns that "no" empties ("no injuries", "no arrests were made"); "there
#: was no attack" may deny a claimed deed, and stays.
UNDERGONE_CLASSES = frozenset({"LifeEvent", "JusticeEvent"})


def befell_no_one(token: Token, cls: str | None) -> bool:
    """Whether the trigger ``token`` (of lexicon class ``cls``) is said of no one: a
    passive verb whose subject is "no one", "nobody", "none (of X)" or "no <noun>" ("no
    soldiers were killed"), or a death with such a subject ("none of them died"); a noun of
    harm or of justice under "no" ("no arrests", "no injuries"), or in the "of" phrase of
    such a noun ("no reports of casualties"). "Nobody has taken over these positions"
    denies a deed: it stays, Denied."""
    if token.pos_ == "VERB":
        return any((c.dep_ == "nsubjpass" or c.dep_ == "nsubj" and cls == "LifeEvent")
                   and _no_one(c) for c in token.children)
    if cls not in UNDERGONE_CLASSES:
        return False
    if _under_no(token):
        return True
    head = token.head
    return token.dep_ == "pobj" and head.lower_ == "of" and _under_no(head.head)


def _no_one(noun: Token) -> bool:
    """"nobody", "none (of the passengers)", "no one", "no civilians"."""
    return noun.lower_ in NO_ONE or _under_no(noun)


def _under_no(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)
