"""Attributed statements: reporting verbs in every word order, nominal statements
("X issued a statement calling for ..."), "according to X", and direct quotes.

Each found statement is a ``Draft`` (kg.extract.drafts); ``kg.extract`` turns drafts
into ``Statement`` records once events are known (for ``nkg:proposition``). This
module finds statements from their cues (verbs and statement nouns) and settles who
spoke; the other ways in live beside it: ``according`` ("according to X"), ``labels``
(layout: "Surname: text"), ``quotes`` (quoted stretches, orphan quotes),
``predicates`` (stances stated with "be" and an adjective, stated aims, speakers made
to speak by a causing verb) and ``statement_dates`` (when each was said).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.strings import get_string_id
from spacy.symbols import ADJ, NOUN, VERB
from spacy.tokens import Doc, Token

from kg.extract.according import according_to
from kg.extract.content import (
    adverb_clause,
    colon_paragraph,
    cue_lemma,
    denies_by_content,
    first_participial_cue,
    host_clause,
    own_clause,
    participial_cue,
    preceding_quote,
    result_clause,
    said_object,
    that_clause,
    without_dateline,
)
from kg.extract.coref import GROUP_NOUNS, Resolver
from kg.extract.cues import (
    DOCUMENT_CUES,
    SHOWING_CUES,
    as_relay,
    document_cue,
    document_of,
    noun_content,
    second_that_clause,
    stance_of,
    unit_speaker,
    untagged_name,
)
from kg.extract.drafts import (
    TRIM,
    Draft,
    char_draft,
    cut_out,
    leave_out,
    make_draft,
    paragraph_of,
    text_of,
    token_chars,
    trim_range,
)
from kg.extract.events import as_post
from kg.extract.framed import FRAMING_NOUNS, framed_by_noun, made_clear
from kg.extract.labels import layout_statements
from kg.extract.lexicon import (
    CARRIER_NOUNS,
    CLAUSE_ONLY_CUES,
    CONTENT_VERBS,
    CUE_LEMMA_FIXES,
    EVALUATIVE_VERBS,
    NEEDS_COMPLEMENT,
    NOUN_OBJECT_CUES,
    OBJECT_CONTENT_VERBS,
    PAPER_NOUNS,
    POST_HOLDER_NOUNS,
    PRESENTING_VERBS,
    PROPOSAL_NOUNS,
    REASONING_CUES,
    REPORT_NOUNS,
    REPORTING_VERBS,
    SPEAKING_ROLES,
    STATEMENT_NOUNS,
    STATEMENT_VERBS,
    TOPIC_PREPS,
    UNREAL_AUXES,
)
from kg.extract.misparses import (
    clause_after_phrase,
    name_before_cue,
    object_as_clause,
    quote_after_cue,
    unmarked_clause,
)
from kg.extract.outlets import first_relay, outlet_owner, relayed_by, relaying
from kg.extract.owners import named_body, on_behalf_of, owner_before_name, role_body
from kg.extract.portrayals import portrayal, puts_it
from kg.extract.predicates import (
    CLAUSE_ADJECTIVES,
    OF_ADJECTIVES,
    PASSIVE_CONVICTION,
    caused_speaker,
    is_predicative,
    predicative,
    stated_aim,
)
from kg.extract.quotes import (
    inside_any,
    orphan_quotes,
    quote_before_speaker,
    quoted_pronoun,
    quoted_regions,
    split_quote,
    whole_quote,
)
from kg.extract.speakers import (
    DOCUMENT_NOUNS,
    PERSONAL_OFFICES,
    RELAY_CUES,
    SPOKESPERSON_ROLES,
    co_speakers,
    self_named,
    speakers_for,
)
from kg.extract.statement_dates import carry_dates, statement_date
from kg.extract.temporal import DateMention
from kg.extract.tokens import arrays_of, sent_of
from kg.records import DateValue, Membership
from kg.records import Span as CharSpan

CONTENT_DEPS = ("ccomp", "xcomp", "parataxis")
DENY_OBJECT_CUES = frozenset({"deny", "reject", "refute", "dismiss", "rebut", "dispute",
                              "contradict", "disavow", "repudiate", "rebuff", "contest",
                              "disown", "rubbish"})
REFERRING_NOUNS = frozenset({"claim", "report", "allegation", "accusation", "statement",
                             "assertion", "rumour", "rumor", "charge", "suggestion", "it",
                             "this", "that", "these", "those", "story", "account"})
#: Where a word the tagger took for a verb stands as a noun ("denied on Tuesday reports that
#: ...": "reports" the object): no cue whose speaker is the nearest name before it.
NOMINAL_DEPS = frozenset({"dobj", "pobj", "nsubj", "nsubjpass", "attr", "appos", "compound",
                          "npadvmod", "dative"})
#: Verbs whose negation or refusal means nothing was stated ("declined to comment").
REFUSAL_VERBS = frozenset({"decline", "refuse", "fail"})
#: Adjectives before "to" + cue that mean nothing was stated ("unable to confirm").
UNABLE_WORDS = frozenset({"unable", "unwilling", "reluctant", "hesitant", "powerless"})
#: Statement nouns whose infinitive says what was claimed ("claims to have bought ...").
INFINITIVE_NOUNS = frozenset({"claim", "call", "appeal", "pledge", "promise", "threat", "proposal",
                              "warning", "demand", "vow"})
#: Judging cues whose passive subject is what was judged ("was condemned by X"); not
#: "welcome" or "hail", a greeting as often as a verdict ("was welcomed by fans").
PASSIVE_JUDGEMENTS = EVALUATIVE_VERBS - {"welcome", "hail"}
#: Appeals whose noun-phrase object is what was asked for ("demanded an apology",
#: "requested a recount"); "asked for" and "called for" take it through "for".
NOUN_DEMANDS = frozenset({"demand", "request", "advocate"})
#: The verbs of ``PRESENTING_VERBS`` without their particles ("lay" of "lay out").
_PRESENTING_HEADS = frozenset(v.split()[0] for v in PRESENTING_VERBS)
CONTINUITY_SENTENCES = 2  # how far back "he said" takes the last speaker


def find_statements(doc: Doc, res: Resolver, dms: list[DateMention],
                    published_value: DateValue | None) -> list[Draft]:
    """All statements of the document, in text order, at most one per cue."""
    drafts: list[Draft] = []
    quoted = quoted_regions(text_of(doc))
    for sent in arrays_of(doc).sentences:
        found = list(_sentence_statements(sent, res, quoted, _last_body(drafts, res, sent)))
        according_to(sent, res, found)
        drafts.extend(_two_that_clauses(_relayed(found, res), doc))
    drafts.extend(layout_statements(doc, res, quoted))
    _continued_speaker(drafts, res)
    _continued_document(drafts, res)
    _continued_body(drafts, res)
    for d in drafts:
        quote_before_speaker(d, doc, quoted)
        d.is_direct_quote = inside_any(d.content, quoted)
        if d.is_direct_quote:
            whole_quote(d, quoted, text_of(doc))
        split_quote(d, doc, quoted)
        d.date = statement_date(doc[d.cue_token], dms, published_value)
        if d.on_behalf_of is None:
            mention = doc[d.speaker_token] if d.speaker_token is not None else None
            d.on_behalf_of = _behalf(res, d.speaker) or speakers_for(res).behalf(d.speaker,
                                                                                 mention)
            _member_by_own_role(res, d, mention)
            if d.on_behalf_of is None and d.speaker_token is not None:
                d.on_behalf_of = speakers_for(res).spoken_for(
                    mention, doc[d.content_tokens[0]:d.content_tokens[1]])
            if d.on_behalf_of is None and res.table.type_of(d.speaker) == "Person":
                d.on_behalf_of = ((mention is not None and owner_before_name(mention, res))
                                  or on_behalf_of(doc[d.cue_token], res))
        if d.stance == "Assert" and denies_by_content(doc, d.content_tokens):
            d.stance = "Deny"
        if d.content_text is None:
            d.content = (without_dateline(text_of(doc), *d.content), d.content[1])
    _same_behalf(drafts)
    carry_dates(res, drafts, published_value)
    drafts.extend(orphan_quotes(doc, res, quoted, drafts))
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
    return bool(said.strip(TRIM))


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
                or res.table.type_of(prev.speaker) == "Organization"
                or not res.fits_pronoun(prev.speaker, doc[d.speaker_token].lower_)):
            continue
        between = range(prev.cue_token + 1, d.speaker_token)
        others = (res.table.token_entity.get(i) for i in between
                  if doc[i].dep_ in {"nsubj", "nsubjpass"})
        if not any(k != prev.speaker and res.table.type_of(k) == "Person" for k in others):
            d.speaker = prev.speaker


def _continued_document(drafts: list[Draft], res: Resolver) -> None:
    """"..., the statement said. A, it said.": "it" just after a document's words is that
    document again, so its author speaks (not the last organisation the words named)."""
    doc = res.doc
    for n, d in enumerate(drafts):
        if n == 0 or d.speaker_token is None or doc[d.speaker_token].lower_ != "it":
            continue
        prev = drafts[n - 1]
        if prev.speaker_token is None or prev.speaker == d.speaker \
                or doc[prev.speaker_token].lemma_.lower() not in DOCUMENT_NOUNS:
            continue
        here = res.sentence_of(doc[d.speaker_token])
        if 0 < here - res.sentence_of(doc[prev.cue_token]) <= CONTINUITY_SENTENCES:
            d.speaker = prev.speaker


def _last_body(drafts: list[Draft], res: Resolver, sent) -> str | None:
    """The organisation whose statement came last, within ``CONTINUITY_SENTENCES`` before
    ``sent``, when no other entity became a subject since."""
    if not drafts:
        return None
    doc, prev = res.doc, drafts[-1]
    if res.table.type_of(prev.speaker) != "Organization" or prev.cue_token >= sent.start:
        return None
    if not 0 < res.sentence_of(doc[sent.start]) - res.sentence_of(
            doc[prev.cue_token]) <= CONTINUITY_SENTENCES:
        return None
    return None if _other_subject_since(res, prev, sent.start) else prev.speaker


def _other_subject_since(res: Resolver, prev: Draft, start: int) -> bool:
    """Whether an entity other than ``prev``'s speaker is a subject after its cue and
    before the token ``start``."""
    doc = res.doc
    return any(k is not None and k != prev.speaker
               for k in (res.table.token_entity.get(i)
                         for i in range(prev.cue_token + 1, start)
                         if doc[i].dep_ in {"nsubj", "nsubjpass"}))


def _bare_spokesperson(token: Token) -> bool:
    """"a spokesman", "the spokeswoman": a spokesperson whose phrase names no one."""
    return token.lemma_.lower() in SPOKESPERSON_ROLES and all(
        c.dep_ == "det" and c.lower_ in {"a", "an", "the"} for c in token.children)


#: Pronouns by which one body goes on speaking: "it said", "its statement said".
BODY_PRONOUNS = frozenset({"it", "its"})


def _continued_body(drafts: list[Draft], res: Resolver) -> None:
    """"The army said A. B, it said." / "B, its statement said.": "it" (or "its" before a
    document) just after an organisation's statement is that organisation again, when no
    other body or place became a subject in the sentences between (not one the words
    themselves name: "Rebels fled, its statement said" is no statement by the rebels)."""
    doc = res.doc
    for n, d in enumerate(drafts):
        if n == 0 or d.speaker_token is None:
            continue
        pronoun = _body_pronoun(doc[d.speaker_token])
        prev = drafts[n - 1]
        if pronoun is None or prev.speaker == d.speaker or prev.cue_token >= pronoun.i \
                or res.table.type_of(prev.speaker) != "Organization":
            continue
        here = res.sentence_of(pronoun)
        if not 0 < here - res.sentence_of(doc[prev.cue_token]) <= CONTINUITY_SENTENCES:
            continue
        if not _other_subject_since(res, prev, sent_of(pronoun).start):
            d.speaker = prev.speaker
            d.on_behalf_of = None


def _body_pronoun(token: Token) -> Token | None:
    """"it" as the speaker, or "its" before a document noun ("its statement said")."""
    if token.lower_ in BODY_PRONOUNS and token.pos_ == "PRON":
        return token
    if token.lemma_.lower() in DOCUMENT_NOUNS:
        return next((c for c in token.children if c.dep_ == "poss" and c.lower_ == "its"), None)
    return None


def _member_by_own_role(res: Resolver, d: Draft, mention: Token | None) -> None:
    """"Veskan President Y said", "Police spokesman Y said": the role in the speaker's own
    mention makes them one of the body's (or the state's) people, also where the role
    phrase alone gave no membership (a country for a body, a body the tagger left
    untagged here)."""
    own = speakers_for(res).own_role(d.speaker, mention)
    if own is None or own[0] != d.on_behalf_of or any(
            m.person == d.speaker and m.organization == own[0] for m in res.memberships):
        return
    sent = sent_of(res.doc[d.cue_token])
    res.memberships.append(Membership(d.speaker, own[0],
                                      CharSpan(sent.start_char, sent.end_char), own[1]))


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
            _reported_within(d, found, res)
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
                cut_out(e, (start, max(e.content_tokens[1], d.cue_token + 1)), doc)
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
            if d.content_text is None and (extra := _that_conj(doc[d.cue_token], end)):
                para = paragraph_of(doc[d.cue_token])  # 'acknowledged A, and that "B"':
                d.content_tokens = (start, extra[1])  # one content, as "said A and that B"
                d.content = token_chars(doc, d.content_tokens, para)
            continue
        if doc[start].lower_ == "that":
            start += 1  # "that A and that B", its first "that" parsed as a pronoun
        first = trim_range(doc, start, second.left_edge.i)
        rest = trim_range(doc, second.left_edge.i, end)
        if first is None or rest is None:
            continue
        para = paragraph_of(doc[d.cue_token])
        d.content_tokens, d.content = first, token_chars(doc, first, para)
        out.append(replace(d, content_tokens=rest, content=token_chars(doc, rest, para),
                           notes=list(d.notes)))
    return out


def _that_conj(cue: Token, end: int) -> tuple[int, int] | None:
    """'admitted A, and that "B"' with the second that-clause parsed as a conjunct of the
    cue itself: B's range, when it lies after the first content (which then runs on to
    its end: one statement, as "said A and that B")."""
    for c in cue.children:
        if c.dep_ != "conj" or c.i < end or c.pos_ not in {"VERB", "AUX"}:
            continue
        mark = next((g for g in c.children if g.dep_ == "mark" and g.lower_ == "that"), None)
        if mark is not None and mark.i >= end:
            return trim_range(cue.doc, mark.i + 1, c.right_edge.i + 1)
    return None


#: Cues by which a body reports what others said ("KNA reported that X said ...").
REPORTING_RELAY_CUES = frozenset({"report", "quote"})


def _reported_within(d: Draft, found: list[Draft], res: Resolver) -> None:
    """"KNA reported that Tomas Pell said ...": the outlet's own statement stays, and the
    words it reports reached the article through it (their ``via``)."""
    if d.cue not in REPORTING_RELAY_CUES or res.table.type_of(d.speaker) != "Organization" \
            or d.cue_token >= d.content_tokens[0]:
        return
    for e in found:
        if e is not d and e.speaker != d.speaker and e.via is None \
                and d.content_tokens[0] <= e.cue_token < d.content_tokens[1]:
            e.via = d.speaker


def _relays(d: Draft, res: Resolver) -> bool:
    return (d.cue in RELAY_CUES and d.cue_token >= d.content_tokens[1]
            and res.table.type_of(d.speaker) == "Organization")


# ------------------------------------------------------------------ verbal cues


_VBN_ID = get_string_id("VBN")
#: The lemmas of the verbs the tests below take for a cue (``cue_lemma``'s lemma).
_VERB_CUE_WORDS = frozenset(REPORTING_VERBS) | DOCUMENT_CUES | SHOWING_CUES | _PRESENTING_HEADS \
    | {"make"}
#: The lemmas of the nouns they take.
_NOUN_CUE_WORDS = frozenset(STATEMENT_NOUNS) | FRAMING_NOUNS
#: The parts of speech ``_may_be_cue`` lets through (and, of any, a past participle).
_CUE_POS = frozenset({VERB, NOUN, ADJ})


def _may_be_cue(pos: int, tag: int, lower: str, lemma: str) -> bool:
    """Whether a word (its part of speech, tag, lower-case form and lemma, read from the
    Doc's arrays) has the words one of the tests of ``_sentence_statements`` needs: the
    other words get no ``Token``. A new test there needs its words here too."""
    cue = CUE_LEMMA_FIXES.get(lower) or lemma
    if pos == VERB and (cue in _VERB_CUE_WORDS or lemma == "put" or stance_of(cue) is not None):
        return True
    if pos == NOUN and cue in _NOUN_CUE_WORDS:
        return True
    return (lower in PASSIVE_CONVICTION and tag == _VBN_ID) or (
        pos == ADJ and (lemma in CLAUSE_ADJECTIVES or lemma in OF_ADJECTIVES))


def _sentence_statements(sent, res: Resolver, quoted: list[tuple[int, int]],
                         voice: str | None = None) -> Iterator[Draft]:
    """The statements of one sentence; ``voice`` is the organisation that spoke just before,
    for whom a bare "a spokesman said" speaks."""
    doc, arrays = sent.doc, arrays_of(sent.doc)
    pos, tags, lowers, lemmas = arrays.pos, arrays.tag, arrays.lower, arrays.lemma
    for token in [doc[i] for i in range(sent.start, sent.end)
                  if (pos[i] in _CUE_POS or tags[i] == _VBN_ID)  # ``_may_be_cue``'s first cut
                  and _may_be_cue(pos[i], tags[i], lowers[i], lemmas[i])]:
        lemma = cue_lemma(token)
        if token.pos_ == "VERB" and lemma in REPORTING_VERBS:
            draft = _verbal(token, lemma, res, quoted, voice=voice)
        elif puts_it(token):
            draft = _verbal(token, "put", res, quoted)  # "as X put it, ..."
        elif token.pos_ == "VERB" and document_cue(token, lemma):
            draft = _verbal(token, lemma, res, quoted)  # '"...," the letter reads'
        elif token.pos_ == "VERB" and stance_of(lemma) is not None:
            draft = _noun_cue(token, lemma, res)
        elif (token.pos_ == "VERB" and lemma in _PRESENTING_HEADS
              and _cue(token) in PRESENTING_VERBS):
            draft = _presented(token, res)  # "unveiled a plan to ..."
        elif token.pos_ == "NOUN" and lemma in STATEMENT_NOUNS:
            draft = (_nominal(token, lemma, res) or _announced_below(token, lemma, res, quoted)
                     or framed_by_noun(token, res))
        elif token.pos_ == "NOUN" and lemma in FRAMING_NOUNS:
            draft = framed_by_noun(token, res)  # "X's view is that ..."
        elif token.pos_ == "VERB" and lemma == "make":
            draft = made_clear(token, res)  # "X made it clear that ..."
        elif is_predicative(token):
            draft = predicative(token, res)  # "X was adamant that ...", "X is critical of Y"
        else:
            continue
        if draft is not None:
            yield draft


#: What a candidate contests by running for it ("contesting the Orrin seat").
RACE_NOUNS = frozenset({"seat", "seats", "race", "primary", "primaries", "constituency",
                        "district", "ward", "nomination", "presidency", "leadership",
                        "by-election", "runoff", "run-off", "championship", "title"})


def _runs_for(verb: Token, res: Resolver) -> bool:
    """"X and Y are contesting Orrin", "X is contesting the Orrin seat": "contest" with a
    place or a race for its object is running for it, no denial ("contested the ruling",
    "contested the result" still deny)."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return False
    return obj.lemma_.lower() in RACE_NOUNS or res.table.type_of(res.table.at(obj)) == "Place"


def _denied_noun(word: Token) -> bool:
    """"rejected on Monday claims that ...": the claim noun the tagger made a verb and the
    parser left loose ("dep") after a denial is the denial's object, no cue of its own."""
    head = word.head
    return (word.dep_ == "dep" and word.i > head.i and cue_lemma(head) in DENY_OBJECT_CUES
            and word.lemma_.lower() in REFERRING_NOUNS)


#: Verbs whose participle, before "to be" or "to have", says what others say of the
#: subject ("a group said to have ties to X", "a militia believed to be loyal to Y").
SAID_OF_VERBS = frozenset({"say", "report", "believe", "think", "understand", "know",
                           "rumour", "rumor", "reckon", "consider"})


def _said_of(verb: Token) -> bool:
    """"An armed group said to have ties to X claims ...", "X, said to be the largest miller,
    announced ...": a participle before a "to be"/"to have" infinitive, parsed as the
    cue of the noun it describes, says what others say of it: no statement of its
    subject's (not "said to stay indoors", an instruction, nor "claimed to have taken X",
    the subject's own claim)."""
    doc = verb.doc
    if verb.lemma_.lower() not in SAID_OF_VERBS or verb.tag_ not in {"VBD", "VBN"} or _has(
            verb, {"dobj", "dative", "aux", "auxpass"}) or verb.i + 1 >= len(doc) or (
            doc[verb.i + 1].lower_ != "to"):
        return False
    return any(c.dep_ == "xcomp" and doc[verb.i + 1].head.i == c.i
               and (c.lemma_.lower() in {"be", "have"} or any(  # "to be backed by"
                   a.dep_ in {"aux", "auxpass"} and a.lower_ in {"be", "have"}
                   for a in c.children))
               for c in verb.children)


def _said_of_subject(verb: Token) -> Token | None:
    """The noun a cue misparsed under "said to have ..." belongs to: "a militia said to have
    ties to X claims ..." hangs "claims" on "said" or on its "have", with "ties" for its
    subject; the militia claims."""
    if verb.dep_ != "ccomp":
        return None
    host = verb.head
    if host.dep_ == "xcomp":
        host = host.head
    if not _said_of(host):
        return None
    return next((c for c in host.children if c.dep_ == "nsubj"), None)


#: Verbs of the words a source gives to stay unnamed ("identified", "quoted").
_NAMING_VERBS = frozenset({"name", "identify", "quote", "cite"})


def _unnamed_wish(verb: Token) -> bool:
    """"who asked not to be named", "requested not to be identified": a source's wish to
    stay unnamed, said of how the reporter got the words, is no appeal of theirs."""
    return verb.lemma_.lower() in {"ask", "request", "demand"} and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in _NAMING_VERBS and any(
            d.dep_ == "neg" for d in c.children) and any(
            d.dep_ == "auxpass" for d in c.children) for c in verb.children)


