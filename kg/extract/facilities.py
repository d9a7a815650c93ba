"""Places named by a common noun where control of them is at stake.

Claims of control are often about a site, not a town: "the rebels seized the presidential
palace", "the army said the main airport was under its control", "his side holds
facilities including Orrin's international airport". NER leaves such sites untagged, so
the claim would have no place. A definite facility noun with a name or modifier of its
own ("the presidential palace", "Orrin's airport", "the radio station") that a control
word takes as its object or subject becomes a Place of the article; later bare mentions
of the same noun ("the palace") are that place too. A bare "the camp" is not one: it
points back to a site named before ("a camp near Orrin"), whose town is the place.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.symbols import NOUN, VERB
from spacy.tokens import Doc, Token

from kg.extract.coref import Resolver
from kg.extract.entities import EntityTable
from kg.extract.kind_lists import list_before
from kg.extract.lexicon import (
    EVENT_TRIGGERS,
    ORG_NAME_NOUNS,
    PHRASAL_TRIGGERS,
    PLACE_NOUNS,
    PLACE_PREPS,
    TOWN_QUARTER_NOUNS,
)
from kg.extract.place_kinds import fits_description, spread_kind
from kg.extract.tokens import arrays_of, indices_with, sent_of
from kg.iri import normalise_name

#: Head nouns of sites that can be seized or held.
FACILITY_NOUNS = frozenset({
    "palace", "airport", "airfield", "airbase", "base", "headquarters", "hq", "barracks",
    "garrison", "outpost", "checkpoint", "command", "station", "bridge", "harbour",
    "harbor", "dam", "refinery", "plant", "mine", "parliament", "compound", "fort",
    "fortress", "citadel", "prison", "jail", "building", "complex", "crossing",
    "terminal", "depot", "pier", "lighthouse", "stadium", "hall", "tower", "residence",
    "embassy", "consulate", "port", "camp", "gate", "office", "hospital", "school",
    "university", "campus", "factory", "warehouse", "oilfield", "square",
})
#: Control words that are no ControlEvent trigger of their own but take a site.
_SITE_VERBS = frozenset({"storm", "overrun", "surround", "besiege", "secure", "hand",
                         "occupy", "enter", "clear"})
#: Nouns of a change or state of control whose "of" phrase is the site ("control of X").
_CONTROL_NOUNS = frozenset({"control", "capture", "seizure", "takeover", "fall",
                            "occupation", "recapture", "possession", "command", "charge"})
_DETERMINERS = frozenset({"the", "this", "that", "its", "their", "our", "his", "her"})
_CLIMB = 4
_NAME_REACH = 6  # longest "of" name a site's label takes in


def add_facilities(doc: Doc, table: EntityTable) -> dict[int, tuple[str, int]]:
    """Add the contested sites of ``doc`` to ``table`` as Places. Returns, for each site
    mention, the index of the control word that takes it -> (the place's key, the index
    of its head noun), for events to take the site as their place."""
    taken: dict[int, tuple[str, int]] = {}
    by_lemma: dict[str, str] = {}  # head lemma -> key, for later bare mentions
    by_label: dict[str, str] = {}
    lemmas = arrays_of(doc).lemma  # a Token only of the facility nouns
    for token in [doc[i] for i in indices_with(doc, pos=NOUN) if lemmas[i] in FACILITY_NOUNS]:
        lemma = lemmas[token.i]
        if token.pos_ != "NOUN" or lemma not in FACILITY_NOUNS or token.i in table.token_entity:
            continue
        if lemma in by_lemma and _bare_definite(token):
            table.map(by_lemma[lemma], token.i, token.i + 1)
            continue
        governor = _contested(token)
        if governor is None or not _definite(token, table):
            continue
        if _of_place(token, table) or list_before(token):
            continue  # "the port of Halvik", "the A and B crossings": the names are meant
        start, end = _phrase(token, table)
        if (start, end) == (token.i, token.i + 1):
            continue  # "the camp" alone points back to a site named before ("a camp in X")
        label = doc[start:end].text
        key = by_label.get(normalise_name(label))
        if key is None:
            key = by_label[normalise_name(label)] = table.add("Place", label).key
        by_lemma[lemma] = key
        taken[governor.i] = (key, token.i)
        table.map(key, start, end)
    return taken


def _definite(noun: Token, table: EntityTable) -> bool:
    """"the palace", "Orrin's airport", "the Kelvar bridge": a site the text names."""
    for c in noun.children:
        if c.dep_ == "det" and c.lower_ in _DETERMINERS:
            return True
        if c.dep_ == "poss" and (c.pos_ == "PROPN" or table.at(c) is not None
                                 or c.lower_ in _DETERMINERS):
            return True
        if c.dep_ == "compound" and table.at(c) is not None:
            return True
    # "the ministry and presidential palace": the conjunct shares its head's article
    return noun.dep_ == "conj" and noun.head.pos_ == "NOUN" and _definite(noun.head, table)


def _bare_definite(noun: Token) -> bool:
    """"the palace" with nothing else before it: a second mention of the site."""
    kids = [c for c in noun.children if c.i < noun.i]
    return len(kids) == 1 and kids[0].dep_ == "det" and kids[0].lower_ == "the"


def _phrase(noun: Token, table: EntityTable) -> tuple[int, int]:
    """Token range of the site's name: its modifiers and possessor, not the article."""
    start = noun.i
    for c in sorted(noun.children, key=lambda c: c.i, reverse=True):
        if c.i > noun.i or c.dep_ not in {"amod", "compound", "poss", "nmod"}:
            continue
        if c.dep_ == "poss" and c.pos_ == "PRON":
            continue
        start = min(start, c.left_edge.i)
    while start < noun.i and noun.doc[start].lower_ in _DETERMINERS:
        start += 1
    end = noun.i + 1
    for prep in noun.children:  # "the headquarters of the Northern Command", "the port of Orrin"
        if prep.dep_ == "prep" and prep.lower_ == "of":
            named = [p for p in prep.children if p.dep_ == "pobj" and _named(p, table)]
            if named and named[0].i - noun.i <= _NAME_REACH:
                end = named[0].i + 1
    return start, end


