"""Which class a trigger with several senses has, read off what it is said of.

Some triggers name an event of one class or another, or none, by what undergoes or does
them: a government collapses (an act of government), a bank collapses (a business
failing), a roof collapses (no event of the contract); the release of a prisoner is
justice, the release of a product is business; a strike by nurses is a protest, a
strike by missiles an attack. Some need such a word to be an event at all ("closed its
plant", "a strike by drivers", "charged with price fixing"). The rules here read only
the trigger's own dependents and the small model's tags, so they hold in any domain.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.lexicon import PLACE_NOUNS

#: Nouns of a government or a state, whose collapse is an act of government.
GOVERNING_NOUNS = frozenset({"government", "coalition", "regime", "cabinet", "administration",
                             "parliament", "junta", "state", "monarchy", "republic", "empire",
                             "dynasty", "ceasefire", "truce", "federation", "union",
                             "country", "authority", "rule"})
#: Nouns of a firm, whose collapse is a business failing ("the lender collapsed").
FIRM_KIND_NOUNS = frozenset({"company", "firm", "bank", "lender", "airline", "carrier",
                             "retailer", "insurer", "startup", "conglomerate", "developer",
                             "manufacturer", "maker", "chain", "supplier", "operator",
                             "business", "exchange", "fund", "brokerage", "builder",
                             "franchise", "club", "group", "corporation", "subsidiary"})
#: People who strike or are released: anyone named by a noun of people at work or in
#: custody ("a strike by nurses", "the release of three detainees").
STRIKER_NOUNS = frozenset({"worker", "employee", "staff", "nurse", "doctor", "teacher",
                           "driver", "pilot", "miner", "docker", "dockworker", "porter",
                           "cleaner", "guard", "officer", "controller", "crew", "union",
                           "member", "farmer", "student", "lecturer", "professor", "journalist",
                           "actor", "writer", "musician", "player", "firefighter", "paramedic",
                           "surgeon", "midwife", "lawyer", "judge", "clerk", "civil",
                           "servant", "labourer", "laborer", "operator", "engineer",
                           "technician", "trucker", "baker", "postman", "prisoner",
                           "inmate", "detainee", "refugee", "taxi", "bus", "rail", "railway",
                           "port", "transport", "public", "sector", "health", "hospital",
                           "school", "factory", "plant", "mine", "airport"})
#: Modifiers that make "strike" a stoppage whatever follows ("a general strike").
STOPPAGE_WORDS = frozenset({"general", "national", "nationwide", "hunger", "indefinite",
                            "one-day", "two-day", "three-day", "24-hour", "48-hour",
                            "72-hour", "rolling", "wildcat", "sympathy", "warning",
                            "token", "countrywide", "statewide", "citywide", "rent"})
#: Verbs said of a stoppage, not of a blow: it begins, drags on and ends, and it shuts,
#: paralyses or disrupts ("the strike entered its third week", "a strike shut schools").
STOPPAGE_VERBS = frozenset({"begin", "start", "end", "enter", "continue", "last", "drag",
                            "paralyse", "paralyze", "cripple", "disrupt", "shut", "close",
                            "halt", "ground", "spread", "escalate", "resume", "finish"})
#: Places of business whose opening or closing is a business event ("closed its plant").
SITE_NOUNS = frozenset({"factory", "plant", "store", "shop", "branch", "office", "mill",
                        "mine", "hotel", "restaurant", "outlet", "warehouse", "refinery",
                        "smelter", "showroom", "studio", "clinic", "headquarters",
                        "subsidiary", "bank", "airline", "site", "centre", "center",
                        "division", "unit", "facility", "depot", "yard",
                        "shipyard", "bakery", "brewery", "pharmacy", "casino", "cinema"})
#: Words of custody and of people held, whose release is justice, not business.
CUSTODY_WORDS = frozenset({"prison", "jail", "gaol", "custody", "detention", "bail", "parole",
                           "captivity", "hostage", "prisoner", "detainee", "captive",
                           "inmate", "suspect", "activist", "journalist", "dissident",
                           "protester", "opposition", "leader", "soldier", "sailor", "crew",
                           "man", "woman", "men", "women", "child", "people", "person"})
#: Crimes one may be charged with beside the plain nouns of crime: gerunds of wrongs
#: ("price fixing", "insider trading", "drink driving") are read by their form.
MORE_CRIMES = frozenset({"abuse", "harassment", "obstruction", "forgery", "possession",
                         "manipulation", "misappropriation", "falsification", "graft",
                         "racketeering", "defamation", "libel", "slander", "incitement",
                         "vandalism", "looting", "hacking", "poaching", "violation", "breach",
                         "fraud", "murder", "theft", "bribery", "corruption", "assault",
                         "embezzlement", "manslaughter", "homicide", "rape", "robbery",
                         "kidnapping", "smuggling", "trafficking", "extortion", "sedition",
                         "espionage", "misconduct", "perjury", "arson", "burglary",
                         "laundering", "conspiracy", "evasion", "contempt", "terrorism",
                         "treason", "negligence", "offence", "offense", "crime", "count",
                         "charge", "felony", "misdemeanour", "misdemeanor", "cruelty",
                         "stalking", "blackmail", "insider", "trading", "fixing",
                         "dumping", "driving", "speeding", "doping", "cheating"})
#: Verbs whose gerund, after "charged with", names a crime ("charged with stealing").
CRIME_VERBS = frozenset({"kill", "murder", "steal", "defraud", "embezzle", "possess",
                         "launder", "bribe", "smuggle", "obstruct", "assault", "rob", "rape",
                         "abuse", "harass", "threaten", "misuse", "falsify", "forge", "evade",
                         "traffic", "kidnap", "attack", "stab", "shoot", "conspire",
                         "defame", "incite", "loot", "hack", "poach", "violate", "breach",
                         "mislead", "deceive", "cheat", "dump", "fix", "import", "export",
                         "sell", "supply", "deal", "hide", "conceal", "destroy", "damage",
                         "injure", "endanger", "neglect", "aid", "abet", "plot", "plan",
                         "organise", "organize", "finance", "fund", "spy", "leak"})


def collapse_class(token: Token) -> str | None:
    """The class of "collapse" by what collapses: a government, a state or a truce is an
    act of government ("the coalition collapsed"), a firm a business failing ("the lender
    collapsed", "the collapse of Vantage Bank"), anything else none ("the roof collapsed",
    "talks collapsed", "prices collapsed"). Told nothing of what, the act of government
    stays."""
    what = _undergoer(token)
    if what is None:
        return "GovernanceEvent"
    lemma = what.lemma_.lower()
    if lemma in GOVERNING_NOUNS or what.ent_type_ in {"GPE", "NORP"}:
        return "GovernanceEvent"
    if lemma in FIRM_KIND_NOUNS or what.ent_type_ == "ORG":
        return "BusinessEvent"
    return None


def collapse_told(noun: Token) -> bool:
    """"the collapse of the coalition government", "the lender's collapse", "the airline
    collapsed": a collapse whose "of" phrase, possessor or subject says what fell (a
    government, a firm) is an event though no entity is named ("the collapse" alone,
    told nothing, needs a place or a party)."""
    return noun.lemma_.lower() == "collapse" and (
        _undergoer(noun) is not None and collapse_class(noun) is not None)


def _undergoer(token: Token) -> Token | None:
    """What a verb or noun of undergoing is said of: the verb's subject; the noun's "of"
    object or possessor ("the collapse of X", "X's collapse")."""
    if token.pos_ == "VERB":
        return next((c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    for c in token.children:
        if c.dep_ == "poss":
            return c
        if c.dep_ == "prep" and c.lower_ == "of":
            return next((p for p in c.children if p.dep_ == "pobj"), None)
    return None


def release_class(noun: Token, cls: str | None) -> str | None:
    """"the release of three detainees", "Olsen's release", "release from prison": a person
    set free is justice; "the release of the report" keeps the lexicon's class."""
    if noun.lemma_.lower() != "release":
        return cls
    for c in noun.children:
        if c.dep_ == "poss" and (c.ent_type_ == "PERSON" or c.lower_ in {"his", "her"}):
            return "JusticeEvent"
        if c.dep_ == "prep" and c.lower_ in {"of", "from"}:
            for p in c.children:
                if p.dep_ == "pobj" and (p.ent_type_ == "PERSON" or p.lemma_.lower() in (
                        CUSTODY_WORDS) or any(a.dep_ == "appos" and a.ent_type_ == "PERSON"
                                              for a in p.children)):
                    return "JusticeEvent"
    return cls


