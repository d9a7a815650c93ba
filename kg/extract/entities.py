"""Entities of one article: NER mentions cleaned, typed by document evidence, and
clustered (acronyms, short forms, "X Province" variants; ``kg.extract.clusters``) into one
entity each.

Beyond the tagger's names: the dateline's place, organisations named by common nouns
("the health ministry", "Orrin's navy", "junta spokesman"; see ``is_description``), names
that a role introduces ("said spokesman X Y"), acronyms defined in brackets, and places
given away by the syntax ("fighting in X").

The result is an ``EntityTable``: the entities, and for every token inside a
mention the key of its entity, so that later extractors can ask "which entity is
this token?" in constant time. Pronouns and descriptions are resolved by
``kg.extract.coref`` on top of this table.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.strings import get_string_id
from spacy.symbols import ADJ, NOUN, PROPN
from spacy.tokens import Doc, Span, Token

from kg.extract.clusters import (
    DEFINING_WEIGHT,
    EVIDENCE_WEIGHT,
    NER_WEIGHT,
    Cluster,
    Mention,
    cluster,
    cluster_label,
    is_acronym,
)
from kg.extract.descriptions import ARMED_NAME_HEADS
from kg.extract.drafts import text_of, tokens_text
from kg.extract.headlines import confirm_headline_names
from kg.extract.kind_lists import kind_list_mentions
from kg.extract.layout import find_dateline
from kg.extract.lexicon import (
    ADDRESSED_ROLES,
    BARE_ORG_HEADS,
    CARRIER_NOUNS,
    COMMON_ORG_COMPOUNDS,
    COMMON_ORG_HEADS,
    EVENT_NAME_NOUNS,
    EVENT_TRIGGERS,
    FUNCTION_HEADS,
    GROUP_MEMBER_HEADS,
    GROUPS_OF_GROUPS,
    HONORIFICS,
    ORG_DESCRIPTOR_NOUNS,
    ORG_NAME_NOUNS,
    OUTLET_WORDS,
    PERSON_RANKS,
    PLACE_ACRONYMS,
    PLACE_NOUNS,
    PLACE_PREPS,
    PLURAL_ORG_HEADS,
    PORTFOLIO_WORDS,
    POST_HOLDER_NOUNS,
    REPORT_NOUNS,
    REPORTING_VERBS,
    ROLE_NOUNS,
    STATE_ADJECTIVES,
    TITLES,
    TOWN_QUARTER_NOUNS,
    UNIT_NAMES,
    WEAK_PLACE_PREPS,
    demonym_of,
)
from kg.extract.of_places import of_places
from kg.extract.offices import posts_of_places
from kg.extract.particle_places import particle_places
from kg.extract.place_kinds import spread_kind
from kg.extract.placetype import placed_mentions, settle_place_names
from kg.extract.platforms import platform_mentions
from kg.extract.teams import club_mentions, cut_scores, person_surnames, vote_club
from kg.extract.tokens import arrays_of, indices_with, sent_of, tokens_with
from kg.extract.towns import held_mentions, town_mentions, vote_town
from kg.iri import normalise_name
from kg.records import Entity
from kg.records import Span as CharSpan

#: spaCy entity label -> our type (NORP only as a proper noun: "the Kelvaris", not "Spanish").
NER_TYPES = {"PERSON": "Person", "ORG": "Organization", "NORP": "Organization",
             "GPE": "Place", "LOC": "Place", "FAC": "Place"}
#: Heads of "the N of X" that make X a place ("residents of X", "the capital of X").
PLACE_OF_HEADS = frozenset({"resident", "people", "citizen", "capital", "outskirt", "part",
                            "north", "south", "east", "west", "centre", "center", "heart",
                            "street", "governor", "mayor", "border", "city", "province",
                            "town", "village", "region", "district", "state", "country",
                            "stronghold", "suburb", "port", "county"})
#: What a country has ("Veska's president", "Veska's navy"): a one-word possessor is a place.
STATE_POSSESSIONS = PLACE_OF_HEADS | {"president", "government", "army", "military", "navy",
                                      "parliament", "economy", "premier", "prime", "king",
                                      "coast", "territory", "airspace"} | {
    # a state's offices and envoys ("Belmora's foreign minister", "Veska's ambassador")
    "minister", "ministry", "ambassador", "envoy", "embassy", "consulate"} | {
    # what a town has ("Orrin's international airport", "Orrin's streets")
    "airport", "harbour", "harbor", "seaport", "outskirts", "streets", "suburbs",
    "residents", "inhabitants", "population", "neighbourhoods", "neighborhoods"}
#: What a state has, as "the N of X" ("the government of Zerovia", "the army of X"): a
#: one-word X is the country (a body's own "president of the X Union" is not).
STATE_OF_HEADS = frozenset({"government", "army", "military", "navy", "parliament",
                            "king", "queen", "premier", "economy", "territory", "airspace",
                            "sovereignty", "embassy", "consulate", "constitution",
                            "minister", "ambassador", "envoy"})
#: Titles only a state gives: "Prime Minister Y of X" makes a one-word X the country
#: ("President Y of X" may be a firm's president).
STATE_TITLE_WORDS = frozenset({"minister", "premier", "king", "queen", "ambassador",
                               "chancellor", "envoy"})
#: Posts only a body has (a person has a spokesman, a lawyer or a coach, not a chief
#: executive): "X's chief executive Y" makes X an organisation.
BODY_ONLY_ROLES = frozenset({"executive", "ceo", "cfo", "coo", "chairman", "chairwoman",
                             "chairperson", "treasurer", "founder", "co-founder", "board",
                             "shareholder", "director-general", "secretary-general"})
#: Descriptors that fit people as well as firms ("rival Orion", "his rival Ana Brandt").
SHARED_DESCRIPTORS = frozenset({"rival", "competitor", "developer", "operator", "provider",
                                "supplier", "maker", "giant", "team"})
#: Verbs whose object is ground ("liberated X", "overran X"); not "captured", "took" or
#: "held", which people and things undergo too.
TERRITORY_VERBS = frozenset({"liberate", "overrun", "occupy", "retake", "recapture", "annex",
                             "reclaim", "conquer", "encircle", "besiege", "shell", "bombard",
                             "evacuate", "invade", "retook", "retaken", "overran"})
#: Verbs whose object is ground one goes into ("troops entered X", "stormed X"), beside
#: those that take it: a name they take is a place unless it names a body by its kind.
ENTERING_VERBS = frozenset({"enter", "re-enter", "reenter", "storm", "encircle", "surround",
                            "blockade"})
#: Nouns of what a place is held under ("X remains under rebel control", "under siege").
HELD_UNDER_NOUNS = frozenset({"siege", "control", "occupation", "blockade", "bombardment",
                              "shelling", "curfew"})
#: Last words of outlets' names ("Kesta Daily", "the Marlow Chronicle").
OUTLET_NAME_HEADS = OUTLET_WORDS | {"daily", "weekly", "chronicle", "telegraph", "observer",
                                    "monitor", "dispatch", "bulletin", "broadcasting"}
#: Prepositions of a destination ("retreated to X"), a place when the verb is one of motion.
DESTINATION_PREPS = frozenset({"to", "toward", "towards", "into"})
#: Verbs of motion, from the movement triggers ("flee", "retreat", "advance", "head").
MOTION_VERBS = frozenset(w for w, kind in EVENT_TRIGGERS.items() if kind == "MovementEvent")
#: Nouns whose "in X" names a company, not a place ("shares in X", "a stake in X").
HOLDING_NOUNS = frozenset({"share", "stake", "investment", "holding", "interest", "stock"})
#: First words that make a name a place ("Port Elin", "Mount Orda").
PLACE_NAME_HEADS = frozenset({"port", "fort", "mount", "mt", "lake", "cape", "gulf", "bay",
                              "isle", "island", "point", "glen", "camp"})
#: Journalists' jobs: the name that qualifies one ("a Harbour reporter") may be an outlet's.
NEWSROOM_NOUNS = frozenset({"reporter", "correspondent", "journalist", "editor", "presenter",
                            "anchor", "columnist", "photographer", "cameraman", "producer"})
#: Nouns that say a name is a public or private body, beside ``ORG_DESCRIPTOR_NOUNS``, as
#: a descriptor only ("X, the independent body that runs the vote"): "the body" or "the
#: board" alone are no description of a group.
BODY_DESCRIPTOR_NOUNS = frozenset({"body", "authority", "commission", "watchdog",
                                   "regulator", "institute", "institution", "foundation",
                                   "association", "federation", "board", "organ", "tribunal",
                                   "consortium", "cooperative", "syndicate", "broadcaster"})
MAX_NAME_TOKENS = 8
#: Nouns after "news" after a name that make it an outlet ("the Orsa news agency
#: reported"); not "newspaper" nor "daily": "a Lagos newspaper" is a place's.
OUTLET_AFTER_NOUNS = frozenset({"agency", "service", "website", "outlet", "network"})
#: Last words of a publication's title the tagger calls a work ("the Harbour Daily News").
PUBLICATION_WORDS = frozenset({"news", "times", "post", "journal", "herald", "tribune",
                               "gazette", "courier", "daily", "telegraph", "chronicle",
                               "observer", "express", "mail", "standard", "monitor"})
_QUOTES = "\"'\u2018\u2019\u201c\u201d`"


@dataclass(slots=True)
class EntityTable:
    """The entities of a document and the entity of every mention token."""

    entities: list[Entity]
    token_entity: dict[int, str]
    mention_spans: dict[str, list[tuple[int, int]]]  # key -> token ranges
    types: dict[str, str]
    descriptors: dict[str, set[str]] = field(default_factory=dict)  # key -> "firm", "group" …

    def at(self, token: Token) -> str | None:
        return self.token_entity.get(token.i)

    def type_of(self, key: str | None) -> str | None:
        return self.types.get(key) if key else None

    def add(self, kind: str, label: str, aliases: tuple[str, ...] = ()) -> Entity:
        """A new entity of type ``kind`` (its key the next ``e<n>``), with no mention yet."""
        entity = Entity(key=f"e{len(self.entities) + 1}", type=kind, label=label,
                        aliases=aliases)
        self.entities.append(entity)
        self.types[entity.key] = kind
        return entity

    def place_labelled(self, label: str) -> str | None:
        """The key of the Place whose label is ``label`` exactly, if the table has one."""
        return next((e.key for e in self.entities if e.label == label
                     and self.type_of(e.key) == "Place"), None)

    def map(self, key: str, start: int, end: int) -> None:
        """Tokens ``[start, end)`` that no entity holds yet become one mention of ``key``."""
        free = [i for i in range(start, end) if i not in self.token_entity]
        for i in free:
            self.token_entity[i] = key
        if free:
            self.mention_spans.setdefault(key, []).append((free[0], free[-1] + 1))

    def in_range(self, start: int, end: int) -> list[str]:
        """Entity keys with a mention inside tokens ``[start, end)``, in text order."""
        seen: dict[str, int] = {}
        for i in range(start, end):
            key = self.token_entity.get(i)
            if key and key not in seen:
                seen[key] = i
        return sorted(seen, key=seen.get)


def entity_table(doc: Doc) -> EntityTable:
    """Find, clean, type and cluster the named entities of ``doc``."""
    mentions = [m for ent in _joined_at_of(doc) for comma in _comma_parts(ent)
                for split in _dash_parts(comma) for owned in _owner_parts(split)
                for part in _place_parts(owned)
                if (m := _clean(part)) is not None]
    cut_scores(doc, mentions)
    posts_of_places(doc, mentions)
    mentions += _publications(doc)
    mentions += platform_mentions(doc, mentions)
    mentions += _unlabelled_organisations(doc, mentions)
    mentions += club_mentions(doc, mentions)
    _people_by_role(doc, mentions)
    _trim_headline_people(doc, mentions)
    mentions += _missed_surnames(doc, mentions)
    mentions += _unlabelled_speakers(doc, mentions)
    mentions += _people_by_post(doc, mentions)
    mentions += _unlabelled_places(doc, mentions)
    mentions += town_mentions(doc, mentions, _tagged(doc))
    mentions += held_mentions(doc, mentions)
    mentions += placed_mentions(doc, mentions)
    mentions += _unlabelled_conjuncts(doc, mentions)
    mentions += _unlabelled_org_conjuncts(doc, mentions)
    mentions += _dateline_mentions(doc, mentions)
    mentions += _council_towns(doc, mentions)
    _extend_over_nationality(doc, mentions)
    _extend_apposed_bodies(doc, mentions)
    mentions += _common_noun_organisations(doc, mentions)
    mentions += _forces_of_people(doc, mentions)
    mentions = [m for m in mentions if not _demonym(doc, m) and not _role_word(doc, m)
                and not _demonym_before_role(doc, m, mentions)]
    mentions = confirm_headline_names(doc, mentions)
    surnames = person_surnames(mentions)
    for m in mentions:
        _vote(doc, m)
        vote_club(doc, m, surnames)
        vote_town(doc, m, surnames)
        m.product = _names_a_product(doc, m) or _product_by_use(doc, m)
    _vote_demonyms(doc, mentions)
    _vote_short_bodies(mentions)
    _vote_councils_towns(mentions)
    mentions = kind_list_mentions(doc, mentions)  # "the A and B bridges": two places
    _vote_conjuncts(doc, mentions)
    mentions = of_places(doc, mentions)
    mentions = particle_places(doc, mentions, _lone_speaker)
    settle_place_names(doc, mentions, surnames, _lone_speaker)
    clusters = cluster(doc, mentions)
    return _table(clusters)


# ------------------------------------------------------------------ mentions


_DASHES = frozenset({"-", "\u2013", "\u2014", "--"})


def _dash_parts(ent: Span) -> list[Span]:
    """"based in Orrin - Halvik Motors": a dash between spaces parts two names the tagger
    ran together ("Orrin-Tesk" and "Orrin -Tesk" stay whole)."""
    texts = arrays_of(ent.doc).text  # a Token only of a dash
    cuts = [i for i in range(ent.start + 1, ent.end - 1) if texts[i] in _DASHES
            and ent.doc[i].whitespace_ and ent.doc[i - 1].whitespace_]
    if not cuts:
        return [ent]
    bounds = [ent.start, *cuts, ent.end]
    return [Span(ent.doc, a + (a != ent.start), b, label=ent.label_)
            for a, b in zip(bounds, bounds[1:], strict=False) if b > a + (a != ent.start)]


#: Words after a comma that belong to a company's name ("Delta Grain, Inc.").
_NAME_SUFFIXES = frozenset({"inc", "ltd", "llc", "llp", "co", "corp", "plc", "ag", "sa",
                            "nv", "gmbh", "limited", "incorporated"})


def _comma_parts(ent: Span) -> list[Span]:
    """"a spokeswoman for Delta Grain, Ilse Morrow, said": an organisation the tagger ran
    on over a comma into the person set in apposition after it is the organisation, then
    the person (two or three capitalised words closed by a second comma or by "and" in a
    list; "Delta Grain, Inc." and "Orrin, Veska" stay whole)."""
    if ent.label_ != "ORG" or len(ent) < 4:
        return [ent]
    doc = ent.doc
    comma = next((t.i for t in ent[1:-2] if t.text == ","), None)
    if comma is None or ent.end >= len(doc) or doc[ent.end].lower_ not in {",", "and"}:
        return [ent]
    person = doc[comma + 1:ent.end]
    if not 2 <= len(person) <= 3 or any(
            t.pos_ != "PROPN" or not t.text[:1].isupper() or not t.is_alpha
            or t.lower_ in _NAME_SUFFIXES or t.lower_ in ORG_NAME_NOUNS for t in person):
        return [ent]
    return [Span(doc, ent.start, comma, label="ORG"),
            Span(doc, comma + 1, ent.end, label="PERSON")]


#: Prepositions that end a name and open a place inside one span of the tagger's ("the
#: Ministry of Health in Kelvar"); never part of an organisation's name.
_LOCATING_PREPS = frozenset({"in", "at", "near", "on"})
#: Words a name may end on only when the next name completes it ("the Republic of").
_OPEN_LINKS = frozenset({"of", "for"})


def _joined_at_of(doc: Doc) -> list[Span]:
    """"the Republic of | Veska", "the Bank of | Orrin": a span the tagger ended on "of"
    right before another name is one name with it."""
    ents, out, n = list(arrays_of(doc).ents), [], 0
    while n < len(ents):
        ent = ents[n]
        nxt = ents[n + 1] if n + 1 < len(ents) else None
        if (len(ent) > 1 and ent[-1].lower_ in _OPEN_LINKS and nxt is not None
                and nxt.start == ent.end and nxt.label_ in NER_TYPES):
            out.append(Span(doc, ent.start, nxt.end, label=ent.label_))
            n += 2
            continue
        out.append(ent)
        n += 1
    return out


#: Possessors that are part of a body's name ("the People's Party", "Workers' Union").
_NAME_POSSESSORS = frozenset({"people", "workers", "women", "children", "farmers", "citizens",
                              "men", "nation", "nations", "martyrs", "youth", "veterans",
                              "students", "soldiers", "mothers", "teachers", "god", "lord",
                              "queen", "king", "world", "everyone"})


def _owner_parts(ent: Span) -> list[Span]:
    """"Kismaro's Dalweyn Radio": a one-word name in the possessive that opens a span of the
    tagger's, before a name of several words with a body's last word, is the owner (a
    place, mostly), then the body ("the Coast People's Fishing Cooperative" stays whole)."""
    doc = ent.doc
    first = ent[0] if ent[0].lower_ != "the" or len(ent) < 2 else ent[1]
    pos = first.i + 1
    if pos >= ent.end - 2 or doc[pos].tag_ != "POS" or first.pos_ != "PROPN" \
            or first.lower_ in _NAME_POSSESSORS or not first.text[:1].isupper():
        return [ent]
    last = ent[-1].lower_
    if last not in ORG_NAME_NOUNS and last not in OUTLET_WORDS:
        return [ent]
    return [Span(doc, first.i, pos, label="GPE"), Span(doc, pos + 1, ent.end, label="ORG")]


def _place_parts(ent: Span) -> list[Span]:
    """"the Ministry of Health in Kelvar": a name the tagger ran on over a locating
    preposition is the name, then the place; a dangling preposition is dropped ("the
    Museum of Art in")."""
    arrays = arrays_of(ent.doc)  # the words' forms, with no Token of each
    lowers, texts = arrays.lower, arrays.text
    last = ent.end - 1
    if len(ent) > 1 and lowers[last] in _LOCATING_PREPS and texts[last].islower():
        return [Span(ent.doc, ent.start, ent.end - 1, label=ent.label_)]
    for i in range(ent.start + 1, ent.end - 1):
        if lowers[i] in _LOCATING_PREPS and texts[i].islower() and texts[i + 1][:1].isupper():
            return [Span(ent.doc, ent.start, i, label=ent.label_),
                    Span(ent.doc, i + 1, ent.end, label="GPE")]
    return [ent]


def _publications(doc: Doc) -> list[Mention]:
    """"the Harbour Daily News quoted him": a title the tagger took for a work of art that
    ends like a publication's name is the outlet."""
    out = []
    for ent in arrays_of(doc).ents:
        if ent.label_ != "WORK_OF_ART" or ent[-1].lower_ not in PUBLICATION_WORDS:
            continue
        tokens = [t for t in ent if t.lower_ != "the" and t.text not in _QUOTES]
        if len(tokens) > 1 and all(t.text[:1].isupper() for t in tokens):
            out.append(Mention(tokens[0].i, tokens[-1].i + 1,
                               doc[tokens[0].i:tokens[-1].i + 1].text, "Organization"))
    return out


def _verb_of_name(last: Token, before: list[Token]) -> bool:
    """Whether the last word of a name the tagger found is the verb the name is the
    subject of ("[Delta Grain named] Lars Okafor as chief executive"), not a word of the
    name ("United We Stand"), which names nothing it governs."""
    return last.pos_ == "VERB" and last.text.islower() and any(
        t.head.i == last.i and t.dep_ in {"nsubj", "nsubjpass"} for t in before)


def _clean(ent: Span) -> Mention | None:
    """Strip determiners, titles, possessives and quotes; None when nothing name-like is left."""
    ner_type = NER_TYPES.get(ent.label_)
    if ner_type is None:
        return None
    if ent.label_ == "NORP" and _based_after(ent.doc, ent.end):
        ner_type = "Place"  # "the Orrin-based institute": the tagger's "nationality" is a town
    elif ent.label_ == "NORP" and not _norp_is_group(ent):
        return None
    tokens = _cut_at_break(list(ent))
    prev = ent.doc[ent.start - 1] if ent.start > 0 else None
    titled = prev is not None and prev.lower_.rstrip(".") in TITLES
    article = (prev is not None and prev.lower_ == "the") or tokens[0].lower_ == "the"
    while tokens and (tokens[0].lower_ in {"the", "a", "an"} or tokens[0].text in _QUOTES
                      or (ner_type == "Person" and _is_title(tokens)
                          and not _courtesy_surname(ent.doc, tokens))):
        titled = titled or tokens[0].lower_.rstrip(".") in TITLES
        tokens.pop(0)
    descriptors = []
    while (len(tokens) > 1 and tokens[0].lower_ in _DESCRIPTOR_OR_ROLE
           and tokens[1].pos_ == "PROPN" and tokens[1].text[:1].isupper()):
        descriptors.append(tokens.pop(0).lower_)  # "Retailer Voltiq" is Voltiq
    while tokens and (tokens[-1].tag_ == "POS" or tokens[-1].is_punct
                      or tokens[-1].text in _QUOTES or tokens[-1].dep_ == "cc"):
        tokens.pop()  # "Orrin's", "Orrin and" (the tagger's span ran into the conjunction)
    while len(tokens) > 1 and _hyphen_opens(ent.doc, tokens[-1]):
        tokens.pop()  # "Delta Grain co-founder": the tagger ended the name inside "co-founder"
    while len(tokens) > 1 and _verb_of_name(tokens[-1], tokens[:-1]):
        tokens.pop()  # "[Delta Grain named] X as chief": the tagger ran into the verb
    while (ner_type == "Place" and len(tokens) > 1 and tokens[0].lower_ in REGION_WORDS
           and tokens[0].text.islower()):
        tokens.pop(0)  # "northern Kelvar" is a part of Kelvar ("North Kelvar" is a name)
    tokens = _complete_title(ent.doc, tokens, ner_type)
    tokens = _join_hyphenated_acronym(ent.doc, tokens)
    place_noun = False
    if len(tokens) > 1 and tokens[-1].lower_ in PLACE_NOUNS and tokens[-1].text.islower():
        tokens.pop()  # "Sarova province" is Sarova
        place_noun = True
    if not tokens or len(tokens) > MAX_NAME_TOKENS:
        return None
    start, end = tokens[0].i, tokens[-1].i + 1
    text = tokens_text(ent.doc, start, end).strip()
    if not any(c.isupper() for c in text) or not any(c.isalpha() for c in text):
        return None
    if "\n" in text or text.lower() in UNIT_NAMES:
        return None
    if tokens[-1].lower_ in EVENT_NAME_NOUNS:
        return None
    if _title_object(ent.doc, tokens) or _portfolio(ent.doc, tokens[0].i, tokens[-1].i + 1):
        return None
    root = tokens[-1]
    subject = root.dep_ in {"nsubj", "nsubjpass", "poss"} or (
        root.dep_ in {"compound", "appos"} and root.head.dep_ in {"nsubj", "nsubjpass"})
    common = end - start == 1 and tokens[0].lemma_.lower() in COMMON_ORG_HEADS
    m = Mention(start, end, text, ner_type, titled=titled, subject=subject,
                article=article or common, common=common, bare=common)
    m.descriptors = tuple(descriptors)
    if place_noun:
        m.votes["Place"] += EVIDENCE_WEIGHT
    return m


#: Participles glued to a place's name by a hyphen ("Orrin-based", "Kelvar-headquartered").
_SEAT_PARTICIPLES = frozenset({"based", "headquartered", "registered", "born"})


def _based_after(doc: Doc, end: int) -> bool:
    """"-based" right after the name, hyphen and word unspaced."""
    return (end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_
            and not doc[end].whitespace_ and doc[end + 1].lower_ in _SEAT_PARTICIPLES)


def _hyphen_opens(doc: Doc, token: Token) -> bool:
    """A lower-case word glued to a hyphen and the word after it ("co-", "vice-", "ex-")."""
    i = token.i
    return (token.text.islower() and not token.whitespace_ and i + 2 < len(doc)
            and doc[i + 1].text == "-" and not doc[i + 1].whitespace_ and doc[i + 2].is_alpha)


def _courtesy_surname(doc: Doc, tokens: list[Token]) -> bool:
    """"Mr. King", "Ms. Bishop": a lone title word after a courtesy title is a surname
    (not "Mr. President", a role said in address)."""
    word = tokens[0]
    return (len(tokens) == 1 and word.i > 0 and word.lower_ not in ADDRESSED_ROLES
            and doc[word.i - 1].lower_.rstrip(".") in HONORIFICS)


def _is_title(tokens: list[Token]) -> bool:
    """Whether the first token is a title: "Prime" only before "Minister" (it is also a name)."""
    word = tokens[0].lower_.rstrip(".")
    if word in TITLE_ONLY_BEFORE:
        return len(tokens) > 1 and tokens[1].lower_ in TITLE_ONLY_BEFORE[word]
    return word in TITLES


#: Title words that are titles only before certain words ("Prime Minister", "Vice President").
TITLE_ONLY_BEFORE = {"prime": {"minister"}, "vice": {"president", "chairman", "premier"}}


def _complete_title(doc: Doc, tokens: list[Token], ner_type: str) -> list[Token]:
    """"Office of the Vice | President": a body's name the tagger cut inside a title that
    only its next word completes takes that word back."""
    if ner_type != "Organization" or len(tokens) < 2 or tokens[-1].i + 1 >= len(doc):
        return tokens
    nxt = doc[tokens[-1].i + 1]
    if nxt.lower_ in TITLE_ONLY_BEFORE.get(tokens[-1].lower_, ()) and nxt.text[:1].isupper():
        return [*tokens, nxt]
    return tokens


def _join_hyphenated_acronym(doc: Doc, tokens: list[Token]) -> list[Token]:
    """"KDF-N", "ALM-IO": an acronym the tagger cut at a hyphen takes the capitals after it
    back (a splinter group is not its parent); "US-UK" stays two names."""
    if not tokens or not is_acronym(tokens[-1].text):
        return tokens
    i = tokens[-1].i
    if (i + 2 < len(doc) and doc[i + 1].text == "-" and not doc[i].whitespace_
            and not doc[i + 1].whitespace_ and doc[i + 2].text.isupper()
            and doc[i + 2].text.isalpha() and doc[i + 2].ent_iob_ != "B"):
        return [*tokens, doc[i + 1], doc[i + 2]]
    return tokens


#: Words that end a title rather than name a body ("Secretary of State", "Chief of Staff").
TITLE_OBJECTS = frozenset({"state", "staff", "defence", "defense", "justice", "interior",
                           "finance", "the interior", "foreign affairs", "home affairs"})


def _title_object(doc: Doc, tokens: list[Token]) -> bool:
    """"Secretary of State Y": the name after "of" ends the title."""
    text = " ".join(t.lower_ for t in tokens)
    start = tokens[0].i
    return (text in TITLE_OBJECTS and start > 1 and doc[start - 1].lower_ == "of"
            and doc[start - 2].lower_.rstrip(".") in TITLES | ROLE_NOUNS)


#: Titles whose portfolio a name may be ("Home Affairs Minister Y", "Minister of Y Z").
PORTFOLIO_TITLES = frozenset({"minister", "secretary", "commissioner", "ministers"})


def _portfolio(doc: Doc, start: int, end: int) -> bool:
    """"Home Affairs Minister Ana Brandt", "Minister of Territorial Development Ana Brandt":
    the words between a minister's title and name are the portfolio, not a body (an
    acronym or a place before the title is one: "EU Commissioner Y")."""
    words = doc[start:end]
    if words[-1].lower_ not in PORTFOLIO_WORDS or any(
            t.ent_type_ in {"GPE", "NORP", "LOC"} for t in words):
        return False
    before = doc[start - 2:start] if start > 1 else None
    after_title = (before is not None and before[1].lower_ == "of"
                   and before[0].lower_ in PORTFOLIO_TITLES)
    if after_title:
        return end < len(doc) and doc[end].pos_ == "PROPN"
    return (end + 1 < len(doc) and doc[end].lower_ in PORTFOLIO_TITLES
            and doc[end + 1].pos_ == "PROPN")


def _cut_at_break(tokens: list[Token]) -> list[Token]:
    """Keep the name before a possessive or a bracket inside the entity ("Orion's CEO"),
    and the name beside a headline's verb ("Moreno Says …", "… Say Kelvar Officials")."""
    while len(tokens) > 1 and tokens[0].text in HEADLINE_VERBS:
        tokens = tokens[1:]
    for n, t in enumerate(tokens):
        if n and t.text in {"(", ")", "[", "]"} | HEADLINE_VERBS:
            return tokens[:n]
        if n and t.tag_ == "POS" and not _name_goes_on(tokens, n):
            return tokens[:n]
    return tokens


#: Reporting verbs as a Title Case headline writes them: never part of a name the tagger
#: runs them into ("Haddad Slams Rival's Budget", "Unions Warn, Say Kelvar Officials").
HEADLINE_VERBS = frozenset({
    "Says", "Say", "Said", "Tells", "Warns", "Warn", "Claims", "Slams", "Slam", "Blasts",
    "Urges", "Urge", "Vows", "Vow", "Denies", "Deny", "Accuses", "Accuse", "Rejects",
    "Calls", "Attacks", "Defends", "Backs", "Praises", "Criticizes", "Criticises",
    "Insists", "Admits", "Demands", "Threatens", "Announces", "Pledges", "Concedes",
    "Dismisses", "Insist", "Reveals", "Confirms",
})


def _name_goes_on(tokens: list[Token], n: int) -> bool:
    """"Coast People's Fishing Cooperative": after the possessive the name goes on in
    capitals to an organisation word; "Orion's CEO" is a name and a role."""
    rest = tokens[n + 1:]
    while rest and (rest[-1].tag_ == "POS" or rest[-1].is_punct):
        rest = rest[:-1]
    return (len(rest) > 0 and rest[0].text[:1].isupper()
            and all(t.text[:1].isupper() or t.lower_ in _NAME_LINKS for t in rest)
            and any(t.lower_ in _NESTED_NAME_HEADS for t in rest)
            and not any(t.lower_ in ROLE_NOUNS or t.lower_ in TITLES for t in rest))


_NAME_LINKS = frozenset({"of", "and", "the", "for", "de", "&"})
_NESTED_NAME_HEADS = ORG_NAME_NOUNS | {"republic", "cooperative", "liberation", "democratic"}


def _unlabelled_organisations(doc: Doc, found: list[Mention]) -> list[Mention]:
    """Proper-noun runs the tagger missed that name an organisation by their form:
    "Orion Motors" (an organisation word at the end), "battery maker Voltic" (a
    descriptor before)."""
    covered = {i for m in found for i in range(m.start, m.end)}
    covered |= _tagged(doc)  # a firm the tagger took for a title ("Tesk Foods") is free
    # Read each token's text and tag once: ``doc[i]`` makes a new Token at every call.
    texts = arrays_of(doc).text
    propn = [p == PROPN for p in arrays_of(doc).pos]
    acronym = [w.isupper() and is_acronym(w) for w in texts]  # an acronym is upper case
    out, i = [], 0
    while i < len(doc):
        if acronym[i] and i not in covered and _acting_acronym(doc, i, i + 1):
            out.append(Mention(i, i + 1, texts[i], "Organization"))
            i += 1
            continue
        if acronym[i] and not covered & {i, i + 2} \
                and len(_join_hyphenated_acronym(doc, [doc[i]])) == 3:
            out.append(Mention(i, i + 3, doc[i:i + 3].text, "Organization"))
            i += 3
            continue
        if not propn[i] or i in covered or not texts[i][:1].isupper():
            i += 1
            continue
        j = i
        while j < len(doc) and propn[j] and j not in covered:
            j += 1
        prev = doc[i - 1] if i > 0 else None
        by_form = doc[j - 1].lower_ in ORG_NAME_NOUNS and j - i > 1
        by_descriptor = prev is not None and prev.lemma_.lower() in ORG_DESCRIPTOR_NOUNS \
            and prev.pos_ == "NOUN" and doc[i].lower_.rstrip(".") not in ROLE_NOUNS | TITLES
        if (by_form or by_descriptor) and not _portfolio(doc, i, j):
            out.append(Mention(i, j, doc[i:j].text, "Organization"))
        i = j
    return out


#: Nouns whose "in X" names an outlet, not a place ("a report in X", "an op-ed in X").
PUBLISHED_IN_NOUNS = REPORT_NOUNS | CARRIER_NOUNS | {"article", "piece", "op-ed", "editorial",
                                                      "column", "ad", "advert", "headline"}
#: Heads of "the N of X" that make an untagged X a settlement ("the town of Orrin").
SETTLEMENT_HEADS = frozenset({"town", "city", "village", "province", "region", "district",
                              "outskirts", "port", "county", "state", "capital", "stronghold",
                              "favela", "slum", "shantytown", "township", "neighbourhood",
                              "neighborhood", "suburb"})
#: Months and days, which end a run of proper nouns ("in Orrin January 9").
CALENDAR_WORDS = frozenset({"january", "february", "march", "april", "may", "june", "july",
                            "august", "september", "october", "november", "december",
                            "monday", "tuesday", "wednesday", "thursday", "friday",
                            "saturday", "sunday"})
#: Labels of the tagger's that a place may hide under ("the towns of X and Y" read as a
#: title, "in X on Monday" as an event's name).
LOOSE_LABELS = frozenset({"WORK_OF_ART", "EVENT"})


def _unlabelled_places(doc: Doc, found: list[Mention]) -> list[Mention]:
    """Proper-noun runs the tagger missed that the syntax makes places: "fighting in Orrin",
    "the town of Orrin", "Orrin town"."""
    covered = {i for m in found for i in range(m.start, m.end)} | _tagged(doc)
    out, i = [], 0
    propn = (arrays_of(doc).pos_array == PROPN).tolist() if len(doc) else []  # no Token per word
    while i < len(doc):
        if not propn[i] or i in covered or not doc[i].text[:1].isupper() \
                or doc[i].lower_ in CALENDAR_WORDS:
            i += 1
            continue
        j = i
        while j < len(doc) and propn[j] and j not in covered \
                and doc[j].text[:1].isupper() and doc[j].lower_ not in CALENDAR_WORDS:
            j += 1  # "in Orrin January 9": the name ends at the date
        if _place_by_syntax(doc, i, j) and not (
                j - i == 1 and doc[i].lemma_.lower() in COMMON_ORG_HEADS):  # "in Opposition"
            out.append(Mention(i, j, doc[i:j].text, "Place"))
        i = j
    return out


def _tagged(doc: Doc) -> frozenset[int]:
    """Tokens the tagger put in an entity, less those a place may hide under: a title's or
    an event's name, and the names before a date's month ("in Orrin January 9"); read once
    a document (seven rules ask)."""
    if _last_tagged[0] is not doc:
        _last_tagged[:] = [doc, frozenset(_read_tagged(doc))]
    return _last_tagged[1]


_last_tagged: list = [None, frozenset()]  # the document last asked about, its tokens


def _read_tagged(doc: Doc) -> set[int]:
    out = set()
    for ent in arrays_of(doc).ents:
        if ent.label_ in LOOSE_LABELS:
            continue
        start = ent.start
        if ent.label_ == "DATE":
            while start < ent.end and ent.doc[start].pos_ == "PROPN" \
                    and ent.doc[start].lower_ not in CALENDAR_WORDS:
                start += 1
        out.update(range(start, ent.end))
    return out


def _place_by_syntax(doc: Doc, start: int, end: int) -> bool:
    root = doc[end - 1]
    if root.dep_ == "compound" and root.head.lower_ in CALENDAR_WORDS:
        root = root.head  # "in Orrin January 9", parsed as a compound of the month
    head = root.head
    if root.dep_ == "pobj" and head.lower_ in PLACE_PREPS:
        return head.head.lemma_.lower() not in PUBLISHED_IN_NOUNS  # not "a report in X"
    if root.dep_ == "pobj" and head.lower_ == "of" \
            and head.head.lemma_.lower() in SETTLEMENT_HEADS:
        return True  # "the town of Orrin", "the towns of Orrin and Tesk"
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in (
            _PEOPLE_OF_PLACE):
        return True  # "the mayor of Salvaro", "residents of Salvaro", "the outskirts of X"
    if root.dep_ == "pobj" and head.lower_ == "of" and end - start == 1 \
            and (_state_titled(head.head) or head.head.lemma_.lower() in STATE_OF_HEADS):
        return True  # "Prime Minister Y of Belmora", "the foreign minister of Belmora"
    if root.dep_ == "dobj" and head.lemma_.lower() in TERRITORY_VERBS:
        return True  # "we liberated Orrin"
    if _entered_ground(doc, start, end) or _held_under(root):
        return True  # "troops entered Orrin", "Orrin remains under rebel control"
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in PLACE_OF_HEADS \
            and head.head.pos_ == "NOUN":
        return True  # "residents of Orrin", "the outskirts of Orrin"
    nxt = doc[end] if end < len(doc) else None
    return nxt is not None and nxt.lower_ in SETTLEMENT_HEADS and root.head.i == nxt.i


def _unlabelled_conjuncts(doc: Doc, found: list[Mention]) -> list[Mention]:
    """"the strongholds of Tesk and Orrin": a proper-noun run the tagger missed that is
    joined by "and" or "or" to a place it found is a place too."""
    at = {i: m for m in found for i in range(m.start, m.end)}
    covered = set(at) | _tagged(doc)
    out = []
    for token in tokens_with(doc, _CONJ_ID, PROPN):
        if token.dep_ != "conj" or token.pos_ != "PROPN" or token.i in covered \
                or not token.text[:1].isupper():
            continue
        other = at.get(token.head.i)
        if other is None or other.ner_type != "Place":
            continue
        start = token.i
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].head.i == token.i \
                and start - 1 not in covered and doc[start - 1].text[:1].isupper():
            start -= 1  # "Tesk and Port Orrin"
        out.append(Mention(start, token.i + 1, doc[start:token.i + 1].text, "Place"))
        covered.update(range(start, token.i + 1))
    return out


