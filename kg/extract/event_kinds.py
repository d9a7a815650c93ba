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


def _people_word(word: Token) -> bool:
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
        return subj is not None and _people_word(subj)
    for c in token.children:
        if c.dep_ in {"amod", "compound", "nmod"} and (
                c.lower_ in STOPPAGE_WORDS or _people_word(c)):
            return True
        if c.dep_ == "poss" and _people_word(c):
            return True  # "the nurses' strike"
        if c.dep_ == "prep" and c.lower_ == "by" and any(
                p.dep_ == "pobj" and _people_word(p) for p in c.children):
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
        c.dep_ == "nsubj" and _people_word(c) for c in head.children)


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
    return any(t.ent_type_ == "" and t.lemma_.lower() in ABSTRACT_TARGETS | ARENA_WORDS
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

#: Prepositions that say the deed did not take place ("took the town without a fight").
ABSENCE_PREPS = frozenset({"without"})


def done_without(token: Token) -> bool:
    """"entered the town without a fight", "was passed without a vote", "left without
    firing a shot": a deed named after "without" is one that did not happen, so it is no
    event (the deed it goes with is)."""
    head = token.head
    return (token.dep_ in {"pobj", "pcomp"} and head.dep_ == "prep"
            and head.lower_ in ABSENCE_PREPS)


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
    return bool(things) and not any(
        t.pos_ == "PRON" or t.lemma_.lower() in SITE_NOUNS or t.lemma_.lower() in FIRM_KIND_NOUNS
        or t.ent_type_ == "ORG" for t in things)


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
