"""Direct quotes: where the quoted stretches of an article are, quotes that run past
their sentence or paragraph, and quotes with no cue of their own ("orphans") that
belong to the speaker of the sentence next to them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from kg.extract.coref import Resolver
from kg.extract.cues import title_like
from kg.extract.drafts import TRIM, Draft, sentence_chars, text_of
from kg.extract.lexicon import REPORTING_VERBS
from kg.extract.tokens import sent_of

#: The characters the scans of ``quoted_regions`` and ``_single_quoted`` act on: double
#: quotation marks; single ones, and a line break that starts a blank line.
_DOUBLE_MARKS = re.compile('[\u201c"\u201d]')
_SINGLE_MARKS = re.compile("['\u2018\u2019]|\n(?=\n)")


def quoted_regions(text: str) -> list[tuple[int, int]]:
    """Character ranges inside quotation marks: curly pairs, straight quotes paired in
    order, an opening curly mark misused as the closing one ("\u201cWe won,\u201c"), and
    single quotes (\u2018...\u2019 or '...') that are not apostrophes."""
    regions, open_at = [], None
    for m in _DOUBLE_MARKS.finditer(text):  # the other characters change nothing
        i, ch = m.start(), m.group()
        if open_at is not None and ch in "\u201c\"" and _opens(text, i) and _same_marks(
                text[open_at - 1], ch) and (cut := _paragraph_end(text, open_at, i)) is not None:
            regions.append((open_at, cut))  # a quote runs on into the next paragraph,
            open_at = i + 1  # which opens with a mark again and no closing one before
        elif ch == "\u201c" and open_at is not None and _closes(text, i):
            regions.append((open_at, i))
            open_at = None
        elif ch == "\u201c" or (ch == '"' and open_at is None) or (
                ch == "\u201d" and open_at is None and _opens(text, i)):
            open_at = i + 1  # a closing mark misused to open a paragraph ("\u201dWe won.\u201d")
        elif (ch == "\u201d" or ch == '"') and open_at is not None:
            if i > open_at:
                regions.append((open_at, i))
            open_at = None
    singles = [r for r in _single_quoted(text)
               if not any(b <= r[0] and r[1] <= e for b, e in regions)]
    return sorted(regions + singles)


def _same_marks(a: str, b: str) -> bool:
    """Two quotation marks of one style, both straight or both curly: a paragraph that
    reopens a quotation does so with the marks the quotation opened with (a block quote
    opened with a straight mark is not speech running on into curly-quoted speech)."""
    return (a == '"') == (b == '"')


#: A transcript's speaker label at a paragraph's start ('"KERR: ...'): a new speaker.
_LABEL = re.compile(r"[A-Z][A-Z.'\- ]{1,30}:")


def _paragraph_end(text: str, begin: int, mark: int) -> int | None:
    """Where the paragraph that a quotation opened at ``begin`` ends, when it ends before
    ``mark`` with no closing mark of its own (else None)."""
    end = text.find("\n", begin, mark)
    return end if end > begin and not text[end:mark].strip() else None


def _opens(text: str, i: int) -> bool:
    """A quotation mark that starts a quotation: at a line's start, before a word."""
    before = text[i - 1] if i > 0 else "\n"
    after = text[i + 1] if i + 1 < len(text) else " "
    return before == "\n" and after.isalnum()


