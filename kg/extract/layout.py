"""Article layout that is not prose: line breaks and the dateline.

A headline, a byline ("By Lena Fox") or a photo caption stands on its own line;
a dateline ("ORRIN, March 10 (Marlow Courier) -", "KELVAR (Veska Press):",
"(Marlow Courier) -") opens the first paragraph. None of them belongs to the
sentence that follows, so ``mark_layout`` makes each line break and the end of
the dateline a sentence start before the parser runs (the text, and so every
character offset, is untouched). ``find_dateline`` says where the dateline's
place and wire tag are, so that the place is typed a place and the wire tag is
never read as a speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc

#: How far into the article a dateline may end (characters).
DATELINE_REACH = 160
#: Words in capitals that open a paragraph as a label, not as a place ("UPDATE:").
LAYOUT_LABELS = frozenset({"update", "updated", "breaking", "exclusive", "watch", "analysis",
                           "opinion", "editorial", "photos", "photo", "video", "live",
                           "correction", "note", "editor's note", "read more", "listen",
                           "comment", "advertisement", "by", "source", "sources", "q", "a"})
_MONTH = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?")
_DATE = rf"(?:{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?)"
_CAPS = r"[A-Z][A-Z.'\-]+(?:\s+[A-Z][A-Z.'\-]+){0,3}"  # "ORRIN", "PORT ELIN"
_NAME = r"[A-Z][\w.'\-]+(?:\s+[A-Z][\w.'\-]+){0,3}"  # "Orrin", "Port Elin"
_WIRE = r"(?:\((?P<wire>[^()\n]{2,40})\)|/(?P<wire2>[^/\n]{2,20})/\.?)"
_END = r"(?:\s*(?:--|[-\u2013\u2014:]|\.\s*[-\u2013\u2014])|(?<=/)|(?<=/\.))\s*"  # "/VPA/."
#: "ORRIN, Veska, March 10 (Courier) -": a place in capitals, then region, date, wire.
_CAPS_DATELINE = re.compile(
    rf"(?P<place>{_CAPS})(?:,\s*(?P<region>{_NAME}))?(?:[,.]?\s*{_DATE}\.?)?"
    rf"(?:\s*{_WIRE})?{_END}")
#: "Orrin, March 10 (Courier) -": a place in ordinary case needs a date or a wire tag.
_NAME_DATELINE = re.compile(
    rf"(?P<place>{_NAME})(?:,\s*(?P<region>{_NAME}))?(?:[,.]?\s*(?P<date>{_DATE})\.?)?"
    rf"(?:\s*{_WIRE})?{_END}")
#: "March 10, 2025 (ORRIN) -": a date, then the place in brackets.
_BRACKET_DATELINE = re.compile(rf"(?:{_DATE}\s*)?\((?P<place>{_CAPS})\){_END}")
#: "(Marlow Courier) -": a wire tag alone.
_WIRE_ONLY = re.compile(rf"{_WIRE}{_END}")


@dataclass(frozen=True, slots=True)
class Dateline:
    """Character spans of a dateline's parts; ``end`` is where the prose starts."""

    start: int
    end: int
    place: tuple[int, int] | None
    region: tuple[int, int] | None
    wire: tuple[int, int] | None


@lru_cache(maxsize=4)  # an article's reading asks of the same text several times
def find_dateline(text: str) -> Dateline | None:
    """The dateline at the start of the article's first or second paragraph, if any."""
    for start in _paragraph_starts(text):
        for pattern in (_CAPS_DATELINE, _NAME_DATELINE, _BRACKET_DATELINE, _WIRE_ONLY):
            m = pattern.match(text, start)
            if m is None or m.end() > start + DATELINE_REACH or m.end() >= len(text):
                continue
            place = m.group("place") if "place" in m.re.groupindex else None
            if place and place.strip(" .").lower() in LAYOUT_LABELS:
                continue
            if pattern is _NAME_DATELINE and not (m.group("date") or _group(m, "wire")
                                                  or _group(m, "wire2")):
                continue
            if not text[m.end()].isupper() and text[m.end()] not in "\"'\u201c\u2018(":
                continue  # the prose after a dateline starts a sentence
            return Dateline(start, m.end(), _group(m, "place"), _group(m, "region"),
                            _group(m, "wire") or _group(m, "wire2"))
    return None


def _paragraph_starts(text: str) -> list[int]:
    """The start of the first two non-blank lines."""
    starts, pos = [], 0
    while len(starts) < 2 and pos < len(text):
        line_end = text.find("\n", pos)
        line_end = len(text) if line_end < 0 else line_end
        if text[pos:line_end].strip():
            starts.append(pos + len(text[pos:line_end]) - len(text[pos:line_end].lstrip()))
        pos = line_end + 1
    return starts


def _group(m: re.Match, name: str) -> tuple[int, int] | None:
    """A group's span, trailing dots and spaces left out ("ORRIN." is ORRIN)."""
    if name not in m.re.groupindex or not m.group(name):
        return None
    start, end = m.span(name)
    return start, start + len(m.group(name).rstrip(" ."))


def mark_layout(doc: Doc) -> Doc:
    """Sentence starts at line breaks and after a dateline (a pipeline component that runs
    before the parser, which keeps the starts it is given)."""
    text = doc.text
    for token in doc[1:]:
        prev = doc[token.i - 1]
        if token.is_space or "\n" not in prev.text + prev.whitespace_:
            continue
        if token.text[:1].islower():
            continue  # a line wrapped inside a sentence
        token.is_sent_start = True
    line = find_dateline(text)
    if line is not None:
        token = _token_at(doc, line.end)
        if token is not None and token.i > 0:
            token.is_sent_start = True
    return doc


def _token_at(doc: Doc, char: int):
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


#: The tagger's labels for names; a re-reading adds only these.
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})


class DatelineNames:
    """The names of the first sentence after a dateline, read again without it.

    The entity tagger reads each word with a few words of context on either side, so a
    wire tag just before the prose ("ORRIN, March 10 (Marlow Courier) - Ilse Morrow said
    the clinics had closed") often hides the name that opens the story, the speaker of
    its first statement. This component (after the tagger) runs the tagger once more on
    that sentence alone and adds the names found there that the first reading missed; a
    name the first reading found is kept as it was.
    """

    def __init__(self, nlp, name: str) -> None:
        self.make_doc = nlp.make_doc
        self.ner = nlp.get_pipe("ner") if "ner" in nlp.pipe_names else None

    def __call__(self, doc: Doc) -> Doc:
        line = find_dateline(doc.text) if self.ner is not None else None
        first = _token_at(doc, line.end) if line is not None else None
        if first is None or not doc.has_annotation("SENT_START"):
            return doc
        end = first.sent.end_char
        taken = {i for e in doc.ents for i in range(e.start, e.end)}
        added = []
        for ent in self.ner(self.make_doc(doc.text[line.end:end])).ents:
            span = doc.char_span(line.end + ent.start_char, line.end + ent.end_char,
                                 label=ent.label_)
            if ent.label_ in _NAME_LABELS and span is not None and not taken.intersection(
                    range(span.start, span.end)):
                added.append(span)
                taken.update(range(span.start, span.end))
        if added:
            doc.ents = sorted([*doc.ents, *added], key=lambda e: e.start)
        return doc
