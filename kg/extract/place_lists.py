"""Claims of control over a list of places: every place of the list is a place of the claim.

"took control of three towns: Orrin, Selby and Marrow", "captured villages, including Tesk
and Halvik", "controls Arvik as well as the towns of Brell and Cosk", "liberated four
districts. The districts are A, B and C": the control event takes each listed place, not
the first alone. A list is followed only from what the trigger takes (``held_words``) and
only through coordination, apposition, "including" / "such as" / "like" and "the towns
of"; places of another verb ("took A and shelled B"), places a phrase sets apart ("towns
near A and B", "the road from A to B") and lists of people stay out.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.coref import Resolver
from kg.extract.events import GROUND_NOUNS, EventDraft
from kg.extract.facilities import FACILITY_NOUNS, held_words, org_name, retype_place
from kg.extract.kind_lists import kind_lists, list_before, named_ahead, named_kind
from kg.extract.lexicon import PLACE_NOUNS
from kg.extract.tokens import sent_of

#: Words that open the members of a list after a noun ("villages, including A and B").
_LIST_OPENERS = frozenset({"including", "like", "notably", "namely", "among"})
#: Marks after a noun that open the list of its members ("three towns: A, B and C").
_LIST_MARKS = frozenset({":", "-", "\u2013", "\u2014", "--"})
#: Subjects of a next sentence that names the members ("These include A and B").
_BACK_SUBJECTS = frozenset({"these", "they", "those", "them"})
#: Verbs of a next sentence that names the members.
_LISTING_VERBS = frozenset({"be", "include", "comprise"})
#: Tagger labels of words that are no names of places.
_NOT_NAMES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT",
                        "QUANTITY", "LANGUAGE", "LAW"})
_LIMIT = 40  # list members followed at most, for one event


def listed_places(doc: Doc, res: Resolver, events: list[EventDraft],
                  acting: set[str]) -> None:
    """Adds to each control event the places of the list it takes (see the module)."""
    for ev in events:
        if ev.cls != "ControlEvent":
            continue
        token = doc[ev.token]
        held = held_words(token)
        found = _members(held, res, acting)
        found += [k for k in _members(_loose_lists(token, held), res, acting, listed=True)
                  if k not in found]
        if not found:
            found = _next_sentence_list(token, held, res, acting)
        if not found:
            found = _kind_named(held, res, acting)
        if found and ev.context_places:  # a guess from the sentences around gives way
            ev.places[:] = []
            ev.context_places = False
        for key in found:
            if key in ev.participants:  # a name read as a side before it was a place
                ev.participants.remove(key)
            if key not in ev.agents and key not in ev.places:
                ev.places.append(key)
    _whole_kind_lists(doc, res, events)


def _place_noun(word: Token) -> bool:
    if word.pos_ != "NOUN":
        return False
    forms = {word.lemma_.lower(), word.lower_, word.lower_[:-1]}  # "bases", read "basis"
    return any(f in PLACE_NOUNS or f in GROUND_NOUNS or f in FACILITY_NOUNS for f in forms)


def _members(seeds: list[Token], res: Resolver, acting: set[str],
             listed: bool = False, kind_said: bool = False) -> list[str]:
    """The places of the lists ``seeds`` open: their conjuncts, the names in apposition to a
    place noun or after its "including" / "such as" / "of". ``kind_said``: the text says
    the seeds are places of a kind ("The districts are A B and C"), so a name of two
    words in them is a place too."""
    out: list[str] = []
    seen: dict[int, bool] = {}  # token -> whether it was seen in a list of places
    queue = [(w, listed or _place_noun(w)) for w in seeds]
    while queue and len(seen) < _LIMIT:
        word, listed = queue.pop(0)
        if word.i in seen and (seen[word.i] or not listed):
            continue
        seen[word.i] = listed
        if not listed and word.dep_ == "appos" and word.head.pos_ == "PROPN" and not any(
                c.dep_ == "conj" for c in word.children):
            continue  # "Harnby, Veska": the country a town is in, no second place taken
        key = res.table.at(word)
        if key is None and listed and _bare_name(word):
            key = _new_place(res, word)  # the tagger left the name out of the list
        if key is not None and _a_place(key, listed, res, acting, kind_said) and key not in out:
            out.append(key)
        if key is None and not _place_noun(word):
            continue  # a list of people or things opens no places
        group = listed or _place_noun(word) or key is not None and res.table.type_of(
            key) == "Place"
        mixed = any(c.pos_ == "NOUN" and not _place_noun(c) for c in word.conjuncts)
        queue.extend((c, group and not mixed) for c in word.conjuncts)  # not "A and two men"
        if not _place_noun(word):  # "A, B as well as C" read as B apposed to A and C
            queue.extend((c, group) for c in word.children if c.dep_ == "appos"
                         and c.pos_ == "PROPN" and any(d.dep_ == "conj" for d in c.children))
            continue
        for c in word.children:
            if c.dep_ == "appos":
                queue.append((c, True))
            elif c.dep_ in {"prep", "acl"} and (c.lower_ in _LIST_OPENERS or c.lower_ == "of"
                                                or _such_as(c)):
                queue.extend((p, True) for p in c.children if p.dep_ in {"pobj", "dobj"})
    return out


def _loose_lists(token: Token, held: list[Token]) -> list[Token]:
    """The members of an "including" / "such as" phrase the parser hung on the trigger or
    on its subject, when what the trigger takes is a place noun ("its fighters captured
    villages in the east, including A and B")."""
    if not any(_place_noun(w) for w in held):
        return []
    hosts = [token, *(c for c in token.children if c.dep_ in {"nsubj", "dobj"})]
    out = [p for h in hosts for c in h.children
           if c.dep_ == "prep" and (c.lower_ in _LIST_OPENERS or _such_as(c))
           for p in c.children if p.dep_ in {"pobj", "dobj"} and p.pos_ == "PROPN"]
    return out + [w for h in held if _place_noun(h) for w in _after_colon(h)]


def _after_colon(noun: Token) -> list[Token]:
    """The last words of the names listed after a colon or dash right after ``noun``
    ("three districts: A, B and C"), however the parser hung them."""
    doc, i = noun.doc, noun.i + 1
    if i >= sent_of(noun).end or doc[i].text not in _LIST_MARKS:
        return []
    out = []
    for j in range(i + 1, sent_of(noun).end):
        word = doc[j]
        if word.pos_ == "PROPN" and word.text[:1].isupper():
            if j + 1 == sent_of(noun).end or doc[j + 1].pos_ != "PROPN":
                out.append(word)
        elif word.text not in {",", "and", "or"}:
            break
    return out


def _bare_name(word: Token) -> bool:
    """A capitalised proper noun no entity holds (a name of a list the tagger missed or
    typed as a thing)."""
    return (word.pos_ == "PROPN" and word.text[:1].isupper() and not word.text.isupper()
            and word.ent_type_ not in _NOT_NAMES and word.i > sent_of(word).start)


def _new_place(res: Resolver, word: Token) -> str:
    """A Place for the untagged name ``word`` ends (with its proper-noun compounds), the
    one of that label when the table has one."""
    start = min([word.i, *(c.i for c in word.children
                           if c.dep_ == "compound" and c.pos_ == "PROPN")])
    label = word.doc[start:word.i + 1].text
    key = res.table.place_labelled(label)
    if key is None:
        entity = res.table.add("Place", label)
        key = entity.key
        res.entities[key] = entity
    res.table.map(key, start, word.i + 1)
    return key


def _such_as(word: Token) -> bool:
    return word.lower_ == "as" and any(c.lower_ == "such" for c in word.children)


def _a_place(key: str, listed: bool, res: Resolver, acting: set[str],
             kind_said: bool = False) -> bool:
    """A Place, or a one-word name the tagger typed otherwise standing in a list of places,
    that neither speaks nor acts and does not say it is an organisation."""
    kind = res.table.type_of(key)
    if kind == "Place":
        return True
    if not listed or key in acting or kind not in {"Person", "Organization"} or org_name(
            res.table, key):
        return False
    label = next((e.label for e in res.table.entities if e.key == key), "")
    if " " in label and not kind_said:
        return False  # "two commanders, Jon Arlo and Mira Tesh": people's full names
    retype_place(res.table, key)
    return True


def _next_sentence_list(token: Token, held: list[Token], res: Resolver,
                        acting: set[str]) -> list[str]:
    """"liberated four districts. The districts are A, B and C" / "These include A and B":
    the places the next sentence lists for the plural place noun the trigger takes."""
    nouns = {f for w in held if _place_noun(w) and w.tag_ == "NNS"
             for f in (w.lemma_.lower(), w.lower_)}
    if not nouns:
        return []
    sent = sent_of(token)
    if sent.end >= len(token.doc):
        return []
    root = sent_of(token.doc[sent.end]).root
    if root.lemma_.lower() not in _LISTING_VERBS:
        return []
    subj = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None or not ({subj.lemma_.lower(), subj.lower_} & nouns
                            or subj.lower_ in _BACK_SUBJECTS):
        return []
    named = [c for c in root.children if c.dep_ in {"attr", "dobj"}]
    # the kind is said: "The districts are A B and C", or "These include A B and C"
    # after a claim over districts
    return _members([w for c in named for w in (c, *c.conjuncts)], res, acting,
                    listed=True, kind_said=True) if all(
        res.table.at(c) is not None for c in named) else []


def _kind_named(held: list[Token], res: Resolver, acting: set[str]) -> list[str]:
    """"retook the A and B bridges", "retook two bridges. ... the A and B bridges": the
    names a plural of a kind of place the trigger takes has before it, else the names the
    next sentence or two give for it (``kg.extract.kind_lists``)."""
    for word in held:
        if not named_kind(word):
            continue
        names = list_before(word) or named_ahead(word)
        lasts = [word.doc[end - 1] for _, end in names]
        keys = [k for t in lasts if (k := res.table.at(t) or (
            _new_place(res, t) if _bare_name(t) else None)) is not None
                and _a_place(k, True, res, acting, kind_said=True)]
        if keys:
            return list(dict.fromkeys(keys))
    return []


def _whole_kind_lists(doc: Doc, res: Resolver, events: list[EventDraft]) -> None:
    """"Soldiers moved on the A and B bridges": an event of the sentence at one name of a
    list of one kind of place is at each of them."""
    table, groups = res.table, []
    for noun, names in kind_lists(doc):
        keys = [k for _, end in names if (k := table.at(doc[end - 1])) is not None
                and table.type_of(k) == "Place"]
        if len(set(keys)) > 1:
            groups.append((sent_of(noun).start, list(dict.fromkeys(keys))))
    for ev in events if groups else []:
        start = sent_of(doc[ev.token]).start
        for sent, keys in groups:
            if sent == start and any(k in ev.places for k in keys):
                ev.places.extend(k for k in keys if k not in ev.places)
