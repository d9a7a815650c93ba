"""Events of courts, policing and harm that the main lexicon reads wrong or not at all.

Courts, business and society news tell their deeds in constructions the conflict
lexicon does not hold: a suspect is "taken into custody" or "remanded", "pleads
guilty", is "questioned" or "interrogated" by detectives; officers "search"
a home (law enforcement, not an attack); a "bail hearing" is set; people are "hurt",
a crash "left five people dead", a singer "took her own life". And some words that
look like attacks are illness ("a heart attack"). Each rule reads only the trigger's
own dependents and the small model's tags, so it holds in any domain.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.event_kinds import CRIME_VERBS, MORE_CRIMES
from kg.extract.market_words import LAYOFF_NOUNS, SESSION_VERBS, market_move, staff_cut

#: Nouns for those who enforce the law: their searches and questioning are justice.
ENFORCER_NOUNS = frozenset({"police", "policeman", "policewoman", "officer", "detective",
                            "investigator", "prosecutor", "agent", "inspector", "customs",
                            "constable", "gendarme", "gendarmerie", "trooper", "marshal",
                            "sheriff", "deputy", "prosecution", "regulator", "bailiff",
                            "authority", "authorities", "anti-corruption", "fbi", "interpol"})
#: Verbs of law enforcement that are justice when enforcers do them ("detectives
#: questioned the coach", "investigators searched her home"). A raid stays the lexicon's
#: attack, whoever makes it (``test_extract_events_w5``).
ENFORCING_VERBS = frozenset({"search", "question", "quiz", "interview"})
#: Verbs of law enforcement that are justice whoever does them.
ALWAYS_JUSTICE_VERBS = frozenset({"interrogate", "remand"})
#: Words that make a hearing a court's ("a bail hearing", "the sentencing hearing").
COURT_HEARING_WORDS = frozenset({"court", "bail", "sentencing", "extradition", "appeal",
                                 "appeals", "preliminary", "custody", "disciplinary", "plea",
                                 "tribunal", "remand", "trial", "pre-trial", "pretrial",
                                 "committal", "parole", "deportation", "asylum", "judge",
                                 "magistrate", "magistrates", "closed-door", "evidentiary"})
#: Nouns of a court or a judge: "a hearing in court", "a hearing before the judge".
COURT_NOUNS = frozenset({"court", "judge", "magistrate", "tribunal", "jury", "courtroom"})
#: Verdicts pleaded ("pleaded guilty", "pleaded not guilty", "pleaded innocent").
PLEAS = frozenset({"guilty", "innocent", "insanity", "contest"})
#: Modifiers that make an "attack" an illness ("a heart attack", "a panic attack").
ILLNESS_WORDS = frozenset({"heart", "panic", "asthma", "anxiety", "seizure", "epileptic",
                           "migraine", "allergy", "allergic", "gout", "coughing", "vertigo",
                           "cardiac"})
#: States of harm that, left on people, make the leaving a death or an injury.
HARM_STATES = frozenset({"dead", "injured", "wounded", "hurt", "homeless", "paralysed",
                         "paralyzed"})
#: Nouns of people who can be hurt ("four people were hurt", "it hurt two workers").
_HURT_PEOPLE = frozenset({"people", "person", "man", "woman", "child", "worker", "passenger",
                          "resident", "player", "fan", "student", "pupil", "officer",
                          "soldier", "civilian", "driver", "pedestrian", "tourist",
                          "spectator", "patient", "staff", "employee", "firefighter",
                          "policeman", "protester", "demonstrator", "villager", "miner",
                          "he", "she", "they", "we", "i", "him", "her", "them", "us",
                          "teenager", "boy", "girl", "baby", "victim", "guard", "crew"})


def _enforcer(word: Token) -> bool:
    """A noun (or name) for the police, investigators or prosecutors."""
    lemma = word.lemma_.lower()
    return lemma in ENFORCER_NOUNS or word.lower_ in ENFORCER_NOUNS or any(
        c.dep_ == "compound" and c.lower_ == "police" for c in word.children)


def _doers(verb: Token) -> list[Token]:
    """The verb's subject, or the object of its passive "by" phrase."""
    out = [c for c in verb.children if c.dep_ == "nsubj"]
    for c in verb.children:
        if c.dep_ == "agent":
            out.extend(p for p in c.children if p.dep_ == "pobj")
    if not out and verb.dep_ in {"conj", "xcomp", "advcl"} and verb.head.pos_ == "VERB":
        out = [c for c in verb.head.children if c.dep_ == "nsubj"]  # "police arrived and
        # searched the flat"
    if out and all(d.pos_ == "PRON" for d in out) and verb.dep_ == "ccomp":
        out = [c for c in verb.head.children if c.dep_ == "nsubj"]  # "police said they had
        # seized ...": the pronoun is the speaker
    return out


