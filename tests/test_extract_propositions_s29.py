"""kg.extract, session 29: propositions of content the engine turned into none.

- Forces said to be inside a place hold it: a side's named fighters ("Kelvar Front
  fighters are in X", "rebels were inside X", "Veska troops remain in X"), and the place
  may be given by description ("its fighters are now in the city": the named town the
  description points back to). Not a place near, a visit for talks, a state to come, nor
  people who are no forces ("two reporters were in X").

Every sentence is invented (names and places are made up).
"""

from __future__ import annotations

import pytest
from cases import case

# ------------------------------------------------------------------ forces inside a place

# fmt: off
FORCES_INSIDE = [
    # (text, speaker, stance, holder, place)
    case("denied-rebels-in",
         "The Veska Army denied that rebels were in Halvik.",
         "Veska Army", "Deny", "rebels", "Halvik"),
    case("denied-rebel-fighters-inside",
         "The Veska Army on Monday denied that rebel fighters were inside Kavala.",
         "Veska Army", "Deny", "rebels", "Kavala"),
    case("named-side-fighters",
         "The Veska Army admitted on Sunday that Kelvar Front fighters remain in Nerida.",
         "Veska Army", "Assert", "Kelvar Front", "Nerida"),
    case("troops-of-the-army-remain",
         "Troops of the Veska Army are still in Dulmen, a government spokesman said on "
         "Tuesday.",
         "government", "Assert", "Veska Army", "Dulmen"),
    case("own-fighters-in-the-city",
         "Rebels advanced on Halvik this week. The Kelvar Front said its fighters were now "
         "in the city.",
         "Kelvar Front", "Assert", "Kelvar Front", "Halvik"),
    case("own-units-inside-the-town",
         "Heavy shelling hit Kavala overnight. The Veska Army insisted that its units "
         "remained inside the town.",
         "Veska Army", "Assert", "Veska Army", "Kavala"),
    case("we-remain-in-the-city",
         "Fighting spread to Dulmen on Friday. \"We remain in the city,\" the Kelvar Front "
         "said.",
         "Kelvar Front", "Assert", "Kelvar Front", "Dulmen"),
    case("denied-the-rebels-inside-the-town",
         "Rebels attacked Nerida at dawn. The army denied that the rebels were inside the "
         "town.",
         "army", "Deny", "Rebels", "Nerida"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "stance", "holder", "place"), FORCES_INSIDE)
def test_forces_inside_a_place_hold_it(run, text, speaker, stance, holder, place):
    r = run(text)
    st = next((s for s in r.ex.statements if r.label(s.speaker) == speaker
               or r.label(s.on_behalf_of) == speaker), None)
    assert st is not None and st.stance == stance, r.summary()
    ev = r.proposition(st)
    assert ev.type == "ControlEvent", r.summary()
    assert holder in r.labels(ev.agents) and place in r.labels(ev.places), r.summary()


