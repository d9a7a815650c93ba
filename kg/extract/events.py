"""Events from verbal and nominal triggers, with agent, participants, place, date and
factuality read off the dependency parse."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from functools import cache

from spacy.symbols import ADJ, NOUN, VERB
from spacy.tokens import Doc, Span, Token

from kg.extract.civic_events import (
    MARCHING_VERBS,
    POLLING_VERBS,
    TALKING_VERBS,
    deal_made,
    protest_march,
    relative_object,
    spoke_by_phone,
    to_the_polls,
    vote_share,
    walked_off,
)
from kg.extract.coming import coming_value, to_come
from kg.extract.controlled import (
    answering_verb,
    by_inside_of,
    chained_verb,
    dispatcher,
    errand_verb,
    hands_holder,
    hyphen_doers,
    hyphen_doers_on,
    moved_forces,
    party_verb,
    plan_clause,
    plan_owner,
    purpose_head,
    relative_antecedent,
)
from kg.extract.coref import GROUP_NOUNS, Resolver
from kg.extract.dated_objects import (
    SAME_DAY_UNITS,
    count_of,
    counted_from,
    date_of_object,
    deed_of_day,
    which_clause,
)
from kg.extract.disasters import ACCIDENT_VERBS, DISASTER_NOUNS, accident, disaster
from kg.extract.doers import (
    body_within,
    fighters_named_otherwise,
    gerund_owner,
    members_told_before,
    participle_bearer,
    pursuer_by,
    pursuing_verb,
    qualified_role_holder,
    relative_pursuer,
    role_holder,
    trade_union,
)
from kg.extract.drafts import text_of
from kg.extract.event_kinds import (
    CLEARING_VERBS,
    EXPELLING_VERBS,
    FIRM_KIND_NOUNS,
    PRODUCT_VERBS,
    attack_in_words,
    attacked_for_conduct,
    blown_up,
    campaigned_for_votes,
    candidate_campaign,
    charged_with_wrong,
    civil_effort,
    cleared_ground,
    closed_no_business,
    collapse_class,
    collapse_told,
    custody_as_place,
    escaped_no_place,
    expelled_from,
    figurative_fight,
    found_dead,
    habitual,
    met_no_one,
    participle_of_kind,
    product_class,
    put_out_unarmed,
    release_class,
    return_as_document,
    scene_secured,
    seized_on_words,
    shown_not_protested,
    site_object,
    stoppage,
    taken_hostage,
    taken_no_ground,
    trial_of_science,
    war_of_words,
)
from kg.extract.figures import figure_of_violence
from kg.extract.implicatives import (
    effort_infinitive,
    effort_maker,
    event_complement,
    owner_bound_to_subject,
    subject_above,
    verb_lemma,
)
from kg.extract.kind_lists import named_ahead
from kg.extract.law_and_life import (
    READ_LEMMAS,
    blaze,
    charges_faced,
    court_deed,
    penalty,
    pleaded,
    reading,
)
from kg.extract.led import leader_of
from kg.extract.lexicon import (
    AMBIGUOUS_TRIGGERS,
    CARRIER_NOUNS,
    EVENT_TRIGGERS,
    FIGHTER_NOUNS,
    FUTURE_MARKERS,
    GOVERNANCE_OBJECTS,
    INTENT_VERBS,
    NEEDS_PLACE,
    PHRASAL_TRIGGERS,
    PLACE_NOUNS,
    PLACE_PREPS,
    POSSIBLE_MODALS,
    POST_HOLDER_NOUNS,
    REPORTING_VERBS,
    ROLE_NOUNS,
    STAFF_NOUNS,
    WEAPON_NOUNS,
    demonym_of,
)
from kg.extract.market_words import site_closed, trend_of
from kg.extract.nothing import befell_no_one, setting_of_words, side_in_court
from kg.extract.object_places import object_places
from kg.extract.places import (
    TIME_PREPS,
    PlaceMemory,
    fallback_places,
    named_as_place,
    place_of_phrase,
)
from kg.extract.support_events import (
    armed_strike,
    gaining_verb,
    ground_gained,
    ground_places,
    needs_named_ground,
    pushed_into,
)
from kg.extract.temporal import DATE_LABELS, DateMention, attached, naming
from kg.extract.tokens import arrays_of, per_token
from kg.records import DateValue

#: Triggers whose grammatical subject is what happens to, not who acts ("the town fell to X").
PATIENT_SUBJECT = frozenset({"fall", "collapse", "die", "death"})
#: Modifier + noun that is an event whatever its arguments ("air strikes" are no walkout).
MODIFIED_EVENTS: dict[tuple[str, str], str] = {
    **dict.fromkeys((("air", "strike"), ("drone", "strike"), ("missile", "strike"),
                     ("rocket", "strike"), ("artillery", "strike"), ("military", "strike"),
                     ("air", "raid")), "ConflictEvent"),
    ("death", "toll"): "LifeEvent",
    **dict.fromkeys((("peace", "deal"), ("peace", "agreement"), ("peace", "accord"),
                     ("peace", "treaty"), ("ceasefire", "deal"), ("ceasefire", "agreement")),
                    "GovernanceEvent"),
    **dict.fromkeys((("phone", "call"), ("telephone", "call"), ("video", "call")),
                    "ContactEvent"),
}
#: Control verbs whose "to" phrase names the one who took control ("was lost to X").
LOST_TO = frozenset({"lose", "surrender", "cede", "hand", "turn"})
#: Verbs that pass a place to a taker with "over" ("handed over the town to X").
HANDING_VERBS = frozenset({"hand", "turn"})
#: Control verbs that are events only with the one who took control ("fell to X").
NEEDS_TAKER = frozenset({"fall"})
#: Movement verbs whose place must be named or described, not nested in a phrase.
GOING_VERBS = frozenset({"leave", "head"})
#: Nouns any organisation may go by ("the group"), unlike "the army" or "the party".
GENERIC_GROUP_NOUNS = frozenset({"group", "organisation", "organization", "outfit",
                                 "alliance", "coalition"})
#: Nouns whose "for" phrase names a deed owned by the one who takes them ("claimed
#: responsibility for the attack").
RESPONSIBILITY_NOUNS = frozenset({"responsibility", "credit"})
#: Verbs by which the subject owns what it takes responsibility for (not "denied").
OWNING_VERBS = frozenset({"claim", "accept", "admit", "take", "bear", "acknowledge"})
#: Nouns for armed men any side has: "forces" is not the one group named "... Forces".
GENERIC_FORCES = frozenset({"force", "forces"})
#: Nouns for a side's members named by a modifier ("rebel troops", "militia gunmen").
MEMBER_NOUNS = frozenset({"force", "forces", "troop", "troops", "soldier", "fighter",
                          "militiaman", "gunman", "unit", "jet", "warplane", "drone",
                          "aircraft", "plane", "helicopter", "artillery", "police",
                          "policeman", "officer", "member", "supporter", "activist"})
#: Nouns for people counted as lost or moved ("lost a dozen men").
PEOPLE_NOUNS = frozenset({"soldier", "troop", "man", "fighter", "life", "civilian", "people",
                          "person", "member", "officer", "policeman", "child", "woman",
                          "worker", "staff", "employee", "militant", "rebel", "guard"})
#: Nouns for a firm's people and posts, cut in a lay-off ("laid off 300 jobs").
WORKFORCE_NOUNS = frozenset({"staff", "employee", "worker", "job", "workforce", "position",
                             "contractor", "labourer", "laborer", "miner", "driver", "nurse"})
#: Forms of a trigger the small model lemmatises wrongly ("fined" -> "fin").
#: Forms the tagger lemmatises wrongly ("retook" comes back as itself, tagged present).
TRIGGER_LEMMA_FIXES = {"fined": "fine", "fines": "fine", "fining": "fine", "retook": "retake"}
#: Verbs that, with jobs or staff as object, are lay-offs ("cut 500 jobs").
JOB_CUTTING_VERBS = frozenset({"cut", "shed", "axe", "slash", "eliminate"})
#: Crimes one is charged with, accused of or jailed for ("charged with fraud").
CRIME_NOUNS = frozenset({"fraud", "murder", "theft", "corruption", "embezzlement", "assault",
                         "manslaughter", "bribery", "terrorism", "treason", "rape", "robbery",
                         "negligence", "offence", "offense", "crime", "count", "homicide",
                         "kidnapping", "smuggling", "trafficking", "extortion", "sedition",
                         "espionage", "misconduct", "perjury", "arson", "burglary",
                         "laundering", "conspiracy", "tax", "evasion", "contempt"})
#: Objects (or "with" objects, passive subjects) that make a trigger verb no event.
NOT_WITH_OBJECT: dict[str, frozenset[str]] = {
    "spend": frozenset({"day", "night", "hour", "week", "month", "year", "time", "weekend",
                        "morning", "evening", "afternoon"}),
    "meet": frozenset({"alarm", "criticism", "condemnation", "resistance", "opposition",
                       "skepticism", "scepticism", "scorn", "derision", "approval", "praise",
                       "anger", "outrage", "silence", "concern", "dismay", "disbelief"}),
    "withdraw": frozenset({"support", "backing", "recognition", "funding", "offer", "claim",
                           "candidacy", "bill", "application", "complaint", "endorsement",
                           "nomination", "statement", "remark", "comment", "lawsuit"}),
    "shoot": frozenset({"video", "film", "footage", "scene", "photo", "picture", "movie",
                        "clip", "documentary"}),
    # "paid tribute to the victims", "paid a visit to X" (the visit is the event)
    "pay": frozenset({"tribute", "visit", "homage", "respect", "respects", "attention",
                      "fine", "penalty",  # "paid a fine": the fine is the event (justice)
                      "heed", "price", "compliment", "call", "service", "courtesy", "dividend",
                      "dividends", "lip"}),
    # "the cuts will kill jobs", "the decision killed the project", "killed off the game"
    "kill": frozenset({"job", "project", "plan", "bill", "deal", "idea", "game", "hope",
                       "talk", "momentum", "proposal", "chance", "mood", "story", "engine",
                       "light", "buzz", "demand", "growth", "scheme", "measure",
                       "reform", "motion", "initiative", "programme", "program", "contest",
                       "competition", "tie", "match", "conversation", "debate", "rumour",
                       "rumor", "joke", "sale", "industry", "business", "career", "time"}),
    # "struck a conciliatory tone", "struck a balance", "struck a chord with voters"
    "strike": frozenset({"tone", "note", "chord", "balance", "pose", "posture", "figure",
                         "nerve", "compromise", "bargain", "gold", "match", "fear", "optimism",
                         "blow", "lottery", "jackpot", "out"}),
}
#: Places of business whose opening or closing is a business event.
BUSINESS_SITES = frozenset({"factory", "plant", "store", "shop", "branch", "office", "mill",
                            "mine", "hotel", "restaurant", "outlet", "warehouse", "refinery",
                            "smelter", "showroom", "studio", "clinic", "headquarters",
                            "subsidiary", "bank", "airline", "site", "centre", "center"})
#: Nouns that, in the plural with a word of size or trend, are a measure, not a deed
#: ("falling sales", "strong payments").
MEASURE_NOUNS = frozenset({"sale", "payment", "investment", "purchase", "loan"})
#: Further nouns for people who die or are hurt ("three children died").
CASUALTY_NOUNS = frozenset({"patient", "resident", "villager", "passenger", "pilot", "driver",
                            "student", "pupil", "baby", "infant", "boy", "girl", "miner",
                            "nurse", "doctor", "tourist", "migrant", "refugee", "victim",
                            "adult", "citizen", "farmer", "fisherman", "crew", "player"})
#: Forces of nature: what they strike or hit is no attack ("an earthquake struck X").
NATURAL_FORCES = frozenset({"earthquake", "quake", "storm", "flood", "floods", "hurricane",
                            "typhoon", "cyclone", "tornado", "tsunami", "wildfire", "fire",
                            "drought", "landslide", "avalanche", "heatwave", "blizzard",
                            "outbreak", "epidemic", "pandemic", "disease", "virus", "wave",
                            "lightning", "tremor", "aftershock", "eruption", "rain", "rains"})
#: Nouns for people held captive ("freed the hostages" is a release, not a product).
CAPTIVE_NOUNS = frozenset({"hostage", "prisoner", "detainee", "captive", "soldier", "activist",
                           "journalist", "protester", "dissident", "inmate"})
#: Verbs that are acts of government only on a law, a decree, a state of emergency...
GOVERNANCE_BY_OBJECT = frozenset({"approve", "adopt", "declare", "suspend", "sign",
                                  "establish", "reject"})
#: Triggers that are events only as verbs ("hit the depot", not "a hit"; "signed", not "a
#: sign").
VERB_ONLY_TRIGGERS = frozenset({"hit", "target", "sign", "declare", "approve", "adopt",
                                "suspend", "establish", "explode", "detonate", "phone",
                                "torch", "loot"})  # "a torch", "the loot" are things
#: Verbs that, with a person or organisation as object, are contact ("called X").
CONTACT_OBJECT_VERBS = frozenset({"call", "phone", "telephone", "ring"})
#: Personnel verbs whose object is the person appointed, dismissed or promoted.
PERSON_OBJECT_VERBS = frozenset({"appoint", "nominate", "promote", "hire", "dismiss",
                                 "sack", "fire", "elect", "oust", "relieve", "suspend",
                                 "inaugurate"})  # "inaugurated the new bridge": no post
#: Triggers that are personnel events only with an organisation joined or left.
NEEDS_ORGANIZATION = frozenset({"join"})
#: Bodies one joins as a member of staff, named by a common noun ("joined the government
#: in 2022", "joined the army at 18"); not "joined the protest" or "joined the talks".
JOINED_BODIES = frozenset({
    "government", "cabinet", "party", "board", "army", "military", "police", "navy",
    "company", "firm", "bank", "club", "team", "ministry", "council", "administration",
    "committee", "commission", "union", "staff", "force", "court", "parliament", "senate",
    "agency", "newspaper", "paper", "department", "faculty", "group", "squad", "side",
    "opposition", "movement", "militia", "rebel", "rebels", "insurgency", "guard", "bench",
    "service", "office", "organisation", "organization", "practice", "studio", "orchestra",
    "choir", "broadcaster", "network", "station", "magazine", "university", "school"})
#: Prepositions of a route or an area a deed covers: a place under them is where it
#: happens ("marched through Tesk", "fighting spread throughout Orrin", "raids along the
#: border of Veska", "patrols within Kelvar").
ROUTE_PREPS = frozenset({"through", "throughout", "along", "within", "around"})
ARG_PREPS = frozenset({"in", "into", "at", "near", "from", "to", "across", "inside",
                       "outside", "against", "with", "on", "of", "toward", "towards", "by",
                       "over", "between", "among", *ROUTE_PREPS})
AGENT_TYPES = frozenset({"Person", "Organization"})
#: Nouns for a country's armed forces, which act for it ("Veskan troops").
FORCE_NOUNS = frozenset({"force", "forces", "troop", "troops", "army", "military", "soldier",
                         "navy", "warplane", "jet", "artillery"})
#: Verbs that only say an event happened; an event noun as their subject takes their
#: places and date ("clashes erupted in X on Sunday") and they make no event of their own.
OCCURRENCE_VERBS = frozenset({"erupt", "occur", "happen", "continue", "spread", "begin",
                              "start", "resume", "intensify", "escalate", "flare", "rage",
                              "persist", "subside", "ensue"})
#: Verb + particle or object that say the same ("fighting broke out", "talks took place").
OCCURRENCE_PHRASES = frozenset({("break", "out"), ("take", "place"), ("go", "on")})
#: Light verbs: with an event noun as object the noun is the event, the verb's subject its
#: agent ("X launched an offensive in Y" is one ConflictEvent, no product launch).
LIGHT_VERBS = frozenset({"launch", "carry", "stage", "hold", "conduct", "mount", "wage",
                         "begin", "start", "win", "lose", "call", "face", "survive",
                         "stag"})  # the small model's lemma of "staged"
#: Classes of the deed a traveller goes somewhere for and does ("for talks", "for a
#: visit", "for a rally"); not one done to him ("returned for his trial").
ERRAND_CLASSES = frozenset({"ContactEvent", "MovementEvent", "ProtestEvent"})
#: Light verbs whose subject undergoes any event they carry: the target of an attack it
#: survived or faces ("the convoy survived an ambush", "the mayor faced protests"), not
#: its doer.
UNDERGONE_HOSTS = frozenset({"survive", "face"})
#: Participles whose "by" phrase on an event noun names its doer ("an offensive led by X").
DOING_VERBS = LIGHT_VERBS - UNDERGONE_HOSTS | {
    "lead", "organise", "organize", "order", "plan", "carry", "perpetrate", "commit", "direct",
    "spearhead", "mastermind"}
#: Verb + preposition whose object is the event, with the role of the verb's subject
#: ("workers went on strike": agents; "the convoy came under fire": participants).
LIGHT_PREP_VERBS: dict[tuple[str, str], str] = {("go", "on"): "agent",
                                                ("come", "under"): "participant",
                                                ("file", "for"): "agent"}  # bankruptcy
#: "X is in control (of Y)": X holds it; "Y is under (X's) control": Y is held.
CONTROL_STATES = {"in": "agent", "under": "participant"}
#: Nouns for a post one is relieved of, stripped of or removed from ("relieved of his
#: command", "removed from office").
POST_NOUNS = frozenset({"post", "position", "duty", "office", "command", "job", "role",
                        "function", "portfolio", "title", "seat", "chairmanship", "presidency"})
#: Verbs that, with a post ("of"/"from" it), take it from its holder.
POST_TAKING_VERBS = frozenset({"relieve", "strip", "remove"})
#: Nouns for a win, and what is won in a vote ("claimed victory in the election").
WIN_NOUNS = frozenset({"victory", "win", "triumph"})
ELECTION_NOUNS = frozenset({"election", "vote", "poll", "ballot", "race", "runoff", "primary",
                            "contest", "referendum", "presidential", "electoral"})
#: Nouns for ground held in a fight, beside the nouns of places ("in control of the hills",
#: "control the roads", "held their positions"). (Defined once: a second definition
#: further down this module used to replace it, and "in control of the town" lost "town".)
GROUND_NOUNS = frozenset({
    "position", "territory", "area", "ground", "road", "town", "city", "village", "base",
    "border", "region", "district", "airport", "port", "bridge", "crossing", "checkpoint",
    "hill", "street", "highway", "front", "frontline", "camp", "outpost", "valley", "line",
    "stronghold", "height", "palace", "compound", "barracks", "station", "tower", "post",
    "enclave", "pocket", "building", "headquarters", "centre", "center", "part", "parts",
    "most", "half", "much", "section", "sector", "quarter", "neighbourhood", "neighborhood",
    "zone", "field", "land", "facility", "mine", "plant", "refinery", "oilfield"})
#: Verbs of state that carry "in control" / "under control".
STATE_VERBS = frozenset({"be", "remain", "stay", "come", "fall", "bring", "keep"})
#: Classes of verbs whose subject wages the campaign named after them ("after an offensive").
CAMPAIGN_CLASSES = frozenset({"ConflictEvent", "ControlEvent", "MovementEvent"})
#: Dependencies that link a verb to a word read with it as one phrasal trigger
#: ("stepped down" with "down" as prt or advmod, "went bankrupt", "took control").
PHRASAL_DEPS = ("prt", "advmod", "acomp", "dobj", "oprd", "nsubjpass")  # "control was seized"
#: Nouns whose "that" clause is hearsay: the event in it is Claimed, not Asserted.
HEARSAY_NOUNS = frozenset({"rumour", "rumor", "report", "claim", "allegation", "suggestion",
                           "speculation"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
#: Verbs whose infinitive is done by their subject even with an object ("promised them
#: to leave").
SUBJECT_CONTROL_VERBS = frozenset({"promise", "vow", "pledge", "swear", "threaten"})
_SUBTREE_LIMIT = 12
_DATE_CLIMB = 6
_CONJ_LIMIT = 4


@dataclass(slots=True)
class EventDraft:
    token: int
    cls: str
    trigger: str
    trigger_chars: tuple[int, int]
    evidence: tuple[int, int]
    agents: list[str] = field(default_factory=list)
    participants: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    date: DateValue | None = None
    factuality: str = "Asserted"
    agent_pronoun: int | None = None  # token of a pronoun subject, for statements to resolve
    same_day: bool = False  # only a clock time dates it: the day it is told on
    agent_description: int | None = None  # token of an unresolved "the group" subject
    acting_places: list[str] = field(default_factory=list)  # places that act as agents
    #: Whether ``places`` were read from the sentence or the one before, not the event's
    #: own phrase: a reading of the event itself (``_seats_of_power``) goes first.
    context_places: bool = False


#: Nouns of attack the small model tags as adjectives when a possessive leads them ("the
#: rebels launched their offensive"): read as nouns where they stand as one.
NOMINAL_ADJECTIVES = frozenset({"offensive", "counteroffensive", "counter-offensive"})
#: Dependencies of a word standing as a noun (an object, a subject).
_NOMINAL_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "pobj", "conj", "attr"})


def _nominal_adjective(token: Token) -> bool:
    """"launched their offensive", "the offensive began": an adjective standing as a noun
    (with a determiner or a possessive, as an object or a subject); not "offensive
    remarks"."""
    return token.lower_ in NOMINAL_ADJECTIVES and token.dep_ in _NOMINAL_DEPS and any(
        c.dep_ in {"det", "poss"} for c in token.children)


