"""Tokens picked from a Doc's attribute arrays.

``for t in doc`` makes a ``Token`` object of every word, and most whole-document scans
want only a few of them (the appositions, the verbs, the proper nouns that are
conjuncts): these read the labels in one array pass and make ``Token``s only of the
words that have them. ``arrays_of(doc)`` keeps, for the document being read, the
plain-Python lists of a few attributes (part of speech, lower-case form and lemma …)
that a scan tests before it makes a ``Token``.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from functools import cached_property, wraps
from typing import TypeVar

import numpy
from spacy.attrs import DEP, ENT_TYPE, IDX, LEMMA, LOWER, ORTH, POS, TAG
from spacy.tokens import Doc, Span, Token

_Read = TypeVar("_Read")


def tokens_with(doc: Doc, dep: int | None = None, pos: int | None = None) -> list[Token]:
    """The tokens, in order, of one dependency label and/or one part of speech (ids)."""
    return [doc[i] for i in indices_with(doc, dep, pos)]


def indices_with(doc: Doc, dep: int | None = None, pos: int | None = None) -> list[int]:
    """``tokens_with``'s indices, for a scan that tests more of the Doc's arrays (a lemma)
    before it makes a ``Token``."""
    if not len(doc) or (dep is None and pos is None):
        return []
    arrays = arrays_of(doc)  # the label arrays read once a Doc, not at every call
    if dep is not None and pos is not None:
        keep = (arrays.dep_array == dep) & (arrays.pos_array == pos)
    else:
        keep = arrays.dep_array == dep if dep is not None else arrays.pos_array == pos
    return keep.nonzero()[0].tolist()


def indices_of_pos(doc: Doc, *pos: int) -> list[int]:
    """The indices, in order, of the tokens of any of the parts of speech ``pos`` (ids),
    for a scan that tests their lemma next: one array pass, not a Python test a word."""
    if not len(doc) or not pos:
        return []
    pos_array = arrays_of(doc).pos_array
    keep = pos_array == pos[0]
    for p in pos[1:]:
        keep |= pos_array == p
    return keep.nonzero()[0].tolist()


class DocArrays:
    """Per-token attributes of one Doc as plain lists indexed by ``Token.i``, each read
    from ``Doc.to_array`` the first time it is asked for: ``pos[i]`` is ``doc[i].pos``,
    ``tag[i]`` is ``doc[i].tag``, ``dep[i]`` is ``doc[i].dep``, ``idx[i]`` is
    ``doc[i].idx``, ``ent_type[i]`` is ``doc[i].ent_type``, ``lower[i]`` is
    ``doc[i].lower_``, ``text[i]`` is ``doc[i].text`` and
    ``lemma[i]`` is ``doc[i].lemma_.lower()``, without a ``Token``; ``ents`` is
    ``doc.ents``, ``sentences`` is ``list(doc.sents)`` and ``sents[i]`` is
    ``doc[i].sent``; ``pos_array`` and ``dep_array`` are ``Doc.to_array``'s own, for
    tests on every token at once."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self._positions: dict[frozenset[str], list[int]] = {}

    def _ints(self, attr: int) -> list[int]:
        return self.doc.to_array(attr).tolist() if len(self.doc) else []

    @cached_property
    def pos_array(self) -> numpy.ndarray:
        return self.doc.to_array(POS)

    @cached_property
    def dep_array(self) -> numpy.ndarray:
        return self.doc.to_array(DEP)

    @cached_property
    def pos(self) -> list[int]:
        return self._ints(POS)

    @cached_property
    def tag(self) -> list[int]:
        return self._ints(TAG)

    @cached_property
    def dep(self) -> list[int]:
        return self._ints(DEP)

    @cached_property
    def idx(self) -> list[int]:
        return self._ints(IDX)

    @cached_property
    def ent_type(self) -> list[int]:
        return self._ints(ENT_TYPE)

    @cached_property
    def ents(self) -> tuple:
        """``doc.ents``, which makes every entity's ``Span`` at each access."""
        return self.doc.ents

    @cached_property
    def sentences(self) -> list[Span]:
        """``list(doc.sents)``: each sentence's ``Span`` made once a Doc, for the scans
        that go sentence by sentence."""
        return list(self.doc.sents)

    @cached_property
    def sents(self) -> list[Span]:
        """``sents[i]`` is ``doc[i].sent``, each sentence's ``Span`` made once."""
        out: list[Span] = []
        for sent in self.sentences:
            out.extend([sent] * len(sent))
        return out

    @cached_property
    def text(self) -> list[str]:
        return _strings(self.doc, self._ints(ORTH), _TEXTS)

    @cached_property
    def lower(self) -> list[str]:
        return _strings(self.doc, self._ints(LOWER), _TEXTS)

    @cached_property
    def lemma(self) -> list[str]:
        return _strings(self.doc, self._ints(LEMMA), _LOWER_LEMMAS, str.lower)

    def positions(self, words: frozenset[str]) -> list[int]:
        """The indices, in order, of the tokens whose lower-case form is in ``words`` (a
        module's constant: each set is looked for once a Doc)."""
        found = self._positions.get(words)
        if found is None:
            found = self._positions[words] = [i for i, w in enumerate(self.lower) if w in words]
        return found

    def sentence_has(self, i: int, words: frozenset[str]) -> bool:
        """Whether the sentence of token ``i`` has a token whose lower-case form is in
        ``words``: a rule that needs one of them (in the token's own parse tree, which
        never leaves its sentence) can say no without a ``Token``."""
        sent = self.sents[i]
        found = self.positions(words)
        k = bisect_left(found, sent.start)
        return k < len(found) and found[k] < sent.end


