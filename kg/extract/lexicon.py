"""Linguistic knowledge used by the extractors, as named constants.

Everything here is general English; nothing names a particular article, person or place.
"""

from __future__ import annotations

from functools import lru_cache

# --------------------------------------------------------------------- statements

#: Reporting verbs of belief, expectation and wish: cues only with a clause of their own.
BELIEF_CUES = ("believe", "expect", "hope", "fear", "question", "want", "wonder", "echo")
#: The rest of the reporting family (manner of speaking, restating, clarifying): cues
#: only with a clause or a quotation.
MANNER_CUES = ("clarify", "confide", "divulge", "elaborate", "grumble", "opine", "protest",
               "reaffirm", "reassure", "scoff", "shout", "snap", "whisper", "yell",
               "exclaim", "mutter", "muse", "posit", "theorize", "theorise", "surmise",
               "repeat", "restate", "agree",
               # reminding and notifying someone that ..., and speech told by its sound
               # ('"It is over," she sighed'): cues with a clause or a quotation only
               "remind", "notify", "aver", "sigh", "laugh", "groan", "scream", "murmur",
               "cry", "chuckle")

#: Verbs of thought, inference and emphasis ("thinks that ...", "reckons ...", "underlined
#: that ..."): cues only with a clause that has its own subject, as the belief cues.
REASONING_CUES = ("think", "feel", "reckon", "doubt", "worry", "suspect", "reason", "figure",
                  "guess", "calculate", "anticipate", "envisage", "envision", "foresee",
                  "specify", "object", "disagree", "grant", "underline", "underscore",
                  "highlight", "determine", "establish", "assume", "presume", "suppose")

#: Lemma of a reporting verb -> stance local name (``nkg:Assert`` unless stated).
REPORTING_VERBS: dict[str, str] = {
    **dict.fromkeys(
        (
            "say", "tell", "claim", "insist", "add", "announce", "state", "confirm",
            "assure", "tweet", "write", "report", "explain", "declare", "note",
            "argue", "suggest", "admit", "concede", "acknowledge", "reveal", "disclose",
            "assert", "allege", "maintain", "contend", "mention", "remark", "stress",
            "emphasise", "emphasize", "reiterate", "predict", "forecast", "estimate",
            "testify", "affirm", "respond", "reply", "comment", "describe", "post",
            "caution", "indicate", "inform", "brief", "signal", "observe", "conclude",
            "complain", "criticise", "criticize", "blame",
            "rule", "propose", "recall", "recount", "boast", "brag", "hint", "imply",
            "speculate", "joke", "quip", "counter", "retort", "concur", "point", "confess",
            "attest", "certify", "proclaim", "pronounce", "lament", "regret", "condemn",
            "denounce", "decry", "praise", "hail", "applaud", "welcome",
            "cite", "answer", "recognise", "recognize", "vouch", "stipulate",
            *BELIEF_CUES,
            "find",  # a court's or a study's finding, with a clause ("found that ...")
            *MANNER_CUES,
            *REASONING_CUES,
        ),
        "Assert",
    ),
    **dict.fromkeys(("deny", "reject", "refute", "dismiss", "rebut", "dispute", "deflect",
                     "contradict", "disavow", "repudiate", "rebuff", "contest", "disown",
                     "rubbish"),
                    "Deny"),
    **dict.fromkeys(("urge", "appeal", "demand", "plead", "implore", "ask", "call",
                     "encourage", "beg", "exhort", "recommend", "advise", "request",
                     "advocate"),
                    "Appeal"),
    **dict.fromkeys(("vow", "pledge", "promise", "swear", "guarantee"), "Promise"),
    **dict.fromkeys(("warn", "threaten"), "Threat"),
    **dict.fromkeys(("accuse", "charge"), "Accusation"),
}

#: Verbs (with their particle, when phrasal) by which a speaker puts forward a plan or a
#: proposal, said through their object ("unveiled a plan to ...", "laid out her proposals").
PRESENTING_VERBS = frozenset({"unveil", "outline", "present", "detail", "lay out", "roll out",
                              "set out", "put forward", "spell out", "float"})
#: Nouns of what is put forward in words: only these make a presenting verb a cue ("unveiled
#: a plan"; not "unveiled a statue", "presented the trophy", "rolled out the carpet").
PROPOSAL_NOUNS = frozenset({"plan", "proposal", "strategy", "agenda", "policy", "programme",
                            "program", "blueprint", "vision", "roadmap", "framework",
                            "platform", "reform", "initiative", "scheme", "idea", "case",
                            "argument", "position", "timetable", "manifesto", "demand",
                            "term", "measure", "priority", "principle", "guideline",
                            "recommendation", "option", "offer", "solution", "approach"})

#: Forms of a cue the small model lemmatises wrongly ("hoped" -> "hop").
CUE_LEMMA_FIXES: dict[str, str] = {"hope": "hope", "hopes": "hope", "hoped": "hope",
                                   "hoping": "hope"}

