"""Statements whose parts the small model hangs in the wrong place around the cue.

- 'X said, "When the river floods ..."': the quotation right after the cue, parsed as
  punctuation of it, is the content.
- 'X said after the vote he would resign': a clause with its own subject and no
  subordinating word, parsed as an adverbial clause of the cue, is the content.
- '"...," Harbour master Piet Olsen said': the name between the closing quotation mark
  and the cue, left out of the parse, is the speaker (the quote's own "we" is not).
- 'X told reporters after the meeting that the club would appeal', 'X reported at the
  time that ...': the that-clause, hung by the parser on the noun of the phrase between
  the cue and it as a relative clause, is the content.
- 'X said most of the claims that critics make are false': the clause's subject, parsed
  as the cue's object, with the clause's verb hung inside its relative clause; the whole
  object phrase is the content.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.coref import Resolver
from kg.extract.tokens import sent_of

#: Punctuation that may stand between a cue and the quotation it opens.
_LEAD_PUNCT = frozenset({",", ":", "\u2014", "-", "--"})
#: How many tokens past the cue a quotation may open (punctuation, "Monday", "on Friday").
_QUOTE_REACH = 4
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
#: Words that open an adverbial clause, parsed as its adverb ("when she was mayor").
_SUBORDINATORS = frozenset({"when", "whenever", "while", "where", "wherever", "as",
                            "once", "because", "since", "until", "before", "after", "if",
                            "though", "although", "whereas", "unless"})
#: Characters that close a quotation.
_CLOSING = frozenset({"\u201d", '"', "\u2019", "'"})


def quote_after_cue(verb: Token, text: str,
                    regions: list[tuple[int, int]]) -> tuple[int, int] | None:
    """'X said, "A. B."': the quotation that opens right after the cue (past a comma or
    colon and, at most, a date word), in the same sentence or paragraph."""
    doc = verb.doc
    seen_punct = False
    for t in doc[verb.i + 1: min(len(doc), verb.i + 1 + _QUOTE_REACH)]:
        if "\n\n" in t.text_with_ws and t.text not in _LEAD_PUNCT:
            return None
        if t.text in _LEAD_PUNCT:
            seen_punct = True
            continue
        if t.is_quote or t.text in {"\u201c", '"'}:
            if not seen_punct:
                return None
            return next(((b, e) for b, e in regions if b == t.idx + 1), None)
        if t.ent_type_ not in {"DATE", "TIME"}:
            return None
    return None


def unmarked_clause(verb: Token) -> list[Token]:
    """'X said after the vote he would resign': an adverbial clause after the cue with a
    subject of its own and no subordinating word ("because", "when", "if") is what was
    said. Its prepositions before the subject stay out ("after the vote")."""
    for c in verb.children:
        if c.dep_ != "advcl" or c.i < verb.i or c.pos_ not in {"VERB", "AUX"}:
            continue
        kids = list(c.children)
        if any(g.dep_ == "mark" or (g.dep_ == "advmod" and g.lower_ in _SUBORDINATORS)
               for g in kids):
            continue  # "described the plan as a disaster when she was mayor": a time
        subject = next((g for g in kids if g.dep_ in _SUBJECT_DEPS and g.i < c.i), None)
        if subject is not None and subject.i > verb.i:
            return [subject, c]
    return []


def name_before_cue(verb: Token, res: Resolver) -> tuple[Token, Token] | None:
    """'"...," Harbour master Piet Olsen said': the named agent in the words between a
    closing quotation mark and the cue (whatever the parser made of them), with the first
    of those words (where the quotation before them must end). Those words name the
    speaker only as a noun phrase: not 'praised the "Harbour Day" parade organised by
    the Rowing Club and said ...', where a verb and "and" stand between (the cue's
    subject is the sentence's)."""
    doc = verb.doc
    sent_start = sent_of(verb).start
    i = verb.i - 1
    if i >= sent_start and doc[i].pos_ == "CCONJ":
        return None
    found = None
    while i >= sent_start and not doc[i].is_punct:
        if doc[i].pos_ in {"VERB", "AUX"} and doc[i].dep_ not in {"amod", "compound"}:
            return None  # a clause, not a name ("a visibly shaken Olsen said" keeps hers)
        key = res.table.token_entity.get(i)
        if found is None and key and res.table.type_of(key) in {"Person", "Organization"}:
            found = doc[i]
        i -= 1
    if found is None or i < sent_start:
        return None
    closing = doc[i].text if doc[i].text != "," or i == sent_start else doc[i - 1].text
    return (found, doc[i + 1]) if closing[-1] in _CLOSING else None


#: Cues whose noun-phrase object is whom they told, not what ("told reporters after the
#: meeting that ..."): such an object leaves the clause after the phrase to the cue.
RECIPIENT_CUES = frozenset({"tell", "inform", "assure", "remind", "brief", "warn", "advise",
                            "notify", "reassure", "promise", "caution", "convince"})


def clause_after_phrase(verb: Token) -> list[Token]:
    """'X told reporters after the meeting that the club would appeal': a clause opened by
    "that", right after the noun of a prepositional phrase of the cue (at any depth: "in a
    speech on Friday that ..."), with a subject of its own, parsed as a relative clause of
    that noun. Not when "that" is the clause's subject ("after the meeting that ended"),
    nor when the cue has an object of its own that is no listener ("said goodbye at the
    party that ...": "that" relative)."""
    if any(c.dep_ == "dobj" for c in verb.children) and verb.lemma_.lower() not in RECIPIENT_CUES:
        return []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i < verb.i:
            continue
        for noun in prep.subtree:
            if noun.dep_ != "pobj":
                continue
            for clause in noun.children:
                if clause.dep_ in {"relcl", "acl"} and _opens_with_that(clause, noun):
                    return [clause]
    return []


#: Tags of a verb that has a tense of its own: the verb of a clause, not of a phrase.
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
#: Words a relative clause may take for its own subject ("the claims that critics make").
_RELATIVE_WORDS = frozenset({"that", "which", "who", "whom"})


def object_as_clause(verb: Token) -> list[Token]:
    """'X said most of the claims that critics make are false', 'X said none of the
    workers he spoke to wanted a strike': the cue's object holds, under its relative
    clause, a verb with a tense (or a modal) and no subject of its own after the relative
    clause's (the object is its subject): that object is the clause said. Not 'X said a
    prayer that moved the crowd' (no second verb)."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None:
        return []
    for rel in obj.subtree:
        if rel.dep_ not in {"relcl", "acl"} or rel.pos_ not in {"VERB", "AUX"}:
            continue
        for v in rel.children:
            if v.dep_ in {"ccomp", "advcl"} and v.i > rel.i and v.pos_ in {"VERB", "AUX"} \
                    and _finite(v) and not _own_subject(v):
                return [obj]
    return []


def _finite(v: Token) -> bool:
    return v.tag_ in _FINITE_TAGS or any(c.dep_ == "aux" and c.tag_ == "MD" for c in v.children)


def _own_subject(v: Token) -> bool:
    return any(c.dep_ in _SUBJECT_DEPS and c.lower_ not in _RELATIVE_WORDS for c in v.children)


def _opens_with_that(clause: Token, noun: Token) -> bool:
    doc = clause.doc
    first = doc[clause.left_edge.i]
    if first.lower_ != "that" or first.dep_ in _SUBJECT_DEPS or first.i <= noun.i or any(
            t.is_punct for t in doc[noun.i + 1:first.i]):
        return False
    return any(g.dep_ in _SUBJECT_DEPS and g.i > first.i for g in clause.children)