def people_at_work(word: Token) -> bool:
    """A noun for people who can down tools, or for their trade or workplace ("nurses",
    "dockworkers", "a rail strike")."""
    lemma = word.lemma_.lower()
    return lemma in STRIKER_NOUNS or (lemma.endswith("worker") and word.tag_ == "NNS")


def stoppage(token: Token) -> bool:
    """A strike of workers, not of missiles: "a general strike", "the strike by bus
    drivers", "a nurses' strike", "rail strike", "teachers struck over pay", "the union
    called a strike"."""
    if token.lemma_.lower() != "strike":
        return False
    if token.pos_ == "VERB":
        if any(c.dep_ in {"dobj", "nsubjpass"} for c in token.children):
            return False  # "struck the depot", "was struck by lightning"
        subj = next((c for c in token.children if c.dep_ == "nsubj"), None)
        return subj is not None and people_at_work(subj)
    for c in token.children:
        if c.dep_ in {"amod", "compound", "nmod"} and (
                c.lower_ in STOPPAGE_WORDS or people_at_work(c)):
            return True
        if c.dep_ == "poss" and people_at_work(c):
            return True  # "the nurses' strike"
        if c.dep_ == "prep" and c.lower_ == "by" and any(
                p.dep_ == "pobj" and people_at_work(p) for p in c.children):
            return True
    if any(c.dep_ in {"relcl", "acl"} and c.lemma_.lower() in STOPPAGE_VERBS
           for c in token.children):
        return True  # "the strike, which began on Monday, ..."
    head = token.head
    if token.dep_ == "nsubj" and head.lemma_.lower() in STOPPAGE_VERBS:
        return True  # "the strike ended", "a strike paralysed the port"
    return token.dep_ == "dobj" and head.lemma_.lower() in {"call", "stage", "hold", "begin",
                                                            "launch", "start", "end",
                                                            "suspend", "announce"} and any(
        c.dep_ == "nsubj" and people_at_work(c) for c in head.children)


def site_object(verb: Token) -> bool:
    """"closed its plant", "will shut three stores", "opened a branch in X": a business
    site opened or closed is a business event by its object alone."""
    if verb.lemma_.lower() not in {"open", "close", "shut"}:
        return False
    return any(c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in SITE_NOUNS
               for c in verb.children)


def charged_with_wrong(verb: Token) -> bool:
    """"charged with price fixing", "was charged with obstruction of justice", "charged
    with stealing cattle": a charge in court by the form of what is charged, beside the
    plain nouns of crime ("charged with the task of" and "charged the battery" are not)."""
    if verb.lemma_.lower() != "charge":
        return False
    for c in verb.children:
        if c.dep_ != "prep" or c.lower_ != "with":
            continue
        for p in c.children:
            if p.dep_ == "pcomp" and p.tag_ == "VBG" and p.lemma_.lower() in CRIME_VERBS:
                return True
            if p.dep_ != "pobj":
                continue
            words = [p, *(w for w in p.children if w.dep_ in {"compound", "amod"})]
            if any(w.lemma_.lower() in MORE_CRIMES for w in words):
                return True
    return False


