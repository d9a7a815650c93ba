"""Loaders: files, folders and standard input in, Article records and rejections out."""

from __future__ import annotations

import io
import json
import logging
import sys
from pathlib import Path

import pytest

import loaders
from kg.errors import LoaderError
from kg.iri import digest
from kg.records import Article, Rejection
from loaders.fields import normalise_published


def write_jsonl(path: Path, *lines: object) -> Path:
    """Each item is a record (dumped as JSON) or a raw string line."""
    path.write_text(
        "".join((x if isinstance(x, str) else json.dumps(x)) + "\n" for x in lines),
        encoding="utf-8",
    )
    return path


def run(paths, **options) -> tuple[list[Article], list[Rejection]]:
    rejected: list[Rejection] = []
    articles = list(loaders.load(paths, on_reject=rejected.append, **options))
    return articles, rejected


# --- JSON Lines


def test_jsonl_reads_every_field(tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "a.jsonl",
        {
            "id": "n-1",
            "text": "The harbour reopened.",
            "url": "https://news.example/n-1",
            "title": "Harbour reopens",
            "published": "2023-05-02",
            "publisher": "Bay Courier",
            "language": "en",
        },
    )
    [article], rejected = run([path])
    assert rejected == []
    assert article == Article(
        id="n-1",
        text="The harbour reopened.",
        url="https://news.example/n-1",
        title="Harbour reopens",
        published="2023-05-02",
        publisher="Bay Courier",
        language="en",
        source=f"{path}:1",
    )


def test_jsonl_malformed_line_in_the_middle_is_skipped_with_its_line_number(tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "a.jsonl",
        {"id": "1", "text": "First."},
        {"id": "2", "text": "Second."},
        '{"id": "3", "text": "broken',
        {"id": "4", "text": "Fourth."},
    )
    articles, rejected = run([path])
    assert [a.id for a in articles] == ["1", "2", "4"]
    assert [a.source for a in articles] == [f"{path}:1", f"{path}:2", f"{path}:4"]
    [r] = rejected
    assert (r.source, r.position) == (str(path), "line 3")
    assert r.reason.startswith("malformed JSON")
    assert r.snippet == '{"id": "3", "text": "broken'


def test_jsonl_missing_empty_and_non_string_text_are_rejected(tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "a.jsonl",
        {"id": "no-text", "title": "Only a title"},
        {"id": "blank", "text": "  \n "},
        {"id": "number", "text": 42},
        ["not", "an", "object"],
        {"id": "ok", "text": "Kept."},
    )
    articles, rejected = run([path])
    assert [a.id for a in articles] == ["ok"]
    assert [(r.position, r.reason.split(" (")[0]) for r in rejected] == [
        ("line 1", "no text field"),
        ("line 2", "empty text"),
        ("line 3", "the text field is a int, not a string"),
        ("line 4", "not a JSON object but a list"),
    ]


def test_jsonl_alternative_field_names(tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "a.ndjson",
        {
            "id": 7,
            "articleBody": "Ferries resumed.",
            "datePublished": "2023-05-02T08:30:00Z",
            "headline": "Ferries back",
            "link": "https://news.example/7",
            "site_name": "Bay Courier",
            "lang": "en",
        },
        {"body": "Second body.", "date": "2023-05-03 10:00", "source": {"name": "Lowland Post"}},
        {"content": "Third body.", "url": "https://news.example/3"},
    )
    first, second, third = run([path])[0]
    assert (first.id, first.text, first.title, first.url) == (
        "7",
        "Ferries resumed.",
        "Ferries back",
        "https://news.example/7",
    )
    assert (first.published, first.publisher, first.language) == (
        "2023-05-02T08:30:00Z",
        "Bay Courier",
        "en",
    )
    assert (second.text, second.published, second.publisher) == (
        "Second body.",
        "2023-05-03T10:00:00",
        "Lowland Post",
    )
    assert third.text == "Third body."


def test_jsonl_missing_id_is_a_stable_hash_of_url_else_text(tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "a.jsonl",
        {"text": "Same words.", "url": "https://news.example/x"},
        {"text": "Same words."},
    )
    by_url, by_text = run([path])[0]
    assert by_url.id == digest("url", "https://news.example/x")
    assert by_text.id == digest("text", "Same words.")
    assert [a.id for a in run([path])[0]] == [by_url.id, by_text.id]


def test_jsonl_unreadable_date_keeps_the_article_and_warns(tmp_path: Path, caplog) -> None:
    path = write_jsonl(
        tmp_path / "a.jsonl", {"id": "d", "text": "Dated.", "published": "last Tuesday"}
    )
    with caplog.at_level(logging.WARNING):
        [article], rejected = run([path])
    assert article.published is None and rejected == []
    assert "last Tuesday" in caplog.text and f"{path}:1" in caplog.text


def test_jsonl_url_that_cannot_be_an_iri_is_dropped(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "a.jsonl", {"id": "u", "text": "T.", "url": "not a url"})
    [article] = run([path])[0]
    assert article.url is None


