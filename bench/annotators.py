"""``kg.annotators`` against spaCy's own attribute ruler and lemmatizer: the same Docs?
How much cheaper?

    .venv/bin/python bench/annotators.py                    # the four dev sets
    .venv/bin/python bench/annotators.py my.jsonl --rounds 5

Parses the articles once up to the two components (tokenizer, tok2vec, tagger, the
layout component, parser), then runs each pair of components on copies of those Docs,
spaCy's and newskg's alternately, round after round: CPU seconds of each (the first
round apart, since it loads the lemmatizer's tables and fills the caches), and whether
every word ends with the same tag, part of speech, features, lemma and dependency
(exit 1 if one does not). Then the whole ``nlp.pipe`` of each pipeline, alternately;
then newskg's pipeline in the build's article batches (``DEFAULT_BATCH_SIZE``) given to
``nlp.pipe`` whole, as before, and cut by size (``kg.nlp.parse``, ``BATCH_CHARS``),
alternately, with the Docs of both compared.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import numpy

ROOT = Path(__file__).resolve().parent.parent
if not any(Path(p or ".").resolve().joinpath("kg").is_dir() for p in sys.path):
    sys.path.append(str(ROOT))  # run as a script from a checkout, PYTHONPATH first

from dev_sets import DEV_SETS  # noqa: E402
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, ORTH, POS, SENT_START, TAG  # noqa: E402

from kg.extract import DEFAULT_BATCH_SIZE  # noqa: E402
from kg.nlp import BATCH_CHARS, load_pipeline, parse, stock_pipeline  # noqa: E402
from loaders import load  # noqa: E402

COMPONENTS = ("attribute_ruler", "lemmatizer")
ATTRIBUTES = [ORTH, TAG, POS, MORPH, LEMMA, DEP, HEAD, SENT_START]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path, default=list(DEV_SETS))
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    texts = [a.text for a in load([f for f in args.files if f.exists()])]
    if not texts:
        print("no articles in " + ", ".join(map(str, args.files)), file=sys.stderr)
        return 2
    ours, stock = load_pipeline(), stock_pipeline()
    before = [name for name in stock.pipe_names if name not in (*COMPONENTS, "ner")
              and stock.pipe_names.index(name) < stock.pipe_names.index(COMPONENTS[0])]
    base = list(stock.pipe(texts, batch_size=DEFAULT_BATCH_SIZE,
                           disable=[n for n in stock.pipe_names if n not in before]))
    print(f"{len(texts)} articles, {sum(len(d) for d in base)} words; parsed up to "
          f"{COMPONENTS[0]} once, then {args.rounds + 1} rounds of each")
    spent: dict[str, list[float]] = {"spaCy's": [], "newskg's": []}
    differing = 0
    for _ in range(args.rounds + 1):
        finished = {}
        for label, nlp in (("spaCy's", stock), ("newskg's", ours)):
            docs = [doc.copy() for doc in base]
            started = time.process_time()
            for name in COMPONENTS:
                docs = [nlp.get_pipe(name)(doc) for doc in docs]
            spent[label].append(time.process_time() - started)
            finished[label] = docs
        differing = sum(not numpy.array_equal(a.to_array(ATTRIBUTES), b.to_array(ATTRIBUTES))
                        or [str(t.morph) for t in a] != [str(t.morph) for t in b]
                        for a, b in zip(finished["spaCy's"], finished["newskg's"], strict=True))
    for label, seconds in spent.items():
        print(f"  {label:<9} {' and '.join(COMPONENTS)}: first round {seconds[0]:.2f} CPU s, "
              f"then median {statistics.median(seconds[1:]):.2f}")
    print(f"  Docs whose words differ: {differing} of {len(base)}")
    whole: dict[str, list[float]] = {"spaCy's": [], "newskg's": []}
    for _ in range(args.rounds):
        for label, nlp in (("spaCy's", stock), ("newskg's", ours)):
            started = time.process_time()
            for _doc in nlp.pipe(texts, batch_size=DEFAULT_BATCH_SIZE):
                pass
            whole[label].append(time.process_time() - started)
    old, new = (statistics.median(whole[label]) for label in ("spaCy's", "newskg's"))
    print(f"  nlp.pipe, median of {args.rounds}: spaCy's components {old:.2f} CPU s, "
          f"newskg's {new:.2f} ({100 * (new - old) / old:+.1f} %)")
    batched: dict[str, list[float]] = {"whole": [], "by size": []}
    made: dict[str, list] = {}
    for _ in range(args.rounds):
        for label in batched:
            started = time.process_time()
            docs = []
            for first in range(0, len(texts), DEFAULT_BATCH_SIZE):
                batch = texts[first:first + DEFAULT_BATCH_SIZE]
                docs += (ours.pipe(batch, batch_size=len(batch)) if label == "whole"
                         else parse(ours, batch, DEFAULT_BATCH_SIZE))
            batched[label].append(time.process_time() - started)
            made[label] = docs
    apart = sum(not numpy.array_equal(a.to_array(ATTRIBUTES), b.to_array(ATTRIBUTES))
                for a, b in zip(made["whole"], made["by size"], strict=True))
    old, new = (statistics.median(batched[label]) for label in batched)
    print(f"  newskg's nlp.pipe, batches of {DEFAULT_BATCH_SIZE} articles given whole "
          f"{old:.2f} CPU s, cut to {BATCH_CHARS} characters {new:.2f} "
          f"({100 * (new - old) / old:+.1f} %); Docs that differ: {apart}")
    return 1 if differing or apart else 0


if __name__ == "__main__":
    sys.exit(main())
