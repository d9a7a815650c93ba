"""``kg.extract.extract`` alone, on Docs parsed once: its CPU time, and its output kept.

    .venv/bin/python bench/extract_replay.py --dump /tmp/before.txt     # the reference
    .venv/bin/python bench/extract_replay.py --dump /tmp/after.txt      # then diff the two
    .venv/bin/python bench/extract_replay.py --rounds 5                 # CPU s a round
    .venv/bin/python bench/extract_replay.py --profile                  # cProfile's top 30

Parses the four dev sets of ../shared/eval (or the files given) with ``nlp.pipe`` once
and keeps the Docs in a ``DocBin`` (``--docs``, made on the first run), so that the old
and the new code read the very same parses: run it with ``PYTHONPATH`` set to the
checkout to measure, side by side. ``--dump`` writes the ``repr`` of every
``Extraction`` (with the per-article cap the build applies), one an article, for a
speed change whose output must stay identical.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if not any(Path(p or ".").resolve().joinpath("kg").is_dir() for p in sys.path):
    sys.path.append(str(ROOT))  # run as a script from a checkout, PYTHONPATH first

from dev_sets import DEV_SETS  # noqa: E402
from spacy.tokens import DocBin  # noqa: E402

from kg.extract import DEFAULT_BATCH_SIZE, extract  # noqa: E402
from kg.extract.pieces import MAX_STATEMENTS, cap_items  # noqa: E402
from kg.nlp import load_pipeline  # noqa: E402
from loaders import load  # noqa: E402


def parsed(nlp, articles, path: Path) -> list:
    """The Docs of ``articles``, read from ``path`` or parsed once and kept there."""
    if path.exists():
        return list(DocBin().from_disk(path).get_docs(nlp.vocab))
    docs = list(nlp.pipe((a.text for a in articles), batch_size=DEFAULT_BATCH_SIZE))
    DocBin(docs=docs, store_user_data=True).to_disk(path)
    return docs


def one_round(docs, articles) -> tuple[float, list]:
    started = time.process_time()
    out = [cap_items(extract(d, article=a), MAX_STATEMENTS)[0]
           for d, a in zip(docs, articles, strict=True)]
    return time.process_time() - started, out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path, default=list(DEV_SETS))
    parser.add_argument("--docs", type=Path, default=Path("/tmp/newskg-dev-docs.spacy"))
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--dump", type=Path, help="write the repr of every Extraction here")
    parser.add_argument("--profile", action="store_true", help="cProfile's top 30 of a round")
    args = parser.parse_args(argv)
    articles = list(load([f for f in args.files if f.exists()]))
    nlp = load_pipeline()
    docs = parsed(nlp, articles, args.docs)
    _, out = one_round(docs, articles)  # the warm-up
    if args.dump:
        args.dump.write_text("".join(repr(ex) + "\n" for ex in out))
    if args.profile:
        profile = cProfile.Profile()
        profile.runcall(one_round, docs, articles)
        pstats.Stats(profile).sort_stats("cumulative").print_stats(30)
    times = [one_round(docs, articles)[0] for _ in range(args.rounds)]
    print(f"{len(articles)} articles: extract CPU s " + " ".join(f"{t:.2f}" for t in times)
          + f"; median {statistics.median(times):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
