"""End-to-end throughput: ``kg build`` against the parser it is built on, on every core.

Five runs over the same articles, each a fresh process, one after the other:

1. raw ``nlp.pipe``, ``n_process=1``     spaCy alone (tokenise, tag, parse, NER);
2. raw ``nlp.pipe``, ``n_process=N``
3. ``kg build --workers 1``              everything: load, screen, parse, extract, map,
                                         validate, store, into a fresh store;
4. ``kg build --workers N``
5. raw ``nlp.pipe`` by size, one process: spaCy alone again, but in the batches the
   build gives it (``kg.nlp.parse``: at most ``BATCH_CHARS`` characters), which are
   cheaper on long articles; the build is compared with it too.

The raw runs use spaCy's own attribute ruler and lemmatizer, where the build has
faster ones that give the same Docs (``kg.annotators``).

Each run is timed whole (wall seconds, from the start of its process to its end:
Python, the model and the workers start inside it, on both sides), and its CPU
seconds are those of the process and all its children (``resource.getrusage``).
The table gives articles/s and the ratio of ``kg build`` to raw ``nlp.pipe`` at the
same number of processes; the target is 0.8 or more. ``kg build``'s own split of its
CPU by stage follows.

The articles are the four dev sets of ../shared/eval, or invented ones when
../shared is absent. Timings mean something only on a machine with N idle cores.

    .venv/bin/python bench/throughput.py                      # the four dev sets, N = cores
    .venv/bin/python bench/throughput.py --workers 4 --limit 40
    .venv/bin/python bench/throughput.py FILE.jsonl ...
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from a checkout
    sys.path.insert(0, str(ROOT))

from dev_sets import DEV_SETS  # noqa: E402

from kg.parallel import default_workers  # noqa: E402

TARGET_RATIO = 0.8


@dataclass(frozen=True, slots=True)
class Run:
    """One timed process: what ran, on how many processes, its wall and CPU seconds."""

    what: str
    processes: int
    wall: float
    cpu: float
    stages: dict[str, float] | None = None  # kg build's CPU split, from its summary


def main(argv: list[str] | None = None) -> int:
    args = _arguments(argv)
    if args.raw_pipe:  # the child of run 1, 2 or 5
        return _raw_pipe(args.files[0], args.raw_pipe, by_size=args.by_size)
    if args.build:  # the child of run 3 or 4: WORKERS STORE SUMMARY
        return _build(args.files[0], int(args.build[0]), args.build[1], args.build[2])
    workers = args.workers or default_workers()
    with tempfile.TemporaryDirectory(prefix="newskg-throughput-") as tmp:
        corpus = Path(tmp) / "articles.jsonl"
        count, words = _corpus(args.files, corpus, args.limit)
        if not count:
            print("no articles", file=sys.stderr)
            return 2
        print(f"{count} articles, {words} words; {workers} processes "
              f"(this machine may use {default_workers()} cores)\n")
        runs = []
        for n in sorted({1, workers}):
            runs.append(_timed(f"nlp.pipe n_process={n}", n, [
                sys.executable, __file__, "--raw-pipe", str(n), str(corpus)]))
            store = Path(tmp) / f"store-{n}"
            summary = Path(tmp) / f"summary-{n}.json"
            runs.append(_timed(f"kg build --workers {n}", n, [
                sys.executable, __file__, str(corpus), "--build", str(n), str(store),
                str(summary)], summary=summary))
        runs.append(_timed("nlp.pipe by size, 1", 1, [
            sys.executable, __file__, "--raw-pipe", "1", "--by-size", str(corpus)]))
        _report(runs, count)
    return 0


def _timed(what: str, processes: int, command: list[str], *,
           summary: Path | None = None) -> Run:
    """Run ``command`` to its end; its wall seconds, and the CPU seconds of its process tree."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    stages = json.loads(summary.read_text())["stages"] if summary is not None else None
    print(f"  {what:<26} {wall:7.1f} s wall, {cpu:7.1f} s CPU", flush=True)
    return Run(what, processes, wall, cpu, stages)


