"""Every input format: JSON arrays, front matter, HTML, RSS/Atom, WARC, CSV, globs, stdin.

Each test writes a real file of the format into ``tmp_path`` and reads it through
``loaders.load``, the public entry point, asserting on the ``Article`` records.
"""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest
from loader_files import FERRY, QUOTAS, page, rss, write_jsonl, write_warc

import loaders
from kg.errors import LoaderError
from kg.records import Article, Rejection
from loaders.fields import make_id


def run(paths, **options) -> tuple[list[Article], list[Rejection]]:
    rejected: list[Rejection] = []
    articles = list(loaders.load(paths, on_reject=rejected.append, **options))
    return articles, rejected


# --- the registry


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("a.jsonl", "jsonl"), ("a.ndjson", "jsonl"), ("a.json", "json"), ("a.txt", "text"),
        ("a.md", "text"), ("a.html", "html"), ("a.HTM", "html"), ("a.xml", "feed"),
        ("a.rss", "feed"), ("a.atom", "feed"), ("a.warc", "warc"), ("crawl.warc.gz", "warc"),
        ("a.csv", "csv"), ("a.gz", None), ("a.log", None), ("README", None),
    ],
)
def test_format_of_a_file_is_its_extension_double_ones_first(name: str, expected) -> None:
    assert loaders.format_of(Path(name)) == expected


def test_every_registered_format_imports_its_loader() -> None:
    for name in loaders.LOADERS:
        assert callable(loaders.get_loader(name))
    assert set(loaders.EXTENSIONS.values()) <= set(loaders.LOADERS)


# --- JSON arrays


def test_json_array_yields_each_object_with_its_item_number(tmp_path: Path) -> None:
    path = tmp_path / "export.json"
    path.write_text(json.dumps([
        {"id": "f-1", "headline": "Ferries resume", "articleBody": FERRY,
         "datePublished": "2024-03-11", "url": "https://herald.example/f-1"},
        {"id": "q-1", "body": QUOTAS, "author": [{"name": "Edda Sund"}, "Tor Aasen"]},
    ]), encoding="utf-8")
    articles, rejected = run([path])
    assert rejected == []
    assert [(a.id, a.source, a.title, a.published, a.author) for a in articles] == [
        ("f-1", f"{path}:1", "Ferries resume", "2024-03-11", None),
        ("q-1", f"{path}:2", None, None, "Edda Sund; Tor Aasen"),
    ]
    assert articles[0].text == FERRY and articles[0].url == "https://herald.example/f-1"


def test_json_single_object_is_one_article(tmp_path: Path) -> None:
    path = tmp_path / "one.json"
    path.write_text(json.dumps({"id": "solo", "text": QUOTAS}), encoding="utf-8")
    [article], rejected = run([path])
    assert (article.id, article.source, rejected) == ("solo", str(path), [])


