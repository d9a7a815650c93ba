"""Descriptions tied to the named group they stand for: "the rebels", "the insurgents",
"the militants" after "the Kelvar Liberation Front" are that front, not a body of their
own. The link is made, never guessed from nothing: the text must name a group that its
words call fighters ("X, a rebel movement", "rebel group X", "the X rebels"), or name
exactly one group shaped like an armed one, named more than once, that stands out
("... Liberation Front", "... Army" that is not a state's own army). With no such group
the description stays what it was (a bare body of the article, or nothing).

Two entry points: ``merge_fighter_descriptions`` joins the bare clusters at clustering
time (so every mention, speaker and agent of "the rebels" is the named group), and
``named_group_of(res, token)`` answers for one token ("the insurgents", "the company",
"the club") for the other stages.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from kg.extract.lexicon import ORG_FAMILIES, OUTLET_WORDS

if TYPE_CHECKING:
    from kg.extract.clusters import Cluster
    from kg.extract.coref import Resolver

#: Words that call a group fighters ("a rebel alliance", "the insurgents").
FIGHTER_WORDS = frozenset({"rebel", "separatist", "insurgent", "militant", "jihadist",
                           "guerrilla", "guerilla", "insurgency", "rebellion", "mutineer",
                           "paramilitary", "armed"})
#: Last words of the names of armed groups ("Kelvar Liberation Front", "Orrin Brigades").
ARMED_NAME_HEADS = frozenset({"front", "army", "movement", "movements", "militia", "militias",
                              "brigade", "brigades", "legion", "forces", "force", "alliance",
                              "mujahideen", "battalion", "battalions", "group", "council",
                              "coalition", "guard", "guards", "resistance", "tigers"})
#: Words that make an armed-shaped name a state's own ("the National Army of Veska").
STATE_NAME_WORDS = frozenset({"national", "royal", "federal", "armed", "defence", "defense",
                              "self-defence", "self-defense", "people", "people's", "peoples",
                              "republican", "republic", "state", "of", "the", "and", "air",
                              "ground", "special", "popular", "revolutionary", "guard"})
#: Heads a state's own forces have too: one word before them may be the state's name.
STATE_FORCE_HEADS = frozenset({"army", "forces", "force", "guard", "guards", "navy"})
_FAMILY = "rebels"


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


def named_group_of(res: Resolver, token: Token) -> str | None:
    """The named organisation a definite description stands for, or None: "the rebels" or
    "the insurgents" -> the group the article's fighters are; "the company", "the club",
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
        return key if key is not None else _fighters_group(res)
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
    shaped = [e.key for e in orgs if _armed_label(e.label)
              and len(res.table.mention_spans.get(e.key, ())) > 1]
    return shaped[0] if len(shaped) == 1 else None


def _armed_label(label: str) -> bool:
    words = label.replace("-", " ").split()
    if len(words) < 2 or words[-1].lower() not in ARMED_NAME_HEADS:
        return False
    own = [w for w in words[:-1] if w.lower() not in STATE_NAME_WORDS | ARMED_NAME_HEADS]
    return len(own) > (1 if words[-1].lower() in STATE_FORCE_HEADS else 0)


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
    after the name ("rebel group X", "the X rebels"), or in what is said of it ("X, an
    insurgent alliance", "X is a separatist movement")."""
    near = [doc[i] for i in (start - 1, start - 2, end) if 0 <= i < len(doc)]
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
    """A name that ends as armed groups' names do and is not a state's own force: some word
    before the head is neither a state word nor a place's ("Kelvar Liberation Front" yes;
    "Veska Armed Forces", "National Army" no)."""
    for m in c.mentions:
        words = [t for t in doc[m.start:m.end] if not t.is_punct]
        if len(words) < 2 or words[-1].lower_ not in ARMED_NAME_HEADS:
            continue
        own = [t for t in words[:-1] if t.lower_ not in STATE_NAME_WORDS
               and t.lower_ not in ARMED_NAME_HEADS and t.ent_type_ != "GPE"]
        if len(own) > (1 if words[-1].lower_ in STATE_FORCE_HEADS else 0):
            return True  # "Veska Army" may be the state's; "Free Veska Army" is not
    return False


def _conjuncts(token: Token) -> list[Token]:
    """The names coordinated with ``token`` ("X and Y"), either way round."""
    out = [c for c in token.children if c.dep_ == "conj"]
    if token.dep_ == "conj":
        out.append(token.head)
    return out
