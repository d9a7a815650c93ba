"""kg.extract events, one construction per case: the trigger and its class, who did it
(agent), to whom (participant), where (place), when (date, resolved against the
publication date) and how sure the text is (factuality).

Every sentence is invented. The articles are published on Friday 2024-03-15.
"""

from __future__ import annotations

import pytest
from cases import case

# ---------------------------------------------------------------- triggers and arguments

# fmt: off
TRIGGERS = [
    # (text, class, trigger, agents, places)
    case("captured", "The Iron Hand Front captured Sarova on March 3.",
         "ControlEvent", "captured", ["Iron Hand Front"], ["Sarova"]),
    case("captured-object-untagged", "The Northern Legion captured Mirovka on March 3.",
         "ControlEvent", "captured", ["Northern Legion"], ["Mirovka"]),
    case("seized-near", "The Elin Coast Guard seized a cargo ship near Halvik last month.",
         "ControlEvent", "seized", ["Elin Coast Guard"], ["Halvik"]),
    case("took-over", "The Northern Legion took over the airport in Sarova.",
         "ControlEvent", "took over", ["Northern Legion"], ["Sarova"]),
    case("occupied", "The Northern Legion occupied Sarova in 2019.",
         "ControlEvent", "occupied", ["Northern Legion"], ["Sarova"]),
    case("fall-of", "The fall of Mirovka stunned the capital.",
         "ControlEvent", "fall", [], ["Mirovka"]),
    case("fell-to", "Sarova fell to the Northern Legion on Tuesday.",
         "ControlEvent", "fell", ["Northern Legion"], ["Sarova"]),
    case("fell-to-subject-untagged", "Mirovka fell to the Northern Legion on Tuesday.",
         "ControlEvent", "fell", ["Northern Legion"], ["Mirovka"]),
    case("offensive-in", "The Northern Legion launched an offensive in Sarova province.",
         "ConflictEvent", "offensive", ["Northern Legion"], ["Sarova"]),
    case("fled-object", "Thousands of residents fled Mirovka.",
         "MovementEvent", "fled", [], ["Mirovka"]),
    case("fled-to", "Maria Kovacs fled to Halvik in 2019.",
         "MovementEvent", "fled", ["Maria Kovacs"], ["Halvik"]),
    case("withdrew-from", "The Northern Legion withdrew from Mirovka last month.",
         "MovementEvent", "withdrew", ["Northern Legion"], ["Mirovka"]),
    case("clashed-in", "Police and protesters clashed in Halvik on Sunday.",
         "ConflictEvent", "clashed", [], ["Halvik"]),
    case("clashes-erupted-in", "Clashes between police and protesters erupted in Halvik on "
         "Sunday.", "ConflictEvent", "Clashes", [], ["Halvik"]),
    case("bombed", "Northern Legion aircraft bombed Halvik on Saturday.",
         "ConflictEvent", "bombed", ["Northern Legion"], ["Halvik"]),
    case("shelled", "The Northern Legion shelled Halvik overnight.",
         "ConflictEvent", "shelled", ["Northern Legion"], ["Halvik"]),
    case("arrested-object-in", "The Elin Police Department arrested Tomas Berg in Halvik on "
         "Thursday.", "JusticeEvent", "arrested", ["Elin Police Department"], ["Halvik"]),
    case("arrested-passive", "Tomas Berg was arrested in Halvik on Thursday.",
         "JusticeEvent", "arrested", [], ["Halvik"]),
    case("sentenced-by-court", "The Sarova High Court sentenced Ivan Petrov to ten years in "
         "prison.", "JusticeEvent", "sentenced", ["Sarova High Court"], []),
    case("court-in-place", "A court in Halvik sentenced Ivan Petrov on Monday.",
         "JusticeEvent", "sentenced", ["court"], ["Halvik"]),  # a body by common noun acts
    case("resigned", "Prime Minister Anna Weber resigned on Wednesday.",
         "PersonnelEvent", "resigned", ["Anna Weber"], []),
    case("stepped-down", "Lena Ortiz stepped down as chief executive of Calder Motors on "
         "Friday.", "PersonnelEvent", "stepped down", ["Lena Ortiz"], []),
    case("appointed", "Calder Motors appointed Lena Ortiz as chief executive in 2019.",
         "PersonnelEvent", "appointed", ["Calder Motors"], []),
    case("acquired", "Calder Motors acquired the battery maker Voltiq in 2019.",
         "BusinessEvent", "acquired", ["Calder Motors"], []),
    case("merged-with", "Calder Motors merged with Voltiq in 2019.",
         "BusinessEvent", "merged", ["Calder Motors"], []),
    case("went-bankrupt", "Voltiq went bankrupt last year.",
         "BusinessEvent", "went bankrupt", ["Voltiq"], [],
         why="the small model tags no entity for the subject 'Voltiq', so no agent"),
    case("sued", "Voltiq sued Calder Motors in March 2019.",
         "JusticeEvent", "sued", ["Voltiq"], []),
    case("met-object", "Maria Kovacs met Tomas Berg in Halvik on March 3.",
         "ContactEvent", "met", ["Maria Kovacs"], ["Halvik"]),
    case("met-coordinated-subjects", "Maria Kovacs and Tomas Berg met in Halvik on March 3.",
         "ContactEvent", "met", ["Maria Kovacs", "Tomas Berg"], ["Halvik"]),
    case("talks-between", "Talks between Calder Motors and Voltiq took place in Halvik on "
         "Monday.", "ContactEvent", "Talks", [], ["Halvik"]),
    case("protested-in", "Thousands of farmers protested in Halvik on Monday.",
         "ProtestEvent", "protested", [], ["Halvik"]),
    case("demonstrated-in", "Thousands of people demonstrated in Halvik on Saturday.",
         "ProtestEvent", "demonstrated", [], ["Halvik"]),
    case("went-on-strike", "Dock workers went on strike in Halvik on Monday.",
         "ProtestEvent", "strike", [], ["Halvik"]),
    case("born-in", "Ivan Petrov was born in Halvik in 1971.",
         "LifeEvent", "born", [], ["Halvik"]),
    case("killed-in", "Two soldiers were killed in Mirovka on Thursday.",
         "LifeEvent", "killed", [], ["Mirovka"]),
    case("evacuated", "The Elin City Council evacuated Halvik on Monday.",
         "MovementEvent", "evacuated", ["Elin City Council"], ["Halvik"]),
    case("travelled-to", "Maria Kovacs travelled to Halvik on March 3.",
         "MovementEvent", "travelled", ["Maria Kovacs"], ["Halvik"]),
    # an event noun carried by an occurrence verb takes the verb's place
    case("fighting-broke-out", "Fighting broke out in Halvik on Saturday.",
         "ConflictEvent", "Fighting", [], ["Halvik"]),
    case("protests-spread-to", "Protests spread to Halvik on Tuesday.",
         "ProtestEvent", "Protests", [], ["Halvik"]),
    case("fighting-intensified-near", "Fighting intensified near Halvik on Sunday.",
         "ConflictEvent", "Fighting", [], ["Halvik"]),
    # a light verb's object is the event, with the verb's subject and place
    case("carried-out-attack", "The Iron Hand Front carried out an attack on Halvik on "
         "Friday.", "ConflictEvent", "attack", ["Iron Hand Front"], ["Halvik"]),
    case("launched-investigation", "The Elin Police Department launched an investigation in "
         "Halvik.", "JusticeEvent", "investigation", ["Elin Police Department"], ["Halvik"]),
    case("held-talks-with", "Maria Kovacs held talks with Tomas Berg in Halvik.",
         "ContactEvent", "talks", ["Maria Kovacs"], ["Halvik"]),
    case("staged-protest", "Dock workers staged a protest in Halvik on Monday.",
         "ProtestEvent", "protest", [], ["Halvik"]),
    case("came-under-attack", "The convoy came under attack near Halvik.",
         "ConflictEvent", "attack", [], ["Halvik"]),
    case("passive-light-verb", "Talks were held in Halvik on Monday.",
         "ContactEvent", "Talks", [], ["Halvik"]),
    case("passive-light-verb-by", "An attack on Halvik was carried out by the Iron Hand Front "
         "on Friday.", "ConflictEvent", "attack", ["Iron Hand Front"], ["Halvik"]),
    case("launched-product-stays-business", "Calder Motors launched a new car in Halvik.",
         "BusinessEvent", "launched", ["Calder Motors"], ["Halvik"]),
    # particles the parser reads as adverbs or complements
    case("stepped-down-short", "Daniel Osei stepped down on Monday.",
         "PersonnelEvent", "stepped down", ["Daniel Osei"], []),
    case("went-bankrupt-tagged", "Calder Motors went bankrupt in 2019.",
         "BusinessEvent", "went bankrupt", ["Calder Motors"], []),
    # coordination and places attached to the subject or object
    case("coordinated-subjects-travelled", "Maria Kovacs and Daniel Osei travelled to Halvik "
         "on Monday.", "MovementEvent", "travelled", ["Maria Kovacs", "Daniel Osei"],
         ["Halvik"]),
    case("place-on-object", "The minister met Ivan Petrov in Mirovka.",
         "ContactEvent", "met", [], ["Mirovka"]),
    case("place-on-apposed-object", "Tomas Berg said he had met the envoy Ivan Petrov in "
         "Mirovka.", "ContactEvent", "met", ["Tomas Berg"], ["Mirovka"]),
    case("police-in-place", "Police in Halvik arrested Daniel Osei on Friday.",
         "JusticeEvent", "arrested", ["police"], ["Halvik"]),  # a body by common noun acts
    case("light-verb-subject-in-place", "Police in Halvik launched a raid on Monday.",
         "ConflictEvent", "raid", ["police"], ["Halvik"]),  # a body by common noun acts
]
# fmt: on


