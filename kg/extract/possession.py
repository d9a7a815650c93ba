"""Control said as possession: "Halvik is ours", "the town is in our hands", "the bridge
remains in the hands of the militia", "X is in the hands of our men" (the speaker's side),
and control shown by a flag: "raised their flag over Halvik", "hoisted its banner above
the town hall", "Halvik is under our flag"; and freed: "Halvik is free", "the airport is
secure". No verb of taking is there for the trigger
lexicon, yet each is a claim of control of a place by whoever "ours", "the hands" or the
flag belong to. So is a side's own forces said to be inside a named place ("our fighters
are inside Halvik", "their units remain in Halvik", "we remain in Halvik"): the side
holds it. Not a mere visit ("we are in Halvik for talks"), a place near ("our troops are
near Halvik") nor an attempt ("we hope to be in Halvik").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.coref import Resolver
from kg.extract.drafts import text_of
from kg.extract.events import PART_OF_PEOPLE_NOUNS, EventDraft, back_of_state
from kg.extract.facilities import FACILITY_NOUNS, described_site, org_name
from kg.extract.lexicon import PLACE_NOUNS
from kg.extract.placetype import HELD_PARTICIPLES
from kg.extract.tokens import arrays_of, sent_of

#: Possessive pronouns that stand alone as the predicate ("X is ours").
OWNING_PRONOUNS = frozenset({"ours", "theirs", "mine", "yours", "his", "hers"})
#: States a place is in once taken from the other side ("X is free", "X is secure").
FREED_STATES = frozenset({"free", "liberated", "secure", "secured", "cleared"})
#: Verbs of state that link a place to its holder.
_STATE_VERBS = frozenset({"be", "remain", "stay"})
#: Nouns of a holder's possession ("in our hands").
_HAND_NOUNS = frozenset({"hand", "hands", "possession", "grip"})
_SITE_PREPS = frozenset({"of", "at", "in", "near"})
#: Verbs by which a flag is put up over a place taken ("raised", "hoisted", "planted").
FLAG_VERBS = frozenset({"raise", "hoist", "plant", "fly", "unfurl", "run"})
#: What is put up: a flag or banner (not "a red flag", "the white flag" of surrender).
_FLAG_NOUNS = frozenset({"flag", "banner", "standard", "colours", "colors"})
_FLAG_PREPS = frozenset({"over", "above", "atop", "on", "upon"})
_NOT_TAKING_FLAGS = frozenset({"red", "white", "warning", "yellow"})
#: A side's own armed people, said to be inside a place ("our fighters are inside X").
PRESENCE_NOUNS = frozenset({"force", "forces", "troop", "troops", "fighter", "fighters",
                            "soldier", "soldiers", "unit", "units", "man", "men", "army",
                            "militiaman", "militiamen", "brigade", "brigades", "battalion",
                            "battalions", "column", "columns", "guard", "guards"})
#: Words for the fighters of a side named by what they are ("rebels were in X", "the
#: militants remain inside X"): the side itself, when the article names it so.
SIDE_FIGHTER_NOUNS = frozenset({"rebel", "rebels", "militant", "militants", "insurgent",
                                "insurgents", "separatist", "separatists", "guerrilla",
                                "guerrillas", "jihadist", "jihadists", "militia", "militias"})
#: Owners by which a speaker names its own side's forces ("our troops", "their units").
_OWN_SIDE = frozenset({"our", "its", "their", "his", "her"})
#: Prepositions of being inside a place; "in" only with "remain"/"stay" or forces.
_INSIDE_PREPS = frozenset({"inside", "within", "in"})


def possession_events(doc: Doc, res: Resolver,
                      acting: frozenset[str] | set[str] = frozenset()) -> list[EventDraft]:
    """One ControlEvent for each place a clause says is held as a possession; a subject
    that only describes the place ("the town is ours") is the named place it points back
    to, never one that speaks or acts (``acting``)."""
    out = []
    lemmas = arrays_of(doc).lemma
    for sent in arrays_of(doc).sentences:
        evidence = (sent.start_char, sent.end_char)
        for verb in [sent.doc[i] for i in range(sent.start, sent.end)
                     if lemmas[i] in FLAG_VERBS or lemmas[i] in _STATE_VERBS]:
            lemma = verb.lemma_.lower()
            if lemma in FLAG_VERBS:
                ev = _flag_raised(verb, res, evidence, acting)
            elif lemma in _STATE_VERBS:
                ev = _possession(verb, res, evidence, acting)
            else:
                continue
            if ev is not None:
                out.append(ev)
    return out


def _possession(verb: Token, res: Resolver, evidence: tuple[int, int],
                acting: frozenset[str] | set[str]) -> EventDraft | None:
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in _NOT_YET)
                           for c in verb.children):
        return None  # "X is not ours", "X will be free": no control held now
    holder: Token | None = None  # the word that names who holds it
    words: tuple[Token, Token] | None = None  # first and last word of the trigger
    if (presence := _presence(verb, subj, res, evidence, acting)) is not None:
        return presence
    kids = [*verb.children, *(g for c in verb.children if c.i != verb.i
                              and back_of_state(c).i == verb.i
                              for g in c.children if g.dep_ == "prep")]
    for c in kids:  # and a phrase on "back" ("X is back in our hands")
        if c.dep_ in {"acomp", "attr"} and c.lower_ in OWNING_PRONOUNS:
            holder, words = c, (c, c)
        elif c.dep_ in {"acomp", "attr"} and c.lower_ in FREED_STATES and not any(
                g.dep_ == "prep" and g.lower_ in {"of", "to", "for"} for g in c.children):
            words = (c, c)  # "X is free", "X is now secure": liberated, secured
        elif c.dep_ == "prep" and c.lower_ == "under" and (flag := _own_flag(c)) is not None:
            holder, words = next(p for p in flag.children if p.dep_ == "poss"), (c, flag)
        elif c.dep_ == "prep" and c.lower_ in {"in", "into"}:
            hand = next((p for p in c.children if p.dep_ == "pobj"
                         and p.lemma_.lower() in _HAND_NOUNS), None)
            if hand is not None:
                holder, words = _hand_holder(hand), (c, hand)
    if words is None:
        return None
    place = _place(subj, res) or described_site(subj, res, acting)
    if place is None:
        return None
    doc = verb.doc
    begin, end = words[0].idx, words[1].idx + len(words[1].text)
    ev = EventDraft(verb.i, "ControlEvent", text_of(doc)[begin:end], (begin, end), evidence)
    ev.places.append(place)
    if holder is not None and (holder.pos_ == "PRON" or holder.lower_ in OWNING_PRONOUNS):
        ev.agent_pronoun = holder.i
    elif holder is not None:
        key = res.entity_of(holder, allow_pronoun=False, descriptions=False)
        if res.table.type_of(key) in {"Organization", "Person", "Place"} and key != place:
            ev.agents.append(key)
    return ev


def _own_flag(prep: Token) -> Token | None:
    """"under our flag", "under the rebels' banner": the flag noun, owned."""
    return next((p for p in prep.children if p.dep_ == "pobj"
                 and p.lemma_.lower() in _FLAG_NOUNS
                 and any(c.dep_ == "poss" for c in p.children)), None)


def _presence(verb: Token, subj: Token, res: Resolver, evidence: tuple[int, int],
              acting: frozenset[str] | set[str]) -> EventDraft | None:
    """"our fighters are inside X", "their units remain in X", "we remain in X": a side's
    own forces inside a place hold it (the holder: the owner, or "we"); so do a named
    side's ("Kelvar Front fighters are in X", "rebels were in X"). The place is named or
    described ("its troops were in the city": the named town the description points to)."""
    lemma = verb.lemma_.lower()
    subj = _people_of_part(subj)  # "a majority of its soldiers are inside X"
    named: str | None = None  # the side named as holder, when no pronoun owns the forces
    if subj.lower_ == "we":
        holder = subj
        preps = {"inside", "within"} | ({"in"} if lemma in {"remain", "stay"} else set())
    elif subj.lower_ in PRESENCE_NOUNS or subj.lemma_.lower() in PRESENCE_NOUNS:
        holder = next((c for c in subj.children if c.dep_ == "poss"
                       and c.lower_ in _OWN_SIDE), None)
        named = None if holder is not None else _forces_side(subj, res)
        holder = holder or (subj if named else None)
        preps = _INSIDE_PREPS
    elif subj.lower_ in SIDE_FIGHTER_NOUNS:
        named = _forces_side(subj, res)
        holder = subj if named else None
        preps = _INSIDE_PREPS
    else:
        return None
    if holder is None or any(c.dep_ == "aux" and c.lower_ in {"to", "will", "would", "could",
                                                               "might", "may"}
                             for c in verb.children) or verb.dep_ == "xcomp":
        return None  # "we hope to be inside X", "our men will stay in X"
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in preps), None)
    pobj = next((p for p in prep.children if p.dep_ == "pobj"), None) if prep else None
    if pobj is None:
        return None
    key = res.table.at(pobj)
    if res.table.type_of(key) != "Place":
        key = described_site(pobj, res, set(acting))  # "were in the city"
    if key is None:
        return None
    doc = verb.doc
    begin, end = verb.idx, prep.idx + len(prep.text)
    ev = EventDraft(verb.i, "ControlEvent", text_of(doc)[begin:end], (begin, end), evidence)
    ev.places.append(key)
    if named is not None:
        ev.agents.append(named)
    else:
        ev.agent_pronoun = holder.i
    return ev


def _people_of_part(subj: Token) -> Token:
    """"the bulk of our men", "a majority of its soldiers": the forces a part or a number
    is of, which are where the part is; else the subject itself."""
    if subj.lemma_.lower() not in PART_OF_PEOPLE_NOUNS:
        return subj
    return next((p for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"
                 for p in c.children if p.dep_ == "pobj"
                 and p.lemma_.lower() in PRESENCE_NOUNS), subj)


def _forces_side(subj: Token, res: Resolver) -> str | None:
    """The side a subject of forces names: itself ("rebels", "the militia", when the
    article has it as a group) or the name before or after it ("Kelvar Front fighters",
    "the army's troops", "troops of the Veska Army"); not a pronoun's ("our troops")."""
    words = [subj, *(c for c in subj.children if c.dep_ in {"compound", "poss", "amod"}
                     and c.pos_ != "PRON"),
             *(p for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"
               for p in c.children if p.dep_ == "pobj")]
    for word in words:
        key = res.entity_of(word, allow_pronoun=False, descriptions=False)
        kind = res.table.type_of(key)
        if kind == "Organization" or (kind == "Place" and word.i != subj.i):
            return key  # "Veska troops": the state's
    return None


