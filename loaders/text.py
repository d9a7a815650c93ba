"""Plain text and Markdown: one file is one article.

The id is the file stem unless metadata says otherwise. Metadata comes from an
optional sidecar ``NAME.json`` next to the file (``story.json`` for
``story.txt``; ``story.txt.json`` works too), with the same field names as JSON
Lines. A Markdown file without a title in its sidecar takes its first ``# ``
heading as title. The text is kept exactly as read, so offsets stay true.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import IO

from kg.iri import digest
from kg.records import Article, Rejection
from loaders.base import RejectHandler, decode, snippet
from loaders.fields import article_from

log = logging.getLogger(__name__)

#: Bytes inspected for NUL characters to tell a binary file from text.
BINARY_PROBE = 8192
STDIN = "-"


def load_stream(
    stream: IO[bytes] | IO[str], *, source: str, on_reject: RejectHandler, max_chars: int
) -> Iterator[Article]:
    """The one article of a text stream named ``source`` (a path, or ``-``)."""
    raw = stream.read(max_chars * 4 + 1)  # UTF-8 spends at most four bytes on a character
    problem = _problem(raw, max_chars)
    if problem is None:
        text = decode(raw, where=source).lstrip("\ufeff")
        problem = _length_problem(text, max_chars)
    if problem is not None:
        on_reject(Rejection(source=source, position=None, reason=problem, snippet=snippet(raw)))
        return
    yield _article(text, source=source)


def _article(text: str, *, source: str) -> Article:
    if source == STDIN:
        return article_from({}, text=text, source=source, default_id=digest("text", text))
    path = Path(source)
    meta = dict(read_sidecar(path))
    if path.suffix.lower() == ".md" and not (meta.get("title") or meta.get("headline")):
        meta["title"] = _markdown_title(text)
    return article_from(meta, text=text, source=source, default_id=path.stem)


def read_sidecar(path: Path) -> Mapping[str, object]:
    """The metadata object in ``NAME.json`` (or ``NAME.ext.json``) next to ``path``, or ``{}``.

    An unreadable sidecar costs the article its metadata, not its text: a warning only.
    """
    for candidate in (path.with_suffix(".json"), path.with_name(path.name + ".json")):
        if not candidate.is_file():
            continue
        try:
            meta = json.loads(candidate.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            log.warning("%s: cannot read sidecar %s (%s); metadata ignored", path, candidate, exc)
            return {}
        if isinstance(meta, dict):
            return {
                k: v for k, v in meta.items() if k not in ("text", "body", "content", "articleBody")
            }
        log.warning("%s: sidecar %s is not a JSON object; metadata ignored", path, candidate)
        return {}
    return {}


def _problem(raw: bytes | str, max_chars: int) -> str | None:
    """Why the raw content cannot be an article, judged before decoding."""
    if not raw or not raw.strip():
        return "empty file"
    head = raw[:BINARY_PROBE]
    if (b"\x00" if isinstance(head, bytes) else "\x00") in head:  # type: ignore[operator]
        kb = BINARY_PROBE // 1024
        return f"binary file (NUL bytes in the first {kb} KB); only UTF-8 text is read"
    if len(raw) > max_chars * 4:
        return f"file is longer than {max_chars} characters (raise max_chars)"
    return None


def _length_problem(text: str, max_chars: int) -> str | None:
    if not text.strip():
        return "empty file"
    if len(text) > max_chars:
        return f"text has {len(text)} characters, over the limit of {max_chars} (raise max_chars)"
    return None


def _markdown_title(text: str) -> str | None:
    """The first line when it is a level-one heading (``# Title``)."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    if not first.startswith("# "):
        return None
    return first[2:].strip() or None