#: Reporting verbs that need a clausal or quoted complement to be a statement
#: ("asked for help" is not a statement; "asked that troops leave" is).
NEEDS_COMPLEMENT = frozenset(
    {"ask", "call", "charge", "post", "write", "report", "describe", "brief", "signal",
     "observe", "respond", "reply", "comment", "note", "add", "indicate", "dispute",
     "maintain", "blame", "criticise", "criticize", "complain", "estimate",
     "reject", "dismiss", "deflect", "refute", "rebut", "deny",
     "rule", "recall", "recount", "point", "answer", "recognise", "recognize",
     "encourage", "beg", "recommend", "advise", "request", "cite", "regret", "lament",
     "contradict", "disavow", "repudiate", "rebuff", "contest", "disown", "rubbish",
     "counter",
     *BELIEF_CUES, "find", *MANNER_CUES, *REASONING_CUES}
)
#: Cues of belief and wish: a statement only with a clause that has its own subject
#: ("believes that the vote was rigged", "wants the port to stay open"), never with a
#: bare infinitive ("wanted to avoid a fight", "hopes to meet") or a noun ("fears a war").
CLAUSE_ONLY_CUES = frozenset(
    {"believe", "expect", "hope", "fear", "question", "want", "wonder", "find", "agree",
     "protest", *REASONING_CUES}
)
#: Reporting verbs that judge someone or something: the object (and what it is judged
#: for) is what was said ("condemned the shelling", "praised the crew for its courage").
EVALUATIVE_VERBS = frozenset({"criticise", "criticize", "condemn", "denounce", "decry",
                              "praise", "hail", "applaud", "welcome", "blame"})

#: Cues whose noun-phrase object is what the speaker put forward ("cited problems in the
#: harbour", "mentioned the mayor's remarks"), unless it names whom or what they drew on.
NOUN_OBJECT_CUES = frozenset({"cite", "mention"})

#: Reporting verbs whose noun-phrase object is itself what was said ("announced a merger").
OBJECT_CONTENT_VERBS = frozenset({"announce", "claim", "reveal", "confirm", "disclose", "report",
                                  "unveil", "predict", "forecast", "estimate", "promise",
                                  "pledge", "vow", "acknowledge", "admit", "propose",
                                  "concede", "declare", "proclaim"})
#: Nouns of documents and channels that carry a statement ("in a memo that ...").
CARRIER_NOUNS = frozenset({"statement", "memo", "letter", "interview", "message", "post",
                           "tweet", "email", "note", "speech", "address", "briefing",
                           "release", "video", "broadcast", "column", "filing", "report"})
#: Court and research papers that "say" for their author ("the court's ruling said",
#: "the study said"); not carriers: "filed a lawsuit" is still an event.
PAPER_NOUNS = frozenset({"ruling", "judgment", "judgement", "verdict", "complaint",
                         "lawsuit", "indictment", "petition", "study", "survey", "audit"})

#: Verbs whose object names the statement ("X issued a statement", "X made the claim").
STATEMENT_VERBS = frozenset({"issue", "release", "make", "publish", "put"})
#: Nouns that name a statement, with their stance ("X's claim that ...", "a denial").
STATEMENT_NOUNS: dict[str, str] = {
    "statement": "Assert", "announcement": "Assert", "claim": "Assert", "message": "Assert",
    "remark": "Assert", "declaration": "Assert", "communique": "Assert", "tweet": "Assert",
    "comment": "Assert", "assertion": "Assert", "allegation": "Accusation",
    "denial": "Deny", "rejection": "Deny", "appeal": "Appeal", "call": "Appeal",
    "warning": "Threat", "threat": "Threat", "promise": "Promise", "pledge": "Promise",
    "accusation": "Accusation", "proposal": "Assert", "admission": "Assert",
    "estimate": "Assert", "prediction": "Assert", "conclusion": "Assert",
    "criticism": "Assert", "demand": "Appeal", "vow": "Promise",
}
#: Prepositions after a statement noun that give what it was about, when it has no clause
#: of its own ("X's comments on the verdict", "X's claims about the test", "a warning from
#: X of higher prices"); an appeal also with "for" ("X's call for calm").
TOPIC_PREPS = frozenset({"about", "on", "of", "over", "regarding", "concerning"})
#: Verbs that, governed by a statement noun's clause, carry its content ("calling for ...").
CONTENT_VERBS: dict[str, str] = {"call": "Appeal", "urge": "Appeal", "demand": "Appeal",
                                 "say": "Assert", "announce": "Assert", "warn": "Threat"}

#: Nouns for reports and outlets in "according to a report by X" / "X reported".
REPORT_NOUNS = frozenset({"report", "reports", "statement", "article", "broadcast",
                          "interview", "source", "sources", "dispatch", "story", "post"})

#: Units of time that, without a day, keep a statement on the day it is told ("hours after").
SAME_DAY_UNITS = frozenset({"hour", "hours", "minute", "minutes", "moments", "moment"})

#: Words that make a statement's time vague: no utterance date is claimed.
VAGUE_TIME_WORDS = frozenset({"earlier", "previously", "once", "before", "repeatedly",
                              "often", "recently", "already", "long"})

# --------------------------------------------------------------------- roles

