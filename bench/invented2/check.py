"""Check bench/invented2: every offset, reference and date of the gold, then score the gold
against itself with the shared score.py (every figure must be 1.0).

    .venv/bin/python bench/invented2/check.py [--shared ../shared]

The self-score builds the graph a perfect reader would export (one entity node per gold
entity, one statement and one event node per gold item, each proposition its own event
node) and runs score.py's Scorer on it with the project's ontology. Exit status 0 when
everything holds, 1 otherwise (each problem is printed).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
ENTITY_TYPES = {"Person", "Organization", "Place"}
EVENT_TYPES = {"Event", "ConflictEvent", "ControlEvent", "MovementEvent", "ContactEvent",
               "PersonnelEvent", "JusticeEvent", "LifeEvent", "TransactionEvent",
               "BusinessEvent", "GovernanceEvent", "ProtestEvent"}
FACTUALITY = {"asserted", "claimed", "denied", "possible", "future"}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def norm(text: str) -> str:
    """score.py's name normalisation."""
    text = text.lower().replace("\u2019", "'")
    text = re.sub(r"[^\w\s'-]", " ", text)
    text = re.sub(r"^(the|a|an)\s+", "", text.strip())
    return re.sub(r"\s+", " ", text).strip()


def has_words(text: str, words: str, *, case: bool = False) -> bool:
    flags = 0 if case else re.IGNORECASE
    return re.search(rf"(?<!\w){re.escape(words)}(?!\w)", text, flags) is not None


def valid_date(value: str | None) -> bool:
    if value is None:
        return True
    if not DATE.match(value):
        return False
    parts = [int(p) for p in value.split("-")] + [1, 1]
    try:
        date(*parts[:3])
    except ValueError:
        return False
    return True


def paragraph_around(text: str, begin: int, end: int) -> str:
    start = text.rfind("\n\n", 0, begin)
    stop = text.find("\n\n", end)
    # a quote may open in the paragraph after its cue (#2): take the next one too
    stop = text.find("\n\n", stop + 2) if stop >= 0 else -1
    return text[max(start, 0):stop if stop >= 0 else len(text)]


def check_article(art: dict, gold: dict) -> list[str]:
    problems: list[str] = []
    aid, text = art["id"], art["text"]

    def bad(msg: str) -> None:
        problems.append(f"{aid}: {msg}")

    words = len(text.split())
    if not 250 <= words <= 700:
        bad(f"{words} words (want 250-700)")
    if not (valid_date(art["published"]) and art["published"][:4] in ("2025", "2026")):
        bad(f"published {art['published']!r}")
    ents = {e["id"]: e for e in gold["entities"]}
    if len(ents) != len(gold["entities"]):
        bad("duplicate entity ids")
    seen_names: dict[str, str] = {}
    for e in gold["entities"]:
        types = e["type"] if isinstance(e["type"], list) else [e["type"]]
        if not set(types) <= ENTITY_TYPES:
            bad(f"entity {e['id']}: type {e['type']}")
        if not e["names"]:
            bad(f"entity {e['id']}: no names")
        for n in e["names"]:
            # case matters, except in a dateline's capitals
            if not (has_words(text, n, case=True) or has_words(art["title"], n, case=True)
                    or has_words(text[:80], n.upper(), case=True)):
                bad(f"entity {e['id']}: name {n!r} not in the text")
            other = seen_names.setdefault(norm(n), e["id"])
            if other != e["id"]:
                bad(f"name {n!r} of {e['id']} also names {other}")

    def ref(kind: str, item: str, eid: str | None, want: set[str] | None = None) -> None:
        if eid is None:
            return
        if eid not in ents:
            bad(f"{kind} {item}: undefined entity {eid!r}")
            return
        types = ents[eid]["type"]
        types = set(types if isinstance(types, list) else [types])
        if want and not types & want:
            bad(f"{kind} {item}: {eid} is {types}, want {want}")

    ids = [s["id"] for s in gold["statements"]]
    if len(set(ids)) != len(ids):
        bad("duplicate statement ids")
    agents = {"Person", "Organization"}
    for s in gold["statements"]:
        sid = s["id"]
        if not s["speaker"] and not s.get("speaker_any"):
            bad(f"statement {sid}: no speaker")
        for sp in s["speaker"]:
            ref("statement", sid, sp, agents | {"Place"})
        ref("statement", sid, s.get("on_behalf_of"), {"Organization", "Place"})
        ref("statement", sid, s.get("via"), {"Organization"})
        if s["stance"] not in ("assert", "deny"):
            bad(f"statement {sid}: stance {s['stance']!r}")
        if not valid_date(s["date"]):
            bad(f"statement {sid}: date {s['date']!r}")
        if s["date"] and s["date"] > art["published"]:
            bad(f"statement {sid}: said after publication")
        if not s.get("keywords"):
            bad(f"statement {sid}: no keywords")
        span = s.get("span")
        if span is None:
            bad(f"statement {sid}: no span")
            continue
        b, e = span
        if not (isinstance(b, int) and isinstance(e, int) and 0 <= b < e <= len(text)):
            bad(f"statement {sid}: span {span} out of the text")
            continue
        if not has_words(text[b:e], s["cue"]):
            bad(f"statement {sid}: cue {s['cue']!r} not in its span {text[b:e]!r}")
        around = paragraph_around(text, b, e)
        for k in s["keywords"]:
            if k.lower() not in around.lower():
                bad(f"statement {sid}: keyword {k!r} not near its span")
        prop = s.get("proposition")
        if prop:
            if prop["type"] not in EVENT_TYPES:
                bad(f"statement {sid}: proposition type {prop['type']}")
            ref("proposition", sid, prop.get("agent"), agents | {"Place"})
            ref("proposition", sid, prop.get("place"), {"Place"})

    ids = [v["id"] for v in gold["events"]]
    if len(set(ids)) != len(ids):
        bad("duplicate event ids")
    for v in gold["events"]:
        if v["type"] not in EVENT_TYPES:
            bad(f"event {v['id']}: type {v['type']}")
        for t in v["triggers"]:
            if not has_words(text, t):
                bad(f"event {v['id']}: trigger {t!r} not in the text")
        ref("event", v["id"], v.get("agent"), agents | {"Place"})
        ref("event", v["id"], v.get("place"), {"Place"})
        if not valid_date(v.get("date")):
            bad(f"event {v['id']}: date {v.get('date')!r}")
        if v.get("factuality") and v["factuality"] not in FACTUALITY:
            bad(f"event {v['id']}: factuality {v['factuality']!r}")

    for person, org in gold["memberships"]:
        ref("membership", person, person, {"Person"})
        ref("membership", person, org, {"Organization"})
    if len({tuple(m) for m in gold["memberships"]}) != len(gold["memberships"]):
        bad("duplicate memberships")

    for q in gold["questions"]:
        if q["kind"] != "claimed_control":
            bad(f"question {q['id']}: kind {q['kind']}")
        ref("question", q["id"], q["place"], {"Place"})
        for want in q["must_include"]:
            for sp in want["speaker"]:
                ref("question", q["id"], sp, agents | {"Place"})
            answering = [s for s in gold["statements"]
                         if (s.get("proposition") or {}).get("type") == "ControlEvent"
                         and s["proposition"].get("place") == q["place"]
                         and set(s["speaker"]) & set(want["speaker"])
                         and s["date"] == want["date"] and not s.get("optional")]
            if not answering:
                bad(f"question {q['id']}: no gold statement answers {want}")
    return problems


