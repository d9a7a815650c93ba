"""A polite client for someone else's SPARQL endpoint (Wikidata's, by default).

Wikimedia's User-Agent policy asks every client to say who it is and how to reach
its operator; the Wikidata Query Service answers a client that sends too much with
429 and ``Retry-After``. So: a descriptive User-Agent (with ``--contact``), one
request at a time with a pause between requests, many names per request, and the
retries of ``kg.endpoint.remote.RemoteStore`` (connection errors, 429, 502–504),
which wait as long as ``Retry-After`` asks. The endpoint is only read, never written.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version

from kg.endpoint.remote import DEFAULT_TIMEOUT, RemoteStore
from kg.store import QueryResult

#: Wikidata's public SPARQL endpoint (the Wikidata Query Service).
DEFAULT_ENDPOINT = "https://query.wikidata.org/sparql"
#: Where the User-Agent says newskg lives, unless ``contact`` names the operator.
PROJECT_URL = "https://w3id.org/newskg"
#: Seconds between two requests: one request at a time, well under WDQS's limits.
DEFAULT_PAUSE = 1.0
#: Names per request: one short query, and a few dozen times fewer requests.
DEFAULT_BATCH_SIZE = 25
DEFAULT_RETRIES = 3


@dataclass(frozen=True, slots=True)
class ClientSettings:
    """How to reach the endpoint, and how politely."""

    endpoint: str = DEFAULT_ENDPOINT
    contact: str | None = None  # an e-mail address or URL for the User-Agent
    batch_size: int = DEFAULT_BATCH_SIZE
    pause: float = DEFAULT_PAUSE
    retries: int = DEFAULT_RETRIES
    timeout: int = DEFAULT_TIMEOUT


def user_agent(contact: str | None = None) -> str:
    """``newskg/0.1.0 (CONTACT; kg link) SPARQLWrapper/2.0.0``, as Wikimedia's policy asks."""
    return (f"newskg/{_version('newskg')} ({contact or PROJECT_URL}; kg link) "
            f"SPARQLWrapper/{_version('SPARQLWrapper')}")


class PoliteClient:
    """SELECT queries to one endpoint, one at a time, ``pause`` seconds apart."""

    def __init__(self, settings: ClientSettings) -> None:
        self._remote = RemoteStore(settings.endpoint, user_agent=user_agent(settings.contact),
                                   timeout=settings.timeout, retries=max(0, settings.retries))
        self.pause = max(0.0, settings.pause)
        self._last: float | None = None

    @property
    def requests(self) -> int:
        """HTTP requests made so far, retries included."""
        return self._remote.requests

    def select(self, sparql: str) -> QueryResult:
        if self._last is not None:
            time.sleep(max(0.0, self._last + self.pause - time.monotonic()))
        try:
            return self._remote.select(sparql)
        finally:
            self._last = time.monotonic()


def _version(package: str) -> str:
    try:
        return version(package)
    except PackageNotFoundError:
        return "unknown"
