"""kg.extract propositions, wave 4: what a statement asserts when its content does not
spell it out (a denial of "the claim"), and who did it when the content names the doer
only by the speaker's own side ("under control", "his troops").

Every sentence is invented (names and places are made up), across courts, business,
health, sport, elections and conflict.
"""

from __future__ import annotations

import pytest
from cases import case

# ------------------------------------------------------------------ "the claim put forward by X"

# fmt: off
OWNED_CLAIMS = [
    # (text, denier, class of the claim's event, its agent)
    case("claims-made-by",
         "Delta Grain said on Monday that it had bought the Orrin mill. The Marlow Mill "
         "Board rejected the claims made by Delta Grain.",
         "Marlow Mill Board", "TransactionEvent", "Delta Grain"),
    case("claim-made-by-not-the-last",
         "The Kelvar Militia said it had captured the Orrin radio station. Tomas Brenn, a "
         "Veska army spokesman, said the army seized the port. The Veska army denied the "
         "claims made by the Kelvar Militia.",
         "Veska army", "ControlEvent", "Kelvar Militia"),
    case("possessive-claim",
         "The Marlow Health Board said it had closed three clinics in Orrin. Ada Moreno "
         "dismissed the Marlow Health Board's claim.",
         "Ada Moreno", "BusinessEvent", "Marlow Health Board"),
    case("claim-not-the-appeal",
         "Ada Moreno claimed victory in the mayoral election in Orrin on Monday, urging Piet "
         "Olsen to concede. The Civic Unity Party rejected Ada Moreno's claim on Tuesday.",
         "Civic Unity Party", "PersonnelEvent", "Ada Moreno"),
    case("assertion-not-the-appeal",
         "Delta Grain said it had bought the Orrin mill. Delta Grain also urged regulators to "
         "act. The Marlow Mill Board dismissed the claims made by Delta Grain.",
         "Marlow Mill Board", "TransactionEvent", "Delta Grain"),
    case("claim-by",
         "The Orrin Tenants Union said the landlord had been arrested. On Friday the Marlow "
         "Housing Trust rejected the claim by the Orrin Tenants Union.",
         "Marlow Housing Trust", "JusticeEvent", None),
]
# fmt: on


@pytest.mark.parametrize(("text", "denier", "cls", "agent"), OWNED_CLAIMS)
def test_a_denied_claim_made_by_someone_is_their_claims_event(run, text, denier, cls, agent):
    r = run(text)
    denial = r.statement_by(denier)
    assert denial.stance == "Deny", r.summary()
    event = r.proposition(denial)
    assert event.type == cls, r.summary()
    if agent is not None:
        assert agent in r.labels(event.agents), r.summary()


# ------------------------------------------------------------------ no statement carries the claim

# fmt: off
UNTOLD_CLAIMS = [
    # (text, denier, class of the deed reported before)
    case("spokesmen-said",
         "Rebel forces have routed the Veskan army in the town of Orrin, spokesmen said on "
         "Monday. The government denied the claim.",
         "government", "ConflictEvent"),
    case("same-sentence-but",
         "Kelvar rebels claimed on Friday to have taken control of the town of Orrin, "
         "but the government refuted the claims.",
         "government", "ControlEvent"),
    case("hospital-reports",
         "Unnamed officials said the hospital in Kelvar had been closed, but the health "
         "ministry denied the reports.",
         "health ministry", "BusinessEvent"),
    case("witnesses-arrest",
         "Police arrested two journalists in Orrin on Friday, witnesses said. The interior "
         "ministry denied the report.",
         "interior ministry", "JusticeEvent"),
    case("findings",
         "The Marlow Food Agency said Delta Grain had closed its Orrin plant. Delta Grain "
         "disputed the agency's findings.",
         "Delta Grain", "BusinessEvent"),
    case("court-ruling",
         "Lawyers for the family said the judge had sentenced the driver to two years. The "
         "Marlow Court Service rejected the claims.",
         "Marlow Court Service", "JusticeEvent"),
    case("election-win",
         "The opposition had won the vote in Orrin, party officials said. The Orrin "
         "Electoral Commission denied the claim.",
         "Orrin Electoral Commission", "GovernanceEvent"),
]
# fmt: on


