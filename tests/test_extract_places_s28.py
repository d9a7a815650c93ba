"""kg.extract, session 28: which earlier place a description points back to, and places
that say where someone other than the event is.

- A definite description ("the enclave", "the pocket", "the settlement", "the city")
  after a sentence that names two places points back to the place of that sentence's main
  event, the place it went into or happened in, not the one it came from or lay near
  ("pushed into X from Y ... the enclave": X) (``places.PlaceMemory._ground``); past a
  sentence that names no place, a description still points back to it, a bare event not.
- A description the name itself ends with ("the valley" after "the Ardo Valley") points
  back to that name, past a place named more recently.
- "In X, an airstrike hit the Y airport": the place struck comes before the frame.
- An event with no place of its own inside an earlier event's clause takes that event's
  place ("captured X after two days of fighting": X), before a place the sentence names
  elsewhere ("Rebels in Y said ...").
- "the north" does not point back to the place something lies north of.
- A place where a speaker spoke ("Speaking in X, ...", "told reporters in X that ...") or
  where the subject comes from ("The minister, who grew up in X, ...") is not the place
  of the events the sentence tells of (``places.elsewhere``); a speaker's own place
  ("Police in X said ...") and a place in what is said ("claimed they held a town in X",
  "captured a base in X, ..., a commander told reporters") still are; where a speaker
  spoke is not carried to the next sentence.

Every sentence and name is invented.
"""

from __future__ import annotations

import pytest
from cases import case

# fmt: off
BACK_TO_THE_EVENTS_PLACE = [
    case("enclave-into-from", "Government troops pushed into Harlow from Vessen on Sunday. On "
         "Monday a rebel spokesman said the fighters had taken full control of the enclave.",
         "ControlEvent", "taken", "Harlow"),
    case("pocket-encircled-after-advancing", "Troops encircled Ulmar after advancing from "
         "Dresk on Friday. Officials said the army had retaken the pocket.", "ControlEvent",
         "retaken", "Ulmar"),
    case("settlement-entered-near", "Soldiers entered Avdor from the east, near Mirov, on "
         "Monday. The ministry said the army controlled the settlement.", "ControlEvent",
         "controlled", "Avdor"),
    case("city-raged-in-near", "Fighting raged in Pellagro near Tarsk on Tuesday. The rebels "
         "claimed control of the city on Wednesday.", "ControlEvent", "control", "Pellagro"),
    case("enclave-two-sentences-back", "Militia fighters stormed Corvane from bases near "
         "Ostrel late on Thursday. Residents fled overnight. A militia commander said his men "
         "had seized the enclave.", "ControlEvent", "seized", "Corvane"),
    case("enclave-past-a-sentence-naming-none", "From their bases in Ostrel, militia "
         "fighters stormed Corvane late on Thursday. The attack came after weeks of talks. A "
         "militia commander said his men had seized the enclave.", "ControlEvent", "seized",
         "Corvane"),
    case("town-pushed-out-of-towards", "Army units were pushed out of Kavir towards Dolmen on "
         "Saturday. The general admitted that his troops had lost the town.", "ControlEvent",
         "lost", "Kavir"),
]
# fmt: on


@pytest.mark.parametrize(("text", "cls", "trigger", "place"), BACK_TO_THE_EVENTS_PLACE)
def test_a_description_points_back_to_the_place_of_the_event_before(run, text, cls, trigger,
                                                                       place):
    r = run(text)
    event = r.event(cls, trigger=trigger)
    assert r.labels(event.places) == [place], r.summary()


def test_only_a_description_reaches_two_sentences_back(run):
    """"stormed X. Talks had failed. The commander said his men had withdrawn": no
    description, no place read two sentences back (the article's scene is another)."""
    r = run("From their bases in Ostrel, militia fighters stormed Corvane late on Thursday. "
            "Weeks of talks had failed. A militia commander said on Friday that his men had "
            "withdrawn.")
    event = r.event("MovementEvent", trigger="withdrawn")
    assert "Corvane" not in r.labels(event.places), r.summary()


# fmt: off
BACK_TO_THE_NAME = [
    case("valley-past-a-later-town", "Fighting spread into the Ardo Valley on Monday. On "
         "Tuesday the army shelled Tesk. The rebels said they still held the valley.", "held",
         "Ardo Valley"),
    case("enclave-past-a-later-town", "Rebels overran the Marrow Enclave last week. Yesterday "
         "the air force bombed Senna. The government said its forces had regained the "
         "enclave.", "regained", "Marrow Enclave"),
]
# fmt: on


