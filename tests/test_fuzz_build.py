"""A fuzzer in the suite (issue 12, point 9).

Hypothesis makes malformed and hostile inputs in every format the loaders read (JSON
Lines, JSON arrays, CSV, HTML, RSS/Atom, WARC and text): truncation, wrong nesting,
bad encodings and lone surrogates, NULs, BOMs, huge numbers, bad dates, bad URLs,
mixed line ends, unclosed quotes, broken XML, broken WARC records, between good
articles. The real ``kg.pipeline.build`` reads each corpus under a memory cap
(``RLIMIT_AS``) and a time bound (``SIGALRM``), and every example must end with no
exception, in time, and with every input accounted for:
``seen == stored + unchanged + duplicates + quarantined + failed + rejected``, every
rejection, failure and skip recorded with a reason, every untouched good JSON Lines
line stored.

``NEWSKG_FUZZ_EXAMPLES`` (default 20) sets the examples per format.
"""

from __future__ import annotations

import contextlib
import json
import os
import resource
import signal
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from loader_files import FERRY, QUOTAS, page, rss, write_warc

from kg.pipeline import build
from kg.store import GraphStore

EXAMPLES = int(os.environ.get("NEWSKG_FUZZ_EXAMPLES", "20"))
#: The bound on one build of a few small files (seconds), and on its extra address space.
SECONDS = 120
EXTRA_MEMORY = 3 * 2**30

FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=False,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.function_scoped_fixture])

#: Pieces that once broke a loader, a mapper or the store.
NASTY = [
    "\x00", "\ufeff", "\ud83d", "\udc00", "\u202e", "\u2028", "\x0b", "\x1c", "\r", "\r\n",
    "%zz", "%%%", "_by_45%", "http://[::1", "javascript:alert(1)", "dns:news.example",
    "1e99999", "9" * 400, "-0", "NaN", "0000", "2024-13-45", "99999-01-01", "yesterday",
    "&amp;", "&nbsp;", "&bogus;", "<![CDATA[", "]]>", "<", ">", '"', "'", "\\", "{", "[",
    "</p>", "<script>", "—", "😀", "ǅ", "\u0301", " ",
]
URLS = ["https://news.example/a", "http://[::1", "http://news.example/a\x00b", "%zz",
        "https://en.wikinews.org/wiki/Sales_plunge_by_45%", "", "ftp://x", "//no-scheme",
        "http://news.example/" + "a" * 3000, "https://news.example/\ud83d", "mailto:x@y"]
DATES = ["2024-03-15", "0000", "2024-02-30", "Fri, 15 Mar 2024 08:00:00 GMT", "", "-1",
         "9999999999", "2024-03-15T25:61:00Z", "\ud83d", "1e99999", "Tuesday"]

nasty_text = st.lists(
    st.one_of(st.sampled_from(NASTY),
              st.text(st.characters(codec=None, categories=None), max_size=20)),
    max_size=8).map("".join)
any_value = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True),
              nasty_text, st.sampled_from(URLS), st.sampled_from(DATES)),
    lambda inner: st.one_of(st.lists(inner, max_size=3),
                            st.dictionaries(st.sampled_from(["id", "text", "url", "x"]),
                                            inner, max_size=3)),
    max_leaves=8)


def good(n: int) -> str:
    """A distinct English article text."""
    return f"{FERRY if n % 2 else QUOTAS} The harbour office filed report number {n}."


@st.composite
def hostile_record(draw: st.DrawFn, n: int) -> dict:
    """An article record with hostile fields (each may be missing, of the wrong type or bad)."""
    record: dict = {}
    for key, values in (("id", nasty_text), ("url", st.sampled_from(URLS)),
                        ("title", nasty_text), ("published", st.sampled_from(DATES)),
                        ("text", st.one_of(nasty_text, st.just(good(n)), any_value)),
                        ("language", st.sampled_from(["en", "xx", "", "en-GB", "\x00"])),
                        ("extra", any_value)):
        if draw(st.booleans()):
            record[key] = draw(values)
    return record


def dumps(value: object) -> str:
    """JSON, lone surrogates written as ``\\uXXXX`` escapes (as a truncated emoji leaves)."""
    return json.dumps(value, ensure_ascii=True, allow_nan=True)


