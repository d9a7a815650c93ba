"""kg.extract propositions, wave 5: what a statement asserts across its whole content (every
main clause, not only the first), and whose deed it is when the content names the doer by
a description or by the speaker's own side.

Every sentence is invented (names and places are made up), across conflict, business,
courts, health, sport and elections.
"""

from __future__ import annotations

import pytest
from cases import case

# ------------------------------------------------------------------ coordinated main clauses

# fmt: off
COORDINATED = [
    # (text, speaker, triggers every one of which a proposition of the statement must have)
    case("entered-and-took",
         "The Kelvar Militia said it had entered Port Halvik and taken control of the port.",
         "Kelvar Militia", ["entered", "taken"]),
    case("two-subjects",
         "Tomas Brenn said the Kelvar Militia had seized the port and the army had withdrawn "
         "from Port Halvik.", "Tomas Brenn", ["seized", "withdrawn"]),
    case("quote-of-two-sentences",
         '"We have liberated Port Halvik. The army has fled," Tomas Brenn, the Kelvar '
         "Militia's commander, said.", "Tomas Brenn", ["liberated", "fled"]),
    case("bought-and-closed",
         "Delta Grain said it had bought the Orrin mill and closed its plant in Port Halvik.",
         "Delta Grain", ["bought", "closed"]),
    case("resigned-and-appointed",
         "Harrow United said Tomas Brenn had resigned and the club had appointed Ada Moreno "
         "as manager.", "Harrow United", ["resigned", "appointed"]),
    case("resigned-and-that",
         "The Civic Unity Party said its leader Piet Olsen had resigned and that a new leader "
         "would be elected in May.", "Civic Unity Party", ["resigned", "elected"]),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "triggers"), COORDINATED)
def test_every_main_clause_of_the_content_is_asserted(run, text, speaker, triggers):
    r = run(text)
    got = [e.trigger for e in r.propositions(r.statement_by(speaker))]
    assert all(any(t in g for g in got) for t in triggers), r.summary()


def test_a_further_proposition_is_claimed_like_the_first(run):
    r = run("The Kelvar Militia said it had entered Port Halvik and taken control of the port.")
    props = r.propositions(r.statement_by("Kelvar Militia"))
    assert {e.factuality for e in props} == {"Claimed"}, r.summary()
    taken = next(e for e in props if e.type == "ControlEvent")
    assert r.labels(taken.agents) == ["Kelvar Militia"], r.summary()


# fmt: off
NOT_ASSERTED = [
    # (text, speaker, the one trigger of its propositions)
    case("relative-clause",
         "The Veska Guard said the militia fighters who had attacked Port Halvik had fled.",
         "Veska Guard", "fled"),
    case("subordinate-clause-not-done",  # wave 12: "after the army attacked" is asserted
         "Ada Moreno said the rebels fled before the army attacked Port Halvik.",
         "Ada Moreno", "fled"),
    case("coordinated-subject-nouns",
         "Tomas Brenn said the fighting and the shelling had stopped.", "Tomas Brenn",
         "fighting"),
    case("relative-in-subject",
         "Delta Grain said the sale of the mill, which it bought in 2019, was complete.",
         "Delta Grain", "sale"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "trigger"), NOT_ASSERTED)
def test_a_subordinate_event_is_no_further_proposition(run, text, speaker, trigger):
    r = run(text)
    assert [e.trigger for e in r.propositions(r.statement_by(speaker))] == [trigger], (
        r.summary())


# ------------------------------------------------------------------ "the <body>" said by a side

