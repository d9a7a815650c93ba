"""SPARQL servers for tests, on free loopback ports: a real ``oxigraph serve`` and ``kg serve``.

Each is a context manager that starts the server, waits until it answers, yields
its base URL, and stops it however the test ends. Nothing listens beyond 127.0.0.1.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from kg.endpoint.server import ServeConfig, make_server


def oxigraph_binary() -> str:
    """The ``oxigraph`` CLI of this environment (the PyPI wheel pinned to pyoxigraph's version)."""
    beside = Path(sys.executable).parent / "oxigraph"
    found = str(beside) if beside.is_file() else shutil.which("oxigraph")
    if found is None:
        pytest.skip("the oxigraph server is not installed: pip install oxigraph==0.5.13")
    return found


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_up(url: str, *, seconds: float = 30.0, alive=lambda: True) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if not alive():
            raise RuntimeError(f"the server for {url} exited before it answered")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except urllib.error.HTTPError:
            return  # it answered, if with an error status
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"no answer from {url} within {seconds} s")


@contextmanager
def oxigraph_server(location: Path, *, union_default_graph: bool = False) -> Iterator[str]:
    """``oxigraph serve`` on ``location``; yields ``http://127.0.0.1:PORT``."""
    port = free_port()
    command = [oxigraph_binary(), "serve", "--location", str(location),
               "--bind", f"127.0.0.1:{port}"]
    if union_default_graph:
        command.append("--union-default-graph")
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(f"{base}/query", alive=lambda: proc.poll() is None)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@contextmanager
def kg_server(config: ServeConfig) -> Iterator[str]:
    """``kg serve`` (in this process, on a thread); yields ``http://127.0.0.1:PORT``."""
    server = make_server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{server.port}"
    try:
        wait_until_up(f"{base}/query")
        yield base
    finally:
        server.close()
        thread.join(timeout=10)


#: The three places a named question runs in the exact-row tests: the embedded store,
#: ``kg serve`` over it, and a real ``oxigraph serve`` the store is pushed to; and a
#: fourth a module may add: rdflib's own SPARQL engine on the store's N-Quads export.
BACKENDS = ("embedded", "kg-serve", "oxigraph")
WITH_RDFLIB = (*BACKENDS, "rdflib")


class RdflibStore:
    """A ``kg.query.Selectable`` on an rdflib ``Dataset`` whose default graph is the
    union of its graphs (as the stores above are queried); bindings become VALUES."""

    def __init__(self, dataset) -> None:
        self.dataset = dataset

    def select(self, sparql: str, *, bindings=None):
        from kg.query import inline_bindings, strip_comments
        from kg.store import QueryResult

        text = strip_comments(inline_bindings(sparql, bindings) if bindings else sparql)
        result = self.dataset.query(text)
        names = [str(v) for v in result.vars if str(v) not in (bindings or {})]
        return QueryResult(columns=tuple(names),
                           rows=[tuple(row[n] for n in names) for row in result])


def rdflib_copy(store) -> RdflibStore:
    """The store's N-Quads export (the ontology graph too) in an rdflib ``Dataset``."""
    import io

    from rdflib import Dataset

    out = io.BytesIO()
    store.export(out, "nquads", include_ontology=True)
    dataset = Dataset(default_union=True)
    dataset.parse(data=out.getvalue().decode("utf-8"), format="nquads")
    return RdflibStore(dataset)


def store_backends(build_store: Callable[[Path], Path], name: str,
                   kinds: tuple[str, ...] = BACKENDS) -> tuple:
    """The fixtures of a test module whose questions run on every backend: ``data_dir``
    (``build_store(folder)`` makes the store, once per module), ``embedded``, ``served``,
    ``oxigraph``, ``in_rdflib`` and ``backend`` (each of ``kinds`` in turn). Bind them
    in the module: ``data_dir, embedded, served, oxigraph, in_rdflib, backend =
    store_backends(build, "claims")``."""
    from kg.endpoint.remote import RemoteStore, push
    from kg.store import GraphStore

    @pytest.fixture(scope="module")
    def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
        return build_store(tmp_path_factory.mktemp(name) / "data")

    @pytest.fixture(scope="module")
    def embedded(data_dir: Path) -> Iterator[GraphStore]:
        with GraphStore.open(data_dir, read_only=True) as store:
            yield store

    @pytest.fixture(scope="module")
    def served(data_dir: Path) -> Iterator[RemoteStore]:
        with kg_server(ServeConfig(store=data_dir, port=0, workers=2)) as base:
            yield RemoteStore(f"{base}/query")

    @pytest.fixture(scope="module")
    def oxigraph(embedded: GraphStore, tmp_path_factory: pytest.TempPathFactory
                 ) -> Iterator[RemoteStore]:
        folder = tmp_path_factory.mktemp(f"{name}-oxigraph")
        with oxigraph_server(folder, union_default_graph=True) as base:
            remote = RemoteStore(f"{base}/query")
            push(embedded, remote)
            yield remote

    @pytest.fixture(scope="module")
    def in_rdflib(embedded: GraphStore) -> RdflibStore:
        return rdflib_copy(embedded)

    @pytest.fixture(params=kinds)
    def backend(request: pytest.FixtureRequest):
        fixture = {"kg-serve": "served", "rdflib": "in_rdflib"}.get(request.param, request.param)
        return request.getfixturevalue(fixture)

    return data_dir, embedded, served, oxigraph, in_rdflib, backend
