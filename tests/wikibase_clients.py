"""Three independent Wikibase JSON readers, to check a Wikidata JSON dump against real clients.

``read_dump(path, reader)`` loads every entity of a dump file (Wikibase's JsonDumpGenerator
layout: ``[``, one entity per line with ``,`` after all but the last, ``]``) with one of
``READERS`` and returns ``{entity_id: summary}``. Each summary is built from that reader's
own parsed objects, never from the raw JSON, and has one shape for all readers, so tests
can say both "this survived" and "the three readers agree"::

    {"type": "item" | "property",
     "datatype": "time" | ... | None,            # properties only
     "labels": {lang: text}, "descriptions": {lang: text},
     "aliases": {lang: [text, ...]},             # file order
     "claims": {pid: [{"id": "Q1$…", "rank": "normal", "value": V,
                       "qualifiers": {pid: [V, ...]},            # {} when none
                       "references": [{pid: [V, ...]}, ...]}]}}  # [] when none

A value ``V`` by datatype: wikibase-item/-property → the id (``"Q5"``); string, external-id,
url, commonsMedia → the string; monolingualtext → ``{"text", "language"}``; time →
``{"time": "+2021-09-00T00:00:00Z", "precision": 10}``; quantity → ``{"amount": "+12",
"unit": "1"}``; globe-coordinate → ``{"latitude", "longitude"}``; somevalue and novalue
snaks → the strings ``"somevalue"`` and ``"novalue"``. A value type the reader does not
know becomes ``{"unsupported": type, "value": None}``.

When a reader refuses an entity, ``read_dump`` raises ``ReaderRejected`` carrying the
reader's own error (its exception text; for the Python readers also ``__cause__``).

What each reader gives, and where it cannot:

- ``wdtk``: Wikidata Toolkit's datamodel (Debian ``libwikidata-toolkit-java``, installed
  here when absent), through tests/java/WdtkSummary.java, one JVM for the whole file. Every
  field is its own: statement ids (``getStatementId``; None when the file has none, which
  WDTK accepts), the property datatype (``getDatatype`` mapped back by WDTK's
  ``DatatypeIdImpl.getJsonDatatypeFromDatatypeIri``), the quantity amount by WDTK's
  ``DataFormatter.formatBigDecimal``. WDTK keeps a time as year, month, day, so the time
  string is rebuilt from them with the year padded to four digits, as Wikibase writes it:
  a file that pads years to eleven digits (``+00000002014-…``) reads back as ``+2014-…``.
  Qualifiers missing from ``qualifiers-order`` are dropped.
- ``qwikidata``: ``WikidataJsonDump`` over the whole file, then ``WikidataItem`` /
  ``WikidataProperty``, their claim groups, claims, qualifiers, references, snaks and
  datavalues. It has no accessor for a property entity's datatype: **"datatype" is None
  for every qwikidata summary**. Nor does it list the languages of labels, descriptions or
  aliases: they are the keys of the entity dict it wraps, and the texts come from
  ``get_label`` / ``get_description`` / ``get_aliases``. Qualifiers missing from
  ``qualifiers-order`` are dropped.
- ``wikibaseintegrator``: ``ItemEntity`` / ``PropertyEntity`` from ``from_json`` of each
  entity line (it has no dump reader), made through one offline ``WikibaseIntegrator()``;
  no network call is made. Every field is there. Unlike the other two it keeps qualifiers
  that ``qualifiers-order`` leaves out, and it drops a label or description whose text
  is empty.

What each rejects (tests/test_wikibase_clients.py pins it): a statement without ``rank``
all three; a malformed time (``+2021-09-06``) only wdtk, the others pass the string on; a
statement without ``id`` qwikidata and wikibaseintegrator; a qualifier snak without
``hash`` qwikidata; an entity without ``lastrevid`` wikibaseintegrator.

So the only None that is a reader's gap rather than the file's is qwikidata's
``datatype``; ``comparable(summary)`` blanks it so summaries of all readers compare equal.
"""

from __future__ import annotations

