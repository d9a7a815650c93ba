"""Place names joined by a lower-case particle ("Vila do Mar", "Barrio de la Cruz", "Ras el
Hamra"): the small tagger splits them ("Vila" PERSON, "Mar" PERSON), cuts them ("Luz") or
calls the whole a person or a body. Such a name is typed Place, every occurrence of it in
the document one mention, when the document uses it as ground and never as a person.

Place evidence (``particle_place_use``): the name follows a preposition of where ("in X",
"inside X", "around X"; "from X" and "to X" after a verb of movement or fighting); it is
taken or entered ("seized X", "stormed X", "X was occupied", also when the parser reads the
particle as a verb); it is held, lost or wrested ("the army held X", unless the tagger calls
it only a person); it falls ("X fell to the rebels"); it is fought for ("the battle for X",
"clashes over X"); a noun of ground follows it
("the X neighbourhood", "the X area") or stands beside it ("X, a hillside favela"); or it
owns what only a town has (``kg.extract.placetype.place_clues``: "residents of X", "X's
streets"). Person evidence vetoes: a title or role before it ("Mr X", "Colonel X"), it
speaks ("X said"), a role noun stands beside it ("X, the mayor"). Names of people with
particles ("Luiz da Costa said") stay people. Syntax and broad lexicons only, no names.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Doc, Token

from kg.extract.clusters import DEFINING_WEIGHT, NER_WEIGHT, Mention
from kg.extract.lexicon import PLACE_NOUNS, REPORTING_VERBS, ROLE_NOUNS, TITLES
from kg.extract.placetype import AROUND_NOUNS, GEO_NOUNS, GROUND_VERBS, TOWN_PARTS, place_clues
from kg.extract.tokens import arrays_of

#: Lower-case words that join the parts of a Romance or Arabic place name ("Vila do Mar",
#: "Cerro de los Santos", "Dar el Salam"); at most two in a row ("de la").
PARTICLES = frozenset({"da", "do", "dos", "das", "de", "del", "della", "delle", "di", "du",
                       "des", "la", "las", "los", "le", "les", "el", "al", "ul", "en"})
#: Nouns of a settlement or quarter that, beside the name, make it ground ("the X favela").
QUARTER_NOUNS = GEO_NOUNS | frozenset({
    "favela", "favelas", "slum", "slums", "shantytown", "barrio", "compound", "complex",
    "estate", "community", "hamlet", "locality", "enclave", "quarter", "medina", "souk",
    "market", "neighbourhoods", "neighborhoods", "districts", "villages", "towns",
    "outpost", "stronghold", "hilltop", "hub", "garrison", "foothold", "gateway", "bastion",
    "citadel", "fortress", "heartland", "hinterland", "strip", "pocket", "belt", "terrain",
    "seaport", "lowland", "upland", "islet", "cape", "headland", "precinct", "ward",
    "station", "capital", "city", "town", "village", "settlement"})
#: Prepositions of where a name's phrase is ground with no verb to vouch for it.
_WHERE_PREPS = frozenset({"in", "into", "inside", "at", "near", "around", "outside",
                          "across", "through", "throughout", "within", "towards", "toward"})
#: Prepositions that need a verb of movement or fighting ("fled from X", "marched to X").
_WHITHER_PREPS = frozenset({"from", "to"})
#: Verbs whose object, or passive subject, is ground taken or entered.
TAKING_VERBS = frozenset({"take", "seize", "capture", "enter", "occupy", "storm", "overrun",
                          "control", "retake", "recapture", "raid", "besiege", "surround",
                          "invade", "liberate", "encircle", "reach", "evacuate", "shell",
                          "bomb", "secure", "clear"})
#: Verbs of keeping or losing ground: their object is ground unless the tagger calls the
#: name only a person ("held Jose de la Vega for questioning").
HOLDING_VERBS = frozenset({"hold", "lose", "regain", "reclaim", "wrest", "cede", "annex",
                           "conquer", "reoccupy", "defend", "abandon", "surrender"})
#: Tagger labels that outweigh a PERSON label on another word of the name ("Vila" GPE, "Mar"
#: PERSON).
_GROUND_LABELS = frozenset({"GPE", "LOC", "FAC", "ORG"})
#: Verbs whose subject is the ground that changes hands ("X fell to the rebels").
FALLING_VERBS = frozenset({"fall"})
#: Nouns and verbs of a contest whose "for" or "over" phrase is the ground fought for ("the
#: battle for X", "fighting over X").
CONTEST_WORDS = frozenset({"battle", "fight", "fighting", "struggle", "war", "contest",
                           "clash", "offensive", "push", "race", "scramble", "tussle"})
#: Dependencies the parser gives a particle it reads as a verb ("el", "do") under the verb
#: the whole name complements.
_VERB_READ_DEPS = frozenset({"xcomp", "ccomp", "dobj", "advcl", "conj", "oprd"})
#: Verbs whose "at" phrase is a person, not a place ("shouted at X").
_AT_PERSON_VERBS = frozenset({"look", "shout", "yell", "laugh", "smile", "stare", "point",
                              "glance", "swipe", "lash", "aim", "wave", "jab", "shoot"})
_MAX_PARTS = 6  # longest name taken (words and particles)


def particle_places(doc: Doc, mentions: list[Mention],
                    speaks: Callable[[Doc, Mention], bool]) -> list[Mention]:
    """``mentions`` with every place name joined by a particle made one Place mention at
    each of its occurrences (the tagger's pieces inside it dropped); ``speaks``: "X said
    he ..." makes it a person."""
    spans: dict[tuple[str, ...], list[tuple[int, int]]] = {}
    for start, end in _particle_names(doc):
        spans.setdefault(tuple(t.text for t in doc[start:end]), []).append((start, end))
    for occurrences in spans.values():
        if not _used_as_place(doc, occurrences) or any(
                speaks(doc, Mention(b, e, doc[b:e].text, "Person")) for b, e in occurrences):
            continue
        for start, end in occurrences:
            inside = [m for m in mentions if start <= m.start and m.end <= end]
            if any(m.start < end and start < m.end and m not in inside for m in mentions):
                continue  # part of a longer name ("the Vila do Mar Residents' Union")
            mentions = [m for m in mentions if m not in inside]
            place = Mention(start, end, doc[start:end].text, "Place")
            place.votes["Place"] += DEFINING_WEIGHT + NER_WEIGHT
            place.article = start > 0 and doc[start - 1].lower_ == "the"
            mentions.append(place)
    return mentions


def _particle_names(doc: Doc) -> Iterator[tuple[int, int]]:
    """Token ranges of the shape Word+ (particle{1,2} Word+)+ ("Vila Nova da Serra"), found
    from the particles (read off the document's arrays: few words are particles)."""
    lower = arrays_of(doc).lower
    n, done = len(doc), -1
    for p, word in enumerate(lower):
        if p <= done or word not in PARTICLES or p == 0 or not _name_word(doc, p - 1):
            continue
        start = p - 1
        while start > 0 and start - 1 > done and _name_word(doc, start - 1):
            start -= 1
        end, joined = p, False
        while end < n and end - start < _MAX_PARTS:
            j = end
            while j < n and j - end < 2 and lower[j] in PARTICLES and doc[j].is_lower:
                j += 1
            if j == end or j >= n or not _name_word(doc, j):
                break
            end = j
            while end < n and _name_word(doc, end):
                end += 1
            joined = True
        if joined:
            yield start, end
            done = end - 1


def _name_word(doc: Doc, i: int) -> bool:
    """A capitalised word of a name (not a sentence's first common word)."""
    t = doc[i]
    if not (t.is_alpha and t.is_title) or t.lower_ in PARTICLES:
        return False
    return t.pos_ == "PROPN" or (not t.is_sent_start and t.pos_ in {"NOUN", "ADJ"})


def _used_as_place(doc: Doc, occurrences: list[tuple[int, int]]) -> bool:
    """Whether some occurrence is used as ground and none as a person."""
    place = False
    for start, end in occurrences:
        if _person_use(doc, start, end):
            return False
        place = place or particle_place_use(doc, start, end)
    return place


def particle_place_use(doc: Doc, start: int, end: int) -> bool:
    """Whether the name at ``doc[start:end]`` is used as ground (see the module's doc); the
    parser often reads a particle as a verb ("Morro do Vento"), so the words before the
    name are read as well as its tree."""
    if _place_before(doc, start):
        return True
    root = _root(doc, start, end)
    head, dep = root.head, root.dep_
    if dep == "pobj" and head.lower_ in _WHERE_PREPS:
        return not (head.lower_ == "at" and head.head.lemma_.lower() in _AT_PERSON_VERBS)
    if dep == "pobj" and head.lower_ in _WHITHER_PREPS:
        return head.head.pos_ == "VERB" and head.head.lemma_.lower() in GROUND_VERBS
    if dep in {"dobj", "nsubjpass"} and head.pos_ == "VERB" \
            and _taken(doc, start, end, head.lemma_.lower()):
        return True
    if root.pos_ in {"VERB", "AUX"} and root.lower_ in PARTICLES and dep in _VERB_READ_DEPS \
            and _taken(doc, start, end, head.lemma_.lower()):
        return True  # "seized Ras el Hamra" with "el" read as a verb the name complements
    if dep in {"nsubj", "nsubjpass"} and head.lemma_.lower() in FALLING_VERBS and any(
            c.dep_ == "prep" and c.lower_ in {"to", "into", "under"} for c in head.children):
        return True  # "X fell to the rebels", not "X fell ill"
    if dep == "pobj" and head.lower_ in {"for", "over"} \
            and head.head.lemma_.lower() in CONTEST_WORDS:
        return True  # "the battle for X", "fighting over X"
    if end < len(doc) and doc[end].is_lower and doc[end].lemma_.lower() in QUARTER_NOUNS:
        return True  # "the X neighbourhood", "the X area"
    if end < len(doc) and doc[end].lower_ == "in" and any(
            t.ent_type_ in {"GPE", "LOC"} for t in doc[end + 1:end + 4]):
        return True  # "X in northern Tessaly": it lies in a place
    if any(c.dep_ == "appos" and c.lemma_.lower() in QUARTER_NOUNS | PLACE_NOUNS
           for c in root.children) or _apposed_ground(doc, end):
        return True  # "X, a hillside favela"
    return bool(place_clues(doc, Mention(start, end, doc[start:end].text, "Place")))


def _taken(doc: Doc, start: int, end: int, verb: str) -> bool:
    """Whether ``verb`` takes or keeps the name at ``doc[start:end]`` as ground."""
    if verb in TAKING_VERBS:
        return True
    labels = {t.ent_type_ for t in doc[start:end]}
    return verb in HOLDING_VERBS and ("PERSON" not in labels or bool(labels & _GROUND_LABELS))


def _place_before(doc: Doc, start: int) -> bool:
    """"in (the) X", "seized (the) X", "residents of X": the words just before the name."""
    i = start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    if i < 0:
        return False
    word = doc[i]
    if word.lower_ in _WHERE_PREPS - {"at"}:
        return not _owner(doc, start)  # not "trust in X's government"
    if word.lower_ == "of" and i > 0:
        return doc[i - 1].lemma_.lower() in AROUND_NOUNS | TOWN_PARTS
    if word.lower_ in {"for", "over"} and i > 0:
        return doc[i - 1].lemma_.lower() in CONTEST_WORDS  # "the battle for X"
    return word.pos_ == "VERB" and word.lemma_.lower() in TAKING_VERBS


def _apposed_ground(doc: Doc, end: int) -> bool:
    """", a coastal town", ", the rebel-held district": a noun of ground set beside the
    name, read from the words (the parser seldom hangs it on a name it misread)."""
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in {"a", "an",
                                                                                 "the"}:
        return False
    for t in doc[end + 2:end + 6]:
        if t.is_lower and t.lemma_.lower() in QUARTER_NOUNS | PLACE_NOUNS:
            return True
        if not (t.is_lower and t.pos_ in {"ADJ", "NOUN", "VERB", "PUNCT"}) and t.text != "-":
            return False
    return False


def _owner(doc: Doc, start: int) -> bool:
    """Whether the name starting at ``start`` ends in a possessive ("X's")."""
    return any(t.tag_ == "POS" for t in doc[start:min(start + _MAX_PARTS + 1, len(doc))])


def _person_use(doc: Doc, start: int, end: int) -> bool:
    """A title or role before the name, the name speaking, a role noun beside it."""
    before = doc[start - 1].lower_.rstrip(".") if start > 0 else ""
    if before in TITLES or before in ROLE_NOUNS:
        return True
    root = _root(doc, start, end)
    if root.dep_ == "nsubj" and root.head.lemma_.lower() in REPORTING_VERBS:
        return True
    if any(t.lower_ in {"who", "whom", "whose"} for t in doc[end:end + 3]):
        return True  # "X, who won the vote"
    return any(c.dep_ == "appos" and c.lemma_.lower() in ROLE_NOUNS for c in root.children)


def _root(doc: Doc, start: int, end: int) -> Token:
    """The word of the range whose head lies outside it."""
    return next((t for t in doc[start:end] if not start <= t.head.i < end or t.head.i == t.i),
                doc[end - 1])