def find_events(doc: Doc, res: Resolver, dms: list[DateMention]) -> list[EventDraft]:
    out = []
    memory = PlaceMemory(doc, res)
    arrays = arrays_of(doc)
    pos, lemmas, lowers = arrays.pos, arrays.lemma, arrays.lower
    for sent in arrays.sentences:  # once per sentence: Token.sent and Doc.text walk the document
        evidence = _sentence_chars(sent)
        memory.begin(sent)
        for i in range(sent.start, sent.end):
            trigger = (  # ``_trigger``'s first test, and its verbs' and nouns' words
                pos[i] == VERB and _verb_may_trigger(lemmas[i], lowers[i])) or (
                pos[i] == NOUN and _noun_may_trigger(lemmas[i], lowers[i])) or (
                pos[i] == ADJ and lowers[i] in NOMINAL_ADJECTIVES and _nominal_adjective(doc[i]))
            if not trigger and not memory.reads(i):
                continue  # no Token for a word that neither triggers nor tells a place
            token = doc[i]
            memory.see(token)
            if not trigger:
                continue
            ev = _event(token, res, dms, evidence, memory)
            if ev is not None:
                out.append(ev)
                memory.note(token)
    return out


def _noun_words() -> frozenset[str]:
    """Every word by which ``_trigger`` reaches an event for a noun (as its lemma, its
    lower-case form or ``TRIGGER_LEMMA_FIXES``' lemma): the trigger nouns and the nouns
    a modifier or a head makes events (``_event_noun``), the last parts of
    ``HYPHEN_EVENTS``, the courts and markets ``reading`` reads, ground gained, wins,
    "in charge" and disasters. Its other tests for a noun only ever say no."""
    return frozenset({*EVENT_TRIGGERS, *(lemma for _, lemma in MODIFIED_EVENTS),
                      *(lemma for lemma, _ in COMPOUND_EVENTS),
                      *(word.rpartition("-")[2] for word in HYPHEN_EVENTS),
                      *READ_LEMMAS, "gain", *WIN_NOUNS, "charge", *DISASTER_NOUNS})


def _noun_may_trigger(lemma: str, lower: str) -> bool:
    """Whether a noun (its lower-case lemma and form, from the Doc's arrays) has a word
    of ``_NOUN_WORDS``: "the plan", "the town", "her sister" have none and are never
    handed to ``_trigger``; "the attack", "air strikes", "a cease-fire", "the victory"
    are, as before (``tests/test_extract_noun_triggers.py``: a new way from a noun to
    an event needs its words in ``_noun_words``)."""
    return lemma in _NOUN_WORDS or lower in _NOUN_WORDS or (
        TRIGGER_LEMMA_FIXES.get(lower, lemma) in _NOUN_WORDS)


@cache
def _verb_words() -> frozenset[str]:
    """Every word by which ``_trigger`` reaches an event for a verb (as its lemma, its
    lower-case form or ``TRIGGER_LEMMA_FIXES``' lemma): the trigger verbs, the courts and
    markets ``reading`` reads, ground gained, the verbs of the tests of its verb branch
    (``pushed_into`` to ``_joined_body``), of phrasal triggers, of control held, of
    ousting and of posts stripped, and every verb ``_class_by_object`` gives a class.
    Its other tests for a verb only ever say no. Made at the first call: the word lists
    are defined all over this module."""
    return frozenset({
        *EVENT_TRIGGERS, *READ_LEMMAS, "gain",
        "push", *POLLING_VERBS, "walk", *TALKING_VERBS, *MARCHING_VERBS, *ACCIDENT_VERBS,
        "take", "hold", "blow", *(lemma for lemma, _ in PHRASAL_TRIGGERS), "find", "leave",
        *HAVING_VERBS, *OUSTING_VERBS, *POST_TAKING_VERBS,
        # ``_class_by_object``, in its order
        "collapse", "fire", "strike", "lose", *CONTACT_OBJECT_VERBS, "recognize",
        "recognise", *MONEY_VERBS, "resign", "quit", "fall", "suspend", "become",
        *CLEARING_OR_EXPELLING, "release", "free", *HANDING_VERBS, *HOLDING_VERBS, "open",
        "close", "shut", "send", "dispatch", "lay", *JOB_CUTTING_VERBS, "sign", "name",
        "come", "rise", "return", "sweep",
    })


def _verb_may_trigger(lemma: str, lower: str) -> bool:
    """Whether a verb (its lower-case lemma and form, from the Doc's arrays) has a word of
    ``_verb_words()``: "said", "added", "wanted" have none and are never handed to
    ``_trigger`` (about nine verbs in ten of the dev sets' that it finds no event in);
    ``tests/test_extract_verb_triggers.py``: a new way from a verb to an event needs its
    words in ``_verb_words``."""
    words = _verb_words()
    return lemma in words or lower in words or TRIGGER_LEMMA_FIXES.get(lower, lemma) in words


def _event(token: Token, res: Resolver, dms: list[DateMention],
           evidence: tuple[int, int], memory: PlaceMemory) -> EventDraft | None:
    found = _trigger(token)
    if found is None:
        return None
    host = _host(token)
    ev = _arguments(token, *found, res, host, evidence, memory)
    if ev is None:
        return None
    own = _date_of_own_clause(token, dms)  # "the strike, which began on Tuesday, will go on"
    found_date = own or _date(token, dms) or (
        _date(host[0], dms) if host else None) or date_of_object(token, dms)
    ev.date = found_date.value if found_date else None
    ev.same_day = ev.date is None and _clock_only(token, dms)
    ev.factuality = factuality(host[0] if host else token)
    if ev.factuality == "Asserted" and host is None and _future_frame(token):
        ev.factuality = "Future"  # "will stand trial in May", "will face a hearing"
    verb = host[0] if host else token
    coming = found_date is not None and own is None and (
        ev.factuality == "Future" or _scheduled(verb) or _future_in_past(verb)
        or to_come(verb, _ahead))
    if coming and _date_of_telling(found_date, verb):
        ev.date = found_date.value  # "said on Tuesday it plans to cut jobs": that Tuesday
    elif coming and found_date.upcoming:
        ev.date = coming_value(found_date, verb, dms)  # "will visit on June 18": the next
    return ev


#: Links by which a clause is what the verb above it says, decides or plans.
_COMPLEMENT_DEPS = frozenset({"ccomp", "xcomp"})


def _date_of_telling(found: DateMention, verb: Token) -> bool:
    """Whether the date of an event to come is that of a verb above its clause that tells
    or decides it, itself done, not to come: "said on Tuesday it plans to cut 400 jobs",
    "has agreed to buy Castell, the firms said on Monday", "agreed on Monday to meet"
    (not "will travel to Orrin on Sunday to meet the envoy": the trip is to come too; not
    "called for a protest on March 29": the day is the protest's)."""
    if not found.chain:
        return False
    top = verb.doc[found.chain[-1]]
    if top.i == verb.i or top.pos_ not in {"VERB", "AUX"}:
        return False
    t, complement = verb, False
    for _ in range(_DATE_CLIMB):
        complement = complement or t.dep_ in _COMPLEMENT_DEPS
        if t.head.i == t.i:
            return False
        t = t.head
        if t.i == top.i:
            return complement and not (_ahead(top) or to_come(top, _ahead))
    return False


def _ahead(verb: Token) -> bool:
    """Whether ``verb`` itself is told to come (the test ``_event`` makes of a trigger)."""
    return factuality(verb) == "Future" or _scheduled(verb) or _future_in_past(verb)


def _future_frame(noun: Token) -> bool:
    """A noun event that is the object of a verb in the future ("will stand trial", "is
    to face a hearing", "will undergo surgery"): the event is to come, and a yearless date
    ("in May") is the next one."""
    if noun.pos_ != "NOUN" or noun.dep_ not in {"dobj", "attr"}:
        return False
    verb = noun.head
    return verb.pos_ in {"VERB", "AUX"} and factuality(verb) == "Future"


def _future_in_past(verb: Token) -> bool:
    """"said it would close the plant in June", "announced that the trial would open on
    May 2": "would" in what someone said is the future seen from the saying, so a yearless
    date is the next one, as with "will"."""
    if not any(c.dep_ == "aux" and c.lower_ in {"would", "'d"} for c in verb.children):
        return False
    t = verb
    for _ in range(2):
        if t.dep_ == "conj":
            t = t.head  # "would cut jobs and close the plant in June"
            continue
        return t.dep_ == "ccomp" and t.head.lemma_.lower() in REPORTING_VERBS
    return False


#: Words that put an event on a calendar ahead: "is due to be sentenced", "the trial is set
#: for", "scheduled to begin", "slated", "expected on".
SCHEDULE_WORDS = frozenset({"due", "schedule", "set", "slate", "expect", "plan", "reschedule",
                            "upcoming", "forthcoming"})
_SCHEDULE_CLIMB = 3


#: Auxiliaries and copulas of a schedule that still stands ("is set", "are due", "will be").
_PRESENT_AUXES = frozenset({"is", "are", "'s", "'re", "am", "will", "'ll", "be"})


def _scheduled(token: Token) -> bool:
    """Whether the event is on a calendar that still stands: "is due to be sentenced", "is
    set for", "are scheduled to" above it (not "was scheduled for", not negated). Its
    yearless date is then the next one."""
    t = token
    for _ in range(_SCHEDULE_CLIMB):
        if (t.lemma_.lower() in SCHEDULE_WORDS or t.lower_ == "slated") and t.tag_ in {
                "VBN", "JJ", "VBD"}:
            auxes = {c.lower_ for c in t.children if c.dep_ in {"aux", "auxpass"}}
            if t.dep_ == "acomp":  # "is due": the copula is the head
                auxes.add(t.head.lower_)
            negated = any(c.dep_ == "neg" for c in (*t.children, *t.head.children))
            return bool(auxes & _PRESENT_AUXES) and not negated
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def _trigger(token: Token) -> tuple[str, str] | None:
    """(event class, trigger words) when ``token`` expresses an event."""
    pos = token.pos_
    if pos != "VERB" and pos != "NOUN":
        if pos == "ADJ" and _nominal_adjective(token):
            return "ConflictEvent", token.text  # "launched their offensive"
        return None  # every trigger is a verb or a noun: most tokens stop here
    if figurative_fight(token) or figure_of_violence(token):
        return None  # "will fight the plan", "fighting for its survival", "prices exploded"
    if befell_no_one(token, EVENT_TRIGGERS.get(token.lemma_.lower())) or setting_of_words(
            token) or side_in_court(token):
        return None  # "no one was injured", "no arrests have been made": nothing happened;
        # "told a news conference": how words reached the press
    if participle_of_kind(token) or attack_in_words(token) or (
            attacked_for_conduct(token) or escaped_no_place(token)) or campaigned_for_votes(
            token):
        return None  # "the warring parties", "attacked her in a tweet", "escaped a fine"
    if pos == "NOUN" and (joined := hyphen_word(token)) is not None and (
            cls := HYPHEN_EVENTS.get(joined.lower())):
        return (cls, joined) if token.dep_ != "compound" else None  # "a cease-fire", "staged
        # a sit-in": the tokenizer splits the word ("cease" makes "fire" no blaze)
    lemma = TRIGGER_LEMMA_FIXES.get(token.lower_, token.lemma_.lower())
    if lemma in READ_LEMMAS and (found := reading(token, lemma, pos)) is not None:
        return found or None  # courts, policing, harm, markets (``law_and_life``)
    if lemma == "gain" and (ground := ground_gained(token)) is not None:
        return "ControlEvent", ground  # "made gains in X", "gained ground around X"
    if pos == "VERB":
        if pushed_into(token):
            return "MovementEvent", token.text  # "pushed into X"
        if (words := to_the_polls(token)) is not None:
            return "GovernanceEvent", words  # "voters go to the polls": an election
        if (words := walked_off(token)) is not None:
            return "ProtestEvent", words  # "walked off the job": a strike
        if spoke_by_phone(token):
            return "ContactEvent", token.text  # "spoke by phone with X"
        if protest_march(token):
            return "ProtestEvent", token.text  # "protesters marched": no journey
        if accident(token):
            return "DisasterEvent", token.text  # "the bus overturned", "a ferry sank"
        if taken_hostage(token):
            return "ConflictEvent", token.text  # "took 12 workers hostage": a kidnapping
        if blown_up(token):
            return "ConflictEvent", f"{token.text} up"  # "blew up the bridge"
        phrasal = _phrasal(token, lemma)
        if phrasal is not None:
            return phrasal or None
        if found_dead(token):
            return "LifeEvent", token.text  # "found the pilot dead"
        if _joined_body(token, "leave"):
            return "PersonnelEvent", token.text  # "Olsen left the party in 2018"
        kids = list(token.children)  # each walk of ``children`` makes its Tokens again
        if lemma in REPORTING_VERBS and any(c.dep_ == "ccomp" for c in kids):
            return None
        if event_complement(token) is not None:
            return None  # "tried to attack X", "succeeded in taking X": the deed is the event
        if lemma in HAVING_VERBS and control_over_place(token):
            control = next(c for c in kids if c.lemma_.lower() == "control")
            return "ControlEvent", token.doc[token.i:control.i + 1].text  # "has full control"
        if any(_host(c) is not None for c in kids if _event_noun(c)):
            return None
        if any(c.dep_ == "dobj" and c.lemma_.lower() in CARRIER_NOUNS and not _guard_post(c)
               for c in kids):
            return None  # "released a statement", "launched a video": a channel, no event
        if lemma in OUSTING_VERBS and ousted_by_force(token):
            return "ControlEvent", token.text  # "soldiers ousted the president": a coup
        if lemma in POST_TAKING_VERBS and _of_post(token):
            return "PersonnelEvent", token.text  # "was relieved of his command"
        cls = _class_by_object(token, lemma, EVENT_TRIGGERS.get(lemma))
        return (cls, token.text) if cls else None
    # A noun reaches an event only by the tests of its words, here and above: a new one
    # needs its words in ``_noun_words`` (``find_events`` asks ``_noun_may_trigger`` first).
    if electoral_win(token):
        return "PersonnelEvent", token.text  # "claimed victory in the election": elected
    if in_charge_of_place(token):
        return "ControlEvent", token.text  # "the army is in charge of X": it holds X
    if civil_effort(token) or trial_of_science(token) or candidate_campaign(
            token) or war_of_words(token) or return_as_document(token) or custody_as_place(
            token) or vote_share(token):
        return None  # "an election campaign", "a rescue operation", "clinical trials"
    if disaster(token):
        return "DisasterEvent", token.text  # "the earthquake", "floods", "the crash"
    if (cls := _event_noun(token)) and not _phrasal_object(token) and not _measure(token) and (
            cls != "ControlEvent" or not taken_no_ground(token)):  # "the seizure of drugs"
        if token.lemma_.lower() == "collapse":
            cls = collapse_class(token)  # "the collapse of the lender": a firm failing
        cls = release_class(token, cls)  # "the release of three detainees": justice
        if cls == "ProtestEvent" and armed_strike(token):
            cls = "ConflictEvent"  # "carried out strikes on X": blows, not a stoppage
        return (cls, token.text) if cls else None
    return None


#: Modifiers that make a "post" a manned position, not a message ("a police post",
#: "an army post", "a border post").
GUARD_POST_WORDS = frozenset({"police", "army", "military", "border", "guard", "security",
                              "observation", "command", "customs", "frontier", "outpost",
                              "checkpoint", "garrison", "militia", "rebel", "sentry"})


#: Event nouns that stay the event as the modifier of these heads ("strike action",
#: "bankruptcy protection"), unlike "attack helicopter" or "strike price".
COMPOUND_EVENTS = {
    **dict.fromkeys((("strike", "action"), ("protest", "action"), ("protest", "march"),
                     ("protest", "rally"), ("strike", "ballot")), "ProtestEvent"),
    **dict.fromkeys((("bankruptcy", "protection"), ("bankruptcy", "proceeding"),
                     ("bankruptcy", "filing"), ("merger", "deal"), ("takeover", "bid"),
                     ("takeover", "offer")), "BusinessEvent"),
    ("arrest", "warrant"): "JusticeEvent",  # "issued an arrest warrant for X"
}
#: Hyphenated nouns of events whose last part alone is no event or another one
#: ("re-election" is left to "election").
HYPHEN_EVENTS = {"cease-fire": "GovernanceEvent", "sit-in": "ProtestEvent",
                 "walk-out": "ProtestEvent", "shoot-out": "ConflictEvent",
                 "counter-attack": "ConflictEvent", "counter-offensive": "ConflictEvent",
                 "pull-out": "MovementEvent", "buy-out": "BusinessEvent",
                 "lay-off": "PersonnelEvent", "lay-offs": "PersonnelEvent",
                 "cross-fire": "ConflictEvent", "fire-fight": "ConflictEvent",
                 "gun-battle": "ConflictEvent", "run-off": "GovernanceEvent"}
#: The words of the nouns ``_trigger`` may find an event in (``_noun_may_trigger``).
_NOUN_WORDS = _noun_words()


def hyphen_word(noun: Token) -> str | None:
    """The whole of a hyphenated noun the tokenizer split ("cease-fire" is "cease", "-",
    "fire"), read at its last token; None for a word with no hyphen before it."""
    if noun.pos_ != "NOUN" or noun.i < 2:
        return None
    doc = noun.doc
    hyphen, first = doc[noun.i - 1], doc[noun.i - 2]
    if hyphen.text != "-" or hyphen.whitespace_ or first.whitespace_ or not first.is_alpha:
        return None
    return f"{first.text}-{noun.text}"


