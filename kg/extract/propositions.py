"""What a statement's proposition is when its content does not spell it out, and who did
it when the content names the doer only by the speaker's own side.

- A denial of "the claim" answers a claim: the one its owner made ("the claim put forward by
  X", "X's claims"), else, when no statement carries it (its teller unnamed: "spokesmen
  said"), the deed reported just before it ("X said it had taken Y, but the army
  rejected the claims").
- "The situation in X is under control," the army said: with no holder named, the
  speaker's side holds it, as with "X has been taken".
- "his troops", "her officers", "our soldiers", said by a spokesperson or a leader: the
  forces are the side the speaker speaks for, not the person.
- "X is under the control of our forces", "... of its troops": control held by the
  speaker's own people is held by the speaker's side.
- "X said it had seized the port and taken the airport": a content asserts the events of
  all its main clauses, the coordinated ones and a quote's further sentences, not only
  the first; also a participle of result ("bombed the hospital, killing six").
- "the resignation of X", "the withdrawal of X's troops": a noun for a deed one does
  oneself names its doer after "of"; who "was behind" a deed or "is preparing for" it
  does it; a definite noun that takes up a deed just told ("The club confirmed the
  resignation") keeps that deed's doer, not the confirmer's.
- "the group's fighters", told by one who speaks for the side the description fits:
  that side's.
- "X said it had lost control of Y": who lost a place did not take it; the taker is the
  one whose deed of arms at the place was told just before, else no one.
- "the Kelvar Militia said Tarsk had been captured": a name the tagger called a group,
  said taken by an armed body, is a place.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.coref import GENERIC_KIND_NOUNS, GROUP_NOUNS, KIND_ORG_NOUNS, Resolver
from kg.extract.descriptions import armed_name
from kg.extract.drafts import Draft
from kg.extract.events import FORCE_NOUNS, HAVING_VERBS, MEMBER_NOUNS, EventDraft, add_doer
from kg.extract.facilities import held_words
from kg.extract.lexicon import (
    FIGHTER_NOUNS,
    FORCE_OWNERS,
    ORG_NAME_NOUNS,
    REPORTING_VERBS,
    ROLE_NOUNS,
    STAFF_NOUNS,
    UNION_WORDS,
)
from kg.extract.market_words import takeover_deal
from kg.extract.speakers import speaker_side
from kg.extract.statements import REFERRING_NOUNS
from kg.extract.tokens import sent_of

#: Nouns for a claim a denial answers ("denied the claim", "rejected the reports").
CLAIM_NOUNS = (REFERRING_NOUNS - {"it", "this", "that", "these", "those"}) | {
    "announcement", "version", "boast", "finding", "conclusion"}
#: Cues and the claim nouns they make ("announced" / "the announcement").
CUE_NOUNS = {"announce": "announcement", "state": "statement", "assert": "assertion",
             "allege": "allegation", "suggest": "suggestion", "boast": "boast"}
#: Participles that say who put a claim forward ("the claim put forward by X").
MAKING_VERBS = frozenset({"make", "issue", "put", "publish", "post", "voice", "air",
                          "spread", "circulate", "advance", "level", "repeat"})
#: Nouns for a body's own people ("her inspectors", "our staff", "his players"), beside
#: its forces ("his troops"): said by one who speaks for the body, they are the body.
OWN_PEOPLE_NOUNS = FORCE_NOUNS | MEMBER_NOUNS | frozenset({
    "inspector", "investigator", "agent", "staff", "employee", "worker", "ranger",
    "official", "personnel", "crew", "team", "player", "doctor", "nurse", "engineer",
    "man", "men", "volunteer", "guard", "marine", "sailor", "commando", "paratrooper",
    "pilot", "sniper", "recruit", "battalion", "regiment", "squad", "detachment"})
#: Nouns for the body itself ("his group", "her company", "our party"): said by one who
#: speaks for a body, the body.
OWN_BODY_NOUNS = (GROUP_NOUNS | KIND_ORG_NOUNS) - {"rival", "competitor", "supplier"}
#: Possessives by which a speaker names its own side's forces ("our troops").
SIDE_POSSESSIVES = frozenset({"our", "my", "his", "her", "its", "their"})
_CLAUSE_DEPS = frozenset({"ccomp", "xcomp"})
_DEPTH_LIMIT = 20


def claim_owner(doc: Doc, res: Resolver, d: Draft) -> str | None:
    """Whose claim a denial answers when it says so: "the claim put forward by X", "the claims by
    X", "X's claim". None when the content is no bare claim noun."""
    if d.stance != "Deny":
        return None
    root = doc[d.content_tokens[0]:d.content_tokens[1]].root
    if root.lemma_.lower() not in CLAIM_NOUNS or any(c.dep_ == "ccomp" for c in root.children):
        return None
    for word in _owner_words(root):
        key = res.entity_of(word)
        if key is not None:
            return key
    return None


def _owner_words(noun: Token) -> list[Token]:
    """The words that may name who made a claim: its possessor, its "by" phrase, the "by"
    phrase of a participle that puts it forward ("made by X")."""
    out = [c for c in noun.children if c.dep_ == "poss"]
    heads = [noun, *(c for c in noun.children
                     if c.dep_ == "acl" and c.lemma_.lower() in MAKING_VERBS)]
    for head in heads:
        for c in head.children:
            if c.dep_ in {"prep", "agent"} and c.lower_ == "by":
                out.extend(p for p in c.children if p.dep_ == "pobj")
    return out


def answered_by_owner(doc: Doc, res: Resolver, drafts: list[Draft],
                      responses: dict[int, int]) -> None:
    """A denial of "the claim put forward by X" answers X's latest claim before it (X speaking,
    or speaking for X), over any later claim by someone else."""
    for n, d in enumerate(drafts):
        owner = claim_owner(doc, res, d)
        if owner is None:
            continue
        said = [m for m in range(n - 1, -1, -1) if drafts[m].stance != "Deny"
                and owner in {drafts[m].speaker, drafts[m].on_behalf_of}]
        if said:
            noun = doc[d.content_tokens[0]:d.content_tokens[1]].root.lemma_.lower()
            responses[n] = min(said, key=lambda m: (_claim_rank(drafts[m], noun), -m))


def _claim_rank(d: Draft, noun: str) -> int:
    """How well a statement fits "the claim" that answers it: one made with the noun's own
    verb ("claimed" for "the claim"), then any assertion, then an appeal or a promise."""
    if d.cue == noun or CUE_NOUNS.get(d.cue) == noun:
        return 0
    return 1 if d.stance == "Assert" else 2


