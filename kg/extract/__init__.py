"""The reading engine: one spaCy ``Doc`` in, one ``Extraction`` record out.

Stages, each its own module: entities (NER cleaned, typed and clustered), coref
(which entity a token refers to, roles and memberships), temporal (date
expressions), statements, events; this module links them (propositions,
responses, agents given by pronouns) and builds the records.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Doc

from kg import dates
from kg.extract.coref import Resolver
from kg.extract.entities import EntityTable, entity_table, with_char_mentions
from kg.extract.events import EventDraft, find_events
from kg.extract.statements import Draft, find_statements
from kg.extract.temporal import date_mentions
from kg.records import (
    Article,
    DateValue,
    Entity,
    Event,
    Extraction,
    Membership,
    Span,
    Statement,
)

DEFAULT_BATCH_SIZE = 16
_RESPONSE_WINDOW = 6  # how many statements back a denial may answer


def extract(doc: Doc, *, article: Article) -> Extraction:
    """Everything the engine reads out of one parsed article."""
    published = dates.parse_published(article.published)
    pub_value = DateValue(published.isoformat(), "date", "") if published else None
    table = entity_table(doc)
    res = Resolver(doc, table)
    dms = date_mentions(doc, published)
    drafts = find_statements(doc, res, dms, pub_value)
    events = find_events(doc, res, dms)
    propositions = _link_propositions(doc, res, drafts, events)
    responses = _responses(drafts)
    text = article.text
    return Extraction(
        article=article,
        entities=tuple(_entities(table, doc, drafts, events)),
        events=tuple(_event_record(n, ev) for n, ev in enumerate(events)),
        statements=tuple(_statement_record(n, d, propositions, responses, text)
                         for n, d in enumerate(drafts)),
        memberships=tuple(_unique_memberships(res.memberships)),
    )


def extract_articles(articles: Iterable[Article], *, nlp=None,
                     batch_size: int = DEFAULT_BATCH_SIZE) -> Iterator[Extraction]:
    """Parse and read a stream of articles lazily, batching through ``nlp.pipe``."""
    if nlp is None:
        from kg.nlp import load_pipeline

        nlp = load_pipeline()
    pairs = ((a.text, a) for a in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield extract(doc, article=article)


# ------------------------------------------------------------------ linking


def _link_propositions(doc: Doc, res: Resolver, drafts: list[Draft],
                       events: list[EventDraft]) -> dict[int, int]:
    """Statement index -> index of the event it asserts or denies (its content's main event)."""
    links: dict[int, int] = {}
    for n, d in enumerate(drafts):
        inside = [k for k, ev in enumerate(events)
                  if d.content_tokens[0] <= ev.token < d.content_tokens[1]]
        if not inside:
            continue
        k = min(inside, key=lambda k: _depth(doc[events[k].token], d.content_tokens))
        links[n] = k
        ev = events[k]
        if d.stance == "Deny" and ev.factuality in {"Asserted", "Claimed"}:
            ev.factuality = "Denied"
        elif ev.factuality == "Asserted":
            ev.factuality = "Claimed"
        if ev.agent_pronoun is not None:
            pron = doc[ev.agent_pronoun]
            if res.table.type_of(d.speaker) in _pronoun_types(pron.lower_):
                ev.agents[:] = [d.speaker]  # "X said it had ...": "it" is the speaker
        if ev.date is None and ev.factuality in {"Claimed", "Denied"} and _current(
                _verb_of(doc[ev.token])):
            ev.date = d.date
    return links


def _verb_of(token):
    """The verb that carries a noun event ("has launched an offensive"), else the token."""
    if token.pos_ == "NOUN" and token.dep_ in {"dobj", "nsubj", "nsubjpass", "pobj"}:
        head = token.head.head if token.dep_ == "pobj" else token.head
        if head.pos_ in {"VERB", "AUX"}:
            return head
    return token


def _current(token) -> bool:
    """Present perfect or present ("has captured", "is fighting"): the event is as of the
    utterance, so its date is the statement's; a past or past perfect one has its own."""
    auxes = {c.lower_ for c in token.children if c.dep_ in {"aux", "auxpass"}}
    if auxes & {"has", "have", "'s", "'ve"} and token.tag_ == "VBN":
        return True
    return token.tag_ in {"VBZ", "VBP"} or (token.tag_ == "VBG" and bool(
        auxes & {"is", "are", "'re", "am"}))


def _pronoun_types(word: str) -> set[str]:
    if word in {"he", "she", "i"}:
        return {"Person"}
    if word in {"it", "we", "they"}:
        return {"Organization", "Place"}
    return set()


def _depth(token, bounds: tuple[int, int]) -> int:
    depth = 0
    while bounds[0] <= token.head.i < bounds[1] and token.head.i != token.i and depth < 20:
        token = token.head
        depth += 1
    return depth


def _responses(drafts: list[Draft]) -> dict[int, int]:
    """A denial of "the claims" answers the latest earlier assertion by someone else."""
    out: dict[int, int] = {}
    for n, d in enumerate(drafts):
        if not d.refers_back:
            continue
        for m in range(n - 1, max(-1, n - 1 - _RESPONSE_WINDOW), -1):
            if drafts[m].speaker != d.speaker and drafts[m].stance != "Deny":
                out[n] = m
                break
    return out


# ------------------------------------------------------------------ records


def _entities(table: EntityTable, doc: Doc, drafts: list[Draft],
              events: list[EventDraft]) -> list[Entity]:
    acting = ({d.speaker for d in drafts} | {d.on_behalf_of for d in drafts}
              | {k for ev in events for k in ev.agents})
    out = []
    for e in with_char_mentions(table, doc):
        if e.type == "Place" and e.key in acting:
            e = Entity(e.key, e.type, e.label, e.aliases, e.mentions, also=("Organization",))
        out.append(e)
    return out


def _event_record(n: int, ev: EventDraft) -> Event:
    return Event(
        key=f"v{n}", type=ev.cls, trigger=ev.trigger,
        trigger_span=Span(*ev.trigger_chars), evidence=Span(*ev.evidence),
        agents=tuple(dict.fromkeys(ev.agents)),
        participants=tuple(k for k in dict.fromkeys(ev.participants) if k not in ev.agents),
        places=tuple(dict.fromkeys(ev.places)), date=ev.date, factuality=ev.factuality,
    )


def _statement_record(n: int, d: Draft, props: dict[int, int], responses: dict[int, int],
                      text: str) -> Statement:
    return Statement(
        key=f"s{n}", speaker=d.speaker, stance=d.stance, cue=d.cue,
        content=d.content_text or text[d.content[0]:d.content[1]],
        content_span=Span(*d.content), evidence=Span(*d.evidence),
        is_direct_quote=d.is_direct_quote,
        on_behalf_of=d.on_behalf_of,
        via=d.via if d.via != d.speaker else None, date=d.date,
        proposition=f"v{props[n]}" if n in props else None,
        responds_to=f"s{responses[n]}" if n in responses else None,
    )


def _unique_memberships(ms: list[Membership]) -> Iterator[Membership]:
    seen = set()
    for m in ms:
        if (m.person, m.organization) not in seen:
            seen.add((m.person, m.organization))
            yield m
