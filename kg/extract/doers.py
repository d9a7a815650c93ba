"""Who does an event whose verb has no subject of its own, when the sentence's syntax
still says who: the noun a participle hangs on ("in the wake of Kelvar Militia rebels
seizing Tesk", "news of Delta Grain buying the mill"), the owner of the noun a gerund
phrase hangs on ("the militia's advance since retaking Tesk", "the club's celebration
after winning the cup"), the person a definite title stands for ("the mayor resigned"
after "Ada Moreno, the mayor of Tesk"), and the body a group is part of ("a faction
within the Kelvar Militia seized the radio station", "doctors in the Orrin Health
Service walked out").

An event noun that takes up an event just told ("Veska bombed Orrin on Friday. The
bombing killed six") has that event's agent, and so has an agentless passive coordinated
to it ("police raided the office and two men were arrested"): ``echoed_agents``.

Each reads the dependency parse around one trigger; none looks further than a few
tokens, so they cost nothing beside the parse. ``kg.extract.events`` asks them when a
verb's own subject is missing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from kg.extract.coref import Resolver
from kg.extract.event_kinds import STRIKER_NOUNS
from kg.extract.lexicon import ROLE_NOUNS, UNION_WORDS

if TYPE_CHECKING:
    from kg.extract.events import EventDraft

#: Prepositions by which a group is inside a body ("a faction within the party").
INSIDE_PREPS = frozenset({"in", "within", "inside"})
#: Trades whose people a union's name names, who act as it does: "the union said nurses
#: walked out" (not those in custody).
UNION_PEOPLE_NOUNS = STRIKER_NOUNS - {"prisoner", "inmate", "detainee", "refugee", "judge"}
#: Counts of people ("thousands of nurses", "dozens of teachers"): the people act.
PEOPLE_COUNTS = frozenset({"thousand", "hundred", "dozen", "score", "million", "number"})


#: Plural nouns for the people of a kind of body, and the words that name such a body:
#: "The Orrin Army entered Brisko. Troops seized the airport", "The Tesk police raided
#: the depot. Officers seized weapons".
PEOPLE_OF_BODIES = (
    (frozenset({"troop", "soldier", "marine", "sailor", "commando", "paratrooper"}),
     frozenset({"army", "navy", "military", "forces", "corps", "marines"})),
    (frozenset({"officer", "policeman", "policemen", "detective", "agent"}),
     frozenset({"police", "gendarmerie", "constabulary", "customs"})),
)


def members_told_before(word: Token, res: Resolver) -> str | None:
    """The body a bare plural of its people acts for when the text has just named one body
    of their kind (this sentence or the one before): "The Orrin Army entered Brisko.
    Troops seized the airport", "The Tesk police raided the depot. Officers seized
    weapons". None for people with a word of their own ("Kelvar troops", "rebel
    soldiers", "six officers", "troops of X") or when two such bodies were named."""
    lemma = word.lemma_.lower()
    names = next((n for people, n in PEOPLE_OF_BODIES if lemma in people), None)
    if names is None or word.tag_ != "NNS" or any(c.dep_ != "det" or c.lower_ != "the"
                                                  for c in word.children):
        return None
    here = res.sentence_of(word)
    found = {e.key for e in res.table.entities if res.table.type_of(e.key) == "Organization"
             and set(e.label.lower().split()) & names and any(
                 b < word.i and 0 <= here - res.sentence_of(word.doc[b]) <= 1
                 for b, _ in res.table.mention_spans.get(e.key, []))}
    return found.pop() if len(found) == 1 else None


def trade_union(word: Token, res: Resolver) -> str | None:
    """The union a protest's people are of, by their trade: "Nurses walked out on Monday"
    or "thousands of teachers marched" in a text that names one union whose name holds
    the trade ("the Tesk Nurses Union", "the Veskan Teachers Union"). None when it names
    none or two, or for people of a place or a name of their own ("Kelvar nurses", "the
    hospital's nurses")."""
    if word.lemma_.lower() in PEOPLE_COUNTS:  # "thousands of nurses": the nurses
        word = next((p for prep in word.children if prep.dep_ == "prep" and prep.lower_ == "of"
                     for p in prep.children if p.dep_ == "pobj"), word)
    if word.tag_ != "NNS" or word.lemma_.lower() not in UNION_PEOPLE_NOUNS or any(
            c.dep_ in {"poss", "compound", "nmod"} or (c.dep_ == "amod" and c.text[:1].isupper())
            for c in word.children):
        return None
    trade = word.lower_
    found = {e.key for e in res.table.entities if res.table.type_of(e.key) == "Organization"
             and trade in (words := set(e.label.lower().split())) and words & UNION_WORDS}
    return found.pop() if len(found) == 1 else None