def denies_claim(doc: Doc, d: Draft) -> bool:
    """A denial whose content is only a claim noun ("the claims", "the report as false")."""
    if d.stance != "Deny":
        return False
    root = doc[d.content_tokens[0]:d.content_tokens[1]].root
    return root.pos_ == "NOUN" and root.lemma_.lower() in CLAIM_NOUNS and not any(
        c.dep_ in {"ccomp", "relcl"} for c in root.children)


def reported_before(doc: Doc, d: Draft, events: list[EventDraft]) -> int | None:
    """The deed a denial of "the claims" answers when no statement carries it: the main
    event of the clause last reported before the cue, in its sentence ("X said it had
    taken Y, but Z rejected the claims") or the one before ("Rebels have taken Y,
    spokesmen said. The army denied the claim")."""
    cue = doc[d.cue_token]
    regions = [doc[sent_of(cue).start:cue.i]]
    if sent_of(cue).start > 0:
        regions.append(sent_of(doc[sent_of(cue).start - 1]))
    for region in regions:
        found = _reported_event(region, events, d.cue_token)
        if found is not None:
            return found
    return None


def _reported_event(region, events: list[EventDraft], cue: int) -> int | None:
    """The shallowest event inside the last reported clause of ``region``."""
    bounds = (region.start, region.end)
    for verb in reversed(list(region)):
        if verb.i == cue or verb.lemma_.lower() not in REPORTING_VERBS or (
                REPORTING_VERBS[verb.lemma_.lower()] == "Deny"):
            continue
        for clause in (c for c in verb.children if c.dep_ in _CLAUSE_DEPS):
            inside = [k for k, ev in enumerate(events)
                      if bounds[0] <= ev.token < bounds[1]
                      and _within(region.doc[ev.token], clause)]
            if inside:
                return min(inside, key=lambda k: _depth(region.doc[events[k].token], clause))
    return None


def _within(token: Token, top: Token) -> bool:
    for _ in range(_DEPTH_LIMIT):
        if token.i == top.i:
            return True
        if token.head.i == token.i:
            return False
        token = token.head
    return False


def _depth(token: Token, top: Token) -> int:
    depth = 0
    while token.i != top.i and token.head.i != token.i and depth < _DEPTH_LIMIT:
        token = token.head
        depth += 1
    return depth


def coordinated_claims(doc: Doc, bounds: tuple[int, int], cue: int, events: list[EventDraft],
                       inside: list[int], first: int) -> list[int]:
    """The events, besides ``first``, that a content asserts as its main clauses do: those
    of a clause coordinated with the main one ("had seized the port and taken the
    airport", "the army has fled and the town is ours"), and of a quote's further
    sentences; not those of a subordinate or relative clause, nor a noun's."""
    out = []
    for k in inside:
        if k == first:
            continue
        token = _state_host(doc[events[k].token])
        for _ in range(_DEPTH_LIMIT):
            if token.dep_ != "conj" or not bounds[0] <= token.head.i < bounds[1]:
                break
            token = token.head
        if _tops_content(token, bounds, cue):
            out.append(k)
    return out


def _state_host(token: Token) -> Token:
    """The verb of state a control noun is said by ("and were in full control of it",
    "and the town is under our control"), else the token itself."""
    head = token.head
    if token.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in {"in", "under"} and (
            token.lemma_.lower() in {"control", "hand", "charge"}) and (
            head.head.lemma_.lower() in {"be", "remain", "stay"}):
        return head.head
    return token


def _tops_content(token: Token, bounds: tuple[int, int], cue: int) -> bool:
    """Whether ``token`` heads a clause of the content: its head is the cue, lies outside
    the content, or is itself (a sentence of a quote)."""
    head = token.head
    return head.i == token.i or head.i == cue or not bounds[0] <= head.i < bounds[1]


#: Descriptions any body may go by: said by a side, "the group" is that side.
ANY_BODY_NOUNS = GENERIC_KIND_NOUNS | {"movement", "alliance", "coalition", "outfit", "side"}
#: Words that tell what kind of body a name is ("Veska Guard", "Marlow Police").
BODY_KIND_WORDS = GROUP_NOUNS | KIND_ORG_NOUNS | frozenset({
    "army", "guard", "navy", "military", "corps", "command", "brigade", "brigades",
    "front", "police", "court", "ministry"})


def describes_side(res: Resolver, side: str, word: Token) -> bool:
    """Whether "the <noun>" in what a side says may be the side itself: a noun any body
    goes by ("the group said ..."), one of the side's own name ("the militia", said by the
    Kelvar Militia), or any noun when the side's name tells no kind ("the club", said by
    Harrow United); "the militia", said by the Veska Guard, is another body."""
    noun = word.lemma_.lower()
    entity = res.entities.get(side)
    if noun in ANY_BODY_NOUNS or entity is None:
        return True
    words = {w.lower() for w in entity.label.split()}
    return noun in words or word.lower_ in words or not words & BODY_KIND_WORDS


#: Words before "control" by which a subject has none of it ("has no control of X").
_NO_CONTROL_WORDS = frozenset({"no", "little", "less", "lost", "partial"})


def control_haver(noun: Token) -> Token | None:
    """The subject of a verb of having whose object is the control noun: "the army has full
    control of X", "it had complete control over the port", "its fighters retain control
    of the town". None for "has no control of X", "does not have control", "lost control"
    (no verb of having), and control that is no verb's object."""
    if noun.lemma_.lower() != "control" or noun.dep_ != "dobj":
        return None
    verb = noun.head
    if verb.lemma_.lower() not in HAVING_VERBS or any(c.dep_ == "neg" for c in verb.children) \
            or any(c.lower_ in _NO_CONTROL_WORDS for c in noun.children):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def held_without_holder(token: Token) -> bool:
    """"X is under control", "brought the fire under control": control held with no holder
    named (no "of X", no "rebel control", no "their control"), and not denied ("is not
    under control")."""
    if token.lemma_.lower() != "control" or token.head.lower_ != "under":
        return False
    if any(c.dep_ == "neg" for c in token.head.head.children):
        return False
    return not any(c.dep_ in {"poss", "compound", "amod", "nmod"} or (
        c.dep_ == "prep" and c.lower_ in {"of", "by"}) for c in token.children)


