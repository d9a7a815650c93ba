"""Statements set out by layout rather than syntax: a speaker's label before a line
("Surname: text", interview transcripts) and a signed line after a dash.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc

from kg.extract.coref import Resolver
from kg.extract.cues import named_as
from kg.extract.drafts import QUOTE_OPEN, Draft, char_draft, text_of

#: A dash between a quotation and the name that signs it ('"..." \u2015 Ada Moreno').
_SIGNING_DASH = re.compile(r"[ \t\u00a0]*[\u2015\u2014\u2013-]{1,2}[ \t\u00a0]*")
#: How far into a line the colon of "Name: what they said" may be.
_LABEL_REACH = 40


def layout_statements(doc: Doc, res: Resolver, quoted) -> Iterator[Draft]:
    """Statements given by layout alone: a quotation signed with a dash and a name, and a
    line opened by a speaker's name and a colon (a transcript, or a headline such as
    "Moreno: rents will stay frozen")."""
    text = text_of(doc)
    for b, e in quoted:
        dash = _SIGNING_DASH.match(text, e + 1)
        if dash is None or dash.end() == e + 1:
            continue
        speaker = _speaker_at(doc, res, dash.end())
        if speaker is not None:
            draft = char_draft(doc[_token_at(doc, dash.end())], speaker, "Assert", "say",
                                (b, e))
            if draft is not None:
                yield draft
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        draft = _labelled_line(doc, res, start, end)
        if draft is not None:
            yield draft
        start = end + 1


def _labelled_line(doc: Doc, res: Resolver, start: int, end: int) -> Draft | None:
    text = text_of(doc)
    while start < end and (text[start].isspace() or text[start] in QUOTE_OPEN):
        start += 1
    colon = text.find(":", start, min(end, start + _LABEL_REACH))
    if colon <= start or len(text[colon + 1:end].split()) < 3:
        return None
    label = doc.char_span(start, colon, alignment_mode="expand")
    if label is None or not 0 < len(label) <= 4:
        return None
    if len(label) == 1 and label[0].is_upper:  # "PENCE:", not the dateline "ORRIN:"
        speaker = _by_surname(res, label[0].text)
    else:
        keys = {res.table.at(t) for t in label if not t.is_punct}
        speaker = keys.pop() if len(keys) == 1 else None
    if speaker is None and label[0].is_title:  # a headline's "Olsen: ...", untagged there
        speaker = named_as(res, label.text)
    if speaker is None or res.table.type_of(speaker) not in {"Person", "Organization"}:
        return None
    return char_draft(label[-1], speaker, "Assert", "say", (colon + 1, end))


def _by_surname(res: Resolver, word: str) -> str | None:
    """"PENCE:" in a transcript: the one person of the article with that surname."""
    found = {e.key for e in res.table.entities
             if e.type == "Person" and e.label.split()[-1].upper() == word
             and e.label != e.label.upper()}  # named elsewhere, not just in capitals
    return found.pop() if len(found) == 1 else None


def _speaker_at(doc: Doc, res: Resolver, char: int) -> str | None:
    i = _token_at(doc, char)
    if i is None or doc[i].idx != char:
        return None
    key = res.table.at(doc[i])
    return key if res.table.type_of(key) in {"Person", "Organization"} else None


def _token_at(doc: Doc, char: int) -> int | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None and len(span) else None