def _verbal(verb: Token, lemma: str, res: Resolver,
            quoted: list[tuple[int, int]], *, voice: str | None = None) -> Draft | None:
    if _denied_noun(verb) or (lemma == "contest" and _runs_for(verb, res)) or (
            _said_of(verb)):
        return None
    if verb.dep_ in {"amod", "acl", "relcl"} and not _has(verb, CONTENT_DEPS) and not (
            verb.dep_ == "relcl" and portrayal(verb, lemma)):
        return _denied_antecedent(verb, lemma, res)
    if _negated(verb) or _unreal(verb) or (lemma == "point" and _cue(verb) != "point out"
                                            and not noun_content(verb, lemma, None)):
        return None
    if lemma in CLAUSE_ONLY_CUES and not own_clause(verb) and not noun_content(
            verb, lemma, _subject(verb)) and not stated_aim(verb):
        return None
    if lemma in REASONING_CUES and _open_question(verb):
        return None  # "could not determine whether anyone had entered": nothing claimed
    if _unnamed_wish(verb):
        return None  # "a doctor, who asked not to be named, said ...": no appeal
    spk = speakers_for(res)
    quoting = spk.quoted_as(verb) or _quoted_as_saying(verb)
    speaker_token = _subject(verb) if quoting is None else quoting[0]
    named = name_before_cue(verb, res) if quoting is None else None
    if named is not None and (speaker_token is None or speaker_token.i < named[1].i):
        speaker_token = named[0]  # '"...," Harbour master Piet Olsen said'
    if (held := _said_of_subject(verb)) is not None:
        speaker_token = held  # "a militia said to have ties to X claims ...": the militia
    if speaker_token is not None and quoted_pronoun(speaker_token, verb, quoted):
        return None  # '"It says that all are free"': a pronoun of someone's quoted words
    named_self = self_named(speaker_token) if speaker_token is not None else None
    speaker = res.entity_of(named_self or speaker_token) if speaker_token is not None else None
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
        described = described or unit_speaker(speaker_token, res) or role_body(speaker_token,
                                                                                res)
        speaker = (_author(speaker_token, res) or spk.document_author(speaker_token)
                   or described or named_body(speaker_token, res))
        if speaker is None and voice is not None and _bare_spokesperson(speaker_token):
            speaker = described = voice  # "The army said A. B, a spokesman added."
    text = text_of(verb.doc)
    after_colon = colon_paragraph(verb, text, quoted)
    content = None if after_colon else _content_tokens(verb, lemma, speaker_token)
    if after_colon is None and speaker_token is not None and speaker_token.i > verb.i and (
            content is None or speaker_token.dep_ == "dobj"):
        content = _clause_before(verb, speaker_token)  # "A, warned X": A
    if content is None and quoting is not None:  # '"...," X quoted her as saying.'
        content = _content_tokens(verb.head.head, "quote", speaker_token)
    hosted = host_clause(verb) if content is None and after_colon is None else None
    if hosted is not None:
        content = hosted[0]
    elif content is None and after_colon is None:
        after_colon = quote_after_cue(verb, text, quoted)  # 'X said, "..."'
    before = None
    if content is None and after_colon is None:
        before = preceding_quote(_clause_start(verb, speaker_token), text, quoted)
        if before is None and named is not None:  # the quote parsed into the name's words
            before = preceding_quote(named[1], text, quoted)
    if speaker is None and speaker_token is None and content is not None:
        speaker, content = _trailing_description(verb, content, res)
        if res.table.type_of(speaker) == "Organization":
            described = speaker
    if speaker is None and speaker_token is None and not _has(verb, {"nsubjpass", "auxpass"}) \
            and verb.dep_ not in NOMINAL_DEPS and not _asked_one(verb):
        speaker = _nearest_agent(verb, res, content)  # not for "schools are called failing"
    if speaker is None and content is not None and speaker_token is not None \
            and _bare_spokesperson(speaker_token):
        speaker = described = _own_deed_body(verb.doc, content, res)  # "X did A, a
        # spokesman said"
    chars = after_colon or before
    if speaker is None or res.table.type_of(speaker) is None or (content is None
                                                                  and chars is None):
        return None
    speaker = spk.full_name(speaker)
    stance = _stance(verb, lemma)
    if chars is not None:
        draft = char_draft(verb, speaker, stance, _cue(verb), chars)
        if draft is None:
            return None
    else:
        assert content is not None
        draft = make_draft(verb, speaker, stance, _cue(verb), content)
    if hosted is not None:
        leave_out(draft, hosted[1], verb.doc)
    elif verb.dep_ == "relcl":
        leave_out(draft, (verb.left_edge.i, verb.i + 1), verb.doc)  # "the flood, which X
        # described as the worst": the flood as the worst
    draft.via = _told(verb, res, speaker) or spk.channel(verb, speaker)
    if draft.via is None and participial_cue(verb, _is_cue):
        host = _reporting_host(verb) or verb.head  # "told X that A, saying B": B too
        draft.via = _told(host, res, speaker) or spk.channel(host, speaker)
    if draft.via is None and (relay := relayed_by(verb, _is_cue)) is not None:
        draft.via = spk.outlet_at(relay, speaker)  # 'X said, quoted by Radio North'
    if draft.via is None and chars is None and (
            trail := _trailing_channel(verb.doc, draft.content_tokens)) is not None and (
            key := spk.phrase_channel(trail, "say", speaker)) not in {None, speaker}:
        draft.via = key  # "X said A, in an interview with Radio North": the cue's channel
        cut_out(draft, (trail.left_edge.i - 1, trail.right_edge.i + 1), verb.doc)
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