#: Words of a state's side that name a holder ("under government control").
_STATE_SIDE_WORDS = frozenset({"army", "government", "ministry", "military", "defence",
                               "defense", "police", "junta", "regime", "presidency", "navy"})
#: Words in the name of an armed body that is no state's ("the Kelvar Liberation Front").
_REBEL_NAME_WORDS = frozenset({"front", "movement", "liberation", "militia", "resistance",
                               "rebel", "rebels", "brigade", "brigades", "mujahideen"})
_HOLDING_NOUNS = frozenset({"control", "hand", "hands"})
#: Nouns for a side's armed people named by the side's word ("rebel fighters").
_SIDE_FORCE_NOUNS = FORCE_NOUNS | {"fighter", "unit", "gunman", "militiaman", "commando"}


def side_word_holder(token: Token) -> Token | None:
    """The word of a side that holds ground said as "under government control", "in rebel
    hands", "fell into rebel hands", or whose fighters do a deed ("rebel forces entered
    X"): "government", "rebel"; None for a named holder ("in Kelvar hands" names it) or
    no such word."""
    nouns = [token] if token.lemma_.lower() == "control" else [
        p for c in token.children if c.dep_ == "prep" and c.lower_ in {"in", "into", "under"}
        for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in _HOLDING_NOUNS]
    words = FORCE_OWNERS | FIGHTER_NOUNS
    if not nouns and token.pos_ in {"VERB", "AUX"}:  # "rebel forces entered X"
        nouns = [c for c in token.children if c.dep_ == "nsubj" and c.tag_ == "NNS"
                 and c.lemma_.lower() in _SIDE_FORCE_NOUNS]
        words = FIGHTER_NOUNS  # "federal forces", "government troops": the state's forces,
        # which the text may name apart from the body speaking (``state_forces``)
    return next((c for noun in nouns for c in noun.children if c.dep_ in {"amod", "compound"}
                 and c.lemma_.lower() in words), None)


def fits_side_word(res: Resolver, side: str, word: Token) -> bool:
    """Whether the side a statement speaks for is the one "government" or "rebel" names:
    a state's army, ministry or government, or the state itself, for "government"; an
    armed body named as a front, movement or militia for "rebel" ("the Veska Army said
    X was under rebel control" is the other side)."""
    entity = res.entities.get(side)
    if entity is None:
        return False
    words = {w.lower() for w in entity.label.split()}
    rebel = bool(words & _REBEL_NAME_WORDS)
    if word.lemma_.lower() in FIGHTER_NOUNS:
        return rebel and res.table.type_of(side) == "Organization"
    return not rebel and (bool(words & _STATE_SIDE_WORDS) or res.table.type_of(side) == "Place")


def sole_rebel_body(res: Resolver, word: Token) -> str | None:
    """The one armed body the article names as a front, movement or militia, which
    "rebel" in "fell into rebel hands", "under rebel control" stands for when the side
    telling it is another ("the army said X was under rebel control"); None for any other
    word, or when the article names none or several."""
    if word.lemma_.lower() not in FIGHTER_NOUNS:
        return None
    found = {e.key for e in res.table.entities if res.table.type_of(e.key) == "Organization"
             and {w.lower() for w in e.label.split()} & _REBEL_NAME_WORDS}
    return found.pop() if len(found) == 1 else None


#: Deeds a body does through its people: who claims one for the body claims it for the
#: body ("militia spokesman X claimed to have seized Y", "Z's chief claimed to have bought").
BODY_DEEDS = frozenset({"ControlEvent", "ConflictEvent", "MovementEvent", "TransactionEvent",
                        "BusinessEvent"})


def deed_claimer(d: Draft, ev: EventDraft) -> str:
    """Who did what a speaker "claimed to have" done: the speaker, or, for a deed a body
    does (a fight, a takeover, a move, a purchase) claimed by one who speaks for the body,
    that body."""
    if ev.cls in BODY_DEEDS and d.on_behalf_of is not None:
        return d.on_behalf_of
    return d.speaker


def forces_side(res: Resolver, d: Draft, pronoun: Token) -> str | None:
    """"his troops", "our soldiers", "her officers", "his group", "her company" in what a
    person says for a side: the forces, or the body, are the side's (``None`` when the
    pronoun owns neither or no side is known)."""
    if pronoun.dep_ != "poss" or pronoun.lower_ not in SIDE_POSSESSIVES:
        return None
    if pronoun.head.lemma_.lower() not in OWN_PEOPLE_NOUNS | OWN_BODY_NOUNS:
        return None
    if res.table.type_of(d.speaker) != "Person" or pronoun.lower_ in {"its", "their"}:
        return None  # an organisation's "its troops" are its own already
    return speaker_side(res, d)


#: Words in the name of a body that arrests, charges, tries, convicts or fines.
JUSTICE_BODY_WORDS = frozenset({"police", "court", "prosecutor", "prosecutors", "prosecution",
                                "tribunal", "judiciary", "constabulary", "gendarmerie",
                                "sheriff", "regulator", "inspectorate", "justice"})


def justice_body_deed(res: Resolver, d: Draft, token: Token, ev: EventDraft) -> str | None:
    """"Marlow Police said two men had been arrested", "the court said X was convicted": a
    justice deed told in the passive with no doer, by a body that does such deeds (police,
    a court, prosecutors, a regulator), is that body's; a fine or a sanction told by an
    authority, a commission or a board ("the Competition Authority said X had been
    fined"), its own (not an arrest it tells of: "the Port Authority said two men had
    been arrested")."""
    if ev.cls != "JusticeEvent" or d.stance == "Deny" or not _doerless_passive(token):
        return None
    side = _telling_body(res, d)
    entity = res.entities.get(side) if side is not None else None
    words = set(entity.label.lower().split()) if entity is not None else set()
    if JUSTICE_BODY_WORDS & words or (
            REGULATOR_WORDS & words and token.lower_ in PENALTY_PARTICIPLES):
        return side
    return None


#: Words in the name of a body that fines and sanctions but arrests no one ("the Veska
#: Competition Authority", "the Orrin Gaming Commission").
REGULATOR_WORDS = frozenset({"authority", "commission", "watchdog", "agency", "ombudsman",
                             "board"})
#: Penalties such a body gives ("had been fined", "was sanctioned"), not arrests; read by
#: their form, as the tagger lemmatises "fined" as "fin".
PENALTY_PARTICIPLES = frozenset({"fined", "sanctioned", "penalised", "penalized", "censured",
                                 "reprimanded"})


