"""kg.extract, wave 10: propositions of every class beside control, across domains.

- a judgement of a deed ("condemned the arrest", "welcomed the verdict", "praised the
  appointment") is not the judge's deed: the speaker is no doer of its proposition;
- a deed told just before and taken up by a definite noun ("The police arrested X. His
  lawyer condemned the arrest") keeps the doer of that telling, whoever confirms it;
- a noun for a deed one does oneself names its doer in its "of" phrase ("the
  resignation of X", "the withdrawal of Y's troops"), unlike "the arrest of X"; who "was
  behind" a deed or "is preparing for" it does it;
- "the group's fighters", told for the side the description fits, are the side's;
- a participle of result ("bombed X, killing six") is asserted too; a purpose is not;
- a person's campaign ("his campaign") is no fighting; losing to a team or a rival is no
  change of control.

Every sentence is invented (names and places are made up), across courts, business,
sport, health, politics and conflict.
"""

from __future__ import annotations

import pytest
from cases import case


def main_proposition(r, speaker: str):
    props = r.propositions(r.statement_by(speaker))
    assert props, f"no proposition for {speaker!r}\n{r.summary()}"
    return props[0]


# ------------------------------------------------------------------ judging a deed is not doing it

# fmt: off
JUDGED = [
    # (text, speaker, class, trigger)
    case("condemned-arrest",
         "Opposition leader Mara Quint condemned the arrest of journalist Ben Adler.",
         "Mara Quint", "JusticeEvent", "arrest"),
    case("welcomed-acquittal",
         "Union leader Ivo Petrov welcomed the acquittal of Lena Halvorsen.",
         "Ivo Petrov", "JusticeEvent", "acquittal"),
    case("criticised-sacking",
         "Coach Tomas Reyes criticised the sacking of Ben Adler.",
         "Tomas Reyes", "PersonnelEvent", "sacking"),
    case("praised-appointment",
         "Health Minister Ivo Petrov praised the appointment of Lena Halvorsen as chief "
         "medical officer.",
         "Ivo Petrov", "PersonnelEvent", "appointment"),
    case("condemned-invasion",
         "The Dravian Foreign Ministry condemned the invasion of Dravia.",
         "Dravian Foreign Ministry", "ConflictEvent", "invasion"),
    case("denounced-ban",
         "Senator Mara Quint denounced the ban on street protests in Lunet.",
         "Mara Quint", "GovernanceEvent", "ban"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "cls", "trigger"), JUDGED)
def test_the_judge_of_a_deed_is_not_its_doer(run, text, speaker, cls, trigger):
    r = run(text)
    ev = main_proposition(r, speaker)
    assert (ev.type, ev.trigger) == (cls, trigger), r.summary()
    assert speaker not in r.labels(ev.agents), r.summary()


# fmt: off
ANNOUNCED = [
    # (text, speaker, class, agent): the announcer of a deed with no doer named is its doer
    case("announced-acquisition",
         "Delta Grain announced the acquisition of Halvik Mills.",
         "Delta Grain", "BusinessEvent", "Delta Grain"),
    case("police-confirmed-arrest",
         "The Marlow Police confirmed the arrest of two men in Tarsk.",
         "Marlow Police", "JusticeEvent", "Marlow Police"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "cls", "agent"), ANNOUNCED)
def test_an_announced_deed_stays_the_announcers(run, text, speaker, cls, agent):
    r = run(text)
    ev = main_proposition(r, speaker)
    assert ev.type == cls and r.labels(ev.agents) == [agent], r.summary()


# ---------------------------------------------------------- a deed taken up by a definite noun

# fmt: off
TAKEN_UP = [
    # (text, speaker, class, doer of the telling before)
    case("lawyer-condemned-arrest",
         "The Marlow Police arrested Ben Adler in Tarsk on Thursday. His lawyer Mara Quint "
         "condemned the arrest.",
         "Mara Quint", "JusticeEvent", "Marlow Police"),
    case("union-welcomed-dismissal",
         "Delta Grain fired chief executive Ben Adler on Monday. Union leader Ivo Petrov "
         "welcomed the dismissal.",
         "Ivo Petrov", "PersonnelEvent", "Delta Grain"),
    case("rival-confirmed-shelling",
         "The Veska Army shelled Tarsk on Monday. The Kelvar Front confirmed the shelling.",
         "Kelvar Front", "ConflictEvent", "Veska Army"),
    case("club-confirmed-resignation",
         "Ben Adler resigned as chairman of Harrow United on Monday. The club confirmed the "
         "resignation.",
         "Harrow United", "PersonnelEvent", "Ben Adler"),
    case("firm-condemned-lawsuit",
         "Delta Grain sued Orrin Foods in Lunet on Monday. Orrin Foods chief executive Ivo "
         "Petrov condemned the lawsuit.",
         "Ivo Petrov", "JusticeEvent", "Delta Grain"),
    case("ministry-confirmed-takeover",
         "Delta Grain bought Halvik Mills for $2 billion on Tuesday. The Dravian Trade "
         "Ministry confirmed the purchase.",
         "Dravian Trade Ministry", "TransactionEvent", "Delta Grain"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "cls", "agent"), TAKEN_UP)
