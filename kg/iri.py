"""Deterministic IRIs: the same identifying fields always mint the same IRI.

Entities are keyed by type and normalised name, so one name of one type is one
IRI across every article; article-bound things (statements, events, spans) are
keyed by the article id and their position in its text.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata

from rdflib import URIRef

from kg.vocab import GRAPH_BASE, RESOURCE_BASE

_ARTICLES = re.compile(r"^(the|a|an)\s+", re.IGNORECASE)
_NON_SLUG = re.compile(r"[^a-z0-9]+")


def digest(*fields: object) -> str:
    """A short stable hash of the fields (sorted-key JSON, so dicts are order-free)."""
    blob = json.dumps(fields, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha1(blob.encode("utf-8")).hexdigest()[:16]


def normalise_name(name: str) -> str:
    """Case-, accent- and punctuation-insensitive form of a name, for matching."""
    text = unicodedata.normalize("NFKC", name).replace("\u2019", "'").strip()
    text = _ARTICLES.sub("", text)
    text = re.sub(r"[.\u2018']", "", text.casefold())
    return re.sub(r"[^\w]+", " ", text).strip()


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
