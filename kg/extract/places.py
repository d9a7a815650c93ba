"""Where an event happened when no place phrase hangs on its trigger.

The parse gives a place directly in "clashes in X"; real news often gives it another way:
through a nested phrase ("most of the flats in X", "the centre of X"), a description that
points back ("clashes in the town", after "marched into X"), the clause around the trigger
("X saw heavy clashes", "in X, where clashes were continuing") or a place name the small
model did not tag ("X province has been occupied"). This module finds those, reading the
document once in text order (``PlaceMemory.see``) so that a description only points back.
"""

from __future__ import annotations

from spacy.symbols import NOUN, PROPN
from spacy.tokens import Doc, Token

from kg.extract.civic_events import PROTESTER_NOUNS
from kg.extract.coref import Resolver
from kg.extract.drafts import tokens_text
from kg.extract.event_kinds import MEETABLE_NOUNS
from kg.extract.layout import find_dateline
from kg.extract.lexicon import (
    COMPASS_NOUNS,
    EVENT_TRIGGERS,
    PLACE_NOUNS,
    PLACE_PREPS,
    SPREAD_NOUNS,
    TOWN_QUARTER_NOUNS,
)
from kg.extract.place_grounds import (
    CLAUSE_DEPS,
    DEFINITE_DETS,
    LOCATIVE_PREPS,
    elsewhere,
    holds_event,
    main_place,
    spoken_at,
    takes_description,
)
from kg.extract.place_kinds import SETTLEMENT_NOUNS, described_in_apposition, kinds_agree
from kg.extract.temporal import DATE_LABELS
from kg.extract.tokens import arrays_of

#: Prepositions that put a thing inside a place ("the flats in X", "the outskirts of X").
NESTING_PREPS = frozenset({"of", "in", "at", "near", "around", "inside", "outside",
                           "across", "throughout", "within", "for", "over", "against"})
#: Dependencies of a name that only qualifies another noun.
MODIFIER_DEPS = frozenset({"poss", "compound", "amod", "nmod"})
#: Prepositions whose place, anywhere in a sentence, is where the sentence happens.
SENTENCE_PREPS = frozenset({"in", "near", "inside", "outside", "around", "across",
                            "throughout"})
#: Verbs whose subject is the place of the event that is their object ("X saw clashes").
WITNESS_VERBS = frozenset({"see", "witness", "experience", "suffer", "endure", "record"})
#: Verbs whose event subject strikes the place that is their object ("fighting rocked X",
#: "X was hit by shelling").
IMPACT_VERBS = frozenset({"rock", "hit", "engulf", "grip", "shake", "ravage", "sweep",
                          "devastate", "roil", "convulse", "batter", "pound", "wrack"})
#: Prepositions that set an event apart in time from the clause it hangs on ("clashes in
#: X after the vote": the vote is not said to be in X).
TIME_PREPS = frozenset({"after", "before", "since", "until", "following", "despite", "ahead",
                        "prior"})
#: How many sentences back a place is carried to an event that names none.
CARRY = 1
#: How many sentences back a bare definite description ("the enclave") points.
BACK = 2
#: How far into a document a dateline is looked for (tokens).
DATELINE_TOKENS = 150
_NESTING_DEPTH = 3
_LOCATIVE_DEPTH = 4


