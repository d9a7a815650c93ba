"""``kg serve``'s explorer (kg.explorer): pages for browsers, over real HTTP.

The store is the canonical one (tests/canonical_graph.py) and one more invented
article whose names and words are HTML and script; every server listens on a free
127.0.0.1 port and stops when the module ends. The assertions are on the HTML.
"""

from __future__ import annotations

import base64
import csv
import datetime as dt
import html as htmllib
import io
import json
import re
import shutil
import urllib.error
import urllib.request
from collections.abc import Iterator
from email.message import Message
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import quote

import pytest
from canonical_graph import TEXT_A, TEXT_C, article_a, build_store, evidence, sentence, words
from rdflib import XSD, Literal
from sparql_servers import kg_server

from kg import iri
from kg.endpoint.server import ServeConfig
from kg.endpoint.workers import WorkerPool
from kg.explorer import chart, pages
from kg.explorer.store import PoolStore
from kg.explorer.text import Mark, marked_parts, sentence_anchor, show_date
from kg.query import _page_from_index, bind_params, get_query, run_page
from kg.rdf import add_bookkeeping, extraction_graph
from kg.records import Article, DateValue, Entity, Event, Extraction, Statement
from kg.search import reindex
from kg.store import GraphStore

HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"  # as a browser asks
SCRIPT = '<script>alert("x")</script>'
ATTR = '" onmouseover="alert(1)'
ODD_ID = 'odd/1 & "two"'
TEXT_X = (f"The {SCRIPT} Brigade said it had captured Brack{ATTR} last month. "
          f"Officials in Brack{ATTR} denied it.")
TOKEN = "page-token-for-tests"


