"""Descriptions tied to the named body they stand for: one lexicon of description heads by
kind, one resolver, for the entity layer and the agent layer alike.

News names a body once and goes on with what it is: "the rebels", "the insurgents" after
"the Kelvar Liberation Front"; "government forces" after "the Lunet Armed Forces"; "the
regulator" after "the Vanta Competition Authority". Such a description is that body, when
the text gives the evidence, never guessed from nothing:

- the *kinds* (``DESCRIPTION_KINDS``): the words of a description of each kind and the
  test a name passes to be a body of that kind (``armed_name`` for fighters: a front, a
  movement, a militia, a liberation army, no state's own force; a state's armed body for
  "government troops"; the words of the name for "the regulator", "prosecutors");
- the *resolver* (``named_body``): the body of the kind a description stands for at a
  place in the text: the one the whole article gives (``nearest=False``: a group the text
  calls fighters, or the one armed-shaped group named more than once), or the one named
  last before the description (``nearest=True``, none when two are named in that
  sentence).

Three entry points use them: ``merge_fighter_descriptions`` joins the bare clusters at
clustering time (every mention, speaker and agent of "the rebels" is the named group);
``named_group_of(res, token)`` answers for one token ("the insurgents", "the regulator",
"the company", "the club"); kg.extract.described gives events whose agent is a description
their named body.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from spacy.tokens import Doc, Token

from kg.extract.lexicon import FIGHTER_NOUNS, FORCE_OWNERS, ORG_FAMILIES, OUTLET_WORDS

if TYPE_CHECKING:
    from kg.extract.clusters import Cluster
    from kg.extract.coref import Resolver

# ---------------------------------------------------------------- the lexicon

#: Words that call a group fighters ("a rebel alliance", "the insurgents", "X, a militia").
FIGHTER_WORDS = FIGHTER_NOUNS - {"warlord", "loyalist"} | frozenset({
    "guerilla", "insurgency", "rebellion", "armed", "militia"})
#: What the text may call an armed group ("X, a rebel faction", "the militants X").
ARMED_DESCRIPTORS = FIGHTER_WORDS | {"faction", "rebels", "insurgents", "militants"}
#: Heads of a bare description of one side's fighters ("the rebels", "surviving fighters").
SIDE_FIGHTERS = FIGHTER_NOUNS - {"warlord", "loyalist"} | frozenset({
    "guerilla", "fighter", "combatant", "gunman"})
#: Words in the name of an armed group that is not the state's own, wherever they stand
#: ("Kelvar Liberation Front", "Orrin Resistance Movement", "Dorran Patriotic Brigades").
ARMED_GROUP_WORDS = frozenset({"front", "movement", "movements", "militia", "militias",
                               "brigade", "brigades", "alliance", "liberation", "resistance",
                               "rebels", "insurgents", "mujahideen", "guerrillas",
                               "separatists", "militants", "jihadists", "legion",
                               "revolutionary", "battalion", "battalions", "faction"})
#: Last words of names that may be armed groups' or states' ("Free Veska Army").
ARMED_NAME_HEADS = ARMED_GROUP_WORDS | frozenset({"army", "forces", "force"})
#: Words that, with "army" or "forces", make a name an armed group's ("Popular Army").
ARMY_QUALIFIERS = frozenset({"popular", "people's", "peoples", "free", "islamic",
                             "patriotic", "revolutionary", "liberation", "democratic"})
#: Words in the name of the state's own forces or offices: never "the rebels".
STATE_WORDS = frozenset({"government", "ministry", "military", "police", "junta", "regime",
                         "navy", "armed", "gendarmerie", "guard", "command", "city",
                         "county", "municipal"})
#: Words a state's own force's name has beside its place ("the National Army of Veska").
STATE_NAME_WORDS = frozenset({"national", "royal", "federal", "defence", "defense",
                              "self-defence", "self-defense", "republican", "republic",
                              "state", "of", "the", "and", "air", "ground", "special"})
#: Words in the name of a state's armed body ("Lunet Armed Forces", "Vanta National Guard").
STATE_FORCE_WORDS = frozenset({"army", "armed", "military", "forces", "force", "navy", "guard",
                               "defence", "defense", "gendarmerie"})
#: Heads of a description of the state's men ("government troops", "security forces").
STATE_FORCE_DESCRIPTIONS = frozenset({"forces", "force", "troops", "soldiers"})

FIGHTERS = "fighters"
STATE_FORCES = "state forces"


class Kind(NamedTuple):
    """A kind of body a description may stand for: the heads of its descriptions and the
    words one of the names of bodies of that kind has (empty: a test of its own)."""

    heads: frozenset[str]
    name_words: frozenset[str] = frozenset()


def _kind(heads: tuple[str, ...], words: tuple[str, ...] = ()) -> Kind:
    return Kind(frozenset(heads), frozenset(words))


_REGULATOR = ("authority", "commission", "regulator", "regulatory", "agency", "inspectorate",
              "watchdog")
#: Description heads by kind. Fighters and the state's forces have their own name tests
#: (``armed_name``, ``_state_body``); the other kinds are bodies whose names have one of
#: the words ("the regulator": the "Vanta Competition Authority").
DESCRIPTION_KINDS: dict[str, Kind] = {
    FIGHTERS: Kind(SIDE_FIGHTERS),
    STATE_FORCES: Kind(STATE_FORCE_DESCRIPTIONS),
    "regulator": _kind(("regulator", "watchdog"), _REGULATOR),
    "prosecutors": _kind(("prosecutor", "prosecutors", "prosecution"),
                         ("prosecutor", "prosecutors", "prosecution", "attorney")),
    "inspectors": _kind(("inspector", "inspectors"), ("inspectorate", "agency", "authority")),
    "firefighters": _kind(("firefighters",), ("fire",)),
    "investigators": _kind(("investigators",),
                           ("investigation", "investigations", "investigative", "bureau")),
}
_FAMILY = "rebels"


def description_kind(label: str) -> str | None:
    """The kind of a description written in lower case ("rebels", "surviving fighters",
    "government troops", "regulator"), or None for a name or another description."""
    if not label or not label.islower():
        return None
    words = label.split()
    last = words[-1]
    if last in SIDE_FIGHTERS or last.rstrip("s") in SIDE_FIGHTERS \
            or last.endswith("men") and f"{last[:-3]}man" in SIDE_FIGHTERS:
        return FIGHTERS
    if len(words) > 1 and last in STATE_FORCE_DESCRIPTIONS and set(words[:-1]) & FORCE_OWNERS:
        return STATE_FORCES
    if len(words) == 1:
        return next((k for k, kind in DESCRIPTION_KINDS.items()
                     if kind.name_words and last in kind.heads), None)
    return None


def armed_name(label: str, descriptors: set[str] | tuple[str, ...] = (),
               places: frozenset[str] = frozenset()) -> bool:
    """Whether a name (or what the text calls it) says it is an armed group not the
    state's: "Kelvar Liberation Front", "Orrin Popular Army", "Free Veska Army", "X, a
    rebel group"; not "Lunet Armed Forces", "Veska Army", "Orrin Defence Army". ``places``
    are the words of place names, which make no group of their own ("Veska Army")."""
    if label.islower():
        return False
    words = [w.lower() for w in label.replace("\u2019", "'").replace("-", " ").split()]
    if set(words) & STATE_WORDS:
        return False
    if set(descriptors) & ARMED_DESCRIPTORS:
        return True  # "X, a militant group"
    if len(words) < 2:
        return False
    if set(words) & ARMED_GROUP_WORDS:
        return True
    if words[-1] not in ARMED_NAME_HEADS:
        return False
    if set(words) & ARMY_QUALIFIERS:
        return True
    own = [w for w in words[:-1] if w not in STATE_NAME_WORDS and w not in ARMED_NAME_HEADS
           and w not in places]
    return len(own) > 1  # "Veska Army" may be the state's; "Free Orrin Army" is not


def _state_body(label: str, descriptors: set[str]) -> bool:
    """Whether a name is a state's armed body ("Lunet Armed Forces", "Vanta Army")."""
    return not label.islower() and bool(set(label.lower().split()) & STATE_FORCE_WORDS) \
        and not armed_name(label, descriptors)