import functools
import itertools
import json
import re
import shutil
import subprocess
import tempfile
import warnings
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from debian_packages import apt_install

READERS = ("wdtk", "qwikidata", "wikibaseintegrator")

#: Fields a reader cannot give at all, per reader (summary level); see the module docstring.
MISSING = {"wdtk": (), "qwikidata": ("datatype",), "wikibaseintegrator": ()}

Summary = dict[str, Any]
_END = object()  # the end of an iterator, for next()


class ReaderRejected(Exception):
    """A reader refused the dump: which reader, where in the file, and its own error."""

    def __init__(self, reader: str, path: Path, line: int | None, error: str) -> None:
        where = f"{path}, line {line}" if line is not None else str(path)
        super().__init__(f"{reader} rejected {where}: {error}")
        self.reader, self.path, self.line, self.error = reader, path, line, error


def read_dump(path: Path, reader: str) -> dict[str, Summary]:
    """Every entity of the dump file at `path`, as the named reader sees it, normalised:
    {entity_id: summary}. Raises ReaderRejected, with the reader's own error, when it
    rejects the file."""
    read = _READ.get(reader)
    if read is None:
        raise ValueError(f"unknown reader {reader!r}; the readers are {', '.join(READERS)}")
    summaries: dict[str, Summary] = {}
    for entity_id, summary in read(Path(path)):
        if entity_id in summaries:
            raise ValueError(f"{path}: {reader} read entity {entity_id} twice")
        summaries[entity_id] = summary
    return summaries


def comparable(summary: Summary) -> Summary:
    """`summary` with the fields some reader cannot give set to None, for comparing readers."""
    blank = {field for fields in MISSING.values() for field in fields}
    return {key: None if key in blank else value for key, value in summary.items()}


def entity_line(line: str) -> str | None:
    """The entity JSON on one dump line, or None for ``[``, ``]`` and blank lines."""
    text = line.strip()
    if text in ("", "[", "]"):
        return None
    return text.removesuffix(",")


# ------------------------------------------------------------------ values (Python readers)

def datavalue(value_type: str, value: Any) -> Any:
    """A datavalue, given by its value type (not the datatype: a url is a "string"), normalised."""
    match value_type:
        case "wikibase-entityid":
            return value["id"]
        case "string":
            return value
        case "monolingualtext":
            return {"text": value["text"], "language": value["language"]}
        case "time":
            return {"time": value["time"], "precision": value["precision"]}
        case "quantity":
            return {"amount": value["amount"], "unit": value["unit"]}
        case "globecoordinate":
            return {"latitude": value["latitude"], "longitude": value["longitude"]}
    return {"unsupported": value_type, "value": None}


def _rejecting(reader: str, path: Path) -> Callable[[int | None, Exception], ReaderRejected]:
    """A maker of ReaderRejected for `reader` on `path`, from the reader's own exception."""
    def reject(line: int | None, error: Exception) -> ReaderRejected:
        return ReaderRejected(reader, path, line, f"{type(error).__name__}: {error}")
    return reject


# ------------------------------------------------------------------ qwikidata

def _read_qwikidata(path: Path) -> Iterator[tuple[str, Summary]]:
    """qwikidata's dump reader over the whole file; line numbers assume one ``[`` line first."""
    with warnings.catch_warnings():  # its typedefs use a deprecated mypy_extensions API
        warnings.filterwarnings("ignore", "mypy_extensions", DeprecationWarning)
        from qwikidata.entity import WikidataItem, WikidataProperty
        from qwikidata.json_dump import WikidataJsonDump

    reject = _rejecting("qwikidata", path)
    entities = iter(WikidataJsonDump(str(path)))
    for line in itertools.count(2):
        try:
            entity_dict = next(entities, _END)
            if entity_dict is _END:
                return
            kind = WikidataProperty if entity_dict.get("type") == "property" else WikidataItem
            entity = kind(entity_dict)
            summary = _qwikidata_summary(entity)
        except Exception as error:
            raise reject(line, error) from error
        yield entity.entity_id, summary


