"""kg.extract event agents, seventh wave: who does an event whose verb has no subject of
its own, when the syntax still says who. The noun an -ing participle hangs on ("news of
Delta Grain buying the mill"), the owner of a noun a gerund phrase hangs on ("the
militia's advance since retaking Tesk"), the body a group is inside ("a faction within
the Kelvar Militia"), and the subject of a verb that undertakes an event noun ("attempted
a coup", "completed the takeover").

Every sentence is invented (names and places are made up), across courts, business,
health, sport, science, elections and conflict. The articles are published on Friday
2024-03-15.
"""

from __future__ import annotations

import pytest
from cases import case


def _agents(reading, cls: str, trigger: str) -> list[str]:
    return reading.labels(reading.event(cls, trigger=trigger).agents)


# ---------------------------------------------------------------- participle on a noun

# fmt: off
PARTICIPLES = [
    # (text, class, trigger, agent): "X doing Y" as a noun phrase: X does it
    case("wake-seizing", "The talks came in the wake of Kelvar Militia rebels seizing "
         "control of Tesk.", "ControlEvent", "seizing", "Kelvar Militia"),
    case("reports-arresting", "Protests followed reports of the Lunet Police arresting "
         "three students.", "JusticeEvent", "arresting", "Lunet Police"),
    case("news-buying", "Shares in Marlow Foods rose on news of Delta Grain buying the "
         "Orrin mill.", "TransactionEvent", "buying", "Delta Grain"),
    case("video-detaining", "A video shows Tesk Police officers detaining a journalist "
         "outside the court.", "JusticeEvent", "detaining", "Tesk Police"),
    case("with-suing", "Markets fell with Vantage Bank suing the regulator over the fine.",
         "JusticeEvent", "suing", "Vantage Bank"),
    case("after-fighters", "Fighting erupted after Kelvar Militia fighters seizing the "
         "bridge on Sunday.", "ControlEvent", "seizing", "Kelvar Militia"),
]
# fmt: on


@pytest.mark.parametrize("text, cls, trigger, agent", PARTICIPLES)
def test_participle_on_a_noun_is_done_by_the_noun(run, text, cls, trigger, agent):
    r = run(text)
    assert agent in _agents(r, cls, trigger), r.summary()


# fmt: off
PARTICIPLE_NEAR_MISSES = [
    # (text, class, trigger, not the agent): a past participle on a noun is passive; a
    # participle on a thing or a nameless crowd names nobody
    case("passive-participle", "Piet Olsen, arrested on Monday by the Tesk Police, was "
         "released on bail.", "JusticeEvent", "arrested", "Piet Olsen"),
    case("law-banning", "The Kelvar Court upheld a law banning protests near the "
         "parliament.", "GovernanceEvent", "banning", "Kelvar Court"),
]
# fmt: on


@pytest.mark.parametrize("text, cls, trigger, wrong", PARTICIPLE_NEAR_MISSES)
def test_participle_near_misses_get_no_such_agent(run, text, cls, trigger, wrong):
    r = run(text)
    assert wrong not in _agents(r, cls, trigger), r.summary()


def test_participle_on_a_crowd_names_no_agent(run):
    r = run("Residents fleeing the fighting reached Lunet on Sunday.")
    assert r.event("MovementEvent", trigger="fleeing").agents == (), r.summary()


# ---------------------------------------------------------------- owner of the noun

# fmt: off
OWNERS = [
    # (text, class, trigger, agent): "X's N after/since/before doing Y": X does Y
    case("advance-retaking", "The Kelvar Militia's advance since retaking Tesk has alarmed "
         "Veska.", "ControlEvent", "retaking", "Kelvar Militia"),
    case("profits-acquiring", "Delta Grain's profits since acquiring Marlow Foods have "
         "doubled.", "BusinessEvent", "acquiring", "Delta Grain"),
    case("growth-buying", "Delta Grain's growth since buying the Orrin mill has been "
         "rapid.", "TransactionEvent", "buying", "Delta Grain"),
    case("statement-resigning", "Ada Moreno's statement before resigning from the board "
         "was brief.", "PersonnelEvent", "resigning", "Ada Moreno"),
    case("campaign-losing", "The Lunet Party's campaign after losing the election was "
         "muted.", "GovernanceEvent", "election", "Lunet Party"),
    case("arrest-attacking", "Piet Olsen's arrest for attacking a guard in Orrin shocked "
         "the club.", "ConflictEvent", "attacking", "Piet Olsen"),
]
# fmt: on


