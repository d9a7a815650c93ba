"""How much newskg's own reading costs on top of spaCy's ``nlp.pipe``.

Three stages, each timed over the same articles (the corpus repeated until about
``--target`` articles are processed), after one warm-up pass of each over the
corpus as given:

1. ``nlp.pipe``                 spaCy alone: tokenise, tag, parse, NER;
2. ``+ extract``                stage 1 and ``kg.extract.extract`` on every doc;
3. ``+ rdf + validate``         stage 2, then ``kg.rdf.extraction_graph`` and the SHACL
                                check ``kg.validate.validate``: the per-article work
                                of ``kg build`` short of writing to the store.

Times are process CPU seconds (steady when other jobs share the machine; wall
seconds are shown too). Each stage runs ``--rounds`` times, the rounds interleaving
the stages, and the median is reported. Overhead is a stage's time beyond stage 1,
in % of stage 1; the CPU time inside newskg's own functions is also clocked around
each call ("own"), which is steadier than a difference of two totals. The target:
extraction's own time (stage 2) under 25 % of stage 1.

    .venv/bin/python bench/extraction.py                      # both dev sets, ~200 articles
    .venv/bin/python bench/extraction.py FILE.jsonl --repeat 3 --rounds 5
"""

from __future__ import annotations

import argparse
import gc
import math
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from a checkout
    sys.path.insert(0, str(ROOT))

from kg.extract import DEFAULT_BATCH_SIZE, extract  # noqa: E402
from kg.nlp import load_pipeline  # noqa: E402
from kg.rdf import extraction_graph  # noqa: E402
from kg.records import Article  # noqa: E402
from kg.validate import validate  # noqa: E402
from loaders import load  # noqa: E402

#: The development sets, relative to the repository root.
DEV_SETS = (
    ROOT.parent / "shared" / "eval" / "dev" / "articles.jsonl",
    ROOT.parent / "shared" / "eval" / "meantime-dev" / "articles.jsonl",
)
TARGET_ARTICLES = 200
TARGET_OVERHEAD = 25.0  # % of nlp.pipe time that extraction may add


@dataclass(frozen=True, slots=True)
class Timing:
    """One stage over its rounds: CPU and wall seconds, and the CPU spent in newskg."""

    stage: str
    cpu: tuple[float, ...]  # process CPU seconds of each round
    wall: tuple[float, ...]
    own: tuple[float, ...]  # CPU seconds inside extract / rdf / validate (0 for spaCy alone)

    @property
    def seconds(self) -> float:
        return statistics.median(self.cpu)


def main(argv: list[str] | None = None) -> int:
    args = _arguments(argv)
    articles = _articles(args.files)
    if not articles:
        print("no articles in " + ", ".join(map(str, args.files)), file=sys.stderr)
        return 2
    repeat = args.repeat or max(1, math.ceil(args.target / len(articles)))
    corpus = articles * repeat  # a bench corpus is small and must be replayed identically
    chars = sum(len(a.text) for a in corpus)
    megabytes = sum(len(a.text.encode("utf-8")) for a in corpus) / 1e6
    nlp = load_pipeline(args.model)

    print(
        f"corpus   {len(articles)} articles x {repeat} = {len(corpus)} articles, "
        f"{chars:,} characters ({megabytes:.2f} MB of UTF-8)"
    )
    print(
        f"spaCy    {nlp.meta.get('lang', '?')}_{nlp.meta.get('name', '?')} "
        f"{nlp.meta.get('version', '?')}, "
        f"batch size {args.batch_size}, {args.rounds} rounds (median), warm-up first\n"
    )

    runners = (_spacy_only, _with_extract, _whole_path)
    for run in runners:  # warm-up: pipeline caches, shapes, ontology, lazy imports
        run(nlp, articles, args.batch_size)
    stages = [
        (name, partial(run, nlp, corpus, args.batch_size))
        for name, run in zip(("nlp.pipe", "+ extract", "+ rdf + validate"), runners, strict=True)
    ]
    timings = _time(stages, args.rounds)
    _print_table(timings, len(corpus), megabytes)
    return 0


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "files",
        nargs="*",
        type=Path,
        default=list(DEV_SETS),
        help="JSON Lines (or text) article files; default: the two dev sets",
    )
    parser.add_argument(
        "--repeat",
        type=int,
        default=0,
        help="times to repeat the corpus; default: enough for --target articles",
    )
    parser.add_argument(
        "--target",
        type=int,
        default=TARGET_ARTICLES,
        help="articles per round when --repeat is not given (default 200)",
    )
    parser.add_argument("--rounds", type=int, default=3, help="timed rounds per stage (median)")
    parser.add_argument("--batch-size", type=int, default=DEFAULT_BATCH_SIZE)
    parser.add_argument("--model", default=None, help="spaCy pipeline (default: en_core_web_sm)")
    return parser.parse_args(argv)


