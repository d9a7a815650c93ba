"""The explorer in a real browser: headless Chromium (selenium) against the real ``kg serve``.

The store is the canonical one (tests/canonical_graph.py) and one more invented article
whose names and words are HTML and script that would set ``window.__pwned``. The
``serve`` fixture runs ``kg serve`` as a process on a free 127.0.0.1 port and stops it
after the module. Each page is checked for console errors (Chromium's browser log, CSP
violations included) and for requests that went anywhere but that server (its
performance log); screenshots go to build/screenshots/ and must not be blank.

Chromium comes from Debian's packages, installed on demand like in test_viz_browser.py.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

import numpy as np
import pytest
from canonical_graph import ARTICLES, TEXT_C, build_store, sentence, words
from chromium import chromium
from PIL import Image
from sparql_servers import wait_until_up

from kg import iri
from kg.rdf import add_bookkeeping, extraction_graph
from kg.records import Article, DateValue, Entity, Event, Extraction, Statement
from kg.search import reindex
from kg.store import GraphStore

SHOTS = Path(__file__).resolve().parents[1] / "build" / "screenshots"
TOKEN = "browser-token-for-tests"
SCRIPT = "<script>window.__pwned=1</script>"
ATTR = '" onmouseover="window.__pwned=2" x="'
IMG = '<img src="/static/x" onerror="window.__pwned=3">'
TEXT_X = (f"The {SCRIPT} Brigade said it had captured Brack{ATTR} last month. "
          f"Officials in Brack{ATTR} denied it {IMG}.")
BROWSER_INTERNAL = ("chrome://", "chrome-extension://", "devtools://", "about:", "data:")


def article_x() -> Extraction:
    """Names, headline and words made of HTML and script: none of it may run."""
    t = TEXT_X
    brigade = Entity("brigade", "Organization", f"{SCRIPT} Brigade")
    place = Entity("brack", "Place", f"Brack{ATTR}")
    may = DateValue("2023-05", "gYearMonth", "last month")
    return Extraction(
        article=Article(id="evil-1", text=t, published="2023-06-20", publisher="Lakeside Tribune",
                        title=f"{SCRIPT} takes Brack{ATTR}"),
        entities=(brigade, place),
        events=(Event("capture", "ControlEvent", "captured", words(t, "captured"),
                      sentence(t, 0), agents=("brigade",), places=("brack",), date=may,
                      factuality="Claimed"),),
        statements=(
            Statement("claim", "brigade", "Assert", "said", f"it had captured Brack{ATTR}",
                      words(t, f"it had captured Brack{ATTR}"), sentence(t, 0), date=may,
                      proposition="capture"),
        ),
    )


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = build_store(tmp_path_factory.mktemp("explorer-browser") / "data")
    with GraphStore.open(root) as store:
        for make in (*ARTICLES, article_x):  # with their text, as a build stores them
            ex = make()
            graph = extraction_graph(ex)
            add_bookkeeping(graph, ex.article, content_hash="h",
                            ingested_at=dt.datetime(2023, 6, 21, 10, tzinfo=dt.UTC))
            store.replace_graph(iri.article_graph(ex.article.id), graph)
        store.merge_default_graph()
        reindex(store)
    return root


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def kg_serve(root: Path, *extra: str) -> Iterator[str]:
    """``kg serve`` as its own process on a free loopback port; stopped after."""
    port = free_port()
    kg = Path(sys.executable).with_name("kg")
    command = [str(kg), "serve", "--store", str(root), "--port", str(port), "--workers", "1",
               *extra]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(f"{base}/query", seconds=60, alive=lambda: process.poll() is None)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        process.stderr.close()


@pytest.fixture(scope="module")
def serve(data_dir: Path) -> Iterator[str]:
    yield from kg_serve(data_dir)


@pytest.fixture(scope="module")
def locked(data_dir: Path) -> Iterator[str]:
    yield from kg_serve(data_dir, "--token", TOKEN)


@pytest.fixture(scope="module")
def browser(tmp_path_factory) -> Iterator:
    yield from chromium(tmp_path_factory)


# --- what every page must pass


def requests_of(driver) -> list[dict]:
    """The requests logged since the last call: url and the headers actually sent."""
    sent: dict[str, dict] = {}
    order: list[str] = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        params = message["params"]
        if message["method"] == "Network.requestWillBeSent":
            url = params["request"]["url"]
            if url.startswith(BROWSER_INTERNAL):
                continue
            # the headers sent may be logged before or after this (ExtraInfo)
            sent.setdefault(params["requestId"], {"url": url, "headers": {}})["url"] = url
            order.append(params["requestId"])
        elif message["method"] == "Network.requestWillBeSentExtraInfo":
            request = sent.setdefault(params["requestId"], {"url": "", "headers": {}})
            request["headers"].update({k.lower(): v for k, v in params["headers"].items()})
    return [sent[rid] for rid in order]


def check_page(driver, base: str) -> list[dict]:
    """No console error, every request to ``base``; returns the requests."""
    time.sleep(0.3)  # let a late request or message reach the logs
    errors = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    assert errors == [], f"console errors on {driver.current_url}: {errors}"
    requests = requests_of(driver)
    server = urlsplit(base)
    outside = [r["url"] for r in requests
               if (urlsplit(r["url"]).scheme, urlsplit(r["url"]).hostname,
                   urlsplit(r["url"]).port) != (server.scheme, server.hostname, server.port)]
    assert outside == [], f"requests beyond {base}: {outside}"
    return requests


def shoot(driver, name: str) -> Path:
    """A screenshot in build/screenshots/NAME.png, checked not blank (pixel variance)."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"{name}.png"
    assert driver.save_screenshot(str(path))
    with Image.open(path) as img:
        pixels = np.asarray(img.convert("L"), dtype=float)
    assert pixels.std() > 8, f"the screenshot of {name} is blank (std {pixels.std():.1f})"
    return path