@pytest.mark.parametrize("text, cls, trigger, agent", OWNERS)
def test_owner_of_the_noun_does_the_gerund(run, text, cls, trigger, agent):
    r = run(text)
    assert agent in _agents(r, cls, trigger), r.summary()


def test_gerund_on_a_noun_without_owner_names_no_agent(run):
    r = run("The growth since buying the Orrin mill has been rapid.")
    assert r.event("TransactionEvent", trigger="buying").agents == (), r.summary()


# ---------------------------------------------------------------- a group inside a body

# fmt: off
INSIDE = [
    # (text, class, trigger, agent): "a faction within X", "doctors in X": X acts
    case("faction-within", "A faction within the Kelvar Militia seized the Orrin radio "
         "station on Sunday.", "ControlEvent", "seized", "Kelvar Militia"),
    case("doctors-in", "Doctors in the Orrin Health Service walked out on Tuesday.",
         "ProtestEvent", "walked", "Orrin Health Service"),
    case("group-of-officers-in", "A group of officers in the Lunet Army has attempted a "
         "coup.", "ControlEvent", "coup", "Lunet Army"),
    case("hardliners-inside", "Hardliners inside the Civic Unity Party ousted the leader "
         "on Friday.", "PersonnelEvent", "ousted", "Civic Unity Party"),
    case("judges-within", "Several judges within the Orrin Supreme Court sentenced Olsen "
         "to five years.", "JusticeEvent", "sentenced", "Orrin Supreme Court"),
    case("members-of", "Members of the Dockside Union walked out of the Marlow plant on "
         "Tuesday.", "ProtestEvent", "walked", "Dockside Union"),
]
# fmt: on


@pytest.mark.parametrize("text, cls, trigger, agent", INSIDE)
def test_group_inside_a_body_is_the_body(run, text, cls, trigger, agent):
    r = run(text)
    assert agent in _agents(r, cls, trigger), r.summary()


# fmt: off
INSIDE_NEAR_MISSES = [
    # (text, class, trigger): people placed in a town are not the town
    case("judge-in-town", "A judge in Kelvar sentenced Piet Olsen to six years on Monday.",
         "JusticeEvent", "sentenced"),
    case("protesters-in-town", "Protesters in Orrin attacked a police station on Sunday.",
         "ConflictEvent", "attacked"),
]
# fmt: on


@pytest.mark.parametrize("text, cls, trigger", INSIDE_NEAR_MISSES)
def test_people_in_a_place_are_not_the_place(run, text, cls, trigger):
    r = run(text)
    assert r.event(cls, trigger=trigger).agents == (), r.summary()


# ---------------------------------------------------------------- undertaking an event

# fmt: off
PURSUED = [
    # (text, class, trigger, agent): "X attempted/renewed/completed N": X does N
    case("attempted-coup", "The Lunet Army attempted a coup on Tuesday.", "ControlEvent",
         "coup", "Lunet Army"),
    case("completed-takeover", "Delta Grain completed the takeover of Marlow Foods in May.",
         "BusinessEvent",  # a firm taken over by a firm (w7-prop)
         "takeover", "Delta Grain"),
    case("finalised-acquisition", "Vantage Bank finalised the acquisition of Orrin Savings "
         "on Thursday.", "BusinessEvent", "acquisition", "Vantage Bank"),
    case("planned-strike", "The Dockside Union planned a strike for Monday.", "ProtestEvent",
         "strike", "Dockside Union"),
    case("renewed-offensive", "The Kelvar Militia renewed its offensive against the Guard "
         "on Friday.", "ConflictEvent", "offensive", "Kelvar Militia"),
    case("resumed-attacks", "The Orrin Liberation Front resumed its attacks on the "
         "pipeline.", "ConflictEvent", "attacks", "Orrin Liberation Front"),
]
# fmt: on


@pytest.mark.parametrize("text, cls, trigger, agent", PURSUED)
def test_subject_of_an_undertaking_verb_does_the_event(run, text, cls, trigger, agent):
    r = run(text)
    assert agent in _agents(r, cls, trigger), r.summary()


# fmt: off
PURSUED_NEAR_MISSES = [
    # (text, class, trigger): one who condemns or opposes an event does not do it
    case("condemned-attack", "The Lunet Party condemned the attack on the Orrin mosque.",
         "ConflictEvent", "attack"),
    case("opposed-merger", "The Tesk Council opposed the merger of the two hospitals.",
         "BusinessEvent", "merger"),
]
# fmt: on


