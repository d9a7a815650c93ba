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
from collections.abc import Iterator
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
