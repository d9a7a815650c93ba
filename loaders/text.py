"""Plain text and Markdown: one file is one article.

The id is the file stem unless metadata says otherwise. Metadata comes from a
front-matter block at the top of the file and from an optional sidecar
``NAME.json`` next to it (``story.json`` for ``story.txt``; ``story.txt.json``
works too), with the same field names as JSON Lines; the sidecar wins where both
name a field. A front-matter block is the usual flat one of static-site tools::

    ---
    title: Harbour reopens
    published: 2023-05-02
    url: https://news.example/harbour
    ---

The block is not part of the text; everything after it is kept exactly as read,
so offsets stay true. A Markdown file without a title takes its first ``# ``
heading as title.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import IO

from kg.iri import digest
from kg.records import Article, Rejection
from loaders.base import BINARY_PROBE, LoadOptions, RejectHandler, admit, decode, snippet
from loaders.fields import article_from

log = logging.getLogger(__name__)

STDIN = "-"
#: Fences that open and close a front-matter block (YAML style).
FRONT_MATTER_FENCE = "---"
#: Lines a front-matter block may have; a longer one is taken for text, not metadata.
FRONT_MATTER_MAX_LINES = 60
_FRONT_MATTER_LINE = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)\s*:\s*(?P<value>.*?)\s*$")


def load_stream(
    stream: IO[bytes] | IO[str], *, source: str, on_reject: RejectHandler, options: LoadOptions
) -> Iterator[Article]:
    """The one article of a text stream named ``source`` (a path, or ``-``)."""
    raw = stream.read(options.max_chars * 4 + 1)  # UTF-8 spends at most four bytes a character
    problem = _problem(raw, options.max_chars)
    if problem is not None:
        on_reject(Rejection(source=source, position=None, reason=problem, snippet=snippet(raw)))
        return
    text = decode(raw, where=source).lstrip("\ufeff")
    meta, body = split_front_matter(text)
    article = admit(_article(body, meta, source=source), source=source, position=None,
                    options=options, on_reject=on_reject, raw=text)
    if article is not None:
        yield article


def _article(text: str, front: Mapping[str, str], *, source: str) -> Article:
    if source == STDIN:
        return article_from(front, text=text, source=source, default_id=digest("text", text))
    path = Path(source)
    meta = {**front, **read_sidecar(path)}
    if path.suffix.lower() == ".md" and not (meta.get("title") or meta.get("headline")):
        meta["title"] = _markdown_title(text)
    return article_from(meta, text=text, source=source, default_id=path.stem)


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """(metadata, body) of a text that may open with a ``---`` block of ``key: value`` lines.

    Without a well-formed block (closing fence, only ``key: value`` lines, comments or
    blank lines) the whole text is the body and there is no metadata.
    """
    lines = text.split("\n", FRONT_MATTER_MAX_LINES + 2)
    if not lines or lines[0].rstrip() != FRONT_MATTER_FENCE:
        return {}, text
    meta: dict[str, str] = {}
    for n, line in enumerate(lines[1 : FRONT_MATTER_MAX_LINES + 2], start=1):
        if line.rstrip() == FRONT_MATTER_FENCE:
            body = text.split("\n", n + 1)[n + 1] if n + 1 < len(lines) else ""
            return meta, body.lstrip("\r\n")
        m = _FRONT_MATTER_LINE.match(line)
        if m:
            meta[m["key"]] = _unquote(m["value"])
        elif line.strip() and not line.lstrip().startswith("#"):
            return {}, text  # not a flat block: leave the text alone
    return {}, text


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1]
    return value


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
        return f"file is longer than {max_chars} characters (raise it with --max-chars)"
    return None


def _markdown_title(text: str) -> str | None:
    """The first line when it is a level-one heading (``# Title``)."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    if not first.startswith("# "):
        return None
    return first[2:].strip() or None
