"""Attributed statements: reporting verbs in every word order, nominal statements
("X issued a statement calling for ..."), "according to X", and direct quotes.

Each found statement is a ``Draft`` in token terms; ``kg.extract`` turns drafts
into ``Statement`` records once events are known (for ``nkg:proposition``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Token

from kg.extract.content import (
    colon_paragraph,
    cue_lemma,
    denies_by_content,
    first_participial_cue,
    host_clause,
    own_clause,
    participial_cue,
    preceding_quote,
    said_object,
    without_dateline,
)
from kg.extract.coref import Resolver
from kg.extract.cues import (
    as_relay,
    document_cue,
    document_of,
    named_as,
    noun_content,
    second_that_clause,
    stance_of,
    title_like,
    unit_speaker,
    untagged_name,
)
from kg.extract.lexicon import (
    CARRIER_NOUNS,
    CLAUSE_ONLY_CUES,
    CONTENT_VERBS,
    EVALUATIVE_VERBS,
    NEEDS_COMPLEMENT,
    NOUN_OBJECT_CUES,
    OBJECT_CONTENT_VERBS,
    REPORT_NOUNS,
    REPORTING_VERBS,
    SAME_DAY_UNITS,
    SPEAKING_ROLES,
    STATEMENT_NOUNS,
    STATEMENT_VERBS,
    VAGUE_TIME_WORDS,
)
from kg.extract.outlets import outlet_owner
from kg.extract.speakers import RELAY_CUES, co_speakers, speakers_for
from kg.extract.temporal import DateMention, attached
from kg.records import DateValue

CONTENT_DEPS = ("ccomp", "xcomp", "parataxis")
DENY_OBJECT_CUES = frozenset({"deny", "reject", "refute", "dismiss", "rebut", "dispute",
                              "contradict", "disavow", "repudiate", "rebuff", "contest",
                              "disown"})
REFERRING_NOUNS = frozenset({"claim", "report", "allegation", "accusation", "statement",
                             "assertion", "rumour", "rumor", "charge", "suggestion", "it",
                             "this", "that", "these", "those", "story", "account"})
#: Verbs whose negation or refusal means nothing was stated ("declined to comment").
REFUSAL_VERBS = frozenset({"decline", "refuse", "fail"})
#: Auxiliaries under which a cue states nothing (yet): modals and the future.
UNREAL_AUXES = frozenset({"can", "could", "may", "might", "should", "must", "will", "shall",
                          "'ll", "ca", "wo"})
#: Adjectives before "to" + cue that mean nothing was stated ("unable to confirm").
UNABLE_WORDS = frozenset({"unable", "unwilling", "reluctant", "hesitant", "powerless"})
#: Statement nouns whose infinitive says what was claimed ("claims to have bought ...").
INFINITIVE_NOUNS = frozenset({"claim", "call", "appeal", "pledge", "promise", "threat",
                              "warning", "demand", "vow"})
QUOTE_OPEN = "\"\u201c"
#: What ends a paragraph: a blank line, or a line break before an opening quote.
PARAGRAPH_BREAKS = ("\n\n", "\n\"", "\n\u201c")
QUOTE_CLOSE = "\"\u201d"
CONTINUITY_SENTENCES = 2  # how far back "he said" takes the last speaker
_TRIM = " \t\n,;:.\"'\u201c\u201d\u2018\u2019-\u2014"


class _LastText:
    """``Doc.text`` joins every token on each access; keep it for the document being read."""

    def __init__(self) -> None:
        self._doc: Doc | None = None
        self._text = ""

    def __call__(self, doc: Doc) -> str:
        if self._doc is not doc:
            self._doc, self._text = doc, doc.text
        return self._text


text_of = _LastText()


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


#: How many sentences a speaker's dated statement dates their undated ones.
DATE_CARRY_SENTENCES = 3


def find_statements(doc: Doc, res: Resolver, dms: list[DateMention],
                    published_value: DateValue | None) -> list[Draft]:
    """All statements of the document, in text order, at most one per cue."""
    drafts: list[Draft] = []
    quoted = quoted_regions(text_of(doc))
    for sent in doc.sents:
        found = list(_sentence_statements(sent, res, quoted))
        _according_to(sent, res, found)
        drafts.extend(_two_that_clauses(_relayed(found, res), doc))
    drafts.extend(_layout_statements(doc, res, quoted))
    _continued_speaker(drafts, res)
    for d in drafts:
        d.is_direct_quote = _inside(d.content, quoted)
        if d.is_direct_quote:
            _whole_quote(d, quoted, text_of(doc))
        _split_quote(d, doc, quoted)
        d.date = _statement_date(doc[d.cue_token], dms, published_value)
        if d.on_behalf_of is None:
            mention = doc[d.speaker_token] if d.speaker_token is not None else None
            d.on_behalf_of = _behalf(res, d.speaker) or speakers_for(res).behalf(d.speaker,
                                                                                 mention)
            if d.on_behalf_of is None and d.speaker_token is not None:
                d.on_behalf_of = speakers_for(res).spoken_for(
                    mention, doc[d.content_tokens[0]:d.content_tokens[1]])
        if d.stance == "Assert" and denies_by_content(doc, d.content_tokens):
            d.stance = "Deny"
        if d.content_text is None:
            d.content = (without_dateline(text_of(doc), *d.content), d.content[1])
    _same_behalf(drafts)
    _carry_dates(res, drafts, published_value)
    drafts.extend(_orphan_quotes(doc, res, quoted, drafts))
    drafts = [d for d in drafts if _has_content(d, text_of(doc))]
    drafts.sort(key=lambda d: d.content[0])
    return _with_co_speakers(doc, res, _one_per_place(doc, _without_repeats(drafts)))


def _with_co_speakers(doc: Doc, res: Resolver, drafts: list[Draft]) -> list[Draft]:
    """One statement per speaker of "X and Y said ...", the same words for each."""
    out = []
    for d in drafts:
        out.append(d)
        if d.speaker_token is None:
            continue
        for key in co_speakers(doc[d.speaker_token], res):
            if key != d.speaker:
                out.append(replace(d, speaker=key, on_behalf_of=None, notes=list(d.notes)))
    return out


def _one_per_place(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """Two speakers for one content with the same cue and evidence ('"... Olsen said ..."
    \u2015 Ada Moreno'): the one whose cue stands outside the content is the speaker."""
    by_place: dict[tuple[int, int, str], Draft] = {}
    for d in drafts:
        place = (d.evidence[0], d.content[0], d.cue)
        kept = by_place.get(place)
        if kept is None or (_cue_inside(doc, kept) and not _cue_inside(doc, d)):
            by_place[place] = d
    return [d for d in drafts if by_place[(d.evidence[0], d.content[0], d.cue)] is d]


def _cue_inside(doc: Doc, d: Draft) -> bool:
    return d.content[0] <= doc[d.cue_token].idx < d.content[1]


def _has_content(d: Draft, text: str) -> bool:
    """A statement must say something, inside the text: a blank one is dropped."""
    begin, end = d.content
    if not (0 <= begin < end <= len(text)) or not (0 <= d.evidence[0] < d.evidence[1]):
        return False
    said = d.content_text if d.content_text is not None else text[begin:end]
    return bool(said.strip(_TRIM))


def _continued_speaker(drafts: list[Draft], res: Resolver) -> None:
    """"he said" just after someone's statement is that speaker again, when no other
    person became a subject in between (whatever type the tagger gave the first one)."""
    doc = res.doc
    for n, d in enumerate(drafts):
        if n == 0 or d.speaker_token is None or doc[d.speaker_token].lower_ not in {"he", "she"}:
            continue
        prev = drafts[n - 1]
        here = res.sentence_of(doc[d.speaker_token])
        if (prev.speaker == d.speaker or prev.cue_token >= d.speaker_token
                or here - res.sentence_of(doc[prev.cue_token]) > CONTINUITY_SENTENCES
                or res.table.type_of(prev.speaker) == "Organization"):
            continue
        between = range(prev.cue_token + 1, d.speaker_token)
        others = (res.table.token_entity.get(i) for i in between
                  if doc[i].dep_ in {"nsubj", "nsubjpass"})
        if not any(k != prev.speaker and res.table.type_of(k) == "Person" for k in others):
            d.speaker = prev.speaker


def _same_behalf(drafts: list[Draft]) -> None:
    """A speaker whose role one mention gives ("the President of Veska Y announced ...")
    speaks for the same organisation where a later mention gives none ("Y said")."""
    known: dict[str, str] = {}
    for d in drafts:
        if d.on_behalf_of is not None:
            known.setdefault(d.speaker, d.on_behalf_of)
    for d in drafts:
        if d.on_behalf_of is None:
            d.on_behalf_of = known.get(d.speaker)


def _size(d: Draft) -> tuple[int, int]:
    """Longer content first; of two equal ones, the earlier cue wins."""
    return d.content[1] - d.content[0], -d.cue_token


def _without_repeats(drafts: list[Draft]) -> list[Draft]:
    """One claim found twice ("issued a statement calling for ..." as noun and as verb):
    the same speaker's content inside another's is dropped."""
    def inside(a: Draft, b: Draft) -> bool:
        return (a is not b and a.speaker == b.speaker and b.content[0] <= a.content[0]
                and a.content[1] <= b.content[1]
                and _size(a) < _size(b))
    return [d for d in drafts if not any(inside(d, other) for other in drafts)]


def _relayed(found: list[Draft], res: Resolver) -> list[Draft]:
    """"X said ..., the Courier reported": one statement by X via the Courier, none by the
    outlet. Only an organisation's cue after the words it relays: "the Courier reported
    that X said ..." is the Courier's own statement."""
    kept = []
    for d in found:
        if as_relay(res.doc[d.cue_token], d.cue):
            inner = [e for e in found if e is not d and e.speaker != d.speaker
                     and d.content_tokens[0] <= e.cue_token < d.content_tokens[1]]
            for e in inner:
                e.via = e.via or d.speaker
            if inner:
                continue  # "As reported by the Courier, X said ...": X's, via the Courier
        if not _relays(d, res):
            kept.append(d)
            continue
        inner = [e for e in found if e is not d and e.speaker != d.speaker
                 and e.cue_token < d.cue_token
                 and (d.content_tokens[0] <= e.cue_token < d.content_tokens[1]
                      or e.content_tokens[0] < d.content_tokens[1] <= e.content_tokens[1])]
        if not inner:
            kept.append(d)
            continue
        doc = res.doc
        start = doc[d.speaker_token].left_edge.i if d.speaker_token is not None else d.cue_token
        for e in inner:
            e.via = e.via or d.speaker
            if e.content_tokens[0] < start < e.content_tokens[1]:
                _cut(e, (start, max(e.content_tokens[1], d.cue_token + 1)), doc)
    return kept


def _two_that_clauses(found: list[Draft], doc: Doc) -> list[Draft]:
    """"X said that A and that B": two statements, A and B, by the same speaker; not
    "X said A and that B", which reads as one."""
    out = []
    for d in found:
        out.append(d)
        start, end = d.content_tokens
        second = None
        parallel = start > 0 and "that" in {doc[start].lower_, doc[start - 1].lower_}
        if d.content_text is None and not _cue_inside(doc, d) and parallel:
            second = second_that_clause(doc[d.cue_token], start, end)
        if second is None:
            continue
        if doc[start].lower_ == "that":
            start += 1  # "that A and that B", its first "that" parsed as a pronoun
        first = _trim_range(doc, start, second.left_edge.i)
        rest = _trim_range(doc, second.left_edge.i, end)
        if first is None or rest is None:
            continue
        para = _paragraph(doc[d.cue_token])
        d.content_tokens, d.content = first, _chars(doc, first, para)
        out.append(replace(d, content_tokens=rest, content=_chars(doc, rest, para),
                           notes=list(d.notes)))
    return out


def _relays(d: Draft, res: Resolver) -> bool:
    return (d.cue in RELAY_CUES and d.cue_token >= d.content_tokens[1]
            and res.table.type_of(d.speaker) == "Organization")


# ------------------------------------------------------------------ verbal cues


def _sentence_statements(sent, res: Resolver,
                         quoted: list[tuple[int, int]]) -> Iterator[Draft]:
    for token in sent:
        lemma = cue_lemma(token)
        if token.pos_ == "VERB" and lemma in REPORTING_VERBS:
            draft = _verbal(token, lemma, res, quoted)
        elif token.pos_ == "VERB" and document_cue(token, lemma):
            draft = _verbal(token, lemma, res, quoted)  # '"...," the letter reads'
        elif token.pos_ == "VERB" and stance_of(lemma) is not None:
            draft = _noun_cue(token, lemma, res)
        elif token.pos_ == "NOUN" and lemma in STATEMENT_NOUNS:
            draft = _nominal(token, lemma, res)
        else:
            continue
        if draft is not None:
            yield draft


def _verbal(verb: Token, lemma: str, res: Resolver,
            quoted: list[tuple[int, int]]) -> Draft | None:
    if verb.dep_ in {"amod", "acl", "relcl"} and not _has(verb, CONTENT_DEPS):
        return None
    if _negated(verb) or _unreal(verb) or (lemma == "point" and _cue(verb) != "point out"
                                            and not noun_content(verb, lemma, None)):
        return None
    if lemma in CLAUSE_ONLY_CUES and not own_clause(verb) and not noun_content(
            verb, lemma, _subject(verb)):
        return None
    spk = speakers_for(res)
    quoting = spk.quoted_as(verb) or _quoted_as_saying(verb)
    speaker_token = _subject(verb) if quoting is None else quoting[0]
    speaker = res.entity_of(speaker_token) if speaker_token is not None else None
    if speaker is None and speaker_token is not None:
        speaker = untagged_name(speaker_token, res)
    owner = outlet_owner(speaker_token, res) if speaker_token is not None else None
    if owner is not None:
        speaker = owner  # "media run by X reported ...": X's own claim
    elif speaker_token is not None and (state := spk.state_of(speaker_token)):
        speaker = state
    elif speaker_token is not None and spk.misfit(speaker_token, speaker):
        return None
    described = None
    if speaker is None and speaker_token is not None:
        described = spk.described(speaker_token)
        described = described or unit_speaker(speaker_token, res)
        speaker = (_author(speaker_token, res) or spk.document_author(speaker_token)
                   or described)
    text = text_of(verb.doc)
    after_colon = colon_paragraph(verb, text, quoted)
    content = None if after_colon else _content_tokens(verb, lemma, speaker_token)
    if content is None and quoting is not None:  # '"...," X quoted her as saying.'
        content = _content_tokens(verb.head.head, "quote", speaker_token)
    hosted = host_clause(verb) if content is None and after_colon is None else None
    if hosted is not None:
        content = hosted[0]
    before = None
    if content is None and after_colon is None:
        before = preceding_quote(_clause_start(verb, speaker_token), text, quoted)
    if speaker is None and speaker_token is None and content is not None:
        speaker, content = _trailing_description(verb, content, res)
        if res.table.type_of(speaker) == "Organization":
            described = speaker
    if speaker is None and speaker_token is None:
        speaker = _nearest_agent(verb, res, content)
    chars = after_colon or before
    if speaker is None or res.table.type_of(speaker) is None or (content is None
                                                                  and chars is None):
        return None
    speaker = spk.full_name(speaker)
    stance = _stance(verb, lemma)
    if chars is not None:
        draft = _char_draft(verb, speaker, stance, _cue(verb), chars)
        if draft is None:
            return None
    else:
        assert content is not None
        draft = _draft(verb, speaker, stance, _cue(verb), content)
    if hosted is not None:
        _leave_out(draft, hosted[1], verb.doc)
    draft.via = _told(verb, res, speaker) or spk.channel(verb, speaker)
    if quoting is not None and quoting[1] is not None:
        outlet = spk.named(quoting[1]) or res.entity_of(quoting[1], allow_pronoun=False,
                                                        descriptions=False)
        if outlet is not None and outlet != speaker:
            draft.via = outlet
    draft.speaker_token = speaker_token.i if speaker_token is not None else None
    if described is not None and speaker == described \
            and res.table.type_of(described) == "Organization":
        draft.on_behalf_of = described  # "an SDF official said": the SDF speaks, for itself
    draft.refers_back = stance == "Deny" and _refers_back(verb)
    return draft


def _noun_cue(verb: Token, lemma: str, res: Resolver) -> Draft | None:
    """"X thanked the crew", "X agreed with Y", "X blasted the plan as reckless": a cue
    whose only content is its object, said by its named subject."""
    if verb.dep_ in {"amod", "acl", "relcl"} or _negated(verb) or _unreal(verb):
        return None
    speaker_token = _subject(verb)
    if speaker_token is None:
        return None
    spk = speakers_for(res)
    speaker = res.entity_of(speaker_token)
    if speaker is None or res.table.type_of(speaker) is None or spk.misfit(speaker_token,
                                                                            speaker):
        return None
    said = noun_content(verb, lemma, speaker_token)
    if not said:
        return None
    end = _cut_at_next_cue(said, max(c.right_edge.i for c in said) + 1)
    content = _trim_range(verb.doc, min(c.left_edge.i for c in said), end)
    if content is None:
        return None
    stance = stance_of(lemma)
    assert stance is not None
    draft = _draft(verb, spk.full_name(speaker), stance, _cue(verb), content)
    draft.speaker_token = speaker_token.i
    return draft


def _trailing_description(verb: Token, content: tuple[int, int],
                          res: Resolver) -> tuple[str | None, tuple[int, int]]:
    """"..., a spokeswoman for X said" with the description parsed as an apposition of the
    content's last noun: X is the speaker, and the description is no part of the content."""
    doc = verb.doc
    last = verb.i - 1
    while last > content[0] and doc[last].is_punct:
        last -= 1
    for i in range(content[0], min(content[1], verb.i)):
        tok = doc[i]
        if tok.dep_ == "appos" and tok.right_edge.i == last:
            speaker = (speakers_for(res).described(tok)
                       or res.entity_of(tok, allow_pronoun=False))
            cut = tok.left_edge.i
            while cut > content[0] and doc[cut - 1].is_punct:
                cut -= 1
            if speaker is not None and cut > content[0]:
                return speaker, (content[0], cut)
    return None, content


def _stance(verb: Token, lemma: str) -> str:
    """The cue's stance; "called the plan a disgrace" (object and predicate) asserts."""
    if lemma == "call" and _has(verb, {"oprd"}):
        return "Assert"
    if lemma == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        return "Deny"
    if lemma == "call" or lemma in {"urge", "appeal"}:
        return "Appeal"
    return REPORTING_VERBS.get(lemma) or stance_of(lemma) or "Assert"


def _clause_start(verb: Token, speaker: Token | None) -> Token:
    """The first word of the cue's clause: where a quotation before it must end."""
    start = verb.i
    if speaker is not None and speaker.i < verb.i:
        start = speaker.left_edge.i
    doc = verb.doc
    while start < verb.i and doc[start].is_punct:
        start += 1
    return doc[start]


def _char_draft(anchor: Token, speaker: str, stance: str, cue: str,
                chars: tuple[int, int]) -> Draft | None:
    """A draft whose content is a stretch of text outside the cue's clause (a quotation
    before it, the paragraph after its colon)."""
    doc = anchor.doc
    text = text_of(doc)
    begin, end = chars
    while begin < end and text[begin] in _TRIM:
        begin += 1
    while end > begin and text[end - 1] in _TRIM:
        end -= 1
    span = doc.char_span(begin, end, alignment_mode="expand") if end > begin else None
    if span is None or len(span) == 0:
        return None
    sent = _sentence_chars(anchor)
    evidence = (min(sent[0], begin), max(sent[1], end))
    return Draft(speaker, stance, cue, anchor.i, (begin, end), (span.start, span.end), evidence)


def _leave_out(d: Draft, gap: tuple[int, int], doc: Doc) -> None:
    """"A, X said, B": the content is A and B, without the cue between them."""
    start, end = d.content_tokens
    if not (start < gap[0] and gap[1] < end):
        return
    text = text_of(doc)
    cut_from, cut_to = doc[gap[0]].idx, doc[gap[1] - 1].idx + len(doc[gap[1] - 1])
    left, right = text[d.content[0]:cut_from].strip(_TRIM), text[cut_to:d.content[1]].strip(_TRIM)
    if left and right:
        d.content_text = f"{left} {right}"


def _author(noun: Token, res: Resolver) -> str | None:
    """"The ministry's statement said ...", "a report by X found ...": whose document."""
    if noun.lemma_.lower() not in CARRIER_NOUNS | REPORT_NOUNS:
        return None
    for child in noun.children:
        if child.dep_ in {"poss", "compound"}:
            return res.entity_of(child, descriptions=False)
        if child.dep_ == "prep" and child.lower_ in {"from", "by", "of"}:
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return res.entity_of(pobj, descriptions=False)
    return None


def _subject(verb: Token) -> Token | None:
    """The subject of a verb, borrowed from the verb it is coordinated with or depends on."""
    if (after := _inverted_subject(verb)) is not None:
        return after
    t = verb
    for _ in range(3):
        for child in t.children:
            if child.dep_ in {"nsubj", "agent"}:
                if child.dep_ == "agent":
                    return next((c for c in child.children if c.dep_ == "pobj"), None)
                return _nearest_subject(t, child)
        if child_pass := next((c for c in t.children if c.dep_ == "nsubjpass"), None):
            return None if t.i == verb.i else child_pass
        if (borrowed := _reporting_host(t)) is not None:
            t = borrowed  # "said that A and added that B", "after confirming A, X said B"
            continue
        if t.dep_ == "acl" and t.head.lemma_.lower() in CARRIER_NOUNS:
            t = t.head  # "resigned in a letter stating ...": the letter's writer
            while t.dep_ in {"pobj", "prep", "dobj"} and t.head.i != t.i:
                t = t.head
            continue
        if t.dep_ not in {"conj", "xcomp", "advcl"} or t.head.i == t.i:
            return None
        t = t.head
    return None


def _nearest_subject(verb: Token, first: Token) -> Token:
    """"THE BORROWING Back then, Mr. X said ...": of two subjects the parser gave a verb
    before it, the one next to it is the speaker (the other is a heading's words)."""
    before = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    return before[-1] if len(before) > 1 else first


def _inverted_subject(verb: Token) -> Token | None:
    """'"A. B," said X': the quote's last words parsed as a second subject; X is the one."""
    if document_cue(verb, cue_lemma(verb)):
        return document_of(verb)  # '"...," read a notice issued by X'
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) > 1 and subjects[-1].i > verb.i > subjects[0].i:
        return subjects[-1]
    return None