_CLAIM_NOUNS = REFERRING_NOUNS - {"it", "this", "that", "these", "those"}


def _denied_antecedent(verb: Token, lemma: str, res: Resolver) -> Draft | None:
    """"X said the pier was safe, a claim the Harbour Board rejected": a denial in a
    relative clause on a claim noun denies that claim (the noun is its content and it
    answers the claim before it); the clause's subject, a named entity, denies."""
    noun = verb.head
    if verb.dep_ != "relcl" or lemma not in DENY_OBJECT_CUES or noun.pos_ != "NOUN" \
            or noun.lemma_.lower() not in _CLAIM_NOUNS or _has(verb, {"dobj", "ccomp"}) \
            or _negated(verb) or _unreal(verb):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    speaker = res.entity_of(subject) if subject is not None else None
    if speaker is None or res.table.type_of(speaker) not in {"Person", "Organization"}:
        return None
    draft = make_draft(verb, speakers_for(res).full_name(speaker), "Deny", _cue(verb),
                       (noun.left_edge.i, noun.i + 1))
    draft.speaker_token = subject.i
    draft.refers_back = True
    return draft


def _noun_cue(verb: Token, lemma: str, res: Resolver) -> Draft | None:
    """"X thanked the crew", "X agreed with Y", "X blasted the plan as reckless": a cue
    whose only content is its object, said by its named subject."""
    if verb.dep_ in {"amod", "acl"} or _negated(verb) or _unreal(verb):
        return None
    if verb.dep_ == "relcl" and not portrayal(verb, lemma):
        return None  # "the flood, which X likened to a war": the relative noun is said
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
    content = trim_range(verb.doc, min(c.left_edge.i for c in said), end)
    if content is None:
        return None
    stance = stance_of(lemma)
    assert stance is not None
    draft = make_draft(verb, spk.full_name(speaker), stance, _cue(verb), content)
    draft.speaker_token = speaker_token.i
    if verb.dep_ == "relcl":
        leave_out(draft, (verb.left_edge.i, verb.i + 1), verb.doc)
    return draft


