"""IRIs are made, never trusted (issue 12, point 2).

Whatever string comes from outside (a URL, an id, a name, with lone surrogates, NUL,
``%``, brackets, spaces, bidi marks), every IRI newskg makes of it is accepted by
pyoxigraph and by rdflib, and every text reaches the store as valid UTF-8. A URL that
already is an IRI is kept exactly.
"""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from rdflib import Graph, Literal, URIRef

import loaders
from kg import iri
from kg.rdf import extraction_graph
from kg.records import Article, Extraction
from kg.store import GraphStore
from kg.vocab import NKG, SCHEMA

#: Any code point at all, surrogates and controls included (``st.text()`` leaves out
#: the surrogates by default).
ANY_CHAR = st.characters(codec=None, categories=None)
ANY_TEXT = st.text(alphabet=ANY_CHAR, max_size=60)
#: Strings built from the characters that break IRIs, so that they meet often.
HOSTILE = st.lists(st.sampled_from(
    list("%[]:/?#@ <>\"{}|\\^`\x00\ud83d\u200f\u202eé中aZ09-._~") + ["%zz", "%4", "%41"]),
    max_size=30).map("".join)


def accepted_by_both(made: URIRef) -> None:
    """pyoxigraph parses it as an IRI; rdflib keeps it without a warning and reads it
    back from N-Triples unchanged."""
    ox.NamedNode(str(made))
    assert URIRef(str(made)) == made
    g = Graph()
    g.add((made, SCHEMA.url, made))
    back = Graph().parse(data=g.serialize(format="nt"), format="nt")
    assert set(back) == set(g)


@given(st.one_of(ANY_TEXT, HOSTILE, HOSTILE.map(lambda s: "http://" + s),
                 HOSTILE.map(lambda s: "https://news.example/" + s)))
@example("https://en.wikinews.org/wiki/General_Motors_automobile_sales_plunge_by_45%")
@example("http://[::1")
@example("http://news.example/a\x00b")
@example("http://news.example/%%%")
@example("http://news.example/%zz")
@example("http://news.example/\ud83d")
@example("http://news.example/\u200fright-to-left")
@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
def test_every_iri_made_of_a_url_is_accepted_by_pyoxigraph_and_rdflib(url: str) -> None:
    made = iri.web_iri(url)
    if made is not None:
        accepted_by_both(made)


@given(HOSTILE)
@settings(max_examples=300)
def test_a_web_url_with_any_path_makes_an_iri(path: str) -> None:
    made = iri.web_iri("https://news.example/" + path)
    assert made is not None and str(made).startswith("https://news.example/")
    accepted_by_both(made)


@pytest.mark.parametrize("url", [
    "https://en.wikinews.org/wiki/General_Motors_automobile_sales_plunge_by_45%",
    "http://[::1", "http://news.example/a\x00b", "http://news.example/%%%",
    "http://news.example/%zz", "http://news.example/story?q=a b#frag#more",
])
def test_the_urls_that_stopped_builds_become_iris(url: str) -> None:
    made = iri.web_iri(url)
    assert made is not None and str(made) != url
    accepted_by_both(made)


@pytest.mark.parametrize("url", [
    "https://herald.example/f-1",
    "https://de.wikipedia.org/wiki/Stra%C3%9Fe",
    "https://ja.example/記事/1?x=1#top",
    "http://[2001:db8::1]:8080/a",
    "urn:uuid:2ff2b571-a504-4325-a91a-b81b5b30dfbd",
    "mailto:desk@herald.example",
])
def test_a_url_that_is_an_iri_is_kept_exactly(url: str) -> None:
    assert iri.web_iri(url) == URIRef(url)


@pytest.mark.parametrize("url", ["not a url", "", "   ", "/relative/path", "%zz"])
def test_a_string_without_a_scheme_makes_no_iri(url: str) -> None:
    assert iri.web_iri(url) is None


@given(ANY_TEXT, st.sampled_from(["Person", "Organization", "Place"]), ANY_TEXT)
@settings(max_examples=300)
def test_every_iri_minted_from_ids_and_names_is_accepted(name: str, etype: str,
                                                         article_id: str) -> None:
    for made in (iri.entity_iri(etype, name), iri.article_iri(article_id),
                 iri.article_graph(article_id), iri.item_iri("statement", article_id, 3, name)):
        accepted_by_both(made)


@given(ANY_TEXT)
def test_valid_text_is_valid_utf8_and_leaves_valid_text_alone(text: str) -> None:
    clean = iri.valid_text(text)
    clean.encode("utf-8")
    if not any(0xD800 <= ord(c) <= 0xDFFF for c in text):
        assert clean is text


def graph_of(article: Article) -> Graph:
    return extraction_graph(Extraction(article=article))


@given(id_=ANY_TEXT.filter(str.strip), url=st.one_of(ANY_TEXT, HOSTILE.map(
    lambda s: "http://" + s)), title=ANY_TEXT, text=ANY_TEXT.filter(str.strip))
@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
def test_any_input_record_reaches_the_store_as_valid_utf8(tmp_path_factory, id_: str, url: str,
                                                          title: str, text: str) -> None:
    """A JSON Lines record of arbitrary strings, through the loader and the mapping into
    the store: the store takes the graph, and every literal it gives back is valid UTF-8."""
    folder = tmp_path_factory.mktemp("utf8")
    line = json.dumps({"id": id_, "url": url, "title": title, "text": text})  # \\udXXX escapes
    path = folder / "c.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    articles = list(loaders.load([path], languages=(), on_reject=lambda r: None))
    if not articles:
        return
    [article] = articles
    graph = graph_of(article)
    with GraphStore.open(folder / "store") as gs:
        gs.replace_graph(iri.article_graph(article.id), graph)
        for quad in gs.store.quads_for_pattern(None, None, None, None):
            for term in (quad.subject, quad.predicate, quad.object):
                term.value.encode("utf-8")


def test_an_article_keeps_its_url_as_given_when_the_iri_differs() -> None:
    url = "https://en.wikinews.org/wiki/Sales_plunge_by_45%"
    g = graph_of(Article(id="a", text="Sales fell.", url=url))
    a = iri.article_iri("a")
    assert g.value(a, SCHEMA.url) == URIRef(url[:-1] + "%25")
    assert g.value(a, NKG.sourceUrl) == Literal(url)
    plain = graph_of(Article(id="b", text="Sales fell.", url="https://herald.example/b"))
    assert plain.value(iri.article_iri("b"), NKG.sourceUrl) is None


def test_records_with_lone_surrogates_are_appended_as_valid_utf8(tmp_path: Path) -> None:
    from kg.store import append_record

    path = tmp_path / "rejected.jsonl"
    append_record(path, {"snippet": "cut \ud83d"})
    assert json.loads(path.read_bytes().decode("utf-8"))["snippet"] == "cut ?"