@st.composite
def broken_json(draw: st.DrawFn, n: int) -> str:
    """One JSON value, made hostile: a bad record, or a good one cut, nested, or swollen."""
    text = dumps(draw(hostile_record(n)))
    how = draw(st.sampled_from(["as is", "cut", "deep", "huge int", "huge float", "junk",
                                "wrong type", "nan"]))
    if how == "cut":
        return text[:draw(st.integers(0, max(0, len(text) - 1)))]
    if how == "deep":
        depth = draw(st.sampled_from([50, 1_000, 30_000]))
        return '{"id": "deep", "text": ' + "[" * depth + "]" * depth + "}"
    if how == "huge int":
        return '{"id": "huge", "n": ' + "7" * draw(st.integers(20, 6000)) + ', "text": "x"}'
    if how == "huge float":
        return '{"id": "float", "score": 1e99999, "text": "x"}'
    if how == "junk":
        return draw(nasty_text)
    if how == "wrong type":
        return dumps(draw(any_value))
    if how == "nan":
        return '{"id": NaN, "text": Infinity}'
    return text


def encode(text: str, how: str) -> bytes:
    """``text`` as bytes: UTF-8 (surrogates kept raw), with a BOM, Latin-1 or UTF-16."""
    if how == "latin-1":
        return text.encode("latin-1", "replace")
    if how == "utf-16":
        return text.encode("utf-16", "surrogatepass")
    raw = text.encode("utf-8", "surrogatepass")
    return b"\xef\xbb\xbf" + raw if how == "bom" else raw


encodings = st.sampled_from(["utf-8", "utf-8", "utf-8", "bom", "latin-1", "utf-16"])


@st.composite
def damaged(draw: st.DrawFn, raw: bytes) -> bytes:
    """``raw`` cut short, with bytes put in or flipped, or whole."""
    how = draw(st.sampled_from(["whole", "whole", "cut", "insert", "flip"]))
    if not raw or how == "whole":
        return raw
    at = draw(st.integers(0, 2**20)) % len(raw)  # not bound to the length: a WARC's varies
    if how == "cut":
        return raw[:at]
    if how == "insert":
        return raw[:at] + draw(st.sampled_from([b"\x00", b"\xff\xfe", b"\r", b"<", b'"',
                                                b"]]>", b"\xed\xa0\xbd"])) + raw[at:]
    return raw[:at] + bytes([raw[at] ^ 0xFF]) + raw[at + 1:]


# -- one corpus per format: (file name, bytes, ids of good articles that must be stored) --

Corpus = tuple[str, bytes, set[str]]


@st.composite
def jsonl_corpus(draw: st.DrawFn) -> Corpus:
    """Good lines and hostile lines, joined with mixed line ends."""
    lines, must = [], set()
    for n in range(draw(st.integers(1, 6))):
        if draw(st.booleans()):
            lines.append(dumps({"id": f"good-{n}", "text": good(n)}))
            must.add(f"good-{n}")
        else:
            lines.append(draw(broken_json(n)).replace("\n", " ").replace("\r", " "))
    ends = draw(st.lists(st.sampled_from(["\n", "\r\n", "\r", "\n\n"]),
                         min_size=len(lines), max_size=len(lines)))
    text = "".join(line + end for line, end in zip(lines, ends, strict=True))
    raw = text.encode("utf-8", "surrogatepass")
    return "a.jsonl", b"\xef\xbb\xbf" + raw if draw(st.booleans()) else raw, must


@st.composite
def json_array_corpus(draw: st.DrawFn) -> Corpus:
    items = [dumps({"id": f"good-{n}", "text": good(n)}) if draw(st.booleans())
             else draw(broken_json(n)) for n in range(draw(st.integers(1, 5)))]
    text = draw(st.sampled_from(["[{}]", "[{}", "{}]", "[[{}]]", '{{"articles": [{}]}}']))
    raw = encode(text.format(", ".join(items)), draw(encodings))
    return "a.json", draw(damaged(raw)), set()