def _trailing_channel(doc: Doc, content: tuple[int, int]) -> Token | None:
    """"X said she would resign, in an interview with Radio North", "..., speaking to the
    Courier": a phrase set off by a comma at the very end of the content, hung by the
    parser on the content's verb, that may name the cue's channel (not "said the mayor
    lied in an interview with X", with no comma: the mayor's lie was in it)."""
    last = content[1] - 1
    while last > content[0] and doc[last].is_punct:
        last -= 1
    root = doc[content[0]:content[1]].root
    for child in root.children:
        start = child.left_edge.i
        if child.dep_ in {"prep", "advcl"} and child.right_edge.i == last and (
                start - 1 > content[0] and doc[start - 1].text == ","):
            return child
    return None


def _presented(verb: Token, res: Resolver) -> Draft | None:
    """"Delta Grain unveiled a plan to close two mills", "Moreno laid out her proposals for
    the budget": a plan or proposal put forward by the named subject is what they said;
    not "unveiled a statue" nor "presented the trophy" (no proposal noun)."""
    if verb.dep_ in {"amod", "acl", "relcl"} or _negated(verb) or _unreal(verb):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lemma_.lower() not in PROPOSAL_NOUNS:
        return None
    speaker_token = _subject(verb)
    if speaker_token is None:
        return None
    spk = speakers_for(res)
    speaker = res.entity_of(speaker_token)
    if speaker is None or res.table.type_of(speaker) not in {"Person", "Organization"} or \
            spk.misfit(speaker_token, speaker):
        return None
    content = trim_range(verb.doc, obj.left_edge.i, obj.right_edge.i + 1)
    if content is None:
        return None
    draft = make_draft(verb, spk.full_name(speaker), "Assert", _cue(verb), content)
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