@pytest.mark.parametrize("text, cls, trigger", PURSUED_NEAR_MISSES)
def test_one_who_reacts_to_an_event_is_not_its_agent(run, text, cls, trigger):
    r = run(text)
    assert r.event(cls, trigger=trigger).agents == (), r.summary()


# ---------------------------------------------------------------- an event taken up again

# fmt: off
ECHOES = [
    # (text, class, trigger, agent): "the N" right after the event it names: its agent
    case("bombing", "Veska bombed Orrin on Friday. Kelvar condemned the bombing.",
         "ConflictEvent", "bombing", "Veska"),
    case("shelling", "The Kelvar Militia shelled Tesk on Friday. The shelling destroyed the "
         "town's only clinic.", "ConflictEvent", "shelling", "Kelvar Militia"),
    case("acquisition", "Delta Grain has bought the Orrin mill. The acquisition cost $3 "
         "million, the company said.", "BusinessEvent", "acquisition", "Delta Grain"),
    case("sentence", "The Orrin Supreme Court jailed Piet Olsen for six years on Monday. The "
         "sentence shocked his supporters.", "JusticeEvent", "sentence",
         "Orrin Supreme Court"),
    case("ban", "The Tesk Council has banned protests in the square. The ban angered "
         "residents.", "GovernanceEvent", "ban", "Tesk Council"),
    case("killing-by-bombing", "Veska bombed Orrin on Friday. The bombing killed six "
         "civilians.", "LifeEvent", "killed", "Veska"),
]
# fmt: on


@pytest.mark.parametrize("text, cls, trigger, agent", ECHOES)
def test_event_taken_up_again_keeps_its_agent(run, text, cls, trigger, agent):
    r = run(text)
    assert agent in _agents(r, cls, trigger), r.summary()


# fmt: off
ECHO_NEAR_MISSES = [
    # (text, class, trigger): another event of the class, not the one just told
    case("indefinite", "Veska bombed Orrin on Friday. A second attack hit Tesk on Sunday.",
         "ConflictEvent", "attack"),
    case("other-place-year", "Veska bombed Orrin on Friday. The bombing of Tesk in 2019 "
         "killed twelve.", "ConflictEvent", "bombing"),
    case("no-antecedent", "The Orrin Rovers beat Lunet City on Saturday. The attack on the "
         "referee after the match was condemned.", "ConflictEvent", "attack"),
]
# fmt: on


@pytest.mark.parametrize("text, cls, trigger", ECHO_NEAR_MISSES)
def test_another_event_of_the_class_takes_no_agent(run, text, cls, trigger):
    r = run(text)
    assert r.event(cls, trigger=trigger).agents == (), r.summary()


# fmt: off
CAUSES = [
    # (text, class, trigger, agent): an event noun as the subject of a killing or a
    # destruction: its doer does that too
    case("attack-by-killed", "The attack by the Kelvar Militia killed two guards in Tesk.",
         "LifeEvent", "killed", "Kelvar Militia"),
    case("offensive-poss-killed", "The Kelvar Militia's offensive killed 40 soldiers near "
         "Tesk.", "LifeEvent", "killed", "Kelvar Militia"),
]
# fmt: on


@pytest.mark.parametrize("text, cls, trigger, agent", CAUSES)
def test_event_subject_passes_its_agent_on(run, text, cls, trigger, agent):
    r = run(text)
    assert agent in _agents(r, cls, trigger), r.summary()


def test_a_blast_names_no_killer(run):
    r = run("The blast killed six people in Orrin on Friday.")
    assert r.event("LifeEvent", trigger="killed").agents == (), r.summary()


# ---------------------------------------------------------------- "the rebels" named

# fmt: off
SIDES = [
    # (text, class, trigger, agent): "the rebels" is the one organisation the text calls so
    case("appos-rebel-group", "The Orrin Liberation Front, a rebel group, attacked Tesk on "
         "Monday. Surviving rebels withdrew toward the north, the army said.",
         "MovementEvent", "withdrew", "Orrin Liberation Front"),
    case("attr-separatist", "The Orrin Liberation Front is a separatist movement. On Sunday "
         "the separatists seized the Tesk radio station.", "ControlEvent", "seized",
         "Orrin Liberation Front"),
    case("name-on-noun", "Kelvar Militia rebels attacked Tesk. The rebels later withdrew to "
         "Lunet.", "MovementEvent", "withdrew", "Kelvar Militia"),
    case("rebels-of", "The rebels of the Orrin Front stormed the prison. The rebels freed "
         "200 inmates.", "JusticeEvent", "freed", "Orrin Front"),
]
# fmt: on