#: Verbs and nouns of fighting that, of a plan, a charge or an ill, are a figure of speech
#: ("unions will fight the plan", "she is battling cancer", "the fight against
#: corruption"), not a fight between sides.
FIGURATIVE_FIGHTS = frozenset({"fight", "battle", "combat", "attack", "challenge"})
#: What one fights only in words, in court or in medicine.
ABSTRACT_TARGETS = frozenset({
    "plan", "proposal", "decision", "ruling", "charge", "case", "law", "bill", "policy",
    "ban", "order", "measure", "reform", "budget", "tax", "corruption", "poverty",
    "inflation", "fire", "blaze", "wildfire", "virus", "disease", "cancer", "illness",
    "addiction", "crime", "fraud", "climate", "change", "idea", "claim", "allegation",
    "accusation", "report", "verdict", "sentence", "conviction", "extradition",
    "deportation", "eviction", "closure", "cut", "merger", "takeover", "bid", "move",
    "result", "lawsuit", "fine", "penalty", "rule", "regulation", "tariff", "deal",
    "agreement", "contract", "injury", "infection", "pandemic", "epidemic", "outbreak",
    "discrimination", "racism", "injustice", "obesity", "hunger", "unemployment",
    "misinformation", "disinformation", "stigma", "pollution", "extinction", "odds",
    "flame", "flood", "drought", "heat", "cold", "fatigue", "depression",
    "scheme", "project", "rise", "increase", "hike", "appeal", "motion", "democracy",
    "freedom", "liberty", "rights", "justice", "truth", "dignity", "sovereignty",
    "independence", "value", "principle", "press", "judiciary", "science",
    "nomination", "candidacy", "election", "vote", "referendum", "ordinance", "decree"})


#: Arenas of a fight in words ("a legal battle", "a custody fight", "the leadership race").
ARENA_WORDS = frozenset({"legal", "court", "custody", "courtroom", "political", "election",
                         "electoral", "leadership", "boardroom", "takeover", "bidding", "price",
                         "budget", "tax"})


def figurative_fight(token: Token) -> bool:
    """"Unions said they would fight the plan", "the firm will challenge the fine in court",
    "doctors battling the outbreak", "the fight against inflation": fighting a plan, a
    charge or an ill is no clash of sides."""
    if token.lemma_.lower() not in FIGURATIVE_FIGHTS:
        return False
    if token.pos_ == "VERB":
        targets = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    else:
        targets = [p for c in token.children if c.dep_ == "prep" and c.lower_ in {
            "against", "over", "with", "on"} for p in c.children if p.dep_ == "pobj"]
        targets += [c for c in token.children if c.dep_ in {"compound", "amod"}
                    and c.lower_ in ARENA_WORDS]  # "a legal battle", "the leadership fight"
    return any(t.ent_type_ == "" and t.lemma_.lower() in _ABSTRACT_OR_ARENA
               for t in targets)


def found_dead(verb: Token) -> bool:
    """"Hikers found the pilot dead", "rescuers found two men dead in the rubble": the
    parser hangs "dead" on the object or makes it a clause; either way a death is found
    ("was found dead" is read as a phrase)."""
    if verb.lemma_.lower() != "find":
        return False
    for c in verb.children:
        if c.lower_ == "dead" and c.dep_ in {"ccomp", "xcomp", "acomp", "oprd"}:
            return True
        if c.dep_ == "dobj" and any(a.lower_ == "dead" and a.i > c.i and a.dep_ in {
                "acl", "amod", "advmod"} for a in c.children):
            return True
    return False


# ---------------------------------------------------------------- no deed at all (wave 8)

def participle_of_kind(token: Token) -> bool:
    """"the warring parties", "occupying troops", "invading forces", "the governing
    coalition": a present participle that modifies a noun names the kind of the people,
    not a deed done at a time and place."""
    return (token.dep_ == "amod" and token.tag_ == "VBG" and token.head.pos_ in {
        "NOUN", "PROPN"} and token.i < token.head.i)


#: Modifiers of a campaign or an operation that make it no armed one: votes, health,
#: trade, publicity, rescue ("an election campaign", "a vaccination drive", "a rescue
#: operation", "its business operations").
CIVIL_MODIFIERS = frozenset({
    "election", "electoral", "presidential", "parliamentary", "mayoral", "reelection",
    "re-election", "leadership", "political", "party", "voter", "registration", "referendum",
    "vaccination", "immunisation", "immunization", "health", "screening", "testing",
    "awareness", "information", "education", "literacy", "publicity", "advertising", "ad",
    "marketing", "media", "poster", "billboard", "social", "charm", "recruitment",
    "fundraising", "fund-raising", "donation", "petition", "signature", "lobbying", "legal",
    "rescue", "relief", "recovery", "salvage", "search", "clean-up", "cleanup", "sales",
    "business", "commercial", "retail", "mining", "farming", "airline", "flight", "shipping",
    "logistics", "banking", "trading", "charity", "humanitarian", "aid", "medical",
    "surgical", "conservation", "environmental", "planting", "boycott", "membership",
    "sting", "undercover", "smuggling", "tax", "customs", "union", "strike", "protest"})
#: Nouns of an organised effort whose sense (armed or civil) its modifiers give.
EFFORT_KIND_NOUNS = frozenset({"campaign", "operation", "drive", "push", "offensive",
                               "blitz", "crusade", "mission"})


def civil_effort(token: Token) -> bool:
    """"an election campaign", "the charity's fundraising drive", "a search and rescue
    operation", "its retail operations": a campaign or an operation its modifier makes one
    of votes, health, trade or rescue is no fighting."""
    if token.lemma_.lower() not in EFFORT_KIND_NOUNS:
        return False
    words = [c for c in token.children if c.dep_ in {"compound", "amod", "nmod"}]
    words += [w for c in words for w in c.children if w.dep_ in {"compound", "conj"}]
    return any(w.ent_type_ == "" and w.lower_ in CIVIL_MODIFIERS for w in words)


#: Institutions whose closing ends a service as a firm's closing does ("the hospital was
#: closed", "the museum shut in 2019").
INSTITUTION_NOUNS = frozenset({"hospital", "ward", "surgery", "practice", "museum", "library",
                               "theatre", "theater", "pub", "bar", "cafe", "club", "gym",
                               "nursery", "college", "university", "academy", "newspaper",
                               "station", "channel", "magazine"})
#: Verbs whose object decides whether closing is a business event.
CLOSING_VERBS = frozenset({"close", "shut"})


