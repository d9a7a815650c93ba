"""The ``kg`` command: a thin door onto the Python API.

Exit codes: 0 success; 1 no result, or a graph that does not conform; 2 bad
input or a runtime error (a one-line message on stderr, never a traceback).
"""

from __future__ import annotations

import csv
import json
import os
import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path

import click
from rdflib import Literal, URIRef
from rdflib.term import Node

from kg.errors import KGError

EXIT_OK, EXIT_EMPTY, EXIT_ERROR = 0, 1, 2
STORE_ENV = "NEWSKG_STORE"
OUTPUT_FORMATS = ("table", "csv", "json", "tsv")
#: What ``kg sparql`` prints a CONSTRUCT or DESCRIBE answer (a graph) in.
GRAPH_FORMATS = ("turtle", "ntriples", "jsonld")

store_option = click.option(
    "--store", "store", type=click.Path(file_okay=False, path_type=Path),
    default=lambda: os.environ.get(STORE_ENV, "newskg-data"), show_default="newskg-data",
    help=f"Folder of the graph store (or set {STORE_ENV}).")
endpoint_option = click.option(
    "--endpoint", default=None, metavar="URL",
    help="A remote SPARQL store's query URL, used instead of the local store.")
token_option = click.option(
    "--token", default=None, help="Bearer token for the endpoint (or set NEWSKG_TOKEN).")
format_option = click.option("--format", "fmt", type=click.Choice(OUTPUT_FORMATS),
                             default="table", show_default=True, help="How to print rows.")


def _fail(message: str, code: int = EXIT_ERROR) -> None:
    click.echo(f"kg: {message}", err=True)
    sys.exit(code)


def friendly(fn: Callable) -> Callable:
    """Turn a ``KGError`` into a one-line message and exit code 2."""

    @wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except KGError as exc:
            _fail(str(exc))
        except BrokenPipeError:
            # whoever reads the output (head, less) has gone: stop quietly, as Unix tools do
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            sys.exit(EXIT_OK)
        except KeyboardInterrupt:
            _fail("interrupted", 130)

    return wrapper


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="newskg", prog_name="kg")
def main() -> None:
    """newskg: build a knowledge graph of who said what, when, from news articles."""


# ------------------------------------------------------------------ build


@main.command()
@click.argument("paths", nargs=-1, required=True)
@store_option
@click.option("--input-format", "input_format", default=None,
              help="Read every input as this format (jsonl, json, text, html, feed, warc, "
                   "csv); default: by extension.")
@click.option("--text-column", default=None, help="CSV column with the article text "
              "(default: text, body, content or articleBody).")
@click.option("--max-chars", type=click.IntRange(min=1), default=1_000_000, show_default=True,
              help="Reject an article with more characters of text.")
@click.option("--force", is_flag=True, help="Read unchanged articles again too.")
@click.option("--model", default=None, help="spaCy pipeline to use instead of en_core_web_sm.")
@click.option("--strict", is_flag=True, help="Exit 1 when any input is rejected or quarantined.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@click.option("--progress-log", is_flag=True,
              help="Progress as plain lines on stderr, every 10 %% of the inputs (for logs "
                   "and scripts; bench/scale.py reads them).")
@click.option("--endpoint", default=None, metavar="URL",
              help="Also write each article's graph to this remote SPARQL store.")
@click.option("--update-endpoint", default=None, metavar="URL",
              help="The remote store's update URL (default: /query -> /update).")
@click.option("--workers", "-j", type=click.IntRange(min=1), default=None,
              help="Processes that read articles, this one storing what they read "
                   "(default: the machine's cores; 1 reads in this process).")
@click.option("--scheduler", default=None, metavar="tcp://HOST:PORT",
              help="Read the articles on this Dask cluster instead, this process storing "
                   "what its workers read (each worker: pip install newskg).")
@click.option("--shards", default=None, metavar="DIR", type=click.Path(file_okay=False),
              help="Have the workers write N-Quads shards to DIR (shared by them) for "
                   "`kg load DIR` or `kg push DIR`; the store is only read, to skip what "
                   "it holds.")
@click.option("--no-text", "no_text", is_flag=True,
              help="Leave the articles' texts (schema:articleBody) out of the store, for "
                   "licences that forbid keeping them; the store records it, and a build "
                   "into it without --no-text is refused.")
