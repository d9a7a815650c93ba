"""How fast the loaders read, and that their memory stays flat as the input grows.

Generates three inputs of invented news articles, each at a base size and at ten
times it: one JSON Lines file, a folder of HTML pages, and a gzipped WARC of HTML
responses. Each input is read through ``loaders.load`` alone (no NLP, no store),
counting the articles, in a fresh process so that one measurement cannot warm or
bloat another:

- **MB/s**, **art/s**: input bytes and articles per wall second of a plain pass;
- **traced MB**: tracemalloc's peak of Python allocations during a second pass;
- **RSS MB**: the process's peak resident memory (``ru_maxrss``), imports included,
  which also counts what tracemalloc cannot see (libxml2 inside trafilatura).

Streaming means the two memory columns do not grow with the input: the last lines
compare each format's peaks at the two sizes.

    .venv/bin/python bench/loading.py                 # base sizes 2000 / 300 / 300
    .venv/bin/python bench/loading.py --scale 0.1     # a quick look
    .venv/bin/python bench/loading.py --any-language  # without the language check
"""

from __future__ import annotations

import argparse
import io
import json
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this checkout's kg and loaders, not another

#: Articles at the base size, per input; the large input has ``GROWTH`` times as many.
BASE = {"jsonl": 2000, "html": 300, "warc": 300}
GROWTH = 10
#: Peak memory may grow by this factor from the base to the large input and count as flat.
FLAT = 1.25
TOWNS = ("Port Elin", "Varsk", "Holmvik", "Brekka", "Tallvik", "Ostmark", "Lunde", "Skarvik")
PEOPLE = ("Edda Sund", "Jonas Lindqvist", "Mira Halden", "Tor Aasen", "Signe Vold", "Ola Brenne")
BODIES = ("the regional council", "the harbour authority", "the fishermen's union",
          "the ferry company Nordlys Lines", "the coast guard", "the island school board")
SENTENCES = (
    "{body} said on {day} that the {thing} in {town} would reopen after repairs.",
    "{person}, a spokesperson for {body}, told reporters that the work had cost {n} "
    "thousand crowns.",
    "Residents of {town} welcomed the decision, although some questioned the delay.",
    "{person} denied that {body} had ignored warnings about the {thing}.",
    "According to {body}, traffic between {town} and {town2} will resume next week.",
    "Officials in {town} promised a public meeting on the future of the {thing}.",
)
THINGS = ("pier", "ferry terminal", "fish market", "lighthouse", "harbour bridge", "quay")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")


def article_text(rng: random.Random, sentences: int = 18) -> str:
    """An invented English news text of ``sentences`` sentences (about 2 KB)."""
    out = []
    for _ in range(sentences):
        town, town2 = rng.sample(TOWNS, 2)
        out.append(rng.choice(SENTENCES).format(
            body=rng.choice(BODIES), day=rng.choice(DAYS), thing=rng.choice(THINGS),
            town=town, town2=town2, person=rng.choice(PEOPLE), n=rng.randint(10, 900)))
    text = " ".join(out)
    return text[0].upper() + text[1:]


def html_page(n: int, text: str) -> str:
    paragraphs = "".join(f"<p>{p}.</p>" for p in text.split(". ") if p)
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8">'
        f"<title>Harbour news {n}</title>"
        f'<link rel="canonical" href="https://herald.example/news/{n}">'
        '<meta property="og:site_name" content="Harbour Herald">'
        '<meta property="article:published_time" content="2024-03-13T08:00:00Z">'
        '</head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>'
        f"<article><h1>Harbour news {n}</h1>{paragraphs}</article>"
        "<footer>Harbour Herald, all rights reserved.</footer></body></html>"
    )