def article_x() -> Extraction:
    """Names and words made of HTML: nothing of them may run or open an attribute."""
    t = TEXT_X
    brigade = Entity("brigade", "Organization", f"{SCRIPT} Brigade")
    place = Entity("brack", "Place", f"Brack{ATTR}")
    june = DateValue("2023-05", "gYearMonth", "last month")
    return Extraction(
        article=Article(id=ODD_ID, text=t, published="2023-06-20", publisher="Lakeside Tribune",
                        title=f"{SCRIPT} takes Brack{ATTR}"),
        entities=(brigade, place),
        events=(Event("capture", "ControlEvent", "captured", words(t, "captured"),
                      sentence(t, 0), agents=("brigade",), places=("brack",), date=june,
                      factuality="Claimed"),),
        statements=(
            Statement("claim", "brigade", "Assert", "say", f"it had captured Brack{ATTR}",
                      words(t, f"it had captured Brack{ATTR}"), sentence(t, 0), date=june,
                      proposition="capture"),
        ),
    )


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = build_store(tmp_path_factory.mktemp("explorer") / "data")
    with GraphStore.open(root) as store:
        for ex in (article_x(), article_a()):  # with their text, as a build stores them;
            graph = extraction_graph(ex)  # the other canonical articles without, as before
            add_bookkeeping(graph, ex.article, content_hash="h",
                            ingested_at=dt.datetime(2023, 6, 21, 10, tzinfo=dt.UTC))
            store.replace_graph(iri.article_graph(ex.article.id), graph)
        store.merge_default_graph()
        reindex(store)
    (root / "quarantine.jsonl").write_text(json.dumps(
        {"article": "held-1", "source": "feed.xml:3", "graph": "x", "at": "2023-06-21T10:00:00Z",
         "stored": False, "report": {"results": [{}, {}]}}) + "\n", encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def base(data_dir: Path) -> Iterator[str]:
    with kg_server(ServeConfig(store=data_dir, port=0, workers=1)) as url:
        yield url


@pytest.fixture(scope="module")
def bare(data_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The same store without its search index."""
    root = tmp_path_factory.mktemp("bare") / "data"
    shutil.copytree(data_dir, root)
    (root / "search.sqlite").unlink()
    with kg_server(ServeConfig(store=root, port=0, workers=1)) as url:
        yield url


@pytest.fixture(scope="module")
def locked(data_dir: Path) -> Iterator[str]:
    with kg_server(ServeConfig(store=data_dir, port=0, workers=1, token=TOKEN)) as url:
        yield url


def fetch(url: str, accept: str = HTML,
          headers: dict | None = None) -> tuple[int, Message, str]:
    """Status, headers (any case) and body of a GET."""
    request = urllib.request.Request(url, headers={"Accept": accept, **(headers or {})})
    try:
        with urllib.request.urlopen(request, timeout=30) as reply:
            return reply.status, reply.headers, reply.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers, exc.read().decode("utf-8")


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):  # noqa: ANN002, ANN003
        return None


class _Tags(HTMLParser):
    """Every tag and attribute of a page, as a browser's parser reads them."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attributes: list[tuple[str, str]] = []
        self.scripts: list[str] = []  # each <script>'s src ("" for none)
        self.inline: list[str] = []  # text inside a <script>
        self._in_script = False
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attributes += [(name, value or "") for name, value in attrs]
        if tag == "script":
            self.scripts.append(dict(attrs).get("src") or "")
            self._in_script = True

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script and data.strip():
            self.inline.append(data)


def visible_text(html: str) -> str:
    """The words a reader sees: the page's text without its tags and attributes, nor
    what shows code (IRIs in ``<code>``, the SPARQL of ``<pre>``)."""
    html = re.sub(r"<(code|pre|script|style|title)\b.*?</\1>", " ", html, flags=re.S)
    return htmllib.unescape(re.sub(r"<[^>]*>", " ", html))


def main_of(html: str) -> str:
    return html[html.index("<main"):html.index("</main>")]


# --- routing: the endpoint stays as it was


def test_home_is_html_for_browsers_and_the_endpoint_text_for_others(base: str) -> None:
    status, headers, html = fetch(base + "/")
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert 'id="search"' in html and 'id="search-q"' in html
    assert "<strong>6</strong> articles" in html  # counts.rq: the five and the odd one
    assert 'href="/q/claimed-control"' in html and 'action="/q/claimed-control"' in html
    assert "view-items" not in html  # the questions that feed programs stay off
    assert "/article/odd%2F1%20%26%20%22two%22" in html  # the latest article, its id quoted
    status, headers, text = fetch(base + "/", accept="*/*")
    assert status == 200 and headers["Content-Type"].startswith("text/plain")
    assert "SPARQL endpoint" in text


def test_search_is_json_unless_html_is_asked_for(base: str) -> None:
    status, headers, body = fetch(base + "/search?q=osterby", accept="application/json")
    assert status == 200 and json.loads(body)["hits"]
    status, headers, body = fetch(base + "/search?q=osterby", accept="*/*")
    assert headers["Content-Type"].startswith("application/json")
    status, headers, html = fetch(base + "/search?q=osterby")
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    results = main_of(html)
    assert 'class="result-link" href="/entity/place/osterby"' in results
    assert "<mark>Osterby</mark> had fallen" in results  # a statement's words, found
    assert 'href="/article/reed-3#' + sentence_anchor(
        "Farmers Union spokeswoman Dana Holm said on Tuesday that the Guard never entered "
        "Osterby.") in results


def test_sparql_protocol_is_untouched(base: str) -> None:
    query = urllib.parse.quote("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    status, headers, body = fetch(f"{base}/query?query={query}",
                                  accept="application/sparql-results+json")
    assert status == 200 and "results" in json.loads(body)
    status, headers, body = fetch(f"{base}/query?query={query}", accept=HTML)
    assert status in (200, 406) and "Content-Security-Policy" not in headers


# --- every page: CSP, read-only, only our own script files


BRACK, BRIGADE = quote(f"Brack{ATTR}"), quote(f"{SCRIPT} Brigade")
#: Each canonical question's parameters in the pages "with": the names made of HTML
#: where the question can take them.
ASKED = {"claimed-control": f"place={BRACK}", "claims-about": f"entity={BRIGADE}",
         "corroboration": f"about={BRACK}&type=ControlEvent", "counts": "",
         "denials": f"about={BRACK}", "disputes": "about=Osterby", "entities": "type=Place",
         "events-at": f"place={BRACK}", "first-report": f"about={BRACK}", "links": "outcome=Linked",
         "members": "organization=Northern+Guard", "said-on": "outlet=Lakeside+Tribune",
         "statements-by": f"actor={BRIGADE}", "timeline": f"entity={BRIGADE}",
         "who-said-what": f"about={BRACK}"}
#: Every kind of page: each canonical question without and with its parameters, the
#: second pages of the paged lists, a name's choice of entities, the error pages.
PAGES = ("/", "/search?q=osterby", "/search?q=brigade&offset=1", "/entity/place/osterby",
         "/entity/person/dana-holm", "/entity/organization/northern-guard?offset=1&articles=1",
         "/entity/place/osterby?claims=1&denials=1", "/entity?name=" + BRACK,
         "/article/reed-1", "/article/" + quote(ODD_ID, safe=""), "/article/held-1",
         "/q/claimed-control?place=Osterby", "/q/denials?limit=1&offset=1&count=1",
         "/entity/place/nowhere", "/article/nothing-here", "/q/no-such-question",
         *[f"/q/{name}" for name in ASKED], *[f"/q/{name}?{q}" for name, q in ASKED.items() if q])


@pytest.mark.parametrize("path", PAGES)
def test_every_page_has_a_strict_policy_only_static_scripts_and_no_outside_reference(
        base: str, path: str) -> None:
    status, headers, html = fetch(base + path)
    assert status in (200, 404) if "nowhere" in path or "nothing" in path or "no-such" in path \
        else status == 200, (path, status, html[-400:])
    policy = headers["Content-Security-Policy"]
    assert "default-src 'self'" in policy and "script-src 'self'" in policy
    assert "unsafe-inline" not in policy and "frame-ancestors 'none'" in policy
    assert headers["X-Content-Type-Options"] == "nosniff"
    parsed = _Tags(html)
    # scripts only as files of /static/, none inline; an entity page draws its neighbours
    assert parsed.inline == [] and all(s.startswith("/static/") for s in parsed.scripts)
    is_entity = status == 200 and 'id="entity"' in html  # (/entity?name= leads to one)
    assert parsed.scripts == (["/static/neighbourhood.js"] if is_entity else [])
    assert "iframe" not in parsed.tags
    names = {name for name, _ in parsed.attributes}
    assert not {n for n in names if n.startswith("on")}  # no event handler attribute
    assert "style" not in names  # the policy allows no inline style either
    loaded = [v for n, v in parsed.attributes if n in ("src", "href") and "//" in v]
    assert all(v.startswith("https://www.wikidata.org/") for v in loaded)  # links only
    # labels and text made of HTML are text: nothing of them opens a tag or an attribute
    assert "<script>alert" not in html and 'onmouseover="alert' not in html
    # dates with their precision ("May 2023", "20 June 2023"), never as stored
    shown = visible_text(html)
    assert not re.search(r"\b\d{4}-\d{2}(-\d{2})?\b", shown), re.findall(
        r".{30}\b\d{4}-\d{2}(?:-\d{2})?\b.{10}", shown)


def test_pages_are_read_only(base: str) -> None:
    request = urllib.request.Request(base + "/entity/place/osterby", data=b"x=1",
                                     method="POST", headers={"Accept": HTML})
    with pytest.raises(urllib.error.HTTPError) as caught:
        urllib.request.urlopen(request, timeout=30)
    assert caught.value.code == 405 and caught.value.headers["Allow"] == "GET, HEAD"


# --- escaping


def test_labels_headlines_and_sentences_holding_html_run_nothing(base: str) -> None:
    status, _, html = fetch(base + "/article/" + urllib.parse.quote(ODD_ID, safe=""))
    assert status == 200
    assert SCRIPT not in html and "script" not in _Tags(html).tags
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; takes Brack&#34; onmouseover=" \
        in html  # the headline, escaped
    assert 'onmouseover="alert' not in html
    # the highlight's title attribute holds the label escaped, so it cannot close itself
    titles = re.findall(r'<mark class="[^"]*" title="([^"]*)"', html)
    assert any("&lt;script&gt;" in t for t in titles)
    assert any("Brack&#34; onmouseover=&#34;alert(1)" in t for t in titles)
    status, _, html = fetch(base + "/search?q=brigade")
    assert status == 200 and "<script" not in html.lower() and "&lt;script&gt;" in html


def test_an_entity_named_with_html_is_escaped_in_its_page_chart_and_json(base: str) -> None:
    key = str(iri.entity_iri("Place", f"Brack{ATTR}"))
    key = key.removeprefix("https://w3id.org/newskg/id/")
    status, _, html = fetch(f"{base}/entity/{key}")
    assert status == 200
    assert 'onmouseover="alert' not in html
    assert "<h1>Brack&#34; onmouseover=&#34;alert(1)" in html
    chart_html = html[html.index('<svg class="timeline-chart"'):html.index("</svg>")]
    assert "May 2023" in chart_html  # a month-precise date, drawn as a bar
    assert "<rect" in chart_html
    status, headers, body = fetch(f"{base}/entity/{key}/graph.json", accept="*/*")
    graph = json.loads(body)
    assert headers["Content-Type"].startswith("application/json")
    assert graph["nodes"][0]["label"] == f"Brack{ATTR}"  # JSON keeps the text, as data
    assert {n["label"] for n in graph["nodes"]} == {f"Brack{ATTR}", f"{SCRIPT} Brigade"}


def test_the_neighbourhood_script_is_served_and_sets_text_only(base: str) -> None:
    status, headers, script = fetch(base + "/static/neighbourhood.js", accept="*/*")
    assert status == 200 and headers["Content-Type"].startswith("text/javascript")
    assert "data-src" in script or "dataset.src" in script
    # labels from the store are set as text: nothing in it parses markup or sets a style
    for unsafe in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write",
                   "setAttribute(\"style\"", "eval(", ".style."):
        assert unsafe not in script, unsafe


# --- the pages


def test_entity_page_of_a_place_leads_with_claims_and_denials(base: str) -> None:
    status, _, html = fetch(base + "/entity/place/osterby")
    assert status == 200
    page = main_of(html)
    assert page.index('id="control"') < page.index('id="timeline"') < page.index('id="items"')
    control = page[page.index('id="control"'):page.index('id="timeline"')]
    assert "Northern Guard" in control and "Dana Holm" in control
    assert "11 June 2023" in control  # a day as a day
    assert 'href="/article/reed-3#' in control
    assert 'id="neighbourhood" data-src="/entity/place/osterby/graph.json"' in page
    assert 'href="/entity/organization/northern-guard"' in page
    status, _, html = fetch(base + "/entity/person/dana-holm")
    assert 'id="control"' not in html  # only a place leads with it
    assert 'href="/entity/organization/farmers-union">Farmers Union</a>' in html  # membership


TEXT_TWIN = ("The River Militia said on Monday that it had seized Osterby. Its mayor denied it. "
             "A councillor rejected the claim.")


def article_twin() -> Extraction:
    """Another place named Osterby (its own IRI: ``scope``), claimed and denied."""
    t = TEXT_TWIN
    militia = Entity("militia", "Organization", "River Militia")
    mayor = Entity("mayor", "Person", "Mayor Olde")
    councillor = Entity("councillor", "Person", "Councillor Prell")
    town = Entity("town", "Place", "Osterby", scope="twin-1")
    monday = DateValue("2023-07-03", "date", "on Monday")
    return Extraction(
        article=Article(id="twin-1", text=t, published="2023-07-04", publisher="Hill Gazette"),
        entities=(militia, mayor, councillor, town),
        events=(Event("seize", "ControlEvent", "seized", words(t, "seized"), sentence(t, 0),
                      agents=("militia",), places=("town",), date=monday,
                      factuality="Claimed"),),
        statements=(
            Statement("claim", "militia", "Assert", "say", "it had seized Osterby",
                      words(t, "it had seized Osterby"), sentence(t, 0), date=monday,
                      proposition="seize"),
            Statement("deny", "mayor", "Deny", "deny", "it", words(t, "it."), sentence(t, 1),
                      proposition="seize", responds_to="claim"),
            # about the place only through the claim it answers (no proposition of its own)
            Statement("reject", "councillor", "Deny", "reject", "the claim",
                      words(t, "the claim"), sentence(t, 2), responds_to="claim"),
        ),
    )


@pytest.fixture(scope="module")
def twins_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The canonical store and a second place named Osterby."""
    root = build_store(tmp_path_factory.mktemp("twins") / "data")
    with GraphStore.open(root) as store:
        ex = article_twin()
        store.replace_graph(iri.article_graph(ex.article.id), extraction_graph(ex))
        store.merge_default_graph()
        reindex(store)
    return root


@pytest.fixture(scope="module")
def twins(twins_dir: Path) -> Iterator[str]:
    with kg_server(ServeConfig(store=twins_dir, port=0, workers=1)) as url:
        yield url


def test_two_places_of_one_name_keep_their_claims_and_denials_apart(twins: str) -> None:
    other = str(iri.entity_iri("Place", "Osterby", scope="twin-1")).rsplit("/", 2)[-1]
    status, _, html = fetch(f"{twins}/entity/place/osterby")
    control = html[html.index('id="control"'):html.index('id="timeline"')]
    assert status == 200 and "Northern Guard" in control and "Dana Holm" in control
    assert "River Militia" not in control and "Mayor Olde" not in control
    status, _, html = fetch(f"{twins}/entity/place/{other}")
    control = html[html.index('id="control"'):html.index('id="timeline"')]
    assert status == 200 and "River Militia" in control and "Mayor Olde" in control
    assert "3 July 2023" in control
    assert "Northern Guard" not in control and "Dana Holm" not in control
    assert "Councillor Prell" in control  # a denial about it through the claim it answers
    status, _, html = fetch(f"{twins}/entity?name=osterby")  # a name of two: the choice
    assert status == 200 and f'href="/entity/place/{other}"' in html
    assert 'href="/entity/place/osterby"' in html and "<script" not in html
    # the question by name has both, as it says
    status, _, html = fetch(f"{twins}/q/claimed-control?place=Osterby")
    assert "River Militia" in html and "Northern Guard" in html


def test_a_places_claims_and_denials_by_iri_are_the_same_with_and_without_the_index(
        twins_dir: Path, tmp_path: Path) -> None:
    """place-claims and place-denials, paged from the index (the named questions' pages
    for the place's IRI) or by the store alone: the same rows, page by page, in the
    same order, for each of two places of one name."""
    bare = tmp_path / "data"
    shutil.copytree(twins_dir, bare)
    (bare / "search.sqlite").unlink()
    answers = []
    for root in (twins_dir, bare):
        pool = WorkerPool(root / "oxigraph", size=1, timeout=60)
        try:
            store = PoolStore(pool, root, max_rows=1000)
            answers.append({(question, key): [run_page(store, question, {
                "place": str(iri.entity_iri("Place", "Osterby", scope=scope)),
                **({"name": "Osterby"} if question == "place-denials" else {})},
                limit=1, offset=offset, directory=pages.SPARQL).result.rows
                for offset in range(3)] for key, scope in (("osterby", ""), ("twin", "twin-1"))
                for question in ("place-claims", "place-denials")})
            if root == twins_dir:  # the index's pages, not the SPARQL alone
                for question in ("place-claims", "place-denials"):
                    query = get_query(question, pages.SPARQL)
                    bindings = bind_params(query, {"place": str(iri.entity_iri(
                        "Place", "Osterby")), **({"name": "Osterby"} if question ==
                                                 "place-denials" else {})})
                    assert _page_from_index(store, query, bindings, pages.SPARQL, limit=5,
                                            offset=0, count=False) is not None
        finally:
            pool.close()
    indexed, alone = answers
    assert indexed == alone
    speakers = {key: [str(row[0]) for page in rows for row in page]
                for key, rows in alone.items()}
    assert speakers == {("place-denials", "osterby"): ["Dana Holm", "Farmers Union"],
                        ("place-denials", "twin"): ["Councillor Prell", "Mayor Olde"],
                        # a denial of the control is a statement of it too
                        ("place-claims", "osterby"): ["Northern Guard", "Farmers Union"],
                        ("place-claims", "twin"): ["River Militia", "Mayor Olde"]}


def test_the_latest_articles_are_the_first_rows_of_latest_articles(
        data_dir: Path, monkeypatch) -> None:
    """The home page's latest articles, read from the articles of the latest days, are
    the whole question's first rows, whatever the page's length; the whole question is
    asked only when the latest days do not hold a page and one more."""
    pool = WorkerPool(data_dir / "oxigraph", size=1, timeout=60)
    try:
        store = PoolStore(pool, data_dir, max_rows=1000)
        whole = run_page(store, "latest-articles", limit=100, directory=pages.SPARQL)
        assert len(whole.result.rows) >= 3
        asked: list[int] = []

        def counted(*args, **kwargs):  # noqa: ANN002, ANN003
            asked.append(kwargs["limit"])
            return run_page(*args, **kwargs)

        monkeypatch.setattr(pages, "run_page", counted)
        for limit in range(1, len(whole.result.rows) + 2):
            page = pages.latest_articles(store, limit)
            assert page.result.columns == whole.result.columns
            assert page.result.rows == whole.result.rows[:limit]
            assert page.more is (len(whole.result.rows) > limit)
        assert 1 not in asked  # the first article: from the latest day's
        assert len(whole.result.rows) + 1 in asked  # a page longer than the store holds
    finally:
        pool.close()


def test_graph_json_has_nodes_and_edges(base: str) -> None:
    status, _, body = fetch(base + "/entity/organization/northern-guard/graph.json", accept="*/*")
    graph = json.loads(body)
    ids = {n["id"] for n in graph["nodes"]}
    assert "https://w3id.org/newskg/id/place/osterby" in ids
    assert all(set(n) == {"id", "label", "type", "href"} for n in graph["nodes"])
    assert all(set(e) >= {"source", "target", "label"} for e in graph["edges"])
    varga = next(e for e in graph["edges"] if e["target"].endswith("/person/ilse-varga"))
    assert "membership" in varga["label"]


def test_the_neighbours_page_through_in_the_list_and_in_graph_json(base: str,
                                                                    monkeypatch) -> None:
    whole = json.loads(fetch(base + "/entity/organization/northern-guard/graph.json",
                             accept="*/*")[2])
    others = [n["id"] for n in whole["nodes"][1:]]
    assert len(others) >= 2 and whole["more"] is False
    monkeypatch.setattr(pages, "NEIGHBOURS", 1)  # the server runs in this process
    seen = []
    for offset in range(len(others)):
        page = json.loads(fetch(base + f"/entity/organization/northern-guard/graph.json?"
                                f"offset={offset}", accept="*/*")[2])
        assert page["nodes"][0]["id"].endswith("/organization/northern-guard")  # the centre
        assert page["more"] is (offset + 1 < len(others)) and page["offset"] == offset
        seen += [n["id"] for n in page["nodes"][1:]]
        status, _, html = fetch(base + f"/entity/organization/northern-guard?neighbours={offset}")
        section = html[html.index('id="neighbours-h"'):html.index('id="articles-h"')]
        graph = "/entity/organization/northern-guard/graph.json"
        assert f'data-src="{graph}{f"?offset={offset}" if offset else ""}"' in section
        assert ('rel="next"' in section) is page["more"]
        assert ('rel="prev"' in section) is (offset > 0)
    assert seen == others  # the pages put together are the whole list, in its order


def test_paging_one_list_of_an_entity_page_keeps_the_others_where_they_were(base: str) -> None:
    status, _, html = fetch(base + "/entity/place/osterby?claims=1&articles=1&offset=0")
    assert status == 200
    links = htmllib.unescape(" ".join(re.findall(r'<a rel="prev" href="([^"]*)"', html)))
    assert "/entity/place/osterby?articles=1&claims=0" in links  # the claims' pager
    assert "/entity/place/osterby?claims=1&articles=0" in links  # the articles'


def test_article_page_shows_the_whole_text_with_highlights_at_their_offsets(base: str) -> None:
    status, _, html = fetch(base + "/article/reed-1")
    assert status == 200
    whole = html[html.index('<div class="article-full" id="article-full">'):]
    whole = whole[:whole.index("</div>")]
    assert htmllib.unescape(re.sub(r"<[^>]+>", "", whole)) == TEXT_A  # all of it, in order
    first = sentence_anchor("The Northern Guard said on Sunday that it had captured the river "
                            "town of Osterby.")
    assert f'<span class="sentence" id="{first}" data-begin="0" data-end="81">' in whole
    assert re.search(r'<mark class="hl hl-cue" title="Reporting verb \(say\)[^"]*" '
                     r'tabindex="0">said</mark>', whole)
    assert re.search(r'<mark class="hl hl-entity" title="Northern Guard \(Organization\)"', whole)
    assert re.search(r'class="hl hl-content hl-trigger" title="ControlEvent \(Claimed\)', whole)
    # a name is marked wherever the text names it, in evidence or not
    osterby = re.findall(r'<mark [^>]*title="Osterby \(Place\)[;"][^>]*>([^<]*)</mark>', whole)
    assert osterby == ["Osterby", "Osterby"] == re.findall("Osterby", TEXT_A)
    # Tab stops on a statement's or event's words, not on every name of the text
    assert '<mark class="hl hl-entity" title="Farmers Union (Organization)">' in whole
    assert "not kept" not in html
    assert 'id="extracted"' in html and "Lakeside Tribune" in html
    assert "12 June 2023" in html and "stored; conforms to the shapes" in html


def test_article_of_a_store_without_the_text_shows_its_evidence_sentences(base: str) -> None:
    status, _, html = fetch(base + "/article/reed-3")
    assert status == 200 and 'id="article-full"' not in html
    anchor = sentence_anchor(evidence(TEXT_C, 0))
    assert f'<p class="sentence" id="{anchor}" data-begin="0" data-end="{len(TEXT_C)}">' in html
    assert "built without the articles’ text" in html
    assert re.search(r'<mark class="hl hl-entity" title="Dana Holm \(Person\)"', html)


def test_article_text_marks_overlapping_and_moved_spans() -> None:
    text = "Ann said the dam broke. Bo said so. Rain fell."
    ann = {"class": "https://w3id.org/newskg/ontology#Statement", "speaker": "Ann",
           "content": "the dam broke", "cue": "say", "evidence": "Ann said the dam broke.",
           "begin": Literal(0), "end": Literal(23)}
    clause = {"class": "https://w3id.org/newskg/ontology#Event", "trigger": "broke",
              "evidence": "the dam broke", "begin": Literal(9), "end": Literal(22)}
    moved = {"class": "https://w3id.org/newskg/ontology#Statement", "speaker": "Bo",
             "content": "so", "cue": "say", "evidence": "Bo said so.",
             "begin": Literal(3), "end": Literal(14)}  # offsets of another text
    lost = {**moved, "evidence": "Nobody said this.", "begin": Literal(0), "end": Literal(17)}
    entities = [{"name": "Bo", "label": "Bo", "kind": "https://w3id.org/newskg/ontology#Person"}]
    out = pages.article_text(text, [ann, clause, moved, lost], entities)
    assert "".join(p.text for s in out for p in s["parts"]) == text
    framed = [(s["begin"], s["end"], s["anchor"], s["also"]) for s in out if s["anchor"]]
    assert framed == [(0, 23, sentence_anchor(ann["evidence"]), [sentence_anchor("the dam broke")]),
                      (24, 35, sentence_anchor("Bo said so."), [])]
    marked = {(p.text, p.classes) for s in out for p in s["parts"] if p.marks}
    assert ("broke", "hl hl-content hl-trigger") in marked and ("Bo", "hl hl-entity") in marked
    assert ("said", "hl hl-cue") in marked


def test_a_quarantined_article_shows_its_record_and_an_unknown_one_is_404(base: str) -> None:
    status, _, html = fetch(base + "/article/held-1")
    assert status == 200 and "quarantined" in html and "feed.xml:3" in html
    status, _, html = fetch(base + "/article/never-seen")
    assert status == 404 and "never-seen" in html and 'id="search"' in html


def test_question_page_pages_links_evidence_and_downloads(base: str) -> None:
    status, _, html = fetch(base + "/q/denials?limit=1")
    assert status == 200
    assert html.count('<tr class="row">') == 1
    assert re.search(r'rows 1–1</span>', html) and 'rel="next"' in html  # never cut silently
    # counted only when asked (a second query as long as the first)
    assert 'id="count-link" href="/q/denials?limit=1&count=1&offset=0"' in htmllib.unescape(html)
    status, _, html = fetch(base + "/q/denials?limit=1&count=1")
    assert re.search(r'rows 1–1 of \d', html) and 'id="count-link"' not in html
    assert 'rel="next" href="/q/denials?limit=1&count=1&offset=1"' in htmllib.unescape(html)
    assert fetch(base + "/q/denials?count=yes")[0] == 400
    assert 'class="evidence-link" href="/article/' in html
    assert 'href="/entity?name=' in html
    status, headers, body = fetch(base + "/q/claimed-control?place=Osterby&format=csv",
                                  accept="*/*")
    rows = list(csv.DictReader(io.StringIO(body)))
    assert status == 200 and headers["Content-Type"].startswith("text/csv")
    assert {r["speaker"] for r in rows} == {"Northern Guard", "Farmers Union"}
    assert headers["Content-Length"] is None  # streamed
    assert headers["Transfer-Encoding"] == "chunked"
    status, headers, body = fetch(base + "/q/denials?format=json&limit=1", accept="*/*")
    answer = json.loads(body)
    assert answer["more"] is True and "offset=1" in answer["next"]
    assert len(answer["rows"]) == 1 and set(answer["rows"][0]) == set(answer["columns"])
    assert 'rel="next"' in headers["Link"]
    status, _, html = fetch(base + "/q/denials")
    total = int(re.search(r"(\d+) rows", html)[1])
    status, _, body = fetch(base + "/q/denials?format=json", accept="*/*")
    assert len(json.loads(body)["rows"]) == total  # the count is the rows'


def test_downloads_are_streamed_in_pieces_that_make_the_whole(monkeypatch) -> None:
    monkeypatch.setattr(pages, "CHUNK_ROWS", 2)
    columns = ["speaker", "content"]
    rows = [(Literal(f"S{n}"), None if n % 2 else Literal(f'say "{n}",\nmore')) for n in range(5)]
    pieces = list(pages._csv_chunks(columns, rows))
    assert len(pieces) == 3  # the header with the first two rows, two, one
    assert b"".join(pages._csv_chunks(columns, [])) == b"speaker,content\r\n"
    assert list(csv.reader(io.StringIO(b"".join(pieces).decode()))) == [
        columns, *[["" if v is None else str(v) for v in row] for row in rows]]
    head = {"question": "q", "columns": columns, "more": False}
    for some in (rows, rows[:1], []):
        whole = json.loads(b"".join(pages._json_chunks(head, columns, some)))
        assert whole == {**head, "rows": [
            {"speaker": str(a), "content": "" if b is None else str(b)}
            for a, b in some]}


def test_question_errors_are_pages(base: str) -> None:
    status, _, html = fetch(base + "/q/no-such-question")
    assert status == 404 and "unknown query" in html
    status, _, html = fetch(base + "/q/claimed-control?plcae=Osterby")
    assert status == 400 and "plcae" in html
    status, _, html = fetch(base + "/q/claimed-control")
    assert status == 200 and "Fill in the required fields" in html
    status, _, html = fetch(base + "/q/view-items")
    assert status == 404


def test_entity_by_name_redirects_to_its_page(base: str) -> None:
    opener = urllib.request.build_opener(_NoRedirect)
    request = urllib.request.Request(base + "/entity?name=the%20guard",
                                     headers={"Accept": HTML})
    with pytest.raises(urllib.error.HTTPError) as caught:
        opener.open(request, timeout=30)
    assert caught.value.code == 303
    assert caught.value.headers["Location"] == "/entity/organization/northern-guard"
    status, _, html = fetch(base + "/entity?name=Nobody%20At%20All")
    assert status == 404


def test_without_a_search_index_names_are_found_in_the_store(bare: str) -> None:
    status, _, html = fetch(bare + "/search?q=guard")
    assert status == 200 and "only names are searched" in html
    assert 'class="result-link" href="/entity/organization/northern-guard"' in html
    opener = urllib.request.build_opener(_NoRedirect)
    with pytest.raises(urllib.error.HTTPError) as caught:
        opener.open(urllib.request.Request(bare + "/entity?name=HOLM",
                                           headers={"Accept": HTML}), timeout=30)
    assert caught.value.headers["Location"] == "/entity/person/dana-holm"


# --- the token


def test_the_token_protects_the_pages_and_not_the_endpoint(locked: str) -> None:
    status, headers, html = fetch(locked + "/entity/place/osterby")
    assert status == 401 and headers["WWW-Authenticate"].startswith("Basic")
    assert "Osterby" not in main_of(html).split("</h1>", 1)[1]  # nothing of the store
    assert fetch(locked + "/static/explorer.css", accept="*/*")[0] == 401
    for path in (*PAGES, "/sparql", "/entity/place/osterby/graph.json", "/q/denials?format=csv",
                 "/static/neighbourhood.js"):  # every page and file, whatever it is
        status, _, body = fetch(locked + path)
        assert status == 401 and "Osterby" not in body.split("</h1>", 1)[-1], path
    wrong = {"Authorization": "Bearer not-the-token"}
    assert fetch(locked + "/entity/place/osterby", headers=wrong)[0] == 401
    bearer = {"Authorization": f"Bearer {TOKEN}"}
    assert fetch(locked + "/entity/place/osterby", headers=bearer)[0] == 200
    basic = base64.b64encode(f"anyone:{TOKEN}".encode()).decode()
    assert fetch(locked + "/", headers={"Authorization": f"Basic {basic}"})[0] == 200
    bad = base64.b64encode(b"anyone:guess").decode()
    assert fetch(locked + "/", headers={"Authorization": f"Basic {bad}"})[0] == 401
    assert fetch(locked + "/", headers={"Authorization": "Basic %%%"})[0] == 401
    # the SPARQL endpoint and /search JSON stay as they were: open for reading
    assert fetch(locked + "/search?q=osterby", accept="application/json")[0] == 200


# --- /static/


def test_static_files_have_their_type_and_nothing_outside_is_served(base: str) -> None:
    status, headers, css = fetch(base + "/static/explorer.css", accept="*/*")
    assert status == 200 and headers["Content-Type"] == "text/css; charset=utf-8"
    assert "@media" in css
    status, headers, _ = fetch(base + "/static/favicon.svg", accept="*/*")
    assert status == 200 and headers["Content-Type"] == "image/svg+xml"
    for path in ("/static/../pages.py", "/static/%2e%2e/pages.py", "/static/..%2fpages.py",
                 "/static/", "/static/nothing.css", "/static/.hidden", "/static/explorer.py"):
        assert fetch(base + path, accept="*/*")[0] == 404, path
    assert pages.static("explorer.css").status == 200
    for name in ("../pages.py", "../../kg/cli.py", "/etc/passwd", "a//b.css", "x\\..\\y.css"):
        with pytest.raises(pages.RequestError):
            pages.static(name)


# --- units


@pytest.mark.parametrize(("value", "shown"), [
    ("2021", "2021"), ("2021-09", "September 2021"), ("2021-09-06", "6 September 2021"),
    ("2021-09-06T14:05:00Z", "6 September 2021, 14:05 UTC"), ("soon", "soon"), (None, ""),
    ("2021-09-06T14:05:00+00:00", "6 September 2021, 14:05 UTC"),
    ("2021-09-06T14:05:00+02:00", "6 September 2021, 14:05 +02:00"),
])
def test_dates_are_shown_with_their_precision(value: object, shown: str) -> None:
    assert show_date(value) == shown


def test_question_cells_show_dates_with_their_precision_typed_or_not() -> None:
    row = {"firstDate": "2021-09", "lastDate": "2021-09-06T14:05:00Z",
           "date": Literal("2021", datatype=XSD.gYear), "content": "2021-09"}
    shown = {c["column"]: c["text"] for c in pages.cells(row, tuple(row))}
    assert shown == {"firstDate": "September 2021", "lastDate": "6 September 2021, 14:05 UTC",
                     "date": "2021", "content": "2021-09"}  # words stay words


def test_overlapping_marks_are_cut_into_flat_parts() -> None:
    parts = marked_parts("Guard took Osterby.", [Mark(0, 18, "content", "c"),
                                                 Mark(11, 18, "entity", "e")])
    assert [(p.text, p.classes) for p in parts] == [
        ("Guard took ", "hl hl-content"), ("Osterby", "hl hl-content hl-entity"), (".", "")]


def test_chart_places_days_as_dots_and_months_as_bars() -> None:
    drawn = chart.timeline([
        {"date": "2023-05", "class": "nkg:ControlEvent", "factuality": "nkg:Claimed",
         "content": "x", "article": "a", "evidence": "s"},
        {"date": "2023-06-11", "class": "https://w3id.org/newskg/ontology#Statement",
         "stance": "https://w3id.org/newskg/ontology#Deny", "content": "y", "article": "b",
         "evidence": "t"},
        {"date": None, "class": "x"},
    ])
    assert drawn is not None and len(drawn.shapes) == 2
    bar, dot = drawn.shapes
    assert bar.width > 0 and dot.width == 0 and dot.colour == chart.COLOURS["Deny"]
    assert dot.y == chart.LANES["Statements"] and bar.y == chart.LANES["Events"]
    assert chart.timeline([]) is None


def test_browsers_get_html_and_programs_json() -> None:
    assert pages.wants_html(HTML)
    assert not pages.wants_html("*/*")
    assert not pages.wants_html("application/json")
    assert not pages.wants_html("application/json, text/html;q=0.5")
    assert not pages.wants_html("text/html;q=0")


def test_what_the_home_page_reads_from_the_whole_store_is_kept_until_it_changes(
        tmp_path: Path) -> None:
    (tmp_path / "oxigraph").mkdir()
    log = tmp_path / "oxigraph" / "000001.log"
    log.write_bytes(b"a")
    explorer = pages.Explorer(None, root=tmp_path, token=None, timeout=1, max_rows=10)
    calls: list[int] = []

    def compute() -> int:
        calls.append(1)
        return len(calls)

    assert explorer._once("x", compute) == 1
    assert explorer._once("x", compute) == 1  # the store has not changed: kept
    log.write_bytes(b"ab")  # a committed write grows the write-ahead log
    assert explorer._once("x", compute) == 2


def test_a_question_asked_of_the_whole_store_is_kept_and_one_with_parameters_is_not(
        data_dir: Path, monkeypatch) -> None:
    pool = WorkerPool(data_dir / "oxigraph", size=1, timeout=60)
    try:
        explorer = pages.Explorer(pool, root=data_dir, token=None, timeout=60, max_rows=1000)
        answered: list[dict] = []
        answer = explorer._answer

        def counted(query, values, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003
            answered.append(values)
            return answer(query, values, *args, **kwargs)

        monkeypatch.setattr(explorer, "_answer", counted)

        def ask(query: str) -> bytes:
            reply = explorer.handle({"QUERY_STRING": query}, "/q/denials", "GET")
            assert reply.status == 200
            return reply.body

        whole = ask("")
        assert ask("") == whole and b'<tr class="row">' in whole
        ask("about=&speaker=")  # parameters left empty: the same rows
        assert ask("offset=1") != whole  # another page is another entry
        assert answered == [{}, {}]
        ask("about=Osterby")
        ask("about=Osterby")
        assert answered[2:] == [{"about": "Osterby"}] * 2  # with a parameter: asked each time
        for n in range(pages.KEPT + 5):  # no more than KEPT pages are kept
            explorer._once(f"x{n}", lambda: 0)
        assert len(explorer._kept) == pages.KEPT
    finally:
        pool.close()
