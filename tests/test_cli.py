"""The ``kg`` command: output, formats and exit codes (0 ok, 1 no result or does not
conform, 2 bad input or runtime error, a one-line message and no traceback).

Most tests call ``kg.cli.main`` in-process through click's ``CliRunner`` against one
store built once for the module; a few run the installed ``kg`` script and
``python -m kg`` as real processes. The articles are invented.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from rdflib import RDF, Dataset, Graph, Literal

from kg import iri
from kg.cli import main
from kg.resources import queries_dir
from kg.store import DERIVED_GRAPHS, GraphStore
from kg.vocab import NKG, SCHEMA

#: The derived graphs (kg.derived) an export carries besides the article graphs.
DERIVED = {str(g) for g in DERIVED_GRAPHS}

README = Path(__file__).resolve().parent.parent / "README.md"
VENV_BIN = Path(sys.executable).parent

#: A ministry claims a town; a rebel spokeswoman denies it (invented names).
ARTICLE = {
    "id": "oreno-1",
    "published": "2024-05-15",  # a Wednesday: "on Monday" is 2024-05-13
    "title": "Ministry says San Oreno captured",
    "text": (
        "The Interior Ministry of Calvaria said on Monday that it had captured San Oreno. "
        "Rebel spokeswoman Lenka Sobotka denied that San Oreno had fallen."
    ),
}
PLACE = "San Oreno"
CLAIM = ("Interior Ministry of Calvaria", "2024-05-13")
MALFORMED = '{"id": "torn-2", "text": "The harbour'

#: A statement with two speakers, one of them a place: two violations of the speaker shape.
BROKEN_TTL = """
@prefix nkg:    <https://w3id.org/newskg/ontology#> .
@prefix prov:   <http://www.w3.org/ns/prov#> .
@prefix schema: <https://schema.org/> .
@prefix rdfs:   <http://www.w3.org/2000/01/rdf-schema#> .
@prefix ex:     <https://example.org/> .

ex:article a nkg:Article ; schema:identifier "kesk-1" ; nkg:textLength 60 .
ex:kesk a nkg:Place ; rdfs:label "Kesk" ; nkg:mentionedIn ex:article .
ex:oda a nkg:Person ; rdfs:label "Oda Virtanen" ; nkg:mentionedIn ex:article .
ex:span a nkg:TextSpan ; nkg:beginIndex 0 ; nkg:endIndex 57 ;
    nkg:anchorOf "Oda Virtanen said in Kesk that the ferry had been seized." .
ex:st a nkg:Statement ;
    nkg:speaker ex:oda , ex:kesk ;
    nkg:stance nkg:Assert ; nkg:cue "say" ;
    nkg:content "the ferry had been seized" ;
    nkg:isDirectQuote false ;
    nkg:evidence ex:span ;
    prov:wasDerivedFrom ex:article .
