"""kg.extract event agents, eighth wave: agents the text gives by description. A bare
fighter description ("the rebels", "surviving fighters", "the insurgents", also in a "by"
phrase) is the armed group the text named last before it; a person's armed men ("Olsen's
forces", "the bulk of Moreno's troops") are the person's side, not the person; a perfect
participle clause ("having seized the bridge, X advanced") is done by its verb's
subject; and a nationality adjective that is not made from its country's name ("British
troops", "Afghan forces") points to that country as any other does.

Every sentence is invented (names and places are made up), across conflict, business,
courts, sport and elections. The articles are published on Friday 2024-03-15.

Also: a description of the state's men ("government forces", "security forces") is the
one state armed body the text named before it ("the Lunet Armed Forces"), and a body
made from a bare kind noun ("the regulator", "prosecutors") is the one body of that kind
named before ("the Vanta Competition Authority").
"""

from __future__ import annotations

import pytest
from cases import case

from kg.extract.lexicon import demonym_of


def _agents(reading, cls: str, trigger: str) -> list[str]:
    return reading.labels(reading.event(cls, trigger=trigger).agents)


# ---------------------------------------------------------------- fighter descriptions

# fmt: off
FIGHTERS = [
    # (text, class, trigger, agent): a bare description of fighters is the armed group
    # named last before it
    case("rebels-subject", "The Kelvar Liberation Front has fought the army since May. On "
         "Sunday the rebels seized the Tesk bridge.", "ControlEvent", "seized",
         "Kelvar Liberation Front"),
    case("surviving-fighters", "An alliance called the Orrin Resistance Movement clashed "
         "with troops near Lunet. Surviving fighters withdrew toward the hills on Tuesday.",
         "MovementEvent", "withdrew", "Orrin Resistance Movement"),
    case("insurgents-in-report", "The Marlow Popular Army said it controlled the valley. "
         "Officials said the insurgents had infiltrated the outskirts of Tesk.",
         "MovementEvent", "infiltrated", "Marlow Popular Army"),
    case("militants-later", "Police in Vanta said the Dorran Patriotic Brigades had "
         "attacked a checkpoint. The militants later retreated to the border.",
         "MovementEvent", "retreated", "Dorran Patriotic Brigades"),
    case("passive-by", "The Kelvar Liberation Front has fought the army since May. The "
         "bridge was seized on Sunday by the rebels.", "ControlEvent", "seized",
         "Kelvar Liberation Front"),
    case("noun-by", "The Kelvar Liberation Front has fought the army since May. An attack "
         "by the insurgents killed two guards.", "ConflictEvent", "attack",
         "Kelvar Liberation Front"),
    case("nearest-of-two", "The Dorran Islamic Front accused the Vanta Army of shelling "
         "Tesk. The militants then attacked a convoy near Orrin.", "ConflictEvent",
         "attacked", "Dorran Islamic Front"),
    case("owner-of-noun", "The Kelvar Liberation Front has fought the army since May. It "
         "said the rebels' advance since retaking Tesk was unstoppable.", "ControlEvent",
         "retaking", "Kelvar Liberation Front"),
    case("said-they", "The Kelvar Liberation Front has fought the army since May. The "
         "rebels said they had seized the Tesk bridge.", "ControlEvent", "seized",
         "Kelvar Liberation Front"),
    case("rebel-commanders", "The Kelvar Liberation Front has fought the army since May. "
         "Rebel commanders said they had seized the Tesk bridge.", "ControlEvent", "seized",
         "Kelvar Liberation Front"),
    case("rebel-spokesman-passive", "The Kelvar Liberation Front has fought the army since "
         "May. A rebel spokesman said the bridge had been seized on Sunday.", "ControlEvent",
         "seized", "Kelvar Liberation Front"),
    case("last-of", "The Kelvar Liberation Front has fought the army since May. The last "
         "of the rebels withdrew from Tesk on Saturday.", "MovementEvent", "withdrew",
         "Kelvar Liberation Front"),
    case("rest-of", "The Orrin Resistance Movement lost the town in May. The rest of the "
         "fighters crossed into Vanta.", "MovementEvent", "crossed",
         "Orrin Resistance Movement"),
    case("alliance-army", "The Orrin Democratic Alliance Army clashed with troops on Monday. "
         "The insurgents infiltrated the outskirts of Tesk.", "MovementEvent",
         "infiltrated", "Orrin Democratic Alliance Army"),
]
# fmt: on