def closed_no_business(verb: Token) -> bool:
    """"the army closed the border", "officials shut the airport for two days", "the
    council closed three schools": closing something that is no business site and no
    firm is no business event ("closed its plant", "Meridian closed in 2019" are)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in CLOSING_VERBS:
        return False
    things = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    if not things:
        things = [c for c in verb.children if c.dep_ == "nsubj"]  # "the bakery shut"
    return any(t.lemma_.lower() in PUBLIC_CLOSABLES for t in things) and not any(
        t.pos_ == "PRON" or t.ent_type_ == "ORG"
        or t.lemma_.lower() in SITE_NOUNS | INSTITUTION_NOUNS | FIRM_KIND_NOUNS for t in things)


#: What a state or a body closes that is no business: ways and frontiers, public
#: services and offices, proceedings and meetings ("closed the border", "shut the
#: airport", "the hearing closed"). Anything else closed stays a business event (a
#: dairy, a salon, a farm: too many kinds of business to list).
PUBLIC_CLOSABLES = frozenset({
    "border", "frontier", "crossing", "checkpoint", "road", "highway", "motorway", "street",
    "bridge", "tunnel", "airspace", "airport", "port", "harbour", "harbor", "railway",
    "pass", "corridor", "route", "waterway", "strait", "canal", "school", "embassy",
    "consulate", "mission", "parliament", "session", "hearing", "trial", "case",
    "investigation", "inquiry", "probe", "talk", "meeting", "summit", "conference",
    "debate", "vote", "poll", "polling", "election", "ballot", "gap", "loophole", "market",
    "exchange", "window", "door", "gate", "park", "beach", "camp", "base"})


#: Things made and sold, whose launch or release is a business event ("launched a new
#: phone", "released its first album", "the app launched in May").
PRODUCT_NOUNS = frozenset({
    "product", "brand", "model", "range", "line", "service", "app", "application",
    "platform", "phone", "smartphone", "device", "car", "vehicle", "truck", "drug",
    "medicine", "vaccine", "treatment", "fund", "ipo", "offering", "share", "bond", "stock",
    "card", "loan", "account", "album", "single", "song", "record", "film", "movie", "book",
    "novel", "game", "console", "software", "version", "update", "edition", "collection",
    "menu", "airline", "route", "label", "chain", "network", "channel", "magazine",
    "newspaper", "website", "site", "store", "shop", "outlet", "venture", "startup",
    "subsidiary", "unit", "division", "satellite", "rocket", "spacecraft", "probe"})
#: Things fired or sent flying at a target: their launch is an attack ("launched rockets
#: at the port", "fired a salvo").
PROJECTILE_NOUNS = frozenset({"missile", "rocket", "drone", "shell", "mortar", "grenade",
                              "torpedo", "bomb", "salvo", "barrage", "volley", "projectile",
                              "artillery", "munition", "warhead", "firebomb"})
#: Verbs of business whose object says whether they are one at all.
PRODUCT_VERBS = frozenset({"launch", "release", "spin", "acquire"})


def product_class(verb: Token, cls: str | None) -> str | None:
    """The class of "launch", "release", "spin" and "acquire" by what they take: a
    product, a firm or an offering is business ("launched a new phone", "released its
    first album", "spun off its bank unit", "acquired Halvik Mills"); projectiles aimed at
    a target are an attack ("launched rockets at the port"); anything else is no event of
    business ("released footage of the raid", "launched a website for voters" is kept only
    as a product; "spun the defeat as a retreat", "acquired new weapons" is a purchase)."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in PRODUCT_VERBS or cls != "BusinessEvent":
        return cls
    if lemma == "spin" and not any(c.dep_ == "prt" for c in verb.children):
        return None  # "spun the defeat": spin off / out is the business sense
    things = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    if not things:
        things = [c for c in verb.children if c.dep_ == "nsubj"]  # "the app launched"
    words = {t.lemma_.lower() for t in things}
    if lemma == "launch" and words & PROJECTILE_NOUNS and any(
            c.dep_ == "prep" and c.lower_ in {"at", "on", "into", "against", "toward",
                                              "towards"} for c in verb.children):
        return "ConflictEvent"  # "launched rockets at the airport"
    if not things or any(t.pos_ == "PRON" or t.ent_type_ in {"ORG", "PRODUCT"}
                         or t.lemma_.lower() in PRODUCT_NOUNS | FIRM_KIND_NOUNS | SITE_NOUNS
                         for t in things):
        return cls
    if lemma == "acquire":
        return "TransactionEvent"  # "acquired new weapons": bought, not a takeover
    return None


#: Nouns of people or bodies one meets beside names, pronouns and posts ("met the
#: delegation", "met union leaders", "met the board").
MEETABLE_NOUNS = frozenset({
    "delegation", "delegate", "leader", "counterpart", "envoy", "ambassador", "official",
    "representative", "board", "committee", "council", "team", "group", "family",
    "families", "victim", "resident", "investor", "supporter", "member", "voter", "student",
    "worker", "union", "press", "reporter", "journalist", "journalists", "party", "side",
    "rebel", "negotiator", "mediator", "minister", "president", "king", "queen", "pope",
    "chief", "head", "commander", "general", "mayor", "governor", "premier", "officer",
    "people", "crowd", "fan", "player", "staff", "management", "executive", "director",
    "striker", "protester", "demonstrator", "farmer", "relative", "survivor",
    "activist", "protestor", "parent", "patient", "customer", "shareholder", "creditor"})


def met_no_one(verb: Token) -> bool:
    """"failed to meet the deadline", "could not meet demand", "met its sales target":
    meeting a requirement is no contact; one meets people, bodies or names ("met the
    ambassador", "met with union leaders", "the two leaders met")."""
    if verb.lemma_.lower() != "meet":
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and not any(
        o.pos_ in {"PROPN", "PRON"} or o.ent_type_ or o.lemma_.lower() in MEETABLE_NOUNS
        or o.lemma_.lower() in STRIKER_NOUNS
        or any(c.dep_ in {"appos", "conj"} and (c.pos_ == "PROPN" or c.ent_type_)
               for c in o.children) for o in objects)


def shown_not_protested(verb: Token) -> bool:
    """"engineers demonstrated the new engine", "the study demonstrated that the drug
    works": "demonstrate" with an object or a clause is showing, not a protest ("thousands
    demonstrated in Tesk", "nurses demonstrated against the cuts" are protests)."""
    return verb.lemma_.lower() == "demonstrate" and any(
        c.dep_ in {"dobj", "ccomp"} for c in verb.children)


#: Adverbs that make a present tense a habit or a state, not a deed at a time ("the
#: store currently sells bread", "the council regularly meets in the town hall").
HABITUAL_ADVERBS = frozenset({"currently", "usually", "regularly", "often", "typically",
                              "normally", "generally", "routinely", "always", "frequently",
                              "traditionally", "habitually", "customarily", "commonly",
                              "sometimes", "occasionally", "seldom", "rarely"})


def habitual(verb: Token, cls: str) -> bool:
    """A present simple with an adverb of habit ("currently sells", "usually pays",
    "regularly meets") tells what is done as a rule, not an event. Control is kept: who
    currently holds a place is what a claim of control says. A trade in the present simple
    is a firm's line of business, with or without the adverb ("the firm sells tractors
    across Veska", "Veska buys most of its gas from Orrin", "the bank lends to small
    firms"); "Delta Grain buys Harrow Mills" (a firm named) or one dated ("on Monday")
    stays a deal."""
    if verb.pos_ != "VERB" or verb.tag_ not in {"VBZ", "VBP"} or cls == "ControlEvent":
        return False
    if any(c.dep_ == "advmod" and c.lower_ in HABITUAL_ADVERBS for c in verb.children):
        return True
    return cls in TRADE_CLASSES and verb.dep_ in {"ROOT", "conj", "relcl"} and not any(
        c.ent_type_ in {"ORG", "DATE", "TIME", "MONEY"} or c.dep_ in {"aux", "neg"}
        for c in verb.subtree if c.i > verb.i or c.dep_ in {"aux", "neg"})


#: Classes whose present simple tells a line of business ("sells tractors").
TRADE_CLASSES = frozenset({"TransactionEvent", "BusinessEvent"})


#: Modifiers that make a trial a test of science, not a case in court ("clinical trials",
#: "a vaccine trial", "phase 3 trials").
TEST_TRIAL_WORDS = frozenset({"clinical", "drug", "vaccine", "medical", "phase", "human",
                              "field", "randomised", "randomized", "pilot", "lab",
                              "laboratory", "animal", "early-stage", "late-stage", "test",
                              "sea", "flight", "safety", "efficacy", "crop", "treatment",
                              "therapy", "study", "research", "scientific", "experimental"})


def trial_of_science(noun: Token) -> bool:
    """"clinical trials", "the vaccine succeeded in trials", "phase 3 trials of the drug":
    a trial of a drug, a vaccine or a machine is a test, no justice ("the trial of the
    former mayor", "went on trial" are)."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() != "trial":
        return False
    if any(c.dep_ in {"compound", "amod", "nmod"} and c.lower_ in TEST_TRIAL_WORDS
           for c in noun.children):
        return True
    head = noun.head  # "the vaccine succeeded in trials": a thing in trials
    return noun.dep_ == "pobj" and head.head.pos_ == "VERB" and any(
        c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.lower_ in TEST_TRIAL_WORDS | {
            "drug", "vaccine", "treatment", "engine", "device", "car", "plane", "aircraft",
            "rocket", "system", "product", "model", "prototype"}
        for c in head.head.children)


#: Verbs whose subject is a body that acts, not a deed done: a campaign that says,
#: spends, raises or answers is a candidate's organisation ("the campaign said",
#: "his campaign has spent little on ads").
BODY_VERBS = frozenset({"say", "spend", "raise", "respond", "defend", "seek", "hire",
                        "announce", "release", "deny", "confirm", "reply", "claim", "accuse",
                        "outspend", "pay", "run", "help", "ask", "urge", "declare", "insist",
                        "tell", "comment", "decline", "refuse", "issue", "argue", "want"})


def candidate_campaign(token: Token) -> bool:
    """"Moreno's campaign", "the Olsen campaign", "her campaign said", "his campaign will
    focus on jobs": a campaign a person runs (with no "against" on it), or one that
    speaks and spends, is a candidate's organisation, no fighting ("the army's campaign
    against the rebels" is)."""
    if token.lemma_.lower() != "campaign" or token.pos_ != "NOUN":
        return False
    if any(c.dep_ in {"poss", "compound"} and c.ent_type_ == "PERSON" for c in token.children):
        return True
    if any(c.dep_ == "poss" and c.lower_ in {"his", "her", "my"} for c in token.children) and (
            not any(c.dep_ == "prep" and c.lower_ == "against" for c in token.children)):
        return True  # "his campaign would focus on jobs"; not "her campaign against X"
    return token.dep_ in {"nsubj", "nsubjpass"} and token.head.lemma_.lower() in BODY_VERBS


def campaigned_for_votes(verb: Token) -> bool:
    """"Olsen has campaigned on the economy", "the union campaigned for higher pay",
    "activists campaigned against the plan": to campaign, said of anyone but an armed
    side, is to seek votes or support, no fighting ("rebels campaigned in the north" is)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "campaign":
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.tag_ == "WP" and verb.dep_ == "relcl":
        subject = verb.head  # "the rebels, who campaigned in the north"
    return subject is None or subject.lemma_.lower() not in ARMED_SIDE_NOUNS


#: Nouns of what is written or said: an attack they carry or make is one in words
#: ("tweets targeting the minister", "an ad attacking her rival").
WORDS_NOUNS = frozenset({"tweet", "post", "ad", "advert", "advertisement", "comment",
                         "remark", "speech", "article", "editorial", "column", "op-ed",
                         "letter", "statement", "interview", "message", "video", "email",
                         "broadcast", "report", "word", "words", "rhetoric", "insult",
                         "campaign", "piece", "blog", "podcast", "book", "memo"})
#: Modifiers of an attack in words ("personal attacks", "a scathing attack").
VERBAL_MODIFIERS = frozenset({"personal", "verbal", "media", "political", "rhetorical",
                              "scathing", "blistering", "withering", "partisan", "written",
                              "online", "twitter", "smear", "ad", "character", "vitriolic",
                              "public", "stinging", "savage", "fierce"})
ATTACK_WORDS = frozenset({"attack", "target", "assault"})


def attack_in_words(token: Token) -> bool:
    """"Olsen attacked the mayor in a tweet", "tweets targeting the minister", "personal
    attacks on her rival", "a scathing attack on the plan": an attack made in words is no
    clash ("gunmen attacked the convoy", "a rocket attack on the port" are)."""
    if token.lemma_.lower() not in ATTACK_WORDS:
        return False
    if token.pos_ == "NOUN":
        return any(c.dep_ in {"amod", "compound"} and c.lower_ in VERBAL_MODIFIERS
                   for c in token.children)
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is None and token.dep_ == "acl" and token.tag_ == "VBG" and (
            token.head.pos_ == "NOUN"):
        subject = token.head  # "tweets targeting the minister" (not "reports that X had")
    if subject is not None and subject.lemma_.lower() in WORDS_NOUNS:
        return True
    return any(c.dep_ == "prep" and c.lower_ in {"in", "on", "via", "with", "through"} and any(
        p.dep_ == "pobj" and p.lemma_.lower() in WORDS_NOUNS for p in c.children)
        for c in token.children)


#: Verbs that with "on" mean to make use of something said ("seized on the remark").
SEIZING_VERBS = frozenset({"seize", "pounce", "jump", "capitalise", "capitalize"})
#: Modifiers of a war that is no fighting ("a price war", "the war on drugs").
NOT_ARMED_WARS = frozenset({"price", "trade", "tariff", "currency", "culture", "bidding",
                            "turf", "flame", "word", "words", "talent", "format", "patent",
                            "streaming", "console", "fare", "ratings", "class"})


def seized_on_words(verb: Token) -> bool:
    """"the rival camp seized on the remark", "critics pounced on the figures": to seize
    on something is to make use of it, no taking of a place."""
    return (verb.pos_ == "VERB" and verb.lemma_.lower() in SEIZING_VERBS
            and not any(c.dep_ in {"dobj", "nsubjpass"} for c in verb.children)
            and any(c.dep_ == "prep" and c.lower_ in {"on", "upon"} for c in verb.children))


#: Verbs and nouns of taking that are a change of control only when ground is taken.
TAKING_WORDS = frozenset({"capture", "seize", "take", "grab", "secure", "hold", "control",
                          "seizure"})
#: What is taken or held that is no ground: goods seized, moments captured, steps taken,
#: a match or a market controlled ("police seized drugs", "captured images of the town",
#: "took office", "took note", "seized the initiative", "controlled the ball"); not "part"
#: ("part of the town was seized" is ground; "took part" is no trigger already).
NOT_GROUND_OBJECTS = frozenset({
    # goods and money
    "drug", "weapon", "arm", "ammunition", "explosive", "asset", "cash", "money", "fund",
    "goods", "cargo", "shipment", "contraband", "cocaine", "heroin", "cannabis", "narcotic",
    "property", "car", "document", "computer", "phone", "laptop",
    "passport", "evidence", "item", "haul", "account", "currency", "ivory",
    "timber", "fuel", "gun", "rifle", "bomb", "device", "record", "file", "license",
    "licence", "bag", "parcel", "package",
    # senses, moments and chances
    "image", "picture", "photo", "photograph", "footage", "video", "moment", "attention",
    "imagination", "mood", "spirit", "essence", "heart", "interest", "headline",
    "initiative", "opportunity", "chance", "momentum", "lead", "advantage", "sound",
    "data", "emission", "carbon", "audience", "viewer", "reader", "fan",
    # prizes, seats and shares of a contest or a market
    "title", "trophy", "crown", "medal", "win", "victory", "point", "set", "championship",
    "cup", "prize", "award", "seat", "vote", "share", "stake", "majority", "market",
    "price", "cost", "budget", "spending", "inflation", "ball", "game", "match", "tempo",
    "possession", "emotion", "temper", "anger", "nerve", "destiny", "life", "future",
    "agenda", "narrative", "debate", "conversation", "process", "situation", "pandemic",
    "outbreak", "virus", "disease", "fire", "blaze", "flood",
    # steps and roles taken
    "office", "place", "note", "notice", "step", "action", "measure", "time",
    "care", "look", "turn", "stand", "stance", "view", "responsibility", "credit",
    "blame", "oath", "break", "leave", "question", "risk", "shape", "effect", "root",
    "aim", "issue", "offence", "offense", "pride", "comfort", "heed",
    "meeting", "talk", "election", "referendum", "poll", "rally", "vigil", "event",
    # bodies, media and sectors a government or a party controls
    "media", "press", "economy", "parliament", "senate", "congress", "chamber", "council",
    "board", "company", "firm", "industry", "sector", "supply", "trade", "airwaves",
    "finances", "purse", "access", "ministry", "portfolio", "legislature", "assembly",
    "judiciary", "courts", "medium",
})


#: Those who secure or seal off a scene after a crime or an accident, no side taking it.
SCENE_GUARDS = frozenset({"police", "policeman", "officer", "firefighter", "rescuer",
                          "paramedic", "investigator", "detective", "fireman", "medic"})


def scene_secured(verb: Token) -> bool:
    """"Police secured the area after the blast", "officers sealed off the street": a scene
    kept clear, no change of control ("troops secured the airport" is one, and so is a
    place the police say they secured by its name: "officers secured the bridge at X")."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() in {"secure", "seal", "cordon"} and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in SCENE_GUARDS for c in verb.children) and not any(
        t.pos_ == "PROPN" for c in verb.children if c.dep_ == "dobj" for t in c.subtree)