def test_json_array_is_read_lazily(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    path.write_text("[" + json.dumps({"id": "first", "text": FERRY}) + ", {broken", "utf-8")
    rejected: list[Rejection] = []
    stream = loaders.load([path], on_reject=rejected.append)
    assert next(stream).id == "first"
    assert rejected == []  # the broken element is not read yet
    assert list(stream) == [] and rejected[0].position == "item 2"


# --- plain text with front matter


def test_front_matter_gives_metadata_and_is_not_part_of_the_text(tmp_path: Path) -> None:
    path = tmp_path / "ferry.md"
    path.write_text(
        "---\n"
        'title: "Ferries resume"\n'
        "published: 2024-03-11\n"
        "url: https://herald.example/ferry\n"
        "author: Edda Sund\n"
        "# a comment\n"
        "---\n\n" + FERRY + "\n",
        encoding="utf-8",
    )
    [article], rejected = run([path])
    assert rejected == []
    assert (article.id, article.title, article.published, article.url, article.author) == (
        "ferry", "Ferries resume", "2024-03-11", "https://herald.example/ferry", "Edda Sund")
    assert article.text == FERRY + "\n"


def test_sidecar_wins_over_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "quotas.txt"
    path.write_text("---\nid: from-front-matter\ntitle: Old title\n---\n" + QUOTAS, "utf-8")
    (tmp_path / "quotas.json").write_text(json.dumps({"title": "New title"}), "utf-8")
    [article] = run([path])[0]
    assert (article.id, article.title, article.text) == ("from-front-matter", "New title", QUOTAS)


@pytest.mark.parametrize(
    "text",
    [
        "---\n" + FERRY,  # never closed
        "---\nA line that is prose, not metadata.\n---\n" + FERRY,
        "--- a rule, not a fence\ntitle: x\n---\n" + FERRY,
    ],
)
def test_text_that_only_looks_like_front_matter_is_kept_whole(tmp_path: Path, text: str) -> None:
    path = tmp_path / "plain.txt"
    path.write_text(text, encoding="utf-8")
    [article] = run([path])[0]
    assert article.text == text and article.title is None


# --- HTML pages


def test_html_page_gives_main_text_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "saved-page.html"
    url = "https://herald.example/news/ferries-resume"
    path.write_text(page([FERRY, QUOTAS], title="Ferries resume", canonical=url,
                         site="Harbour Herald", author="Edda Sund",
                         published="2024-03-11T09:30:00+01:00"), encoding="utf-8")
    [article], rejected = run([path])
    assert rejected == []
    assert article == Article(
        id=make_id(url, article.text), text=FERRY + "\n" + QUOTAS, url=url,
        title="Ferries resume", published="2024-03-11", publisher="Harbour Herald",
        source=str(path), author="Edda Sund",
    )


def test_html_page_without_canonical_url_is_named_by_its_stem(tmp_path: Path) -> None:
    path = tmp_path / "quotas.htm"
    path.write_text(page([QUOTAS]), encoding="utf-8")
    [article], rejected = run([path])
    assert (article.id, article.url, article.publisher, rejected) == ("quotas", None, None, [])
    assert "Home" not in article.text and "All rights reserved" not in article.text


# --- RSS and Atom


def test_rss_entries_take_full_content_else_the_summary_marked_as_such(tmp_path: Path) -> None:
    path = tmp_path / "herald.rss"
    path.write_text(rss([
        {"guid": "hh-1", "title": "Ferries resume", "link": "https://herald.example/hh-1",
         "pubDate": "Mon, 11 Mar 2024 09:30:00 +0100",
         "author": "desk@herald.example (Edda Sund)", "description": "A short teaser.",
         "content": f"<p>{FERRY}</p><p>{QUOTAS}</p>"},
        {"guid": "hh-2", "title": "Quota protest", "link": "https://herald.example/hh-2",
         "description": f"<p>{QUOTAS}</p>"},
    ]), encoding="utf-8")
    articles, rejected = run([path])
    assert rejected == []
    full, teaser = articles
    assert (full.id, full.url, full.title, full.published, full.author, full.publisher) == (
        "hh-1", "https://herald.example/hh-1", "Ferries resume", "2024-03-11T09:30:00+01:00",
        "Edda Sund", "Harbour Herald")
    assert (full.text, full.summary_only, full.language, full.source) == (
        FERRY + "\n" + QUOTAS, False, "en-gb", f"{path}:1")
    assert (teaser.id, teaser.text, teaser.summary_only) == ("hh-2", QUOTAS, True)


def test_atom_feed_entries_are_articles(tmp_path: Path) -> None:
    path = tmp_path / "herald.atom"
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>'
        '<feed xmlns="http://www.w3.org/2005/Atom"><title>Island Post</title>'
        "<id>urn:island-post</id><updated>2024-03-12T08:00:00Z</updated>"
        "<entry><id>urn:island-post:7</id><title>Quota protest</title>"
        '<link href="https://post.example/7"/><updated>2024-03-12T08:00:00Z</updated>'
        "<published>2024-03-12T07:45:00Z</published><author><name>Edda Sund</name></author>"
        f'<content type="html">&lt;p&gt;{QUOTAS}&lt;/p&gt;</content></entry></feed>',
        encoding="utf-8",
    )
    [article], rejected = run([path])
    assert rejected == []
    assert (article.id, article.url, article.published, article.author, article.publisher) == (
        "urn:island-post:7", "https://post.example/7", "2024-03-12T07:45:00Z", "Edda Sund",
        "Island Post")
    assert (article.text, article.summary_only) == (QUOTAS, False)


# --- WARC archives


@pytest.mark.parametrize("gzip", [True, False], ids=["warc.gz", "warc"])
def test_warc_html_responses_become_articles_with_target_uri_and_date(
    tmp_path: Path, gzip: bool
) -> None:
    path = write_warc(tmp_path / ("crawl.warc.gz" if gzip else "crawl.warc"), [
        {"uri": "https://herald.example/a?utm=x", "body": page([FERRY], title="Ferries resume",
                                                               canonical="https://herald.example/a"),
         "date": "2024-03-13T08:00:00Z"},
        {"uri": "https://herald.example/logo.png", "body": b"\x89PNG\r\n\x1a\n\x00",
         "type": "image/png"},
        {"uri": "https://herald.example/gone", "body": page([QUOTAS]), "status": 404},
        {"uri": "https://herald.example/b", "body": page([QUOTAS]),
         "date": "2024-03-13T08:05:00Z"},
    ], gzip=gzip)
    articles, rejected = run([path])
    assert rejected == []
    assert [(a.url, a.retrieved, a.source, a.text) for a in articles] == [
        ("https://herald.example/a", "2024-03-13T08:00:00Z", f"{path}:1", FERRY),
        ("https://herald.example/b", "2024-03-13T08:05:00Z", f"{path}:4", QUOTAS),
    ]
    assert articles[1].id == make_id("https://herald.example/b", QUOTAS)