def enforcement(token: Token) -> str | None:
    """Trigger words of a deed of law enforcement: "investigators searched her home",
    "detectives questioned two men", "was interrogated", "was remanded in custody", "was
    taken into custody", "a police search", "a search by customs officers". None when the
    deed is none ("voters questioned the plan", "searched for survivors" by rescuers)."""
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB":
        if lemma in ALWAYS_JUSTICE_VERBS:
            return token.text
        if lemma in ENFORCING_VERBS and any(_enforcer(d) for d in _doers(token)):
            return token.text
        if lemma in {"take", "place", "put", "hold", "keep"} and _into_custody(token):
            return token.text  # "was taken into custody", "held in custody"
        if lemma in SEIZING_VERBS and _goods_seized(token) and (
                lemma != "seize" or any(_enforcer(d) for d in _doers(token))):
            return token.text  # "police seized 40 kg of cocaine", "impounded the lorry"
        return None
    if token.pos_ == "NOUN" and lemma in {"search", "interrogation", "questioning"}:
        for c in token.children:
            if c.dep_ in {"compound", "amod", "poss"} and _enforcer(c):
                return token.text  # "a police search", "the prosecutors' search"
            if c.dep_ == "prep" and c.lower_ == "by" and any(
                    _enforcer(p) for p in c.children if p.dep_ == "pobj"):
                return token.text  # "a search by tax inspectors"
    return None


#: Verbs of goods taken by the law ("seized cocaine", "confiscated passports").
SEIZING_VERBS = frozenset({"seize", "confiscate", "impound"})
#: Goods the law seizes: no ground, so no change of control of a place.
GOODS_NOUNS = frozenset({"drug", "drugs", "cocaine", "heroin", "cannabis", "methamphetamine",
                         "kilogram", "kilo", "tonne", "ton", "gram", "pound", "asset",
                         "passport", "document", "computer", "phone", "laptop", "cash",
                         "money", "weapon", "gun", "firearm", "rifle", "ammunition",
                         "vehicle", "car", "lorry", "truck", "boat", "shipment", "cargo",
                         "goods", "cigarette", "alcohol", "property", "fund", "account",
                         "record", "file", "device", "counterfeit", "haul", "contraband"})


def _goods_seized(verb: Token) -> bool:
    """The verb's object (or passive subject) is goods, not ground: "seized 40 kilograms of
    cocaine", "assets were seized", "confiscated their passports"."""
    return any(c.dep_ in {"dobj", "nsubjpass"} and (
        c.lemma_.lower() in GOODS_NOUNS or c.lower_ in GOODS_NOUNS) and c.ent_type_ not in {
        "GPE", "LOC", "FAC"} for c in verb.children)


def _into_custody(verb: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ in {"into", "in"} and any(
        p.dep_ == "pobj" and p.lemma_.lower() == "custody" for p in c.children)
        for c in verb.children)


