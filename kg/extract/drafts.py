"""A statement in the making: ``Draft`` and the span arithmetic every statement rule shares.

Rules find statements in token terms; a ``Draft`` holds the character spans of the
content and the evidence (its sentence, or its paragraph for a quote), so the helpers
here turn token ranges into trimmed character spans and cut phrases out of them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from kg.extract.tokens import arrays_of, sent_of
from kg.records import DateValue

TRIM = " \t\n,;:.\"'\u201c\u201d\u2018\u2019-\u2014"
QUOTE_OPEN = "\"\u201c"
#: What ends a paragraph: a blank line, or a line break before an opening quote.
PARAGRAPH_BREAKS = ("\n\n", "\n\"", "\n\u201c")
QUOTE_CLOSE = "\"\u201d"


class _LastText:
    """``Doc.text`` joins every token on each access; keep it for the document being read."""

    def __init__(self) -> None:
        self._doc: Doc | None = None
        self._text = ""

    def __call__(self, doc: Doc) -> str:
        if self._doc is not doc:
            self._doc, self._text = doc, doc.text
        return self._text

    def parsed_from(self, doc: Doc, text: str) -> None:
        """``doc`` is ``nlp(text)``: spaCy's tokenizer loses no character, so ``text`` is
        its ``Doc.text`` without the join (a fiftieth of the extraction). A text whose
        length the last token does not end is not taken: the join tells then."""
        last = doc[-1] if len(doc) else None
        if len(text) == (last.idx + len(last.text_with_ws) if last is not None else 0):
            self._doc, self._text = doc, text


text_of = _LastText()


def tokens_text(doc: Doc, start: int, end: int) -> str:
    """``doc[start:end].text`` (``start`` from 0, ``end`` past the Doc's end allowed) cut
    from the kept text: a ``Span``'s text joins a ``Token`` of each of its words."""
    end = min(end, len(doc))
    if start >= end:
        return ""
    arrays = arrays_of(doc)
    return text_of(doc)[arrays.idx[start]:arrays.idx[end - 1] + len(arrays.text[end - 1])]


@dataclass(slots=True)
class Draft:
    speaker: str
    stance: str
    cue: str
    cue_token: int
    content: tuple[int, int]  # character span
    content_tokens: tuple[int, int]  # token range
    evidence: tuple[int, int]
    is_direct_quote: bool = False
    on_behalf_of: str | None = None
    via: str | None = None
    date: DateValue | None = None
    refers_back: bool = False  # content is "the claims" & co: a response to an earlier claim
    content_text: str | None = None  # set when the content is not one stretch of text
    notes: list[str] = field(default_factory=list)
    speaker_token: int | None = None  # the subject that names the speaker, when there is one


def make_draft(anchor: Token, speaker: str, stance: str, cue: str,
               content: tuple[int, int]) -> Draft:
    para = paragraph_of(anchor)
    begin, end = token_chars(anchor.doc, content, para)
    ev = sentence_chars(anchor)
    ev = (max(min(ev[0], begin), para[0]), min(max(ev[1], end), para[1]))
    return Draft(speaker, stance, cue, anchor.i, (begin, end), content, ev)


def token_chars(doc: Doc, tokens: tuple[int, int], para: tuple[int, int]) -> tuple[int, int]:
    """Character span of a token range, inside its paragraph, trimmed of quotes and commas."""
    begin = max(doc[tokens[0]].idx, para[0])
    last = doc[tokens[1] - 1]
    end = min(last.idx + len(last.text), para[1])
    text = text_of(doc)
    while begin < end and text[begin] in TRIM:
        begin += 1
    while end > begin and text[end - 1] in TRIM:
        end -= 1
    return begin, end


def paragraph_of(token: Token) -> tuple[int, int]:
    """The paragraph around a token: text between blank lines (or a line opening a quote)."""
    text = text_of(token.doc)
    at = token.idx
    starts = [text.rfind(br, 0, at) for br in PARAGRAPH_BREAKS]
    begin = max((i + len(br) for i, br in zip(starts, PARAGRAPH_BREAKS, strict=True) if i >= 0),
                default=0)
    ends = [i for br in PARAGRAPH_BREAKS if (i := text.find(br, at)) >= 0]
    return begin, min(ends, default=len(text))


def sentence_chars(token: Token) -> tuple[int, int]:
    sent = sent_of(token)
    text = text_of(token.doc)
    begin, end = sent.start_char, sent.end_char
    while end > begin and text[end - 1].isspace():
        end -= 1
    while begin < end and text[begin].isspace():
        begin += 1
    return begin, end


def char_draft(anchor: Token, speaker: str, stance: str, cue: str,
                chars: tuple[int, int]) -> Draft | None:
    """A draft whose content is a stretch of text outside the cue's clause (a quotation
    before it, the paragraph after its colon)."""
    doc = anchor.doc
    text = text_of(doc)
    begin, end = chars
    while begin < end and text[begin] in TRIM:
        begin += 1
    while end > begin and text[end - 1] in TRIM:
        end -= 1
    span = doc.char_span(begin, end, alignment_mode="expand") if end > begin else None
    if span is None or len(span) == 0:
        return None
    sent = sentence_chars(anchor)
    evidence = (min(sent[0], begin), max(sent[1], end))
    return Draft(speaker, stance, cue, anchor.i, (begin, end), (span.start, span.end), evidence)


def leave_out(d: Draft, gap: tuple[int, int], doc: Doc) -> None:
    """"A, X said, B": the content is A and B, without the cue between them."""
    start, end = d.content_tokens
    if not (start < gap[0] and gap[1] < end):
        return
    text = text_of(doc)
    cut_from, cut_to = doc[gap[0]].idx, doc[gap[1] - 1].idx + len(doc[gap[1] - 1])
    left, right = text[d.content[0]:cut_from].strip(TRIM), text[cut_to:d.content[1]].strip(TRIM)
    if left and right:
        d.content_text = f"{left} {right}"


def trim_range(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """A content range without a leading "that" (a mark, or a complementizer or relative
    pronoun under another label), edge punctuation or a dangling "and"."""
    while start < end and (doc[start].dep_ == "mark" or doc[start].is_punct
                           or (doc[start].lower_ == "that" and doc[start].tag_ in {"WDT", "IN"})):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].dep_ == "cc"):
        end -= 1
    return (start, end) if end > start else None


def cut_out(d: Draft, phrase: tuple[int, int], doc: Doc) -> None:
    """Take "according to ..." out of a statement's content."""
    kept = without_span(d.content_tokens, phrase, doc)
    if kept:
        d.content_tokens = kept
        d.content = token_chars(doc, kept, paragraph_of(doc[d.cue_token]))


def without_span(outer: tuple[int, int], inner: tuple[int, int],
                 doc: Doc) -> tuple[int, int] | None:
    """The larger side of ``outer`` once ``inner`` is cut out, trimmed of punctuation."""
    left, right = (outer[0], inner[0]), (inner[1], outer[1])
    start, end = max(left, right, key=lambda r: r[1] - r[0])
    while start < end and doc[start].is_punct:
        start += 1
    while end > start and doc[end - 1].is_punct:
        end -= 1
    return (start, end) if end > start else None