def _guard_post(noun: Token) -> bool:
    """"attacked a police post", "overran an army post": a post of guards is ground."""
    return noun.lemma_.lower() == "post" and any(
        c.dep_ in {"compound", "amod"} and c.lemma_.lower() in GUARD_POST_WORDS | FORCE_NOUNS
        for c in noun.children)


def _measure(noun: Token) -> bool:
    """"falling sales", "higher investments": a plural of deeds counted, with no party;
    "the firm's sales fell 8 percent", "a rise in investment": a figure that moves."""
    if noun.lemma_.lower() not in MEASURE_NOUNS:
        return False
    return trend_of(noun) or noun.tag_ == "NNS" and not any(
        c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in {"of", "to", "by"})
        for c in noun.children)


def _class_by_object(verb: Token, lemma: str, cls: str | None) -> str | None:
    """The class a verb's object gives it: weapons fired are an attack ("fired rockets"),
    people lost are deaths ("lost a dozen men"), a person called is contact ("called
    the minister"), a post become is a change of staff ("became president"); a personnel
    verb whose object is no person is no event ("promoted the plan")."""
    objects = [c for c in verb.children if c.dep_ in {"dobj", "attr"}]
    lemmas = {o.lemma_.lower() for o in objects}
    if lemma == "collapse":
        return collapse_class(verb)  # a government, a firm or a roof collapsing
    if closed_no_business(verb):
        return None  # "closed the border", "shut the airport": no business site
    if met_no_one(verb) or shown_not_protested(verb) or seized_on_words(verb) or (
            cls and habitual(verb, cls)) or any(war_of_words(o) for o in objects) or (
            cls == "ControlEvent" and taken_no_ground(verb)) or scene_secured(verb):
        return None  # "met the deadline", "demonstrated the engine", "currently sells"
    if lemma in NOT_WITH_OBJECT and (lemmas | _with_objects(verb)) & NOT_WITH_OBJECT[lemma]:
        return None  # "spent the night", "met with criticism", "withdrew its backing",
        # "struck a conciliatory tone", "paid tribute", "will kill jobs"
    if lemma in {"hit", "strike"} and any(c.dep_ == "nsubj" and c.lemma_.lower() in (
            NATURAL_FORCES) for c in verb.children):
        return None  # "a storm hit the coast", "an earthquake struck X": no attack
    if lemma == "fire" and (lemmas & WEAPON_NOUNS or _fired_at(verb)):
        return "ConflictEvent"  # "fired rockets", "fired on the crowd": no dismissal
    if lemma == "strike" and (objects or _weapon_object(verb)):
        return "ConflictEvent"  # "rockets struck the port": workers strike with no object
    if lemma == "lose" and lemmas & PEOPLE_NOUNS:
        return "LifeEvent"
    if lemma in {"hit", "strike"} and any(c.dep_ == "nsubj" and _event_noun(c)
                                          for c in verb.children):
        return None  # "an airstrike hit the port": the airstrike is the event
    if lemma in CONTACT_OBJECT_VERBS and verb.dep_ != "acl" and any(
            o.ent_type_ in {"PERSON", "ORG", "NORP"} for o in objects if o.dep_ == "dobj"
    ) and not any(c.dep_ in {"oprd", "xcomp", "ccomp"} for c in verb.children):  # "called X a liar"
        return "ContactEvent"
    if lemma in {"recognize", "recognise"} and _recognised_state(verb):
        return "GovernanceEvent"  # "recognised the rebel council as the government"
    if lemma in MONEY_VERBS and cls is None and _money_moved(verb):
        return "TransactionEvent"  # "raised $50 million from investors"
    if lemma in {"resign", "quit", "fall"} and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in {"government", "cabinet", "coalition"}
            for c in verb.children):
        return "GovernanceEvent"  # "the government resigned": it falls, no one leaves a post
    if lemma == "suspend" and any(o.dep_ == "dobj" and _personal(o) for o in objects) or (
            lemma == "suspend" and _dismissed_post(verb)):
        return "PersonnelEvent"  # "the board suspended the chief executive": no act of state
    if lemma == "become" and any(o.dep_ == "attr" for o in objects) and lemmas & ROLE_NOUNS:
        return "PersonnelEvent"
    if lemma in CLEARING_OR_EXPELLING and (
            cleared_ground(verb) is not None or expelled_from(verb) is not None):
        return "ControlEvent"  # "cleared X of rebels", "expelled the militia from X"
    if lemma in {"release", "free"} and (lemmas & CAPTIVE_NOUNS or _freed_person(verb)):
        return "JusticeEvent"  # "freed 20 hostages", "X was released from prison"
    if lemma in HANDING_VERBS and _place_held(verb, ("nsubjpass",)) and any(
            c.dep_ == "prt" and c.lower_ == "over" for c in verb.children):
        return "ControlEvent"  # "the town was handed over to X": X takes it (the active,
        # "Y handed X over to Z", would make the giver its doer)
    if lemma in HOLDING_VERBS and _place_held(verb):
        return "ControlEvent"  # "secured the airport", "the town was secured"
    if lemma in {"open", "close", "shut"} and lemmas & BUSINESS_SITES:
        return "BusinessEvent"  # "opened a factory", "closed its stores"
    if lemma in {"send", "dispatch"} and lemmas & _FORCE_OR_PEOPLE:
        return "MovementEvent"  # "sent troops to X"
    if lemma == "lay" and any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children) and (
            _laid_off(objects)):
        return "PersonnelEvent"  # "laid off 300 workers": staff dismissed (news-dev gold
        # and ACE's End-Position read a lay-off as a change of staff, not of the firm)
    if lemma in JOB_CUTTING_VERBS and lemmas & WORKFORCE_NOUNS:
        return "PersonnelEvent"  # "will cut 500 jobs", "shed a third of its staff"
    if lemma == "sign" and any(o.dep_ == "dobj" and o.ent_type_ == "PERSON" or (
            o.lemma_.lower() in ROLE_NOUNS and any(c.ent_type_ == "PERSON" for c in o.children))
            for o in objects):
        return "PersonnelEvent"  # "signed the striker X", "signed Y": a hire
    if lemma == "name" and _named_to_post(verb):
        return "PersonnelEvent"  # "was named interior minister", "named X as chief"
    if lemma in {"come", "rise", "return", "sweep"} and any(
            c.dep_ == "prep" and c.lower_ == "to" and any(p.lemma_.lower() == "power"
                                                          for p in c.children)
            for c in verb.children):
        return "PersonnelEvent"  # "came to power"
    if lemma == "take" and any(c.dep_ == "prep" and c.lower_ == "to" and any(
            p.lemma_.lower() == "street" for p in c.children) for c in verb.children):
        return "ProtestEvent"  # "took to the streets"
    if lemma == "succeed" and not any(o.dep_ == "dobj" for o in objects) and any(
            c.dep_ == "prep" and c.lower_ == "in" and any(p.dep_ in {"pcomp", "pobj"}
                                                          for p in c.children)
            for c in verb.children):
        return None  # "succeeded in taking X": the taking is the event, no one succeeded
        # to a post
    if lemma == "leave" and (any(c.dep_ in {"oprd", "ccomp", "xcomp"} for c in verb.children)
                             or any(c.dep_ == "amod" and c.i > o.i
                                    for o in objects for c in o.children)):
        return None  # "left hundreds dead", "left the town without power"
    if cls == "PersonnelEvent" and lemma in PERSON_OBJECT_VERBS and (any(
            o.dep_ == "dobj" and not _personal(o) for o in objects) or as_post(verb) is False):
        return None  # "dismissed the claims", "dismissed as false reports that ..."
    if cls == "BusinessEvent" and lemma in PRODUCT_VERBS:
        return product_class(verb, cls)  # "launched a phone", "launched rockets at X"
    return cls


#: Verbs that put a ruler out ("ousted", "deposed", "removed from power", "unseated").
OUSTING_VERBS = frozenset({"oust", "depose", "remove", "unseat", "topple", "overthrow"})
#: Nouns for those who put a ruler out by force: a coup, not a vote or a board's
#: decision ("mutinous soldiers", "the army", "the junta", "putschists").
FORCIBLE_DOERS = frozenset({"soldier", "troop", "army", "military", "junta", "officer",
                            "mutineer", "putschist", "rebel", "insurgent", "militia",
                            "guard", "force", "forces", "paratrooper", "commando",
                            "fighter", "gunman", "militant", "coup", "putsch"})
#: What a coup puts out: a ruler or a government ("the president", "the regime").
RULER_NOUNS = frozenset({"president", "government", "regime", "premier", "king", "queen",
                         "emperor", "leader", "ruler", "dictator", "junta", "cabinet",
                         "head", "minister", "monarch", "sultan", "emir", "prime"})


def ousted_by_force(verb: Token) -> bool:
    """"Soldiers ousted President X", "the president was deposed by the army", "the
    junta removed the government from power", "X was toppled in a coup": a ruler put
    out by force is a seizure of power (a ControlEvent); "shareholders ousted the chief
    executive", "parliament removed the premier" stay changes of staff."""
    kids = list(verb.children)
    passive = any(c.dep_ == "auxpass" for c in kids)
    ousted = [c for c in kids if c.dep_ == ("nsubjpass" if passive else "dobj")]
    if not any(_names_ruler(o) for o in ousted):
        return False
    doers = [c for c in kids if c.dep_ == "nsubj"] if not passive else [
        p for c in kids if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    doers += [p for c in kids if c.dep_ == "prep" and c.lower_ in {"in", "by", "through"}
              for p in c.children if p.dep_ == "pobj"]  # "toppled in a coup"
    return any(_forcible(d) for d in doers)


def _names_ruler(noun: Token) -> bool:
    """"the president", "President Ilse Morrow", "the Orrin government", "its leader"."""
    words = [noun, *(c for c in noun.children if c.dep_ in {"compound", "amod"})]
    return any(w.lemma_.lower() in RULER_NOUNS for w in words)


def _forcible(noun: Token) -> bool:
    """"soldiers", "mutinous troops", "the Veska Army", "a military coup"."""
    words = [noun, *(c for c in noun.children if c.dep_ in {"compound", "amod"})]
    return any(w.lemma_.lower() in FORCIBLE_DOERS or w.lower_ in FORCIBLE_DOERS
               for w in words)


def _laid_off(objects: list[Token]) -> bool:
    """Whether what is laid off is people: staff, jobs, a number of them ("300", "a third
    of its workers"), not a path or a bet."""
    words = objects + [p for o in objects for c in o.children if c.dep_ == "prep"
                       and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    return any(w.lemma_.lower() in PEOPLE_NOUNS | WORKFORCE_NOUNS or w.like_num or any(
        c.dep_ == "nummod" for c in w.children) for w in words)
#: Nouns of custody one is released from or on ("released from jail", "freed on bail").
CUSTODY_NOUNS = frozenset({"prison", "jail", "gaol", "custody", "detention", "bail", "parole",
                           "captivity", "house"})
_PERSON_OBJECTS = frozenset({"him", "her", "them", "he", "she", "they"})


def _freed_person(verb: Token) -> bool:
    """"released Piet Olsen", "she was freed", "released from prison", "freed on bail": a
    person set free, not a product or a report released."""
    for c in verb.children:
        if c.dep_ in {"dobj", "nsubjpass"} and (c.ent_type_ == "PERSON"
                                                 or c.lower_ in _PERSON_OBJECTS
                                                 or c.lemma_.lower() in CAPTIVE_NOUNS):
            return True  # "three hostages were freed"
        if c.dep_ == "prep" and c.lower_ in {"from", "on"} and any(
                p.lemma_.lower() in CUSTODY_NOUNS for p in c.children if p.dep_ == "pobj"):
            return True
    return False


def _sworn_in(verb: Token) -> bool:
    """"The new president was sworn in on Monday", "the cabinet will be sworn in": taking
    office, whoever is named ("the players swore at the referee" is no event)."""
    return verb.lemma_.lower() == "swear" and any(
        c.dep_ == "prt" and c.lower_ == "in" for c in verb.children) and not any(
        c.dep_ in SUBJECT_DEPS and c.lemma_.lower() in {"witness", "juror", "jury"}
        for c in verb.children)  # "witnesses were sworn in": an oath in court


def _joined_body(verb: Token, lemma: str = "join") -> bool:
    """"Moreno joined the government in 2022", "he joined the army at 18", "she joined the
    club's board": a person who joins a body named by a common noun takes a post in it;
    "Veska joined the alliance", "thousands joined the protest" are no change of staff.
    With ``lemma`` "leave", a person leaving such a body or a post ("Olsen left the party
    in 2018", "Moreno left office in 2020")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != lemma:
        return False
    subject = _subject(verb)
    if subject is None or subject.ent_type_ in {"GPE", "NORP", "LOC"} or (
            subject.ent_type_ != "PERSON" and subject.pos_ != "PROPN"
            and subject.lower_ not in _PERSON_OBJECTS
            and subject.lemma_.lower() not in ROLE_NOUNS):
        return False
    bodies = JOINED_BODIES if lemma == "join" else _BODIES_OR_POSTS
    return any(c.dep_ == "dobj" and c.lemma_.lower() in bodies and not c.ent_type_ and not (
        c.lower_ == "office" and any(d.dep_ == "det" for d in c.children))  # "the office"
        for c in verb.children)


def _with_objects(verb: Token) -> set[str]:
    """Lemmas of the verb's "with" objects and passive subject ("met with criticism", "a
    film shot in X")."""
    out = {c.lemma_.lower() for c in verb.children if c.dep_ == "nsubjpass"}
    subj = _subject(verb)
    if subj is not None and any(c.dep_ == "auxpass" for c in verb.children):
        out.add(subj.lemma_.lower())  # "a film thought to have been shot"
    out.update(p.lemma_.lower() for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
               for p in c.children if p.dep_ == "pobj")
    return out


def _named_to_post(verb: Token) -> bool:
    """"was named interior minister", "named her chief of staff", "named X as envoy",
    "named Y as coach" (a post of the staff too)."""
    for c in verb.children:
        if c.dep_ in {"oprd", "attr", "xcomp", "ccomp"} and (
                c.lemma_.lower() in POST_HOLDER_NOUNS):
            return True
        if c.dep_ == "prep" and c.lower_ == "as" and any(
                p.lemma_.lower() in POST_HOLDER_NOUNS for p in c.children):
            return True
    return False


def as_post(verb: Token) -> bool | None:
    """What "as" makes of a verb that dismisses: a post lost ("dismissed X as coach", "was
    dismissed as manager": True, a sacking), or anything else ("dismissed X as a liar",
    "dismissed as false reports that ...": False, a rejection); None with no "as"."""
    posts = [p.lemma_.lower() in POST_HOLDER_NOUNS | POST_NOUNS
             for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
             for p in c.children if p.dep_ == "pobj"]
    return any(posts) if posts else None


#: Prepositions of what shots are aimed at ("fired on the crowd", "fired at a car").
_FIRED_AT_PREPS = frozenset({"on", "upon", "at", "into"})
#: Nouns of a time, not a target ("fired at the end of the season").
_TIME_NOUNS = frozenset({"end", "start", "beginning", "close", "time", "moment", "height"})


def _fired_at(verb: Token) -> bool:
    """"soldiers fired on the crowd", "troops fired at a car", "police fired into the
    air": the verb "fire" with what it is aimed at, and no object, is shooting, not a
    dismissal ("fired 300 workers at its plant"; not a day or a time: "was fired on
    Tuesday", "fired at the end of the season")."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() == "fire" and not any(
        c.dep_ == "dobj" for c in verb.children) and any(
        c.dep_ == "prep" and c.lower_ in _FIRED_AT_PREPS and any(
            p.dep_ == "pobj" and p.ent_type_ not in DATE_LABELS and p.pos_ != "NUM"
            and p.lemma_.lower() not in _TIME_NOUNS for p in c.children)
        for c in verb.children)


def _dismissed_post(verb: Token) -> bool:
    """"will fire its coach", "sacked the chief executive": a personnel verb whose object is
    a post or a person, even when no entity is named."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() in PERSON_OBJECT_VERBS and any(
        c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in ROLE_NOUNS
        for c in verb.children)


def _personal(noun: Token) -> bool:
    """Whether a noun phrase can name whom a personnel verb acts on (a name, a pronoun, a
    post, people, staff: "fired their coach", "hired three engineers")."""
    return noun.pos_ in {"PROPN", "PRON"} or bool(noun.ent_type_) or noun.lemma_.lower() in (
        POST_HOLDER_NOUNS | PEOPLE_NOUNS) or any(c.dep_ == "appos" for c in noun.children)


def _phrasal(verb: Token, lemma: str) -> tuple[str, str] | tuple[()] | None:
    """(class, words) of a phrasal trigger, () for a phrase that is no event, else None."""
    for other in verb.children:
        if other.dep_ not in PHRASAL_DEPS and not (other.dep_ == "prep" and other.lower_ == "out"):
            continue  # "pushed X out of Y": the parser makes "out" a preposition
        cls = PHRASAL_TRIGGERS.get((lemma, _object_word(verb, other)))
        if cls is None:
            continue
        if not cls:
            return ()
        if cls == "ControlEvent" and (_in_role(verb) or _took_over_post(verb)
                                      or _took_charge_of_team(verb)):
            cls = "PersonnelEvent"  # "took over as acting president": a post, not a place
        if cls == "ControlEvent" and other.lower_ == "over" and _firm_taken_over(verb):
            cls = "BusinessEvent"  # "Delta Grain took over its rival": a takeover, no ground
        if cls == "ControlEvent" and other.lower_ == "back" and not _place_back(verb):
            return ()  # "took back her remarks", "won back the trust of voters"
        if cls == "ControlEvent" and other.lower_ == "out" and put_out_unarmed(verb):
            return ()  # "rents pushed families out of Orrin": nobody takes the town
        if cls == "TransactionEvent" and _pact_matter(other):
            return ()  # "reached an agreement on a truce": the truce is the event made
        if cls == "TransactionEvent" and _modified_event(other) == "GovernanceEvent":
            cls = "GovernanceEvent"  # "signed a peace agreement": a pact between states
        if lemma == "round" and not _people_taken(verb):
            return ()  # "rounded up the figures": no arrest
        return cls, verb.text if other.dep_ in {"dobj", "prep", "nsubjpass"} else (
            f"{verb.text} {other.text}")
    if (noun := relative_object(verb)) is not None and (
            cls := PHRASAL_TRIGGERS.get((lemma, noun.lemma_.lower()))):
        if cls == "TransactionEvent" and _modified_event(noun) == "GovernanceEvent":
            cls = "GovernanceEvent"  # "the peace deal the two sides signed"
        return cls, verb.text  # "the trade deal the government signed", "the law
        # parliament passed": the noun the clause hangs on is the verb's object
    return None


#: Nouns for people the police round up, beside those for people at large.
ROUNDED_UP_NOUNS = frozenset({"suspect", "protester", "demonstrator", "migrant", "dissident",
                              "opponent", "critic", "activist", "youth", "dozen", "hundred",
                              "thousand", "score", "gang", "member", "journalist", "student",
                              "leader", "men"})


def _people_taken(verb: Token) -> bool:
    """"Police rounded up dozens of suspects", "they were rounded up": people taken in
    (directly, or by the "of" phrase of a number); not "rounded up the figures"."""
    taken = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    taken += [p for t in taken for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
              for p in c.children if p.dep_ == "pobj"]
    return any(t.ent_type_ in {"PERSON", "NORP"} or t.lower_ in _PERSON_OBJECTS
               or t.lemma_.lower() in _ROUNDED_OR_PEOPLE for t in taken)


#: Nouns of a firm one takes over ("took over its rival", "the lender was taken over");
#: not "group" or "club", which armed men and fans are too.
TAKEN_FIRMS = FIRM_KIND_NOUNS - {"group", "club", "exchange", "fund", "union"} | {
    "rival", "competitor", "brand", "unit", "division",
    "utility", "insurer", "publisher", "supermarket", "carmaker"}


def _firm_taken_over(verb: Token) -> bool:
    """"Delta Grain took over its rival in 2020", "the lender was taken over by a bank",
    "the company took over Harrow Mills": a firm bought, no ground taken ("the rebels
    took over the town" stays a change of control)."""
    taken = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    if any(t.lemma_.lower() in TAKEN_FIRMS and not t.ent_type_ for t in taken):
        return True
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lemma_.lower() in TAKEN_FIRMS and any(
        t.ent_type_ == "ORG" for t in taken)


def _object_word(verb: Token, other: Token) -> str:
    """The lemma a phrasal trigger pairs with its verb: the word itself, or, for the
    "which" of a relative clause, the noun it stands for ("the mining law, which
    parliament passed in March": "law")."""
    if other.dep_ == "dobj" and other.tag_ == "WDT" and verb.dep_ == "relcl":
        return verb.head.lemma_.lower()
    return other.lemma_.lower()


def _took_over_post(verb: Token) -> bool:
    """"Brem, who took over in 2020, ...", "Morrow took over from Varga": a person taking
    over with nothing taken takes over a post, no place."""
    if any(c.dep_ in {"dobj", "nsubjpass"} for c in verb.children):
        return False
    subj = _subject(verb)
    if subj is not None and subj.tag_ == "WP" and verb.dep_ == "relcl":
        subj = verb.head  # "Brem, who took over"
    return subj is not None and (subj.ent_type_ == "PERSON" or subj.lemma_.lower() in (
        MANAGER_NOUNS))


#: What a person takes charge of as a post, no ground ("took charge of the team").
TEAM_NOUNS = frozenset({"team", "club", "side", "squad", "company", "firm", "department",
                        "ministry", "bank", "business", "project", "portfolio", "orchestra",
                        "school", "hospital", "campaign", "inquiry", "investigation",
                        "negotiations", "talks"})


def _took_charge_of_team(verb: Token) -> bool:
    """"Kell will take charge of the team", "Moreno took charge of the ministry": a person
    in charge of a team or a body holds a post; "the army took charge of the city" takes
    ground."""
    subj = _subject(verb)
    if subj is None or subj.ent_type_ != "PERSON" and subj.lemma_.lower() not in MANAGER_NOUNS:
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() == "charge" and any(
        p.lemma_.lower() in TEAM_NOUNS for q in c.children if q.dep_ == "prep"
        and q.lower_ == "of" for p in q.children if p.dep_ == "pobj") for c in verb.children)