def _qwikidata_summary(entity: Any) -> Summary:
    """Only its accessors; the language lists are the keys of the dict it wraps (no API)."""
    terms = entity._entity_dict
    return {
        "type": entity.entity_type,
        "datatype": None,  # qwikidata has no accessor for a property's datatype
        "labels": {lang: entity.get_label(lang) for lang in terms["labels"]},
        "descriptions": {lang: entity.get_description(lang) for lang in terms["descriptions"]},
        "aliases": {lang: entity.get_aliases(lang) for lang in terms["aliases"]},
        "claims": {pid: [_qwikidata_claim(claim) for claim in group]
                   for pid, group in entity.get_claim_groups().items()},
    }


def _qwikidata_claim(claim: Any) -> Summary:
    return {
        "id": claim.claim_id,
        "rank": claim.rank,
        "value": _qwikidata_value(claim.mainsnak),
        "qualifiers": {pid: [_qwikidata_value(q.snak) for q in qualifiers]
                       for pid, qualifiers in claim.qualifiers.items()},
        "references": [{pid: [_qwikidata_value(snak) for snak in snaks]
                        for pid, snaks in reference.snaks.items()}
                       for reference in claim.references],
    }


def _qwikidata_value(snak: Any) -> Any:
    if snak.snaktype != "value":
        return snak.snaktype
    return datavalue(snak.datavalue.datatype, snak.datavalue.value)


# ------------------------------------------------------------------ WikibaseIntegrator

def _read_wikibaseintegrator(path: Path) -> Iterator[tuple[str, Summary]]:
    """Each entity line through ``from_json`` of a new entity of one offline WikibaseIntegrator."""
    from wikibaseintegrator import WikibaseIntegrator

    reject = _rejecting("wikibaseintegrator", path)
    wbi = WikibaseIntegrator()
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            text = entity_line(line)
            if text is None:
                continue
            try:
                entity_dict = json.loads(text)
                kind = wbi.property if entity_dict.get("type") == "property" else wbi.item
                entity = kind.new().from_json(entity_dict)
                summary = _wbi_summary(entity)
            except Exception as error:
                raise reject(number, error) from error
            yield entity.id, summary


def _wbi_summary(entity: Any) -> Summary:
    datatype = getattr(entity, "datatype", None)
    return {
        "type": entity.type,
        "datatype": None if datatype is None else datatype.value,
        "labels": {term.language: term.value for term in entity.labels},
        "descriptions": {term.language: term.value for term in entity.descriptions},
        "aliases": {lang: [alias.value for alias in aliases]
                    for lang, aliases in entity.aliases.aliases.items()},
        "claims": {pid: [_wbi_claim(claim) for claim in claims]
                   for pid, claims in entity.claims.claims.items()},
    }


def _wbi_claim(claim: Any) -> Summary:
    return {
        "id": claim.id,
        "rank": claim.rank.value,
        "value": _wbi_value(claim.mainsnak),
        "qualifiers": {pid: [_wbi_value(snak) for snak in snaks]
                       for pid, snaks in claim.qualifiers.qualifiers.items()},
        "references": [{pid: [_wbi_value(snak) for snak in snaks]
                        for pid, snaks in reference.snaks.snaks.items()}
                       for reference in claim.references],
    }


def _wbi_value(snak: Any) -> Any:
    if snak.snaktype.value != "value":
        return snak.snaktype.value
    return datavalue(snak.datavalue["type"], snak.datavalue["value"])


# ------------------------------------------------------------------ Wikidata Toolkit

WDTK_PACKAGE = "libwikidata-toolkit-java"
WDTK_SOURCE = Path(__file__).parent / "java" / "WdtkSummary.java"
#: What ``JsonDeserializer(Datamodel.SITE_WIKIDATA)`` loads: (Debian package, jar name).
#: An explicit list, because ``/usr/share/java/*`` holds two slf4j/log4j bridges that loop.
WDTK_JARS = (
    (WDTK_PACKAGE, "wdtk-datamodel"),
    (WDTK_PACKAGE, "wdtk-util"),
    ("libjackson2-core-java", "jackson-core"),
    ("libjackson2-databind-java", "jackson-databind"),
    ("libjackson2-annotations-java", "jackson-annotations"),
    ("libthreeten-extra-java", "threeten-extra"),
    ("libcommons-lang3-java", "commons-lang3"),
    ("libslf4j-java", "slf4j-api"),
    ("libslf4j-java", "slf4j-nop"),
)
_REJECTED = re.compile(r"^line (\d+): (.*)", re.DOTALL | re.MULTILINE)  # JVM notes may precede


