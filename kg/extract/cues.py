"""Cues whose content is a noun phrase: a speaker who judges, backs or answers someone or
something in words ("X attacked the plan", "X thanked the crew", "X agreed with Y",
"X pointed to the cost of fuel", "X noted the drop in sales").

``statements`` asks ``noun_content`` for the words said when a cue has no clause of its
own; the lexicons say which verbs speak through their object, and with what stance.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.coref import Resolver
from kg.extract.lexicon import HONORIFICS
from kg.extract.portrayals import ONLY_WITH_PREDICATE, PORTRAYING_VERBS, portrayal
from kg.extract.speakers import DOCUMENT_NOUNS, RELAY_CUES

#: Verbs that judge someone or something in words, through their object: praise,
#: thanks, backing, blame, scorn, doubt. Lemma -> stance local name.
JUDGING_VERBS: dict[str, str] = {
    **dict.fromkeys(
        ("thank", "compliment", "commend", "congratulate", "laud", "salute", "extol",
         "endorse", "champion", "tout", "defend", "lambaste", "lambast", "mock", "ridicule",
         "deride", "chide", "scold", "rebuke", "berate", "assail", "castigate",
         "excoriate", "disparage", "belittle", "insult", "fault", "question", "slam",
         "blast", "attack", "chastise", "lampoon", "scorn", "knock", "rap", "upbraid",
         "vilify", "denigrate", "malign", "smear", "brand", "label", "dub",
         "acknowledge", "admit", "concede", "note", "highlight", "underline",
         "underscore", "emphasize", "emphasise", "stress"),
        "Assert",
    ),
}
#: Of those, verbs that also name a deed ("rebels attacked the convoy", "the storm
#: blasted the coast"): words only when a person does it and the object is no place or
#: thing struck, or when a judgement follows ("attacked the plan as reckless").
DEED_VERBS = frozenset({"attack", "blast", "slam", "knock", "rap", "defend", "smear",
                        "question", "label", "brand"})
#: Prepositions after such a verb that carry the judgement ("blasted X as a disgrace",
#: "thanked X for Y", "attacked X over Y").
JUDGEMENT_PREPS = frozenset({"as", "for", "over", "on"})
#: Verbs that speak through a prepositional object ("agreed with the council", "pointed
#: to the cost", "railed against the tax"): lemma -> the prepositions that make them cues.
PREP_CUES: dict[str, frozenset[str]] = {
    "agree": frozenset({"with"}),
    "disagree": frozenset({"with"}),
    "side": frozenset({"with"}),
    "point": frozenset({"to"}),
    "rail": frozenset({"against"}),
    "argue": frozenset({"for", "against"}),
    "push": frozenset({"for"}),
    "press": frozenset({"for"}),
    # not "speak of" or "talk about": news reports them as topics, not as claims
    "comment": frozenset({"on"}),
    "complain": frozenset({"about", "of"}),
    "warn": frozenset({"of", "against", "about"}),
    "boast": frozenset({"about", "of"}),
    "brag": frozenset({"about"}),
    "joke": frozenset({"about"}),
    "lash": frozenset({"at"}),
    "hit": frozenset({"at"}),
    "testify": frozenset({"about", "on"}),
    "insist": frozenset({"on"}),
    "allude": frozenset({"to"}),
    "object": frozenset({"to"}),
}
#: Of those, verbs of a gesture as much as of words ("pointed to the door").
POINTING = frozenset({"point"})
#: Phrasal forms among them that need their particle ("lashed out at", "hit out at",
#: "spoke out against").
NEEDS_PARTICLE = frozenset({"lash", "hit"})
#: Entity types of an object that a deed verb acts on, not talks about.
STRUCK_TYPES = frozenset({"GPE", "LOC", "FAC", "PRODUCT"})
#: Deps of a word that names an object or a prepositional object.
_OBJECT_DEPS = frozenset({"dobj", "attr"})


def stance_of(lemma: str) -> str | None:
    """The stance of a noun-content cue, or ``None`` when the lemma is not one."""
    if lemma in JUDGING_VERBS:
        return JUDGING_VERBS[lemma]
    if lemma in ONLY_WITH_PREDICATE:
        return "Assert"
    return "Assert" if lemma in PREP_CUES else None


def noun_content(verb: Token, lemma: str, speaker: Token | None) -> list[Token]:
    """The words a noun-content cue says: its object with the judgement that follows
    ("the plan as reckless"), or its prepositional object ("with the council"); nothing
    when the verb names a deed rather than words, or has no such object."""
    if lemma in PORTRAYING_VERBS:
        return portrayal(verb, lemma)
    if lemma in PREP_CUES:
        return _prep_content(verb, lemma)
    if lemma not in JUDGING_VERBS:
        return []
    objs = [c for c in verb.children if c.dep_ in _OBJECT_DEPS]
    if not objs:
        return []
    after = [c for c in verb.children if c.i > objs[0].i and (
        c.dep_ in {"oprd", "xcomp"} or (c.dep_ == "prep" and c.lower_ in JUDGEMENT_PREPS
                                        and not _is_time(c)))]
    if lemma in DEED_VERBS and not after and not _words_judged(verb, objs[0], speaker):
        return []
    return objs + after


def _prep_content(verb: Token, lemma: str) -> list[Token]:
    if lemma in NEEDS_PARTICLE and not any(c.dep_ == "prt" for c in verb.children):
        return []
    for c in verb.children:
        if (c.dep_ == "prep" and c.lower_ in PREP_CUES[lemma] and not _is_time(c)
                and any(g.dep_ in {"pobj", "pcomp"} for g in c.children)):
            return [c] if lemma not in POINTING or _put_forward(verb, c) else []
    return []


def _put_forward(verb: Token, prep: Token) -> bool:
    """"pointed to the cost of fuel", "pointed to the fire as proof": something put
    forward, with words of its own or a role; not "pointed to the empty shops"."""
    pobj = next((g for g in prep.children if g.dep_ in {"pobj", "pcomp"}), prep)
    return pobj.right_edge.i > pobj.i or any(c.dep_ == "prep" and c.lower_ == "as"
                                             for c in verb.children)


def _words_judged(verb: Token, obj: Token, speaker: Token | None) -> bool:
    """"Moreno attacked the plan": a person's deed verb on a plan, a policy or a person is
    words; on a place, a building or a thing struck, or with a weapon, it is a deed."""
    if speaker is None or speaker.ent_type_ != "PERSON":
        return False
    if obj.ent_type_ in STRUCK_TYPES or any(c.dep_ == "prep" and c.lower_ == "with"
                                            for c in verb.children):
        return False
    return obj.pos_ in {"NOUN", "PROPN"} and (obj.ent_type_ in {"PERSON", "ORG", "NORP"}
                                               or obj.pos_ == "NOUN")


def _is_time(prep: Token) -> bool:
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return pobj is None or pobj.ent_type_ in {"DATE", "TIME"}


def named_as(res: Resolver, label: str) -> str | None:
    """The one person or organisation of the article a line's label names ("Olsen: ...",
    "Delta Grain: ..."): by its name or an alias, or a lone word by a person's surname."""
    words = label.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    want = " ".join(words).casefold()
    if not want:
        return None
    kind = res.table.type_of
    # a lone word may be a place the tagger took for a group ("Kelvar: floods ..."):
    # only a person answers to one word
    types = {"Person", "Organization"} if len(words) > 1 else {"Person"}
    found = {e.key for e in res.table.entities if kind(e.key) in types
             and want in {n.casefold() for n in (e.label, *e.aliases)}}
    if not found and len(words) == 1:
        found = {e.key for e in res.table.entities if kind(e.key) == "Person"
                 and len(e.label.split()) > 1 and e.label.split()[-1].casefold() == want}
    return found.pop() if len(found) == 1 else None


