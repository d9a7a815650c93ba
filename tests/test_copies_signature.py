"""The MinHash signatures of ``kg.copies``: datasketch's scheme ``affine32``, value for
value, and stable, since they are stored in graphs and compared across builds."""

from __future__ import annotations

import random

import numpy as np
import pytest
from datasketch import MinHash

from kg.copies import (
    _AT_ONCE,
    _SEED,
    COPY_SIMILARITY,
    PERMUTATIONS,
    SHINGLE_WORDS,
    decode,
    encode,
    shingles,
    signature,
    similarity,
)

REPORT = "Officials said on Tuesday that the bridge over the river would reopen next week."
WORDS = [
    "the", "of", "a", "to", "in", "said", "minister", "army", "town", "held", "claimed",
    "control", "valley", "forces", "on", "2021", "Zürich", "café", "naïve", "ministère",
    "—", "'quoted'", "don't",
]


def _texts() -> list[str]:
    rng = random.Random(11)
    sizes = (0, 1, SHINGLE_WORDS - 1, SHINGLE_WORDS, SHINGLE_WORDS + 1, 60, 900,
             _AT_ONCE + SHINGLE_WORDS + 7)  # the last hashed in two blocks
    return ["", "   ", "...", REPORT] + [" ".join(rng.choice(WORDS) for _ in range(n))
                                          for n in sizes]


@pytest.mark.parametrize("text", _texts())
def test_signature_is_datasketchs_affine32_minhash(text: str) -> None:
    reference = MinHash(num_perm=PERMUTATIONS, seed=_SEED, scheme="affine32")
    reference.update_batch(list(shingles(text)))
    mine = signature(text)
    assert mine.dtype == np.uint32 and mine.shape == (PERMUTATIONS,)
    assert mine.tolist() == reference.hashvalues.tolist()


def test_a_signature_stays_what_stored_graphs_hold() -> None:
    """Pinned: a change of scheme, seed or shingles would make stored signatures
    incomparable with new ones, and copies would go unfound without an error."""
    sig = signature(REPORT)
    assert sig[:4].tolist() == [171810546, 145333034, 288186821, 358228099]
    assert encode(sig).startswith("8p49CiqbqQjFYS0RgyBaFS7EbSpGe70ONVz8Faj6nhMZx60eKHxPEXBehR5K")
    assert decode(encode(sig)).tolist() == sig.tolist()


def test_copies_are_similar_and_other_texts_are_not() -> None:
    rng = random.Random(5)
    story = " ".join(rng.choice(WORDS) + str(rng.randrange(50)) for _ in range(300))
    copy = "NEW HEADLINE for the same story. " + story + " Reporting by a wire desk."
    other = " ".join(rng.choice(WORDS) + str(rng.randrange(50)) for _ in range(300))
    assert similarity(signature(story), signature(copy)) >= COPY_SIMILARITY
    assert similarity(signature(story), signature(other)) < 0.1
    assert similarity(signature(story), signature(story.upper())) == 1.0  # lower-cased shingles