def _closes(text: str, i: int) -> bool:
    """A quotation mark that ends a quotation: after a word or punctuation, before a space."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and (after.isspace() or after in ",.;:")


def _single_quoted(text: str) -> Iterator[tuple[int, int]]:
    """\u2018...\u2019 and '...' at word boundaries, within one paragraph; an apostrophe
    inside a word ("don't", "it\u2019s") neither opens nor closes one."""
    open_at = None
    for m in _SINGLE_MARKS.finditer(text):  # the other characters change nothing
        i, ch = m.start(), m.group()
        if ch == "\n":  # a blank line: the paragraph ends
            open_at = None
            continue
        before = text[i - 1] if i > 0 else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if open_at is None:
            if ch != "\u2019" and (before.isspace() or before in "([\"\u201c-") and after.isalnum():
                open_at = i + 1
        elif ch != "\u2018" and not after.isalnum() and (before.isalnum() or before in ".,!?"):
            if i - open_at >= 2:
                yield open_at, i
            open_at = None


def inside_any(span: tuple[int, int], regions: list[tuple[int, int]]) -> bool:
    length = span[1] - span[0]
    if length <= 0:
        return False
    covered = sum(max(0, min(e, span[1]) - max(b, span[0])) for b, e in regions)
    return covered >= 0.8 * length


def orphan_quotes(doc: Doc, res: Resolver, regions, drafts: list[Draft]) -> list[Draft]:
    """A quotation with no cue of its own continues the quote just before it, same speaker."""
    out: list[Draft] = []
    ordered = sorted(drafts, key=lambda d: d.content[0])
    text = text_of(doc)
    for b, e in regions:
        if (e - b < 20 and not _continued(text, e)) or any(
                d.content[0] < e and b < d.content[1] for d in drafts):
            continue
        if title_like(text[b:e]):
            continue  # a quoted heading ("'Legend of the Harbour.'"), not more speech
        prev = [d for d in ordered if d.content[1] <= b and (
            (d.is_direct_quote and b - d.content[1] < 400) or _just_after(doc, d, b, e))]
        span = doc.char_span(b, e, alignment_mode="expand")
        if not prev:
            if span is not None and _continued(text, e):
                _open_next(doc, ordered, (b, e), span.start)
            continue
        if span is None or _own_cue(span):
            continue
        last = prev[-1]
        if last.is_direct_quote and (_runs_on(doc, last, b) or _next_paragraph(
                text, last.content[1], b)):
            _extend(doc, last, (b, e), span.end)
            continue
        d = Draft(last.speaker, last.stance, last.cue, span.root.i, (b, e),
                  (span.start, span.end), sentence_chars(span.root), True,
                  last.on_behalf_of, last.via, last.date)
        out.append(d)
    return out


#: Pronouns of a cue after a quotation that may take the last speaker up again.
_TAKING_UP = frozenset({"he", "she", "they", "i", "we"})
#: How many words after a quotation its own cue may stand ('"...," said one union
#: source on the panel', '"...," a senior union official said').
_CUE_REACH = 6


def _own_cue(quote: Span) -> bool:
    """'"A," said Ada Moreno. "B," said one union source.': a quotation followed in its
    sentence by a reporting verb with a subject of its own (a name, a description) has
    a speaker of its own, even when no statement could be made of it: it goes on with
    no one's earlier words. "he said" or no subject at all leaves it an orphan. Right
    after the quotation the cue is inverted, and the noun after it is its subject
    whatever the parser made of it ('"...," added another resident')."""
    doc = quote.doc
    stop = min(sent_of(doc[quote.end - 1]).end, quote.end + _CUE_REACH)
    for t in doc[quote.end:stop]:
        if t.pos_ == "VERB" and t.lemma_.lower() in REPORTING_VERBS:
            inverted = all(w.is_punct for w in doc[quote.end:t.i])
            subjects = [c for c in t.children if c.i >= quote.end and (
                c.dep_ == "nsubj" or (inverted and c.dep_ == "dobj" and c.i > t.i))]
            return bool(subjects) and all(c.lower_ not in _TAKING_UP for c in subjects)
    return False


def _just_after(doc: Doc, d: Draft, begin: int, end: int) -> bool:
    """'X insisted her team had played well. "We were unlucky."': a quotation that opens
    the sentence or paragraph right after someone's reported words goes on with them."""
    if d.is_direct_quote or not 0 <= begin - d.evidence[1] <= _GAP:
        return False
    return not text_of(doc)[d.evidence[1]:begin].strip(TRIM + " ") and _whole_sentences(
        doc, begin, end)


#: Most characters between reported words and the quotation that goes on with them
#: (blank lines, an opening quotation mark).
_GAP = 8


def _whole_sentences(doc: Doc, begin: int, end: int) -> bool:
    """A quotation that is a sentence of its own (or several), not a phrase quoted inside
    a sentence of narration ('... as X went on about "the rigged system," Y said ...')."""
    text = text_of(doc)
    span = doc.char_span(begin, begin + 1, alignment_mode="expand")
    if span is None:
        return False
    sent = sent_of(span[0])
    if text[sent.start_char:begin].strip(TRIM + " "):
        return False
    last = doc.char_span(end - 1, end, alignment_mode="expand")
    stop = sent_of(last[0]).end_char if last is not None else end
    return not text[end:stop].strip(TRIM + " ")


def _runs_on(doc: Doc, d: Draft, begin: int) -> bool:
    """'"A," X said. "B."': a quotation that opens right after the cue's sentence, in the
    same paragraph, is the same statement running on."""
    between = text_of(doc)[d.evidence[1]:begin]
    return "\n" not in between and not between.strip(TRIM + " ")


#: Quotation marks that open a paragraph going on with the quotation before it.
_REOPENING = frozenset({'"', "\u201c", "\u201d"})


def _continued(text: str, end: int) -> bool:
    """A quotation that runs to its paragraph's end with no closing mark: the next
    paragraph, opening with a mark again, goes on with it (the news convention)."""
    return end < len(text) and text[end] == "\n"


def _next_paragraph(text: str, end: int, begin: int) -> bool:
    """'"A. B.⏎⏎"C."': the quotation at ``begin`` goes on with the one that ended,
    unclosed, at ``end``: only a paragraph break and the opening mark between."""
    between = text[end:begin]
    marks = [ch for ch in between if ch in _REOPENING]
    return ("\n" in between and len(marks) == 1 and not between.strip(TRIM + " \n")
            and _LABEL.match(text, begin) is None)