def _name_words(label: str) -> set[str]:
    return {w.removesuffix("'s").removesuffix("\u2019s") for w in label.lower().split()}


# ---------------------------------------------------------------- the resolver


def named_body(res: Resolver, kind: str, at: int, *, nearest: bool = True) -> str | None:
    """The named organisation a description of ``kind`` at token ``at`` stands for, or None.

    Fighters: with ``nearest``, the armed group named last before ``at`` (none when another
    is named in that sentence); without, the group the whole article gives (the one "the
    rebels" were joined to, else the one armed-shaped group named more than once). The
    state's forces and the other kinds: the one body of the kind named before ``at``."""
    if kind == FIGHTERS:
        return _nearest_group(res, at) if nearest else _fighters_group(res)
    table = res.table
    fits = DESCRIPTION_KINDS[kind].name_words
    found = set()
    for e in table.entities:
        if table.type_of(e.key) != "Organization" or e.label.islower():
            continue
        if kind == STATE_FORCES:
            if not _state_body(e.label, table.descriptors.get(e.key, set())):
                continue
        elif not fits & _name_words(e.label):
            continue
        if any(b < at for b, _ in table.mention_spans.get(e.key, [])):
            found.add(e.key)
    return found.pop() if len(found) == 1 else None


def named_group_of(res: Resolver, token: Token) -> str | None:
    """The named organisation a definite description stands for, or None: "the rebels" or
    "the insurgents" -> the group the article's fighters are; "the regulator", "the
    prosecutors" -> the one body of that kind named before; "the company", "the club",
    "the court", "the league" -> the body of that kind named just before (its name has the
    word, or the text called it so), else for a firm word the salient firm. A name the
    token is part of answers for itself."""
    key = res.table.at(token)
    if key is not None:
        entity = res.entities.get(key)
        if entity is None or entity.label != entity.label.lower():
            return key
    lemma = token.lemma_.lower()
    if lemma in FIGHTER_WORDS and token.tag_ == "NNS":
        return key if key is not None else named_body(res, FIGHTERS, token.i, nearest=False)
    kind = description_kind(" ".join([*(c.lower_ for c in token.children if c.i < token.i
                                           and c.dep_ in {"amod", "compound"}), token.lower_]))
    if kind is not None and kind != FIGHTERS:
        found = named_body(res, kind, token.i)
        if found is not None:
            return found
    return res.definite_org(token) or key


