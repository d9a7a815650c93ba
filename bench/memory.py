"""Peak memory and time of ``kg build`` on one long article and on input bombs.

    .venv/bin/python bench/memory.py                          # 10 k, 100 k, 400 k, 1 M characters
    .venv/bin/python bench/memory.py --sizes 10000,100000 --no-bombs

Each input is built by a separate ``kg build`` process into a fresh store; the figures
are that process's peak resident set size (``ru_maxrss`` of the child) and wall time.
The long articles are invented news prose (statements, events, names), repeated with
varied names until the asked length, paragraphs separated by blank lines; linear
growth shows as a flat "per 100 k characters" column. The bombs: a JSON array nested
20 000 deep (40 KB), a WARC record of 300 MB of zeros compressed to 300 KB, and an RSS
feed with nested entity declarations (a "billion laughs"). The goal of issue 12:
every one under 600 MB.
"""

from __future__ import annotations

import argparse
import io
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

KG = str(Path(sys.executable).parent / "kg")
NAMES = ["Ada Moreno", "Piet Olsen", "Lena Fox", "Tomas Brenn", "Noor Haddad", "Ilse Morrow"]
ORGS = ["Kelvar Militia", "Dockside Union", "Marlow City Council", "Delta Grain",
        "Greyfield Tenants Association", "Veska Farmers Union"]
PLACES = ["Orrin", "Kelvar", "Marlow", "Greyfield", "Lunet", "Tesk"]
PARAGRAPH = (
    "{org} said on Monday that its members had taken control of the depot in {place}. "
    "\"We will hold the town until the talks resume,\" spokesman {name} told reporters. "
    "The {org2} denied the claim, saying its forces still guarded the bridge. "
    "Clashes continued near {place} overnight, and two guards were injured, officials said."
)


def article_text(chars: int) -> str:
    paragraphs, n = [], 0
    while sum(len(p) + 2 for p in paragraphs) < chars:
        paragraphs.append(PARAGRAPH.format(org=ORGS[n % 6], org2=ORGS[(n + 3) % 6],
                                           place=PLACES[(n // 6) % 6], name=NAMES[n % 6]))
        n += 1
    return "\n\n".join(paragraphs)[:chars]


def long_article(folder: Path, chars: int) -> Path:
    path = folder / f"long-{chars}.jsonl"
    record = {"id": f"long-{chars}", "published": "2025-03-10", "title": "Depot taken",
              "text": article_text(chars)}
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    return path


def deep_json(folder: Path) -> Path:
    path = folder / "deep.json"
    path.write_text("[" * 20_000 + "]" * 20_000, encoding="utf-8")
    return path


def zero_warc(folder: Path) -> Path:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    class Zeros(io.RawIOBase):
        def __init__(self, n: int) -> None:
            self.left = n

        def readable(self) -> bool:
            return True

        def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def, override]
            k = min(len(buffer), self.left)
            buffer[:k] = b"\0" * k
            self.left -= k
            return k

    path, size = folder / "zeros.warc.gz", 300 * 1024 * 1024
    with path.open("wb") as fh:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")],
                                   protocol="HTTP/1.0")
        writer = WARCWriter(fh, gzip=True)
        writer.write_record(writer.create_warc_record(
            "http://example.org/zeros", "response", payload=io.BufferedReader(Zeros(size)),
            length=size, http_headers=headers))
    return path


def laughs(folder: Path) -> Path:
    entities = ['<!ENTITY lol0 "lollollollollollollollollollol">']
    entities += [f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)]
    path = folder / "laughs.rss"
    path.write_text('<?xml version="1.0"?>\n<!DOCTYPE rss [\n' + "\n".join(entities)
                    + "\n]>\n<rss version=\"2.0\"><channel><title>T</title><item><title>A"
                    "</title><link>http://example.org/a</link><description>&lol9;"
                    "</description></item></channel></rss>\n", encoding="utf-8")
    return path


#: Run in a fresh process per input, so that its children's peak is that build's alone.
_WRAP = ("import resource, subprocess, sys; "
         "code = subprocess.run(sys.argv[1:], capture_output=True).returncode; "
         "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, code)")


def measure(path: Path, store: Path) -> tuple[float, float, int]:
    """Peak RSS (MB) and wall seconds of one ``kg build``, and its exit code."""
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", _WRAP, KG, "build", str(path), "--store",
                           str(store), "--quiet"], capture_output=True, text=True, check=True)
    seconds = time.perf_counter() - start
    peak_kb, code = done.stdout.split()
    return int(peak_kb) / 1024, seconds, int(code)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="10000,100000,400000,1000000")
    ap.add_argument("--no-bombs", action="store_true")
    a = ap.parse_args(argv)
    print("| input | peak RSS (MB) | seconds | per 100 k characters (s) | exit |")
    print("|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        inputs = [(f"article, {int(c):,} characters", long_article(folder, int(c)), int(c))
                  for c in a.sizes.split(",")]
        if not a.no_bombs:
            inputs += [("JSON array nested 20,000 deep (40 KB)", deep_json(folder), 0),
                       ("WARC: 300 MB of zeros in 300 KB", zero_warc(folder), 0),
                       ("RSS with nested entities", laughs(folder), 0)]
        for n, (label, path, chars) in enumerate(inputs):
            peak, seconds, code = measure(path, folder / f"store-{n}")
            per = f"{seconds / chars * 100_000:.1f}" if chars else "–"
            print(f"| {label} | {peak:.0f} | {seconds:.1f} | {per} | {code} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
