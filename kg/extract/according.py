"""Attribution by "according to X" (and "X's report/statement") or "in X's words" / "in
the words of X", at either end of the sentence or in its middle: the rest of the sentence
is what X said.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.coref import Resolver
from kg.extract.drafts import (
    Draft,
    cut_out,
    leave_out,
    make_draft,
    text_of,
    trim_range,
    without_span,
)
from kg.extract.lexicon import CARRIER_NOUNS, REPORT_NOUNS
from kg.extract.owners import named_body
from kg.extract.speakers import speakers_for

#: Nouns of a report or utterance whose author "according to" names: "according to a
#: report by X", "according to X's account", "according to the speech of X".
SOURCE_NOUNS = REPORT_NOUNS | CARRIER_NOUNS | {"account", "remarks", "testimony", "speech",
                                               "letter", "memoir", "book", "transcript"}


def according_to(sent, res: Resolver, found: list[Draft]) -> None:
    """"according to X" names the speaker, or the outlet (``via``) when someone else spoke."""
    said = text_of(sent.doc)[sent.start_char:sent.end_char].lower()
    if "according" not in said and "words" not in said:
        return  # no such word: no Token made for every word of the sentence
    for word in sent:
        token, source, cue, pobj = _attribution(word, res)
        if token is None or source is None or pobj is None:
            continue
        in_sentence = [d for d in found if sent.start <= d.cue_token < sent.end]
        if in_sentence:
            phrase = (token.left_edge.i, token.right_edge.i + 1)
            for d in in_sentence:
                if d.speaker != source and (d.via is None or res.is_channel(d.via)):
                    d.via = source  # "X said in a Facebook post, according to the Courier"
                if d.content_tokens[0] <= token.i < d.content_tokens[1]:
                    cut_out(d, phrase, sent.doc)
            continue
        clause = token.head
        while clause.pos_ not in {"VERB", "AUX"} and clause.head.i != clause.i:
            clause = clause.head  # "The move, according to X, reeks of fear"
        start = min(clause.left_edge.i, token.left_edge.i)
        end = clause.right_edge.i + 1
        phrase = (token.left_edge.i, token.right_edge.i + 1)
        whole = trim_range(sent.doc, start, end)
        inside = whole is not None and whole[0] < phrase[0] and phrase[1] < whole[1]
        content = whole if inside else without_span((start, end), phrase, sent.doc)
        if content is None and token.i == sent.start:
            content = _after_comma(sent, pobj)  # the clause misparsed into the phrase
        if content:
            draft = make_draft(token, source, "Assert", cue, content)
            if inside:
                leave_out(draft, phrase, sent.doc)
            found.append(draft)


def _attribution(word: Token, res: Resolver
                 ) -> tuple[Token | None, str | None, str, Token | None]:
    """The phrase that attributes the sentence (its first word), its source, its cue and
    its noun: "according to X"; "in X's words", "in the words of X"."""
    if word.lower_ == "according":
        to = next((c for c in word.children if c.lower_ == "to"), None)
        pobj = next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
        return word, (_source(pobj, res) if pobj is not None else None), "according to", pobj
    if word.lower_ != "words" or word.dep_ != "pobj" or word.head.lower_ != "in":
        return None, None, "", None
    owners = [c for c in word.children if c.dep_ == "poss"] + [
        p for of in word.children if of.dep_ == "prep" and of.lower_ == "of"
        for p in of.children if p.dep_ == "pobj"]
    keys = [res.entity_of(o, allow_pronoun=False, descriptions=False) for o in owners]
    key = next((k for k in keys if res.table.type_of(k) in {"Person", "Organization"}), None)
    return word.head, key, "in the words of", word


def _author(noun: Token, res: Resolver) -> str | None:
    """"according to a statement released by X", "according to the statement" after "X
    issued a statement": the author ``Speakers.document_author`` reads, the agent of a
    participle on the noun or the author of the document the text last gave one. Not
    the subject of a relative clause ("a speech X delivered"): that added a false
    statement on held-out news (tests/test_extract_statements_w5.py)."""
    key = speakers_for(res).document_author(noun)
    return key if res.table.type_of(key) in {"Person", "Organization"} else None


def _after_comma(sent, pobj: Token) -> tuple[int, int] | None:
    """"According to X, A": A, when the parser hung it inside the phrase."""
    comma = next((t for t in sent if t.i > pobj.i and t.text == ","), None)
    return trim_range(sent.doc, comma.i + 1, sent.end) if comma is not None else None


def _source(pobj: Token, res: Resolver) -> str | None:
    if pobj.lemma_.lower() in SOURCE_NOUNS:
        for prep in pobj.children:
            if prep.dep_ == "prep" and prep.lower_ in {"by", "from", "in", "of", "on"}:
                inner = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if inner is not None and (key := res.entity_of(inner)) and not res.is_channel(
                        key):  # "a statement on its Facebook page": not Facebook's
                    return key
        for child in pobj.children:
            if child.dep_ in {"compound", "poss"} and (key := res.table.at(child)) and (
                    not res.is_channel(key)):
                return key
        return _author(pobj, res)
    # "according to police"; "according to Delta Grain's spokesman", "according to a
    # spokeswoman for the Harbour Board": the body the description speaks for
    key = res.entity_of(pobj) or named_body(pobj, res) or speakers_for(res).described(pobj)
    if res.table.type_of(key) in {"Person", "Organization"}:
        return key
    for child in pobj.children:  # "according to radio host Ada Moreno"
        if child.dep_ in {"compound", "appos"}:
            key = res.table.at(child)
            if res.table.type_of(key) in {"Person", "Organization"}:
                return key
    return None

