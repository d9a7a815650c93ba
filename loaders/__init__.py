"""Loaders: files, folders, globs and standard input in, ``Article`` records out.

``load`` walks the paths it is given (folders recursively, in sorted order, so a
corpus always loads in the same order; a path that does not exist but has glob
characters is a pattern), picks a loader per file by extension or by ``format``,
and chains their articles. ``-`` is standard input, read as JSON Lines unless
``format`` says otherwise. Loaders are found through ``LOADERS`` (name ->
"module:function"), imported only when first used.
"""

from __future__ import annotations

import glob
import importlib
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

from kg.errors import KGError, LoaderError
from kg.records import Article, Rejection
from loaders.base import (
    DEFAULT_MAX_CHARS,
    Loader,
    LoadOptions,
    RejectHandler,
    log,
    log_rejection,
    one_line,
)
from loaders.language import warm_up

__all__ = [
    "DEFAULT_MAX_CHARS",
    "EXTENSIONS",
    "LOADERS",
    "LoadOptions",
    "Loader",
    "RejectHandler",
    "format_of",
    "get_loader",
    "load",
    "register_loader",
]

#: Format name -> "module:function" of its loader (see ``loaders.base.Loader``).
LOADERS: dict[str, str] = {
    "jsonl": "loaders.jsonl:load_stream",
    "json": "loaders.jsonarray:load_stream",
    "text": "loaders.text:load_stream",
    "html": "loaders.html:load_stream",
    "feed": "loaders.feed:load_stream",
    "warc": "loaders.warc:load_stream",
    "csv": "loaders.csvfile:load_stream",
}
#: File extension (lower case, possibly double: ".warc.gz") -> format name.
EXTENSIONS: dict[str, str] = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".txt": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
    ".warc": "warc",
    ".warc.gz": "warc",
    ".csv": "csv",
}
STDIN = "-"
_GLOB_CHARS = frozenset("*?[")


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


def format_of(path: Path) -> str | None:
    """The format a file's extension claims (the double one first: ``.warc.gz``), or ``None``."""
    name = path.name.lower()
    double = "".join(Path(name).suffixes[-2:])
    return EXTENSIONS.get(double) or EXTENSIONS.get(Path(name).suffix)


def load(
    paths: Iterable[str | Path],
    *,
    format: str | None = None,
    on_reject: RejectHandler | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    text_column: str | None = None,
    languages: tuple[str, ...] = ("en",),
) -> Iterator[Article]:
    """Articles from files, folders (recursively), globs and ``-`` (standard input).

    An unknown format, or a path that does not exist and matches nothing, is a
    ``LoaderError`` raised at once, when ``load`` is called, before any article is
    read; an input that cannot become an article goes to ``on_reject`` (default: a
    logged warning) and the rest go on. See ``LoadOptions`` for the other options.
    """
    report = on_reject or log_rejection
    if isinstance(paths, (str, Path)):  # one path, not an iterable of characters
        paths = [paths]
    if format is not None:
        get_loader(format)  # fail on an unknown format before reading anything
    given = [item for p in paths for item in _expand(str(p))]
    options = LoadOptions(max_chars=max_chars, text_column=text_column, languages=languages)
    if languages:
        warm_up()  # the language model loads while the caller gets ready to read
    return _articles(given, format, report, options)


def _expand(item: str) -> list[str]:
    """``item`` itself, or the sorted paths a glob pattern matches (``**`` spans folders)."""
    if item == STDIN or os.path.exists(item):
        return [item]
    if _GLOB_CHARS & set(item):
        found = sorted(glob.glob(item, recursive=True))
        if found:
            return found
        raise LoaderError(f"no file matches {item!r}")
    raise LoaderError(f"no such file or folder: {item}")


def _articles(
    given: list[str], format: str | None, report: RejectHandler, options: LoadOptions
) -> Iterator[Article]:
    for item in given:
        if item == STDIN:
            yield from _load_stdin(format or "jsonl", report, options)
            continue
        for path, explicit in _walk(Path(item), report):
            yield from _load_file(path, format, report, options, explicit=explicit)