@pytest.mark.parametrize("text, cls, trigger, agent", SIDES)
def test_described_fighters_are_the_side_named_so(run, text, cls, trigger, agent):
    r = run(text)
    assert agent in _agents(r, cls, trigger), r.summary()


# fmt: off
SIDE_NEAR_MISSES = [
    # (text, class, trigger, not the agent): two sides called so, or none, or only a
    # "rebel group" the resolver would have to guess
    case("two-rebel-groups", "The Orrin Front, a rebel group, and the Lunet Brigade, "
         "another rebel group, met in Tesk. The rebels then attacked the airport.",
         "ConflictEvent", "attacked", "Orrin Front"),
    # (a group whose name says it is armed, "... Liberation Front", is "the rebels" even
    # when the text never calls it so: tests/test_extract_agents_w8.py, FIGHTERS)
    case("group-guess", "The Lunet Army clashed with rebels near Tesk. The rebel group's aim "
         "was to take the airport. The rebels withdrew on Sunday.", "MovementEvent",
         "withdrew", "Lunet Army"),
]
# fmt: on


@pytest.mark.parametrize("text, cls, trigger, wrong", SIDE_NEAR_MISSES)
def test_fighters_not_tied_to_one_name_stay_described(run, text, cls, trigger, wrong):
    r = run(text)
    assert wrong not in _agents(r, cls, trigger), r.summary()


# ---------------------------------------------------------------- deeds claimed

# fmt: off
CLAIMED = [
    # (text, class, trigger, agent): one who claims or admits a deed did it
    case("claimed-active", "The Kelvar Militia claimed the attack on the Orrin depot.",
         "ConflictEvent", "attack", "Kelvar Militia"),
    case("claimed-passive", "An attack on the Orrin depot was claimed by the Kelvar "
         "Militia.", "ConflictEvent", "attack", "Kelvar Militia"),
    case("claimed-participle", "The bombing, claimed by the Orrin Front, killed nine "
         "people.", "ConflictEvent", "bombing", "Orrin Front"),
    case("claimed-dated", "The Kelvar Militia has claimed Sunday's bombing of the Tesk "
         "market.", "ConflictEvent", "bombing", "Kelvar Militia"),
    case("admitted-killing", "Piet Olsen admitted the killing of his neighbour in court on "
         "Monday.", "LifeEvent", "killing", "Piet Olsen"),
    case("completed-passive", "The merger of the two banks was completed by Vantage Bank in "
         "May.", "BusinessEvent", "merger", "Vantage Bank"),
]
# fmt: on


@pytest.mark.parametrize("text, cls, trigger, agent", CLAIMED)
def test_one_who_claims_a_deed_did_it(run, text, cls, trigger, agent):
    r = run(text)
    assert agent in _agents(r, cls, trigger), r.summary()


@pytest.mark.parametrize("text", [
    "The Kelvar Militia denied the attack on the Orrin depot.",
    "No group has claimed the attack on the Orrin depot.",
])
def test_a_denied_or_unclaimed_deed_has_no_claimer(run, text):
    r = run(text)
    assert r.event("ConflictEvent", trigger="attack").agents == (), r.summary()


# ---------------------------------------------------------------- "the mayor" is Moreno

# fmt: off
TITLES = [
    # (text, class, trigger, agent): a definite title is the one person the text gave it
    case("mayor", "Ada Moreno, the mayor of Tesk, was criticised over the budget. The mayor "
         "resigned on Monday.", "PersonnelEvent", "resigned", "Ada Moreno"),
    case("president", "President Ada Moreno visited Orrin on Friday. The president then "
         "flew to Lunet.", "MovementEvent", "flew", "Ada Moreno"),
    case("director", "Dr Lena Fox, the director of Delta Labs, praised the staff. The "
         "director resigned on Friday.", "PersonnelEvent", "resigned", "Lena Fox"),
    case("judge", "Judge Ilse Morrow heard the case on Monday. The judge sentenced Olsen to "
         "six years.", "JusticeEvent", "sentenced", "Ilse Morrow"),
]
# fmt: on