def _reporting_host(t: Token) -> Token | None:
    """The reporting verb whose subject a subjectless cue borrows: the one whose content
    it was parsed into ("said that A and added that B"), or the one it hangs on through a
    preposition ("after confirming A, X said B")."""
    head = t.head
    if head.i == t.i:
        return None
    if t.dep_ == "conj" and head.dep_ in CONTENT_DEPS and _is_cue(head.head):
        return head.head
    if t.dep_ == "pcomp" and head.dep_ == "prep" and head.head.pos_ in {"VERB", "AUX"}:
        return head.head
    if participial_cue(t, _is_cue):
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head  # "X said A and that B, arguing C": C hangs on B
        if head.dep_ in CONTENT_DEPS and _is_cue(head.head):
            return head.head  # "X said A, arguing that B": parsed into A, said by X
    return None


def _is_cue(token: Token) -> bool:
    return token.pos_ == "VERB" and cue_lemma(token) in REPORTING_VERBS


def _cut_at_next_cue(comps: list[Token], end: int) -> int:
    """"A and added that B": the content of the first cue stops before the second."""
    for c in comps:
        for child in c.children:
            if child.dep_ == "conj" and child.i > c.i and _is_cue(child):
                end = min(end, child.left_edge.i)
    return end


def _content_tokens(verb: Token, lemma: str, speaker: Token | None) -> tuple[int, int] | None:
    """Token range of what was said: the clausal complement, or the object of a denial."""
    comps = [c for c in verb.children if c.dep_ in CONTENT_DEPS
             and not participial_cue(c, _is_cue)]
    if verb.dep_ == "relcl" and (after := [c for c in comps if c.i > verb.i]):
        return _trim_range(verb.doc, verb.i + 1, max(c.right_edge.i for c in after) + 1)
    if speaker is None and any(c.i > verb.i for c in comps):
        comps = [c for c in comps if c.i > verb.i]
    if speaker is not None:
        comps = [c for c in comps if not (c.left_edge.i <= speaker.i <= c.right_edge.i)]
    if not comps:
        comps = (_carrier_clause(verb) or _object_clause(verb)
                 or _object_content(verb, lemma) or _passive_content(verb, lemma))
    if not comps:
        return None
    start = min(c.left_edge.i for c in comps)
    end = _cut_at_next_cue(comps, max(c.right_edge.i for c in comps) + 1)
    end = first_participial_cue(verb.doc, start, end, _is_cue)
    return _trim_range(verb.doc, start, end)