#: Titles of those who run a firm or a team, who take over a post when they take over
#: ("the new chief executive took over in May"); not "the commander", "the militants".
MANAGER_NOUNS = frozenset({"ceo", "chairman", "chairwoman", "chief", "executive", "director",
                           "manager", "coach", "boss", "editor", "headteacher", "principal"})


def _place_back(verb: Token) -> bool:
    """"took back the town", "won back Tesk", "took it back": what is taken back is a
    name, a pronoun or ground."""
    return any(c.dep_ in {"dobj", "nsubjpass"} and (
        c.pos_ in {"PROPN", "PRON"} or c.lemma_.lower() in PLACE_NOUNS | GROUND_NOUNS
        or (c.ent_type_ and c.text[:1].isupper())) for c in verb.children)


def _in_role(verb: Token) -> bool:
    """"took over as chief executive": the verb names the post taken."""
    return any(c.dep_ == "prep" and c.lower_ == "as" and any(
        p.dep_ == "pobj" and p.lemma_.lower() in ROLE_NOUNS for p in c.children)
        for c in verb.children)


def _event_noun(token: Token) -> str | None:
    """The event class of a noun trigger (not a modifier: "attack helicopter"); a noun
    its modifier makes an event of its own ("air strikes", "the death toll")."""
    if token.pos_ != "NOUN":
        return None
    if token.dep_ not in {"compound", "amod"} and (cls := _modified_event(token)):
        return cls
    if token.dep_ == "compound" and (cls := COMPOUND_EVENTS.get(
            (token.lemma_.lower(), token.head.lemma_.lower()))):
        return cls  # "threatened strike action", "filed for bankruptcy protection"
    if token.dep_ in {"compound", "amod"} or token.lemma_.lower() in VERB_ONLY_TRIGGERS:
        return None
    return EVENT_TRIGGERS.get(token.lemma_.lower()) or EVENT_TRIGGERS.get(token.lower_)


def _modified_event(noun: Token) -> str | None:
    lemma = noun.lemma_.lower()
    for c in noun.children:
        if c.dep_ in {"compound", "amod"} and (c.lower_, lemma) in MODIFIED_EVENTS:
            return MODIFIED_EVENTS[c.lower_, lemma]
    return None


def _phrasal_object(noun: Token) -> bool:
    """The object of a phrasal trigger ("took control"), which is that event already."""
    return noun.dep_ == "dobj" and (
        noun.head.lemma_.lower(), noun.lemma_.lower()) in PHRASAL_TRIGGERS


def _host(noun: Token) -> tuple[Token, str] | None:
    """(verb, role of its subject) when ``noun`` is an event carried by an occurrence or
    light verb; the role is "" when the noun is that subject."""
    if noun.pos_ != "NOUN":
        return None
    head = noun.head
    if noun.dep_ in SUBJECT_DEPS and _occurrence(head):
        return head, ""
    if noun.dep_ == "nsubjpass" and head.lemma_.lower() in LIGHT_VERBS:
        return head, ""  # "talks were held in X", "an attack was carried out by X"
    if noun.dep_ == "dobj" and head.lemma_.lower() in LIGHT_VERBS:
        return head, "agent"
    if (pact := _pact_of(noun)) is not None:
        return pact.head, "agent"  # "signed a ceasefire deal", "reached a deal on a truce"
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        role = LIGHT_PREP_VERBS.get((head.head.lemma_.lower(), head.lower_))
        verb = back_of_state(head.head)  # "X is back under their control": "is"
        if role is None and (noun.lemma_.lower() == "control" or in_charge_of_place(
                noun)) and verb.lemma_.lower() in STATE_VERBS:
            role = CONTROL_STATES.get(head.lower_)  # "X is in control", "Y is under control"
            return (verb, role) if role else None
        return (head.head, role) if role else None
    return None


#: Nouns of a pact that an event noun names the matter of ("a ceasefire deal", "an
#: agreement on a truce").
PACT_NOUNS = frozenset({"deal", "agreement", "accord", "pact", "treaty", "arrangement"})
#: Verbs by which the subject makes a pact ("signed a ceasefire deal", "reached an
#: agreement on a truce").
PACT_VERBS = frozenset({"sign", "reach", "conclude", "strike", "seal", "broker", "agree",
                        "finalise", "finalize", "ink", "accept", "negotiate"})


def _pact_matter(pact: Token) -> bool:
    """A pact that names an event as its matter ("an agreement on a truce", "a ceasefire
    deal"): the matter is the event its makers make, not a deal of its own."""
    for child in pact.children:
        if child.dep_ in {"compound", "nmod"} and _event_noun(child):
            return True
        if child.dep_ == "prep" and child.lower_ in {"on", "for"} and any(
                o.dep_ == "pobj" and _event_noun(o) for o in child.children):
            return True
    return False


def _pact_of(noun: Token) -> Token | None:
    """The pact noun an event noun names the matter of, when a verb of making a pact has
    it as object: "signed a ceasefire deal", "reached an agreement on a truce" (the one
    who signs makes the truce); None otherwise."""
    pact = noun.head
    if noun.dep_ == "pobj" and pact.dep_ == "prep" and pact.lower_ in {"on", "for"}:
        pact = pact.head
    elif noun.dep_ not in {"compound", "nmod"}:
        return None
    if pact.lemma_.lower() not in PACT_NOUNS or pact.dep_ != "dobj":
        return None
    return pact if pact.head.lemma_.lower() in PACT_VERBS else None


def back_of_state(word: Token) -> Token:
    """The verb of state a "back" hangs on ("X was back under our control", "is back in
    their hands": the parser hangs the phrase on "back"), else the word itself."""
    if word.dep_ == "advmod" and word.lower_ == "back" and word.head.pos_ in {"AUX", "VERB"}:
        return word.head
    return word


#: Entity labels of a place held ("in charge of X").
_HELD_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: Verbs that take a place only by holding it ("secured the airport"); of anything else
#: they are no takeover ("secured a loan", "secured the win", "secured his release").
HOLDING_VERBS = frozenset({"secure"})


#: Verbs of having by which a holder states control it has ("has full control over X").
HAVING_VERBS = frozenset({"have", "retain", "keep", "maintain", "exercise", "enjoy"})


def control_over_place(verb: Token) -> bool:
    """"has full control over Port Halvik", "retained control of the airport": control of a
    place, had (not "has no control over", "has control of its costs", "do not have
    control")."""
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    control = next((c for c in verb.children if c.dep_ == "dobj"
                    and c.lemma_.lower() == "control"), None)
    if control is None or any(c.lower_ in {"no", "little", "less"} for c in control.children):
        return False
    preps = [c for c in (*verb.children, *control.children)
             if c.dep_ == "prep" and c.lower_ in {"over", "of"}]
    return any(p.dep_ == "pobj" and (p.ent_type_ in _HELD_LABELS or p.lemma_.lower() in (
        PLACE_NOUNS | GROUND_NOUNS)) for c in preps for p in c.children)


def _place_held(verb: Token, deps: tuple[str, ...] = ("dobj", "nsubjpass")) -> bool:
    """Whether the verb's object (or passive subject) is a place: a named place, or a
    noun for ground or a site ("the airport", "the town", "the bridge")."""
    return any(c.dep_ in deps and (
        c.ent_type_ in _HELD_LABELS or c.lemma_.lower() in PLACE_NOUNS | GROUND_NOUNS)
        for c in verb.children)


def in_charge_of_place(noun: Token) -> bool:
    """"is in charge of X", "remained in charge of the town": holding a place (not "in
    charge of the inquiry", "charged with fraud")."""
    if noun.lemma_.lower() != "charge" or noun.dep_ != "pobj" or noun.head.lower_ != "in":
        return False
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        p.dep_ == "pobj" and (p.ent_type_ in _HELD_LABELS or p.lemma_.lower() in PLACE_NOUNS
                              or (p.pos_ == "PROPN" and p.ent_type_ != "ORG"
                                  and p.text[:1].isupper()))
        for p in c.children) for c in noun.children)


def _occurrence(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if lemma in OCCURRENCE_VERBS:
        return True
    return any((lemma, c.lemma_.lower()) in OCCURRENCE_PHRASES
               for c in verb.children if c.dep_ in PHRASAL_DEPS)


def _arguments(token: Token, cls: str, words: str, res: Resolver,
               host: tuple[Token, str] | None, evidence: tuple[int, int],
               memory: PlaceMemory) -> EventDraft | None:
    lemma = TRIGGER_LEMMA_FIXES.get(token.lower_, token.lemma_.lower())
    ev = EventDraft(token.i, cls, words, _trigger_chars(token, words), evidence)
    subj = _subject(token)
    if subj is not None:
        _add_subject(ev, subj, res, patient=_undergoes(token, subj) or (
            lemma in PATIENT_SUBJECT and cls != "MovementEvent"))  # "troops fell back": theirs
    for child in token.children:
        _add_child(ev, child, lemma, res)
    if not ev.agents and cls == "MovementEvent" and (
            forces := moved_forces(token, _FORCE_OR_MEMBER)) is not None:
        _add_subject(ev, forces, res, patient=False)  # "its fighters were withdrawn"
        ev.participants[:] = [k for k in ev.participants if k not in ev.agents]
    if not ev.agents and (holder := hands_holder(token)) is not None:
        _add_subject(ev, holder, res, patient=False)  # "fell into the hands of X"
        ev.participants[:] = [k for k in ev.participants if k not in ev.agents]
    if host is not None:
        subj = _add_host(ev, host, lemma, res) or subj
    if subj is None and token.pos_ == "NOUN" and (waged := _campaign_subject(token)) is not None:
        _add_subject(ev, waged, res, patient=False)
    if token.pos_ == "NOUN" and not ev.agents and (verb := gaining_verb(token)) is not None and (
            doer := _subject(verb)) is not None:
        _add_subject(ev, doer, res, patient=False)  # "the army made gains in X"
    if subj is None and not ev.agents and (owner := _effort_owner(token)) is not None:
        _add_subject(ev, owner, res, patient=False)  # "the Guard's bid to retake X"
    if token.pos_ == "NOUN" and not ev.agents:
        for doer in _doers_of_noun(token):
            _add_subject(ev, doer, res, patient=False)
    if token.pos_ == "NOUN" and not ev.agents and (verb := pursuing_verb(token)) is not None and (
            doer := acting_subject(verb)) is not None:
        _add_subject(ev, doer, res, patient=False)  # "a faction attempted a coup"
    if token.pos_ == "NOUN" and not ev.agents:
        for doer in pursuer_by(token):  # "the attack was claimed by X"
            _add_subject(ev, doer, res, patient=False)
    if token.pos_ == "NOUN" and not ev.agents and (doer := relative_pursuer(token)) is not None:
        _add_subject(ev, doer, res, patient=False)  # "the attack, which X claimed,"
    if token.pos_ == "NOUN" and not ev.agents and (leader := leader_of(token, res)):
        _add_agent(ev, leader, res)  # "a Veska-led offensive on Mirelle"
    # an agent borrowed (from the verb a purpose hangs on, or below) licenses no ambiguous
    # trigger: "X went to Y to call on Z" is no call
    own_agents = bool(ev.agents) and purpose_head(token) is None
    if subj is None and not ev.agents and (owner := plan_owner(token) or acting_subject(
            plan_clause(token))) is not None:
        _add_subject(ev, owner, res, patient=False)  # "X announced plans to buy Y"
    if not ev.agents and (verb := dispatcher(token)) is not None and (
            sender := acting_subject(verb)) is not None:
        _add_subject(ev, sender, res, patient=False)  # "X sent fighters to seize Y"
    if not ev.agents:
        _add_hyphen_doers(ev, token, res)  # "the Veska-appointed governor"
    if not ev.agents and token.pos_ == "NOUN" and (
            doer := acting_subject(answering_verb(token))) is not None:
        _add_subject(ev, doer, res, patient=False)  # "X responded with airstrikes"
    if not ev.agents and token.pos_ == "NOUN":
        for doer in by_inside_of(token):
            _add_subject(ev, doer, res, patient=False)  # "the dismissal of X by Y"
    if not ev.agents and token.pos_ == "NOUN" and (
            doer := acting_subject(party_verb(token))) is not None:
        _add_subject(ev, doer, res, patient=False)  # "X approved the merger with Y"
    if not ev.agents and cls in ERRAND_CLASSES and token.pos_ == "NOUN" and (
            doer := acting_subject(errand_verb(token))) is not None:
        _add_subject(ev, doer, res, patient=False)  # "X flew to Y for talks with Z"
    if not ev.places and subj is not None:
        ev.places.extend(_places_of(subj, res))
    direct = bool(own_agents or ev.places or ev.participants or _weapon_object(token)
                  or _held_place(host, memory))
    if not ev.places:  # "seized a tanker in the Gulf of X"; licenses no ambiguous trigger
        ev.places.extend(object_places(token, res, {*ev.agents, *ev.participants}))
    if not ev.places:  # not the country that acts ("Veska bombed the depot")
        ev.places.extend(k for k in fallback_places(token, _argument_words(token, host), memory)
                         if k not in ev.agents and k not in ev.participants)
        ev.context_places = bool(ev.places)
    memory.placed(token, ev.places)  # its own clause's places, for the next sentence
    if not ev.places:
        ev.places.extend(memory.around(token, {*ev.agents, *ev.participants}))
        ev.context_places = bool(ev.places)
    if needs_named_ground(token, cls):
        if not (ground := ground_places(token, res)):
            return None  # "made gains in Parliament": no place in its own phrase
        ev.places[:], ev.context_places = ground, False  # "made gains in X"
    if lemma in AMBIGUOUS_TRIGGERS and not (direct or _governance_object(token, lemma)
                                            or _modified_event(token) or _plain_form(token)
                                            or _own_ground(token, host, ev)
                                            or _of_post(token)
                                            or _charged_with_crime(token)
                                            or charged_with_wrong(token)
                                            or stoppage(token) or armed_strike(token)
                                            or site_object(token)
                                            or release_class(token, None) is not None
                                            or _fined(token) or pleaded(token)
                                            or court_deed(token) is not None
                                            or _dismissed_post(token) or site_closed(token)
                                            or _fired_at(token)
                                            or deal_made(token) or spoke_by_phone(token)
                                            or disaster(token) or _money_moved(token)
                                            or (lemma == "fire" and token.pos_ == "NOUN"
                                                and not blaze(token))
                                            or (token.dep_ == "compound" and (
                                                lemma, token.head.lemma_.lower())
                                                in COMPOUND_EVENTS)
                                            or _crossed_line(token) or _founded(token)
                                            or _tried_person(token) or _joined_body(token)
                                            or charges_faced(token)
                                            or _sworn_in(token)
                                            or (lemma in {"release", "free"}
                                                and _freed_person(token))
                                            or _light_prep_host(host)):
        return None  # a place read from afar licenses no ambiguous trigger
    if lemma in NEEDS_PLACE and cls == EVENT_TRIGGERS.get(lemma) and _phrasal(
            token, lemma) is None and not _acts_on_place(token, memory) and not _taken_ground(
            token, cls):
        return None
    if lemma == "hold" and cls == "ControlEvent" and _held_no_ground(token, memory):
        return None  # "a rally held in Kelvar", "police held the suspect": nothing taken
    if lemma in GOVERNANCE_BY_OBJECT and cls == "GovernanceEvent" and not _governance_object(
            token, lemma):
        return None  # "approved the merger", "signed the letter": no act of government
    if lemma in NEEDS_ORGANIZATION and not any(
            res.table.type_of(k) == "Organization" for k in ev.participants) and not (
            _joined_body(token)):
        return None  # "joined the board" is a change of staff; "joined protests" is not
    if lemma in PATIENT_SUBJECT and not (direct or ev.places or _people_subject(token)
                                         or collapse_told(token)
                                         or _ground_fell_to_side(token)):
        return None  # "the plan died"; "two people died", "she died" are deaths
    if lemma in NEEDS_TAKER and cls == "ControlEvent" and token.pos_ == "VERB" and not (
            ev.agents or _place_subject(token, memory) or _ground_fell_to_side(token)):
        return None  # "shares fell in Orrin" is no change of control; "the town fell" is
    return ev


#: What a state recognises as an act of government ("recognised the new government",
#: "recognised Kelvar's independence", "recognised the council as the legitimate
#: government").
RECOGNISED_NOUNS = frozenset({"government", "state", "independence", "regime", "council",
                              "leadership", "authority", "authorities", "republic",
                              "sovereignty", "annexation", "junta", "statehood",
                              "administration", "representative", "president"})


def _recognised_state(verb: Token) -> bool:
    """"Veska recognised the rebel council as the legitimate government", "recognizing
    Kelvar's independence", "the new state was recognised by Orrin": diplomatic recognition
    (not "recognised the problem", "was recognised as the best player")."""
    for c in verb.children:
        if c.dep_ in {"dobj", "nsubjpass"} and (
                c.lemma_.lower() in RECOGNISED_NOUNS or c.ent_type_ == "GPE"):
            return True
        if c.dep_ == "prep" and c.lower_ == "as" and any(
                p.lemma_.lower() in RECOGNISED_NOUNS for p in c.children if p.dep_ == "pobj"):
            return True
    return False


#: Verbs of money that are an event with a sum as object ("paid $3 million", "will fund
#: the project with $2 million", "raised $50 million").
MONEY_VERBS = frozenset({"pay", "fund", "grant", "spend", "aid", "raise", "lend", "invest",
                         "donate"})
#: Words of a sum ("$3 million", "2 billion euros", "a 300,000-pound grant").
MONEY_WORDS = frozenset({"million", "billion", "trillion", "$", "€", "£", "euros", "euro",
                         "dollars", "dollar", "pounds", "francs", "yen", "yuan", "rupees",
                         "m", "bn"})


def _money_moved(verb: Token) -> bool:
    """"the company paid $3 million to settle", "raised $50 million from investors", "will
    spend 2 billion euros": a sum that changes hands makes the money verb a transaction
    whoever pays (not "paid tribute", "raised concerns", "spent the night")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in MONEY_VERBS:
        return False
    sums = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    sums += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
             for p in c.children if p.dep_ == "pobj"]  # "funded the study with $2 million"
    return any(c.ent_type_ == "MONEY" or any(w.lower_ in MONEY_WORDS or w.tag_ == "$"
                                             for w in c.subtree) for c in sums)


#: Lines whose crossing is a movement ("crossed the border", "crossed the river").
CROSSED_LINES = frozenset({"border", "frontier", "river", "line", "sea", "channel",
                           "strait", "desert", "mountains", "bridge", "checkpoint"})


def _crossed_line(verb: Token) -> bool:
    """"thousands of migrants crossed the border", "troops crossed the river": a line
    crossed is a movement, named or not ("crossed her arms", "crossed the line" of
    taste is rare beside them)."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() == "cross" and any(
        c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in CROSSED_LINES
        for c in verb.children)