def go(driver, url: str) -> None:
    driver.get_log("performance")
    driver.get_log("browser")
    driver.get(url)


def wait_for(driver, script: str, what: str, seconds: float = 60) -> object:
    deadline = time.monotonic() + seconds
    while not (value := driver.execute_script(script)):
        assert time.monotonic() < deadline, f"{what} never happened"
        time.sleep(0.1)
    return value


def result_cells(driver) -> list[str]:
    return driver.execute_script(
        "return [...document.querySelectorAll('#yasgui .yasr table.dataTable tbody td')]"
        ".map(td => td.textContent)")


# --- the pages


def test_sparql_page_runs_a_query_and_shows_its_rows(browser, serve: str) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    go(browser, serve + "/sparql")
    wait_for(browser, "return document.getElementById('yasgui').dataset.ready", "YASGUI")
    editor = browser.execute_script("return window.newskgYasgui.getTab().getYasqe().getValue()")
    assert "PREFIX nkg: <https://w3id.org/newskg/ontology#>" in editor
    assert "nkg:Statement" in editor
    assert browser.find_element(By.CSS_SELECTOR, "#yasgui .CodeMirror .cm-keyword")  # highlighted
    # the first query, run with the button
    browser.find_element(By.CSS_SELECTOR, "#yasgui .yasqe_queryButton").click()
    wait_for(browser, "return document.querySelector('#yasgui .yasr table.dataTable tbody td')",
             "the first query's table")
    assert "Dana Holm" in " ".join(result_cells(browser))
    requests = check_page(browser, serve)
    assert any(r["url"] == serve + "/query" for r in requests), "the query did not go to /query"
    shoot(browser, "sparql")
    # a query of our own, run with Ctrl-Enter
    browser.execute_script(
        "window.newskgYasgui.getTab().getYasqe().setValue(arguments[0])",
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
        'SELECT ?name WHERE { ?e rdfs:label ?name FILTER(?name = "Osterby") }')
    browser.find_element(By.CSS_SELECTOR, "#yasgui .CodeMirror-code").click()  # focus it
    ActionChains(browser).key_down(Keys.CONTROL).send_keys(Keys.ENTER).key_up(Keys.CONTROL) \
        .perform()
    # the first table's rows name Osterby too: wait for the new table, not for the word
    wait_for(browser, "const c = [...document.querySelectorAll('#yasgui .yasr tbody td')]"
             ".map(td => td.textContent.trim());"
             "return c.includes('Osterby') && !c.some(t => t.includes('Dana Holm'))",
             "the own query's row")
    assert "Dana Holm" not in " ".join(result_cells(browser))
    check_page(browser, serve)