def _author(noun: Token, res: Resolver) -> str | None:
    """"The ministry's statement said ...", "a report by X found ...": whose document."""
    if noun.lemma_.lower() not in _CARRIER_REPORT_OR_PAPER:
        return None
    for child in noun.children:
        if child.dep_ in {"poss", "compound"}:
            # "the club's statement": the club the text named, as "the club said" would be
            described = child.dep_ == "poss" and child.lemma_.lower() in GROUP_NOUNS
            return res.entity_of(child, descriptions=described)
        if child.dep_ == "prep" and child.lower_ in {"from", "by", "of"}:
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None and pobj.lemma_.lower() in PERSONAL_OFFICES:
                return speakers_for(res).described(pobj)  # "a statement from Y's office"
            if pobj is not None:
                return res.entity_of(pobj, descriptions=False)
    return None


def _subject(verb: Token) -> Token | None:
    """The subject of a verb, borrowed from the verb it is coordinated with or depends on."""
    if (after := _inverted_subject(verb)) is not None:
        return after
    if (made := caused_speaker(verb)) is not None:
        return made  # "prompting the council to condemn ...": the council condemned
    if (recorded := _recorded_speaker(verb)) is not None:
        return recorded  # "footage of X saying ...": X said
    if verb.tag_ == "VBN" and verb.dep_ == "advcl" and not _has(verb, _OWN_SUBJECT_DEPS):
        return None  # "Asked whether the pier was safe, X said ...": X was asked
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


