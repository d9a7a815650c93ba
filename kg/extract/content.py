"""What a statement says when its cue has no complement of its own.

The reporting verb is often not the head of what was said: the content is the clause
the cue interrupts ("The museum, Ada Moreno said, opens in May"; "As Moreno has said,
the pier will stay"), the quotation before the cue's sentence ('"Why now?" Moreno
asked.'), or the paragraph after a colon ('Moreno warned that:⏎⏎"Dues will double"').
Each helper here finds one of those; ``kg.extract.statements`` builds the draft. The
stance can also come from the content itself ("There is no such plan" is a denial).
"""

from __future__ import annotations

import re

from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from kg.extract.lexicon import CUE_LEMMA_FIXES, REPORT_NOUNS, ROLE_NOUNS
from kg.extract.tokens import arrays_of

#: Closing quotation marks (straight, curly double, curly single).
CLOSING_QUOTES = "\"\u201d\u2019'\u201c"
#: What may stand between a quotation's closing mark and the cue clause after it.
_BETWEEN = " \t\n,;:-\u2014\u2013"
#: How many tokens may stand between a cue and the colon that hands over to the
#: next paragraph ("warned that:", "said in a statement on Monday:").
COLON_REACH = 8
_VBG_ID = get_string_id("VBG")
#: Words that, as the predicate of a clause about a claim, deny it ("is false").
FALSITY_WORDS = frozenset({
    "false", "untrue", "baseless", "groundless", "unfounded", "incorrect", "fabricated",
    "fake", "nonsense", "lie", "lies", "rumour", "rumor", "fabrication", "propaganda",
    "misinformation", "disinformation", "inaccurate", "bogus", "fiction", "wrong",
})
#: Subjects that make "... is false" a verdict on a claim (and not on anything else).
CLAIM_SUBJECTS = frozenset({"claim", "claims", "report", "reports", "allegation",
                            "allegations", "accusation", "accusations", "rumour", "rumours",
                            "rumor", "rumors", "story", "it", "this", "that", "these", "those",
                            "statement", "information", "news", "suggestion", "assertion"})
#: Nouns after "there is no" that deny a claim ("there is no such plan", "no truth").
NO_SUCH_NOUNS = frozenset({"truth", "basis", "evidence", "foundation"})


#: A wire dateline at the head of a paragraph ("ORRIN, March 10 (Veska Press) -- ").
DATELINE = re.compile(r"[A-Z]{3,}[A-Z .'-]{0,40}(?:,[A-Za-z .]{0,30}\d{0,2})?\s*"
                      r"(?:\([^)\n]{1,40}\)\s*)?(?:--|[-\u2014\u2013:])\s+")


def without_dateline(text: str, begin: int, end: int) -> int:
    """Where a content starting with a wire dateline really starts."""
    m = DATELINE.match(text, begin, end)
    return m.end() if m is not None and m.end() < end else begin


def host_clause(verb: Token) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """"A, X said, B" and "As X said, A": the clause the cue interrupts or introduces.

    Returns the host clause's token range and the cue's own range inside it (to leave
    out of the content), or None when the cue stands in no such clause.
    """
    head = verb.head
    if head.i == verb.i or head.pos_ not in {"VERB", "AUX"}:
        return None
    introduced_by_as = verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
    if verb.dep_ != "parataxis" and not introduced_by_as:
        return None
    gap = (verb.left_edge.i, verb.right_edge.i + 1)
    doc = verb.doc
    start, end = head.left_edge.i, head.right_edge.i + 1
    left = _trimmed(doc, start, gap[0])
    right = _trimmed(doc, gap[1], end)
    if left is None and right is None:
        return None
    whole = (left or right)[0], (right or left)[1]
    return whole, gap