def make_input(kind: str, count: int, folder: Path, seed: int = 7) -> Path:
    """Write ``count`` articles as ``kind`` (jsonl, html or warc) under ``folder``."""
    rng = random.Random(seed)
    if kind == "jsonl":
        path = folder / f"corpus-{count}.jsonl"
        with open(path, "w", encoding="utf-8") as out:
            for n in range(count):
                record = {"id": f"a{n}", "text": article_text(rng), "published": "2024-03-13"}
                out.write(json.dumps(record) + "\n")
        return path
    if kind == "html":
        path = folder / f"pages-{count}"
        path.mkdir()
        for n in range(count):
            (path / f"page-{n:06d}.html").write_text(html_page(n, article_text(rng)), "utf-8")
        return path
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = folder / f"crawl-{count}.warc.gz"
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=True)
        for n in range(count):
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                    protocol="HTTP/1.1")
            body = io.BytesIO(html_page(n, article_text(rng)).encode("utf-8"))
            writer.write_record(writer.create_warc_record(
                f"https://herald.example/news/{n}", "response", payload=body, http_headers=http))
    return path


def input_bytes(path: Path) -> int:
    """Bytes on disk (for a WARC.GZ the compressed ones: what the loader reads)."""
    if path.is_dir():
        return sum(p.stat().st_size for p in path.iterdir())
    return path.stat().st_size


def measure(path: Path, *, languages: tuple[str, ...]) -> dict:
    """Read ``path`` through the loaders twice (timed, then traced), after a warm-up."""
    from loaders import load

    def articles():  # type: ignore[no-untyped-def]
        return load([path], on_reject=lambda r: None, languages=languages)

    next(iter(articles()), None)  # warm-up: imports, models
    started = time.perf_counter()
    count = sum(1 for _ in articles())
    seconds = time.perf_counter() - started
    tracemalloc.start()
    sum(1 for _ in articles())
    _, traced = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"articles": count, "seconds": seconds, "traced": traced, "rss": rss_kb * 1024}


def measure_in_child(path: Path, *, any_language: bool) -> dict:
    flag = ["--any-language"] if any_language else []
    proc = subprocess.run([sys.executable, __file__, "--measure", str(path), *flag],
                          capture_output=True, text=True, check=True)
    return json.loads(proc.stdout)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=float, default=1.0,
                        help="multiply the base sizes (default 1: 2000 JSONL, 300 HTML, 300 WARC)")
    parser.add_argument("--any-language", action="store_true",
                        help="skip the language check (it dominates the JSON Lines time)")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.measure is not None:
        languages = () if args.any_language else ("en",)
        print(json.dumps(measure(args.measure, languages=languages)))
        return 0
    folder = Path(tempfile.mkdtemp(prefix="newskg-bench-"))
    try:
        rows = []
        for kind, base in BASE.items():
            for count in (max(1, round(base * args.scale)), max(1, round(base * args.scale))
                          * GROWTH):
                path = make_input(kind, count, folder)
                result = measure_in_child(path, any_language=args.any_language)
                rows.append((kind, input_bytes(path), result))
        report(rows)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


def report(rows: list[tuple[str, int, dict]]) -> None:
    mb = 1024 * 1024
    print(f"{'input':<7}{'articles':>9}{'MB':>9}{'s':>8}{'MB/s':>8}{'art/s':>9}"
          f"{'traced MB':>11}{'RSS MB':>9}")
    for kind, size, r in rows:
        print(f"{kind:<7}{r['articles']:>9}{size / mb:>9.1f}{r['seconds']:>8.2f}"
              f"{size / mb / r['seconds']:>8.1f}{r['articles'] / r['seconds']:>9.0f}"
              f"{r['traced'] / mb:>11.1f}{r['rss'] / mb:>9.0f}")
    print()
    flat = True
    for kind in BASE:
        small, large = [r for k, _, r in rows if k == kind]
        traced = large["traced"] / small["traced"]
        rss = large["rss"] / small["rss"]
        ok = traced <= FLAT and rss <= FLAT
        flat &= ok
        print(f"{kind}: input x{GROWTH}, peak traced memory x{traced:.2f}, "
              f"peak RSS x{rss:.2f}: {'flat' if ok else 'NOT flat'}")
    print(f"memory flat as the input grows tenfold (within x{FLAT}): {'yes' if flat else 'NO'}")


if __name__ == "__main__":
    sys.exit(main())