def _of_place(noun: Token, table: EntityTable) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        p.dep_ == "pobj" and table.type_of(table.at(p)) == "Place" for p in c.children)
        for c in noun.children)


def _named(noun: Token, table: EntityTable) -> bool:
    """"Orrin", "the Northern Command", "the Southern Military command": a name."""
    return any(t.pos_ == "PROPN" or table.at(t) is not None for t in [noun, *(
        c for c in noun.children if c.dep_ == "compound")])


def _contested(noun: Token) -> Token | None:
    """Whether a control word takes ``noun`` as what is (to be) held: object or passive
    subject of a control verb, the "of" phrase of "control of", the subject of "fell" or
    of "was under control"; also through a conjunction, apposition or "including"."""
    t = noun
    for _ in range(_CLIMB):
        if t.dep_ in {"conj", "appos"}:
            t = t.head
        elif t.dep_ in {"pobj", "dobj"} and t.head.lower_ in {"including", "like"}:
            t = t.head.head
        else:
            break
    head = t.head
    if t.dep_ in {"dobj", "nsubjpass"}:
        return head if _control_verb(head) else None
    if t.dep_ == "pobj" and head.lower_ == "of":
        owner = head.head
        return owner if owner.lemma_.lower() in _CONTROL_NOUNS or _control_verb(owner) else None
    if t.dep_ == "nsubj" and (head.lemma_.lower() == "fall" or _under_control(head)):
        return head
    return None


def _control_verb(verb: Token) -> bool:
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    lemma = verb.lemma_.lower()
    if lemma in _SITE_VERBS or EVENT_TRIGGERS.get(lemma) == "ControlEvent":
        return True
    return any(PHRASAL_TRIGGERS.get((lemma, c.lemma_.lower())) == "ControlEvent"
               for c in verb.children)


def _under_control(verb: Token) -> bool:
    """"X is under (Y's) control", "X remains in the rebels' hands"."""
    return any(c.dep_ == "prep" and c.lower_ in {"under", "in"} and any(
        p.dep_ == "pobj" and p.lemma_.lower() in {"control", "hand"} for p in c.children)
        for c in verb.children)