# fmt: off
NOT_HELD = [
    # (text, speaker): no control held in the content
    case("near-the-city",
         "Rebels advanced on Halvik this week. The Kelvar Front said its fighters were near "
         "the city.", "Kelvar Front"),
    case("visit-for-talks",
         "The Kelvar Front said its delegates were in Halvik for talks.", "Kelvar Front"),
    case("state-to-come",
         "The Kelvar Front said rebels would be in Kavala by Friday.", "Kelvar Front"),
    case("no-forces",
         "The Veska Army said two reporters were in Dulmen.", "Veska Army"),
    case("rebels-in-talks",
         "The Kelvar Front said the rebels were in talks with the government.",
         "Kelvar Front"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker"), NOT_HELD)
def test_no_control_held_without_forces_inside(run, text, speaker):
    r = run(text)
    for st in r.statements_by(speaker):
        assert all(ev.type != "ControlEvent" for ev in r.propositions(st)), r.summary()


# ------------------------------------------------- the blamed, a place taken by arms, a whole

# fmt: off
BLAMED_FORCES = [
    # (text, speaker, class, doer): "for" hung on the blamed object still names the deed's doer
    case("blamed-front-militants",
         "The government blamed Kelvar Front militants for Sunday's bombing in Kavala.",
         "government", "ConflictEvent", "Kelvar Front"),
    case("blamed-front-fighters",
         "The Veska Army blamed Kelvar Front fighters for the attack on the Halvik market.",
         "Veska Army", "ConflictEvent", "Kelvar Front"),
    case("accused-guild-members",
         "Delta Grain blamed Harlan Miners Guild members for the killing of a guard in "
         "Dulmen.",
         "Delta Grain", "LifeEvent", "Harlan Miners Guild"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "cls", "doer"), BLAMED_FORCES)
def test_the_blamed_did_the_deed(run, text, speaker, cls, doer):
    r = run(text)
    ev = r.proposition(r.statement_by(speaker))
    assert ev.type == cls and doer in r.labels(ev.agents), r.summary()


# fmt: off
TAKEN_BY_ARMS = [
    # (text, speaker, place): a name the tagger calls a group, said taken by an armed body
    case("said-captured",
         "The Kelvar Front said Tarsk had been captured.", "Kelvar Front", "Tarsk"),
    case("captured-by-rebels",
         "Tarsk was captured by the rebels on Saturday, according to a statement from the "
         "Kelvar Front.", "Kelvar Front", "Tarsk"),
    case("seized-by-militia",
         "Lunet was seized overnight, a spokesman for the Kelvar Militia said.",
         "Kelvar Militia", "Lunet"),
    case("whole-of",
         "\"Our forces now control the whole of Lunet,\" the Veska Army said in a statement.",
         "Veska Army", "Lunet"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "place"), TAKEN_BY_ARMS)
def test_a_name_armed_bodies_say_was_taken_is_a_place(run, text, speaker, place):
    r = run(text)
    assert r.entity(place).type == "Place", r.summary()
    assert place in r.claimed_places(speaker), r.summary()


# fmt: off
NOT_TAKEN_BY_ARMS = [
    # (text, name): a firm taken over, or a body that speaks, stays a body
    case("firm-takes-firm",
         "Delta Grain said it had taken control of Orrin Foods.", "Orrin Foods"),
    case("denied-by-army",
         "The Veska Army denied that Tarsk had been captured.", "Veska Army"),
]
# fmt: on


@pytest.mark.parametrize(("text", "name"), NOT_TAKEN_BY_ARMS)
def test_bodies_stay_bodies(run, text, name):
    r = run(text)
    entity = r.find_entity(name)
    assert entity is None or entity.type == "Organization", r.summary()


# ------------------------------------------------------------------ "X's capital"

# fmt: off
STATES_CAPITAL = [
    # (text, speaker, town): "X's capital" taken is the town the text names, beside X
    case("seized-control-of-capital",
         "Heavy fighting was reported in Halvik on Sunday. The Kelvar Front later said it "
         "had seized control of Veska's capital.", "Kelvar Front", "Halvik"),
    case("capital-named-in-apposition",
         "Clashes broke out in Kavala, the capital of Veska, on Sunday. Later the Kelvar "
         "Front claimed to have captured Veska's capital.", "Kelvar Front", "Kavala"),
    case("held-the-capital",
         "Shelling hit Dulmen for a week. On Friday the Veska Army said it still held "
         "Nerida's capital.", "Veska Army", "Dulmen"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "town"), STATES_CAPITAL)
def test_a_states_capital_is_the_town_named(run, text, speaker, town):
    r = run(text)
    assert town in r.claimed_places(speaker), r.summary()


def test_a_states_capital_with_no_town_named_is_the_state_only(run):
    r = run("The Kelvar Front said it had seized control of Veska's capital.")
    assert r.claimed_places("Kelvar Front") == ["Veska"], r.summary()


def test_a_firms_capital_is_no_place(run):
    r = run("Delta Grain said it had raised its capital.")
    assert not r.claimed_places("Delta Grain"), r.summary()


# ------------------------------------------------ a part of a side's forces as the doer

# fmt: off
PART_OF_FORCES = [
    # (text, speaker, class, doer): "the bulk of its troops", "a unit of our fighters"
    case("bulk-of-its-troops",
         "The Veska Army said the bulk of its troops had pulled out of Kavala.",
         "Veska Army", "MovementEvent", "Veska Army"),
    case("unit-of-its-fighters",
         "The Kelvar Front said a unit of its fighters had captured the airport in Halvik.",
         "Kelvar Front", "ControlEvent", "Kelvar Front"),
    case("bulk-of-our-men-quoted",
         "\"The bulk of our men have withdrawn from Kavala,\" the Veska Army said.",
         "Veska Army", "MovementEvent", "Veska Army"),
    case("rest-of-its-forces",
         "On Monday the Kelvar Front announced that the rest of its forces had left Dulmen.",
         "Kelvar Front", "MovementEvent", "Kelvar Front"),
    case("majority-of-its-soldiers",
         "The Veska Army insisted a majority of its soldiers were now inside Nerida.",
         "Veska Army", "ControlEvent", "Veska Army"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "cls", "doer"), PART_OF_FORCES)
def test_a_part_of_a_sides_forces_acts_for_the_side(run, text, speaker, cls, doer):
    r = run(text)
    ev = r.proposition(r.statement_by(speaker))
    assert ev.type == cls and doer in r.labels(ev.agents), r.summary()


# fmt: off
PART_OF_NO_FORCES = [
    # (text, speaker, name): a part of people who are no side's forces, or of a thing
    case("most-of-the-civilians",
         "The Veska Army said most of the civilians had fled Kavala.", "Veska Army",
         "Veska Army"),
    case("part-of-its-budget",
         "The Kelvar Front said part of its budget had gone to Halvik.", "Kelvar Front",
         "Kelvar Front"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "name"), PART_OF_NO_FORCES)
def test_a_part_of_no_forces_names_no_doer(run, text, speaker, name):
    r = run(text)
    for ev in r.propositions(r.statement_by(speaker)):
        assert name not in r.labels(ev.agents), r.summary()


# ------------------------------------------------------------------ a place lost

# fmt: off
LOSSES = [
    # (text, speaker, taker or None, loser): who lost a place did not take it
    case("said-it-had-lost-control",
         "The Veska Army said it had lost control of Halvik.",
         "Veska Army", None, "Veska Army"),
    case("admitted-it-had-lost",
         "The Veska Army admitted on Sunday that it had lost Kavala.",
         "Veska Army", None, "Veska Army"),
    case("other-side-says-the-army-lost",
         "The Kelvar Front said the army had lost control of Dulmen.",
         "Kelvar Front", None, "army"),
    case("attacker-told-just-before",
         "Rebels attacked Halvik. The Veska Army conceded it had lost the town.",
         "Veska Army", "Rebels", "Veska Army"),
    case("attacker-named-sentences-before",
         "The Kelvar Front launched an assault on Nerida on Friday. Two days later the "
         "government admitted that it had lost control of Nerida.",
         "government", "Kelvar Front", "government"),
    case("taker-named",
         "The Veska Army admitted losing Halvik to the Kelvar Front.",
         "Veska Army", "Kelvar Front", "Veska Army"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "taker", "loser"), LOSSES)
def test_who_lost_a_place_did_not_take_it(run, text, speaker, taker, loser):
    r = run(text)
    ev = r.proposition(r.statement_by(speaker))
    assert ev.type == "ControlEvent" and loser not in r.labels(ev.agents), r.summary()
    assert taker is None or taker in r.labels(ev.agents), r.summary()


# fmt: off
NOT_LOSSES = [
    # (text, speaker, holder): control kept or taken is the holder's
    case("did-not-lose",
         "The Veska Army said it had not lost control of Halvik.", "Veska Army",
         "Veska Army"),
    case("regained",
         "The Veska Army said it had regained control of Kavala.", "Veska Army",
         "Veska Army"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "holder"), NOT_LOSSES)
def test_control_kept_or_regained_stays_the_holders(run, text, speaker, holder):
    r = run(text)
    ev = r.proposition(r.statement_by(speaker))
    assert holder in r.labels(ev.agents), r.summary()


# ------------------------------------------- fighters named by the place their side is of

# fmt: off
DEMONYM_SIDES = [
    # (text, speaker, class, doer): "Tigrosian fighters" for a side named after Tigrosa
    case("fighters-seized",
         "The Tigrosa Liberation Front has fought the army for a year. On Sunday the army "
         "said Tigrosian fighters had seized Halvik.",
         "army", "ControlEvent", "Tigrosa Liberation Front"),
    case("forces-entered",
         "The Tigrosa Liberation Front has fought the army for a year. On Sunday the army "
         "said Tigrosian forces had entered Halvik.",
         "army", "MovementEvent", "Tigrosa Liberation Front"),
    case("troops-withdrew",
         "Officials of the Marenia People's Army met in Kavala last month. The government "
         "said Marenian troops had withdrawn from Dulmen.",
         "government", "MovementEvent", "Marenia People's Army"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "cls", "doer"), DEMONYM_SIDES)
def test_fighters_named_by_their_sides_place_act_for_it(run, text, speaker, cls, doer):
    r = run(text)
    ev = r.proposition(r.statement_by(speaker))
    assert ev.type == cls and doer in r.labels(ev.agents), r.summary()


def test_fighters_of_a_place_are_not_a_body_that_does_not_fight(run):
    r = run("The Tigrosa Relief Fund sent food to Halvik. The army said Tigrosian troops had "
            "entered Halvik.")
    ev = r.proposition(r.statement_by("army"))
    assert "Tigrosa Relief Fund" not in r.labels(ev.agents), r.summary()
