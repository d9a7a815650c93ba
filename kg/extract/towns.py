"""Towns named by invented-looking names: the small tagger reads "Velmora" or "Lorvane" as
a person or a body, but the text treats them as ground. Troops enter a place, people flee
it, it has residents, a mayor, a hospital and streets ("Lorvane's hospital", "Tremmick
residents"). ``vote_town`` adds that evidence to a name's type vote; ``town_mentions``
adds the names the tagger missed before such a noun. Syntax only, no list of names.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.strings import get_string_id
from spacy.symbols import PROPN
from spacy.tokens import Doc, Token

from kg.extract.clusters import EVIDENCE_WEIGHT, Mention
from kg.extract.event_kinds import cleared_ground, expelled_from
from kg.extract.partitive import whole_owner
from kg.extract.place_kinds import called_a_place
from kg.extract.tokens import arrays_of, indices_with, tokens_with

_COMPOUND_ID = get_string_id("compound")  # compared as an int over whole documents
#: Offices only a state or a town has, as titles before a name.
STATE_TITLES = frozenset({"minister", "premier", "king", "queen", "governor", "mayor", "emir",
                          "sultan", "monarch", "chancellor", "president-elect"})
#: Verbs whose object is ground: one enters, flees, crosses or besieges a place.
PLACE_OBJECT_VERBS = frozenset({
    "enter", "flee", "cross", "besiege", "shell", "bombard", "evacuate", "invade",
    "encircle", "blockade", "storm", "overfly", "reenter", "re-enter",
})
#: What only a town has: "Lorvane's hospital", "Tremmick residents", "Orrin's streets".
TOWN_NOUNS = frozenset({
    "resident", "inhabitant", "villager", "townspeople", "townsfolk", "mayor", "hospital",
    "street", "outskirt", "suburb", "neighbourhood", "neighborhood", "population",
    "marketplace", "harbour", "harbor", "townhall", "town-hall",
})


def vote_town(doc: Doc, m: Mention, surnames: set[str]) -> None:
    """A one-word name that is the object of a verb of ground ("troops entered X") or
    owns or qualifies what only a town has ("X's hospital", "X residents") leans to place;
    not the surname of a person named in full ("medics evacuated Moreno")."""
    if m.ner_type != "Place" and not m.titled and not m.common and _toponym(m.text) and (
            held_by_control(doc[m.end - 1]) or _ground_object(doc[m.end - 1])):
        m.votes["Place"] += EVIDENCE_WEIGHT  # "seized Kafr Selm", "captured Al-Marwa"
        return
    if m.ner_type == "Place" or m.end - m.start != 1 or m.titled or m.common \
            or m.text in surnames:
        return
    root = doc[m.end - 1]
    if _ground_object(root) or _owns_town_noun(root) or _owns_state_title(root) or (
            held_by_control(root)):
        m.votes["Place"] += EVIDENCE_WEIGHT


def town_mentions(doc: Doc, found: list[Mention], tagged: frozenset[int]) -> list[Mention]:
    """One capitalised word the tagger missed that qualifies what only a town has
    ("Tremmick residents voted"): a place."""
    cands = [t for t in tokens_with(doc, _COMPOUND_ID, PROPN) if _owns_town_noun(t)]
    if not cands:
        return []
    covered = {i for m in found for i in range(m.start, m.end)} | tagged
    return [Mention(t.i, t.i + 1, t.text, "Place") for t in cands
            if t.i not in covered and t.text[:1].isupper() and t.is_alpha
            and not (t.i > 0 and doc[t.i - 1].pos_ == "PROPN" and doc[t.i - 1].head.i == t.head.i)]


#: Verbs of taking or holding ground whose object a one-word name may be ("seized Tesk",
#: "the rebels hold Orrin", "regained Dunmore"); people are taken and held too, so a name
#: with a complement of its own ("held X responsible", "took X hostage", "took X to
#: hospital") or a person's surname is left alone.
HOLDING_VERBS = frozenset({
    "capture", "seize", "take", "hold", "control", "regain", "retake", "recapture",
    "reclaim", "overrun", "liberate", "occupy", "reoccupy", "annex", "conquer", "secure",
    "wrest", "lose",
})
#: Verbs by which a side gives ground up ("surrendered X to the militia", "ceded X").
YIELDING_VERBS = frozenset({"surrender", "cede"})
#: What a side raises over ground it has taken.
FLAG_NOUNS = frozenset({"flag", "banner", "standard", "colours", "colors"})
#: Of those, the ones only ground undergoes, so their passive subject is ground too ("X
#: was overrun", "X has been retaken"), unlike "X was captured" (a fugitive may be).
GROUND_ONLY_VERBS = frozenset({"overrun", "liberate", "occupy", "reoccupy", "annex",
                               "conquer", "retake", "recapture", "reclaim", "regain"})
#: Nouns of a change or state of control whose "of" phrase is what is held ("the fall of
#: X", "the capture of X", "control of X").
HOLDING_NOUNS = frozenset({"capture", "seizure", "takeover", "fall", "occupation",
                           "liberation", "recapture", "annexation", "control", "conquest",
                           "retaking", "surrender"})
#: Verbs of a state a place is in ("X is / remains / came under their control").
_STATE_VERBS = frozenset({"be", "remain", "stay", "come", "fall"})
#: Complements that make "took X" / "held X" about a person ("hostage", "to hospital").
_PERSON_COMPLEMENTS = frozenset({"oprd", "xcomp", "acomp", "ccomp"})


#: First words of place names in many languages ("Kafr Selm", "Port Selby", "San Lunet",
#: "Novo Tesk"): generic words for a village, a well, a hill, a port or a saint.
TOPONYM_HEADS = frozenset({
    "kafr", "kfar", "tell", "tel", "tal", "bir", "deir", "dayr", "wadi", "ras", "ain", "ein",
    "jebel", "jabal", "khan", "beit", "bayt", "bab", "umm", "qasr", "sidi", "nahr", "marsa",
    "port", "fort", "mount", "san", "santa", "saint", "st", "nueva", "nuevo", "novo",
    "nova", "novaya", "nizhny", "bandar", "kota", "kampong", "ban", "puerto", "porto",
    "villa", "ciudad", "sveti", "bad", "dar", "hassi", "ksar", "oued", "sheikh"})
#: Article prefixes a place name starts with ("Al-Marwa", "El Tesk", "Ad-Dunmore").
_ARTICLE_PREFIXES = ("al-", "el-", "ad-", "ar-", "as-", "ash-", "at-", "az-", "an-", "ed-")


def _toponym(name: str) -> bool:
    """Whether a name starts or ends the way place names do ("Kafr Selm", "Al-Marwa",
    "Port Selby", "Lunet Oblast"); a person's full name is no evidence either way."""
    words = name.split()
    first = words[0].lower() if words else ""
    return (len(words) > 1 and (first in TOPONYM_HEADS or words[-1].lower() in (
        NAMED_KIND_NOUNS))) or (
        first.startswith(_ARTICLE_PREFIXES) and len(first) > 4 and len(words) == 1)