@pytest.mark.parametrize("text, cls, trigger, agent", FIGHTERS)
def test_fighter_description_is_the_armed_group_named_before(run, text, cls, trigger, agent):
    r = run(text)
    assert agent in _agents(r, cls, trigger), r.summary()


# fmt: off
FIGHTER_NEAR_MISSES = [
    # (text, class, trigger, not the agent): no armed group named before, a firm or a
    # club, the state's own forces, or a description that names another side
    case("no-group", "The rebels seized the Tesk bridge on Sunday, residents said.",
         "ControlEvent", "seized", None),
    case("firm-before", "Delta Grain bought a mill in Orrin. On Sunday the rebels seized "
         "the Tesk bridge.", "ControlEvent", "seized", "Delta Grain"),
    case("club-before", "Tesk Football Club beat Orrin Rovers. The rebels seized the Tesk "
         "bridge on Sunday.", "ControlEvent", "seized", "Tesk Football Club"),
    case("state-forces", "The Lunet Armed Forces said on Monday that the rebels had "
         "attacked a base in Tesk.", "ConflictEvent", "attacked", "Lunet Armed Forces"),
    case("named-by-modifier", "The Kelvar Liberation Front has fought the army since May. "
         "Tigran rebels seized the Tesk bridge.", "ControlEvent", "seized",
         "Kelvar Liberation Front"),
    case("rival", "The Kelvar Liberation Front has fought the army since May. Rival rebels "
         "seized the Tesk bridge.", "ControlEvent", "seized", "Kelvar Liberation Front"),
    case("two-in-one-sentence", "The Orrin Front and the Lunet Brigade met in Tesk. The "
         "rebels then attacked the airport.", "ConflictEvent", "attacked", "Lunet Brigade"),
    case("named-after", "On Sunday the rebels seized the Tesk bridge. The Kelvar Liberation "
         "Front has fought the army since May.", "ControlEvent", "seized",
         "Kelvar Liberation Front"),
]
# fmt: on


@pytest.mark.parametrize("text, cls, trigger, not_agent", FIGHTER_NEAR_MISSES)
def test_fighter_description_without_a_fitting_group_stays(run, text, cls, trigger,
                                                           not_agent):
    r = run(text)
    agents = _agents(r, cls, trigger)
    assert not_agent not in agents, r.summary()
    if not_agent is None:
        assert agents in ([], ["rebels"]), r.summary()


# ---------------------------------------------------------------- a person's forces

# fmt: off
PERSON_FORCES = [
    # (text, class, trigger, agent): a person's armed men are the person's side
    # (the entity table names such a side after the surname: entities._forces_of_people)
    case("forces", "General Piet Olsen's forces retreated to Tesk on Sunday.",
         "MovementEvent", "retreated", "Olsen's forces"),
    case("men", "Troops loyal to Ada Moreno seized the airport. Moreno's men later "
         "withdrew from the terminal.", "MovementEvent", "withdrew", "Moreno's men"),
    case("fighters-in-report", "The Kelvar Militia said on Friday that Piet Olsen's "
         "fighters had attacked the depot.", "ConflictEvent", "attacked",
         "Olsen's forces"),
    case("body-of", "\"The main body (of Piet Olsen's forces) retreated to Tesk,\" he "
         "said.", "MovementEvent", "retreated", "Piet Olsen's forces"),
    case("bulk-of", "The bulk of General Ada Moreno's troops withdrew from Orrin on "
         "Monday.", "MovementEvent", "withdrew", "Ada Moreno's troops"),
    case("rest-of", "The rest of Moreno's men crossed into Vanta, officials said.",
         "MovementEvent", "crossed", "Moreno's men"),
    case("leader-of", "Ada Moreno, the leader of the Kelvar Militia, spoke on Monday. "
         "Moreno's fighters seized the Tesk bridge.", "ControlEvent", "seized",
         "Kelvar Militia"),
]
# fmt: on


@pytest.mark.parametrize("text, cls, trigger, agent", PERSON_FORCES)
def test_a_persons_forces_are_the_persons_side(run, text, cls, trigger, agent):
    r = run(text)
    agents = _agents(r, cls, trigger)
    assert agent in agents, r.summary()
    assert not {"Piet Olsen", "Ada Moreno"} & set(agents), r.summary()


