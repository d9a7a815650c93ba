"""Who is central in a view: degree, betweenness and communities (networkx).

Communities are networkx's Louvain partition with a fixed seed, numbered from 1 by
size (largest first), so the same graph always gets the same numbers. Betweenness
is exact up to ``EXACT_BETWEENNESS`` nodes and estimated from ``SAMPLED_SOURCES``
sampled sources above it (exact betweenness costs nodes x edges).
"""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

#: Nodes up to which betweenness is exact; above it, sampled from this many sources.
EXACT_BETWEENNESS = 1000
SAMPLED_SOURCES = 300
SEED = 0


@dataclass(frozen=True, slots=True)
class NodeStats:
    node: str
    label: str
    type: str
    degree: int  # neighbours
    weighted_degree: float  # sum of edge weights (articles, in the actors view)
    betweenness: float  # normalised, 0-1
    community: int  # 1 = the largest


def node_stats(graph: nx.Graph) -> list[NodeStats]:
    """One row per node, most central first (betweenness, then weighted degree, then label)."""
    simple = nx.Graph(graph)  # multi-edges and direction do not matter here
    if graph.is_multigraph():
        for u, v in simple.edges():
            simple[u][v]["weight"] = graph.number_of_edges(u, v) + (
                graph.number_of_edges(v, u) if graph.is_directed() and u != v else 0)
    sample = None if len(simple) <= EXACT_BETWEENNESS else SAMPLED_SOURCES
    between = nx.betweenness_centrality(simple, k=sample, seed=SEED)
    community = communities(simple)
    rows = [
        NodeStats(
            node=str(n), label=str(data.get("label", n)), type=str(data.get("type", "")),
            degree=simple.degree(n), weighted_degree=float(simple.degree(n, weight="weight")),
            betweenness=round(between[n], 6), community=community[n],
        )
        for n, data in graph.nodes(data=True)
    ]
    return sorted(rows, key=lambda r: (-r.betweenness, -r.weighted_degree, r.label, r.node))


def communities(graph: nx.Graph) -> dict[str, int]:
    """Node -> Louvain community number (1 = largest; ties by their smallest node)."""
    if graph.number_of_edges() == 0:
        parts = [{n} for n in graph]
    else:
        parts = nx.community.louvain_communities(graph, weight="weight", seed=SEED)
    ordered = sorted(parts, key=lambda p: (-len(p), min(map(str, p))))
    return {n: i for i, part in enumerate(ordered, start=1) for n in part}


def annotate(graph: nx.Graph) -> list[NodeStats]:
    """Add ``degree``, ``betweenness`` and ``community`` to the nodes; returns the rows."""
    rows = node_stats(graph)
    for r in rows:
        graph.nodes[r.node].update(degree=r.degree, betweenness=r.betweenness,
                                   community=r.community)
    return rows