def governing_body_deed(res: Resolver, d: Draft, token: Token, ev: EventDraft) -> str | None:
    """"The government is dissolved," said the council's spokesman; the junta said a
    curfew had been imposed: an act of government told in the passive with no doer, by
    a body that may rule (a council, a junta, an army, a government), is that body's.
    Not told by another kind of body ("the party said parliament had been dissolved"),
    nor denied."""
    if ev.cls != "GovernanceEvent" or d.stance == "Deny" or not _doerless_passive(token):
        return None
    side = _telling_body(res, d)
    entity = res.entities.get(side) if side is not None else None
    return side if entity is not None and ruling_body(entity.label) else None


def _doerless_passive(token: Token) -> bool:
    """A verb in the passive with no "by" phrase ("two men were arrested")."""
    kids = [c.dep_ for c in token.children]
    return "auxpass" in kids and "agent" not in kids


def _telling_body(res: Resolver, d: Draft) -> str | None:
    """The body a statement is told for: the one its speaker speaks for, or the speaker
    itself when an organisation."""
    if d.on_behalf_of is not None:
        return d.on_behalf_of
    return d.speaker if res.table.type_of(d.speaker) == "Organization" else None


#: Personnel verbs whose teller, a body, is the doer ("Harrow United announced that X had
#: been appointed manager"); not a dismissal, which a union or a party may only report.
APPOINTING_VERBS = frozenset({"appoint", "name", "hire", "promote", "nominate", "recruit"})


def appointing_body(res: Resolver, d: Draft, token: Token, ev: EventDraft) -> str | None:
    """"The club announced that X had been appointed manager": an appointment told in the
    passive with no doer, by a body (or one who speaks for it), is that body's."""
    if ev.cls != "PersonnelEvent" or d.stance == "Deny" or (
            token.lemma_.lower() not in APPOINTING_VERBS) or not _doerless_passive(token):
        return None
    return _telling_body(res, d)


#: Nouns for a post-holder a body may put out ("its chief executive", "its coach").
POST_NOUNS = ROLE_NOUNS | STAFF_NOUNS | frozenset({"captain", "trainer"})
#: Personnel verbs of putting one out of a post ("was dismissed", "has been suspended").
DISMISSING_VERBS = frozenset({"dismiss", "fire", "sack", "suspend", "remove", "oust", "expel",
                              "relieve", "discharge", "demote", "axe", "ax"})


def dismissing_body(res: Resolver, d: Draft, token: Token, ev: EventDraft) -> str | None:
    """"Harbour Foods said its chief executive had been dismissed", "the club said coach Y
    was sacked" (Y one of the club's people): a body telling, in the passive with no doer,
    that one of its own post-holders was put out is the one who did it. Not a union or an
    association, which reports what employers do to its people ("the union said its
    steward had been fired"), nor a plural ("its workers were suspended"), nor one who is
    not the body's ("the club said the referee was suspended")."""
    if ev.cls != "PersonnelEvent" or d.stance == "Deny" or (
            token.lemma_.lower() not in DISMISSING_VERBS) or not _doerless_passive(token):
        return None
    side = _telling_body(res, d)
    entity = res.entities.get(side) if side is not None else None
    subj = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
    if entity is None or subj is None or subj.tag_ in {"NNS", "NNPS"} or (
            UNION_WORDS & set(entity.label.lower().split())):
        return None
    if subj.lemma_.lower() in POST_NOUNS and any(
            c.dep_ == "poss" and c.lower_ in {"its", "their", "our"} for c in subj.children):
        return side  # "its chief executive had been dismissed"
    person = res.entity_of(subj, allow_pronoun=False, descriptions=False)
    if person is not None and any(m.person == person and m.organization == side
                                  for m in res.memberships):
        return side
    return None


#: Words for the other side's fighters ("enemy fighters", "the attackers", "terrorists").
ENEMY_WORDS = frozenset({"enemy", "hostile", "terrorist", "militant", "insurgent", "attacker",
                         "gunman", "jihadist", "infiltrator", "raider", "invader"})
#: The other side's people as a state's forces call them ("six rebels were killed, the
#: army said") and as an armed group calls them ("two soldiers were killed, the Front
#: said"): the speaker's side killed them.
STATE_ENEMY_WORDS = frozenset({"rebel", "separatist", "guerrilla", "militiaman", "mutineer"})
GROUP_ENEMY_WORDS = frozenset({"soldier", "troop", "policeman", "serviceman", "paratrooper"})
#: Words in the name of a body that fights ("Veska Army", "the Kelvar Militia").
ARMED_BODY_WORDS = frozenset({"army", "guard", "navy", "military", "forces", "force", "corps",
                              "defence", "defense", "command", "militia", "brigade",
                              "brigades", "front", "air", "marines"})


def enemy_losses(res: Resolver, d: Draft, token: Token, ev: EventDraft) -> str | None:
    """"The guard said that 30 insurgents were killed", "two attackers were shot dead,
    the militia said", "six rebels were killed, the army said", "two soldiers were
    killed, the Kavar Liberation Front said": the other side's dead, told in the passive
    with no doer by an armed body (or one who speaks for it), are that body's deed. Not
    its own ("six of its soldiers", "our fighters"; soldiers the army tells of)."""
    if ev.cls != "LifeEvent" or d.stance == "Deny" or not any(
            c.dep_ == "auxpass" for c in token.children) or any(
            c.dep_ == "agent" for c in token.children):
        return None
    victim = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
    side = d.on_behalf_of or (d.speaker if res.table.type_of(d.speaker) == "Organization"
                              else None)
    entity = res.entities.get(side) if side is not None else None
    if victim is None or entity is None or not ARMED_BODY_WORDS & set(
            entity.label.lower().split()):
        return None
    enemies = ENEMY_WORDS | (GROUP_ENEMY_WORDS if armed_name(entity.label)
                             else STATE_ENEMY_WORDS)
    if any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for c in victim.children):
        return None  # "six of its soldiers", "our fighters": the side's own dead
    if not (victim.lemma_.lower() in enemies or any(
            c.dep_ in {"amod", "compound"} and c.lemma_.lower() in enemies
            for c in victim.children)):
        return None
    return side