def _founded(verb: Token) -> bool:
    """"the startup was founded in 2015", "two engineers founded the firm": "found" is
    the founding whenever it is passive or founds a firm (the past of "find" is
    lemmatised "find")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "found":
        return False
    return any(c.dep_ == "auxpass" or (c.dep_ == "dobj" and (
        c.ent_type_ == "ORG" or c.lemma_.lower() in FIRM_WORDS)) for c in verb.children)


#: Nouns of a firm or a body one founds ("founded the company").
FIRM_WORDS = frozenset({"company", "firm", "startup", "business", "party", "group", "charity",
                        "organisation", "organization", "bank", "band", "club", "movement",
                        "foundation", "institute", "brand", "newspaper", "magazine"})


def _tried_person(verb: Token) -> bool:
    """"the two men will be tried in June", "she was tried for fraud": a person tried is
    justice ("the recipe was tried" is no trial)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "try" or not any(
            c.dep_ == "auxpass" for c in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return subj is not None and (subj.ent_type_ == "PERSON" or subj.lower_ in {
        "he", "she", "they"} or subj.lemma_.lower() in DYING_NOUNS)


def _light_prep_host(host: tuple[Token, str] | None) -> bool:
    """"went on strike", "came under fire": the construction itself makes the noun the
    event, whoever its subject is ("the doctors went on strike")."""
    return host is not None and host[0].pos_ == "VERB" and bool(host[1]) and any(
        c.dep_ == "prep" and (host[0].lemma_.lower(), c.lower_) in LIGHT_PREP_VERBS
        for c in host[0].children)


def _people_subject(token: Token) -> bool:
    """Whether a death's subject is people: a person, "he", "two people", "three children"."""
    if token.lemma_.lower() != "die":
        return False
    subj = _subject(token)
    if subj is None:
        return False
    return subj.ent_type_ == "PERSON" or subj.lower_ in {"he", "she", "they", "i", "we"} or (
        subj.lemma_.lower() in DYING_NOUNS)


#: Nouns of people whose death is news: casualties, captives, anyone named by a post, a
#: job, fame or kin ("the actor died", "the former mayor died", "her husband died").
DYING_NOUNS = PEOPLE_NOUNS | CAPTIVE_NOUNS | CASUALTY_NOUNS | ROLE_NOUNS | STAFF_NOUNS | {
    "actor", "actress", "singer", "writer", "author", "artist", "poet", "musician", "star",
    "novelist", "painter", "composer", "mother", "father", "son", "daughter", "wife",
    "husband", "brother", "sister", "grandmother", "grandfather", "founder", "veteran",
    "survivor", "prisoner", "suspect", "journalist", "footballer", "athlete", "climber",
    "hiker", "swimmer", "cyclist", "pedestrian", "motorist", "teenager", "toddler"}


def _acts_on_place(token: Token, memory: PlaceMemory) -> bool:
    """Whether the trigger's object, passive subject or direction is a place ("took the
    town", "the city was lost", "heading out of the city", "left for X"); not the taker
    a place is lost to ("the team lost to Lunet City")."""
    words = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    subj = _subject(token)
    if subj is not None and subj.head.i != token.i and _undergoes(token, subj):
        words.append(subj)  # "the town had yet to be taken", "X is expected to be seized"
    taker = "to" if token.lemma_.lower() in LOST_TO else None  # "lost to X": X is no place
    for c in token.children:
        if c.dep_ == "prep" and c.lower_ == taker:
            continue
        if c.dep_ == "prep" or (c.dep_ in {"prt", "advmod"} and c.lower_ in {"out", "back"}):
            words.extend(p for p in c.children if p.dep_ == "pobj")
            words.extend(p for q in c.children if q.dep_ == "prep"
                         for p in q.children if p.dep_ == "pobj")
    if token.lemma_.lower() in GOING_VERBS:  # "left X", "heading to X": not "left part of X"
        return any((memory.place_at(w) or memory.described(w)) is not None for w in words)
    if _took_someone(token, memory):
        return False  # "medics took Haddad to hospital in Tesk": a person taken, no ground
    return any(place_of_phrase(w, memory) is not None for w in words)


def _took_someone(verb: Token, memory: PlaceMemory) -> bool:
    """Whether the object of "took" / "held" is a person, whatever place follows."""
    return any(c.dep_ == "dobj" and c.ent_type_ == "PERSON" and place_of_phrase(
        c, memory) is None for c in verb.children)


#: Sites that, taken or lost with no name, are still ground ("we have taken the airport",
#: "the base was lost"): not "the road", "the field", "the stand" (taken otherwise), nor
#: "the town", "the city" (a place told elsewhere: ``event_coref`` finds its telling).
TAKEN_GROUND = frozenset({
    "airport", "airbase", "base", "barracks", "barrack", "headquarters", "palace",
    "stronghold", "outpost", "checkpoint", "garrison", "port", "harbour", "harbor", "bridge",
    "airfield", "citadel", "fort", "fortress", "compound"})


def _taken_ground(verb: Token, cls: str | None) -> bool:
    """"We have taken the airport", "the town was lost", "stormed the barracks", "entered
    the city": a change of control, a fight or a move on ground the text names by its kind
    alone ("took the road" is none), or by a count the next sentence names ("took two
    bridges. ... the A and B bridges")."""
    if cls not in CAMPAIGN_CLASSES or verb.pos_ != "VERB":
        return False
    return any(c.dep_ in {"dobj", "nsubjpass"} and c.pos_ == "NOUN" and ((
        c.lemma_.lower() in TAKEN_GROUND and any(d.dep_ in {"det", "poss"} for d in c.children))
        or named_ahead(c)) for c in verb.children)


def _held_no_ground(verb: Token, memory: PlaceMemory) -> bool:
    """"a rally held in Kelvar", "the funeral was held in Tesk", "it will be held at the
    theatre", "police held the suspect in Kelvar": what is held is a gathering, a person
    or a thing, so the place after "in" or "at" only says where, and no place is taken
    ("the rebels held the town", "held their positions in Tesk" are)."""
    held = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        held.append(verb.head)  # "a rally held in Kelvar"
    if not held and any(c.dep_ == "auxpass" for c in verb.children) and (
            subj := _subject(verb)) is not None:
        held.append(subj)  # "it will be held at the theatre"
    return bool(held) and not any(
        w.pos_ != "PRON" and (w.lemma_.lower() in PLACE_NOUNS | GROUND_NOUNS
                              or place_of_phrase(w, memory) is not None) for w in held)


def _held_place(host: tuple[Token, str] | None, memory: PlaceMemory) -> bool:
    """"the situation around X was under control": what is held is a place."""
    if host is None or host[1] != "participant":
        return False
    subj = _subject(host[0])
    return subj is not None and place_of_phrase(subj, memory) is not None


def _charged_with_crime(verb: Token) -> bool:
    """"was charged with fraud", "charged him with two counts of murder": a charge in
    court, not a battery charged or a task one is charged with."""
    return verb.lemma_.lower() == "charge" and any(
        c.dep_ == "prep" and c.lower_ == "with" and any(
            p.dep_ == "pobj" and (p.lemma_.lower() in CRIME_NOUNS or any(
                q.dep_ == "prep" and any(r.lemma_.lower() in CRIME_NOUNS for r in q.children)
                for q in p.children)) for p in c.children)
        for c in verb.children)


def _fined(verb: Token) -> bool:
    """"was fined $3 million", "fined Delta Grain": the verb "fine" has no sense but the
    penalty (the weather is "fine" as an adjective); the noun is one when ``penalty``
    says so ("ordered to pay a fine")."""
    return penalty(verb) or verb.pos_ == "VERB" and TRIGGER_LEMMA_FIXES.get(
        verb.lower_) == "fine" and any(c.dep_ in {"auxpass", "dobj", "nsubjpass"}
                                       for c in verb.children)


def _of_post(verb: Token) -> bool:
    """"relieved of her command", "stripped of his post", "removed from office"."""
    return any(c.dep_ == "prep" and c.lower_ in {"of", "from"} and any(
        p.dep_ == "pobj" and p.lemma_.lower() in POST_NOUNS for p in c.children)
        for c in verb.children)


def electoral_win(noun: Token) -> bool:
    """"victory in the election", "an election win", "claimed victory in the vote": a win
    in a vote, which makes its winner the one elected."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in WIN_NOUNS:
        return False
    if any(c.dep_ in {"compound", "amod"} and c.lemma_.lower() in ELECTION_NOUNS
           for c in noun.children):
        return True
    holders = [noun, noun.head] if noun.dep_ == "dobj" else [noun]
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(
        p.dep_ == "pobj" and p.lemma_.lower() in ELECTION_NOUNS for p in c.children)
        for h in holders for c in h.children)



def _own_ground(token: Token, host: tuple[Token, str] | None, ev: EventDraft) -> bool:
    """"we control it" (of a place), "our troops are in control of the bridge", "troops
    were in control of the city": ground the speaker claims for the side "we", "our" or
    its bare forces name (the statement that quotes it says whose); "we are in full
    control" of a budget is no such claim."""
    if token.lemma_.lower() != "control" or (host is not None and host[1] != "agent"):
        return False
    subj = _subject(host[0] if host else token)
    if subj is None or not (subj.lower_ in {"we", "i"} or any(
            c.dep_ == "poss" and c.lower_ in {"our", "my"} for c in subj.children)
            or _bare_forces(subj)):
        return False
    held = [p for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
            for p in c.children if p.dep_ == "pobj"]
    held += [c for c in token.children if c.dep_ == "dobj"]
    return bool(ev.places) or any(w.lemma_.lower() in GROUND_NOUNS for w in held)


def _bare_forces(noun: Token) -> bool:
    """"troops", "government forces", "soldiers": a plural of fighters with no name, owner
    or number of its own, whose side the statement quoting it says."""
    return noun.tag_ == "NNS" and noun.lemma_.lower() in FORCE_NOUNS and not any(
        c.dep_ in {"poss", "det", "nummod"} or (c.dep_ in {"compound", "amod"}
                                               and c.pos_ == "PROPN") for c in noun.children)


def _plain_form(token: Token) -> bool:
    """A noun whose own form is an event whatever its lemma's other senses ("talks")."""
    return token.pos_ == "NOUN" and token.lower_ != token.lemma_.lower() and (
        token.lower_ in EVENT_TRIGGERS and token.lower_ not in AMBIGUOUS_TRIGGERS)


def _governance_object(token: Token, lemma: str) -> bool:
    """"imposed a curfew", "dissolved parliament", "declared a state of emergency": the
    object makes the verb an event."""
    if EVENT_TRIGGERS.get(lemma) != "GovernanceEvent":
        return False
    objects = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    objects += [p for o in objects for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                for p in c.children if p.dep_ == "pobj"]
    return any(o.lemma_.lower() in GOVERNANCE_OBJECTS or _modified_event(o) == "GovernanceEvent"
               for o in objects)  # "signed a peace agreement"


def _argument_words(token: Token, host: tuple[Token, str] | None) -> list[Token]:
    """The words an event's arguments are read from: subject, object and prepositional
    objects of the trigger, and of the verb that carries a noun trigger."""
    out = []
    for t in (token, host[0] if host else None):
        if t is None:
            continue
        subj = _subject(t)
        if subj is not None:
            out.append(subj)
        for c in t.children:
            if c.dep_ in {"dobj", "attr"}:
                out.append(c)
            elif c.dep_ in {"prep", "agent"} and c.lower_ not in TIME_PREPS:
                out.extend(p for p in c.children if p.dep_ == "pobj")
    return out


#: Nouns of a side that takes ground, unnamed ("fell to the rebels", "to government
#: forces", "to the militia").
TAKER_NOUNS = FIGHTER_NOUNS | FORCE_NOUNS | {"militia", "junta", "army", "enemy", "jihadist",
                                             "gunman", "fighter", "coalition", "regime"}


def _ground_fell_to_side(verb: Token) -> bool:
    """"the town fell to the rebels", "the base fell to government forces": ground that
    falls to a side described, not named, is taken ("shares fell to a low" is not)."""
    subj = _subject(verb)
    if subj is None or subj.lemma_.lower() not in GROUND_NOUNS | PLACE_NOUNS:
        return False
    return any(c.dep_ == "prep" and c.lower_ == "to" and any(
        p.dep_ == "pobj" and p.lemma_.lower() in TAKER_NOUNS for p in c.children)
        for c in verb.children)


def _place_subject(token: Token, memory: PlaceMemory) -> bool:
    """Whether the subject is a place or a part of one ("the north gate of X")."""
    subj = _subject(token)
    return subj is not None and place_of_phrase(subj, memory) is not None


def _add_host(ev: EventDraft, host: tuple[Token, str], lemma: str,
              res: Resolver) -> Token | None:
    """Arguments a noun event takes from the verb that carries it: the subject in its role,
    and the verb's prepositional arguments (places, participants, "by" agents). Returns
    the subject it took."""
    verb, role = host
    subj = _subject(verb) if role else None
    if subj is not None:  # "X went on trial", "X faces trial": the one tried undergoes it
        _add_subject(ev, subj, res, patient=role == "participant" or (
            verb.lemma_.lower() in UNDERGONE_HOSTS) or (
            ev.cls == "JusticeEvent" and verb.lemma_.lower() in UNDERGOING_HOSTS))
    for child in verb.children:
        if child.dep_ in {"prep", "agent"}:
            _add_child(ev, child, lemma, res)
    return subj


@per_token
def acting_subject(token: Token | None) -> Token | None:
    """The subject that does the event ``token`` names: none when the subject undergoes it
    ("X was arrested", "the town fell"), or when there is no ``token``."""
    if token is None:
        return None
    subj = _subject(token)
    if subj is None or token.lemma_.lower() in PATIENT_SUBJECT or _undergoes(token, subj):
        return None
    return subj


@per_token
def _subject(token: Token) -> Token | None:
    t = token
    for _ in range(3):
        for child in t.children:
            if child.dep_ in {"nsubj", "nsubjpass"}:
                return child
        if (charged := _charged_object(t) or _perceived_doer(t) or _owned_gerund(t)) is not None:
            return charged  # "accused the militia of attacking X", "saw troops leave X"
        if (bearer := participle_bearer(t) or gerund_owner(t)) is not None:
            return bearer  # "rebels seizing X", "the militia's advance since retaking X"
        if _adjunct_gerund(t):
            t = t.head.head  # "after seizing X, the rebels ...": the clause's subject
            continue
        if (purposed := purpose_head(t)) is not None:
            t = purposed  # "X flew to Y to meet Z": the traveller meets
            continue
        if t.head.i == t.i or not (t.dep_ in {"xcomp", "conj"} or _participle_clause(t)
                                   or chained_verb(t) or subject_above(t)):
            return None
        if (controller := _object_controller(t)) is not None:
            return controller
        if _participle_clause(t) and t.head.lemma_.lower() in REPORTING_VERBS:
            return None  # "X posted, hailing a turning point": the poster hails nothing
        t = t.head
    return None


#: Objects of "took X for", "gave X for": things, not the doer of the gerund.
_THING_OBJECTS = frozenset({"responsibility", "blame", "credit", "care", "action", "step",
                            "measure", "time", "money", "effort", "part", "charge", "aim"})


def _charged_object(t: Token) -> Token | None:
    """"accused the militia of attacking X", "fined the firm for dumping waste", "praised
    the team for winning": a gerund after "of" or "for" on a verb with an object is done
    by that object (the one charged, blamed, thanked), not by the verb's subject."""
    if t.dep_ != "pcomp" or t.tag_ != "VBG" or t.head.lower_ not in {"of", "for"}:
        return None
    verb = t.head.head
    if t.head.dep_ != "prep":
        return None
    if verb.dep_ == "dobj" and verb.pos_ in {"NOUN", "PROPN"} and (
            verb.head.lemma_.lower() in BLAMING_VERBS):
        return verb  # "accused Kelvar Front fighters of attacking X" ("of" on the object)
    if verb.pos_ != "VERB":
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" or clause_like_name(c)), None)
    if obj is None or obj.pos_ not in {"NOUN", "PROPN", "PRON"} or (
            obj.lemma_.lower() in _THING_OBJECTS):
        return None
    return obj  # also "sentenced former minister X for ordering", X parsed as a clause


#: Verbs of seeing and hearing, whose object does what the verb after it says.
PERCEPTION_VERBS = frozenset({"see", "watch", "hear", "notice", "spot", "observe", "witness",
                              "film", "photograph", "feel"})


def _perceived_doer(t: Token) -> Token | None:
    """"I saw soldiers heading out of X", "residents heard jets bombing Y": the one seen
    does the deed, not the one who sees it."""
    verb = t.head
    if t.dep_ not in {"advcl", "xcomp", "ccomp", "oprd"} or t.tag_ not in {"VBG", "VB"} or (
            verb.lemma_.lower() not in PERCEPTION_VERBS):
        return None
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


def _owned_gerund(t: Token) -> Token | None:
    """"claimed responsibility for attacking X": the one who owns the deed did it."""
    if t.dep_ != "pcomp" or t.tag_ != "VBG" or t.head.lower_ != "for":
        return None
    noun = t.head.head
    if noun.lemma_.lower() not in RESPONSIBILITY_NOUNS or noun.dep_ != "dobj" or (
            noun.head.lemma_.lower() not in OWNING_VERBS):
        return None
    return next((c for c in noun.head.children if c.dep_ == "nsubj"), None)


def _adjunct_gerund(t: Token) -> bool:
    """"after seizing X", "before storming Y": a gerund in a phrase on a verb is done by
    that verb's subject."""
    return t.dep_ == "pcomp" and _ing_form(t) and t.head.dep_ == "prep" and (
        t.head.head.pos_ in {"VERB", "AUX"}) and t.head.head.i != t.i


def _ing_form(t: Token) -> bool:
    """A gerund or present participle, also perfect ("seizing", "having seized")."""
    return t.tag_ == "VBG" or (t.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ == "having" for c in t.children))