def nested_places(doc: Doc, table: EntityTable, head: int) -> list[str]:
    """Places inside a site's phrase: its possessor ("Orrin's airport") and its "in"
    phrase ("the palace in Orrin")."""
    noun = doc[head]
    out = []
    for c in noun.children:
        words = [c] if c.dep_ in {"poss", "compound"} else (
            [p for p in c.children if p.dep_ == "pobj"]
            if c.dep_ == "prep" and c.lower_ in {"in", "of", "near", "outside"} else [])
        for w in words:
            for t in w.subtree:
                key = table.at(t)
                if key is not None and table.type_of(key) == "Place" and key not in out:
                    out.append(key)
    return out


# ------------------------------------------------------------------ names taken as places

#: Control triggers whose object can only be a place ("overran X", "X has fallen").
PLACE_TAKING = frozenset({"fall", "liberate", "overrun", "occupy", "storm", "besiege",
                          "encircle", "conquer", "annex", "recapture", "retake", "reclaim",
                          "be", "remain", "stay"})  # the last: "X is ours", "in our hands"
#: Control triggers that also take people or goods ("captured X", "seized X"): a name
#: they take is a place only with further evidence in the text.
ALSO_TAKING = frozenset({"capture", "seize", "control", "enter", "ours", "hand"})
#: Prepositions after which a name is a place ("fighting in X", "the road to X").
_PLACE_PREPS = PLACE_PREPS | {"around", "toward", "towards"}
#: Nouns of sites a description can point back to by name ("the mine": "Orrin Gold Mine").
_SITE_WORDS = FACILITY_NOUNS | {"mine", "field", "oilfield", "estate", "plantation", "farm",
                                "site", "facility", "reserve", "park", "concession"}


def taken_names(doc: Doc, res: Resolver, events, acting: set[str]) -> set[str]:
    """Names the tagger typed as people or organisations that the text shows are places
    taken or held ("rebels overran Halvik", "Halvik has fallen", "captured Halvik" when
    elsewhere "fighting near Halvik"): retyped Place in the table. Returns their keys.
    A name that speaks or acts anywhere in the article (``acting``) stays what it is."""
    table = res.table
    found: set[str] = set()
    for ev in events:
        if ev.cls != "ControlEvent":
            continue
        token = doc[ev.token]
        lemma = token.lemma_.lower()
        strong = lemma in PLACE_TAKING
        if not strong and lemma not in ALSO_TAKING and token.lower_ not in ALSO_TAKING:
            continue
        for word in held_words(token):
            key = table.at(word)
            if key is None and word.pos_ == "PRON" and strong:  # "which fell", "it fell"
                key = res.entity_of(word, descriptions=False)
            if key is None or key in acting or table.type_of(key) not in {"Person",
                                                                          "Organization"}:
                continue
            if org_name(table, key) or not (strong or _placed(doc, table, key)):
                continue
            found.add(key)
    for key in found:
        retype_place(table, key)
    return found


def retype_place(table: EntityTable, key: str) -> None:
    table.types[key] = "Place"
    table.entities[:] = [replace(e, type="Place") if e.key == key else e
                         for e in table.entities]


def held_words(token: Token) -> list[Token]:
    """The words for what a control trigger takes: object, passive subject, the subject of
    "fell" / "is ours", the "of" phrase of "control of X" / "the capture of X"."""
    out = []
    lemma = token.lemma_.lower()
    held_subject = lemma in {"fall", "be", "remain", "stay"} or token.pos_ == "AUX"
    for c in token.children:
        if c.dep_ in {"dobj", "nsubjpass"} or (c.dep_ == "nsubj" and held_subject):
            out.append(c)
        elif c.dep_ == "prep" and c.lower_ == "of":
            out.extend(p for p in c.children if p.dep_ == "pobj")
        if c.dep_ == "dobj" and c.lemma_.lower() in _CONTROL_NOUNS:  # "took control of X"
            out.extend(p for q in c.children if q.dep_ == "prep" and q.lower_ == "of"
                       for p in q.children if p.dep_ == "pobj")
    if lemma == "control" and token.head.lower_ == "under":  # "X is under their control"
        out.extend(c for c in token.head.head.children if c.dep_ == "nsubj")
    if token.pos_ == "NOUN":  # "took control of X" with "of" on the verb
        for c in token.head.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                out.extend(p for p in c.children if p.dep_ == "pobj")
    out += [c for w in out for c in w.children if c.dep_ in {"conj", "appos"}]
    for w in list(out):  # "the town of X", "X town", "the X bridge": the name inside
        if w.lemma_.lower() in PLACE_NOUNS or w.lemma_.lower() in FACILITY_NOUNS:
            out += [c for c in w.children if c.dep_ == "compound"]
            out += [p for c in w.children if c.dep_ == "prep" and c.lower_ == "of"
                    for p in c.children if p.dep_ == "pobj"]
    return out