def _walk(path: Path, report: RejectHandler) -> Iterator[tuple[Path, bool]]:
    """The files under ``path``, hidden ones skipped; (file, named directly).

    Sorted by their path parts, so ``a.txt`` < ``b/x.txt`` < ``c.txt`` whatever
    order the file system lists them in. A linked folder is read like any other,
    once: a link back to a folder already read is reported and skipped.
    """
    if not path.is_dir():
        yield path, True
        return
    found: list[Path] = []
    folders = {os.path.realpath(path)}
    for root, dirs, files in os.walk(path, followlinks=True):
        dirs[:] = [d for d in sorted(dirs) if not d.startswith(".")
                   and _first_visit(Path(root) / d, folders, report)]
        names = {n for n in files if not n.startswith(".")}
        found.extend(Path(root) / n for n in names if not _is_sidecar(n, names))
    for file in sorted(found, key=lambda p: p.relative_to(path).parts):
        yield file, False


def _first_visit(folder: Path, seen: set[str], report: RejectHandler) -> bool:
    """Whether ``folder`` (maybe a link) leads to a folder not read yet; else reported."""
    real = os.path.realpath(folder)
    if real in seen:
        report(Rejection(str(folder), None, f"folder link to {real}, a folder already read "
                         "(a loop or a second way in); skipped"))
        return False
    seen.add(real)
    return True


def _is_sidecar(name: str, siblings: set[str]) -> bool:
    """``story.json`` beside ``story.txt`` (or ``story.txt.json``) is metadata, not an article.

    Only text files (and files of no known format, read with a forced format) have
    sidecars: ``a.json`` beside ``a.csv`` is data.
    """
    if not name.lower().endswith(".json"):
        return False
    stem = name[: -len(".json")]
    return any(
        s != name and (s == stem or Path(s).stem == stem) and format_of(Path(s)) in (None, "text")
        for s in siblings
    )


def _load_file(
    path: Path, format: str | None, report: RejectHandler, options: LoadOptions, *, explicit: bool
) -> Iterator[Article]:
    """The articles of one file; a file of unknown type, or one that holds no article
    and nothing the loader rejected (a CSV header alone, a feed without items), is
    reported and skipped.

    Whatever goes wrong with one file (unreadable, a loader that fails, a library
    its format needs that does not import) is reported and costs that file only.
    """
    name = format or format_of(path)
    if name is None:
        known = ", ".join(sorted(EXTENSIONS))
        how = "or give a format" if explicit else "skipped (give a format to read it)"
        report(Rejection(str(path), None,
                         f"unknown file type {path.suffix or '(none)'!r}; known: {known}, {how}"))
        return
    loader = get_loader(name)
    met = 0  # articles and rejections from this file: a file that gives neither is reported

    def counted(rejection: Rejection) -> None:
        nonlocal met
        met += 1
        report(rejection)

    try:
        if path.stat().st_size == 0:
            report(Rejection(str(path), None, "empty file"))
            return
        with open(path, "rb") as stream:
            for article in loader(stream, source=str(path), on_reject=counted, options=options):
                met += 1
                yield article
        if not met:
            report(Rejection(str(path), None, f"no article in it (read as {name})"))
    except OSError as exc:
        report(Rejection(str(path), None, f"cannot read the file: {exc.strerror or exc}"))
    except KGError as exc:  # a library the format needs is missing: this file cannot be read
        report(Rejection(str(path), None, f"{one_line(exc)}; the rest of the file is skipped"))
    except Exception as exc:  # noqa: BLE001 - one unreadable file must not stop the corpus
        log.exception("loader %r failed on %s", name, path)
        report(Rejection(str(path), None, f"the {name} loader failed: {type(exc).__name__}: "
                         f"{one_line(exc)}; the rest of the file is skipped"))


def _load_stdin(format: str, report: RejectHandler, options: LoadOptions) -> Iterator[Article]:
    stream: IO[bytes] | IO[str] = getattr(sys.stdin, "buffer", sys.stdin)
    try:
        yield from get_loader(format)(stream, source=STDIN, on_reject=report, options=options)
    except KGError as exc:
        report(Rejection(STDIN, None, f"{one_line(exc)}; the rest of the input is skipped"))
    except Exception as exc:  # noqa: BLE001 - as for a file
        log.exception("loader %r failed on standard input", format)
        report(Rejection(STDIN, None, f"the {format} loader failed: {type(exc).__name__}: "
                         f"{one_line(exc)}; the rest of the input is skipped"))
