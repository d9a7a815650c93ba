"""Place names the small tagger calls a person or a body ("Dunmore" PERSON, "Kestrin" ORG):
the type of such a name is settled over the whole document, from what its mentions say.

Place evidence (``place_clues``): the name is what troops, floods or crowds move on
("advanced on X", "closed in on X", "launched an assault on X"); it qualifies a noun of
ground or of administration ("the X valley", "the X district", "the X crossing", "the X
front"); it owns what only a town has ("X's outskirts", "X residents"); the tagger called
another of its mentions a place. Person and organisation evidence is what the votes of
``kg.extract.entities`` already hold beyond the tagger's label (a title, a rank, an age,
"he said", "X Inc", "the firm X"), plus being the surname of a person named in full.
``settle_place_names`` types the name Place (every mention) when the place evidence is
clear and the other is absent or weaker. Syntax and broad lexicons only, no names.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from spacy.tokens import Doc, Token

from kg.extract.clusters import (
    DEFINING_WEIGHT,
    EVIDENCE_WEIGHT,
    NER_WEIGHT,
    NEWSROOM_NAME_WORDS,
    Mention,
)
from kg.extract.lexicon import ORG_NAME_NOUNS, REPORTING_VERBS
from kg.extract.towns import held_by_control, loose_capitalised

#: Labels of the tagger's a missed place name may carry (or none).
_LOOSE_LABELS = frozenset({"", "NORP", "DATE", "PRODUCT", "WORK_OF_ART", "EVENT"})

#: Nouns of ground, water, administration and routes a name before them is a place of
#: ("the X valley", "X province", "the X road", "the X crossing").
GEO_NOUNS = frozenset({
    "valley", "gorge", "canyon", "pass", "ridge", "hill", "hills", "mountain", "mountains",
    "range", "highlands", "plain", "plains", "plateau", "basin", "delta", "coast",
    "coastline", "shore", "river", "lake", "bay", "gulf", "estuary", "marshes", "forest",
    "desert", "peninsula", "island", "islands", "heights", "steppe", "lowlands", "oasis",
    "district", "province", "region", "county", "governorate", "oblast", "municipality",
    "prefecture", "canton", "borough", "township", "parish", "commune", "territory",
    "enclave", "suburb", "suburbs", "outskirts", "neighbourhood", "neighborhood",
    "front", "frontline", "front-line", "road", "highway", "motorway", "corridor",
    "crossing", "checkpoint", "border", "frontier", "airport", "airbase", "airfield",
    "base", "port", "harbour", "harbor", "camp", "bridge", "junction", "railway",
    "dam", "reservoir", "area", "zone", "sector", "axis", "countryside",
    "village", "town", "city", "settlement", "riverbank", "waterfront", "floodplain",
    "stadium", "arena", "circuit", "racecourse", "venue", "ground", "park", "square",
    "quarter", "crossroads", "roundabout", "intersection", "interchange", "favela", "slum",
    "shantytown", "estate", "ghetto", "barrio",
})
#: Of those, the words that also end bodies' names ("the Tesk Front", "Orrin Port
#: Authority"): they count only in lower case, where they are a common noun.
_NAME_ENDINGS = frozenset({"front", "base", "camp", "station", "port", "range", "zone",
                           "sector", "axis", "bridge", "area", "circuit", "arena"})
#: Of those, nouns no verb is spelt like, whatever the parser makes of them.
_NOUN_ONLY = frozenset({"crossroads", "roundabout", "intersection", "junction", "favela",
                        "slum", "shantytown", "neighbourhood", "neighborhood"})
#: Verbs of movement or assault whose "on" phrase is where one goes ("advanced on X",
#: "marched on X", "closed in on X", "bore down on X", "converged on X").
ON_MOTION_VERBS = frozenset({
    "advance", "march", "close", "converge", "push", "move", "descend", "bear", "press",
    "sweep", "roll", "swoop", "encroach", "creep", "home", "zero", "drive", "rain",
    "surge", "pour", "stream", "charge", "inch", "edge",
})
#: Nouns of an offensive whose "on" phrase is ground ("the offensive on X", "the push on X").
ON_OFFENSIVE_NOUNS = frozenset({"offensive", "advance", "march", "push", "onslaught",
                                "incursion", "bombardment", "shelling", "drive", "siege"})
#: Nouns of an attack: their "on" phrase is ground when they are launched or mounted ("launched
#: an assault on X"); "an attack on Judge X" alone may be on a person.
ON_ATTACK_NOUNS = frozenset({"attack", "assault", "strike", "strikes", "airstrike",
                             "airstrikes", "raid", "raids", "offensive", "counteroffensive",
                             "counter-offensive", "operation"})
_LAUNCH_VERBS = frozenset({"launch", "mount", "begin", "start", "step", "intensify", "renew",
                           "resume", "press", "stage", "carry", "unleash", "open"})
#: Prepositions of where and whither, and the verbs (movement, fighting, control,
#: residence, disaster) that make their object ground ("fled from X", "clashed near X").
LOCATIVE_PREPS = frozenset({"in", "at", "near", "outside", "around", "inside", "into",
                            "towards", "toward", "across", "from", "through", "throughout",
                            "beyond", "within", "to"})
GROUND_VERBS = frozenset({
    "flee", "escape", "evacuate", "retreat", "withdraw", "advance", "march", "move", "head",
    "return", "arrive", "travel", "deploy", "station", "base", "gather", "camp", "shelter",
    "fight", "clash", "battle", "shell", "bomb", "strike", "attack", "raid", "patrol",
    "live", "reside", "settle", "stay", "remain", "flood", "hit", "sweep", "spread",
    "rage", "erupt", "burn", "land", "crash", "relocate", "displace", "drive", "push",
    "redeploy", "airlift", "rescue", "trap", "strand", "die", "kill", "wound", "injure",
})
#: Participles of holding that, joined to a holder by a hyphen, qualify the place held
#: ("rebel-held Dara", "government-controlled areas", "militia-run Tesk").
HELD_PARTICIPLES = frozenset({"held", "controlled", "occupied", "run", "ruled"})
#: Nouns of a gathering or a clash whose "at"/"in"/"near" phrase is where it is ("the sit-in
#: at X", "the crowd near X", "clashes at X").
GATHERING_NOUNS = frozenset({
    "rally", "protest", "demonstration", "sit-in", "crowd", "gathering", "vigil", "clash",
    "clashes", "fighting", "barricade", "checkpoint", "protester", "demonstrator", "march",
    "encampment", "standoff", "shooting", "explosion", "blast", "roadblock", "camp"})
#: Last words of a site's name ("Talbot House", "Norland Palace", "Varen Airport"): a name
#: the tagger calls a person or body that ends in one is ground where it is taken or
#: entered, or where things happen ("at X").
SITE_HEADS = frozenset({
    "house", "palace", "hall", "square", "bridge", "airport", "base", "stadium", "market",
    "tower", "towers", "gate", "camp", "port", "station", "barracks", "compound", "fort",
    "building", "plaza", "terminal", "airfield", "airbase", "refinery", "dam", "prison"})
#: Verbs of taking or entering a site ("seized Talbot House", "stormed Norland Palace").
SITE_TAKING_VERBS = frozenset({"take", "seize", "capture", "storm", "occupy", "enter",
                               "overrun", "besiege", "surround", "raid", "control", "hold",
                               "secure", "retake", "recapture", "attack", "shell", "bomb"})
#: Verbs of taking ground that take people too ("captured X" may be a fugitive).
_PEOPLE_TAKERS = frozenset({"capture", "seize", "take", "hold", "secure", "lose", "win",
                            "get"})
#: Nouns of a direction from or a part around a place ("north of X", "the edge of X").
AROUND_NOUNS = frozenset({
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
    "north-east", "north-west", "south-east", "south-west", "outskirts", "outskirt",
    "edge", "edges", "gates", "environs", "vicinity", "suburbs", "outside", "centre",
    "center", "downtown", "countryside", "streets", "residents", "inhabitants", "mayor",
    "governor", "people"})
#: Nouns of a way or a line between places ("the road to X", "the border with X").
ROUTE_NOUNS = frozenset({"road", "highway", "motorway", "route", "railway", "rail", "line",
                         "border", "frontier", "corridor", "crossing", "bridge", "pass",
                         "flight", "flights", "ferry", "convoy", "journey", "trek",
                         "pipeline", "track", "trail", "path", "way", "exodus", "evacuation",
                         "withdrawal", "retreat", "march", "advance"})
#: What only a town has, owned or qualified by its name ("X's outskirts", "X residents").
TOWN_PARTS = frozenset({"resident", "inhabitant", "villager", "townspeople", "outskirt",
                        "outskirts", "centre", "center", "street", "streets", "suburb",
                        "suburbs", "neighbourhood", "neighborhood", "mayor", "townhall",
                        "old", "population", "skyline", "waterfront"})


def place_clues(doc: Doc, m: Mention) -> int:
    """The weight of the place evidence of one mention (0: none)."""
    root = doc[m.end - 1]
    head = root.head
    dep = root.dep_
    if dep == "pobj" and head.lower_ in {"on", "upon"} and _moves_on(head):
        return EVIDENCE_WEIGHT
    if geo_compound(doc, m):
        return EVIDENCE_WEIGHT
    if dep in {"poss", "compound"} and head.i > root.i and head.pos_ == "NOUN" \
            and head.lemma_.lower() in TOWN_PARTS:
        return EVIDENCE_WEIGHT
    if dep == "pobj" and head.lower_ in LOCATIVE_PREPS and _ground_verb(head.head):
        return EVIDENCE_WEIGHT
    if dep == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in AROUND_NOUNS:
        return EVIDENCE_WEIGHT  # "north of X", "the outskirts of X", "10 km south of X"
    if dep == "pobj" and head.lower_ in {"to", "from", "with", "between", "through"} \
            and head.head.pos_ == "NOUN" and head.head.lemma_.lower() in ROUTE_NOUNS:
        return EVIDENCE_WEIGHT  # "the road to X", "the border with X", "flights from X"
    if held_by_control(root) and not (dep == "dobj" and head.lemma_.lower() in _PEOPLE_TAKERS):
        return EVIDENCE_WEIGHT  # "the rebels controlled X", "the fall of X"
    if any(c.dep_ == "amod" and c.lower_ in HELD_PARTICIPLES and c.i >= 2
           and doc[c.i - 1].text == "-" for c in root.children) \
            and root.lower_ not in NEWSROOM_NAME_WORDS:
        return EVIDENCE_WEIGHT  # "rebel-held X", not "state-run Kelvar Television"
    if site_name(m) and _site_used(root):
        return EVIDENCE_WEIGHT  # "seized Talbot House", "the crowd at Norland Square"
    return 0


def _says_as_person(doc: Doc, m: Mention) -> bool:
    """"Hamid Tarek said he was pleased": a name of several words that speaks and is taken
    up by "he" or "she" (before any "it") is a person's."""
    root = doc[m.end - 1]
    if m.end - m.start < 2 or root.dep_ != "nsubj" \
            or root.head.lemma_.lower() not in REPORTING_VERBS:
        return False
    for t in doc[m.end:m.end + 30]:
        if t.lower_ in {"he", "she", "his", "her"}:
            return True
        if t.lower_ in {"it", "its"}:
            return False
    return False