def _trim_range(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """A content range without a leading "that", edge punctuation or a dangling "and"."""
    while start < end and (doc[start].dep_ == "mark" or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].dep_ == "cc"):
        end -= 1
    return (start, end) if end > start else None


def _carrier_clause(verb: Token) -> list[Token]:
    """"announced in an internal memo that ...": the that-clause hangs off the memo."""
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        for pobj in prep.children:
            if pobj.dep_ == "pobj" and pobj.lemma_.lower() in CARRIER_NOUNS:
                return [c for c in pobj.children if c.dep_ in {"relcl", "acl", "ccomp"}
                        and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)]
    return []


def _object_clause(verb: Token) -> list[Token]:
    """"assured residents that the water was safe": the clause hangs off the object."""
    for obj in verb.children:
        if obj.dep_ in {"dobj", "dative"}:
            return [c for c in obj.children if c.dep_ in {"acl", "relcl", "ccomp"}
                    and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)]
    return []


def _object_content(verb: Token, lemma: str) -> list[Token]:
    objs = [c for c in verb.children if c.dep_ in {"dobj", "attr"}]
    if lemma in OBJECT_CONTENT_VERBS:  # "claimed the town as its own": the whole predicate
        return objs + [c for c in verb.children if objs and c.i > objs[0].i
                       and (c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ == "as"))]
    if lemma in DENY_OBJECT_CUES or lemma in {"accuse", "urge", "warn", "promise", "vow"}:
        preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"of", "against"}]
        return objs + preps
    if lemma == "call" and (predicate := [c for c in verb.children if c.dep_ == "oprd"]):
        return objs + predicate  # "called the ruling a disgrace"
    if lemma in {"call", "appeal", "urge"}:
        return [c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"for", "on"}
                and not _is_time(c)]
    if lemma in EVALUATIVE_VERBS and objs:  # "condemned the shelling", "praised X for Y"
        return objs + [c for c in verb.children if c.dep_ == "prep" and c.i > objs[0].i
                       and c.lower_ in {"for", "over", "as"}]
    as_prep = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"]
    if lemma == "cite" and objs and as_prep:  # "cited the fire as proof of neglect"
        return objs + as_prep
    if lemma == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        return objs  # "ruled out a merger"
    if lemma in NOUN_OBJECT_CUES and (said := said_object(objs)):
        return [said]  # "cited problems in the harbour"; not "citing sources"
    if said := noun_content(verb, lemma, _subject(verb)):
        return said  # "noted the drop in sales", "pointed to the cost of fuel"
    if lemma in NEEDS_COMPLEMENT:
        return []
    return [c for c in objs if c.pos_ in {"NOUN", "PRON"} and c.lemma_.lower() in REFERRING_NOUNS]


