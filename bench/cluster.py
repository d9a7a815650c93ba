"""The Dask path on loopback: ``kg build --scheduler`` and ``--shards`` + ``kg load``,
beside ``kg build --workers N``, on the same articles; and what travels per article.

Starts a real ``dask scheduler`` and N ``dask worker`` processes (one thread each, on
127.0.0.1, killed at the end), then times, each into a fresh store:

1. ``kg build --workers N``                 the local pool (the baseline);
2. ``kg build --scheduler``                 the same reading on the cluster, the graphs
                                            sent back to this process, which stores them;
3. ``kg build --scheduler --shards DIR``    the workers write N-Quads shards instead;
4. ``kg load DIR``                          the shards into a store (bulk loader).

and prints articles/s of each and the CPU seconds an article of this process (the
single writer: what bounds one build however many workers it has), then the bytes
per article that cross the wire: an ``Article`` sent (pickled, as Dask sends it), an
``Outcome`` back (run 2), a shard's ``Outcome`` back (run 3: the key and the stages),
and the shard files on disk. Wall times include each build's start (run 1 starts
its pool; the cluster's workers have loaded spaCy before the first timing). On
loopback the network costs nothing: a real cluster adds the transfer of those bytes.

    .venv/bin/python bench/cluster.py                    # the four dev sets, N = cores
    .venv/bin/python bench/cluster.py --workers 2 --limit 60
"""

from __future__ import annotations

import argparse
import pickle
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for path in (ROOT, ROOT / "bench"):
    if str(path) not in sys.path:  # run as a script from a checkout
        sys.path.insert(0, str(path))

from throughput import _corpus  # noqa: E402

from kg.parallel import default_workers  # noqa: E402

BIN = Path(sys.executable).parent


def main(argv: list[str] | None = None) -> int:
    args = _arguments(argv)
    workers = args.workers or default_workers()
    with tempfile.TemporaryDirectory(prefix="newskg-cluster-") as tmp:
        tmp = Path(tmp)
        corpus = tmp / "articles.jsonl"
        count, words = _corpus(args.files, corpus, args.limit)
        print(f"{count} articles, {words} words; {workers} workers of one thread "
              f"(this machine may use {default_workers()} cores)\n")
        with _cluster(tmp, workers) as address:
            rows = _runs(corpus, tmp, workers, address)
        print(f"\n{'run':<34} {'wall s':>7} {'articles/s':>10} {'writer CPU s/article':>21}")
        for what, seconds, cpu in rows:
            print(f"{what:<34} {seconds:7.1f} {count / seconds:10.2f} {cpu / count:21.4f}")
        print("(writer CPU: this process alone, the one that screens and stores; the "
              "workers' CPU is not in it)")
        same = _graph(tmp / "pool") == _graph(tmp / "dask") == _graph(tmp / "sharded")
        print(f"the three stores hold the same graph (N-Quads less nkg:ingestedAt): "
              f"{'yes' if same else 'NO'}")
        _wire(corpus, tmp / "shards", count)
    return 0


def _runs(corpus: Path, tmp: Path, workers: int,
          address: str) -> list[tuple[str, float, float]]:
    from kg.pipeline import build
    from kg.shards import load

    rows = []

    def timed(what: str, run) -> None:
        started, cpu = time.perf_counter(), time.process_time()
        run()
        rows.append((what, time.perf_counter() - started, time.process_time() - cpu))
        print(f"  {what:<34} {rows[-1][1]:7.1f} s", flush=True)

    from kg.cluster import connect, prepare_worker

    with connect(address) as client:  # spaCy loaded on every worker before the timings
        client.run(prepare_worker, None)
    prepare_worker(None)  # and here (the pool's writer loads it), so that CPU is no run's
    timed(f"kg build --workers {workers}", lambda: build([corpus], store=tmp / "pool",
                                                         workers=workers))
    timed("kg build --scheduler", lambda: build([corpus], store=tmp / "dask",
                                                scheduler=address))
    timed("kg build --scheduler --shards", lambda: build([corpus], store=tmp / "sharded",
                                                         scheduler=address,
                                                         shards=tmp / "shards"))
    timed("kg load (the shards)", lambda: load(tmp / "shards", tmp / "sharded"))
    return rows


def _graph(store: Path) -> dict[str, set[str]]:
    """Each article graph's quads as text, the time of the write left out."""
    import pyoxigraph as ox

    from kg.store import GraphStore
    from kg.vocab import NKG

    ingested = str(NKG.ingestedAt)
    with GraphStore.open(store, read_only=True) as gs:
        return {name: {str(q) for q in gs.store.quads_for_pattern(None, None, None,
                                                                  ox.NamedNode(name))
                       if ingested not in str(q.predicate)}
                for name in gs.graphs()}


def _wire(corpus: Path, shards: Path, count: int) -> None:
    """Bytes per article: sent, returned (graphs or shard keys), and on disk as shards."""
    from kg.extract import DEFAULT_BATCH_SIZE
    from kg.parallel import read_articles
    from loaders import load

    articles = list(load([corpus]))[:DEFAULT_BATCH_SIZE]
    outcomes = read_articles(articles)
    light = read_articles(articles, shards=str(Path(shards).parent / "sample-shards"))
    n = len(articles)
    on_disk = sum(p.stat().st_size for p in shards.iterdir() if p.suffix in (".nq", ".outcomes"))
    print(f"\nbytes per article (pickled, as Dask sends them; a batch of {n}):")
    print(f"  Article sent                      {len(pickle.dumps(articles)) / n:9.0f}")
    print(f"  Outcome back (graph and all)      {len(pickle.dumps(outcomes)) / n:9.0f}")
    print(f"  Outcome back with --shards        {len(pickle.dumps(light)) / n:9.0f}")
    print(f"  shard files on disk (.nq + .outcomes, all {count} articles) "
          f"{on_disk / count:9.0f}")


class _cluster:
    """A ``dask scheduler`` and ``workers`` one-thread ``dask worker`` processes on loopback."""

    def __init__(self, tmp: Path, workers: int) -> None:
        self._tmp, self._workers, self._processes = tmp, workers, []

    def __enter__(self) -> str:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        address = f"tcp://127.0.0.1:{port}"
        log = (self._tmp / "dask.log").open("wb")
        self._processes.append(subprocess.Popen(
            [str(BIN / "dask"), "scheduler", "--host", "127.0.0.1", "--port", str(port),
             "--no-dashboard"], stdout=log, stderr=subprocess.STDOUT))
        for n in range(self._workers):
            self._processes.append(subprocess.Popen(
                [str(BIN / "dask"), "worker", address, "--nthreads", "1", "--no-dashboard",
                 "--host", "127.0.0.1", "--local-directory", str(self._tmp / f"w{n}")],
                stdout=log, stderr=subprocess.STDOUT))
        from distributed import Client

        with Client(address, timeout=60) as client:
            client.wait_for_workers(self._workers, timeout=120)
        return address

    def __exit__(self, *exc: object) -> None:
        for process in self._processes:
            process.terminate()
        for process in self._processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path,
                        help="JSONL files of articles (default: the four dev sets)")
    parser.add_argument("--workers", type=int, default=None,
                        help="N, the pool's processes and the cluster's workers (default: "
                             "the cores)")
    parser.add_argument("--limit", type=int, default=None, help="use only the first articles")
    return parser.parse_args(argv)


if __name__ == "__main__":
    sys.exit(main())