_CONJ_ID = get_string_id("conj")  # label ids, compared as ints over whole documents
_NSUBJPASS_ID = get_string_id("nsubjpass")
_NSUBJ_ID = get_string_id("nsubj")


def _unlabelled_org_conjuncts(doc: Doc, found: list[Mention]) -> list[Mention]:
    """"Delta Grain and Orrin Mills said": a run of two or more capitalised proper nouns the
    tagger missed (or ran into the other name), joined by "and" or "or" to an organisation
    of two words or more, is a second organisation. A lone word stays out ("Delta Grain and
    Orrin" may be a firm and its town)."""
    conjuncts = tokens_with(doc, _CONJ_ID, PROPN)
    if not conjuncts:
        return []
    at = {i: m for m in found for i in range(m.start, m.end)}
    covered = set(at) | _tagged(doc)
    out = []
    for token in conjuncts:
        if token.i in covered or not token.text[:1].isupper():
            continue
        other = at.get(token.head.i)
        if other is None or other.ner_type != "Organization" or other.end - other.start < 2:
            continue
        start = token.i
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].head.i == token.i \
                and start - 1 not in covered and doc[start - 1].text[:1].isupper():
            start -= 1
        if token.i + 1 - start < 2:
            continue
        out.append(Mention(start, token.i + 1, doc[start:token.i + 1].text, "Organization"))
        covered.update(range(start, token.i + 1))
    return out