@st.composite
def csv_corpus(draw: st.DrawFn) -> Corpus:
    header = draw(st.sampled_from(["id,url,published,text", "id,text", "text", "a,b",
                                   "id,id,text", "", '"id,text']))
    rows = []
    for n in range(draw(st.integers(1, 5))):
        if draw(st.booleans()):
            rows.append(f'good-{n},https://news.example/{n},2024-03-15,"{good(n)}"')
        else:
            cells = draw(st.lists(st.one_of(nasty_text, st.sampled_from(URLS + DATES)),
                                  max_size=5))
            rows.append(",".join(cells) + draw(st.sampled_from(["", '"', ',"open', '""'])))
    end = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    raw = encode(end.join([header, *rows]) + end, draw(encodings))
    return "a.csv", draw(damaged(raw)), set()


@st.composite
def html_corpus(draw: st.DrawFn) -> Corpus:
    paragraphs = [good(n) if draw(st.booleans()) else draw(nasty_text)
                  for n in range(draw(st.integers(0, 4)))]
    text = page(paragraphs, title=draw(st.one_of(st.none(), nasty_text)),
                canonical=draw(st.one_of(st.none(), st.sampled_from(URLS))),
                published=draw(st.one_of(st.none(), st.sampled_from(DATES))),
                charset=draw(st.sampled_from(["utf-8", "latin-1", "bogus", "utf-16"])))
    wrap = draw(st.sampled_from(["{}", "{}</div></div></span>", "<html><<<{}",
                                 "{}" + "<div>" * 3000, "<!-- {}", "<![CDATA[{}"]))
    raw = encode(wrap.format(text), draw(encodings))
    return "a.html", draw(damaged(raw)), set()


@st.composite
def feed_corpus(draw: st.DrawFn) -> Corpus:
    items = []
    for n in range(draw(st.integers(0, 4))):
        item = {"guid": f"good-{n}", "description": good(n)}
        if draw(st.booleans()):
            item = {key: draw(nasty_text) for key in draw(st.lists(st.sampled_from(
                ["guid", "title", "link", "pubDate", "author", "description"]), max_size=4))}
            if draw(st.booleans()):
                item["link"] = draw(st.sampled_from(URLS))
                item["pubDate"] = draw(st.sampled_from(DATES))
        items.append({k: v.replace("\x00", "") for k, v in item.items()})
    text = rss(items)
    atom = draw(st.booleans())
    if atom:
        entries = "".join(f"<entry><id>{i.get('guid', '')}</id><title>t</title>"
                          f"<content>{i.get('description', '')}</content></entry>"
                          for i in items)
        text = f'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">{entries}</feed>'
    how = draw(st.sampled_from(["as is", "as is", "entities", "doctype", "unclosed", "nul"]))
    if how == "entities":
        text = text.replace("<channel>", "<channel>&lol;&bogus;&#0;&#xD800;")
    elif how == "doctype":
        text = text.replace("?>", '?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa">'
                            '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
                            '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">'
                            '<!ENTITY x SYSTEM "file:///etc/passwd">]>', 1).replace(
                                "<title>", "<title>&c;&x;", 1)
    elif how == "unclosed":
        text = text.replace("</channel>", "").replace("</feed>", "<entry>")
    elif how == "nul":
        text = text.replace("<item>", "<item>\x00", 1)
    raw = encode(text, draw(encodings))
    return "a.atom" if atom else "a.xml", draw(damaged(raw)), set()


@st.composite
def warc_corpus(draw: st.DrawFn) -> Corpus:
    records = []
    for n in range(draw(st.integers(1, 4))):
        body: bytes | str = page([good(n)])
        if draw(st.booleans()):
            body = draw(st.sampled_from([b"", b"\x00" * 2000, b"\xff\xfe<html>",
                                         page([draw(nasty_text)]).encode("utf-8", "surrogatepass"),
                                         b"<html>" + b"<div>" * 5000]))
        records.append({
            "uri": draw(st.sampled_from(["https://news.example/w", *URLS[1:5],
                                         "dns:news.example", "urn:x"])) + f"/{n}",
            "body": body,
            "status": draw(st.sampled_from([200, 200, 404, 301, 999])),
            "type": draw(st.sampled_from(["text/html; charset=utf-8", "text/html; charset=bogus",
                                          "application/pdf", "", "text/plain"])),
            "kind": draw(st.sampled_from(["response", "response", "resource", "metadata"])),
            "date": draw(st.sampled_from(["2024-03-13T08:00:00Z", *DATES[1:4]])),
        })
    gzip = draw(st.booleans())
    with tempfile.TemporaryDirectory() as tmp:
        raw = write_warc(Path(tmp) / "w.warc", records, gzip=gzip).read_bytes()
    if draw(st.booleans()):
        raw = raw.replace(b"WARC/1", b"WARC/9", 1) if draw(st.booleans()) else \
            raw.replace(b"Content-Length: ", b"Content-Length: 9", 1)
    return "a.warc.gz" if gzip else "a.warc", draw(damaged(raw)), set()