# fmt: off
DESCRIBED_SIDES = [
    # (text, speaker, trigger, the agent it must have: the side, or None for another body)
    case("own-kind", "The Kelvar Militia said the militia had seized Port Halvik.",
         "Kelvar Militia", "seized", "Kelvar Militia"),
    case("any-body-noun",
         "Tomas Brenn, a spokesman for the Kelvar Movement, said the movement had taken Port "
         "Halvik.", "Tomas Brenn", "taken", "Kelvar Movement"),
    case("company-said-the-company", "Delta Grain said the company had acquired the Orrin mill.",
         "Delta Grain", "acquired", "Delta Grain"),
    case("guard-said-the-militia",
         "The Veska Guard said the militia had attacked the town, which it later seized.",
         "Veska Guard", "attacked", None),
    case("army-said-the-army", "The Veska Army said the army had retaken Port Halvik.",
         "Veska Army", "retaken", "Veska Army"),
    case("police-said-the-court",
         "The Marlow Police said the court had convicted two men in Port Halvik on Monday.",
         "Marlow Police", "convicted", "court"),  # the court itself (bodies.py), not the police
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "trigger", "agent"), DESCRIBED_SIDES)
def test_the_body_described_is_the_side_only_when_it_fits(run, text, speaker, trigger, agent):
    r = run(text)
    event = r.proposition(r.statement_by(speaker))
    assert trigger in event.trigger, r.summary()
    assert r.labels(event.agents) == ([agent] if agent else []), r.summary()


# ------------------------------------------------------------------ "accused X of doing"

# fmt: off
CHARGED_DOERS = [
    # (text, speaker, trigger, the doer)
    case("accused-of-attacking",
         "The Veska Guard accused the Kelvar Militia of attacking Port Halvik on Sunday.",
         "Veska Guard", "attacking", "Kelvar Militia"),
    case("accused-of-buying",
         "Ada Moreno accused Delta Grain of buying the Orrin mill illegally.",
         "Ada Moreno", "buying", "Delta Grain"),
    case("passive-accused",
         "The Veska Guard was accused by Ada Moreno of killing three civilians in Port Halvik.",
         "Ada Moreno", "killing", "Veska Guard"),
    case("denied-attacking-is-own",  # near miss: no object, the denier's own deed
         "The Kelvar Militia denied attacking Port Halvik.",
         "Kelvar Militia", "attacking", "Kelvar Militia"),
    case("responsibility-for-attacking",
         "The Kelvar Militia claimed responsibility for attacking the army base in Port Halvik.",
         "Kelvar Militia", "attacking", "Kelvar Militia"),
]
# fmt: on


def test_denied_responsibility_owns_no_deed(run):
    r = run("The Kelvar Militia denied responsibility for attacking the army base in Port "
            "Halvik.")
    assert r.proposition(r.statement_by("Kelvar Militia")).agents == (), r.summary()


@pytest.mark.parametrize(("text", "speaker", "trigger", "agent"), CHARGED_DOERS)
def test_the_one_charged_with_a_deed_did_it(run, text, speaker, trigger, agent):
    r = run(text)
    event = r.proposition(r.statement_by(speaker))
    assert trigger in event.trigger, r.summary()
    assert r.labels(event.agents) == [agent], r.summary()


def test_a_fine_for_a_deed_makes_the_fined_its_doer(run):
    r = run("The regulator fined Delta Grain for selling contaminated flour in Port Halvik.")
    assert r.labels(r.event("TransactionEvent", trigger="selling").agents) == ["Delta Grain"], (
        r.summary())


def test_a_gerund_after_seizing_is_the_subjects(run):
    r = run("After seizing Port Halvik, the Kelvar Militia said it would hold the town.")
    assert r.labels(r.event("ControlEvent", trigger="seizing").agents) == ["Kelvar Militia"], (
        r.summary())


# ------------------------------------------------------------------ "the town" points back

# fmt: off
DESCRIBED_PLACES = [
    # (text, speaker, trigger, the place)
    case("a-town-in",
         "Fighting broke out in Port Halvik, a town in northern Veska, on Sunday. The Kelvar "
         "Militia said it had taken the town.", "Kelvar Militia", "taken", "Port Halvik"),
    case("the-capital-of",
         "The Kelvar Militia shelled Dunmore, the capital of Veska, on Sunday. The militia "
         "said it had captured the capital.", "Kelvar Militia", "captured", "Dunmore"),
    case("the-town-of",
         "Rebels attacked the town of Port Halvik on Sunday. Ada Moreno said the army had "
         "retaken the town on Monday.", "Ada Moreno", "retaken", "Port Halvik"),
    case("mill-in-the-city",
         "Delta Grain opened a mill in Dunmore in 2019. The company said on Monday it had "
         "closed the mill in the city.", "Delta Grain", "closed", "Dunmore"),
    case("a-city-in-apposition-later",
         "Flooding hit Dunmore, a city in southern Veska, on Monday. The Veska Health Ministry "
         "said two patients had died in the city.", "Veska Health Ministry", "died", "Dunmore"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "trigger", "place"), DESCRIBED_PLACES)
