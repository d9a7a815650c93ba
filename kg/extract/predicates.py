"""Predicative cues: a stance stated with "be" and an adjective ("X was adamant that A",
"X is confident that A", "X has been critical of the plan").

News reports many claims this way, not with a reporting verb: the adjective says how
the speaker holds the claim, the that-clause (or the object of "of") is what they hold.
``statements`` asks ``predicative`` for a draft at every adjective of the lexicons below.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.content import cue_lemma
from kg.extract.coref import Resolver
from kg.extract.drafts import Draft, make_draft, trim_range
from kg.extract.lexicon import REPORTING_VERBS, UNREAL_AUXES

#: Adjectives that, after "be", state a claim held firmly, hopefully or in doubt, with a clause:
#: "was adamant that", "is confident the deal will close". Each states an assertion.
CLAUSE_ADJECTIVES = frozenset({"adamant", "confident", "convinced", "certain", "sure",
                               "insistent", "emphatic", "positive", "optimistic", "hopeful",
                               "pessimistic", "unequivocal", "categorical", "clear", "explicit",
                               "doubtful", "sceptical", "skeptical", "dubious"})
#: Adjectives that judge their object, after "be": "is critical of the plan".
OF_ADJECTIVES = frozenset({"critical", "supportive", "dismissive", "scornful", "contemptuous",
                           "sceptical", "skeptical", "wary", "suspicious", "disparaging",
                           "derisive", "scathing"})
#: Verbs that link a subject to such an adjective ("was", "remained", "seemed").
LINKING_VERBS = frozenset({"be", "remain", "seem", "appear", "sound", "stay"})
#: Subjects that are no speaker: "it is clear that ..." says nothing of anyone.
EMPTY_SUBJECTS = frozenset({"it", "this", "that", "there", "what", "which"})
#: Auxiliaries under which nothing is stated yet ("will be confident", "may be sure").
_UNREAL = UNREAL_AUXES | {"would"}


#: Participles the tagger reads as a passive verb: "was convinced (that) A".
PASSIVE_CONVICTION = frozenset({"convinced", "persuaded"})


def is_predicative(token: Token) -> bool:
    """Whether ``token`` is an adjective of the lexicons, the predicate of a linking verb
    (or "convinced" read as a passive)."""
    lemma = token.lemma_.lower()
    if token.lower_ in PASSIVE_CONVICTION and token.tag_ == "VBN":
        return any(c.dep_ == "auxpass" for c in token.children)
    return (token.pos_ == "ADJ" and token.dep_ == "acomp"
            and (lemma in CLAUSE_ADJECTIVES or lemma in OF_ADJECTIVES)
            and token.head.lemma_.lower() in LINKING_VERBS)


def predicative(adjective: Token, res: Resolver) -> Draft | None:
    """The statement of "X was adamant that A" / "X is critical of B", when X is a named
    person or organisation and the linking verb is neither negated nor unreal."""
    passive = adjective.lower_ in PASSIVE_CONVICTION and adjective.tag_ == "VBN"
    link = adjective if passive else adjective.head
    if any(c.dep_ == "neg" for c in (*link.children, *adjective.children)) or any(
            c.dep_ == "aux" and c.lower_ in _UNREAL for c in link.children):
        return None
    subject = next((c for c in link.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.lower_ in EMPTY_SUBJECTS:
        return None
    lemma = adjective.lower_ if passive else adjective.lemma_.lower()
    content, cue = _clause(lemma, adjective, link), lemma
    if content is None and lemma in OF_ADJECTIVES:
        content, cue = _of_object(adjective), f"{lemma} of"
    if content is None:
        return None
    speaker = res.entity_of(subject)
    if speaker is None or res.table.type_of(speaker) not in {"Person", "Organization"}:
        return None
    draft = make_draft(adjective, speaker, "Assert", cue, content)
    draft.speaker_token = subject.i
    return draft


def _clause(lemma: str, adjective: Token, link: Token) -> tuple[int, int] | None:
    """The clause after the adjective, hung on it or on the linking verb."""
    if lemma not in CLAUSE_ADJECTIVES and lemma not in PASSIVE_CONVICTION:
        return None
    children = adjective.children if link is adjective else (*adjective.children,
                                                             *link.children)
    for c in children:
        if c.dep_ == "ccomp" and c.i > adjective.i:
            return trim_range(adjective.doc, c.left_edge.i, c.right_edge.i + 1)
    return None


def _of_object(adjective: Token) -> tuple[int, int] | None:
    prep = next((c for c in adjective.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if prep is None or not any(c.dep_ in {"pobj", "pcomp"} for c in prep.children):
        return None
    return trim_range(adjective.doc, prep.i + 1, prep.right_edge.i + 1)


#: Verbs of wish and expectation whose infinitive states the subject's aim as a claim
#: ("X wants to sign up five million people", "X expects to close the deal by May").
AIM_VERBS = frozenset({"want", "hope", "expect"})
#: Present-tense tags: "wants", "hope".
PRESENT_TAGS = frozenset({"VBZ", "VBP"})
#: Infinitives that ask or learn rather than aim ("wants to know why", "hopes to see").
_QUESTION_VERBS = frozenset({"know", "see", "ask", "hear", "learn", "find", "understand",
                             "meet", "talk", "speak"})


def stated_aim(verb: Token) -> bool:
    """"X wants to make fares free": an aim the text attributes to X, in the present
    tense (the speaker's standing position, not a wish the writer tells), when X is named
    (not a pronoun), the aim is not inside someone else's words, and the infinitive says
    what X would do (a verb with an object or a clause, not "wants to know")."""
    if cue_lemma(verb) not in AIM_VERBS or verb.tag_ not in PRESENT_TAGS:
        return False  # "wanted to avoid a strike" tells a past wish, not a stated aim
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON" or any(
            a.pos_ == "VERB" and cue_lemma(a) in REPORTING_VERBS for a in verb.ancestors):
        return False  # "he said they wanted to avoid a fight": told, not stated by them
    comp = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"}
                 and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)), None)
    if comp is None or comp.lemma_.lower() in _QUESTION_VERBS:
        return False
    return any(c.dep_ in {"dobj", "ccomp", "prep", "xcomp", "attr"}
                                    for c in comp.children)


#: Verbs that make their object do what their infinitive says ("prompting the council to
#: condemn ...", "forced the club to admit ..."): the object is the one who spoke. Not
#: "asked X to confirm" nor "urged X to deny": a request says nothing of what X did.
CAUSING_VERBS = frozenset({"prompt", "force", "lead", "cause", "spur", "compel", "drive",
                           "provoke", "move", "push", "get"})


def caused_speaker(verb: Token) -> Token | None:
    """The object of a causing verb, as the subject of the cue in its infinitive."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.i == verb.i or head.lemma_.lower() not in CAUSING_VERBS:
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    return next((c for c in head.children if c.dep_ == "dobj"), None)