@pytest.mark.parametrize(("text", "cls", "trigger", "agents", "places"), TRIGGERS)
def test_events_trigger_agent_place(run, text, cls, trigger, agents, places):
    r = run(text)
    ev = r.event(cls, trigger=trigger)
    assert r.labels(ev.agents) == agents, r.summary()
    assert [p.removesuffix(" province") for p in r.labels(ev.places)] == places, r.summary()


# fmt: off
PARTICIPANTS = [
    # (text, class, participant)
    case("arrested-object", "The Elin Police Department arrested Tomas Berg in Halvik.",
         "JusticeEvent", "Tomas Berg"),
    case("arrested-passive-subject", "Tomas Berg was arrested in Halvik on Thursday.",
         "JusticeEvent", "Tomas Berg"),
    case("sentenced-object", "The Sarova High Court sentenced Ivan Petrov to ten years.",
         "JusticeEvent", "Ivan Petrov"),
    case("acquired-object", "Calder Motors acquired the battery maker Voltiq in 2019.",
         "BusinessEvent", "Voltiq"),
    case("met-object", "Maria Kovacs met Tomas Berg in Halvik.", "ContactEvent", "Tomas Berg"),
    case("sued-object", "Voltiq sued Calder Motors in March 2019.",
         "JusticeEvent", "Calder Motors"),
    case("died-subject", "Maria Kovacs died on Sunday.", "LifeEvent", "Maria Kovacs"),
    case("seized-from-org", "Government troops seized the town of Karvastan from the Northern "
         "Legion last month.", "ControlEvent", "Northern Legion"),
    case("bought-object", "Calder Motors bought Voltiq for $2 billion.",
         "TransactionEvent", "Voltiq", why="the small model tags no entity for 'Voltiq' here"),
    case("coordinated-objects", "The Elin Police Department arrested Ana Silva and Daniel "
         "Osei.", "JusticeEvent", "Daniel Osei"),
    case("meeting-between", "A meeting between Ana Silva and Daniel Osei took place in Sarova "
         "on Monday.", "ContactEvent", "Daniel Osei"),
    case("talks-between", "Talks between Calder Motors and Voltiq took place in Halvik.",
         "ContactEvent", "Voltiq"),
    case("held-talks-with", "Maria Kovacs held talks with Tomas Berg in Halvik.",
         "ContactEvent", "Tomas Berg"),
]
# fmt: on


