"""Score the reading engine on the dev sets and print one table: a row per set.

Each set in ``../shared/eval/<set>/`` is built with ``kg build`` (the real product path:
loader, parse, extraction, RDF, SHACL, store), exported as N-Quads and scored with the
shared ``score.py``. ``news-dev`` is also scored in two parts: ``news-dev/work`` (its
first twenty articles, the ones to look at while changing the engine) and
``news-dev/held`` (the last ten, kept aside as a check of generality: read its figures,
not its sentences). ``invented`` is the project's own set (bench/invented/): sixteen
articles the team wrote, with gold, never used to write rules: a second check of
generality, across conflict, politics, courts, business and society. ``invented2``
(bench/invented2/) is a second held-out set of the same kind: thirty longer articles
written by someone who had not read the engine, with thirteen claimed_control questions.

    .venv/bin/python bench/evaluate.py                         # all six sets
    .venv/bin/python bench/evaluate.py --sets news-dev --parts  # news-dev, whole and parts
    .venv/bin/python bench/evaluate.py --sets news-dev --part work --verbose
    .venv/bin/python bench/evaluate.py --json                  # the table as JSON

``--verbose`` prints the scorer's per-article rows (missing gold ids) for the sets built.
Exit status 0 whatever the scores; 2 when a set cannot be built or scored.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SETS = ("dev", "meantime-dev", "news-dev", "polnear-dev", "invented", "invented2")
LOCAL_SETS = ROOT / "bench"  # sets of the project's own: bench/invented, bench/invented2
WORK_ARTICLES = 20  # news-dev: the first twenty are looked at, the rest held aside
ACCURACY_COLUMNS = ("statement date", "event date", "event place", "event agent",
                    "proposition", "on behalf of", "via", "stance")


@dataclass(frozen=True, slots=True)
class Part:
    """One row of the table: a set, or a part of one (a slice of its articles)."""

    name: str
    folder: Path
    ids: frozenset[str] | None  # None: every article


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared",
                    help="the shared folder (default: ../shared beside the checkout)")
    ap.add_argument("--sets", default=",".join(SETS), help="comma-separated dev sets")
    ap.add_argument("--part", choices=("all", "work", "held"), default="all",
                    help="news-dev only: score all of it, its work part or its held part")
    ap.add_argument("--parts", action="store_true", help="news-dev: also a row per part")
    ap.add_argument("--out", type=Path, default=ROOT / "build" / "eval")
    ap.add_argument("--kg", default=str(Path(sys.executable).parent / "kg"),
                    help="the kg command to build with")
    ap.add_argument("--verbose", action="store_true", help="per-article rows of the scorer")
    ap.add_argument("--json", action="store_true", help="print the table as JSON")
    a = ap.parse_args(argv)
    eval_dir = a.shared / "eval"
    if not (eval_dir / "score.py").is_file():
        print(f"evaluate: no scorer at {eval_dir / 'score.py'} (is ../shared beside the "
              "checkout? pass --shared)", file=sys.stderr)
        return 2
    rows: dict[str, dict] = {}
    for name in [s.strip() for s in a.sets.split(",") if s.strip()]:
        folder = eval_dir / name
        if not folder.is_dir() and (LOCAL_SETS / name / "articles.jsonl").is_file():
            folder = LOCAL_SETS / name
        if not (folder / "articles.jsonl").is_file():
            print(f"evaluate: no dev set {name!r} in {eval_dir}", file=sys.stderr)
            return 2
        parts = _parts(name, folder, a.part, a.parts)
        graph = _build(a.kg, folder, a.out / name, _needed_ids(parts))
        if graph is None:
            return 2
        for part in parts:
            result = _score(eval_dir, part, graph, a.out)
            if result is None:
                return 2
            rows[part.name] = result
            if a.verbose:
                for row in result["articles"]:
                    print(json.dumps(row, default=str))
    if a.json:
        print(json.dumps({k: v["summary"] for k, v in rows.items()}, indent=1, default=str))
    else:
        print(_table({k: v["summary"] for k, v in rows.items()}))
    return 0


def _parts(name: str, folder: Path, part: str, with_parts: bool) -> list[Part]:
    if name != "news-dev":
        return [Part(name, folder, None)]
    ids = [json.loads(line)["id"] for line in
           (folder / "articles.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    work = Part("news-dev/work", folder, frozenset(ids[:WORK_ARTICLES]))
    held = Part("news-dev/held", folder, frozenset(ids[WORK_ARTICLES:]))
    if part == "work":
        return [work]
    if part == "held":
        return [held]
    return [Part(name, folder, None)] + ([work, held] if with_parts else [])


def _needed_ids(parts: list[Part]) -> frozenset[str] | None:
    if any(p.ids is None for p in parts):
        return None
    return frozenset().union(*(p.ids for p in parts if p.ids is not None))


def _build(kg: str, folder: Path, out: Path, ids: frozenset[str] | None) -> Path | None:
    """Build the set (or the listed articles of it) into a fresh store; its N-Quads path."""
    out.mkdir(parents=True, exist_ok=True)
    articles = folder / "articles.jsonl"
    if ids is not None:
        articles = out / "articles.jsonl"
        _write_subset(folder / "articles.jsonl", articles, ids, key="id")
    store, graph, log = out / "store", out / "graph.nq", out / "build.log"
    subprocess.run(["rm", "-rf", str(store)], check=True)
    with log.open("w", encoding="utf-8") as fh:
        built = subprocess.run([kg, "build", str(articles), "--store", str(store), "--quiet"],
                               stdout=fh, stderr=subprocess.STDOUT, check=False)
    if built.returncode not in (0, 1):
        print(f"evaluate: kg build of {folder.name} failed (exit {built.returncode}); "
              f"see {log}", file=sys.stderr)
        return None
    exported = subprocess.run([kg, "export", "--store", str(store), "--format", "nquads",
                               "--out", str(graph)], capture_output=True, text=True, check=False)
    if exported.returncode != 0:
        print(f"evaluate: kg export of {folder.name} failed: {exported.stderr.strip()}",
              file=sys.stderr)
        return None
    return graph


def _write_subset(source: Path, target: Path, ids: frozenset[str], *, key: str) -> None:
    lines = [line for line in source.read_text(encoding="utf-8").splitlines()
             if line.strip() and json.loads(line)[key] in ids]
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _score(eval_dir: Path, part: Part, graph: Path, out: Path) -> dict | None:
    gold = part.folder / "gold.jsonl"
    if part.ids is not None:
        gold = out / f"{part.name.replace('/', '-')}.gold.jsonl"
        _write_subset(part.folder / "gold.jsonl", gold, part.ids, key="article")
    scored = subprocess.run(
        [sys.executable, str(eval_dir / "score.py"), "--articles",
         str(part.folder / "articles.jsonl"), "--gold", str(gold), "--ontology",
         str(ROOT / "ontology"), "--graph", str(graph), "--json"],
        capture_output=True, text=True, check=False)
    if scored.returncode != 0:
        print(f"evaluate: scoring {part.name} failed: {scored.stderr.strip()}", file=sys.stderr)
        return None
    return json.loads(scored.stdout)


def _table(summaries: dict[str, dict]) -> str:
    """A Markdown table: a row per set, the F1s, questions and the accuracies."""
    head = ["set", "entities", "statements", "st P", "st R", "events", "members",
            "questions", *ACCURACY_COLUMNS]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for name, s in summaries.items():
        st = s["statements"]
        cells = [name, _f1(s["entities"]), _f1(st), _num(st and st[0]), _num(st and st[1]),
                 _f1(s["events"]), _f1(s["memberships"]), s["questions"]]
        for col in ACCURACY_COLUMNS:
            value, n = s["accuracy"].get(col, (None, 0))
            cells.append("-" if value is None else f"{value:.2f} ({n})")
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _f1(x: list | None) -> str:
    return "-" if x is None else f"{x[2]:.2f}"


def _num(x: float | None) -> str:
    return "-" if x is None else f"{x:.2f}"


if __name__ == "__main__":
    sys.exit(main())
