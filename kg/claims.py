"""Claim clusters: the statements of many articles that tell of the same happening.

An article's graph tells of events (``nkg:Event``), and of who asserts or denies them
(statements whose ``nkg:proposition`` is the event). ``read_article`` turns a stored
article graph into ``Item``s, one per event, each with its ``Vote``s:

- a statement of stance Assert or Accusation whose proposition is the event asserts
  it, one of stance Deny denies it; the voice is the speaker;
- an event no statement speaks of, which the article itself reports as fact
  (``nkg:Asserted``) or as denied (``nkg:Denied``), is asserted or denied by the
  outlet (its publisher; "(unknown)" when there is none).

Two items are the same happening (``compatible``) when they are events of the same
class, share an agent or a place, do not name different agents (when both name
agents) or different places (when both name places), and their dates can be the same
day: each date is an interval by its precision (a day, a month, a year), widened by
``SLACK_DAYS``; an undated event is dated by its statement, else by its article's
publication, as the ``UNDATED_DAYS`` before. A cluster is a connected component of
that relation, so it does not depend on the order the articles came in.
``cluster_graph`` writes one as an ``nkg:ClaimCluster`` (when a statement speaks in
it), with its votes by side, voices, independent sources, first and last dates,
earliest evidence of each side, and the cross-article ``nkg:respondsTo`` of a denial
that the cluster makes unambiguous. ``kg.derived`` keeps them up to date.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass

from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef

from kg import iri
from kg.vocab import NKG, SCHEMA

#: Days by which two date intervals may miss each other and still be one happening
#: ("on Sunday" read by two outlets in two time zones).
SLACK_DAYS = 1
#: An undated event happened at most this many days before its statement or report.
UNDATED_DAYS = 7
ASSERTING = frozenset({NKG.Assert, NKG.Accusation})
DENYING = frozenset({NKG.Deny})
UNKNOWN_OUTLET = "(unknown)"
_FAR = 10**7  # an interval bound beyond any date
_DATATYPE = {4: XSD.gYear, 7: XSD.gYearMonth}  # by the length of an ISO date; else a day


@dataclass(frozen=True, slots=True)
class Vote:
    """One voice asserting or denying an item, as one article reports it."""

    side: str  # "assert" or "deny"
    voice: str  # the speaker's name, or the outlet's
    node: str  # the statement, or the event itself when the outlet speaks
    article: str  # the article's id
    when: str  # the statement's date, else the article's publication date ("" when none)
    evidence: str  # the sentence it rests on
    published: str = ""  # the article's publication date
    speaker: str = ""  # the speaker's IRI ("" for an outlet)
    statement: bool = False  # a statement (not the outlet's own report)
    answered: bool = False  # the statement already responds to another


@dataclass(frozen=True, slots=True)
class Item:
    """One event of one article, with what is needed to cluster it."""

    node: str
    article: str
    cls: str
    agents: tuple[str, ...]
    places: tuple[str, ...]
    lo: int  # the interval of days it may have happened on (proleptic ordinals)
    hi: int
    date: str  # the event's own date as the text gives it ("" when none)
    names: tuple[tuple[str, str], ...]  # (IRI, label) of its agents and places
    votes: tuple[Vote, ...]

    def blocking_keys(self) -> list[str]:
        """The blocking keys: its class with each agent and each place."""
        return [f"{self.cls}|{e}" for e in (*self.agents, *self.places)]

    def dumps(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)

    @classmethod
    def loads(cls, text: str) -> Item:
        d = json.loads(text)
        d["votes"] = tuple(Vote(**v) for v in d["votes"])
        d["names"] = tuple(tuple(n) for n in d["names"])
        for k in ("agents", "places"):
            d[k] = tuple(d[k])
        return cls(**d)


def compatible(a: Item, b: Item) -> bool:
    """Whether two items may tell of the same happening."""
    if a.cls != b.cls:
        return False
    agents, places = set(a.agents) & set(b.agents), set(a.places) & set(b.places)
    if not (agents or places):
        return False
    if (a.agents and b.agents and not agents) or (a.places and b.places and not places):
        return False
    return a.lo - SLACK_DAYS <= b.hi and b.lo - SLACK_DAYS <= a.hi


def interval(value: str | None, datatype: URIRef | None) -> tuple[int, int] | None:
    """The days a date of the given precision may be, as ordinals; None when unreadable."""
    if not value:
        return None
    try:
        if datatype == XSD.gYear:
            y = int(value[:4])
            return dt.date(y, 1, 1).toordinal(), dt.date(y, 12, 31).toordinal()
        if datatype == XSD.gYearMonth:
            y, m = int(value[:4]), int(value[5:7])
            first = dt.date(y, m, 1)
            last = (dt.date(y + m // 12, m % 12 + 1, 1) - dt.timedelta(days=1))
            return first.toordinal(), last.toordinal()
        day = dt.date.fromisoformat(value[:10]).toordinal()
        return day, day
    except ValueError:
        return None


def read_article(g: Graph) -> tuple[dict, list[Item]] | None:
    """The article a stored graph holds (its facts as a dict) and its items; None when
    the graph holds no article."""
    a = next(g.subjects(RDF.type, NKG.Article), None)
    if a is None:
        return None
    art_id = str(g.value(a, SCHEMA.identifier))
    published = g.value(a, SCHEMA.datePublished)
    published = str(published)[:10] if published is not None else ""
    publisher = g.value(a, SCHEMA.publisher)
    outlet = str(g.value(publisher, RDFS.label) or "") if publisher is not None else ""
    facts = {"id": art_id, "iri": str(a), "published": published,
             "publisher": str(publisher or ""), "outlet": outlet,
             "hash": str(g.value(a, NKG.contentHash) or ""),
             "credits": sorted(str(c) for c in g.objects(a, NKG.wireCredit)),
             "signature": str(g.value(a, NKG.textSignature) or "")}
    label = _labeller(g)
    said: dict[URIRef, list[Vote]] = {}
    for s in g.subjects(RDF.type, NKG.Statement):
        stance = g.value(s, NKG.stance)
        side = "assert" if stance in ASSERTING else "deny" if stance in DENYING else None
        if side is None:
            continue
        speaker = g.value(s, NKG.speaker)
        when = g.value(s, NKG.date)
        for event in sorted(g.objects(s, NKG.proposition)):  # one vote on each event it asserts
            said.setdefault(event, []).append(Vote(
                side, label(speaker) or UNKNOWN_OUTLET, str(s), art_id,
                str(when) if when is not None else published, _anchor(g, s), published,
                speaker=str(speaker or ""), statement=True,
                answered=g.value(s, NKG.respondsTo) is not None))
    items = []
    for ev, cls in sorted(g.subject_objects(RDF.type)):
        if cls in (NKG.Statement, NKG.Article, NKG.TextSpan) or g.value(ev, NKG.factuality) is None:
            continue
        votes = said.get(ev) or _outlet_votes(g, ev, outlet, art_id, published)
        items.append(_item(g, ev, cls, art_id, published, votes, label))
    return facts, items


def _outlet_votes(g: Graph, ev, outlet: str, art_id: str, published: str) -> list[Vote]:
    side = {NKG.Asserted: "assert", NKG.Denied: "deny"}.get(g.value(ev, NKG.factuality))
    if side is None:
        return []
    return [Vote(side, outlet or UNKNOWN_OUTLET, str(ev), art_id, published, _anchor(g, ev),
                 published)]


def _item(g: Graph, ev, cls, art_id: str, published: str, votes: list[Vote],
          label: Callable) -> Item:
    agents = sorted(str(x) for x in g.objects(ev, NKG.agent))
    places = sorted(str(x) for x in g.objects(ev, NKG.place))
    date = g.value(ev, NKG.date)
    span = interval(str(date), date.datatype) if date is not None else None
    if span is None:  # before what was first said of it, else before the report
        said = [s for s in (interval(v.when, _DATATYPE.get(len(v.when))) for v in votes) if s]
        said.append(interval(published, XSD.date) or (_FAR, _FAR))
        first = min(said, key=lambda s: s[1])
        span = (first[0] - UNDATED_DAYS, first[1]) if first[1] < _FAR else (-_FAR, _FAR)
    names = tuple(sorted((x, label(URIRef(x))) for x in {*agents, *places}))
    return Item(str(ev), art_id, str(cls), tuple(agents), tuple(places), span[0], span[1],
                str(date) if date is not None else "", names,
                tuple(sorted(votes, key=lambda v: (v.node, v.voice))))


def _labeller(g: Graph) -> Callable:
    def label(node) -> str:
        if node is None:
            return ""
        return str(min((str(x) for x in g.objects(node, RDFS.label)), default=""))
    return label


def _anchor(g: Graph, node) -> str:
    return min((str(x) for span in g.objects(node, NKG.evidence)
                for x in g.objects(span, NKG.anchorOf)), default="")


def components(items: Iterable[Item]) -> list[list[Item]]:
    """The clusters of ``items``: connected components of ``compatible``, each sorted by
    node, in the order of their first node. Pairs are compared within a blocking key."""
    items = sorted(items, key=lambda i: i.node)
    parent = list(range(len(items)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    blocks: dict[str, list[int]] = {}
    for n, item in enumerate(items):
        for key in item.blocking_keys():
            blocks.setdefault(key, []).append(n)
    for members in blocks.values():
        for x, i in enumerate(members):
            for j in members[x + 1:]:
                if root(i) != root(j) and compatible(items[i], items[j]):
                    parent[root(j)] = root(i)
    groups: dict[int, list[Item]] = {}
    for n, item in enumerate(items):
        groups.setdefault(root(n), []).append(item)
    return sorted(groups.values(), key=lambda g: g[0].node)


def cluster_iri(members: list[Item]) -> URIRef:
    return iri.item_iri("claim-cluster", "", min(i.node for i in members))


def cluster_graph(members: list[Item], source: Callable[[str], str],
                  outlets: Callable[[str], str], *, into: Graph | None = None) -> Graph:
    """The cluster of ``members`` as triples (none when no statement speaks in it), added
    to ``into`` (a new graph by default), which is returned. ``source`` gives an
    article's independent source (``kg.derived``), ``outlets`` its publisher's IRI (""
    when none)."""
    g = Graph() if into is None else into
    votes = [v for i in members for v in i.votes]
    if not any(v.statement for v in votes):
        return g
    c = cluster_iri(members)
    g.add((c, RDF.type, NKG.ClaimCluster))
    g.add((c, RDFS.label, Literal(_label(members))))
    g.add((c, NKG.eventClass, URIRef(members[0].cls)))
    for i in members:
        g.add((c, NKG.member, URIRef(i.node)))
    for node, _ in {n for i in members for n in i.names}:
        g.add((c, NKG.about, URIRef(node)))
    for art in {v.article for v in votes}:
        if outlet := outlets(art):
            g.add((c, NKG.outlet, URIRef(outlet)))
    dates = sorted(v.when for v in votes if v.when)
    if dates:
        g.add((c, NKG.firstDate, Literal(dates[0])))
        g.add((c, NKG.lastDate, Literal(dates[-1])))
    for side, prop, voices, count, first, evidence in (
            ("assert", NKG.asserting, NKG.asserters, NKG.independentAsserters,
             NKG.firstAsserted, NKG.assertEvidence),
            ("deny", NKG.denying, NKG.deniers, NKG.independentDeniers, NKG.firstDenied,
             NKG.denyEvidence)):
        mine = sorted((v for v in votes if v.side == side), key=_earliest)
        for v in mine:
            g.add((c, prop, URIRef(v.node)))
        g.add((c, count, Literal(len({source(v.article) for v in mine}))))
        if mine:
            g.add((c, voices, Literal("; ".join(sorted({v.voice for v in mine})))))
            g.add((c, evidence, Literal(mine[0].evidence)))
            if mine[0].when:
                g.add((c, first, Literal(min(v.when for v in mine if v.when))))
    for denial, claim in responses(votes, frozenset(a for i in members for a in i.agents)):
        g.add((URIRef(denial), NKG.respondsTo, URIRef(claim)))
    return g


def _earliest(v: Vote) -> tuple:
    return (v.when or "9999", v.published or "9999", v.article, v.node)


def responses(votes: list[Vote], agents: frozenset[str] = frozenset()
              ) -> list[tuple[str, str]]:
    """(denial, claim) pairs across articles that a cluster makes unambiguous: a denying
    statement that answers no statement yet, and asserting statements of other articles
    made no later than it, all by one speaker: it answers the earliest of them. Where
    several speakers assert it, and one of them only is an agent of the happening (the
    group that says it took the town, beside its commander), that one's claim is what
    the denial answers ("denied that the Brigade had seized the town")."""
    pairs = []
    claims = sorted((v for v in votes if v.side == "assert" and v.statement), key=_earliest)
    for d in votes:
        if d.side != "deny" or not d.statement or d.answered:
            continue
        before = [c for c in claims if c.article != d.article
                  and (not c.when or not d.when or c.when <= d.when)]
        if len({c.speaker for c in before}) > 1:
            before = [c for c in before if c.speaker in agents]
        if before and len({c.speaker for c in before}) == 1:
            pairs.append((d.node, before[0].node))
    return sorted(pairs)


def _label(members: list[Item]) -> str:
    """"ControlEvent: Northern Guard; Osterby; 2023-06-11": the class, the agents, the
    places and the most precise date of the events."""
    names = {}
    for i in members:
        for node, name in i.names:
            if name and (node not in names or name < names[node]):
                names[node] = name
    agents = sorted({names[a] for i in members for a in i.agents if a in names})
    places = sorted({names[p] for i in members for p in i.places if p in names})
    dated = sorted((i.hi - i.lo, i.date) for i in members if i.date)  # the most precise
    parts = [", ".join(agents), ", ".join(places), dated[0][1] if dated else ""]
    return f"{members[0].cls.rpartition('#')[2]}: " + "; ".join(p for p in parts if p)