@pytest.mark.parametrize(("text", "denier", "cls"), UNTOLD_CLAIMS)
def test_a_denied_claim_no_statement_carries_is_the_deed_reported_before(run, text, denier,
                                                                        cls):
    r = run(text)
    event = r.proposition(r.statement_by(denier))
    assert event.type == cls, r.summary()
    assert event.factuality in {"Claimed", "Denied"}, r.summary()


# fmt: off
NO_CLAIM_BEFORE = [
    # (text, denier): nothing was reported before the denial, so it has no proposition
    case("weather",
         "The weather in Orrin was mild on Friday, and the ministry denied the claims.",
         "ministry"),
    case("fact-not-report",
         "Ada Moreno visited the Orrin clinic on Friday. Piet Olsen denied the claims.",
         "Piet Olsen"),
]
# fmt: on


@pytest.mark.parametrize(("text", "denier"), NO_CLAIM_BEFORE)
def test_a_denied_claim_with_nothing_reported_before_has_no_proposition(run, text, denier):
    r = run(text)
    denials = [s for s in r.statements_by(denier) if s.stance == "Deny"]
    assert all(s.proposition is None for s in denials), r.summary()


# ------------------------------------------------------------------ "under control", no holder

# fmt: off
HELD_BY_SPEAKER = [
    # (text, speaker, agent of the control)
    case("police-situation",
         "The Marlow Police said the situation in Orrin was under control.",
         "Marlow Police", "Marlow Police"),
    case("army-quote",
         "\"The situation around Orrin is now under control,\" the Veska army said on Monday.",
         "Veska army", "Veska army"),
    case("fire-brigade",
         "The Marlow fire brigade said the blaze in Orrin was under control.",
         "Marlow fire brigade", "Marlow fire brigade"),
    case("spokesman-for-side",
         "Tomas Brenn, a spokesman for the Kelvar Militia, said the town of Orrin had been "
         "brought under control.",
         "Tomas Brenn", "Kelvar Militia"),
    case("held-by-other",
         "The Marlow Police said the town of Orrin was under the control of the Kelvar "
         "Militia.",
         "Marlow Police", "Kelvar Militia"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "agent"), HELD_BY_SPEAKER)
def test_control_with_no_holder_is_the_speakers_sides(run, text, speaker, agent):
    r = run(text)
    events = [e for e in r.propositions(r.statement_by(speaker)) if e.type == "ControlEvent"]
    assert events, r.summary()  # the blaze itself is a DisasterEvent the statement tells too
    assert r.labels(events[0].agents) == [agent], r.summary()


# fmt: off
NOT_HELD_BY_SPEAKER = [
    # (text, speaker, a label that must not be the agent)
    case("negated",
         "The Veska army said the town of Orrin was not under control.",
         "Veska army", "Veska army"),
    case("rebel-control",
         "The Marlow Police said the port of Orrin was under rebel control.",
         "Marlow Police", "Marlow Police"),
    case("denied",
         "The Veska army denied that the town of Orrin was under control.",
         "Veska army", "Veska army"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "not_agent"), NOT_HELD_BY_SPEAKER)
def test_control_held_by_another_or_denied_is_not_the_speakers(run, text, speaker, not_agent):
    r = run(text)
    for event in r.events_of("ControlEvent"):
        assert not_agent not in r.labels(event.agents), r.summary()


# ------------------------------------------------------------------ "his troops"

# fmt: off
OWN_FORCES = [
    # (text, speaker, class, agent: the side, not the person)
    case("his-soldiers",
         "Veska army spokesman Tomas Brenn said his soldiers had captured the Orrin bridge.",
         "Tomas Brenn", "ControlEvent", "Veska army"),
    case("her-fighters",
         "Kelvar Militia commander Ada Moreno told reporters that her fighters were holding "
         "the town of Orrin.",
         "Ada Moreno", "ControlEvent", "Kelvar Militia"),
    case("our-troops-quote",
         "\"Our troops have taken the Orrin airport,\" said Ilse Morrow, a spokeswoman for "
         "the Northern Alliance.",
         "Ilse Morrow", "ControlEvent", "Northern Alliance"),
    case("his-officers-arrest",
         "Marlow Police chief Piet Olsen said his officers had arrested two men in Orrin.",
         "Piet Olsen", "JusticeEvent", "Marlow Police"),
    case("her-inspectors-fine",
         "Marlow Food Agency director Lena Fox said her inspectors had detained two managers "
         "of Delta Grain.",
         "Lena Fox", "JusticeEvent", "Marlow Food Agency"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "cls", "agent"), OWN_FORCES)