_OWN_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "agent"})
#: Nouns of a recording that shows someone speaking ("footage of X saying ...").
RECORDING_NOUNS = frozenset({"footage", "video", "clip", "recording", "tape", "film", "audio",
                             "videotape", "broadcast", "livestream", "soundbite"})


def _recorded_speaker(verb: Token) -> Token | None:
    """"footage of Ada Moreno saying ...", "a clip of X insisting that ...": the name a
    recording shows speaking, right before the participle (read from the words: the small
    model parses these phrases every which way)."""
    doc = verb.doc
    if verb.tag_ != "VBG" or verb.i < 3 or doc[verb.i - 1].pos_ != "PROPN":
        return None
    start = verb.i - 1
    while start > 0 and doc[start - 1].pos_ == "PROPN":
        start -= 1
    if start < 2 or doc[start - 1].lower_ != "of" or (
            doc[start - 2].lemma_.lower() not in RECORDING_NOUNS):
        return None
    return doc[verb.i - 1]


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
    return _speaker_as_object(verb) if not subjects else None


#: Cues put after their content with the speaker parsed as the object ('A, warned X');
#: not cues whose object is whom they judge or address ('..., blamed X', '..., told X').
INVERTED_OBJECT_CUES = frozenset({
    "say", "claim", "insist", "confirm", "admit", "add", "note", "argue", "concede",
    "explain", "declare", "announce", "report", "write", "state", "warn", "acknowledge",
    "allege", "maintain", "stress", "assert", "reply", "respond", "counter", "caution"})
#: Words a cue put after its content follows: 'A, warned X', '"A," claimed X'.
_AFTER_CONTENT = frozenset({",", "\"", "\u201d", "'", "\u2019"})


def _clause_before(verb: Token, speaker: Token) -> tuple[int, int] | None:
    """"A, insisted X" / "A, warned X": the clause the cue after it is joined to, or the
    cue's own clause before it, as what the speaker after the cue said."""
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].text not in _AFTER_CONTENT:
        return None
    before = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i]
    if before:
        return trim_range(doc, before[0].left_edge.i, before[0].right_edge.i + 1)
    if verb.dep_ == "conj" and verb.head.i < verb.i and speaker.i > verb.i:
        return trim_range(doc, verb.head.left_edge.i, verb.i)
    return None


def _own_deed_body(doc: Doc, content: tuple[int, int], res: Resolver) -> str | None:
    """"Rebel forces have routed the army, spokesmen said": with no body named for the
    spokespeople and none that spoke just before, the organisation whose deed their words
    tell (the subject of the words' main clause) is the one they speak for."""
    start, end = content
    roots = [t for t in doc[start:end] if not start <= t.head.i < end or t.head.i == t.i]
    if len(roots) != 1:
        return None
    subject = next((c for c in roots[0].children if c.dep_ == "nsubj"), None)
    key = res.entity_of(subject, allow_pronoun=False) if subject is not None else None
    return key if res.table.type_of(key) == "Organization" else None


def _speaker_as_object(verb: Token) -> Token | None:
    """'A, warned the Orrin Farmers Union.', '"A," confirmed Delta Grain': a transitive cue
    after its content, its speaker parsed as its object. Only a past-tense cue just after
    a comma or a closing quote, with the content before it (the clause it is joined to, or
    its own clause before it) and nothing said after it ("..., warned residents that B"
    is a warning to residents)."""
    if verb.tag_ != "VBD" or verb.i == 0 or verb.doc[verb.i - 1].text not in _AFTER_CONTENT \
            or cue_lemma(verb) not in INVERTED_OBJECT_CUES:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.left_edge.i != verb.i + 1 or any(
            c.dep_ in {"ccomp", "xcomp", "dative", "nsubjpass", "cc", "conj"} and c.i > verb.i
            for c in verb.children):
        return None
    before = verb.dep_ == "conj" and verb.head.i < verb.i or any(
        c.dep_ == "ccomp" and c.i < verb.i for c in verb.children)
    return obj if before else None


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


_QUESTION_OPENERS = frozenset({"whether", "if", "how", "what", "why", "when", "where", "who",
                               "which", "whom", "whose"})


def _open_question(verb: Token) -> bool:
    """Whether the cue's clause is an open question ("determined how it happened")."""
    return any(c.dep_ == "ccomp" and c.i > verb.i
               and verb.doc[c.left_edge.i].lower_ in _QUESTION_OPENERS for c in verb.children)


def _is_cue(token: Token) -> bool:
    return token.pos_ == "VERB" and cue_lemma(token) in REPORTING_VERBS


def _cut_at_next_cue(comps: list[Token], end: int) -> int:
    """"A and added that B": the content of the first cue stops before the second."""
    for c in comps:
        for child in c.children:
            if child.dep_ == "conj" and child.i > c.i and _is_cue(child) and not _acts_on(child):
                end = min(end, child.left_edge.i)
    return end