@pytest.mark.parametrize("text, cls, trigger, agent", TITLES)
def test_a_definite_title_is_its_holder(run, text, cls, trigger, agent):
    r = run(text)
    assert agent in _agents(r, cls, trigger), r.summary()


@pytest.mark.parametrize("text", [
    # two holders of the post, or only a former one: nobody to pick
    "Ada Moreno, the mayor of Tesk, and Piet Olsen, the mayor of Lunet, met on Monday. "
    "The mayor resigned on Friday.",
    "Ada Moreno, the former mayor of Tesk, spoke on Monday. The mayor resigned on Friday.",
])
def test_a_title_without_one_holder_names_nobody(run, text):
    r = run(text)
    assert r.event("PersonnelEvent", trigger="resigned").agents == (), r.summary()


# ---------------------------------------------------------------- one side, two nouns

def test_separatists_are_the_rebels_already_told_of(run):
    r = run("The rebels attacked Tesk on Monday. The army said the town had fallen to the "
            "separatists.")
    assert _agents(r, "ControlEvent", "fallen") == ["rebels"], r.summary()


# ---------------------------------------------------------------- "... and Y was done"

# fmt: off
DONE_AFTER = [
    # (text, class, trigger, agent): an agentless passive coordinated to a deed is its
    # doer's too
    case("raided-arrested", "Police raided the Delta Grain offices on Monday and two "
         "managers were arrested.", "JusticeEvent", "arrested", "police"),
    case("met-approved", "The Tesk Council met on Monday and the budget was approved.",
         "GovernanceEvent", "approved", "Tesk Council"),
]
# fmt: on


@pytest.mark.parametrize("text, cls, trigger, agent", DONE_AFTER)
def test_passive_after_a_deed_is_its_doers(run, text, cls, trigger, agent):
    r = run(text)
    assert agent in _agents(r, cls, trigger), r.summary()


def test_a_negated_passive_after_a_deed_has_no_doer(run):
    r = run("Police raided the offices on Monday and the managers were not arrested.")
    assert r.event("JusticeEvent", trigger="arrested").agents == (), r.summary()


# fmt: off
ORDERED = [
    # (text, class, trigger, agent): acts done by declaring, ordering, signing
    case("imposed-curfew", "The Tesk Council imposed a curfew on Friday.", "GovernanceEvent",
         "imposed", "Tesk Council"),
    case("ordered-release", "The Orrin Supreme Court ordered the release of Piet Olsen.",
         None, "release", "Orrin Supreme Court"),  # any class: the release's is not at issue
    case("signed-ceasefire", "Veska and Kelvar signed a ceasefire in Lunet on Monday.",
         "GovernanceEvent", "ceasefire", "Kelvar"),
]
# fmt: on


@pytest.mark.parametrize("text, cls, trigger, agent", ORDERED)
def test_one_who_orders_or_signs_an_act_does_it(run, text, cls, trigger, agent):
    r = run(text)
    found = [e for e in r.ex.events if (cls is None or e.type == cls) and trigger in e.trigger]
    assert found and agent in r.labels(found[0].agents), r.summary()


# ---------------------------------------------------------------- "a group calling itself X"

# fmt: off
SELF_NAMED = [
    # (text, class, trigger, agent): an unnamed group that acts is the one introduced
    # just after under its own name
    case("calling-itself", "An armed group seized the town hall in Orrin on Tuesday. A "
         "group calling itself the Patriotic Dawn Council announced the seizure on its "
         "website.", "ControlEvent", "seized", "Patriotic Dawn Council"),
    case("known-as", "A faction seized the Tesk town hall on Monday. The faction, known as "
         "the Orrin Liberation Front, said it would hold elections.", "ControlEvent",
         "seized", "Orrin Liberation Front"),
]
# fmt: on


@pytest.mark.parametrize("text, cls, trigger, agent", SELF_NAMED)
def test_unnamed_group_is_the_one_named_just_after(run, text, cls, trigger, agent):
    r = run(text)
    assert agent in _agents(r, cls, trigger), r.summary()


def test_an_armed_group_is_not_any_organisation_named_after(run):
    r = run("An armed group attacked the Lunet depot on Sunday. The Kelvar Militia said it "
            "had not been involved.")
    assert r.event("ConflictEvent", trigger="attacked").agents == (), r.summary()
