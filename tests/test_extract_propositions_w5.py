"""kg.extract propositions, wave 5: what a statement asserts across its whole content (every
main clause, not only the first), and whose deed it is when the content names the doer by
a description or by the speaker's own side.

Every sentence is invented (names and places are made up), across conflict, business,
courts, health, sport and elections.
"""

from __future__ import annotations

import pytest


def case(id_: str, *values, why: str | None = None):
    """One table row; ``why`` marks a documented engine failure (strict xfail)."""
    marks = [pytest.mark.xfail(strict=True, reason=why)] if why else []
    return pytest.param(*values, id=id_, marks=marks)


def propositions(r, statement) -> list:
    """Every event a statement asserts or denies, its main one first."""
    keys = [statement.proposition, *statement.further_propositions]
    return [next(e for e in r.ex.events if e.key == k) for k in keys if k is not None]


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
    got = [e.trigger for e in propositions(r, r.statement_by(speaker))]
    assert all(any(t in g for g in got) for t in triggers), r.summary()


def test_a_further_proposition_is_claimed_like_the_first(run):
    r = run("The Kelvar Militia said it had entered Port Halvik and taken control of the port.")
    props = propositions(r, r.statement_by("Kelvar Militia"))
    assert {e.factuality for e in props} == {"Claimed"}, r.summary()
    taken = next(e for e in props if e.type == "ControlEvent")
    assert r.labels(taken.agents) == ["Kelvar Militia"], r.summary()


# fmt: off
NOT_ASSERTED = [
    # (text, speaker, the one trigger of its propositions)
    case("relative-clause",
         "The Veska Guard said the militia fighters who had attacked Port Halvik had fled.",
         "Veska Guard", "fled"),
    case("subordinate-clause",
         "Ada Moreno said the rebels fled after the army attacked Port Halvik.",
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
    assert [e.trigger for e in propositions(r, r.statement_by(speaker))] == [trigger], (
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
         "Marlow Police", "convicted", None),
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
]
# fmt: on


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