def org_name(table: EntityTable, key: str) -> bool:
    """A name that says it is an organisation ("Delta Grain Company", "KLM", "the Front")."""
    label = next((e.label for e in table.entities if e.key == key), "")
    words = label.split()
    return not words or words[-1].lower() in ORG_NAME_NOUNS or label.isupper()


def _placed(doc: Doc, table: EntityTable, key: str) -> bool:
    """Whether a mention of ``key`` stands where places stand: with a place noun ("X
    province", "the town of X") or, for a name typed a person, after "in", "near" …
    ("a stake in X" says nothing of an organisation)."""
    person = table.type_of(key) == "Person"
    for start, end in table.mention_spans.get(key, []):
        head = doc[end - 1]
        while head.head.i != head.i and start <= head.head.i < end:
            head = head.head
        parent = head.head
        if person and head.dep_ == "pobj" and parent.lower_ in _PLACE_PREPS:
            return True
        if head.dep_ == "compound" and parent.lemma_.lower() in PLACE_NOUNS:
            return True
        if head.dep_ == "pobj" and parent.lower_ == "of" and (
                parent.head.lemma_.lower() in PLACE_NOUNS):
            return True
    return False


def state_of_capital(word: Token, table: EntityTable) -> str | None:
    """"Veska's capital": the place whose capital the noun is, when a name owns it; the
    capital is then a town named in the text, as "the capital" is, never the state."""
    if word.lemma_.lower() != "capital":
        return None
    poss = next((c for c in word.children if c.dep_ == "poss"), None)
    key = table.at(poss) if poss is not None else None
    return key if key is not None and table.type_of(key) == "Place" else None


def described_site(word: Token, res: Resolver, acting: set[str],
                   guessed: frozenset[str] = frozenset()) -> str | None:
    """The named place a definite description taken in a claim points back to: "seized the
    mine" after "Orrin Gold Mine" (the name ends in the noun), "took the town" after a
    name that stands where places stand. A name ending in the noun or given that kind
    ("Halvik, a town in Veska"; "the town of Halvik"), else such a name
    before ``word`` wins (the one named most often, then the one the sentences before
    pointed to, ``guessed``, then the latest); one the tagger typed a person or group (and
    that never acts) is retyped a Place."""
    lemma = word.lemma_.lower()
    table = res.table
    owner = state_of_capital(word, table)
    if word.pos_ != "NOUN" or owner is None and not any(
            c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in word.children):
        return None
    if lemma not in _SITE_WORDS and lemma not in PLACE_NOUNS:
        return None
    acting = acting | {owner} if owner is not None else acting
    best: tuple[tuple[bool, int, bool, int], str] | None = None
    for e in table.entities:
        kind = table.type_of(e.key)
        if kind not in {"Place", "Person", "Organization"} or e.key in acting:
            continue
        starts = [s for s, end in table.mention_spans.get(e.key, []) if s < word.i
                  and not _naming_modifier(word.doc, s, end)]
        if not starts:
            continue
        words = e.label.lower().split()
        given = _kinds_given(word.doc, table, e.key)
        named = bool(words) and words[-1].rstrip("s") == lemma.rstrip("s") or lemma in given
        if lemma in _SITE_WORDS and lemma not in PLACE_NOUNS and not named:
            continue
        if not named and not fits_description(word.doc, table, e.key, lemma, given):
            continue  # "the town" is not the province, nor the country a town is in
        if kind != "Place" and not named and not _placed(word.doc, table, e.key):
            continue
        if kind == "Organization" and not named and org_name(table, e.key):
            continue
        rank = (True, max(starts), False, 0) if named else (
            False, len(starts), e.key in guessed, max(starts))
        # a name ending in the noun or given its kind first, the latest of them (never one
        # across a nearer place of the same kind); then the one named most often before
        # (the place the story is about), then the place the sentences before point to
        # ("fighting raged in X near Y ... the city": X), then the latest
        if best is None or rank > best[0]:
            best = (rank, e.key)
    if best is None:
        return None
    if table.type_of(best[1]) != "Place":
        retype_place(table, best[1])
    return best[1]