@pytest.mark.parametrize(("text", "cls", "participant"), PARTICIPANTS)
def test_events_participant(run, text, cls, participant):
    r = run(text)
    ev = r.event(cls)
    assert participant in r.labels(ev.participants), r.summary()


# ---------------------------------------------------------------- dates

# fmt: off
DATES = [
    # (text, class, value, datatype)
    case("on-march-3", "Maria Kovacs met Tomas Berg in Halvik on March 3.",
         "ContactEvent", "2024-03-03", "date"),
    case("last-month", "The Northern Legion withdrew from Mirovka last month.",
         "MovementEvent", "2024-02", "gYearMonth"),
    case("in-2019", "The Northern Legion attacked Halvik in 2019.",
         "ConflictEvent", "2019", "gYear"),
    case("in-march-2019", "The Northern Legion attacked Halvik in March 2019.",
         "ConflictEvent", "2019-03", "gYearMonth"),
    case("yesterday", "The Northern Legion attacked Halvik yesterday.",
         "ConflictEvent", "2024-03-14", "date"),
    case("on-tuesday", "Sarova fell to the Northern Legion on Tuesday.",
         "ControlEvent", "2024-03-12", "date"),
    case("on-saturday", "Northern Legion aircraft bombed Halvik on Saturday.",
         "ConflictEvent", "2024-03-09", "date"),
    case("on-wednesday", "Prime Minister Anna Weber resigned on Wednesday.",
         "PersonnelEvent", "2024-03-13", "date"),
    case("born-in-1971", "Ivan Petrov was born in Halvik in 1971.", "LifeEvent", "1971",
         "gYear"),
    case("passive-on-thursday", "Tomas Berg was arrested in Halvik on Thursday.",
         "JusticeEvent", "2024-03-14", "date"),
    case("full-date", "The Northern Legion occupied Sarova on 3 February 2022.",
         "ControlEvent", "2022-02-03", "date"),
    case("duration-before-day", "The Sarova High Court sentenced Ivan Petrov to ten years in "
         "prison on Monday.", "JusticeEvent", "2024-03-11", "date"),
    case("noun-trigger-date-on-verb", "Clashes between police and protesters erupted in "
         "Halvik on Sunday.", "ConflictEvent", "2024-03-10", "date"),
    case("duration-then-day", "The court jailed Ana Silva for five years on Tuesday.",
         "JusticeEvent", "2024-03-12", "date"),
    case("broke-out-on-saturday", "Fighting broke out in Halvik on Saturday.",
         "ConflictEvent", "2024-03-09", "date"),
    case("light-verb-date", "Dock workers staged a protest in Halvik on Monday.",
         "ProtestEvent", "2024-03-11", "date"),
    case("trial-began-on-monday", "The trial began in Halvik on Monday.",
         "JusticeEvent", "2024-03-11", "date"),
]
# fmt: on


