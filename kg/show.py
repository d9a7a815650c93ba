"""``kg show``: what the graph holds for one article or one actor, with evidence.

``show_item`` reads the store (its article graphs are views: the analyst's fixes
applied, ``kg.curation``) and returns plain data (JSON-ready): the statements, events
and memberships of the article, or those in which the actor speaks, acts, takes part,
is the place or is a member, each with the sentence it rests on and its article; and
the curation actions that touch it. ``render`` lays that out for a terminal.
"""

from __future__ import annotations

from rdflib import RDF, RDFS, SKOS, Graph, URIRef

from kg import curation, iri
from kg.errors import StoreError
from kg.store import SERVICE_GRAPHS
from kg.vocab import NKG, SCHEMA

_ENTITY_CLASSES = (NKG.Person, NKG.Organization, NKG.Place)


def show_item(gs, name: str) -> dict:
    """The article whose id is ``name``, else the entity it names; a ``StoreError`` when
    the store has neither."""
    g = gs.graph(iri.article_graph(name))
    a = iri.article_iri(name)
    if (a, RDF.type, NKG.Article) in g or (a, RDF.type, NKG.RemovedArticle) in g:
        return _article(gs, name, a, g)
    try:
        e = curation.resolve_entity(gs, name)
    except StoreError as exc:
        if "names" in str(exc) and "entities" in str(exc):
            raise
        raise StoreError(f"no article or entity {name!r} in the store at {gs.root}; "
                         "`kg query view-articles` and `kg query entities` list them") from None
    return _entity(gs, e)


def _article(gs, article_id: str, a: URIRef, g: Graph) -> dict:
    removed = (a, RDF.type, NKG.RemovedArticle) in g
    publisher = g.value(a, SCHEMA.publisher)
    touched = {a} | {e for t in _ENTITY_CLASSES for e in g.subjects(RDF.type, t)}
    return {
        "kind": "article", "id": article_id, "iri": str(a), "removed": removed,
        "title": _text(g.value(a, SCHEMA.headline)),
        "published": _text(g.value(a, SCHEMA.datePublished)),
        "outlet": _name(g, publisher) if publisher is not None else "",
        "url": _text(g.value(a, SCHEMA.url)),
        "statements": [_statement(g, s) for s in _sorted(g, g.subjects(RDF.type, NKG.Statement))],
        "events": [_event(g, ev) for ev in _sorted(g, _events(g))],
        "memberships": _memberships(g, None),
        "curation": _actions(gs, touched),
    }


def _entity(gs, e: URIRef) -> dict:
    rows = gs.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { { ?e ?p ?o } UNION { ?s ?p ?e } } }",
                     bindings={"e": e}).rows
    graphs = sorted(str(n) for (n,) in rows if str(n) not in SERVICE_GRAPHS)
    statements, events, memberships = [], [], []
    names, alt, types, articles = set(), set(), set(), 0
    for name in graphs:
        g = gs.graph(name)
        a = next(g.subjects(RDF.type, NKG.Article), None)
        if a is None:
            continue
        articles += 1
        article_id = _text(g.value(a, SCHEMA.identifier))
        names.update(str(x) for x in g.objects(e, RDFS.label))
        alt.update(str(x) for x in g.objects(e, SKOS.altLabel))
        types.update(str(t).rpartition("#")[2] for t in g.objects(e, RDF.type)
                     if t in _ENTITY_CLASSES)
        for s in _sorted(g, g.subjects(RDF.type, NKG.Statement)):
            if e in {*g.objects(s, NKG.speaker), *g.objects(s, NKG.onBehalfOf),
                     *g.objects(s, NKG.via)}:
                statements.append({**_statement(g, s), "article": article_id})
        for ev in _sorted(g, _events(g)):
            if e in {*g.objects(ev, NKG.agent), *g.objects(ev, NKG.participant),
                     *g.objects(ev, NKG.place)}:
                events.append({**_event(g, ev), "article": article_id})
        memberships += [{**m, "article": article_id} for m in _memberships(g, e)]
    name = min(names, key=lambda n: (n.lower(), n), default=str(e))
    statements.sort(key=lambda s: (s["date"] or "9999", s["article"]))
    events.sort(key=lambda ev: (ev["date"] or "9999", ev["article"]))
    return {
        "kind": "entity", "iri": str(e), "name": name,
        "otherNames": sorted((names | alt) - {name}), "types": sorted(types),
        "articles": articles, "statements": statements, "events": events,
        "memberships": memberships, "curation": _actions(gs, {e}),
    }


def _events(g: Graph):
    return {ev for ev, f in g.subject_objects(NKG.factuality)}


def _sorted(g: Graph, nodes) -> list:
    """By where their sentence begins in the text, then by IRI."""
    def begin(node) -> int:
        spans = [int(b) for span in g.objects(node, NKG.evidence)
                 for b in g.objects(span, NKG.beginIndex)]
        return min(spans, default=10**9)
    return sorted(nodes, key=lambda n: (begin(n), str(n)))