#: Dependencies of a name that only qualifies the noun after it ("the Veska army").
_QUALIFYING_DEPS = frozenset({"compound", "poss", "nmod", "amod"})


def _naming_modifier(doc: Doc, start: int, end: int) -> bool:
    """Whether a mention only qualifies a noun that is no place ("the Veska army",
    "Veska's defence ministry"): it names a body's country, not a place told of, so "the
    city" after it does not point back to it ("the Veska army said it held the city")."""
    head = doc[end - 1]
    while head.head.i != head.i and start <= head.head.i < end:
        head = head.head
    return head.dep_ in _QUALIFYING_DEPS and head.head.pos_ in {"NOUN", "PROPN"} and (
        head.head.lemma_.lower() not in PLACE_NOUNS)


def _kinds_given(doc: Doc, table: EntityTable, key: str) -> set[str]:
    """The place nouns a text gives a name's kind by: "Halvik, a town in Veska", "the
    town of Halvik", "Halvik province"."""
    kinds = set()
    for start, end in table.mention_spans.get(key, []):
        head = doc[end - 1]
        while head.head.i != head.i and start <= head.head.i < end:
            head = head.head
        kinds.update(spread_kind(c) for c in head.children if c.dep_ == "appos")
        if head.dep_ in {"compound", "appos"}:
            kinds.add(head.head.lemma_.lower())
        if head.dep_ == "pobj" and head.head.lower_ == "of" and (
                head.head.head.lemma_.lower() in _KIND_OF_NOUNS):
            kinds.add(head.head.head.lemma_.lower())  # not "the capital of Veska"
    return kinds & _PLACE_OR_QUARTER  # "X, a network of slums": a slum


#: Place nouns that say what the name after "of" is ("the town of X"), unlike "the
#: capital of X" or "the border of X", which say what X has.
_KIND_OF_NOUNS = frozenset({"town", "city", "village", "province", "district", "region",
                            "state", "county", "island", "municipality", "governorate",
                            "oblast", "prefecture", "canton", "borough", "port"})


def places_by_verb(doc: Doc, res: Resolver, speaking: set[str]) -> None:
    """Before events are read: a name the tagger typed a person or group that a verb only
    places take ("Sarova had fallen", "rebels overran Halvik") is a Place, unless it
    speaks (``speaking``), says it is an organisation, or acts as some verb's subject."""
    table = res.table
    lemmas = arrays_of(doc).lemma  # a Token only of the verbs that take places
    for token in [doc[i] for i in indices_with(doc, pos=VERB) if lemmas[i] in _TAKING_LEMMAS]:
        for word in held_words(token):
            key = table.at(word)
            if key is None or key in speaking or table.type_of(key) not in {
                    "Person", "Organization"} or org_name(table, key):
                continue
            if not _acts(doc, table, key, token):
                retype_place(table, key)


_STATE_LEMMAS = frozenset({"be", "remain", "stay"})
_TAKING_LEMMAS = PLACE_TAKING - _STATE_LEMMAS


def _acts(doc: Doc, table: EntityTable, key: str, taker: Token) -> bool:
    """Whether a mention of ``key`` is the subject of a verb other than ``taker`` (and of
    no "fall": a place falls)."""
    for start, end in table.mention_spans.get(key, []):
        for t in doc[start:end]:
            if t.dep_ == "nsubj" and t.head.i != taker.i and t.head.lemma_.lower() != "fall":
                return True
    return False


# ------------------------------------------------------------------ a firm's sites by place

#: Sites an organisation has in a town, named by the town ("the Lunet branch of Vantage
#: Bank", "its Orrin factory", "Delta Grain's Kelvar offices").
OWNED_SITE_NOUNS = frozenset({"branch", "office", "offices", "headquarters", "plant",
                              "factory", "mill", "store", "shop", "warehouse", "base",
                              "campus", "bureau", "depot", "hub", "outlet", "clinic",
                              "site", "works", "refinery", "mine", "studio", "showroom"})