def taken_no_ground(word: Token) -> bool:
    """"police seized drugs in Orrin", "the photographer captured images of Tesk", "took
    office", "the seizure of weapons", "controlled the ball": what is taken or held is
    goods, a moment, a step or a contest, so no place changes hands (its "in X" or "of X"
    only says where)."""
    if scene_secured(word):
        return True
    if word.lemma_.lower() not in TAKING_WORDS:
        return False
    if word.pos_ == "NOUN":
        taken = [p for c in word.children if c.dep_ == "prep" and c.lower_ == "of"
                 for p in c.children if p.dep_ == "pobj"]
    else:
        taken = [c for c in word.children if c.dep_ in {"dobj", "nsubjpass"}]
    taken += [c for w in taken for c in w.children if c.dep_ == "conj"]
    taken = [_whole_of(w) for w in taken]
    return bool(taken) and all(w.pos_ == "NOUN" and w.lemma_.lower() in NOT_GROUND_OBJECTS
                               for w in taken)


#: Words of a portion, read through their "of" phrase ("40 percent of the vote").
PORTION_WORDS = frozenset({"percent", "percentage", "cent", "proportion", "%"})


def _whole_of(word: Token) -> Token:
    """"captured 40 percent of the vote": the vote, what the portion is a portion of
    ("80 percent of Karvastan" is ground); any other word is itself."""
    if word.lemma_.lower() not in PORTION_WORDS:
        return word
    return next((p for c in word.children if c.dep_ == "prep" and c.lower_ == "of"
                 for p in c.children if p.dep_ == "pobj"), word)