#: Nouns of bodies that people belong to, which an acronym before them names ("the KDP
#: party"); not the nouns an abbreviation of a thing qualifies ("the TV station").
_MEMBERSHIP_BODIES = frozenset({"party", "militia", "movement", "alliance", "coalition",
                                "union", "front", "faction", "board", "council", "committee",
                                "commission", "federation", "association"})


def _acting_acronym(doc: Doc, start: int, end: int) -> bool:
    """"KDU spokesperson Ada Moreno", "Ada Moreno (KDU)", "a spokesman for the KDU", "the
    KDU said", "the KDU party": an untagged acronym that qualifies a role or a body's
    noun, stands in brackets after a person, is a role's "of"/"for" or speaks, is an
    organisation (a role word in capitals, "CEO", is not; a country's acronym is a place)."""
    token = doc[start]
    if end - start != 1 or not is_acronym(token.text) or token.lower_ in _ROLE_OR_TITLE:
        return False
    if token.dep_ == "appos" and token.head.ent_type_ == "PERSON" and 0 < start < len(doc) - 1 \
            and doc[start - 1].text == "(" and doc[start + 1].text == ")":
        return True  # "Ilse Morrow (ODP)": a person's party or employer in brackets
    if token.dep_ == "pobj" and token.head.lower_ in {"of", "for"}:
        return token.head.head.lemma_.lower() in ROLE_NOUNS  # "a spokesman for the KDP"
    if token.dep_ == "nsubj" and token.head.pos_ == "VERB":
        return token.head.lemma_.lower() in REPORTING_VERBS and token.lower_ not in \
            PLACE_ACRONYMS  # "the KDP said": a person is never an acronym, a country may be
    head = token.head.lemma_.lower()
    if token.dep_ == "compound" and token.pos_ == "PROPN" and head in _MEMBERSHIP_BODIES:
        return token.lower_ not in PLACE_ACRONYMS  # "the ruling KDP party", "the KWB board"
    return token.dep_ in {"compound", "poss"} and head in ROLE_NOUNS