def test_jsonl_blank_lines_and_bom_are_ignored(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_bytes(b'\xef\xbb\xbf{"id": "1", "text": "One."}\n\n   \n{"id": "2", "text": "Two."}')
    articles, rejected = run([path])
    assert [a.id for a in articles] == ["1", "2"] and rejected == []


def test_jsonl_invalid_utf8_line_is_decoded_with_replacement(tmp_path: Path, caplog) -> None:
    path = tmp_path / "a.jsonl"
    path.write_bytes(b'{"id": "1", "text": "caf\xe9 open"}\n')
    with caplog.at_level(logging.WARNING):
        [article] = run([path])[0]
    assert article.text == "caf\ufffd open"
    assert "invalid UTF-8" in caplog.text


def test_jsonl_over_long_text_is_rejected(tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "a.jsonl", {"id": "big", "text": "x" * 50}, {"id": "ok", "text": "short"}
    )
    articles, rejected = run([path], max_chars=20)
    assert [a.id for a in articles] == ["ok"]
    assert "over the limit of 20" in rejected[0].reason


def test_jsonl_over_long_line_is_skipped_to_its_end(tmp_path: Path) -> None:
    huge = json.dumps({"id": "huge", "text": "y" * 80_000})
    path = write_jsonl(tmp_path / "a.jsonl", huge, {"id": "next", "text": "Still read."})
    articles, [rejection] = run([path], max_chars=20)
    assert [(a.id, a.source) for a in articles] == [("next", f"{path}:2")]
    assert rejection.position == "line 1" and rejection.reason.startswith("line longer than")
    assert len(rejection.snippet) == 200


def test_jsonl_is_read_lazily(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "a.jsonl", {"id": "1", "text": "One."}, "{broken")
    rejected: list[Rejection] = []
    stream = loaders.load([path], on_reject=rejected.append)
    assert next(stream).id == "1"
    assert rejected == []  # line 2 not read yet


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("2021-09-06", "2021-09-06"),
        ("2021-09-06T10:00:00Z", "2021-09-06T10:00:00Z"),
        ("2021-09-06 10:00", "2021-09-06T10:00:00"),
        ("2021-09-06T10:00:00+02:00", "2021-09-06T10:00:00+02:00"),
        ("2021-09-06T10:00:00.250Z", "2021-09-06T10:00:00.250000Z"),
        ("2021-09", "2021-09"),
        ("2021", "2021"),
        ("Mon, 06 Sep 2021 10:00:00 GMT", "2021-09-06T10:00:00Z"),
        ("2021-02-30", None),
        ("2021-13", None),
        ("06/09/2021", None),
        ("", None),
        (None, None),
    ],
)
def test_published_is_normalised_to_iso(given: str | None, expected: str | None) -> None:
    assert normalise_published(given, where="test") == expected


# --- text files


def test_text_file_without_sidecar_is_one_article_named_by_its_stem(tmp_path: Path) -> None:
    path = tmp_path / "harbour-report.txt"
    path.write_text("Cranes stood idle.\nWorkers waited.\n", encoding="utf-8")
    [article], rejected = run([path])
    assert rejected == []
    assert article == Article(
        id="harbour-report", text="Cranes stood idle.\nWorkers waited.\n", source=str(path)
    )


def test_text_file_with_sidecar_takes_its_metadata(tmp_path: Path) -> None:
    path = tmp_path / "story.md"
    path.write_text("# Quay closed\n\nThe quay closed at dawn.", encoding="utf-8")
    (tmp_path / "story.json").write_text(
        json.dumps(
            {
                "id": "q-9",
                "datePublished": "2023-06-01",
                "link": "https://news.example/q-9",
                "text": "ignored: the file is the text",
            }
        ),
        encoding="utf-8",
    )
    [article] = run([path])[0]
    assert (article.id, article.published, article.url) == (
        "q-9",
        "2023-06-01",
        "https://news.example/q-9",
    )
    assert article.text == "# Quay closed\n\nThe quay closed at dawn."
    assert article.title == "Quay closed"  # from the Markdown heading, the sidecar has none