def _articles(files: list[Path]) -> list[Article]:
    missing = [str(f) for f in files if not f.exists()]
    if missing:
        raise SystemExit(f"no such file: {', '.join(missing)}")
    return list(load(files))


def _pipe(nlp, corpus: list[Article], batch_size: int) -> Iterator[tuple[object, Article]]:
    return nlp.pipe(((a.text, a) for a in corpus), as_tuples=True, batch_size=batch_size)


def _spacy_only(nlp, corpus: list[Article], batch_size: int) -> float:
    for _doc, _article in _pipe(nlp, corpus, batch_size):
        pass
    return 0.0


def _with_extract(nlp, corpus: list[Article], batch_size: int) -> float:
    own = 0.0
    for doc, article in _pipe(nlp, corpus, batch_size):
        t = time.process_time()
        extract(doc, article=article)
        own += time.process_time() - t
    return own


def _whole_path(nlp, corpus: list[Article], batch_size: int) -> float:
    own = 0.0
    for doc, article in _pipe(nlp, corpus, batch_size):
        t = time.process_time()
        report = validate(extraction_graph(extract(doc, article=article)))
        own += time.process_time() - t
        if not report.conforms:
            print(
                f"  ! {article.id} does not conform ({len(report.results)} violations)",
                file=sys.stderr,
            )
    return own


def _time(stages: list[tuple[str, Callable[[], float]]], rounds: int) -> list[Timing]:
    """Rounds interleave the stages (1 2 3 1 2 3 ...), so a machine that drifts
    (other jobs, thermal limits) weighs on every stage alike."""
    runs: dict[str, list[tuple[float, float, float]]] = {name: [] for name, _ in stages}
    for _ in range(rounds):
        for name, fn in stages:
            gc.collect()
            cpu, wall = time.process_time(), time.perf_counter()
            own = fn()
            runs[name].append((time.process_time() - cpu, time.perf_counter() - wall, own))
    return [Timing(name, *map(tuple, zip(*r, strict=True))) for name, r in runs.items()]


def _print_table(timings: list[Timing], n: int, megabytes: float) -> None:
    base = timings[0].seconds
    header = (
        f"{'stage':<18} {'cpu s':>7} {'min-max':>11} {'wall s':>7} {'art/s':>7} "
        f"{'MB/s':>7} {'overhead':>9} {'own':>7}"
    )
    print(header)
    print("-" * len(header))
    for t in timings:
        spread = f"{min(t.cpu):.2f}-{max(t.cpu):.2f}"
        first = t is timings[0]
        overhead = "" if first else f"{100 * (t.seconds - base) / base:+.1f} %"
        own = "" if first else f"{100 * statistics.median(t.own) / base:.1f} %"
        print(
            f"{t.stage:<18} {t.seconds:>7.2f} {spread:>11} {statistics.median(t.wall):>7.2f} "
            f"{n / t.seconds:>7.1f} {megabytes / t.seconds:>7.3f} {overhead:>9} {own:>7}"
        )
    extract_cost = 100 * statistics.median(timings[1].own) / base
    verdict = "met" if extract_cost < TARGET_OVERHEAD else "NOT met"
    print(
        f"\nextraction (own CPU in kg.extract.extract) costs {extract_cost:.1f} % of nlp.pipe "
        f"CPU time (target < {TARGET_OVERHEAD:.0f} %: {verdict})"
    )


if __name__ == "__main__":
    sys.exit(main())