def _passive_content(verb: Token, lemma: str) -> list[Token]:
    """"The claim was denied by the ministry", "The merger was announced by X": what was
    said is the passive subject, when the agent (the speaker) is named."""
    if lemma not in OBJECT_CONTENT_VERBS | DENY_OBJECT_CUES or not _has(verb, {"agent"}):
        return []
    return [c for c in verb.children if c.dep_ == "nsubjpass"]


def _quoted_as_saying(verb: Token) -> tuple[Token | None, Token | None] | None:
    """'X quoted him as saying ...', 'he was quoted by X as saying ...': the one quoted
    (the speaker) and the one quoting (the outlet)."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ != "as" or prep.head.lemma_.lower() != "quote":
        return None
    quote = prep.head
    speaker = next((c for c in quote.children if c.dep_ in {"nsubjpass", "dobj"}), None)
    outlet = next((c for c in quote.children if c.dep_ == "nsubj"), None)
    agent = next((c for c in quote.children if c.dep_ == "agent"), None)
    if agent is not None:
        outlet = next((c for c in agent.children if c.dep_ == "pobj"), None)
    return speaker, outlet


def _is_time(prep: Token) -> bool:
    """"called on Tuesday" (a telephone call), not "called on the army to ..." nor
    "called for cutting the tax" (a gerund)."""
    pobj = next((c for c in prep.children if c.dep_ in {"pobj", "pcomp"}), None)
    return pobj is None or pobj.ent_type_ in {"DATE", "TIME"}


def _cue(verb: Token) -> str:
    lemma = cue_lemma(verb)
    prt = next((c for c in verb.children if c.dep_ == "prt"), None)
    if lemma == "call" and any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children):
        return "call for"
    return f"{lemma} {prt.lower_}" if prt is not None else lemma


def _nearest_agent(verb: Token, res: Resolver, content: tuple[int, int] | None) -> str | None:
    """For "Y, said ..." with the subject lost by the parser: the nearest agent before the verb."""
    sent = verb.sent
    for i in range(verb.i - 1, sent.start - 1, -1):
        if content and content[0] <= i < content[1]:
            continue
        key = res.table.token_entity.get(i)
        if key and res.table.type_of(key) in {"Person", "Organization"}:
            return key
    return None


def _told(verb: Token, res: Resolver, speaker: str) -> str | None:
    """"told Meridian News", "in an interview with Radio North": the outlet it came through."""
    for child in verb.children:
        if child.dep_ in {"dobj", "dative"} and verb.lemma_.lower() == "tell":
            key = res.table.at(child)
            if key and key != speaker and res.table.type_of(key) == "Organization":
                return key
        if child.dep_ == "prep" and child.lower_ in {"in", "to", "on"}:
            for pobj in child.children:
                if pobj.lemma_.lower() in {"interview", "broadcast", "post", "message"}:
                    for sub in pobj.subtree:
                        key = res.table.at(sub)
                        if key and key != speaker and res.table.type_of(key) == "Organization":
                            return key
    return None


def _refers_back(verb: Token) -> bool:
    """"denied the claims": an answer to an earlier claim; "denied reports that ..." says
    itself what it denies."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in REFERRING_NOUNS
               and not any(g.dep_ in {"acl", "ccomp", "relcl"} for g in c.children)
               for c in verb.children)