def _site_speaks(doc: Doc, m: Mention) -> bool:
    """"Norland Palace said": a site's name that speaks stands for the body in it."""
    root = doc[m.end - 1]
    return root.dep_ == "nsubj" and root.head.lemma_.lower() in REPORTING_VERBS


def site_name(m: Mention) -> bool:
    """"Talbot House", "Norland Palace": a name of several words ending in a site's noun."""
    words = m.text.split()
    return len(words) > 1 and words[-1][:1].isupper() and words[-1].lower() in SITE_HEADS


def _site_used(root: Token) -> bool:
    """The last word of a site's name taken or entered, or after "at", "in", "inside" ..."""
    head, dep = root.head, root.dep_
    if dep in {"dobj", "nsubjpass"} and head.pos_ == "VERB":
        return head.lemma_.lower() in SITE_TAKING_VERBS
    return dep == "pobj" and head.lower_ in {"at", "in", "inside", "outside", "near", "into",
                                             "around", "from"} and head.head.pos_ != "PROPN"


def geo_compound(doc: Doc, m: Mention) -> bool:
    """"the X valley", "X province", "the X crossing": the word after the name is a noun of
    ground the name qualifies ("the Tesk Front" is a body's name: its head is upper case)."""
    if m.end >= len(doc):
        return False
    nxt = doc[m.end]
    lower = nxt.lower_
    if lower not in GEO_NOUNS and nxt.lemma_.lower() not in GEO_NOUNS:
        return False
    if lower in _NAME_ENDINGS and not nxt.is_lower:
        return False
    if doc[m.end - 1].head.i == nxt.i or (nxt.is_lower and lower in _NOUN_ONLY):
        return True  # "the X crossing" (even where the tagger reads "crossing" as a verb)
    return nxt.pos_ in {"NOUN", "PROPN"} and nxt.dep_ in {
        "pobj", "dobj", "nsubj", "nsubjpass", "conj", "appos", "npadvmod"}


