"""Words of events that tell of none. Harm or arrests that befell no one: "no one was
injured", "nobody was hurt", "none of the passengers died", "no arrests have been made",
"there were no casualties", "the blast caused no injuries": nothing happened, so there is
no event to record (a deed denied of a named doer, "the army did not attack the town",
stays a Denied event). And the setting a statement is made in: "told a news conference",
"said in an interview", "speaking at a press briefing" say how words reached the press,
no meeting of sides ("the two leaders met in Orrin" is one). And the prosecution as a
side in court ("the prosecution says", "a witness for the prosecution"), no act of
prosecuting ("the prosecution of the former mayor" is one)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.lexicon import REPORTING_VERBS
from kg.extract.tokens import arrays_of

#: Words that, as a subject, say no one underwent the event ("nobody was hurt").
NO_ONE = frozenset({"nobody", "none", "noone", "no-one"})
#: Classes of the nouns that "no" empties ("no injuries", "no arrests were made"); "there
#: was no attack" may deny a claimed deed, and stays.
UNDERGONE_CLASSES = frozenset({"LifeEvent", "JusticeEvent"})
#: The words one of which a thing that befell no one has: "no" or a word of ``NO_ONE``.
_NO_WORDS = NO_ONE | {"no"}


def befell_no_one(token: Token, cls: str | None) -> bool:
    """Whether the trigger ``token`` (of lexicon class ``cls``) is said of no one: a
    passive verb whose subject is "no one", "nobody", "none (of X)" or "no <noun>" ("no
    soldiers were killed"), or a death with such a subject ("none of them died"); a noun of
    harm or of justice under "no" ("no arrests", "no injuries"), or in the "of" phrase of
    such a noun ("no reports of casualties"). "Nobody has taken over these positions"
    denies a deed: it stays, Denied."""
    if not arrays_of(token.doc).sentence_has(token.i, _NO_WORDS):
        return False  # every reading below needs one of these words in the sentence
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


#: Settings of a statement made to the press ("a news conference", "an interview").
PRESS_SETTINGS = frozenset({"conference", "interview", "briefing", "presser"})
#: Verbs of speaking that, beside the reporting verbs, take a setting ("speaking at").
_SPEAKING_VERBS = frozenset({"speak", "talk", "address"})


def setting_of_words(noun: Token) -> bool:
    """"Olsen told a news conference that ...", "speaking at a press conference, Moreno
    said ...", "in an interview with the Marlow Courier, Moreno said ...", "gave an
    interview": the setting of a statement is no ContactEvent."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in PRESS_SETTINGS:
        return False
    verb = noun.head
    if noun.dep_ == "pobj" and verb.pos_ == "ADP":
        verb = verb.head  # "at a press conference", "in an interview"
    elif noun.dep_ not in {"dobj", "dative"}:
        return False
    lemma = verb.lemma_.lower()
    return verb.pos_ in {"VERB", "AUX"} and (
        lemma in REPORTING_VERBS or lemma in _SPEAKING_VERBS or lemma == "give")


#: Nouns of a side in court that are also acts of justice ("the prosecution").
COURT_SIDES = frozenset({"prosecution"})


def side_in_court(noun: Token) -> bool:
    """"The prosecution says Weir took bribes", "the prosecution's case", "a witness for
    the prosecution", "asked by the prosecution": the side that prosecutes, no event; "the
    prosecution of the mayor", "faces prosecution" stay acts of justice."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in COURT_SIDES:
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return False
    if noun.dep_ in {"nsubj", "poss"}:
        return True
    return noun.dep_ == "pobj" and noun.head.lower_ in {"for", "by"}
