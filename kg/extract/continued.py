"""Dates of events told beside a dated one. An event a dated event noun did: "the attack,
which took place on Tuesday, killed nine people" (the killing is Tuesday's). And an event
that goes on telling a dated one: "The Ostral Front attacked Pirel on Tuesday. Its
fighters also shelled Tesk and killed two farmers." The second sentence names no day,
but it continues the first: the same doers, in the same paragraph, in the simple past.
Its events have the first one's date, and so has an event noun that tells a deed of the
first again ("The attack killed four guards", "The arrests followed a raid").

The reading is narrow on purpose, since a date is never guessed (CONTRACT.md): the
sentence just before, in the same paragraph; a dated event there; the later event a verb
in the simple past (not "had controlled", "has held", "will retake"); no date words of
its own sentence; and the same doers: an agent in common, or a subject that only points
back ("they", "its fighters", "the rebels" read as the group), a passive that names no
doer nor anyone new ("Two men were arrested", not "..., residents said"), or a clause that
says it goes on ("also", "then", "later").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from kg.extract.drafts import text_of
from kg.extract.lexicon import REPORTING_VERBS
from kg.extract.tokens import sent_of

if TYPE_CHECKING:
    from kg.extract.events import EventDraft
    from kg.extract.temporal import DateMention

#: Adverbs by which a clause says it continues the telling before it.
CONTINUING_WORDS = frozenset({"also", "then", "later", "afterwards", "subsequently",
                              "further", "next"})
#: Subjects that only point back to doers named before.
POINTING_SUBJECTS = frozenset({"they", "it", "he", "she", "its", "their", "his", "her"})
#: Past tags of a simple-past verb ("shelled"; "was killed" through its auxiliary).
_PAST = frozenset({"VBD"})


def continued_dates(doc: Doc, events: list[EventDraft], dms: list[DateMention]) -> None:
    """Give an undated event the date of a dated event in the sentence before, when its
    own sentence continues that one (see the module's note)."""
    dated_sents = {sent_of(doc[d.start]).start for d in dms if not _length_of_thing(d, doc)}
    by_sent: dict[int, list[EventDraft]] = {}
    for ev in events:
        by_sent.setdefault(sent_of(doc[ev.token]).start, []).append(ev)
    dated = {ev.token: ev.date for ev in events if ev.date is not None}
    for ev in events:
        if ev.date is not None:
            continue
        token = doc[ev.token]
        if (cause := _event_subject(token, dated)) is not None:
            ev.date = dated[cause]  # "the attack, which took place on Tuesday, killed nine"
            continue
        sent = sent_of(token)
        if sent.start in dated_sents or sent.start == 0:
            continue
        noun = token.pos_ == "NOUN"
        if not (noun or _simple_past(token)):
            continue
        before = sent_of(doc[sent.start - 1])
        gap = text_of(doc)[before.start_char:sent.start_char]
        if "\n" in gap[len(gap.rstrip()):]:
            continue  # a new paragraph starts a new telling
        earlier = [e for e in by_sent.get(before.start, []) if e.date is not None
                   and e.date.datatype == "date" and e.factuality == "Asserted"]
        if not earlier or len({e.date.value for e in earlier}) != 1:
            continue
        if (_told_again(token, ev, earlier) if noun else _continues(token, ev, earlier)):
            ev.date = earlier[0].date


#: Determiners and possessives by which an event noun points back to one told before.
POINTING_DETERMINERS = frozenset({"the", "this", "that", "these", "those", "its", "their",
                                  "his", "her"})
#: Words that set an event noun apart from the one told before ("the previous attack").
OTHER_EVENT_WORDS = frozenset({"previous", "earlier", "last", "first", "past", "prior",
                               "former", "similar", "another", "other", "next", "second",
                               "third", "new", "recent", "future", "planned", "possible"})


def _told_again(noun: Token, ev: EventDraft, earlier: list[EventDraft]) -> bool:
    """An event noun that tells again a dated deed of the sentence before: "Police arrested
    two men on Monday. The arrests followed a raid." (the same kind of deed, pointed back
    to), or one a continuing verb does: "A court convicted X on Tuesday. She was given a
    ten-year sentence." Not "the previous attack", nor "an attack" (another one)."""
    words = {c.lower_ for c in noun.children if c.dep_ in {"det", "poss", "amod"}}
    if words & OTHER_EVENT_WORDS:
        return False
    if words & POINTING_DETERMINERS and any(e.cls == ev.cls for e in earlier):
        return True
    verb = noun.head
    return noun.dep_ in {"dobj", "attr"} and _simple_past(verb) and (
        _continues(verb, ev, earlier))


def _length_of_thing(m: DateMention, doc: Doc) -> bool:
    """A length that tells no time of the sentence: a term ("was sentenced to six years")
    or a length on a noun ("a ten-year sentence", "a two-day strike")."""
    if m.value is not None:
        return False
    root = doc[m.start:m.end].root
    return (m.start > 0 and doc[m.start - 1].lower_ == "to") or (
        root.dep_ in {"amod", "compound", "nmod"} and root.head.pos_ == "NOUN")


def _event_subject(token: Token, dated: dict) -> int | None:
    """The dated event noun that is the subject of a verb in the simple past, whose deed is
    the verb's ("the attack, which took place on Tuesday, killed nine people")."""
    if not _simple_past(token) or token.tag_ != "VBD":
        return None
    subj = next((c for c in token.children if c.dep_ == "nsubj"), None)
    return subj.i if subj is not None and subj.i in dated else None


def _simple_past(token: Token) -> bool:
    """"shelled", "was killed": a verb told in the simple past, not the perfect."""
    if token.pos_ != "VERB":
        return False
    auxes = [c for t in {token, _clause_head(token)} for c in t.children
             if c.dep_ in {"aux", "auxpass"}]
    if token.tag_ in _PAST:
        return not auxes
    return token.tag_ == "VBN" and [a.lower_ for a in auxes] in (["was"], ["were"])


def _continues(token: Token, ev: EventDraft, earlier: list[EventDraft]) -> bool:
    """Whether the clause of ``token`` goes on with the doers of ``earlier``."""
    if ev.agents and any(set(ev.agents) & set(e.agents) for e in earlier):
        return True
    verb = _clause_head(token)
    if any(c.dep_ == "advmod" and c.lower_ in CONTINUING_WORDS for c in verb.children):
        return True
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None:
        return False
    if subj.lower_ in POINTING_SUBJECTS or any(
            c.dep_ == "poss" and c.lower_ in POINTING_SUBJECTS for c in subj.children):
        return True
    # "Two men were arrested", "Four guards were killed": a passive with no doer, the people
    # of the scene unnamed (an active subject may be another side: "Rebels attacked ..."
    # after "The army shelled ..."; a passive with a "by" doer names one anew)
    return subj.dep_ == "nsubjpass" and _unnamed_subject(subj) and not any(
        c.dep_ == "agent" for c in verb.children) and not _reported(verb)


def _reported(verb: Token) -> bool:
    """"Two farmers were killed, residents said": told by someone, not the report."""
    return verb.dep_ in {"ccomp", "parataxis"} or any(
        c.dep_ in {"parataxis", "ccomp"} and c.lemma_.lower() in REPORTING_VERBS
        for c in verb.children)


def _unnamed_subject(subj: Token) -> bool:
    """A subject that names no one new: a common noun of the scene ("the judge", "four
    guards", "officers", "hundreds"), not a name ("Orla Brenn", "Veskan troops")."""
    if subj.ent_type_ and subj.ent_type_ not in {"CARDINAL", "QUANTITY"}:
        return False
    return subj.pos_ in {"NOUN", "NUM"} and subj.tag_ not in {"NNP", "NNPS"}


def _clause_head(token: Token) -> Token:
    """The first verb of a chain of coordinated verbs ("shelled X and killed Y": shelled),
    whose subject and adverbs the later ones share."""
    while token.dep_ == "conj" and token.head.pos_ in {"VERB", "AUX"}:
        token = token.head
    return token


#: How many characters after the headline the lead that dates it may reach.
LEAD_CHARS = 600
#: Marks that end a line of prose (a headline ends without one).
_PROSE_ENDS = (".", "!", "?", "\"", "\u201d", "'", "\u2019", ":")


def headline_dates(doc: Doc, events: list[EventDraft]) -> None:
    """"Court in Tarsk jails former mayor" over "A court in Tarsk on Tuesday sentenced the
    former mayor ...": a headline (a first line of its own, with no full stop) tells the
    news of the lead in the present; its undated event has the date of the first dated
    event of the same kind in the lead."""
    text = text_of(doc)
    first = text.split("\n", 1)[0].rstrip()
    if not first or "\n" not in text or first.endswith(_PROSE_ENDS):
        return
    end = len(first)
    lead = [e for e in events if end < e.trigger_chars[0] <= end + LEAD_CHARS
            and e.date is not None and e.date.datatype == "date"
            and e.factuality in {"Asserted", "Claimed"}]
    for ev in events:
        if ev.date is not None or ev.trigger_chars[0] >= end or ev.factuality not in {
                "Asserted", "Claimed"}:
            continue
        same = next((e for e in lead if e.cls == ev.cls), None)
        if same is not None:
            ev.date = same.date