#: Role nouns that name the person right after them ("spokesman Oskari Vantanen").
NAMING_ROLES = frozenset({"spokesman", "spokeswoman", "spokesperson", "reporter",
                          "correspondent", "commander", "chairman", "chairwoman", "lawyer",
                          "leader", "chief", "official", "minister", "colonel", "general",
                          "captain", "mayor", "governor", "president", "senator", "ceo",
                          "coach", "manager", "goalkeeper", "striker", "midfielder",
                          "defender", "winger", "skipper", "player"})


_NOT_NAME_WORDS = ORG_NAME_NOUNS | PLACE_NOUNS | ROLE_NOUNS


def _people_by_role(doc: Doc, found: list[Mention]) -> None:
    """"said spokesman Oskari Vantanen", "Oskari Vantanen, the spokesman for X": a name the
    tagger missed, or took for a place or an organisation, that a role noun introduces or
    that stands in apposition to one is a person (added to ``found``)."""
    at = {i: m for m in found for i in range(m.start, m.end)}
    lower = arrays_of(doc).lower  # a Token only of the role words
    for token in [doc[i] for i in range(len(doc) - 1) if lower[i].rstrip(".") in NAMING_ROLES]:
        start = token.i + 1
        end = start
        while end < len(doc) and end - start < 4 and doc[end].text[:1].isupper() and (
                doc[end].pos_ == "PROPN" or _forename_title(doc, end)):
            end += 1
        while start < end and _is_title(list(doc[start:end])) \
                and doc[start].lower_ not in ROLE_NOUNS:
            start += 1  # "spokesman Colonel X Y": the name starts after the rank ("Prime"
            # is a forename unless "Minister" follows: "chief General Prime Oduya")
        if end - start < 2 or any(t.lower_.rstrip(".") in _NOT_NAME_WORDS
                                  for t in doc[start:end]):
            continue  # a lone word is a surname or no name; "Orrin Farmers Union" a body,
            # "Chief Executive Officer" a title
        _claim_person(doc, found, at, start, end)
    _people_by_apposition(doc, found, at)


#: Verbs that put a person in a post ("X was elected mayor", "X was named coach").
_POSTING_VERBS = frozenset({"elect", "appoint", "name", "promote", "nominate", "re-elect",
                            "reelect", "hire", "install", "swear"})


def _people_by_post(doc: Doc, found: list[Mention]) -> list[Mention]:
    """"Kestrel Amund was elected mayor of Orrin": a run of two or three capitalised proper
    nouns the tagger missed, passive subject of a verb that puts someone in a post named
    right after it, is a person (only people hold a post)."""
    subjects = [t for t in tokens_with(doc, _NSUBJPASS_ID, PROPN)
                if t.head.lemma_.lower() in _POSTING_VERBS]
    if not subjects:
        return []
    covered = {i for m in found for i in range(m.start, m.end)} | _tagged(doc)
    out = []
    for token in subjects:
        if token.i in covered:
            continue
        verb = token.head
        post = next((c for c in verb.children if c.dep_ in {"oprd", "attr", "xcomp"}
                     or (c.dep_ == "prep" and c.lower_ == "as")), None)
        if post is not None and post.dep_ == "prep":
            post = next((c for c in post.children if c.dep_ == "pobj"), None)
        if post is None or post.lemma_.lower() not in POST_HOLDER_NOUNS:
            continue
        start = token.i
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound" \
                and doc[start - 1].head.i == token.i and start - 1 not in covered:
            start -= 1
        words = doc[start:token.i + 1]
        if 2 <= len(words) <= 3 and all(t.text[:1].isupper() and t.is_alpha for t in words) \
                and not any(t.lower_ in _NOT_NAME_WORDS for t in words):
            out.append(Mention(start, token.i + 1, words.text, "Person", subject=True))
    return out


def _forename_title(doc: Doc, i: int) -> bool:
    """"Prime" in "General Prime Oduya": a word that is a title only before "Minister",
    tagged as an adjective, before a proper noun other than the word that makes it one."""
    word = doc[i].lower_
    return (word in TITLE_ONLY_BEFORE and i + 1 < len(doc) and doc[i + 1].pos_ == "PROPN"
            and doc[i + 1].lower_ not in TITLE_ONLY_BEFORE[word])


def _people_by_apposition(doc: Doc, found: list[Mention], at: dict[int, Mention]) -> None:
    """"Ilse Morrow, a senior official at X", "the club's coach, Elsa Brandt": a run of
    capitalised proper nouns in apposition to a role or a job is a person's name."""
    for token in tokens_with(doc, _APPOS_ID):
        if token.dep_ != "appos" or token.head.i == token.i:
            continue
        role, name = (token, token.head) if token.pos_ == "NOUN" else (token.head, token)
        if role.pos_ == "PROPN" and name.ent_type_ in {"", "PERSON"}:
            role = _role_of_body(role)  # "a spokesman for X, Ivo Marek,": the parser hangs
            # the name on the body; it is said of the role
        if role.lemma_.lower() not in POST_HOLDER_NOUNS or role.pos_ != "NOUN" \
                or name.pos_ != "PROPN" or not name.text[:1].isupper():
            continue
        start = name.i
        while start > 0 and _name_part(doc[start - 1], name):
            start -= 1
        end = name.i + 1
        if not 2 <= end - start <= 4 or any(t.lower_.rstrip(".") in _NOT_NAME_OR_TITLE
                                            for t in doc[start:end]):
            continue
        _claim_person(doc, found, at, start, end)


def _role_of_body(body: Token) -> Token:
    """The role whose "for"/"of"/"at" phrase names ``body`` ("a spokesman for X"), else
    ``body``."""
    prep = body.head if body.dep_ == "pobj" else None
    if prep is None or prep.lower_ not in {"for", "of", "at", "with"} or prep.head.pos_ != "NOUN":
        return body
    return prep.head


def _name_part(token: Token, name: Token) -> bool:
    """A capitalised proper noun that is part of the name headed by ``name``."""
    return (token.pos_ == "PROPN" and token.head.i == name.i and token.text[:1].isupper()
            and token.dep_ in {"compound", "flat"})


def _claim_person(doc: Doc, found: list[Mention], at: dict[int, Mention], start: int,
                  end: int) -> None:
    inside = {id(at[i]): at[i] for i in range(start, end) if i in at}
    if any(m.start < start or m.end > end or m.ner_type == "Person" for m in inside.values()):
        return  # the tagger's own person, or a name that runs on
    for m in inside.values():
        found.remove(m)
    person = Mention(start, end, doc[start:end].text, "Person", titled=True)
    found.append(person)
    for i in range(start, end):
        at[i] = person


def _trim_headline_people(doc: Doc, found: list[Mention]) -> None:
    """"Moreno Wins Runoff In Tesk" over "Ada Moreno won the runoff": in a Title Case line
    the tagger runs a surname into the words after it; a person's name there that opens
    with the surname of a person named in full elsewhere is that surname alone."""
    surnames = {m.text.split()[-1] for m in found
                if m.ner_type == "Person" and len(m.text.split()) > 1}
    for m in found:
        words = m.text.split()
        if len(words) < 2 or words[0] not in surnames or (
                m.ner_type != "Person" and not _headline_verb(words[1])) \
                or not _title_case_line(sent_of(doc[m.start])):
            continue
        m.end = m.start + 1
        m.text = doc[m.start].text
        m.ner_type = "Person"


#: Verbs a headline puts after its subject: reporting verbs and event triggers.
_VERB_LEMMAS = frozenset(REPORTING_VERBS) | frozenset(EVENT_TRIGGERS) | {
    "win", "quit", "name", "join", "lose", "face", "step", "take", "get", "make", "set"}


def _headline_verb(word: str) -> bool:
    """"Quits", "Wins", "Named", "Rejects": a capitalised verb form of a known verb."""
    w = word.lower()
    stems = {w, w[:-1], w[:-2], w[:-1] + "e" if w.endswith("d") else w, w[:-3] + "y"}
    return w != word and w.endswith(("s", "d")) and bool(stems & _VERB_LEMMAS)


def _title_case_line(sent: Span) -> bool:
    """A headline in Title Case: most of its words (four or more) capitalised."""
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    return len(words) >= 3 and sum(t.text[:1].isupper() for t in words) >= 0.8 * len(words)


def _missed_surnames(doc: Doc, found: list[Mention]) -> list[Mention]:
    """A bare surname the tagger missed ("Weber added ...") after the full name was given;
    also one it took for a date or a common noun where it opens a sentence ("Hensk was
    arrested", "Morrow won the vote": the person, when the full name came before)."""
    surnames: dict[str, int] = {}
    for m in found:
        words = m.text.split()
        if m.ner_type == "Person" and len(words) > 1:
            surnames.setdefault(words[-1], m.start)
    if not surnames:
        return []
    covered = {i for m in found for i in range(m.start, m.end)}
    misread = {ent.start for ent in arrays_of(doc).ents
               if len(ent) == 1 and ent.label_ in _MISREAD_NAME_LABELS}
    covered |= {i for ent in arrays_of(doc).ents for i in range(ent.start, ent.end)
                if ent.start not in misread}
    text = arrays_of(doc).text
    opening = [i for i, w in enumerate(text) if w in surnames and i not in covered and (
        i in misread or doc[i].is_sent_start)]
    return [Mention(t.i, t.i + 1, t.text, "Person", subject=t.dep_ in {"nsubj", "poss"})
            for i in sorted({*_proper_nouns(doc), *opening}) if i not in covered
            for t in (doc[i],) if t.i > surnames.get(t.text, len(doc)) and (
                t.pos_ == "PROPN" or t.is_sent_start) and t.lower_ not in CALENDAR_WORDS]


#: Labels the tagger gives a lone surname it misreads ("Hensk was arrested": a date).
_MISREAD_NAME_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL"})


_APPOS_ID = get_string_id("appos")


def _proper_nouns(doc: Doc) -> list[int]:
    """Indices of the proper nouns, found in one array pass (``for t in doc`` makes a Token
    of every word)."""
    return indices_with(doc, pos=PROPN)


#: Pronouns that only a person takes: the evidence that an untagged speaker is one.
_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers"})
_BODY_PRONOUNS = frozenset({"it", "its", "itself"})
_PRONOUN_WINDOW = 60  # tokens after an untagged speaker in which a person pronoun counts


def _unlabelled_speakers(doc: Doc, found: list[Mention]) -> list[Mention]:
    """"Ousmane Diallo-Kane said his side had won", "..., added Rhea Okafor-Ume, who ...":
    a run of two to four capitalised proper nouns the tagger missed, the subject of a
    reporting verb and taken up by "he" or "she" soon after, is a person (a body is
    "it"; a name with a body's or a place's word, an acronym or a title is not one)."""
    subjects = [t for t in tokens_with(doc, _NSUBJ_ID, PROPN)
                if (not t.ent_type_ or t.ent_type_ == "WORK_OF_ART")  # '"...," X said'
                and t.head.pos_ == "VERB" and t.head.lemma_.lower() in REPORTING_VERBS]
    if not subjects:
        return []
    covered = {i for m in found for i in range(m.start, m.end)} | _tagged(doc)
    out = []
    for subj in subjects:
        if subj.i not in covered:
            start = subj.i
            while start > 0 and (_name_part(doc[start - 1], subj) or (
                    start > 1 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_
                    and _name_part(doc[start - 2], subj))):
                start -= 1
            end = subj.i + 1
            if _person_shaped_speaker(doc, start, end, covered):
                out.append(Mention(start, end, doc[start:end].text, "Person", subject=True))
                covered.update(range(start, end))
    return out


def _person_shaped_speaker(doc: Doc, start: int, end: int, covered: set[int]) -> bool:
    """Tokens ``[start, end)`` look like a person's name that speaks: two to four
    capitalised words (a hyphen may join two), none of a body's or a place's name, no
    acronym, title or date, no "the" before, the subject of a reporting verb, outside a
    Title Case line, and a "who" clause on it or "he", "she", "his" or "her" the first
    pronoun of the next few sentences, before any "it" or "its"; with no pronoun at all,
    two words shaped like a forename and a surname."""
    words = doc[start:end]
    root = words[-1]
    if root.dep_ != "nsubj" or root.head.lemma_.lower() not in REPORTING_VERBS:
        return False
    if not 2 <= sum(t.text != "-" for t in words) <= 4 or any(
            i in covered for i in range(start, end)) or any(
            (not t.text[:1].isupper() and t.text != "-") or is_acronym(t.text)
            or (t.is_sent_start and t.i > start)
            or t.lower_.rstrip(".") in _NOT_NAME_TITLE_OR_CALENDAR
            for t in words) or (start > 0 and doc[start - 1].lower_ == "the"):
        return False
    if _title_case_line(words.sent):
        return False
    if any(c.dep_ == "relcl" and c.left_edge.lower_ in {"who", "whose"} for c in root.children):
        return True  # "X, who heads the union, said": people take "who"
    if any(c.dep_ in {"acl", "advcl"} and c.tag_ == "VBG"
           and c.lemma_.lower() in {"speak", "talk"}
           and any(p.dep_ == "prep" and p.lower_ in {"for", "on"} for p in c.children)
           for c in [*root.children, *(c for c in root.head.children if c.i < start)]):
        return True  # "X, speaking for the union, said", "Speaking for the union, X said":
        # a person speaks for a body
    for t in doc[end:end + _PRONOUN_WINDOW]:
        if t.lower_ in _PERSON_PRONOUNS:
            return True
        if t.lower_ in _BODY_PRONOUNS:
            return False  # "Kelvar Lines said its ferries ...": the first pronoun is a body's
    # no pronoun at all: a forename and a surname ("Ilse Morrow vowed to reopen the ferry"),
    # alone (in "X and Orrin Mills said", X is what its conjunct is)
    return sum(t.text != "-" for t in words) == 2 and _name_shaped(words) and not any(
        c.dep_ == "conj" for c in root.children)