def court_hearing(noun: Token) -> bool:
    """"a bail hearing", "the sentencing hearing", "a hearing in court", "the court
    hearing", "a hearing before the judge": a court sits. Not a parliament's hearing,
    not a "hearing aid"."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() != "hearing" or noun.dep_ == "compound":
        return False
    for c in noun.children:
        if c.dep_ in {"compound", "amod", "nmod"} and c.lower_ in COURT_HEARING_WORDS:
            return True
        if c.dep_ == "prep" and c.lower_ in {"in", "at", "before", "of"} and any(
                p.dep_ == "pobj" and p.lemma_.lower() in COURT_NOUNS for p in c.children):
            return True
    return False


def pleaded(verb: Token) -> bool:
    """"pleaded guilty to fraud", "pleads not guilty", "pleaded innocent": a plea to a
    court (not "pleaded for calm", "pleaded with the rebels")."""
    return verb.lemma_.lower() == "plead" and any(
        c.lower_ in PLEAS for c in verb.children if c.dep_ in {
            "acomp", "oprd", "advmod", "dobj", "xcomp", "ccomp", "attr"})


def begged(verb: Token) -> bool:
    """"pleaded for calm", "pleaded with the rebels to stop": begging, no plea to a court."""
    return verb.lemma_.lower() == "plead" and not pleaded(verb) and any(
        c.dep_ == "prep" and c.lower_ in {"for", "with"} for c in verb.children)


#: Verbs whose object "fire" is shooting ("opened fire", "exchanged fire", "returned fire").
_SHOOTING_FIRE_VERBS = frozenset({"open", "exchange", "return", "trade", "hold", "cease",
                                  "draw", "direct", "concentrate", "pour", "come"})


#: Modifiers that make "fire" shooting ("heavy fire", "sniper fire", "artillery fire").
_SHOOTING_FIRE_WORDS = frozenset({"heavy", "sniper", "artillery", "machine-gun", "mortar",
                                  "tank", "rocket", "enemy", "friendly", "automatic", "live",
                                  "small-arms", "cross", "return", "gun", "rifle", "naval",
                                  "anti-aircraft"})


def blaze(noun: Token) -> bool:
    """"a fire broke out", "the fire at the tower killed 12", "a fire in a warehouse": the
    noun "fire" is a blaze, no dismissal and no shooting. Shooting is "opened fire",
    "came under fire", "fire from the ridge", "heavy fire", "gunfire"."""
    if noun.pos_ != "NOUN" or noun.lower_ not in {"fire", "fires"}:
        return False
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_.lower() in _SHOOTING_FIRE_VERBS:
        return False
    if noun.dep_ == "pobj" and head.lower_ in {"under", "with"}:
        return False  # "came under fire", "responded with fire"
    return not any(c.lower_ in _SHOOTING_FIRE_WORDS for c in noun.children
                   if c.dep_ in {"amod", "compound"})  # "heavy fire", "sniper fire"


#: What sets a fire with no one behind it ("a spark set fire to the barn").
FIRE_CAUSES = frozenset({"lightning", "spark", "fault", "candle", "cigarette", "heater",
                         "stove", "heat", "circuit", "blaze", "wildfire", "fire", "flame",
                         "explosion", "blast", "leak", "sun", "firework", "battery"})
#: Words of a thing set burning ("set ablaze", "set alight", "set on fire").
BURNING_WORDS = frozenset({"ablaze", "alight", "afire"})


def arson(noun: Token) -> bool:
    """"Youths set fire to a police station", "the depot was set on fire": a fire people
    set is an attack (arson), no disaster; "a spark set fire to the barn" stays one."""
    if noun.pos_ != "NOUN" or noun.lower_ != "fire":
        return False
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "on":
        verb = verb.head  # "set on fire"
    elif noun.dep_ != "dobj":
        return False
    return verb.lemma_.lower() == "set" and _set_by_people(verb)


def set_alight(verb: Token) -> str | None:
    """"Rioters set cars ablaze", "the office was set alight": the words of an arson
    attack; None for any other "set"."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "set":
        return None
    burning = next((c for c in verb.children if c.lower_ in BURNING_WORDS), None)
    if burning is None or not _set_by_people(verb):
        return None
    return f"{verb.text} {burning.text}" if burning.i == verb.i + 1 else verb.text


