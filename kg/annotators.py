"""Faster stand-ins for two of the English pipeline's components, with the same output.

``en_core_web_sm`` ends its syntax with two components written in Python:

- the ``attribute_ruler``, which gives each word its universal part of speech and
  features from its tag (and a few dozen exceptions), by running spaCy's ``Matcher``
  with its 179 patterns over every word and then setting each match's attributes
  one Python call at a time;
- the ``lemmatizer`` (rule mode), which sets each word's lemma one Python call at a
  time, from a cache keyed by the word, its part of speech and its features.

On the dev sets the two cost 13 % of the whole parse (3.2 of 24 CPU s; the Matcher
alone 1.9). Neither needs the word itself beyond what its patterns or its cache key
name, so here each word is read as a few integers (``Doc.to_array``), what a word of
those integers gets is worked out once and remembered, and the results go back in one
``Doc.from_array``. Only the first sight of a combination runs the original logic:

- ``FastAttributeRuler`` interprets the ruler's own patterns (the attributes a pattern
  may test: ``ORTH``, ``LOWER``, ``TAG``, ``DEP``, ``IS_SPACE``; values equal, ``IN``,
  ``NOT_IN``, ``REGEX``), applies the matches in the ruler's order (pattern by pattern,
  a later one overriding an earlier one: ``AttributeRuler.match``), and sets the same
  attributes. A ruler with patterns outside that (another model) is left as it is.
- ``FastLemmatizer`` keeps the lemmatizer's own results by its own key, and asks the
  lemmatizer for those it has not seen.

``tests/test_annotators.py`` checks every attribute of every word against the stock
components; ``bench/annotators.py`` does the same on the dev sets and clocks both.
What is remembered is bounded (``MEMORY``): with a corpus's new words the caches would
otherwise grow for good (spaCy's own lemmatizer cache does).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.errors import Errors
from spacy.language import Language
from spacy.tokens import Doc

#: Entries a cache keeps before it is emptied and filled again.
MEMORY = 200_000
#: What a pattern of the attribute ruler may test here, and how each is read.
_READ = {"ORTH": ORTH, "TEXT": ORTH, "LOWER": LOWER, "TAG": TAG, "DEP": DEP,
         "IS_SPACE": IS_SPACE}
#: What a match may set here (the ruler's attributes, by spaCy's ids).
_SET = [POS, TAG, MORPH, LEMMA, DEP]
#: Of a word: its one-word patterns, its (longer pattern, place)s, what the first set.
_Held = tuple[tuple[int, ...], tuple[tuple[int, int], ...], tuple[tuple[int, int], ...]]

ATTRIBUTES_COMPONENT = "newskg_attribute_ruler"
LEMMAS_COMPONENT = "newskg_lemmatizer"


def faster(nlp: Language) -> Language:
    """Put the stand-ins in place of the pipeline's attribute ruler and rule lemmatizer,
    where they can stand in for them exactly; returns the pipeline."""
    _register()
    if "attribute_ruler" in nlp.pipe_names:
        stock = nlp.get_pipe("attribute_ruler")
        patterns = _Patterns.of(stock)
        if patterns is not None:
            nlp.replace_pipe("attribute_ruler", ATTRIBUTES_COMPONENT)
            nlp.get_pipe("attribute_ruler").wrap(stock, patterns)
    if "lemmatizer" in nlp.pipe_names:
        stock = nlp.get_pipe("lemmatizer")
        if getattr(stock, "mode", None) == "rule" and hasattr(stock, "rule_lemmatize"):
            nlp.replace_pipe("lemmatizer", LEMMAS_COMPONENT)
            nlp.get_pipe("lemmatizer").wrap(stock)
    return nlp


def _register() -> None:
    if not Language.has_factory(ATTRIBUTES_COMPONENT):
        Language.factory(ATTRIBUTES_COMPONENT, func=lambda nlp, name: FastAttributeRuler())
    if not Language.has_factory(LEMMAS_COMPONENT):
        Language.factory(LEMMAS_COMPONENT, func=lambda nlp, name: FastLemmatizer())


class _Spec:
    """One word of a pattern: a test of the integers ``_Patterns.READ`` reads of a word."""

    def __init__(self, tests: list[tuple[int, Callable[[str | bool], bool]]]) -> None:
        self.tests = tests  # (column in the word's integers, test of its value)

    def holds(self, values: tuple[str | bool, ...]) -> bool:
        return all(test(values[column]) for column, test in self.tests)


class _Patterns:
    """An attribute ruler's patterns, read for ``FastAttributeRuler``."""

    def __init__(self, columns: list[int], alternatives: list[tuple[int, list[_Spec]]],
                 attrs: list[dict[int, int]], indices: list[int],
                 named: list[set], regexes: list[list[re.Pattern]]) -> None:
        self.columns = columns            # spaCy attribute ids read of each word
        self.named = named                # by column: the values a pattern names
        self.regexes = regexes            # by column: the patterns' regular expressions
        self.alternatives = alternatives  # (pattern, its words), in the ruler's order
        self.attrs = attrs                # by pattern: attribute id -> value
        self.indices = indices            # by pattern: which word of the match is set
        self.longer = [(p, specs) for p, specs in alternatives if len(specs) > 1]

    @classmethod
    def of(cls, ruler) -> _Patterns | None:
        """The ruler's patterns, or None if one of them tests or sets what this does not
        know how to (then the ruler stays)."""
        try:
            patterns = ruler.patterns
            attrs, indices = list(ruler.attrs), list(ruler.indices)
        except AttributeError:
            return None
        names: list[str] = []
        named: list[set] = []
        regexes: list[list[re.Pattern]] = []
        alternatives: list[tuple[int, list[_Spec]]] = []
        for number, pattern in enumerate(patterns):
            if any(attr not in _SET for attr in attrs[number]):
                return None
            for words in pattern["patterns"]:
                specs = [cls._spec(word, names, named, regexes) for word in words]
                if not specs or any(spec is None for spec in specs):
                    return None
                alternatives.append((number, specs))
        return cls([_READ[name] for name in names], alternatives, attrs, indices,
                   named, regexes)

    @staticmethod
    def _spec(word: dict, names: list[str], named: list[set],
              regexes: list[list[re.Pattern]]) -> _Spec | None:
        tests = []
        for name, wanted in word.items():
            if name not in _READ:
                return None
            if name not in names:
                names.append(name)
                named.append(set())
                regexes.append([])
            column = names.index(name)
            if name == "IS_SPACE":
                if not isinstance(wanted, bool):
                    return None
                named[column].update((False, True))
                tests.append((column, lambda value, wanted=wanted: value is wanted))
            elif isinstance(wanted, str):
                named[column].add(wanted)
                tests.append((column, lambda value, wanted=wanted: value == wanted))
            elif isinstance(wanted, dict) and len(wanted) == 1:
                (how, what), = wanted.items()
                if how in ("IN", "NOT_IN") and isinstance(what, list) and all(
                        isinstance(one, str) for one in what):
                    named[column].update(what)
                    if how == "IN":
                        tests.append((column, lambda value, what=frozenset(what):
                                      value in what))
                    else:
                        tests.append((column, lambda value, what=frozenset(what):
                                      value not in what))
                elif how == "REGEX" and isinstance(what, str):
                    regex = re.compile(what)
                    regexes[column].append(regex)
                    tests.append((column, lambda value, regex=regex:
                                  bool(regex.search(value))))
                else:
                    return None
            else:
                return None
        return _Spec(tests)