class PlaceMemory:
    """What the text has said so far about places: the place each common noun was tied to
    ("a camp in X" -> camp: X) and the place named last, for descriptions to point back to.
    Fed one token at a time in text order."""

    def __init__(self, doc: Doc, res: Resolver) -> None:
        self.res = res
        self.by_noun: dict[str, str] = {}
        self.last: str | None = None
        self.recent: list[str] = []  # the places named so far, the last named last
        self.kinds: dict[str, str] = {}  # place -> the noun the text called it by
        self.quarters: set[str] = set()  # places the text called a quarter ("X, a slum")
        self.names = _place_names(res)
        self.ends_in = _last_words(res)
        self._at: dict[int, str] = {}  # the places this sentence's tokens name
        self.sentence: list[str] = []
        self.named: list[tuple[int, str]] = []  # (token, place) of every place named here
        self.carried: str | None = None  # the ground of the sentence before
        self.grounds: list[str | None] = []  # per sentence before: its ground, the last last
        self._events: list[tuple[Token, list[str]]] = []  # this sentence's placed events
        self._placed: tuple[int, list[str]] = (-1, [])
        self._doc = doc
        self._arrays = arrays_of(doc)
        self._pobj = doc.vocab.strings["pobj"]
        line = find_dateline(tokens_text(doc, 0, DATELINE_TOKENS))  # where the report was filed is
        # not where things happened
        self.after_dateline = line.end if line is not None and line.place is not None else 0

    def begin(self, sent) -> None:
        """Start a sentence: keep where the sentence before happened (its ground), and
        note the places this one's own place phrases name, for events that have no nearer
        place ("Ten soldiers were killed repelling an attack near X")."""
        self.grounds = [*self.grounds, self._ground()][-BACK:]
        self.carried = next((k for k in reversed(self.grounds[-CARRY:]) if k is not None), None)
        self._events = []
        # Tokens only of the words that may name a place (``place_at``: in an entity, or
        # a proper noun the document names a place) and of the objects of a preposition.
        doc, pos, tagged = sent.doc, self._arrays.pos, self.res.table.token_entity
        lowers, names = self._arrays.lower, self.names
        self._at = {i: k for i in range(sent.start, sent.end)
                    if (i in tagged or pos[i] == PROPN and lowers[i] in names)
                    and (k := self._place_at(i)) is not None}
        dep, pobj = self._arrays.dep, self._pobj
        self.sentence = list(dict.fromkeys(
            k for t in [doc[i] for i in range(sent.start, sent.end) if dep[i] == pobj]
            if t.head.lower_ in SENTENCE_PREPS
            and t.head.dep_ == "prep" and (k := self._at.get(t.i) or nested_place(t, self))
            is not None)) if self._at else []  # a phrase's place is one its sentence names
        idx = self._arrays.idx
        self.named = [(i, k) for i, k in self._at.items() if idx[i] >= self.after_dateline]

    def placed(self, trigger: Token, places: list[str]) -> None:
        """The places a trigger's own words and clause give it (before any guess from the
        sentences around), for ``note`` to keep if the trigger is an event."""
        self._placed = (trigger.i, list(places))

    def note(self, trigger: Token) -> None:
        """An event of the sentence begun: its own places make the sentence's ground."""
        i, places = self._placed
        if i == trigger.i and places:
            self._events.append((trigger, places))

    def linked(self, trigger: Token, exclude: set[str]) -> str | None:
        """The place of an earlier event of the sentence whose clause or phrase holds the
        trigger ("Rebels shelled X, killing six", "captured X after two days of fighting",
        "were fighting in X and had repelled several attacks"), nearest first."""
        for event, places in reversed(self._events):
            kept = [k for k in places if k not in exclude]
            if kept and holds_event(event, trigger):
                return main_place([(event, kept)], self.named)
        return None

    def _ground(self) -> str | None:
        """Where the sentence ending happens, for the next to point back to: the place of
        its main event (the trigger nearest the root), the place it goes into or is in
        before one it comes from or lies near ("pushed into X from Y": X); else the place
        it named last ("The army sealed off X. Two soldiers were killed."), not where a
        speaker spoke."""
        if not self._events:  # not where a speaker spoke ("speaking on television in X")
            heard = [(i, k) for i, k in self.named if spoken_at(self._doc[i]) is None]
            return next((k for i, k in reversed(heard) if not self._modifier(self._doc[i])),
                        heard[-1][1] if heard else None)
        return main_place(self._events, self.named)

    def _modifier(self, name: Token) -> bool:
        """"the base of X's gang", "the X police": a name that only qualifies another noun,
        not a place the sentence is about ("focused on Y, ... X's gang": Y)."""
        while self._at.get(name.head.i) == self._at.get(name.i) and name.head.i != name.i:
            name = name.head  # the last word of a name of several
        return name.dep_ in MODIFIER_DEPS and name.head.lemma_.lower() not in PLACE_NOUNS

    def reads(self, i: int) -> bool:
        """Whether ``see`` learns anything from token ``i`` of the sentence begun: a word
        that names a place, or a common noun (the scan makes a ``Token`` of these only)."""
        return i in self._at or self._arrays.pos[i] == NOUN

    def around(self, trigger: Token, exclude: set[str]) -> list[str]:
        """The place of an event whose own words and clause name none: the place its
        sentence names nearest to it ("a failed putsch against X's premier"), else,
        in a sentence that names no place, the ground of the sentence before ("The army
        sealed off X. Two soldiers were killed."), or, for an event that takes a
        description ("seized the enclave"), of the one before that."""
        if set_apart(trigger):
            return []
        if (key := self.linked(trigger, exclude)) is not None:
            return [key]
        doc = trigger.doc
        near = [(k not in self.sentence, abs(i - trigger.i), self._located(doc[i], k))
                for i, k in self.named if k not in exclude and not _time_phrase(doc[i], trigger)
                and not elsewhere(doc[i], trigger)]
        if near:  # a place phrase's place first ("in the town of X"), then the nearest
            return [min(near)[2]]
        here = any(not elsewhere(doc[i], trigger) for i, _ in self.named)
        carried = self.carried
        if carried is None and takes_description(trigger):
            carried = next((k for k in reversed(self.grounds) if k is not None), None)
        if here or carried in exclude or located(clause_verb(trigger) or trigger,
                                                 trigger) or other_ground(trigger):
            return []
        return [carried] if carried is not None else []

    def _located(self, name: Token, key: str) -> str:
        """The place a name locates when it stands in another place's apposition ("X, the
        capital of Y province": X for Y), else its own."""
        head = described_in_apposition(name)
        found = self._at.get(head.i) if head is not None else None
        return found if found is not None else key

    def see(self, token: Token) -> None:
        key = self._at.get(token.i)
        if key is not None:
            if token.dep_ not in MODIFIER_DEPS or token.head.lemma_.lower() in PLACE_NOUNS:
                self.last = key  # "Veska's ministry" speaks of the ministry, not a place
                self.recent = [*(k for k in self.recent if k != key), key]
            self._contains(token, key)
            return
        if token.pos_ != "NOUN":
            return
        lemma = token.lemma_.lower()
        quarter = lemma in TOWN_QUARTER_NOUNS and self._place_described(token) or None
        if quarter is not None:
            self.quarters.add(quarter)  # "X, a sprawling slum": X is "the slum", "the estate"
        if lemma in PLACE_NOUNS:
            found = self._place_described(token)  # "X, a town in Y": the town is X, not Y
        elif self._at:  # a place in the noun's phrase or clause is one its sentence names
            found = quarter or nested_place(token, self) or self._placed_object(token)
        else:
            found = quarter
        if found is not None and lemma not in COMPASS_NOUNS:
            self.by_noun[lemma] = found
            if lemma in PLACE_NOUNS:
                self.kinds[found] = lemma

    def _place_described(self, noun: Token) -> str | None:
        """The place a place noun stands for: the name it is in apposition to ("X, a town
        in Y", "X, the capital of Y"), the name it carries ("X town", "the town of X");
        not the place it lies in (Y) nor its country ("the capital of Y"). "X, a network of
        slums" calls X what the spread is of."""
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and (
                noun.head.head.lemma_.lower() in SPREAD_NOUNS):
            noun = noun.head.head
        if noun.dep_ == "appos" and (key := self.place_at(noun.head)) is not None:
            return key
        named = None  # "X town"; after "of": "the Veska town of X" is X
        for c in noun.children:
            if c.dep_ == "appos" and (key := self.place_at(c)) is not None:
                return key  # "the town, X, ..."
            if c.dep_ in {"compound", "nmod"} and named is None:
                named = self.place_at(c)
            if c.dep_ == "prep" and c.lower_ == "of" and noun.lemma_.lower() not in {
                    "capital", "country", "state", "province", "region"}:
                key = next((k for p in c.children if p.dep_ == "pobj"
                            and (k := self.place_at(p)) is not None), None)
                if key is not None:
                    return key  # "the town of X", "the Veska town of X"
        return named if named is not None else self._misparsed_apposition(noun)

    def _misparsed_apposition(self, noun: Token) -> str | None:
        """"in X, a mountain region claimed by Y": an apposition the parser hung elsewhere
        (as an object), known by its shape: a name, a comma, then the indefinite noun."""
        first = noun.left_edge
        if first.i < 2 or first.lower_ not in {"a", "an"} or noun.dep_ == "appos":
            return None
        doc = noun.doc
        if doc[first.i - 1].text != ",":
            return None
        return self.place_at(doc[first.i - 2])

    def _placed_object(self, noun: Token) -> str | None:
        """"attacked a camp in X": the object of a verb placed in X is there."""
        if noun.dep_ != "dobj":
            return None
        return next((k for c in noun.head.children if c.dep_ == "prep"
                     and c.lower_ in PLACE_PREPS for p in c.children
                     if p.dep_ == "pobj" and (k := self.place_at(p)) is not None), None)

    def place_at(self, token: Token) -> str | None:
        """The place ``token`` names: a tagged one, or an untagged word the document names a
        place elsewhere ("X province" where only a later "in X" was tagged)."""
        return self._place_at(token.i)

    def _place_at(self, i: int) -> str | None:
        """``place_at`` of the document's token ``i``, read from the Doc's arrays: a
        ``Token`` only for a name of another type, which the text may call a place."""
        key = self.res.table.token_entity.get(i)
        if key is not None:
            return key if self.res.table.type_of(key) == "Place" or named_as_place(
                self._doc[i]) else None
        if self._arrays.pos[i] == PROPN:
            return self.names.get(self._arrays.lower[i])
        return None

    def described(self, noun: Token) -> str | None:
        """The place a definite description points back to ("the town", "the camp")."""
        if noun.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in DEFINITE_DETS
                                          for c in noun.children):
            return None
        if any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in noun.children):
            return None  # "the Harbour command" is a name, not a description
        lemma = noun.lemma_.lower()
        if lemma in self.by_noun:
            return self.by_noun[lemma]
        # a name ending in the noun ("the valley" after "the Ardo Valley", "the enclave"
        # after "the Marrow Enclave"), else the ground of the sentences before, else the
        # place named last, that the text has not called another kind of place ("the town"
        # is not the province or the country named after it)
        named = next((k for k in reversed(self.recent) if self.ends_in.get(k) == lemma), None)
        if named is None and lemma in TOWN_QUARTER_NOUNS:  # "the estate": the place called a
            named = next((k for k in reversed(self.recent) if k in self.quarters), None)  # slum
        if named is not None or lemma not in PLACE_NOUNS:
            return named
        quarter = lemma in TOWN_QUARTER_NOUNS  # "the city" is not the slum named in it
        return next((k for k in [*reversed(self.grounds), *reversed(self.recent)]
                     if k is not None and kinds_agree(lemma, self.kinds.get(k))
                     and (quarter or k not in self.quarters)), None)

    def _contains(self, name: Token, key: str) -> None:
        """"X in Y", "a town in Y", "X, Y": Y holds another place, so it is no town (its
        kind, if the text gives none)."""
        head = name.head
        if name.dep_ == "pobj" and head.lower_ == "in":
            inner = head.head
        elif name.dep_ == "appos":
            inner = head
        elif (found := described_in_apposition(name)) is not None:
            inner = found  # "X, a town on the coast of Y"
        else:
            return
        if key not in self.kinds and inner.i != name.i and (
                inner.lemma_.lower() in SETTLEMENT_NOUNS or (
                    inner.pos_ == "PROPN" and (k := self.place_at(inner)) is not None
                    and k != key and k not in self.quarters)):  # a city holds slums too
            self.kinds[key] = "region"