def _negated(verb: Token) -> bool:
    if any(c.dep_ == "neg" and not _beyond_punct(c, verb) for c in verb.children):
        return True
    head = verb.head
    if verb.dep_ != "xcomp":
        return False
    if head.lemma_.lower() in REFUSAL_VERBS or any(c.dep_ == "neg" for c in head.children):
        return True
    if head.pos_ == "ADJ" and (head.lower_ in UNABLE_WORDS or head.dep_ == "acomp" and any(
            c.dep_ == "neg" for c in head.head.children)):
        return True  # "was unable to confirm", "was not able to confirm"
    return head.lemma_.lower() in {"have", "be"} and any(c.lower_ == "yet" for c in head.children)


def _beyond_punct(word: Token, verb: Token) -> bool:
    """'"Probably not," X said': a word the parser hung on the cue across a comma or a
    quotation mark is the quotation's, not the cue's."""
    low, high = sorted((word.i, verb.i))
    return any(t.is_punct for t in word.doc[low + 1:high])


def _unreal(verb: Token) -> bool:
    """"only the council can declare a winner", "X will announce ...": a cue under a
    modal or future auxiliary reports nothing said yet."""
    return any(c.dep_ == "aux" and c.lower_ in UNREAL_AUXES for c in verb.children)


def _has(token: Token, deps) -> bool:
    return any(c.dep_ in deps for c in token.children)