#: Nouns for an armed side ground is cleared of or taken from ("cleared X of rebels",
#: "drove the militia out of X"); not diplomats, tenants or protesters.
ARMED_SIDE_NOUNS = frozenset({
    "rebel", "militant", "fighter", "insurgent", "militia", "militiaman", "troop", "soldier",
    "force", "forces", "enemy", "occupier", "terrorist", "gunman", "jihadist", "separatist",
    "invader", "army", "bandit", "extremist", "mercenary", "guerrilla", "garrison", "unit",
    "loyalist", "paramilitary"})
#: Verbs by which ground is cleared of an armed side ("freed X from the rebels").
CLEARING_VERBS = frozenset({"clear", "free", "rid", "cleanse", "purge", "clean", "liberate"})
#: Verbs by which an armed side is put out of ground ("expelled the rebels from X").
EXPELLING_VERBS = frozenset({"expel", "oust", "evict", "dislodge", "flush", "rout", "chase",
                             "drive", "push", "force", "kick", "throw", "eject", "repel"})


#: Nouns for a side that may be armed ("an alliance of warlords", "the faction").
SIDE_NOUNS = frozenset({"alliance", "coalition", "group", "faction", "gang", "warlord", "side",
                        "movement", "front", "brigade", "battalion", "regiment", "division",
                        "opposition", "clan", "cartel", "junta", "regime", "government"})