#: Place nouns that, with a name, make it a place whatever the tagger typed ("the Tesk
#: district", "the town of Kerr"): not "port", "base" or "airport", which firms and units
#: are also named after ("the Orrin port authority").
NAMING_PLACE_NOUNS = frozenset({"province", "city", "town", "village", "district", "region",
                                "county", "neighbourhood", "neighborhood", "suburb",
                                "municipality", "governorate", "oblast", "prefecture",
                                "canton", "borough", "valley", "island"})


#: Parts of a town whose "of" names the town ("the main square of Kelvar", "the outskirts
#: of X", "the streets of X").
PARTS_OF_TOWNS = frozenset({"square", "centre", "center", "outskirts", "street", "streets",
                            "heart", "edge", "suburbs", "zone", "area", "neighbourhoods",
                            "neighborhoods", "districts", "villages"})


def named_as_place(token: Token) -> bool:
    """"the Tesk district", "the town of Kerr", "Kelvar province": a name the tagger made a
    person or an organisation that the text itself calls a place, read at the event (the
    entity's type is the entity stage's to settle)."""
    head = token.head
    if token.dep_ in {"compound", "nmod"} and token.pos_ == "PROPN":
        return head.lemma_.lower() in _NAMING_PLACE_OR_ZONE  # "Tesk industrial zone"
    return token.dep_ == "pobj" and head.lower_ == "of" and (
        head.head.lemma_.lower() in _NAMING_PLACE_OR_PART)