def _set_by_people(verb: Token) -> bool:
    return not any(d.lemma_.lower() in FIRE_CAUSES for d in _doers(verb))


#: Nouns of people beaten by police, guards or a mob ("beat a protester"), besides a
#: named person (whom one may also beat in a vote).
BEATEN_NOUNS = frozenset({"protester", "demonstrator", "prisoner", "detainee", "inmate",
                          "journalist", "reporter", "student", "activist", "man", "woman",
                          "boy", "girl", "suspect", "migrant", "refugee", "worker", "villager",
                          "resident", "civilian", "teenager", "youth", "child", "people",
                          "person", "officer", "policeman", "guard", "soldier", "victim"})
#: What a beating leaves one ("beaten to death", "beaten unconscious", "badly beaten").
BEATING_WORDS = frozenset({"death", "unconscious", "senseless", "badly", "severely",
                           "brutally", "savagely", "up"})


def beating(verb: Token) -> str | None:
    """"Officers beat a protester with batons", "the journalist was beaten by police",
    "guards beat the prisoners": an assault (ConflictEvent); "was beaten to death": a
    killing (LifeEvent). None for "Harrow beat Orrin City 3-1", "Moreno beat Olsen in the
    runoff", "the firm beat expectations"."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "beat":
        return None
    kids = list(verb.children)
    if any(c.lower_ == "death" for k in kids if k.dep_ == "prep" and k.lower_ == "to"
           for c in k.children):
        return "LifeEvent"
    beaten = [c for c in kids if c.dep_ in {"dobj", "nsubjpass"}]
    if any(b.lemma_.lower() in BEATEN_NOUNS and not b.ent_type_ for b in beaten):
        return "ConflictEvent"
    passive = any(c.dep_ == "auxpass" for c in kids)
    return "ConflictEvent" if passive and (
        any(c.lower_ in BEATING_WORDS for c in kids) or any(
            d.lemma_.lower() in BEATERS for d in _doers(verb))) else None


#: Those who beat people in custody or in the street ("was beaten by police").
BEATERS = frozenset({"police", "policeman", "officer", "guard", "soldier", "mob", "attacker",
                     "gang", "militiaman", "militant", "thug", "assailant", "security"})


def charges_faced(noun: Token) -> bool:
    """"The mayor faces charges of fraud", "Olsen faces bribery charges": charges one faces
    in court are a step of justice ("faces criticism", "faces a charge of the brigade"
    are not)."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() != "charge" or noun.dep_ != "dobj":
        return False
    if noun.head.lemma_.lower() != "face":
        return False
    kids = list(noun.children)
    if any(c.dep_ == "compound" and c.lemma_.lower() in MORE_CRIMES for c in kids) or any(
            c.dep_ == "prep" and c.lower_ == "of" and _of_wrong(c) for c in kids) or any(
            c.dep_ == "amod" and c.lower_ in {"criminal", "federal", "terrorism"}
            for c in kids):
        return True  # "bribery charges", "charges of fraud", "criminal charges"
    return noun.tag_ == "NNS" and not any(c.dep_ in {"prep", "compound", "amod"}
                                          for c in kids)  # "faces charges", bare


def illness_attack(noun: Token) -> bool:
    """"a heart attack", "suffered a panic attack", "an asthma attack": illness, no
    attack."""
    return noun.lemma_.lower() == "attack" and noun.pos_ == "NOUN" and any(
        c.dep_ in {"compound", "amod"} and c.lower_ in ILLNESS_WORDS for c in noun.children)