def _report(runs: list[Run], count: int) -> None:
    print(f"\n{'run':<26} {'articles/s':>10} {'CPU s/article':>14} {'ratio':>6}")
    raw = {r.processes: r for r in runs if r.what.startswith("nlp.pipe n_process")}
    sized = next((r for r in runs if r.what.startswith("nlp.pipe by size")), None)
    for r in runs:
        rate = count / r.wall
        ratio = ""
        if r.what.startswith("kg build"):
            ratio = f"{rate / (count / raw[r.processes].wall):.2f}"
        print(f"{r.what:<26} {rate:10.2f} {r.cpu / count:14.3f} {ratio:>6}")
    print(f"(ratio: kg build's articles/s over raw nlp.pipe's at the same number of "
          f"processes; target {TARGET_RATIO})")
    one = next((r for r in runs if r.what == "kg build --workers 1"), None)
    if sized is not None and one is not None:
        print(f"kg build --workers 1 over raw nlp.pipe in the build's batches by size: "
              f"{sized.wall / one.wall:.2f}")
    for r in runs:
        if r.stages:
            split = ", ".join(f"{k} {v:.1f}" for k, v in r.stages.items())
            print(f"{r.what}: CPU s by stage: {split}")


def _corpus(files: list[Path], out: Path, limit: int | None) -> tuple[int, int]:
    """The articles of ``files`` (default: the dev sets, else invented ones) as one JSONL
    file; returns how many, and their words."""
    from loaders import load

    paths = files or [path for path in DEV_SETS if path.is_file()]
    articles = list(load(paths)) if paths else _invented()
    articles = articles[:limit] if limit else articles
    with out.open("w", encoding="utf-8") as fh:
        for a in articles:
            fh.write(json.dumps({"id": a.id, "text": a.text, "title": a.title,
                                 "published": a.published, "publisher": a.publisher,
                                 "url": a.url}) + "\n")
    return len(articles), sum(len(a.text.split()) for a in articles)


def _invented(count: int = 120) -> list:
    """Short articles of invented towns and people, for a checkout without ../shared."""
    from kg.records import Article

    towns = ("Port Elin", "Varsk", "Holmvik", "Brekka", "Sjoby", "Tallvik")
    people = ("Edda Sund", "Jonas Lindqvist", "Mira Halden", "Tor Aasen")
    out = []
    for n in range(count):
        town, person = towns[n % len(towns)], people[n % len(people)]
        text = (f"The council of {town} said on Monday that the harbour would reopen after "
                f"{n + 2} weeks of repairs. Mayor {person} told reporters that the work had "
                f"cost {n + 10} thousand crowns. Residents of {town} denied that the "
                f"ferry service had been cut, a spokesman for the council said.")
        out.append(Article(id=f"invented-{n}", text=text, published="2024-03-13"))
    return out


def _raw_pipe(corpus: Path, processes: int, *, by_size: bool = False) -> int:
    """spaCy alone over the corpus, as ``kg build`` would call it (same pipeline, batch),
    but with spaCy's own attribute ruler and lemmatizer (``kg.annotators``: the build
    replaces them with faster ones that give the same Docs)."""
    from kg.extract import DEFAULT_BATCH_SIZE
    from kg.nlp import parse, stock_pipeline

    texts = [json.loads(line)["text"] for line in Path(corpus).read_text().splitlines()]
    nlp = stock_pipeline()
    if by_size:
        for _ in parse(nlp, texts, DEFAULT_BATCH_SIZE):
            pass
        return 0
    for _ in nlp.pipe(texts, batch_size=DEFAULT_BATCH_SIZE, n_process=processes):
        pass
    return 0


def _build(corpus: Path, workers: int, store: str, summary: str) -> int:
    from loaders.language import warm_up

    warm_up()  # as `kg build` does, before it imports the reading engine
    from kg.pipeline import build

    result = build([corpus], store=store, workers=workers)
    Path(summary).write_text(json.dumps(result.as_dict()))
    return 0


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path,
                        help="JSONL files of articles (default: the four dev sets)")
    parser.add_argument("--workers", type=int, default=None,
                        help="N, the processes of runs 2 and 4 (default: the cores)")
    parser.add_argument("--limit", type=int, default=None, help="use only the first articles")
    parser.add_argument("--raw-pipe", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--by-size", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--build", nargs=3, default=None, help=argparse.SUPPRESS)
    return parser.parse_args(argv)


if __name__ == "__main__":
    sys.exit(main())