def _place_names(res: Resolver) -> dict[str, str]:
    """One-word names (labels and aliases) of the document's places."""
    out: dict[str, str] = {}
    for e in res.table.entities:
        if res.table.type_of(e.key) != "Place":
            continue
        for name in (e.label, *e.aliases):
            if name and " " not in name:
                out.setdefault(name.lower(), e.key)
    return out


def _last_words(res: Resolver) -> dict[str, str]:
    """Place -> the last word of its name when the name has more than one ("the Ardo
    Valley": valley; "the Marrow Enclave": enclave), for "the valley" to point back to."""
    table = res.table
    return {e.key: e.label.rsplit(" ", 1)[-1].lower() for e in table.entities
            if table.type_of(e.key) == "Place" and " " in e.label}


def nested_place(noun: Token, memory: PlaceMemory) -> str | None:
    """A place inside a noun phrase: a name in compound ("X town"), or in its place
    phrases, a few levels down ("most of the flats in X", "the north gate of X")."""
    todo, depth = [noun], 0
    while todo and depth < _NESTING_DEPTH:
        nxt = []
        named = None  # a name modifying the noun: after a place phrase on it
        for t in todo:
            for c in t.children:
                if c.dep_ in {"compound", "nmod", "poss", "appos"}:
                    key = memory.place_at(c)
                    if key is not None and named is None:
                        named = key
                    nxt.append(c)  # "Veska's president X": the name's own modifiers
                if c.dep_ == "prep" and c.lower_ in NESTING_PREPS:
                    for pobj in c.children:
                        if pobj.dep_ != "pobj":
                            continue
                        key = memory.place_at(pobj)
                        if key is not None and (c.lower_ in PLACE_PREPS or named is None or (
                                c.lower_ == "of" and t.lemma_.lower() in NAMING_PLACE_NOUNS)):
                            return key  # "the Delta Grain mill in X": X, whatever the
                            # name before the noun was typed
                        nxt.append(pobj)
        if named is not None:
            return named
        todo, depth = nxt, depth + 1
    return None


