"""``kg serve``: the SPARQL endpoint over a store, on waitress.

waitress is a pure-Python, multi-threaded, production WSGI server with no
dependencies of its own; its threads only parse HTTP and wait, while queries run
in the worker processes of ``kg.endpoint.workers``.

Connections are limited on purpose (``Connections``): a connection idle between
requests, or still sending its headers or its body after a time, is closed; and when
the server holds ``max_connections``, the connection that has been quiet longest
without a request in progress is closed to make room, so connections that send a
few bytes and then nothing cannot lock other clients out (waitress alone would stop
accepting). docs/security.md lists every limit.
"""

from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass, field
from pathlib import Path

from waitress.channel import HTTPChannel
from waitress.server import TcpWSGIServer

from kg.endpoint.app import Limits, SparqlApp, Writer
from kg.endpoint.workers import WorkerPool
from kg.errors import ConfigError
from kg.store import GraphStore

log = logging.getLogger(__name__)
DEFAULT_PORT = 7879  # beside Oxigraph's 7878, so both can run on one machine


def default_workers() -> int:
    return max(1, min(4, os.cpu_count() or 1))


@dataclass(frozen=True, slots=True)
class Connections:
    """How many connections, and for how long; the defaults are in docs/security.md."""

    max_connections: int = 200  # open at once; the quietest idle one is closed for a new one
    idle_timeout: float = 15.0  # seconds a connection may wait between requests
    header_timeout: float = 10.0  # seconds from a request's first byte to its last header
    body_timeout: float = 30.0  # seconds from a request's first byte to its last body byte
    max_header_bytes: int = 16 * 1024  # request headers, beyond the URL (431 beyond)


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
    allow_service: tuple[str, ...] = ()  # URL prefixes SERVICE and LOAD may reach
    connections: Connections = field(default_factory=Connections)


class Server:
    """A running endpoint: ``run()`` serves until ``close()`` (from another thread) or Ctrl-C."""

    def __init__(self, config: ServeConfig) -> None:
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
        app = SparqlApp(self.pool, config.limits, writer, allow_service=config.allow_service,
                        store=Path(config.store), token=config.token)
        conn = config.connections
        try:
            self._http = _GuardedServer(
                app, conn, host=config.host, port=config.port, threads=config.workers + 4,
                max_request_body_size=2 * config.limits.max_request_bytes + 1, ident="newskg",
                clear_untrusted_proxy_headers=True, connection_limit=conn.max_connections,
                channel_timeout=max(1, round(conn.idle_timeout)), cleanup_interval=1,
                max_request_header_size=config.limits.max_url_bytes + conn.max_header_bytes,
                asyncore_use_poll=True,  # select() cannot watch more than 1024 sockets
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


class _Channel(HTTPChannel):
    """waitress's connection, remembering when the request it is reading began."""

    reading_since: float | None = None

    def received(self, data: bytes) -> bool:
        result = super().received(data)
        if self.request is None:
            self.reading_since = None
        elif self.reading_since is None:
            self.reading_since = time.time()
        return result


class _GuardedServer(TcpWSGIServer):
    """waitress's server with header and body timeouts, and room made for new clients."""

    channel_class = _Channel

    def __init__(self, app: object, connections: Connections, **options: object) -> None:
        self.connections = connections
        super().__init__(app, **options)

    def maintenance(self, now: float) -> None:
        """Close idle connections (waitress), and those too slow to send their request."""
        super().maintenance(now)
        for channel in list(self.active_channels.values()):
            since, request = channel.reading_since, channel.request
            if since is None or request is None or channel.requests:
                continue
            limit = (self.connections.body_timeout if request.headers_finished
                     else self.connections.header_timeout)
            if now - since > limit:
                channel.will_close = True

    def readable(self) -> bool:
        """Keep a free place for the next client by closing the quietest idle connection.

        Called by waitress's loop on every turn. A connection with a request in progress
        is never closed; only when every one has, waitress stops accepting.
        """
        if self.accepting:
            channels = list(self.active_channels.values())
            closing = sum(1 for c in channels if c.will_close)
            excess = len(self._map) - (self.adj.connection_limit - 1) - closing
            if excess > 0:
                idle = sorted((c for c in channels if not c.requests and not c.will_close),
                              key=lambda c: c.last_activity)
                for channel in idle[:excess]:
                    channel.will_close = True
        return super().readable()