@token_option
@friendly
def build(paths, store, input_format, text_column, max_chars, force, model, strict,
          quiet, progress_log, endpoint, update_endpoint, token, workers, scheduler,
          shards, no_text) -> None:
    """Read articles from PATHS (files, folders, globs, or - for stdin) into the store.

    Only new and changed articles are read; unchanged ones and duplicates are skipped
    and counted.
    """
    from loaders.language import warm_up

    warm_up()  # the language model loads while the reading engine is imported
    from kg.endpoint.remote import open_remote
    from kg.parallel import default_workers
    from kg.pipeline import build as run_build
    from kg.pipeline import count_inputs

    if scheduler is not None and workers is not None:
        _fail("--workers and --scheduler: give one (the cluster's workers read with "
              "--scheduler)")
    if shards is not None and endpoint is not None:
        _fail("--shards and --endpoint: give one (kg push DIR sends the shards to an endpoint)")
    latest: list = []  # the summary as the build goes, to say what an interruption kept

    def tracked(progress):
        def note(summary, article) -> None:
            latest[:] = [summary]
            if progress is not None:
                progress(summary, article)
        return note

    try:
        with open_remote(endpoint, update_endpoint=update_endpoint, token=token,
                         send_ontology=True) as target:
            summary = _with_progress(lambda progress: run_build(
                paths, store=store, format=input_format, model=model,
                progress=tracked(progress), max_chars=max_chars, text_column=text_column,
                force=force, target=target, workers=workers or default_workers(),
                scheduler=scheduler, shards=shards, text=not no_text), quiet,
                total=lambda: count_inputs(paths, format=input_format, max_chars=max_chars,
                                           text_column=text_column), lines=progress_log)
    except KeyboardInterrupt:
        done = latest[0] if latest else None
        where = done.store if done else store
        stored = done.stored if done else 0
        _fail(f"interrupted: {stored} articles stored in {where} by this build, each whole; "
              "run it again to go on (what is stored is skipped)", 130)
    _print_summary(summary)
    if strict and (summary.rejected or summary.quarantined or summary.failed):
        sys.exit(EXIT_EMPTY)


def _with_progress(run, quiet: bool, total=None, *, lines: bool = False):
    """``run(progress)``, with a progress line on a terminal: articles read and stored,
    articles/s, and the time left when ``total()`` counts the inputs (None: unknown).
    ``lines``: plain lines instead, every 10 % of the inputs (``_progress_lines``)."""
    if lines:
        return run(_progress_lines(total() if total is not None else None))
    if quiet or not sys.stderr.isatty():
        return run(None)
    import time

    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    columns = (SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn())
    with Progress(*columns, transient=True) as bar:
        task = bar.add_task("counting articles", total=None)
        inputs = total() if total is not None else None
        bar.update(task, description="reading articles")
        first: list[tuple[float, int]] = []  # (time, inputs seen) when the first came back

        def update(summary, article) -> None:
            now, seen = time.monotonic(), summary.done
            first[:] = first or [(now, seen)]
            rate = (seen - first[0][1]) / max(now - first[0][0], 1e-9)
            pace = f", {rate:.1f} articles/s" if seen > first[0][1] else ""
            if pace and inputs is not None and inputs >= seen:
                pace += f", {_duration((inputs - seen) / max(rate, 1e-9))} left"
            kept = (f"{summary.sharded} in shards" if summary.shards
                    else f"{summary.stored} stored")
            bar.update(task, description=f"{summary.read} articles read, {kept}"
                                         f"{pace}: {article.id[:40]}")

        return run(update)