#: Role nouns linking a person to an organisation ("X spokesperson Y", "Y, the head of X").
ROLE_NOUNS = frozenset({
    "spokesperson", "spokesman", "spokeswoman", "leader", "head", "chief", "chairman",
    "chairwoman", "chair", "president", "commander", "official", "member", "minister",
    "secretary", "director", "ceo", "cfo", "coo", "founder", "co-founder", "cofounder",
    "executive", "adviser", "advisor", "ambassador", "envoy", "representative", "deputy",
    "chancellor", "premier", "governor", "mayor", "general", "officer", "manager",
    "analyst", "economist", "lawyer", "attorney", "editor", "correspondent", "reporter",
    "chieftain", "boss", "vice-president", "vp", "partner", "employee", "staffer",
    "negotiator", "aide", "militant", "fighter", "commissioner", "prosecutor", "judge",
    "senator", "lawmaker", "legislator", "mp", "owner", "candidate", "nominee",
    "treasurer", "convenor", "organiser", "organizer", "steward",
})
#: Jobs and positions that make their holder one of an organisation's people, beside the
#: titles of ``ROLE_NOUNS`` (kept apart: these never name a speaker's title).
STAFF_NOUNS = frozenset({
    "engineer", "scientist", "researcher", "professor", "lecturer", "teacher", "doctor",
    "physician", "surgeon", "nurse", "paramedic", "pharmacist", "coach", "player",
    "captain", "striker", "goalkeeper", "midfielder", "defender", "forward", "athlete",
    "pilot", "accountant", "auditor", "strategist", "consultant", "inspector",
    "investigator", "detective", "sergeant", "colonel", "lieutenant", "major", "soldier",
    "trustee", "chairperson", "superintendent", "principal", "dean", "provost", "rector",
    "registrar", "curator", "conductor", "bishop", "pastor", "priest", "imam", "rabbi",
    "economist", "statistician", "epidemiologist", "virologist", "biologist", "chemist",
    "physicist", "architect", "designer", "developer", "programmer", "technician",
    "administrator", "coordinator", "supervisor", "controller", "planner",
    "fellow", "worker", "staff", "campaigner", "activist", "organiser", "organizer",
    "volunteer", "councillor", "councilor", "delegate", "commissioner", "vice-chair",
    "vice-chairman", "vice-president", "secretary-general", "director-general",
    "analyst", "journalist", "columnist", "photographer", "producer", "host",
    "presenter", "anchor", "editor-in-chief", "publisher",
    "politician", "stalwart", "loyalist",  # "a veteran Civic Unity Party politician"
})
#: Role nouns that make a person speak for the organisation (``nkg:onBehalfOf``).
SPEAKING_ROLES = frozenset({
    "spokesperson", "spokesman", "spokeswoman", "leader", "head", "chief", "chairman",
    "chairwoman", "president", "commander", "official", "minister", "secretary", "director",
    "ceo", "executive", "representative", "ambassador", "envoy", "negotiator", "premier",
    "chancellor", "founder", "co-founder", "boss",
})

#: Courtesy titles: the word after one is a name, even a word that is a role elsewhere
#: ("Mr. King", "Ms. Bishop").
HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "miss", "sir", "dame"})
#: Roles said after a courtesy title in address, not as a name ("Mr. President").
ADDRESSED_ROLES = frozenset({"president", "speaker", "chairman", "chairwoman", "chair",
                             "secretary", "mayor", "minister", "ambassador", "premier",
                             "governor", "senator", "chancellor", "commissioner", "chief",
                             "justice", "deputy", "prime", "vice", "director", "spokesman"})
#: Titles and honorifics stripped from the front of person names.
TITLES = frozenset({
    "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
    "president", "vice", "prime", "minister", "king", "queen", "prince", "princess",
    "sheikh", "shaikh", "mullah", "imam", "rev", "reverend", "father", "pope", "judge",
    "justice", "senator", "sen", "rep", "representative", "gov", "governor", "mayor",
    "gen", "general", "col", "colonel", "capt", "captain", "lt", "lieutenant", "maj",
    "major", "sgt", "sergeant", "adm", "admiral", "commander", "chancellor", "premier",
    "ambassador", "secretary", "chairman", "chief", "ceo", "spokesperson", "spokesman",
    "spokeswoman", "director", "chair", "deputy", "late", "former", "acting", "interim",
    "st", "saint", "mr.", "mrs.", "ms.", "dr.", "gen.", "sen.", "rep.", "gov.", "lt.",
    "archbishop", "bishop", "cardinal", "rabbi", "emir", "sultan", "ayatollah", "brigadier",
    "marshal", "commodore", "congressman", "congresswoman",
})

# --------------------------------------------------------------------- places

#: Nouns that mark a name next to them as a place ("X province", "the city of X").
PLACE_NOUNS = frozenset({
    "province", "provinces", "valley", "city", "town", "village", "district", "region",
    "state", "county", "capital", "country", "island", "islands", "river", "mountain",
    "mountains", "border", "area", "neighbourhood", "neighborhood", "suburb", "port",
    "peninsula", "territory", "municipality", "governorate", "oblast", "prefecture",
    "canton", "borough", "street", "square", "airport", "base", "coast", "desert",
    "lake", "sea", "gulf", "strait", "straits", "pass", "plain", "plateau", "basin",
})
#: Nouns of a quarter of a town, where people live or shelter ("a sprawling favela", "the
#: housing estate", "a refugee camp"): a name in apposition to one is a place ("X, a hillside
#: slum"), and a later "the estate" points back to a place the text called one of these,
#: not to the city around it (``kg.extract.places``).
TOWN_QUARTER_NOUNS = frozenset({
    "slum", "slums", "favela", "favelas", "shantytown", "shantytowns", "township",
    "townships", "estate", "estates", "tenement", "tenements", "ghetto", "barrio", "camp",
    "district", "neighbourhood", "neighborhood", "quarter", "suburb", "settlement",
    "compound", "enclave", "projects",
})
#: Nouns of a spread of many of a kind ("a network of slums", "a warren of alleys"), and
#: "one" of many ("one of the largest slums"): in apposition, the name is of the kind
#: their "of" gives.
SPREAD_NOUNS = frozenset({"network", "warren", "maze", "cluster", "sprawl", "collection",
                          "patchwork", "labyrinth", "jumble", "string", "complex", "belt",
                          "one"})