def _hand_holder(hand: Token) -> Token | None:
    """"our hands" -> "our"; "the hands of X" -> X; "the hands of our men" -> "our" (the
    side whose people they are); "rebel hands" -> "rebel"."""
    for c in hand.children:
        if c.dep_ == "poss":
            return c
        if c.dep_ == "prep" and c.lower_ == "of":
            pobj = next((p for p in c.children if p.dep_ == "pobj"), None)
            own = next((p for p in pobj.children if p.dep_ == "poss" and p.pos_ == "PRON"),
                       None) if pobj is not None and pobj.pos_ == "NOUN" else None
            return own or pobj
    return next((c for c in hand.children if c.dep_ in {"compound", "amod"}), None)


def _place(subj: Token, res: Resolver) -> str | None:
    """The place a subject names: itself ("Halvik", "the presidential palace") or, for a
    place or site noun, the place it is of or at ("the city of Halvik", "the bridge at
    Halvik"); not a place inside another thing
    ("the future of Halvik")."""
    words = [subj]
    if subj.lemma_.lower() in PLACE_NOUNS | FACILITY_NOUNS:  # "the bridge at Halvik"
        words += [p for c in subj.children if c.dep_ == "prep" and c.lower_ in _SITE_PREPS
                  for p in c.children if p.dep_ == "pobj"]
    for i, word in enumerate(words):
        key = res.table.at(word)
        kind = res.table.type_of(key)
        if kind == "Place" or (i == 0 and kind in {"Person", "Organization"}
                               and not org_name(res.table, key)):
            return key  # a bare name said to be "ours" is a place, whatever the tagger said
    return None