def test_warc_page_is_decoded_by_the_charset_of_its_http_header(tmp_path: Path) -> None:
    text = QUOTAS.replace("Fishermen", "Fishermen of Sjöby")
    path = write_warc(tmp_path / "latin.warc.gz", [
        {"uri": "https://post.example/9", "body": page([text]).encode("latin-1"),
         "type": "text/html; charset=iso-8859-1"},
    ])
    [article] = run([path])[0]
    assert "Sjöby" in article.text


# --- CSV


def test_csv_rows_are_articles_with_metadata_by_column_name(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text(
        "ID,Title,Body,Date,URL\n"
        f'f-1,Ferries resume,"{FERRY}",2024-03-11,https://herald.example/f-1\n'
        f'q-1,"Quota protest, day two","{QUOTAS}",2024-03-12,\n',
        encoding="utf-8",
    )
    articles, rejected = run([path])
    assert rejected == []
    assert [(a.id, a.title, a.published, a.url, a.source) for a in articles] == [
        ("f-1", "Ferries resume", "2024-03-11", "https://herald.example/f-1", f"{path}:2"),
        ("q-1", "Quota protest, day two", "2024-03-12", None, f"{path}:3"),
    ]
    assert [a.text for a in articles] == [FERRY, QUOTAS]


def test_csv_text_column_named_by_option_and_semicolons(tmp_path: Path) -> None:
    path = tmp_path / "notes.csv"
    path.write_text(f"id;story;notes\nn-1;{FERRY};checked\n", encoding="utf-8")
    articles, [rejection] = run([path])
    assert articles == [] and "name one with --text-column" in rejection.reason
    [article] = run([path], text_column="Story")[0]
    assert (article.id, article.text) == ("n-1", FERRY)


def test_csv_quoted_text_over_several_lines_keeps_line_numbers_true(tmp_path: Path) -> None:
    path = tmp_path / "multi.csv"
    path.write_text(f'id,text\na,"{FERRY}\n\n{QUOTAS}"\nb,"{QUOTAS}"\n', encoding="utf-8")
    articles, _ = run([path])
    assert [(a.id, a.source) for a in articles] == [("a", f"{path}:2"), ("b", f"{path}:5")]
    assert articles[0].text == f"{FERRY}\n\n{QUOTAS}"


# --- globs and standard input


def test_glob_patterns_expand_in_sorted_order(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text(QUOTAS, encoding="utf-8")
    (tmp_path / "a.txt").write_text(FERRY, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.txt").write_text(FERRY, encoding="utf-8")
    (tmp_path / "d.md").write_text(QUOTAS, encoding="utf-8")
    assert [a.id for a in run([str(tmp_path / "*.txt")])[0]] == ["a", "b"]
    assert [a.id for a in run([str(tmp_path / "**" / "*.txt")])[0]] == ["a", "b", "c"]
    with pytest.raises(LoaderError, match="no file matches"):
        loaders.load([str(tmp_path / "*.html")])


@pytest.mark.parametrize(
    ("format", "data", "expected"),
    [
        ("json", json.dumps([{"id": "s-1", "text": FERRY}]).encode(), ["s-1"]),
        ("csv", f'id,text\ns-2,"{QUOTAS}"\n'.encode(), ["s-2"]),
        ("html", page([FERRY], canonical="https://herald.example/s").encode(),
         [make_id("https://herald.example/s", FERRY)]),
        ("feed", rss([{"guid": "s-4", "description": QUOTAS}]).encode(), ["s-4"]),
    ],
)
def test_stdin_in_any_format(monkeypatch: pytest.MonkeyPatch, format: str, data: bytes,
                             expected: list[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    articles, rejected = run(["-"], format=format)
    assert [a.id for a in articles] == expected and rejected == []


def test_stdin_warc_is_streamed(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    path = write_warc(tmp_path / "in.warc.gz", [{"uri": "https://herald.example/w",
                                                  "body": page([FERRY])}])
    stdin = io.TextIOWrapper(io.BufferedReader(io.BytesIO(path.read_bytes())), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    [article] = run(["-"], format="warc")[0]
    assert (article.url, article.source) == ("https://herald.example/w", "-:1")


def test_folder_of_mixed_formats_loads_each_by_its_extension(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "a.jsonl", {"id": "from-jsonl", "text": FERRY})
    (tmp_path / "b.html").write_text(page([QUOTAS]), encoding="utf-8")
    (tmp_path / "c.csv").write_text(f'id,text\nfrom-csv,"{FERRY}"\n', encoding="utf-8")
    (tmp_path / "d.json").write_text(json.dumps([{"id": "from-json", "text": QUOTAS}]), "utf-8")
    (tmp_path / "e.rss").write_text(rss([{"guid": "from-rss", "description": FERRY}]), "utf-8")
    write_warc(tmp_path / "f.warc.gz",
               [{"uri": "https://herald.example/f", "body": page([QUOTAS])}])
    (tmp_path / "g.txt").write_text(FERRY, encoding="utf-8")
    articles, rejected = run([tmp_path])
    assert rejected == []
    assert [a.id for a in articles] == [
        "from-jsonl", "b", "from-csv", "from-json", "from-rss",
        make_id("https://herald.example/f", QUOTAS), "g",
    ]
