"""Disasters: what nature or an accident does, with no one said to do it.

"An earthquake struck Karn", "floods have killed 12", "a fire destroyed a warehouse",
"the ferry capsized off Tesk", "a bus crashed near Orrin": each is an event of the
news (the contract's generic Event; here ``DisasterEvent``), though none of the classes
of deeds holds it. The nouns have figurative senses the rules leave out: "a storm
of criticism", "a flood of complaints", "the stock market crash", "by accident", "it was
a disaster for the party". Each rule reads only the trigger's own dependents.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.law_and_life import blaze

#: Nouns of a disaster of nature or an accident ("the earthquake", "floods", "a crash").
DISASTER_NOUNS = frozenset({"earthquake", "quake", "tremor", "aftershock", "flood", "floods",
                            "flooding", "hurricane", "typhoon", "cyclone", "tornado",
                            "tsunami", "wildfire", "bushfire", "blaze", "inferno", "drought",
                            "landslide", "mudslide", "avalanche", "heatwave", "blizzard",
                            "eruption", "storm", "crash", "accident", "derailment",
                            "shipwreck", "collision", "disaster", "fire", "fires"})
#: Modifiers of a crash or a collapse of prices, no accident ("the stock market crash").
MARKET_WORDS = frozenset({"market", "stock", "share", "price", "currency", "housing",
                          "property", "financial", "crypto", "bitcoin", "stock-market",
                          "computer", "system", "server", "website"})
#: Vehicles whose crashing, sinking or overturning is an accident ("the bus overturned").
VEHICLE_NOUNS = frozenset({"plane", "aircraft", "airliner", "jet", "helicopter", "bus",
                           "minibus", "coach", "train", "tram", "car", "lorry", "truck",
                           "van", "vehicle", "motorcycle", "ferry", "boat", "ship", "vessel",
                           "tanker", "trawler", "dinghy", "barge", "yacht", "submarine",
                           "flight", "cargo", "freighter", "taxi", "tractor"})
#: Verbs of a vehicle's accident ("crashed", "capsized", "sank", "derailed", "collided").
ACCIDENT_VERBS = frozenset({"crash", "capsize", "sink", "derail", "collide", "overturn",
                            "plunge", "ditch"})


def disaster(noun: Token) -> bool:
    """Whether ``noun`` names a disaster that happened: "the earthquake", "floods in the
    north", "a fire at the tower", "the crash of the airliner"; not "a storm of protest",
    "the market crash", "by accident", "was a disaster", "opened fire", "heavy fire"."""
    if noun.pos_ != "NOUN" or noun.dep_ in {"compound", "amod", "attr"}:
        return False
    lower = noun.lower_
    if lower not in DISASTER_NOUNS and noun.lemma_.lower() not in DISASTER_NOUNS:
        return False
    if lower in {"fire", "fires"} and not blaze(noun):
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ == "by":
        return False  # "by accident"
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "of" and lower not in {"crash", "collision",
                                                                  "eruption"}:
            return False  # "a storm of criticism", "a flood of refugees"
        if c.dep_ in {"compound", "amod"} and c.lower_ in MARKET_WORDS:
            return False  # "the stock market crash", "a computer crash"
    return True


def accident(verb: Token) -> bool:
    """"the bus overturned near Karn", "a ferry capsized", "the plane crashed after
    take-off", "two trains collided": a vehicle's accident. Not "shares crashed", "the
    talks sank", "the website crashed"."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ACCIDENT_VERBS:
        return False
    return any(c.dep_ in {"nsubj", "nsubjpass"} and c.lemma_.lower() in VEHICLE_NOUNS
               for c in verb.children)  # "a car bomb exploded" stays an attack