@st.composite
def text_corpus(draw: st.DrawFn) -> Corpus:
    front = draw(st.sampled_from(["", "---\nid: front\nurl: http://[::1/f\n---\n",
                                  "---\nid: [unclosed\npublished: 0000\n---\n",
                                  "---\n{{{\n", "---\nid: x\n"]))
    body = "\n\n".join(good(n) if draw(st.booleans()) else draw(nasty_text)
                       for n in range(draw(st.integers(0, 3))))
    raw = encode(front + body, draw(encodings))
    return draw(st.sampled_from(["a.txt", "a.md"])), draw(damaged(raw)), set()


# -- the build, capped ------------------------------------------------------------------


class Hang(Exception):
    """The build ran past its time bound."""


@contextlib.contextmanager
def capped(seconds: int, extra_bytes: int) -> Iterator[None]:
    """A bound on time (SIGALRM) and on address space growth (``RLIMIT_AS``)."""
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    in_use = _address_space()
    limit = in_use + extra_bytes if hard == resource.RLIM_INFINITY else min(
        hard, in_use + extra_bytes)

    def timeout(signum, frame):  # noqa: ANN001, ARG001 - a signal handler's signature
        raise Hang(f"build ran over {seconds} s")

    previous = signal.signal(signal.SIGALRM, timeout)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def _address_space() -> int:
    """The bytes of address space this process holds (``VmSize``)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmSize:"):
            return int(line.split()[1]) * 1024
    raise AssertionError("no VmSize in /proc/self/status")


def records(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text("utf-8").split("\n") if line]


def check_build(corpus: Corpus, nlp) -> None:  # noqa: ANN001 - the session pipeline
    """Build one fuzzed file under the caps and check that every input is accounted for."""
    name, raw, must = corpus
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        (folder / name).write_bytes(raw)
        store = Path(tmp) / "store"
        with capped(SECONDS, EXTRA_MEMORY):
            summary = build([folder], store=store)
        s = summary
        assert s.seen == (s.stored + s.unchanged + s.duplicates + s.quarantined + s.failed
                          + s.rejected)
        assert s.seen >= 1, f"{name}: nothing read and nothing rejected"
        logged = records(store / "rejected.jsonl")
        assert len(logged) == s.rejected + s.failed + s.duplicates
        assert all(r["reason"] and r["source"] for r in logged), logged
        assert len(records(store / "quarantine.jsonl")) == s.quarantined
        assert len(s.problems) == len(logged) + s.quarantined
        assert all("\n" not in p for p in s.problems), s.problems
        with GraphStore.open(store, read_only=True) as gs:
            ids = {str(r[0]) for r in gs.select(
                "SELECT DISTINCT ?id WHERE { ?a <https://schema.org/identifier> ?id }").rows}
        assert len(ids) == s.stored
        if any(r["position"] is None and r["reason"].startswith("binary file") for r in logged):
            assert s.seen == 1  # NULs over 1% of its head: the file is one binary input
            return
        assert must <= ids, f"good articles lost: {sorted(must - ids)}"
        if name.endswith(".jsonl"):  # each non-blank line is one input (the file, if none)
            text = raw.decode("utf-8", "replace").removeprefix("\ufeff")
            lines = [x for x in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
                     if x.strip()]
            assert s.seen == (len(lines) or 1)


@pytest.mark.parametrize("corpora", [
    pytest.param(jsonl_corpus(), id="jsonl"),
    pytest.param(json_array_corpus(), id="json"),
    pytest.param(csv_corpus(), id="csv"),
    pytest.param(html_corpus(), id="html"),
    pytest.param(feed_corpus(), id="feed"),
    pytest.param(warc_corpus(), id="warc"),
    pytest.param(text_corpus(), id="text"),
])
@FUZZ
@given(data=st.data())
def test_no_input_stops_hangs_or_is_lost(corpora, data, nlp) -> None:  # noqa: ANN001
    check_build(data.draw(corpora, label="corpus"), nlp)