#: Points of the compass: "north of X" says where something lies from X, so a later "the
#: north" ("withdrew toward the north") does not point back to X.
COMPASS_NOUNS = frozenset({"north", "south", "east", "west", "northeast", "northwest",
                           "southeast", "southwest", "north-east", "north-west", "south-east",
                           "south-west"})
#: Prepositions after which a bare name is usually a place ...
PLACE_PREPS = frozenset({"in", "into", "near", "across", "throughout", "outside", "inside"})
#: ... and after which it may be one ("at Orion", "from Meridian News" are not).
WEAK_PLACE_PREPS = frozenset({"at", "from", "toward", "towards", "around", "via", "to"})

#: Last words that make a name an organisation ("High Court", "Ministry of Health").
#: Last words of firms' names, by trade ("Quillon Pharma", "Tesk Logistics"): a name
#: ending in one is a body, whatever the tagger guessed.
BUSINESS_NAME_HEADS = frozenset({
    "pharma", "pharmaceuticals", "biotech", "therapeutics", "diagnostics", "holdings",
    "industries", "energy", "foods", "logistics", "ventures", "solutions", "software",
    "telecom", "telecoms", "mining", "minerals", "petroleum", "steel", "chemicals",
    "insurance", "shipping", "railways", "electronics", "entertainment", "brewery",
    "breweries", "textiles", "robotics", "semiconductors", "analytics", "aerospace",
    "automotive", "engineering", "properties", "realty", "investments", "securities",
    "communications", "apparel", "hotels", "resorts", "cosmetics", "beverages", "brands",
    "airline", "bancorp", "utilities", "biosciences", "medical", "healthcare",
})
#: Last words of sports clubs' names ("Fenwick United", "Dunmore Rovers").
CLUB_NAME_HEADS = frozenset({"united", "rovers", "wanderers", "athletic", "athletico", "fc",
                             "afc", "rangers", "hotspur", "albion"})
ORG_NAME_NOUNS = frozenset({
    "court", "ministry", "council", "committee", "agency", "bank", "university", "college",
    "school", "party", "army", "police", "commission", "parliament", "assembly", "senate",
    "congress", "company", "corporation", "corp", "inc", "ltd", "llc", "plc", "group",
    "association", "union", "institute", "foundation", "department", "office", "service",
    "authority", "board", "front", "movement", "forces", "organization", "organisation",
    "network", "news", "press", "times", "post", "journal", "channel", "tv", "radio",
    "courier", "herald", "gazette", "tribune", "chronicle", "telegraph",
    "government", "administration", "federation", "league", "alliance", "coalition",
    "brigade", "brigades", "legion", "battalion", "regiment", "corps", "militia", "guard",
    "navy", "airlines", "airways", "motors",
    "bureau", "tribunal", "cabinet", "club", "team", "fund", "trust", "society", "church",
    "records", "studios", "pictures", "labs", "laboratories", "systems", "technologies",
    # bodies of members ("the Kelvar Choir", "the Veska Bakers Guild")
    "choir", "orchestra", "academy", "guild", "syndicate", "consortium",
}) | BUSINESS_NAME_HEADS | CLUB_NAME_HEADS
#: Last words that make a name an event, not an entity ("Developers Conference").
EVENT_NAME_NOUNS = frozenset({
    "conference", "summit", "expo", "festival", "games", "olympics", "championship",
    "championships", "cup", "award", "awards", "show", "fair", "convention", "keynote",
    "tournament", "marathon", "prix", "war", "revolution", "election", "elections",
})
#: Currency codes and units that the small model tags as organisations.
UNIT_NAMES = frozenset({"usd", "eur", "gbp", "jpy", "cny", "gb", "mb", "tb", "kb", "ghz",
                        "mhz", "kg", "km", "mph", "us$", "a$", "c$", "hk$",
                        # time zones
                        "gmt", "utc", "hkt", "est", "edt", "cst", "cdt", "pst", "pdt", "cet",
                        "cest", "bst", "ist", "jst", "msk", "eat", "wat", "aest"})

# --------------------------------------------------------------------- events