def test_broken_sidecar_keeps_the_text(tmp_path: Path, caplog) -> None:
    (tmp_path / "s.txt").write_text("Body.", encoding="utf-8")
    (tmp_path / "s.json").write_text("{not json", encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        [article] = run([tmp_path / "s.txt"])[0]
    assert article.id == "s" and "sidecar" in caplog.text


def test_empty_text_file_is_rejected(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "spaces.txt").write_text(" \n\t\n", encoding="utf-8")
    articles, rejected = run([tmp_path])
    assert articles == []
    assert [(Path(r.source).name, r.position, r.reason) for r in rejected] == [
        ("empty.txt", None, "empty file"),
        ("spaces.txt", None, "empty file"),
    ]


def test_binary_file_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    articles, [rejection] = run([path])
    assert articles == []
    assert rejection.reason.startswith("binary file")


def test_invalid_utf8_text_file_is_decoded_with_replacement_and_a_warning(
    tmp_path: Path, caplog
) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Quai d'Orléans fermé.".encode("latin-1"))
    with caplog.at_level(logging.WARNING):
        [article], rejected = run([path])
    assert rejected == []
    assert article.text == "Quai d'Orl\ufffdans ferm\ufffd."
    assert "invalid UTF-8" in caplog.text


# --- walking, formats, standard input


def test_directory_walk_is_recursive_sorted_and_reports_other_files(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "nested").mkdir()
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "c.txt").write_text("C.", encoding="utf-8")
    (tmp_path / "a.md").write_text("A.", encoding="utf-8")
    (tmp_path / "a.json").write_text("{}", encoding="utf-8")  # a sidecar, not an article
    (tmp_path / "notes.log").write_text("x,y", encoding="utf-8")  # no format: reported
    (tmp_path / "b" / "z.txt").write_text("Z.", encoding="utf-8")
    (tmp_path / "b" / "nested" / "y.txt").write_text("Y.", encoding="utf-8")
    write_jsonl(
        tmp_path / "b" / "m.jsonl", {"id": "m1", "text": "M1."}, {"id": "m2", "text": "M2."}
    )
    (tmp_path / ".hidden" / "h.txt").write_text("H.", encoding="utf-8")
    articles, rejected = run([tmp_path])
    assert [a.id for a in articles] == ["a", "m1", "m2", "y", "z", "c"]
    [rejection] = rejected
    assert rejection.source == str(tmp_path / "notes.log")
    assert rejection.reason.startswith("unknown file type '.log'; known: .atom, ")
    assert rejection.reason.endswith(", skipped (give a format to read it)")
    assert [a.id for a in run([tmp_path])[0]] == [a.id for a in articles]


def test_explicit_format_overrides_the_extension(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "feed.log", {"id": "f", "text": "From a log."})
    assert [a.id for a in run([path], format="jsonl")[0]] == ["f"]
    articles, [rejection] = run([path])
    assert articles == [] and "unknown file type '.log'" in rejection.reason


def test_forced_format_on_a_folder_leaves_sidecars_alone(tmp_path: Path) -> None:
    (tmp_path / "s.text").write_text("Body.", encoding="utf-8")
    (tmp_path / "s.json").write_text('{"id": "s-1"}', encoding="utf-8")
    (tmp_path / "t.text").write_text("Other.", encoding="utf-8")
    (tmp_path / "t.text.json").write_text('{"id": "t-1"}', encoding="utf-8")
    assert [a.id for a in run([tmp_path], format="text")[0]] == ["s-1", "t-1"]


def test_missing_path_and_unknown_format_are_loader_errors(tmp_path: Path) -> None:
    with pytest.raises(LoaderError, match="no such file or folder"):
        list(loaders.load([tmp_path / "nope.jsonl"]))
    with pytest.raises(LoaderError, match="unknown input format 'xml'; known formats: csv, feed"):
        list(loaders.load([tmp_path], format="xml"))


def test_stdin_is_read_as_json_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO('{"id": "s1", "text": "Piped."}\nnot json\n'))
    articles, [rejection] = run(["-"])
    assert [(a.id, a.text, a.source) for a in articles] == [("s1", "Piped.", "-:1")]
    assert (rejection.source, rejection.position) == ("-", "line 2")


def test_stdin_bytes_buffer_is_preferred(monkeypatch: pytest.MonkeyPatch) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(b'{"id": "b1", "text": "caf\xc3\xa9"}\n'), encoding="ascii")
    monkeypatch.setattr(sys, "stdin", stdin)
    [article] = run(["-"])[0]
    assert article.text == "café"


def test_stdin_as_text_is_one_article(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("A whole article on stdin."))
    [article] = run(["-"], format="text")[0]
    assert article.id == digest("text", "A whole article on stdin.") and article.source == "-"


def test_a_single_path_is_not_taken_for_an_iterable(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "one.jsonl", {"id": "1", "text": "One."})
    assert [a.id for a in loaders.load(path)] == ["1"]
    assert [a.id for a in loaders.load(str(path))] == ["1"]


def test_default_on_reject_logs_a_warning(tmp_path: Path, caplog) -> None:
    path = write_jsonl(tmp_path / "a.jsonl", "{oops")
    with caplog.at_level(logging.WARNING):
        assert list(loaders.load([path])) == []
    assert "line 1" in caplog.text and "malformed JSON" in caplog.text


def test_registry_imports_lazily_and_accepts_new_loaders(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(loaders.LOADERS, "upper", "loaders.text:load_stream")
    monkeypatch.setitem(loaders.EXTENSIONS, ".up", "upper")
    (tmp_path / "x.up").write_text("Shouted.", encoding="utf-8")
    assert [a.text for a in run([tmp_path / "x.up"])[0]] == ["Shouted."]
    monkeypatch.setitem(loaders.LOADERS, "broken", "loaders.nowhere:load_stream")
    with pytest.raises(LoaderError, match="cannot load the 'broken' loader"):
        loaders.get_loader("broken")