# fmt: off
PERSON_FORCES_NEAR_MISSES = [
    # (text, class, trigger, agent): a person's supporters, players or own deeds stay the
    # person's
    case("supporters", "Ada Moreno's supporters marched through Orrin on Saturday.",
         "MovementEvent", "marched", "Ada Moreno"),
    case("own-deed", "Piet Olsen resigned as mayor of Tesk on Monday.", "PersonnelEvent",
         "resigned", "Piet Olsen"),
]
# fmt: on


@pytest.mark.parametrize("text, cls, trigger, agent", PERSON_FORCES_NEAR_MISSES)
def test_other_people_of_a_person_stay_the_persons(run, text, cls, trigger, agent):
    r = run(text)
    assert _agents(r, cls, trigger) == [agent], r.summary()


# ---------------------------------------------------------------- the state's forces

# fmt: off
STATE_FORCES = [
    # (text, class, trigger, agent): a description of the state's men is the one state
    # armed body named before it
    case("government-forces", "The Lunet Armed Forces said on Monday they had retaken "
         "Tesk. Government forces captured the airport on Sunday.", "ControlEvent",
         "captured", "Lunet Armed Forces"),
    case("government-troops", "The Vanta Army has fought the Kelvar Front since May. "
         "Government troops entered Orrin on Sunday.", "MovementEvent", "entered",
         "Vanta Army"),
    case("security-forces", "The Vanta National Guard denied the report. Security forces "
         "arrested 40 protesters in Tesk.", "JusticeEvent", "arrested",
         "Vanta National Guard"),
    case("army-troops", "The Orrin Defence Force said the town was calm. Army troops "
         "withdrew from the border on Friday.", "MovementEvent", "withdrew",
         "Orrin Defence Force"),
]
# fmt: on


@pytest.mark.parametrize("text, cls, trigger, agent", STATE_FORCES)
def test_state_forces_are_the_state_armed_body_named_before(run, text, cls, trigger, agent):
    r = run(text)
    assert _agents(r, cls, trigger) == [agent], r.summary()


# fmt: off
STATE_FORCES_NEAR_MISSES = [
    # (text, class, trigger, agent): two state bodies named, none, or only an armed group
    case("two-armies", "The Vanta Army and the Lunet Army met in Tesk. Government forces "
         "captured the airport on Sunday.", "ControlEvent", "captured", "government forces"),
    case("only-a-front", "The Kelvar Front said government troops had shelled Orrin.",
         "ConflictEvent", "shelled", "government troops"),
    case("named-after", "Government forces captured the airport on Sunday. The Lunet Armed "
         "Forces said the town was calm.", "ControlEvent", "captured", "government forces"),
]
# fmt: on


@pytest.mark.parametrize("text, cls, trigger, agent", STATE_FORCES_NEAR_MISSES)
def test_state_forces_without_one_named_body_stay_described(run, text, cls, trigger, agent):
    r = run(text)
    assert _agents(r, cls, trigger) == [agent], r.summary()


# ---------------------------------------------------------------- bodies by kind noun

# fmt: off
KIND_BODIES = [
    # (text, class, trigger, agent): a bare kind noun is the one body of that kind named
    # before it
    case("regulator", "The Vanta Competition Authority said it was studying the deal. The "
         "regulator fined Tesk Bank $4 million.", "JusticeEvent", "fined",
         "Vanta Competition Authority"),
    case("watchdog", "The Orrin Securities Commission opened an inquiry in May. The "
         "watchdog fined Delta Grain on Friday.", "JusticeEvent", "fined",
         "Orrin Securities Commission"),
    case("prosecutors", "The Marlow Prosecutor's Office reviewed the case. Prosecutors "
         "charged Piet Olsen with fraud on Monday.", "JusticeEvent", "charged",
         "Marlow Prosecutor's Office"),
    case("inspectors", "The Lunet Food Agency tested the milk. Inspectors closed the Kelvar "
         "dairy on Monday.", "BusinessEvent", "closed", "Lunet Food Agency"),
]
KIND_BODY_NEAR_MISSES = [
    # (text, class, trigger, agent): none of its kind named before, or two
    case("none", "Police arrested Piet Olsen. The regulator fined Tesk Bank $4 million.",
         "JusticeEvent", "fined", "regulator"),
    case("firm-only", "Delta Grain bought the Orrin mill. The regulator fined Tesk Bank $4 "
         "million.", "JusticeEvent", "fined", "regulator"),
    case("two", "The Vanta Competition Authority and the Orrin Securities Commission met. "
         "The regulator fined Tesk Bank $4 million.", "JusticeEvent", "fined", "regulator"),
    case("after", "The regulator fined Tesk Bank $4 million. The Vanta Competition "
         "Authority declined to comment.", "JusticeEvent", "fined", "regulator"),
]
# fmt: on