# ----------------------------------------------------------------- self-score

def ideal_graph(articles: list[dict], golds: list[dict]):
    """The graph a reader that found exactly the gold would export."""
    from rdflib import BNode, Graph, Literal, Namespace, URIRef
    from rdflib.namespace import RDF, RDFS, SKOS, XSD

    nkg = Namespace("https://w3id.org/newskg/ontology#")
    schema = Namespace("https://schema.org/")
    prov = Namespace("http://www.w3.org/ns/prov#")
    g = Graph()
    texts = {a["id"]: a["text"] for a in articles}

    def when(value: str) -> Literal:
        kind = {10: XSD.date, 7: XSD.gYearMonth, 4: XSD.gYear}[len(value)]
        return Literal(value, datatype=kind)

    def evidence(node, span, text) -> None:
        b, e = span or (0, min(1, len(text)))
        sp = BNode()
        g.add((node, nkg.evidence, sp))
        g.add((sp, nkg.beginIndex, Literal(b)))
        g.add((sp, nkg.endIndex, Literal(e)))

    def event(node, want: dict, ent) -> None:
        g.add((node, RDF.type, nkg[want["type"]]))
        for role in ("agent", "place"):
            if want.get(role):
                g.add((node, nkg[role], ent[want[role]]))

    for gold in golds:
        aid, text = gold["article"], texts[gold["article"]]
        art = URIRef(f"urn:invented2:{aid}")
        g.add((art, RDF.type, nkg.Article))
        g.add((art, schema.identifier, Literal(aid)))
        ent = {}
        for e in gold["entities"]:
            node = ent[e["id"]] = URIRef(f"urn:invented2:{aid}/entity/{e['id']}")
            kind = e["type"][0] if isinstance(e["type"], list) else e["type"]
            g.add((node, RDF.type, nkg[kind]))
            g.add((node, RDFS.label, Literal(e["names"][0])))
            for n in e["names"][1:]:
                g.add((node, SKOS.altLabel, Literal(n)))
            g.add((node, nkg.mentionedIn, art))
        for s in gold["statements"]:
            node = URIRef(f"urn:invented2:{aid}/statement/{s['id']}")
            g.add((node, RDF.type, nkg.Statement))
            g.add((node, prov.wasDerivedFrom, art))
            for sp in s["speaker"][:1]:
                g.add((node, nkg.speaker, ent[sp]))
            for key, prop in (("on_behalf_of", nkg.onBehalfOf), ("via", nkg.via)):
                if s.get(key):
                    g.add((node, prop, ent[s[key]]))
            g.add((node, nkg.stance, nkg.Deny if s["stance"] == "deny" else nkg.Assert))
            g.add((node, nkg.cue, Literal(s["cue"])))
            g.add((node, nkg.content, Literal(" ".join(s["keywords"]))))
            g.add((node, nkg.isDirectQuote, Literal(bool(s.get("direct_quote")))))
            if s["date"]:
                g.add((node, nkg.date, when(s["date"])))
            if s.get("proposition"):
                prop_node = URIRef(f"{node}/proposition")
                event(prop_node, s["proposition"], ent)
                g.add((node, nkg.proposition, prop_node))
            evidence(node, s.get("span"), text)
        for v in gold["events"]:
            node = URIRef(f"urn:invented2:{aid}/event/{v['id']}")
            event(node, v, ent)
            g.add((node, prov.wasDerivedFrom, art))
            g.add((node, nkg.trigger, Literal(v["triggers"][0])))
            if v.get("date"):
                g.add((node, nkg.date, when(v["date"])))
            evidence(node, None, text)
        for person, org in gold["memberships"]:
            g.add((ent[person], nkg.memberOf, ent[org]))
    return g


