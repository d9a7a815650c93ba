"""QuickStatements v1: the export as commands for pushing into a Wikibase by hand.

Tab-separated, one command a line (formats.md §3). QuickStatements v1 can refer to
an item it creates only as ``LAST``, right after ``CREATE``, and cannot create
properties. So the file comes in two parts: first a ``CREATE`` block per item, in
id order, with its label, description and aliases; then every claim, with explicit
ids, its qualifiers and one line per reference (its snaks as ``S`` + the number of
the export's property: stated in, reference URL, publication date, retrieved,
quotation). Loaded into a fresh Wikibase whose properties were
created first, in the export's order (P1, P2, …, as ``kg export --format
wikidata-json`` lists them), the items get exactly the export's ids.

QuickStatements v1 has no syntax for ranks: a deprecated claim is written like any
other (its "statement disputed by" qualifiers still say who denies it).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TextIO

from kg.wikidata.model import (
    Claim,
    Entity,
    ItemValue,
    MonolingualValue,
    Snak,
    TextValue,
    TimeValue,
)


def write_quickstatements(entities: Iterable[Entity], out: TextIO) -> int:
    """Write the commands for the export's items to ``out``; returns the lines written."""
    items = [e for e in entities if not e.is_property]
    count = 0
    for line in _lines(items):
        out.write(line + "\n")
        count += 1
    return count


def _lines(items: list[Entity]) -> Iterator[str]:
    for e in items:
        yield "CREATE"
        yield f"LAST\tLen\t{quote(e.label)}"
        if e.description:
            yield f"LAST\tDen\t{quote(e.description)}"
        for alias in e.aliases:
            yield f"LAST\tAen\t{quote(alias)}"
    for e in items:
        for claim in e.claims:
            yield from claim_lines(e.id, claim)


def claim_lines(subject: str, c: Claim) -> Iterator[str]:
    """The claim, once per reference (QuickStatements adds each to the same statement)."""
    head = [subject, c.mainsnak.property, value(c.mainsnak)]
    for q in c.qualifiers:
        head += [q.property, value(q)]
    if not c.references:
        yield "\t".join(head)
    for ref in c.references:
        sources: list[str] = []
        for s in ref.snaks:
            sources += [f"S{s.property[1:]}", value(s)]
        yield "\t".join(head + sources)


def value(s: Snak) -> str:
    """A value in QuickStatements v1 syntax (``parseValueV1``)."""
    v = s.value
    if isinstance(v, ItemValue):
        return v.id
    if isinstance(v, MonolingualValue):
        return f"{v.language}:{quote(v.text)}"
    if isinstance(v, TimeValue):
        return f"{v.wikibase}/{v.precision}"
    if isinstance(v, TextValue):
        return quote(v.text)
    raise TypeError(f"no QuickStatements value for {v!r}")


def quote(text: str) -> str:
    """A string value: in double quotes, with no character a v1 reader splits on.

    Tabs and line breaks (the separators) become spaces. ``|`` and ``||`` are the
    separators of the URL form of v1, and QuickStatements 3.0's parser reads them as a
    tab and a line break wherever they stand, so a title like ``A||Q1|P1|Q2`` would add
    commands of its own: in a URL a bar is written ``%7C`` (the same URL), elsewhere it
    becomes ``¦`` (U+00A6). QuickStatements takes everything between the first and the
    last quote mark, so quote marks inside the text need no escape.
    """
    flat = " ".join(text.replace("\t", " ").splitlines())
    bar = "%7C" if _URL.match(flat) else BAR
    return '"' + flat.replace("|", bar) + '"'


BAR = "\u00a6"  # what stands for "|" in a text value
_URL = re.compile(r"^[a-z][a-z0-9+.-]*://\S*$", re.IGNORECASE)
