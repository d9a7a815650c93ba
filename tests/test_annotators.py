"""``kg.annotators``: the build's attribute ruler and lemmatizer set exactly what spaCy's
own would, word by word, on invented text that reaches every kind of pattern the
English ruler has (one word and two, sets, exclusions, regular expressions, spaces,
dependencies), and stay exact when their caches are emptied while they work.
"""

from __future__ import annotations

import numpy
import pytest
import spacy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, ORTH, POS, SENT_START, TAG

import kg.annotators
import kg.nlp
from kg.annotators import FastAttributeRuler, FastLemmatizer, faster
from kg.nlp import DEFAULT_MODELS, load_pipeline, stock_pipeline

#: Invented sentences, each aimed at some of the ruler's patterns or the lemmatizer's
#: rules; names, places and events are made up.
TEXTS = (
    "The Ministry of Defence of Ostrava said on Monday that its forces had seized Fort "
    "Amberly. Militia spokesman Teodor Kralj denied that the fort had fallen.",
    "There is no sign of the convoy, and there were reports that it's gone. "
    "We're gonna find out, she said; they've gotta know. Let's wait.",
    "I ain't seen nothin' like it, y'all. C'mon, do it for me! Did they give it to you?",
    "He has had enough.  The   council,\nwhich had met twice, does not agree; it didn't.",
    "Which of these is yours? That was quick. Those who left were the lucky ones. "
    "Both sides say all prisoners were freed.",
    "Mayor Edda Sund got the keys and gets a medal; the best-known ports are busier "
    "than ever, the ministers' statements said.\n\nPORT ELIN, March 3 (Wire) - Rebels "
    "claimed control of the harbour.",
    "Is it true? Am I wrong? Are they here? He's sure, they're sure and I'm not. "
    "The U.S.-backed forces, 3,000 strong, advanced 12 km at 5:30 a.m. on 2024-03-11.",
    "Whether or not the talks resume, although unlikely, depends on whom you ask "
    "and once they've spoken, unless something changes, we'll see.",
)

#: What is compared: each word's attributes, as integers and as spaCy reads them.
ATTRIBUTES = [ORTH, TAG, POS, MORPH, LEMMA, DEP, HEAD, SENT_START]


def _words(doc) -> list[tuple]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in doc]


def _same(ours, theirs) -> None:
    for mine, stock in zip(ours, theirs, strict=True):
        assert _words(mine) == _words(stock)
        assert numpy.array_equal(mine.to_array(ATTRIBUTES), stock.to_array(ATTRIBUTES))


@pytest.fixture(scope="module")
def pipelines():
    return load_pipeline(), stock_pipeline()


def test_the_build_s_pipeline_uses_the_stand_ins_and_the_stock_one_does_not(pipelines):
    ours, stock = pipelines
    assert ours.pipe_names == stock.pipe_names
    assert isinstance(ours.get_pipe("attribute_ruler"), FastAttributeRuler)
    assert isinstance(ours.get_pipe("lemmatizer"), FastLemmatizer)
    assert not isinstance(stock.get_pipe("attribute_ruler"), FastAttributeRuler)
    assert not isinstance(stock.get_pipe("lemmatizer"), FastLemmatizer)


def test_every_word_gets_what_spacy_s_own_components_give_it(pipelines):
    ours, stock = pipelines
    _same(list(ours.pipe(TEXTS)), list(stock.pipe(TEXTS)))
    _same([ours(text) for text in TEXTS], [stock(text) for text in TEXTS])


def test_the_patterns_of_two_words_and_the_regular_expressions_are_applied(pipelines):
    ours, stock = pipelines
    doc = ours("We're gonna win, y'all. Let's go. I ain't got nothin'.")
    lemmas = {t.text: t.lemma_ for t in doc}
    assert (lemmas["gon"], lemmas["na"]) == ("go", "to")
    assert lemmas["nothin'"] == "nothing"
    assert lemmas["ai"] == "be"
    assert [t.lemma_ for t in doc if t.text == "'s"] == ["us"]
    _same([doc], [stock("We're gonna win, y'all. Let's go. I ain't got nothin'.")])


def test_emptied_caches_change_nothing(monkeypatch):
    """The caches are bounded by ``MEMORY``: emptied whenever they fill, the words read
    afterwards get the same attributes, and no cache holds more than that."""
    monkeypatch.setattr(kg.annotators, "MEMORY", 3)
    fresh, stock = faster(spacy.load(_model())), spacy.load(_model())
    _same(list(fresh.pipe(TEXTS)), list(stock.pipe(TEXTS)))
    ruler, lemmatizer = fresh.get_pipe("attribute_ruler"), fresh.get_pipe("lemmatizer")
    caches = [ruler._words, ruler._rows, *ruler._kinds, lemmatizer._lemmas,
              lemmatizer.stock.cache]
    assert all(len(cache) <= 3 for cache in caches)


def test_a_ruler_with_a_pattern_the_stand_in_cannot_read_is_left_as_it_is():
    nlp = spacy.load(_model())
    nlp.get_pipe("attribute_ruler").add([[{"LENGTH": {">=": 12}}]], {"POS": "X"})
    faster(nlp)
    assert not isinstance(nlp.get_pipe("attribute_ruler"), FastAttributeRuler)
    assert isinstance(nlp.get_pipe("lemmatizer"), FastLemmatizer)
    assert [t.pos_ for t in nlp("An extraordinarily long wait.")] == [
        "DET", "X", "ADJ", "NOUN", "PUNCT"]


def test_a_pipeline_without_the_two_components_is_unchanged():
    nlp = spacy.blank("en")
    assert faster(nlp).pipe_names == []


def _model() -> str:
    for name in DEFAULT_MODELS:
        try:
            spacy.load(name, exclude=["tok2vec", "tagger", "parser", "attribute_ruler",
                                      "lemmatizer", "ner"])
        except OSError:
            continue
        return name
    pytest.fail(f"none of {DEFAULT_MODELS} is installed")


# ------------------------------------------------------------------ batches by size


def test_batches_hold_at_most_the_count_and_the_characters(monkeypatch):
    monkeypatch.setattr(kg.nlp, "BATCH_CHARS", 10)
    texts = ["aaaa", "bbbb", "cc", "d" * 25, "ee", "ff", "gg", "hh", "ii"]
    parts = list(kg.nlp.by_size(texts, 3, len))
    assert parts == [["aaaa", "bbbb", "cc"], ["d" * 25], ["ee", "ff", "gg"], ["hh", "ii"]]
    assert [t for part in parts for t in part] == texts
    assert list(kg.nlp.by_size([], 3, len)) == []


def test_docs_parsed_in_batches_by_size_are_those_of_one_batch(pipelines, monkeypatch):
    """Batches change what a batch costs, never a Doc: every word's attributes and the
    entities are those of the texts parsed together in one batch."""
    ours, _ = pipelines
    monkeypatch.setattr(kg.nlp, "BATCH_CHARS", 300)
    together = list(ours.pipe(TEXTS, batch_size=len(TEXTS)))
    apart = list(kg.nlp.parse(ours, list(TEXTS), 16))
    _same(apart, together)
    assert [[(e.text, e.label_) for e in d.ents] for d in apart] == [
        [(e.text, e.label_) for e in d.ents] for d in together]
