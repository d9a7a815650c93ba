"""Colours, shared by the pictures and the web page so a legend means the same in both.

Nodes and edges are coloured by their ``group`` attribute (see ``kg.views.attrs``):
entity types and item kinds for nodes; stances, roles and kinds of tie for edges.
A group without a colour of its own (an RDF class, say) takes the next colour of
``CYCLE`` in order of first appearance, so a drawing is the same every time.
"""

from __future__ import annotations

from collections.abc import Iterable

NODE_COLOURS: dict[str, str] = {
    "Person": "#4c72b0",
    "Organization": "#dd8452",
    "Place": "#55a868",
    "Event": "#8172b3",
    "Statement": "#937860",
    "Claim": "#da8bc3",
}
EDGE_COLOURS: dict[str, str] = {
    # stances of statements
    "Assert": "#2a9d3c",
    "Deny": "#d62728",
    "Appeal": "#1f77b4",
    "Promise": "#9467bd",
    "Threat": "#ff7f0e",
    "Accusation": "#8c564b",
    # factuality of events (timeline rows)
    "Asserted": "#4d4d4d",
    "Claimed": "#e5ae38",
    "Denied": "#a50f15",
    "Possible": "#80b1d3",
    "Future": "#6a3d9a",
    # kinds of tie between actors
    "member": "#17becf",
    "statement": "#e377c2",
    "event": "#7f7f7f",
    # roles
    "speaker": "#4c72b0",
    "onBehalfOf": "#dd8452",
    "via": "#c49c94",
    "agent": "#8c8c8c",
    "participant": "#b0b0b0",
    "place": "#c7a76c",
    "proposition": "#8172b3",
    "respondsTo": "#d62728",
    "next": "#b0b0b0",
}
CYCLE = (
    "#4c72b0", "#dd8452", "#55a868", "#c44e52", "#8172b3", "#937860", "#da8bc3",
    "#8c8c8c", "#ccb974", "#64b5cd", "#1b9e77", "#d95f02", "#7570b3", "#e7298a",
)
FALLBACK = "#999999"
#: Bend of directed edges (matplotlib's arc3 ``rad``): the first edge between two nodes
#: bends by ``ARC``, each parallel one ``ARC_STEP`` more, so u->v and v->u, or a claim
#: and a denial of one event by one speaker, never overlap.
ARC, ARC_STEP = 0.2, 0.15


def bend(nth: int) -> float:
    """The arc of the ``nth`` (0, 1, …) edge between the same two nodes."""
    return round(ARC + ARC_STEP * nth, 3)


def palette(groups: Iterable[str], known: dict[str, str]) -> dict[str, str]:
    """Group -> colour for the groups in order of appearance: known ones, then ``CYCLE``."""
    out: dict[str, str] = {}
    spare = iter(c for c in CYCLE if c not in known.values())
    for g in groups:
        if g not in out:
            out[g] = known.get(g) or next(spare, FALLBACK)
    return out


def node_palette(groups: Iterable[str]) -> dict[str, str]:
    return palette(groups, NODE_COLOURS)


def edge_palette(groups: Iterable[str]) -> dict[str, str]:
    return palette(groups, EDGE_COLOURS)