def _trimmed(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    while start < end and doc[start].is_punct and not _is_quote(doc[start]):
        start += 1
    while end > start and doc[end - 1].is_punct and not _is_quote(doc[end - 1]):
        end -= 1
    if not any(not t.is_punct for t in doc[start:end]):
        return None
    return start, end


def _is_quote(token: Token) -> bool:
    return token.text in "\"\u201c\u201d\u2018\u2019'"


def preceding_quote(clause_start: Token, text: str,
                    regions: list[tuple[int, int]]) -> tuple[int, int] | None:
    """'"Why now?" Moreno asked.': the quotation that ends right before the cue clause.

    ``clause_start`` is the clause's first word (speaker or cue); only punctuation and
    space may stand between it and the quotation's closing mark.
    """
    at = clause_start.idx
    i = at
    while i > 0 and text[i - 1] in _BETWEEN:
        i -= 1
    if i == 0 or text[i - 1] not in CLOSING_QUOTES:
        return None
    close = i - 1
    for b, e in reversed(regions):
        if e == close or (e < close and not text[e:close + 1].strip(CLOSING_QUOTES + " ")):
            return (b, e) if e > b else None
        if e < close:
            return None
    return None


def colon_paragraph(verb: Token, text: str,
                    regions: list[tuple[int, int]]) -> tuple[int, int] | None:
    """'X warned that:⏎⏎"Dues will double ..."': the paragraph after a closing colon, or
    the quotation that opens it."""
    doc = verb.doc
    arrays = arrays_of(doc)  # the words' texts and sentences, with no Token of each
    texts, sents = arrays.text, arrays.sents
    for i in range(verb.i + 1, min(len(doc), verb.i + 1 + COLON_REACH)):
        if texts[i] == ":":
            rest = arrays.idx[i] + 1
            gap = len(text) - len(text[rest:].lstrip())
            if "\n" not in text[rest:gap] or gap >= len(text):
                return None
            quote = next(((b, e) for b, e in regions if b == gap + 1), None)
            if quote is not None:
                return quote
            end = text.find("\n\n", gap)
            return gap, len(text) if end < 0 else end
        if (i + 1 == len(doc) or sents[i + 1].start == i + 1) and texts[i] != ":" or (
                "\n" in texts[i]):
            return None  # the sentence ends (``Token.is_sent_end``) or the line breaks
    return None


def denies_by_content(doc: Doc, tokens: tuple[int, int]) -> bool:
    """"There is no such plan", "The report is false", "That is not true": the content
    itself denies a claim, whatever the cue."""
    span = doc[tokens[0]:tokens[1]]
    root = span.root
    if root.lemma_.lower() != "be":
        return False
    kids = list(root.children)
    subj = next((c for c in kids if c.dep_ in {"nsubj", "expl"}), None)
    if subj is None:
        return False
    preds = [c for c in kids if c.dep_ in {"attr", "acomp"}]
    negated = any(c.dep_ == "neg" for c in kids)
    if subj.dep_ == "expl":  # "there is no such plan"
        return any(_no_such(p) for p in preds)
    if subj.lemma_.lower() not in CLAIM_SUBJECTS and subj.lower_ not in CLAIM_SUBJECTS:
        return False
    for p in preds:
        word = p.lower_
        if word in FALSITY_WORDS and not negated:
            return True
        if negated and word in {"true", "correct", "accurate", "so", "the case"}:
            return True
        if negated and word == "case":
            return True
    return False


def _no_such(noun: Token) -> bool:
    dets = {c.lower_ for c in noun.children if c.dep_ in {"det", "amod", "neg"}}
    return "no" in dets and ("such" in dets or noun.lemma_.lower() in NO_SUCH_NOUNS)


def participial_cue(t: Token, is_cue) -> bool:
    """", arguing that ...", ", adding ...": a reporting verb in -ing form that opens a
    clause after a comma. It is a statement of its own by the same speaker, even when the
    parser hangs it inside the content of the cue before it."""
    return (t.dep_ in {"advcl", "xcomp"} and t.tag_ == "VBG" and t.i > 0
            and t.doc[t.i - 1].text == "," and (is_cue(t) or going_on_to(t, is_cue) is not None))


#: Participles of carrying on that a cue can follow ("going on to say", "continuing to
#: insist", "moving on to announce", "proceeding to deny").
CARRYING_ON_VERBS = frozenset({"go", "continue", "move", "proceed", "carry"})


def going_on_to(t: Token, is_cue) -> Token | None:
    """The cue of ", going on to warn that ...", ", continuing to insist that ...": the
    infinitive cue of a participle of carrying on, or None."""
    if t.lemma_.lower() not in CARRYING_ON_VERBS:
        return None
    return next((c for c in t.children if c.dep_ in {"xcomp", "advcl"} and c.tag_ == "VB"
                 and is_cue(c)), None)


def first_participial_cue(doc: Doc, start: int, end: int, is_cue) -> int:
    """Where a content range stops for a participial cue inside it (the comma's place)."""
    arrays = arrays_of(doc)  # a Token only of a "-ing" word after a comma
    tags, lowers = arrays.tag, arrays.lower
    for i in range(max(start, 0) + 1, min(end, len(doc))):
        if tags[i] == _VBG_ID and lowers[i - 1] == "," and participial_cue(doc[i], is_cue):
            return i - 1
    return end


def own_clause(verb: Token) -> bool:
    """Whether a cue of belief or wish has a complement clause with a subject of its own
    ("believes that the vote was rigged", "wants the port to stay open", "questioned why
    the council met")."""
    return any(c.dep_ == "ccomp" and c.i > verb.i
               and any(g.dep_ in {"nsubj", "nsubjpass", "expl"} for g in c.children)
               for c in verb.children)


def cue_lemma(token: Token) -> str:
    """A verb's lemma, mended where the small model gets a cue's wrong."""
    return CUE_LEMMA_FIXES.get(token.lower_) or token.lemma_.lower()


#: Objects of "cite" that name where the words came from, not what was put forward.
_SOURCE_OBJECTS = REPORT_NOUNS | ROLE_NOUNS | {"official", "officials", "expert", "experts",
                                               "data", "figure", "figures", "study", "poll",
                                               "survey", "witness", "witnesses", "people",
                                               "media", "source", "sources", "record",
                                               "records", "document", "documents"}


def said_object(objs: list[Token]) -> Token | None:
    """The noun object a speaker put forward: a common noun with words of its own
    ("problems in the harbour", "falling prices"), not a source ("citing officials",
    "cited a report", "cited local media")."""
    for obj in objs:
        if (obj.pos_ == "NOUN" and obj.lemma_.lower() not in _SOURCE_OBJECTS
                and obj.lower_ not in _SOURCE_OBJECTS and (obj.right_edge.i > obj.i or any(
                    c.dep_ == "amod" and c.pos_ in {"ADJ", "VERB"} and c.i < obj.i
                    and c.lower_ not in _SOURCE_MODIFIERS for c in obj.children))):
            return obj
    return None


#: Modifiers of a cited noun that make it a source ("local media", "unnamed sources").
_SOURCE_MODIFIERS = frozenset({"local", "unnamed", "anonymous", "official", "internal",
                               "several", "other", "various", "multiple", "diplomatic",
                               "informed", "reliable", "independent"})


#: Deps of a cue's time or manner word that the parser may hang the content clause on
#: ("said earlier that ...", "said again on Monday that ...").
_ADVERBIAL_DEPS = frozenset({"advmod", "npadvmod"})


def adverb_clause(verb: Token) -> list[Token]:
    """"X said earlier that A": the clause the parser hung on the adverb after the cue,
    not on the cue. Only a that-clause or one with its own subject, after the adverb."""
    found = []
    for adv in verb.children:
        if adv.dep_ not in _ADVERBIAL_DEPS or adv.i < verb.i:
            continue
        for c in adv.children:
            if c.dep_ == "ccomp" and c.i > adv.i and any(
                    g.dep_ in {"mark", "nsubj", "nsubjpass"} for g in c.children) and (
                    not result_clause(verb, c)):  # not "so loudly that ..."
                found.append(c)
    return found


def that_clause(clause: Token) -> bool:
    """A that-clause: "that" as its mark, or "that" taken by the parser for a relative
    pronoun while the clause has a subject of its own ("in a filing with regulators that
    profits had fallen", read as a relative clause of "regulators")."""
    if any(g.dep_ == "mark" and g.lower_ == "that" for g in clause.children):
        return True
    first = clause.doc[clause.left_edge.i]
    return (first.lower_ == "that" and first.dep_ in {"dobj", "pobj"}
            and any(g.dep_ in {"nsubj", "nsubjpass"} and g.i > first.i
                    for g in clause.children))


#: Words whose "that" clause tells a result or a purpose, not what was said ("so loudly
#: that", "so many lies that", "such a fuss that", "so that").
RESULT_WORDS = frozenset({"so", "such"})


def result_clause(verb: Token, clause: Token) -> bool:
    """"complained so loudly that the council gave in", "tells so many lies that ...",
    "spoke so that all could hear": a that-clause after "so" or "such" in the cue's own
    words is its result or purpose, not its content ("said the mill was so old that it
    closed" keeps its "so" inside the content)."""
    if clause.i < verb.i or not any(g.dep_ == "mark" and g.lower_ == "that"
                                    for g in clause.children):
        return False
    start = clause.left_edge.i
    return any(t.lower_ in RESULT_WORDS for t in verb.doc[verb.i + 1:start])