def _body_word(m: Mention) -> bool:
    """"Kestrel Systems", "the Tesk Front", "Orrin Party": a body's kind inside the name."""
    words = m.text.split()
    return len(words) > 1 and any(w.lower() in ORG_NAME_NOUNS for w in words[1:])


def _moves_on(prep: Token) -> bool:
    """Whether "on" hangs on a verb of movement ("advanced on", "closed in on", "bore
    down on") or a noun of an offensive ("the push on", "launched an assault on")."""
    gov = prep.head
    if gov.pos_ in {"ADP", "ADV", "PART"} and gov.dep_ in {"prt", "advmod", "prep"}:
        gov = gov.head  # "closed in on", "bore down on"
    lemma = gov.lemma_.lower()
    if gov.pos_ == "VERB":
        return lemma in ON_MOTION_VERBS
    if gov.pos_ != "NOUN":
        return False
    if lemma in ON_OFFENSIVE_NOUNS:
        return True
    return lemma in ON_ATTACK_NOUNS and gov.dep_ == "dobj" \
        and gov.head.lemma_.lower() in _LAUNCH_VERBS


def _ground_verb(token: Token) -> bool:
    if token.pos_ == "NOUN" and token.lemma_.lower() in GATHERING_NOUNS:
        return True  # "the sit-in at X", "clashes near X"
    if token.pos_ == "NOUN" and token.dep_ in {"dobj", "pobj"}:
        token = token.head  # "launched strikes in X"
    return token.pos_ == "VERB" and token.lemma_.lower() in GROUND_VERBS