def _name_shaped(words: Span) -> bool:
    """Words in the form of a forename and a surname: capitalised, then lower case letters
    only ("Ilse Morrow", not "EU Council" or "Orrin-Tesk"), neither a word of a name the
    tagger gave a body or a place ("Orrin Computer" where "Orrin" is a firm)."""
    if not all(t.is_alpha and t.text[1:].islower() and len(t) > 1 for t in words):
        return False
    lowers = {t.lower_ for t in words}
    return not any(e.label_ in _BODY_OR_PLACE_LABELS and lowers.intersection(
        t.lower_ for t in e) for e in words.doc.ents)


_BODY_OR_PLACE_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT"})


def _lone_speaker(doc: Doc, m: Mention) -> bool:
    """A one-word name, no acronym, no "the" before, the subject of a reporting verb, and
    taken up by "he", "she", "his" or "her" before any "it" or "its" ("Ngassa said he
    had won"), or with a "who" clause on it."""
    root = doc[m.start]
    if m.end - m.start != 1 or m.article or is_acronym(m.text) or not m.text[:1].isupper() \
            or root.dep_ != "nsubj" or root.head.lemma_.lower() not in REPORTING_VERBS \
            or root.lower_ in _NOT_NAME_WORDS or _title_case_line(sent_of(root)):
        return False
    if _who_clause(root):
        return True
    for t in doc[m.end:m.end + _PRONOUN_WINDOW]:
        if t.lower_ in _PERSON_PRONOUNS:
            return True
        if t.lower_ in _BODY_PRONOUNS:
            return False
    return False


def _dateline_mentions(doc: Doc, found: list[Mention]) -> list[Mention]:
    """The dateline's place (and region) are places, its wire tag an organisation (an
    outlet): the votes settle the type of what the tagger found there, and a place it
    missed becomes a mention of its own (a missed wire tag stays layout)."""
    line = find_dateline(text_of(doc))
    if line is None:
        return []
    out = []
    parts = [(line.place, "Place"), (line.region, "Place"), (line.wire, "Organization")]
    for chars, etype in parts:
        span = _dateline_span(doc, chars) if chars else None
        if span is None:
            continue
        name = text_of(doc)[chars[0]:chars[1]]
        hits = [m for m in found if m.start < span.end and span.start < m.end]
        if not hits and etype == "Place":
            hits = [Mention(span.start, span.end, name, etype)]
            out.extend(hits)
        for m in hits:
            m.votes[etype] += DEFINING_WEIGHT
            if span.text != name and (m.start, m.end) == (span.start, span.end):
                m.text = name  # "(ORRIN)-" is one token: the name is ORRIN
    return out


def _dateline_span(doc: Doc, chars: tuple[int, int]) -> Span | None:
    """The tokens of a dateline part; "(ORRIN)-" is one token, which the name lies inside."""
    span = doc.char_span(*chars, alignment_mode="contract")
    if span is None or not len(span):
        span = doc.char_span(*chars, alignment_mode="expand")
    return span if span is not None and len(span) else None


def _extend_over_nationality(doc: Doc, found: list[Mention]) -> None:
    """"the Veskan Interior Ministry": the tagger often leaves the nationality out of an
    organisation's name; an adjacent nationality word modifying it belongs to the name."""
    covered = {i for m in found for i in range(m.start, m.end)}
    for m in found:
        prev = doc[m.start - 1] if m.start > 0 else None
        if (m.ner_type != "Organization" or prev is None or prev.i in covered
                or prev.ent_type_ != "NORP" or not m.start <= prev.head.i < m.end
                or prev.dep_ not in {"amod", "compound"}):
            continue
        m.start -= 1
        m.text = doc[m.start:m.end].text
    for m in found:
        end = _nested_end(doc, m, covered)
        if end is not None:
            m.end = end
            m.text = doc[m.start:m.end].text
            m.ner_type = "Organization"


def _nested_end(doc: Doc, m: Mention, covered: set[int]) -> int | None:
    """"the Coast People's Fishing Cooperative" tagged only up to the possessive: the name
    goes on in capitals to an organisation word."""
    if m.end >= len(doc) or doc[m.end].tag_ != "POS":
        return None
    end = m.end + 1
    while end < len(doc) and end - m.start < MAX_NAME_TOKENS and end not in covered and (
            doc[end].text[:1].isupper() and doc[end].pos_ == "PROPN"):
        end += 1
    rest = list(doc[m.end:end])
    return end if end > m.end + 1 and _name_goes_on([doc[m.end - 1], *rest], 1) else None


#: Dependencies of the words that qualify a common-noun organisation.
_QUALIFIER_DEPS = frozenset({"amod", "compound", "nmod", "npadvmod", "poss", "case", "punct"})
#: Dependencies that make a bare common noun an actor ("the junta said", "junta spokesman").
_ACTING_DEPS = frozenset({"nsubj", "nsubjpass", "poss"})


def _common_noun_organisations(doc: Doc, found: list[Mention]) -> list[Mention]:
    """Organisations named by a common noun: qualified ("the Veskan government", "Orrin's
    navy", "the health ministry", "the national coast guard") or, for the article's own
    government, army or rebels, bare where they act ("the junta said", "rebel spokesman")."""
    covered = {i: m for m in found for i in range(m.start, m.end)}
    out = []
    arrays = arrays_of(doc)
    lemmas, lowers, pos = arrays.lemma, arrays.lower, arrays.pos_array
    for i in ((pos == NOUN) | (pos == PROPN) | (pos == ADJ)).nonzero()[0].tolist():
        if i in covered or not (lemmas[i] in COMMON_ORG_HEADS or lemmas[i][:-1] in (
                COMMON_ORG_HEADS) or lowers[i] in PLURAL_ORG_HEADS
                or i and (lowers[i - 1], lowers[i]) in COMMON_ORG_COMPOUNDS):
            continue  # no Token of a word none of the tests below takes (a new way in
            # needs its words here too)
        token = doc[i]
        lemma = _opening_lemma(token)
        noun = token.pos_ in {"NOUN", "PROPN"} or (
            token.pos_ == "ADJ" and lemma in GROUP_MEMBER_HEADS)  # "rebel defence minister"
        if not noun:
            continue
        compound = _compound_head(token)  # only for a noun: it makes a Token of the one before
        if not (lemma in COMMON_ORG_HEADS or token.lower_ in PLURAL_ORG_HEADS or compound):
            continue
        m = _common_noun_org(doc, token, covered, head_start=compound or token.i)
        if m is not None and token.lower_ in PLURAL_ORG_HEADS and not _named_before(
                doc, m, token, covered):
            continue
        if m is not None and not _portfolio(doc, m.start, m.end):
            out.append(m)
            covered.update(dict.fromkeys(range(m.start, m.end), m))
    return out


def _named_before(doc: Doc, m: Mention, head: Token, covered: dict[int, Mention]) -> bool:
    """Whether a name or nationality qualifies the head ("Veskan authorities", "the Orrin
    authorities"), not only a common word a sentence opens with ("Local authorities")."""
    first = min(m.start, head.i)
    while first > 0 and doc[first - 1].head.i == head.i and doc[first - 1].dep_ in _QUALIFIER_DEPS:
        first -= 1
    return any(t.i in covered or t.ent_type_ in {"NORP", "GPE", "ORG", "LOC"}
               or t.pos_ == "PROPN" for t in doc[first:head.i])


#: Nouns for the armed men a person commands ("Moreno's troops"): a side of its own.
FORCES_NOUNS = frozenset({"force", "forces", "troop", "troops", "fighter", "fighters",
                          "loyalist", "loyalists", "militia", "militiaman", "militiamen",
                          "soldier", "soldiers", "army", "gunman", "gunmen"})
_POSS_ID = get_string_id("poss")


def _forces_of_people(doc: Doc, found: list[Mention]) -> list[Mention]:
    """"Moreno's forces", "the general's troops" named by a person: the side those men
    are, an organisation of its own ("Moreno's forces"), not the person (who gives no
    orders as an agent of every deed of theirs). All its nouns make one name, after the
    person's surname ("Omar Belkadi's troops" and "Belkadi's forces" are one side)."""
    people = {m.end - 1 for m in found if m.ner_type == "Person"}
    out = []
    for i in sorted(people):
        head = doc[i].head
        if doc[i].dep != _POSS_ID or head.lower_ not in FORCES_NOUNS or head.i <= i:
            continue
        if any(head.i in range(o.start, o.end) for o in found):
            continue
        name = f"{doc[i].text}'s forces"  # by the surname, as the text goes on to say
        f = Mention(head.i, head.i + 1, name, "Organization", article=True,
                    subject=head.dep_ in _ACTING_DEPS, common=True)
        f.votes["Organization"] += DEFINING_WEIGHT
        out.append(f)
    return out


def _opening_lemma(token: Token) -> str:
    """The lemma of a word, and of a plural body noun opening a sentence that the tagger
    took for a name ("Rebels attacked Tesk on Monday": "rebel", as "the rebels" is)."""
    lemma = token.lemma_.lower()
    if token.tag_ == "NNPS" and token.is_sent_start and lemma.endswith("s") and (
            lemma[:-1] in COMMON_ORG_HEADS):
        return lemma[:-1]
    return lemma


def _compound_head(token: Token) -> int | None:
    """Start of a two-word head ("coast guard" -> the index of "coast"), else None."""
    prev = token.doc[token.i - 1] if token.i > 0 else None
    if prev is not None and (prev.lower_, token.lower_) in COMMON_ORG_COMPOUNDS \
            and prev.head.i == token.i:
        return prev.i
    return None


def _common_noun_org(doc: Doc, head: Token, covered: dict[int, Mention], *,
                     head_start: int) -> Mention | None:
    start = head_start
    while start > 0:
        prev = doc[start - 1]
        if prev.dep_ not in _QUALIFIER_DEPS or not start <= _phrase_head(prev) <= head.i:
            break
        start -= 1
    qualifiers = [t for t in doc[start:head_start] if not t.is_punct and t.tag_ != "POS"]
    while qualifiers and not _qualifies(qualifiers[0], head, covered):
        qualifiers.pop(0)
    lemma = _opening_lemma(head)
    if not qualifiers and (m := _body_of_place(doc, head, covered, head_start)) is not None:
        return m
    if not qualifiers:
        qualifies_role = _modifies_role(head)
        acting = head.dep_ in _ACTING_DEPS or qualifies_role or _doer_by(head) or (
            _acting_within(head))
        grouped = _group_of_groups(head)  # "an alliance of armed groups"
        definite = any(c.lower_ == "the" for c in head.children) or head.tag_ in {
            "NNS", "NNPS"} or grouped
        bare_ok = lemma in BARE_ORG_HEADS or head_start < head.i  # "armed forces chief"
        if _lone_police(doc, head, covered) or _lone_militia(head, covered):
            bare_ok = acting = definite = True
        if not bare_ok or not acting or not (definite or qualifies_role):
            return None
        if lemma in GROUP_MEMBER_HEADS and _members_of(head, covered) is not None:
            return None  # "rebels of the Kelvar Front" are that group's, as its fighters are
        name = lemma + "s" if lemma in GROUP_MEMBER_HEADS else doc[head_start:head.i + 1].text
        m = Mention(head_start, head.i + 1, name.lower(), "Organization", article=True,
                    subject=head.dep_ in _ACTING_DEPS, common=True, bare=True)
    else:
        named = [covered[t.i] for t in qualifiers if t.i in covered]
        if lemma in _MEMBER_HEADS_OR_MILITIA and any(
                doc[n.end - 1].dep_ != "poss" for n in named):
            for n in named:
                if doc[n.end - 1].dep_ != "poss":
                    n.votes["Organization"] += EVIDENCE_WEIGHT
            return None  # "the Kelvar Militia rebels", "K12 rebels" are that group
        places = {m.text for m in covered.values() if m.ner_type == "Place"}
        if any(n.ner_type == "Person" and n.text not in places and doc[n.end - 1].dep_ == "poss"
               for n in named):
            return None  # "Moreno's government" is a government, named by no one (but a
            # name the tagger calls a place elsewhere is that place: "Veska's military")
        for n in named:
            if doc[n.end - 1].dep_ == "poss":
                n.votes["Place"] += EVIDENCE_WEIGHT  # "Orrin's navy": Orrin is the place
        first = qualifiers[0].i
        own = max([n.end for n in named] + [first])
        while own < head_start and (doc[own].tag_ == "POS" or doc[own].is_punct):
            own += 1
        text = doc[first:head.i + 1].text
        if head.lemma_.lower() in GROUP_MEMBER_HEADS and head.tag_ == "NN":
            text += "s"
        m = Mention(own, head.i + 1, text, "Organization", article=True,
                    subject=head.dep_ in _ACTING_DEPS, common=True)
        owned = [t.i for t in doc[first:head_start] if t.tag_ == "POS"]
        if owned:
            m.alias = doc[owned[-1] + 1:head.i + 1].text.lower()  # "Orrin's navy": "navy"
    m.votes["Organization"] += DEFINING_WEIGHT
    return m


