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
#: ``kg serve`` over it, and a real ``oxigraph serve`` the store is pushed to.
BACKENDS = ("embedded", "kg-serve", "oxigraph")


def store_backends(build_store: Callable[[Path], Path], name: str) -> tuple:
    """The fixtures of a test module whose questions run on every backend: ``data_dir``
    (``build_store(folder)`` makes the store, once per module), ``embedded``, ``served``,
    ``oxigraph`` and ``backend`` (each of the three in turn). Bind them in the module:
    ``data_dir, embedded, served, oxigraph, backend = store_backends(build, "claims")``."""
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

    @pytest.fixture(params=BACKENDS)
    def backend(request: pytest.FixtureRequest):
        return request.getfixturevalue({"kg-serve": "served"}.get(request.param, request.param))

    return data_dir, embedded, served, oxigraph, backend
