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

- A body named by a common noun in the "by" phrase of a passive or of a deed acts as it
  does as a subject ("Tallen was captured by the army", "seized by the junta", "the
  capture of X by the army"): an organisation of the article, its agent.
- "X, whose fighters seized Y," the antecedent of "whose" on a relative clause's
  subject acts when the subject is its forces or members (not its leader).
- A person's bare surname opening a sentence is that person even where the tagger reads
  it as a date or a common noun ("Hensk was arrested", "Morrow won the election").
- What a traveller goes somewhere for, the traveller does ("travelled to Orrin for talks
  with Y", "arrived in X for a two-day visit", "went to Genoa for a summit"); not a
  deed done to him ("returned for his trial") nor after a passive ("were sent for the
  offensive").
- A deed done with a counterpart ("the merger with Y", "a truce with Y") is done by the
  subject of the verb that takes part in it ("X approved the merger with Y", "X agreed to
  a truce with Y", "X's board approved ..."); not by one who judges or blocks it.
- An alliance told by the groups it is made of ("an alliance of hill militias") is
  one organisation even brought in with "an", and "the alliance" acting is one too; not
  when it is what is acted on.
- A part of a body that acts, told as "a group in the military", "a faction within the
  army", "a group of officers in the army", acts for that body; a place is no body ("a
  judge in Tallen").
- Local and public bodies named by a two-word common noun are organisations that act
  ("the Brisko city council voted", "the town council", "the electoral commission").

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

COMMON_NOUN_AGENTS = [
    # (text, class, trigger, agent)
    case("by-the-army", "Tallen was captured by the army on Monday.", "ControlEvent",
         "captured", "army"),
    case("by-the-junta", "The capital was seized by the junta on Monday.", "ControlEvent",
         "seized", "junta"),
    case("by-the-military", "The town was shelled by the military overnight.",
         "ConflictEvent", "shelled", "military"),
    case("noun-by-the-army", "The capture of Tallen by the army was confirmed on Monday.",
         "ControlEvent", "capture", "army"),
    case("by-rebels", "Tallen was seized by rebels on Monday.", "ControlEvent", "seized",
         "rebels"),
    case("nation-named-country", "Veska sent troops in May. Veskan troops captured Morlin "
         "on Friday.", "ControlEvent", "captured", "Veska"),
    case("city-council", "The Brisko city council voted on Thursday to ban cars from the "
         "old town.", "GovernanceEvent", "voted", "Brisko city council"),
    case("city-council-bare", "The city council banned protests in the old town on "
         "Monday.", "GovernanceEvent", "banned", "city council"),
    case("town-council", "The Kelvar town council voted on Tuesday to close the library.",
         "GovernanceEvent", "voted", "Kelvar town council"),
]

WHOSE_MEN = [
    # (text, class, trigger, agent)
    case("whose-fighters", "The Kavar Front, whose fighters seized Brisko in May, attacked "
         "Tallen on Monday.", "ControlEvent", "seized", "Kavar Front"),
    case("whose-troops", "The Orrin Patriotic Army, whose troops entered Tallen last week, "
         "denied the report.", "MovementEvent", "entered", "Orrin Patriotic Army"),
    case("whose-members", "The Tesk Nurses Union, whose members went on strike in May, met "
         "the minister on Monday.", "ProtestEvent", "strike", "Tesk Nurses Union"),
]

NOT_WHOSE_MEN = [
    # (text, class, trigger, not the agent)
    case("whose-soldiers-killed", "The Orrin Army, whose soldiers were killed in the ambush "
         "near Tallen, vowed revenge.", "LifeEvent", "killed", "Orrin Army"),
    case("whose-leader-arrested", "The Kavar Front, whose leader was arrested in Tallen on "
         "Monday, called a protest.", "JusticeEvent", "arrested", "Kavar Front"),
]

NO_COMMON_NOUN_AGENT = [
    # (text, class, trigger, not the agent)
    case("by-is-the-doer-not-the-target", "The army was attacked by the Kavar Front near "
         "Brisko on Monday.", "ConflictEvent", "attacked", "army"),
]

NO_AGENT_AT_ALL = [
    case("judge-in-a-town", "A judge in Tallen sentenced Dario Hensk to ten years.",
         "JusticeEvent", "sentenced"),
    # (text, class, trigger)
    case("landslide", "Ten people were killed by a landslide in Brisko on Monday.",
         "LifeEvent", "killed"),
    case("special-forces", "Special forces raided the compound near Tallen on Monday.",
         "ConflictEvent", "raided"),
    case("foreign-troops", "Foreign troops left Tallen on Monday.", "MovementEvent", "left"),
]

SURNAMES = [
    # (text, class, trigger, agent)
    case("surname-won", "Opposition leader Ilse Morrow held a rally in Tallen on Sunday. "
         "Morrow won the presidential election in 2019.", "GovernanceEvent", "election",
         "Ilse Morrow"),
    case("surname-resigned", "Delta Grain chief executive Piet Olsen met union leaders on "
         "Monday. Olsen resigned on Tuesday.", "PersonnelEvent", "resigned", "Piet Olsen"),
    case("surname-met", "Veskan envoy Mila Drost arrived in Orrin on Monday. Drost met the "
         "foreign minister on Tuesday.", "ContactEvent", "met", "Mila Drost"),
    case("surname-ordered", "General Oren Tasz commands the Orrin army. Tasz ordered the "
         "attack on Brisko.", "ConflictEvent", "attack", "Oren Tasz"),
]

ERRANDS = [
    # (text, class, trigger, agent)
    case("travelled-for-talks", "Veskan President Oren Tasz travelled to Orrin on Monday for "
         "talks with his counterpart Mila Drost.", "ContactEvent", "talks", "Oren Tasz"),
    case("arrived-for-visit", "Oren Tasz arrived in Tallen on Monday for a two-day visit.",
         "MovementEvent", "visit", "Oren Tasz"),
    case("went-for-summit", "Oren Tasz went to Genoa for a summit with European leaders.",
         "ContactEvent", "summit", "Oren Tasz"),
    case("flew-for-meeting", "On Tuesday, Veskan envoy Mila Drost flew to Genoa for a "
         "meeting with Oren Tasz.", "ContactEvent", "meeting", "Mila Drost"),
]

NOT_ERRANDS = [
    # (text, class, trigger, not the agent)
    case("returned-for-trial", "Dario Hensk returned to Tallen on Monday for his trial.",
         "JusticeEvent", "trial", "Dario Hensk"),
    case("with-is-no-traveller", "Veskan President Oren Tasz travelled to Orrin on Monday "
         "for talks with his counterpart Mila Drost.", "ContactEvent", "talks", "Mila Drost"),
]

COUNTERPARTS = [
    # (text, class, trigger, agent)
    case("board-approved-merger", "Harlow Motors' board approved the merger with Dune Foods "
         "on Monday.", "BusinessEvent", "merger", "Harlow Motors"),
    case("approved-merger", "Harlow Motors approved the merger with Dune Foods on Monday.",
         "BusinessEvent", "merger", "Harlow Motors"),
    case("agreed-to-merger", "Harlow Motors agreed to a merger with Dune Foods on Monday.",
         "BusinessEvent", "merger", "Harlow Motors"),
    case("agreed-to-truce", "The Kavar Front agreed to a truce with the Orrin army on "
         "Monday.", "GovernanceEvent", "truce", "Kavar Front"),
]

NOT_COUNTERPARTS = [
    case("alliance-attacked", "The army attacked an alliance of armed groups near Tallen on "
         "Monday.", "ConflictEvent", "attacked", "alliance"),
    # (text, class, trigger, not the agent)
    case("counterpart-is-no-doer", "Harlow Motors approved the merger with Dune Foods on "
         "Monday.", "BusinessEvent", "merger", "Dune Foods"),
    case("regulator-blocked", "The Vanta Competition Authority blocked the merger with Dune "
         "Foods on Monday.", "BusinessEvent", "merger", "Vanta Competition Authority"),
    case("regulator-approved-of", "The Vanta Competition Authority approved the merger of "
         "Harlow Motors and Dune Foods.", "BusinessEvent", "merger",
         "Vanta Competition Authority"),
]

GROUPS_OF_GROUPS = [
    # (text, class, trigger, agent)
    case("alliance-of-groups", "An alliance of hill militias resumed its offensive "
         "against army troops near Tallen on Monday.", "ConflictEvent", "offensive",
         "alliance"),
    case("alliance-has-shelled", "Since June, an alliance of armed groups has shelled the "
         "town of Tallen.", "ConflictEvent", "shelled", "alliance"),
    case("the-alliance", "The alliance attacked Tallen on Monday, residents said.",
         "ConflictEvent", "attacked", "alliance"),
]

PARTS_OF_BODIES = [
    # (text, class, trigger, agent)
    case("group-in-the-military", "A small group within the military tried to stage a coup, "
         "President Mila Drost said.", "ControlEvent", "coup", "military"),
    case("group-in-named-forces", "The Orrin Armed Forces said on Monday they were loyal. "
         "President Mila Drost said a group in the military had attempted a coup.",
         "ControlEvent", "coup", "Orrin Armed Forces"),
    case("faction-within-the-army", "A faction within the army seized the radio station in "
         "Tallen on Monday.", "ControlEvent", "seized", "army"),
    case("officers-in-the-army", "A group of officers in the army staged a coup on Monday.",
         "ControlEvent", "coup", "army"),
]

UNDERGONE = [
    # (text, class, trigger, participant)
    case("surname-arrested", "Former minister Dario Hensk appeared in court on Monday. Hensk "
         "was arrested in May.", "JusticeEvent", "arrested", "Dario Hensk"),
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


@pytest.mark.parametrize("text, cls, trigger, agent", COMMON_NOUN_AGENTS)
def test_a_body_named_by_a_common_noun_is_the_agent(run, text, cls, trigger, agent):
    r = run(text)
    assert agent in _agents(r, cls, trigger), r.summary()


@pytest.mark.parametrize("text, cls, trigger, not_agent", NO_COMMON_NOUN_AGENT)
def test_a_body_that_undergoes_or_a_named_country_is_no_body_agent(run, text, cls, trigger,
                                                                   not_agent):
    r = run(text)
    assert not_agent not in _agents(r, cls, trigger), r.summary()


@pytest.mark.parametrize("text, cls, trigger", NO_AGENT_AT_ALL)
def test_a_cause_or_an_unnamed_side_is_no_agent(run, text, cls, trigger):
    r = run(text)
    assert _agents(r, cls, trigger) == [], r.summary()


@pytest.mark.parametrize("text, cls, trigger, agent", WHOSE_MEN)
def test_whose_men_act_for_the_antecedent(run, text, cls, trigger, agent):
    r = run(text)
    assert agent in _agents(r, cls, trigger), r.summary()


@pytest.mark.parametrize("text, cls, trigger, not_agent", NOT_WHOSE_MEN)
def test_whose_men_who_undergo_or_whose_leader_is_no_agent(run, text, cls, trigger,
                                                           not_agent):
    r = run(text)
    assert not_agent not in _agents(r, cls, trigger), r.summary()


@pytest.mark.parametrize("text, cls, trigger, agent", SURNAMES)
def test_a_surname_opening_a_sentence_is_the_person(run, text, cls, trigger, agent):
    r = run(text)
    assert agent in _agents(r, cls, trigger), r.summary()


def test_a_month_is_no_surname(run):
    r = run("Judge Ines May visited Tallen on Monday. May is the wettest month there.")
    assert len(r.entity("Ines May").mentions) == 1, r.summary()


@pytest.mark.parametrize("text, cls, trigger, agent", ERRANDS)
def test_a_traveller_does_what_he_travels_for(run, text, cls, trigger, agent):
    r = run(text)
    assert agent in _agents(r, cls, trigger), r.summary()


@pytest.mark.parametrize("text, cls, trigger, not_agent", NOT_ERRANDS)
def test_what_is_done_to_a_traveller_is_not_his_deed(run, text, cls, trigger, not_agent):
    r = run(text)
    assert not_agent not in _agents(r, cls, trigger), r.summary()


@pytest.mark.parametrize("text, cls, trigger, agent", COUNTERPARTS)
def test_who_takes_part_in_a_deed_with_a_counterpart_does_it(run, text, cls, trigger, agent):
    r = run(text)
    assert agent in _agents(r, cls, trigger), r.summary()


@pytest.mark.parametrize("text, cls, trigger, not_agent", NOT_COUNTERPARTS)
def test_the_counterpart_or_a_judge_of_the_deed_is_not_its_doer(run, text, cls, trigger,
                                                                not_agent):
    r = run(text)
    assert not_agent not in _agents(r, cls, trigger), r.summary()


@pytest.mark.parametrize("text, cls, trigger, agent", GROUPS_OF_GROUPS)
def test_an_alliance_of_groups_is_the_agent(run, text, cls, trigger, agent):
    r = run(text)
    assert agent in _agents(r, cls, trigger), r.summary()


@pytest.mark.parametrize("text, cls, trigger, agent", PARTS_OF_BODIES)
def test_a_part_of_a_body_acts_for_it(run, text, cls, trigger, agent):
    r = run(text)
    assert agent in _agents(r, cls, trigger), r.summary()