def place_of_phrase(noun: Token, memory: PlaceMemory) -> str | None:
    """The place a noun phrase names, holds or points back to ("the town", "the centre
    of the town")."""
    found = memory.place_at(noun) or nested_place(noun, memory)
    if found is not None:
        return found
    pobjs = [p for c in noun.children if c.dep_ == "prep" and c.lower_ in NESTING_PREPS
             for p in c.children if p.dep_ == "pobj"]
    return next((k for w in [noun, *pobjs] if (k := memory.described(w)) is not None), None)


def fallback_places(trigger: Token, arguments: list[Token], memory: PlaceMemory) -> list[str]:
    """Places for an event its own place phrases did not give, most direct first: its
    arguments' phrases, the place it strikes or that sees it, then the clause it stands
    in, then the clause's antecedent."""
    for word in [trigger, *arguments]:
        if word.pos_ not in {"VERB", "AUX", "PRON"}:
            key = place_of_phrase(word, memory)
            if key is not None:
                return [key]
    # the place an event strikes or that sees it, before the clause's frame ("In X, an
    # airstrike hit the Y airport": Y, inside X)
    found = _witness_place(trigger, memory) or _struck_place(trigger, memory)
    if found:
        return found
    clause = clause_verb(trigger)
    found = _locatives(clause, memory) if clause is not None else []
    if found:
        return found
    found = _antecedent_place(clause or trigger, memory)
    if found or set_apart(trigger):
        return found
    if (key := memory.linked(trigger, set())) is not None:
        return [key]
    if len(memory.sentence) != 1 or any(elsewhere(trigger.doc[i], trigger)
                                        for i, k in memory.named if k == memory.sentence[0]):
        return []
    return memory.sentence[:1]


