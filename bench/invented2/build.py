"""Make articles.jsonl and gold.jsonl of bench/invented2 from its sources in src/.

Each ``src/inv2-NN.txt`` holds one article and its gold in a terse notation, so that the
annotator writes text spans, not character offsets: the offsets in gold.jsonl are found
here, and a span that is not found exactly once in the text stops the build.

    .venv/bin/python bench/invented2/build.py      # then bench/invented2/check.py

Source layout: header lines ``key: value`` (id, title, published, domain), a line
``text:``, the article's text, a line ``%%``, then one gold item a line:

    E  id Type[,Type]: name | name        an entity (E? optional)
    S  id key=value ; key=value ...       a statement (S? optional)
    V  id key=value ; ...                 an event (V? optional)
    M  person org                         a membership
    Q  id place=p ; want=a,b@2025-01-02 ; ask=...   a claimed_control question

Statement keys: speaker (ids, comma-separated, or ``*`` for speaker_any), behalf, via,
stance (assert by default), cue, date (null by default), quote (direct quote), kw
(keywords, ``|``-separated), prop (``Type:agent:place``, empty parts allowed), span (the
text of the sentence or clause, found in the article; ``\\n`` for a line break). Event
keys: type, trig (``|``-separated), agent, place, date, fact (factuality).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"


class SourceError(ValueError):
    pass


def parse(path: Path) -> tuple[dict, dict]:
    lines = path.read_text(encoding="utf-8").split("\n")
    header: dict[str, str] = {}
    i = 0
    while lines[i].strip() != "text:":
        if lines[i].strip():
            key, _, value = lines[i].partition(":")
            header[key.strip()] = value.strip()
        i += 1
    end = lines.index("%%", i)
    text = "\n".join(lines[i + 1:end]).strip()
    art = {"id": header["id"], "url": f"https://example.org/invented2/{header['id']}",
           "title": header["title"], "published": header["published"],
           "publisher": "newskg invented set 2", "language": "en", "text": text}
    gold: dict = {"article": header["id"], "entities": [], "statements": [], "events": [],
                  "memberships": [], "questions": []}
    for raw in lines[end + 1:]:
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        kind, _, rest = line.partition(" ")
        optional = kind.endswith("?")
        kind = kind.rstrip("?")
        try:
            if kind == "E":
                gold["entities"].append(_entity(rest, optional))
            elif kind == "S":
                gold["statements"].append(_statement(rest, optional, text))
            elif kind == "V":
                gold["events"].append(_event(rest, optional))
            elif kind == "M":
                person, org = rest.split()
                gold["memberships"].append([person, org])
            elif kind == "Q":
                gold["questions"].append(_question(rest))
            else:
                raise SourceError(f"unknown item {kind!r}")
        except (SourceError, ValueError, KeyError) as exc:
            raise SourceError(f"{path.name}: {line[:60]!r}: {exc}") from exc
    return art, gold


def _fields(rest: str) -> tuple[str, dict[str, str]]:
    ident, _, tail = rest.strip().partition(" ")
    fields = {}
    for part in tail.split(" ; "):
        part = part.strip()
        if not part:
            continue
        key, eq, value = part.partition("=")
        fields[key.strip()] = value.strip() if eq else "true"
    return ident, fields


def _entity(rest: str, optional: bool) -> dict:
    head, _, names = rest.partition(":")
    ident, types = head.split()
    kinds = types.split(",")
    out = {"id": ident, "type": kinds[0] if len(kinds) == 1 else kinds,
           "names": [n.strip() for n in names.split("|") if n.strip()]}
    if optional:
        out["optional"] = True
    return out


def _date(value: str | None) -> str | None:
    return None if value in (None, "", "null") else value


def _statement(rest: str, optional: bool, text: str) -> dict:
    ident, f = _fields(rest)
    speaker = f.pop("speaker")
    out: dict = {"id": ident}
    if speaker == "*":
        out["speaker"], out["speaker_any"] = [], True
    else:
        out["speaker"] = speaker.split(",")
    if f.pop("speaker_any", None):
        out["speaker_any"] = True
    if "span" in f:
        out["span"] = _span(text, f.pop("span"))
    for key, name in (("behalf", "on_behalf_of"), ("via", "via")):
        if key in f:
            out[name] = f.pop(key)
    out["stance"] = f.pop("stance", "assert")
    out["cue"] = f.pop("cue")
    out["keywords"] = [k.strip() for k in f.pop("kw").split("|")]
    out["date"] = _date(f.pop("date", None))
    if f.pop("quote", None):
        out["direct_quote"] = True
    if "prop" in f:
        typ, agent, place = (f.pop("prop").split(":") + ["", ""])[:3]
        prop = {"type": typ}
        if agent:
            prop["agent"] = agent
        if place:
            prop["place"] = place
        out["proposition"] = prop
    if optional:
        out["optional"] = True
    if f:
        raise SourceError(f"unknown statement keys {sorted(f)}")
    return out


def _span(text: str, snippet: str) -> list[int]:
    snippet = snippet.replace("\\n", "\n")  # a span may run over a paragraph break
    first = text.find(snippet)
    if first < 0:
        raise SourceError(f"span not in the text: {snippet!r}")
    if text.find(snippet, first + 1) >= 0:
        raise SourceError(f"span found twice: {snippet!r}")
    return [first, first + len(snippet)]


def _event(rest: str, optional: bool) -> dict:
    ident, f = _fields(rest)
    out = {"id": ident, "type": f.pop("type"),
           "triggers": [t.strip() for t in f.pop("trig").split("|")]}
    for key in ("agent", "place"):
        if key in f:
            out[key] = f.pop(key)
    out["date"] = _date(f.pop("date", None))
    if "fact" in f:
        out["factuality"] = f.pop("fact")
    if optional:
        out["optional"] = True
    if f:
        raise SourceError(f"unknown event keys {sorted(f)}")
    return out


def _question(rest: str) -> dict:
    ident, f = _fields(rest)
    want = []
    for part in f["want"].split(" "):
        speakers, _, date = part.partition("@")
        want.append({"speaker": speakers.split(","), "date": _date(date)})
    return {"id": ident, "ask": f["ask"], "kind": "claimed_control", "place": f["place"],
            "must_include": want}


def main() -> int:
    arts, golds = [], []
    for path in sorted(SRC.glob("inv2-*.txt")):
        try:
            art, gold = parse(path)
        except SourceError as exc:
            print(f"build: {exc}", file=sys.stderr)
            return 1
        arts.append(art)
        golds.append(gold)
    for name, rows in (("articles.jsonl", arts), ("gold.jsonl", golds)):
        with (HERE / name).open("w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"build: {len(arts)} articles")
    return 0


if __name__ == "__main__":
    sys.exit(main())
