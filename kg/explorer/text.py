"""What the pages show of the graph's values: dates with their precision, page keys,
anchors of evidence sentences, and an evidence sentence cut into marked parts.

Nothing here writes HTML: the templates do, with autoescape, so every value from the
store is escaped where it is written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import quote

from kg import iri
from kg.vocab import RESOURCE_BASE

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
_DATE = re.compile(r"^(?P<y>-?\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2})"
                   r"(?:T(?P<hh>\d{2}):(?P<mm>\d{2})[^Z+-]*(?P<tz>Z|[+-]\d{2}:\d{2})?)?)?)?")
#: Entity kinds that have a page (the first segment of an entity IRI's key).
ENTITY_KINDS = ("person", "organization", "place")
_KEY = re.compile(r"^(?:person|organization|place)/[A-Za-z0-9._~-]{1,200}$")


def show_date(value: object) -> str:
    """A date as precise as the graph holds it: ``2021-09`` (``xsd:gYearMonth``) is
    "September 2021", ``2021`` "2021", ``2021-09-06`` "6 September 2021", a date-time
    "6 September 2021, 14:05 UTC"; anything else as it is, "" for None."""
    if value is None:
        return ""
    text = str(value).strip()
    m = _DATE.match(text)
    if not m or m.end() != len(text):
        return text
    year, month, day = m["y"], m["m"], m["d"]
    if month is None:
        return year.lstrip("0") or "0"
    if not 1 <= int(month) <= 12:
        return text
    if day is None:
        return f"{MONTHS[int(month) - 1]} {year}"
    shown = f"{int(day)} {MONTHS[int(month) - 1]} {year}"
    if m["hh"] is not None:
        zone = {"Z": " UTC", "+00:00": " UTC", "-00:00": " UTC", None: ""}.get(
            m["tz"], f" {m['tz']}")
        shown += f", {m['hh']}:{m['mm']}{zone}"
    return shown


def precision(value: object) -> str:
    """"day", "month", "year" or "time": how precise a date's lexical form is."""
    m = _DATE.match(str(value or ""))
    if not m:
        return ""
    return ("time" if m["hh"] else "day" if m["d"] else "month" if m["m"] else "year")


def entity_key(node: object) -> str | None:
    """The key of an entity's page (``place/osterby``), or None for an IRI that is no
    entity of ours."""
    text = str(node or "")
    if not text.startswith(RESOURCE_BASE):
        return None
    key = text[len(RESOURCE_BASE):]
    return key if _KEY.match(key) else None


def entity_iri(key: str) -> str | None:
    """The IRI of an entity page's key; None when the key cannot be one."""
    return RESOURCE_BASE + key if _KEY.match(key) else None


def entity_href(node: object) -> str | None:
    key = entity_key(node)
    return f"/entity/{key}" if key else None


def article_href(article_id: object, sentence: object = None) -> str:
    """The article page of an input id, at the evidence sentence when given."""
    href = "/article/" + quote(str(article_id), safe="")
    return href + "#" + sentence_anchor(sentence) if sentence else href


def sentence_anchor(sentence: object) -> str:
    """The id of an evidence sentence on its article page (from its words alone, so a
    row of any question can link to it)."""
    return "s-" + iri.digest(str(sentence))[:10]


def local_name(node: object) -> str:
    """``nkg:Deny`` is "Deny"; a literal as it is."""
    text = str(node or "")
    return re.split(r"[#/]", text)[-1] if text.startswith(("http://", "https://")) else text


@dataclass(slots=True)
class Mark:
    """A stretch of a sentence to highlight: its offsets in the sentence, what it is
    (``entity``, ``content``, ``cue``, ``trigger``) and what the graph says of it."""

    begin: int
    end: int
    kind: str
    note: str


@dataclass(slots=True)
class Part:
    """A piece of a sentence: its text and the marks over it (none: plain text)."""

    text: str
    marks: list[Mark] = field(default_factory=list)

    @property
    def classes(self) -> str:
        if not self.marks:
            return ""
        return " ".join(["hl", *sorted({f"hl-{m.kind}" for m in self.marks})])

    @property
    def focusable(self) -> bool:
        """Whether Tab stops on it: a statement's or event's words do; a name alone does
        not (the whole text names its entities dozens of times, and the list beside it
        has them once)."""
        return any(m.kind != "entity" for m in self.marks)

    @property
    def title(self) -> str:
        return "; ".join(dict.fromkeys(m.note for m in self.marks))


def find_all(sentence: str, phrase: str, *, words: bool = True) -> list[tuple[int, int]]:
    """Where ``phrase`` occurs in ``sentence`` (whole words when ``words``)."""
    if not phrase.strip():
        return []
    edge = r"\b" if words else ""
    pattern = (edge if phrase[0].isalnum() else "") + re.escape(phrase) + (
        edge if phrase[-1].isalnum() else "")
    return [(m.start(), m.end()) for m in re.finditer(pattern, sentence)]


def cue_spans(sentence: str, cue: str) -> list[tuple[int, int]]:
    """Where the reporting verb whose lemma is ``cue`` occurs: its lemma or an inflected
    form (``say``: says, said; ``deny``: denied), as whole words, any case."""
    if not cue.strip():
        return []
    stem = re.escape(cue.strip()[:-1] if cue.endswith(("y", "e")) and len(cue) > 3 else cue)
    forms = {"say": r"sa(?:y|ys|id|ying)", "tell": r"t(?:ell|ells|old|elling)",
             "speak": r"sp(?:eak|eaks|oke|oken|eaking)"}.get(cue.strip().lower())
    pattern = rf"\b(?:{forms or stem + r'[a-z]*'})\b"
    return [(m.start(), m.end()) for m in re.finditer(pattern, sentence, re.IGNORECASE)]


def marked_parts(sentence: str, marks: list[Mark]) -> list[Part]:
    """``sentence`` cut at every mark's edges: each part with the marks that cover it, so
    overlapping marks (a name inside a statement's content) need no nesting."""
    cuts = sorted({0, len(sentence), *(m.begin for m in marks), *(m.end for m in marks)})
    starting = sorted(enumerate(marks), key=lambda im: im[1].begin)
    parts: list[Part] = []
    active: list[tuple[int, Mark]] = []  # (place in marks, mark): begun, not yet ended
    waiting = 0
    for begin, end in zip(cuts, cuts[1:], strict=False):
        while waiting < len(starting) and starting[waiting][1].begin <= begin:
            active.append(starting[waiting])
            waiting += 1
        active = [im for im in active if im[1].end > begin]  # so it covers up to end: a cut
        if begin < end:
            parts.append(Part(sentence[begin:end], [m for _, m in sorted(active)]))
    return parts