#: Nouns of a person who speaks for the police ("a police spokesman said").
_POLICE_VOICES = frozenset({"spokesman", "spokeswoman", "spokesperson", "official",
                            "officer", "source", "statement"})


def _lone_police(doc: Doc, head: Token, covered: dict[int, Mention]) -> bool:
    """"Police said ...", "according to police" in a text that names no police body: the
    police speak, a body of their own ("police"), as the subject of a reporting verb.
    Where the text names one ("the Kelvar Police Service"), bare "police" is that body
    (``kg.extract.owners.named_body``)."""
    if head.lower_ != "police":
        return False
    if any(c.dep_ in {"compound", "amod", "poss", "prep"} for c in head.children):
        return False  # "Kelvar police", "police in Kelvar"
    word = head  # what speaks: the police, or the voice they speak through
    if head.dep_ == "compound" and head.head.lemma_.lower() in _POLICE_VOICES and not any(
            c.dep_ in {"compound", "poss", "appos"} and c.i != head.i
            for c in head.head.children):
        word = head.head  # "a police spokesman said" (not "police spokesman Ivo Kral")
    if word.dep_ == "pobj" and not (word.head.lower_ == "to"
                                    and word.head.head.lower_ == "according"):
        return False
    if word.dep_ != "nsubj" and word.dep_ != "pobj":
        return False
    if word.dep_ == "nsubj" and word.head.lemma_.lower() not in REPORTING_VERBS:
        return False  # speaking police only: "police and protesters clashed" stays as it was
    named = [e for e in doc.ents if e.label_ == "ORG" and "police" in e.text.lower()]
    return not named and not any(m.start != head.i and "police" in m.text.lower()
                                 for m in covered.values())


def _members_of(head: Token, covered: dict[int, Mention]) -> Mention | None:
    """"rebels of the Kelvar Front", "insurgents from the KLA": the named body whose
    members a plural member noun calls its people: one whose name ends as a body's does
    (the tagger may call "the Dorsk People's Front" a place), or an acronym it calls a
    body; not a place ("rebels of Tesk", "rebels in Tesk"), nor a person."""
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"of", "from", "with"}:
            continue
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            named = covered.get(pobj.i)
            if named is not None and named.end - 1 == pobj.i and (
                    named.text.split()[-1].lower() in ORG_NAME_NOUNS | ARMED_NAME_HEADS
                    or named.ner_type == "Organization" and is_acronym(named.text)):
                return named
    return None


def _lone_militia(head: Token, covered: dict[int, Mention]) -> bool:
    """"The militia said ..." in a text that names no armed group: the militia speaks, a
    body of its own ("militia"), as the subject of a reporting verb. Where the text names
    one ("the Kelvar Brigade"), a bare "militia" is left to it (``kg.extract.described``)."""
    if head.lower_ != "militia" or head.dep_ != "nsubj" or (
            head.head.lemma_.lower() not in REPORTING_VERBS):
        return False
    if any(c.dep_ in {"compound", "amod", "poss", "prep"} for c in head.children):
        return False  # "the Kelvar militia", "militia in Kelvar"
    names = [m.text for m in covered.values() if m.ner_type == "Organization"]
    names += [e.text for e in head.doc.ents if e.label_ in {"ORG", "NORP"}]
    return not any(ARMED_NAME_HEADS & set(n.lower().split()) for n in names)


def _body_of_place(doc: Doc, head: Token, covered: dict[int, Mention],
                   head_start: int) -> Mention | None:
    """"the government of Veska", "the army of Kelvar": a state's body named by an "of"
    phrase is the body its qualifier names ("Veska government", as "Veska's government"
    and "the Veskan government" are), not a bare "government"; the qualifier is a place
    (not a person, nor a name that says it is a body: "the army of the Kelvar Front")."""
    if head.lemma_.lower() not in COMMON_ORG_HEADS or head.tag_ not in {"NN", "NNP"}:
        return None
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    place = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    owner = covered.get(place.i) if place is not None else None
    if owner is None or owner.end - 1 != place.i or owner.ner_type == "Person" or any(
            t.lower_ in ORG_NAME_NOUNS for t in doc[owner.start:owner.end]):
        return None  # the tagger often calls a state after "government of" a body
    m = Mention(head_start, head.i + 1, f"{owner.text} {doc[head_start:head.i + 1].text}",
                "Organization", article=True, subject=head.dep_ in _ACTING_DEPS, common=True)
    m.votes["Organization"] += DEFINING_WEIGHT
    owner.votes["Place"] += EVIDENCE_WEIGHT
    return m


def _group_of_groups(head: Token) -> bool:
    """"an alliance of militant groups", "a coalition of rebel factions": a body made
    of the groups its "of" phrase counts, one body however it is brought in."""
    return head.lemma_.lower() in GROUPS_OF_GROUPS and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(
            o.dep_ == "pobj" and o.tag_ == "NNS" for o in c.children) for c in head.children)


#: Nouns for a part of a body that acts through it ("a group in the military").
_PART_NOUNS = frozenset({"group", "faction", "unit", "units", "section", "element",
                         "elements", "wing", "cell", "clique", "officer", "officers"})


def _acting_within(head: Token) -> bool:
    """The body a part of it that acts is inside: "a small faction in the army has
    tried to stage a coup", "a faction within the army seized the radio station"."""
    prep = head.head
    part = prep.head
    if part.dep_ == "pobj" and part.head.lower_ == "of":
        part = part.head.head  # "a group of officers in the army"
    return head.dep_ == "pobj" and prep.lower_ in {"in", "within", "inside"} and (
        part.lemma_.lower() in _PART_NOUNS or part.lower_ in _PART_NOUNS) and (
        part.dep_ in {"nsubj", "nsubjpass"})


def _doer_by(head: Token) -> bool:
    """The "by" phrase of a passive or of a deed ("Tallen was captured by the army", "the
    capture of Orrin by the junta"): the body named there acts, as a subject does."""
    by = head.head
    return head.dep_ == "pobj" and by.lower_ == "by" and (
        by.dep_ == "agent" or (by.dep_ == "prep" and by.head.pos_ == "NOUN"))


def _modifies_role(token: Token) -> bool:
    """"junta spokesman", "rebel defence minister": the word qualifies a role noun (not "the
    military spokesman of X", where X is the body and "military" the kind of role)."""
    for _ in range(2):
        if token.dep_ not in {"compound", "amod"}:
            return False
        token = token.head
        if token.lemma_.lower() in ROLE_NOUNS:
            return not any(c.dep_ == "prep" and c.lower_ in {"of", "for", "at"}
                           for c in token.children)
    return False


def _phrase_head(token: Token) -> int:
    """The index of the word a qualifier hangs on ("'s" hangs on its possessor's head)."""
    return token.head.head.i if token.tag_ == "POS" or token.dep_ == "case" else token.head.i


def _qualifies(token: Token, head: Token, covered: dict[int, Mention]) -> bool:
    """A word that makes a common noun one particular body: a name or nationality, a state
    adjective ("federal"), the function of a ministry ("health")."""
    if token.i in covered or token.ent_type_ in {"NORP", "GPE", "ORG", "LOC"}:
        return True
    if token.text[:1].isupper() and token.pos_ in {"PROPN", "ADJ"}:
        return True
    if token.lower_ in STATE_ADJECTIVES:
        return True
    return head.lemma_.lower() in FUNCTION_HEADS and token.pos_ in {"NOUN", "ADJ"}


#: Lower-case words for a part of a place the tagger takes into its name ("northern
#: Kelvar", "central Orrin"); capitalised they are part of it ("North Kelvar").
REGION_WORDS = frozenset({"northern", "southern", "eastern", "western", "central",
                          "northeastern", "northwestern", "southeastern", "southwestern",
                          "north", "south", "east", "west", "northeast", "northwest",
                          "southeast", "southwest", "north-east", "north-west", "south-east",
                          "south-west", "upper", "lower", "greater", "coastal", "rural"})


#: Endings of nationality words ("Veskan", "Kelvarese", "Orrani"), for names the tagger
#: took for an organisation or a person when they only modify a noun ("Veskan rebels").
DEMONYM_ENDINGS = ("ian", "yan", "ean", "ani", "ese", "ish", "eli", "aqi", "udi", "iot")


def _demonym(doc: Doc, m: Mention) -> bool:
    """A one-word name with a nationality ending that modifies a common noun."""
    root = doc[m.end - 1]
    return (m.end - m.start == 1 and m.text.lower().endswith(DEMONYM_ENDINGS)
            and len(m.text) > 4 and root.dep_ in {"compound", "amod"}
            and root.head.pos_ == "NOUN" and root.head.text.islower())


def _demonym_before_role(doc: Doc, m: Mention, mentions: list[Mention]) -> bool:
    """"A senior Veskan official said" in an article that names Veska: a one-word name
    before a role noun that is the nationality word of another name of the article is
    that country's adjective, not a body of its own (the role reads it as the country)."""
    root = doc[m.start]
    if m.end - m.start != 1 or not m.text.isalpha() or root.dep_ not in {"compound", "amod"} \
            or root.head.pos_ != "NOUN" or not root.head.text.islower() \
            or root.head.lemma_.lower() not in ROLE_NOUNS:
        return False
    return any(o.end - o.start == 1 and o.text.isalpha() and o.text != m.text
               and demonym_of(m.text, o.text) for o in mentions)


#: Nouns a product line's name qualifies ("Lunet laptops", "Orbit OS software").
PRODUCT_NOUNS = frozenset({
    "software", "laptop", "notebook", "computer", "desktop", "phone", "smartphone",
    "handset", "tablet", "device", "player", "console", "app", "browser", "processor",
    "chip", "suite", "system", "version", "update", "model", "edition", "camera",
    "headphones", "earbuds", "speaker", "watch", "line", "lineup", "range", "platform"})


def _names_a_product(doc: Doc, m: Mention) -> bool:
    """"a new lineup of Lunet Air laptops", "the Orbit operating system": a name that
    qualifies a product noun names a product line (its maker is named otherwise: "Lunet's
    laptops", "laptop maker Lunet")."""
    root = doc[m.end - 1]
    head = root.head
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head  # "Orbit OS software"
    return (root.dep_ == "compound" and not m.common
            and head.lemma_.lower() in PRODUCT_NOUNS and head.text.islower())


#: Verbs whose object is a product, not a body ("unveiled the Lunet Air", "the Orbit was
#: launched in May"); a person is released from prison, so people are never products.
PRODUCT_VERBS = frozenset({"launch", "unveil", "introduce", "release", "ship", "debut",
                           "upgrade", "preview", "discontinue", "install", "download"})
#: Nouns that say a name is a product's ("Comet, the next release of the Orbit software").
PRODUCT_DESCRIPTORS = PRODUCT_NOUNS | {"kernel", "interface", "product", "gadget", "car",
                                       "drug", "vaccine"}  # not "successor": people have them


def _product_by_use(doc: Doc, m: Mention) -> bool:
    """"Comet, the next version of the software", "the Lunet Air was unveiled in June":
    a name described as a product, or launched, released or unveiled, is a product."""
    if m.common or m.ner_type == "Person" and m.titled:
        return False
    if set(m.descriptors) & PRODUCT_DESCRIPTORS:
        return True
    root = doc[m.end - 1]
    return (m.ner_type != "Person" and root.dep_ in {"dobj", "nsubjpass"}
            and root.head.lemma_.lower() in PRODUCT_VERBS)


def _role_word(doc: Doc, m: Mention) -> bool:
    """"company CEO Y": a role or title the tagger took for a name; not a surname after a
    courtesy title ("Mr. King said", "Ms. Bishop told reporters"), save a role said in
    address ("Mr. President")."""
    word = m.text.lower().rstrip(".")
    if m.end - m.start != 1 or word not in _ROLE_OR_TITLE:
        return False
    courtesy = m.start > 0 and doc[m.start - 1].lower_.rstrip(".") in HONORIFICS
    return not courtesy or word in ADDRESSED_ROLES or m.ner_type != "Person"


def _vote_conjuncts(doc: Doc, mentions: list[Mention]) -> None:
    """"Tesk and Orrin": a name joined by "and" to a place leans to place (and so on for
    the other types): the weaker side of a pair gets the stronger side's type."""
    at = {i: m for m in mentions for i in range(m.start, m.end)}
    for m in mentions:
        root = doc[m.end - 1]
        if root.dep_ != "conj" or root.head.i not in at:
            continue
        other = at[root.head.i]
        acting = root.head.dep_ in {"nsubj", "nsubjpass"}
        for a, b in ((m, other), (other, m)):
            best = max(sorted(b.votes), key=lambda t: b.votes[t]) if b.votes else None
            if best == "Place" and b.votes[best] > NER_WEIGHT and a.votes[best] <= NER_WEIGHT:
                a.votes["Place"] += EVIDENCE_WEIGHT
            elif best == "Place" and b.ner_type == "Place" and a.ner_type == "Person" \
                    and a.end - a.start == 1 and not (a.titled or acting):
                a.votes["Place"] += EVIDENCE_WEIGHT  # "control of Tesk and Orrin"


#: Plurals for a party's people that, capitalised, name the party ("the Social Democrats
#: backed the bill", "the Greens walked out"); other plurals name a people ("the Kurds").
PARTY_PLURALS = frozenset({"democrats", "republicans", "conservatives", "liberals",
                           "socialists", "communists", "greens", "tories", "unionists",
                           "libertarians", "progressives"})


def _norp_is_group(ent: Span) -> bool:
    """A NORP names a group ("the Kelvaris") when it is a singular proper noun used as a noun,
    or a party's plural ("the Social Democrats")."""
    root = ent.root
    if root.dep_ in {"amod", "compound", "npadvmod"}:  # "X-led"
        return False
    return root.tag_ == "NNP" or (root.tag_ == "NNPS" and root.lower_ in PARTY_PLURALS)