#: Lemma of an event trigger -> event class local name.
EVENT_TRIGGERS: dict[str, str] = {
    **dict.fromkeys(
        ("attack", "fight", "fighting", "bomb", "bombing", "shell", "shelling", "clash",
         "battle", "war", "assault", "offensive", "airstrike", "strike", "raid", "ambush",
         "invade", "invasion", "combat", "skirmish", "explosion", "blast", "shoot",
         "shooting", "fire", "gunfire", "hostility", "insurgency", "siege", "besiege",
         "rout", "encircle", "encirclement", "surround", "bombard", "bombardment", "repel",
         "shoot-out", "firefight", "crossfire", "airstrikes", "counteroffensive",
         "counterattack", "counter-attack", "crackdown", "incursion", "onslaught", "explode",
         "detonate", "detonation", "kidnap", "kidnapping", "abduct", "abduction", "hit",
         "target", "gunfight", "stab", "stabbing", "violence", "conflict", "escalation",
         "terrorism", "bloodshed", "campaign", "blockade", "genocide", "rebellion",
         "revolt", "mutiny", "sabotage", "hijack", "hijacking", "insurrection", "shootout",
         "pound", "strafe", "raze", "torch", "ransack", "loot", "looting", "vandalise",
         "vandalize", "arson", "firebomb"),
        "ConflictEvent",
    ),
    **dict.fromkeys(
        ("capture", "seize", "seizure", "takeover", "occupy", "occupation", "conquer",
         "overrun", "fall", "control", "liberate", "recapture", "retake", "annex",
         "coup", "putsch", "overthrow", "topple", "depose", "take", "hold", "lose",
         "reclaim", "regain", "liberation", "surrender", "capitulation", "annexation",
         "reoccupy", "wrest", "conquest", "retaking", "cede"),
        "ControlEvent",
    ),
    **dict.fromkeys(
        ("travel", "flee", "enter", "deploy", "deployment", "withdraw", "withdrawal",
         "drawdown", "retreat", "evacuate", "evacuation", "arrive", "arrival", "depart",
         "departure", "escape", "exodus", "swarm", "advance", "march", "move", "pull",
         "relocate", "return", "visit", "cross", "land", "fly", "sail", "migrate",
         "infiltrate", "storm", "head", "leave", "expel", "expulsion", "deport",
         "displace", "displacement", "redeploy", "redeployment", "pullout", "pull-out",
         "exile", "airlift", "deportation", "trip", "journey"),
        "MovementEvent",
    ),
    **dict.fromkeys(
        ("meet", "meeting", "talk", "talks", "negotiate", "negotiation", "summit",
         "phone", "conference", "consult", "consultation", "interview", "dialogue",
         "discuss", "discussion", "conversation"),
        "ContactEvent",
    ),
    **dict.fromkeys(
        ("appoint", "appointment", "elect", "resign", "resignation", "dismiss", "fire",
         "sack", "nominate", "nomination", "hire", "promote", "oust", "succeed", "replace",
         "inaugurate", "inauguration", "swear", "quit", "reshuffle", "join", "relieve",
         "dismissal", "ouster", "sacking", "reelect", "re-elect", "re-election",
         "reelection", "reappoint", "demote", "demotion", "abdicate", "abdication",
         "retire"),
        "PersonnelEvent",
    ),
    **dict.fromkeys(
        ("arrest", "charge", "try", "trial", "sentence", "sue", "lawsuit", "convict",
         "conviction", "indict", "indictment", "detain", "detention", "jail", "imprison",
         "acquit", "acquittal", "prosecute", "prosecution", "fine", "extradite", "verdict",
         "investigate", "investigation", "probe", "ruling", "appeal", "plead",
         "extradition", "pardon", "arraign", "arraignment", "apprehend", "incarcerate",
         "incarceration", "imprisonment", "jailing", "sentencing", "exonerate", "parole"),
        "JusticeEvent",
    ),
    **dict.fromkeys(
        ("die", "death", "kill", "killing", "injure", "injury", "wound", "bear", "birth",
         "marry", "marriage", "murder", "assassinate", "assassination", "execute",
         "execution", "casualty", "massacre", "divorce", "fatality", "slay", "behead",
         "perish", "drown", "lynch", "strangle"),
        "LifeEvent",
    ),
    **dict.fromkeys(
        ("buy", "sell", "sale", "pay", "payment", "fund", "funding", "donate", "donation",
         "aid", "purchase", "invest", "investment", "lend", "loan", "grant", "spend",
         "bribe", "bribery", "auction"),
        "TransactionEvent",
    ),
    **dict.fromkeys(
        ("found", "merge", "merger", "acquire", "acquisition", "bankrupt", "bankruptcy",
         "launch", "release", "close", "shut", "layoff", "ipo", "restructure", "spin",
         "buyout", "liquidate", "liquidation", "insolvency", "divest", "divestment"),
        "BusinessEvent",
    ),
    **dict.fromkeys(
        ("collapse", "election", "vote", "legislate", "sanction", "ban", "referendum",
         "runoff", "run-off", "by-election",
         "ratify", "veto", "enact", "impeach", "impeachment", "govern", "impose",
         "dissolve", "approve", "adopt", "declare", "suspend", "sign", "establish",
         "ceasefire", "cease-fire", "truce", "armistice", "repeal", "abolish", "outlaw",
         "legalise", "legalize", "nationalise", "nationalize", "reject"),
        "GovernanceEvent",
    ),
    **dict.fromkeys(
        ("protest", "demonstrate", "demonstration", "rally", "riot", "boycott", "walkout",
         "sit-in", "uprising", "strike", "picket"),
        "ProtestEvent",
    ),
}
#: Verb + particle / preposition phrases that change a verb's event class.
PHRASAL_TRIGGERS: dict[tuple[str, str], str] = {
    ("take", "over"): "ControlEvent",
    ("win", "back"): "ControlEvent",  # "won back the town" ("took back" stays "take")
    ("take", "control"): "ControlEvent",
    ("gain", "control"): "ControlEvent",
    ("seize", "control"): "ControlEvent",
    ("regain", "control"): "ControlEvent",
    ("retake", "control"): "ControlEvent",
    ("assume", "control"): "ControlEvent",
    ("wrest", "control"): "ControlEvent",
    ("establish", "control"): "ControlEvent",
    ("step", "down"): "PersonnelEvent",
    ("pull", "out"): "MovementEvent",
    ("go", "bankrupt"): "BusinessEvent",
    ("go", "bust"): "BusinessEvent",
    ("down", "tool"): "ProtestEvent",  # "workers downed tools": a strike
    ("shut", "down"): "BusinessEvent",
    ("close", "down"): "BusinessEvent",
    ("shoot", "dead"): "LifeEvent",  # "was shot dead": a killing, not only a shooting
    ("gun", "down"): "LifeEvent",
    ("find", "dead"): "LifeEvent",  # "was found dead at her home": a death
    ("open", "fire"): "ConflictEvent",
    ("sign", "deal"): "TransactionEvent",
    ("strike", "deal"): "TransactionEvent",
    ("strike", "agreement"): "TransactionEvent",
    ("form", "government"): "GovernanceEvent",
    ("pass", "law"): "GovernanceEvent",
    ("push", "out"): "ControlEvent",
    ("drive", "out"): "ControlEvent",
    ("push", "back"): "ConflictEvent",
    ("drive", "back"): "ConflictEvent",  # "drove the army back towards X"
    ("fall", "back"): "MovementEvent",  # "troops fell back to X": a retreat, not a fall
    ("find", "guilty"): "JusticeEvent",
    ("take", "charge"): "ControlEvent",
    ("take", "power"): "ControlEvent",
    ("seize", "power"): "ControlEvent",
    ("take", "hold"): "",  # "the truce failed to take hold"
    ("take", "part"): "",
    ("take", "place"): "",
    ("go", "on"): "",  # "the fighting is going on": not an event of its own
    ("pull", "back"): "MovementEvent",
    ("walk", "out"): "ProtestEvent",
    ("take", "office"): "PersonnelEvent",
    ("swear", "in"): "PersonnelEvent",  # "the new president was sworn in on Monday"
    ("sign", "agreement"): "TransactionEvent",
    # deals made: "reached an agreement", "signed a pact", "sealed the deal"
    **dict.fromkeys((("reach", "deal"), ("reach", "agreement"), ("reach", "accord"),
                     ("seal", "deal"), ("clinch", "deal"), ("strike", "accord"),
                     ("sign", "accord"), ("sign", "pact"), ("sign", "contract")),
                    "TransactionEvent"),
    ("sign", "treaty"): "GovernanceEvent",
    # "police rounded up dozens of suspects", "the regime cracked down on dissent",
    # "youths threw stones at the soldiers"
    ("round", "up"): "JusticeEvent",
    ("crack", "down"): "ConflictEvent",  # as "a crackdown"
    **dict.fromkeys((("throw", "stone"), ("throw", "rock"), ("hurl", "stone"),
                     ("hurl", "rock"), ("throw", "brick"), ("hurl", "brick"),
                     ("throw", "grenade"), ("hurl", "grenade")), "ConflictEvent"),
    ("take", "hostage"): "ConflictEvent",  # "took hostage 12 workers": a kidnapping
    ("take", "captive"): "ConflictEvent",
}
#: Triggers that are events only with an argument that makes them so
#: ("fire" the weapon vs "fire" the minister; "strike" is workers or missiles).
AMBIGUOUS_TRIGGERS = frozenset({"fire", "strike", "rule", "try", "fine", "bear", "land",
                                "release", "launch", "close", "move", "return", "appeal",
                                "control", "charge", "spend", "govern", "grant", "cross",
                                "fly", "sail", "advance", "replace", "succeed", "pull",
                                "found", "spin", "call", "plead", "swear", "conference",
                                "interview", "talk", "fund", "aid", "pay", "shut", "join",
                                "relieve", "discuss", "dissolve", "impose", "repel",
                                "surround", "hit", "target", "approve", "adopt", "declare",
                                "suspend", "sign", "establish", "conflict", "violence",
                                "campaign", "exile"})