def test_search_entity_statement_article_walk(browser, serve: str) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    go(browser, serve + "/")
    box = browser.find_element(By.ID, "search-q")
    box.send_keys("Dana Holm", Keys.ENTER)
    wait_for(browser, "return document.querySelector('#results a.result-link')", "results")
    check_page(browser, serve)
    shoot(browser, "search")
    link = next(a for a in browser.find_elements(By.CSS_SELECTOR, "#results a.result-link")
                if "/entity/" in a.get_attribute("href"))
    go(browser, link.get_attribute("href"))  # navigating by click would race the log reset
    assert browser.find_element(By.ID, "entity")
    assert "Dana Holm" in browser.find_element(By.TAG_NAME, "h1").text
    check_page(browser, serve)
    shoot(browser, "entity")
    evidence = browser.find_element(By.CSS_SELECTOR, "#items tr.item a.evidence-link")
    target = evidence.get_attribute("href")
    browser.get_log("performance")
    browser.get_log("browser")
    evidence.click()
    wait_for(browser, "return document.getElementById('article')", "the article page")
    assert urlsplit(browser.current_url).path.startswith("/article/")
    fragment = urlsplit(target).fragment
    assert fragment.startswith("s-")
    sentence = browser.find_element(By.CSS_SELECTOR,
                                    f"#article-text #article-full span.sentence#{fragment}")
    marks = sentence.find_elements(By.CSS_SELECTOR, "mark.hl")
    assert marks, "the evidence sentence has no highlight"
    assert "never entered Osterby" in sentence.text
    # the whole text, not the sentences alone
    assert browser.find_element(By.ID, "article-full").text == TEXT_C
    assert browser.execute_script("return location.hash") == f"#{fragment}"
    assert browser.execute_script(  # the browser scrolled to it: it is on the screen
        "const b = arguments[0].getBoundingClientRect();"
        "return b.top >= 0 && b.top < window.innerHeight", sentence)
    check_page(browser, serve)
    shoot(browser, "article")


def test_labels_and_text_holding_markup_run_nothing(browser, serve: str) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    found = []
    for name in ("Brigade", "Brack"):
        go(browser, serve + f"/search?q={name}")
        found += [a.get_attribute("href") for a in
                  browser.find_elements(By.CSS_SELECTOR, "#results a.result-link")]
    entities = {href for href in found if "/entity/" in href}
    assert len(entities) >= 2, f"the markup's entities not found: {found}"  # brigade, Brack
    for page in [serve + "/search?q=Brigade", *sorted(entities), serve + "/article/evil-1"]:
        go(browser, page)
        assert browser.execute_script("return document.readyState") == "complete"
        for element in browser.find_elements(By.CSS_SELECTOR, "main a, main mark, main td")[:40]:
            if element.is_displayed():
                ActionChains(browser).move_to_element(element).perform()
        assert browser.execute_script("return window.__pwned === undefined"), page
        # the script is text on the page, not an element
        assert "<script>window.__pwned=1</script>" in browser.find_element(By.ID, "main").text
        assert browser.execute_script(
            "return [...document.scripts].every(s => s.src.startsWith(location.origin + "
            "'/static/'))"), page
        check_page(browser, serve)