def settle_place_names(doc: Doc, mentions: list[Mention], surnames: set[str],
                       speaks: Callable[[Doc, Mention], bool]) -> None:
    """Type Place every mention of a name the tagger called a person or a body at least
    once when its place evidence over the document outweighs its person and body evidence
    (votes beyond the tagger's label; being a person's surname; ``speaks``: "X said he")."""
    groups: dict[str, list[Mention]] = defaultdict(list)
    settled: list[str] = []
    for m in mentions:
        if not m.common:
            groups[m.norm].append(m)
    for group in groups.values():
        if not any(m.ner_type in {"Person", "Organization"} for m in group):
            continue
        place = other = 0
        tagged_place = False
        for m in group:
            clue = place_clues(doc, m)
            if clue:
                m.votes["Place"] += clue
            tagger = NER_WEIGHT if m.votes.get(m.ner_type, 0) >= NER_WEIGHT else 0
            place += m.votes.get("Place", 0) - (tagger if m.ner_type == "Place" else 0)
            other += m.votes.get("Person", 0) + m.votes.get("Organization", 0) - (
                tagger if m.ner_type in {"Person", "Organization"} else 0)
            if m.article and m.ner_type == "Person" and geo_compound(doc, m):
                other -= EVIDENCE_WEIGHT  # "the X crossing": the article is the noun's
            if m.titled or m.text in surnames or (m.ner_type == "Person" and speaks(doc, m)) \
                    or _body_word(m) or (site_name(m) and _site_speaks(doc, m)):
                other += DEFINING_WEIGHT
            tagged_place |= m.ner_type == "Place"
        if any(_says_as_person(doc, m) for m in group):
            for m in group:
                m.votes["Person"] += DEFINING_WEIGHT  # "X Y said he would stay": a person
            continue
        if tagged_place:
            place += EVIDENCE_WEIGHT  # the tagger called another mention a place
        if place >= EVIDENCE_WEIGHT and place > other:
            for m in group:
                m.votes["Place"] += DEFINING_WEIGHT
            settled.append(group[0].text)
    _complete_cut_names(doc, mentions, settled)


def _complete_cut_names(doc: Doc, mentions: list[Mention], names: list[str]) -> None:
    """A place's last word the tagger marked alone ("in Kesh [Amar]") takes back the words
    before it, so that it joins the place and stands for no second one."""
    tails = {n.split()[-1]: n.split()[:-1] for n in names if " " in n}
    if not tails:
        return
    covered = {i for m in mentions for i in range(m.start, m.end)}
    for m in mentions:
        before = tails.get(m.text)
        start = m.start - len(before) if before else -1
        if start >= 0 and [t.text for t in doc[start:m.start]] == before and not any(
                i in covered for i in range(start, m.start)):
            m.start, m.text = start, doc[start:m.end].text
            m.votes["Place"] += DEFINING_WEIGHT


def placed_mentions(doc: Doc, found: list[Mention]) -> list[Mention]:
    """One capitalised word no other rule made a name (the tagger read it as a date, a
    product or nothing) that troops move on ("closed in on Tarrow") or that qualifies a
    lower-case noun of ground ("the Brask road"): a place."""
    out = []
    for t in loose_capitalised(doc, found, _LOOSE_LABELS):
        if (t.i > 0 and doc[t.i - 1].pos_ == "PROPN") or (
                t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN"):
            continue  # one word only: not a part of a longer name
        m = Mention(t.i, t.i + 1, t.text, "Place")
        moved_on = t.dep_ == "pobj" and t.head.lower_ in {"on", "upon"} and _moves_on(t.head)
        if moved_on or (t.ent_type_ != "NORP" and doc[t.i + 1:t.i + 2].text.islower()
                        and geo_compound(doc, m)):
            out.append(m)
    return out

