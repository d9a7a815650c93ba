"""Long articles, read in paragraph-aligned pieces so that memory does not grow with length.

spaCy's parser holds working arrays for the whole ``Doc`` it parses: a 200,000-character
article peaked at about 800 MB in ``nlp()`` alone, and the rules' per-document tables
grow faster than the text. An article longer than ``PIECE_CHARS`` is therefore cut at
paragraph breaks (else line breaks, sentence ends, spaces) into pieces of at most that
many characters; each piece is parsed and read alone, its ``Doc`` freed before the next
one, and the pieces' records are joined with their offsets mapped back into the whole
text: one ``Extraction`` of the article, as if it had been read whole.

What a piece cannot see: a pronoun or "the spokesman" whose antecedent sits in an earlier
piece, and a denial answering a claim in an earlier piece. Entities are joined across
pieces by type and normalised name, as within one piece. An article of at most
``PIECE_CHARS`` characters (every article of the dev sets) is read whole, unchanged.

``cap_items`` bounds what one article may contribute: at most ``MAX_STATEMENTS``
statements and as many events; the build stores the first ones and records the rest.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

from kg.iri import normalise_name
from kg.nlp import PIECE_CHARS
from kg.records import Article, Entity, Event, Extraction, Membership, Span, Statement

#: Most statements (and, apart, most events) one article may contribute.
MAX_STATEMENTS = 5_000
#: Where a piece may end, best first: a paragraph break, a line break, a sentence end,
#: a space; with none of them in reach it ends at ``PIECE_CHARS`` exactly.
_BREAKS = ("\n\n", "\n", ". ", " ")


def pieces(text: str, limit: int = PIECE_CHARS) -> Iterator[tuple[int, int]]:
    """``[begin, end)`` ranges that cover ``text`` in order, each at most ``limit`` long,
    each ending after a paragraph break when there is one in reach."""
    start = 0
    while len(text) - start > limit:
        end = start + limit
        for mark in _BREAKS:
            at = text.rfind(mark, start + limit // 2, end - len(mark) + 1)
            if at >= 0:
                end = at + len(mark)
                break
        yield start, end
        start = end
    yield start, len(text)


def extract_in_pieces(nlp, article: Article, *, limit: int = PIECE_CHARS) -> Extraction:
    """Read ``article`` piece by piece (``pieces``): one ``Doc`` in memory at a time."""
    from kg.extract import extract  # the engine; this module only wraps it

    joined = _Joined(article)
    texts = ((article.text[b:e], (b, e)) for b, e in pieces(article.text, limit))
    for doc, (begin, end) in nlp.pipe(texts, as_tuples=True, batch_size=1):
        part = extract(doc, article=replace(article, text=doc.text))
        del doc
        joined.add(part, begin, end)
    return joined.extraction()


@dataclass(slots=True)
class _Entity:
    first: Entity
    aliases: dict[str, None]
    mentions: list[Span]
    also: dict[str, None]


class _Joined:
    """The records of the pieces read so far, keys renumbered and offsets made whole."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.entities: dict[str, _Entity] = {}
        self.names: dict[tuple[str, str, str], str] = {}
        self.events: list[Event] = []
        self.statements: list[Statement] = []
        self.memberships: dict[tuple[str, str], Membership] = {}
        self.warnings: list[str] = []

    def add(self, part: Extraction, begin: int, end: int) -> None:
        ents = {e.key: self._entity(e, begin) for e in part.entities}

        def who(key: str | None) -> str | None:  # a key no entity of the piece has stays unknown
            return None if key is None else ents.get(key, f"{key}@{begin}")

        evs = {ev.key: f"v{len(self.events) + n}" for n, ev in enumerate(part.events)}
        sts = {st.key: f"s{len(self.statements) + n}" for n, st in enumerate(part.statements)}
        for ev in part.events:
            self.events.append(replace(
                ev, key=evs[ev.key], trigger_span=_shift(ev.trigger_span, begin),
                evidence=_shift(ev.evidence, begin),
                agents=tuple(ents[k] for k in ev.agents if k in ents),
                participants=tuple(ents[k] for k in ev.participants if k in ents),
                places=tuple(ents[k] for k in ev.places if k in ents)))
        for st in part.statements:
            self.statements.append(replace(
                st, key=sts[st.key], speaker=who(st.speaker), on_behalf_of=who(st.on_behalf_of),
                via=who(st.via), content_span=_shift(st.content_span, begin),
                evidence=_shift(st.evidence, begin), proposition=evs.get(st.proposition or ""),
                further_propositions=tuple(evs[k] for k in st.further_propositions if k in evs),
                responds_to=sts.get(st.responds_to or "")))
        for m in part.memberships:
            if m.person in ents and m.organization in ents:
                pair = (ents[m.person], ents[m.organization])
                self.memberships.setdefault(pair, replace(
                    m, person=pair[0], organization=pair[1], evidence=_shift(m.evidence, begin)))
        self.warnings += [f"characters {begin}-{end}: {w}" for w in part.warnings]

    def _entity(self, e: Entity, begin: int) -> str:
        """The key of ``e`` in the whole article: one entity per type and name."""
        name = (e.type, normalise_name(e.label), e.scope)
        key = self.names.setdefault(name, f"e{len(self.names) + 1}")
        known = self.entities.get(key)
        if known is None:
            known = self.entities[key] = _Entity(replace(e, key=key), {}, [], {})
        known.aliases.update(dict.fromkeys(a for a in (e.label, *e.aliases)
                                           if a != known.first.label))
        known.mentions += [_shift(m, begin) for m in e.mentions]
        known.also.update(dict.fromkeys(e.also))
        return key

    def extraction(self) -> Extraction:
        entities = tuple(replace(j.first, aliases=tuple(sorted(j.aliases)),
                                 mentions=tuple(j.mentions), also=tuple(j.also))
                         for j in self.entities.values())
        return Extraction(article=self.article, entities=entities, events=tuple(self.events),
                          statements=tuple(self.statements),
                          memberships=tuple(self.memberships.values()),
                          warnings=tuple(self.warnings))


def _shift(span: Span, by: int) -> Span:
    return Span(span.begin + by, span.end + by)


def cap_items(ex: Extraction, limit: int = MAX_STATEMENTS) -> tuple[Extraction, str | None]:
    """``ex`` with at most ``limit`` statements and ``limit`` events (the first ones in the
    text), and why any were left out, or ``None``."""
    if len(ex.statements) <= limit and len(ex.events) <= limit:
        return ex, None
    events, statements = ex.events[:limit], ex.statements[:limit]
    kept = {ev.key for ev in events} | {st.key for st in statements}
    statements = tuple(replace(st, proposition=st.proposition if st.proposition in kept else None,
                               further_propositions=tuple(
                                   k for k in st.further_propositions if k in kept),
                               responds_to=st.responds_to if st.responds_to in kept else None)
                       for st in statements)
    reason = (f"{len(ex.statements):,} statements and {len(ex.events):,} events, over the "
              f"limit of {limit:,} of each per article: the first {limit:,} of each are kept")
    return replace(ex, events=events, statements=statements), reason