def _flag_raised(verb: Token, res: Resolver, evidence: tuple[int, int],
                 acting: frozenset[str] | set[str]) -> EventDraft | None:
    """"raised their flag over Halvik", "the banner was hoisted above the town hall": a
    ControlEvent of the place the flag is put up over, by whoever put it up; not "raised
    a red flag over the budget" (a warning) nor "the white flag" (a surrender), nor a
    flag with no place ("raised the flag at dawn")."""
    flag = next((c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}
                 and c.lemma_.lower() in _FLAG_NOUNS), None)
    if flag is None or any(c.dep_ == "neg" for c in verb.children) or any(
            c.lower_ in _NOT_TAKING_FLAGS | {"a", "an"} for c in flag.children):
        return None
    preps = [c for c in (*verb.children, *flag.children) if c.dep_ == "prep"]
    if not any(p.lower_ in _FLAG_PREPS for p in preps):
        return None
    place = next((key for prep in preps if prep.lower_ in _FLAG_PREPS | {"in", "at"}
                  for pobj in prep.children if pobj.dep_ == "pobj"
                  if (key := _place_within(pobj, res, acting)) is not None), None)
    if place is None:
        return None
    doc = verb.doc
    first, last = sorted((verb, flag), key=lambda t: t.i)
    begin, end = first.idx, last.idx + len(last.text)
    ev = EventDraft(verb.i, "ControlEvent", text_of(doc)[begin:end], (begin, end), evidence)
    ev.places.append(place)
    holder = next((c for c in verb.children if c.dep_ == "nsubj"), None) or next(
        (c for c in flag.children if c.dep_ == "poss"), None)
    if holder is not None and holder.pos_ == "PRON":
        ev.agent_pronoun = holder.i
    elif holder is not None:
        key = res.entity_of(holder, allow_pronoun=False, descriptions=False)
        if res.table.type_of(key) in {"Organization", "Person"} and key != place:
            ev.agents.append(key)
    return ev