def test_a_deed_taken_up_keeps_its_doer(run, text, speaker, cls, agent):
    r = run(text)
    ev = main_proposition(r, speaker)
    assert ev.type == cls, r.summary()
    assert r.labels(ev.agents) == [agent], r.summary()


# ---------------------------------------------------------- the doer in a noun's "of" phrase

# fmt: off
OF_DOERS = [
    # (text, speaker, class, doer)
    case("resignation-of",
         "Chairman Tomas Reyes confirmed the resignation of Ben Adler.",
         "Tomas Reyes", "PersonnelEvent", "Ben Adler"),
    case("withdrawal-of-troops",
         "The Kelvar Front said the withdrawal of Veska Army troops from Halvik was complete.",
         "Kelvar Front", "MovementEvent", "Veska Army"),
    case("departure-of",
         "Professor Lena Halvorsen announced the departure of Ben Adler from the institute.",
         "Lena Halvorsen", "MovementEvent", "Ben Adler"),
    case("retreat-of-fighters",
         "The Veska Army said the retreat of Kelvar Front fighters from Tarsk had begun.",
         "Veska Army", "MovementEvent", "Kelvar Front"),
    case("abdication-of",
         "The Dravian Royal Court announced the abdication of King Ben Adler.",
         "Dravian Royal Court", "PersonnelEvent", "Ben Adler"),
    case("arrival-of",
         "Mayor Mara Quint said the arrival of Veska Army troops in Halvik had calmed the town.",
         "Mara Quint", "MovementEvent", "Veska Army"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "cls", "agent"), OF_DOERS)
def test_a_deed_ones_own_names_its_doer_after_of(run, text, speaker, cls, agent):
    r = run(text)
    ev = main_proposition(r, speaker)
    assert ev.type == cls and r.labels(ev.agents) == [agent], r.summary()


# fmt: off
OF_UNDERGOERS = [
    # (text, speaker, name): "of" names who undergoes the deed, never its doer
    case("arrest-of",
         "Senator Mara Quint condemned the arrest of Ben Adler.", "Mara Quint", "Ben Adler"),
    case("appointment-of",
         "Delta Grain announced the appointment of Lena Halvorsen as chief executive.",
         "Delta Grain", "Lena Halvorsen"),
    case("invasion-of",
         "The Dravian Foreign Ministry condemned the invasion of Dravia.",
         "Dravian Foreign Ministry", "Dravia"),
    case("conviction-of",
         "Union leader Ivo Petrov welcomed the conviction of Ben Adler.", "Ivo Petrov",
         "Ben Adler"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "name"), OF_UNDERGOERS)
def test_one_who_undergoes_a_deed_is_not_its_doer(run, text, speaker, name):
    r = run(text)
    ev = main_proposition(r, speaker)
    assert name not in r.labels(ev.agents), r.summary()


# ------------------------------------------------------------------ who was behind a deed

# fmt: off
DENIED_BEHIND = [
    # (text, speaker, class): "X denied it was behind the deed": X is who it denies did it
    case("front-denied-it-was-behind",
         "The Kelvar Front denied it was behind the bombing in Tarsk.",
         "Kelvar Front", "ConflictEvent"),
    case("firm-denied-it-was-behind",
         "Delta Grain denied that it was behind the purchase of Halvik Mills.",
         "Delta Grain", "TransactionEvent"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "cls"), DENIED_BEHIND)
def test_it_denied_to_be_behind_a_deed_is_the_denier(run, text, speaker, cls):
    r = run(text)
    assert r.statement_by(speaker).stance == "Deny", r.summary()
    ev = main_proposition(r, speaker)
    assert ev.type == cls and r.labels(ev.agents) == [speaker], r.summary()