def role_holder(word: Token, res: Resolver) -> str | None:
    """The one person the text has given the post a definite role noun names: "Ada Moreno,
    the mayor of Tesk, ... The mayor resigned", "President Ada Moreno ... the president
    flew to Lunet"; a past holder the text has described so ("Ada Moreno, the former mayor
    of Tesk, ... The former mayor was arrested"). None for a plural, a noun that names its
    own holder, or a post the text gives to none or to several."""
    if word.pos_ != "NOUN" or word.tag_ != "NN" or word.lemma_.lower() not in ROLE_NOUNS:
        return None
    kids = list(word.children)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids) or any(
            c.dep_ in {"compound", "appos", "poss"} for c in kids):
        return None
    key = res.entity_of(word, allow_pronoun=False)
    return key if key is not None and res.table.type_of(key) == "Person" else None


def qualified_role_holder(word: Token, res: Resolver) -> str | None:
    """The one person the text gave a role with the same qualifier a definite role noun
    has now: "Veskan President Anna Kovacs ... The Veskan president fired the minister",
    "Anna Kovacs, the Veskan president, ... the Veskan leader" (not the qualifier's own
    entity: the president is no "Veskan" body). None for another qualifier ("the Kelvar
    president") or another role ("the Veskan minister"; "leader" is any), a plural, or a
    role two people were given so."""
    if word.pos_ != "NOUN" or word.tag_ != "NN" or word.lemma_.lower() not in ROLE_NOUNS:
        return None
    kids = list(word.children)
    quals = [c for c in kids if c.dep_ in {"amod", "compound"} and c.text[:1].isupper()]
    if len(quals) != 1 or not any(c.dep_ == "det" and c.lower_ == "the" for c in kids) or any(
            c.dep_ in {"appos", "poss"} for c in kids):
        return None
    qualifier, doc, noun = quals[0].lower_, word.doc, word.lemma_.lower()
    holders = {r.person for r in res.roles if r.token < word.i
               and (r.noun == noun or noun == "leader") and qualifier in {
                   doc[r.token - 1].lower_, *(c.lower_ for c in doc[r.token].children)}}
    return holders.pop() if len(holders) == 1 else None


def participle_bearer(verb: Token) -> Token | None:
    """The noun an -ing participle modifies, which does what it says: "rebels seizing
    control", "the police arresting three students", "Delta Grain buying the mill". A
    past participle on a noun is passive ("the town seized by X") and gives nothing."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or noun.i == verb.i:
        return None
    return noun if noun.pos_ in {"NOUN", "PROPN"} else None


def gerund_owner(verb: Token) -> Token | None:
    """The owner of a noun a gerund phrase hangs on, who does the gerund: "the militia's
    advance since retaking Tesk" (the militia retook it), "Delta Grain's growth after
    buying the mill", "the minister's statement before resigning". A gerund phrase on a
    verb is ``events._adjunct_gerund``'s; a noun with no owner gives nothing ("the
    growth since buying ...": nobody named)."""
    prep = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or prep.dep_ != "prep":
        return None
    noun = prep.head
    if noun.pos_ != "NOUN" or noun.i == verb.i:
        return None
    return next((c for c in noun.children if c.dep_ == "poss"), None)