@pytest.mark.parametrize(("text", "cls", "value", "datatype"), DATES)
def test_events_date(run, text, cls, value, datatype):
    r = run(text)
    ev = r.event(cls)
    assert ev.date is not None, r.summary()
    assert (ev.date.value, ev.date.datatype) == (value, datatype), r.summary()


# fmt: off
NO_DATE = [
    case("no-time-words", "The Northern Legion attacked Halvik."),
    case("next-week", "Maria Kovacs will travel to Halvik next week."),
    case("for-three-days", "The Northern Legion attacked Halvik for three days."),
]
# fmt: on


@pytest.mark.parametrize("text", NO_DATE)
def test_events_no_date_without_supporting_words(run, text):
    r = run(text)
    assert r.ex.events and all(ev.date is None for ev in r.ex.events), r.summary()


# ---------------------------------------------------------------- factuality

# fmt: off
FACTUALITY = [
    # (text, class, factuality)
    case("plain-past", "The Northern Legion attacked Halvik.", "ConflictEvent", "Asserted"),
    case("did-not", "The Northern Legion did not capture Mirovka.", "ControlEvent", "Denied"),
    case("never", "The Northern Legion never captured Mirovka.", "ControlEvent", "Denied"),
    case("may", "The Northern Legion may capture Mirovka within days.",
         "ControlEvent", "Possible"),
    case("might", "The Northern Legion might withdraw from Mirovka.",
         "MovementEvent", "Possible"),
    case("will", "The Northern Legion will attack Mirovka.", "ConflictEvent", "Future"),
    case("plans-to", "The Northern Legion plans to attack Mirovka.", "ConflictEvent", "Future"),
    case("will-travel", "Maria Kovacs will travel to Halvik next week.",
         "MovementEvent", "Future"),
    case("if-clause", "If the Northern Legion attacks Halvik, the army will respond.",
         "ConflictEvent", "Possible"),
    case("inside-claim", "The Northern Legion claimed that it had captured Mirovka.",
         "ControlEvent", "Claimed"),
    case("inside-said", "Maria Kovacs said the Northern Legion had withdrawn from Mirovka.",
         "MovementEvent", "Claimed"),
    case("inside-denial", "The Northern Legion denied that it had attacked Halvik.",
         "ConflictEvent", "Denied"),
    case("inside-according-to", "The Northern Legion withdrew from Mirovka, according to "
         "Meridian News.", "MovementEvent", "Claimed"),
    case("inside-rumours", "Rumours that the Northern Legion had attacked Halvik spread "
         "quickly.", "ConflictEvent", "Claimed"),
    case("inside-reports", "Reports that the Iron Hand Front had captured Halvik circulated "
         "on Monday.", "ControlEvent", "Claimed"),
    case("light-verb-negated", "The Northern Legion did not launch an offensive.",
         "ConflictEvent", "Denied"),
    case("light-verb-planned", "The Northern Legion plans to launch an offensive in Sarova.",
         "ConflictEvent", "Future"),
]
# fmt: on


