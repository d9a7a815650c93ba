"""``build(workers=N)``: articles read in N processes, one writer; the store is the same
as with one process, also when the build is interrupted and resumed, and when a worker
process dies in the middle.

Every build here runs the real spaCy pipeline in real worker processes on invented
articles; graphs are compared as N-Quads without ``nkg:ingestedAt`` (the time of the
write, which differs by nature), records without their ``at``.
"""

from __future__ import annotations

import gc
import json
import multiprocessing
import os
import pickle
import re
import signal
import subprocess
import sys
from concurrent.futures import BrokenExecutor, Future
from pathlib import Path

import pytest
from click.testing import CliRunner
from loader_files import write_jsonl
from test_build_crash import corpus_articles, graph_quads

import kg.extract
from kg import iri, parallel
from kg.cli import _duration, main
from kg.errors import ConfigError
from kg.nlp import MODEL_SETTING
from kg.parallel import Job, Outcome, Pool, default_workers, read_articles
from kg.pipeline import GC_THRESHOLD, STAGES, Prepared, build, count_inputs
from kg.records import Article

#: An organisation spelled out, then named by its acronym alone: the second article's
#: entity takes the first one's IRI, which a worker cannot know (the writer maps it again).
ALIASED = [
    {"id": "alias-1", "published": "2024-03-11",
     "text": "The Northern Alliance Party (NAP) said on Monday that it would contest the "
             "election in Varsk. Its leader Edda Sund told reporters the vote was fair."},
    {"id": "alias-2", "published": "2024-03-12",
     "text": "The NAP denied on Tuesday that its candidates had withdrawn from the race in "
             "Varsk. Spokesman Tor Aasen said the party would fight on."},
]


#: Articles per batch: small, so that the corpus makes several batches for the workers.
BATCH = 4


def corpus(tmp_path: Path, size: int = 12) -> Path:
    """Invented articles, an alias across articles, a duplicate and a line that is no JSON."""
    records = [*ALIASED, *corpus_articles()[:size]]
    path = write_jsonl(tmp_path / "corpus.jsonl", *records, {**records[3], "id": "copy"})
    with path.open("a", encoding="utf-8") as fh:
        fh.write("{not json\n")
    return path


def records(store: Path) -> list[dict]:
    """The store's rejection and quarantine records, without the time they were written."""
    out = []
    for name in ("rejected.jsonl", "quarantine.jsonl"):
        path = store / name
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                record = json.loads(line)
                record.pop("at", None)
                out.append({"file": name, **record})
    return out


def counts(summary) -> dict:
    skip = {"store", "seconds", "stages", "workers"}
    return {k: v for k, v in summary.as_dict().items() if k not in skip}


@pytest.fixture(scope="module")
def reference(tmp_path_factory) -> tuple[Path, Path, object]:
    """The corpus, and its store built in this process."""
    tmp = tmp_path_factory.mktemp("reference")
    path = corpus(tmp)
    summary = build([path], store=tmp / "one", workers=1, batch_size=BATCH)
    return path, tmp / "one", summary


@pytest.mark.slow
def test_two_workers_build_the_same_store_as_one_process(reference, tmp_path) -> None:
    path, one, one_summary = reference
    summary = build([path], store=tmp_path / "two", workers=2, batch_size=BATCH)
    assert summary.workers == 2
    assert counts(summary) == counts(one_summary)
    assert summary.stored == 14 and summary.duplicates == 1 and summary.rejected == 1
    assert graph_quads(tmp_path / "two") == graph_quads(one)
    assert records(tmp_path / "two") == records(one)


@pytest.mark.slow
def test_an_alias_resolved_by_the_writer_names_the_entity_stored_before(reference,
                                                                         tmp_path) -> None:
    path, one, _ = reference
    build([path], store=tmp_path / "two", workers=2, batch_size=BATCH)
    quads = graph_quads(tmp_path / "two")
    first, second = (quads[str(iri.article_graph(a["id"]))] for a in ALIASED)
    party = next(q.split()[0] for q in first if '"Northern Alliance Party"' in q)
    assert any(q.startswith(party) and '"NAP"' in q for q in second), sorted(second)