#: Longest run of words a heading in title case has.
HEADING_WORDS = 12


def title_like(words: str) -> bool:
    """A heading or a title in title case ("Legend of the Harbour"), not a sentence:
    short, and most of its longer words capitalised."""
    long = [w for w in words.split() if sum(ch.isalpha() for ch in w) >= 4]
    if not long or len(words.split()) > HEADING_WORDS:
        return False
    return sum(w.lstrip("'\"\u2018\u201c(")[:1].isupper() for w in long) >= 0.75 * len(long)


#: Nouns for a part of an organisation that speaks for all of it ("the general staff of
#: the armed forces said", "the party's press office said").
UNIT_NOUNS = frozenset({"staff", "leadership", "command", "headquarters", "office",
                        "secretariat", "bureau", "directorate", "management", "presidium",
                        "politburo", "wing", "branch", "department", "division", "desk"})


def unit_speaker(token: Token, res: Resolver) -> str | None:
    """The organisation whose unit is the subject: "the general staff of X", "X's press
    office", "the command of X"; not a person's office ("Olsen's office" is Olsen's)."""
    if token.lemma_.lower() not in UNIT_NOUNS:
        return None
    owner = _unit_owner(token, res)
    if owner is None and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        for i in range(token.i - 1, max(-1, token.i - UNIT_REACH), -1):
            earlier = token.doc[i]  # "the general staff" again: the one named before
            if earlier.lemma_ == token.lemma_ and (owner := _unit_owner(earlier, res)):
                break
    return owner