def undergoer(pronoun: Token, ev: EventDraft) -> bool:
    """"X said it had been fined (by Y)": a pronoun that is the event verb's own passive
    subject undergoes the event; it is no doer ("it was forced to withdraw" still is, of
    the withdrawal)."""
    return pronoun.dep_ == "nsubjpass" and pronoun.head.i == ev.token


def own_holder(token: Token) -> Token | None:
    """"under the full control of our forces", "in the hands of its troops": the possessive
    of the holder's own people or body, by which the speaker names its own side as the one
    in control (None for "the control of the Kelvar Militia", a holder named)."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in {"control", "hand", "grip"}:
        return None
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"):
        for holder in (p for p in prep.children if p.dep_ == "pobj"):
            if holder.lemma_.lower() not in OWN_PEOPLE_NOUNS | OWN_BODY_NOUNS:
                continue
            poss = next((c for c in holder.children if c.dep_ == "poss"
                         and c.lower_ in SIDE_POSSESSIVES - {"their"}), None)
            if poss is not None:
                return poss
    return None


#: Verbs of losing or yielding whose "to" phrase names the taker ("fell to its fighters",
#: "was lost to our forces", "surrendered the town to his men", "handed it over to ...").
YIELDING_VERBS = frozenset({"fall", "lose", "surrender", "hand", "cede", "yield", "give",
                            "pass", "abandon", "concede", "relinquish", "turn"})


def own_doer_phrase(token: Token) -> Token | None:
    """"was seized by its marines", "fell to our fighters", "surrendered X to his men": the
    possessive of the speaker's own people or body named in the phrase that says who did
    (or, after a verb of yielding, who took) it; None for a doer named ("by the Guard")."""
    lemma = token.lemma_.lower()
    for c in token.children:
        by = c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by" and token.pos_ == "NOUN")
        to = c.dep_ in {"prep", "dative"} and c.lower_ == "to" and lemma in YIELDING_VERBS
        if not (by or to):
            continue
        for holder in (p for p in c.children if p.dep_ == "pobj"):
            if holder.lemma_.lower() not in OWN_PEOPLE_NOUNS | OWN_BODY_NOUNS:
                continue
            poss = next((p for p in holder.children if p.dep_ == "poss"
                         and p.lower_ in SIDE_POSSESSIVES), None)
            if poss is not None:
                return poss
    return None


#: Verbs that carry a deed named by a noun, whose subject did it ("completed the capture
#: of X", "carried out the raid", "began its offensive", "staged a takeover").
SUPPORT_VERBS = frozenset({"complete", "finish", "conclude", "carry", "conduct", "launch",
                           "begin", "start", "stage", "mount", "execute", "perform",
                           "undertake", "continue", "resume", "lead", "spearhead",
                           "finalise", "finalize", "make", "effect", "accomplish"})


def support_subject(token: Token) -> Token | None:
    """"it had completed the capture of X", "we carried out the raid": the pronoun subject
    of the verb that carries an event noun (its object), who is the doer; None when the
    noun has a doer of its own ("the army's capture") or the verb no pronoun subject."""
    if token.pos_ != "NOUN" or token.dep_ != "dobj":
        return None
    verb = token.head
    if verb.lemma_.lower() not in SUPPORT_VERBS or any(
            c.dep_ in {"poss", "compound"} for c in token.children):
        return None
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj if subj is not None and subj.pos_ == "PRON" else None


#: Words in the name of a body that may seize a country's power: an armed body, a
#: council, a junta, a committee ("the Patriotic Dawn Council").
RULING_BODY_WORDS = ARMED_BODY_WORDS | frozenset({"council", "junta", "committee", "government",
                                                  "movement", "officers", "rebels"})


def ruling_body(label: str) -> bool:
    """Whether a name says its body may take a country's power ("Veska Army", "Council for
    Renewal"), unlike a company's ("Delta Grain", whose takeover is of a firm)."""
    return bool(RULING_BODY_WORDS & set(label.lower().split()))


#: Verbs a place undergoes that keep their subject above an infinitive ("X is expected to
#: fall", "X had yet to fall").
_UNDERGOING_VERBS = frozenset({"fall"})


def raised_subject(token: Token) -> list[Token]:
    """"the town had yet to be taken", "X is expected to fall", "X seems to have been
    captured": the subject of the verb above a passive (or "fall") infinitive with no
    subject of its own, which is what is taken."""
    if token.dep_ != "xcomp" or any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children):
        return []
    if token.lemma_.lower() not in _UNDERGOING_VERBS and not any(
            c.dep_ == "auxpass" for c in token.children):
        return []
    return [c for c in token.head.children if c.dep_ in {"nsubj", "nsubjpass"}]


#: Last words of a firm's name ("Delta Grain", "Halvik Mills", "Orrin Foods Ltd").
FIRM_WORDS = frozenset({
    "company", "corporation", "corp", "inc", "ltd", "llc", "plc", "co", "group", "holdings",
    "grain", "mills", "foods", "motors", "airlines", "airways", "energy", "oil", "gas",
    "mining", "steel", "shipping", "logistics", "media", "telecom", "pharma", "capital",
    "partners", "ventures", "industries", "systems", "technologies", "labs", "bank",
    "brewery", "retail", "stores", "insurance", "finance", "investments", "enterprises"})
#: Nouns of a firm or a share of one taken over ("took control of the company").
FIRM_NOUNS = frozenset({"company", "firm", "business", "bank", "brand", "chain", "subsidiary",
                        "stake", "shareholding", "board", "insurer", "lender", "retailer",
                        "carrier", "operator", "maker", "manufacturer", "producer", "supplier",
                        "brewer", "miner", "startup", "conglomerate", "franchise", "club"})
#: Control triggers that may be a firm's takeover ("took control of", "the takeover of").
_TAKEOVER_LEMMAS = frozenset({"take", "takeover", "seize", "gain", "acquire", "assume",
                              "control", "buyout", "wrest"})


def firm_name(label: str) -> bool:
    """Whether a name ends in a firm's word ("Delta Grain", "Halvik Mills")."""
    words = label.lower().replace(".", "").split()
    return bool(words) and words[-1] in FIRM_WORDS


