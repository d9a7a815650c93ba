"""``kg serve`` under load: the canonical questions from many concurrent clients.

    .venv/bin/python bench/serve_load.py --keep /tmp/kg1m            # 1 M triples, 50 clients
    .venv/bin/python bench/serve_load.py --triples 100000 --clients 20 --requests 200

Generates the store as ``bench/queries.py`` does (or reuses ``--keep``), starts
``kg serve`` in its own process on a loopback port (pinned to the first cores with
``--server-cpus``, the clients to the others with ``--client-cpus``, where the machine
has them), and has ``--clients`` threads ask the canonical questions in turn
(``kg.query.run_query`` over HTTP, parameters bound as VALUES) until ``--requests``
answers have come back. Prints requests/s, p50/p99 latency and every status that
was not 200. Nothing leaves 127.0.0.1, and the request count is bounded.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this checkout's kg
sys.path.insert(0, str(Path(__file__).resolve().parent))
from kg.endpoint.guard import Guard  # noqa: E402
from kg.endpoint.remote import RemoteStore  # noqa: E402
from kg.errors import KGError  # noqa: E402
from kg.query import run_query  # noqa: E402
from queries import QUESTIONS, generate  # noqa: E402 - after the path is set


def start_server(root: Path, args: argparse.Namespace) -> tuple[subprocess.Popen, str]:
    command = [sys.executable, "-m", "kg", "serve", "--store", str(root), "--port", "0",
               "--workers", str(args.workers), "--timeout", str(args.timeout),
               "--max-client-requests", str(args.clients + 1)]
    if args.server_cpus and hasattr(os, "sched_setaffinity"):
        command = ["taskset", "-c", args.server_cpus, *command]
    proc = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    line = proc.stderr.readline() if proc.stderr else ""
    found = re.search(r"(http://\S+)/query", line)
    if not found:
        proc.kill()
        raise SystemExit(f"kg serve did not start: {line}")
    return proc, found.group(1)


def wait_up(base: str) -> None:
    for _ in range(300):
        try:
            with urllib.request.urlopen(f"{base}/", timeout=2):
                return
        except OSError:
            time.sleep(0.1)
    raise SystemExit(f"no answer from {base}")


def load(base: str, clients: int, requests: int) -> tuple[list[float], Counter, float]:
    """``requests`` answers from ``clients`` threads; latencies (s), failures, wall seconds."""
    latencies: list[float] = []
    failures: Counter = Counter()
    lock = threading.Lock()
    issued = iter(range(requests))

    def client(i: int) -> None:
        remote = RemoteStore(f"{base}/query", timeout=600, retries=0)  # one request each
        while True:
            with lock:
                n = next(issued, None)
            if n is None:
                return
            name, params = QUESTIONS[(n + i) % len(QUESTIONS)]
            started = time.perf_counter()
            try:
                run_query(remote, name, params)
            except (KGError, OSError) as exc:
                with lock:
                    failures[type(exc).__name__ + ": " + str(exc)[:80]] += 1
                continue
            with lock:
                latencies.append(time.perf_counter() - started)

    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    began = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return latencies, failures, time.perf_counter() - began


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--keep", type=Path, default=None,
                        help="Build the store here and keep it (an existing one is reused).")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--requests", type=int, default=500, help="Answers to collect.")
    parser.add_argument("--workers", type=int, default=2, help="kg serve's query processes.")
    parser.add_argument("--timeout", type=float, default=60.0, help="kg serve's --timeout.")
    cores = os.cpu_count() or 1
    parser.add_argument("--server-cpus", default="0" if cores > 2 else "",
                        help="taskset CPU list for kg serve (default: CPU 0 when > 2 cores).")
    parser.add_argument("--client-cpus", default=f"1-{cores - 1}" if cores > 2 else "",
                        help="CPUs for this client process (default: the rest when > 2 cores).")
    args = parser.parse_args(argv)
    if args.client_cpus and hasattr(os, "sched_setaffinity"):
        first, _, last = args.client_cpus.partition("-")
        os.sched_setaffinity(0, set(range(int(first), int(last or first) + 1)))
    root = args.keep or Path(tempfile.mkdtemp(prefix="kg-load-")) / "data"
    if not (root / "oxigraph" / "CURRENT").is_file():
        started = time.perf_counter()
        total = generate(root, args.triples)
        print(f"generated {total} triples in {time.perf_counter() - started:.0f} s", flush=True)
    proc, base = start_server(root, args)
    try:
        wait_up(base)
        load(base, min(args.clients, 4), len(QUESTIONS))  # warm up: workers open the store
        latencies, failures, wall = load(base, args.clients, args.requests)
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    print(f"store {root}; {args.clients} clients, {args.workers} workers, "
          f"{os.cpu_count()} cores (server on {args.server_cpus or 'any'}, "
          f"clients on {args.client_cpus or 'any'})")
    if latencies:
        print(f"{len(latencies)} answers in {wall:.1f} s: {len(latencies) / wall:.1f} requests/s, "
              f"p50 {1000 * statistics.median(latencies):.0f} ms, "
              f"p99 {1000 * percentile(latencies, 99):.0f} ms")
    for failure, n in failures.most_common():
        print(f"  {n} x {failure}")
    print(f"query guard: {1000 * guard_seconds():.2f} ms a check of a canonical question")
    return 0 if not failures else 1


def guard_seconds(rounds: int = 100) -> float:
    """CPU seconds the request guard spends on one canonical question, on average."""
    texts = [p.read_text() for p in sorted((ROOT / "queries").glob("*.rq"))]
    guard = Guard()
    started = time.process_time()
    for _ in range(rounds):
        for text in texts:
            guard.check(text)
    return (time.process_time() - started) / (rounds * len(texts))


if __name__ == "__main__":
    sys.exit(main())