#: How many tokens back "the staff" finds "the staff of X".
UNIT_REACH = 600


def _unit_owner(token: Token, res: Resolver) -> str | None:
    for child in token.children:
        if child.dep_ == "poss" and child.pos_ != "PRON":
            owner = child
        elif child.dep_ == "prep" and child.lower_ in {"of", "at"}:
            owner = next((c for c in child.children if c.dep_ == "pobj"), None)
        else:
            continue
        key = res.entity_of(owner, allow_pronoun=False) if owner is not None else None
        if key is not None and res.table.type_of(key) == "Organization":
            return key
    return None


def as_relay(cue: Token, lemma: str) -> bool:
    """"As reported by the Courier, ...", "as the Courier reported, ...": a cue in an
    "as" clause that hands on someone else's statement."""
    return lemma in RELAY_CUES and any(c.dep_ == "mark" and c.lower_ == "as"
                                       for c in cue.children)


def second_that_clause(cue: Token, start: int, end: int) -> Token | None:
    """"told X that A and that B": the clause of B, a second thing said, when the cue's
    that-clause has a coordinated one with a "that" of its own."""
    doc = cue.doc
    for t in doc[start:end]:
        head = t.head
        if (t.dep_ == "conj" and head.head.i == cue.i and head.dep_ in {"ccomp", "xcomp"}
                and any(c.dep_ == "mark" and c.lower_ == "that" for c in t.children)
                and start <= head.i < t.left_edge.i):
            return t
    return None


def untagged_name(token: Token, res: Resolver) -> str | None:
    """A subject the tagger missed that is the name of an entity of the article
    ("Quillmark said" where this mention went untagged, "Mr. Olsen said")."""
    if token.pos_ != "PROPN":
        return None
    words = [c.text for c in token.children if c.dep_ == "compound" and c.i < token.i
             and c.pos_ == "PROPN" and c.text.rstrip(".").lower() not in HONORIFICS]
    return named_as(res, " ".join([*words, token.text]))


#: Verbs that report words only when a document is their subject ("the letter reads",
#: "read a notice issued by X"); "Olsen read the report" is no statement.
DOCUMENT_CUES = frozenset({"read"})


#: Verbs by which a document or a recording tells what its author claims when they take a
#: that-clause ("a video released by X showed that its fighters had entered Y").
SHOWING_CUES = frozenset({"show", "prove", "demonstrate"})


def document_cue(verb: Token, lemma: str) -> bool:
    """Whether ``verb`` is a document's cue: "read" with a document noun for subject, or
    "showed that" with one (not "the video showed a crowd", "figures showed that")."""
    if lemma in SHOWING_CUES:
        return any(c.dep_ == "ccomp" and any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children)
                   for c in verb.children) and document_of(verb) is not None
    return lemma in DOCUMENT_CUES and document_of(verb) is not None


def document_of(verb: Token) -> Token | None:
    """The document that "reads": the subject, or the noun after the verb of an inverted
    cue the parser took for its object ('"...," read a notice issued by X')."""
    for c in verb.children:
        if c.lemma_.lower() not in DOCUMENT_NOUNS:
            continue
        if c.dep_ == "nsubj" or (c.dep_ == "dobj" and c.i > verb.i and any(
                g.dep_ == "ccomp" and g.i < verb.i for g in verb.children)):
            return c
    return None