def links_heard(driver, selector: str) -> list[str]:
    """The names of the links a screen reader finds inside ``selector`` (Chromium's
    accessibility tree, through the DevTools protocol: what is hidden from it is not
    there)."""
    root = driver.execute_cdp_cmd("DOM.getDocument", {"depth": 0})["root"]["nodeId"]
    node = driver.execute_cdp_cmd("DOM.querySelector", {"nodeId": root, "selector": selector})
    found = driver.execute_cdp_cmd("Accessibility.queryAXTree",
                                   {"nodeId": node["nodeId"], "role": "link"})
    return [n.get("name", {}).get("value", "") for n in found["nodes"] if not n.get("ignored")]


def graph_of(base: str, page: str) -> dict:
    with urllib.request.urlopen(f"{base}{page}/graph.json") as reply:
        return json.loads(reply.read())


def test_entity_page_draws_its_neighbourhood_and_a_node_leads_to_its_page(
        browser, serve: str) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    graph = graph_of(serve, "/entity/organization/northern-guard")
    assert len(graph["nodes"]) >= 3
    go(browser, serve + "/entity/organization/northern-guard")
    drawn = wait_for(browser, "return document.getElementById('neighbourhood').dataset.drawn",
                     "the neighbourhood graph")
    assert drawn == str(len(graph["nodes"]))
    nodes = browser.find_elements(By.CSS_SELECTOR, "#neighbourhood svg .node")
    assert len(nodes) == len(graph["nodes"])
    edges = browser.find_elements(By.CSS_SELECTOR, "#neighbourhood svg g.edge")
    assert len(edges) == len(graph["edges"]) > 0
    hrefs = {a.get_dom_attribute("href") for a in nodes}
    assert hrefs == {n["href"] for n in graph["nodes"]}
    # coloured by type: a place and a person differ
    fills = browser.execute_script(
        "const f = t => { const c = document.querySelector("
        "'#neighbourhood a.node-' + t + ' circle'); return c && getComputedStyle(c).fill; };"
        "return [f('Place'), f('Person')]")
    assert fills[0] and fills[1] and fills[0] != fills[1]
    # the list is hidden once the graph is drawn: a screen reader hears each neighbour
    # once, as a link of the graph (Chromium's accessibility tree, not the DOM, says so)
    listed = browser.find_element(By.CSS_SELECTOR, "#neighbourhood ul.neighbours")
    assert listed.get_dom_attribute("hidden") is not None and not listed.is_displayed()
    heard = links_heard(browser, "#neighbourhood")
    assert sorted(heard) == sorted(
        f"{n['label']} ({n['type']})" + (f": {words}" if (words := next(
            (e["label"] for e in graph["edges"] if n["id"] in (e["target"],)), "")) else "")
        for n in graph["nodes"]), heard
    box = browser.execute_script("return document.querySelector('#neighbourhood svg')"
                                 ".getBoundingClientRect().toJSON()")
    assert box["width"] > 400 and box["height"] > 200
    # an edge's words on hover: its <title>
    titles = browser.execute_script("return [...document.querySelectorAll("
                                    "'#neighbourhood g.edge > title')].map(t => t.textContent)")
    assert any("shared item" in t for t in titles), titles
    check_page(browser, serve)
    browser.execute_script("document.getElementById('neighbourhood').scrollIntoView()")
    shoot(browser, "entity-neighbourhood")
    # Tab goes through the graph's nodes, then past the hidden list; Enter follows a node
    browser.execute_script("const h = document.getElementById('neighbours-h');"
                           "h.tabIndex = -1; h.focus()")
    tabbed = []
    for _ in range(len(nodes) + 1):
        browser.switch_to.active_element.send_keys(Keys.TAB)
        tabbed.append(browser.execute_script(
            "const a = document.activeElement;"
            "return [a.closest('svg') !== null, a.getAttribute('href'), "
            "a.closest('#neighbourhood') !== null]"))
    assert all(in_svg for in_svg, _, _ in tabbed[:-1]), tabbed
    assert {href for _, href, _ in tabbed[:-1]} == hrefs
    assert tabbed[-1][2] is False, f"Tab went into the hidden list: {tabbed}"
    link = browser.find_element(By.CSS_SELECTOR,
                                "#neighbourhood svg a[href='/entity/place/osterby']")
    browser.execute_script("arguments[0].focus()", link)
    assert browser.execute_script("return document.activeElement === arguments[0]", link)
    browser.switch_to.active_element.send_keys(Keys.ENTER)
    wait_for(browser, "return location.pathname === '/entity/place/osterby'"
             " && document.getElementById('entity')", "the node's entity page")
    assert "Osterby" in browser.find_element(By.TAG_NAME, "h1").text
    # and clicking a node there lands on its page too
    wait_for(browser, "return document.getElementById('neighbourhood').dataset.drawn",
             "the second graph")
    guard = "#neighbourhood svg a[href='/entity/organization/northern-guard'] circle"
    browser.find_element(By.CSS_SELECTOR, guard).click()
    wait_for(browser, "return location.pathname === '/entity/organization/northern-guard'"
             " && document.getElementById('entity')", "the clicked node's page")
    check_page(browser, serve)


