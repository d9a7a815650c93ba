"""Deterministic IRIs: the same identifying fields always mint the same IRI.

Entities are keyed by type and normalised name, so one name of one type is one
IRI across every article; article-bound things (statements, events, spans) are
keyed by the article id and their position in its text.

Nothing from outside becomes an IRI as it is: ids and names only ever reach an IRI
through a digest or an ASCII slug, and a URL through ``web_iri``, which makes an
IRI of it by RFC 3987 rules (or none, when even that cannot). ``valid_text`` is
the same promise for literals: whatever a loader read, the store gets valid UTF-8.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from functools import cache, lru_cache

from rdflib import URIRef

from kg.vocab import GRAPH_BASE, RESOURCE_BASE

_ARTICLES = re.compile(r"^(the|a|an)\s+", re.IGNORECASE)
_NON_SLUG = re.compile(r"[^a-z0-9]+")


def digest(*fields: object) -> str:
    """A short stable hash of the fields (sorted-key JSON, so dicts are order-free)."""
    blob = json.dumps(fields, sort_keys=True, ensure_ascii=False, default=str)
    # surrogatepass: a lone surrogate (a cut emoji escape) digests too, and nothing else changes
    return hashlib.sha1(blob.encode("utf-8", "surrogatepass")).hexdigest()[:16]


_SURROGATE = re.compile("[\ud800-\udfff]")


def valid_text(text: str) -> str:
    """``text`` as valid Unicode: surrogate pairs joined, each lone surrogate (what a cut
    ``"\\ud83d"`` escape leaves) replaced by U+FFFD. Any other text is returned as is."""
    if not _SURROGATE.search(text):
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


@lru_cache(maxsize=16384)
def normalise_name(name: str) -> str:
    """Case-, accent- and punctuation-insensitive form of a name, for matching (cached:
    the same names come back in every article and at every step)."""
    text = unicodedata.normalize("NFKC", name).replace("\u2019", "'").strip()
    text = _ARTICLES.sub("", text)
    text = re.sub(r"[.\u2018']", "", text.casefold())
    return re.sub(r"[^\w]+", " ", text).strip()


@lru_cache(maxsize=8192)
def is_acronym(text: str) -> bool:
    """"UN", "U.S.", "AT&T": two to six capitals, dots and ampersands aside."""
    letters = text.replace(".", "").replace("&", "")
    return 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()


_OF_TAIL = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][\w'\-]*(?:\s+[A-Z][\w'\-]*)*$")


def without_of_tail(name: str) -> str:
    """"Marlow Liberation League of Orrin" -> "Marlow Liberation League" (a trailing "of"
    and a name); other names unchanged."""
    return _OF_TAIL.sub("", name)


def slug(name: str) -> str:
    """An ASCII slug of a name; a hash is appended when folding lost information."""
    norm = normalise_name(name)
    ascii_form = unicodedata.normalize("NFKD", norm).encode("ascii", "ignore").decode()
    base = _NON_SLUG.sub("-", ascii_form).strip("-")[:60]
    if not base or base.replace("-", " ") != norm:
        return f"{base or 'x'}-{digest(norm)[:8]}"
    return base


def entity_iri(entity_type: str, name: str, *, scope: str = "") -> URIRef:
    """The IRI of a name of a type; a ``scope`` (an article id) keeps a description such as
    "the government" apart from the same words in other articles."""
    local = f"-{digest(scope)[:8]}" if scope else ""
    return URIRef(f"{RESOURCE_BASE}{entity_type.lower()}/{slug(name)}{local}")


def article_iri(article_id: str) -> URIRef:
    return URIRef(f"{RESOURCE_BASE}article/{digest(article_id)}")


def article_graph(article_id: str) -> URIRef:
    """The named graph that holds everything read from one article."""
    return URIRef(f"{GRAPH_BASE}{digest(article_id)}")


def item_iri(kind: str, article_id: str, *fields: object) -> URIRef:
    """IRI of a statement, event or span of an article, from its identifying fields."""
    return URIRef(f"{RESOURCE_BASE}{kind}/{digest(article_id, kind, *fields)}")


# ------------------------------------------------------------------ IRIs from URLs

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
_HEX = frozenset("0123456789abcdefABCDEF")
#: RFC 3987 ``iunreserved`` and ``sub-delims`` in ASCII; ``ucschar`` is checked by range.
_ASCII_OK = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~"
                      "!$&'()*+,;=")
_UCSCHAR = ((0xA0, 0xD7FF), (0xF900, 0xFDCF), (0xFDF0, 0xFFEF)) + tuple(
    (plane, plane + 0xFFFD) for plane in range(0x10000, 0xE0000 + 1, 0x10000))
_IPRIVATE = ((0xE000, 0xF8FF), (0xF0000, 0xFFFFD), (0x100000, 0x10FFFD))
#: Bidirectional formatting characters: RFC 3987 section 4.1 forbids them in IRIs.
_BIDI = frozenset("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def web_iri(url: str) -> URIRef | None:
    """The IRI of a URL as an input gave it, made by RFC 3987 rules; ``None`` when none can be.

    A URL that already is a valid IRI is returned unchanged. Otherwise each character
    that may not stand where it stands is percent-encoded (its UTF-8 bytes), a ``%``
    not followed by two hex digits becomes ``%25``, and a host that is not one
    (``http://[::1``) is encoded as a registered name. The result is checked by
    oxigraph's RFC 3987 parser; a URL without a scheme gives ``None``.
    """
    text = valid_text(url).strip()
    if not _SCHEME.match(text):
        return None
    if _accepted(text) and not (_BIDI & set(text)):
        return URIRef(text)
    scheme, _, rest = text.partition(":")
    rest, hash_, fragment = rest.partition("#")
    rest, question, query = rest.partition("?")
    made = scheme + ":" + _hier_part(rest)
    if question:
        made += "?" + _escape(query, extra="/?:@", private=True)
    if hash_:
        made += "#" + _escape(fragment, extra="/?:@")
    return URIRef(made) if _accepted(made) else None


def _hier_part(rest: str) -> str:
    if not rest.startswith("//"):
        return _escape(rest, extra="/:@")
    authority, slash, path = rest[2:].partition("/")
    return "//" + _authority(authority) + (slash + _escape(path, extra="/:@") if slash else "")


def _authority(authority: str) -> str:
    userinfo, at, hostport = authority.rpartition("@")
    head = _escape(userinfo, extra=":") + at
    if hostport.startswith("[") and "]" in hostport:
        literal, _, after = hostport[1:].partition("]")
        candidate = f"[{literal}]{after}"
        if _accepted(f"http://{candidate}"):
            return head + candidate
    host, colon, port = hostport.rpartition(":")
    if not colon or not port.isdigit():
        host, colon, port = hostport, "", ""
    return head + _escape(host, extra="") + colon + port


def _escape(part: str, *, extra: str, private: bool = False) -> str:
    """``part`` with every character not allowed in it percent-encoded."""
    ranges = _UCSCHAR + _IPRIVATE if private else _UCSCHAR
    out = []
    for i, ch in enumerate(part):
        if ch == "%":
            escape = not (part[i + 1 : i + 2] in _HEX and part[i + 2 : i + 3] in _HEX)
        else:
            escape = not (ch in _ASCII_OK or ch in extra
                          or (ch not in _BIDI and _in(ord(ch), ranges)))
        out.append("".join(f"%{b:02X}" for b in ch.encode("utf-8")) if escape else ch)
    return "".join(out)


def _in(code: int, ranges: tuple[tuple[int, int], ...]) -> bool:
    return any(low <= code <= high for low, high in ranges)


def _accepted(text: str) -> bool:
    """Whether oxigraph, whose IRI parser follows RFC 3987, takes ``text`` as an IRI."""
    try:
        _oxigraph().NamedNode(text)
    except ValueError:
        return False
    return True


@cache
def _oxigraph():  # type: ignore[no-untyped-def]
    import pyoxigraph

    return pyoxigraph