_PARTY_LABELS = frozenset({"PERSON", "ORG", "NORP"})


def _acts_on(verb: Token) -> bool:
    """"had arrested two men and charged them with fraud", "fined the club and called its
    chairman": a verb of saying done to a party (a pronoun, a named person or body, a
    number of people) with no clause of its own is a deed of the content's subject, not
    a new cue ("... and added that B", "... and denied the claims" are)."""
    children = list(verb.children)
    if any(c.dep_ in CONTENT_DEPS or c.dep_ == "oprd" for c in children):
        return False  # "... and called it a normal risk": a judgement, words of its own
    return any(c.dep_ == "dobj" and (c.pos_ == "PRON" or c.ent_type_ in _PARTY_LABELS or any(
        n.dep_ == "nummod" or (n.dep_ in {"appos", "compound"} and n.ent_type_ == "PERSON")
        for n in c.children)) for c in children)


def _content_tokens(verb: Token, lemma: str, speaker: Token | None) -> tuple[int, int] | None:
    """Token range of what was said: the clausal complement, or the object of a denial."""
    comps = [c for c in verb.children if c.dep_ in CONTENT_DEPS
             and not participial_cue(c, _is_cue) and relaying(c) is None
             and not result_clause(verb, c)]
    if verb.dep_ == "relcl" and (after := [c for c in comps if c.i > verb.i]):
        return trim_range(verb.doc, verb.i + 1, max(c.right_edge.i for c in after) + 1)
    if speaker is None and any(c.i > verb.i for c in comps):
        comps = [c for c in comps if c.i > verb.i]
    if speaker is not None:
        comps = [c for c in comps if not (c.left_edge.i <= speaker.i <= c.right_edge.i)]
    if not comps:
        comps = (adverb_clause(verb) or _carrier_clause(verb) or _object_clause(verb)
                 or clause_after_phrase(verb) or object_as_clause(verb))
        if not comps and (clause := unmarked_clause(verb)):
            subject, head = clause  # "said after the vote he would resign"
            end = first_participial_cue(verb.doc, subject.left_edge.i, head.right_edge.i + 1,
                                        _is_cue)
            return trim_range(verb.doc, subject.left_edge.i, end)
        comps = comps or _object_content(verb, lemma) or _passive_content(verb, lemma)
    if not comps:
        return None
    start = min(c.left_edge.i for c in comps)
    end = _cut_at_next_cue(comps, max(c.right_edge.i for c in comps) + 1)
    end = first_relay(verb.doc, start, first_participial_cue(verb.doc, start, end, _is_cue))
    return trim_range(verb.doc, start, end)


def _carrier_clause(verb: Token) -> list[Token]:
    """"announced in an internal memo that ...", "told analysts on a call that ...": the
    that-clause hangs off the noun of the cue's prepositional phrase. After a carrier
    noun ("memo", "filing"), also a "that" the parser read as a relative pronoun, and a
    that-clause it hung on the carrier's participle ("said in an interview published on
    Sunday that ...", "wrote in a letter sent to the council that ...")."""
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            carrier = pobj.lemma_.lower() in CARRIER_NOUNS
            found = [c for c in pobj.children if c.dep_ in {"relcl", "acl", "ccomp"}
                     and (that_clause(c) if carrier else _marked_that(c))]
            if not found and carrier:
                found = _clause_on_participle(pobj)
            if found:
                return found
    return []


def _clause_on_participle(carrier: Token) -> list[Token]:
    """The that-clause of a participle on the carrier noun, or on the outlet it names
    ("an interview with the Courier published on Sunday that ...")."""
    nouns = [carrier] + [g for p in carrier.children if p.dep_ == "prep"
                         for g in p.children if g.dep_ == "pobj"]
    return [g for n in nouns for c in n.children if c.dep_ == "acl" and c.tag_ == "VBN"
            for g in c.children if g.dep_ == "ccomp" and _marked_that(g)]


def _marked_that(clause: Token) -> bool:
    return any(g.dep_ == "mark" and g.lower_ == "that" for g in clause.children)


#: Cues whose object is the hearer ("told the Courier that ..."): a "that" clause on the
#: hearer is what was said, even where the parser reads "that" as a relative pronoun.
HEARER_CUES = frozenset({"tell", "assure", "inform", "warn", "remind", "reassure", "notify"})


def _object_clause(verb: Token) -> list[Token]:
    """"assured residents that the water was safe": the clause hangs off the object; after
    a hearer ("told the Marlow Courier that pay had fallen"), also a "that" the parser
    took for a relative pronoun of a clause with a subject of its own."""
    hearer = verb.lemma_.lower() in HEARER_CUES
    for obj in verb.children:
        if obj.dep_ in {"dobj", "dative"}:
            return [c for c in obj.children if c.dep_ in {"acl", "relcl", "ccomp"}
                    and (that_clause(c) if hearer and c.dep_ == "relcl" else any(
                        g.dep_ == "mark" and g.lower_ == "that" for g in c.children))
                    and not result_clause(verb, c)]
    return []


def _object_content(verb: Token, lemma: str) -> list[Token]:
    objs = [c for c in verb.children if c.dep_ in {"dobj", "attr"} or _denied_noun(c)]
    if lemma == "admit" and objs and any(c.dep_ == "prep" and c.lower_ in {"to", "into"}
                                         and c.i > objs[0].i for c in verb.children):
        return []  # "admitted two members to the board": let in, not conceded
    if lemma in OBJECT_CONTENT_VERBS:  # "claimed the town as its own": the whole predicate
        return objs + [c for c in verb.children if objs and c.i > objs[0].i
                       and (c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ == "as"))]
    if lemma == "dismiss" and objs and _dismissed_from_office_or_court(verb, objs[0]):
        return []
    if lemma in DENY_OBJECT_CUES or lemma in {"accuse", "urge", "warn", "promise", "vow"}:
        preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"of", "against"}
                 or (c.dep_ == "prep" and c.lower_ == "as" and objs and c.i > objs[0].i)]
        return objs + preps
    if lemma in NOUN_DEMANDS and objs and not _infinitive(verb):  # "demanded an apology"
        return objs + [c for c in verb.children if c.dep_ == "prep" and c.i > objs[0].i
                       and c.lower_ in {"from", "of", "for"}]
    if lemma == "call" and (predicate := [c for c in verb.children if c.dep_ == "oprd"]):
        return objs + predicate  # "called the ruling a disgrace"
    if lemma in {"call", "appeal", "urge", "advocate"}:  # "advocated for lower tariffs"
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
    if lemma in NEEDS_COMPLEMENT or lemma == "put":  # "put it": the clause it frames
        return []
    return [c for c in objs if c.pos_ in {"NOUN", "PRON"} and c.lemma_.lower() in REFERRING_NOUNS]