def test_a_graph_label_holding_script_runs_nothing(browser, serve: str) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    go(browser, serve + "/search?q=Brack")
    page = next(a.get_attribute("href") for a in
                browser.find_elements(By.CSS_SELECTOR, "#results a.result-link")
                if "/entity/place/" in a.get_attribute("href"))
    path = urlsplit(page).path
    graph = graph_of(serve, path)
    assert any(SCRIPT in n["label"] for n in graph["nodes"])
    go(browser, page)
    wait_for(browser, "return document.getElementById('neighbourhood').dataset.drawn",
             "the neighbourhood graph")
    nodes = browser.find_elements(By.CSS_SELECTOR, "#neighbourhood svg .node")
    assert len(nodes) == len(graph["nodes"])
    for node in nodes:
        ActionChains(browser).move_to_element(node).perform()
    texts = browser.execute_script("return [...document.querySelectorAll("
                                   "'#neighbourhood svg title, #neighbourhood svg text')]"
                                   ".map(t => t.textContent)")
    assert any(SCRIPT in t for t in texts), texts  # the label is text, whole in the title
    assert any(f"Brack{ATTR}" in t for t in texts), texts
    assert browser.execute_script("return document.querySelectorAll("
                                  "'#neighbourhood svg script, #neighbourhood svg [onmouseover]')"
                                  ".length") == 0
    assert browser.execute_script("return window.__pwned === undefined")
    check_page(browser, serve)


BRACK, BRIGADE = quote(f"Brack{ATTR}"), quote(f"{SCRIPT} Brigade")
#: Each canonical question asked with parameters, the names made of script where the
#: question takes a name.
ASKED = (f"claimed-control?place={BRACK}", f"claims-about?entity={BRIGADE}",
         f"corroboration?about={BRACK}&type=ControlEvent", "counts", f"denials?about={BRACK}",
         "disputes?about=Osterby", "entities?type=Place", f"events-at?place={BRACK}",
         f"first-report?about={BRACK}", "links?outcome=Linked",
         "members?organization=Northern+Guard", "said-on?outlet=Lakeside+Tribune",
         f"statements-by?actor={BRIGADE}", f"timeline?entity={BRIGADE}",
         f"who-said-what?about={BRACK}")


@pytest.mark.parametrize("page", [
    "/", "/sparql", "/search?q=Osterby", "/search?q=brigade&offset=1", "/entity/place/osterby",
    "/entity/organization/northern-guard?offset=1", "/article/reed-3", "/article/evil-1",
    "/q/denials?about=Osterby", "/q/denials", "/q/claimed-control",
    *[f"/q/{q}" for q in ASKED]])