def _statement(g: Graph, s) -> dict:
    return {
        "speaker": _name(g, g.value(s, NKG.speaker)),
        "onBehalfOf": _name(g, g.value(s, NKG.onBehalfOf)),
        "via": _name(g, g.value(s, NKG.via)),
        "stance": _local(g.value(s, NKG.stance)),
        "content": _text(g.value(s, NKG.content)),
        "date": _text(g.value(s, NKG.date)),
        "about": _local(g.value(g.value(s, NKG.proposition), RDF.type))
        if g.value(s, NKG.proposition) is not None else "",
        "evidence": _evidence(g, s),
    }


def _event(g: Graph, ev) -> dict:
    return {
        "type": _local(next((t for t in g.objects(ev, RDF.type)), None)),
        "trigger": _text(g.value(ev, NKG.trigger)),
        "agents": sorted(_name(g, x) for x in g.objects(ev, NKG.agent)),
        "participants": sorted(_name(g, x) for x in g.objects(ev, NKG.participant)),
        "places": sorted(_name(g, x) for x in g.objects(ev, NKG.place)),
        "date": _text(g.value(ev, NKG.date)),
        "factuality": _local(g.value(ev, NKG.factuality)),
        "evidence": _evidence(g, ev),
    }


def _memberships(g: Graph, e: URIRef | None) -> list[dict]:
    pairs = sorted((_name(g, p), _name(g, o)) for p, o in g.subject_objects(NKG.memberOf)
                   if e is None or e in (p, o))
    return [{"person": p, "organization": o} for p, o in pairs]


def _actions(gs, nodes: set) -> list[dict]:
    return [{"id": a.id, "action": a.kind, "arguments": list(a.arguments), "by": a.by,
             "at": a.at, "active": a.active}
            for a in curation.actions(gs) if a.iris() & nodes]


def _name(g: Graph, node) -> str:
    if node is None:
        return ""
    return str(g.value(node, RDFS.label) or node)


def _text(value) -> str:
    return "" if value is None else str(value)


def _local(node) -> str:
    return "" if node is None else str(node).rpartition("#")[2]


def _evidence(g: Graph, node) -> str:
    return min((str(x) for span in g.objects(node, NKG.evidence)
                for x in g.objects(span, NKG.anchorOf)), default="")


# ------------------------------------------------------------------ for a terminal


def render(item: dict) -> str:
    """``item`` (from ``show_item``) as lines of text."""
    lines = []
    if item["kind"] == "article":
        head = f"article {item['id']}"
        if item["title"]:
            head += f": {item['title']}"
        lines.append(head)
        where = ", ".join(x for x in (item["outlet"], item["published"][:10]) if x)
        if where:
            lines.append(f"  {where}")
        if item["url"]:
            lines.append(f"  {item['url']}")
        if item["removed"]:
            lines.append("  removed by the analyst: out of every answer "
                         "(kg curation undo brings it back)")
    else:
        lines.append(f"{item['name']} ({', '.join(item['types']) or 'entity'}), "
                     f"in {item['articles']} article{'s' * (item['articles'] != 1)}")
        lines.append(f"  {item['iri']}")
        if item["otherNames"]:
            lines.append(f"  also named: {'; '.join(item['otherNames'])}")
    lines += _section("statements", item["statements"], _statement_line)
    lines += _section("events", item["events"], _event_line)
    lines += _section("memberships", item["memberships"],
                      lambda m: [f"{m['person']}, member of {m['organization']}"
                                 + (f"  [{m['article']}]" if "article" in m else "")])
    lines += _section("curation", item["curation"], lambda a: [
        f"{a['id']}: {a['action']} {' '.join(a['arguments'])} (by {a['by']}, {a['at']})"
        + ("" if a["active"] else " [undone]")])
    return "\n".join(lines)


def _section(title: str, rows: list, line) -> list[str]:
    if not rows:
        return []
    out = ["", f"{title} ({len(rows)})"]
    for row in rows:
        first, *more = line(row)
        out.append(f"  {first}")
        out += [f"      {m}" for m in more]
    return out


def _statement_line(s: dict) -> list[str]:
    who = s["speaker"] + (f" for {s['onBehalfOf']}" if s["onBehalfOf"] else "") + (
        f" via {s['via']}" if s["via"] else "")
    where = f"  [{s['article']}]" if "article" in s else ""
    return [f"{s['date'] or 'undated'}  {who}  {s['stance']}: {s['content']}{where}",
            f"\u201c{s['evidence']}\u201d"]


def _event_line(e: dict) -> list[str]:
    parts = [f"agent {', '.join(e['agents'])}" if e["agents"] else "",
             f"with {', '.join(e['participants'])}" if e["participants"] else "",
             f"at {', '.join(e['places'])}" if e["places"] else "",
             e["date"], e["factuality"]]
    where = f"  [{e['article']}]" if "article" in e else ""
    return [f"{e['type']} \u2018{e['trigger']}\u2019: " + "; ".join(p for p in parts if p)
            + where, f"\u201c{e['evidence']}\u201d"]
