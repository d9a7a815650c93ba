"""When a statement was made: a date on its cue's clause ("said on Monday"), on the
occasion ("speaking at Tuesday's meeting"), after the cue, or carried from the same
speaker's dated statement a few sentences before.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.content import cue_lemma
from kg.extract.coref import Resolver
from kg.extract.drafts import Draft
from kg.extract.lexicon import REPORTING_VERBS, SAME_DAY_UNITS, VAGUE_TIME_WORDS
from kg.extract.temporal import DateMention, attached
from kg.records import DateValue

#: How many sentences a speaker's dated statement dates their undated ones.
DATE_CARRY_SENTENCES = 3


def statement_date(cue: Token, dms: list[DateMention],
                    published: DateValue | None) -> DateValue | None:
    """The date attached to the cue; else publication day unless the wording is vague.
    A participle ("..., adding that ...") is dated as the verb it hangs on."""
    if attached(dms, cue) is None and (host := _participle_host(cue)) is not None:
        return statement_date(host, dms, published)
    host = _finite_host(cue)
    if host is not None and attached(dms, cue) is None:
        return statement_date(host, dms, published)
    for anchor in (cue, cue.head if cue.dep_ in {"conj", "advcl", "xcomp"} else None):
        if anchor is None:
            continue
        found = attached(dms, anchor)
        if found is not None and (found.value is not None or not _within_day(found, cue.doc)):
            return found.value
    found = _date_after_cue(cue, dms) or _occasion_date(cue, dms)
    if found is not None:
        return found.value
    if any(c.lemma_.lower() in VAGUE_TIME_WORDS for c in cue.children):
        return None
    if any(c.dep_ == "aux" and c.lower_ == "had" for c in cue.children):
        return None
    if cue.tag_ in {"VBD", "VBZ", "VBP", "VBN"} or cue.lower_ == "according":
        return published
    return None


#: How a non-finite cue hangs on the verb that dates it: "a statement claiming" (acl, then
#: the noun's verb), "quoted as saying" (pcomp under "as"), "goes on to report" (xcomp).
NON_FINITE_LINKS = frozenset({"acl", "pcomp", "xcomp", "advcl"})
NOUN_LINKS = frozenset({"dobj", "nsubjpass", "nsubj", "attr"})


def _participle_host(cue: Token) -> Token | None:
    """The verb a participial cue is dated by: "..., adding that ...", "..., going on to
    warn that ..." (an infinitive cue on a participle of going on), "before going on to
    rule that ...". A participle the parser hung inside the content of a reporting verb
    ("said on Tuesday that A, adding B") is dated by that verb, not by A's."""
    t = cue
    if t.tag_ == "VB" and t.dep_ in {"xcomp", "advcl"} and t.head.tag_ == "VBG":
        t = t.head
    if t.tag_ != "VBG" or t.dep_ not in _PARTICIPLE_LINKS or t.head.i == t.i:
        return None
    up = t.head
    if t.dep_ == "pcomp" and up.dep_ == "prep":
        up = up.head
    if up.pos_ not in {"VERB", "AUX"} or up.i == t.i:
        return None
    if up.dep_ == "ccomp" and cue_lemma(up.head) in REPORTING_VERBS:
        return up.head
    return up


_PARTICIPLE_LINKS = frozenset({"advcl", "xcomp", "conj", "pcomp"})


def _finite_host(cue: Token) -> Token | None:
    """The finite verb a participle or infinitive cue is said through, when there is one:
    "released a statement claiming", "was quoted as saying", "goes on to report"."""
    if cue.tag_ not in {"VBG", "VB"} or cue.dep_ not in NON_FINITE_LINKS:
        return None
    up = cue.head
    as_saying = cue.dep_ == "pcomp" and up.lower_ == "as" and up.dep_ == "prep"
    on_noun = cue.dep_ == "acl" and up.pos_ in {"NOUN", "PROPN"} and up.dep_ in NOUN_LINKS
    if as_saying or on_noun:
        up = up.head
    if up.pos_ not in {"VERB", "AUX"}:
        return None
    if up.tag_ == "VBN":  # passive: "was quoted as saying", not "is expected to say"
        return up if any(c.dep_ == "auxpass" and c.lower_ in {"was", "were"}
                         for c in up.children) else None
    return up if up.tag_ in {"VBD", "VBZ", "VBP"} else None


def carry_dates(res: Resolver, drafts: list[Draft], published: DateValue | None) -> None:
    """A statement dated only by publication goes on the speaker's last dated one a few
    sentences back ("X announced on Sunday that ... In a speech, X said: '...'"); a run of
    such statements carries the date on, each a few sentences after the last. Another
    speaker's saying is not carried: its day is not pinned."""
    dated: dict[str, tuple[int, DateValue]] = {}
    for d in sorted(drafts, key=lambda d: d.cue_token):  # text order, whatever found it first
        here = res.sentence_of(res.doc[d.cue_token])
        if d.date is not None and d.date is not published:
            dated[d.speaker] = (here, d.date)
        elif d.date is published and d.speaker in dated:
            then, value = dated[d.speaker]
            if here - then <= DATE_CARRY_SENTENCES:
                d.date = value
                dated[d.speaker] = (here, value)


#: Prepositions that name the occasion of a saying ("in a statement", "at a rally").
OCCASION_PREPS = frozenset({"in", "during", "at"})
#: Participles that name the occasion of a saying ("speaking on Sunday, X said").
OCCASION_VERBS = frozenset({"speak", "talk", "write", "address", "testify", "appear",
                            "respond", "reply"})


def _occasion_date(cue: Token, dms: list[DateMention]) -> DateMention | None:
    """The date of the occasion a cue is said on: "in a statement issued on Sunday", "in a
    Sunday interview", "speaking on Sunday, X said"."""
    for c in cue.children:
        if c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() in OCCASION_VERBS:
            nodes = [c]
        elif c.dep_ == "prep" and c.lower_ in OCCASION_PREPS:
            nodes = [n for n in c.children if n.dep_ == "pobj"]
            nodes += [a for n in nodes for a in n.children if a.dep_ == "acl"]
        else:
            continue
        for n in nodes:
            found = attached(dms, n)
            if found is not None and found.value is not None:
                return found
    return None


def _date_after_cue(cue: Token, dms: list[DateMention]) -> DateMention | None:
    """"X said on Monday it had ...": the parser may hang the day on the reported verb, but
    a day right after the cue dates the saying."""
    doc, i = cue.doc, cue.i + 1
    while i < len(doc) and doc[i].lower_ in {"on", "late", "early", "earlier", "later"}:
        i += 1
    for m in dms:
        if m.start == i and m.value is not None and doc[m.start:m.end].root.dep_ not in {
                "poss", "compound", "nmod", "amod"}:
            return m
    return None


def _within_day(m: DateMention, doc: Doc) -> bool:
    """A time with no day that keeps the day it is told on: a clock time, or hours and
    minutes ("hours after", "minutes later")."""
    words = {t.lower_ for t in doc[m.start:m.end]}
    return doc[m.start].ent_type_ == "TIME" or bool(words & SAME_DAY_UNITS)
