"""``kg build --scheduler tcp://HOST:PORT``: articles read on a Dask distributed cluster.

The same design as ``--workers N`` (``kg.parallel``), with the cluster's workers in
place of the local processes: the build's process screens the articles, sends them in
partitions (the batches of ``kg.pipeline.batches``) to the cluster, where each runs
``kg.parallel.read_articles``, and stores what comes back in input order as the single
writer (ledger, entity resolution, store, records). ``kg.parallel.run`` keeps the order,
the read-ahead and the recovery for both; this module is the Dask side of its ``Runner``.

What travels: a partition's ``Article``s to a worker, its ``Outcome``s (the extraction
and the article's graph, pickled) back. A worker needs only ``pip install newskg`` (the
same version as the build's machine: checked when the build starts, with Dask's own
version check and the spaCy pipeline loaded once on every worker).

A worker that dies holding a partition: the scheduler gives the partition to another
worker (Dask's ``distributed.scheduler.allowed-failures``, 3 by default, deaths per
task); only a partition that has killed that many workers comes back as
``KilledWorker``, and its articles are then read one by one like a pool's (the one that
kills again is recorded as failed). A partition whose function raised is tried again
once (``RETRIES``). Nothing is stored twice: only this process writes, once per article.
"""

from __future__ import annotations

import importlib.metadata
import os
import warnings

from kg.errors import ConfigError, KGError
from kg.parallel import Job, Outcome, read_articles
from kg.records import Article

#: Seconds to wait for the scheduler to answer, and for a first worker to join it.
CONNECT_TIMEOUT = 10
WORKER_TIMEOUT = 30
#: Times a partition whose task raised is sent again (a dead worker is Dask's to mend).
RETRIES = 1
#: What must be the same on every machine of the cluster (Dask's own list, and Python).
CHECKED_PACKAGES = ("python", "dask", "distributed", "msgpack", "cloudpickle", "tornado",
                    "toolz")


class Cluster:
    """A ``kg.parallel.Runner`` on the Dask cluster whose scheduler is at ``address``."""

    def __init__(self, address: str, model: str | None, batch_size: int, *,
                 shards: str | None = None, text: bool = True) -> None:
        self.address, self._model, self._batch_size = address, model, batch_size
        self._shards, self._text = shards, text
        self._client = connect(address)
        try:
            check_workers(self._client, address, model)
            if shards is not None:
                check_folder(self._client, shards)
            self.width = max(1, sum(self._client.nthreads().values()))
        except BaseException:
            self._client.close()
            raise

    def __enter__(self) -> Cluster:
        return self

    def __exit__(self, *exc: object) -> None:
        self._client.close()

    def submit(self, batch: list[Article]) -> Job:
        # pure=False: a batch read again (one by one after a failure) is a new task
        return Job(self._client.submit(read_articles, batch, self._model, self._batch_size,
                                       self._shards, self._text, pure=False, retries=RETRIES))

    def result(self, job: Job) -> list[Outcome]:
        try:
            return job.future.result()
        finally:
            job.future.release()  # the scheduler forgets the partition's outcomes

    def recover(self, job: Job, exc: Exception) -> None:
        """A lost scheduler stops the build (what was stored stays: run it again);
        anything else (a partition that killed its workers, or raised twice) is read
        again article by article."""
        if self._client.status != "running":
            raise KGError(f"lost the Dask scheduler at {self.address} "
                          f"({type(exc).__name__}: {exc}); what was stored stays: run the "
                          "build again to go on") from exc


def connect(address: str):  # -> distributed.Client
    """A client of the scheduler at ``address``, or a one-line error naming it."""
    try:
        from distributed import Client
    except ImportError as exc:  # a dependency of newskg: only a broken install lacks it
        raise ConfigError("--scheduler needs the package distributed: pip install newskg "
                          "installs it") from exc
    if "://" not in address:
        raise ConfigError(f"--scheduler {address!r} is not a scheduler address: write it as "
                          "tcp://HOST:PORT (a `dask scheduler` prints it when it starts)")
    try:
        with warnings.catch_warnings():  # a version mismatch: check_workers says which
            warnings.simplefilter("ignore")
            return Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        raise ConfigError(f"cannot reach the Dask scheduler at {address} within "
                          f"{CONNECT_TIMEOUT} s: {_line(exc)}") from exc


def check_workers(client, address: str, model: str | None) -> None:
    """At least one worker, running the same Dask, Python and newskg as this process and
    able to load the spaCy pipeline (loaded now, once per worker); else a one-line error
    naming the worker and what it lacks."""
    try:
        client.wait_for_workers(1, timeout=WORKER_TIMEOUT)
    except TimeoutError as exc:
        raise ConfigError(f"no Dask worker has joined the scheduler at {address} within "
                          f"{WORKER_TIMEOUT} s: start some with `dask worker {address}`") from exc
    mismatch = _mismatch(client.get_versions())
    if mismatch:
        raise ConfigError(f"the Dask cluster at {address} runs other versions than this "
                          f"machine: {mismatch}; install the same on all")
    ours = importlib.metadata.version("newskg")
    theirs = client.run(importlib.metadata.version, "newskg", on_error="return")
    for worker, version in sorted(theirs.items()):
        if isinstance(version, BaseException):
            raise ConfigError(f"Dask worker {worker} has no newskg: pip install "
                              f"newskg=={ours} there ({_line(version)})")
        if version != ours:
            raise ConfigError(f"Dask worker {worker} runs newskg {version}, this machine "
                              f"{ours}: install the same version on both")
    loaded = client.run(prepare_worker, model, on_error="return")
    for worker, answer in sorted(loaded.items()):
        if isinstance(answer, BaseException):
            raise ConfigError(f"Dask worker {worker} cannot load the spaCy pipeline "
                              f"{model or 'en_core_web_sm'}: {_line(answer)}")


def _mismatch(versions: dict) -> str | None:
    """The first package (Python, Dask's own) whose version differs between this process,
    the scheduler and the workers, as ``dask 2026.8.0 here, 2025.1.0 on tcp://…``."""
    ours = versions["client"]["packages"]
    others = {"the scheduler": versions["scheduler"]["packages"],
              **{f"worker {w}": v["packages"] for w, v in versions["workers"].items()}}
    for package in CHECKED_PACKAGES:
        for where, packages in sorted(others.items()):
            theirs = packages.get(package)
            if theirs != ours.get(package):
                return f"{package} {ours.get(package)} here, {theirs} on {where}"
    return None


def check_folder(client, folder: str) -> None:
    """Every worker can write shards into ``folder`` (a file system they all share)."""
    answers = client.run(writable, folder, on_error="return")
    for worker, answer in sorted(answers.items()):
        if answer is not True:
            why = _line(answer) if isinstance(answer, BaseException) else "not writable there"
            raise ConfigError(f"Dask worker {worker} cannot write shards to {folder} ({why}): "
                              "give --shards a folder every worker shares")


def writable(folder: str) -> bool:
    """Make ``folder`` if need be; whether this process may write in it."""
    os.makedirs(folder, exist_ok=True)
    return os.access(folder, os.W_OK)


def prepare_worker(model: str | None) -> str:
    """Load what every article needs, once per worker process (``client.run``)."""
    from kg.nlp import load_pipeline
    from kg.validate import _default_class_tree, default_shapes

    nlp = load_pipeline(model)
    default_shapes()
    _default_class_tree()
    return nlp.meta.get("name", "?")


def _line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
