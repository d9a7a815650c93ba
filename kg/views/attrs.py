"""Node and edge attributes shared by the views.

Every attribute is a ``str``, ``int``, ``float`` or ``bool`` and never ``None``
("" stands for absent), so GraphML and GEXF writers, Gephi and Cytoscape read every
view as it is. Each node has ``label``, ``kind``, ``type`` and ``group`` (what the
renderers colour by); edges have ``relation`` and ``group``.
"""

from __future__ import annotations

from kg.views.facts import EntityFact, Facts, ItemFact

#: Longest label drawn for a statement's content before it is cut with "…".
LABEL_CHARS = 48


def shorten(text: str, limit: int = LABEL_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def entity_attrs(e: EntityFact) -> dict[str, str | int | bool]:
    return {
        "label": e.label,
        "kind": "entity",
        "type": e.type,
        "types": "; ".join(e.types),
        "group": e.type,
        "aliases": "; ".join(e.aliases),
        "articles": e.articles,
        "curation": e.curation,
    }


def item_label(item: ItemFact) -> str:
    return item.trigger or shorten(item.content) or item.kind


def item_attrs(facts: Facts, item: ItemFact) -> dict[str, str | int | bool]:
    """What a statement or an event shows: its words, date, evidence and source."""
    article = facts.articles.get(item.article)
    return {
        "label": item_label(item),
        "kind": "statement" if item.is_statement else "event",
        "type": item.kind,
        "group": "Statement" if item.is_statement else "Event",
        "date": item.date,
        "factuality": item.factuality,
        "stance": item.stance,
        "content": item.content,
        "evidence": item.evidence,
        "article": item.article,
        "headline": article.headline if article else "",
        "url": article.url if article else "",
    }


def statement_edge(facts: Facts, item: ItemFact) -> dict[str, str | int | bool]:
    """A claim edge: the statement's stance, words, date, evidence and source."""
    article = facts.articles.get(item.article)
    return {
        "relation": "claim",
        "group": item.stance or "Statement",
        "label": item.cue,
        "stance": item.stance,
        "content": item.content,
        "quote": item.is_direct_quote,
        "date": item.date,
        "evidence": item.evidence,
        "article": item.article,
        "headline": article.headline if article else "",
        "url": article.url if article else "",
    }


def role_edge(role: str) -> dict[str, str | int | bool]:
    return {"relation": role, "group": role, "label": role}
