"""Clustering the name mentions of one article into entities: one name under its
variants ("X Province", "the Republic of X"), acronyms defined or guessed from
initials, short forms ("Kovacs", "Orion"), partial names, and descriptions that join
the article's only named body of their family ("the army"). Each cluster's type is
the sum of its mentions' type votes (see ``kg.extract.entities``).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc

from kg.extract.descriptions import merge_fighter_descriptions
from kg.extract.lexicon import (
    ORG_DESCRIPTOR_NOUNS,
    ORG_FAMILIES,
    OUTLET_WORDS,
    PLACE_ACRONYMS,
    ROLE_NOUNS,
)
from kg.iri import is_acronym, normalise_name, without_of_tail

#: Place nouns whose "X <noun>" is X itself ("Kelvar Province"); an airport, port or base
#: named after a town is another place.
AREA_NOUNS = frozenset({"province", "provinces", "valley", "city", "town", "village",
                        "district", "region", "state", "county", "territory", "municipality",
                        "governorate", "oblast", "prefecture", "canton", "borough", "island",
                        "islands", "peninsula"})
#: Words dropped from the end of organisation names when matching short forms.
CORPORATE_SUFFIXES = frozenset({"inc", "corp", "corporation", "co", "ltd", "llc", "plc",
                                "group", "company", "ag", "sa", "gmbh", "limited"})
#: Lower-case particles that may open a name ("al Vashir", "el-Maro", "van Brakel").
NAME_PARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "bin",
                            "ibn", "bint", "abu", "de", "da", "di", "du", "del", "della",
                            "der", "den", "van", "von", "la", "le", "ul", "ben"})
#: Last words of an outlet's name ("Harbour Radio", "the Kelvar Times").
NEWSROOM_NAME_WORDS = OUTLET_WORDS | {"daily", "weekly", "online", "fm", "broadcasting",
                                      "television", "media", "newspaper", "magazine"}
EVIDENCE_WEIGHT = 3  # a clear syntactic clue outweighs the NER label ...
NER_WEIGHT = 2  # ... which outweighs a weak clue ("from X")
DEFINING_WEIGHT = 10  # the text says what it is ("tech giant X"): that settles it


@dataclass(slots=True)
class Mention:
    """One cleaned name occurrence (token range ``[start, end)``)."""

    start: int
    end: int
    text: str
    ner_type: str
    votes: Counter = field(default_factory=Counter)
    descriptors: tuple[str, ...] = ()  # common nouns next to the name ("retailer", "firm")
    titled: bool = False  # a title or role stood before a person's name ("President X")
    article: bool = False  # "the" stood before the name
    subject: bool = False  # the name is the subject of a verb or a possessor
    common: bool = False  # named by a common noun ("the health ministry")
    bare: bool = False  # ... and by nothing else ("the army", "armed forces chief")
    product: bool = False  # it names a product's line ("Lunet laptops", "Orbit software")
    newsroom: bool = False  # it qualifies a journalist ("a Harbour reporter")
    joined: bool = False  # a description joined to the named group it stands for ("rebels")
    alias: str = ""  # another name it goes by, in lower case ("navy" for "Orrin's navy")

    @property
    def product_like(self) -> bool:
        """"eReader", "iWidget": a lower-case start marks a product or brand, not an agent
        ("al Vashir", "al-Kharoun", "van Brakel" start with a name's particle)."""
        first = re.split(r"[\s\-]", self.text, maxsplit=1)
        particle = len(first) > 1 and first[0] in NAME_PARTICLES and first[1][:1].isupper()
        return self.text[:1].islower() and not self.common and not particle

    @property
    def norm(self) -> str:
        return normalise_name(self.text)


@dataclass(slots=True)
class Cluster:
    """Mentions that name one entity, with their names and type votes."""

    mentions: list[Mention]
    acronyms: set[str] = field(default_factory=set)

    @property
    def names(self) -> dict[str, int]:
        """How many mentions have each name, in the order of the mentions: a plain dict
        counted by hand (this runs for every pair of clusters, and a ``Counter``, even
        an empty one, costs a Python call to make)."""
        names: dict[str, int] = {}
        for m in self.mentions:
            names[m.text] = names.get(m.text, 0) + 1
        return names

    @property
    def type(self) -> str:
        """The type with most votes; the tagger's label counts once per cluster: its guess
        repeated on the same name is one guess, where each clue in the text is its own."""
        if len(self.mentions) == 1:  # most clusters: the mention's own votes
            votes = self.mentions[0].votes
            return max(sorted(votes), key=votes.__getitem__)
        votes: dict[str, int] = {}  # plain dicts: this runs for every pair of clusters
        tagged: dict[str, int] = {}
        for m in self.mentions:
            for etype, n in m.votes.items():
                votes[etype] = votes.get(etype, 0) + n
            if m.votes.get(m.ner_type, 0) >= NER_WEIGHT:
                tagged[m.ner_type] = tagged.get(m.ner_type, 0) + 1
        for etype, n in tagged.items():
            votes[etype] -= NER_WEIGHT * (n - 1)
        return max(sorted(votes), key=votes.__getitem__)

    @property
    def first(self) -> int:
        return min(m.start for m in self.mentions)


def cluster(doc: Doc, mentions: list[Mention]) -> list[Cluster]:
    """The mentions grouped into entities, retyped, in order of first mention."""
    by_name: dict[str, Cluster] = {}
    for m in mentions:
        key = " ".join(_core_words(m.text)) if m.ner_type == "Organization" else m.norm
        if key in by_name:
            by_name[key].mentions.append(m)
        else:
            by_name[key] = Cluster([m])
    clusters = list(by_name.values())
    clusters = _merge_defined_acronyms(doc, clusters)
    clusters = _merge_acronyms(doc, clusters)
    clusters = _merge_place_variants(clusters)
    clusters = _merge_short_forms(clusters)
    clusters = _merge_descriptions(clusters)
    clusters = _merge_qualified_groups(clusters)
    clusters = _merge_partial_names(clusters)
    clusters = merge_fighter_descriptions(doc, clusters)
    for c in clusters:
        _retype_lone_name(c)
        _retype_role_qualifier(doc, c)
    return sorted((c for c in clusters if _supported(c)), key=lambda c: c.first)


def _retype_lone_name(c: Cluster) -> None:
    """A one-word "person" or "organisation" never titled nor acting, but found where places
    are ("in Orrin", "the town of Orrin"), is the place: the tagger's guess gives way."""
    if c.type not in {"Person", "Organization"} or any(
            set(m.descriptors) & _DESCRIPTOR_OR_ROLE or m.titled or m.subject
            or m.common or len(m.text.split()) > 1 or _body_acronym(m.text)
            for m in c.mentions):
        return
    if sum(m.votes["Place"] for m in c.mentions) >= EVIDENCE_WEIGHT:
        guess = c.type
        for m in c.mentions:
            m.votes[guess] = 0


def _body_acronym(text: str) -> bool:
    """"the PDM": an acronym that is no country's is a body, wherever it is found."""
    return is_acronym(text) and text.replace(".", "").lower() not in PLACE_ACRONYMS


def _retype_role_qualifier(doc: Doc, c: Cluster) -> None:
    """"Greenway MP Y", "Unity spokesman Y": a lone one-word "person" that only ever
    qualifies a role noun, never titled nor acting, is the body the role belongs to."""
    if c.type != "Person" or any(m.titled or m.subject or m.end - m.start > 1
                                 for m in c.mentions):
        return
    roots = [doc[m.end - 1] for m in c.mentions]
    if any(r.dep_ == "compound" and r.head.lemma_.lower() in ROLE_NOUNS for r in roots):
        for m in c.mentions:
            m.votes["Person"] = 0
            m.votes["Organization"] += EVIDENCE_WEIGHT


def _supported(c: Cluster) -> bool:
    """Drop what is likely not an entity: products, and lone one-word "persons"."""
    if all(m.product_like or m.product for m in c.mentions):
        return False
    if c.type == "Person" and all(len(m.text.split()) == 1 for m in c.mentions):
        return any(m.titled or m.subject for m in c.mentions)
    return True


def _initials(text: str) -> str:
    words = [w for w in re.split(r"[\s\-]+", text) if w]
    return "".join(w[0] for w in words if w[0].isupper())


def _merge_acronyms(doc: Doc, clusters: list[Cluster]) -> list[Cluster]:
    """"Long Name (LN)" and a bare "LN" whose letters are the initials of a longer name."""
    long_forms: dict[str, list[Cluster]] = defaultdict(list)
    for c in clusters:
        for name in c.names:
            if not is_acronym(name) and len(name.split()) > 1:
                long_forms[_initials(name)].append(c)
                core = without_of_tail(name)
                if core != name and len(core.split()) > 1:
                    long_forms[_initials(core)].append(c)  # "League of Orrin" -> "L"
    merged: list[Cluster] = []
    for c in clusters:
        names = list(c.names)
        acro = names[0].replace(".", "") if len(names) == 1 and is_acronym(names[0]) else None
        targets = [t for t in long_forms.get(acro or "", []) if t is not c]
        if acro and len({id(t) for t in targets}) == 1:
            targets[0].mentions.extend(c.mentions)
            targets[0].acronyms.add(names[0])
            continue
        merged.append(c)
    return merged


def _merge_defined_acronyms(doc: Doc, clusters: list[Cluster]) -> list[Cluster]:
    """"the Greyfield Tenants Association (GTA)": the text defines the short form, whatever
    its letters; every cluster named only by it joins the long name."""
    owner: dict[int, Cluster] = {}
    for c in clusters:
        for m in c.mentions:
            owner[m.start] = c
    defined: dict[str, Cluster] = {}
    for c in clusters:
        for m in c.mentions:
            if m.end + 2 < len(doc) and doc[m.end].text == "(" and doc[m.end + 2].text == ")" \
                    and len(m.text.split()) > 1:
                acro = owner.get(m.end + 1)
                short = doc[m.end + 1].text
                if acro is not c and (is_acronym(short) or _coded_acronym(short)) and not (
                        c.type == "Person" and _initials(m.text) != short.replace(".", "")):
                    defined.setdefault(short, c)  # "Ilse Morrow (ODP)" is her party
    if not defined:
        return clusters
    kept = []
    for c in clusters:
        names = set(c.names)
        target = defined.get(next(iter(names))) if len(names) == 1 else None
        if target is not None and target is not c:
            target.mentions.extend(c.mentions)
            target.acronyms.update(names)
            for m in c.mentions:
                m.votes = Counter({target.type: 1})
            continue
        kept.append(c)
    return kept


def _coded_acronym(text: str) -> bool:
    """"M23", "G5": capitals with digits, a short form only where the text defines it."""
    return (2 <= len(text) <= 6 and text[:1].isupper() and text.isalnum()
            and any(c.isdigit() for c in text) and not any(c.islower() for c in text))


#: "the Republic of X", "the Kingdom of X": the state X ("Democratic Republic of X" is
#: left out: two states may differ by it alone).
STATE_FORMS = re.compile(r"^(?:the\s+)?(?:(?:islamic|federal)\s+)?"
                         r"(?:republic|kingdom|state|sultanate|emirate)\s+of\s+(?:the\s+)?",
                         re.IGNORECASE)


def _merge_place_variants(clusters: list[Cluster]) -> list[Cluster]:
    """"X Province", "X Valley", "X City", "the Republic of X" name the same place as "X"."""
    by_norm = {normalise_name(n): c for c in clusters for n in c.names}
    kept: list[Cluster] = []
    for c in clusters:
        target = None
        for name in c.names:
            words = name.split()
            if len(words) > 1 and words[-1].lower() in AREA_NOUNS:
                target = by_norm.get(normalise_name(" ".join(words[:-1])))
            elif c.type == "Place" and (form := STATE_FORMS.match(name)) and form.end() < len(name):
                target = by_norm.get(normalise_name(name[form.end():]))  # "Republic of X"
        if target is not None and target is not c:
            target.mentions.extend(c.mentions)
            for m in target.mentions:
                m.votes["Place"] += EVIDENCE_WEIGHT
            continue
        kept.append(c)
    return kept


def _core_words(name: str) -> list[str]:
    return list(_core_tuple(name))


@lru_cache(maxsize=8192)
def _core_tuple(name: str) -> tuple[str, ...]:
    """The words of a name, normalised, less a corporate suffix (cached: names repeat)."""
    words = normalise_name(name).split()
    while len(words) > 1 and words[-1] in CORPORATE_SUFFIXES:
        words.pop()
    return tuple(words)


def _merge_short_forms(clusters: list[Cluster]) -> list[Cluster]:
    """A one-word name joins the unique longer name of the same type that it begins or ends.

    Person: "Surname" or "Forename" -> the full name; when several full names share
    the word, the one named before the short form, then the most mentioned, wins;
    two different full names are never merged with each other.
    Organisation: "Orion" -> "Orion Motors" / "Orion Inc.".
    """
    longs = [c for c in clusters if any(len(_core_words(n)) > 1 for n in c.names)]
    # A short form is one of the words of a long name of two or more: only the clusters
    # with that word can be its candidates (in the order of ``longs``). The names that
    # join a long cluster in the loop have one word, so the index stays true.
    by_word: dict[str, list[Cluster]] = defaultdict(list)
    for t in longs:
        for w in dict.fromkeys(w for n in t.names if len(core := _core_tuple(n)) > 1
                               for w in core):
            by_word[w].append(t)
    kept: list[Cluster] = []
    for c in clusters:
        names = list(c.names)
        words = _core_words(names[0]) if len(names) == 1 else []
        outlet = _outlet_of_newsroom(c, words, longs)
        if outlet is not None:
            outlet.mentions.extend(c.mentions)
            for m in c.mentions:
                m.votes = Counter({"Organization": 1})
            continue
        if len(words) != 1 or all(m.common for m in c.mentions) or (
                c.type == "Place" and not _place_by_guess(c, longs, words)):
            kept.append(c)  # descriptions join by family (``_merge_descriptions``)
            continue
        article = all(m.article for m in c.mentions)
        placeish = any(m.ner_type == "Place" for m in c.mentions)
        short_type = c.type
        cands = [t for t in by_word.get(words[0], ()) if t is not c
                 and _short_of(words, short_type, t, article, placeish=placeish)]
        target = _pick(cands, c.first)
        if target is None:
            kept.append(c)
            continue
        for m in c.mentions:
            m.votes = Counter({target.type: 1})
        target.mentions.extend(c.mentions)
    return kept


def _outlet_of_newsroom(c: Cluster, words: list[str], longs: list[Cluster]) -> Cluster | None:
    """"Veska's Harbour Radio ... another Harbour reporter": a one-word name that only ever
    qualifies a journalist, and begins the name of an outlet of the article, is that outlet
    whatever type the tagger gave it (a town has no reporters of its own)."""
    if len(words) != 1 or not all(m.newsroom for m in c.mentions):
        return None
    cands = [t for t in longs if t is not c and t.type == "Organization" and any(
        _core_words(n)[:1] == words and _core_words(n)[-1] in NEWSROOM_NAME_WORDS
        for n in t.names)]
    return _pick(cands, c.first)


def _family(c: Cluster) -> str | None:
    """The family of an organisation's head noun ("Veska army" -> military), else None."""
    if c.type != "Organization" or all(n.endswith("'s forces") for n in c.names):
        return None  # "Moreno's forces" are hers, not the army the text speaks of
    heads = {ORG_FAMILIES.get(_core_words(n)[-1]) for n in c.names if _core_words(n)}
    return heads.pop() if len(heads) == 1 else None


def _qualifier(c: Cluster) -> str | None:
    """The word before the head of a described body ("Veskan" in "Veskan army")."""
    words = [_core_words(n) for n in c.names]
    firsts = {w[0].removesuffix("s") for w in words if len(w) > 1}
    return firsts.pop() if len(firsts) == 1 else None


def _same_qualifier(a: str | None, b: str | None) -> bool:
    """"Veska" and "Veskan" qualify alike; two different names do not."""
    return bool(a and b) and (a.startswith(b) or b.startswith(a)) and min(len(a), len(b)) > 2


def _merge_descriptions(clusters: list[Cluster]) -> list[Cluster]:
    """"the army" and "the military" join the article's only named body of their family
    ("Veskan armed forces"); two named ones of a family join when their qualifiers agree
    ("Veskan military", "Veska's army"); bare descriptions of a family join each other."""
    by_family: dict[str, list[Cluster]] = defaultdict(list)
    for c in clusters:
        if (family := _family(c)) is not None:
            by_family[family].append(c)
    gone: set[int] = set()
    for members in by_family.values():
        bare = [c for c in members if all(m.bare for m in c.mentions)]
        named = [c for c in members if c not in bare]
        for n, c in enumerate(named):
            for other in named[n + 1:]:
                if id(other) not in gone and _same_qualifier(_qualifier(c), _qualifier(other)):
                    c.mentions.extend(other.mentions)
                    gone.add(id(other))
        named = [c for c in named if id(c) not in gone]
        described = [c for c in named if any(m.common for m in c.mentions)]
        if described:
            named = described  # "the army" is the "Veskan army", not the rebels' "X Army"
        target = named[0] if len(named) == 1 else bare[0] if bare and not named else None
        for c in bare:
            if target is not None and c is not target:
                target.mentions.extend(c.mentions)
                gone.add(id(c))
    return [c for c in clusters if id(c) not in gone]


#: Heads of a described armed or political group ("the Kelvari militia").
GROUP_DESCRIPTION_HEADS = frozenset({"militia", "militias", "rebels", "fighters", "insurgents",
                                     "guerrillas", "militants", "movement", "group"})


def _merge_qualified_groups(clusters: list[Cluster]) -> list[Cluster]:
    """"the Kelvari militia" after the "Kelvari Patriotic Front" (or "the Kelvari KPF"): a
    described group whose qualifier opens the name of exactly one named body of the
    article is that body (two such bodies: neither; "the Veskan army" is no "Veskan
    Airlines": only group heads join)."""
    described = [c for c in clusters if all(
        n.rsplit(None, 1)[-1] in GROUP_DESCRIPTION_HEADS for n in c.names)]
    if not described:
        return clusters
    named = [c for c in clusters if c.type == "Organization"
             and any(not n.split()[-1].islower() for n in c.names)]
    gone: set[int] = set()
    for c in described:
        words = [_core_words(n) for n in c.names]
        if c.type != "Organization" or not all(n.split()[-1].islower() for n in c.names) \
                or any(len(w) != 2 or w[1] not in GROUP_DESCRIPTION_HEADS for w in words):
            continue
        qualifier = words[0][0]
        cands = [t for t in named if any(
            len(core := _core_words(n)) > 1 and _same_qualifier(core[0], qualifier)
            for n in t.names)]
        if len(cands) == 1:
            cands[0].mentions.extend(c.mentions)
            gone.add(id(c))
    return [c for c in clusters if id(c) not in gone]


def _merge_partial_names(clusters: list[Cluster]) -> list[Cluster]:
    """A name of several words that begins or ends the unique longer name of the same type
    ("Tenants Association" -> "Greyfield Tenants Association", "Vanhanen Reis" ->
    "Ilkka Vanhanen Reis"); people only by their last words."""
    gone: set[int] = set()
    # A longer name that a name begins or ends has its first word: only the clusters with
    # that word are candidates; a cluster joined takes the words of the names it gains.
    by_word: dict[str, dict[int, Cluster]] = defaultdict(dict)
    for t in clusters:
        for n in t.names:
            for w in _core_tuple(n):
                by_word[w][id(t)] = t
    for c in clusters:
        names = list(c.names)
        words = _core_words(names[0]) if len(names) == 1 else []
        if len(words) < 2 or c.type == "Place" or any(m.common for m in c.mentions):
            continue
        etype = c.type
        targets = [t for t in by_word[words[0]].values() if t is not c and id(t) not in gone
                   and _extends(t, words, etype) and t.type == etype]
        if len(targets) == 1:
            targets[0].mentions.extend(c.mentions)
            for w in words:
                by_word[w][id(targets[0])] = targets[0]
            gone.add(id(c))
    return [c for c in clusters if id(c) not in gone]


def _extends(long: Cluster, words: list[str], etype: str) -> bool:
    short, k = tuple(words), len(words)
    for n in dict.fromkeys(m.text for m in long.mentions):  # its names, as ``names`` has them
        core = _core_tuple(n)
        if len(core) <= k:
            continue
        if core[-k:] == short or (etype != "Person" and core[:k] == short):
            return True
    return False


def _place_by_guess(c: Cluster, longs: list[Cluster], words: list[str]) -> bool:
    """A "place" the tagger never called one, only the syntax ("in Brenn's view"), that is
    the surname of a person the article names in full: the person. One the tagger did call
    a place joins only when it acts ("Brenn had been", "Morrow's absence"): places rarely
    share a surname with the article's people, and then they are not its subjects."""
    if any(m.ner_type == "Place" for m in c.mentions) and not any(m.subject for m in c.mentions):
        return False
    return any(_core_words(n)[-1:] == words and len(_core_words(n)) > 1
               for t in longs if t.type == "Person" for n in t.names)


def _short_of(words: list[str], short_type: str, long: Cluster, article: bool, *,
              placeish: bool = False) -> bool:
    """Whether a one-word name is a short form of a longer cluster's name.

    Same type: the first word ("Orion" -> "Orion Motors") or, for people, the
    surname. A person's surname is claimed whatever type the tagger gave the short
    form ("Kovacs" tagged ORG is still Maria Kovacs).
    """
    long_type = None  # computed once, when a name of two words or more needs it
    for n in long.names:
        core = _core_words(n)
        if len(core) < 2:
            continue
        if long_type is None:
            long_type = long.type
        if long_type == "Person" and (core[-1:] == words or (short_type != "Place"
                                                            and core[:1] == words)):
            return True  # "Kovacs", and "Lin" of "Lin Bao" even when tagged ORG
        if long_type == "Person" and short_type != "Place" and len(core) > 2 \
                and words[0] in core[1:-1]:
            return True  # "Vanhanen" of "Ilkka Vanhanen Reis"
        if placeish or "'s " in n.replace("\u2019", "'"):
            continue  # "Veska" (a place) is not the "Veska Farmers Union" nor "Veska People's"
        if long_type == short_type and core[:1] == words and not _hyphen_after_first(n):
            return True
        if long_type == short_type == "Organization" and core[-1:] == words and article:
            return True  # "the Council" after "the Marlow City Council"
    return False


def _hyphen_after_first(name: str) -> bool:
    """"KDF-N" is a splinter of the "KDF", not a longer name of it."""
    return re.match(r"^[^\W\d_]+-", name.strip()) is not None


def _pick(cands: list[Cluster], position: int) -> Cluster | None:
    if not cands:
        return None
    before = [t for t in cands if t.first < position] or cands
    return max(before, key=lambda t: (len(t.mentions), -t.first))


def cluster_label(c: Cluster) -> str:
    """The fullest name: not an acronym nor a description joined to the group it stands
    for ("rebels"), most frequent, then longest."""
    names = c.names
    joined = {m.text for m in c.mentions if m.joined}
    full = ([n for n in names if not is_acronym(n) and n not in joined]
            or [n for n in names if not is_acronym(n)] or list(names))
    if c.type == "Person":
        return max(full, key=lambda n: (len(n.split()) > 1, names[n], len(n)))
    return max(full, key=lambda n: (names[n], _core_words(n) == normalise_name(n).split(),
                                    len(n.split()) > 1, len(n)))


#: Unions of the word lists above that tests read, made once (``A | B`` in a test
#: builds a new set at every call).
_DESCRIPTOR_OR_ROLE = ORG_DESCRIPTOR_NOUNS | ROLE_NOUNS
