"""Words of violence used as figures of speech: a party "fighting for its survival", a
"battle for votes", a minister who "came under fire for" a remark, a plan "shot down" by a
board, prices that "exploded" or "shot up", a coach who "blasted" the referee. None of
them is a clash of sides; the literal uses stay events ("fought for control of Pirel",
"the convoy came under fire", "gunmen shot down a helicopter", "a bomb exploded")."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.event_kinds import ABSTRACT_TARGETS

#: Verbs and nouns of fighting whose "for" phrase may name a prize won in words.
FIGHTING_WORDS = frozenset({"fight", "battle", "struggle", "war", "scramble"})
#: What one fights for in politics, business or a hospital bed, not with arms ("fighting
#: for its survival", "a battle for votes", "fought for compensation").
PRIZES_IN_WORDS = frozenset({
    "vote", "votes", "voter", "support", "seat", "survival", "life", "right", "rights",
    "justice", "equality", "recognition", "compensation", "custody", "share", "customer",
    "attention", "place", "spot", "title", "job", "wage", "pay", "reform", "change", "answer",
    "truth", "funding", "access", "nomination", "leadership", "contract", "market", "viewer",
    "audience", "reader", "talent", "investment", "relevance", "credibility", "promotion",
    "trophy", "cup", "medal", "championship", "point", "win", "victory", "pension", "benefit",
})
#: What one fights back or holds back that is a feeling ("fought back tears").
FEELINGS = frozenset({"tear", "tears", "emotion", "laughter", "anger", "nausea", "urge",
                      "fear", "sob", "sobs", "yawn"})
#: Verbs a person "came under fire" with, read as criticism when a "for" or "over"
#: phrase gives the reason ("came under fire for the remarks", "is under fire over pay").
UNDER_FIRE_VERBS = frozenset({"come", "be", "remain", "find", "face"})
#: Nouns of time after "for"/"over" that give no reason ("under fire for hours").
TIME_WORDS = frozenset({"time", "day", "days", "week", "month", "year", "hour", "night",
                        "minute", "weekend", "period", "while", "decade", "second"})
#: Quantities and moods that rise fast: their "exploding" or "explosion" is a figure
#: ("prices exploded", "an explosion in demand", "an explosion of anger").
SWELLING_WORDS = frozenset({
    "price", "cost", "demand", "debt", "population", "number", "sale", "use", "popularity",
    "anger", "row", "scandal", "market", "deficit", "rent", "bill", "spending", "inflation",
    "interest", "traffic", "growth", "value", "share", "stock", "figure", "rate", "fee",
    "wage", "salary", "budget", "count", "case", "infection", "enrolment", "enrollment",
    "membership", "subscription", "download", "fury", "outrage", "frustration", "violence",
    "creativity", "colour", "color", "emotion", "joy",
})
#: Verbs of a blow that, aimed at a person or a plan, are harsh words ("the coach
#: blasted the referee", "the union slammed the decision").
CENSURING_BLOWS = frozenset({"blast", "slam", "lash", "savage", "lambast", "lambaste"})
_PERSONAL_PRONOUNS = frozenset({"him", "her", "them", "he", "she", "they", "us", "me"})
#: Nouns for people, roles and bodies one censures ("blasted the referee").
CENSURED_NOUNS = frozenset({
    "referee", "coach", "manager", "player", "critic", "government", "minister", "president",
    "mayor", "council", "board", "club", "league", "federation", "union", "party", "leader",
    "opposition", "rival", "official", "authority", "regulator", "media", "press",
    "decision", "move", "handling", "response", "remark", "comment", "statement", "report",
    "performance", "officiating", "judge", "court", "company", "firm", "bank", "management",
})
_FIGURE_LEMMAS = FIGHTING_WORDS | {"fire", "shoot", "explode", "explosion"} | CENSURING_BLOWS


def figure_of_violence(token: Token) -> bool:
    """Whether a word of fighting, firing, shooting, exploding or blasting is here a
    figure of speech (see the module's docstring), so that it makes no event."""
    lemma = token.lemma_.lower()
    if lemma not in _FIGURE_LEMMAS:
        return False
    if lemma in FIGHTING_WORDS:
        return _fought_in_words(token)
    if lemma == "fire":
        return _under_fire_for(token)
    if lemma == "shoot":
        return _shot_not_fired(token)
    if lemma in {"explode", "explosion"}:
        return _swelled(token, lemma)
    return token.pos_ == "VERB" and _censured(token)


def _pobjs(token: Token, preps: frozenset[str] | set[str]) -> list[Token]:
    return [p for c in token.children if c.dep_ == "prep" and c.lower_ in preps
            for p in c.children if p.dep_ == "pobj"]


def _fought_in_words(word: Token) -> bool:
    """"The party is fighting for its survival", "a battle for votes", "the war on
    litter", "fought back tears"; not "fought for control of Pirel", "the battle for
    Tesk", "a war on the northern front"."""
    if any(p.lemma_.lower() in PRIZES_IN_WORDS and not p.ent_type_
           for p in _pobjs(word, {"for"})):
        return True
    if word.pos_ == "NOUN" and any(  # "the war on litter", "a war against drugs"
            p.lemma_.lower() in LITTLE_WARS and not p.ent_type_
            for p in _pobjs(word, {"on", "against"})):
        return True
    return word.pos_ == "VERB" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in FEELINGS for c in word.children)