def _place_within(word: Token, res: Resolver, acting: frozenset[str] | set[str]) -> str | None:
    """The place a flag is put up over: the word's own ("over Halvik", "over the town"), else
    the first place named in its phrase ("over the Halvik town hall", "on the roof of the
    governor's office in Halvik")."""
    found = _place(word, res) or described_site(word, res, acting)
    if found is not None:
        return found
    for t in word.doc[word.left_edge.i:min(word.right_edge.i + 1, word.i + 12)]:
        key = res.table.at(t)
        if key is not None and res.table.type_of(key) == "Place":
            return key
    return None


#: Verbs of forces going into a place ("our troops entered X", "stormed X", "moved into X").
ENTERING_VERBS = frozenset({"enter", "storm", "overrun"})
_INTO_VERBS = frozenset({"move", "push", "sweep", "roll", "advance", "march", "pour",
                         "drive", "break"})
#: Modals and verbs of hope or attempt that make an entry no claim ("tried to enter X").
_NOT_YET = frozenset({"will", "would", "could", "might", "may", "shall", "should", "must"})


def entries_claimed(doc: Doc, res: Resolver, contents: list[tuple[int, int]]) -> list[EventDraft]:
    """One ControlEvent for each named place a statement's content says the speaker's
    forces (or another named side) entered or stormed ("our troops entered X at dawn",
    "rebel fighters had moved into X"): told by a side, an entry is a claim to hold the
    place. The entry stays a MovementEvent too; an attempt, a hope, a modal or a negation
    is none ("tried to enter X", "will enter X", "did not enter X")."""
    out = []
    lemmas = arrays_of(doc).lemma
    for start, end in contents:
        for verb in [doc[i] for i in range(start, end)
                     if lemmas[i] in ENTERING_VERBS or lemmas[i] in _INTO_VERBS]:
            if verb.pos_ != "VERB" or verb.dep_ == "xcomp" or any(
                    c.dep_ in {"neg", "aux"} and c.lower_ in _NOT_YET | {"not", "n't", "never"}
                    for c in verb.children):
                continue
            if any(c.dep_ == "prep" and c.lower_ == "without" and any(
                    p.dep_ == "pcomp" for p in c.children) for c in verb.children):
                continue  # "entered X without taking Y": a way through, no claim to hold X
            place = _entered_place(verb)
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if place is None or subj is None:
                continue
            key = res.table.at(place)
            if res.table.type_of(key) != "Place":
                continue
            ev = _entry(doc, verb, subj, key, res)
            if ev is not None:
                out.append(ev)
    return out