def firm_takeover(res: Resolver, token: Token, ev: EventDraft, held: list[Token]) -> str | None:
    """"Delta Grain took control of Halvik Mills", "the fund completed its takeover of the
    company": a takeover of a firm by a firm (no body that may rule a country) is a
    BusinessEvent, not control of a place. Returns the key of the firm taken, or "" when
    it is named by a noun only; None when this is no firm's takeover."""
    if ev.cls != "ControlEvent" or token.lemma_.lower() not in _TAKEOVER_LEMMAS:
        return None
    agents = [res.entities.get(k) for k in ev.agents]
    if any(a is not None and ruling_body(a.label) for a in agents):
        return None
    for word in held:
        key = res.table.at(word)
        entity = res.entities.get(key) if key is not None else None
        if entity is not None and (firm_name(entity.label) or (
                res.table.type_of(key) == "Organization" and any(
                a is not None and firm_name(a.label) for a in agents))):
            return key
        if key is None and word.pos_ == "NOUN" and word.lemma_.lower() in FIRM_NOUNS:
            return ""
    return "" if not held and takeover_deal(token) else None  # "the takeover was approved"


#: Prepositions whose clause tells a deed done ("after capturing X", "since taking X",
#: "by seizing X", "upon entering X"); not "without", "instead of", "to", "before".
DONE_PREPS = frozenset({"after", "since", "upon", "on", "following", "by", "while"})
#: Conjunctions of an adverbial clause that tells a deed done ("when its fighters stormed
#: X", "after they took X", "now that it controls X", "as troops entered X").
DONE_MARKS = frozenset({"after", "since", "when", "once", "as", "because", "now", "while"})


def subordinate_claims(doc: Doc, bounds: tuple[int, int], cue: int, events: list[EventDraft],
                       inside: list[int], taken: set[int]) -> list[int]:
    """The events a content asserts in a clause below its main ones that tells a deed
    its subject did first: "its fighters moved on after capturing X", "having taken X,
    its forces advanced" (not "to capture X", "without taking X", a clause under a noun:
    "an attempt to seize X", nor one with a subject of its own: "the rebels fled after
    the army attacked X" asserts the flight; the attack is only its time)."""
    out = []
    for k in inside:
        if k in taken or events[k].factuality not in {"Asserted", "Claimed"}:
            continue
        token = doc[events[k].token]
        if token.pos_ != "VERB" or any(c.dep_ in {"nsubj", "nsubjpass"}
                                       for c in token.children):
            continue
        done = False
        for _ in range(_DEPTH_LIMIT):
            head = token.head
            if _tops_content(token, bounds, cue):
                break
            if token.dep_ == "conj":
                token = head
                continue
            if token.dep_ == "pcomp" and head.lower_ in DONE_PREPS and head.dep_ == "prep":
                token, done = head.head, True
                continue
            if token.dep_ == "advcl" and _done_clause(token):
                token, done = head, True
                continue
            done = False
            break
        if done and token.pos_ in {"VERB", "AUX"} and _tops_content(token, bounds, cue):
            out.append(k)
    return out


#: Conjunctions of a finite clause whose deed the speaker takes as done ("fled after the
#: army attacked X", "because militants shelled Y", "since the militia captured Z").
FACT_MARKS = frozenset({"after", "since", "because", "once", "now"})


