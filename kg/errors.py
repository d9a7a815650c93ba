"""Every error newskg raises on purpose: one base class, one subclass per stage.

The CLI turns a ``KGError`` into a one-line message and exit code 2; anything
else is a bug and keeps its traceback.
"""

from __future__ import annotations


class KGError(Exception):
    """Base of all deliberate newskg errors; the message is meant for the user."""


class ConfigError(KGError):
    """A setting, an option or an installed component is missing or wrong."""


class LoaderError(KGError):
    """An input could not be read as articles."""


class ExtractionError(KGError):
    """The NLP pipeline could not be loaded or failed on an article."""


class ShapeError(KGError):
    """A graph does not conform to the SHACL shapes (raised only where conformance is required)."""


class StoreError(KGError):
    """The triple store could not be opened, read or written."""


class GraphError(StoreError):
    """One graph could not be written (the store refused a term of it): that article
    fails, and the store and the build go on."""


class QueryError(KGError):
    """A named query is unknown, a parameter is missing or malformed, or SPARQL failed."""


class EndpointError(KGError):
    """A remote SPARQL endpoint failed. ``transient`` says whether a retry may help."""

    def __init__(self, message: str, *, transient: bool = False) -> None:
        super().__init__(message)
        self.transient = transient
