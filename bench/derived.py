"""The derived graphs (copies, claim clusters): a full computation against an increment.

    .venv/bin/python bench/derived.py                      # 500, 2000 articles
    .venv/bin/python bench/derived.py --articles 500,2000,5000

Generated stores (invented articles, a fixed seed): each article is one group's claim
to have captured one place on one day (40 groups, 150 places, 90 days), a third of
them denied in the same article by another group; one article in ten is a wire copy
of an earlier one (same text, another intro). Each graph is made by the build's own
``prepare`` (mapping, text signature, wire credits), so the store is what a build
stores. Times are CPU seconds of this process: ``full`` is ``kg.derived.refresh`` over
every article (what ``kg recluster`` does); ``+10`` is the refresh after 10 more
articles, what a build that stores 10 articles adds; it should not grow with the store.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import tempfile
import time
from pathlib import Path

from rdflib import RDF

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's kg
from kg import derived, iri  # noqa: E402
from kg.pipeline import content_hash, own_iri, prepare  # noqa: E402
from kg.records import Article, DateValue, Entity, Event, Extraction, Span, Statement  # noqa: E402
from kg.store import CLAIMS_GRAPH, COPIES_GRAPH, GraphStore  # noqa: E402
from kg.vocab import NKG  # noqa: E402

WORDS = ("river", "bridge", "market", "council", "grain", "convoy", "harbour", "school",
         "clinic", "fuel", "road", "night", "morning", "residents", "officials", "trucks")


def article(n: int, rng: random.Random, texts: list[str]) -> Extraction:
    group, other = rng.sample(range(40), 2)
    place = rng.randrange(150)
    day = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(90))
    if texts and rng.random() < 0.1:  # a wire copy of an earlier article
        text = "HARBOUR (Reuters) - " + rng.choice(texts)
    else:
        claim = f"Group {group} said that it had captured Town {place} on {day.isoformat()}."
        filler = " ".join(rng.choice(WORDS) for _ in range(60))
        text = f"{claim} Witnesses spoke of {filler}."
        if rng.random() < 1 / 3:
            text += f" Group {other} denied that Group {group} had taken the town."
        texts.append(text)
    words = text.split(". ")[0] if "(Reuters)" not in text else text.split(" - ", 1)[1]
    claim = text.find(words.split(". ")[0])
    first = Span(claim, text.index(".", claim) + 1)
    g = Entity(f"g{group}", "Organization", f"Group {text[claim + 6:].split()[0]}")
    p = Entity("p", "Place", f"Town {text[first.begin:first.end].split('Town ')[1].split()[0]}")
    date = DateValue(text[first.begin:first.end].rstrip(".")[-10:], "date", "")
    ev = Event("e", "ControlEvent", "captured", Span(text.index("captured"),
               text.index("captured") + 8), first, agents=(g.key,), places=("p",), date=date,
               factuality="Claimed")
    sts = [Statement("s", g.key, "Assert", "say", "it had captured the town",
                     Span(first.begin, first.begin + 5), first, proposition="e")]
    ents = [g, p]
    if " denied that " in text:
        at = text.index("Group", text.index(" denied that ") - 12)
        d = Entity("d", "Organization", " ".join(text[at:].split()[:2]))
        span = Span(at, len(text))
        sts.append(Statement("n", "d", "Deny", "deny", "had taken the town", span, span,
                             proposition="e"))
        ents.append(d)
    return Extraction(Article(id=f"a{n}", text=text, published=date.value,
                              publisher=f"Outlet {n % 25}"),
                      entities=tuple(ents), events=(ev,), statements=tuple(sts))


def store(gs: GraphStore, extractions: list[Extraction]) -> list[str]:
    names = []
    for ex in extractions:
        made = prepare(ex, {e.key: own_iri(e) for e in ex.entities}, content_hash(ex.article))
        assert made.graph is not None, made.report
        names.append(str(iri.article_graph(ex.article.id)))
        gs.replace_graph(names[-1], made.graph)
    return names


def measure(size: int) -> tuple[float, float, int, int]:
    rng, texts = random.Random(17), []
    made = [article(n, rng, texts) for n in range(size + 10)]
    with tempfile.TemporaryDirectory() as tmp, GraphStore.open(Path(tmp) / "s") as gs:
        names = store(gs, made[:size])
        started = time.process_time()
        derived.refresh(gs, names)
        full = time.process_time() - started
        more = store(gs, made[size:])
        started = time.process_time()
        derived.refresh(gs, more)
        step = time.process_time() - started
        clusters = len(set(gs.graph(CLAIMS_GRAPH).subjects(RDF.type, NKG.ClaimCluster)))
        copies = len(set(gs.graph(COPIES_GRAPH).subjects(NKG.copyOf, None)))
    return full, step, clusters, copies


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", default="500,2000")
    args = parser.parse_args()
    print("| articles | clusters | copies | full (s) | full, ms per article | +10 (s) |")
    print("|---|---|---|---|---|---|")
    for size in (int(x) for x in args.articles.split(",")):
        full, step, clusters, copies = measure(size)
        print(f"| {size} | {clusters} | {copies} | {full:.2f} | {1000 * full / size:.1f} | "
              f"{step:.2f} |", flush=True)


if __name__ == "__main__":
    main()
