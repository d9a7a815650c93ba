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