_OWNER_PRONOUNS = frozenset({"its", "their"})
#: Bodies and people a town's name before them places there ("Orrin police", "a Kelvar
#: court", "a Lunet man", "Tesk residents").
TOWN_QUALIFIED_NOUNS = frozenset({"police", "court", "prosecutor", "man", "woman", "boy",
                                  "girl", "teenager", "resident", "couple", "family",
                                  "student", "pensioner", "businessman", "businesswoman",
                                  "farmer", "fisherman", "driver", "doctor", "nurse",
                                  "teacher", "priest", "firefighter", "hospital", "school"})
#: The lemmas ``sites_by_town`` looks at (with the lower-case forms of site nouns).
_TOWN_WORDS = OWNED_SITE_NOUNS | TOWN_QUALIFIED_NOUNS


def sites_by_town(doc: Doc, res: Resolver, speaking: set[str]) -> None:
    """Before events are read: a one-word name the tagger typed a person or group (or left
    untagged) that names the town of an organisation's site ("raided the Lunet branch of
    Vantage Bank", "closed its Orrin plant"), of a body or of a person ("a Kelvar court",
    "Orrin police", "a Lunet man") is a Place, unless it speaks (``speaking``) or says it
    is an organisation."""
    table = res.table
    arrays = arrays_of(doc)  # a Token only of the nouns of sites and of town-qualified ones
    lemmas, lowers = arrays.lemma, arrays.lower
    for token in [doc[i] for i in indices_with(doc, pos=NOUN) if lemmas[i] in _TOWN_WORDS
                  or lowers[i] in OWNED_SITE_NOUNS]:
        lemma = lemmas[token.i]
        site = lemma in OWNED_SITE_NOUNS or token.lower_ in OWNED_SITE_NOUNS
        if not (site and _has_owner(token, table)) and lemma not in TOWN_QUALIFIED_NOUNS:
            continue
        for c in token.children:
            key = table.at(c) if c.dep_ == "compound" else None
            if key is None and _untagged_town(c):
                _add_place(table, c)  # the tagger left the town's name untagged
                continue
            if key is None or key in speaking or table.type_of(key) not in {
                    "Person", "Organization"} or org_name(table, key):
                continue
            label = next((e.label for e in table.entities if e.key == key), "")
            if " " not in label and c.text[:1].isupper():
                retype_place(table, key)


def _has_owner(site: Token, table: EntityTable) -> bool:
    """Whether the site's phrase names whose it is: "of X" (an organisation), "X's", "its"."""
    for c in site.children:
        if c.dep_ == "poss" and (c.lower_ in _OWNER_PRONOUNS or table.type_of(
                table.at(c)) == "Organization"):
            return True
        if c.dep_ == "prep" and c.lower_ == "of" and any(
                p.dep_ == "pobj" and table.type_of(table.at(p)) == "Organization"
                for p in c.children):
            return True
    return False


#: Endings of nationality words the tagger gives as names ("the German offices of X").
_DEMONYM_ENDINGS = ("an", "ese", "ish", "ch", "i", "ic", "ss", "ek")


def _untagged_town(word: Token) -> bool:
    """"its Tesk factory": a one-word capitalised name before a site noun, that the table
    has no entity for (the tagger left it out, or called it a nationality or a person),
    and no nationality word."""
    norp = word.ent_type_ == "NORP" and not word.lower_.endswith(_DEMONYM_ENDINGS)
    return (word.dep_ == "compound" and word.pos_ == "PROPN"
            and (word.ent_type_ in {"", "PERSON"} or norp)
            and word.text[:1].isupper() and not word.text.isupper() and word.i > sent_of(word).start
            and not any(c.dep_ in {"compound", "poss"} for c in word.children)
            and word.doc[word.i - 1].pos_ not in {"PROPN"})


def _add_place(table: EntityTable, word: Token) -> None:
    key = table.place_labelled(word.text) or table.add("Place", word.text).key
    table.map(key, word.i, word.i + 1)


_PLACE_OR_QUARTER = PLACE_NOUNS | TOWN_QUARTER_NOUNS
