"""kg.extract, wave 9: event coreference for propositions. A claim that names a deed
briefly ("X said it had taken the town") is often told in full nearby, with its place
or its doer ("Fighters entered Velmor on Sunday ..."): the statement asserts that fuller
telling too, among its propositions.

Near-misses kept apart: two deeds of one class in different places (two towns taken),
a claim and its denial, deeds of different doers, a telling too far away (past the next
paragraph).

Every sentence is invented (names and places are made up), across conflict, business,
courts, sport, health and elections.
"""

from __future__ import annotations

import pytest
from cases import case


def told(r, speaker: str) -> list[tuple[str, set[str], set[str]]]:
    """(class, place labels, agent labels) of each proposition of the speaker's statement."""
    return [(e.type, set(r.labels(e.places)), set(r.labels(e.agents)))
            for e in r.propositions(r.statement_by(speaker))]


# fmt: off
FULLER = [
    # (text, speaker, class, place or None, agent or None): a proposition of the statement
    # has that class, that place among its places, that agent among its agents
    case("town-taken-then-told", "The Kelvar Liberation Front said on Monday it had taken "
         "the town. Its fighters entered Velmor on Sunday after a day of shelling.",
         "Kelvar Liberation Front", "MovementEvent", "Velmor", None),
    case("told-before-the-claim", "Troops of the Orrin Army seized Tesk airport on "
         "Saturday. General Ida Marsh said the capture was complete.",
         "Ida Marsh", "ControlEvent", "Tesk", None),
    case("business-merger", "Halden Foods said the merger was done. The group merged "
         "with Brisco Dairies in Lunet last month.", "Halden Foods", "BusinessEvent",
         "Lunet", None),
    case("court-arrest", "Inspector Tom Rill said the suspect had been detained. Officers "
         "arrested a 34-year-old man in Dunmore on Friday night.",
         "Tom Rill", "JusticeEvent", "Dunmore", None),
    case("rebels-captured-base", "A spokesman for the Dorran Patriotic Brigades said the "
         "base had fallen. Brigade fighters stormed the Sarn barracks near Ostrel on "
         "Tuesday.", "Dorran Patriotic Brigades", "MovementEvent", "Ostrel", None),
    case("next-paragraph", "The Vanta Front said it now held the valley.\n\nIts units "
         "captured Orlay and two nearby villages on Wednesday, residents said.",
         "Vanta Front", "ControlEvent", "Orlay", None),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "cls", "place", "agent"), FULLER)
def test_a_claim_asserts_the_fuller_telling_of_its_deed(run, text, speaker, cls, place, agent):
    r = run(text)
    assert any(c == cls and (place is None or place in places)
               and (agent is None or agent in agents)
               for c, places, agents in told(r, speaker)), r.summary()


# fmt: off
APART = [
    # (text, speaker, place): no proposition of the statement has that place
    case("two-towns-taken", "The Vanta Front said it had taken Orlay on Monday. Its "
         "fighters also captured Sessa on Tuesday.", "Vanta Front", "Sessa"),
    case("claim-and-denial", "The Kelvar Liberation Front said it had taken the town. "
         "General Ida Marsh denied that rebels had entered Velmor.",
         "Kelvar Liberation Front", "Velmor"),
    case("other-speakers-claim", "The Vanta Front said it held the valley. The Orrin "
         "Army said its troops had captured Orlay.", "Vanta Front", "Orlay"),
    case("too-far", "The Kelvar Liberation Front said it had taken the town.\n\nFood "
         "prices rose sharply across the region this spring.\n\nThe army has long "
         "struggled to hold the north.\n\nTroops entered Velmor in 2019.",
         "Kelvar Liberation Front", "Velmor"),
    case("other-kind-of-deed", "Halden Foods said profits had doubled. Floods hit a "
         "plant in Lunet last week.", "Halden Foods", "Lunet"),
    case("other-doer", "The Orrin Army said it had taken Tesk airport. Rebels of the "
         "Vanta Front attacked Orlay on Sunday.", "Orrin Army", "Orlay"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "place"), APART)
def test_a_different_deed_nearby_is_no_telling_of_the_claim(run, text, speaker, place):
    r = run(text)
    assert all(place not in places for _, places, _ in told(r, speaker)), r.summary()
