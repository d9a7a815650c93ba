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

from kg.extract.clusters import DEFINING_WEIGHT, Mention
from kg.extract.placetype import GEO_NOUNS
from kg.extract.tokens import arrays_of, sent_of

#: Words that part the names of a list ("A, B and C").
_SEPARATORS = frozenset({",", "and", "or", "&"})
#: Number words a count of places is given in ("two bridges", "three districts").
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, "both": 2}
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
    arrays, out = arrays_of(doc), []
    pos, tag = arrays.pos, arrays.tag
    for i in range(1, len(doc)):  # only a plural noun after a proper noun makes a Token
        if tag[i] == _NNS and pos[i - 1] == PROPN and pos[i] == NOUN and named_kind(
                t := doc[i]) and (names := list_before(t)):
            out.append((t, names))
    return out


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
    """"had retaken two bridges leading to the port. ... moved on the A and B bridges":
    the names the next sentence or two give for a counted plural of a kind of place (the
    first list of that kind, of that count if one is given)."""
    if not named_kind(noun):
        return []
    forms, count, doc = kind_forms(noun), count_of(noun), noun.doc
    sent = sent_of(noun)
    end = sent.end
    for _ in range(AHEAD):
        if end >= len(doc):
            break
        nxt = sent_of(doc[end])
        for t in nxt:
            if t.tag_ in {"NNS", "NNPS"} and kind_forms(t) & forms and t.lower_ == noun.lower_ \
                    and (names := list_before(t)):
                return names if count is None or count == len(names) else []
        end = nxt.end
    return []
