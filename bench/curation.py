"""What an analyst's fix costs when it touches thousands of articles (issue 17, point 5).

    .venv/bin/python bench/curation.py                   # 2,000 articles
    .venv/bin/python bench/curation.py --articles 500 --keep /tmp/kg-curation

A store is filled with ``--articles`` invented articles, named with the generators of
``bench/corpus.py`` (people, organisations, places) and mapped without NLP
(``Extraction`` records made directly, ``kg.rdf.extraction_graph``, then the derived
graphs brought up to date as a build does): each tells that an organisation seized a
place, another denies it. One actor is in every article: "Northern Guard" in half of
them, "Northern Guards" in the other half. Then, each a ``kg`` command in a process of
its own, as a user runs them: ``kg merge`` (the two names are one actor: every article
changes), ``kg retype`` (that actor is a Person: every article again), ``kg curation
undo`` of the retype, then of the merge (the store as read again). For each: wall
seconds, CPU seconds (user + system, of the command's process) and its peak RSS.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for path in (ROOT, ROOT / "bench"):
    if str(path) not in sys.path:  # run as a script from a checkout
        sys.path.insert(0, str(path))

import corpus  # noqa: E402 - bench/corpus.py, after the path is set

from kg import derived, iri  # noqa: E402
from kg.rdf import extraction_graph  # noqa: E402
from kg.records import Article, DateValue, Entity, Event, Extraction, Span, Statement  # noqa: E402
from kg.store import GraphStore  # noqa: E402

KEEP, GONE = "Northern Guard", "Northern Guards"


def article(n: int, rng: random.Random) -> Extraction:
    """Article ``n``: the Guard (under one of its two names) seized a place, someone of
    another organisation denies it."""
    guard = KEEP if n % 2 == 0 else GONE
    person, other, place = corpus._person(rng), corpus._organisation(rng), corpus._place(rng)
    sentences = [f"The {guard} said that it had seized {place}.",
                 f"{person} of the {other} denied it."]
    text = " ".join(sentences)
    first, second = Span(0, len(sentences[0])), Span(len(sentences[0]) + 1, len(text))
    day = DateValue(f"2024-{1 + n % 12:02d}-{1 + n % 28:02d}", "date", "on Monday")
    seized = text.index("seized")
    content = f"it had seized {place}"
    return Extraction(
        article=Article(id=f"cur-{n:06d}", text=text, published=day.value,
                        publisher=corpus._OUTLETS[n % len(corpus._OUTLETS)]),
        entities=(Entity("g", "Organization", guard), Entity("p", "Person", person),
                  Entity("o", "Organization", other), Entity("l", "Place", place)),
        events=(Event("e", "ControlEvent", "seized", Span(seized, seized + 6), first,
                      agents=("g",), places=("l",), date=day, factuality="Claimed"),),
        statements=(
            Statement("s1", "g", "Assert", "say", content, Span(text.index(content),
                      text.index(content) + len(content)), first, date=day, proposition="e"),
            Statement("s2", "p", "Deny", "deny", "it", Span(second.end - 3, second.end - 1),
                      second, on_behalf_of="o", responds_to="s1"),
        ),
    )


def generate(root: Path, count: int, seed: int) -> float:
    """Fill the store at ``root``; returns the wall seconds it took."""
    started = time.perf_counter()
    rng = random.Random(seed)
    names = []
    with GraphStore.open(root) as gs:
        for n in range(count):
            ex = article(n, rng)
            names.append(str(iri.article_graph(ex.article.id)))
            gs.replace_graph(names[-1], extraction_graph(ex))
        derived.refresh(gs, names)
    return time.perf_counter() - started


def timed(args: list[str]) -> tuple[float, float, float, str]:
    """Run ``kg ARGS`` in a child process: (wall s, CPU s, peak RSS MiB, its output)."""
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "kg", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True, cwd=ROOT)
    assert proc.stdout is not None
    output = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - started
    if proc.returncode != 0:
        raise SystemExit(f"kg {' '.join(args)} failed: {output.strip()}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, output.strip()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep", type=Path, default=None,
                        help="Make the store here and keep it (default: a temporary folder).")
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="kg-curation-")) if args.keep is None else args.keep
    store = folder / "store"
    if store.exists():
        shutil.rmtree(store)
    try:
        seconds = generate(store, args.articles, args.seed)
        print(f"{args.articles} articles stored and derived in {seconds:.1f} s; "
              f"{KEEP!r} in every article (as {GONE!r} in half)")
        steps = [("merge", ["merge", KEEP, GONE]), ("retype", ["retype", KEEP, "Person"]),
                 ("undo retype", ["curation", "undo", "2"]),
                 ("undo merge", ["curation", "undo", "1"])]
        print("| step | wall s | CPU s | peak RSS MiB |\n|---|---|---|---|")
        for name, command in steps:
            wall, cpu, rss, _ = timed([*command, "--by", "bench", "--store", str(store)])
            print(f"| {name} | {wall:.1f} | {cpu:.1f} | {rss:.0f} |", flush=True)
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
