"""``kg build --scheduler``: articles read on a real Dask cluster, stored by one writer.

A real ``dask scheduler`` and two ``dask worker`` processes (from this venv, on free
loopback ports, one thread each, no dashboard) are started once for the module and
killed after. A build through them gives the same store as a build in this process
(graphs as N-Quads without ``nkg:ingestedAt``, records without their ``at``), also when
a worker is SIGKILLed while it holds a partition: Dask gives the partition to the
other worker, and the single writer stores every article once.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from distributed import Client, WorkerPlugin
from sparql_servers import free_port, oxigraph_server
from test_build_crash import corpus_articles, graph_quads
from test_build_workers import corpus, counts, records

import kg.cluster
from kg.cli import main
from kg.parallel import read_articles
from kg.pipeline import build
from kg.records import Article
from kg.store import DERIVED_GRAPHS
from kg.vocab import NKG, SCHEMA

BIN = Path(sys.executable).parent
#: Articles per partition: the corpus's 9 fresh articles make 3 partitions.
BATCH = 3


def start(command: list[str], log: Path) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parent)}  # for HoldOne below
    return subprocess.Popen(command, stdout=log.open("wb"), stderr=subprocess.STDOUT, env=env)


@pytest.fixture(scope="module")
def scheduler(tmp_path_factory):
    """The address of a Dask scheduler with two one-thread workers, all on loopback."""
    tmp = tmp_path_factory.mktemp("dask")
    address = f"tcp://127.0.0.1:{free_port()}"
    processes = [start([str(BIN / "dask"), "scheduler", "--host", "127.0.0.1",
                        "--port", address.rsplit(":", 1)[1], "--no-dashboard"],
                       tmp / "scheduler.log")]
    try:
        for name in ("w1", "w2"):
            processes.append(start([str(BIN / "dask"), "worker", address, "--name", name,
                                    "--host", "127.0.0.1", "--nthreads", "1", "--no-nanny",
                                    "--no-dashboard", "--local-directory", str(tmp / name)],
                                   tmp / f"{name}.log"))
        with Client(address, timeout=60) as client:
            client.wait_for_workers(2, timeout=60)
        yield address
    finally:
        for process in processes:
            process.kill()
            process.wait()


@pytest.fixture(scope="module")
def reference(tmp_path_factory) -> tuple[Path, Path, object]:
    """The corpus (an alias across articles, a duplicate, a bad line), built in this process."""
    tmp = tmp_path_factory.mktemp("reference")
    path = corpus(tmp, size=7)
    summary = build([path], store=tmp / "one", workers=1, batch_size=BATCH)
    return path, tmp / "one", summary


def test_a_cluster_build_stores_what_a_local_build_stores(scheduler, reference,
                                                           tmp_path) -> None:
    path, one, one_summary = reference
    summary = build([path], store=tmp_path / "dask", scheduler=scheduler, batch_size=BATCH)
    assert summary.cluster == scheduler and summary.workers == 2
    assert counts(summary) == {**counts(one_summary), "cluster": scheduler}
    assert summary.stored == 9 and summary.duplicates == 1 and summary.rejected == 1
    assert graph_quads(tmp_path / "dask") == graph_quads(one)
    assert records(tmp_path / "dask") == records(one)
    # the workers' CPU split comes back with the results (validate, a few ms for nine
    # articles on a quiet machine, may round to 0.00: it is there, not necessarily > 0)
    assert {"parse", "extract", "map"} <= {k for k, v in summary.stages.items() if v}
    assert "validate" in summary.stages


def test_a_cluster_build_without_text_leaves_only_the_article_bodies_out(scheduler, reference,
                                                                       tmp_path) -> None:
    """``--no-text`` reaches the cluster's workers: no ``schema:articleBody``, the rest as
    the local build with the texts (an alias mapped again by the writer, without it too)."""
    path, one, _ = reference
    body = f"<{SCHEMA.articleBody}>"
    build([path], store=tmp_path / "dask", scheduler=scheduler, batch_size=BATCH, text=False)
    kept = graph_quads(one)
    assert any(body in q for graph in kept.values() for q in graph)
    assert graph_quads(tmp_path / "dask") == {
        name: {q for q in graph if body not in q} for name, graph in kept.items()}


def test_cli_build_on_the_cluster_says_so(scheduler, reference, tmp_path) -> None:
    path, one, _ = reference
    result = CliRunner().invoke(main, ["build", str(path), "--store", str(tmp_path / "s"),
                                       "--scheduler", scheduler])
    assert result.exit_code == 0, result.output
    assert "10 read, 9 stored" in result.output
    assert "summed over the cluster's 2 threads" in result.output
    assert graph_quads(tmp_path / "s") == graph_quads(one)


def test_an_unreachable_scheduler_is_one_line_naming_it(monkeypatch, reference,
                                                        tmp_path) -> None:
    path, _, _ = reference
    monkeypatch.setattr(kg.cluster, "CONNECT_TIMEOUT", 2)
    address = f"tcp://127.0.0.1:{free_port()}"  # nothing listens there
    result = CliRunner().invoke(main, ["build", str(path), "--store", str(tmp_path / "s"),
                                       "--scheduler", address])
    assert result.exit_code == 2
    assert result.output.startswith(f"kg: cannot reach the Dask scheduler at {address} "
                                    "within 2 s: ")
    assert len(result.output.strip().splitlines()) == 1
    assert not (tmp_path / "s").exists(), "no store is made for a build that cannot run"


def test_an_address_that_is_no_address_and_workers_with_it_are_refused(reference,
                                                                       tmp_path) -> None:
    path, _, _ = reference
    runner = CliRunner()
    result = runner.invoke(main, ["build", str(path), "--scheduler", "localhost"])
    assert result.exit_code == 2
    assert "--scheduler 'localhost' is not a scheduler address: write it as tcp://HOST:PORT" \
        in result.output
    result = runner.invoke(main, ["build", str(path), "--scheduler", "tcp://h:1", "-j", "2"])
    assert result.exit_code == 2 and "--workers and --scheduler: give one" in result.output


def test_workers_that_cannot_load_the_model_are_named(scheduler, reference, tmp_path) -> None:
    path, _, _ = reference
    result = CliRunner().invoke(main, ["build", str(path), "--store", str(tmp_path / "s"),
                                       "--scheduler", scheduler, "--model", "no_such_model"])
    assert result.exit_code == 2
    assert result.output.startswith(f"kg: Dask worker {scheduler.rsplit(':', 1)[0]}:")
    assert "cannot load the spaCy pipeline no_such_model: ConfigError: cannot load the " \
           "spaCy pipeline 'no_such_model'" in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_a_version_that_differs_anywhere_in_the_cluster_is_named() -> None:
    same = {"python": "3.11.7.final.0", "dask": "2026.8.0", "distributed": "2026.8.0"}
    versions = {"client": {"packages": same}, "scheduler": {"packages": same},
                "workers": {"tcp://10.0.0.2:4000": {"packages": {**same, "dask": "2025.1.0"}}}}
    assert kg.cluster._mismatch(versions) == "dask 2026.8.0 here, 2025.1.0 on worker " \
                                             "tcp://10.0.0.2:4000"
    versions["workers"]["tcp://10.0.0.2:4000"]["packages"] = same
    assert kg.cluster._mismatch(versions) is None


def sorted_records(store: Path) -> list[dict]:
    """The store's records in a stable order (``kg load`` merges the screening ones first)."""
    return sorted(records(store), key=lambda r: json.dumps(r, sort_keys=True))