#: What a court throws out when it "dismisses" it: an act of the court, no denial.
COURT_FILINGS = frozenset({"lawsuit", "suit", "case", "charge", "indictment", "petition",
                           "motion", "appeal", "complaint", "action", "proceeding"})


def _infinitive(verb: Token) -> bool:
    """"letters to demand information": a purpose, nobody's words yet."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _dismissed_from_office_or_court(verb: Token, obj: Token) -> bool:
    """"dismissed the lawsuit", "dismissed its chief executive", "dismissed him",
    "dismissed X as coach": a court's ruling or a sacking, not a denial; "dismissed him
    as a liar" and "dismissed the report" still speak."""
    if (post := as_post(verb)) is not None:
        return post  # "as coach" is the post lost, "as a liar" what was dismissed
    lemma = obj.lemma_.lower()
    return (lemma in COURT_FILINGS or lemma in POST_HOLDER_NOUNS or obj.ent_type_ == "PERSON"
            or obj.lower_ in {"him", "her", "them"})


def _passive_content(verb: Token, lemma: str) -> list[Token]:
    """"The claim was denied by the ministry", "The merger was announced by X", "The
    decision was criticised by X": what was said is the passive subject, when the agent
    (the speaker) is named."""
    if lemma not in _OBJECT_CONTENT_CUES or not _has(
            verb, {"agent"}):
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
    sent = sent_of(verb)
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


#: Verbs of holding back from saying ("avoided saying", "refrained from claiming",
#: "stopped short of announcing", "ceased claiming").
HOLDING_BACK_VERBS = frozenset({"avoid", "refrain", "abstain", "stop", "cease", "desist"})


def _held_back(verb: Token) -> bool:
    """"avoided saying that ...", "refrained from claiming ...", "stopped short of
    announcing ...": a cue its speaker held back from says nothing (not "never stopped
    saying", which still says it)."""
    head = verb.head
    if verb.dep_ == "pcomp" and head.lower_ in {"from", "of"}:
        head = head.head
        if head.lower_ == "short":
            head = head.head  # "stopped short of", "fell short of"
            return head.lemma_.lower() in {"stop", "fall"} and not _has(head, {"neg"})
    elif verb.dep_ != "xcomp" or verb.tag_ != "VBG":
        return False  # "stopped to tell reporters that ..." still tells
    return head.lemma_.lower() in HOLDING_BACK_VERBS and not _has(head, {"neg"})


def _negated(verb: Token) -> bool:
    if any(c.dep_ == "neg" and not _beyond_punct(c, verb) for c in verb.children):
        return True
    if _held_back(verb):
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
    modal or future auxiliary reports nothing said yet. Not '"They have not won yet, but
    they will, sooner or later," said X': the quotation's own elliptical "will", hung by
    the parser on the cue across the closing quotation mark."""
    return any(c.dep_ == "aux" and c.lower_ in UNREAL_AUXES and not _across_quote(c, verb)
               for c in verb.children)


#: Cues whose bare past participle names the one asked ("when asked whether ...").
ASKING_CUES = frozenset({"ask", "question", "press"})


def _asked_one(verb: Token) -> bool:
    """"X replied when asked if he would resign": the bare past participle of asking, with
    no "by" phrase, qualifies the one asked; that one asked nothing."""
    return verb.tag_ == "VBN" and verb.dep_ in {"advcl", "acl"} and not _has(
        verb, {"agent"}) and verb.lemma_.lower() in ASKING_CUES


def _across_quote(word: Token, verb: Token) -> bool:
    """A quotation mark between a word and the cue: the word is the quotation's."""
    low, high = sorted((word.i, verb.i))
    return any(t.is_quote for t in word.doc[low + 1:high])


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
    if content is None and speaker is not None:
        content = _topic_of_noun(noun, lemma)  # "X's comments on the verdict"
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
    return make_draft(anchor, speaker, stance, cue, content)


def _announced_below(noun: Token, lemma: str, res: Resolver,
                     quoted: list[tuple[int, int]]) -> Draft | None:
    """'X made the following comment:⏎⏎"..."', 'X issued this statement: "..."': the
    quotation (or paragraph) after the colon that closes "made a statement"."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in STATEMENT_VERBS or _negated(verb):
        return None
    subject = _subject(verb)
    speaker = res.entity_of(subject) if subject is not None else None
    if speaker is None or res.table.type_of(speaker) not in {"Person", "Organization"}:
        return None
    text = text_of(noun.doc)
    chars = colon_paragraph(noun, text, quoted) or quote_after_cue(noun, text, quoted)
    if chars is None:
        return None
    draft = char_draft(verb, speakers_for(res).full_name(speaker), STATEMENT_NOUNS[lemma],
                       lemma, chars)
    if draft is not None:
        draft.speaker_token = subject.i
    return draft


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


def _topic_of_noun(noun: Token, lemma: str) -> tuple[int, int] | None:
    """"X's claims about the test", "X's call for calm": what a statement noun without a
    clause was about, the object of its preposition."""
    preps = TOPIC_PREPS | {"for"} if STATEMENT_NOUNS[lemma] == "Appeal" else TOPIC_PREPS
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.i > noun.i and prep.lower_ in preps:
            pobj = next((c for c in prep.children if c.dep_ in {"pobj", "pcomp"}), None)
            if pobj is not None and pobj.pos_ != "PRON" and pobj.ent_type_ not in {"DATE",
                                                                                  "TIME"}:
                return pobj.left_edge.i, pobj.right_edge.i + 1
    return None


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


def _behalf(res: Resolver, speaker: str) -> str | None:
    role = res.role_of(speaker)
    if role is not None and role.noun in SPEAKING_ROLES:
        return role.organization
    return None


#: Unions of the word lists above that tests read, made once (``A | B`` in a test
#: builds a new set at every call).
_CARRIER_REPORT_OR_PAPER = CARRIER_NOUNS | REPORT_NOUNS | PAPER_NOUNS
_OBJECT_CONTENT_CUES = OBJECT_CONTENT_VERBS | DENY_OBJECT_CUES | PASSIVE_JUDGEMENTS
