"""Where each node goes: one layout for the pictures and the web page alike.

Small graphs (up to ``SMALL`` nodes) use networkx's Fruchterman-Reingold
``spring_layout``. It costs nodes² per step: 170 s for 10 k nodes here. Larger
graphs use ``mesh_layout``, the same forces computed the particle-mesh way:
repulsion from a density grid convolved with a 1/r kernel by FFT (cells² log cells
per step), exact repulsion only between close neighbours (a k-d tree), and springs
along the edges. 10 k nodes take about 2 s. A timeline is laid out by date.
"""

from __future__ import annotations

import datetime as dt

import networkx as nx
import numpy as np

#: Largest graph laid out by networkx's spring_layout.
SMALL = 400
SEED = 0
Positions = dict[str, tuple[float, float]]


def positions(graph: nx.Graph) -> Positions:
    """Node -> (x, y), in [0, 1]² for networks; timelines by (day number, row)."""
    if graph.graph.get("view") == "timeline":
        return timeline_positions(graph)
    if len(graph) == 0:
        return {}
    simple = nx.Graph(graph)
    if len(simple) <= SMALL:
        k = 1.5 / np.sqrt(len(simple))  # roomier than the default 1/sqrt(n): labels need it
        pos = nx.spring_layout(simple, k=k, iterations=200, seed=SEED, method="force")
        raw = np.array([pos[n] for n in simple])
    else:
        raw = mesh_layout(simple)
    return dict(zip(simple, map(tuple, _unit(raw).tolist()), strict=True))


def timeline_positions(graph: nx.Graph) -> Positions:
    """x: the item's first day (days since 1970), y: its row from the top (0, -1, …)."""
    out = {}
    for node, data in graph.nodes(data=True):
        start = dt.date.fromisoformat(data["start"])
        out[node] = (float((start - dt.date(1970, 1, 1)).days), -float(data["order"]))
    return out


def _unit(raw: np.ndarray) -> np.ndarray:
    lo, hi = raw.min(axis=0), raw.max(axis=0)
    span = np.where(hi - lo > 0, hi - lo, 1.0)
    return (raw - lo) / span.max()


def mesh_layout(graph: nx.Graph, *, iterations: int = 80, cells: int = 96) -> np.ndarray:
    """Force-directed positions (n x 2) for large graphs: see the module docstring."""
    from scipy.signal import fftconvolve
    from scipy.spatial import cKDTree

    index = {v: i for i, v in enumerate(graph)}
    n = len(index)
    edges = np.array([(index[u], index[v]) for u, v in graph.edges() if u != v],
                     dtype=np.int64).reshape(-1, 2)
    side = np.sqrt(n)  # the ideal distance k is 1: one unit square per node
    pos = np.random.default_rng(SEED).uniform(0, side, size=(n, 2))
    kx, ky = _kernel(cells)
    step = side / 8
    for _ in range(iterations):
        lo = pos.min(axis=0) - 1e-6
        size = (pos.max(axis=0) + 1e-6 - lo).max() / cells
        cell = np.minimum(((pos - lo) / size).astype(int), cells - 1)
        mass = np.zeros((cells, cells))
        np.add.at(mass, (cell[:, 0], cell[:, 1]), 1.0)
        disp = np.stack([fftconvolve(mass, kx, mode="same")[cell[:, 0], cell[:, 1]],
                         fftconvolve(mass, ky, mode="same")[cell[:, 0], cell[:, 1]]], axis=1)
        disp /= size
        near = cKDTree(pos).query_pairs(min(size, 2.0), output_type="ndarray")
        _accumulate(disp, near, pos, lambda d, d2: d / np.maximum(d2, 1e-6)[:, None])
        _accumulate(disp, edges, pos, lambda d, d2: -np.sqrt(d2)[:, None] * d)
        disp += (pos.mean(axis=0) - pos) * 0.05  # gravity keeps components together
        length = np.maximum(np.sqrt((disp * disp).sum(axis=1)), 1e-9)
        pos += disp / length[:, None] * np.minimum(length, step)[:, None]
        step = max(step * 0.95, 0.05)
    return pos


def _kernel(cells: int) -> tuple[np.ndarray, np.ndarray]:
    """The repulsion d / |d|² between grid cells, for offsets -(cells-1) … cells-1."""
    off = np.arange(-(cells - 1), cells, dtype=float)
    ox, oy = np.meshgrid(off, off, indexing="ij")
    r2 = ox * ox + oy * oy
    r2[cells - 1, cells - 1] = np.inf  # a cell does not push itself
    return ox / r2, oy / r2


def _accumulate(disp: np.ndarray, pairs: np.ndarray, pos: np.ndarray, force) -> None:
    """Add ``force(d, |d|²)`` to the first node of each pair and subtract it from the second."""
    if len(pairs) == 0:
        return
    d = pos[pairs[:, 0]] - pos[pairs[:, 1]]
    f = force(d, (d * d).sum(axis=1))
    n = len(pos)
    for axis in (0, 1):
        disp[:, axis] += (np.bincount(pairs[:, 0], f[:, axis], n)
                          - np.bincount(pairs[:, 1], f[:, axis], n))