def stated_causes(doc: Doc, bounds: tuple[int, int], cue: int, events: list[EventDraft],
                  inside: list[int], taken: set[int]) -> list[int]:
    """The events of a finite adverbial clause with a subject of its own that the content
    takes as done, on its main clause: "clashes erupted after government troops attacked
    our positions" asserts the attack too (not "before", "if", "unless", "until": not done,
    nor "while", "as", "when": a time, not a deed told)."""
    out = []
    for k in inside:
        if k in taken or events[k].factuality not in {"Asserted", "Claimed"}:
            continue
        verb = doc[events[k].token]
        if verb.pos_ != "VERB" or verb.dep_ != "advcl" or not any(
                c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
            continue
        mark = next((c for c in verb.children if c.dep_ == "mark"), None)
        if mark is None or mark.lower_ not in FACT_MARKS:
            continue
        if verb.head.pos_ in {"VERB", "AUX"} and _tops_content(verb.head, bounds, cue):
            out.append(k)
    return out


def _done_clause(verb: Token) -> bool:
    """An adverbial clause, with no subject of its own, of a deed done: "having taken X",
    "once inside X", a participle after its verb ("bombed the depot, killing six", "were
    killed repelling an attack"); not one of purpose ("to take X") or condition ("if
    ...")."""
    kids = list(verb.children)
    if any(c.dep_ == "aux" and c.lower_ == "to" or c.dep_ in {"nsubj", "nsubjpass"}
           for c in kids):
        return False
    mark = next((c for c in kids if c.dep_ == "mark"), None)
    if mark is not None:
        return mark.lower_ in DONE_MARKS
    if verb.tag_ == "VBG" and verb.i > verb.head.i:
        return True
    return verb.tag_ in {"VBN", "VBD"} or any(c.lower_ == "having" for c in kids)


#: Verbs by which the subject gives a place up to the one in its "to" phrase ("lost X to
#: Y", "ceded control of X to Y", "surrendered X to Y").
GIVING_UP_VERBS = frozenset({"lose", "cede", "surrender", "yield", "concede", "relinquish",
                             "abandon"})


def taker_of_loss(res: Resolver, token: Token, ev: EventDraft) -> str | None:
    """"the army lost Halvik to the militia", "it ceded control of X to Y": in the active,
    the one the place went to (the "to" phrase) took it; the subject lost it. The taker's
    key, or None when no taker is named."""
    verb = token.head if token.pos_ == "NOUN" and token.dep_ == "dobj" else token
    if ev.cls != "ControlEvent" or verb.lemma_.lower() not in GIVING_UP_VERBS or any(
            c.dep_ == "auxpass" for c in verb.children):
        return None
    for prep in (c for c in verb.children if c.dep_ in {"prep", "dative"} and c.lower_ == "to"):
        for pobj in (p for p in prep.children if p.dep_ == "pobj"):
            key = res.entity_of(pobj, allow_pronoun=False, descriptions=False)
            if key is not None and res.table.type_of(key) in {"Organization", "Person"}:
                return key
    return None


#: Deeds of arms whose doer at a place may be who took what another lost there.
_TAKERS_DEEDS = frozenset({"ConflictEvent", "ControlEvent", "MovementEvent"})
#: How many sentences back the deed of the one who took a place lost may be told.
LOSS_WINDOW = 3


def losses_without_taker(doc: Doc, res: Resolver, events: list[EventDraft]) -> None:
    """"The army said it had lost control of Halvik", "X admitted losing Halvik": whoever
    lost a place did not take it; the loser is a participant, and the taker, when the
    text does not name it, is the one whose deed of arms at that place was told last,
    in that sentence or just before ("Rebels attacked Halvik. The army conceded it had
    lost the town": the rebels), else no one."""
    for ev in events:
        token = doc[ev.token]
        verb = token.head if token.pos_ == "NOUN" and token.dep_ == "dobj" else token
        if ev.cls != "ControlEvent" or verb.lemma_.lower() not in GIVING_UP_VERBS or any(
                c.dep_ == "auxpass" for c in verb.children) or not ev.agents:
            continue
        if any(c.dep_ == "neg" or (c.dep_ in {"prep", "dative"} and c.lower_ == "to")
               for c in verb.children):
            continue  # "not lost", "lost X to Y" / "to its men": the taker is told
        losers = list(ev.agents)
        ev.participants.extend(k for k in losers if k not in ev.participants)
        ev.agents[:] = []
        ev.agent_pronoun = None
        here = res.sentence_of(token)
        before = [other for other in events if other is not ev and other.token < token.i
                  and other.cls in _TAKERS_DEEDS and set(other.places) & set(ev.places)
                  and 0 <= here - res.sentence_of(doc[other.token]) <= LOSS_WINDOW
                  and other.agents and not set(other.agents) & set(losers)]
        if before:
            ev.agents.extend(max(before, key=lambda other: other.token).agents[:1])


def declared_state(doc: Doc, cue: int, bounds: tuple[int, int],
                   events: list[EventDraft]) -> list[int]:
    """"declared Halvik under its control", "proclaimed the town in their hands": the
    state a cue gives its object (the content) in a phrase of its own, outside the
    content; the events of that phrase."""
    verb = doc[cue]
    if not any(c.dep_ == "dobj" and bounds[0] <= c.i < bounds[1] for c in verb.children):
        return []
    words = {c.i for c in verb.children if c.dep_ in {"oprd", "acomp"}}
    words |= {p.i for c in verb.children if c.dep_ == "prep" and c.lower_ in {"under", "in"}
              for p in c.children if p.dep_ == "pobj"}
    return [k for k, ev in enumerate(events) if ev.token in words]


#: Control verbs that take a name fighters take a place by ("its fighters captured X",
#: "troops have taken full control of X", "rebels seized X"): with an armed doer.
_ARMED_TAKING = frozenset({"capture", "seize", "take", "control", "enter", "hold", "secure",
                           "gain", "wrest", "assume", "establish", "consolidate"})
#: Nouns of people or bodies that take places by arms ("fighters", "the troops").
ARMED_DOER_NOUNS = FORCE_NOUNS | frozenset({
    "fighter", "rebel", "militant", "insurgent", "militiaman", "guerrilla", "jihadist",
    "separatist", "commando", "paratrooper", "marine", "soldier", "troop", "unit",
    "militia", "army", "military", "junta", "mutineer", "gunman"})


def armed_takings(doc: Doc, res: Resolver, events: list[EventDraft], acting: set[str],
                  armed_claims: list[tuple[int, int]] = ()) -> set[str]:
    """Names the tagger typed as organisations that fighters capture, seize or take
    control of ("its fighters captured Tarsk", "troops have taken full control of
    Lunet"), or that an armed body says were taken ("the Kelvar Militia said Tarsk had
    been captured": ``armed_claims``, the token spans of what armed bodies say): places,
    as a place is what arms take (a name that says it is a body, "Delta Grain", "Veska
    Radio", or one that speaks or acts in the article, stays a body; a person captured
    stays a person)."""
    found: set[str] = set()
    for ev in events:
        token = doc[ev.token]
        if ev.cls != "ControlEvent" or token.lemma_.lower() not in _ARMED_TAKING:
            continue
        if not _armed_doer(res, token, ev) and not any(
                b <= token.i < e for b, e in armed_claims):
            continue
        for word in held_words(token):
            key = res.table.at(word)
            if key is None or key in acting or key in ev.agents or (
                    res.table.type_of(key) != "Organization"):
                continue
            entity = res.entities.get(key)
            if entity is None or _says_body(entity.label):
                continue
            found.add(key)
    return found


def _armed_doer(res: Resolver, token: Token, ev: EventDraft) -> bool:
    """Whether who took it is armed: a subject that names fighters ("its fighters",
    "rebel troops"), an agent whose name says it is armed ("the Kelvar Militia")."""
    for c in token.children:
        if c.dep_ == "nsubj" and (c.lemma_.lower() in ARMED_DOER_NOUNS or any(
                g.dep_ in {"amod", "compound"} and g.lemma_.lower() in ARMED_DOER_NOUNS
                for g in c.children)):
            return True
    for key in ev.agents:
        entity = res.entities.get(key)
        if entity is not None and fighting_name(entity.label):
            return True
    return False


def fighting_name(label: str) -> bool:
    """Whether a name says its body fights: "Veska Army", "Kelvar Militia", "rebels" (a
    state's army too, unlike ``descriptions.armed_name``)."""
    words = label.lower().split()
    return bool(ARMED_BODY_WORDS & set(words)) or any(
        w in ARMED_DOER_NOUNS or w.removesuffix("s") in ARMED_DOER_NOUNS for w in words)


def armed_claims(res: Resolver, drafts: list[Draft]) -> list[tuple[int, int]]:
    """The token spans of what armed bodies (or those who speak for them) say, not deny:
    a name they say was taken is a place ("the Kelvar Militia said Tarsk had fallen")."""
    out = []
    for d in drafts:
        side = d.on_behalf_of or d.speaker
        entity = res.entities.get(side) if side is not None else None
        if d.stance != "Deny" and entity is not None and fighting_name(entity.label):
            out.append(d.content_tokens)
    return out


def _says_body(label: str) -> bool:
    """A name that tells it is a body: "Delta Grain", "Veska Radio", "KLM", "Kelvar
    Front"."""
    words = label.split()
    return not words or label.isupper() or firm_name(label) or bool(
        {w.lower() for w in words} & (BODY_KIND_WORDS | FIRM_WORDS | ORG_NAME_NOUNS))


#: Pronouns by which a confirmation points back to what was told ("confirmed this").
_BACK_PRONOUNS = frozenset({"this", "that", "it", "so"})
#: Nouns for what was told, which a confirmation takes as its content ("the news").
TOLD_NOUNS = CLAIM_NOUNS | {"news", "information", "account", "story", "rumour", "rumor"}


def confirms_earlier(doc: Doc, d: Draft) -> bool:
    """An assertion whose content is only "the report", "the claims", "this", "it"
    ("the army confirmed the report", "a spokesman confirmed this", "X acknowledged
    it"): it asserts what was told before, as "denied the claims" denies it."""
    if d.stance != "Assert":
        return False
    root = doc[d.content_tokens[0]:d.content_tokens[1]].root
    if root.lower_ in _BACK_PRONOUNS and root.pos_ in {"PRON", "DET", "ADV"}:
        return d.content_tokens[1] - d.content_tokens[0] == 1
    return root.pos_ == "NOUN" and root.lemma_.lower() in TOLD_NOUNS and not any(
        c.dep_ in {"ccomp", "relcl", "acl", "prep"} for c in root.children)


def told_just_before(doc: Doc, d: Draft, events: list[EventDraft]) -> int | None:
    """What a confirmation of "the report" points back to when no reported clause holds
    it: the shallowest event of the sentence before the cue's ("Rebels seized the
    airport. The army confirmed this.")."""
    sent = sent_of(doc[d.cue_token])
    if sent.start == 0:
        return None
    before = sent_of(doc[sent.start - 1])
    inside = [k for k, ev in enumerate(events) if before.start <= ev.token < before.end]
    if not inside:
        return None
    return min(inside, key=lambda k: _depth(doc[events[k].token], before.root))


#: Event nouns of a deed done by what their "of" phrase names, not done to it ("the
#: resignation of X", "the withdrawal of X's troops", "the arrival of the envoys"), unlike
#: "the arrest of X", "the appointment of X", "the capture of X".
DOER_OF_NOUNS = frozenset({
    "resignation", "abdication", "departure", "withdrawal", "pullout", "pull-out", "retreat",
    "arrival", "return", "exit", "exodus", "flight", "escape", "advance", "march", "visit",
    "entry", "walkout", "victory", "win", "bankruptcy"})


def doer_of(res: Resolver, noun: Token) -> str | None:
    """"the resignation of Ilse Morrow", "the withdrawal of Veska's troops", "the
    departure of the Kelvar Front's envoys": the person or body named in the "of" phrase
    of a noun for a deed one does oneself, who did it (its own people stand for a body)."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in DOER_OF_NOUNS:
        return None
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        for word in (p for p in prep.children if p.dep_ == "pobj"):
            key = res.entity_of(word, allow_pronoun=False, descriptions=False)
            if key is None and word.lemma_.lower() in OWN_PEOPLE_NOUNS:
                key = next((res.entity_of(c, allow_pronoun=False, descriptions=False)
                            for c in word.children if c.dep_ in {"poss", "compound"}), None)
            if key is not None and res.table.type_of(key) in {"Person", "Organization"}:
                return key
    return None


#: How many sentences back a definite event noun may point to the deed it takes up.
TOLD_WINDOW = 2


def takes_up_told_deed(doc: Doc, res: Resolver, events: list[EventDraft], k: int) -> bool:
    """"Dravian police arrested Ben Adler. His lawyer condemned the arrest", "Ilse Morrow
    resigned on Monday. Her party confirmed the resignation": a definite event noun (no
    owner) whose class was told in a deed just before points back to that deed, whose
    doer is its doer (not the one who confirms or condemns it)."""
    noun = doc[events[k].token]
    if noun.pos_ != "NOUN" or any(c.dep_ == "poss" for c in noun.children) or not any(
            c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in noun.children):
        return False
    here = res.sentence_of(noun)
    return any(ev.cls == events[k].cls and ev.token < noun.i
               and 0 <= here - res.sentence_of(doc[ev.token]) <= TOLD_WINDOW
               for ev in events)


def behind_subject(token: Token) -> Token | None:
    """"the Kelvar Front was behind the bombing", "it was not behind the attack": the
    subject of "be behind" an event noun, who did it (or is denied to have)."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ != "behind" or prep.head.lemma_ != "be":
        return None
    return next((c for c in prep.head.children if c.dep_ == "nsubj"), None)


