"""kg.extract event agents, issue 11 (session 28): who is the agent when the sentence
also names someone else close by.

- Coordinated subjects are read one by one: a force noun coordinated with a named group
  is not that group ("Veskan troops and Kavar Front fighters": Veska and the Front).
- A backer's participle on the subject names who stands behind the doers, not the doers
  ("government forces backed by Veskan jets", "militias supported by X", "fighters armed
  by X"); nor are "X-backed fighters" the speaker's own men when the speaker tells of
  them.
- The subject of "survived" or "faced" undergoes the event noun it carries ("survived an
  ambush", "faced protests"): a participant, never its agent.
- A definite event noun that is the object of another event ("repelled the attack",
  "appeal the verdict", "foiled the bombing") is not that event told again: it takes up
  an event told before it, or nothing.

Every sentence is invented (names and places are made up). The articles are published
on Friday 2024-03-15.
"""

from __future__ import annotations

import pytest
from cases import case


def _agents(reading, cls: str, trigger: str) -> list[str]:
    return reading.labels(reading.event(cls, trigger=trigger).agents)


def _participants(reading, cls: str, trigger: str) -> list[str]:
    return reading.labels(reading.event(cls, trigger=trigger).participants)


# fmt: off
SIDE_BY_SIDE = [
    # (text, class, trigger, agent)
    case("coordinated-force-first", "Veska sent more troops on Monday. Veskan troops and "
         "Kavar Front fighters captured Brisko on Sunday.", "ControlEvent", "captured",
         "Veska"),
    case("coordinated-force-named-second", "Veska sent more troops on Monday. Veskan troops "
         "and Kavar Front fighters captured Brisko on Sunday.", "ControlEvent", "captured",
         "Kavar Front"),
    case("coordinated-soldiers", "Orrin deployed soldiers in May. Orrinese soldiers and the "
         "Kavar Front attacked Tallen on Monday.", "ConflictEvent", "attacked", "Orrin"),
    case("backed-by-jets", "Government forces backed by Veskan jets drove the rebels out of "
         "Brisko.", "ControlEvent", "drove", "government forces"),
    case("backed-hyphen-told", "The Orrin Army said Veska-backed fighters had shelled "
         "Tallen.", "ConflictEvent", "shelled", "Veska-backed fighters"),
    case("own-troops-told", "The Orrin Army said troops had seized Tallen on Monday.",
         "ControlEvent", "seized", "Orrin Army"),
    case("echo-before-repelled", "The Kavar Front attacked Tallen on Monday. The Orrin Army "
         "repelled the attack.", "ConflictEvent", "attack", "Kavar Front"),
    case("echo-verdict-court", "The Vanta High Court sentenced Dario Hensk to ten years. "
         "Hensk said he would appeal the verdict.", "JusticeEvent", "verdict",
         "Vanta High Court"),
    case("echo-condemned", "The Kavar Front shelled Morlin on Friday. The Orrin government "
         "condemned the shelling.", "ConflictEvent", "shelling", "Kavar Front"),
    case("echo-killed", "The Kavar Front attacked Tallen, and the attack killed six people.",
         "ConflictEvent", "attack", "Kavar Front"),
    case("launched-is-done", "The Orrin Army launched an attack on Tallen on Monday.",
         "ConflictEvent", "attack", "Orrin Army"),
]

NOT_THE_AGENT = [
    # (text, class, trigger, not the agent)
    case("backed-by-is-no-doer", "Government forces backed by Veskan jets drove the rebels "
         "out of Brisko.", "ControlEvent", "drove", "Veskan"),
    case("supported-by-is-no-doer", "Militias supported by the Kavar Front attacked Tallen "
         "on Monday.", "ConflictEvent", "attacked", "Kavar Front"),
    case("armed-by-is-no-doer", "Fighters armed by the Orrin Patriotic Army seized Morlin on "
         "Sunday.", "ControlEvent", "seized", "Orrin Patriotic Army"),
    case("backed-is-not-the-speaker", "The Orrin Army said Veska-backed fighters had shelled "
         "Tallen.", "ConflictEvent", "shelled", "Orrin Army"),
    case("allied-is-not-the-speaker", "The Vanta Police said Kavar-allied gunmen had attacked "
         "the station.", "ConflictEvent", "attacked", "Vanta Police"),
    case("survived-ambush", "A convoy of the Orrin Army survived an ambush near Tallen on "
         "Monday.", "ConflictEvent", "ambush", "Orrin Army"),
    case("survived-attack", "The Orrin Army survived a rocket attack on its base near "
         "Brisko.", "ConflictEvent", "attack", "Orrin Army"),
    case("faced-protests", "Mayor Ilse Morrow faced protests in Tallen on Monday.",
         "ProtestEvent", "protests", "Ilse Morrow"),
    case("repelled-is-not-the-attacker", "The Orrin Army repelled the attack, the ministry "
         "said.", "ConflictEvent", "attack", "Orrin Army"),
    case("foiled-is-not-the-bomber", "The Vanta Police foiled the bombing, officials said on "
         "Monday.", "ConflictEvent", "bombing", "Vanta Police"),
    case("appellant-is-not-the-judge", "The Vanta High Court sentenced Dario Hensk to ten "
         "years. Hensk said he would appeal the verdict.", "JusticeEvent", "verdict",
         "Dario Hensk"),
    case("repelled-then-told", "The Kavar Front attacked Tallen on Monday. The Orrin Army "
         "repelled the attack.", "ConflictEvent", "attack", "Orrin Army"),
]

UNDERGONE = [
    # (text, class, trigger, participant)
    case("survived-participant", "A convoy of the Orrin Army survived an ambush near Tallen "
         "on Monday.", "ConflictEvent", "ambush", "Orrin Army"),
    case("faced-participant", "Mayor Ilse Morrow faced protests in Tallen on Monday.",
         "ProtestEvent", "protests", "Ilse Morrow"),
]
# fmt: on


@pytest.mark.parametrize("text, cls, trigger, agent", SIDE_BY_SIDE)
def test_the_agent_is_read_apart_from_its_neighbours(run, text, cls, trigger, agent):
    r = run(text)
    assert agent in _agents(r, cls, trigger), r.summary()


@pytest.mark.parametrize("text, cls, trigger, not_agent", NOT_THE_AGENT)
def test_a_backer_a_target_or_a_judge_of_the_deed_is_not_its_agent(run, text, cls, trigger,
                                                                   not_agent):
    r = run(text)
    assert not_agent not in _agents(r, cls, trigger), r.summary()


@pytest.mark.parametrize("text, cls, trigger, participant", UNDERGONE)
def test_who_survives_or_faces_an_event_takes_part_in_it(run, text, cls, trigger,
                                                         participant):
    r = run(text)
    assert participant in _participants(r, cls, trigger), r.summary()
