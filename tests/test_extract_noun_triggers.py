"""kg.extract.events: the nouns ``find_events`` never hands to ``_trigger``
(``_noun_may_trigger``) are nouns ``_trigger`` would find no event in.

``_trigger`` reaches an event for a noun only through a test of its words (a trigger
noun, a noun a modifier or a head makes an event, such as "air strikes" or "strike
action", the last part of a hyphenated event noun, a win, "in charge of", a reading of
courts and markets, ground gained, a disaster); its other tests only say no.
``_noun_may_trigger`` checks those words from the Doc's arrays, so a new way to an event
for a noun needs its words in ``_noun_words`` too: these sentences (invented, of many
kinds of event) check, noun by noun, that every noun ``_trigger`` finds an event in
passes the pre-test, and that nouns of no event are skipped.
"""

from __future__ import annotations

import pytest

from kg.extract.events import _noun_may_trigger, _trigger
from kg.extract.tokens import arrays_of

# fmt: off
SENTENCES = [
    "The attack on the Velmar bridge killed four soldiers on Tuesday.",
    "Air strikes hit the outskirts of Dornhal overnight, residents said.",
    "The Ostral Front claimed victory in the regional election in Karsk.",
    "Rebels remained in charge of the town of Pellin after the fighting.",
    "The trial of the former mayor of Brissau opened in the capital.",
    "Shares in Tarvo Mining fell after the merger with Quellon collapsed.",
    "Militia fighters made gains in the hills around Oskar last week.",
    "The protest outside the ministry ended with the arrest of twelve students.",
    "Her sister said the plan for the new school was a good idea.",
    "The committee will publish its report on the election in March.",
    "Police said the explosion at the Merrow depot caused a fire.",
    "The takeover of Lintel Bank by Corvane was approved by the regulator.",
    "Officials confirmed the release of three hostages held in Vashti.",
    "The ceasefire between the two sides collapsed after a week.",
    "A cease-fire agreed in Tarnow on Friday held through the weekend.",
    "Drivers staged a sit-in outside the bus depot in Calvesh.",
    "The walk-out at the Dremmel glassworks lasted three days.",
    "The nurses' union threatened strike action at two hospitals in Orvik.",
    "Belmont Freight filed for bankruptcy protection on Monday.",
    "An earthquake struck the coast near Belvik before dawn.",
    "Floods have cut off four villages in the Sarn valley.",
    "The crash of the cargo plane near Tessaly killed both pilots.",
    "The lay-offs at the Quarren mill will hit three hundred workers.",
    "A court in Hadley fined the company for the spill.",
]
# fmt: on


@pytest.mark.parametrize("text", SENTENCES)
def test_every_noun_trigger_passes_the_pretest(nlp, text):
    doc = nlp(text)
    arrays = arrays_of(doc)
    for token in doc:
        if token.pos_ == "NOUN" and _trigger(token) is not None:
            assert _noun_may_trigger(arrays.lemma[token.i], arrays.lower[token.i]), token.text


def test_nouns_of_no_event_are_skipped(nlp):
    doc = nlp("Her sister said the plan for the new school was a good idea.")
    arrays = arrays_of(doc)
    skipped = {t.text for t in doc if t.pos_ == "NOUN"
               and not _noun_may_trigger(arrays.lemma[t.i], arrays.lower[t.i])}
    assert {"sister", "plan", "school", "idea"} <= skipped


def test_event_nouns_are_read(nlp):
    doc = nlp("The attack on the depot and the arrest of the mayor followed the protest.")
    arrays = arrays_of(doc)
    kept = {t.text for t in doc if t.pos_ == "NOUN"
            and _noun_may_trigger(arrays.lemma[t.i], arrays.lower[t.i])}
    assert {"attack", "arrest", "protest"} <= kept
