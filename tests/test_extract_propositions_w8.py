"""kg.extract, wave 8: claims of control across more wordings, as the questions read them
(a statement whose proposition is a ControlEvent with the right place).

- a ruler put out by force ("soldiers ousted President X", "was deposed by the
  military", "toppled in a coup"): a seizure of power, a ControlEvent; not a chief put
  out by a vote, a board, shareholders or a court (a change of staff);
- a name the small model tags as an organisation that fighters capture, seize or take
  control of ("its fighters captured Tarsk"): a place, the place of the claim; not a
  body that says it is one ("Kelvar Radio", "Orrin Foods"), nor a person captured.

Every sentence is invented (names and places are made up), across conflict, politics,
business, sport and courts.
"""

from __future__ import annotations

import pytest
from cases import case


def triggers(r, speaker: str) -> list[str]:
    return [e.trigger for e in r.propositions(r.statement_by(speaker))]


# ------------------------------------------------------------------ a ruler put out by force

# fmt: off
COUPS = [
    # (text, speaker, trigger)
    case("soldiers-ousted-president",
         "A spokesman for the Veska Army said on state television that soldiers had ousted "
         "President Ilse Morrow.",
         "Veska Army", "ousted"),
    case("troops-ousted-government",
         "Mutinous troops ousted the government of Orrin on Monday, the Kelvar Front said.",
         "Kelvar Front", "ousted"),
    case("deposed-by-the-military",
         "Premier Ada Moreno was deposed by the military in Lunet, Veska Radio reported.",
         "Veska Radio", "deposed"),
    case("toppled-in-a-coup",
         "President Ilse Morrow was toppled in a coup on Sunday, Veska Radio reported.",
         "Veska Radio", "toppled"),
    case("officers-removed-the-king",
         "Rebel officers removed the king of Dravia from the throne, the Kelvar Front said.",
         "Kelvar Front", "removed"),
    case("pronoun-doer",
         "The Veska Army said it had removed President Ilse Morrow from power.",
         "Veska Army", "removed",
         why="the doer is a pronoun, resolved only after the trigger's class is read"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "trigger"), COUPS)
def test_a_ruler_put_out_by_force_is_a_claim_of_control(run, text, speaker, trigger):
    r = run(text)
    events = [e for e in r.propositions(r.statement_by(speaker)) if e.trigger == trigger]
    assert [e.type for e in events] == ["ControlEvent"], r.summary()


# fmt: off
NOT_COUPS = [
    # (text, trigger): a ruler or a chief put out by a vote, a board, a court
    case("shareholders-ousted-ceo",
         "The shareholders of Delta Grain ousted chief executive Ilkka Vanhanen on Monday.",
         "ousted"),
    case("parliament-removed-premier",
         "Parliament removed Premier Ada Moreno from office after a vote.", "removed"),
    case("voters-ousted-president",
         "Voters ousted President Ilse Morrow in Sunday's election.", "ousted"),
    case("board-ousted-chairman",
         "The board of Harrow United ousted its chairman Piet Olsen on Friday.", "ousted"),
    case("court-removed-mayor",
         "The Marlow Appeals Court removed Mayor Ilse Morrow from office.", "removed"),
    case("militia-ousted-referee",
         "Militia fighters ousted the referee from the stadium in Orrin.", "ousted"),
]
# fmt: on


@pytest.mark.parametrize(("text", "trigger"), NOT_COUPS)
def test_a_ruler_put_out_by_vote_board_or_court_is_no_control(run, text, trigger):
    r = run(text)
    assert not [e for e in r.ex.events if e.type == "ControlEvent" and e.trigger == trigger], (
        r.summary())


# ------------------------------------------------------------------ a name arms take is a place

# fmt: off
ARMED_TAKINGS = [
    # (text, speaker, place): names the small model tags as organisations
    case("fighters-captured",
         "In a statement, the Kelvar Militia said its fighters had captured Orrin on Sunday.",
         "Kelvar Militia", "Orrin"),
    case("our-fighters-full-control",
         'Kelvar Militia spokesman Tomas Brenn said: "Our fighters have taken full control '
         'of Tarsk."',
         "Tomas Brenn", "Tarsk"),
    case("troops-seized-passive-speaker-org",
         "The Veska Army said its troops had seized Orrin after a week of shelling.",
         "Veska Army", "Orrin"),
    case("militia-captured",
         "The Kelvar Militia said on Monday that it had captured Tarsk.",
         "Kelvar Militia", "Tarsk"),
    case("in-control-of",
         '"We are in control of Lunet," Tomas Brenn of the Kelvar Militia said on Sunday.',
         "Tomas Brenn", "Lunet"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "place"), ARMED_TAKINGS)