def harm(verb: Token) -> str | None:
    """Trigger words of a death or injury told by a verb the lexicon leaves out: "four
    people were hurt", "the blast hurt two workers", "left five people dead", "left
    dozens injured", "took his own life". None for "hurt sales", "left the town without
    power", "took a life of its own"."""
    if verb.pos_ != "VERB":
        return None
    lemma = verb.lemma_.lower()
    if lemma == "hurt":
        hurt = [c for c in verb.children if c.dep_ in {"nsubjpass", "dobj"}]
        if verb.dep_ == "acl" and verb.tag_ == "VBN":
            hurt.append(verb.head)  # "two people hurt in the crash"
        return verb.text if any(_person_word(h) for h in hurt) else None
    if lemma == "leave":
        states = [c for c in verb.children if c.dep_ in {"oprd", "ccomp", "xcomp", "acomp"}
                  and c.lower_ in HARM_STATES]
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if states and (objects or any(c.dep_ == "nsubj" for c in states[0].children)):
            first = min([verb.i, *(o.i for o in objects)])
            return verb.doc[first:states[0].i + 1].text  # "left five people dead"
        return None
    if lemma == "take":
        for c in verb.children:
            if c.dep_ == "dobj" and c.lemma_.lower() == "life" and any(
                    a.lower_ == "own" for a in c.children) and any(
                    a.dep_ == "poss" for a in c.children):
                return verb.doc[verb.i:c.i + 1].text  # "took his own life"
    return None


#: Those carried to hospital or to a cell, beside the nouns of people.
_CARRIED = frozenset({"injured", "wounded", "dead", "body", "suspect", "prisoner",
                      "detainee", "hostage", "casualty", "survivor", "bodies", "suspects"})


def carried_away(verb: Token) -> bool:
    """"the men were taken to a police station", "took the injured to hospital", "was
    taken into a waiting van": people carried somewhere (a movement), no place taken
    ("troops took the town", "took the fight to the capital" keep their readings)."""
    if verb.lemma_.lower() != "take" or not any(
            c.dep_ == "prep" and c.lower_ in {"to", "into", "towards", "toward"}
            for c in verb.children):
        return False
    moved = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    return bool(moved) and all(_person_word(m) or m.lower_ in _CARRIED or (
        m.lemma_.lower() in _CARRIED) or _counted_people(m) for m in moved)


def _counted_people(noun: Token) -> bool:
    """"the two climbers", "three fans": people counted (a plural in "-er"/"-ist"/"-ant"
    or any plural with a number, as the object of a carrying)."""
    return noun.tag_ == "NNS" and any(c.dep_ == "nummod" for c in noun.children) and (
        noun.lemma_.lower().endswith(("er", "ist", "ant", "ent", "or", "an")))


def _person_word(word: Token) -> bool:
    return word.ent_type_ == "PERSON" or word.lemma_.lower() in _HURT_PEOPLE or (
        word.lower_ in _HURT_PEOPLE)


#: Nouns of a case at law: what is settled, dropped, thrown out, won or lost in court.
CASE_NOUNS = frozenset({"case", "lawsuit", "suit", "charge", "prosecution", "indictment",
                        "count", "action", "complaint", "conviction", "sentence", "verdict"})
#: Verbs that, with a case at law as object, are a step of justice ("settled the case",
#: "dropped the charges", "the case was thrown out", "admitted two counts of fraud").
CASE_VERBS = frozenset({"settle", "drop", "dismiss", "throw", "bring", "file", "win", "lose",
                        "reopen", "quash", "overturn", "uphold", "admit", "press", "level",
                        "withdraw", "reduce", "commute", "halve", "lodge"})
#: Verbs of a court or a judge deciding ("the court ruled in favour", "the judge
#: decided"), which are justice when the court or judge does them.
DECIDING_VERBS = frozenset({"rule", "decide", "find", "order", "acquit", "adjourn", "halt"})
#: Nouns for a court or those who sit in one.
BENCH_NOUNS = frozenset({"court", "judge", "jury", "tribunal", "magistrate", "justice",
                         "panel", "bench", "juror", "coroner"})