def _fighters_group(res: Resolver) -> str | None:
    """The article's one group that "the rebels" were joined to, else its one named group
    with an armed group's name, named more than once (see ``armed_group``); None when
    there are several."""
    orgs = [e for e in res.table.entities if res.table.type_of(e.key) == "Organization"
            and e.label != e.label.lower()]
    joined = [e.key for e in orgs if any(
        ORG_FAMILIES.get(a.split()[-1].lower()) == _FAMILY for a in e.aliases if a.islower())]
    if joined:
        return joined[0] if len(joined) == 1 else None
    shaped = [e.key for e in orgs if armed_name(e.label)
              and len(res.table.mention_spans.get(e.key, ())) > 1]
    return shaped[0] if len(shaped) == 1 else None


def _nearest_group(res: Resolver, at: int) -> str | None:
    """The armed group mentioned last before token ``at``; none when another is mentioned
    in the same sentence as it ("the Orrin Front and the Lunet Brigade met ... the rebels":
    either)."""
    before = [(i, k) for i, k in _armed_groups(res) if i < at]
    if not before:
        return None
    start, key = before[0]
    doc = res.doc
    here = res.sentence_of(doc[start])
    if any(k != key and res.sentence_of(doc[i]) == here for i, k in before):
        return None
    return key


def _armed_groups(res: Resolver) -> list[tuple[int, str]]:
    """(mention start, organisation) for each mention of an armed group, the latest first."""
    out = []
    for entity in res.table.entities:
        if res.table.type_of(entity.key) != "Organization" or not armed_name(
                entity.label, res.table.descriptors.get(entity.key, set())):
            continue
        out += [(start, entity.key) for start, _ in res.table.mention_spans.get(entity.key, [])]
    return sorted(out, reverse=True)


# ---------------------------------------------------------------- the entity layer


def merge_fighter_descriptions(doc: Doc, clusters: list[Cluster]) -> list[Cluster]:
    """Bare fighter descriptions ("rebels", "insurgents") join the named group they stand
    for, when the article names one (see ``armed_group``)."""
    bare = [c for c in clusters if c.type == "Organization" and _is_fighter_description(c)]
    if not bare:
        return clusters
    target = armed_group(doc, [c for c in clusters if c not in bare])
    if target is None:
        return clusters
    for c in bare:
        for m in c.mentions:
            m.joined = True
        target.mentions.extend(c.mentions)
    gone = {id(c) for c in bare}
    return [c for c in clusters if id(c) not in gone]


