"""Copies: which stored articles are syndicated or wire copies of another, and so which
ones are independent sources.

Two kinds of evidence, both read from the text alone and kept in the article's own
graph when it is stored (``add_copy_evidence``, called by ``kg.pipeline.prepare``):

- ``nkg:textSignature``: a MinHash signature (``signature``: ``PERMUTATIONS`` hash
  functions) of the article's word shingles (``SHINGLE_WORDS`` words), base64. Two
  articles whose signatures agree on at least ``COPY_SIMILARITY`` of their values
  (the estimated Jaccard similarity of their shingle sets) are near-duplicates: the
  same wire story with another headline, intro or footer.
- ``nkg:wireCredit``: the wire agencies the dateline, the byline or a closing credit
  names ("KABUL (Reuters) -", "By … Associated Press", "-- AFP"): ``wire_credits``.

``kg.derived`` turns them into the copies graph: ``copyOf`` links to the earliest
near-duplicate (publication date, then id), with the similarity; and each copy's or
credited article's *independent source*: the wire agency it credits, else the source
of the article it copies, else its outlet. Finding near-duplicates uses locality
sensitive hashing (``bands``: ``BANDS`` bands of ``PERMUTATIONS // BANDS`` values),
whose keys the derived index keeps, so an added article is compared with its
candidates only, never with the whole store.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterator
from functools import cache

import numpy as np
from rdflib import Graph, Literal

from kg import iri
from kg.records import Article
from kg.vocab import NKG

#: Hash functions of a signature; with ``BANDS`` bands of 4 values, two articles of
#: similarity 0.6 share a band with probability 0.99, two of 0.1 with 0.003.
PERMUTATIONS = 128
BANDS = 32
#: Words per shingle.
SHINGLE_WORDS = 4
#: Estimated Jaccard similarity from which two articles are copies of one text.
COPY_SIMILARITY = 0.6
#: The seed of the hash functions: signatures of different builds must compare.
_SEED = 17
#: Shingles hashed at once by ``signature`` (a block of them times ``PERMUTATIONS``).
_AT_ONCE = 4096

_WORD = re.compile(r"\w+")
#: Wire agencies by the names credits use, each to its one name.
AGENCIES: dict[str, str] = {
    "reuters": "Reuters",
    "thomson reuters": "Reuters",
    "ap": "Associated Press",
    "associated press": "Associated Press",
    "the associated press": "Associated Press",
    "afp": "AFP",
    "agence france-presse": "AFP",
    "agence france presse": "AFP",
    "dpa": "dpa",
    "xinhua": "Xinhua",
    "upi": "UPI",
    "anadolu": "Anadolu Agency",
    "anadolu agency": "Anadolu Agency",
    "efe": "EFE",
    "ansa": "ANSA",
    "kyodo": "Kyodo",
    "yonhap": "Yonhap",
    "tass": "TASS",
    "interfax": "Interfax",
    "pti": "PTI",
}
_ACRONYMS = frozenset({"ap", "afp", "upi", "efe", "pti", "ansa", "tass"})
_NAMES = "|".join(sorted((re.escape(k) for k in AGENCIES), key=len, reverse=True))
#: "KABUL (Reuters) -", "(AP) —" in the dateline: the opening of the text.
_DATELINE = re.compile(rf"\((?P<name>{_NAMES})\)", re.IGNORECASE)
_DATELINE_CHARS = 200
#: "-- AFP", "— Reuters" closing the text.
_CLOSING = re.compile(rf"(?:--|—|–)\s*(?P<name>{_NAMES})\s*\.?\s*$", re.IGNORECASE)
#: "By Jane Doe, Associated Press", "Reuters": a byline naming the agency.
_BYLINE = re.compile(rf"(?:^|[,;|/]|\bby\b|\band\b)\s*(?P<name>{_NAMES})\s*(?:$|[,;|/])",
                     re.IGNORECASE)


def wire_credits(text: str, author: str | None = None) -> tuple[str, ...]:
    """The wire agencies the article credits (dateline, closing credit, byline), sorted."""
    found = {m.group("name") for m in _DATELINE.finditer(text[:_DATELINE_CHARS])}
    if m := _CLOSING.search(text[-_DATELINE_CHARS:]):
        found.add(m.group("name"))
    if author:
        found.update(m.group("name") for m in _BYLINE.finditer(author))
    names = {agency for n in found if (agency := _agency(n))}
    return tuple(sorted(names))


def _agency(name: str) -> str | None:
    """The agency a credit names; an acronym counts only in capitals ("AP", not "ap")."""
    if name.lower() in _ACRONYMS and name != name.upper():
        return None
    return AGENCIES.get(name.lower())


def shingles(text: str, size: int = SHINGLE_WORDS) -> Iterator[bytes]:
    """The word ``size``-grams of ``text`` (lower case); the whole text when shorter."""
    words = _WORD.findall(text.lower())
    if len(words) <= size:
        yield " ".join(words).encode("utf-8")
        return
    for i in range(len(words) - size + 1):
        yield " ".join(words[i : i + size]).encode("utf-8")


def signature(text: str) -> np.ndarray:
    """The MinHash signature of ``text``'s shingles: ``PERMUTATIONS`` uint32 values.

    The scheme is datasketch's ``affine32`` (``MinHash(num_perm=PERMUTATIONS,
    seed=_SEED, scheme="affine32")``, its default since 2.0): each shingle's SHA-1
    (first 4 bytes, little-endian) is mixed by MurmurHash3's finalizer, then mapped by
    ``a * h + b`` modulo 2**32 with an odd ``a`` per hash function, and the least value
    of each function is kept. It is written out here, and tested value for value
    against datasketch, because signatures are stored in graphs and must compare
    across builds: datasketch changed its default scheme in 2.0, and importing it
    loads SciPy (0.4 s in every process that maps an article).
    """
    hashes = np.fromiter(
        (int.from_bytes(hashlib.sha1(s).digest()[:4], "little") for s in shingles(text)),
        dtype=np.uint32,
    )
    hashes ^= hashes >> np.uint32(16)
    hashes *= np.uint32(0x85EBCA6B)
    hashes ^= hashes >> np.uint32(13)
    hashes *= np.uint32(0xC2B2AE35)
    hashes ^= hashes >> np.uint32(16)
    a, b = _permutations()
    least = np.full(PERMUTATIONS, np.iinfo(np.uint32).max, dtype=np.uint32)
    for start in range(0, len(hashes), _AT_ONCE):  # bounded memory on a long text
        np.minimum(least, (hashes[start : start + _AT_ONCE, None] * a + b).min(axis=0), out=least)
    return least


@cache
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """The hash functions' ``a`` (odd) and ``b``, drawn as datasketch draws them."""
    gen = np.random.RandomState(_SEED)
    a = gen.randint(0, 1 << 31, PERMUTATIONS, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, PERMUTATIONS, dtype=np.uint32)
    a.flags.writeable = b.flags.writeable = False
    return a, b