def _object_controller(clause: Token) -> Token | None:
    """"compelled them to pull out", "ordered the troops to withdraw": the object of the verb
    above an infinitive does what it says (not the verb's subject)."""
    if clause.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to"
                                         for c in clause.children):
        return None
    if clause.head.lemma_.lower() in SUBJECT_CONTROL_VERBS:
        return None
    return next((c for c in clause.head.children if c.dep_ == "dobj" and c.i < clause.i), None)


def _undergoes(token: Token, subj: Token) -> bool:
    """Whether the subject is what the event happens to: the passive subject of the trigger
    itself ("X was seized"), or, when it was borrowed from a verb above, a subject the
    trigger's own passive gives ("X is expected to be arrested"). A passive verb above
    does not make it so: "X is set to visit Y", "X was forced to withdraw" (X acts); a
    participle coordinated with a passive shares its passive ("X was arrested on Friday
    and charged with fraud": X is charged)."""
    if subj.head.i == token.i:
        return subj.dep_ == "nsubjpass" or _small_clause_participle(token, subj)
    return any(c.dep_ == "auxpass" for c in token.children) or _shared_passive(token)


#: Verbs that may clear ground of an armed side or put one out of it (read further only
#: for these: the test runs on every verb).
CLEARING_OR_EXPELLING = CLEARING_VERBS | EXPELLING_VERBS
#: Verbs that take a small clause of a participle ("declared X liberated").
DECLARING_VERBS = frozenset({"declare", "pronounce", "proclaim"})
#: Participles such a clause says of ground ("declared the town liberated / secured").
DECLARED_DONE = frozenset({"liberate", "secure", "capture", "free", "clear", "take",
                           "seize", "occupy", "annex", "retake", "recapture", "conquer"})


def _small_clause_participle(token: Token, subj: Token) -> bool:
    """"the army declared Dunmore liberated", "pronounced the town secured": a bare
    participle after a verb of declaring says what was done to its subject."""
    return token.tag_ in {"VBN", "VBD"} and subj.dep_ == "nsubj" and token.dep_ in {
        "ccomp", "oprd", "xcomp"} and token.head.lemma_.lower() in DECLARING_VERBS and (
        token.lemma_.lower() in DECLARED_DONE) and not any(
        c.dep_ in {"aux", "auxpass", "dobj", "mark"} for c in token.children)


def _shared_passive(token: Token) -> bool:
    """"was arrested and charged": a bare participle conjoined to a passive verb."""
    return token.dep_ == "conj" and token.tag_ == "VBN" and not any(
        c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass"} for c in token.children) and any(
        c.dep_ == "auxpass" for c in token.head.children)


def _participle_clause(t: Token) -> bool:
    """"X bombed the depot, killing two", "having seized the bridge, X advanced": a
    participle clause shares its verb's subject."""
    return t.dep_ == "advcl" and _ing_form(t) and not any(
        c.dep_ == "mark" for c in t.children)


def _doers_of_noun(noun: Token) -> list[Token]:
    """Who did an event a noun names, told around it: "X claimed responsibility for the
    attack" (the claimer), "an offensive led by X", "the raid carried out by X" (the "by"
    phrase of a participle on the noun)."""
    out = []
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "for" and prep.head.lemma_.lower() in (
            RESPONSIBILITY_NOUNS) and prep.head.dep_ == "dobj":
        verb = prep.head.head
        if verb.lemma_.lower() in OWNING_VERBS and not any(c.dep_ == "neg"
                                                           for c in verb.children):
            out.extend(c for c in verb.children if c.dep_ == "nsubj")
    out.extend(_blamed_for(noun))
    for acl in noun.children:
        if acl.dep_ == "acl" and acl.tag_ == "VBN" and acl.lemma_.lower() in DOING_VERBS:
            out.extend(p for a in acl.children if a.dep_ == "agent"
                       for p in a.children if p.dep_ == "pobj")
    return out


#: Verbs whose object is held to have done the deed named in their "for"/"of"/"with"/"over"
#: phrase ("blamed X for the attack", "arrested X over the killing", "convicted X of
#: murder", "charged X with the bombing").
BLAMING_VERBS = frozenset({"blame", "accuse", "arrest", "detain", "charge", "convict",
                           "sentence", "jail", "imprison", "indict", "prosecute", "try",
                           "sue", "fine", "punish", "sanction", "condemn", "execute",
                           "extradite", "acquit", "suspect", "investigate", "hold"})
#: Adjectives of blame ("held X responsible for", "X is liable for").
BLAME_ADJECTIVES = frozenset({"responsible", "liable", "guilty", "culpable", "accountable"})
_BLAME_PREPS = frozenset({"for", "of", "with", "over"})


