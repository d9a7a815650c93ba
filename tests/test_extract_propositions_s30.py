"""kg.extract, session 30: propositions of content the engine read as no event or as the
wrong kind of event.

- An armed side put out of ground in the passive ("government troops were forced out of
  Dulmen", "the insurgents had been flushed out of the old town of Nerida"): the ground
  is taken, by the one the content names after "by", else by the side that tells it. Not
  people who are no armed side ("families were forced out of Halvik by high rents", "two
  diplomats were expelled from Veska"), nor a side made to leave by itself ("the rebels
  were forced to withdraw from X" stays a withdrawal).
- A deed conjoined to one whose subject is the speaker's own people ("the army said troops
  pushed the rebels back and retook Nerida"): the second verb shares the subject, so the
  speaker's side did it too. Not a conjoined clause with a subject of its own ("troops
  withdrew and rebels took the town": the rebels).
- Ground held "under government control", "in rebel hands", told by a side the word fits
  (a state's army or ministry for "government", a front or militia for "rebel"): that
  side holds it; "rebel forces" doing a deed, told by a front, are its own. Not the other
  side's word ("the Veska Army said X was under rebel control", "... rebel fighters
  stormed X"), nor a denial. Told by the other side ("the army said X was under rebel
  control"), "rebel" is the one front, movement or militia the article names.
- Forces named by their state ("Veska troops had recaptured Halvik"): the state acts; its
  name is no place taken.

Every sentence is invented (names and places are made up).
"""

from __future__ import annotations

import pytest
from cases import case

# ------------------------------------------------------------------ put out, in the passive

# fmt: off
PUT_OUT_PASSIVE = [
    # (text, speaker, taker, place)
    case("forced-out-of",
         "The Kelvar Front said government troops had been forced out of Dulmen.",
         "Kelvar Front", "Kelvar Front", "Dulmen"),
    case("flushed-out-of-the-old-town",
         "The Veska Army said the insurgents had been flushed out of the old town of "
         "Nerida.",
         "Veska Army", "Veska Army", "Nerida"),
    case("routed-from",
         "The Veska Army said on Tuesday that the Kelvar Front had been routed from Halvik.",
         "Veska Army", "Veska Army", "Halvik"),
    case("expelled-from-by-named-side",
         "Militants were expelled from Kavala by the Veska Army after a week of fighting, "
         "the Marlow Defence Ministry said.",
         "Marlow Defence Ministry", "Veska Army", "Kavala"),
    case("kicked-out-fronted",
         "Rebel fighters have been kicked out of Tarsk, the Veska Army announced on Sunday.",
         "Veska Army", "Veska Army", "Tarsk"),
    case("evicted-quote",
         "\"The terrorists were evicted from Brenn this morning,\" said Ivo Laska, a "
         "spokesman for the Veska Army.",
         "Ivo Laska", "Veska Army", "Brenn"),
    case("forced-out-of-most-of",
         "The Zorn Brigade claimed that army units had been forced out of most of Orrin.",
         "Zorn Brigade", "Zorn Brigade", "Orrin"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "taker", "place"), PUT_OUT_PASSIVE)
def test_side_put_out_in_the_passive_is_ground_taken(run, text, speaker, taker, place):
    r = run(text)
    st = r.statement_by(speaker)
    ev = next((e for e in r.propositions(st) if e.type == "ControlEvent"), None)
    assert ev is not None, r.summary()
    assert taker in r.labels(ev.agents) and place in r.labels(ev.places), r.summary()