# ------------------------------------------------------------------ nominal cues


def _nominal(noun: Token, lemma: str, res: Resolver) -> Draft | None:
    """"X issued a statement calling for ...", "X's claim that ...", "in a statement, X ..."."""
    verb = noun.head
    speaker = None
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is not None and poss.pos_ != "PRON":
        speaker = res.entity_of(poss)
    if speaker is None and (by := _by_whom(noun)) is not None:
        speaker = res.entity_of(by)  # "claims by X to have ...", "a warning from X that ..."
    content = _clause_of_noun(noun)
    if speaker is None and noun.dep_ == "dobj" and verb.lemma_.lower() in STATEMENT_VERBS:
        subj = _subject(verb)
        speaker = res.entity_of(subj) if subj is not None else None
        content = content or _clause_of_verb(verb, noun)
    if speaker is None or content is None:
        return None
    stance = STATEMENT_NOUNS[lemma]
    cue = lemma
    first = verb.doc[content[0]]
    if first.lemma_.lower() in CONTENT_VERBS:
        stance = CONTENT_VERBS[first.lemma_.lower()]
        cue = _cue(first)
    anchor = verb if noun.dep_ == "dobj" else noun
    return _draft(anchor, speaker, stance, cue, content)


def _by_whom(noun: Token) -> Token | None:
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in {"by", "from"}:
            return next((c for c in prep.children if c.dep_ == "pobj"), None)
    return None


def _clause_of_noun(noun: Token) -> tuple[int, int] | None:
    """"a statement that ...", "a statement calling for ...", "claims to have ..."."""
    comps = [c for c in noun.children if c.dep_ in {"acl", "ccomp", "relcl"}
             and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)]
    if not comps and noun.lemma_.lower() in INFINITIVE_NOUNS:
        comps = [c for c in noun.children if c.dep_ == "acl" and c.pos_ in {"VERB", "AUX"}
                 and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)]
        if comps:
            return comps[0].left_edge.i, comps[0].right_edge.i + 1
    if not comps:
        comps = [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBG"
                 and c.lemma_.lower() in CONTENT_VERBS]
        if comps:
            return comps[0].i, comps[0].right_edge.i + 1
    if not comps:
        return None
    return comps[0].left_edge.i + 1, comps[0].right_edge.i + 1


def _clause_of_verb(verb: Token, noun: Token) -> tuple[int, int] | None:
    """The participle or coordinated clause after "issued a statement": what it said."""
    parts = [c for c in verb.children if c.i > noun.i and c.dep_ in {"advcl", "xcomp", "conj"}
             and c.pos_ == "VERB"]
    if not parts:
        return None
    start, end = parts[0].left_edge.i, max(p.right_edge.i for p in parts) + 1
    doc = verb.doc
    while end > start and doc[end - 1].is_punct:
        end -= 1
    return start, end


# ------------------------------------------------------------------ according to


def _according_to(sent, res: Resolver, found: list[Draft]) -> None:
    """"according to X" names the speaker, or the outlet (``via``) when someone else spoke."""
    for token in sent:
        if token.lower_ != "according":
            continue
        to = next((c for c in token.children if c.lower_ == "to"), None)
        pobj = next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
        if pobj is None:
            continue
        source = _source(pobj, res)
        if source is None:
            continue
        in_sentence = [d for d in found if sent.start <= d.cue_token < sent.end]
        if in_sentence:
            phrase = (token.left_edge.i, token.right_edge.i + 1)
            for d in in_sentence:
                if d.speaker != source and d.via is None:
                    d.via = source
                if d.content_tokens[0] <= token.i < d.content_tokens[1]:
                    _cut(d, phrase, sent.doc)
            continue
        clause = token.head
        while clause.pos_ not in {"VERB", "AUX"} and clause.head.i != clause.i:
            clause = clause.head  # "The move, according to X, reeks of fear"
        start = min(clause.left_edge.i, token.left_edge.i)
        end = clause.right_edge.i + 1
        phrase = (token.left_edge.i, token.right_edge.i + 1)
        whole = _trim_range(sent.doc, start, end)
        inside = whole is not None and whole[0] < phrase[0] and phrase[1] < whole[1]
        content = whole if inside else _without((start, end), phrase, sent.doc)
        if content is None and token.i == sent.start:
            content = _after_comma(sent, pobj)  # the clause misparsed into the phrase
        if content:
            draft = _draft(token, source, "Assert", "according to", content)
            if inside:
                _leave_out(draft, phrase, sent.doc)
            found.append(draft)


def _after_comma(sent, pobj: Token) -> tuple[int, int] | None:
    """"According to X, A": A, when the parser hung it inside the phrase."""
    comma = next((t for t in sent if t.i > pobj.i and t.text == ","), None)
    return _trim_range(sent.doc, comma.i + 1, sent.end) if comma is not None else None


def _cut(d: Draft, phrase: tuple[int, int], doc: Doc) -> None:
    """Take "according to ..." out of a statement's content."""
    kept = _without(d.content_tokens, phrase, doc)
    if kept:
        d.content_tokens = kept
        d.content = _chars(doc, kept, _paragraph(doc[d.cue_token]))


def _source(pobj: Token, res: Resolver) -> str | None:
    if pobj.lemma_.lower() in REPORT_NOUNS:
        for prep in pobj.children:
            if prep.dep_ == "prep" and prep.lower_ in {"by", "from", "in", "of", "on"}:
                inner = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if inner is not None and (key := res.entity_of(inner)):
                    return key
        for child in pobj.children:
            if child.dep_ in {"compound", "poss"} and (key := res.table.at(child)):
                return key
        return None
    key = res.entity_of(pobj)
    if res.table.type_of(key) in {"Person", "Organization"}:
        return key
    for child in pobj.children:  # "according to radio host Ada Moreno"
        if child.dep_ in {"compound", "appos"}:
            key = res.table.at(child)
            if res.table.type_of(key) in {"Person", "Organization"}:
                return key
    return None