#: The strings of hashes read before (a hash names one string whatever the vocabulary),
#: and the lower-case forms of lemmas: a dict look-up is cheaper than the ``StringStore``'s.
_TEXTS: dict[int, str] = {}
_LOWER_LEMMAS: dict[int, str] = {}
_KEPT_STRINGS = 500_000  # past this, a cache starts again (a build reads words for ever)


def _strings(doc: Doc, hashes: list[int], cache: dict[int, str], form=None) -> list[str]:
    """The strings of ``hashes`` (through ``form``, when given), from ``cache`` first."""
    if len(cache) > _KEPT_STRINGS:
        cache.clear()
    out = list(map(cache.get, hashes))  # most words were read before
    if None in out:
        strings = doc.vocab.strings
        for n, h in enumerate(hashes):
            if out[n] is None:
                word = strings[h]
                cache[h] = out[n] = form(word) if form is not None else word
    return out


class _LastArrays:
    """``DocArrays`` of the document being read (the one asked about last)."""

    def __init__(self) -> None:
        self._arrays: DocArrays | None = None

    def __call__(self, doc: Doc) -> DocArrays:
        if self._arrays is None or self._arrays.doc is not doc:
            self._arrays = DocArrays(doc)
        return self._arrays


arrays_of = _LastArrays()


def per_token(read: Callable[[Token], _Read]) -> Callable[[Token | None], _Read | None]:
    """``read(token)`` kept for the words of the document being read, for a reading of the
    parse alone (no entity table, no state) that many rules ask again of the same word:
    a verb's subject is asked three times a verb. ``None`` gives ``read(None)``."""
    kept: dict[int, _Read] = {}
    last: list[Doc | None] = [None]

    @wraps(read)
    def kept_read(token):
        if token is None:
            return read(token)
        if token.doc is not last[0]:
            kept.clear()
            last[0] = token.doc
        i = token.i
        if i not in kept:
            kept[i] = read(token)
        return kept[i]

    return kept_read


def sent_of(token: Token) -> Span:
    """``token.sent``, which makes two ``Span``s and walks to the sentence's ends at every
    call, from the sentences of the document being read (``DocArrays.sents``)."""
    return arrays_of(token.doc).sents[token.i]