def test_a_name_fighters_take_is_the_place_of_the_claim(run, text, speaker, place):
    r = run(text)
    events = [e for e in r.propositions(r.statement_by(speaker)) if e.type == "ControlEvent"]
    assert events and r.labels(events[0].places) == [place], r.summary()


# fmt: off
NOT_ARMED_TAKINGS = [
    # (text, name that stays no place)
    case("troops-seized-radio",
         "The Veska Army said its troops had seized Kelvar Radio.", "Kelvar Radio"),
    case("fighters-captured-person",
         "The Kelvar Militia said its fighters had captured Tomas Brenn near the border.",
         "Tomas Brenn"),
    case("firm-took-control-of-firm",
         "Delta Grain said it had taken control of Orrin Foods.", "Orrin Foods"),
    case("army-seized-bank",
         "The Veska Army said its troops had seized the Kelvar Bank.", "Kelvar Bank"),
]
# fmt: on


@pytest.mark.parametrize(("text", "name"), NOT_ARMED_TAKINGS)
def test_a_body_or_person_arms_take_stays_no_place(run, text, name):
    r = run(text)
    assert not [e for e in r.ex.entities if e.label == name and e.type == "Place"], r.summary()


# ------------------------------------------------------------------ "confirmed the report"

# fmt: off
CONFIRMATIONS = [
    # (text, speaker, trigger of what was told before)
    case("confirmed-the-report",
         "Local media said the Kelvar Militia had captured Halvik. The Veska Army confirmed "
         "the report on Monday.",
         "Veska Army", "captured"),
    case("confirmed-this-reported",
         "Residents said rebels had seized the airport in Halvik. A Veska Army spokesman "
         "confirmed this.",
         "Veska Army", "seized"),
    case("confirmed-this-plain-sentence",
         "Rebels seized the airport in Halvik on Sunday. The Veska Army confirmed this on "
         "Monday.",
         "Veska Army", "seized"),
    case("acknowledged-it-business",
         "Delta Grain bought Halvik Mills last year. Ilkka Vanhanen, its chief executive, "
         "acknowledged it.",
         "Ilkka Vanhanen", "bought"),
    case("confirmed-the-news-sport",
         "Harrow United have signed the striker Piet Olsen, a local paper reported. Coach "
         "Elsa Brandt confirmed the news on Friday.",
         "Elsa Brandt", "signed"),
    case("confirmed-the-claims-court",
         "Lawyers said the court had fined Delta Grain. Judge Ada Moreno confirmed the "
         "claims.",
         "Ada Moreno", "fined"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "trigger"), CONFIRMATIONS)
def test_a_confirmation_of_the_report_asserts_what_was_told_before(run, text, speaker,
                                                                     trigger):
    r = run(text)
    props = r.propositions(r.statement_by(speaker))
    assert [e.trigger for e in props] == [trigger], r.summary()


# fmt: off
NOT_CONFIRMATIONS = [
    # (text, speaker, trigger of its own content)
    case("confirmed-its-own-clause",
         "Rebels seized the airport in Halvik on Sunday. The Veska Army confirmed that talks "
         "would resume.",
         "Veska Army", "talks"),
    case("confirmed-the-sale-noun",
         "Rebels seized the airport in Halvik on Sunday. Delta Grain confirmed the sale of "
         "its Orrin mill.",
         "Delta Grain", "sale"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "trigger"), NOT_CONFIRMATIONS)
def test_a_confirmation_with_content_of_its_own_asserts_that(run, text, speaker, trigger):
    r = run(text)
    props = r.propositions(r.statement_by(speaker))
    assert [e.trigger for e in props] == [trigger], r.summary()


def test_a_denial_of_this_still_denies_the_deed_before(run):
    r = run("Rebels said they had seized the airport in Halvik. The Veska Army denied this.")
    st = r.statement_by("Veska Army")
    assert st.stance == "Deny" and [e.trigger for e in r.propositions(st)] == ["seized"], (
        r.summary())