def body_within(word: Token, res: Resolver) -> str | None:
    """The organisation a group of people is inside, which acts through them: "a faction
    within the Kelvar Militia", "a group of officers in the Lunet Army", "doctors in the
    Orrin Health Service". Only an organisation: "a judge in Kelvar" is placed, not part
    of Kelvar. Looks at the noun's own phrases and those of its "of" phrase ("a group of
    officers in X")."""
    if word.pos_ not in {"NOUN", "PROPN"} or word.ent_type_:
        return None
    heads = [word] + [o for p in word.children if p.dep_ == "prep" and p.lower_ == "of"
                      for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN"]
    for head in heads:
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in INSIDE_PREPS:
                continue
            for pobj in prep.children:
                key = res.table.at(pobj) if pobj.dep_ == "pobj" else None
                if key is not None and res.table.type_of(key) == "Organization":
                    return key
    return None


#: Verbs whose object is an event their subject undertakes, tries or keeps up ("attempted
#: a coup", "renewed its offensive", "planned the merger", "completed the takeover").
PURSUING_VERBS = frozenset({"attempt", "try", "plan", "plot", "prepare", "renew", "resume",
                            "continue", "intensify", "escalate", "step", "press", "pursue",
                            "complete", "finalise", "finalize", "organise", "organize",
                            "lead", "spearhead", "mastermind", "orchestrate", "perpetrate",
                            "commit", "execute", "undertake", "initiate", "extend",
                            "expand", "widen", "push", "restart",
                            # owning a deed: "claimed the bombing", "admitted the killing"
                            "claim", "admit",
                            # acts done in the saying or by order: "declared a coup",
                            # "imposed a curfew", "ordered an offensive", "signed a truce"
                            "declare", "proclaim", "order", "impose", "introduce", "enact",
                            "sign", "agree", "reach", "seal", "broker"})


def pursuing_verb(noun: Token) -> Token | None:
    """The verb that has an event noun as its object and whose subject undertakes it: "a
    group in the army has attempted a coup", "the alliance renewed its offensive", "Delta
    Grain completed the takeover"; None for any other verb ("opposed the merger",
    "condemned the attack": the subject is not its doer), nor a negated one ("had not
    completed the capture")."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or verb.i == noun.i:
        return None
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    return verb if verb.lemma_.lower() in PURSUING_VERBS else None


#: Verbs whose subject does the event noun it takes ("launched an attack", "carried out
#: the raid"; "stag" is the small model's lemma of "staged"), beside those that pursue or
#: own it.
UNDERTAKING_VERBS = frozenset({"launch", "carry", "stage", "stag", "conduct", "mount", "wage"})


def relative_pursuer(noun: Token) -> Token | None:
    """The subject of a relative clause on an event noun whose verb undertakes or owns the
    event, the relative pronoun being its object: "the attack, which the Kavar Front
    claimed, killed six", "the raid that Veskan troops carried out", "the offensive the
    army launched in May". None for a clause that judges or suffers it ("the attack,
    which the army condemned", "which the town survived") or a negated one."""
    for clause in (c for c in noun.children if c.dep_ == "relcl" and c.pos_ == "VERB"):
        lemma = clause.lemma_.lower()
        kids = list(clause.children)
        if lemma not in PURSUING_VERBS | UNDERTAKING_VERBS or any(c.dep_ == "neg" for c in kids):
            continue
        if any(c.dep_ == "dobj" and c.lower_ not in {"which", "that"} for c in kids):
            continue  # "the attack that left six dead": the clause's own object
        subj = next((c for c in kids if c.dep_ == "nsubj"), None)
        if subj is not None and subj.lower_ not in {"which", "that", "who"}:
            return subj
    return None


def pursuer_by(noun: Token) -> list[Token]:
    """The "by" phrase of such a verb in the passive, on the event noun: "the attack was
    claimed by the Kelvar Militia", "a coup attempted by officers", "the merger, completed
    by Delta Grain in May"."""
    verb = noun.head if noun.dep_ == "nsubjpass" else next(
        (c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"), None) if (
        noun.dep_ != "pobj") else None  # "a ban on protests imposed by X": the ban's
    if verb is None or verb.i == noun.i or verb.lemma_.lower() not in PURSUING_VERBS:
        return []
    return [p for a in verb.children if a.dep_ == "agent" for p in a.children
            if p.dep_ == "pobj"]


#: Determiners by which an event noun points back to one already told ("the attack").
ECHO_DETERMINERS = frozenset({"the", "this", "that"})
#: Classes one event's noun and verb may fall in apart ("bought ... the acquisition").
ECHO_CLASSES = {"BusinessEvent": "TransactionEvent"}
#: How many sentences back an event noun's antecedent may be.
ECHO_WINDOW = 2


def echoed_agents(doc: Doc, res: Resolver, events: list[EventDraft]) -> None:
    """A definite event noun with no doer of its own takes up the nearest event of its
    class told just before, and so its agent: "Veska bombed Orrin on Friday. The bombing
    killed six", "Delta Grain bought the mill. The acquisition cost $3 million", "The
    council banned protests. The ban angered residents". Not an indefinite noun ("a
    second attack" is another), one with an owner or a "by" phrase, nor one whose own
    place or date is another than the antecedent's."""
    told = sorted(events, key=lambda ev: ev.token)
    by_token = {ev.token: ev for ev in told}
    for n, ev in enumerate(told):
        noun = doc[ev.token]
        if (cause := _causing_event(noun, by_token)) is not None:
            if ev.agents and cause.agents and all(
                    res.table.type_of(k) == "Place" for k in ev.agents):
                ev.agents.clear()  # "the raid on Brisko, which killed two": not Brisko
            if not ev.agents:
                ev.agents.extend(k for k in cause.agents if k not in ev.participants)
            if ev.date is None and cause.date is not None and ev.cls in HARM_CLASSES and (
                    noun.tag_ == "VBD"):  # not a toll so far ("has killed nine")
                ev.date = cause.date  # "an attack on Monday that killed six": that Monday
        if not ev.agents and (first := _coordinated_deed(noun, ev, by_token)) is not None:
            ev.agents.extend(k for k in first.agents if k not in ev.participants)
        if not ev.agents and (deed := _harming_deed(noun, ev, by_token)) is not None:
            ev.agents.extend(k for k in deed.agents if k not in ev.participants)
        if not ev.agents and (deed := _carried_out_in(noun, ev, by_token)) is not None:
            ev.agents.extend(k for k in deed.agents if k not in ev.participants)
        if not ev.agents and (caller := _called_out_by(noun, ev, res)) is not None:
            ev.agents.append(caller)  # "thousands rallied at the call of the party"
            ev.participants[:] = [k for k in ev.participants if k != caller]
        if ev.agents or ev.participants or not _echoing(noun):
            continue
        here = res.sentence_of(noun)
        for before in reversed(told[:n]):
            if here - res.sentence_of(doc[before.token]) > ECHO_WINDOW:
                break
            if ECHO_CLASSES.get(before.cls, before.cls) != ECHO_CLASSES.get(
                    ev.cls, ev.cls) or before.token == ev.token or _argument_of(
                    noun, doc[before.token]):
                continue
            if _same_event(ev, before):
                ev.agents.extend(before.agents)
            break  # only the nearest of its class is what "the" points to


def _causing_event(verb: Token, by_token: dict[int, EventDraft]) -> EventDraft | None:
    """The event that is the active subject of an event verb, whose doer does what it
    does: "the bombing killed six" (the bombers killed them), "the raid destroyed the
    depot", also through a relative pronoun ("a bomb attack that killed six", "the raid,
    which destroyed the depot"). None for a passive verb ("the attack was condemned")."""
    if verb.pos_ != "VERB":
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lower_ in {"that", "which"} and verb.dep_ == "relcl":
        subj = verb.head  # "an attack that killed six": the attack killed them
        for _ in range(_PHRASE_CLIMB):  # "the raid by X on Brisko, which killed two": the raid
            if subj.i in by_token or subj.dep_ != "pobj":
                break
            subj = subj.head.head
    return by_token.get(subj.i) if subj is not None else None


#: How many "of"/"on"/"by" phrases up from a relative clause's noun the event noun may be.
_PHRASE_CLIMB = 2


#: Classes of what an event does to people or things as it happens ("the attack on Monday
#: killed six", "the raid, which wounded two"): it has the event's day.
HARM_CLASSES = frozenset({"LifeEvent"})
#: Conjunctions of a time clause that tells the deed a death or a wound came of ("were
#: killed when rebels ambushed the convoy", "died as jets bombed the town").
DEED_TIME_MARKS = frozenset({"when", "as", "after"})
#: Classes of a deed whose doer harms those it is done to.
HARMING_CLASSES = frozenset({"ConflictEvent"})


def _harming_deed(verb: Token, ev: EventDraft,
                  by_token: dict[int, EventDraft]) -> EventDraft | None:
    """The armed deed a death or a wound told without its doer came of, which a time
    clause tells: "six soldiers were killed when rebels ambushed their convoy", "four
    civilians died as Veskan jets bombed the town", "two guards were wounded after gunmen
    stormed the prison". Not a clause of an accident ("died when their truck
    overturned": no armed deed), nor "before" or "since" (another time)."""
    kids = {c.dep_ for c in verb.children}
    untold = ("auxpass" in kids and "agent" not in kids) or verb.lemma_ in {"die", "perish"}
    if ev.cls != "LifeEvent" or verb.pos_ != "VERB" or not untold:
        return None
    for clause in (c for c in verb.children if c.dep_ == "advcl"):
        if not any(m.dep_ in {"advmod", "mark"} and m.lower_ in DEED_TIME_MARKS
                   for m in clause.children):
            continue
        deed = by_token.get(clause.i)
        if deed is not None and deed.cls in HARMING_CLASSES and deed.agents:
            return deed
    return None


#: Classes of acts a doer may go on to tell in the passive ("raided the office and two men
#: were arrested"); not deaths or damage, which the deed's victims may have had otherwise.
DONE_AFTER_CLASSES = frozenset({"ControlEvent", "GovernanceEvent", "PersonnelEvent",
                                "JusticeEvent", "TransactionEvent", "BusinessEvent"})


def _coordinated_deed(verb: Token, ev: EventDraft,
                      by_token: dict[int, EventDraft]) -> EventDraft | None:
    """The event an agentless passive is coordinated to, whose doer does it too: "police
    raided the office and two men were arrested", "the army took over and martial law has
    been imposed", "Delta Grain bought the mill and 300 workers were laid off"."""
    if ev.cls not in DONE_AFTER_CLASSES or verb.dep_ != "conj" or verb.pos_ != "VERB":
        return None
    kids = [c.dep_ for c in verb.children]
    if "auxpass" not in kids or "agent" in kids or "neg" in kids:
        return None
    first = by_token.get(verb.head.i)
    return first if first is not None and first.agents else None


#: Armed deeds done by two sides at once: no one side carries them out ("killed in clashes").
TWO_SIDED_NOUNS = frozenset({"clash", "fighting", "fight", "battle", "war", "conflict",
                             "skirmish", "violence", "combat", "hostility", "exchange",
                             "firefight", "gunfight", "gunbattle", "standoff", "unrest"})
#: Nouns of an operation one side runs over time, which a deed done "during" or "after" it
#: is part of ("entered the town after a three-week siege"); "during an attack" may be the
#: other side's attack.
OPERATION_NOUNS = frozenset({"offensive", "counteroffensive", "counter-offensive", "siege",
                             "campaign", "operation", "raid", "sweep", "crackdown",
                             "bombardment", "assault", "push", "incursion", "blockade"})
#: Prepositions by which an armed noun is the means of a deed ("in a raid", "with air
#: strikes", "through a pincer assault") or the operation it is part of.
MEANS_PREPS = frozenset({"in", "with", "through", "via"})
OPERATION_PREPS = frozenset({"during", "after", "amid"})


def _carried_out_in(noun: Token, ev: EventDraft,
                    by_token: dict[int, EventDraft]) -> EventDraft | None:
    """The deed an armed noun is the means of, whose doer carries it out: "police detained
    twelve people in dawn raids", "the army killed six fighters in an air strike" (the
    phrase hung on the deed or on its object), "rebels took the airport during a night
    assault", "troops entered the town after a long siege". Not a definite noun, which
    may be another's deed told before ("arrested two men in the bombing"), a noun with a
    doer of its own ("in an attack by the militia"), a fight of two sides ("killed in
    clashes"), an attack a deed comes "during" or "after" (the other side's, as in
    "arrested two men after an attack"), nor a crime an arrest is "in" ("detained a man
    in a shooting"): only raids and operations are the police's own."""
    if ev.cls != "ConflictEvent" or noun.pos_ != "NOUN" or noun.dep_ != "pobj":
        return None
    lemma, prep = noun.lemma_.lower(), noun.head
    word = prep.lower_
    if lemma in TWO_SIDED_NOUNS or not (
            word in MEANS_PREPS or (word in OPERATION_PREPS and lemma in OPERATION_NOUNS)):
        return None
    if any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ECHO_DETERMINERS)
           or (c.dep_ in {"prep", "agent"} and c.lower_ == "by") for c in noun.children):
        return None
    verb = prep.head.head if prep.head.dep_ == "dobj" else prep.head
    deed = by_token.get(verb.i)
    if deed is None or not deed.agents or verb.pos_ != "VERB" or any(
            c.dep_ == "neg" for c in verb.children):
        return None
    if deed.cls == "JusticeEvent" and lemma not in OPERATION_NOUNS:
        return None
    return deed