def _time_phrase(word: Token, trigger: Token) -> bool:
    """Whether ``word`` stands in a phrase that sets another event apart in time ("after
    talks in X") that ``trigger`` is not in."""
    t = word
    while t.head.i != t.i:
        if t.dep_ == "prep" and t.lower_ in TIME_PREPS:
            return not any(w.i == trigger.i for w in t.subtree)
        t = t.head
    return False


def located(verb: Token, trigger: Token) -> bool:
    """Whether a clause says where it happens in words that name no known place ("was
    arrested at the company's offices", not "wounded in the fighting", not "appointed in
    January"): then no place is carried to it."""
    return any(c.dep_ == "prep" and c.lower_ in LOCATIVE_PREPS and any(
        p.dep_ == "pobj" and p.i != trigger.i and p.lemma_.lower() not in EVENT_TRIGGERS
        and p.ent_type_ not in DATE_LABELS and not _aimed_at_people(c, p)
        for p in c.children) for c in verb.children)


#: Prepositions of what a deed is aimed at or handed to ("fired at the crowd", "threw
#: stones at police", "handed the keys to the workers").
AIMING_PREPS = frozenset({"at", "to", "toward", "towards"})
#: Nouns of people and their bodies, whom a deed is aimed at or handed to, not where it is.
PEOPLE_NOUNS = MEETABLE_NOUNS | PROTESTER_NOUNS | frozenset({
    "police", "policeman", "officer", "soldier", "troops", "mob", "rioter", "crowd",
    "crowds", "youth", "man", "woman", "child", "civilian", "villager",
    "migrant", "refugee", "prisoner", "motorist", "driver", "passer-by"})


def _aimed_at_people(prep: Token, noun: Token) -> bool:
    """"fired tear gas at the crowd", "threw stones at police", "at them": the people a
    deed is aimed at or handed to say nothing of where it happened."""
    return prep.lower_ in AIMING_PREPS and (
        noun.pos_ == "PRON" or noun.lemma_.lower() in PEOPLE_NOUNS
        or noun.lower_ in PEOPLE_NOUNS)