#: What a "war on" or "against" is waged on in words and budgets ("the war on drugs").
LITTLE_WARS = ABSTRACT_TARGETS | {
    "drug", "drugs", "litter", "waste", "smoking", "gambling", "graft", "bureaucracy",
    "tape", "speeding", "noise", "vandalism", "piracy", "plastic", "fake", "dirt", "weed",
    "pest", "rat", "spam", "excess", "red", "want", "ignorance", "illiteracy", "debt",
    "cost", "price", "woke", "christmas", "motorist", "car", "science", "expert"}


def _under_fire_for(noun: Token) -> bool:
    """"The minister came under fire for the remarks", "the board is under fire over pay":
    fire a person comes under for what they did is criticism; "the convoy came under fire
    near Pirel" is shooting."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "under":
        return False
    verb = prep.head
    if verb.lemma_.lower() not in UNDER_FIRE_VERBS:
        return False
    reasons = _pobjs(verb, {"for", "over"}) + _pobjs(noun, {"for", "over"})
    return any(r.lemma_.lower() not in TIME_WORDS and not r.like_num for r in reasons) or any(
        c.dep_ == "prep" and c.lower_ in {"for", "over"} and any(
            p.dep_ == "pcomp" for p in c.children) for c in (*verb.children, *noun.children))


def _shot_not_fired(verb: Token) -> bool:
    """"The board shot down the plan" (a plan rejected), "shares shot up 10 percent" (a
    rise); not "rebels shot down a helicopter", "gunmen shot up a bar"."""
    if verb.pos_ != "VERB":
        return False
    particles = {c.lower_ for c in verb.children if c.dep_ in {"prt", "advmod"}}
    objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    if "down" in particles:
        return bool(objects) and all(o.lemma_.lower() in ABSTRACT_TARGETS and not o.ent_type_
                                     for o in objects)
    return "up" in particles and not any(c.dep_ == "dobj" for c in verb.children)


def _swelled(word: Token, lemma: str) -> bool:
    """"Prices exploded last year", "an explosion in demand", "an explosion of anger";
    not "a bomb exploded", "the explosion of a car bomb"."""
    if lemma == "explode":
        swelling = [c for c in word.children if c.dep_ == "nsubj"]
    else:
        swelling = _pobjs(word, {"in", "of"})
    return any(s.lemma_.lower() in SWELLING_WORDS for s in swelling)


def _censured(verb: Token) -> bool:
    """"The coach blasted the referee", "Moreno slammed the decision", "critics lashed
    the minister": harsh words at a person, a body or a deed; "troops blasted a hole in
    the wall" stays literal."""
    for c in verb.children:
        if c.dep_ not in {"dobj", "nsubjpass"}:
            continue
        if c.ent_type_ in {"PERSON", "ORG", "NORP"} or c.lower_ in _PERSONAL_PRONOUNS or (
                c.lemma_.lower() in CENSURED_NOUNS | ABSTRACT_TARGETS):
            return True
    return False
