"""The web page in a real browser: headless Chromium through chromedriver (selenium).

Chromium draws the claims view of the invented story (tests/view_corpus.py): the
nodes render (counted by the viewer and seen in a screenshot), hovering a denial edge
shows its evidence sentence and article, the search box finds a node, a label full of
HTML and script runs nothing, and the browser makes no request beyond the file itself
(read from Chromium's own network log).

Chromium comes from Debian's ``chromium`` and ``chromium-driver`` packages. When they
are missing and the tests run as root, the ``browser`` fixture installs them with
apt-get (tests/chromium.py); otherwise these tests are skipped, saying why.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from chromium import chromium
from PIL import Image
from view_corpus import HOLT, SEIZE, UNION, build_store

from kg.store import GraphStore
from kg.views import build
from kg.views.facts import load_facts
from kg.viz import write
from kg.viz.style import bend

EVIL = '<script>window.__pwned=1</script><img src="x" onerror="window.__pwned=2">'


@pytest.fixture(scope="session")
def browser(tmp_path_factory) -> Iterator:
    yield from chromium(tmp_path_factory)


@pytest.fixture(scope="module")
def facts(tmp_path_factory):
    root = build_store(tmp_path_factory.mktemp("browser") / "store")
    with GraphStore.open(root, read_only=True) as gs:
        return load_facts(gs)


def open_page(driver, path: Path) -> list[str]:
    """Load ``path``, wait until the viewer has drawn, and return every URL requested."""
    driver.get_log("performance")  # drop what earlier pages logged
    driver.get(path.as_uri())
    deadline = time.monotonic() + 20
    while driver.execute_script("return document.body.dataset.ready") != "true":
        assert time.monotonic() < deadline, "the viewer never drew the graph"
        time.sleep(0.1)
    time.sleep(0.3)  # let a late request, if any, reach the log
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            params = message["params"]
            url = params["request"]["url"]
            # the browser's own pages (a late new-tab page, say) are not the page's requests
            ours = url == path.as_uri() or params.get("documentURL") == path.as_uri()
            if ours and not url.startswith(BROWSER_INTERNAL):
                urls.append(url)
    return urls


BROWSER_INTERNAL = ("chrome://", "chrome-extension://", "devtools://", "about:")


def canvas_offset(driver, node: str) -> tuple[int, int]:
    """Where ``node`` is drawn, as an offset from the canvas's centre (for ActionChains)."""
    x, y = driver.execute_script("return window.kgView.screenPoint(arguments[0])", node)
    box = driver.execute_script(
        "const b = document.getElementById('graph').getBoundingClientRect();"
        "return [b.left + b.width / 2, b.top + b.height / 2];")
    return round(x - box[0]), round(y - box[1])


def test_page_draws_every_node_and_requests_nothing(browser, facts, tmp_path: Path) -> None:
    graph = build(facts, "claims")
    page = tmp_path / "claims.html"
    write(graph, page)
    urls = open_page(browser, page)
    assert urls == [page.as_uri()], f"the page made requests: {urls}"
    assert browser.execute_script("return window.kgView.nodeCount") == len(graph)
    canvas = browser.find_element("id", "graph")
    assert int(canvas.get_attribute("data-drawn-nodes")) == len(graph)
    assert int(canvas.get_attribute("data-drawn-edges")) == graph.number_of_edges()
    shot = tmp_path / "claims-screenshot.png"
    assert browser.save_screenshot(str(shot))
    with Image.open(shot) as img:
        pixels = np.asarray(img.convert("RGB"), dtype=int)
    organisation, event = _count(pixels, (0xDD, 0x84, 0x52)), _count(pixels, (0x81, 0x72, 0xB3))
    assert organisation > 50 and event > 30, "node colours not seen in the screenshot"
    legend = browser.find_element("id", "legend").text
    assert "Organization" in legend and "Deny" in legend
    errors = [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]
    assert errors == []


def _count(pixels: np.ndarray, colour: tuple[int, int, int]) -> int:
    """Pixels within 12 of ``colour`` in each channel."""
    return int((np.abs(pixels - np.array(colour)) <= 12).all(axis=2).sum())


def test_hover_shows_evidence_and_article_and_search_finds(browser, facts, tmp_path) -> None:
    from selenium.webdriver.common.action_chains import ActionChains

    page = tmp_path / "claims.html"
    write(build(facts, "claims", focus=["Port Alder"]), page)
    open_page(browser, page)
    canvas = browser.find_element("id", "graph")
    tooltip = browser.find_element("id", "tooltip")
    ActionChains(browser).move_to_element_with_offset(canvas, *canvas_offset(browser, UNION)) \
        .perform()
    assert tooltip.is_displayed() and "River Union" in tooltip.text
    # the middle of the denial edge: halfway along its arc from the union to the event
    (ux, uy), (ex, ey) = canvas_offset(browser, UNION), canvas_offset(browser, SEIZE)
    half = bend(0) / 2  # a quadratic curve passes half way to its control point
    mid = ((ux + ex) / 2 - (ey - uy) * half, (uy + ey) / 2 + (ex - ux) * half)
    ActionChains(browser).move_to_element_with_offset(canvas, round(mid[0]), round(mid[1])) \
        .perform()
    assert "The River Union denied the claims." in tooltip.text
    assert "Source: alder-1 — Guard takes port" in tooltip.text
    assert "Deny" in tooltip.text
    search = browser.find_element("id", "search")
    search.send_keys("marin")
    assert browser.find_element("id", "matches").text == "1 match"
    search.clear()
    search.send_keys("zzz")
    assert browser.find_element("id", "matches").text == "0 matches"


def test_a_label_full_of_markup_runs_nothing(browser, facts, tmp_path: Path) -> None:
    from selenium.webdriver.common.action_chains import ActionChains

    graph = build(facts, "claims")
    graph.nodes[HOLT]["label"] = EVIL
    graph.graph["title"] = "</title><script>window.__pwned=3</script>"
    for *_, data in graph.edges(data=True):
        data["evidence"] = "</script><script>window.__pwned=4</script>"
    page = tmp_path / "evil.html"
    write(graph, page)
    urls = open_page(browser, page)
    assert urls == [page.as_uri()], f"the page made requests: {urls}"
    assert browser.execute_script("return window.__pwned === undefined")
    assert browser.execute_script("return document.querySelectorAll('img').length") == 0
    assert browser.execute_script("return document.scripts.length") == 2
    canvas = browser.find_element("id", "graph")
    ActionChains(browser).move_to_element_with_offset(canvas, *canvas_offset(browser, HOLT)) \
        .perform()
    tooltip = browser.find_element("id", "tooltip")
    assert EVIL in tooltip.text  # shown as text, not run
    assert browser.execute_script("return window.__pwned === undefined")
    assert "</title><script>" in browser.title