@pytest.mark.slow
def test_interrupted_worker_build_resumes_to_the_same_store(reference, tmp_path) -> None:
    path, one, _ = reference
    store = tmp_path / "two"

    def interrupt(summary, article) -> None:
        if summary.stored >= 3:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        build([path], store=store, workers=2, batch_size=BATCH, progress=interrupt)
    assert 3 <= len(graph_quads(store)) < 14
    build([path], store=store, workers=2, batch_size=BATCH)
    assert graph_quads(store) == graph_quads(one)
    assert not multiprocessing.active_children(), "the interrupted build left workers running"


@pytest.mark.slow
def test_a_worker_killed_mid_build_costs_nothing_but_time(reference, tmp_path) -> None:
    path, one, one_summary = reference
    killed: list[int] = []

    def kill_a_worker(summary, article) -> None:
        workers = multiprocessing.active_children()
        if not killed and workers:
            killed.append(workers[0].pid)
            os.kill(workers[0].pid, signal.SIGKILL)

    summary = build([path], store=tmp_path / "two", workers=2, batch_size=BATCH,
                    progress=kill_a_worker)
    assert killed
    assert counts(summary) == counts(one_summary)
    assert graph_quads(tmp_path / "two") == graph_quads(one)


def test_a_pool_found_broken_when_a_batch_is_sent_is_made_again() -> None:
    # A worker dies while its batch waits to be collected; the next batch is sent before
    # that one is awaited: the send meets the broken pool and must not end the build.
    articles = [Article(id=f"p-{n}", text=r["text"], published=r["published"])
                for n, r in enumerate(corpus_articles()[:2])]
    with Pool(1, None, BATCH) as pool:
        first = pool.submit(articles[:1])
        for process in multiprocessing.active_children():
            os.kill(process.pid, signal.SIGKILL)
        with pytest.raises(BrokenExecutor):
            pool.result(first)
        second = pool.submit(articles[1:])
        assert [o.article.id for o in pool.result(second)] == ["p-1"]
        assert second.generation == first.generation + 1


def test_the_unit_of_work_keeps_order_and_costs_a_failing_article_only(monkeypatch) -> None:
    articles = [Article(id=f"u-{n}", text=r["text"], published=r["published"])
                for n, r in enumerate(corpus_articles()[:3])]
    real = kg.extract.extract

    def fails_on_the_second(doc, *, article):
        if article.id == "u-1":
            raise ValueError("an invented bug")
        return real(doc, article=article)

    monkeypatch.setattr(kg.extract, "extract", fails_on_the_second)
    outcomes = pickle.loads(pickle.dumps(read_articles(articles)))  # what comes back from a worker
    assert [o.article.id for o in outcomes] == ["u-0", "u-1", "u-2"]
    assert outcomes[1].extraction is None
    assert outcomes[1].failure == "extraction failed: ValueError: an invented bug"
    for o in (outcomes[0], outcomes[2]):
        assert isinstance(o, Outcome) and isinstance(o.prepared, Prepared)
        assert o.prepared.graph is not None and o.prepared.report.conforms
        assert set(o.stages) == {"parse", "extract", "map", "validate"}


class _Runner:
    """Workers as the writer sees them: a batch is read at once (``eager``) or only when
    the writer, waiting, does its own work (``idle``)."""

    width = 1

    def __init__(self, eager: bool) -> None:
        self.eager, self.waiting = eager, []

    def submit(self, batch: list[Article]) -> Job:
        job = Job(Future())
        outcomes = [Outcome(a) for a in batch]
        if self.eager:
            job.future.set_result(outcomes)
        else:
            self.waiting.append((job.future, outcomes))
        return job

    def result(self, job: Job) -> list[Outcome]:
        return job.future.result(timeout=5)

    def idle(self) -> None:
        future, outcomes = self.waiting.pop(0)
        future.set_result(outcomes)


@pytest.mark.parametrize("eager", [True, False])
def test_the_writer_works_while_it_waits_for_a_batch_and_only_then(eager: bool) -> None:
    """``parallel.run``'s ``idle`` (the writer's refresh of the derived graphs) is called
    before each wait for a batch not read yet, never before one that is."""
    runner, calls = _Runner(eager), []
    articles = [Article(id=f"i-{n}", text="Text.") for n in range(7)]

    def idle() -> None:
        calls.append(1)
        runner.idle()

    got = [o.article.id for o in parallel.run(runner, articles, 2, idle=idle)]
    assert got == [a.id for a in articles]
    assert len(calls) == (0 if eager else 4)  # batches of 2, 2, 2 and 1