# fmt: off
NOT_PUT_OUT = [
    # (text, speaker): nobody takes the place
    case("families-by-rents",
         "The Halvik Tenants Association said families had been forced out of Halvik by "
         "high rents.", "Halvik Tenants Association"),
    case("diplomats-expelled",
         "The Marlow Embassy said two diplomats had been expelled from Veska.",
         "Marlow Embassy"),
    case("firm-forced-out-of-market",
         "Zentra Corp said its rivals had been forced out of the Dulmen market.",
         "Zentra Corp"),
    case("forced-to-withdraw",
         "The Veska Army said the rebels were forced to withdraw from Halvik.",
         "Veska Army"),
    case("students-thrown-out",
         "The Nerida Students Union said ten students had been thrown out of the hall.",
         "Nerida Students Union"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker"), NOT_PUT_OUT)
def test_no_ground_taken_when_no_armed_side_is_put_out(run, text, speaker):
    r = run(text)
    st = r.statement_by(speaker)
    assert not any(e.type == "ControlEvent" for e in r.propositions(st)), r.summary()


# ------------------------------------------------------------------ conjoined deeds

# fmt: off
CONJOINED_OWN_DEEDS = [
    # (text, speaker, doer, class, trigger)
    case("pushed-back-and-retaken",
         "The Veska Army said troops had pushed the rebels back and retaken Nerida.",
         "Veska Army", "Veska Army", "ControlEvent", "retaken"),
    case("stormed-and-captured",
         "The Veska Army said soldiers stormed the town and captured Dulmen's main square.",
         "Veska Army", "Veska Army", "ControlEvent", "captured"),
    case("three-verbs",
         "The Marlow Coast Guard said sailors boarded the tanker, searched it and seized "
         "the port of Orrin.",
         "Marlow Coast Guard", "Marlow Coast Guard", "ControlEvent", "seized"),
    case("arrived-and-arrested",
         "Halvik Police said officers arrived within minutes and arrested two men.",
         "Halvik Police", "Halvik Police", "JusticeEvent", "arrested"),
    case("fronted-content",
         "Troops crossed the river and recaptured the town of Tarsk on Sunday, the Veska "
         "Defence Force said.",
         "Veska Defence Force", "Veska Defence Force", "ControlEvent", "recaptured"),
    case("quoted",
         "\"Soldiers reached the village at noon and took control of the Brenn bridge,\" "
         "the Veska Army said.",
         "Veska Army", "Veska Army", "ControlEvent", "took"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "doer", "cls", "trigger"), CONJOINED_OWN_DEEDS)
def test_conjoined_deed_of_own_people_is_the_speakers_side(run, text, speaker, doer, cls,
                                                           trigger):
    r = run(text)
    st = r.statement_by(speaker)
    ev = next((e for e in r.propositions(st) if e.type == cls and trigger in e.trigger), None)
    assert ev is not None and doer in r.labels(ev.agents), r.summary()


# fmt: off
CONJOINED_OTHER_SUBJECT = [
    # (text, speaker, trigger, not the doer)
    case("own-subject-rebels",
         "The Veska Army said troops withdrew and the Kelvar Front took Halvik.",
         "Veska Army", "took", "Veska Army"),
    case("named-subject-first",
         "The Veska Army said Kelvar Front fighters shelled Nerida and seized the bridge.",
         "Veska Army", "seized", "Veska Army"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "trigger", "not_doer"), CONJOINED_OTHER_SUBJECT)
def test_conjoined_deed_with_another_subject_keeps_it(run, text, speaker, trigger, not_doer):
    r = run(text)
    st = r.statement_by(speaker)
    ev = next((e for e in r.propositions(st) if trigger in e.trigger), None)
    assert ev is not None and not_doer not in r.labels(ev.agents), r.summary()


# ------------------------------------------------------------------ held by a side's word

# fmt: off
HELD_BY_SIDE_WORD = [
    # (text, speaker, holder, place)
    case("government-control",
         "The Veska Army insisted that Nerida remained firmly under government control.",
         "Veska Army", "Veska Army", "Nerida"),
    case("government-hands",
         "Halvik is still in government hands, the Veska Defence Ministry said on Monday.",
         "Veska Defence Ministry", "Veska Defence Ministry", "Halvik"),
    case("rebel-control-by-commander",
         "Tomas Orlen, the Kelvar Front commander, said the town of Dulmen was now under "
         "rebel control.",
         "Tomas Orlen", "Kelvar Front", "Dulmen"),
    case("rebel-hands-by-front",
         "The Zorn Liberation Movement said Kavala was in rebel hands after two days of "
         "fighting.",
         "Zorn Liberation Movement", "Zorn Liberation Movement", "Kavala"),
    case("quoted-military-control",
         "\"Brenn is under military control,\" said Ivo Laska, a spokesman for the Veska "
         "Army.",
         "Ivo Laska", "Veska Army", "Brenn"),
    case("rebel-forces-entered-by-spokesman",
         "A spokesman for the Kelvar Front, Tomas Orlen, said rebel forces had stormed "
         "Halvik.",
         "Tomas Orlen", "Kelvar Front", "Halvik"),
    case("militia-says-rebel-control",
         "The Orrin Militia announced that Tarsk had come under rebel control.",
         "Orrin Militia", "Orrin Militia", "Tarsk"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "holder", "place"), HELD_BY_SIDE_WORD)
def test_ground_held_by_the_side_the_word_fits(run, text, speaker, holder, place):
    r = run(text)
    st = r.statement_by(speaker)
    ev = next((e for e in r.propositions(st) if e.type == "ControlEvent"), None)
    assert ev is not None, r.summary()
    assert holder in r.labels(ev.agents) and place in r.labels(ev.places), r.summary()


# fmt: off
NOT_THE_SPEAKERS_HOLDING = [
    # (text, speaker): the word names another side
    case("army-says-rebel-control",
         "The Veska Army said Nerida was under rebel control.", "Veska Army"),
    case("army-says-rebel-hands",
         "The Veska Army said Dulmen had fallen into rebel hands.", "Veska Army"),
    case("front-says-government-control",
         "The Kelvar Front said Halvik was still under government control.", "Kelvar Front"),
    case("denied",
         "The Veska Army denied that Kavala was under rebel control.", "Veska Army"),
    case("army-says-rebel-fighters-stormed",
         "The Veska Army said rebel fighters had stormed Halvik.", "Veska Army"),
    case("front-says-government-troops-retook",
         "The Kelvar Front said government troops had retaken Nerida.", "Kelvar Front"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker"), NOT_THE_SPEAKERS_HOLDING)
def test_ground_held_by_another_sides_word_is_not_the_speakers(run, text, speaker):
    r = run(text)
    st = r.statement_by(speaker)
    assert all(speaker not in r.labels(e.agents) for e in r.propositions(st)), r.summary()


# ------------------------------------------------------------------ forces named by state

# fmt: off
STATE_FORCES = [
    # (text, speaker, state, place)
    case("recaptured",
         "The Veska Defence Ministry said Veska troops had recaptured Halvik.",
         "Veska Defence Ministry", "Veska", "Halvik"),
    case("seized-border-town",
         "The Veska government said Marlow forces had seized Orrin, a town on the border "
         "with Marlow.",
         "Veska government", "Marlow", "Orrin"),
    case("took-control",
         "Tomas Orlen said on Sunday that Veska soldiers had taken control of Brenn.",
         "Tomas Orlen", "Veska", "Brenn"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "state", "place"), STATE_FORCES)
def test_forces_named_by_their_state_are_the_state_acting(run, text, speaker, state, place):
    r = run(text)
    st = r.statement_by(speaker)
    ev = next((e for e in r.propositions(st) if e.type == "ControlEvent"), None)
    assert ev is not None, r.summary()
    assert state in r.labels(ev.agents) and state not in r.labels(ev.places), r.summary()
    assert place in r.labels(ev.places), r.summary()


# fmt: off
REBEL_HOLDING_TOLD_BY_OTHERS = [
    # (text, speaker, holder, place)
    case("fallen-into-rebel-hands",
         "The Kelvar Front launched an offensive on Monday. The Veska Army said Dulmen had "
         "fallen into rebel hands.",
         "Veska Army", "Kelvar Front", "Dulmen"),
    case("admitted-rebel-control",
         "Fighters of the Zorn Liberation Movement advanced overnight. The Veska Defence "
         "Ministry admitted that Halvik was now under rebel control.",
         "Veska Defence Ministry", "Zorn Liberation Movement", "Halvik"),
    case("denied-rebel-hands",
         "The Orrin Militia attacked on Friday. The Veska Army denied that Tarsk "
         "was in rebel hands.",
         "Veska Army", "Orrin Militia", "Tarsk"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "holder", "place"), REBEL_HOLDING_TOLD_BY_OTHERS)
def test_rebel_holding_told_by_the_other_side_is_the_named_front(run, text, speaker, holder,
                                                                  place):
    r = run(text)
    st = r.statement_by(speaker)
    ev = next((e for e in r.propositions(st) if e.type == "ControlEvent"), None)
    assert ev is not None, r.summary()
    assert holder in r.labels(ev.agents) and place in r.labels(ev.places), r.summary()


# fmt: off
REBELS_NOT_NAMED_ONCE = [
    # (text, speaker): no one front, movement or militia named
    case("no-front-named",
         "The Veska Army said Dulmen had fallen into rebel hands.", "Veska Army"),
    case("two-fronts-named",
         "The Kelvar Front and the Orrin Militia attacked on Monday. The Veska Army said "
         "Halvik was under rebel control.", "Veska Army"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker"), REBELS_NOT_NAMED_ONCE)
def test_rebel_holding_names_no_one_without_a_sole_front(run, text, speaker):
    r = run(text)
    st = r.statement_by(speaker)
    ev = next((e for e in r.propositions(st) if e.type == "ControlEvent"), None)
    assert ev is not None and not ev.agents, r.summary()
