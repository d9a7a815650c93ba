"""Names that share one plural noun of a kind of place: "the Kessel and Dunmore bridges",
"the Amsel, Brenna and Corvo districts", "Harrow and Ostry provinces".

Each name before the noun is a place of that kind, whatever the tagger made of it (it
often types the first one an organisation, or runs "Brenna and Corvo" into one name):
``kind_list_mentions`` makes each one a Place mention of its own, in the entity stage. A
claim over a counted plural of the same kind ("had retaken two bridges leading to the
port") takes the names of that kind the next sentence or two give, when the count matches
or none is given (``named_ahead``, read by ``kg.extract.place_lists``). Not "the Kessel and
Dunmore families" (no kind of place), nor a list of another count. Syntax-free: read on the
surface, so that a parse that ran the names together still reads.
"""

from __future__ import annotations

from spacy.strings import get_string_id
from spacy.symbols import NOUN, PROPN
from spacy.tokens import Doc, Span, Token

from kg.dates import NUMBER_WORDS
from kg.extract.clusters import DEFINING_WEIGHT, Mention
from kg.extract.placetype import GEO_NOUNS
from kg.extract.tokens import arrays_of, sent_of

#: Words that part the names of a list ("A, B and C").
_SEPARATORS = frozenset({",", "and", "or", "&"})
#: Number words a count of places is given in ("two bridges", "three districts").
_COUNTS = {word: n for word, n in NUMBER_WORDS.items() if 2 <= n <= 10} | {"both": 2}
#: Nouns of ground whose plural also stands for sides, outlets or teams ("the Labour and
#: Green fronts", "the Orrin and Kesh stations", "the United and City grounds"): no list.
_SIDE_KINDS = frozenset({"front", "frontline", "front-line", "axis", "sector", "station",
                         "circuit", "arena", "stadium", "venue", "ground", "range", "zone"})
#: Kinds whose plural people's names also take ("the Brandt and Osei camps": their
#: followers): no list of names the tagger calls people, every one.
_FOLLOWING_KINDS = frozenset({"camp", "base"})
#: How many sentences after a claim its places may be named in.
AHEAD = 2

_NNS = get_string_id("NNS")
Names = list[tuple[int, int]]  # token ranges of the names of a list


def kind_forms(noun: Token) -> set[str]:
    """The forms of a plural noun to look up as a kind ("bases", read "basis" by the
    lemmatiser: "base"; "crossings": "crossing")."""
    lower = noun.lower_
    return {noun.lemma_.lower(), lower, lower[:-1], lower[:-2]}


def named_kind(noun: Token) -> bool:
    """A plural noun of a kind of place ("bridges", "districts", "provinces")."""
    if noun.tag_ not in {"NNS", "NNPS"} or not noun.is_lower:
        return False
    forms = kind_forms(noun)
    return bool(forms & GEO_NOUNS) and not forms & _SIDE_KINDS


def list_before(noun: Token) -> Names:
    """The names of a list right before a plural noun of a kind of place ("the A and B
    bridges": A, B); none unless two names or more are joined by "and" or "or"."""
    doc, names, end = noun.doc, [], noun.i
    i = noun.i - 1
    start = sent_of(noun).start
    joined = False
    while i >= start:
        j = i
        while j >= start and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper():
            j -= 1
        if j == i:
            break
        names.append((j + 1, end))
        if j < start or doc[j].lower_ not in _SEPARATORS:
            break
        joined |= doc[j].lower_ in {"and", "or", "&"}
        i = j - 1
        if doc[i].text == "," and i >= start:
            i -= 1  # "A, B, and C"
        end = i + 1
    if not joined or len(names) < 2 or any(doc[k].ent_type_ == "NORP" for a, b in names
                                          for k in range(a, b)):
        return []  # not "the Veskan and Orrinese bases"
    if kind_forms(noun) & _FOLLOWING_KINDS and all(
            doc[b - 1].ent_type_ == "PERSON" for a, b in names):
        return []  # "the Brandt and Osei camps": their followers
    return sorted(names)


