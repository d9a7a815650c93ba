"""Bad input, format by format: a clear rejection, and nothing else lost.

Every case writes a real file. A rejection names the source, the position (line,
item, entry, record) where there is one, the reason and a raw snippet; the good
articles around a bad one are still read.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from pathlib import Path

import pytest
from loader_files import FERRY, FRENCH, GERMAN, QUOTAS, page, rss, write_jsonl, write_warc

import loaders
from kg.errors import ConfigError
from kg.records import Article, Rejection
from loaders.language import MIN_LETTERS

#: A PNG header and some bytes: binary by any measure.
BINARY = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))
#: One extension per format.
EXTENSIONS = (".jsonl", ".json", ".txt", ".md", ".html", ".xml", ".csv", ".warc", ".warc.gz")
TEXT_EXTENSIONS = tuple(e for e in EXTENSIONS if not e.startswith(".warc"))


def run(paths, **options) -> tuple[list[Article], list[Rejection]]:
    rejected: list[Rejection] = []
    articles = list(loaders.load(paths, on_reject=rejected.append, **options))
    return articles, rejected


# --- empty, binary, undecodable


@pytest.mark.parametrize("ext", EXTENSIONS)
def test_empty_file_of_any_format_is_rejected_as_empty(tmp_path: Path, ext: str) -> None:
    path = tmp_path / f"empty{ext}"
    path.write_bytes(b"")
    articles, [rejection] = run([path])
    assert articles == []
    assert (rejection.source, rejection.position, rejection.reason) == (
        str(path), None, "empty file")


@pytest.mark.parametrize(("name", "content", "how"), [
    ("header.csv", "id,url,text\n\n", "csv"),
    ("blank.jsonl", "\n\n  \n", "jsonl"),
    ("none.json", "[]", "json"),
])
def test_a_file_that_holds_no_article_is_rejected_once(
    tmp_path: Path, name: str, content: str, how: str
) -> None:
    """Found by the fuzzer (tests/test_fuzz_build.py): such a file was read silently."""
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    articles, [rejection] = run([path])
    assert articles == []
    assert (rejection.source, rejection.position, rejection.reason) == (
        str(path), None, f"no article in it (read as {how})")


def test_a_stray_nul_costs_its_line_or_row_only(tmp_path: Path) -> None:
    """Found by the fuzzer (tests/test_fuzz_build.py): one NUL byte in a line of a JSON
    Lines file, or in a CSV row, made the whole file "binary". (In a CSV cell it is
    just a character.)"""
    lines = tmp_path / "a.jsonl"
    lines.write_bytes(json.dumps({"id": "a", "text": FERRY}).encode() + b"\n\x00\n"
                      + json.dumps({"id": "b", "text": QUOTAS}).encode() + b"\n")
    rows = tmp_path / "b.csv"
    rows.write_bytes(f'id,text\nc,"{FERRY}"\nd,"\x00 {GERMAN}"\ne,"{QUOTAS}"\n'.encode())
    articles, rejected = run([lines, rows])
    assert [a.id for a in articles] == ["a", "b", "c", "e"]
    assert [(Path(r.source).name, r.position) for r in rejected] == [
        ("a.jsonl", "line 2"), ("b.csv", "line 3")]
    assert rejected[1].reason.startswith("text is in language 'de'")


@pytest.mark.parametrize("ext", TEXT_EXTENSIONS)
def test_binary_file_with_a_text_extension_is_rejected_once(tmp_path: Path, ext: str) -> None:
    path = tmp_path / f"photo{ext}"
    path.write_bytes(BINARY)
    articles, [rejection] = run([path])
    assert articles == []
    assert rejection.source == str(path) and rejection.reason.startswith("binary file")


@pytest.mark.parametrize("ext", [".warc", ".warc.gz"])
def test_file_that_is_not_a_warc_is_rejected(tmp_path: Path, ext: str) -> None:
    path = tmp_path / f"notes{ext}"
    path.write_text("Just some notes, not an archive.\n", encoding="utf-8")
    articles, [rejection] = run([path])
    assert articles == [] and "WARC" in rejection.reason


def _latin1(text: str) -> bytes:
    return text.encode("latin-1")


@pytest.mark.parametrize(
    ("name", "raw"),
    [
        ("a.jsonl", _latin1(json.dumps({"id": "x", "text": FERRY + " Café."},
                                       ensure_ascii=False) + "\n")),
        ("a.json", _latin1(json.dumps([{"id": "x", "text": FERRY + " Café."}],
                                      ensure_ascii=False))),
        ("a.txt", _latin1(FERRY + " Café.")),
        ("a.csv", _latin1(f'id,text\nx,"{FERRY} Café."\n')),
    ],
)
def test_invalid_utf8_is_replaced_with_a_warning_and_the_article_kept(
    tmp_path: Path, caplog, name: str, raw: bytes
) -> None:
    path = tmp_path / name
    path.write_bytes(raw)
    with caplog.at_level(logging.WARNING):
        [article], rejected = run([path])
    assert rejected == []
    assert article.text.endswith("Caf\ufffd.")
    assert "invalid UTF-8" in caplog.text


def test_invalid_utf8_in_a_long_stream_costs_one_character_only(tmp_path: Path) -> None:
    records = [{"id": f"n{i}", "text": FERRY} for i in range(3000)]
    raw = json.dumps(records).encode("utf-8")
    cut = raw.index(b"Port Elin", len(raw) // 2)  # deep inside, past the first read
    path = tmp_path / "long.json"
    path.write_bytes(raw[:cut] + b"\xff" + raw[cut:])
    articles, rejected = run([path])
    assert len(articles) == 3000 and rejected == []
    assert sum("\ufffd" in a.text for a in articles) == 1


@pytest.mark.parametrize("ext", [".html", ".xml"])
def test_pages_and_feeds_in_another_encoding_are_read_by_their_declaration(
    tmp_path: Path, ext: str
) -> None:
    text = QUOTAS + " The harbour café in Sjöby stayed open."
    if ext == ".html":
        raw = page([text], charset="iso-8859-1").encode("latin-1")
    else:
        raw = rss([{"guid": "e-1", "description": text}]).replace(
            'encoding="utf-8"', 'encoding="iso-8859-1"').encode("latin-1")
    path = tmp_path / f"latin{ext}"
    path.write_bytes(raw)
    [article], rejected = run([path])
    assert rejected == [] and "café in Sjöby" in article.text


# --- malformed records among good ones


def test_malformed_json_line_mid_file_is_skipped_and_named(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "c.jsonl", {"id": "1", "text": FERRY},
                       '{"id": "2", "text": "cut off', {"id": "3", "text": QUOTAS})
    articles, [rejection] = run([path])
    assert [a.id for a in articles] == ["1", "3"]
    assert (rejection.position, rejection.snippet) == ("line 2", '{"id": "2", "text": "cut off')
    assert rejection.reason.startswith("malformed JSON")


def test_malformed_json_array_element_costs_that_element_only(tmp_path: Path) -> None:
    path = tmp_path / "export.json"
    path.write_text('[{"id": "1", "text": "' + FERRY + '"}, {"id": "2", "text": }, '
                    '{"id": "3", "text": "read all the same"}]', encoding="utf-8")
    articles, [rejection] = run([path])
    assert [a.id for a in articles] == ["1", "3"]
    assert rejection.position == "item 2" and rejection.reason.startswith("malformed JSON")
    assert rejection.snippet == '{"id": "2", "text": }'


def test_json_array_items_without_text_are_rejected_by_number(tmp_path: Path) -> None:
    path = tmp_path / "export.json"
    path.write_text(json.dumps([{"id": "a", "title": "no text"}, "a string",
                                {"id": "b", "text": FERRY}]), encoding="utf-8")
    articles, rejected = run([path])
    assert [a.id for a in articles] == ["b"]
    assert [(r.position, r.reason.split(" (")[0]) for r in rejected] == [
        ("item 1", "no text field"), ("item 2", "not a JSON object but a str")]


def test_csv_row_with_the_wrong_number_of_fields_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_text(f'id,title,text\n1,A,"{FERRY}"\n2,"{QUOTAS}"\n3,C,"{QUOTAS}"\n', "utf-8")
    articles, [rejection] = run([path])
    assert [a.id for a in articles] == ["1", "3"]
    assert (rejection.position, rejection.reason) == ("line 3", "row has 2 fields, the header 3")


def test_csv_text_column_named_but_missing_rejects_the_file(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_text(f'id,text\n1,"{FERRY}"\n', encoding="utf-8")
    articles, [rejection] = run([path], text_column="story")
    assert articles == []
    assert rejection.reason == "no column 'story'; the columns are: id, text"


def test_html_page_without_article_text_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "gallery.html"
    path.write_text('<html><head><title>Photos</title></head><body><nav><a href="/">Home</a>'
                    '</nav><img src="a.jpg"><img src="b.jpg"></body></html>', encoding="utf-8")
    articles, [rejection] = run([path])
    assert articles == []
    assert rejection.reason.startswith("no article text in the page")
    assert "<title>Photos</title>" in rejection.snippet


def test_feed_with_a_broken_entry_keeps_the_others(tmp_path: Path, caplog) -> None:
    feed = rss([
        {"guid": "e-1", "title": "Ferries", "description": FERRY},
        {"guid": "e-2", "title": "Nothing to read"},
        {"guid": "e-3", "title": "Quotas", "description": QUOTAS},
    ]).replace("<title>Quotas</title>", "<title>Quotas <b>protest</title>")  # a tag left open
    path = tmp_path / "herald.xml"
    path.write_text(feed, encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        articles, [rejection] = run([path])
    assert [a.id for a in articles] == ["e-1", "e-3"]
    assert (rejection.position, rejection.reason, rejection.snippet) == (
        "entry 2", "entry has neither content nor summary", "Nothing to read")
    assert "malformed feed" in caplog.text


def test_file_that_is_not_a_feed_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "config.xml"
    path.write_text('<?xml version="1.0"?><settings><colour>blue</colour></settings>', "utf-8")
    articles, [rejection] = run([path])
    assert articles == [] and rejection.reason == "a feed without entries"


@pytest.mark.parametrize("gzip", [True, False], ids=["warc.gz", "warc"])
@pytest.mark.parametrize("keep", [0.42, 0.75, 0.97])  # mid-record, never at a boundary
def test_truncated_warc_keeps_the_records_before_the_cut(
    tmp_path: Path, gzip: bool, keep: float
) -> None:
    pages = [(f"https://herald.example/{i}", page([FERRY if i % 2 else QUOTAS, f"Item {i}."]))
             for i in range(6)]
    whole = write_warc(tmp_path / "whole.warc", [{"uri": u, "body": b} for u, b in pages],
                       gzip=gzip)
    raw = whole.read_bytes()
    cut = tmp_path / ("cut.warc.gz" if gzip else "cut.warc")
    cut.write_bytes(raw[: int(len(raw) * keep)])
    articles, [rejection] = run([cut])
    assert 0 < len(articles) < len(pages)
    assert [a.url for a in articles] == [u for u, _ in pages[: len(articles)]]
    assert rejection.reason.startswith("truncated WARC")
    assert rejection.position.startswith(f"record {len(articles) + 1} (offset ")
    assert run([whole])[1] == []  # the whole file has no rejection


# --- size


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("big.jsonl", json.dumps({"id": "big", "text": FERRY}) + "\n"),
        ("big.json", json.dumps([{"id": "big", "text": FERRY}])),
        ("big.txt", FERRY),
        ("big.csv", f'id,text\nbig,"{FERRY}"\n'),
        ("big.html", page([FERRY])),
        ("big.xml", rss([{"guid": "big", "description": FERRY}])),
    ],
)
def test_article_over_the_size_limit_is_rejected_not_truncated(
    tmp_path: Path, name: str, content: str
) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    articles, [rejection] = run([path], max_chars=len(FERRY) - 1)
    assert articles == []
    assert f"over the limit of {len(FERRY) - 1}" in rejection.reason
    [article] = run([path], max_chars=len(FERRY))[0]
    assert article.text == FERRY


def test_page_far_over_the_size_limit_is_rejected_before_it_is_parsed(tmp_path: Path) -> None:
    path = tmp_path / "huge.html"
    path.write_text(page([FERRY] * 200), encoding="utf-8")
    articles, [rejection] = run([path], max_chars=1000)
    assert articles == [] and rejection.reason.startswith("page is larger than 10000 bytes")


# --- language


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("de.jsonl", json.dumps({"id": "de", "text": GERMAN}) + "\n"),
        ("de.txt", GERMAN),
        ("de.html", page([GERMAN])),
        ("fr.csv", f'id,text\nfr,"{FRENCH}"\n'),
        ("fr.xml", rss([{"guid": "fr", "description": FRENCH}])),
    ],
)
def test_text_in_another_language_is_skipped_with_the_language_named(
    tmp_path: Path, name: str, content: str
) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    articles, [rejection] = run([path])
    assert articles == []
    code = name[:2]
    assert rejection.reason.startswith(f"text is in language {code!r}")
    assert "not en" in rejection.reason and rejection.snippet
    assert [a.id for a in run([path], languages=())[0]] == [path.stem if name.endswith(
        (".txt", ".html")) else code]


def test_short_text_is_not_judged_unless_its_metadata_says_another_language(
    tmp_path: Path,
) -> None:
    short = "Kai geschlossen."
    assert sum(c.isalpha() for c in short) < MIN_LETTERS
    path = write_jsonl(tmp_path / "short.jsonl", {"id": "1", "text": short},
                       {"id": "2", "text": short, "language": "de"},
                       {"id": "3", "text": FERRY, "language": "de"})  # detection wins
    articles, [rejection] = run([path])
    assert [a.id for a in articles] == ["1", "3"]
    assert (rejection.position, rejection.reason.split(" is ")[0]) == (
        "line 2", "declared language 'de'")


def test_english_articles_are_all_kept(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "en.jsonl", *({"id": str(i), "text": t}
                                                 for i, t in enumerate([FERRY, QUOTAS])))
    assert [a.id for a in run([path])[0]] == ["0", "1"]


def _forget_the_model(language) -> None:
    with language._LOADING:  # after any load under way (an earlier test's warm-up)
        language._load_identifier.cache_clear()


def test_the_language_model_warmed_up_in_the_background_is_loaded_once(monkeypatch) -> None:
    """``load`` starts loading the model in a thread; the first article waits for that
    load instead of starting its own."""
    from loaders import language

    made = []

    def slow(*args, **kwargs):
        made.append(threading.current_thread().name)
        time.sleep(0.2)
        return "model"

    _forget_the_model(language)
    monkeypatch.setattr("py3langid.langid.LanguageIdentifier.from_model_file", slow)
    try:
        language.warm_up()
        time.sleep(0.05)
        assert language.identifier() == "model"
        assert made == ["py3langid"]  # the background load, waited for
    finally:
        _forget_the_model(language)


def test_a_language_model_that_fails_to_load_in_the_background_fails_on_use(
    monkeypatch,
) -> None:
    from loaders import language

    def broken(*args, **kwargs):
        raise ConfigError("language detection needs py3langid")

    _forget_the_model(language)
    monkeypatch.setattr("py3langid.langid.LanguageIdentifier.from_model_file", broken)
    try:
        language.warm_up()
        with pytest.raises(ConfigError, match="py3langid"):
            language.identifier()
    finally:
        _forget_the_model(language)


def test_warc_with_a_corrupt_header_keeps_the_records_before_it(tmp_path: Path) -> None:
    whole = write_warc(tmp_path / "whole.warc", [
        {"uri": "https://herald.example/1", "body": page([FERRY])},
        {"uri": "https://herald.example/2", "body": page([QUOTAS])},
    ], gzip=False)
    raw = whole.read_bytes()
    second = raw.index(b"WARC-Target-URI", raw.index(b"WARC-Target-URI") + 1)
    broken = tmp_path / "broken.warc"
    broken.write_bytes(raw[:second] + b"WARC-Target-URX" + raw[second + 15:])
    articles, [rejection] = run([broken])
    assert [a.url for a in articles] == ["https://herald.example/1"]
    assert rejection.position.startswith("record 2") and "corrupt WARC" in rejection.reason


def test_a_loader_that_crashes_costs_its_file_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog
) -> None:
    monkeypatch.setitem(loaders.LOADERS, "fragile", "loader_files:crashing_loader")
    monkeypatch.setitem(loaders.EXTENSIONS, ".frag", "fragile")
    (tmp_path / "a.frag").write_text("anything", encoding="utf-8")
    (tmp_path / "b.txt").write_text(FERRY, encoding="utf-8")
    with caplog.at_level(logging.ERROR):
        articles, [rejection] = run([tmp_path])
    assert [a.id for a in articles] == ["b"]
    assert rejection.reason == ("the fragile loader failed: RuntimeError: invented bug; "
                                "the rest of the file is skipped")
    assert "Traceback" in caplog.text


# --- one line, item or row costs itself only (issue 12)


@pytest.mark.parametrize(
    ("bad", "reason"),
    [
        ('{"id": "deep", "text": ' + "[" * 100_000 + "]" * 100_000 + "}",
         "malformed JSON: nested too deeply to read"),
        ('{"id": "huge", "count": ' + "7" * 5000 + ', "text": "x"}', "unreadable JSON: Exceeds"),
    ],
    ids=["nested-100000-deep", "integer-of-5000-digits"],
)
def test_jsonl_line_json_cannot_read_is_rejected_and_the_next_lines_read(
    tmp_path: Path, bad: str, reason: str
) -> None:
    path = write_jsonl(tmp_path / "c.jsonl", {"id": "1", "text": FERRY}, bad,
                       {"id": "3", "text": QUOTAS})
    articles, [rejection] = run([path])
    assert [a.id for a in articles] == ["1", "3"]
    assert rejection.position == "line 2" and rejection.reason.startswith(reason)


def test_jsonl_with_cr_only_line_ends_is_read_line_by_line(tmp_path: Path) -> None:
    path = tmp_path / "mac.jsonl"
    lines = [json.dumps({"id": "1", "text": FERRY}), "{broken",
             json.dumps({"id": "3", "text": QUOTAS})]
    path.write_bytes("\r".join(lines).encode("utf-8") + b"\r")
    articles, [rejection] = run([path])
    assert [a.id for a in articles] == ["1", "3"]
    assert rejection.position == "line 2" and rejection.snippet == "{broken"


def test_json_array_with_a_bom_is_read(tmp_path: Path) -> None:
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps([{"id": "b", "text": FERRY}]).encode())
    [article], rejected = run([path])
    assert (article.id, rejected) == ("b", [])


def test_json_array_numbers_json_can_read_do_not_end_the_file(tmp_path: Path) -> None:
    path = tmp_path / "numbers.json"
    path.write_text(
        '[{"id": "1", "score": 1e99999, "text": "' + FERRY + '"}, '
        '{"id": "2", "views": 123456789012345678901234567890, "text": "' + QUOTAS + '"}, '
        '{"id": "3", "n": ' + "9" * 5000 + ', "text": "never an article"}, '
        '{"id": "4", "text": "' + FERRY + ' Again."}]', encoding="utf-8")
    articles, [rejection] = run([path])
    assert [a.id for a in articles] == ["1", "2", "4"]
    assert rejection.position == "item 3" and rejection.reason.startswith("unreadable JSON")


def test_json_array_nested_deep_is_rejected_by_item_without_reading_it_whole(
    tmp_path: Path,
) -> None:
    path = tmp_path / "deep.json"
    path.write_text("[" + "[" * 200_000 + "]" * 200_000 + ', {"id": "2", "text": "'
                    + FERRY + '"}]', encoding="utf-8")
    articles, [rejection] = run([path])
    assert [a.id for a in articles] == ["2"]
    assert (rejection.position, rejection.reason) == (
        "item 1", "malformed JSON: nested deeper than 64 levels")


def test_publication_date_of_year_zero_is_dropped_not_kept(tmp_path: Path, caplog) -> None:
    path = write_jsonl(tmp_path / "c.jsonl", {"id": "z", "text": FERRY, "published": "0000"})
    with caplog.at_level(logging.WARNING):
        [article], rejected = run([path])
    assert article.published is None and rejected == []
    assert "'0000'" in caplog.text


def test_csv_unclosed_quote_costs_its_row_and_the_rows_after_it_are_read(
    tmp_path: Path,
) -> None:
    path = tmp_path / "c.csv"
    path.write_text(f'id,text\n1,"{FERRY}"\n2,"an unclosed quote\n3,"{QUOTAS}"\n'
                    f'4,{FERRY} Again.\n', encoding="utf-8")
    articles, rejected = run([path])
    assert [a.id for a in articles] == ["1", "3", "4"]
    [rejection] = rejected
    assert rejection.position == "line 3" and rejection.snippet == '2,"an unclosed quote\n'
    assert rejection.reason.endswith("the lines after this one are read again")


def test_csv_unclosed_quote_in_the_last_row_is_rejected_not_swallowed(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    plain = [t.replace(",", "") for t in (QUOTAS, FERRY)]  # fields that need no quotes
    path.write_text(f'id,text\n1,"{FERRY}\n2,{plain[0]}\n3,{plain[1]}\n', encoding="utf-8")
    articles, rejected = run([path])
    assert [a.id for a in articles] == ["2", "3"]
    assert [(r.position, r.reason.split(":")[0]) for r in rejected] == [
        ("line 2", "unclosed quote")]


def test_linked_folder_is_read_once_and_a_loop_is_recorded(tmp_path: Path) -> None:
    corpus, outside = tmp_path / "corpus", tmp_path / "outside"
    corpus.mkdir()
    outside.mkdir()
    (outside / "linked.txt").write_text(FERRY, encoding="utf-8")
    (corpus / "here.txt").write_text(QUOTAS, encoding="utf-8")
    (corpus / "more").symlink_to(outside, target_is_directory=True)
    (corpus / "loop").symlink_to(corpus, target_is_directory=True)
    articles, [rejection] = run([corpus])
    assert [a.id for a in articles] == ["here", "linked"]
    assert rejection.source == str(corpus / "loop")
    assert rejection.reason.startswith(f"folder link to {corpus}, a folder already read")


def test_warc_response_to_a_non_http_target_is_recorded(tmp_path: Path) -> None:
    path = write_warc(tmp_path / "crawl.warc", [
        {"uri": "dns:herald.example", "body": "20240313 herald.example 192.0.2.1"},
        {"uri": "https://herald.example/1", "body": page([FERRY])},
    ], gzip=False)
    articles, [rejection] = run([path])
    assert [a.url for a in articles] == ["https://herald.example/1"]
    assert rejection.position.startswith("record 1")
    assert rejection.reason.startswith("a response to a non-HTTP target (dns:herald.example)")


def test_library_that_does_not_import_costs_its_files_with_the_real_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(__import__("sys").modules, "trafilatura", None)
    (tmp_path / "a.html").write_text(page([FERRY]), encoding="utf-8")
    (tmp_path / "b.txt").write_text(QUOTAS, encoding="utf-8")
    articles, [rejection] = run([tmp_path])
    assert [a.id for a in articles] == ["b"]
    assert rejection.source == str(tmp_path / "a.html")
    assert rejection.reason.startswith("reading HTML needs trafilatura, which does not import "
                                       "(import of trafilatura halted; None in sys.modules)")
    assert "\n" not in rejection.reason


def test_lone_surrogates_become_replacement_characters(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text('{"id": "cut\\ud83d", "title": "Harbour \\ud83d", "text": "' + FERRY
                    + ' \\ud83d\\ude00 \\ude00"}\n', encoding="utf-8")
    [article], rejected = run([path])
    assert rejected == []
    assert (article.id, article.title) == ("cut\ufffd", "Harbour \ufffd")
    assert article.text.endswith(" \U0001f600 \ufffd")
    for value in (article.id, article.title, article.text):
        value.encode("utf-8")  # valid UTF-8