def test_a_place_noun_points_back_to_the_place_it_named(run, text, speaker, trigger, place):
    r = run(text)
    event = r.proposition(r.statement_by(speaker))
    assert trigger in event.trigger, r.summary()
    assert r.labels(event.places) == [place], r.summary()


# ------------------------------------------------------------------ own body, the enemy's dead

# fmt: off
OWN_BODIES = [
    # (text, speaker, trigger, the agent)
    case("his-group",
         "Tomas Brenn, who leads the Kelvar Militia, said his group had taken the Port Halvik "
         "airbase.", "Tomas Brenn", "taken", "Kelvar Militia"),
    case("her-company",
         "Ada Moreno, chief executive of Delta Grain, said her company had bought the Orrin "
         "mill.", "Ada Moreno", "bought", "Delta Grain"),
    case("his-party",
         "Piet Olsen, leader of the Civic Unity Party, said his party had won the election in "
         "Dunmore.", "Piet Olsen", "election", "Civic Unity Party"),
    case("no-side-known",  # near miss: with no body named, the person stays the doer
         "Tomas Brenn said his group had taken the Port Halvik airbase.",
         "Tomas Brenn", "taken", "Tomas Brenn"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "trigger", "agent"), OWN_BODIES)
def test_the_speakers_own_body_is_the_side(run, text, speaker, trigger, agent):
    r = run(text)
    event = r.proposition(r.statement_by(speaker))
    assert trigger in event.trigger, r.summary()
    assert r.labels(event.agents) == [agent], r.summary()


# fmt: off
ENEMY_LOSSES = [
    # (text, speaker, the agent of the killing, or None)
    case("enemy-fighters",
         "The Veska Army said that 31 insurgents were killed in the sweep around "
         "Port Halvik.", "Veska Army", "Veska Army"),
    case("attackers-shot-dead",
         "Two attackers were shot dead near the Port Halvik checkpoint, the Kelvar Militia "
         "said.", "Kelvar Militia", "Kelvar Militia"),
    case("spokesman-terrorists",
         "Tomas Brenn, a Veska Army spokesman, said 12 terrorists had been killed in Port "
         "Halvik.", "Tomas Brenn", "Veska Army"),
    case("civilians-are-no-enemy",
         "The Veska Army said 12 civilians had been killed in Port Halvik.", "Veska Army", None),
    case("ministry-is-no-armed-body",
         "The Veska Health Ministry said 12 militants had been killed in Port Halvik.",
         "Veska Health Ministry", None),
    case("denied", "The Veska Army denied that 12 enemy fighters had been killed in Port Halvik.",
         "Veska Army", None),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "agent"), ENEMY_LOSSES)
def test_the_enemys_dead_told_by_an_armed_body_are_its_deed(run, text, speaker, agent):
    r = run(text)
    event = r.proposition(r.statement_by(speaker))
    assert event.type == "LifeEvent", r.summary()
    assert r.labels(event.agents) == ([agent] if agent else []), r.summary()


# ------------------------------------------------------------------ "in charge of X", "saw X leave"

# fmt: off
IN_CHARGE = [
    # (text, speaker, the holder, the place)
    case("was-in-charge-of", "Tomas Brenn said the Kelvar Militia was in charge of Port Halvik.",
         "Tomas Brenn", "Kelvar Militia", "Port Halvik"),
    case("remained-in-charge",
         "The Veska Army said it remained in charge of the town of Port Halvik.",
         "Veska Army", "Veska Army", "Port Halvik"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "holder", "place"), IN_CHARGE)