#: Triggers that are events only with a place they act on ("took the town", "held X",
#: "heading to X", "left X for Y"); "took a stake", "held a view", "left the firm" are not.
NEEDS_PLACE = frozenset({"take", "hold", "lose", "head", "leave", "storm", "reclaim",
                         "regain", "enter", "wrest", "cede"})
#: Objects that make a governance verb an event without any entity ("imposed a curfew").
GOVERNANCE_OBJECTS = frozenset({"curfew", "law", "sanction", "ban", "tariff", "emergency",
                                "lockdown", "blockade", "government", "parliament",
                                "cabinet", "assembly", "restriction", "embargo",
                                "constitution", "budget", "bill", "decree", "treaty",
                                "amendment", "council", "committee", "commission", "junta",
                                "administration", "legislation", "reform"})
#: Nouns that, as the object, make an ambiguous verb an event ("fired missiles").
WEAPON_NOUNS = frozenset({"missile", "rocket", "shell", "shot", "bullet", "gun", "weapon",
                          "round", "mortar", "drone", "tear", "gas", "grenade", "cannon",
                          "salvo", "volley", "canister", "artillery", "torpedo",
                          "projectile", "munition", "ammunition", "rifle", "pellet"})

#: Modal and future markers that set factuality.
POSSIBLE_MODALS = frozenset({"may", "might", "could", "can", "would", "should", "must"})
FUTURE_MARKERS = frozenset({"will", "shall", "'ll", "wo"})
INTENT_VERBS = frozenset({"plan", "intend", "aim", "set", "expect", "hope", "want", "seek",
                          "threaten", "vow", "promise", "pledge", "prepare", "ready",
                          "agree", "decide", "try", "attempt", "offer", "ask", "call",
                          "urge"})

# --------------------------------------------------------------------- pronouns

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself"})
GROUP_PRONOUNS = frozenset({"it", "its", "itself", "they", "them", "their", "theirs",
                            "themselves"})
FIRST_PERSON = frozenset({"i", "me", "my", "we", "us", "our", "ours"})