def _without(outer: tuple[int, int], inner: tuple[int, int], doc: Doc) -> tuple[int, int] | None:
    """The larger side of ``outer`` once ``inner`` is cut out, trimmed of punctuation."""
    left, right = (outer[0], inner[0]), (inner[1], outer[1])
    start, end = max(left, right, key=lambda r: r[1] - r[0])
    while start < end and doc[start].is_punct:
        start += 1
    while end > start and doc[end - 1].is_punct:
        end -= 1
    return (start, end) if end > start else None


# ------------------------------------------------------------------ layout cues

#: A dash between a quotation and the name that signs it ('"..." \u2015 Ada Moreno').
_SIGNING_DASH = re.compile(r"[ \t\u00a0]*[\u2015\u2014\u2013-]{1,2}[ \t\u00a0]*")
#: How far into a line the colon of "Name: what they said" may be.
_LABEL_REACH = 40


def _layout_statements(doc: Doc, res: Resolver, quoted) -> Iterator[Draft]:
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
            draft = _char_draft(doc[_token_at(doc, dash.end())], speaker, "Assert", "say",
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
    return _char_draft(label[-1], speaker, "Assert", "say", (colon + 1, end))


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


# ------------------------------------------------------------------ quotes


def quoted_regions(text: str) -> list[tuple[int, int]]:
    """Character ranges inside quotation marks: curly pairs, straight quotes paired in
    order, an opening curly mark misused as the closing one ("\u201cWe won,\u201c"), and
    single quotes (\u2018...\u2019 or '...') that are not apostrophes."""
    regions, open_at = [], None
    for i, ch in enumerate(text):
        if ch == "\u201c" and open_at is not None and _closes(text, i):
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
    for i, ch in enumerate(text):
        if ch not in "'\u2018\u2019":
            if ch == "\n" and open_at is not None and text.startswith("\n\n", i):
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


def _inside(span: tuple[int, int], regions: list[tuple[int, int]]) -> bool:
    length = span[1] - span[0]
    if length <= 0:
        return False
    covered = sum(max(0, min(e, span[1]) - max(b, span[0])) for b, e in regions)
    return covered >= 0.8 * length


def _orphan_quotes(doc: Doc, res: Resolver, regions, drafts: list[Draft]) -> list[Draft]:
    """A quotation with no cue of its own continues the quote just before it, same speaker."""
    out: list[Draft] = []
    ordered = sorted(drafts, key=lambda d: d.content[0])
    for b, e in regions:
        if e - b < 20 or any(d.content[0] < e and b < d.content[1] for d in drafts):
            continue
        if title_like(text_of(doc)[b:e]):
            continue  # a quoted heading ("'Legend of the Harbour.'"), not more speech
        prev = [d for d in ordered if d.is_direct_quote and d.content[1] <= b
                and b - d.content[1] < 400]
        if not prev:
            continue
        span = doc.char_span(b, e, alignment_mode="expand")
        if span is None:
            continue
        last = prev[-1]
        if _runs_on(doc, last, b):
            _extend(doc, last, (b, e), span.end)
            continue
        d = Draft(last.speaker, last.stance, last.cue, span.root.i, (b, e),
                  (span.start, span.end), _sentence_chars(span.root), True,
                  last.on_behalf_of, last.via, last.date)
        out.append(d)
    return out


def _runs_on(doc: Doc, d: Draft, begin: int) -> bool:
    """'"A," X said. "B."': a quotation that opens right after the cue's sentence, in the
    same paragraph, is the same statement running on."""
    between = text_of(doc)[d.evidence[1]:begin]
    return "\n" not in between and not between.strip(_TRIM + " ")


def _extend(doc: Doc, d: Draft, quote: tuple[int, int], end_token: int) -> None:
    text = text_of(doc)
    said = d.content_text if d.content_text is not None else text[d.content[0]:d.content[1]]
    d.content_text = f"{said.strip(_TRIM)} {text[quote[0]:quote[1]].strip(_TRIM)}"
    d.content = (d.content[0], quote[1])
    d.content_tokens = (d.content_tokens[0], max(d.content_tokens[1], end_token))
    d.evidence = (d.evidence[0], max(d.evidence[1], quote[1] + 1))


# ------------------------------------------------------------------ shared


def _draft(anchor: Token, speaker: str, stance: str, cue: str, content: tuple[int, int]) -> Draft:
    para = _paragraph(anchor)
    begin, end = _chars(anchor.doc, content, para)
    ev = _sentence_chars(anchor)
    ev = (max(min(ev[0], begin), para[0]), min(max(ev[1], end), para[1]))
    return Draft(speaker, stance, cue, anchor.i, (begin, end), content, ev)


def _chars(doc: Doc, tokens: tuple[int, int], para: tuple[int, int]) -> tuple[int, int]:
    """Character span of a token range, inside its paragraph, trimmed of quotes and commas."""
    begin = max(doc[tokens[0]].idx, para[0])
    last = doc[tokens[1] - 1]
    end = min(last.idx + len(last.text), para[1])
    text = text_of(doc)
    while begin < end and text[begin] in _TRIM:
        begin += 1
    while end > begin and text[end - 1] in _TRIM:
        end -= 1
    return begin, end


def _paragraph(token: Token) -> tuple[int, int]:
    """The paragraph around a token: text between blank lines (or a line opening a quote)."""
    text = text_of(token.doc)
    at = token.idx
    starts = [text.rfind(br, 0, at) for br in PARAGRAPH_BREAKS]
    begin = max((i + len(br) for i, br in zip(starts, PARAGRAPH_BREAKS, strict=True) if i >= 0),
                default=0)
    ends = [i for br in PARAGRAPH_BREAKS if (i := text.find(br, at)) >= 0]
    return begin, min(ends, default=len(text))


def _whole_quote(d: Draft, quoted: list[tuple[int, int]], text: str) -> None:
    """A quote of several sentences is parsed one sentence at a time: take all of it."""
    for b, e in quoted:
        while b < e and text[b] in _TRIM:
            b += 1
        while e > b and text[e - 1] in _TRIM:
            e -= 1
        if b <= d.content[0] and d.content[1] <= e and (b, e) != d.content:
            d.content = (b, e)
            d.evidence = (min(d.evidence[0], b), max(d.evidence[1], e))
            return


def _split_quote(d: Draft, doc: Doc, quoted: list[tuple[int, int]]) -> None:
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
    d.content_text = " ".join(text[b:e].strip(_TRIM) for b, e in parts)
    d.is_direct_quote = True


def _sentence_chars(token: Token) -> tuple[int, int]:
    sent = token.sent
    text = text_of(token.doc)
    begin, end = sent.start_char, sent.end_char
    while end > begin and text[end - 1].isspace():
        end -= 1
    while begin < end and text[begin].isspace():
        begin += 1
    return begin, end


def _statement_date(cue: Token, dms: list[DateMention],
                    published: DateValue | None) -> DateValue | None:
    """The date attached to the cue; else publication day unless the wording is vague.
    A participle ("..., adding that ...") is dated as the verb it hangs on."""
    if (cue.tag_ == "VBG" and cue.dep_ in {"advcl", "xcomp", "conj"} and cue.head.i != cue.i
            and cue.head.pos_ == "VERB"):
        return _statement_date(cue.head, dms, published)
    host = _finite_host(cue)
    if host is not None and attached(dms, cue) is None:
        return _statement_date(host, dms, published)
    for anchor in (cue, cue.head if cue.dep_ in {"conj", "advcl", "xcomp"} else None):
        if anchor is None:
            continue
        found = attached(dms, anchor)
        if found is not None and (found.value is not None or not _within_day(found, cue.doc)):
            return found.value
    found = _date_after_cue(cue, dms) or _occasion_date(cue, dms)
    if found is not None:
        return found.value
    if any(c.lemma_.lower() in VAGUE_TIME_WORDS for c in cue.children):
        return None
    if any(c.dep_ == "aux" and c.lower_ == "had" for c in cue.children):
        return None
    if cue.tag_ in {"VBD", "VBZ", "VBP", "VBN"} or cue.lower_ == "according":
        return published
    return None


#: How a non-finite cue hangs on the verb that dates it: "a statement claiming" (acl, then
#: the noun's verb), "quoted as saying" (pcomp under "as"), "goes on to report" (xcomp).
NON_FINITE_LINKS = frozenset({"acl", "pcomp", "xcomp", "advcl"})
NOUN_LINKS = frozenset({"dobj", "nsubjpass", "nsubj", "attr"})


def _finite_host(cue: Token) -> Token | None:
    """The finite verb a participle or infinitive cue is said through, when there is one:
    "released a statement claiming", "was quoted as saying", "goes on to report"."""
    if cue.tag_ not in {"VBG", "VB"} or cue.dep_ not in NON_FINITE_LINKS:
        return None
    up = cue.head
    as_saying = cue.dep_ == "pcomp" and up.lower_ == "as" and up.dep_ == "prep"
    on_noun = cue.dep_ == "acl" and up.pos_ in {"NOUN", "PROPN"} and up.dep_ in NOUN_LINKS
    if as_saying or on_noun:
        up = up.head
    if up.pos_ not in {"VERB", "AUX"}:
        return None
    if up.tag_ == "VBN":  # passive: "was quoted as saying", not "is expected to say"
        return up if any(c.dep_ == "auxpass" and c.lower_ in {"was", "were"}
                         for c in up.children) else None
    return up if up.tag_ in {"VBD", "VBZ", "VBP"} else None


def _carry_dates(res: Resolver, drafts: list[Draft], published: DateValue | None) -> None:
    """A statement dated only by publication goes on the speaker's last dated one a few
    sentences back ("X announced on Sunday that ... In a speech, X said: '...'"); a run of
    such statements carries the date on, each a few sentences after the last. Another
    speaker's saying is not carried: its day is not pinned."""
    dated: dict[str, tuple[int, DateValue]] = {}
    for d in sorted(drafts, key=lambda d: d.cue_token):  # text order, whatever found it first
        here = res.sentence_of(res.doc[d.cue_token])
        if d.date is not None and d.date is not published:
            dated[d.speaker] = (here, d.date)
        elif d.date is published and d.speaker in dated:
            then, value = dated[d.speaker]
            if here - then <= DATE_CARRY_SENTENCES:
                d.date = value
                dated[d.speaker] = (here, value)


#: Prepositions that name the occasion of a saying ("in a statement", "at a rally").
OCCASION_PREPS = frozenset({"in", "during", "at"})
#: Participles that name the occasion of a saying ("speaking on Sunday, X said").
OCCASION_VERBS = frozenset({"speak", "talk", "write", "address", "testify", "appear",
                            "respond", "reply"})


def _occasion_date(cue: Token, dms: list[DateMention]) -> DateMention | None:
    """The date of the occasion a cue is said on: "in a statement issued on Sunday", "in a
    Sunday interview", "speaking on Sunday, X said"."""
    for c in cue.children:
        if c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() in OCCASION_VERBS:
            nodes = [c]
        elif c.dep_ == "prep" and c.lower_ in OCCASION_PREPS:
            nodes = [n for n in c.children if n.dep_ == "pobj"]
            nodes += [a for n in nodes for a in n.children if a.dep_ == "acl"]
        else:
            continue
        for n in nodes:
            found = attached(dms, n)
            if found is not None and found.value is not None:
                return found
    return None


def _date_after_cue(cue: Token, dms: list[DateMention]) -> DateMention | None:
    """"X said on Monday it had ...": the parser may hang the day on the reported verb, but
    a day right after the cue dates the saying."""
    doc, i = cue.doc, cue.i + 1
    while i < len(doc) and doc[i].lower_ in {"on", "late", "early", "earlier", "later"}:
        i += 1
    for m in dms:
        if m.start == i and m.value is not None and doc[m.start:m.end].root.dep_ not in {
                "poss", "compound", "nmod", "amod"}:
            return m
    return None


def _within_day(m: DateMention, doc: Doc) -> bool:
    """A time with no day that keeps the day it is told on: a clock time, or hours and
    minutes ("hours after", "minutes later")."""
    words = {t.lower_ for t in doc[m.start:m.end]}
    return doc[m.start].ent_type_ == "TIME" or bool(words & SAME_DAY_UNITS)


def _behalf(res: Resolver, speaker: str) -> str | None:
    role = res.role_of(speaker)
    if role is not None and role.noun in SPEAKING_ROLES:
        return role.organization
    return None