def test_a_speakers_own_forces_are_the_side_they_speak_for(run, text, speaker, cls, agent):
    r = run(text)
    event = r.proposition(r.statement_by(speaker))
    assert event.type == cls, r.summary()
    assert r.labels(event.agents) == [agent], r.summary()


def test_a_speakers_relative_is_no_force_of_the_side(run):
    r = run("Tomas Brenn, a spokesman for the Kelvar Militia, said his son had moved to Orrin.")
    event = r.proposition(r.statement_by("Tomas Brenn"))
    assert "Kelvar Militia" not in r.labels(event.agents), r.summary()


# ---------------------------------------- "we control", "our forces are in control"

# fmt: off
OWN_GROUND = [
    # (text, speaker, agent: the side "we" / "our" names)
    case("control-it",
         "Kelvar Militia spokesman Tomas Brenn said that \"our fighters are in Orrin in their "
         "hundreds and control it completely.\"",
         "Tomas Brenn", "Kelvar Militia"),
    case("in-control-of-positions",
         "\"Our units are in control of the hills they held before the ceasefire,\" said Ada "
         "Moreno, a spokeswoman for the Northern Alliance.",
         "Ada Moreno", "Northern Alliance"),
    case("we-control-roads",
         "\"We control every road into the valley,\" the Kelvar Militia said in a statement.",
         "Kelvar Militia", "Kelvar Militia"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "agent"), OWN_GROUND)
def test_ground_we_control_is_the_speakers_sides(run, text, speaker, agent):
    r = run(text)
    event = r.proposition(r.statement_by(speaker))
    assert event.type == "ControlEvent", r.summary()
    assert r.labels(event.agents) == [agent], r.summary()


# fmt: off
NOT_GROUND = [
    case("finances",
         "\"We are in full control,\" Delta Grain chief Ilkka Vanhanen said of the company's "
         "finances."),
    case("own-future", "\"We control our own future,\" Ada Moreno of the Civic Unity Party said."),
]
# fmt: on


@pytest.mark.parametrize("text", NOT_GROUND)
def test_control_of_no_ground_is_no_control_event(run, text):
    r = run(text)
    assert not r.events_of("ControlEvent"), r.summary()


# ---------------------------------------- "X's spokesman claimed to have ..."

# fmt: off
CLAIMED_FOR_BODY = [
    # (text, speaker, agent)
    case("spokesman-seized",
         "Kelvar Militia spokesman Tomas Brenn claimed to have seized the Orrin bridge.",
         "Tomas Brenn", "Kelvar Militia"),
    case("chief-bought",
         "Delta Grain chief executive Ilkka Vanhanen claimed to have bought the Orrin mill.",
         "Ilkka Vanhanen", "Delta Grain"),
    case("apposed-spokesman",
         "Tomas Brenn, a spokesman for the Kelvar Militia, claimed to have captured the town "
         "of Orrin on Sunday.",
         "Tomas Brenn", "Kelvar Militia"),
    case("body-itself",
         "The Kelvar Militia claimed to have captured the town of Orrin.",
         "Kelvar Militia", "Kelvar Militia"),
    case("meeting-is-the-persons",  # a meeting is the person's own
         "Marlow City Council leader Ada Moreno claimed to have met the minister in Orrin.",
         "Ada Moreno", "Ada Moreno"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "agent"), CLAIMED_FOR_BODY)
def test_a_deed_claimed_for_a_body_is_the_bodys(run, text, speaker, agent):
    r = run(text)
    event = r.proposition(r.statement_by(speaker))
    assert r.labels(event.agents) == [agent], r.summary()


# ---------------------------------------- class families: posts taken, votes won