def kind_lists(doc: Doc) -> list[tuple[Token, Names]]:
    """Every plural noun of a kind of place with its list of names ("the A and B bridges")."""
    if _last[0] is doc:
        return _last[1]
    out = []
    if len(doc) > 1:  # only a noun right after a proper noun makes a Token
        pos = arrays_of(doc).pos_array
        for i in (((pos[1:] == NOUN) & (pos[:-1] == PROPN)).nonzero()[0] + 1).tolist():
            if doc[i].tag == _NNS and named_kind(t := doc[i]) and (names := list_before(t)):
                out.append((t, names))
    _last[:] = [doc, out]
    return out


_last: list = [None, []]  # the document last read, its lists (two stages ask)


def kind_list_mentions(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each name of a list of one kind of place a Place of its own: a
    mention that runs over two names or onto the noun gives way to one per name."""
    lists = kind_lists(doc)
    if not lists:
        return mentions
    out = list(mentions)
    for noun, names in lists:
        first, wanted = names[0][0], set(names)
        out = [m for m in out if not (m.start <= noun.i and m.end > first
                                      and (m.start, m.end) not in wanted)]
        have = {(m.start, m.end): m for m in out}
        for start, end in names:
            m = have.get((start, end))
            if m is None:
                m = Mention(start, end, Span(doc, start, end).text, "Place")
                out.append(m)
            m.votes["Place"] += DEFINING_WEIGHT  # "the A and B bridges": both are bridges
    return out


def count_of(noun: Token) -> int | None:
    """The number a plural noun is counted by ("two bridges": 2, "3 bases": 3); None if
    none is given."""
    for c in noun.children:
        if c.dep_ == "nummod":
            if c.lower_ in _COUNTS:
                return _COUNTS[c.lower_]
            if c.text.isdigit():
                return int(c.text)
    return None


def named_ahead(noun: Token) -> Names:
    """"had retaken two bridges leading to the port. ... moved on the A and B bridges"
    (or "on the bridges at A and B", "on the A Bridge and the B Bridge"): the names the
    next sentence or two give for a counted plural of a kind of place (the first list of
    that kind, of that count if one is given)."""
    if not named_kind(noun):
        return []
    count, doc = count_of(noun), noun.doc
    end = sent_of(noun).end
    for _ in range(AHEAD):
        if end >= len(doc):
            break
        nxt = sent_of(doc[end])
        names = _list_of_kind(nxt, noun.lower_, noun.lemma_.lower())
        if names:
            return names if count is None or count == len(names) else []
        end = nxt.end
    return []


def _list_of_kind(sent: Span, plural: str, singular: str) -> Names:
    """The first list of names of one kind in a sentence: "the A and B bridges", "the
    bridges at A and B", "the A Bridge and the B Bridge"."""
    for t in sent:
        if t.lower_ == plural and (names := list_before(t) or _list_after(t)):
            return names
        if t.lower_ == singular and t.pos_ == "PROPN" and t.dep_ != "conj" and (
                names := _named_sites(t, singular)):
            return names
    return []


def _list_after(noun: Token) -> Names:
    """"the bridges at A and B", "the villages of A, B and C": the names joined after the
    plural noun's place phrase."""
    words = [p for c in noun.children if c.dep_ == "prep" and c.lower_ in _NAMING_PREPS
             for p in c.children if p.dep_ == "pobj" and p.pos_ == "PROPN"]
    words += [c for w in words for c in w.conjuncts if c.pos_ == "PROPN" and c.i > w.i]
    return [(_name_start(w), w.i + 1) for w in words] if len(words) > 1 else []


def _named_sites(first: Token, singular: str) -> Names:
    """"the A Bridge and the B Bridge": names of sites of one kind joined by "and"."""
    words = [first, *(c for c in first.conjuncts if c.i > first.i and c.lower_ == singular)]
    return [(_name_start(w), w.i + 1) for w in words] if len(words) > 1 else []


def _name_start(word: Token) -> int:
    """Where the name ``word`` ends begins: its proper-noun compounds before it."""
    start = word.i
    while start > 0 and word.doc[start - 1].pos_ == "PROPN" and word.doc[start - 1].head.i in {
            word.i, *range(start, word.i + 1)}:
        start -= 1
    return start


#: Prepositions after a plural noun of places that open the names ("the bridges at A and B").
_NAMING_PREPS = frozenset({"at", "of", "in", "near", "on"})