#: Verbs that give a person a post named beside them, or take it ("appointed X editor",
#: "dismissed X as coach").
_POSTING_VERBS = frozenset({"appoint", "name", "nominate", "promote", "hire", "elect",
                            "install", "reappoint", "dismiss", "sack", "fire", "oust"})


def _posted(root: Token) -> bool:
    """Whether a name is the one given a post: the object of a posting verb with the post
    beside it ("appointed X as editor", "named X coach"), or a name the parser hung on
    the post itself ("appointed [X editor]")."""
    if root.dep_ == "compound" and root.head.dep_ == "dobj" and (
            root.head.lemma_.lower() in POST_HOLDER_NOUNS
            and root.head.head.lemma_.lower() in _POSTING_VERBS):
        return True
    verb = root.head
    if root.dep_ != "dobj" or verb.lemma_.lower() not in _POSTING_VERBS:
        return False
    return any(c.dep_ in {"oprd", "xcomp", "attr"} and c.lemma_.lower() in POST_HOLDER_NOUNS
               or c.dep_ == "prep" and c.lower_ == "as" and any(
                   p.dep_ == "pobj" and p.lemma_.lower() in POST_HOLDER_NOUNS
                   for p in c.children)
               for c in verb.children)


def _vote(doc: Doc, m: Mention) -> None:
    """Type votes: the NER label once, each syntactic clue ``EVIDENCE_WEIGHT`` times."""
    m.votes[m.ner_type] += NER_WEIGHT
    root = doc[m.end - 1]
    if doc[m.start].lower_ in PLACE_NAME_HEADS and m.end - m.start > 1:
        m.votes["Place"] += EVIDENCE_WEIGHT  # "Port Elin", "Lake Orda"
    if root.lower_ in ORG_NAME_NOUNS and m.end - m.start > 1:
        m.votes["Organization"] += EVIDENCE_WEIGHT
    if m.ner_type == "Person" and m.article:
        m.votes["Organization"] += EVIDENCE_WEIGHT  # "the Kinks": people take no article
    if m.ner_type == "Person" and is_acronym(m.text):
        m.votes["Organization"] += EVIDENCE_WEIGHT  # "KDU soldiers": no person is an acronym
    if m.ner_type == "Organization" and _person_shaped_speaker(doc, m.start, m.end, set()):
        m.votes["Person"] += EVIDENCE_WEIGHT + NER_WEIGHT  # "Aiyana Okonkwo told reporters
        # she would appeal": the tagger's "organisation" speaks and is "she"
    if root.dep_ == "pobj" and root.head.lower_ == "for" and root.head.head.lemma_.lower() in {
            "speak", "talk"}:
        m.votes["Organization"] += EVIDENCE_WEIGHT  # "who speaks for X": a body has a voice
    if m.ner_type in {"Organization", "Place"} and _lone_speaker(doc, m):
        m.votes["Person"] += EVIDENCE_WEIGHT + NER_WEIGHT  # "Ngassa said he would stay":
        # a lone name that speaks and is "he" or "she" is a person, whatever the tagger
    if m.ner_type != "Person" and _posted(root):
        m.votes["Person"] += EVIDENCE_WEIGHT + NER_WEIGHT  # "appointed X editor", "named X
        # as coach": only a person is given a post
    if m.ner_type != "Person" and _ranked(doc, m):
        m.votes["Person"] += DEFINING_WEIGHT  # "Colonel X", "Dr X": only people hold a rank
    if m.ner_type != "Person" and is_acronym(m.text) \
            and m.text.replace(".", "").lower() not in PLACE_ACRONYMS:
        m.votes["Organization"] += EVIDENCE_WEIGHT + NER_WEIGHT  # "KLF leaders", "in the
        # VNA": an acronym is a body unless it is a country's ("the US", "the DRC")
    m.descriptors = (*m.descriptors, *_descriptors(doc, m))
    m.newsroom = root.dep_ == "compound" and root.head.lemma_.lower() in NEWSROOM_NOUNS
    if m.common:
        m.votes["Organization"] += DEFINING_WEIGHT  # "the Opposition": a body, never a place
    for word in m.descriptors:
        if word in PLACE_NOUNS or word in TOWN_QUARTER_NOUNS:
            m.votes["Place"] += DEFINING_WEIGHT  # "the provincial capital, X", "X, a slum"
        elif word in SHARED_DESCRIPTORS and m.ner_type == "Person" and m.end - m.start > 1:
            continue  # "his rival Ana Brandt": a person's rival is a person
        elif word in ORG_DESCRIPTOR_NOUNS or word in BODY_DESCRIPTOR_NOUNS:
            m.votes["Organization"] += DEFINING_WEIGHT
        elif word in ROLE_NOUNS or word.rstrip(".") in TITLES:
            m.votes["Person"] += DEFINING_WEIGHT
    if _outlet_after(doc, m.end):
        m.votes["Organization"] += DEFINING_WEIGHT
    if _based_after(doc, m.end):
        m.votes["Place"] += DEFINING_WEIGHT  # "Orrin-based": only a place is a seat
    if m.start > 1 and doc[m.start - 1].lower_ in _SEAT_PARTICIPLES - {"born"} \
            and doc[m.start - 2].text == "-" and m.ner_type == "Person":
        m.votes["Organization"] += EVIDENCE_WEIGHT  # "Kelvar-based Harbour Grain": a seat
        # is a body's ("a Kelvar-based artist, X" puts a noun between)
    if _age_after(doc, m.end):
        m.votes["Person"] += DEFINING_WEIGHT  # "Marta, 36, said": only people have an age
    nxt = doc[m.end] if m.end < len(doc) else None
    if nxt is not None and nxt.lower_ in PLACE_NOUNS and nxt.pos_ in {"NOUN", "PROPN"}:
        m.votes["Place"] += EVIDENCE_WEIGHT
    head = root.head
    if root.dep_ == "pobj" and head.lower_ in {"at", "with"} and m.ner_type != "Person" \
            and head.head.pos_ == "NOUN" and head.head.lemma_.lower() in POST_HOLDER_NOUNS:
        m.votes["Organization"] += EVIDENCE_WEIGHT  # "an engineer at X", "a medic with X":
        # a post is held at a body, not at a town ("a nurse in X")
    if root.dep_ == "pobj" and head.lower_ == "in" and head.head.lemma_.lower() in HOLDING_NOUNS:
        m.votes["Organization"] += EVIDENCE_WEIGHT  # "shares in X", "a stake in X"
    elif root.dep_ == "pobj" and head.lower_ in PLACE_PREPS:
        m.votes["Place"] += EVIDENCE_WEIGHT
    elif root.dep_ == "pobj" and head.lower_ in DESTINATION_PREPS \
            and head.head.lemma_.lower() in MOTION_VERBS and head.head.pos_ == "VERB":
        m.votes["Place"] += EVIDENCE_WEIGHT  # "retreated to X", "advancing towards X"
    elif root.dep_ == "pobj" and head.lower_ in WEAK_PLACE_PREPS:
        m.votes["Place"] += 1
    if _named_site(doc, m, root):
        m.votes["Place"] += DEFINING_WEIGHT  # "opened fire at Ridgefield High School"
    if root.dep_ == "pobj" and head.lower_ == "of" and (
            head.head.lemma_.lower() in PLACE_OF_HEADS
            or (head.head.lemma_.lower() in STATE_OF_HEADS and m.end - m.start == 1)):
        m.votes["Place"] += EVIDENCE_WEIGHT  # "the people of X", "the government of X"
    elif root.dep_ == "pobj" and head.lower_ == "of" and m.end - m.start == 1 \
            and _state_titled(head.head):
        m.votes["Place"] += EVIDENCE_WEIGHT  # "Prime Minister Y of X": a state's title
    if m.ner_type in {"Person", "Place"} and m.end - m.start == 1 and not m.titled \
            and _told(root, m.ner_type == "Person"):
        m.votes["Organization"] += EVIDENCE_WEIGHT + NER_WEIGHT  # "told Halvora", "speaking
        # to Halvora": a lone name told or quoting, never introduced, is an outlet
    if m.ner_type != "Place" and _has_body_post(root):
        m.votes["Organization"] += EVIDENCE_WEIGHT + NER_WEIGHT  # "chief executive of X"
    if root.dep_ == "poss" and head.lemma_.lower() in BODY_ONLY_ROLES and any(
            c.dep_ in {"compound", "appos"} and c.ent_type_ == "PERSON" for c in head.subtree):
        m.votes["Organization"] += EVIDENCE_WEIGHT  # "Lunet Pharma's chief executive Y"
    if root.dep_ == "poss" and m.end - m.start == 1 and _owns_named_body(head):
        m.votes["Place"] += EVIDENCE_WEIGHT  # "Orrin's Kestrel Television": a town's body
    if root.dep_ == "poss" and m.end - m.start == 1 and head.lemma_.lower() in STATE_POSSESSIONS:
        m.votes["Place"] += EVIDENCE_WEIGHT  # "Veska's president", "Veska's navy"
    if root.dep_ == "dobj" and head.lemma_.lower() in TERRITORY_VERBS:
        m.votes["Place"] += EVIDENCE_WEIGHT  # "rebels retook Orrin", "we liberated Orrin"
    if _ground_subject(root) or _held_under(root) or _entered_ground(doc, m.start, m.end):
        m.votes["Place"] += EVIDENCE_WEIGHT  # "Orrin fell to the rebels", "Orrin was shelled",
        # "Orrin remains under siege", "troops entered Orrin"
    if m.end - m.start > 1 and root.lower_ in OUTLET_NAME_HEADS and m.ner_type != "Place":
        m.votes["Organization"] += EVIDENCE_WEIGHT  # "according to Kesta Daily": an outlet
    if m.ner_type != "Person" and not m.article and not is_acronym(m.text) \
            and root.lower_ not in ORG_NAME_NOUNS and _who_clause(root):
        m.votes["Person"] += EVIDENCE_WEIGHT + NER_WEIGHT  # "Pike, who heads X, said":
        # "who" is said of people (a body's own name would carry its kind word)
    if m.ner_type == "Person" and _which_clause(root):
        m.votes["Person"] -= DEFINING_WEIGHT  # "X, which lies to the east": not a person
        m.votes["Place"] += 1


#: Verbs whose "to"/"with" phrase names whom one speaks to ("speaking to X").
_SPEAK_TO_VERBS = frozenset({"speak", "talk", "interview", "tell"})
#: Verbs whose "by" phrase names a source ("quoted by X").
_SOURCE_VERBS = frozenset({"quote", "cite", "report", "carry", "publish", "air", "broadcast"})


def _told(root: Token, reporting: bool) -> bool:
    """"told X", "speaking to X", "in an interview with X", "quoted by X", "X reported"
    (``reporting``: a country reports figures): the name is told things, or tells them as
    a reporter (a person or an outlet, never a place; a lone name no title introduces is
    mostly the outlet; a person's surname still joins the full name,
    ``clusters._short_of``)."""
    head = root.head
    lemma = head.lemma_.lower()
    if root.dep_ == "dobj":
        return lemma == "tell"
    if root.dep_ == "nsubj":
        return reporting and lemma == "report" and head.pos_ == "VERB"
    if root.dep_ != "pobj":
        return False
    above = head.head.lemma_.lower()
    return (head.lower_ in {"to", "with"} and above in _SPEAK_TO_VERBS) or (
        head.lower_ == "by" and above in _SOURCE_VERBS)


def _state_titled(name: Token) -> bool:
    """A person's name with a title only a state gives before it ("Prime Minister Y",
    "Ambassador Y"), whose "of" phrase names the state."""
    return name.pos_ == "PROPN" and any(
        c.dep_ == "compound" and c.i < name.i and c.lemma_.lower() in STATE_TITLE_WORDS
        for c in name.children)


def _owns_named_body(head: Token) -> bool:
    """The possessed word ends a body's name of several words the tagger found ("Orrin's
    Kestrel Television", "Veska's Harbour Rovers Club")."""
    return head.ent_type_ == "ORG" and head.pos_ == "PROPN" and any(
        c.dep_ == "compound" and c.ent_type_ == "ORG" for c in head.children)


def _extend_apposed_bodies(doc: Doc, found: list[Mention]) -> None:
    """"Market Watch Veska, the independent body that ...": a name in apposition to a
    body's descriptor takes back the capitalised words before it that the tagger left out
    (its own compounds, no other mention's, no title)."""
    covered = {i for m in found for i in range(m.start, m.end)}
    for m in found:
        root = doc[m.end - 1]
        if not any(c.dep_ == "appos" and c.pos_ == "NOUN" and (
                c.lemma_.lower() in _ORG_OR_BODY_DESCRIPTOR)
                for c in root.children):
            continue
        start = m.start
        while start > 0 and start - 1 not in covered and doc[start - 1].head.i == root.i \
                and doc[start - 1].dep_ == "compound" and doc[start - 1].text[:1].isupper() \
                and doc[start - 1].lower_.rstrip(".") not in TITLES | ROLE_NOUNS:
            start -= 1
        if start < m.start:
            m.start, m.text = start, doc[start:m.end].text
            m.ner_type = "Organization"
            covered.update(range(start, m.end))


def _has_body_post(root: Token) -> bool:
    """"the chief executive of X", "X chief executive Y", "X, whose chief executive ...": a
    post only a body has hangs on the name (a person has a spokesman or a coach, never a
    chief executive)."""
    head = root.head
    if any(c.dep_ == "appos" and c.lemma_.lower() in BODY_ONLY_ROLES and any(
            w.lower_ == "whose" for w in c.children) for c in root.children):
        return True  # "X, whose chief executive, Y, ..."
    if root.dep_ == "pobj" and head.lower_ == "of":
        return head.head.lemma_.lower() in BODY_ONLY_ROLES
    return root.dep_ == "compound" and head.lemma_.lower() in BODY_ONLY_ROLES \
        and head.i > root.i