def _progress_lines(inputs: int | None):
    """A progress callback writing ``progress 30 % 3000/10000 inputs, 2985 stored, 41.2 s``
    to stderr each time another 10 % of ``inputs`` is done (every 1,000 when unknown)."""
    import time

    started, step = time.monotonic(), max(1, (inputs or 10_000) // 10)
    last = [0]

    def note(summary, article) -> None:
        done = summary.done
        if done == last[0] or (done // step == last[0] // step and done != inputs):
            return
        last[0] = done
        share = f"{100 * done // inputs} % " if inputs else ""
        click.echo(f"progress {share}{done}/{inputs or '?'} inputs, {summary.stored} stored, "
                   f"{time.monotonic() - started:.1f} s", err=True)

    return note


def _duration(seconds: float) -> str:
    """``42 s``, ``3 min 05 s``, ``2 h 07 min``."""
    seconds = int(seconds + 0.5)
    if seconds < 60:
        return f"{seconds} s"
    if seconds < 3600:
        return f"{seconds // 60} min {seconds % 60:02d} s"
    return f"{seconds // 3600} h {seconds % 3600 // 60:02d} min"


def _print_summary(s) -> None:
    click.echo(f"store        {s.store}" + (" (read only: --shards)" if s.shards else ""))
    if s.shards:
        click.echo(f"shards       {s.sharded} articles read into {s.shards}: "
                   f"kg load {s.shards} stores them")
    click.echo(f"articles     {s.read} read, {s.stored} stored, {s.quarantined} quarantined, "
               f"{s.failed} failed; {s.rejected} inputs rejected")
    retracted = f", {s.retracted} retracted" if s.retracted else ""
    click.echo(f"skipped      {s.unchanged} unchanged since an earlier build, "
               f"{s.duplicates} duplicates{retracted}; {s.seen} inputs seen in all")
    removed = f" ({s.removed} more left out: they broke the shapes)" if s.removed else ""
    click.echo(f"graph        {s.triples} triples: {s.entities} entities, "
               f"{s.statements} statements, {s.events} events{removed}")
    click.echo(f"time         {s.seconds:.1f} s"
               + (f", {s.seen / s.seconds:.1f} inputs/s" if s.seconds and s.seen else ""))
    if s.stages:
        where = "this process" if s.workers == 1 else f"summed over {s.workers} workers"
        where = f"summed over the cluster's {s.workers} threads" if s.cluster else where
        split = ", ".join(f"{stage} {seconds:.1f}" for stage, seconds in s.stages.items())
        click.echo(f"stages       CPU s: {split} ({where}; load and store in this process)")
    for problem in s.problems[:20]:
        click.echo(f"  ! {problem}", err=True)
    if len(s.problems) > 20:
        click.echo(f"  ! … and {len(s.problems) - 20} more (rejected.jsonl, quarantine.jsonl)",
                   err=True)


# ------------------------------------------------------------------ query


@main.command()
@click.argument("name", required=False)
@click.option("--param", "-p", "params", multiple=True, metavar="KEY=VALUE",
              help="A query parameter; repeat for several.")
@click.option("--list", "list_", is_flag=True, help="List the named queries and their parameters.")
@click.option("--limit", type=click.IntRange(min=1), default=None, metavar="N",
              help="Rows in the page printed [default: 100].")
@click.option("--offset", type=click.IntRange(min=0), default=0, show_default=True, metavar="N",
              help="Rows to skip before the page (100 shows the second page of 100).")
@click.option("--count", is_flag=True, help="Count the rows of the whole answer too.")
@store_option
@endpoint_option
@token_option
@format_option
@friendly
def query(name, params, list_, limit, offset, count, store, endpoint, token, fmt) -> None:
    """Run the named query NAME (see --list) with typed parameters, a page of rows at a
    time (--limit, --offset); stderr says which rows a page holds and whether more
    follow (nothing when the first page is the whole answer)."""
    from kg.query import PAGE_ROWS, list_queries, run_page

    if list_ or not name:
        for q in list_queries():
            click.echo(f"{q.name:<18} {q.title}")
            for p in q.params:
                click.echo(f"{'':<18}   --param {p.describe()}: {p.description}")
        return
    values = {}
    for item in params:
        key, sep, value = item.partition("=")
        if not sep or not key:
            _fail(f"bad --param {item!r}: write it as KEY=VALUE, e.g. --param place=Springfield")
        values[key.strip()] = value
    with _open_source(store, endpoint, token) as gs:
        page = run_page(gs, name, values, limit=limit or PAGE_ROWS, offset=offset, count=count)
    if page.more or page.offset or page.total is not None:  # a whole answer needs no note
        click.echo(_page_note(page), err=True)
    _print_rows(page.result, fmt)


def _page_note(page) -> str:
    """``rows 1-100 of 2,345; 2,245 more: --offset 100`` (what stderr says of a page)."""
    shown = len(page.result.rows)
    first, last = page.offset + 1, page.offset + shown
    where = f"rows {first}-{last}" if shown else f"no rows from row {first}"
    if page.total is not None:
        where += f" of {page.total:,}"
    if not page.more:
        return where + ("" if page.total is not None else "; no more")
    left = f"{page.total - last:,} more" if page.total is not None else "more rows follow"
    hint = "" if page.total is not None else " (--count counts them)"
    return f"{where}; {left}: --offset {last}{hint}"


@main.command()
@click.argument("sparql")
@store_option
@endpoint_option
@token_option
@click.option("--format", "fmt", type=click.Choice(OUTPUT_FORMATS + GRAPH_FORMATS),
              default=None, help="SELECT: table (default), csv, json, tsv; CONSTRUCT and "
                                 "DESCRIBE: turtle (default), ntriples, jsonld.")
@friendly
def sparql(sparql, store, endpoint, token, fmt) -> None:
    """Run a SPARQL query (or '-' to read it from stdin) over the union of all graphs.

    SELECT prints rows; ASK prints true or false (exit 0 or 1); CONSTRUCT and DESCRIBE
    print the graph they make."""
    from kg.sparql import query_form

    text = sys.stdin.read() if sparql == "-" else sparql
    form = query_form(text)
    graph_answer = form in ("CONSTRUCT", "DESCRIBE")
    if fmt is not None and form == "SELECT" and fmt in GRAPH_FORMATS:
        _fail(f"--format {fmt} is for CONSTRUCT and DESCRIBE; a SELECT prints as "
              f"{', '.join(OUTPUT_FORMATS)}")
    if fmt is not None and graph_answer and fmt in OUTPUT_FORMATS:
        _fail(f"--format {fmt} is for SELECT; a {form} prints as {', '.join(GRAPH_FORMATS)}")
    with _open_source(store, endpoint, token) as gs:
        if form == "ASK":
            answer = gs.ask(text)
        elif graph_answer:
            answer = gs.construct(text)
        else:  # SELECT, or not a query: the store says what is wrong with it
            answer = gs.select(text)
    if form == "ASK":
        click.echo("true" if answer else "false")
        sys.exit(EXIT_OK if answer else EXIT_EMPTY)
    if graph_answer:
        _print_graph(answer, fmt or "turtle")
        return
    _print_rows(answer, fmt or "table")


def _print_graph(graph, fmt: str) -> None:
    """A CONSTRUCT or DESCRIBE answer in an RDF syntax on stdout; an empty one says so on
    stderr and exits 1, as a SELECT without rows does."""
    syntax = {"turtle": "turtle", "ntriples": "nt", "jsonld": "json-ld"}[fmt]
    data = graph.serialize(format=syntax, encoding="utf-8")
    sys.stdout.buffer.write(data)
    sys.stdout.flush()
    if not len(graph):
        click.echo("(no triples)", err=True)
        sys.exit(EXIT_EMPTY)


def _open_source(store: Path, endpoint: str | None, token: str | None):
    """The local store (read-only), or the remote one at ``endpoint``."""
    if endpoint is None:
        return _open_store(store)
    from kg.endpoint.remote import open_remote

    return open_remote(endpoint, token=token)


def _open_store(store: Path):
    from kg.store import GraphStore

    return GraphStore.open(store, create=False, read_only=True)


def _cell(value: Node | None) -> str:
    if value is None:
        return ""
    if isinstance(value, Literal | URIRef):
        return str(value)
    return value.n3()


def _print_rows(result, fmt: str) -> None:
    """The rows in ``fmt``; none at all is "(no rows)" on stderr and exit 1."""
    if fmt == "tsv":
        _print_tsv(result)
    rows = [[_cell(v) for v in row] for row in result.rows]
    if fmt == "json":
        click.echo(json.dumps([dict(zip(result.columns, r, strict=True)) for r in rows],
                              ensure_ascii=False, indent=1))
    elif fmt == "tsv":
        pass  # written above
    elif fmt == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(result.columns)
        writer.writerows(rows)
    else:
        _print_table(result.columns, rows)
    if not rows:
        click.echo("(no rows)", err=True)
        sys.exit(EXIT_EMPTY)


def _print_tsv(result) -> None:
    """SPARQL 1.1 TSV results: ``?name`` headers, each value in N-Triples syntax (an IRI
    in angle brackets, a literal quoted with its datatype or language), unbound empty."""
    from kg.sparql import sparql_term

    click.echo("\t".join(f"?{c}" for c in result.columns))
    for row in result.rows:
        click.echo("\t".join("" if v is None else sparql_term(v) for v in row))


def _print_table(columns, rows) -> None:
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    table = Table(*columns, show_lines=False, header_style="bold")
    for row in rows:  # escaped: a value such as "[alias]" is text, not rich markup
        table.add_row(*(escape(c if len(c) <= 160 else c[:157] + "…") for c in row))
    Console(width=max(120, _terminal_width())).print(table)


def _terminal_width() -> int:
    try:
        return os.get_terminal_size().columns
    except OSError:
        return 160


# ------------------------------------------------------------------ validate, export, stats


@main.command()
@click.argument("path", required=False, type=click.Path(exists=True, dir_okay=False,
                                                         path_type=Path))
@store_option
@friendly
def validate(path, store) -> None:
    """Check PATH (an RDF file) or, without PATH, every article graph in the store, against
    the SHACL shapes. Exit 0 when everything conforms, 1 when not."""
    from kg.validate import validate_dataset

    if path is not None:
        ds = _parse_rdf(path)
    else:
        with _open_store(store) as gs:
            ds = gs.dataset()
    reports = validate_dataset(ds)
    bad = {g: r for g, r in reports.items() if not r.conforms}
    for g, r in bad.items():
        click.echo(f"{g}: does not conform ({len(r.results)} violations)")
        for v in r.results[:50]:
            where = f" {v.path}" if v.path else ""
            value = f" (value {v.value})" if v.value else ""
            click.echo(f"  {v.severity}: {v.focus}{where}{value}: {v.message}")
    click.echo(f"{len(reports)} graphs checked, {len(reports) - len(bad)} conform, "
               f"{len(bad)} do not")
    if bad:
        sys.exit(EXIT_EMPTY)


def _parse_rdf(path: Path):
    from rdflib import Dataset

    from kg.errors import ShapeError

    formats = {".nq": "nquads", ".trig": "trig", ".ttl": "turtle", ".nt": "nt",
               ".jsonld": "json-ld", ".json": "json-ld"}
    fmt = formats.get(path.suffix.lower())
    if fmt is None:
        raise ShapeError(f"cannot tell the RDF format of {path}: use one of "
                         f"{', '.join(sorted(formats))}")
    ds = Dataset()
    try:
        ds.parse(path, format=fmt)
    except Exception as exc:  # noqa: BLE001 - any parser error is bad input
        raise ShapeError(f"cannot parse {path} as {fmt}: {exc}") from exc
    return ds


RDF_FORMATS = ("nquads", "trig", "turtle", "jsonld")
WIKIBASE_FORMATS = ("wikidata-json", "wikibase-rdf", "quickstatements")


@main.command()
@click.option("--format", "fmt", type=click.Choice(RDF_FORMATS + WIKIBASE_FORMATS),
              default="nquads", show_default=True,
              help="An RDF format of the graph, or a Wikibase format: a Wikidata JSON dump, "
                   "a Wikibase RDF dump (Turtle) or QuickStatements v1.")
@click.option("--out", "out", default="-", show_default=True,
              help="File to write, or - for standard output.")
@click.option("--with-ontology", is_flag=True, help="Include the ontology graph (RDF formats).")
@click.option("--ids", type=click.Choice(("local",)), default="local", show_default=True,
              help="Wikibase formats: mint the export's own P and Q ids, for a standalone "
                   "Wikibase, with Wikidata's equivalents recorded.")
@click.option("--concept-uri", default=None, metavar="URL",
              help="wikibase-rdf: base of the dump's IRIs (default "
                   "https://w3id.org/newskg/wikibase/).")
@store_option
@friendly
def export(fmt, out, with_ontology, ids, concept_uri, store) -> None:
    """Write the whole graph in an RDF format (named graphs kept in nquads and trig) or a
    Wikidata-style format."""
    with _open_store(store) as gs:
        if fmt in WIKIBASE_FORMATS:
            from kg.wikidata import export_wikibase

            summary = export_wikibase(gs, out, fmt, ids=ids, concept_uri=concept_uri)
            where = "standard output" if out == "-" else out
            unit = "lines" if fmt == "quickstatements" else "entities"
            click.echo(f"wrote {summary.written} {unit} to {where}: {summary.items} items, "
                       f"{summary.properties} properties, {summary.claims} claims", err=True)
        elif out == "-":
            gs.export(sys.stdout.buffer, fmt, include_ontology=with_ontology)
            sys.stdout.flush()
        else:
            gs.export(Path(out), fmt, include_ontology=with_ontology)
            click.echo(f"wrote {out}", err=True)


@main.command()
@store_option
@click.option("--json", "as_json", is_flag=True, help="Print the numbers as JSON.")
@friendly
def stats(store, as_json) -> None:
    """Numbers of articles, entities, statements, events and triples in the store."""
    with _open_store(store) as gs:
        numbers = gs.stats()
    if as_json:
        click.echo(json.dumps(numbers, indent=1))
        return
    for key, value in numbers.items():
        click.echo(f"{key:<14} {value}")


def _register_more() -> None:
    from kg.commands import register

    register(main)


_register_more()

if __name__ == "__main__":
    main()
