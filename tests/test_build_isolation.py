"""Nothing stops a build (issue 12, points 1, 2 and 10).

One folder holds every input that used to stop a build or lose articles, each between
good articles, in every format: URLs that are no valid IRI (``…_by_45%``,
``http://[::1``, a NUL, ``%%%``, ``%zz``) through JSON Lines, front matter, a sidecar,
an RSS ``<link>``, CSV and a WARC target; lone surrogates in an id, a title and a text;
a line nested 100,000 deep; an integer of 5,000 digits; a publication date ``0000``; a
CSV quote left open; a JSON array with a BOM, ``1e99999`` and a 30-digit integer; a
CR-only JSON Lines file; a file of unknown type; a linked folder and a link loop; a
WARC response to a ``dns:`` target; an article on which extraction raises. The real
pipeline builds it: every good article is stored, every bad input is recorded with its
reason and position, and the summary accounts for each line and row.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from loader_files import FERRY, QUOTAS, page, rss, write_warc

import kg.extract
import kg.pipeline
from kg.pipeline import build
from kg.store import GraphStore

BAD_URLS = {
    "u-45": "https://en.wikinews.org/wiki/General_Motors_automobile_sales_plunge_by_45%",
    "u-v6": "http://[::1",
    "u-nul": "http://news.example/a\x00b",
    "u-pct": "http://news.example/%%%",
    "u-zz": "http://news.example/%zz",
}


def good(n: int) -> str:
    """A distinct English article text (no two are duplicates)."""
    return f"{FERRY if n % 2 else QUOTAS} The harbour office filed report number {n}."


def jsonl_lines() -> list[str]:
    lines = [json.dumps({"id": "j-1", "text": good(1)})]
    for n, (key, url) in enumerate(BAD_URLS.items(), start=2):
        lines.append(json.dumps({"id": key, "url": url, "text": good(n)}))
    lines.append('{"id": "deep", "text": ' + "[" * 100_000 + "]" * 100_000 + "}")
    lines.append(json.dumps({"id": "cut\ud83d", "title": "Harbour \ud83d",
                             "text": good(10) + " \ud83d"}))  # \ud83d escapes, as cut
    lines.append('{"id": "huge", "n": ' + "7" * 5000 + ', "text": "x"}')
    lines.append(json.dumps({"id": "year-0", "published": "0000", "text": good(11)}))
    lines.append('{"id": "torn", "text": "The harbour')
    lines.append(json.dumps({"id": "crash-me", "text": good(12)}))
    lines.append(json.dumps({"id": "j-last", "text": good(13)}))
    return lines


def write_corpus(root: Path) -> Path:
    corpus, outside = root / "corpus", root / "outside"
    corpus.mkdir()
    outside.mkdir()
    (corpus / "a.jsonl").write_text("\n".join(jsonl_lines()) + "\n", encoding="utf-8")
    (corpus / "b.md").write_text(f"---\nid: front\nurl: http://[::1/front\n---\n{good(14)}\n",
                                 encoding="utf-8")
    (corpus / "c.txt").write_text(good(15), encoding="utf-8")
    (corpus / "c.json").write_text(json.dumps({"id": "side", "url": "http://news.example/%zz/c"}),
                                   encoding="utf-8")
    (corpus / "d.xml").write_text(rss([
        {"guid": "rss-1", "link": "http://news.example/%%%/1", "description": good(16)},
        {"guid": "rss-empty", "title": "Nothing to read"},
        {"guid": "rss-3", "link": "https://news.example/sales_by_45%", "description": good(17)},
    ]), encoding="utf-8")
    (corpus / "e.csv").write_text(
        "id,url,text\n"
        f'csv-1,http://news.example/%zz/e,"{good(18)}"\n'
        'csv-open,https://news.example/open,"a quote left open\n'
        f'csv-3,https://news.example/e3,"{good(19)}"\n', encoding="utf-8")
    elements = [
        '{"id": "arr-1", "score": 1e99999, "text": "' + good(20) + '"}',
        '{"id": "arr-huge", "n": ' + "9" * 5000 + ', "text": "x"}',
        '{"id": "arr-3", "views": 123456789012345678901234567890, "text": "' + good(21) + '"}',
    ]
    (corpus / "f.json").write_bytes(b"\xef\xbb\xbf[" + ", ".join(elements).encode() + b"]")
    (corpus / "g.jsonl").write_bytes("\r".join(
        json.dumps({"id": f"mac-{n}", "text": good(n)}) for n in (22, 23)).encode() + b"\r")
    (corpus / "h.pdf").write_bytes(b"%PDF-1.4 not an article")
    (outside / "linked.txt").write_text(good(24), encoding="utf-8")
    (corpus / "i").symlink_to(outside, target_is_directory=True)
    (corpus / "loop").symlink_to(corpus, target_is_directory=True)
    write_warc(corpus / "j.warc", [
        {"uri": "dns:news.example", "body": "20240313 news.example 192.0.2.1"},
        {"uri": "http://news.example/a b%", "body": page([good(25)])},
    ], gzip=False)
    return corpus


#: Ids of the good articles whose id the input gives (the WARC page's id is its URL's hash).
STORED_IDS = {"j-1", *BAD_URLS, "cut\ufffd", "year-0", "j-last", "front", "side", "rss-1",
              "rss-3", "csv-1", "csv-3", "arr-1", "arr-3", "mac-22", "mac-23", "linked"}
#: (file name, position) of every rejected input.
REJECTED = {
    ("a.jsonl", "line 7"), ("a.jsonl", "line 9"), ("a.jsonl", "line 11"),
    ("d.xml", "entry 2"), ("e.csv", "line 3"), ("f.json", "item 2"), ("h.pdf", None),
    ("loop", None), ("j.warc", "record 1 (offset 0)"),
}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("isolation")
    corpus = write_corpus(root)
    real = kg.extract.extract

    def crashing(doc, *, article):
        if article.id == "crash-me":
            raise ValueError("bad span [295, 293)")  # what the engine once raised
        return real(doc, article=article)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(kg.extract, "extract", crashing)
        summary = build([corpus], store=root / "store")
    return summary, corpus, root / "store"


def records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line]


def test_every_good_article_is_stored(built) -> None:
    summary, _, store = built
    with GraphStore.open(store, read_only=True) as gs:
        rows = gs.select("SELECT ?id WHERE { ?a <https://schema.org/identifier> ?id }").rows
    ids = {str(r[0]) for r in rows}
    assert ids >= STORED_IDS and len(ids) == len(STORED_IDS) + 1  # and the WARC page
    assert summary.stored == len(STORED_IDS) + 1


def test_every_bad_input_is_recorded_with_its_reason_and_position(built) -> None:
    summary, corpus, store = built
    found = {(Path(r["source"]).name, r["position"]) for r in records(store / "rejected.jsonl")
             if r.get("article") is None}
    assert found == REJECTED
    (failed,) = [r for r in records(store / "rejected.jsonl") if r.get("article")]
    assert failed["article"] == "crash-me" and failed["source"] == f"{corpus / 'a.jsonl'}:12"
    assert failed["reason"] == "extraction failed: ValueError: bad span [295, 293)"


def test_the_summary_accounts_for_every_line_and_row(built) -> None:
    summary, _, _ = built
    assert (summary.rejected, summary.failed, summary.quarantined) == (len(REJECTED), 1, 0)
    assert (summary.duplicates, summary.unchanged) == (0, 0)
    assert summary.seen == (summary.stored + summary.unchanged + summary.duplicates
                            + summary.quarantined + summary.failed + summary.rejected)
    assert summary.seen == len(STORED_IDS) + 1 + 1 + len(REJECTED)


def test_every_problem_is_one_line_naming_its_input(built) -> None:
    summary, corpus, _ = built
    assert len(summary.problems) == len(REJECTED) + 1
    for problem in summary.problems:
        assert "\n" not in problem and str(corpus) in problem, problem
    assert f"failed {corpus / 'a.jsonl'}:12 (id 'crash-me'): extraction failed: " in "\n".join(
        summary.problems)


def test_urls_that_are_no_iri_are_stored_as_iris_and_kept_as_given(built) -> None:
    _, _, store = built
    with GraphStore.open(store, read_only=True) as gs:
        rows = gs.select(
            "SELECT ?id ?url ?given WHERE { ?a <https://schema.org/identifier> ?id ; "
            "<https://w3id.org/newskg/ontology#sourceUrl> ?given . "
            "OPTIONAL { ?a <https://schema.org/url> ?url } }").rows
    kept = {str(i): (str(u) if u is not None else None, str(g)) for i, u, g in rows}
    for key, url in BAD_URLS.items():
        made, given = kept[key]
        assert given == url and made is not None and made != url
    assert kept["u-45"][0] == BAD_URLS["u-45"][:-1] + "%25"


def test_a_library_that_does_not_import_costs_only_the_files_that_need_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # as when lxml_html_clean is missing
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.jsonl").write_text(json.dumps({"id": "j", "text": good(1)}) + "\n", "utf-8")
    (corpus / "b.html").write_text(page([good(2)]), encoding="utf-8")
    write_warc(corpus / "c.warc.gz", [{"uri": "https://news.example/c", "body": page([good(3)])}])
    (corpus / "d.xml").write_text(rss([{"guid": "r", "description": good(4)}]), "utf-8")
    summary = build([corpus], store=tmp_path / "store")
    assert (summary.stored, summary.rejected) == (2, 2)
    html = [p for p in summary.problems if "b.html" in p or "c.warc.gz" in p]
    assert len(html) == 2
    assert all("reading HTML needs trafilatura, which does not import (import of trafilatura "
               "halted; None in sys.modules)" in p for p in html)


def test_an_item_with_a_bad_span_is_left_out_not_its_article(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The engine once built a span ``[295, 293)`` (a quote glued to the word before it,
    then a dateline): that one statement is left out, with a warning, and the rest of
    the article is stored."""
    import dataclasses

    import kg.extract

    real = kg.extract.find_statements

    def one_reversed(doc, *args):
        drafts = real(doc, *args)
        begin, end = drafts[0].content
        drafts[0] = dataclasses.replace(drafts[0], content=(end, begin), content_text=None)
        return drafts

    monkeypatch.setattr(kg.extract, "find_statements", one_reversed)
    text = ("PORT ELIN (Harbour Wire): Chairman Jonas Lindqvist said on Monday that the strike "
            "was as“a media invention”. Union leader Edda Sund said on Tuesday that the strike "
            "would go on.")
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"id": "glued", "text": text}) + "\n", encoding="utf-8")
    from kg.extract import extract
    from kg.nlp import load_pipeline
    from kg.records import Article

    ex = extract(load_pipeline()(text), article=Article(id="glued", text=text))
    assert len(ex.statements) >= 1 and len(ex.warnings) == 1
    assert ex.warnings[0].startswith("item 0 left out: bad span [")
    assert [s.content for s in ex.statements] == ["the strike would go on"]
    summary = build([corpus], store=tmp_path / "store")
    assert (summary.stored, summary.failed, summary.statements) == (1, 0, 1)