def encode(sig: np.ndarray) -> str:
    return base64.b64encode(sig.astype("<u4").tobytes()).decode("ascii")


def decode(text: str) -> np.ndarray | None:
    """A signature from its ``nkg:textSignature`` text; None when it is not one."""
    try:
        raw = base64.b64decode(text, validate=True)
    except ValueError:
        return None
    if len(raw) != 4 * PERMUTATIONS:
        return None
    return np.frombuffer(raw, dtype="<u4")


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """The estimated Jaccard similarity of two signatures (share of equal values)."""
    return float(np.count_nonzero(a == b)) / len(a)


def bands(sig: np.ndarray) -> list[str]:
    """The LSH keys of a signature: one per band, ``"band:digest"``."""
    rows = PERMUTATIONS // BANDS
    return [f"{b}:{iri.digest(sig[b * rows : (b + 1) * rows].tobytes().hex())[:16]}"
            for b in range(BANDS)]


def add_copy_evidence(graph: Graph, article: Article) -> None:
    """Add the article's text signature and wire credits to its graph (``kg.pipeline``)."""
    a = iri.article_iri(article.id)
    if article.text.strip():
        graph.add((a, NKG.textSignature, Literal(encode(signature(article.text)))))
    for name in wire_credits(article.text, article.author):
        graph.add((a, NKG.wireCredit, Literal(name)))