def test_shards_made_on_the_cluster_load_into_the_local_build_s_store(scheduler, reference,
                                                                      tmp_path) -> None:
    path, one, _ = reference
    shards, store = tmp_path / "shards", tmp_path / "loaded"
    runner = CliRunner()
    summary = build([path], store=store, scheduler=scheduler, shards=shards, batch_size=BATCH)
    assert summary.sharded == 9 and summary.duplicates == 1 and summary.rejected == 1
    assert not store.exists(), "a build into shards writes no store"
    keys = (shards / "journal.txt").read_text().split()
    assert len(keys) == 3 and sorted(p.stem for p in shards.glob("*.nq")) == sorted(keys)
    result = runner.invoke(main, ["load", str(shards), "--store", str(store)])
    assert result.exit_code == 0, result.output
    assert "0 read" not in result.output and "9 stored" in result.output
    assert "3 loaded, 0 loaded before; 2 records merged" in result.output
    assert article_quads(store) == article_quads(one)  # alias-2's entity resolved as in one
    assert sorted_records(store) == sorted_records(one)
    result = runner.invoke(main, ["load", str(shards), "--store", str(store)])
    assert "0 loaded, 3 loaded before; 0 records merged" in result.output
    assert article_quads(store) == article_quads(one)
    assert sorted_records(store) == sorted_records(one)
    again = build([path], store=store, scheduler=scheduler, shards=shards, batch_size=BATCH)
    assert again.sharded == 0 and again.unchanged == 9, "what is loaded is skipped"