def _read_wdtk(path: Path) -> Iterator[tuple[str, Summary]]:
    """One JVM reads the whole file and prints one summary line per entity."""
    done = subprocess.run([*wdtk_command(), str(path)], capture_output=True, text=True,
                          encoding="utf-8", timeout=900)
    if done.returncode != 0:
        rejected = _REJECTED.search(done.stderr)
        if rejected is None:
            raise RuntimeError(f"WdtkSummary failed (exit {done.returncode}): {done.stderr}")
        raise ReaderRejected("wdtk", path, int(rejected[1]), rejected[2].strip())
    for line in done.stdout.splitlines():
        record = json.loads(line)
        yield record["id"], record["summary"]


def wdtk_command() -> list[str]:
    """``java … WdtkSummary`` ready to take a dump path; skips the test when it cannot be set up."""
    command = _wdtk_setup()
    if isinstance(command, str):
        pytest.skip(command)
    return command


@functools.cache
def _wdtk_setup() -> list[str] | str:
    """The command, or why there is none; cached, so a failed install is not retried per test."""
    java = shutil.which("java")
    if java is None:
        return "Wikidata Toolkit needs Java 17: no java on PATH"
    classpath = wdtk_classpath()
    if classpath is None:
        why = apt_install(sorted({package for package, _ in WDTK_JARS}))
        classpath = wdtk_classpath()
        if classpath is None:
            return why or f"{WDTK_PACKAGE} installed, but some of its jars are missing"
    javac = shutil.which("javac")
    if javac is None:  # single-file source launch: recompiles on every run
        return [java, "-cp", classpath, str(WDTK_SOURCE)]
    classes = _compiled(javac, classpath)
    return [java, "-cp", f"{classes}:{classpath}", WDTK_SOURCE.stem]


def wdtk_classpath() -> str | None:
    """The jars of ``WDTK_JARS`` as installed (found with ``dpkg -L``), or None if any is not."""
    jars = [_installed_jar(package, jar) for package, jar in WDTK_JARS]
    if None in jars:
        return None
    return ":".join(str(jar) for jar in jars)


def _installed_jar(package: str, jar: str) -> str | None:
    """The unversioned ``/usr/share/java/<jar>.jar`` that `package` installed, if it did."""
    if shutil.which("dpkg") is None:
        return None
    listing = subprocess.run(["dpkg", "-L", package], capture_output=True, text=True)
    wanted = f"/usr/share/java/{jar}.jar"
    found = listing.returncode == 0 and wanted in listing.stdout.splitlines()
    return wanted if found and Path(wanted).exists() else None


def _compiled(javac: str, classpath: str) -> Path:
    """WdtkSummary compiled once, so each dump costs one JVM start and no compile."""
    classes = Path(_classes_dir().name)
    done = subprocess.run([javac, "-d", str(classes), "-cp", classpath, str(WDTK_SOURCE)],
                          capture_output=True, text=True, timeout=300)
    if done.returncode != 0:
        raise RuntimeError(f"javac could not compile {WDTK_SOURCE.name}: {done.stderr}")
    return classes


@functools.cache
def _classes_dir() -> tempfile.TemporaryDirectory:
    """Where the classes go, for the rest of the session (removed when the process exits)."""
    return tempfile.TemporaryDirectory(prefix="wdtk-summary-")


_READ: dict[str, Callable[[Path], Iterable[tuple[str, Summary]]]] = {
    "wdtk": _read_wdtk,
    "qwikidata": _read_qwikidata,
    "wikibaseintegrator": _read_wikibaseintegrator,
}