def self_score(articles: list[dict], golds: list[dict], score_py: Path) -> list[str]:
    spec = importlib.util.spec_from_file_location("newskg_score", score_py)
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    g = ideal_graph(articles, golds)
    for f in sorted((ROOT / "ontology").glob("*.ttl")):
        g.parse(f, format="turtle")
    sc = score.Scorer(g)
    by_id = {a["id"]: a for a in articles}
    for gold in golds:
        sc.article(by_id[gold["article"]], gold)
    s = sc.summary()
    problems = []
    for key in ("entities", "statements", "events", "memberships"):
        if s[key] is None or any(abs(x - 1.0) > 1e-9 for x in s[key]):
            problems.append(f"self-score: {key} {s[key]}")
    for key in ("entity splits", "entity conflations", "entity wrong types"):
        if s[key]:
            problems.append(f"self-score: {key} {s[key]}")
    passed, total = s["questions"].split("/")
    if passed != total:
        problems.append(f"self-score: questions {s['questions']}")
    for key, (value, _n) in s["accuracy"].items():
        if value is not None and abs(value - 1.0) > 1e-9:
            problems.append(f"self-score: {key} accuracy {value}")
    for row in sc.rows:
        for key in ("missing_entities", "missing_statements", "missing_events"):
            if row.get(key):
                problems.append(f"self-score: {row['article']} {key} {row[key]}")
    print(f"self-score: entities {s['entities'][2]:.2f} statements {s['statements'][2]:.2f} "
          f"events {s['events'][2]:.2f} memberships {s['memberships'][2]:.2f} "
          f"questions {s['questions']}; accuracy "
          + ", ".join(f"{k} {v:.2f} (n={n})" for k, (v, n) in s["accuracy"].items()))
    return problems


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--no-score", action="store_true", help="skip the self-score")
    a = ap.parse_args(argv)
    articles = read_jsonl(HERE / "articles.jsonl")
    golds = read_jsonl(HERE / "gold.jsonl")
    problems: list[str] = []
    by_id = {x["id"]: x for x in articles}
    if len(by_id) != len(articles):
        problems.append("duplicate article ids")
    if [g["article"] for g in golds] != [x["id"] for x in articles]:
        problems.append("gold.jsonl and articles.jsonl list different articles")
    for gold in golds:
        if gold["article"] in by_id:
            problems += check_article(by_id[gold["article"]], gold)
    count = lambda key, opt: sum(  # noqa: E731
        1 for g in golds for x in g[key] if bool(x.get("optional")) == opt)
    print(f"{len(articles)} articles, "
          f"{sum(len(x['text'].split()) for x in articles)} words; entities "
          f"{count('entities', False)} + {count('entities', True)} optional, statements "
          f"{count('statements', False)} + {count('statements', True)}, events "
          f"{count('events', False)} + {count('events', True)}, memberships "
          f"{sum(len(g['memberships']) for g in golds)}, questions "
          f"{sum(len(g['questions']) for g in golds)}")
    score_py = a.shared / "eval" / "score.py"
    if not a.no_score:
        if score_py.is_file():
            problems += self_score(articles, golds, score_py)
        else:
            problems.append(f"no scorer at {score_py} (pass --shared, or --no-score)")
    for p in problems:
        print(p)
    print("ok" if not problems else f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
