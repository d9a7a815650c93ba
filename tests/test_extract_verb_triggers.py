"""kg.extract.events: the verbs ``find_events`` never hands to ``_trigger``
(``_verb_may_trigger``) are verbs ``_trigger`` would find no event in.

``_trigger`` reaches an event for a verb only through a test of its words (a trigger
verb, a reading of courts and markets, ground gained, the verbs of its own tests such as
"pushed into", "went to the polls", "blew up", a phrasal trigger, control held, a ruler
ousted, and the verbs ``_class_by_object`` gives a class from their objects); its other
tests only say no. ``_verb_may_trigger`` checks those words from the Doc's arrays, so a
new way to an event for a verb needs its words in ``_verb_words`` too: these sentences
(invented, of many kinds of event) check, verb by verb, that every verb ``_trigger``
finds an event in passes the pre-test, and that verbs of no event are skipped.
"""

from __future__ import annotations

import pytest

from kg.extract.events import _trigger, _verb_may_trigger
from kg.extract.tokens import arrays_of

# fmt: off
SENTENCES = [
    "Gunmen attacked a checkpoint near Velmar and killed four soldiers on Tuesday.",
    "Rebels fired rockets at the port of Dornhal overnight.",
    "Artillery struck the outskirts of Karsk before dawn.",
    "The brigade lost a dozen men in the hills above Pellin.",
    "The minister telephoned Piet Olsen after the vote.",
    "Tarvo recognised the rebel council as the government of Brissau.",
    "The charity raised $5 million from donors in Orvik.",
    "The government of Quellon resigned after the vote.",
    "The board suspended the chief executive of Lintel Bank.",
    "Maren Holt became president of the federation in 2019.",
    "Troops cleared the village of militants and expelled the militia from Sarn.",
    "The kidnappers freed three hostages in Vashti.",
    "The town was handed over to the army on Friday.",
    "Soldiers secured the airport of Calvesh within hours.",
    "Corvane opened a factory in Tessaly and closed its stores in Merrow.",
    "The defence ministry sent troops to the border with Halvik.",
    "Belmont Freight laid off 300 workers and will cut 500 jobs.",
    "Orvik United signed the striker Piet Olsen from Karsk.",
    "Ilse Morrow was named interior minister on Sunday.",
    "The general came to power after the election in Dremmel.",
    "Thousands took to the streets of Tarnow.",
    "Armoured columns pushed into the town of Oskar.",
    "Voters went to the polls in Quarren on Sunday.",
    "Drivers walked off the job at the bus depot in Hadley.",
    "The two leaders spoke by phone about the crisis.",
    "Protesters marched through the centre of Belvik.",
    "A ferry capsized off the coast of Merrow and a bus crashed near Orrin.",
    "Gunmen took twelve workers hostage at the mine.",
    "Militants blew up the bridge over the Sarn river.",
    "The militia took over the town of Karsk last week.",
    "Police found the pilot dead near the wreck.",
    "Olsen left the party in 2018.",
    "The army has full control of the province of Vashti.",
    "Mutinous soldiers ousted the president of Ostral.",
    "The colonel was relieved of his command.",
    "A court in Hadley fined the company and jailed its manager.",
    "Government forces retook the city of Dornhal.",
    "The bank collapsed in March and the roof of the hall collapsed in June.",
    "Tarvo Mining will acquire Quellon Holdings for $2 billion.",
    "Police arrested the mayor of Brissau on Monday.",
    "She said the plan was good and added that he wanted to stay.",
]
# fmt: on


@pytest.mark.parametrize("text", SENTENCES)
def test_every_verb_trigger_passes_the_pretest(nlp, text):
    doc = nlp(text)
    arrays = arrays_of(doc)
    for token in doc:
        if token.pos_ == "VERB" and _trigger(token) is not None:
            assert _verb_may_trigger(arrays.lemma[token.i], arrays.lower[token.i]), token.text


def test_verbs_of_no_event_are_skipped(nlp):
    doc = nlp("She said the plan was good and added that he wanted to stay.")
    arrays = arrays_of(doc)
    skipped = {t.text for t in doc if t.pos_ == "VERB"
               and not _verb_may_trigger(arrays.lemma[t.i], arrays.lower[t.i])}
    assert {"said", "added", "wanted"} <= skipped


def test_event_verbs_are_read(nlp):
    doc = nlp("Rebels attacked the depot, police arrested the mayor and the bank collapsed.")
    arrays = arrays_of(doc)
    kept = {t.text for t in doc if t.pos_ == "VERB"
            and _verb_may_trigger(arrays.lemma[t.i], arrays.lower[t.i])}
    assert {"attacked", "arrested", "collapsed"} <= kept