"""


def invoke(*args: str, input: str | None = None) -> Result:
    """``kg ARGS`` in-process; exceptions other than ``SystemExit`` stay in ``result.exception``."""
    return CliRunner().invoke(main, list(args), input=input)


def assert_clean_failure(result: Result, code: int, *words: str) -> None:
    """Exit ``code`` with one ``kg: ...`` line on stderr naming ``words``, and no traceback."""
    assert result.exit_code == code, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("kg: "), result.stderr
    assert "Traceback" not in result.output
    for word in words:
        assert word in lines[0], lines[0]


def write_jsonl(path: Path, *records: dict | str) -> Path:
    lines = [r if isinstance(r, str) else json.dumps(r) for r in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Result, Path]:
    """``kg build`` of one article, once for the module: (its result, the store)."""
    root = tmp_path_factory.mktemp("cli")
    corpus = write_jsonl(root / "corpus.jsonl", ARTICLE)
    store = root / "store"
    return invoke("build", str(corpus), "--store", str(store), "--quiet"), store


@pytest.fixture
def store(built) -> str:
    return str(built[1])


# ------------------------------------------------------------------ build


def test_build_prints_the_summary_and_exits_0(built) -> None:
    result, store = built
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert f"store        {store}" in out
    assert "1 read, 1 stored, 0 quarantined, 0 failed; 0 inputs rejected" in out
    assert re.search(r"graph +\d+ triples: \d+ entities, [1-9]\d* statements, \d+ events", out)
    assert re.search(r"time +\d+\.\d s", out)


def test_build_reads_json_lines_from_stdin(tmp_path) -> None:
    result = invoke("build", "-", "--store", str(tmp_path / "s"), "-q", input=json.dumps(ARTICLE))
    assert result.exit_code == 0, result.output
    assert "1 read, 1 stored" in result.stdout


def test_build_progress_log_writes_a_line_every_tenth_of_the_inputs(tmp_path) -> None:
    """``--progress-log``: plain progress lines for logs and bench/scale.py, never on stdout."""
    records = [{**ARTICLE, "id": f"a{n}", "text": f"{ARTICLE['text']} Item {n}."}
               for n in range(3)]
    corpus = write_jsonl(tmp_path / "c.jsonl", *records, records[0])  # the last a duplicate
    result = invoke("build", str(corpus), "--store", str(tmp_path / "s"), "--workers", "1",
                    "--progress-log")
    assert result.exit_code == 0, result.output
    lines = [line for line in result.stderr.splitlines() if line.startswith("progress ")]
    assert [line.split(" inputs")[0] for line in lines] == [
        "progress 25 % 1/4", "progress 50 % 2/4", "progress 75 % 3/4", "progress 100 % 4/4"]
    assert "3 stored" in lines[-1]
    assert not any(line.startswith("progress ") for line in result.stdout.splitlines())


def test_build_with_a_rejected_input_exits_0_but_1_when_strict(tmp_path) -> None:
    corpus = write_jsonl(tmp_path / "c.jsonl", ARTICLE, MALFORMED)
    relaxed = invoke("build", str(corpus), "--store", str(tmp_path / "a"), "-q")
    assert relaxed.exit_code == 0, relaxed.output
    assert "1 inputs rejected" in relaxed.stdout
    assert "malformed JSON" in relaxed.stderr
    strict = invoke("build", str(corpus), "--store", str(tmp_path / "b"), "-q", "--strict")
    assert strict.exit_code == 1, strict.output
    assert "1 read, 1 stored" in strict.stdout


def test_build_names_each_bad_input_on_one_line_and_goes_on(tmp_path) -> None:
    """A URL that is no IRI, a lone surrogate, a line nested too deeply: the build goes
    on, exits 0, and each problem is one line naming the file and the line."""
    corpus = write_jsonl(
        tmp_path / "c.jsonl",
        {**ARTICLE, "url": "https://news.example/sales_plunge_by_45%"},
        '{"id": "deep", "text": ' + "[" * 50_000 + "]" * 50_000 + "}",
        {"id": "cut\ud83d", "text": ARTICLE["text"] + " A second copy \ud83d.",
         "title": "\ud83d"},
    )
    result = invoke("build", str(corpus), "--store", str(tmp_path / "s"), "-q")
    assert result.exit_code == 0, result.output
    assert "2 read, 2 stored, 0 quarantined, 0 failed; 1 inputs rejected" in result.stdout
    problems = [line for line in result.stderr.splitlines() if line.startswith("  ! ")]
    assert problems == [f"  ! rejected {corpus} line 2: malformed JSON: nested too deeply "
                        "to read"]


def test_interrupted_build_says_what_it_stored(tmp_path, monkeypatch) -> None:
    """Ctrl-C during a build: exit 130 and one line saying how many articles are stored
    (each whole: crash safety) and that running it again goes on."""
    import kg.pipeline

    real = kg.pipeline.build

    def interrupted(paths, **options):
        progress = options["progress"]

        def stop_after_one(summary, article) -> None:
            progress(summary, article)
            if summary.stored == 1:
                raise KeyboardInterrupt

        return real(paths, **{**options, "progress": stop_after_one})

    monkeypatch.setattr(kg.pipeline, "build", interrupted)
    other = {**ARTICLE, "id": "oreno-2", "text": ARTICLE["text"] + " Talks resume on Friday."}
    corpus = write_jsonl(tmp_path / "c.jsonl", ARTICLE, other)
    result = invoke("build", str(corpus), "--store", str(tmp_path / "s"), "-q")
    assert result.exit_code == 130, result.output
    assert result.stderr == (f"kg: interrupted: 1 articles stored in {tmp_path / 's'} by this "
                             "build, each whole; run it again to go on (what is stored is "
                             "skipped)\n")


def test_build_of_a_missing_path_exits_2(tmp_path) -> None:
    result = invoke("build", str(tmp_path / "nowhere.jsonl"), "--store", str(tmp_path / "s"))
    assert_clean_failure(result, 2, "nowhere.jsonl")


# ------------------------------------------------------------------ query


def test_query_list_names_every_query_file() -> None:
    result = invoke("query", "--list")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    listed = {line.split()[0] for line in lines if line and not line[0].isspace()}
    assert listed == {p.stem for p in queries_dir().glob("*.rq")}
    assert "--param place (string, required)" in result.stdout


def test_query_prints_a_table(store) -> None:
    result = invoke("query", "claimed-control", "--param", f"place={PLACE}", "--store", store)
    assert result.exit_code == 0, result.output
    header = result.stdout.splitlines()[1]
    for column in ("speaker", "date", "stance", "content", "article"):
        assert column in header
    # A long name wraps inside its cell: read the speaker column's lines together.
    speakers = " ".join(line.split("│")[1].strip() for line in result.stdout.splitlines()
                        if line.startswith("│"))
    assert CLAIM[0] in speakers and CLAIM[1] in result.stdout


def test_query_csv_has_the_header_and_the_claim(store) -> None:
    result = invoke(
        "query",
        "claimed-control",
        "-p",
        f"place={PLACE.lower()}",
        "--format",
        "csv",
        "--store",
        store,
    )
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert list(rows[0]) == [
        "speaker",
        "onBehalfOf",
        "date",
        "stance",
        "content",
        "evidence",
        "article",
        "reported",
        "outlet",
    ]
    claims = [(r["speaker"], r["date"]) for r in rows if r["stance"] == "Assert"]
    assert claims == [CLAIM]
    assert {r["article"] for r in rows} == {ARTICLE["id"]}


def test_query_json_rows_are_objects(store) -> None:
    result = invoke(
        "query",
        "claimed-control",
        "--param",
        f"place={PLACE}",
        "--format",
        "json",
        "--store",
        store,
    )
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert [(r["speaker"], r["date"]) for r in rows if r["stance"] == "Assert"] == [CLAIM]
    assert [r["speaker"] for r in rows if r["stance"] == "Deny"] == ["Lenka Sobotka"]
    assert all(r["onBehalfOf"] == "" or isinstance(r["onBehalfOf"], str) for r in rows)


def test_query_with_no_rows_exits_1(store) -> None:
    result = invoke("query", "claimed-control", "--param", "place=Atlantis", "--store", store)
    assert result.exit_code == 1, result.output
    assert "(no rows)" in result.stderr


def test_unknown_query_exits_2_naming_the_known_ones(store) -> None:
    result = invoke("query", "who-won", "--store", store)
    assert_clean_failure(result, 2, "who-won", "claimed-control")


def test_missing_required_param_exits_2(store) -> None:
    assert_clean_failure(invoke("query", "claimed-control", "--store", store), 2, "place")


def test_unknown_param_exits_2(store) -> None:
    result = invoke("query", "claimed-control", "-p", "place=X", "-p", "town=Y", "--store", store)
    assert_clean_failure(result, 2, "town")


@pytest.mark.parametrize("bad", ["place", "=Kesk"])
def test_bad_param_syntax_exits_2(store, bad: str) -> None:
    result = invoke("query", "claimed-control", "--param", bad, "--store", store)
    assert_clean_failure(result, 2, "KEY=VALUE")


def test_missing_store_exits_2_and_says_to_run_build(tmp_path) -> None:
    result = invoke("query", "claimed-control", "-p", "place=X", "--store", str(tmp_path / "none"))
    assert_clean_failure(result, 2, "kg build")


def test_store_can_come_from_the_environment(store) -> None:
    result = CliRunner(env={"NEWSKG_STORE": store}).invoke(main, ["stats", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["graphs"] == 1


# ------------------------------------------------------------------ sparql


SPARQL = """PREFIX nkg: <https://w3id.org/newskg/ontology#>
PREFIX schema: <https://schema.org/>
SELECT ?id ?length WHERE { ?a a nkg:Article ; schema:identifier ?id ; nkg:textLength ?length }"""


def test_sparql_select_runs_over_the_store(store) -> None:
    result = invoke("sparql", SPARQL, "--format", "json", "--store", store)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == [{"id": ARTICLE["id"], "length": str(len(ARTICLE["text"]))}]


def test_sparql_reads_the_query_from_stdin(store) -> None:
    result = invoke("sparql", "-", "--format", "csv", "--store", store, input=SPARQL)
    assert result.exit_code == 0, result.output
    assert list(csv.reader(io.StringIO(result.stdout)))[1][0] == ARTICLE["id"]


def test_sparql_syntax_error_exits_2(store) -> None:
    assert_clean_failure(invoke("sparql", "SELECT WHERE {", "--store", store), 2, "SPARQL")


@pytest.mark.parametrize(("query", "message"), [
    ("DROP ALL", "kg: DROP is a SPARQL update: newskg runs queries only (SELECT); the store "
                 "changes only through kg build\n"),
    ("PREFIX x: <http://x/> INSERT DATA { x:a x:b x:c }", "kg: INSERT is a SPARQL update: "
     "newskg runs queries only (SELECT); the store changes only through kg build\n"),
])
def test_sparql_update_is_refused_in_one_line(store, query: str, message: str) -> None:
    result = invoke("sparql", query, "--store", store)
    assert_clean_failure(result, 2)
    assert result.stderr == message


# ------------------------------------------------------------------ validate


def test_validate_the_built_store_conforms(store) -> None:
    result = invoke("validate", "--store", store)
    assert result.exit_code == 0, result.output
    assert "1 graphs checked, 1 conform, 0 do not" in result.stdout


def test_validate_a_broken_file_exits_1_and_shows_the_violation(tmp_path) -> None:
    broken = tmp_path / "broken.ttl"
    broken.write_text(BROKEN_TTL, encoding="utf-8")
    result = invoke("validate", str(broken))
    assert result.exit_code == 1, result.output
    assert "does not conform (2 violations)" in result.stdout
    violations = [line for line in result.stdout.splitlines() if "Violation:" in line]
    assert len(violations) == 2
    for line in violations:
        assert f"https://example.org/st {NKG.speaker}" in line
        assert "exactly one nkg:speaker" in line
    assert "0 conform, 1 do not" in result.stdout


def test_validate_a_file_of_unknown_format_exits_2(tmp_path) -> None:
    odd = tmp_path / "graph.xyz"
    odd.write_text("nothing", encoding="utf-8")
    assert_clean_failure(invoke("validate", str(odd)), 2, "graph.xyz")


# ------------------------------------------------------------------ export, stats


@pytest.mark.parametrize(
    ("fmt", "suffix", "rdflib_format"),
    [
        ("nquads", "nq", "nquads"),
        ("trig", "trig", "trig"),
        ("jsonld", "jsonld", "json-ld"),
        ("turtle", "ttl", "turtle"),
    ],
)
def test_export_parses_back_with_the_articles_triples(
    store, tmp_path, fmt, suffix, rdflib_format
) -> None:
    out = tmp_path / f"out.{suffix}"
    result = invoke("export", "--format", fmt, "--out", str(out), "--store", store)
    assert result.exit_code == 0, result.output
    article = iri.article_iri(ARTICLE["id"])
    if fmt == "turtle":
        g = Graph().parse(out, format=rdflib_format)
    else:
        ds = Dataset().parse(out, format=rdflib_format)
        names = {str(c.identifier) for c in ds.graphs() if len(c)}
        assert names - DERIVED == {str(iri.article_graph(ARTICLE["id"]))}  # and the derived
        g = ds.graph(iri.article_graph(ARTICLE["id"]))
    assert (article, RDF.type, NKG.Article) in g
    assert (article, SCHEMA.identifier, Literal(ARTICLE["id"])) in g
    assert any(g.subjects(NKG.content, None))
    stats = json.loads(invoke("stats", "--json", "--store", store).stdout)
    with GraphStore.open(store, read_only=True) as gs:  # the union holds the derived graphs
        derived = sum(len(gs.graph(name)) for name in DERIVED) if fmt == "turtle" else 0
    assert len(g) == stats["triples"] + derived


def test_export_to_stdout_is_nquads(store) -> None:
    result = invoke("export", "--store", store)
    assert result.exit_code == 0, result.output
    ds = Dataset().parse(data=result.stdout_bytes, format="nquads")
    names = {str(g.identifier) for g in ds.graphs() if len(g)}
    assert names - DERIVED == {str(iri.article_graph(ARTICLE["id"]))}


def test_export_to_a_missing_folder_names_the_folder_not_the_store(store, tmp_path) -> None:
    out = tmp_path / "nowhere" / "x.ttl"
    result = invoke("export", "--format", "turtle", "--store", store, "--out", str(out))
    assert_clean_failure(result, 2, "nowhere")
    assert result.stderr == (f"kg: cannot write the export to {out}: there is no folder "
                             f"{out.parent}; create it first\n")


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full (Linux)")
def test_export_to_a_full_output_blames_the_output_not_the_store(store) -> None:
    with open("/dev/full", "wb") as full:
        done = subprocess.run([str(VENV_BIN / "kg"), "export", "--format", "turtle", "--store",
                               store], stdout=full, stderr=subprocess.PIPE, text=True, timeout=120)
    assert done.returncode == 2
    assert done.stderr == ("kg: cannot write the export to standard output: No space left on "
                           "device\n")


def test_stats_prints_the_numbers(store) -> None:
    result = invoke("stats", "--store", store)
    assert result.exit_code == 0, result.output
    lines = dict(line.split(maxsplit=1) for line in result.stdout.splitlines())
    assert lines["graphs"] == "1"
    assert int(lines["triples"]) > 0
    numbers = json.loads(invoke("stats", "--json", "--store", store).stdout)
    assert {k: str(v) for k, v in numbers.items()} == lines


# ------------------------------------------------------------------ help and docs


COMMANDS = sorted(main.commands)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command: str) -> None:
    result = invoke(command, "--help")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Usage: ") and f" {command} [OPTIONS]" in result.stdout
    assert main.commands[command].help


def _readme_lacks_commands() -> bool:
    text = README.read_text(encoding="utf-8") if README.is_file() else ""
    return any(f"kg {c}" not in text for c in COMMANDS)


def test_every_command_appears_in_the_readme() -> None:
    text = README.read_text(encoding="utf-8")
    assert [c for c in COMMANDS if f"kg {c}" not in text] == []


# ------------------------------------------------------------------ real processes


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "NEWSKG_STORE"}
    env["PYTHONIOENCODING"] = "utf-8"
    return env


def test_installed_kg_script_runs_a_query(store, tmp_path) -> None:
    kg = VENV_BIN / "kg"
    if not kg.is_file():
        pytest.skip(f"no kg script next to {sys.executable}")
    proc = subprocess.run(
        [
            str(kg),
            "query",
            "claimed-control",
            "--param",
            f"place={PLACE}",
            "--format",
            "json",
            "--store",
            store,
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=_env(),
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    rows = json.loads(proc.stdout)
    assert [(r["speaker"], r["date"]) for r in rows if r["stance"] == "Assert"] == [CLAIM]


def test_python_dash_m_kg_fails_cleanly_without_a_store(tmp_path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "kg", "stats", "--store", str(tmp_path / "none")],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=_env(),
        timeout=120,
    )
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert proc.stderr.count("\n") == 1 and "kg build" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_python_dash_m_kg_prints_the_version(tmp_path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "kg", "--version"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=_env(),
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("kg, version ")