@pytest.mark.parametrize(("text", "cls", "factuality"), FACTUALITY)
def test_events_factuality(run, text, cls, factuality):
    r = run(text)
    assert r.event(cls).factuality == factuality, r.summary()


# ---------------------------------------------------------------- what is not that event

# fmt: off
NOT_THIS_CLASS = [
    # (text, a class that must not be found)
    case("fired-executive-not-conflict", "Calder Motors fired its chief executive on Monday.",
         "ConflictEvent"),
    case("prices-fell-not-control", "Prices fell by five percent in March.", "ControlEvent"),
    case("struck-deal-not-protest", "Tomas Berg struck a deal with the union.",
         "ProtestEvent"),
    case("launched-offensive-not-business", "The Northern Legion launched an offensive in "
         "Sarova province.", "BusinessEvent"),
    case("struck-deal-with-not-protest", "Calder Motors struck a deal with Voltiq.",
         "ProtestEvent"),
    case("launched-investigation-not-business", "The Elin Police Department launched an "
         "investigation in Halvik.", "BusinessEvent"),
]
# fmt: on


@pytest.mark.parametrize(("text", "cls"), NOT_THIS_CLASS)
def test_events_not_misclassified(run, text, cls):
    r = run(text)
    assert r.events_of(cls) == [], r.summary()


def test_events_fired_executive_is_personnel(run):
    r = run("Calder Motors fired its chief executive on Monday.")
    ev = r.event("PersonnelEvent", trigger="fired")
    assert r.labels(ev.agents) == ["Calder Motors"], r.summary()


# fmt: off
ONE_EVENT = [
    # (text, the class of the only event)
    case("took-control", "The Northern Legion took control of Mirovka last month.",
         "ControlEvent"),
    case("seized-control", "The Iron Hand Front seized control of Halvik.", "ControlEvent"),
    case("launched-offensive", "The Northern Legion launched an offensive in Sarova province.",
         "ConflictEvent"),
    case("clashes-erupted", "Clashes between police and protesters erupted in Halvik on "
         "Sunday.", "ConflictEvent"),
    case("talks-took-place", "Talks between Calder Motors and Voltiq took place in Halvik.",
         "ContactEvent"),
    case("held-talks", "Maria Kovacs held talks with Tomas Berg in Halvik.", "ContactEvent"),
    case("struck-deal", "Calder Motors struck a deal with Voltiq.", "TransactionEvent"),
]
# fmt: on


@pytest.mark.parametrize(("text", "cls"), ONE_EVENT)
def test_events_one_event_per_phrase(run, text, cls):
    """A phrasal, light or occurrence verb and its object or subject make one event."""
    r = run(text)
    assert [e.type for e in r.ex.events] == [cls], r.summary()


def test_events_evidence_is_the_sentence(run):
    text = "Maria Kovacs arrived on Monday. The Northern Legion attacked Halvik."
    r = run(text)
    ev = r.event("ConflictEvent")
    assert text[ev.evidence.begin : ev.evidence.end] == "The Northern Legion attacked Halvik."
    assert text[ev.trigger_span.begin : ev.trigger_span.end] == "attacked"