#: Verdicts a court or jury finds ("found Olsen guilty", "was found not guilty", "found
#: the firm liable").
VERDICT_WORDS = frozenset({"guilty", "innocent", "liable", "culpable"})
#: Places of custody one is sent to ("sent to prison", "sent to jail").
CUSTODY_PLACES = frozenset({"prison", "jail", "gaol", "detention"})
#: Investigations by another name: inquiries and inquests are justice, like "probe".
INQUIRY_NOUNS = frozenset({"inquiry", "enquiry", "inquest"})
#: Verbs whose "of" phrase names the wrong one is cleared of ("cleared of all charges").
CLEARING_VERBS = frozenset({"clear", "acquit", "exonerate", "absolve"})
#: Wrongs one is accused of, besides the plain nouns of crime.
_WRONG_WORDS = frozenset({"charge", "crime", "wrongdoing", "offence", "offense", "count"})


#: Verbs of a court reviewing a law, a ban or a ruling ("the court struck down the law",
#: "judges overturned the verdict", "a judge blocked the ban"): justice when a court or a
#: judge does them, or, for "struck down", when a law or a ruling is struck down.
REVIEW_VERBS = frozenset({"overturn", "uphold", "quash", "strike", "annul", "invalidate",
                          "overrule", "reverse", "block", "suspend", "void", "nullify"})
#: What a court strikes down ("the law was struck down in May").
REVIEWED_NOUNS = frozenset({"law", "ban", "ruling", "verdict", "conviction", "sentence",
                            "decree", "act", "rule", "order", "measure", "statute", "policy",
                            "regulation", "provision", "amendment", "mandate", "decision"})
#: Every verb ``court_deed`` reads.
_COURT_DEED_VERBS = frozenset({"appear", "send", "return", "commit", "grant", "deny", "refuse",
                               "set", "charge", "arrest", "detain", "convict", "jail",
                               "sentence", "question", "accuse"}
                              | DECIDING_VERBS | CASE_VERBS | CLEARING_VERBS | REVIEW_VERBS)


def court_deed(token: Token) -> str | None:
    """Trigger words of a step of justice told without a word of the lexicon:
    "appeared in court", "sent to prison", "granted bail", "the court ruled in favour of",
    "settled the case", "dropped the charges", "cleared of all charges", "was accused of
    stealing", "an inquiry", "an inquest". None for "appeared on television", "sent to
    the front", "granted a licence", "ruled the country", "settled in Orrin"."""
    lemma = token.lemma_.lower()
    if token.pos_ == "NOUN":
        if lemma in INQUIRY_NOUNS and token.dep_ not in {"compound", "amod"}:
            return token.text
        return None
    if token.pos_ != "VERB" or lemma not in _COURT_DEED_VERBS:
        return None  # most verbs stop here, before any child is read
    preps = [c for c in token.children if c.dep_ == "prep"]
    if lemma == "appear" and any(p.lower_ in {"in", "before", "at"} and _pobj_in(
            p, BENCH_NOUNS) for p in preps):
        return token.text  # "appeared in court", "appeared before a judge"
    if lemma in {"send", "return", "commit"} and any(
            p.lower_ == "to" and _pobj_in(p, CUSTODY_PLACES) for p in preps):
        return token.text  # "was sent to prison"
    objects = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    if lemma in {"grant", "deny", "refuse", "set"} and any(
            o.lemma_.lower() == "bail" for o in objects):
        return token.text  # "was granted bail", "bail was set at"
    if lemma == "find" and any(c.lower_ in VERDICT_WORDS for c in token.children
                               if c.dep_ in {"ccomp", "oprd", "acomp", "xcomp"}):
        return token.text  # "the jury found Olsen guilty" (the parser makes "guilty" a
        # clause of its own), "was found not guilty", "found the firm liable"
    if lemma in DECIDING_VERBS and not any(c.dep_ == "ccomp" for c in token.children) and any(
            d.lemma_.lower() in BENCH_NOUNS for d in _doers(token)):
        return token.text  # "the court ruled in favour of the union" (with "that" it is
        # a statement, read by the statements stage)
    if lemma in CASE_VERBS and any(o.lemma_.lower() in CASE_NOUNS for o in objects):
        return token.text  # "settled the case", "the charges were dropped"
    if lemma in {"charge", "arrest", "detain", "convict", "jail", "sentence", "question"} \
            and any(_over_deed(p) for p in preps):
        return token.text  # "were charged over the robbery", "in connection with the death"
    if lemma in REVIEW_VERBS and (words := _reviewed(token, lemma, objects)) is not None:
        return words  # "the court struck down the law", "judges overturned the verdict"
    of = next((p for p in preps if p.lower_ == "of"), None)
    if lemma in CLEARING_VERBS and _of_wrong(of):
        return token.text  # "was cleared of all charges"
    if lemma == "accuse" and token.tag_ == "VBN" and _of_wrong(of):
        return token.text  # "is accused of stealing", "was accused of fraud"
    return None