# fmt: off
BEHIND = [
    # (text, speaker, class, doer): "X was behind the deed": X did it
    case("front-behind-bombing",
         "Marlow Police chief Ivo Petrov said the Kelvar Front was behind the bombing in Tarsk.",
         "Ivo Petrov", "ConflictEvent", "Kelvar Front"),
    case("firm-behind-takeover",
         "Analyst Mara Quint said Delta Grain was behind the purchase of Halvik Mills.",
         "Mara Quint", "TransactionEvent", "Delta Grain"),
    # "X is preparing for the deed": X will do it
    case("preparing-for-offensive",
         "The Dravian Foreign Ministry said the Kelvar Front was preparing for a new "
         "offensive near Tarsk.",
         "Dravian Foreign Ministry", "ConflictEvent", "Kelvar Front"),
    case("it-is-preparing-for-assault",
         "The Veska Army said it was preparing for an assault on Halvik.",
         "Veska Army", "ConflictEvent", "Veska Army"),
    case("forces-preparing-for-escalation",
         "The Kelvar Front said the Veska Army forces were preparing for a further "
         "escalation in Halvik.",
         "Kelvar Front", "ConflictEvent", "Veska Army"),
    case("party-preparing-for-boycott",
         "Senator Mara Quint said the Dravian Labour Party was preparing for a boycott of "
         "the vote.",
         "Mara Quint", "ProtestEvent", "Dravian Labour Party"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "cls", "agent"), BEHIND)
def test_who_was_behind_a_deed_did_it(run, text, speaker, cls, agent):
    r = run(text)
    ev = main_proposition(r, speaker)
    assert ev.type == cls and r.labels(ev.agents) == [agent], r.summary()


# fmt: off
NOT_DISOWNED = [
    # (text, speaker): a denial of the deed itself, with another doer, names no denier
    case("denied-that-troops-shelled",
         "The Kelvar Front denied that Veska Army troops had shelled Tarsk.", "Kelvar Front"),
    case("denied-the-arrest-of",
         "The Marlow Police denied reports of the arrest of Ben Adler in Tarsk.",
         "Marlow Police"),
    case("denied-a-role-in-the-team",
         "Ben Adler denied that Harrow United had sacked its coach.", "Ben Adler"),
]


# fmt: off
BRACING = [
    # (text, speaker): who braces for a deed is its target, not its doer
    case("residents-bracing-for-attack",
         "Mayor Mara Quint said residents of Tarsk were bracing for an attack.", "Tarsk"),
    case("firm-braced-for-strike",
         "Analyst Ivo Petrov said Orrin Foods was bracing for a strike at its Lunet plant.",
         "Orrin Foods"),
]
# fmt: on


@pytest.mark.parametrize(("text", "name"), BRACING)
def test_who_braces_for_a_deed_is_not_its_doer(run, text, name):
    r = run(text)
    for ev in r.ex.events:
        assert name not in r.labels(ev.agents), r.summary()
# fmt: on


@pytest.mark.parametrize(("text", "speaker"), NOT_DISOWNED)
def test_a_denial_of_anothers_deed_names_no_denier(run, text, speaker):
    r = run(text)
    for ev in r.propositions(r.statement_by(speaker)):
        assert speaker not in r.labels(ev.agents), r.summary()


# ------------------------------------------------------------------ "the group's fighters"

# fmt: off
DESCRIBED_OWNERS = [
    # (text, speaker, class, side): a description of the side one speaks for owns the doers
    case("groups-fighters-ambushed",
         "Kelvar Front spokesman Ivo Petrov told reporters that the group's fighters had "
         "ambushed an army convoy on the road to Halvik.",
         "Ivo Petrov", "ConflictEvent", "Kelvar Front"),
    case("armys-troops-shelled",
         "A Veska Army spokesman, Ben Adler, said the army's troops had shelled rebel "
         "positions near Tarsk.",
         "Ben Adler", "ConflictEvent", "Veska Army"),
    case("companys-workers-walked-out",
         "Orrin Foods spokeswoman Mara Quint said the company's workers had walked out in "
         "Lunet.",
         "Mara Quint", "ProtestEvent", "Orrin Foods"),
    case("movements-offensive",
         "Kelvar Front spokesman Ivo Petrov said the movement's offensive on Halvik had begun.",
         "Ivo Petrov", "ConflictEvent", "Kelvar Front"),
    case("clubs-players-protested",
         "Harrow United spokesman Ben Adler said the club's players had protested in Lunet.",
         "Ben Adler", "ProtestEvent", "Harrow United"),
    case("partys-members-marched",
         "Veska Labour Party spokeswoman Mara Quint said the party's members had marched "
         "through Lunet.",
         "Mara Quint", "MovementEvent", "Veska Labour Party"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "cls", "side"), DESCRIBED_OWNERS)
def test_the_speakers_side_described_owns_the_doers(run, text, speaker, cls, side):
    r = run(text)
    ev = main_proposition(r, speaker)
    assert ev.type == cls and r.labels(ev.agents) == [side], r.summary()


def test_another_bodys_people_are_not_the_speakers_side(run):
    r = run("Veska Army spokesman Ben Adler said the militia's fighters had attacked a "
            "checkpoint near Tarsk.")
    ev = main_proposition(r, "Ben Adler")
    assert "Veska Army" not in r.labels(ev.agents), r.summary()


# ------------------------------------------------------------------ a participle of result

