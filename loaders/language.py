"""Which language an article is in, so that text the English pipeline cannot read is
skipped with a reason instead of yielding a graph of noise.

py3langid (a maintained fork of langid.py: a naive Bayes model over byte n-grams,
140 languages, 4.5 MB on disk and about 80 MB in memory, numpy only) judges the
first ``SAMPLE_CHARS`` characters. Short texts are not judged: below ``MIN_LETTERS``
letters a guess is mostly noise, so such an article is kept unless its metadata
declares another language. A longer text is rejected only when the model is
confident (``MIN_PROBABILITY``) it is in a language not accepted; detection outranks
a declared language, since metadata is often copied from a site-wide default.
"""

from __future__ import annotations

import contextlib
import re
import threading
from functools import cache
from typing import Protocol

from kg.errors import ConfigError

#: Letters a text needs before its language is judged.
MIN_LETTERS = 40
#: Probability above which a detected language is believed.
MIN_PROBABILITY = 0.9
#: Characters of an article looked at: enough for a sure guess, cheap on long texts.
SAMPLE_CHARS = 1000
_NON_LETTERS = re.compile(r"[\W\d_]+")


class _Identifier(Protocol):
    def classify(self, text: str) -> tuple[str, float]: ...


#: Held while the model loads, so that a warm-up and a first use load it once.
_LOADING = threading.Lock()


def identifier() -> _Identifier:
    """py3langid's model with normalised probabilities, loaded once on first use."""
    with _LOADING:
        return _load_identifier()


def warm_up() -> None:
    """Start loading the model in a background thread, so that the first article does
    not wait for it: about 0.7 s, nearly all of it decompressing (lzma, then the npz's
    zlib), which lets the GIL go; so it overlaps with importing and loading spaCy
    (``kg build`` calls it first) or opening the store (``loaders.load``)."""
    try:  # imported here, so that the thread imports nothing beside the caller's imports
        import zipfile  # noqa: F401 - numpy's np.load reads the model with it

        import py3langid.langid  # noqa: F401
    except ImportError:
        return  # said, with what to install, on first use
    threading.Thread(target=_quietly, name="py3langid", daemon=True).start()


def _quietly() -> None:
    with contextlib.suppress(Exception):  # raised again, with its message, on first use
        identifier()


@cache
def _load_identifier() -> _Identifier:
    try:
        from py3langid.langid import MODEL_FILE, LanguageIdentifier
    except ImportError as exc:
        raise ConfigError(
            'language detection needs py3langid: pip install "py3langid>=0.4"'
        ) from exc
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect(text: str) -> tuple[str, float] | None:
    """(language code, probability) of ``text``, or ``None`` when it is too short to judge."""
    sample = text[:SAMPLE_CHARS]
    if len(_NON_LETTERS.sub("", sample)) < MIN_LETTERS:
        return None
    code, probability = identifier().classify(sample)
    return code, probability


def language_problem(
    text: str, *, declared: str | None, accepted: tuple[str, ...]
) -> str | None:
    """Why an article is not in an accepted language, or ``None`` when it is (or may be)."""
    if not accepted:
        return None
    wanted = ", ".join(accepted)
    found = detect(text)
    if found is not None:
        code, probability = found
        if code in accepted or probability < MIN_PROBABILITY:
            return None
        return (
            f"text is in language {code!r} (p={probability:.2f}), not {wanted}; "
            "newskg reads only those languages for now"
        )
    primary = (declared or "").split("-")[0].split("_")[0].strip().lower()
    if primary and primary not in accepted:
        return f"declared language {declared!r} is not {wanted}; newskg reads only those for now"
    return None
