"""Is ``kg build`` flat? One build of N invented articles, watched every 10 %.

    .venv/bin/python bench/scale.py 10000 --workers 2
    .venv/bin/python bench/scale.py 100000 --workers 2 --corpus /tmp/c100k.jsonl --keep /tmp/s100k

The corpus comes from ``bench/corpus.py`` (invented, deterministic by ``--seed``),
written to a file unless ``--corpus`` names one that exists. Then the real command,
``kg build CORPUS --store DIR --workers N --progress-log``, runs in a subprocess into
a fresh store, and each time it reports another 10 % of the inputs this prints:

- the inputs done, and articles/s over the last 10 % and since the start (wall);
- **CPU s/article** over the last 10 %: the CPU seconds of the build's processes (the
  writer and its workers, children included) per input. This is the figure to read
  on a shared machine, where wall time depends on the others;
- the peak resident memory so far: of the largest process, of the writer (the
  build's own process), and of all of them together (sampled every 0.2 s from
  /proc; the largest also from the kernel's own high-water mark, ``VmHWM``);
- the store's size on disk.

A run cut short (the machine restarted, kill -9) goes on with ``--resume`` and the
same ``--keep``: the build skips what the store holds, and the rows count the articles
this run stores, so CPU s/article and memory stay comparable across the pieces.

At the end: the store's bytes and triples per stored article, and the build's
summary. Flat means the last three columns do not grow from the first 10 % to the
last (the store's size grows, by design, linearly). The ledger's checks are timed
apart (``--ledger``): a ledger of 10 k and of 100 k articles, the same lookups.

Linux only (it reads /proc).
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from a checkout
    sys.path.insert(0, str(ROOT))

KG = str(Path(sys.executable).parent / "kg")
_PROGRESS = re.compile(r"^progress (?:(\d+) % )?(\d+)/\S+ inputs, (\d+) stored")
_TRIPLES = re.compile(r"^graph\s+(\d+) triples")
_TICK = os.sysconf("SC_CLK_TCK")
_PAGE = os.sysconf("SC_PAGE_SIZE")


@dataclass
class Tree:
    """The build's process tree as last sampled: CPU seconds and memory peaks."""

    root: int
    cpu: dict[int, float] = field(default_factory=dict)  # pid -> CPU s (self + waited children)
    peak_largest: int = 0  # bytes
    peak_sum: int = 0
    peak_writer: int = 0  # the build's own process: the store, the ledger, the entity index

    def sample(self) -> None:
        pids = _descendants(self.root)
        total = 0
        for pid in pids:
            stat = _stat(pid)
            if stat is None:
                continue
            self.cpu[pid] = (sum(int(v) for v in stat[11:15])) / _TICK
            rss = int(stat[21]) * _PAGE
            total += rss
            self.peak_largest = max(self.peak_largest, rss, _hwm(pid))
            if pid == self.root:
                self.peak_writer = max(self.peak_writer, rss, _hwm(pid))
        self.peak_sum = max(self.peak_sum, total)

    @property
    def cpu_seconds(self) -> float:
        return sum(self.cpu.values())


def _descendants(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            stat = _stat(int(entry))
            if stat is not None:
                children.setdefault(int(stat[1]), []).append(int(entry))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, ()))
    return found