def _reviewed(verb: Token, lemma: str, objects: list[Token]) -> str | None:
    """"The supreme court struck down the law", "the law was struck down in May", "judges
    overturned the verdict", "a judge blocked the ban": a court's review (the trigger
    words); not "protesters overturned cars", "the government blocked the road", "a
    missile struck the depot"."""
    down = next((c for c in verb.children if c.dep_ in {"prt", "advmod"} and c.lower_ == "down"),
                None)
    if lemma == "strike" and down is None:
        return None
    words = f"{verb.text} down" if down is not None and down.i == verb.i + 1 else verb.text
    if any(d.lemma_.lower() in BENCH_NOUNS for d in _doers(verb)):
        return words
    return words if down is not None and any(
        o.lemma_.lower() in REVIEWED_NOUNS for o in objects) else None


#: Deeds one is charged over or in connection with ("over the robbery", "in connection
#: with the stabbing"), beside the nouns of crime.
DEED_NOUNS = frozenset({"death", "killing", "stabbing", "shooting", "attack", "fire", "crash",
                        "collapse", "disappearance", "riot", "explosion", "blast", "raid",
                        "scandal", "leak", "hack", "heist", "break-in", "protest",
                        "violence", "incident", "accident", "abduction"})


#: Verbs whose object "fine" is a penalty ("paid a fine", "faces a fine", "imposed a
#: fine", "was handed a fine").
PENALTY_VERBS = frozenset({"pay", "face", "impose", "levy", "issue", "receive", "incur",
                           "get", "hand", "give", "risk", "slap", "order", "contest",
                           "appeal", "dodge", "avoid", "escape", "overturn", "cut", "reduce"})
#: Verbs whose "with" phrase names a penalty ("slapped with a fine", "hit with fines").
PUNISHING_VERBS = frozenset({"slap", "hit", "punish", "threaten", "penalise", "penalize",
                             "sanction", "face"})
#: Modifiers of a fine that is a penalty ("a record fine", "a hefty fine").
PENALTY_WORDS = frozenset({"record", "hefty", "heavy", "maximum", "huge", "large", "big",
                           "civil", "criminal", "administrative", "million", "billion"})


def penalty(noun: Token) -> bool:
    """"was ordered to pay a fine", "slapped Delta Grain with a fine", "a fine of $2
    million", "faces a record fine": the noun "fine" as a penalty, a step of justice like
    the verb ("was fined"). The small model tags the weather's "fine" an adjective; a
    noun "fine" with none of these is left alone."""
    if noun.pos_ != "NOUN" or noun.lower_ not in {"fine", "fines"} or noun.dep_ in {
            "compound", "amod"}:
        return False
    head = noun.head
    if noun.dep_ in {"dobj", "nsubjpass"} and head.lemma_.lower() in PENALTY_VERBS:
        return True
    if noun.dep_ == "pobj" and head.lower_ == "with" and (
            head.head.lemma_.lower() in PUNISHING_VERBS):
        return True
    for c in noun.children:
        if c.dep_ in {"amod", "compound", "nmod", "nummod", "quantmod"} and (
                c.lower_ in PENALTY_WORDS or c.like_num or c.tag_ == "$"):
            return True  # "a record fine", "a $2 million fine"
        if c.dep_ == "prep" and c.lower_ == "of" and any(
                w.like_num or w.tag_ == "$" for w in c.subtree):
            return True  # "a fine of $2 million", "fines of up to 10,000 euros"
    return False