def article_quads(store: Path) -> dict[str, set[str]]:
    """The store's graphs without the derived ones (copies, claim clusters)."""
    derived = {str(name) for name in DERIVED_GRAPHS}
    return {name: quads for name, quads in graph_quads(store).items() if name not in derived}


def test_shards_loaded_give_the_local_build_s_claim_clusters(reference, tmp_path) -> None:
    """Shards made by --workers 2 and loaded: the derived graphs (copies, claim clusters),
    computed again by kg load, equal the local build's. (The cluster test above compares
    article graphs only.)"""
    path, one, _ = reference
    shards, store = tmp_path / "shards", tmp_path / "loaded"
    build([path], store=tmp_path / "s", workers=2, shards=shards, batch_size=BATCH)
    assert CliRunner().invoke(main, ["load", str(shards), "--store", str(store)]).exit_code == 0
    assert graph_quads(store) == graph_quads(one)


@pytest.mark.slow
def test_kg_push_sends_the_shards_to_a_sparql_server(reference, tmp_path) -> None:
    """Shards made by --workers 2, pushed to a real ``oxigraph serve``: the server holds
    the local build's graphs, the derived ones with them."""
    path, one, _ = reference
    shards = tmp_path / "shards"
    summary = build([path], store=tmp_path / "s", workers=2, shards=shards, batch_size=BATCH)
    assert summary.sharded == 9 and summary.workers == 2
    with oxigraph_server(tmp_path / "server") as base:
        result = CliRunner().invoke(main, ["push", str(shards), "--store", str(tmp_path / "s"),
                                           "--endpoint", f"{base}/query", "--batch-size", "4"])
        assert result.exit_code == 0, result.output
        assert "loaded 3 shards" in result.output
        # 9 articles, the derived graphs (copies, claim clusters) and the ontology
        assert "pushed 12 graphs" in result.output
    server = ox.Store.read_only(str(tmp_path / "server"))
    ingested = str(NKG.ingestedAt)
    pushed = {name: {str(q) for q in server.quads_for_pattern(None, None, None,
                                                              ox.NamedNode(name))
                     if ingested not in str(q.predicate)}
              for name in graph_quads(one)}
    assert pushed == graph_quads(one)  # the local build's, derived graphs too
    assert {str(name) for name in DERIVED_GRAPHS} & set(pushed), "a derived graph compared"


def test_cli_build_into_shards_says_where_they_are(scheduler, reference, tmp_path) -> None:
    path, _, _ = reference
    result = CliRunner().invoke(main, ["build", str(path), "--store", str(tmp_path / "s"),
                                       "--scheduler", scheduler, "--shards",
                                       str(tmp_path / "shards")])
    assert result.exit_code == 0, result.output
    assert f"9 articles read into {tmp_path / 'shards'}: kg load" in result.output
    assert "--shards and --endpoint: give one" in CliRunner().invoke(main, [
        "build", str(path), "--shards", "d", "--endpoint", "http://h/query"]).output


def test_a_partition_read_twice_leaves_one_shard(tmp_path) -> None:
    """What Dask does when a worker dies after writing: the same key, the files replaced."""
    articles = [Article(id=f"s-{n}", text=r["text"], published=r["published"])
                for n, r in enumerate(corpus_articles()[:2])]
    first = read_articles(articles, shards=str(tmp_path))
    second = read_articles(articles, shards=str(tmp_path))
    key = first[0].shard
    assert key and {o.shard for o in first + second} == {key}
    assert sorted(p.name for p in tmp_path.iterdir()) == [f"{key}.nq", f"{key}.outcomes"]
    assert [o.article.id for o in second] == ["s-0", "s-1"]
    assert all(o.article.text == "" and o.extraction is None for o in second), \
        "only the key and the stages come back"


def test_an_unreadable_shard_folder_is_one_line(tmp_path) -> None:
    result = CliRunner().invoke(main, ["load", str(tmp_path / "none"), "--store",
                                       str(tmp_path / "s")])
    assert result.exit_code == 2
    assert result.output == (f"kg: no shards in {tmp_path / 'none'}: journal.txt is missing "
                             "(make them with kg build --shards)\n")