def _entered_place(verb: Token) -> Token | None:
    lemma = verb.lemma_.lower()
    if lemma in ENTERING_VERBS:
        return next((c for c in verb.children if c.dep_ == "dobj"), None)
    if lemma in _INTO_VERBS:
        return next((p for c in verb.children if c.dep_ == "prep" and c.lower_ == "into"
                     for p in c.children if p.dep_ == "pobj"), None)
    return None


def _entry(doc: Doc, verb: Token, subj: Token, place: str, res: Resolver) -> EventDraft | None:
    """The ControlEvent of an entry whose subject is forces ("our troops", "rebel fighters")
    or "we"; None for anyone else ("the delegates entered X")."""
    if subj.lower_ != "we" and subj.lemma_.lower() not in PRESENCE_NOUNS | {"fighter", "rebel",
                                                                         "soldier", "troop"}:
        return None
    begin, end = verb.idx, verb.idx + len(verb.text)
    sent = sent_of(verb)
    ev = EventDraft(verb.i, "ControlEvent", verb.text, (begin, end),
                    (sent.start_char, sent.end_char))
    ev.places.append(place)
    owner = next((c for c in subj.children if c.dep_ == "poss"), None)
    if subj.lower_ == "we" or (owner is not None and owner.lower_ in _OWN_SIDE):
        ev.agent_pronoun = (owner or subj).i
    else:
        key = res.entity_of(subj, allow_pronoun=False)
        if res.table.type_of(key) in {"Organization", "Person"}:
            ev.agents.append(key)
    return ev



def held_places(doc: Doc, res: Resolver) -> list[EventDraft]:
    """One ControlEvent for each named place a hyphenated participle says a side holds
    ("militia-held Tesk", "the rebel-held town of Dara"): the place is the name it
    qualifies, or the name after the place noun's "of"; the holder is the side the word
    before the hyphen names, when the article names it. A place noun with no name
    ("government-held areas") gives none."""
    out = []
    lower = arrays_of(doc).lower
    for i in range(2, len(lower)):
        if lower[i] not in HELD_PARTICIPLES or lower[i - 1] != "-":
            continue
        t = doc[i]
        if t.dep_ != "amod" or doc[i - 2].dep_ != "npadvmod":
            continue
        place = _held_place(t.head, res)
        if place is None:
            continue
        holder = doc[t.i - 2]
        begin, end = holder.idx, t.idx + len(t.text)
        sent = sent_of(t)
        ev = EventDraft(t.i, "ControlEvent", text_of(doc)[begin:end], (begin, end),
                        (sent.start_char, sent.end_char))
        ev.places.append(place)
        key = res.entity_of(holder, allow_pronoun=False, descriptions=False)
        if res.table.type_of(key) in {"Organization", "Person", "Place"} and key != place:
            ev.agents.append(key)
        out.append(ev)
    return out


def _held_place(noun: Token, res: Resolver) -> str | None:
    """The named place a noun qualified as held is, or is "of" ("the town of Dara")."""
    words = [noun]
    if noun.lemma_.lower() in PLACE_NOUNS | FACILITY_NOUNS:
        words = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                 for p in c.children if p.dep_ == "pobj"]
    for word in words:
        key = res.table.at(word)
        if res.table.type_of(key) == "Place":
            return key
    return None


def held_in_content(doc: Doc, events: list[EventDraft], inside: list[int],
                    taken: set[int]) -> list[int]:
    """Of the events inside a statement's content, those of a place said to be held by a
    hyphenated participle ("militia-held Tesk had been shelled"): the speaker tells the
    place is held, as well as what the main clause says happened there."""
    return [k for k in inside if k not in taken and events[k].cls == "ControlEvent"
            and doc[events[k].token].lower_ in HELD_PARTICIPLES
            and doc[events[k].token].dep_ == "amod"]
