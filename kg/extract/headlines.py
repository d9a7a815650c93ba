"""Names in a Title Case headline, taken only as far as the body confirms them.

In "Vantoren And Brandt Clash Over Budget" every word is capitalised, so the small tagger
cannot tell a name from the words around it: it reads "Brandt Clash" as a place and
"Harbour Workers Strike" as an organisation. The body, in sentence case, is read far
better: a headline name is kept only where the body names it too ("Brandt" of "Elsa
Brandt"), cut down to the words the body confirms, and typed as the body types it.
"""

from __future__ import annotations

from spacy.tokens import Doc

from kg.extract.clusters import Mention
from kg.extract.lexicon import ORG_NAME_NOUNS

_HEADLINE_TOKENS = 40  # a first line longer than this is no headline


def headline_end(doc: Doc) -> int:
    """The token index where a Title Case first line ends (0 when the text opens with none)."""
    end = next((t.i for t in doc[:_HEADLINE_TOKENS + 1] if "\n" in t.text or "\n" in t.whitespace_),
               None)
    if end is None or end >= _HEADLINE_TOKENS:
        return 0
    if "\n" in doc[end].whitespace_:
        end += 1
    words = [t for t in doc[:end] if t.is_alpha and len(t) > 3]
    if len(words) < 3 or sum(t.text[:1].isupper() for t in words) < 0.8 * len(words):
        return 0
    return end


def confirm_headline_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions, with those of a Title Case headline cut to the part the body names
    (typed as the body types it) or dropped when the body names no part of them."""
    end = headline_end(doc)
    if end == 0:
        return mentions
    body = [m for m in mentions if m.start >= end and not m.common]
    if not body:
        return mentions
    names = {m.text: m.ner_type for m in body}
    ends: dict[str, str] = {}  # "Brandt" of "Elsa Brandt", "Halvik" of "Halvik Motors"
    for m in body:
        words = m.text.split()
        if len(words) > 1:
            ends.setdefault(words[-1] if m.ner_type == "Person" else words[0], m.ner_type)
    kept = []
    for m in mentions:
        if m.start >= end or m.common:
            kept.append(m)
            continue
        if m.end - m.start > 1 and doc[m.end - 1].lower_ in ORG_NAME_NOUNS:
            kept.append(m)  # "Moreno Foundation Opens School": a body's name by its form
            continue
        found = _confirmed_part(doc, m, names, ends)
        if found is not None:
            m.start, m.end, m.ner_type = found
            m.text = doc[m.start:m.end].text
            kept.append(m)
    return kept


def _confirmed_part(doc: Doc, m: Mention, names: dict[str, str],
                    ends: dict[str, str]) -> tuple[int, int, str] | None:
    """The longest run of the mention's tokens that the body names, with its body type."""
    for size in range(m.end - m.start, 0, -1):
        for start in range(m.start, m.end - size + 1):
            text = doc[start:start + size].text
            etype = names.get(text) or (ends.get(text) if size == 1 else None)
            if etype is not None:
                return start, start + size, etype
    return None