def _same(a: Token | None, b: Token) -> bool:
    return a is not None and a.i == b.i


def held_by_control(token: Token) -> bool:
    """Whether ``token`` (a one-word name) is ground taken or held: the object of a verb of
    taking ground, the passive subject of one only ground undergoes, the "of" phrase of
    "the fall / capture / control of", the subject of "fell to", or what is pushed out
    of ("drove the rebels out of X")."""
    head = token.head
    lemma = head.lemma_.lower()
    if _same(cleared_ground(head), token) or (token.dep_ == "pobj" and any(
            _same(expelled_from(v), token) for v in (head.head, head.head.head))):
        return True  # "cleared X of rebels", "drove the militia out of X"
    if token.dep_ in {"dobj", "npadvmod"} and head.pos_ == "VERB" and lemma in YIELDING_VERBS:
        return True  # "surrendered X to the rebels", "ceded X"
    if token.dep_ == "dobj" and head.pos_ == "VERB" and lemma in {"win", "get"} and any(
            c.dep_ in {"prt", "advmod"} and c.lower_ == "back" for c in head.children):
        return True  # "won back X"
    if token.dep_ == "dobj" and head.pos_ == "VERB" and lemma in HOLDING_VERBS:
        return not any(c.dep_ in _PERSON_COMPLEMENTS or (c.dep_ == "prep" and c.lower_ == "to")
                       for c in head.children)
    if token.dep_ == "pobj" and head.lower_ in {"over", "of"} and head.head.lemma_.lower() in {
            "control", "charge"} and (head.lower_ == "over" or head.head.lower_ == "charge"):
        return True  # "full control over X", "in charge of X"
    if token.dep_ == "pobj" and head.lower_ == "over" and any(
            c.dep_ == "dobj" and c.lemma_.lower() == "control" for c in head.head.children):
        return True  # "established control over X" (the parser hangs "over" on the verb)
    if token.dep_ == "pobj" and head.lower_ == "over" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in FLAG_NOUNS for c in head.head.children):
        return True  # "raised their flag over X"
    if token.dep_ == "nsubjpass" and lemma in GROUND_ONLY_VERBS:
        return True
    if token.dep_ == "nsubj" and lemma in GROUND_ONLY_VERBS and head.tag_ in {"VBN", "VBD"} and (
            head.dep_ in {"ccomp", "oprd", "xcomp"}) and head.head.lemma_.lower() in {
            "declare", "pronounce", "proclaim"} and not any(
            c.dep_ in {"aux", "auxpass", "dobj"} for c in head.children):
        return True  # "declared X liberated"
    if token.dep_ == "nsubjpass" and any(
            c.dep_ == "prep" and c.lower_ == "under" and any(
                p.lemma_.lower() == "control" for p in c.children) for c in head.children):
        return True  # "X was brought / put / placed under their control"
    if token.dep_ == "nsubj" and lemma == "fall" and any(
            c.dep_ == "prep" and c.lower_ == "to" for c in head.children):
        return True  # "X fell to the rebels": not "X fell ill", "shares fell"
    if token.dep_ == "nsubj" and lemma in _STATE_VERBS and any(
            c.dep_ == "prep" and c.lower_ in {"under", "in"} and any(
                p.dep_ == "pobj" and p.lemma_.lower() in {"control", "hand"} for p in c.children)
            for c in head.children):
        return True  # "X is under their control", "X remains in rebel hands"
    owner = whole_owner(token)
    if owner is not None and held_by_control(owner):
        return True  # "seized parts of X", "holds most of X", "took villages near X"
    if token.dep_ == "pobj" and head.lower_ == "of":
        owner = head.head
        if owner.pos_ == "NOUN" and owner.lemma_.lower() in HOLDING_NOUNS:
            return True
        return owner.lower_ == "out" and owner.head.pos_ == "VERB"  # "drove them out of X"
    if token.dep_ == "poss" and head.pos_ == "NOUN" and head.lemma_.lower() in HOLDING_NOUNS:
        return not any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)
    return False  # "X's capture" (the militia's capture of X: the taker)