def _open_next(doc: Doc, ordered: list[Draft], quote: tuple[int, int], start: int) -> None:
    """'"A. B.⏎⏎"C," X said.': a quotation of no one's that runs on into the
    next paragraph, where the speaker is named, is the start of that statement."""
    text = text_of(doc)
    nxt = next((d for d in ordered if d.content[0] >= quote[1]), None)
    if nxt is None or not nxt.is_direct_quote or not _next_paragraph(
            text, quote[1], nxt.content[0]):
        return
    said = nxt.content_text if nxt.content_text is not None else text[
        nxt.content[0]:nxt.content[1]]
    nxt.content_text = f"{text[quote[0]:quote[1]].strip(TRIM)} {said.strip(TRIM)}"
    nxt.content = (quote[0], nxt.content[1])
    nxt.content_tokens = (min(start, nxt.content_tokens[0]), nxt.content_tokens[1])
    nxt.evidence = (min(nxt.evidence[0], quote[0] - 1), nxt.evidence[1])


def _extend(doc: Doc, d: Draft, quote: tuple[int, int], end_token: int) -> None:
    text = text_of(doc)
    said = d.content_text if d.content_text is not None else text[d.content[0]:d.content[1]]
    d.content_text = f"{said.strip(TRIM)} {text[quote[0]:quote[1]].strip(TRIM)}"
    d.content = (d.content[0], quote[1])
    d.content_tokens = (d.content_tokens[0], max(d.content_tokens[1], end_token))
    d.evidence = (d.evidence[0], max(d.evidence[1], quote[1] + 1))


def whole_quote(d: Draft, quoted: list[tuple[int, int]], text: str) -> None:
    """A quote of several sentences is parsed one sentence at a time: take all of it."""
    for b, e in quoted:
        while b < e and text[b] in TRIM:
            b += 1
        while e > b and text[e - 1] in TRIM:
            e -= 1
        if b <= d.content[0] and d.content[1] <= e and (b, e) != d.content:
            d.content = (b, e)
            d.evidence = (min(d.evidence[0], b), max(d.evidence[1], e))
            return


#: How many words after a closing mark may be the parser's misreading of a quote's clause.
_SPILL_WORDS = 3


def quote_before_speaker(d: Draft, doc: Doc, quoted: list[tuple[int, int]]) -> None:
    """'"The pier is safe," harbour chief Lena Fox said': the parser may read the lower-case
    word after the closing mark as a verb of the quoted clause ("harbour"); when the cue
    comes after the content, the content ends at the closing mark."""
    if d.content_text is not None or doc[d.cue_token].idx < d.content[1]:
        return
    text = text_of(doc)
    for b, e in quoted:
        while e > b and text[e - 1] in TRIM:
            e -= 1
        if b <= d.content[0] < e < d.content[1] and \
                len(text[e:d.content[1]].split()) <= _SPILL_WORDS:
            d.content = (d.content[0], e)
            end = next((t.i for t in doc[d.content_tokens[0]:d.content_tokens[1]]
                        if t.idx >= e), d.content_tokens[1])
            d.content_tokens = (d.content_tokens[0], end)
            return


def split_quote(d: Draft, doc: Doc, quoted: list[tuple[int, int]]) -> None:
    """'"A," X said, "B."': the content is both quoted parts, without the cue between."""
    cue = doc[d.cue_token]
    if not (d.content[0] < cue.idx < d.content[1]):
        return
    parts = [(max(b, d.evidence[0]), min(e, d.evidence[1])) for b, e in quoted
             if b < d.evidence[1] and d.evidence[0] < e]
    if len(parts) < 2:
        return
    d.content = (parts[0][0], parts[-1][1])
    text = text_of(doc)
    d.content_text = " ".join(text[b:e].strip(TRIM) for b, e in parts)
    d.is_direct_quote = True


#: Pronouns that, inside a quotation, stand for a thing of the quoted speaker's words.
THING_PRONOUNS = frozenset({"it", "this", "that"})
#: Subjects of a cue inside a quotation that are the quoted speaker's, never the article's.
_QUOTED_VAGUE = THING_PRONOUNS | {"they"}


def quoted_pronoun(subject: Token, verb: Token, quoted: list[tuple[int, int]]) -> bool:
    """A cue inside a quotation whose subject is "it" or "this": the quoted speaker's own
    words about a thing ('"It says all are free," she said'), not a frame of the
    article's; so is "they" ('"They went after him because they said he was soft"'), the
    quoted speaker's vague people, not the last body the article named. A pronoun right
    after a closing mark ('"...," it said') is the frame's. "He said ..." inside a quote
    stays: a person the quoted speaker reports."""
    if subject.lower_ not in _QUOTED_VAGUE or not any(b <= verb.idx < e for b, e in quoted):
        return False
    mark = len(text_of(verb.doc)[:subject.idx].rstrip(" ,\n")) - 1
    return not any(e == mark for _, e in quoted)  # no quotation closes just before it