def _stat(pid: int) -> list[str] | None:
    """/proc/PID/stat after the command name: [state, ppid, …] (field 3 onwards)."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return text[text.rfind(")") + 2:].split()


def _hwm(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def _size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def build(corpus: Path, store: Path, workers: int, count: int, resume: bool = False) -> int:
    """Run and watch the build; print a row every 10 %. Returns its exit code.

    ``resume``: the store holds part of the corpus from an interrupted run; the build
    skips what it holds, and the rates count the articles stored by this run."""
    command = [KG, "build", str(corpus), "--store", str(store), "--workers", str(workers),
               "--progress-log"]
    print(f"$ {' '.join(command)}", flush=True)
    print(f"{'done':>8} {'inputs':>8} {'art/s':>7} {'art/s':>7} {'CPU s/art':>10} "
          f"{'peak MB':>8} {'peak MB':>8} {'peak MB':>8} {'store MB':>9}  load")
    print(f"{'':>8} {'':>8} {'last':>7} {'all':>7} {'last 10%':>10} "
          f"{'largest':>8} {'writer':>8} {'all':>8} {'':>9}")
    started = time.monotonic()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    tree, stop = Tree(proc.pid), threading.Event()

    def watch() -> None:
        while not stop.is_set():
            tree.sample()
            stop.wait(0.2)

    sampler = threading.Thread(target=watch, daemon=True)
    sampler.start()
    last = (started, 0, 0.0)  # time, work done (inputs, or stored when resuming), CPU s
    assert proc.stderr is not None
    for line in proc.stderr:
        m = _PROGRESS.match(line)
        if not m:
            sys.stderr.write(line)
            continue
        tree.sample()
        now, cpu = time.monotonic(), tree.cpu_seconds
        done = int(m.group(2))
        if resume:  # this run's stored articles: the ones it skips cost next to nothing
            done = int(m.group(3))
        step = max(done - last[1], 1)
        print(f"{m.group(1) or '?':>6} % {done:8d} {step / max(now - last[0], 1e-9):7.2f} "
              f"{done / max(now - started, 1e-9):7.2f} {(cpu - last[2]) / step:10.3f} "
              f"{tree.peak_largest / 2**20:8.0f} {tree.peak_writer / 2**20:8.0f} "
              f"{tree.peak_sum / 2**20:8.0f} "
              f"{_size(store) / 2**20:9.1f}  {os.getloadavg()[0]:.1f}", flush=True)
        last = (now, done, cpu)
    out = proc.stdout.read() if proc.stdout else ""
    code = proc.wait()
    stop.set()
    sampler.join()
    wall = time.monotonic() - started
    cpu = last[2]  # at the last progress line: once the workers are reaped, their CPU
    # shows twice (their own, and in the writer's children's time)
    print(out.rstrip())
    stored = _stored(out)
    if stored is None:  # stopped before its summary: no totals
        print(f"\nkg build ended with {code} before its summary (stopped?): the rows above "
              "are what it did; the same command with --resume goes on")
        return code or 1
    triples = next((int(m.group(1)) for m in map(_TRIPLES.match, out.splitlines()) if m), 0)
    size = _size(store)
    if resume:
        count = max(last[1], 1)
    print(f"\n{count} inputs in {wall:.0f} s wall ({count / wall:.2f}/s), "
          f"{cpu:.0f} CPU s ({cpu / count:.3f} an input); "
          f"peak memory {tree.peak_largest / 2**20:.0f} MB (largest process), "
          f"{tree.peak_writer / 2**20:.0f} MB (writer), "
          f"{tree.peak_sum / 2**20:.0f} MB (all)")
    held = stored + _earlier(out)  # resumed: the store holds the earlier runs' too
    print(f"store: {size / 2**20:.1f} MB on disk, {size / max(held, 1) / 1024:.1f} KB a "
          f"stored article ({held} in the store), {triples / max(stored, 1):.0f} triples an "
          f"article stored by this run ({stored})")
    return code


def _stored(out: str) -> int | None:
    """The articles the build's summary says it stored; None without a summary."""
    m = re.search(r"(\d+) stored", out)
    return int(m.group(1)) if m else None


def _earlier(out: str) -> int:
    """The articles an earlier build stored, which a resumed one skipped."""
    m = re.search(r"(\d+) unchanged since an earlier build", out)
    return int(m.group(1)) if m else 0


def ledger_rows(sizes: tuple[int, ...] = (10_000, 100_000), lookups: int = 10_000) -> None:
    """The time of one screening (``Ledger.verdict`` + ``remember``) with ``sizes``
    articles already in the ledger: flat when the checks are indexed lookups."""
    from kg.pipeline import Ledger, content_hash
    from kg.records import Article

    print(f"{'ledger size':>12} {'µs a check':>11}")
    for size in sizes:
        with Ledger() as ledger:
            for n in range(size):
                art = Article(id=f"a{n}", text=f"text {n}", url=f"https://x.example/{n}")
                ledger.remember(art, content_hash(art))
            probes = [Article(id=f"b{n}", text=f"other {n}", url=f"https://y.example/{n}")
                      for n in range(lookups)]
            hashes = [content_hash(a) for a in probes]
            started = time.process_time()
            for art, hash_ in zip(probes, hashes, strict=True):
                ledger.verdict(art, hash_)
                ledger.remember(art, hash_)
            spent = time.process_time() - started
        print(f"{size:12d} {1e6 * spent / lookups:11.1f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("count", type=int, nargs="?", default=10_000, help="articles")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--corpus", type=Path, default=None,
                        help="the corpus file (made when missing; default: a temporary one)")
    parser.add_argument("--keep", type=Path, default=None,
                        help="build into this store folder (must not exist) and keep it")
    parser.add_argument("--resume", action="store_true",
                        help="with --keep: continue an interrupted run into its store")
    parser.add_argument("--ledger", action="store_true", help="time the ledger's checks only")
    args = parser.parse_args(argv)
    if args.ledger:
        ledger_rows()
        return 0
    from bench.corpus import write

    with tempfile.TemporaryDirectory(prefix="newskg-scale-") as tmp:
        corpus = args.corpus or Path(tmp) / "corpus.jsonl"
        if not corpus.exists():
            with corpus.open("w", encoding="utf-8") as fh:
                words = write(args.count, fh, seed=args.seed)
            print(f"corpus: {args.count} articles, {words / args.count:.0f} words an article")
        store = args.keep or Path(tmp) / "store"
        if store.exists() and not args.resume:
            print(f"{store} exists: give a new folder to --keep, or --resume", file=sys.stderr)
            return 2
        if args.resume and store.exists():
            print(f"resuming into {store}: the rates count the articles this run stores")
        return build(corpus, store, args.workers, args.count, resume=args.resume and store.exists())


if __name__ == "__main__":
    sys.exit(main())