def _blamed_for(noun: Token) -> list[Token]:
    """Whom the text holds to have done a deed: the object (or passive subject) of a verb
    of blame or justice whose "for" phrase names it ("police arrested X over the killing",
    "X was convicted of the murder"), or the one called responsible ("held X responsible
    for the attack", "X is responsible for the bombing"); never under a negation."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in _BLAME_PREPS:
        return []
    word = prep.head
    if word.pos_ in {"NOUN", "PROPN"} and word.dep_ == "dobj" and (
            word.head.lemma_.lower() in BLAMING_VERBS - {"hold"}) and not any(
            c.dep_ == "neg" for c in word.head.children):
        return [word]  # "blamed Kelvar Front militants for the bombing": "for" on the object
    if word.lemma_.lower() in BLAME_ADJECTIVES:
        if word.dep_ == "amod":
            return [word.head]  # "held the militia responsible for"
        if word.dep_ in {"acomp", "oprd", "xcomp", "ccomp"}:
            verb = word.head
            if any(c.dep_ == "neg" for c in verb.children):
                return []
            return [c for c in verb.children if c.dep_ == "dobj"] or [
                c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        return []
    if word.pos_ != "VERB" or word.lemma_.lower() not in BLAMING_VERBS - {"hold"} or any(
            c.dep_ == "neg" for c in word.children):
        return []
    return [c for c in word.children if c.dep_ in {"dobj", "nsubjpass"}]


def blamed_words(token: Token) -> list[Token]:
    """The words naming whom the text blames for the deed ``token`` names ("blamed the
    police for the death", "accused the army of shelling X"), named or not."""
    if token.pos_ == "NOUN":
        return _blamed_for(token)
    charged = _charged_object(token)
    return [charged] if charged is not None else []


def _effort_owner(verb: Token) -> Token | None:
    """"the militia's battle to seize X", "their bid to retake X": whose effort the
    infinitive names does it."""
    if verb.pos_ != "VERB" or not effort_infinitive(verb):
        return None
    noun = verb.head
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None:
        return effort_maker(noun)  # "the army launched an offensive to retake X"
    return owner_bound_to_subject(owner)


def _campaign_subject(noun: Token) -> Token | None:
    """"The Guard entered X after a week-long offensive": the offensive is the one the
    subject of an active conflict, control or movement verb waged to get there."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in {"after", "following"}:
        return None
    verb = prep.head
    if EVENT_TRIGGERS.get(verb.lemma_.lower()) not in CAMPAIGN_CLASSES or any(
            c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def add_doer(ev: EventDraft, word: Token, res: Resolver) -> None:
    """The doer of a noun event named outside its own phrase ("X was behind the attack",
    "X is preparing for an offensive"), read as a subject is ("its fighters", "Veskan
    troops", "it")."""
    _add_subject(ev, word, res, patient=False)


def _add_subject(ev: EventDraft, subj: Token, res: Resolver, *, patient: bool) -> None:
    """The subject and its conjuncts ("X and Y met"): agents, or participants when the
    subject is what happens to (passive, "fell", "came under fire")."""
    if subj.pos_ == "PRON" and subj.lower_ not in {"which", "who", "that"}:
        ev.agent_pronoun = subj.i
    if not patient and res.entity_of(subj, descriptions=False) is None and (
            antecedent := relative_antecedent(subj)) is not None:
        subj = antecedent  # "members of X, who staged a strike": the members
    for word in _conjuncts(subj):
        key = res.entity_of(word, descriptions=False) or qualified_role_holder(
            word, res) or _entity_within(word, res, AGENT_TYPES, alone=True)
        if key is None and not patient:
            key = body_within(word, res)  # "a faction within the Kelvar Militia"
        if key is None:
            key = role_holder(word, res)  # "Ada Moreno, the mayor, ... The mayor resigned"
        if not patient and word.lower_ == "it":
            key = _acting_place(word, res, key) or key  # "Veska rejected it. It launched"
        if key is None and not patient and _definite_group(word):
            key = _named_as(word, res) or _near_group(word, res)
            if key is None:
                ev.agent_description = word.i
        if key is None and not patient:
            key = described_group(word, res) or _force_named(word, res)  # "the insurgents"
        if key is None and not patient and ev.cls == "ProtestEvent":
            key = trade_union(word, res)  # "nurses walked out", the Tesk Nurses Union named
        if key is None and not patient:
            key = members_told_before(word, res)  # "The Orrin Army entered X. Troops ..."
        if key is None and not patient and (key := _forces_of(word, res) or leader_of(
                word, res)) is not None:
            _add_agent(ev, key, res)  # "Veskan troops captured X", "Veska-led forces": Veska acts
            continue
        poss = next((c for c in word.children if c.dep_ == "poss" and c.pos_ == "PRON"),
                    None) or _owner_of_part(word)
        if key is None and poss is not None and not patient:
            key = res.pronoun(poss)  # "its fighters took the town": whoever "its" is
            ev.agent_pronoun = poss.i
        if key is None and not patient:
            key = _group_members(word, res)  # "the group's fighters withdrew"
        if key is None and not patient and (owner := _whose_men(word)) is not None:
            key = res.entity_of(owner, descriptions=False)  # "X, whose fighters seized Y,"
        if key is None:
            continue
        etype = res.table.type_of(key)
        if patient:
            (ev.places if etype == "Place" else ev.participants).append(key)
        elif etype == "Place" and ev.cls in {"ControlEvent"} and not _state_forces_word(
                word, res):
            ev.places.append(key)
        else:
            _add_agent(ev, key, res)


def _state_forces_word(word: Token, res: Resolver) -> bool:
    """"Veska troops recaptured Halvik": forces named by their state's name before them are
    the state acting, not a place taken (the name is no entity of the word itself)."""
    return word.lemma_.lower() in _FORCE_OR_MEMBER and res.table.at(word) is None


#: Nouns of a part or a number of a body's people ("the bulk of its troops", "a unit of
#: its fighters", "some of our men"): what the part does, the people's owner does.
PART_OF_PEOPLE_NOUNS = frozenset({
    "bulk", "most", "some", "many", "part", "rest", "remainder", "majority", "unit",
    "group", "column", "contingent", "detachment", "number", "half", "dozen", "hundred",
    "thousand", "score", "several", "few", "last", "first", "vanguard", "battalion"})


def _owner_of_part(word: Token) -> Token | None:
    """"the bulk of its troops pulled out", "a unit of our fighters captured X": the
    possessive pronoun of the people a part or a number is of (None when the subject is
    no such part, or its people no side's forces)."""
    if word.lemma_.lower() not in PART_OF_PEOPLE_NOUNS and (
            word.lower_ not in PART_OF_PEOPLE_NOUNS):
        return None
    for prep in (c for c in word.children if c.dep_ == "prep" and c.lower_ == "of"):
        for people in (p for p in prep.children if p.dep_ == "pobj"):
            if people.lemma_.lower() in _FORCE_OR_MEMBER | {"man", "men"}:
                return next((c for c in people.children if c.dep_ == "poss"
                             and c.pos_ == "PRON"), None)
    return None


def _add_agent(ev: EventDraft, key: str, res: Resolver) -> None:
    """``key`` does ``ev``; a place that acts (a country) is kept as an acting place too."""
    ev.agents.append(key)
    if res.table.type_of(key) == "Place":
        ev.acting_places.append(key)


def _add_hyphen_doers(ev: EventDraft, token: Token, res: Resolver) -> None:
    for word in hyphen_doers(token):
        key = res.entity_of(word, descriptions=False) or res.table.at(word)
        if key is not None and res.table.type_of(key) in AGENT_TYPES | {"Place"}:
            _add_agent(ev, key, res)
            return


def _forces_of(word: Token, res: Resolver) -> str | None:
    """The country whose armed forces a noun names by its nationality ("Veskan troops",
    "Veskan warplanes"): the one place in the document the adjective is made from."""
    if word.lemma_.lower() not in _FORCE_OR_MEMBER:
        return None
    for c in word.children:
        key = res.table.at(c) if c.dep_ == "poss" else _loyal_to(c, res)
        if key is not None and res.table.type_of(key) == "Place":
            return key  # "Veska's forces", "troops loyal to Veska"
        if c.dep_ not in {"amod", "compound"} or not c.text[:1].isupper() or len(c.text) < 5:
            continue
        found = {e.key for e in res.table.entities if res.table.type_of(e.key) == "Place"
                 and " " not in e.label and demonym_of(c.text, e.label)}
        if len(found) == 1:
            return found.pop()
        if not found and (side := _side_named_from(c.text, res)) is not None:
            return side  # "Tigrosian fighters" for the Tigrosa Liberation Front
    return None


#: Words in the name of a body that fights ("Tigrosa Liberation Front", "Veska Army").
SIDE_NAME_WORDS = frozenset({"army", "front", "militia", "forces", "force", "guard", "guards",
                             "brigade", "brigades", "movement", "liberation", "rebels",
                             "corps", "defence", "defense", "resistance", "mujahideen"})


def _side_named_from(adjective: str, res: Resolver) -> str | None:
    """The one fighting body whose name starts with the place a nationality adjective is
    made from ("Tigrosian fighters": the Tigrosa Liberation Front), when the text names
    no such place; None when it names none, or two."""
    found = set()
    for e in res.table.entities:
        words = e.label.split()
        if res.table.type_of(e.key) == "Organization" and len(words) > 1 and (
                demonym_of(adjective, words[0])) and SIDE_NAME_WORDS & {
                w.lower() for w in words[1:]}:
            found.add(e.key)
    return found.pop() if len(found) == 1 else None


def _group_members(word: Token, res: Resolver) -> str | None:
    """"the group's fighters", "the militia's men": the members of a group a definite
    description names act for the group the text named so before."""
    if word.lemma_.lower() not in MEMBER_NOUNS | FORCE_NOUNS | {"man", "men"}:
        return None
    owner = next((c for c in word.children if c.dep_ == "poss" and _definite_group(c)), None)
    if owner is None:
        return None
    return _named_as(owner, res) or _near_group(owner, res)


def _whose_men(word: Token) -> Token | None:
    """"X, whose fighters seized Y last year, ...": the antecedent of "whose" on the
    subject of a relative clause, when the subject is its forces or members (not "X,
    whose president resigned": a person acts for himself)."""
    if word.lemma_.lower() not in _FORCE_OR_MEMBER or word.head.dep_ != "relcl" or not any(
            c.dep_ == "poss" and c.lower_ == "whose" for c in word.children):
        return None
    return word.head.head


def _loyal_to(modifier: Token, res: Resolver) -> str | None:
    """"troops loyal to X": the entity the fighters are loyal to."""
    if modifier.dep_ != "amod" or modifier.lemma_.lower() not in {"loyal", "allied", "faithful"}:
        return None
    return next((k for p in modifier.children if p.dep_ == "prep" and p.lower_ == "to"
                 for o in p.children if o.dep_ == "pobj"
                 and (k := res.table.at(o)) is not None), None)


def _acting_place(pron: Token, res: Resolver, other: str | None) -> str | None:
    """"it" for a country: the place that was last the subject of a verb, this sentence or
    the one before, when named after the organisation "it" would otherwise be."""
    here = res.sentence_of(pron)
    best, best_at = None, max((b for b, _ in res.table.mention_spans.get(other, [])
                               if b < pron.i), default=-1) if other else -1
    for key, spans in res.table.mention_spans.items():
        if res.table.type_of(key) != "Place":
            continue
        for b, e in spans:
            t = pron.doc[b:e].root
            if b < pron.i and b > best_at and t.dep_ == "nsubj" and (
                    0 <= here - res.sentence_of(t) <= 1):
                best, best_at = key, b
    return best


#: Bodies a text calls by their bare common noun once it has named them ("the Orrin Police
#: Service ... Police later charged him").
BARE_BODY_NOUNS = frozenset({"police"})


def _force_named(word: Token, res: Resolver) -> str | None:
    """"Police" (bare or "the police") after the text named one police body before: that
    body; none when it named two or none, or for police placed elsewhere ("police in X")."""
    if word.lemma_.lower() not in BARE_BODY_NOUNS or any(
            c.dep_ in {"poss", "compound", "amod", "prep"} for c in word.children):
        return None
    noun = word.lower_
    found = {e.key for e in res.table.entities if res.table.type_of(e.key) == "Organization"
             and noun in e.label.lower().split() and any(
                 b < word.i for b, _ in res.table.mention_spans.get(e.key, []))}
    return found.pop() if len(found) == 1 else None


def _definite_group(word: Token) -> bool:
    """"the group", "the militia", "the ministry": a definite description of a group."""
    return word.pos_ == "NOUN" and word.lemma_.lower() in GROUP_NOUNS and any(
        c.dep_ == "det" and c.lower_ in {"the", "this"} for c in word.children)


def described_group(word: Token, res: Resolver) -> str | None:
    """The organisation a description of a side stands for, when the text names one so:
    the noun ends its name ("the mutineers", "insurgents", "the coalition") or, for its
    fighters, the modifier does ("rebel troops", "army soldiers", "militia
    fighters"). Named before is preferred; else the one name the text gives later."""
    if word.pos_ not in {"NOUN", "PROPN"} or word.ent_type_:
        return None
    lemma = word.lemma_.lower()
    found = None
    if lemma in FIGHTER_NOUNS or (lemma in GROUP_NOUNS and lemma not in GENERIC_FORCES):
        found = _named_as(word, res) or _named_later(word, res)  # not any "X Forces"
    if found is None and lemma in _FIGHTER_OR_MEMBER:
        found = next((k for c in word.children if c.dep_ in {"compound", "amod"}
                      and c.pos_ in {"NOUN", "ADJ"}
                      and (k := _named_as(c, res) or _named_later(c, res)) is not None), None)
    if found is None:  # "the separatists" after "the rebels"
        found = fighters_named_otherwise(word, res, FIGHTER_NOUNS)
    return found if found is not None and res.table.type_of(found) == "Organization" else None


def _named_later(word: Token, res: Resolver) -> str | None:
    """The one organisation named after ``word`` whose name ends in its noun."""
    noun = word.lemma_.lower()
    found = {e.key for e in res.table.entities if res.table.type_of(e.key) == "Organization"
             and noun in {w for h in name_heads(e.label) for w in (h, h.rstrip("s"))}}
    return found.pop() if len(found) == 1 else None


def _named_as(word: Token, res: Resolver) -> str | None:
    """The group a description stands for when the text named it so before: its name ends
    in the noun ("the militia": Kelvar Militia) or the text called it that ("X, a rebel
    movement"); of several, the one named last. A guess by salience alone is no agent."""
    noun = word.lemma_.lower()
    best, best_at = None, -1
    for e in res.table.entities:
        heads = name_heads(e.label)
        if noun not in heads | {h.rstrip("s") for h in heads} and (
                noun not in res.table.descriptors.get(e.key, set())):
            continue
        seen = [s for s, _ in res.table.mention_spans.get(e.key, []) if s < word.i]
        if seen and max(seen) > best_at:
            best, best_at = e.key, max(seen)
    return best


#: Words after the head noun of a name of the form "Council for Democracy", "Union of
#: Farmers", "Front for the Liberation of Y".
_NAME_LINKS = frozenset({"for", "of"})


def name_heads(label: str) -> set[str]:
    """The nouns a name's bearer goes by: its last word, and the word before its first
    "for" or "of" ("Lunet Council for Justice": council, justice)."""
    words = label.lower().split()
    heads = {words[-1]} if words else set()
    link = next((n for n, w in enumerate(words) if n > 0 and w in _NAME_LINKS), None)
    if link is not None:
        heads.add(words[link - 1])
    return heads


def _near_group(word: Token, res: Resolver) -> str | None:
    """"the group": a noun any organisation goes by means the one the text just named
    (this sentence or the one before)."""
    if word.lemma_.lower() not in GENERIC_GROUP_NOUNS:
        return None
    key = res.entity_of(word)
    if key is None or res.table.type_of(key) != "Organization":
        return None
    here = res.sentence_of(word)
    near = any(0 <= here - res.sentence_of(word.doc[b]) <= 1
               for b, _ in res.table.mention_spans.get(key, []) if b < word.i)
    return key if near else None


def _conjuncts(token: Token) -> list[Token]:
    """``token`` and the nouns coordinated with it ("X, Y and Z")."""
    out = [token]
    for t in out:
        if len(out) > _CONJ_LIMIT:
            break
        out.extend(c for c in t.children
                   if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN", "PRON"})
    return out


def _add_child(ev: EventDraft, child: Token, lemma: str, res: Resolver) -> None:
    dep = child.dep_
    if dep == "amod" and not ev.agents and (key := _group_adjective(child, res)) is not None:
        ev.agents.append(key)  # "a rebel attack", "the military operation"
    elif dep == "prep" and not ev.agents and (key := _judging_court(child, lemma, res)):
        ev.agents.append(key)  # "was convicted in the Tallen District Court"
    elif dep in {"dobj", "poss", "compound", "nmod"}:
        for word in _conjuncts(child) if dep == "dobj" else [child]:
            _add_object(ev, word, dep, res)
    elif _name_read_as_clause(child, res):
        _add_object(ev, child, "dobj", res)  # "sentenced former minister X": X, parsed ccomp
    elif dep == "prep" and child.lower_ in {"out", "away"}:
        for inner in child.children:  # "out of X", "away from X": a complex preposition
            if inner.dep_ == "prep":
                _add_child(ev, inner, lemma, res)
    elif dep in {"advmod", "prt"} and child.lower_ in DIRECTION_ADVERBS:
        for inner in child.children:  # "pushed the rebels back from X": the parser hangs
            if inner.dep_ == "prep":  # the place phrase on the adverb
                _add_child(ev, inner, lemma, res)
    elif dep in {"prep", "agent"} and child.lower_ in _ARG_PREPS_OR_BY:
        for pobj in child.children:
            if pobj.dep_ != "pobj":
                continue
            for word in _conjuncts(pobj):
                _add_prep_object(ev, child.lower_, word, lemma, res)


def _name_read_as_clause(child: Token, res: Resolver) -> bool:
    """"A court sentenced former interior minister Tomas Varn to twelve years": a person's
    name after a title that the parser hangs on the verb as a clause of its own (ccomp),
    with no subject or auxiliary of its own: the verb's object."""
    return clause_like_name(child) and res.table.type_of(res.table.at(child)) == "Person"


def clause_like_name(child: Token) -> bool:
    """A name the parser hangs on a verb as a clause with no subject or auxiliary of its
    own (a misparse of an object after a title)."""
    return child.dep_ in {"ccomp", "xcomp", "oprd"} and child.pos_ == "PROPN" and not any(
        c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "mark"} for c in child.children)


#: Verbs of a court's own judgement ("convicted", "sentenced", "acquitted", "jailed").
JUDGING_VERBS = frozenset({"convict", "sentence", "acquit", "jail", "imprison", "clear",
                           "fine"})
#: Words that end the name of a court ("the Tallen District Court", "the Orrin Tribunal").
COURT_WORDS = frozenset({"court", "tribunal"})


def _judging_court(prep: Token, lemma: str, res: Resolver) -> str | None:
    """"Y was convicted in the Tallen District Court", "sentenced at the Orrin High Court",
    "acquitted before the Kelvar Tribunal": the court a judgement is given in gives it; not
    a court one is charged or tried in (prosecutors do that), nor a town."""
    if prep.lower_ not in {"in", "at", "before"} or lemma not in JUDGING_VERBS:
        return None
    for pobj in (c for c in prep.children if c.dep_ == "pobj"):
        key = res.entity_of(pobj, allow_pronoun=False, descriptions=False)
        entity = res.entities.get(key) if key is not None else None
        label = entity.label if entity is not None else ""
        if key is not None and res.table.type_of(key) == "Organization" and (
                COURT_WORDS & set(label.lower().split())):
            return key
    return None


#: Words for a side the parser reads as adjectives before an event noun ("a rebel attack",
#: "a militant raid", "the military operation", "a separatist offensive").
GROUP_ADJECTIVES = FIGHTER_NOUNS | {"military", "army", "police", "junta", "militia",
                                   "government"}


def _group_adjective(word: Token, res: Resolver) -> str | None:
    """"The rebels denied it. A rebel attack killed six": an event noun's adjective for a
    side is the one organisation the text names so ("rebels", "the military"); none when
    the text names no such organisation, or several."""
    if word.pos_ != "ADJ" or word.lower_ not in GROUP_ADJECTIVES or word.head.pos_ != "NOUN":
        return None
    names = {word.lower_, word.lower_ + "s"}
    found = {e.key for e in res.table.entities if res.table.type_of(e.key) == "Organization"
             and e.label.lower().removeprefix("the ") in names}
    return found.pop() if len(found) == 1 else None


#: Adverbs of direction the parser hangs a verb's place phrase on ("pushed back from X",
#: "fell back to X", "moved further into X").
DIRECTION_ADVERBS = frozenset({"back", "away", "off", "further", "farther", "deeper", "down",
                               "up", "out", "forward", "onward", "onwards", "inland"})


#: Verbs whose subject undergoes the justice event they carry ("went on trial", "faces
#: charges", "stood trial"), unlike "launched an investigation".
UNDERGOING_HOSTS = frozenset({"go", "face", "stand", "undergo", "await"})
#: Event nouns whose possessor undergoes them ("Olsen's arrest", "Moreno's appointment"),
#: unless an "of" phrase names who does ("the police's arrest of Olsen").
UNDERGONE_NOUNS = frozenset({"arrest", "detention", "conviction", "trial", "sentencing",
                             "acquittal", "indictment", "prosecution", "extradition",
                             "release", "death", "killing", "murder", "assassination",
                             "execution", "kidnapping", "abduction", "injury", "appointment",
                             "dismissal", "sacking", "ouster", "nomination", "election",
                             "reelection", "re-election", "inauguration", "deportation",
                             "expulsion", "impeachment", "pardon", "jailing"})


def _undergone(noun: Token) -> bool:
    return noun.lemma_.lower() in UNDERGONE_NOUNS and not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def _add_object(ev: EventDraft, word: Token, dep: str, res: Resolver) -> None:
    bound = _bound_possessor(word) if dep == "poss" else None
    if bound is not None:  # "troops stepped up their bombardment": theirs is the subject's
        key = res.entity_of(bound, descriptions=False) or _entity_within(bound, res,
                                                                         AGENT_TYPES)
        if key is None and (key := _forces_of(bound, res)) is not None:
            ev.agents.append(key)  # "Veskan troops stepped up their shelling": Veska's
            ev.acting_places.append(key)
            return
        key = key or described_group(bound, res)
    else:
        key = res.entity_of(word, allow_pronoun=dep == "poss", descriptions=False) or (
            _entity_within(word, res) if dep == "dobj" else None)
    if key is None and dep == "compound" and not ev.agents:
        key = described_group(word, res)  # "a coalition offensive": the coalition's
    if key is None:
        return
    etype = res.table.type_of(key)
    if etype == "Place" and dep == "dobj" and word.lemma_.lower() in _FORCE_OR_MEMBER:
        ev.participants.append(key)  # "repelled Veska's troops": a side, not a place
    elif etype == "Place" and dep == "poss" and _acted_on_elsewhere(word.head):
        ev.agents.append(key)  # "Veska's invasion of Orrin": Veska acts, Orrin is the place
        ev.acting_places.append(key)
    elif etype == "Place":
        ev.places.append(key)
    elif dep in {"poss", "compound"} and not ev.agents and not _undergone(word.head):
        ev.agents.append(key)
    else:
        ev.participants.append(key)
        if dep == "dobj" and etype in AGENT_TYPES:
            ev.places.extend(_places_of(word, res))


def _add_prep_object(ev: EventDraft, prep: str, pobj: Token, lemma: str,
                     res: Resolver) -> None:
    key = res.entity_of(pobj, allow_pronoun=False, descriptions=False) or _entity_within(
        pobj, res, preps=TARGET_PREPS if prep == "by" else frozenset())
    if key is None and prep == "by" and (key := _forces_of(pobj, res)) is not None:
        ev.agents.append(key)  # "shelled by Veskan forces"
        ev.acting_places.append(key)
        return
    if key is None and (prep == "by" or (prep == "to" and lemma in _PATIENT_OR_LOST_TO)):
        key = described_group(pobj, res)  # "was lost to the rebels", "seized by militants"
    if key is None:
        return
    etype = res.table.type_of(key)
    if etype != "Place" and prep in PLACE_PREPS and _called_a_place(pobj, key, res):
        etype = "Place"  # "clashed in the main square of Kelvar": Kelvar is where
    if etype == "Place" and (inner := _located_site(pobj, key, res)) is not None:
        ev.places.append(inner)  # "a strike at the Harrow Foods plant in Tesk": Tesk
    elif etype == "Place":
        ev.places.append(key)
    elif prep == "by" or (prep == "to" and lemma in _PATIENT_OR_LOST_TO):
        ev.agents.append(key)
    else:
        ev.participants.append(key)


def _called_a_place(pobj: Token, key: str, res: Resolver) -> bool:
    """Whether the text calls the name it found in a place phrase a place ("in the Tesk
    district", "in the main square of Kelvar"), whatever the tagger typed it."""
    return any(res.table.at(t) == key and named_as_place(t)
               for t in list(pobj.subtree)[:_SUBTREE_LIMIT])


def _located_site(noun: Token, key: str, res: Resolver) -> str | None:
    """The place a common noun's own place phrase names ("the Harrow Foods plant in Tesk",
    "a branch of Vantage Bank near Orrin"), when the place read for it came from a name
    before the noun: a place phrase says where, a name before a site only whose it may
    be."""
    if noun.pos_ != "NOUN" or res.table.at(noun) == key:
        return None
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in PLACE_PREPS:
            for p in c.children:
                inner = res.table.at(p) if p.dep_ == "pobj" else None
                if inner is not None and inner != key and res.table.type_of(inner) == "Place":
                    return inner
    return None


def _acted_on_elsewhere(noun: Token) -> bool:
    """Whether an event noun of acting names what it acts on ("invasion of X", "offensive
    in X", "strikes on X"), so that its possessor is the one acting, not the place."""
    if EVENT_TRIGGERS.get(noun.lemma_.lower()) not in CAMPAIGN_CLASSES or (
            noun.lemma_.lower() in PATIENT_SUBJECT):
        return False
    return any(c.dep_ == "prep" and c.lower_ in {"of", "in", "on", "against", "into", "across"}
               and any(p.dep_ == "pobj" for p in c.children) for c in noun.children)


def bound_possessor(poss: Token) -> Token | None:
    """Public name of ``_bound_possessor``, for the readings of agents elsewhere."""
    return _bound_possessor(poss)


def _bound_possessor(poss: Token) -> Token | None:
    """The subject a possessive pronoun on an event noun refers to when that noun is its
    clause's object ("X stepped up its attacks", "they renewed their offensive")."""
    if poss.pos_ != "PRON" or poss.lower_ not in {"its", "their", "his", "her"}:
        return None
    noun = poss.head
    if noun.dep_ != "dobj":
        return None
    return next((c for c in noun.head.children if c.dep_ == "nsubj"), None)


def _places_of(word: Token, res: Resolver) -> list[str]:
    """Places in a place phrase on a person, group or noun ("met X in Y", "a court in Y",
    "met the envoy X in Y")."""
    out = []
    for prep in _with_appositions(word):
        if prep.dep_ != "prep" or prep.lower_ not in PLACE_PREPS:
            continue
        for pobj in prep.children:
            key = res.entity_of(pobj, allow_pronoun=False, descriptions=False)
            if pobj.dep_ == "pobj" and key and res.table.type_of(key) == "Place":
                out.append(key)
    return out


def _with_appositions(word: Token) -> list[Token]:
    """Children of ``word`` and of the names in apposition to it."""
    out = list(word.children)
    out.extend(c for a in word.children if a.dep_ == "appos" for c in a.children)
    return out


#: Prepositions of a doer's phrase that name what is acted on ("a raid by police on the
#: offices of X": X is the target, not the doer).
TARGET_PREPS = frozenset({"on", "against", "upon", "at", "into", "over"})


def _entity_within(token: Token, res: Resolver, types=frozenset({"Person", "Organization",
                                                                  "Place"}),
                   preps: frozenset[str] = frozenset(), *, alone: bool = False) -> str | None:
    """First entity of ``types`` inside a short noun phrase ("dozens of vehicles loaded
    with X" -> X); never through a clause or a place phrase ("a judge in Kelvar",
    "workers at the Kelvar mine": the workplace is where, not who), nor through
    ``preps``, nor through a backer's participle ("troops backed by Veskan jets": the
    troops are not Veska's). ``alone``: nor through the nouns coordinated with it, which
    the caller reads apart ("Veskan troops and Kavar Front rebels": the troops are not
    the Front)."""
    words = [t for t in token.subtree if t.i >= token.i or _modifies(t, token)]
    clauses = _CLAUSE_OR_CONJ if alone else _CLAUSE_DEPS
    doers = None
    for t in words[:_SUBTREE_LIMIT]:
        if _under(t, token, clauses, _PLACE_PREPS_OR_AT | preps) or _backing(t, token):
            continue
        key = res.table.at(t)
        if key is not None and res.table.type_of(key) in types:
            if doers is None:  # "the Veska-appointed governor" is not Veska
                doers = {res.table.at(w) for w in hyphen_doers_on(token)}
            if key not in doers:
                return key
    return None


#: Clauses an entity inside a noun phrase is not the phrase's own through.
_CLAUSE_DEPS = frozenset({"relcl", "ccomp", "advcl"})
_CLAUSE_OR_CONJ = _CLAUSE_DEPS | {"conj"}
#: Participles of backing: the one in their "by" phrase stands behind the noun, and is
#: not what it names ("forces backed by Veska", "militias supported by X").
BACKING_VERBS = frozenset({"back", "support", "sponsor", "arm", "fund", "finance", "ally",
                           "assist", "aid"})


def _backing(t: Token, top: Token) -> bool:
    """Whether ``t`` is inside a participle of backing that modifies ``top`` or a word of
    its phrase ("government forces backed by Veskan jets")."""
    while t.i != top.i and t.head.i != t.i:
        if t.dep_ == "acl" and t.lemma_.lower() in BACKING_VERBS:
            return True
        t = t.head
    return False


def _modifies(t: Token, head: Token) -> bool:
    """Whether a word left of ``head`` is part of its pre-modifiers ("Northern Legion
    commander"), not something else the parser hung there (a dateline, an adverb)."""
    while t.i != head.i and t.head.i != t.i:
        if t.dep_ not in {"compound", "amod", "poss", "nmod", "case", "det", "flat"}:
            return False
        t = t.head
    return t.i == head.i


def _under(t: Token, top: Token, clause_deps: set[str], preps) -> bool:
    while t.i != top.i and t.head.i != t.i:
        if t.dep_ in clause_deps or (t.dep_ == "prep" and t.lower_ in preps):
            return True
        t = t.head
    return False


def _weapon_object(token: Token) -> bool:
    """"fired rockets", "a missile hit the school": a weapon fired or striking."""
    return any(c.dep_ in {"dobj", "nsubj"} and c.lemma_.lower() in WEAPON_NOUNS
               for c in token.children)


def _date(token: Token, dms: list[DateMention]) -> DateMention | None:
    """The date of the nearest word above the trigger that has one: the trigger's own, else
    its clause's ("reported deadly clashes on Tuesday", "late on Friday released a
    statement claiming to have taken over"). A clock time alone ("around 10 a.m.") names no
    day, so the search goes on past it; it stops at a relative clause, a word set apart in
    time ("after the vote"), a past perfect complement ("said on Monday X had fled") and a
    deed one is judged or blamed for ("sentenced on Monday for ordering the killing")."""
    found = _date_of_circumstance(token, dms)
    if found is not None:
        return found
    t = token
    for _ in range(_DATE_CLIMB):
        found = counted_from(_not_the_saying(attached(dms, t), t, dms), t)
        if found is not None and found.value is None and t.pos_ == "NOUN" and (
                t.left_edge.i <= found.start and found.end <= t.right_edge.i + 1):
            found = None  # "a three-day strike", "the protest, the largest in a decade": no time
        if found is not None and found.value is None and t.dep_ == "advcl" and (
                _shift_sign(t) is not None):
            return _shifted_date(t, dms)  # "two days after": the count is no date
        if found is not None and found.value is None and _count_apart(found, t.doc):
            return _date_of_company(t, dms)  # "arrested him minutes before he flew on Sunday"
        if found is not None and (since := _onset(found, t.doc)) is not None:
            return since
        if found is not None and (found.value is not None or not _clock(found, t.doc)):
            return found
        if (found := _conjunct_date(t, dms) or _date_of_company(t, dms)) is not None:
            return found
        if t.dep_ == "relcl":
            return _when_date(t, dms) or deed_of_day(t, dms) or _where_date(t, dms)
        if t.dep_ == "advcl" and _shift_sign(t) is not None:
            return _shifted_date(t, dms)
        if t.head.i == t.i or t.dep_ in {"parataxis", "appos"} or _apart(t) or _said_ahead(t):
            return None
        if _charged_object(t) is not None:
            return None  # "sentenced X on Monday for ordering the killing": not that Monday
        t = t.head
    return None


def _said_ahead(clause: Token) -> bool:
    """"said on Friday they would hold talks", "announced on Monday it will close the
    plant", "warned on Sunday that fighting could resume": a deed to come or one that may
    come, told in what was said, has no day of its own; the day of the saying is not its
    day."""
    return clause.dep_ == "ccomp" and clause.head.lemma_.lower() in REPORTING_VERBS and any(
        c.dep_ == "aux" and c.lower_ in _FUTURE_OR_POSSIBLE
        for c in clause.children)


def _not_the_saying(found: DateMention | None, verb: Token,
                    dms: list[DateMention]) -> DateMention | None:
    """"The firm said on Monday it would close the plant in June": a date between the
    reporting verb and the subject of what was said is when it was said, even where the
    parser hangs it on the deed to come; the deed keeps only its own date. A deed done
    keeps its own date too ("said on Friday they had taken X on Thursday"), else the day
    it was told on."""
    if found is None or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in (
            REPORTING_VERBS):
        return found
    subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subj is None or not verb.head.i < found.start < subj.left_edge.i:
        return found
    own = attached([m for m in dms if m is not found], verb)
    if any(c.dep_ == "aux" and c.lower_ in _FUTURE_OR_WOULD
           for c in verb.children):
        return own
    return own or found  # "said on Friday they had taken X on Thursday": the deed's own day


def _conjunct_date(verb: Token, dms: list[DateMention]) -> DateMention | None:
    """"seized the station and declared a coup Tuesday": a past verb with no date of its own
    shares the date of the verb coordinated after it, when that one has no subject of its
    own (one doer, one account); a passive ("was born ... and died") shares nothing."""
    if verb.tag_ != "VBD" or any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return None
    for conj in verb.children:
        if conj.dep_ != "conj" or conj.pos_ != "VERB" or conj.tag_ not in {"VBD", "VBN"}:
            continue
        if any(c.dep_ in SUBJECT_DEPS or c.dep_ in {"aux", "auxpass"} for c in conj.children):
            continue
        found = attached(dms, conj)
        if found is not None and found.value is not None:
            return found
    return None


def _date_of_company(verb: Token, dms: list[DateMention]) -> DateMention | None:
    """A verb with no date of its own, dated by what goes with it: "were killed when rebels
    attacked the depot on Sunday" (a when-clause), "hours after rebels seized the depot on
    Sunday, the army shelled it" (a clause hours apart), "Sunday's attack killed six" (a
    dated subject)."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    for c in verb.children:
        when = c.dep_ == "advcl" and any(w.dep_ == "advmod" and w.lower_ == "when"
                                         for w in c.children)
        apart = _hours_apart(c)
        if when or apart is not None or c.dep_ in {"nsubj", "nsubjpass"}:
            found = attached(dms, apart or c)
            if found is not None and found.value is not None:
                return found
    return None


#: Words that keep a clause set apart in time on its day ("hours after", "minutes before",
#: "shortly after"); not "days", "weeks" nor "soon", which may cross into another day.
SAME_DAY_APART = SAME_DAY_UNITS | {"moment", "moments", "shortly"}


def _count_apart(m: DateMention, doc: Doc) -> bool:
    """Whether a date mention is a count of hours right before "after"/"before" ("minutes
    before he boarded"), not a length ("within 48 hours")."""
    return doc[m.end - 1].lower_ in SAME_DAY_APART and m.end < len(doc) and (
        doc[m.end].lower_ in SHIFT_MARKS)


def _hours_apart(word: Token) -> Token | None:
    """"Hours after rebels seized the depot on Sunday, the army shelled it", "the army
    withdrew minutes before the rebels attacked on Sunday": the after/before clause, set a
    few hours apart from the verb ``word`` hangs on, that happens on the verb's day; the
    parser hangs it on the verb or on the count ("Moments after ... , X marched")."""
    if word.dep_ == "npadvmod" and word.lower_ in SAME_DAY_APART:
        return next((c for c in word.children
                     if c.dep_ == "advcl" and _shift_sign(c) is not None), None)
    if word.dep_ == "advcl" and _shift_sign(word) is not None and any(
            c.dep_ in {"npadvmod", "advmod", "dep"} and c.lower_ in SAME_DAY_APART
            for c in [*word.children, *(c for c in word.head.children if c.i < word.i)]):
        return word  # the count on the clause, or on the verb before it ("minutes before")
    return None


#: Clause marks that set a clause apart in time from the one it hangs on: -1 before it.
SHIFT_MARKS = {"after": -1, "before": 1}
#: Units that count a shift in days ("a day after", "two weeks after", "hours before":
#: the same day).
SHIFT_DAYS = {"day": 1, "days": 1, "week": 7, "weeks": 7, "hour": 0, "hours": 0,
              "minute": 0, "minutes": 0}


def _shift_sign(clause: Token) -> int | None:
    return next((SHIFT_MARKS[c.lower_] for c in clause.children
                 if c.dep_ == "mark" and c.lower_ in SHIFT_MARKS), None)


def _shifted_date(clause: Token, dms: list[DateMention]) -> DateMention | None:
    """"came on March 2, a day after the president fled": a clause a counted number of days
    before or after a dated one is that many days off its day; uncounted ("after the
    president fled"), it has no date."""
    unit = next((c for c in clause.children if c.dep_ == "npadvmod"
                 and c.lower_ in SHIFT_DAYS), None)
    if unit is None:
        return None
    count = count_of(unit) if SHIFT_DAYS[unit.lower_] else 0
    if count is None:
        return None
    anchor = _date(clause.head, dms) or _antecedent_date(clause.head, dms)
    if anchor is None or anchor.value is None or anchor.value.datatype != "date":
        return None
    day = dt.date.fromisoformat(anchor.value.value) + dt.timedelta(
        days=count * SHIFT_DAYS[unit.lower_] * _shift_sign(clause))
    value = DateValue(day.isoformat(), "date", clause.doc[unit.left_edge.i:unit.i + 2].text)
    return replace(anchor, value=value, upcoming=None)


def _antecedent_date(verb: Token, dms: list[DateMention]) -> DateMention | None:
    """"the capture of Orrin on Sunday, which came a day after ...": a relative clause whose
    subject is the relative pronoun happens when its antecedent does."""
    if not which_clause(verb):
        return None
    found = naming(dms, verb.head) or attached(dms, verb.head)  # "on Sunday, which came"
    return found if found is not None and found.value is not None else None


def _when_date(clause: Token, dms: list[DateMention]) -> DateMention | None:
    """"since March 3, when the militias launched an offensive": a when-clause on a date
    is at that date, read from its own words (the offensive is on March 3, not since)."""
    if not any(c.dep_ == "advmod" and c.lower_ == "when" for c in clause.children):
        return None
    m = naming(dms, clause.head)
    if m is None or m.bare is None:
        return None
    return replace(m, value=m.bare, upcoming=None)


def _where_date(clause: Token, dms: list[DateMention]) -> DateMention | None:
    """"visited X on Monday, where she met the president", "flew to X on Sunday, where
    he held talks": a where-clause in the simple past on the place a dated deed went to
    or happened in tells what was done there then; it has that deed's day (not "where
    troops have held out for months", "where police had fired": another time)."""
    if clause.tag_ != "VBD" or any(c.dep_ in {"aux", "auxpass"} for c in clause.children) \
            or not any(c.dep_ == "advmod" and c.lower_ == "where" for c in clause.children):
        return None
    place = clause.head
    verb = place.head.head if place.dep_ == "pobj" else place.head
    if place.dep_ not in {"pobj", "dobj"} or verb.tag_ != "VBD":
        return None
    found = attached(dms, verb)
    if found is None or found.value is None or found.value.datatype != "date":
        return None
    return found


def _onset(m: DateMention, doc: Doc) -> DateMention | None:
    """"has held Orrin since March 3", "protests have gone on since Monday": what has gone
    on since a day is dated by the day it began, the most precise value the text gives it
    (a statement "since" is not: the saying is not at the onset)."""
    if m.value is not None or m.bare is None or m.start == 0:
        return None
    since = doc[m.start - 1] if doc[m.start - 1].lower_ == "since" else doc[m.start]
    if since.lower_ != "since" or record_since(since):
        return None
    return replace(m, value=m.bare, upcoming=None)


#: Words that make "since" measure a record, not an onset ("the first time since 2015").
RECORD_WORDS = frozenset({"first", "last", "time", "only"})


def record_since(since: Token) -> bool:
    """"The deadliest attack since 2019", "for the first time since 2015", "the worst
    fighting since May", "the first since the truce": "since" on a superlative or on
    "first"/"time" sets the bound of a record; nothing began then, so it dates nothing."""
    head = since.head
    return head.tag_ in {"JJS", "RBS"} or head.lower_ in RECORD_WORDS or any(
        c.dep_ in {"amod", "advmod"} and (c.tag_ in {"JJS", "RBS"} or c.lower_ in RECORD_WORDS)
        for c in head.children)


#: Verbs of a relative or participial clause on an event noun that tell when it took
#: place ("the trial, which opened on Monday", "talks held on Friday").
_TAKING_PLACE_VERBS = OCCURRENCE_VERBS | {"open", "hold", "stage", "conduct", "carry", "end",
                                          "commit", "perpetrate",
                                          "take", "break", "launch", "finish", "conclude"}


def _date_of_own_clause(noun: Token, dms: list[DateMention]) -> DateMention | None:
    """"the trial, which began on Monday, was adjourned", "the talks, held in Lunet on
    Friday", "a strike that started last week": an event noun's own clause of taking place
    dates it (not "the plant, which opened in 1990, closed": an opening is no telling of
    the closing; the noun must be the event the clause is about)."""
    if noun.pos_ != "NOUN":
        return None
    for c in noun.children:
        if c.dep_ not in {"relcl", "acl"} or c.pos_ != "VERB" or (
                c.lemma_.lower() not in _TAKING_PLACE_VERBS):
            continue
        if c.lemma_.lower() == "take" and not any(
                p.lemma_.lower() == "place" for p in c.children if p.dep_ == "dobj"):
            continue  # "took place" only
        if c.lemma_.lower() == "break" and not any(p.lower_ == "out" for p in c.children):
            continue  # "broke out" only
        found = attached(dms, c)
        if found is not None and found.value is not None:
            return found
    return None


def _date_of_circumstance(token: Token, dms: list[DateMention]) -> DateMention | None:
    """"detained X in early morning raids": a verb done in or during a dated event noun
    has its date, when it has none of its own."""
    if token.pos_ != "VERB" or attached(dms, token) is not None:
        return None
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ in {"in", "during"}:
            for noun in prep.children:
                found = attached(dms, noun) if noun.dep_ == "pobj" else None
                if found is not None and found.value is not None:
                    return found
    return None


def _clock(m: DateMention, doc: Doc) -> bool:
    return doc[m.start].ent_type_ == "TIME"


def _apart(t: Token) -> bool:
    if t.dep_ == "pobj" and t.head.lower_ in TIME_PREPS:
        return True
    return t.dep_ == "ccomp" and any(c.dep_ == "aux" and c.lower_ == "had" for c in t.children)


def _clock_only(token: Token, dms: list[DateMention]) -> bool:
    """Whether the trigger's only time is a clock time ("took the camp around 10 a.m."):
    the day is the one it is told on."""
    found = attached(dms, token)
    return found is not None and found.value is None and _clock(found, token.doc)


def factuality(token: Token) -> str:
    """Denied under negation, Possible under a modal or condition, Future for will/plans to."""
    children = list(token.children)
    if any(c.dep_ == "neg" for c in children):
        return "Denied"
    if _asked(token):
        return "Possible"  # "Did the army seize the bridge?": asked, not told
    for c in children:
        if c.dep_ == "aux" and c.lower_ in FUTURE_MARKERS:
            return "Future"
        if c.dep_ == "aux" and c.lower_ in POSSIBLE_MODALS:
            return "Possible"
        if c.dep_ == "mark" and c.lower_ in {"if", "unless"}:
            return "Possible"
    head = token.head
    if token.dep_ in SUBJECT_DEPS and any(c.dep_ == "mark" and c.lower_ in {"if", "unless"}
                                          for c in head.children):
        return "Possible"  # "if talks fail": the subject of a condition
    if token.dep_ == "acl" and head.lemma_.lower() in INTENT_NOUNS:
        return "Denied" if any(c.lower_ in {"no", "never"} for c in head.children) else "Future"
    if effort_infinitive(token):
        return "Future"  # "an offensive to retake X", "the battle to seize X": striven for
    if token.dep_ == "conj" and head.pos_ == "VERB" and not any(
            c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass", "neg"} for c in children):
        return factuality(head)  # "no plans to close stores or cut jobs": both
    if token.dep_ in {"xcomp", "pcomp"} and _thwarted(head):
        return "Denied"  # "failed to capture X", "was unable to enter X", "refused to pay"
    if token.dep_ in {"pcomp", "pobj"} and head.lower_ == "without":
        return "Denied"  # "entered the town without firing a shot", "without a fight"
    if token.dep_ == "xcomp" and head.lemma_.lower() in {"have", "be"} and any(
            c.dep_ == "advmod" and c.lower_ == "yet" for c in head.children):
        return "Denied"  # "the town has yet to be taken": not so far
    if token.dep_ in {"xcomp", "advcl"} and verb_lemma(head) in INTENT_VERBS:
        return "Future"  # "tried to take X", "hopes to capture X" (the tagger's "hop")
    if token.pos_ == "NOUN" and _pursued(token):
        return "Future"  # "sought control of X", "vied for control of X": not had
    if token.dep_ in {"acl", "ccomp"} and head.lemma_.lower() in HEARSAY_NOUNS and any(
            c.dep_ == "mark" and c.lower_ == "that" for c in children):
        return "Claimed"
    return "Asserted"


#: Verbs and nouns of striving whose object, or "for" phrase, is not had yet ("sought
#: control of X", "vied for control of X", "the battle for control of X").
PURSUIT_WORDS = frozenset({"seek", "want", "attempt", "demand", "vie", "fight", "battle",
                           "struggle", "compete", "jockey", "push", "bid", "scramble",
                           "race", "contest", "war", "tussle", "quest"})


def _pursued(noun: Token) -> bool:
    """"sought control", "fighting for control", "the battle for control": a state striven
    for (not "won the battle for control", said of the victor, which stays had)."""
    head = noun.head
    if noun.dep_ == "dobj":
        return head.lemma_.lower() in PURSUIT_WORDS - {"fight", "battle", "war", "contest"}
    if noun.dep_ == "pobj" and head.lower_ == "for":
        striver = head.head
        return striver.lemma_.lower() in PURSUIT_WORDS and not (
            striver.dep_ == "dobj" and striver.head.lemma_.lower() in {"win", "lose"})
    return False


#: Nouns of intent whose infinitive is yet to come ("plans to close", "no intention to
#: sell": none at all).
INTENT_NOUNS = frozenset({"plan", "intention", "intent", "desire", "wish", "ambition",
                          "proposal", "aim", "pledge", "promise", "decision", "attempt",
                          "bid", "effort"})  # "a bid to retake X": tried, not had


#: Verbs and adjectives whose infinitive or gerund did not happen ("failed to capture X",
#: "refused to pay", "was unable to enter", "avoided meeting", "denied laying off").
THWARTING_WORDS = frozenset({"fail", "refuse", "decline", "unable", "avoid", "deny",
                             "reject", "neglect", "omit", "forbid", "prevent", "stop",
                             "fear", "abandon"})


def _thwarted(head: Token) -> bool:
    """Whether the word above an infinitive or gerund says it did not happen."""
    word = head.head if head.dep_ == "prep" else head  # "stopped from entering"
    return word.lemma_.lower() in THWARTING_WORDS and word.pos_ in {"VERB", "ADJ", "AUX"}


_QUESTION_CLIMB = 4


def _asked(token: Token) -> bool:
    """Whether the trigger's clause is a direct question ("Did X seize Y?", "Will the
    court free him?"): its main clause opens with an auxiliary and ends in "?"."""
    t = token
    for _ in range(_QUESTION_CLIMB):
        if t.head.i == t.i or t.dep_ in {"ccomp", "advcl", "relcl", "parataxis"}:
            break
        t = t.head
    if t.right_edge.i + 1 < len(t.doc) and t.doc[t.right_edge.i + 1].text == "?":
        end = t.doc[t.right_edge.i + 1]
    else:
        end = t.right_edge
    return end.text == "?" and t.left_edge.pos_ == "AUX" and any(
        c.dep_ in {"aux", "auxpass"} and c.i == t.left_edge.i for c in t.children)


def _trigger_chars(token: Token, words: str) -> tuple[int, int]:
    """Characters of the trigger: the word, or the word and the next ("stepped down"), or
    the words of a hyphenated noun that end at it ("cease-fire")."""
    end = token.idx + len(token.text)
    start = token.idx - len(words) + len(token.text)
    if words != token.text and start >= 0 and text_of(token.doc)[start:end] == words:
        return start, end  # "cease-fire": the words end at the trigger's token
    if words != token.text and token.i + 1 < len(token.doc):
        nxt = token.doc[token.i + 1]
        if token.text_with_ws + nxt.text == words:
            end = nxt.idx + len(nxt.text)
    return token.idx, end


def _sentence_chars(sent: Span) -> tuple[int, int]:
    """The sentence's characters without surrounding white space."""
    text = text_of(sent.doc)[sent.start_char:sent.end_char]  # ``Span.text`` joins its tokens
    return (sent.start_char + len(text) - len(text.lstrip()),
            sent.end_char - len(text) + len(text.rstrip()))


#: Unions of the word lists above that tests read, made once (``A | B`` in a test
#: builds a new set at every call).
_PLACE_PREPS_OR_AT = PLACE_PREPS | {"at"}
_ARG_PREPS_OR_BY = ARG_PREPS | {"by"}
_FUTURE_OR_POSSIBLE = FUTURE_MARKERS | POSSIBLE_MODALS | {"'d"}
_PATIENT_OR_LOST_TO = PATIENT_SUBJECT | LOST_TO
_FORCE_OR_MEMBER = FORCE_NOUNS | MEMBER_NOUNS
_BODIES_OR_POSTS = JOINED_BODIES - {"office"} | POST_NOUNS  # "left office": the post, not
# an office building left
_ROUNDED_OR_PEOPLE = ROUNDED_UP_NOUNS | PEOPLE_NOUNS | CASUALTY_NOUNS | CAPTIVE_NOUNS
_FIGHTER_OR_MEMBER = FIGHTER_NOUNS | MEMBER_NOUNS
_FUTURE_OR_WOULD = FUTURE_MARKERS | {"would", "'d"}
_FORCE_OR_PEOPLE = FORCE_NOUNS | PEOPLE_NOUNS | {
    "reinforcement", "reinforcements", "peacekeeper", "paratrooper", "marine", "commando",
    "observer", "monitor", "medic", "rescuer", "aid", "envoy", "delegation"}  # "sent
# reinforcements to the region", "dispatched observers"