# fmt: off
PERSONNEL = [
    # (text, speaker, agent or None)
    case("relieved-of-position",
         "\"I have requested to be relieved of my command,\" the finance minister Piet Olsen wrote "
         "in a letter.",
         "Piet Olsen", "Piet Olsen"),
    case("relieved-of-duties",
         "The coach was relieved of his duties on Monday, Harrow United said.",
         "Harrow United", None),
    case("stripped-of-post",
         "Ada Moreno said the treasurer had been stripped of his post by the board.",
         "Ada Moreno", None),
    case("victory-in-election",
         "Ada Moreno declared victory in the mayoral election in Orrin.",
         "Ada Moreno", "Ada Moreno"),
    case("victory-then-date",
         "Ada Moreno claimed victory early Tuesday in the presidential election.",
         "Ada Moreno", "Ada Moreno"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "agent"), PERSONNEL)
def test_posts_taken_and_votes_won_are_personnel_events(run, text, speaker, agent):
    r = run(text)
    event = r.proposition(r.statement_by(speaker))
    assert event.type == "PersonnelEvent", r.summary()
    if agent is not None:
        assert r.labels(event.agents) == [agent], r.summary()


# fmt: off
NOT_PERSONNEL = [
    case("cup-final", "Harrow United claimed victory in the cup final."),
    case("battle", "The Veska army claimed victory in the battle for Orrin."),
    case("agenda", "The relief effort in Orrin was removed from the agenda."),
    case("relief-supplies", "Volunteers relieved the flood victims in Orrin with supplies."),
]
# fmt: on


@pytest.mark.parametrize("text", NOT_PERSONNEL)
def test_a_win_in_no_vote_or_a_removal_from_no_post_is_no_personnel_event(run, text):
    r = run(text)
    assert not r.events_of("PersonnelEvent"), r.summary()


def test_a_candidate_who_speaks_for_a_party_won_the_vote_herself(run):
    r = run("Civic Unity Party leader Ada Moreno claimed victory in the presidential election.")
    event = r.proposition(r.statement_by("Ada Moreno"))
    assert event.type == "PersonnelEvent", r.summary()
    assert r.labels(event.agents) == ["Ada Moreno"], r.summary()


# ---------------------------------------- class families: business, sport, courts, health

# fmt: off
FAMILIES = [
    # (text, speaker, class, agent or None)
    case("laid-off-workers",
         "Delta Grain said it had laid off 300 workers at its Orrin plant.",
         "Delta Grain", "PersonnelEvent", "Delta Grain"),  # staff dismissed (wave 10)
    case("laid-off-a-third",
         "Orrin Mills has laid off a third of its staff, Delta Grain said.",
         "Delta Grain", "PersonnelEvent", None),
    case("filed-for-bankruptcy",
         "Delta Grain said it had filed for bankruptcy.",
         "Delta Grain", "BusinessEvent", "Delta Grain"),
    case("signed-player",
         "Harrow United chairman Piet Olsen said the club had signed Tomas Brenn on a "
         "three-year contract.",
         "Piet Olsen", "PersonnelEvent", None),
    case("shot-dead",
         "The Marlow Police said a man had been shot dead in Orrin.",
         "Marlow Police", "LifeEvent", None),
    case("gunned-down",
         "Ada Moreno said two guards had been gunned down outside the Orrin depot.",
         "Ada Moreno", "LifeEvent", None),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "cls", "agent"), FAMILIES)
def test_verb_families_across_domains_map_to_their_class(run, text, speaker, cls, agent):
    r = run(text)
    event = r.proposition(r.statement_by(speaker))
    assert event.type == cls, r.summary()
    if agent is not None:
        assert agent in r.labels(event.agents), r.summary()


# fmt: off
NOT_FAMILIES = [
    # (text, a class that must not be read)
    case("laid-off-a-path", "The hikers laid off the steep path near Orrin.", "PersonnelEvent"),
    case("signed-a-letter", "Delta Grain signed a letter to the Orrin council.",
         "PersonnelEvent"),
    case("signed-the-treaty", "The Veska government signed the treaty in Orrin.",
         "PersonnelEvent"),
]
# fmt: on


@pytest.mark.parametrize(("text", "cls"), NOT_FAMILIES)
def test_a_verb_of_a_family_in_another_sense_is_not_of_its_class(run, text, cls):
    r = run(text)
    assert not r.events_of(cls), r.summary()


# ---------------------------------------- courts: a body that does justice, charges, job cuts