#: Nouns for people or things put out of a place by no armed side ("rents pushed families
#: out of Orrin", "drove prices out of reach", "forced the firm out of the market").
UNARMED_NOUNS = frozenset({
    "family", "resident", "people", "tenant", "worker", "investor", "customer", "shopper",
    "price", "rent", "cost", "firm", "company", "business", "competitor", "rival",
    "player", "team", "club", "student", "child", "patient", "farmer", "voter", "buyer",
    "seller", "trader", "retailer", "store", "shop", "household", "population", "local",
    "villager", "refugee", "migrant", "owner", "driver", "fan", "visitor", "tourist"})


def _armed(noun: Token) -> bool:
    """An armed side: fighters, a named body, or a side of them ("an alliance of
    warlords", "rebel troops", "the Kelvar Militia")."""
    lemma = noun.lemma_.lower()
    return lemma in _ANY_SIDE_NOUNS or noun.ent_type_ in {"ORG", "NORP"} or any(
        c.dep_ == "compound" and c.lemma_.lower() in ARMED_SIDE_NOUNS for c in noun.children
    ) or any(c.dep_ == "prep" and c.lower_ == "of" and any(_armed(p) for p in c.children)
             for c in noun.children)


def _from_armed(verb: Token, preps: frozenset[str]) -> bool:
    """Whether ``verb`` has a "from" / "of" phrase (also after "up": "cleaned up X of")
    naming an armed side."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in preps and any(
                p.dep_ == "pobj" and _armed(p) for p in c.children):
            return True
    return any(_from_armed(c, preps) for c in verb.children if c.dep_ == "dobj")


def cleared_ground(verb: Token) -> Token | None:
    """"the army cleared Tesk of militia fighters", "troops freed Orrin from the rebels",
    "fully cleaned up the town of bandits": ground cleared of an armed side is ground taken;
    returns the ground (not "cleared Brenn of all charges", "freed him from prison")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in CLEARING_VERBS:
        return None
    ground = next((c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}
                   and c.pos_ in {"PROPN", "NOUN"}), None)
    if ground is None or not _from_armed(verb, frozenset({"of", "from"})):
        return None
    return ground


_SHARE_WORDS = frozenset({"all", "most", "part", "much", "half", "parts", "rest"})


def expelled_from(verb: Token) -> Token | None:
    """"expelled the rebels from Tesk", "drove the militia out of Orrin", "forced the
    Front's fighters out of the town": an armed side put out of ground is ground taken by
    the one who put it out; returns the ground (not "expelled two diplomats from X",
    "pushed prices out of reach"). Also in the passive, the side put out the subject:
    "government troops were forced out of Dulmen", "the militants were expelled from
    Kavala by Veska troops" (not "two diplomats were expelled from X")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in EXPELLING_VERBS:
        return None
    if not any(c.dep_ in {"dobj", "nsubjpass"} and _armed(c) for c in verb.children):
        return None
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in {"from", "out"}:
            inner = [q for q in c.children if q.dep_ == "prep" and q.lower_ == "of"] or [c]
            for q in inner:
                ground = next((p for p in q.children if p.dep_ == "pobj"), None)
                while ground is not None and ground.lemma_.lower() in _SHARE_WORDS:
                    ground = next((p for r in ground.children if r.dep_ == "prep"
                                   and r.lower_ == "of" for p in r.children
                                   if p.dep_ == "pobj"), None)  # "out of most of X"
                if ground is not None and ground.pos_ in {"PROPN", "NOUN"}:
                    return ground
    return None


def put_out_unarmed(verb: Token) -> bool:
    """"high rents pushed families out of Orrin", "drove prices out of reach", "families
    were driven out by rents": what is put out is no armed side (a pronoun may be: "drove
    them out of Tesk")."""
    objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    return bool(objects) and all(o.lemma_.lower() in UNARMED_NOUNS for o in objects)