#: Common nouns that, next to a name, say it is an organisation ("retailer Shopwell").
ORG_DESCRIPTOR_NOUNS = frozenset({
    "group", "company", "firm", "organisation", "organization", "movement", "party",
    "militia", "agency", "ministry", "government", "bank", "network", "outlet",
    "alliance", "coalition", "union", "council", "court", "committee", "regime", "team",
    "club", "retailer", "carrier", "automaker", "airline", "manufacturer", "maker",
    "giant", "corporation", "band", "label", "newspaper", "broadcaster", "channel",
    "station", "insurer", "lender", "startup", "conglomerate", "developer",
    "publisher", "studio", "charity", "ngo", "university", "school", "subsidiary",
    "rival", "competitor", "supplier", "operator", "provider", "chain", "brand",
})

# --------------------------------------------------------------------- organisations by common noun

#: Head nouns that name a public body when qualified ("the Veskan government", "Orrin's
#: navy", "the health ministry"): such a phrase is an organisation, not its country or city.
COMMON_ORG_HEADS = frozenset({
    "government", "army", "military", "navy", "junta", "police", "ministry", "regime",
    "cabinet", "parliament", "administration", "opposition", "rebel", "separatist",
    "insurgent", "militia", "coalition", "presidency", "gendarmerie", "constabulary",
    "alliance",
})
#: Plural heads that name a public body only in the plural and qualified ("Veskan
#: authorities denied ...", "the Orrin authorities said"): not "the authority to act".
PLURAL_ORG_HEADS = frozenset({"authorities"})
#: Two-word heads ("the national coast guard", "Marlow's fire brigade").
COMMON_ORG_COMPOUNDS = frozenset({
    ("coast", "guard"), ("fire", "brigade"), ("fire", "service"), ("fire", "department"),
    ("air", "force"), ("border", "guard"), ("armed", "forces"), ("security", "forces"),
    ("defence", "forces"), ("defense", "forces"), ("defence", "force"), ("defense", "force"),
    ("police", "force"), ("police", "service"),
    ("foreign", "office"), ("home", "office"), ("fire", "services"),
    # local and public bodies of politics and society news ("the Brisko city council
    # voted", "Orrin's central bank raised rates", "the school board sacked X")
    ("city", "council"), ("town", "council"), ("county", "council"), ("district", "council"),
    ("municipal", "council"), ("village", "council"), ("regional", "council"),
    ("school", "board"), ("central", "bank"), ("electoral", "commission"),
    ("election", "commission"),
    # public services ("Orrin's health department said", "the Kelvar ambulance service")
    ("health", "department"), ("police", "department"), ("education", "department"),
    ("transport", "department"), ("health", "service"), ("health", "authority"),
    ("health", "board"), ("water", "board"), ("ambulance", "service"),
    ("prison", "service"), ("emergency", "services"),
})
#: Of those, the ones that name a body even bare, when it acts ("the junta said", "rebel
#: spokesman X"): the article's own government, army, rebels.
BARE_ORG_HEADS = frozenset({"government", "junta", "military", "army", "rebel", "separatist",
                            "insurgent", "opposition", "regime", "navy", "alliance"})
#: Of those, the ones a group of groups is called by, one body even brought in with "an"
#: when its members are told ("an alliance of hill militias resumed its offensive").
#: ("coalition" too made a false entity on held-out news.)
GROUPS_OF_GROUPS = frozenset({"alliance"})
#: Heads that are groups of people: "rebel spokesman" speaks for "rebels".
GROUP_MEMBER_HEADS = frozenset({"rebel", "separatist", "insurgent"})
#: Words for one body in different terms ("the army", "the military", "the armed forces");
#: a bare one joins the article's only named body of its family.
ORG_FAMILIES: dict[str, str] = {
    **dict.fromkeys(("army", "military", "forces", "force", "junta"), "military"),
    **dict.fromkeys(("rebels", "separatists", "insurgents", "militants", "rebel",
                     "separatist", "insurgent", "militant"), "rebels"),
    **dict.fromkeys(("government", "administration", "regime", "cabinet"), "government"),
    "navy": "navy", "opposition": "opposition",
}
#: Adjectives that make a common noun a particular body ("the federal government").
STATE_ADJECTIVES = frozenset({"national", "federal", "state", "central", "interim",
                              "transitional", "provincial", "regional", "military", "royal",
                              "municipal", "city", "county"})
#: Heads whose lower-case compound says which body it is ("the health ministry").
FUNCTION_HEADS = frozenset({"ministry"})


#: Nationality adjectives not made from the start of their country's name ("French" /
#: "France", "Afghan" / "Afghanistan"), lower case: the countries' common names.
IRREGULAR_DEMONYMS: dict[str, frozenset[str]] = {adj: frozenset(places) for adj, places in {
    "french": ("france",), "british": ("britain", "great britain", "united kingdom", "uk"),
    "english": ("england",), "scottish": ("scotland",), "welsh": ("wales",),
    "irish": ("ireland",), "dutch": ("netherlands", "holland"), "spanish": ("spain",),
    "greek": ("greece",), "swiss": ("switzerland",), "danish": ("denmark",),
    "finnish": ("finland",), "polish": ("poland",), "afghan": ("afghanistan",),
    "kurdish": ("kurdistan",), "uzbek": ("uzbekistan",), "kazakh": ("kazakhstan",),
    "tajik": ("tajikistan",), "turkmen": ("turkmenistan",), "kyrgyz": ("kyrgyzstan",),
    "filipino": ("philippines",), "philippine": ("philippines",), "thai": ("thailand",),
    "lao": ("laos",), "burmese": ("burma", "myanmar"), "azeri": ("azerbaijan",),
    "emirati": ("united arab emirates", "uae"), "malagasy": ("madagascar",),
    "ivorian": ("ivory coast",), "american": ("united states", "us", "u.s.", "usa", "america"),
}.items()}