def test_no_horizontal_scroll_at_a_phones_width(browser, serve: str, page: str) -> None:
    """Every page at a phone's width: nothing wider than the screen, nothing of the
    labels and text made of script runs, no console error, no outside request."""
    browser.set_window_size(375, 812)
    try:
        go(browser, serve + page)
        if page == "/sparql":
            wait_for(browser, "return document.getElementById('yasgui').dataset.ready", "YASGUI")
        width = browser.execute_script("return document.documentElement.clientWidth")
        scroll = browser.execute_script("return document.documentElement.scrollWidth")
        assert scroll <= width, f"{page} scrolls sideways at 375 px: {scroll} > {width}"
        if page == "/entity/place/osterby":
            shoot(browser, "entity-phone")
        assert browser.execute_script("return window.__pwned === undefined"), page
        check_page(browser, serve)
    finally:
        browser.set_window_size(1280, 900)


def test_keyboard_reaches_the_search_box_and_enter_submits(browser, serve: str) -> None:
    from selenium.webdriver.common.keys import Keys

    go(browser, serve + "/entity/place/osterby")
    body = browser.switch_to.active_element
    reached = []
    for _ in range(6):
        body.send_keys(Keys.TAB) if not reached else browser.switch_to.active_element.send_keys(
            Keys.TAB)
        active = browser.switch_to.active_element
        reached.append(active.get_attribute("id") or active.text)
        if active.get_attribute("id") == "search-q":
            break
    # the skip link first, then the search box (the links home and to /sparql follow it)
    assert reached == ["Skip to content", "search-q"], f"Tab went {reached}"
    browser.switch_to.active_element.send_keys("Osterby", Keys.ENTER)
    wait_for(browser, "return document.getElementById('results')", "the results page")
    assert urlsplit(browser.current_url).path == "/search"
    assert unquote(urlsplit(browser.current_url).query) == "q=Osterby"
    check_page(browser, serve)


def test_with_a_token_the_pages_and_the_editors_queries_carry_it(browser, locked: str) -> None:
    # (without the token the pages are a 401: tests/test_explorer.py)
    host = urlsplit(locked).netloc
    go(browser, f"http://reader:{TOKEN}@{host}/sparql")  # the browser keeps it for the site
    wait_for(browser, "return document.getElementById('yasgui').dataset.ready", "YASGUI")
    browser.find_element("css selector", "#yasgui .yasqe_queryButton").click()
    wait_for(browser, "return document.querySelector('#yasgui .yasr table.dataTable tbody td')",
             "the first query's table")
    requests = check_page(browser, locked)
    expected = "Basic " + base64.b64encode(f"reader:{TOKEN}".encode()).decode()
    query = [r for r in requests if r["url"] == locked + "/query"]
    assert query and all(r["headers"].get("authorization") == expected for r in query)
    # (the page and its files came with the URL's credentials: they loaded, not 401)
    assert browser.execute_script("return typeof Yasgui") == "function"
    # and a page opened later, without the token in the URL: its graph.json comes too
    go(browser, locked + "/entity/place/osterby")
    assert browser.find_element("id", "entity")
    drawn = wait_for(browser, "return document.getElementById('neighbourhood').dataset.drawn",
                     "the neighbourhood graph")
    assert drawn.isdigit(), drawn
    check_page(browser, locked)


def test_sparql_page_is_for_browsers_only_and_its_policy_allows_styles_only(serve: str) -> None:
    request = urllib.request.Request(serve + "/sparql", headers={"Accept": "text/html"})
    with urllib.request.urlopen(request) as reply:
        policy = reply.headers["Content-Security-Policy"]
        html = reply.read().decode()
    assert "style-src 'self' 'unsafe-inline'" in policy
    assert "script-src 'self';" in policy and "connect-src 'self'" in policy
    assert 'id="yasgui" data-endpoint="query"' in html and "PREFIX nkg: &lt;" in html
    request = urllib.request.Request(serve + "/", headers={"Accept": "text/html"})
    with urllib.request.urlopen(request) as home:  # other pages keep the strict policy
        assert "'unsafe-inline'" not in home.headers["Content-Security-Policy"]
        assert 'href="/sparql"' in home.read().decode()
    with pytest.raises(urllib.error.HTTPError) as refused:  # not HTML: as before, no page
        urllib.request.urlopen(serve + "/sparql")
    assert refused.value.code == 404