def war_of_words(noun: Token) -> bool:
    """"a war of words", "the price war", "a trade war between the blocs": a war fought
    with words, prices or tariffs is no armed conflict."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() != "war":
        return False
    if any(c.dep_ in {"compound", "amod"} and c.lower_ in NOT_ARMED_WARS
           for c in noun.children):
        return True
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        p.dep_ == "pobj" and p.lemma_.lower() in {"word", "words", "nerve"}
        for p in c.children) for c in noun.children)


def return_as_document(noun: Token) -> bool:
    """"released his tax returns", "the fund posted strong returns": a return filed or
    earned is a document or a gain, no coming back ("their return to Orrin", "the return
    of the exiles" are)."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() != "return":
        return False
    return noun.tag_ == "NNS" or any(c.dep_ in {"compound", "amod"} and c.lower_ in {
        "tax", "financial", "annual", "quarterly", "election", "vat", "income", "expense",
        "expenses", "investment", "strong", "weak", "poor", "high", "low"}
        for c in noun.children)


#: Verbs of criticism as well as of attack ("slammed the club for raising prices").
CENSURE_VERBS = frozenset({"attack", "target", "blast", "slam", "hit", "lash", "savage"})


def attacked_for_conduct(verb: Token) -> bool:
    """"attacked the mayor for her handling of the floods", "blasted the club for raising
    prices", "the opposition attacked the government over the deal": one attacked *for* or
    *over* what one did is criticised, not struck ("attacked the convoy for the second
    time", "attacked the town over the weekend", "over the border" are attacks)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in CENSURE_VERBS:
        return False
    for c in verb.children:
        if c.dep_ != "prep" or c.lower_ not in {"for", "over"}:
            continue
        for p in c.children:
            if p.dep_ == "pcomp" or (p.dep_ == "pobj" and p.lemma_.lower() not in _SPAN_WORDS
                                     and not p.like_num and (c.lower_ == "for" or (
                                         not p.ent_type_ and p.lemma_.lower() not in (
                                             _GROUND_OR_SIDE)))):
                return True
    return False


#: Nouns of time or of ground after "for"/"over" that give no reason for an attack
#: ("for the second time", "over the weekend", "over the border").
_SPAN_WORDS = frozenset({"time", "day", "week", "month", "year", "hour", "night", "minute",
                         "weekend", "period", "course", "past", "border", "frontier", "line",
                         "river", "area", "region", "city", "town", "village", "wall",
                         "fence", "sea", "hill", "mountain"})


#: What one escapes that is a place or custody ("escaped the prison", "escaped Orrin").
ESCAPED_PLACES = CUSTODY_WORDS | {"camp", "compound", "country", "city", "town", "village",
                                  "building", "house", "siege", "blockade", "encirclement",
                                  "fighting", "war", "violence", "clutches", "capture"}


def escaped_no_place(verb: Token) -> bool:
    """"escaped punishment", "the firm escaped a fine": escaping a penalty is no flight
    ("escaped from the jail", "escaped the camp", "escaped Orrin" are)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in {"escape", "evade", "dodge"}:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and not any(
        o.ent_type_ in {"GPE", "LOC", "FAC"} or o.lemma_.lower() in ESCAPED_PLACES
        for o in objects)


def custody_as_place(noun: Token) -> bool:
    """"escaped from the jail", "was moved from prison to a hospital": a jail one leaves
    is a place, no justice event ("sent to jail", "jailed" are)."""
    return (noun.pos_ == "NOUN" and noun.lemma_.lower() in {"jail", "prison", "gaol"}
            and noun.dep_ == "pobj" and noun.head.lower_ in {"from", "out", "outside",
                                                              "inside", "near"})


#: Unions of the word lists above that tests read, made once (``A | B`` in a test
#: builds a new set at every call).
_ABSTRACT_OR_ARENA = ABSTRACT_TARGETS | ARENA_WORDS
_ANY_SIDE_NOUNS = ARMED_SIDE_NOUNS | SIDE_NOUNS
_GROUND_OR_SIDE = PLACE_NOUNS | _ANY_SIDE_NOUNS


#: Words of people held by force ("took them hostage", "held 12 workers captive").
HOSTAGE_WORDS = frozenset({"hostage", "hostages", "captive", "captives", "prisoner",
                           "prisoners"})


def taken_hostage(verb: Token) -> bool:
    """"the rebels took 12 aid workers hostage", "took hostage two engineers", "are holding
    three guards captive": people seized by force, a kidnapping. The parser hangs
    "hostage" on the verb or on the people taken; "took prisoner" of soldiers in battle
    reads the same."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in {"take", "hold"}:
        return False
    for c in verb.children:
        if c.lower_ in HOSTAGE_WORDS and c.dep_ in {"oprd", "xcomp", "ccomp", "advmod",
                                                    "npadvmod", "dobj", "attr"}:
            return True
        if c.dep_ == "dobj" and any(m.lower_ in HOSTAGE_WORDS and m.dep_ in {
                "nmod", "compound", "amod", "appos"} for m in c.children):
            return True
    return False


#: What blows up as an attack with no object ("the car bomb blew up", "a bomber blew up").
BLAST_SUBJECTS = frozenset({"bomb", "bomber", "device", "explosive", "mine", "grenade",
                            "shell", "missile", "rocket", "car", "truck", "vehicle"})


def blown_up(verb: Token) -> bool:
    """"a suicide bomber blew himself up", "troops blew up the bridge", "the car bomb blew
    up outside the ministry": a blast. Not "the row blew up into a crisis"."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "blow" or not any(
            c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
        return False
    return any(c.dep_ in {"dobj", "nsubjpass"} or (
        c.dep_ == "nsubj" and c.lemma_.lower() in BLAST_SUBJECTS) for c in verb.children)