@pytest.mark.parametrize(("text", "trigger", "place"), BACK_TO_THE_NAME)
def test_a_description_the_name_ends_with_points_back_to_the_name(run, text, trigger, place):
    r = run(text)
    event = r.event("ControlEvent", trigger=trigger)
    assert r.labels(event.places) == [place], r.summary()


# fmt: off
SPOKEN_ELSEWHERE = [
    case("speaking-in", "Speaking in Belmont, the defence minister said the attack had been "
         "repelled.", "ConflictEvent", "attack", "Belmont"),
    case("told-reporters-in", "The minister told reporters in Belmont that the offensive would "
         "continue.", "ConflictEvent", "offensive", "Belmont"),
    case("grew-up-in", "The minister, who grew up in Kelvar, resigned on Monday.",
         "PersonnelEvent", "resigned", "Kelvar"),
    case("born-in-speaker", "Heavy fighting broke out in Vessary on Friday. The commander, who "
         "was born in Tarsk, said two soldiers had been killed.", "LifeEvent", "killed",
         "Tarsk"),
]
# fmt: on


@pytest.mark.parametrize(("text", "cls", "trigger", "elsewhere"), SPOKEN_ELSEWHERE)
def test_where_a_speaker_spoke_or_comes_from_is_not_the_events_place(run, text, cls, trigger,
                                                                      elsewhere):
    r = run(text)
    event = r.event(cls, trigger=trigger)
    assert elsewhere not in r.labels(event.places), r.summary()


# fmt: off
PLACED_HERE = [
    case("police-in", "Police in Kelvar said two people were killed on Sunday.", "LifeEvent",
         "killed", "Kelvar"),
    case("born-in-speaker-carries-before", "Heavy fighting broke out in Vessary on Friday. "
         "The commander, who was born in Tarsk, said two soldiers had been killed.",
         "LifeEvent", "killed", "Vessary"),
    case("event-in-told-elsewhere", "Thousands protested in Orrin on Saturday, organisers "
         "told reporters in Belmont.", "ProtestEvent", "protested", "Orrin"),
    case("clashes-with-militants-who", "Police reported heavy clashes with militants, who "
         "claimed to have overrun a checkpoint in the town of Halvik.", "ConflictEvent",
         "clashes", "Halvik"),
    case("claimed-control-of-a-town-in", "The army and the rebels both claimed on Monday they "
         "were in control of a town in southern Lorn province following days of clashes.",
         "ConflictEvent", "clashes", "Lorn"),
    case("told-reporters-after-a-clause-in", "On Monday rebel fighters briefly captured a base "
         "in Kessar, before air strikes forced them to retreat, a commander told reporters.",
         "MovementEvent", "retreat", "Kessar"),
]
# fmt: on


@pytest.mark.parametrize(("text", "cls", "trigger", "place"), PLACED_HERE)
def test_a_speakers_own_place_and_the_events_own_stay(run, text, cls, trigger, place):
    r = run(text)
    event = r.event(cls, trigger=trigger)
    assert r.labels(event.places) == [place], r.summary()


# fmt: off
COMPASS = [
    case("toward-the-north-after-km-north-of", "Bamora is just 90 km north of the city of "
         "Ghemm. The army said the situation around Bamora was under control. Surviving "
         "rebels withdrew toward the north, the army said.", "withdrew", "Ghemm"),
    case("to-the-north-after-lies-north-of", "Rebels attacked Bamora, which lies north of "
         "Ghemm, on Monday. Hours later the fighters withdrew to the north.", "withdrew",
         "Ghemm"),
]
# fmt: on


@pytest.mark.parametrize(("text", "trigger", "reference"), COMPASS)
def test_the_north_does_not_point_back_to_what_a_place_lies_north_of(run, text, trigger,
                                                                       reference):
    """"X lies 90 km north of Y ... withdrew toward the north": Y only says where X is."""
    r = run(text)
    event = r.event("MovementEvent", trigger=trigger)
    assert reference not in r.labels(event.places), r.summary()


