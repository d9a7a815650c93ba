"""Where the ontology and the named queries are, installed or in a checkout.

A wheel carries them inside the package (``kg/_data/``); an editable install or a
checkout finds them at the top of the source tree.
"""

from __future__ import annotations

from pathlib import Path

from kg.errors import ConfigError

_PACKAGE = Path(__file__).resolve().parent


def _data_dir(name: str) -> Path:
    for candidate in (_PACKAGE / "_data" / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise ConfigError(
        f"cannot find the {name}/ folder next to the kg package ({_PACKAGE}); "
        "reinstall newskg with: pip install --force-reinstall newskg"
    )


def ontology_dir() -> Path:
    return _data_dir("ontology")


def queries_dir() -> Path:
    return _data_dir("queries")


def ontology_file() -> Path:
    return ontology_dir() / "newskg.ttl"


def shapes_file() -> Path:
    return ontology_dir() / "shapes.ttl"
