"""Writing a view out: graph files, pictures and a web page, chosen by file extension.

=======  =====================================================  ==================
format   what                                                   written by
=======  =====================================================  ==================
graphml  GraphML for Cytoscape, yEd, Gephi                      ``files``
gexf     GEXF 1.2 for Gephi, nodes coloured                     ``files``
json     node-link JSON for d3 and other web tools              ``files``
png/svg  a drawing (matplotlib, Agg), legend and title          ``static``
html     one self-contained interactive page                    ``html``
=======  =====================================================  ==================

``write(graph, path)`` picks the format from the extension (or ``format=``);
writers are found through ``WRITERS`` (format -> "module:function"), imported when
first used, so ``kg viz`` loads matplotlib only for a picture.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import networkx as nx

from kg.errors import ConfigError

__all__ = ["FORMATS", "WRITERS", "format_of", "write"]

#: Format -> "module:function(graph, out)" of its writer.
WRITERS: dict[str, str] = {
    "graphml": "kg.viz.files:write_graphml",
    "gexf": "kg.viz.files:write_gexf",
    "json": "kg.viz.files:write_json",
    "png": "kg.viz.static:draw",
    "svg": "kg.viz.static:draw",
    "html": "kg.viz.html:write_html",
}
FORMATS: tuple[str, ...] = tuple(WRITERS)
#: Formats that are bytes on standard output; the others are text.
BINARY = frozenset({"png", "graphml", "gexf"})
_ALIASES = {"htm": "html", "xml": "graphml"}


def format_of(path: str | Path, format: str | None = None) -> str:
    """The output format: ``format`` when given, else the file's extension."""
    name = (format or Path(str(path)).suffix.lstrip(".")).lower()
    name = _ALIASES.get(name, name)
    if name not in WRITERS:
        where = f"--format {format!r}" if format else f"the extension of {str(path)!r}"
        raise ConfigError(
            f"cannot tell what to write from {where}; use one of "
            f"{', '.join('.' + f for f in FORMATS)} (or --format)"
        )
    return name


def write(graph: nx.Graph, out: str | Path, *, format: str | None = None,
          width: int = 1600, height: int = 1200) -> str:
    """Write ``graph`` to ``out`` ("-": standard output); returns the format used.

    ``width`` and ``height`` are the size in pixels of a PNG or SVG drawing.
    """
    fmt = format_of(out, format)
    module, _, attr = WRITERS[fmt].partition(":")
    writer = getattr(importlib.import_module(module), attr)
    target = _stdout(fmt) if str(out) == "-" else Path(out)
    if isinstance(target, Path):
        target.parent.mkdir(parents=True, exist_ok=True)
    try:
        if fmt in ("png", "svg"):
            writer(graph, target, format=fmt, width=width, height=height)
        else:
            writer(graph, target)
    except OSError as exc:
        raise ConfigError(f"cannot write {out}: {exc}") from exc
    if str(out) == "-":
        sys.stdout.flush()
    return fmt


def _stdout(fmt: str):
    return sys.stdout.buffer if fmt in BINARY else sys.stdout