# fmt: off
STRUCK_INSIDE_THE_FRAME = [
    case("airstrike-hit-airport", "In the capital Orrin, also under rebel control, a coalition "
         "airstrike hit the Orrin International Airport in the evening, residents said.",
         "airstrike", "Orrin International Airport"),
    case("strike-hit-bridge", "In Tesk, a missile strike hit the Tesk Harbour Bridge on "
         "Sunday, officials said.", "strike", "Tesk Harbour Bridge"),
    case("fighting-rocked-district", "In Kelvar, fighting rocked the Velda district on "
         "Monday.", "fighting", "Velda"),
    case("frame-when-the-target-names-none", "In Kelvar, shelling hit a market on Monday.",
         "shelling", "Kelvar"),
]
# fmt: on


@pytest.mark.parametrize(("text", "trigger", "place"), STRUCK_INSIDE_THE_FRAME)
def test_the_place_an_event_strikes_comes_before_the_sentences_frame(run, text, trigger,
                                                                       place):
    """"In X, an airstrike hit the Y airport": the event is at Y, inside X."""
    r = run(text)
    event = r.event("ConflictEvent", trigger=trigger)
    assert r.labels(event.places) == [place], r.summary()


# fmt: off
HELD_BY_AN_EARLIER_EVENT = [
    case("fighting-before-a-capture", "Rebels in northern Veska said on Sunday they had "
         "captured the strategic town of Marrak after two days of heavy fighting.",
         "ConflictEvent", "fighting", "Marrak"),
    case("fighting-before-a-seizure-told-elsewhere", "The rebels seized Marrak late on Sunday "
         "after days of fierce fighting, a spokesman in Belmar said.", "ConflictEvent",
         "fighting", "Marrak"),
    case("attacks-joined-to-fighting", "The defence ministry in the capital Orvane said troops "
         "were fighting in Marrak and had repelled several attacks.", "ConflictEvent",
         "attacks", "Marrak"),
    case("killing-after-storming", "Gunmen stormed a hotel in Sorra on Friday, killing nine "
         "guests, police in Belmar said.", "LifeEvent", "killing", "Sorra"),
    case("wounded-joined-to-attacked", "Officials in Tesk said that militants had attacked a "
         "convoy near Dunmore and wounded four soldiers.", "LifeEvent", "wounded", "Dunmore"),
]
# fmt: on


@pytest.mark.parametrize(("text", "cls", "trigger", "place"), HELD_BY_AN_EARLIER_EVENT)
def test_an_event_inside_an_earlier_events_clause_takes_its_place(run, text, cls, trigger,
                                                                    place):
    """"captured X after two days of fighting": the fighting is at X, not where the
    speaker is."""
    r = run(text)
    event = r.event(cls, trigger=trigger)
    assert r.labels(event.places) == [place], r.summary()


def test_where_a_speaker_spoke_is_not_carried_to_the_next_sentence(run):
    r = run("Fighting raged in Kalvik on Friday. The minister, speaking on state television "
            "in Belmar, blamed the rebels. Protests continued on Saturday.")
    event = r.event("ProtestEvent", trigger="Protests")
    assert "Belmar" not in r.labels(event.places), r.summary()


def test_an_event_in_a_clause_set_apart_in_time_keeps_its_own_place(run):
    """"was overthrown in X hours after he flew to Y for talks": the talks are in Y."""
    r = run("A rebel officer announced on Wednesday that the president of Ostava had been "
            "overthrown hours after he flew to Belmar for regional talks.")
    event = r.event("ContactEvent", trigger="talks")
    assert r.labels(event.places) == ["Belmar"], r.summary()


# fmt: off
TOWN_OF_A_SITE = [
    case("town-after-a-station-in", "Rebels seized the radio station in Orrin on Monday. On "
         "Tuesday the army said it had retaken the town.", "ControlEvent", "retaken", "Orrin"),
    case("clashes-after-a-hospital-in", "Gunmen occupied the main hospital in Kelvar "
         "overnight. Clashes continued into the morning, residents said.", "ConflictEvent",
         "Clashes", "Kelvar"),
]
# fmt: on


@pytest.mark.parametrize(("text", "cls", "trigger", "place"), TOWN_OF_A_SITE)
def test_after_a_site_in_a_town_the_town_is_carried(run, text, cls, trigger, place):
    """"seized the radio station in X ... the town": X, not the station (a site in X
    does not make X a region)."""
    r = run(text)
    event = r.event(cls, trigger=trigger)
    assert r.labels(event.places) == [place], r.summary()