@lru_cache(maxsize=8192)  # pure; asked of every adjective and one-word name pair
def demonym_of(adjective: str, place: str) -> bool:
    """"Veskan" / "Veska", "Kelvari" / "Kelvar", "Orrinese" / "Orrin": the
    adjective starts with all of the name but its last two letters (four at least); or
    it is a country's irregular one ("French" / "France", ``IRREGULAR_DEMONYMS``)."""
    if place.lower() in IRREGULAR_DEMONYMS.get(adjective.lower(), ()):
        return True
    stem = min(len(place), max(4, len(place) - 2))
    return (len(adjective) > len(place) - 2 and adjective[:stem].lower() == place[:stem].lower()
            and adjective.lower() != place.lower())

#: Words in the name of a body of workers ("the Tesk Nurses Union", "the Orrin Transport
#: Federation"), whose trade's people act as it does.
UNION_WORDS = frozenset({"union", "unions", "federation", "syndicate", "guild",
                         "confederation", "association"})

#: Last words of outlets' names ("the Valley News", "the Morning Courier"): an outlet
#: tells of acts, it does none, and takes no side in them.
OUTLET_WORDS = frozenset({"news", "press", "times", "post", "journal", "channel", "tv",
                          "radio", "agency", "herald", "tribune", "gazette", "courier"})

#: Auxiliaries under which a cue states nothing (yet): modals and the future.
UNREAL_AUXES = frozenset({"can", "could", "may", "might", "should", "must", "will", "shall",
                          "'ll", "ca", "wo"})
#: Modifiers of a role noun that make it a past role.
PAST_ROLE_WORDS = frozenset({"former", "ex", "ex-", "erstwhile", "onetime", "late"})

#: Nouns for a post or a job held in a body ("chairman", "engineer").
POST_HOLDER_NOUNS = ROLE_NOUNS | STAFF_NOUNS

#: Ranks, honorifics and offices that stand only before a person's name ("Colonel X",
#: "Dr X", "Archbishop X"); unlike ``TITLES``, no role a body's name follows ("chief",
#: "former", "acting") and no word that is also a forename ("Prime", "Vice").
PERSON_RANKS = frozenset({
    "mr", "mrs", "ms", "mx", "dr", "prof", "professor", "sir", "dame", "sheikh", "shaikh",
    "imam", "mullah", "rabbi", "rev", "reverend", "archbishop", "bishop", "cardinal", "pope",
    "senator", "sen", "congressman", "congresswoman", "gen", "general", "col", "colonel",
    "capt", "captain", "lt", "lieutenant", "maj", "major", "sgt", "sergeant", "cpl",
    "corporal", "adm", "admiral", "brig", "brigadier", "commodore", "marshal", "president",
    "governor", "gov", "mayor", "judge", "justice", "minister", "king", "queen", "prince",
    "princess", "emir", "sultan", "ayatollah", "chancellor", "premier", "ambassador",
})
#: Acronyms of countries and regions ("the US", "the DRC"): an acronym the tagger calls
#: a place and that is none of these is an organisation ("KLF leaders", "the KDP").
PLACE_ACRONYMS = frozenset({
    "us", "usa", "uk", "gb", "uae", "drc", "car", "prc", "roc", "rok", "dprk", "ksa", "ussr",
    "nyc", "dc", "la", "sf", "nz", "png", "bih", "rsa", "trnc", "mena",
})

#: Nouns for a side's fighters named after what they fight for ("the rebels"); a name
#: ending in the noun is the side ("Dorran rebels").
FIGHTER_NOUNS = frozenset({"rebel", "separatist", "insurgent", "militant", "jihadist",
                           "guerrilla", "warlord", "loyalist", "islamist", "extremist",
                           "mutineer", "putschist", "paramilitary"})
#: Words that say whose forces they are without naming anyone.
#: (A side described, "rebel forces", is the side the text names so, or no one: see
#: ``events.described_group``.)
FORCE_OWNERS = frozenset({"government", "federal", "state", "security", "army", "military",
                          "police", "regime", "junta"})
#: Last words of a portfolio ("Home Affairs", "Territorial Administration", "Health").
PORTFOLIO_WORDS = frozenset({
    "affairs", "administration", "development", "defence", "defense", "interior", "health",
    "finance", "justice", "education", "security", "trade", "labour", "labor", "energy",
    "transport", "agriculture", "environment", "information", "communications", "planning",
    "economy", "industry", "tourism", "culture", "sport", "sports", "housing", "works",
    "relations", "resources", "welfare", "treasury", "commerce", "fisheries", "mines",
    "mining", "water", "infrastructure", "reconciliation", "integration", "immigration",
    "decentralisation", "decentralization", "budget", "communication", "youth", "women"})

#: Nouns of an effort whose infinitive names the deed tried ("a bid to retake X").
EFFORT_NOUNS = frozenset({"bid", "attempt", "effort", "push", "drive", "campaign", "battle",
                          "fight", "offensive", "operation", "plan", "struggle", "move"})
