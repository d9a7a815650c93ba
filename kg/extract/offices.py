"""A post of a place followed by its holder's name: "the President of Veska Ada Moreno",
"the Prime Minister of New Veska Piet Olsen", "the governor of Orrin Province Hal Greer".

The tagger reads the place and the holder's name as one run of proper nouns, "of"'s
object, and tags it as one person ("Veska Ada Moreno"), or tags only part of it. The run
is two names: the place the post is of, then the person who holds it. Where the split
falls is read from the text: a place the tagger found at the run's start ("Orrin
Province"), else a place or person the text names elsewhere with the run's words ("New
Veska" alone, "Piet Olsen" alone), else the last two words are the person's forename and
surname. The post's holder is then ``titled`` (a person), the place a Place.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.clusters import DEFINING_WEIGHT, Mention
from kg.extract.lexicon import ORG_NAME_NOUNS, PLACE_NOUNS, PORTFOLIO_WORDS
from kg.extract.tokens import arrays_of

#: Posts held over a place ("the President of X", "the governor of X"); "minister" only
#: as "Prime Minister" ("the Minister of Territorial Administration" has a portfolio).
PLACE_POSTS = frozenset({"president", "king", "queen", "emir", "sultan", "prince",
                         "premier", "chancellor", "governor", "mayor", "ruler", "monarch",
                         "emperor", "vice-president"})


def posts_of_places(doc: Doc, found: list[Mention]) -> None:
    """Split each "POST of PLACE NAME" run the tagger read as one name (or missed) into
    the place and the person (``found`` is changed in place)."""
    for of in _posts_then_of(doc):
        post = of.head
        prime = post.lower_ == "minister" and post.i > 0 and doc[post.i - 1].lower_ == "prime"
        if of.dep_ != "prep" or (post.lower_ not in PLACE_POSTS and not prime):
            continue
        name = next((c for c in of.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None)
        run = _run(name) if name is not None else None
        if run is None:
            continue
        start, end = run
        split = _split(doc, found, start, end)
        if split is None:
            continue
        inside = [m for m in found if m.start < end and m.end > start]
        if any(m.start < start or m.end > end for m in inside):
            continue  # a name that runs on past the phrase: not ours to cut
        for m in inside:
            found.remove(m)
        found.append(Mention(start, split, doc[start:split].text, "Place"))
        person = Mention(split, end, doc[split:end].text, "Person", titled=True)
        person.votes["Person"] += DEFINING_WEIGHT  # only a person holds the post
        found.append(person)


_POST_WORDS = PLACE_POSTS | {"minister"}


def _posts_then_of(doc: Doc) -> list[Token]:
    """The "of" tokens right after a post's word, found from the doc's lower-case forms
    (no Token is made for the other words; ``numpy.isin`` costs more than the look-ups)."""
    lowers = arrays_of(doc).lower
    return [doc[i] for i in range(1, len(doc))
            if lowers[i] == "of" and lowers[i - 1] in _POST_WORDS]


def _run(name: Token) -> tuple[int, int] | None:
    """The capitalised proper nouns that end in ``name`` (its compounds), when three or
    more: a place and a forename and surname at least."""
    doc = name.doc
    start = name.i
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i < name.i + 1 \
            and doc[start - 1].head.i >= start - 1:
        start -= 1
    end = name.i + 1
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() \
            and doc[end].is_alpha and end - start < 6:
        end += 1  # "the Emir of Qarsa Tamim Adel arrived": the name parsed apart
    name = doc[end - 1]
    span = doc[start:end]
    if len(span) < 3 or not all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.is_alpha
                                for t in span):
        return None
    if name.ent_type_ not in {"", "PERSON"} or name.lower_ in ORG_NAME_NOUNS | PLACE_NOUNS \
            or any(t.lower_ in PORTFOLIO_WORDS for t in span):
        return None  # "the head of the Orrin Medical Council": a body's name, whole
    return start, end


def _split(doc: Doc, found: list[Mention], start: int, end: int) -> int | None:
    """Where the place ends and the person starts in ``doc[start:end]``, or None."""
    for ent in doc.ents:  # the tagger's place at the run's start ("Orrin Province")
        if ent.start == start and ent.label_ in {"GPE", "LOC"} and ent.end <= end - 1:
            return ent.end
    words = [t.text for t in doc[start:end]]
    for k in range(1, len(words) - 1):
        if words[k - 1].lower() in PLACE_NOUNS:
            return k + start  # "Orrin Province Hal Greer"
    texts = {m.text for m in found if not (start <= m.start < end)}
    texts |= {e.text for e in doc.ents if not (start <= e.start < end)}
    for k in range(1, len(words) - 0):
        if " ".join(words[:k]) in texts or " ".join(words[k:]) in texts:
            return k + start  # the place or the person named so elsewhere
    return end - 2 if len(words) >= 3 else None
