"""Tokens picked from a Doc's attribute arrays.

``for t in doc`` makes a ``Token`` object of every word, and most whole-document scans
want only a few of them (the appositions, the verbs, the proper nouns that are
conjuncts): these read the labels in one array pass and make ``Token``s only of the
words that have them.
"""

from __future__ import annotations

from spacy.attrs import DEP, POS
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