def test_in_charge_of_a_place_is_control(run, text, speaker, holder, place):
    r = run(text)
    event = r.proposition(r.statement_by(speaker))
    assert event.type == "ControlEvent", r.summary()
    assert r.labels(event.agents) == [holder], r.summary()
    assert place in r.labels(event.places), r.summary()


# fmt: off
NOT_IN_CHARGE = [
    case("of-an-inquiry", "Ada Moreno said Piet Olsen was in charge of the inquiry."),
    case("charged-with",
         "Ada Moreno, a Veska Guard spokeswoman, said Piet Olsen was charged with fraud in "
         "Dunmore."),
]
# fmt: on


@pytest.mark.parametrize("text", NOT_IN_CHARGE)
def test_charge_without_a_place_held_is_no_control(run, text):
    r = run(text)
    assert not r.events_of("ControlEvent"), r.summary()


# fmt: off
SEEN_DOERS = [
    # (text, speaker, trigger, the agent, or None)
    case("saw-fighters-storm",
         "Ada Moreno said she saw Kelvar Militia fighters storm the Port Halvik town hall.",
         "Ada Moreno", "storm", "Kelvar Militia"),
    case("watched-leave",
         '"We watched the Veska Army leave Port Halvik," Piet Olsen told reporters.',
         "Piet Olsen", "leave", "Veska Army"),
    case("had-seen-attacking",
         "Ada Moreno said she had seen the Kelvar Militia attacking Port Halvik.",
         "Ada Moreno", "attacking", "Kelvar Militia"),
    case("saw-unnamed-heading",  # the one seen is unnamed: the witness did not go
         'Rebels attacked Port Halvik on Sunday. "I saw some soldiers heading out of the city '
         'with two trucks," said Ada Moreno, a resident.', "Ada Moreno", "heading", None),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "trigger", "agent"), SEEN_DOERS)
def test_the_one_seen_does_the_deed_not_the_witness(run, text, speaker, trigger, agent):
    r = run(text)
    event = r.proposition(r.statement_by(speaker))
    assert trigger in event.trigger, r.summary()
    assert r.labels(event.agents) == ([agent] if agent else []), r.summary()


# ------------------------------------------------------------------ whole verb families

# fmt: off
FAMILIES = [
    # (text, speaker, class of the proposition, its trigger)
    case("bribe", "Ada Moreno said Piet Olsen had bribed two officials in Port Halvik.",
         "Ada Moreno", "TransactionEvent", "bribed"),
    case("arraign", "The Marlow Court said Piet Olsen would be arraigned in Dunmore on Monday.",
         "Marlow Court", "JusticeEvent", "arraigned"),
    case("drown", "The Veska Health Ministry said three fishermen had drowned off Port Halvik.",
         "Veska Health Ministry", "LifeEvent", "drowned"),
    case("liquidate", "Delta Grain said it would liquidate its Port Halvik subsidiary.",
         "Delta Grain", "BusinessEvent", "liquidate"),
    case("repeal", "The Civic Unity Party said parliament had repealed the curfew law.",
         "Civic Unity Party", "GovernanceEvent", "repealed"),
    case("picket",
         "The Orrin Dockers Union said its members would picket the Port Halvik terminal.",
         "Orrin Dockers Union", "ProtestEvent", "picket"),
    case("demote", "Harrow United said Tomas Brenn had been demoted to the reserve team.",
         "Harrow United", "PersonnelEvent", "demoted"),
    case("hijack",
         "The Veska Guard said the Kelvar Militia had hijacked a fuel convoy near Port Halvik.",
         "Veska Guard", "ConflictEvent", "hijacked"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "cls", "trigger"), FAMILIES)
def test_a_verb_of_each_family_is_its_class(run, text, speaker, cls, trigger):
    r = run(text)
    event = r.proposition(r.statement_by(speaker))
    assert (event.type, event.trigger) == (cls, trigger), r.summary()
