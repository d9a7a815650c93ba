"""Graph files: GraphML (Cytoscape, yEd), GEXF (Gephi) and node-link JSON (d3).

GraphML and GEXF writers accept only ``str``, ``int``, ``float`` and ``bool``
attribute values: ``None`` raises, and in GEXF a list is read as time spells
(``../shared/reference/formats.md`` §7). ``gephi_safe`` therefore drops ``None``,
joins lists, tuples and sets with "; ", turns dicts into JSON and numpy scalars
into Python numbers, on nodes, edges and the graph. Node ids are IRIs (strings).

GEXF is written as version 1.2draft, the version the schema validators accept.
Each node carries a ``viz`` colour (its group's, as in the pictures), so Gephi
opens the file coloured; each edge of a multigraph carries its key (a statement's IRI,
or a role) as the attribute ``edge_key``, since networkx reads its own key back only
for parallel edges. A timeline's ``start``/``end`` days make it a dynamic
GEXF graph that Gephi's timeline can play.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import BinaryIO, TextIO

import networkx as nx

from kg.viz.style import node_palette

Scalar = str | int | float | bool

#: What XML 1.0 cannot hold in any form, escaped or not: the C0 controls but tab, line
#: feed and carriage return, lone surrogates, U+FFFE and U+FFFF. A label holding one
#: would make networkx write a GraphML file that stops half-way and a GEXF file no XML
#: parser reads, so such characters are dropped from every string value.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(text: str) -> str:
    """``text`` without the characters XML 1.0 cannot carry."""
    return _NOT_XML.sub("", text)


def safe_value(value: object) -> Scalar | None:
    """A value GraphML and GEXF can hold, or None when it should be left out."""
    if value is None:
        return None
    if isinstance(value, str):
        return xml_text(value)
    if isinstance(value, bool | int | float):
        return value
    if isinstance(value, list | tuple | set | frozenset):
        parts = sorted(map(str, value)) if isinstance(value, set | frozenset) else value
        return xml_text("; ".join(str(v) for v in parts if v is not None))
    if isinstance(value, Mapping):
        return xml_text(json.dumps(value, ensure_ascii=False, sort_keys=True, default=str))
    if hasattr(value, "item"):  # numpy scalars
        return safe_value(value.item())
    return xml_text(str(value))


def _clean(data: Mapping[str, object]) -> dict[str, Scalar]:
    out = {}
    for key, value in data.items():
        safe = safe_value(value)
        if safe is not None:
            out[xml_text(str(key))] = safe
    return out


def gephi_safe(graph: nx.Graph) -> nx.Graph:
    """A copy of ``graph`` whose attributes every GraphML and GEXF reader takes."""
    out = graph.__class__()
    out.graph.update(_clean(graph.graph))
    out.add_nodes_from((xml_text(str(n)), _clean(d)) for n, d in graph.nodes(data=True))
    if graph.is_multigraph():
        out.add_edges_from((xml_text(str(u)), xml_text(str(v)), k, _clean(d))
                           for u, v, k, d in graph.edges(keys=True, data=True))
    else:
        out.add_edges_from((xml_text(str(u)), xml_text(str(v)), _clean(d))
                           for u, v, d in graph.edges(data=True))
    return out


def write_graphml(graph: nx.Graph, out: str | Path | BinaryIO) -> None:
    nx.write_graphml(gephi_safe(graph), out, encoding="utf-8", prettyprint=True)


def write_gexf(graph: nx.Graph, out: str | Path | BinaryIO) -> None:
    safe = gephi_safe(graph)
    colours = node_palette(d.get("group", "") for _, d in safe.nodes(data=True))
    for _, data in safe.nodes(data=True):
        hex_colour = colours[str(data.get("group", ""))].lstrip("#")
        r, g, b = (int(hex_colour[i : i + 2], 16) for i in (0, 2, 4))
        data["viz"] = {"color": {"r": r, "g": g, "b": b, "a": 1.0}}
    if safe.is_multigraph():  # networkx reads its own networkx_key back only on parallel edges
        for *_, key, data in safe.edges(keys=True, data=True):
            data["edge_key"] = str(key)
    nx.write_gexf(safe, out, encoding="utf-8", prettyprint=True, version="1.2draft")


def node_link(graph: nx.Graph) -> dict:
    """The node-link dict d3 reads: ``nodes`` with ``id``, ``links`` with ``source``/``target``."""
    return nx.node_link_data(gephi_safe(graph), edges="links")


def write_json(graph: nx.Graph, out: str | Path | TextIO) -> None:
    text = json.dumps(node_link(graph), ensure_ascii=False, indent=1)
    if isinstance(out, str | Path):
        Path(out).write_text(text + "\n", encoding="utf-8")
    else:
        out.write(text + "\n")