# fmt: off
RESULTS = [
    # (text, speaker, main trigger, further trigger): "did X, killing six" asserts both
    case("bombed-killing",
         "The Kelvar Front said Veska Army jets had bombed a hospital in Halvik, killing six "
         "patients.",
         "Kelvar Front", "bombed", "killing"),
    case("shot-down-killing",
         "The Kelvar Front said its fighters shot down a Veska Army helicopter near Tarsk, "
         "killing its crew.",
         "Kelvar Front", "shot", "killing"),
    case("close-cutting",
         "Orrin Foods said it would close its Lunet plant, cutting 300 jobs.",
         "Orrin Foods", "close", "cutting"),
    case("stormed-capturing",
         "The Veska Army said its troops stormed the town of Tarsk, capturing its airport.",
         "Veska Army", "stormed", "capturing"),
    case("raided-arresting",
         "The Marlow Police said officers raided a warehouse in Tarsk, arresting four men.",
         "Marlow Police", "raided", "arresting"),
    case("bought-sacking",
         "Harrow United supporters' trust chairman Ivo Petrov said Delta Grain bought the "
         "club in May, sacking its manager, Ben Adler.",
         "Ivo Petrov", "bought", "sacking"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "main", "further"), RESULTS)
def test_a_participle_of_result_is_asserted_too(run, text, speaker, main, further):
    r = run(text)
    got = [e.trigger for e in r.propositions(r.statement_by(speaker))]
    assert got[:1] == [main] and further in got, r.summary()


# fmt: off
NOT_RESULTS = [
    # (text, speaker, trigger): purpose, manner denied, a clause before its verb: not asserted
    case("to-capture",
         "The Kelvar Front said its fighters had advanced on Halvik to capture the airport.",
         "Kelvar Front", "capture"),
    case("without-firing",
         "The Veska Army said its troops entered Tarsk without firing a shot.",
         "Veska Army", "firing"),
    case("hoping-to-buy",
         "Delta Grain said it had closed its Lunet plant, hoping to buy Halvik Mills.",
         "Delta Grain", "buy"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "trigger"), NOT_RESULTS)
def test_a_purpose_or_a_manner_denied_is_not_asserted(run, text, speaker, trigger):
    r = run(text)
    got = [e.trigger for e in r.propositions(r.statement_by(speaker))]
    assert got and trigger not in got, r.summary()


# ------------------------------------------------------- a person's campaign is no fighting

# fmt: off
PERSONS_CAMPAIGNS = [
    # (text, speaker)
    case("his-campaign-focus",
         "Ben Adler said his campaign would focus on jobs in Lunet.", "Ben Adler"),
    case("her-campaign-raised",
         "Senator Mara Quint said her campaign had raised $18 million in Lunet.", "Mara Quint"),
    case("my-campaign-quoted",
         '"My campaign will visit every town in Dravia," Ilan Varga said.', "Ilan Varga"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker"), PERSONS_CAMPAIGNS)
def test_a_persons_campaign_is_no_fighting(run, text, speaker):
    r = run(text)
    assert not [e for e in r.ex.events if e.trigger == "campaign"], r.summary()


# fmt: off
ARMED_CAMPAIGNS = [
    # (text, speaker): a body's campaign, or one against a foe, is fighting
    case("its-campaign-against",
         "The Kelvar Front said its campaign against the Veska Army would continue in Tarsk.",
         "Kelvar Front"),
    case("her-campaign-against-rebels",
         "General Mara Quint said her campaign against the rebels in Tarsk would continue.",
         "Mara Quint"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker"), ARMED_CAMPAIGNS)
def test_a_campaign_against_a_foe_is_fighting(run, text, speaker):
    r = run(text)
    assert [e.type for e in r.ex.events if e.trigger == "campaign"] == ["ConflictEvent"], (
        r.summary())


# ------------------------------------------------------- losing to someone takes no place

# fmt: off
LOST_TO_SOMEONE = [
    # text: a defeat by a team or a rival: no place changes hands
    case("team-lost-to-club",
         "Tomas Reyes, the Harrow United coach, said his team lost to Lunet City on Saturday."),
    case("club-lost-to-rovers",
         "Harrow United said it had lost to Dunmore Rovers in the cup final."),
    case("player-lost-to-rival",
         "Ivo Petrov said he lost to Ben Adler in the semi-final in Lunet.",
         why="a place named beside the loss ('in Lunet') still licenses it"),
]
# fmt: on


@pytest.mark.parametrize("text", LOST_TO_SOMEONE)
def test_losing_to_someone_is_no_change_of_control(run, text):
    r = run(text)
    assert not r.events_of("ControlEvent"), r.summary()


def test_a_place_lost_to_a_side_is_still_taken(run):
    r = run("The Kelvar Front said the Veska Army lost the town of Halvik to its fighters.")
    assert [e.trigger for e in r.events_of("ControlEvent")] == ["lost"], r.summary()
