"""Implicative and aspectual verbs whose complement is the deed: "succeeded in capturing
X", "managed to take X", "failed to retake X", "tried to enter X", "were able to seize X",
"went on to occupy X", "began to shell X", "helped to capture X". The verb above only
says how the deed went (done, tried, begun, not done); the deed is the event, done by the
subject above, and the factuality the verb above gives it (``events.factuality``): done
for succeed, manage, be able, go on; not done for fail; only tried or meant for try,
attempt, seek, hope, plan, threaten. "Succeed" without such a complement stays a
succession ("she succeeded him as chief").
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.lexicon import CUE_LEMMA_FIXES, EFFORT_NOUNS

#: Verbs whose "to" infinitive (or, for "succeed", "in" gerund) is the deed they say how
#: went: the verb itself is no event ("tried to enter X", "succeeded in taking X").
COMPLEMENT_VERBS = frozenset({"try", "seek", "move", "succeed", "manage", "fail", "attempt",
                              "begin", "start", "continue", "help", "hope", "plan",
                              "threaten", "strive", "endeavour", "endeavor", "proceed",
                              "resume", "go"})
#: Adjectives after "be" whose infinitive is done by the subject ("were able to seize X").
ABLE_WORDS = frozenset({"able", "unable", "quick", "ready", "eager", "keen", "willing",
                        "determined", "first", "last"})


def event_complement(verb: Token) -> Token | None:
    """The infinitive or gerund of an implicative or aspectual verb that names its deed
    ("managed to take", "succeeded in capturing", "went on to occupy"), else None."""
    if verb_lemma(verb) not in COMPLEMENT_VERBS:
        return None
    for c in verb.children:
        if c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"} and _infinitive(c):
            return c
        if c.dep_ == "advcl" and _infinitive(c) and _gone_on(verb):
            return c  # "went on to occupy X"
        if c.dep_ == "prep" and c.lower_ == "in" and verb.lemma_.lower() == "succeed":
            return next((p for p in c.children if p.dep_ == "pcomp" and p.tag_ == "VBG"),
                        None)  # "succeeded in capturing X"
    return None


def verb_lemma(verb: Token) -> str:
    """A verb's lemma, mended where the small model gets it wrong ("hopes" -> "hop")."""
    return CUE_LEMMA_FIXES.get(verb.lower_) or verb.lemma_.lower()


def effort_infinitive(verb: Token) -> bool:
    """Whether a verb is the "to" infinitive of a noun of effort ("an offensive to retake
    X", "a campaign to seize Y"): what the effort is for, not yet had (not a participle:
    "the offensive launched on Monday")."""
    return verb.dep_ == "acl" and verb.head.lemma_.lower() in EFFORT_NOUNS and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _infinitive(clause: Token) -> bool:
    """A "to" infinitive ("to take") or a gerund ("began shelling")."""
    return clause.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ == "to"
                                       for c in clause.children)


def _gone_on(verb: Token) -> bool:
    return verb.lemma_.lower() == "go" and any(c.dep_ == "prt" and c.lower_ == "on"
                                               for c in verb.children)


def subject_above(clause: Token) -> bool:
    """Whether a deed's clause takes its doer from the subject above through a word the
    verb climb does not pass: "were able to seize X" (the adjective after "be"), "went
    on to occupy X" (an infinitive the parser hangs as an adverbial clause)."""
    if clause.dep_ == "acomp" and clause.lemma_.lower() in ABLE_WORDS:
        return any(c.dep_ == "xcomp" for c in clause.children)
    if clause.dep_ == "advcl" and _infinitive(clause):
        found = event_complement(clause.head)
        return found is not None and found.i == clause.i
    return False


#: Possessive pronouns that point back to their own clause's subject ("the rebels failed
#: in their attempt to take X": the rebels' attempt).
_BOUND_POSSESSIVES = frozenset({"its", "their", "his", "her"})
_CLIMB = 3


def owner_bound_to_subject(owner: Token) -> Token:
    """The subject of the clause a possessive pronoun is in, which it points back to
    ("the rebels had failed in their attempt to take X" -> "rebels"), when that subject
    is a name or a plain noun (not "its fighters", not a pronoun); else the pronoun."""
    if owner.lower_ not in _BOUND_POSSESSIVES:
        return owner
    t = owner.head
    for _ in range(_CLIMB):
        if t.pos_ in {"VERB", "AUX"}:
            break
        t = t.head
    subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ == "PRON" or any(c.dep_ == "poss" for c in subj.children):
        return owner
    return subj


#: Verbs by which the subject makes an effort its own ("launched a bid to retake X"); not
#: "repelled an attempt", "survived an attempt", "foiled a bid" (someone else's).
EFFORT_MAKING_VERBS = frozenset({"launch", "make", "mount", "begin", "start", "renew",
                                 "intensify", "continue", "resume", "wage", "press", "step"})


def effort_maker(noun: Token) -> Token | None:
    """The subject of the verb that makes an effort its own, when the effort has no
    owner word: "the army launched an offensive to retake X" -> "army"."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb_lemma(verb) not in EFFORT_MAKING_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)