#: Kinds of place a name before them is one of ("Orrin city", "the Tesk district").
NAMED_KIND_NOUNS = frozenset({"town", "city", "village", "province", "district", "region",
                              "county", "valley", "island", "municipality", "governorate",
                              "oblast", "prefecture", "canton", "borough", "port"})
#: Entity labels a missed place name may carry or none ("Orrin" read as a people's name).
_LOOSE_LABELS = frozenset({"", "NORP", "PERSON", "ORG", "GPE", "LOC", "FAC", "PRODUCT",
                           "WORK_OF_ART", "EVENT", "DATE"})
#: Words a DATE label is right about (an invented town may be tagged one too).
CALENDAR_WORDS = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "christmas", "easter", "ramadan", "eid", "today",
    "tomorrow", "yesterday", "tonight"})


def loose_capitalised(doc: Doc, found: list[Mention], labels: frozenset[str], *,
                      first: bool = False) -> Iterator[Token]:
    """Capitalised proper nouns inside no name found yet, not starting their sentence
    (``first``: also those that do), no calendar word, whose tagger's label (or none) is
    one of ``labels``: the candidates of the rules that find one-word place names the
    tagger missed."""
    covered = {i for m in found for i in range(m.start, m.end)}
    arrays = arrays_of(doc)  # a Token only of a capitalised word no name covers
    texts, lowers = arrays.text, arrays.lower
    for t in [doc[i] for i in indices_with(doc, pos=PROPN) if i not in covered
              and texts[i][:1].isupper() and lowers[i] not in CALENDAR_WORDS]:
        if t.ent_type_ in labels and t.is_alpha and (first or not t.is_sent_start):
            yield t


def held_mentions(doc: Doc, found: list[Mention]) -> list[Mention]:
    """One capitalised word no other rule made a name that a control frame takes as ground
    ("the militia seized Orrin", "the fall of Tesk") or that names a kind of place
    ("Orrin city", "the Tesk district"): a place. A word that starts its sentence counts
    only when the frame takes it as ground ("Selby fell to the rebels on Monday")."""
    out = []
    for t in loose_capitalised(doc, found, _LOOSE_LABELS, first=True):
        if t.is_sent_start and not (t.tag_ == "NNP" and held_by_control(t)):
            continue
        if any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in t.children) or (
                t.dep_ == "compound" and t.head.pos_ == "PROPN"):
            continue  # one word only: not a part of a longer name
        kind = t.dep_ == "compound" and t.head.pos_ == "NOUN" and (
            t.head.lemma_.lower() in NAMED_KIND_NOUNS)
        if kind or held_by_control(t) or called_a_place(t):
            out.append(Mention(t.i, t.i + 1, t.text, "Place"))  # "X, a town in Y" too
    return out


def _owns_state_title(token: Token) -> bool:
    """"Veska's Prime Minister Ilvo Danek", "Orrin's Mayor X": the possessor of a person
    titled by an office of a state or a town (not "President": firms have one too)."""
    head = token.head
    return token.dep_ == "poss" and head.pos_ == "PROPN" and any(
        c.dep_ == "compound" and c.lower_ in STATE_TITLES for c in head.children)


def _ground_object(token: Token) -> bool:
    head = token.head
    return token.dep_ == "dobj" and head.pos_ == "VERB" \
        and head.lemma_.lower() in PLACE_OBJECT_VERBS


def _owns_town_noun(token: Token) -> bool:
    head = token.head
    return token.dep_ in {"poss", "compound"} and head.pos_ == "NOUN" \
        and head.i > token.i and head.lemma_.lower() in TOWN_NOUNS