#: Verbs whose subject makes ready for a deed it will do ("preparing for an offensive").
READYING_VERBS = frozenset({"prepare", "gear", "ready", "mobilise", "mobilize", "train"})


def readying_subject(noun: Token) -> Token | None:
    """"the Kelvar Front is preparing for a new offensive", "troops were gearing up for an
    assault": the subject of a verb of making ready, in the active, whose "for" phrase is
    the deed; who gets ready does it (not "braced for an attack": the target)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for":
        return None
    verb = prep.head
    if verb.lemma_.lower() not in READYING_VERBS or any(
            c.dep_ in {"neg", "auxpass"} for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def of_doers(doc: Doc, res: Resolver, events: list[EventDraft]) -> None:
    """Give each noun event with no doer the one its "of" phrase names, for a deed one
    does oneself ("the resignation of Ilse Morrow", "the withdrawal of Veska's troops"),
    or the subject of "be behind" it or of getting ready for it ("the Kelvar Front was
    behind the attack", "the army is preparing for an offensive"): the doer, not a
    participant."""
    for ev in events:
        if ev.agents:
            continue
        noun = doc[ev.token]
        doer = doer_of(res, noun)
        if doer is None:
            subj = behind_subject(noun) or readying_subject(noun)
            if subj is not None:
                add_doer(ev, subj, res)
                ev.places[:] = [k for k in ev.places if k not in ev.agents]
            continue
        if doer in ev.places:
            continue
        if doer in ev.participants:
            ev.participants.remove(doer)
        ev.agents.append(doer)


def described_owner(token: Token) -> Token | None:
    """"the group's fighters ambushed a convoy", "the movement's offensive", "the
    company's staff walked out": the definite description ("the group") whose people, or
    whose deed, the event's doer is; None for a name or a pronoun ("Veska's troops", "its
    fighters": read elsewhere)."""
    subj = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lemma_.lower() in _OWN_PEOPLE_OR_BODY:
        owner = subj
    elif token.pos_ == "NOUN":
        owner = token
    else:
        return None
    poss = next((c for c in owner.children if c.dep_ == "poss"), None)
    if poss is None or poss.pos_ != "NOUN" or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in poss.children):
        return None
    return poss


#: Unions of the word lists above that tests read, made once (``A | B`` in a test
#: builds a new set at every call).
_OWN_PEOPLE_OR_BODY = OWN_PEOPLE_NOUNS | OWN_BODY_NOUNS
