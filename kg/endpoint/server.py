"""``kg serve``: the SPARQL endpoint over a store, on waitress.

waitress is a pure-Python, multi-threaded, production WSGI server with no
dependencies of its own; its threads only parse HTTP and wait, while queries run
in the worker processes of ``kg.endpoint.workers``.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

from kg.endpoint.app import Limits, SparqlApp, Writer
from kg.endpoint.workers import WorkerPool
from kg.errors import ConfigError
from kg.store import GraphStore

log = logging.getLogger(__name__)
DEFAULT_PORT = 7879  # beside Oxigraph's 7878, so both can run on one machine


def default_workers() -> int:
    return max(1, min(4, os.cpu_count() or 1))


@dataclass(frozen=True, slots=True)
class ServeConfig:
    """Everything ``kg serve`` takes; ``port=0`` picks a free port."""

    store: Path
    host: str = "127.0.0.1"
    port: int = DEFAULT_PORT
    limits: Limits = field(default_factory=Limits)
    workers: int = field(default_factory=default_workers)
    allow_update: bool = False
    token: str | None = None


class Server:
    """A running endpoint: ``run()`` serves until ``close()`` (from another thread) or Ctrl-C."""

    def __init__(self, config: ServeConfig) -> None:
        from waitress.server import create_server

        self.config = config
        self._store: GraphStore | None = None
        writer = None
        if config.allow_update:
            if not config.token:
                raise ConfigError("--allow-update needs a bearer token: give --token or set "
                                  "NEWSKG_TOKEN (e.g. NEWSKG_TOKEN=$(openssl rand -hex 24))")
            self._store = GraphStore.open(config.store)
            writer = Writer(self._store, config.token)
        else:
            GraphStore.open(config.store, create=False, read_only=True).close()  # is it there?
        db = Path(config.store) / "oxigraph"
        self.pool = WorkerPool(db, size=config.workers, timeout=config.limits.timeout)
        app = SparqlApp(self.pool, config.limits, writer, db)
        try:
            self._http = create_server(
                app, host=config.host, port=config.port, threads=config.workers + 4,
                max_request_body_size=2 * config.limits.max_request_bytes + 1, ident="newskg",
                clear_untrusted_proxy_headers=True,
            )
        except OSError as exc:
            self.pool.close()
            raise ConfigError(f"cannot listen on {config.host}:{config.port}: {exc}") from exc

    @property
    def port(self) -> int:
        return int(self._http.effective_port)

    @property
    def url(self) -> str:
        host = self.config.host if ":" not in self.config.host else f"[{self.config.host}]"
        return f"http://{host}:{self.port}"

    def run(self) -> None:
        try:
            self._http.run()
        finally:
            self.close()

    def close(self) -> None:
        self._http.close()
        self.pool.close()
        if self._store is not None:
            self._store.close()
            self._store = None


def make_server(config: ServeConfig) -> Server:
    """Open the store, start the query workers and bind the socket (not yet serving)."""
    return Server(config)