def _over_deed(prep: Token) -> bool:
    """"over the robbery", "in connection with the death of X", "for the attack"."""
    words = []
    if prep.lower_ in {"over", "for"}:
        words = [p for p in prep.children if p.dep_ == "pobj"]
    elif prep.lower_ == "in":
        words = [q for p in prep.children if p.dep_ == "pobj" and p.lemma_.lower() == "connection"
                 for w in p.children if w.dep_ == "prep" and w.lower_ == "with"
                 for q in w.children if q.dep_ == "pobj"]
    return any(w.lemma_.lower() in MORE_CRIMES or w.lemma_.lower() in DEED_NOUNS
               for w in words)


def _pobj_in(prep: Token | None, lemmas: frozenset[str]) -> bool:
    return prep is not None and any(
        p.dep_ == "pobj" and p.lemma_.lower() in lemmas for p in prep.children)


def _of_wrong(prep: Token | None) -> bool:
    """An "of" phrase naming a crime: a noun of crime or a charge, or a gerund of a crime
    ("of fraud", "of all charges", "of stealing cattle", "of taking bribes")."""
    if prep is None:
        return False
    for p in prep.children:
        lemma = p.lemma_.lower()
        if p.dep_ == "pobj" and (lemma in MORE_CRIMES or lemma in _WRONG_WORDS):
            return True
        if p.dep_ == "pcomp" and p.tag_ == "VBG" and (lemma in CRIME_VERBS or any(
                c.dep_ == "dobj" and c.lemma_.lower() in {"bribe", "kickback"}
                for c in p.children)):
            return True
    return False


#: Every lemma a rule of this module or of ``market_words`` reads: ``reading`` is asked
#: only for these, so the other verbs and nouns of a text cost one set lookup.
READ_LEMMAS = frozenset(
    ALWAYS_JUSTICE_VERBS | ENFORCING_VERBS | SEIZING_VERBS | _COURT_DEED_VERBS | INQUIRY_NOUNS
    | {"take", "place", "put", "hold", "keep", "interrogation", "questioning", "hurt",
       "leave", "plead", "attack", "fire", "hearing", "cut", "fine", "beat"}
    | SESSION_VERBS | LAYOFF_NOUNS)


def reading(token: Token, lemma: str, pos: str) -> tuple[str, str] | tuple[()] | None:
    """This wave's reading of a trigger candidate whose lemma is in ``READ_LEMMAS``:
    (class, words), () for no event, None to let the lexicon decide."""
    if (words := enforcement(token) or court_deed(token)) is not None:
        return "JusticeEvent", words  # "detectives questioned X", "appeared in court"
    if pos == "VERB":
        if (words := harm(token)) is not None:
            return "LifeEvent", words  # "four people were hurt", "left five people dead"
        if begged(token) or market_move(token):
            return ()  # "pleaded for calm", "shares closed higher": no plea, no closure
        if carried_away(token):
            return "MovementEvent", token.text  # "were taken to a police station": moved
        if (words := set_alight(token)) is not None:
            return "ConflictEvent", words  # "rioters set cars ablaze": arson
        if (cls := beating(token)) is not None:
            return cls, token.text  # "officers beat a protester", "beaten to death"
        return None
    if court_hearing(token) or penalty(token) or charges_faced(token):
        return "JusticeEvent", token.text  # "a bail hearing", "ordered to pay a fine",
        # "faces charges of fraud"
    if illness_attack(token):
        return ()  # "a heart attack": no attack
    if arson(token):
        return "ConflictEvent", token.text  # "youths set fire to a police station"
    if blaze(token):
        return "DisasterEvent", token.text  # "a fire broke out": no shooting, no dismissal
    if lemma == "fire":
        return "ConflictEvent", token.text  # "came under fire", "heavy fire": shooting
    if staff_cut(token):
        return "PersonnelEvent", token.text  # "the layoffs", "job cuts": staff let go
    return None