@pytest.mark.parametrize("text, cls, trigger, agent", KIND_BODIES + KIND_BODY_NEAR_MISSES)
def test_kind_noun_is_the_one_body_of_its_kind_named_before(run, text, cls, trigger, agent):
    r = run(text)
    assert _agents(r, cls, trigger) == [agent], r.summary()


# ---------------------------------------------------------------- perfect participles

# fmt: off
PERFECT_PARTICIPLES = [
    # (text, class, trigger, agent): "having done X, Y ...": Y did X
    case("conflict", "Having seized the bridge, the Kelvar Militia advanced on Tesk.",
         "ControlEvent", "seized", "Kelvar Militia"),
    case("business", "Having bought the Orrin mill in May, Delta Grain closed it in June.",
         "TransactionEvent", "bought", "Delta Grain"),
    case("court", "Having convicted Ada Moreno of fraud, the Kelvar Court sentenced her to "
         "two years.", "JusticeEvent", "convicted", "Kelvar Court"),
    case("election", "Having won the Tesk election, the Civic Unity Party formed a "
         "government.", "GovernanceEvent", "election", "Civic Unity Party"),
    case("movement", "Having crossed the Orrin river, the Vanta Army captured the town of "
         "Tesk.", "MovementEvent", "crossed", "Vanta Army"),
    case("after-having", "After having won the title, Harrow United sacked its coach Piet "
         "Olsen.", "PersonnelEvent", "sacked", "Harrow United"),
]
# fmt: on


@pytest.mark.parametrize("text, cls, trigger, agent", PERFECT_PARTICIPLES)
def test_perfect_participle_clause_is_done_by_the_subject(run, text, cls, trigger, agent):
    r = run(text)
    assert agent in _agents(r, cls, trigger), r.summary()


# fmt: off
PASSIVE_PARTICIPLES = [
    # (text, class, trigger, not the agent): a passive participle clause is done to the
    # subject, not by it
    case("been-arrested", "Having been arrested in May, Piet Olsen was released on bail on "
         "Friday.", "JusticeEvent", "arrested", "Piet Olsen"),
    case("seized-by", "Seized by the Kelvar Militia in May, the bridge was reopened on "
         "Friday.", "ControlEvent", "Seized", "bridge"),
]
# fmt: on


@pytest.mark.parametrize("text, cls, trigger, not_agent", PASSIVE_PARTICIPLES)
def test_passive_participle_clause_is_not_done_by_the_subject(run, text, cls, trigger,
                                                              not_agent):
    r = run(text)
    assert not_agent not in _agents(r, cls, trigger), r.summary()


# ---------------------------------------------------------------- irregular demonyms

# fmt: off
NATIONAL_FORCES = [
    # (text, class, trigger, agent): a nationality not made from the start of the
    # country's name
    case("british", "Britain and Veska held talks in Orrin. British troops withdrew from "
         "Tesk on Monday.", "MovementEvent", "withdrew", "Britain"),
    case("afghan", "Afghanistan's government said Afghan forces had recaptured Tesk on "
         "Sunday.", "ControlEvent", "recaptured", "Afghanistan"),
    case("french", "France sent envoys to Veska. French troops withdrew from Tesk on "
         "Monday.", "MovementEvent", "withdrew", "France"),
]
# fmt: on


@pytest.mark.parametrize("text, cls, trigger, agent", NATIONAL_FORCES)
def test_irregular_nationality_names_its_country(run, text, cls, trigger, agent):
    r = run(text)
    assert agent in _agents(r, cls, trigger), r.summary()


def test_nationality_without_its_country_in_the_text_names_nobody(run):
    r = run("Veska and Kelvar held talks. French troops withdrew from Tesk on Monday.")
    assert _agents(r, "MovementEvent", "withdrew") == [], r.summary()


@pytest.mark.parametrize("adjective, place, expected", [
    ("French", "France", True), ("Dutch", "Netherlands", True), ("Greek", "Greece", True),
    ("British", "Britain", True), ("Afghan", "Afghanistan", True),
    ("Veskan", "Veska", True), ("French", "Veska", False), ("Greek", "Georgia", False),
    ("Polish", "Portugal", False),
])
def test_demonym_of_knows_irregular_nationalities(adjective, place, expected):
    assert demonym_of(adjective, place) is expected
