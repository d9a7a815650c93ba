"""Loaders: files, folders and standard input in, ``Article`` records out.

``load`` walks the paths it is given (folders recursively, in sorted order, so a
corpus always loads in the same order), picks a loader per file by extension or
by ``format``, and chains their articles. ``-`` is standard input, read as JSON
Lines unless ``format`` says otherwise. Loaders are found through ``LOADERS``
(name -> "module:function"), imported only when first used.
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

from kg.errors import LoaderError
from kg.records import Article, Rejection
from loaders.base import Loader, RejectHandler, log_rejection

__all__ = [
    "EXTENSIONS",
    "LOADERS",
    "Loader",
    "RejectHandler",
    "get_loader",
    "load",
    "register_loader",
]

#: Format name -> "module:function" of its loader (see ``loaders.base.Loader``).
LOADERS: dict[str, str] = {
    "jsonl": "loaders.jsonl:load_stream",
    "text": "loaders.text:load_stream",
}
#: File extension (lower case) -> format name, for files met without ``format``.
EXTENSIONS: dict[str, str] = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".txt": "text",
    ".md": "text",
}
STDIN = "-"


def register_loader(name: str, target: str, *, extensions: Iterable[str] = ()) -> None:
    """Add a loader ("module:function") under ``name``, optionally claiming file extensions."""
    LOADERS[name] = target
    for ext in extensions:
        EXTENSIONS[ext.lower()] = name


def get_loader(name: str) -> Loader:
    """The loader function for a format name; unknown names are a ``LoaderError``."""
    target = LOADERS.get(name)
    if target is None:
        raise LoaderError(
            f"unknown input format {name!r}; known formats: {', '.join(sorted(LOADERS))}"
        )
    module_name, _, attr = target.partition(":")
    try:
        return getattr(importlib.import_module(module_name), attr)
    except (ImportError, AttributeError) as exc:
        raise LoaderError(f"cannot load the {name!r} loader from {target}: {exc}") from exc


def load(
    paths: Iterable[str | Path],
    *,
    format: str | None = None,
    on_reject: RejectHandler | None = None,
    max_chars: int = 1_000_000,
) -> Iterator[Article]:
    """Articles from files, folders (recursively) and ``-`` (standard input).

    An unknown format or a path that does not exist is a ``LoaderError`` raised at
    once, when ``load`` is called, before any article is read; a file that cannot
    become an article goes to ``on_reject`` (default: a logged warning) and the rest
    go on.
    """
    report = on_reject or log_rejection
    if isinstance(paths, (str, Path)):  # one path, not an iterable of characters
        paths = [paths]
    if format is not None:
        get_loader(format)  # fail on an unknown format before reading anything
    given = [str(p) for p in paths]
    missing = [p for p in given if p != STDIN and not os.path.exists(p)]
    if missing:
        raise LoaderError(f"no such file or folder: {', '.join(missing)}")
    return _articles(given, format, report, max_chars)


def _articles(
    given: list[str], format: str | None, report: RejectHandler, max_chars: int
) -> Iterator[Article]:
    for item in given:
        if item == STDIN:
            yield from _load_stdin(format or "jsonl", report, max_chars)
            continue
        for path, explicit in _walk(Path(item)):
            yield from _load_file(path, format, report, max_chars, explicit=explicit)


def _walk(path: Path) -> Iterator[tuple[Path, bool]]:
    """The files under ``path``, hidden ones skipped; (file, named directly).

    Sorted by their path parts, so ``a.txt`` < ``b/x.txt`` < ``c.txt`` whatever
    order the file system lists them in.
    """
    if not path.is_dir():
        yield path, True
        return
    found: list[Path] = []
    for root, dirs, files in os.walk(path):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        names = {n for n in files if not n.startswith(".")}
        found.extend(Path(root) / n for n in names if not _is_sidecar(n, names))
    for file in sorted(found, key=lambda p: p.relative_to(path).parts):
        yield file, False


def _is_sidecar(name: str, siblings: set[str]) -> bool:
    """``story.json`` beside ``story.txt`` (or ``story.txt.json``) is metadata, not an article."""
    if not name.lower().endswith(".json"):
        return False
    stem = name[: -len(".json")]
    return stem in siblings or any(Path(s).stem == stem and s != name for s in siblings)


def _load_file(
    path: Path, format: str | None, report: RejectHandler, max_chars: int, *, explicit: bool
) -> Iterator[Article]:
    """The articles of one file; an unknown type is skipped (reported when named directly)."""
    name = format or EXTENSIONS.get(path.suffix.lower())
    if name is None:
        if explicit:
            known = ", ".join(sorted(EXTENSIONS))
            report(
                Rejection(
                    str(path),
                    None,
                    f"unknown file type {path.suffix or '(none)'!r}; "
                    f"known: {known}, or give a format",
                )
            )
        return
    loader = get_loader(name)
    try:
        with open(path, "rb") as stream:
            yield from loader(stream, source=str(path), on_reject=report, max_chars=max_chars)
    except OSError as exc:
        report(Rejection(str(path), None, f"cannot read the file: {exc.strerror or exc}"))


def _load_stdin(format: str, report: RejectHandler, max_chars: int) -> Iterator[Article]:
    stream: IO[bytes] | IO[str] = getattr(sys.stdin, "buffer", sys.stdin)
    yield from get_loader(format)(stream, source=STDIN, on_reject=report, max_chars=max_chars)