def armed_group(doc: Doc, clusters: list[Cluster]) -> Cluster | None:
    """The named group the article's fighters are: the one its words call fighters ("X, a
    rebel group", "rebel alliance X", "the X insurgents"), else the one armed-shaped name
    that is no state's and is named more than once (of several, the one named clearly
    most often)."""
    named = [c for c in clusters if c.type == "Organization" and _named(doc, c)]
    called = [c for c in named if any(_called_fighters(doc, m.start, m.end) for m in c.mentions)]
    joined = {t.i for c in called for m in c.mentions for t in _conjuncts(doc[m.end - 1])}
    called += [c for c in named if c not in called  # "X and Y, both rebel groups"
               and any(m.end - 1 in joined for m in c.mentions)]
    if len(called) == 1:
        return called[0]
    if called:
        return None  # two groups the text calls rebels: "the rebels" is either
    shaped = [c for c in named if _armed_shape(doc, c) and len(c.mentions) > 1]
    if len(shaped) == 1:  # named once, the group is only a guess for "the rebels"
        return shaped[0]
    if not shaped:
        return None
    counts = sorted((len(c.mentions) for c in shaped), reverse=True)
    best = max(shaped, key=lambda c: len(c.mentions))
    return best if counts[0] >= 2 * counts[1] and counts[0] >= 3 else None


def _is_fighter_description(c: Cluster) -> bool:
    return all(m.bare for m in c.mentions) and all(
        ORG_FAMILIES.get(n.split()[-1].lower()) == _FAMILY for n in c.names)


def _named(doc: Doc, c: Cluster) -> bool:
    """A cluster with a real name: not only descriptions, not a nationality ("Dornish
    rebels" are described, not named), not an outlet."""
    names = [n for n in c.names if n != n.lower()]
    if not names or all(m.common or _qualifier_word(doc, m.start, m.end) for m in c.mentions):
        return False
    return not any(n.split()[-1].lower() in OUTLET_WORDS for n in names)


def _qualifier_word(doc: Doc, start: int, end: int) -> bool:
    """A one-word nationality, people or region ("Dornish", "the Kelvari") that the
    tagger took for a name: it qualifies fighters, it does not name their group."""
    return end - start == 1 and doc[start].ent_type_ in {"NORP", "GPE", "LOC"}


def _called_fighters(doc: Doc, start: int, end: int) -> bool:
    """Whether the words around a mention call it fighters: a fighter word just before or
    after the name ("rebel group X", "the X rebels"; not across a verb or a preposition:
    "Insurgents attacked X", "rebels in X"), or in what is said of it ("X, an
    insurgent alliance", "X is a separatist movement")."""
    near = [doc[i] for i in (start - 1, start - 2, end) if 0 <= i < len(doc)]
    if start >= 2 and doc[start - 1].pos_ not in {"NOUN", "PROPN", "ADJ"}:
        near.remove(doc[start - 2])  # "Insurgents attacked X": X is what they attacked
    if any(t.lemma_.lower() in FIGHTER_WORDS and not t.ent_type_ for t in near):
        return True
    if end < len(doc) and doc[end].text == ",":  # ", a rebel group formed in ..."
        for t in doc[end + 1:end + 5]:
            if t.is_punct or t.pos_ in {"VERB", "AUX"}:
                break
            if t.lemma_.lower() in FIGHTER_WORDS:
                return True
    root = doc[end - 1]
    related = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        related.append(root.head)
    if root.dep_ in {"nsubj", "nsubjpass"} and root.head.lemma_ == "be":
        related += [c for c in root.head.children if c.dep_ == "attr"]
    for head in related:
        if start <= head.i < end:
            continue
        words = [head, *(c for c in head.children if c.dep_ in {"amod", "compound"})]
        if any(w.lemma_.lower() in FIGHTER_WORDS for w in words):
            return True
    return False


def _armed_shape(doc: Doc, c: Cluster) -> bool:
    """A name shaped as armed groups' names are and no state's own force (``armed_name``,
    the words of places aside: "Kelvar Liberation Front" yes; "Veska Armed Forces",
    "National Army", "Veska Army" no)."""
    for m in c.mentions:
        span = doc[m.start:m.end]
        places = frozenset(t.lower_ for t in span if t.ent_type_ == "GPE")
        if armed_name(span.text, places=places):
            return True
    return False

def _conjuncts(token: Token) -> list[Token]:
    """The names coordinated with ``token`` ("X and Y"), either way round."""
    out = [c for c in token.children if c.dep_ == "conj"]
    if token.dep_ == "conj":
        out.append(token.head)
    return out