def other_ground(trigger: Token) -> bool:
    """"took a town in the north", "towns across the country had fallen": the event's
    ground is a place noun that points back to no place named (not definite), so no place
    named before is carried to it."""
    return any(c.dep_ in {"nsubj", "nsubjpass", "dobj"} and c.pos_ == "NOUN"
               and c.lemma_.lower() in PLACE_NOUNS and not any(
                   d.dep_ == "det" and d.lower_ in DEFINITE_DETS for d in c.children)
               for c in trigger.children)


def set_apart(token: Token) -> bool:
    """"after the vote": an event set apart in time from the sentence's."""
    return token.dep_ == "pobj" and token.head.lower_ in TIME_PREPS


def clause_verb(token: Token) -> Token | None:
    """The verb of the clause ``token`` stands in (itself when it is one)."""
    t = token
    for _ in range(_LOCATIVE_DEPTH):
        if t.pos_ in {"VERB", "AUX"}:
            return t
        if t.head.i == t.i or t.dep_ in CLAUSE_DEPS:
            return None
        if t.dep_ == "pobj" and t.head.lower_ in TIME_PREPS:
            return None
        t = t.head
    return None


def _locatives(verb: Token, memory: PlaceMemory) -> list[str]:
    """Places of the clause's own place phrases, on the verb or on its arguments
    ("police stayed in X", "troops entered the suburbs near X"), not in clauses below."""
    out: list[str] = []
    todo = [verb]
    for _ in range(2):
        nxt = []
        for t in todo:
            for c in t.children:
                if c.dep_ in CLAUSE_DEPS:
                    continue
                if c.dep_ == "prep" and c.lower_ in LOCATIVE_PREPS:
                    out.extend(k for p in c.children if p.dep_ == "pobj"
                               and (k := place_of_phrase(p, memory)) is not None)
                elif c.dep_ in {"dobj", "nsubj", "nsubjpass", "attr", "npadvmod"}:
                    nxt.append(c)
        todo = nxt
    return list(dict.fromkeys(out))


def _antecedent_place(verb: Token, memory: PlaceMemory) -> list[str]:
    """"in X, where clashes were continuing": a relative clause on a place is there."""
    if verb.dep_ != "relcl" or verb.head.i == verb.i:
        return []
    key = place_of_phrase(verb.head, memory)
    return [key] if key is not None else []


def _witness_place(trigger: Token, memory: PlaceMemory) -> list[str]:
    """"The town of X saw heavy clashes": the subject of see/witness is the place."""
    verb = trigger.head
    if trigger.dep_ != "dobj" or verb.lemma_.lower() not in WITNESS_VERBS:
        return []
    for c in verb.children:
        if c.dep_ == "nsubj" and (key := place_of_phrase(c, memory)) is not None:
            return [key]
    return []


def _struck_place(trigger: Token, memory: PlaceMemory) -> list[str]:
    """"Fighting has rocked the town of X", "X was hit by shelling": the place an event
    strikes is where it happens."""
    if trigger.dep_ == "nsubj":
        verb, role = trigger.head, {"dobj"}
    elif trigger.dep_ in {"pobj", "pcomp"} and trigger.head.dep_ == "agent":
        verb, role = trigger.head.head, {"nsubjpass"}
    else:
        return []
    if verb.lemma_.lower() not in IMPACT_VERBS:
        return []
    for c in verb.children:
        if c.dep_ in role and (key := place_of_phrase(c, memory)) is not None:
            return [key]
    return []


#: Unions of the word lists above that tests read, made once (``A | B`` in a test
#: builds a new set at every call).
_NAMING_PLACE_OR_ZONE = NAMING_PLACE_NOUNS | {"zone"}
_NAMING_PLACE_OR_PART = NAMING_PLACE_NOUNS | PARTS_OF_TOWNS