#: Nouns of a body's call that people answer by protesting ("at the call of the union").
CALL_NOUNS = frozenset({"call", "behest", "urging", "initiative", "instigation"})
#: Classes of what people do at a body's call: the body leads it, as "a strike called by".
CALLED_CLASSES = frozenset({"ProtestEvent"})


def _called_out_by(verb: Token, ev: EventDraft, res: Resolver) -> str | None:
    """"Thousands rallied in Orrin at the call of the Civic Unity Party", "dockers walked
    out at the union's behest": the organisation whose call a protest answers leads it.
    Not a person's call ("at the urging of the mayor": no body), nor another kind of
    event ("met at the invitation of X")."""
    if ev.cls not in CALLED_CLASSES:
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"at", "on", "upon"}:
            continue
        for noun in (c for c in prep.children if c.dep_ == "pobj"
                     and c.lemma_.lower() in CALL_NOUNS):
            owners = [c for c in noun.children if c.dep_ == "poss"] + [
                p for of in noun.children if of.dep_ == "prep" and of.lower_ == "of"
                for p in of.children if p.dep_ == "pobj"]
            for owner in owners:
                key = res.entity_of(owner, allow_pronoun=False, descriptions=False)
                if key is not None and res.table.type_of(key) == "Organization":
                    return key
    return None