# fmt: off
JUSTICE_BODY = [
    # (text, speaker, agent or None)
    case("court-convicted",
         "The Marlow District Court said Piet Olsen had been convicted of embezzlement.",
         "Marlow District Court", "Marlow District Court"),
    case("police-arrested",
         "The Marlow Police said two men had been arrested in Orrin on Sunday.",
         "Marlow Police", "Marlow Police"),
    case("union-no-arrester",  # a union arrests no one
         "The Orrin Tenants Union said its leader had been arrested.",
         "Orrin Tenants Union", None),
    case("denied-detention",  # denied: the police did not
         "The Marlow Police denied that the protesters had been detained.",
         "Marlow Police", None),
    case("charged-with-fraud",
         "Prosecutor Ada Moreno said the company would be charged with fraud.",
         "Ada Moreno", None),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "agent"), JUSTICE_BODY)
def test_a_justice_deed_in_the_passive_is_the_justice_bodys_that_tells_it(run, text, speaker,
                                                                          agent):
    r = run(text)
    event = r.proposition(r.statement_by(speaker))
    assert event.type == "JusticeEvent", r.summary()
    assert r.labels(event.agents) == ([agent] if agent else []), r.summary()


def test_jobs_cut_are_a_personnel_event_of_the_company(run):
    """Jobs cut are staff dismissed: a PersonnelEvent since wave 10 (was BusinessEvent)."""
    r = run("Delta Grain chief executive Ilkka Vanhanen said the company would cut 500 jobs.")
    event = r.proposition(r.statement_by("Ilkka Vanhanen"))
    assert event.type == "PersonnelEvent", r.summary()
    assert r.labels(event.agents) == ["Delta Grain"], r.summary()


@pytest.mark.parametrize("text", [
    "The mayor was charged with the task of rebuilding the pier.",
    "Delta Grain cut prices in Orrin.",
])
def test_a_task_charged_or_prices_cut_are_no_event(run, text):
    r = run(text)
    assert not r.events_of("JusticeEvent") and not r.events_of("BusinessEvent"), r.summary()


# ---------------------------------------- "X said it had been fined by Y": X undergoes it

# fmt: off
UNDERGOERS = [
    # (text, speaker, class, agent, participant)
    case("fined-by",
         "Delta Grain said it had been fined $3 million by the Marlow Food Agency.",
         "Delta Grain", "JusticeEvent", ["Marlow Food Agency"], "Delta Grain"),
    case("attacked-by",
         "The Veska army said it had been attacked by the Kelvar Militia near Orrin.",
         "Veska army", "ConflictEvent", ["Kelvar Militia"], "Veska army"),
    case("fined-no-doer",
         "Harrow Foods said on Friday that it had been fined twice last year.",
         "Harrow Foods", "JusticeEvent", [], "Harrow Foods"),
    case("forced-to-withdraw",  # the one forced still withdraws
         "The Kelvar Militia said it had been forced to withdraw from Orrin.",
         "Kelvar Militia", "MovementEvent", ["Kelvar Militia"], None),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "cls", "agents", "participant"), UNDERGOERS)
def test_a_speaker_that_undergoes_its_event_is_no_doer(run, text, speaker, cls, agents,
                                                       participant):
    r = run(text)
    event = r.proposition(r.statement_by(speaker))
    assert event.type == cls, r.summary()
    assert r.labels(event.agents) == agents, r.summary()
    if participant is not None:
        assert participant in r.labels(event.participants), r.summary()


def test_an_appointment_a_company_announces_is_the_companys(run):
    r = run("Delta Grain said on Monday that Ilkka Vanhanen had been named chief executive.")
    event = r.proposition(r.statement_by("Delta Grain"))
    assert event.type == "PersonnelEvent", r.summary()
    assert r.labels(event.agents) == ["Delta Grain"], r.summary()


def test_a_dismissal_a_union_reports_is_not_the_unions(run):
    r = run("The Orrin Teachers Union said 40 members had been dismissed.")
    event = r.proposition(r.statement_by("Orrin Teachers Union"))
    assert event.type == "PersonnelEvent", r.summary()
    assert not event.agents, r.summary()


def test_fine_weather_is_no_fine(run):
    r = run("The weather in Orrin was fine on Sunday, Ada Moreno said.")
    assert not r.events_of("JusticeEvent"), r.summary()