class HoldOne(WorkerPlugin):
    """On the first worker that starts a partition: write its pid to ``marker``, then hold
    the partition (the test SIGKILLs the worker meanwhile)."""

    name = "hold-one"

    def __init__(self, marker: str) -> None:
        self.marker = marker

    def transition(self, key, start, finish, **kwargs) -> None:
        if finish == "executing" and not os.path.exists(self.marker):
            try:
                fd = os.open(self.marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
            except FileExistsError:  # the other worker was first
                return
            os.write(fd, str(os.getpid()).encode())
            os.close(fd)
            time.sleep(120)


@pytest.mark.slow
def test_a_worker_killed_holding_a_partition_costs_nothing_but_time(scheduler, reference,
                                                                    tmp_path) -> None:
    """Runs last: it leaves the cluster one worker."""
    path, one, one_summary = reference
    marker = tmp_path / "holder.pid"
    killed: list[int] = []

    def kill_the_holder() -> None:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if marker.exists() and marker.read_text():
                killed.append(int(marker.read_text()))
                os.kill(killed[0], signal.SIGKILL)
                return
            time.sleep(0.05)

    with Client(scheduler, timeout=30) as client:
        client.register_plugin(HoldOne(str(marker)))
        try:
            watcher = threading.Thread(target=kill_the_holder)
            watcher.start()
            summary = build([path], store=tmp_path / "dask", scheduler=scheduler,
                            batch_size=BATCH)
            watcher.join()
        finally:
            client.unregister_worker_plugin(HoldOne.name)
        assert len(client.nthreads()) == 1, "the killed worker is gone"
    assert killed, "no worker held a partition"
    assert counts(summary) == {**counts(one_summary), "cluster": scheduler}
    assert graph_quads(tmp_path / "dask") == graph_quads(one)
    assert records(tmp_path / "dask") == records(one)


#: Predicates whose object is the time a build or a load ran: left out of comparisons.
WHEN = {str(NKG.ingestedAt), str(NKG.supersededAt), str(NKG.retractedAt)}


def timeless_quads(store: Path) -> dict[str, set[str]]:
    """Every graph of ``store`` (articles, derived, held versions) as N-Quads text, the
    times of ingestion, supersession and retraction left out."""
    from kg.store import GraphStore

    with GraphStore.open(store, read_only=True) as gs:
        names = gs.graphs() + [str(g) for g in DERIVED_GRAPHS if gs.has_graph(g)]
        return {name: {str(q) for q in gs.store.quads_for_pattern(None, None, None,
                                                                  ox.NamedNode(name))
                       if str(q.predicate.value) not in WHEN}
                for name in names}


def two_versions(tmp_path: Path) -> tuple[Path, Path]:
    """The claims corpus (v1), and v2: lt-1 corrected, lt-2 retracted by its loader."""
    from claims_graph import CORPUS

    v1 = tmp_path / "v1.jsonl"
    v1.write_text(CORPUS.read_text())
    lines = [json.loads(line) for line in CORPUS.read_text().splitlines()]
    for line in lines:
        if line["id"] == "lt-1":
            line["text"] = line["text"].replace("on Tuesday", "on Wednesday")
        if line["id"] == "lt-2":
            line["retracted"] = True
    v2 = tmp_path / "v2.jsonl"
    v2.write_text("".join(json.dumps(line) + "\n" for line in lines))
    return v1, v2


def test_shards_in_two_steps_give_a_local_build_s_store_and_history(tmp_path) -> None:
    """v1 then v2 (a correction, a retraction), built locally and by way of shards each
    loaded in turn: the same graphs, derived graphs, records and held versions."""
    from kg.history import history_path

    v1, v2 = two_versions(tmp_path)
    local, loaded = tmp_path / "local", tmp_path / "loaded"
    build([v1], store=local)
    second = build([v2], store=local)
    assert (second.stored, second.retracted) == (1, 1)
    runner = CliRunner()
    for n, path in enumerate((v1, v2), 1):
        shards = tmp_path / f"shards{n}"
        summary = build([path], store=loaded, workers=1, shards=shards, batch_size=BATCH)
        assert summary.seen == summary.done
        result = runner.invoke(main, ["load", str(shards), "--store", str(loaded)])
        assert result.exit_code == 0, result.output
    assert summary.retracted == 1 and summary.sharded == 1
    assert "1 retracted" in result.output
    assert timeless_quads(loaded) == timeless_quads(local)
    assert sorted_records(loaded) == sorted_records(local)
    held = timeless_quads(history_path(local))
    assert len(held) == 2  # lt-1's first version, superseded; lt-2's, retracted
    assert timeless_quads(history_path(loaded)) == held
