"""Tokens picked from a Doc's attribute arrays.

``for t in doc`` makes a ``Token`` object of every word, and most whole-document scans
want only a few of them (the appositions, the verbs, the proper nouns that are
conjuncts): these read the labels in one array pass and make ``Token``s only of the
words that have them. ``arrays_of(doc)`` keeps, for the document being read, the
plain-Python lists of a few attributes (part of speech, lower-case form and lemma …)
that a scan tests before it makes a ``Token``.
"""

from __future__ import annotations

from functools import cached_property

from spacy.attrs import DEP, IDX, LEMMA, LOWER, POS, TAG
from spacy.tokens import Doc, Token


def tokens_with(doc: Doc, dep: int | None = None, pos: int | None = None) -> list[Token]:
    """The tokens, in order, of one dependency label and/or one part of speech (ids)."""
    if not len(doc) or (dep is None and pos is None):
        return []
    if dep is not None and pos is not None:
        found = doc.to_array([DEP, POS])
        keep = (found[:, 0] == dep) & (found[:, 1] == pos)
    else:
        keep = doc.to_array(DEP) == dep if dep is not None else doc.to_array(POS) == pos
    return [doc[i] for i in keep.nonzero()[0].tolist()]


class DocArrays:
    """Per-token attributes of one Doc as plain lists indexed by ``Token.i``, each read
    from ``Doc.to_array`` the first time it is asked for: ``pos[i]`` is ``doc[i].pos``,
    ``tag[i]`` is ``doc[i].tag``, ``dep[i]`` is ``doc[i].dep``, ``idx[i]`` is
    ``doc[i].idx``, ``lower[i]`` is ``doc[i].lower_`` and ``lemma[i]`` is
    ``doc[i].lemma_.lower()``, without a ``Token``; ``ents`` is ``doc.ents``."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc

    def _ints(self, attr: int) -> list[int]:
        return self.doc.to_array(attr).tolist() if len(self.doc) else []

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
    def ents(self) -> tuple:
        """``doc.ents``, which makes every entity's ``Span`` at each access."""
        return self.doc.ents

    @cached_property
    def lower(self) -> list[str]:
        strings = self.doc.vocab.strings
        return [strings[h] for h in self._ints(LOWER)]

    @cached_property
    def lemma(self) -> list[str]:
        strings = self.doc.vocab.strings
        return [strings[h].lower() for h in self._ints(LEMMA)]


class _LastArrays:
    """``DocArrays`` of the document being read (the one asked about last)."""

    def __init__(self) -> None:
        self._arrays: DocArrays | None = None

    def __call__(self, doc: Doc) -> DocArrays:
        if self._arrays is None or self._arrays.doc is not doc:
            self._arrays = DocArrays(doc)
        return self._arrays


arrays_of = _LastArrays()