def test_a_build_collects_garbage_less_often_while_it_runs_and_as_before_after(tmp_path) -> None:
    seen = []
    before = gc.get_threshold()
    path = write_jsonl(tmp_path / "in.jsonl", *corpus_articles()[:2])
    build([path], store=tmp_path / "store", progress=lambda s, a: seen.append(gc.get_threshold()))
    assert seen and {t[0] for t in seen} == {GC_THRESHOLD}
    assert gc.get_threshold() == before


def test_default_workers_is_the_cores_this_process_may_use() -> None:
    assert default_workers() == len(os.sched_getaffinity(0))


def test_summary_gives_cpu_seconds_for_every_stage(reference) -> None:
    _, _, summary = reference
    assert list(summary.stages) == list(STAGES)
    assert summary.stages["parse"] > 0 and summary.stages["extract"] > 0
    assert all(seconds >= 0 for seconds in summary.stages.values())  # validate may round to 0.0


def test_cli_build_prints_the_cpu_time_of_each_stage(tmp_path) -> None:
    path = write_jsonl(tmp_path / "corpus.jsonl", *corpus_articles()[:2])
    result = CliRunner().invoke(main, ["build", str(path), "--store", str(tmp_path / "s"),
                                       "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert "2 read, 2 stored" in result.output
    stages = next(line for line in result.output.splitlines() if line.startswith("stages"))
    assert re.fullmatch(r"stages +CPU s: " + ", ".join(rf"{s} \d+\.\d" for s in STAGES)
                        + r" \(this process; load and store in this process\)", stages), stages


def test_count_inputs_counts_articles_and_rejected_inputs_but_not_stdin(tmp_path) -> None:
    path = corpus(tmp_path, size=3)
    assert count_inputs([path]) == 2 + 3 + 1 + 1  # aliased, articles, the copy, the bad line
    assert count_inputs(["-"]) is None


@pytest.mark.parametrize(("seconds", "text"), [(4.4, "4 s"), (185, "3 min 05 s"),
                                               (7620, "2 h 07 min")])
def test_time_left_reads_as_hours_minutes_seconds(seconds, text) -> None:
    assert _duration(seconds) == text


def test_one_batch_is_read_without_starting_workers(tmp_path) -> None:
    path = write_jsonl(tmp_path / "corpus.jsonl", *corpus_articles()[:2])
    summary = build([path], store=tmp_path / "s", workers=4)
    assert summary.stored == 2 and summary.workers == 1


def test_the_writer_of_a_workers_build_finds_the_model_without_loading_it() -> None:
    code = ("import sys; from kg.nlp import check_pipeline; check_pipeline(); "
            "print(sorted(m for m in sys.modules if m.startswith(('spacy', 'en_core'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "[]"


@pytest.mark.slow
def test_the_writer_of_a_workers_build_never_imports_spacy(tmp_path) -> None:
    """The workers parse; the writer starts them as soon as it can, so it does not pay
    for importing spaCy and the reading engine first (about 0.8 s), nor hold them."""
    path = write_jsonl(tmp_path / "in.jsonl", *corpus_articles()[:6])
    code = (f"import sys\nfrom kg.pipeline import build\nif __name__ == '__main__':\n"
            f"    s = build([{str(path)!r}], store={str(tmp_path / 'store')!r}, workers=2, "
            f"batch_size=2)\n"
            f"    print(s.workers, s.stored, sorted(m for m in sys.modules "
            f"if m.startswith(('spacy', 'en_core', 'kg.extract'))))")
    script = tmp_path / "writer.py"
    script.write_text(code, encoding="utf-8")
    out = subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip().splitlines()[-1] == "2 6 []"


def test_a_workers_build_without_its_model_stops_before_the_store(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv(MODEL_SETTING, "no_such_spacy_pipeline")
    path = write_jsonl(tmp_path / "in.jsonl", *corpus_articles()[:1])
    with pytest.raises(ConfigError, match="cannot load the spaCy pipeline 'no_such_spacy_"):
        build([path], store=tmp_path / "store", workers=2)
    assert not (tmp_path / "store").exists()