def _argument_of(noun: Token, verb: Token) -> bool:
    """Whether the event noun is in the phrase of the event ``verb`` itself, its object or
    a noun under it, with no other verb between: "the army repelled the attack", "he
    will appeal the verdict" (the attack is the enemy's, the verdict the court's: what
    is done to the noun's event is not it)."""
    t = noun
    for _ in range(_ARGUMENT_CLIMB):
        if t.head.i == t.i or t.dep_ not in _ARGUMENT_DEPS:
            return False
        t = t.head
        if t.i == verb.i:
            return True
    return False


#: Dependencies from an event noun up to the verb whose argument it is ("repelled an
#: attack on the base", "appealed against the ruling").
_ARGUMENT_DEPS = frozenset({"dobj", "pobj", "prep", "nsubjpass", "attr"})
_ARGUMENT_CLIMB = 4


def _echoing(noun: Token) -> bool:
    """A noun event introduced by "the"/"this"/"that", with no owner of its own."""
    if noun.pos_ != "NOUN" or noun.tag_ != "NN":
        return False
    kids = [c.dep_ for c in noun.children]
    return "poss" not in kids and any(c.dep_ == "det" and c.lower_ in ECHO_DETERMINERS
                                      for c in noun.children)


def _same_event(ev: EventDraft, before: EventDraft) -> bool:
    """Whether nothing told of the noun event sets it apart from its antecedent: its own
    places (not read from the context) and its date agree."""
    own = set() if ev.context_places else set(ev.places)
    if own and not own & set(before.places):
        return False
    return ev.date is None or before.date is None or ev.date.value == before.date.value


def fighters_named_otherwise(word: Token, res: Resolver, nouns: frozenset[str]) -> str | None:
    """The side the text already calls by another fighter noun: "the rebels" and then "the
    separatists" or "the insurgents" are one side, when the text has made an entity of
    exactly one such bare description ("rebels")."""
    lemma = word.lemma_.lower()
    if word.pos_ != "NOUN" or word.tag_ != "NNS" or lemma not in nouns:
        return None
    found = set()
    for e in res.table.entities:
        label = e.label.strip()
        noun = label[:-1] if label.endswith("s") else label
        if label.islower() and " " not in label and noun in nouns and (
                res.table.type_of(e.key) == "Organization"):
            found.add(e.key)
    return found.pop() if len(found) == 1 else None


