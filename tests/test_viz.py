"""Writing views out: every format re-read, pictures of the asked size, a safe web page,
the layout, and the ``kg viz`` command. The story is tests/view_corpus.py (invented).
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner
from PIL import Image
from view_corpus import ALDER, CLAIM, DENIAL, GUARD, HOLT, SEIZE, UNION, build_store

from kg.cli import main
from kg.errors import ConfigError
from kg.store import GraphStore
from kg.views import VIEWS, build
from kg.views.facts import Facts, load_facts
from kg.viz import FORMATS, format_of, write
from kg.viz.files import gephi_safe, safe_value
from kg.viz.html import payload, render_html, script_json
from kg.viz.layout import mesh_layout, positions

EVIL = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">'


@pytest.fixture(scope="module")
def store_path(tmp_path_factory) -> Path:
    return build_store(tmp_path_factory.mktemp("viz") / "store")


@pytest.fixture(scope="module")
def facts(store_path: Path) -> Facts:
    with GraphStore.open(store_path, read_only=True) as gs:
        return load_facts(gs)


@pytest.fixture(scope="module")
def rdf_rows(store_path: Path) -> list:
    from kg.query import run_query

    with GraphStore.open(store_path, read_only=True) as gs:
        return run_query(gs, "view-triples").dicts()


def every_view(facts: Facts, rdf_rows: list) -> list[nx.Graph]:
    return [build(facts, name, triples=rdf_rows) for name in VIEWS]


# ------------------------------------------------------------------ graph files


def test_gephi_safe_values() -> None:
    assert safe_value(None) is None
    assert safe_value(["a", "b"]) == "a; b"
    assert safe_value({"b", "a"}) == "a; b"
    assert safe_value({"k": 1}) == '{"k": 1}'
    assert safe_value(True) is True and safe_value(3) == 3
    g = nx.MultiDiGraph(tags=["x"])
    g.add_node("n", label="N", missing=None, tags=("p", "q"))
    g.add_edge("n", "n", key="k", w=None)
    safe = gephi_safe(g)
    assert dict(safe.nodes["n"]) == {"label": "N", "tags": "p; q"}
    assert safe.graph == {"tags": "x"} and dict(safe.edges["n", "n", "k"]) == {}


#: Every character XML 1.0 cannot hold that a label from an article may carry.
NOT_XML = "".join(map(chr, [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20)])) + "\ud83d\ufffe"


@pytest.mark.parametrize("suffix", [".graphml", ".gexf"])
def test_labels_with_control_characters_write_valid_xml(tmp_path: Path, suffix: str) -> None:
    g = nx.MultiDiGraph(title=f"Harbour{NOT_XML}talks")
    g.add_node("https://w3id.org/newskg/id/a", label=f"Ada{NOT_XML} Moreno", group="Person")
    g.add_node("https://w3id.org/newskg/id/b", label="Tab\tand\nline stay", group="Place")
    g.add_edge("https://w3id.org/newskg/id/a", "https://w3id.org/newskg/id/b", key="k",
               content=f"the pier{chr(0x0B)} was closed")
    path = tmp_path / f"hostile{suffix}"
    write(g, path)
    ET.parse(path)  # any XML parser reads it
    read = nx.read_graphml(path) if suffix == ".graphml" else nx.read_gexf(path)
    assert read.nodes["https://w3id.org/newskg/id/a"]["label"] == "Ada Moreno"
    assert read.nodes["https://w3id.org/newskg/id/b"]["label"] == "Tab\tand\nline stay"
    (_, _, data), = read.edges(data=True)
    assert data["content"] == "the pier was closed"


def _same_graph(written: nx.Graph, read: nx.Graph, *, skip: set[str] = frozenset()) -> None:
    want = gephi_safe(written)
    for *_, data in [*want.nodes(data=True), *want.edges(data=True)]:
        for key in skip & set(data):
            del data[key]
    assert set(read) == set(want)
    for n, data in want.nodes(data=True):
        got = {k: v for k, v in read.nodes[n].items() if k not in skip}
        assert got == data, n
    if want.is_multigraph():
        assert sorted((u, v, k) for u, v, k in read.edges(keys=True)) == \
            sorted((u, v, k) for u, v, k in want.edges(keys=True))
        for u, v, k, data in want.edges(keys=True, data=True):
            got = {x: y for x, y in read.edges[u, v, k].items() if x not in skip}
            assert got == data, (u, v, k)
    else:
        assert {frozenset(e) for e in read.edges()} == {frozenset(e) for e in want.edges()}
        for u, v, data in want.edges(data=True):
            assert {x: y for x, y in read.edges[u, v].items() if x not in skip} == data


def test_graphml_round_trips_every_view(facts, rdf_rows, tmp_path: Path) -> None:
    for g in every_view(facts, rdf_rows):
        path = tmp_path / f"{g.graph['view']}.graphml"
        write(g, path)
        read = nx.read_graphml(path, force_multigraph=g.is_multigraph())
        _same_graph(g, read)
        assert read.graph["title"] == g.graph["title"]


def test_gexf_round_trips_every_view(facts, rdf_rows, tmp_path: Path) -> None:
    for g in every_view(facts, rdf_rows):
        path = tmp_path / f"{g.graph['view']}.gexf"
        write(g, path)
        read = _keyed(nx.read_gexf(path)) if g.is_multigraph() else nx.read_gexf(path)
        # GEXF adds the colour, the multigraph key and the edge id; times come back typed
        _same_graph(g, read, skip={"viz", "edge_key", "id", "start", "end"})
        text = path.read_text(encoding="utf-8")
        assert 'version="1.2"' in text and "<viz:color" in text


def _keyed(read: nx.Graph) -> nx.MultiDiGraph:
    """A GEXF graph read back, keyed again by the ``edge_key`` attribute the writer stored
    (networkx reads its own key back only when some edges are parallel)."""
    out = nx.MultiDiGraph()
    out.add_nodes_from(read.nodes(data=True))
    out.add_edges_from((u, v, d["edge_key"], d) for u, v, d in read.edges(data=True))
    return out


def test_gexf_of_a_timeline_is_dynamic(facts: Facts, tmp_path: Path) -> None:
    path = tmp_path / "timeline.gexf"
    write(build(facts, "timeline"), path)
    assert re.search(r'<graph [^>]*mode="dynamic"', path.read_text(encoding="utf-8"))
    assert nx.read_gexf(path).nodes[CLAIM]["start"] == "2024-03-04"


def test_json_is_node_link_and_round_trips(facts, rdf_rows, tmp_path: Path) -> None:
    for g in every_view(facts, rdf_rows):
        path = tmp_path / f"{g.graph['view']}.json"
        write(g, path)
        data = json.loads(path.read_text(encoding="utf-8"))
        assert {"nodes", "links", "directed", "multigraph"} <= set(data)
        _same_graph(g, nx.node_link_graph(data, edges="links"))


def test_the_format_comes_from_the_extension_or_the_option() -> None:
    assert format_of("a/b.GEXF") == "gexf" and format_of("x.htm") == "html"
    assert format_of("-", "json") == "json"
    with pytest.raises(ConfigError, match="use one of .graphml, .gexf, .json, .png"):
        format_of("picture.bmp")
    assert set(FORMATS) == {"graphml", "gexf", "json", "png", "svg", "html"}


# ------------------------------------------------------------------ pictures


@pytest.mark.parametrize("name", list(VIEWS))
def test_png_of_every_view_has_the_asked_size_and_ink(facts, rdf_rows, tmp_path, name) -> None:
    path = tmp_path / f"{name}.png"
    write(build(facts, name, triples=rdf_rows), path, width=900, height=700)
    with Image.open(path) as img:
        assert img.format == "PNG" and img.size == (900, 700)
        grey = img.convert("L")
        dark = sum(grey.histogram()[:200])
        assert dark > 2000, "the picture is (nearly) blank"


def test_default_png_is_1600_by_1200_and_svg_is_svg(facts: Facts, tmp_path: Path) -> None:
    g = build(facts, "claims", focus=["Port Alder"])
    write(g, tmp_path / "c.png")
    with Image.open(tmp_path / "c.png") as img:
        assert img.size == (1600, 1200)
    write(g, tmp_path / "c.svg", width=800, height=600)
    root = ET.parse(tmp_path / "c.svg").getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox") == "0 0 576 432"  # 800 x 600 px at 100 dpi, in points


def test_an_empty_view_still_draws(tmp_path: Path) -> None:
    for name in ("claims", "timeline"):
        write(build(Facts(), name), tmp_path / f"{name}.png", width=400, height=300)
        with Image.open(tmp_path / f"{name}.png") as img:
            assert img.size == (400, 300)


# ------------------------------------------------------------------ layout


def test_layout_is_deterministic_and_in_the_unit_square(facts: Facts) -> None:
    g = build(facts, "events")
    one, two = positions(g), positions(g)
    assert one == two and set(one) == set(g)
    assert all(0 <= x <= 1 and 0 <= y <= 1 for x, y in one.values())


def test_mesh_layout_spreads_a_large_graph() -> None:
    g = nx.barabasi_albert_graph(1500, 2, seed=3)
    pos = mesh_layout(g)
    assert pos.shape == (1500, 2)
    close = sum(1 for i in range(0, 1500, 7) for j in range(i + 1, 1500, 7)
                if ((pos[i] - pos[j]) ** 2).sum() < 1e-4)
    assert close == 0  # no two nodes on top of each other
    nodes = list(g)
    far = [((pos[nodes.index(u)] - pos[nodes.index(v)]) ** 2).sum() ** 0.5 for u, v in g.edges()]
    spread = ((pos - pos.mean(axis=0)) ** 2).sum(axis=1).mean() ** 0.5
    assert sum(far) / len(far) < spread  # neighbours sit closer than the average node


def test_timeline_positions_follow_the_dates(facts: Facts) -> None:
    pos = positions(build(facts, "timeline"))
    assert pos[SEIZE][0] == pos[CLAIM][0] < pos[DENIAL][0]
    assert pos[SEIZE][1] > pos[CLAIM][1] > pos[DENIAL][1]


# ------------------------------------------------------------------ the web page


def test_script_json_cannot_close_the_script_element() -> None:
    text = script_json({"label": "</script><script>alert(1)</script> & \u2028"})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text) == {"label": "</script><script>alert(1)</script> & \u2028"}


def test_html_is_one_file_with_every_script_inline(facts: Facts) -> None:
    page = render_html(build(facts, "claims"))
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)=", page, re.I)
    assert not re.search(r"\b(?:src|href)\s*=\s*[\"']?(?:https?:)?//", page, re.I)
    assert "@import" not in page and "url(" not in page
    assert page.count("<script") == 2  # the graph data and the viewer
    assert "default-src 'none'" in page and "script-src 'sha256-" in page


def test_html_escapes_labels_and_title(facts: Facts) -> None:
    g = build(facts, "claims")
    g.nodes[HOLT]["label"] = EVIL
    g.graph["title"] = "Claims <b>bold</b>"
    page = render_html(g)
    assert EVIL not in page and "<img" not in page
    assert "<title>Claims &lt;b&gt;bold&lt;/b&gt;</title>" in page
    data = re.search(r'<script id="graph-data" type="application/json">(.*?)</script>', page,
                     re.S).group(1)
    assert EVIL in [n["label"] for n in json.loads(data)["nodes"]]


def test_html_payload_carries_evidence_and_article_for_hover(facts: Facts) -> None:
    data = payload(build(facts, "claims"))
    ids = [n["id"] for n in data["nodes"]]
    denial = next(e for e in data["edges"]
                  if (ids[e["s"]], ids[e["t"]]) == (UNION, SEIZE))
    assert denial["group"] == "Deny"
    assert denial["info"]["evidence"] == "The River Union denied the claims."
    assert denial["info"]["source"] == "alder-1 — Guard takes port"
    assert ["Deny", "#d62728"] in [list(p) for p in data["legend"]["edges"]]
    assert {n["id"] for n in data["nodes"] if n["focus"]} == set()
    assert data["directed"] is True


# ------------------------------------------------------------------ kg viz


def invoke(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_kg_viz_writes_each_format(store_path: Path, tmp_path: Path) -> None:
    for ext in ("png", "svg", "html", "json", "graphml", "gexf"):
        out = tmp_path / f"claims.{ext}"
        result = invoke("viz", "claims", "--focus", "Port Alder", "--out", str(out),
                        "--store", str(store_path))
        assert result.exit_code == 0, result.output
        assert out.stat().st_size > 0
        assert f"wrote {out} ({ext}: 5 nodes, 5 edges)" in result.stderr


def test_kg_viz_json_to_stdout(store_path: Path) -> None:
    result = invoke("viz", "actors", "--out", "-", "--format", "json", "--store", str(store_path))
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert {n["id"] for n in data["nodes"]} == {HOLT, GUARD, UNION}


def test_kg_viz_actors_stats_table_and_json(store_path: Path) -> None:
    result = invoke("viz", "actors", "--stats", "--store", str(store_path))
    assert result.exit_code == 0, result.output
    for word in ("label", "betweenness", "community", "Coastal Guard", "Marin Holt"):
        assert word in result.stdout
    rows = json.loads(invoke("viz", "actors", "--stats", "--stats-format", "json",
                             "--store", str(store_path)).stdout)
    assert {r["label"] for r in rows} == {"Coastal Guard", "Marin Holt", "River Union"}
    assert set(rows[0]) == {"node", "label", "type", "degree", "weighted_degree",
                            "betweenness", "community"}


def test_kg_viz_summary_without_out(store_path: Path) -> None:
    result = invoke("viz", "timeline", "--since", "2024-04-01", "--store", str(store_path))
    assert result.exit_code == 0
    assert result.stdout.startswith("Timeline (2024-04-01 to …): 1 nodes, 0 edges")


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["claims", "--focus", "Atlantis"], 2, "--focus 'Atlantis' names no entity"),
        (["claims", "--out", "x.bmp"], 2, "cannot tell what to write"),
        (["claims", "--since", "2024-13-01"], 2, "--since got '2024-13-01'"),
        (["claims", "--article", "nope"], 2, "no article 'nope'"),
        (["claims", "--since", "2030-01-01"], 1, "the claims view is empty"),
    ],
)
def test_kg_viz_errors_are_one_line(store_path: Path, args, code, message) -> None:
    result = invoke("viz", *args, "--store", str(store_path))
    assert result.exit_code == code
    assert message in result.stderr and "Traceback" not in result.output


def test_kg_viz_without_a_store_fails_cleanly(tmp_path: Path) -> None:
    result = invoke("viz", "claims", "--store", str(tmp_path / "none"))
    assert result.exit_code == 2 and "run `kg build` first" in result.stderr


def test_claims_of_the_denied_event_point_both_ways(facts: Facts) -> None:
    g = build(facts, "claims", focus=["Port Alder"])
    stances = {(u, d["stance"]) for u, v, d in g.edges(data=True) if v == SEIZE}
    assert stances == {(HOLT, "Assert"), (UNION, "Deny")}
    assert ALDER in g and DENIAL not in g  # the denial is an edge, not a node