class _Bounded(dict):
    """A dict emptied when it holds ``MEMORY`` entries (a cache, so nothing is lost)."""

    def remember(self, key, value):
        if len(self) >= MEMORY:
            self.clear()
        self[key] = value
        return value


class FastAttributeRuler:
    """The attribute ruler's work, the same attributes set, word by integers."""

    def __init__(self) -> None:
        self.patterns: _Patterns | None = None
        self.stock = None
        self._kinds: list[_Bounded] = []       # by column: a value -> its kind (``_kind``)
        self._words: _Bounded = _Bounded()     # a word's kinds -> ``_held``
        self._rows: _Bounded = _Bounded()      # a word's integers -> ``_held``

    def wrap(self, stock, patterns: _Patterns) -> None:
        self.stock, self.patterns = stock, patterns
        self._kinds = [_Bounded() for _ in patterns.columns]

    def __call__(self, doc: Doc) -> Doc:
        patterns = self.patterns
        assert patterns is not None, "wrap() the stock attribute ruler first"
        length = len(doc)
        if not length:
            return doc
        strings = doc.vocab.strings
        rows, held = self._rows, []
        for row in doc.to_array(patterns.columns).reshape(length, -1).tolist():
            key = tuple(row)
            found = rows.get(key)
            if found is None:
                found = rows.remember(key, self._held(row, strings))
            held.append(found)
        targets: dict[int, list[int]] = {}  # word -> the longer patterns that set it
        for start, (_, places, _) in enumerate(held):
            for longer, place in places:
                number, specs = patterns.longer[longer]
                end = start + len(specs)
                if place == 0 and end <= length and all(
                        (longer, later) in held[start + later][1]
                        for later in range(1, len(specs))):
                    index = patterns.indices[number]
                    targets.setdefault((start if index >= 0 else end) + index,
                                       []).append(number)
        values = doc.to_array(_SET).tolist()
        changed = False
        for word, (own, _, sets) in enumerate(held):
            more = targets.get(word)
            if more is not None:
                sets = self._merged(tuple(sorted(set(own) | set(more))))
            if sets:
                changed = True
                row = values[word]
                for column, value in sets:
                    row[column] = value
        if changed:
            doc.from_array(_SET, numpy.array(values, dtype=numpy.uint64))
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)

    def _kind(self, column: int, value: int, strings) -> object:
        """What the patterns can tell of a word by one of its values: the value itself
        if a pattern names it, else only which of the column's regular expressions it
        matches. Words of the same kinds match the same patterns, so what they match is
        worked out once for them all, whatever new words a corpus brings."""
        kinds = self._kinds[column]
        kind = kinds.get(value)
        if kind is None:
            read = self._value(column, value, strings)
            regexes = self.patterns.regexes[column]
            found = tuple(bool(regex.search(read)) for regex in regexes) if regexes else ()
            kind = kinds.remember(value, read if read in self.patterns.named[column]
                                  else found)
        return kind

    def _value(self, column: int, value: int, strings) -> str | bool:
        return bool(value) if self.patterns.columns[column] == IS_SPACE else strings[value]

    def _held(self, row: list[int], strings) -> _Held:
        """For a word's integers: the one-word patterns that match it, in order; each
        (longer pattern, place) whose word there it matches; what the one-word
        patterns set on it."""
        key = tuple(self._kind(column, value, strings) for column, value in enumerate(row))
        found = self._words.get(key)
        if found is None:
            values = tuple(self._value(column, value, strings)
                           for column, value in enumerate(row))
            patterns = self.patterns
            own = sorted({number for number, specs in patterns.alternatives
                          if len(specs) == 1 and specs[0].holds(values)})
            places = tuple((longer, place)
                           for longer, (_, specs) in enumerate(patterns.longer)
                           for place, spec in enumerate(specs) if spec.holds(values))
            found = self._words.remember(key, (tuple(own), places, self._merged(own)))
        return found

    def _merged(self, numbers: Iterable[int]) -> tuple[tuple[int, int], ...]:
        """(column of ``_SET``, value) for what the patterns ``numbers`` set on a word,
        applied in the ruler's order, a later pattern overriding an earlier one."""
        merged: dict[int, int] = {}
        for number in numbers:
            for attr, value in self.patterns.attrs[number].items():
                merged[_SET.index(attr)] = value
        return tuple(merged.items())


class FastLemmatizer:
    """The rule lemmatizer's lemmas, each key worked out once by the lemmatizer."""

    def __init__(self) -> None:
        self.stock = None
        self._lemmas: _Bounded = _Bounded()  # (orth, pos, morph) -> lemma

    def wrap(self, stock) -> None:
        self.stock = stock

    def __call__(self, doc: Doc) -> Doc:
        stock = self.stock
        assert stock is not None, "wrap() the stock lemmatizer first"
        if not len(doc):
            return doc
        if not stock._validated:
            stock._validate_tables(Errors.E1004)
        strings = doc.vocab.strings
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = rows[:, 3].copy()
        added: dict[str, int] = {}
        for word, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma and not stock.overwrite:
                continue
            key = (orth, pos, morph)
            text = self._lemmas.get(key)
            if text is None:
                if len(stock.cache) >= MEMORY:
                    stock.cache.clear()  # the stock's own, which would grow for good
                text = self._lemmas.remember(key, stock.lemmatize(doc[word])[0])
            value = added.get(text)
            if value is None:
                value = added[text] = strings.add(text)
            lemmas[word] = value
        doc.from_array([LEMMA], lemmas.reshape(-1, 1).astype(numpy.uint64))
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)