def _ranked(doc: Doc, m: Mention) -> bool:
    """"Colonel X", "Archbishop X", "Dr X": a capitalised rank right before a short name
    that has no word of a body's or a place's name ("General Motors" is one name)."""
    if m.start == 0 or m.end - m.start > 3 or is_acronym(m.text):
        return False
    prev = doc[m.start - 1]
    if not prev.text[:1].isupper() or prev.lower_.rstrip(".") not in PERSON_RANKS:
        return False
    return not any(t.lower_ in _NOT_NAME_WORDS for t in doc[m.start:m.end])


def _ground_subject(root: Token) -> bool:
    """"X fell to the rebels", "X was overrun", "X has been shelled": the subject of a
    fall "to" a body or a group ("to the ground" is no taker), or the passive subject of a
    verb whose object is ground."""
    head = root.head
    lemma = head.lemma_.lower()
    if root.dep_ == "nsubjpass":
        return lemma in TERRITORY_VERBS
    if root.dep_ != "nsubj" or lemma != "fall":
        return False
    takers = [p for c in head.children if c.dep_ == "prep" and c.lower_ in {"to", "into"}
              for p in c.children if p.dep_ == "pobj"]
    return any(p.ent_type_ in {"ORG", "NORP"} or p.lemma_.lower() in BARE_ORG_HEADS
               or p.lemma_.lower() in GROUP_MEMBER_HEADS for p in takers)


def _entered_ground(doc: Doc, start: int, end: int) -> bool:
    """"Troops entered Orrin", "stormed Tesk": the object of a verb of going into ground,
    unless a body's kind word names it ("entered Parliament")."""
    root = doc[end - 1]
    if root.dep_ != "dobj" or root.head.lemma_.lower() not in ENTERING_VERBS:
        return False
    return not any(t.lower_ in ORG_NAME_NOUNS or t.lemma_.lower() in COMMON_ORG_HEADS
                   for t in doc[start:end])


def _held_under(root: Token) -> bool:
    """"Orrin remains under rebel control", "Tesk has been under siege since May": the
    subject of being held under a siege, a control, an occupation."""
    if root.dep_ != "nsubj" or root.head.lemma_.lower() not in {"be", "remain", "stay", "come",
                                                               "fall", "lie"}:
        return False
    return any(p.lemma_.lower() in HELD_UNDER_NOUNS for c in root.head.children
               if c.dep_ == "prep" and c.lower_ == "under"
               for p in c.children if p.dep_ == "pobj")


def _who_clause(root: Token) -> bool:
    """"X, who heads Y": a relative clause on the name whose subject is "who"."""
    return any(c.dep_ == "relcl" and any(g.dep_ in {"nsubj", "nsubjpass"} and g.lower_ == "who"
                                         for g in c.children) for c in root.children)


def _which_clause(root: Token) -> bool:
    """"X, which ...": a relative clause on the name opened by "which" (people take "who")."""
    return any(c.dep_ == "relcl" and c.left_edge.lower_ == "which" for c in root.children)


_NORP_ID = get_string_id("NORP")
_MODIFIER_IDS = frozenset({get_string_id("amod"), get_string_id("compound")})


def _vote_demonyms(doc: Doc, mentions: list[Mention]) -> None:
    """"Ustrani forces ... in Ustran": a one-word name whose nationality adjective the
    article uses is a place, whatever the tagger called it; "Orrani fighters ... the
    Orranis": the adjective's plural is the group."""
    arrays = arrays_of(doc)  # Tokens only of the capitalised words the test below may take
    texts, ents, pos, dep = arrays.text, arrays.ent_type, arrays.pos, arrays.dep
    capitalised = [i for i in range(len(doc))
                   if (ents[i] == _NORP_ID or pos[i] == ADJ or dep[i] in _MODIFIER_IDS)
                   and texts[i][:1].isupper() and texts[i].isalpha()]
    adjectives = {t.text for t in [doc[i] for i in capitalised]
                  if t.text[:1].isupper() and t.text.isalpha()
                  and (t.ent_type_ == "NORP" or (t.pos_ == "ADJ" and not t.is_sent_start)
                       or (t.dep_ in {"amod", "compound"} and t.head.pos_ == "NOUN"
                           and t.head.text.islower()))}
    for m in mentions:
        if m.end - m.start != 1 or m.common or m.titled or is_acronym(m.text) \
                or not m.text.isalpha():
            continue
        if m.text[:-1] in adjectives and m.text.endswith("s"):
            m.votes["Organization"] += EVIDENCE_WEIGHT
        elif any(demonym_of(adj, m.text) for adj in adjectives):
            m.votes["Place"] += EVIDENCE_WEIGHT


#: Words after a place's name in the name of its local body ("Tesk City Council", "Orrin
#: County Sheriff's Office", "Lunet Municipal Court").
LOCAL_BODY_WORDS = frozenset({"city", "county", "town", "municipal", "provincial",
                              "regional", "district", "metropolitan", "borough"})


def _vote_short_bodies(mentions: list[Mention]) -> None:
    """"Trask Logistics said ... Trask will cut 300 jobs": a one-word name the tagger took
    for a person, that opens or ends the name of an organisation the text named and is no
    word of any person's name there, is that organisation's short form."""
    bodies: set[str] = set()
    people: set[str] = set()
    for m in mentions:
        words = m.text.split()
        if len(words) > 1 and m.votes.most_common(1)[0][0] == "Organization" \
                and not m.common and words[-1].lower() not in COMMON_ORG_HEADS:
            bodies.update((words[0], words[-1]))  # not "Kalindra army": a place's body
        elif m.votes.most_common(1)[0][0] == "Person" and len(words) > 1:
            people.update(words)
    if not bodies:
        return
    for m in mentions:
        if m.end - m.start == 1 and m.ner_type == "Person" and m.text in bodies \
                and m.text not in people and not m.titled:
            m.votes["Organization"] += DEFINING_WEIGHT


def _towns_of_bodies(mentions: list[Mention]) -> set[str]:
    """The first words of local bodies' names ("Tesk" of "Tesk City Council")."""
    return {words[0] for m in mentions if m.ner_type == "Organization"
            and len(words := m.text.split()) > 2 and words[1].lower() in LOCAL_BODY_WORDS
            and words[1][:1].isupper() and words[0][:1].isupper()}


def _council_towns(doc: Doc, found: list[Mention]) -> list[Mention]:
    """The town of a local body where the text names it alone and the tagger missed it
    ("Residents of Delm" after "the Delm County Council")."""
    towns = _towns_of_bodies(found)
    if not towns:
        return []
    covered = {i for m in found for i in range(m.start, m.end)} | _tagged(doc)
    return [Mention(t.i, t.i + 1, t.text, "Place") for t in doc
            if t.text in towns and t.i not in covered and t.pos_ in {"PROPN", "NOUN"}
            and not (t.i + 1 < len(doc) and doc[t.i + 1].text[:1].isupper())]


def _vote_councils_towns(mentions: list[Mention]) -> None:
    """"the Tesk City Council ... Tesk has 20,000 people": a one-word name that opens the
    name of a local body is the place that body governs."""
    towns = _towns_of_bodies(mentions)
    for m in mentions:
        if m.text in towns and m.end - m.start == 1 and not m.titled:
            m.votes["Place"] += EVIDENCE_WEIGHT


def _outlet_after(doc: Doc, end: int) -> bool:
    """"the Lunet news agency reported": an outlet noun right after the name, not itself
    followed by the outlet's own name ("the Halvik news agency Nord" is a place's)."""
    i = end + 1
    if i >= len(doc) or doc[end].lower_ != "news" or doc[i].lower_ not in OUTLET_AFTER_NOUNS:
        return False
    return i + 1 >= len(doc) or doc[i + 1].pos_ != "PROPN"


def _age_after(doc: Doc, end: int) -> bool:
    """", 36," right after a name: a person's age."""
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 2].text not in {",", ")"}:
        return False
    number = doc[end + 1].text
    return number.isdigit() and 0 < int(number) < 120


#: Nouns whose "of" gives the name of a place of that kind ("the town of X", "the favela of
#: X"; not "the capital of X", which names the country).
_KIND_OF_NOUNS = frozenset({"town", "city", "village", "district", "province", "region",
                            "county", "favela", "slum", "shantytown", "township",
                            "neighbourhood", "neighborhood", "suburb"})


def _descriptors(doc: Doc, m: Mention) -> list[str]:
    """Common nouns right before the name, in apposition to it ("retailer Shopwell") or
    said of it ("Tesk is the largest town in the valley", "Orion is a software firm")."""
    words = []
    if m.start > 0 and doc[m.start - 1].pos_ == "NOUN":
        words.append(doc[m.start - 1].lemma_.lower())
    if m.start > 1 and doc[m.start - 1].lower_ == "of" and doc[m.start - 2].lemma_.lower() in (
            _KIND_OF_NOUNS) and doc[m.end - 1].lower_ not in ORG_NAME_NOUNS:
        words.append(doc[m.start - 2].lemma_.lower())  # "the favela of X", however parsed
    root = doc[m.end - 1]
    related = [c for c in root.children if c.dep_ == "appos"
               and not any(w.lower_ == "whose" for w in c.children)]  # "X, whose leader"
    if root.dep_ == "appos":
        related.append(root.head)
    if root.dep_ in {"nsubj", "nsubjpass"} and root.head.lemma_ == "be":
        related += [c for c in root.head.children if c.dep_ == "attr"]  # "X is a town"
    words += [spread_kind(t) for t in related
              if t.pos_ == "NOUN" and not (m.start <= t.i < m.end)]
    return words


# ------------------------------------------------------------------ table


def _table(clusters: list[Cluster]) -> EntityTable:
    entities: list[Entity] = []
    token_entity: dict[int, str] = {}
    spans: dict[str, list[tuple[int, int]]] = {}
    types: dict[str, str] = {}
    descriptors: dict[str, set[str]] = {}
    used_labels: dict[tuple[str, str], str] = {}
    for c in clusters:
        etype, label = c.type, cluster_label(c)
        existing = used_labels.get((etype, normalise_name(label)))
        key = existing or f"e{len(entities) + 1}"
        ms = sorted(c.mentions, key=lambda m: m.start)
        for m in ms:
            for i in range(m.start, m.end):
                token_entity[i] = key
        spans.setdefault(key, []).extend((m.start, m.end) for m in ms)
        descriptors.setdefault(key, set()).update(d for m in ms for d in m.descriptors)
        types[key] = etype
        if existing:
            continue
        used_labels[(etype, normalise_name(label))] = key
        aliases = tuple(sorted({m.text for m in ms} - {label}
                               | ({m.alias for m in ms if m.alias} - {label.lower()})))
        entities.append(Entity(key=key, type=etype, label=label, aliases=aliases))
    return EntityTable(entities, token_entity, spans, types, descriptors)


def is_description(label: str) -> bool:
    """A label with no capital ("government", "health ministry") describes; it does not name."""
    return label == label.lower()


def with_char_mentions(table: EntityTable, doc: Doc) -> list[Entity]:
    """The entities with their mention character spans filled in."""
    out = []
    arrays = arrays_of(doc)  # the words' offsets and texts, with no Token of each
    idx, texts = arrays.idx, arrays.text
    for e in table.entities:
        spans = tuple(CharSpan(idx[s], idx[t - 1] + len(texts[t - 1]))
                      for s, t in sorted(table.mention_spans[e.key]))
        out.append(Entity(key=e.key, type=e.type, label=e.label, aliases=e.aliases,
                          mentions=spans))
    return out


#: Nouns whose "of" phrase is a place even when the tagger names nothing there.
_PEOPLE_OF_PLACE = frozenset({"resident", "inhabitant", "mayor", "governor", "outskirt",
                              "suburb", "citizen", "townspeople", "villager"})
#: Last words of the names of sites where things happen to people: "at Ridgefield High
#: School", "escaped from Harlow Prison", "died at Marwick General Hospital".
SITE_NAME_HEADS = frozenset({"school", "prison", "jail", "gaol", "penitentiary", "stadium",
                             "arena", "airport", "mall", "cathedral", "church", "mosque",
                             "temple", "synagogue", "hospital", "station", "park", "square",
                             "market", "bridge", "beach", "hotel", "camp", "barracks"})
#: Prepositions of where a deed is done ("at", "in", "outside", "from").
_SITE_PREPS = frozenset({"at", "in", "inside", "outside", "near", "from", "into", "to",
                         "behind", "opposite", "across"})


def _named_site(doc: Doc, m: Mention, root: Token) -> bool:
    """A name of several words ending in a site's noun, as the object of a preposition of
    place on a verb ("opened fire at X High School", "escaped from X Prison", "died at X
    Hospital"): the site where it happened, a place. Not "a doctor at X Hospital" (a
    noun's phrase: the employer) nor "X Hospital said"."""
    if m.end - m.start < 2 or root.lower_ not in SITE_NAME_HEADS or root.dep_ != "pobj":
        return False
    prep = root.head
    return prep.lower_ in _SITE_PREPS and prep.head.pos_ == "VERB"


#: Unions of the word lists above that tests read, made once (``A | B`` in a test
#: builds a new set at every call).
_ROLE_OR_TITLE = ROLE_NOUNS | TITLES
_DESCRIPTOR_OR_ROLE = ORG_DESCRIPTOR_NOUNS | ROLE_NOUNS
_NOT_NAME_OR_TITLE = _NOT_NAME_WORDS | TITLES
_NOT_NAME_TITLE_OR_CALENDAR = _NOT_NAME_WORDS | TITLES | CALENDAR_WORDS
_ORG_OR_BODY_DESCRIPTOR = ORG_DESCRIPTOR_NOUNS | BODY_DESCRIPTOR_NOUNS
_MEMBER_HEADS_OR_MILITIA = GROUP_MEMBER_HEADS | {"militia"}
