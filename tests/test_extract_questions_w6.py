"""kg.extract, wave 6: claimed control as the questions read it (a statement whose
proposition is a ControlEvent with the right place and speaker), across wordings of a
takeover and of a control state, and a speaker who names themself ("the spokesman, who
identified himself as X").

Every sentence is invented (names and places are made up), across conflict, business,
health, courts and sport.
"""

from __future__ import annotations

import pytest
from cases import case


def claimed_control(r, speaker: str):
    """The ControlEvent a statement by ``speaker`` asserts, with its place and agent labels."""
    events = [e for e in r.propositions(r.statement_by(speaker)) if e.type == "ControlEvent"]
    assert events, r.summary()
    return events[0]


# ------------------------------------------------------------------ "secured" a place

# fmt: off
SECURED = [
    # (text, speaker, place, agent)
    case("said-its-forces",
         "The Kelvar Militia said its forces had secured Port Halvik.",
         "Kelvar Militia", "Port Halvik", "Kelvar Militia"),
    case("inverted-cue",
         "Veska Army troops secured the airport in Port Halvik on Monday, the army said.",
         "Veska Army", "Port Halvik", "Veska Army"),
    case("quote-we",
         '"We have secured Port Halvik," Tomas Brenn, a Kelvar Militia commander, said.',
         "Tomas Brenn", "Port Halvik", "Kelvar Militia"),
    case("bridge-noun",
         "The Marlow Police said officers had secured the bridge at Port Halvik after the riot.",
         "Marlow Police", "Port Halvik", "Marlow Police"),
    case("claimed-to-have",
         "The Kelvar Militia claimed to have secured the town of Orrin.",
         "Kelvar Militia", "Orrin", "Kelvar Militia"),
    case("entered-and-secured",
         "The Kelvar Militia said its forces had entered and secured Port Halvik.",
         "Kelvar Militia", "Port Halvik", "Kelvar Militia",
         why="the small model reads 'secured' as an adjective of the place after 'and'"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "place", "agent"), SECURED)
def test_securing_a_place_is_a_claimed_takeover(run, text, speaker, place, agent):
    r = run(text)
    ev = claimed_control(r, speaker)
    assert place in r.labels(ev.places), r.summary()
    assert r.labels(ev.agents) == [agent], r.summary()


# fmt: off
SECURED_NOT_A_PLACE = [
    # (text, the trigger that must be no ControlEvent)
    case("loan", "Delta Grain said it had secured a loan of 20 million dollars.", "secured"),
    case("win", "Harrow United secured the win with a late goal, the club said.", "secured"),
    case("release", "Ada Moreno said lawyers had secured the release of two activists.",
         "secured"),
    case("funding", "The Marlow Health Board said it had secured funding for a new ward.",
         "secured"),
    case("votes", "Piet Olsen said the Civic Unity Party had secured enough votes to govern.",
         "secured"),
    case("contract", "Orrin Steel secured a contract to build the Kelvar bridge, it said.",
         "secured"),
]
# fmt: on


@pytest.mark.parametrize(("text", "trigger"), SECURED_NOT_A_PLACE)
def test_securing_anything_else_is_no_takeover(run, text, trigger):
    r = run(text)
    assert not [e for e in r.events_of("ControlEvent") if trigger in e.trigger], r.summary()


# ------------------------------------------------------------------ control by "our forces"

# fmt: off
OWN_HOLDER = [
    # (text, speaker, place, agent)
    case("its-troops",
         "The Veska Army said Port Halvik was under the control of its troops.",
         "Veska Army", "Port Halvik", "Veska Army"),
    case("our-forces-full",
         '"Port Halvik is under the full control of our forces," Tomas Brenn, a Kelvar '
         "Militia commander, said.", "Tomas Brenn", "Port Halvik", "Kelvar Militia"),
    case("our-fighters",
         "Port Halvik is now under the control of our fighters, a spokeswoman for the Kelvar "
         "Militia, Lina Varga, told reporters.", "Lina Varga", "Port Halvik", "Kelvar Militia"),
    case("its-men-remained",
         "The Veska Guard said the port of Kelvar remained under the control of its men.",
         "Veska Guard", "Kelvar", "Veska Guard"),
    case("named-holder-kept",
         "The Veska Army said Port Halvik was under the full control of the Kelvar Militia.",
         "Veska Army", "Port Halvik", "Kelvar Militia"),
    case("hands-of-our-men",
         '"Orrin is in the hands of our men," said Tomas Brenn, the Kelvar Militia\'s '
         "commander.", "Tomas Brenn", "Orrin", "Kelvar Militia"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "place", "agent"), OWN_HOLDER)
def test_control_by_the_speakers_own_people_is_the_speakers_side(run, text, speaker, place,
                                                                  agent):
    r = run(text)
    ev = claimed_control(r, speaker)
    assert place in r.labels(ev.places), r.summary()
    assert r.labels(ev.agents) == [agent], r.summary()


def test_control_by_their_troops_is_not_taken_as_the_speakers(run):
    r = run("The Veska Army said Port Halvik was under the control of their troops.")
    ev = claimed_control(r, "Veska Army")
    assert "Veska Army" not in r.labels(ev.agents), r.summary()


# ------------------------------------------------------------------ a speaker named by themself

# fmt: off
SELF_NAMED = [
    # (text, speaker, on behalf of or None)
    case("identified-himself",
         "Kelvar Militia fighters have taken Port Halvik. The militia's spokesman, who "
         "identified himself as Tomas Brenn, said the militia now held the port.",
         "Tomas Brenn", "Kelvar Militia"),
    case("gave-her-name",
         "Delta Grain has bought Orrin Mills. A company official, who gave her name as Ada "
         "Moreno, said the mill would stay open.", "Ada Moreno", "Delta Grain"),
    case("introduced-herself",
         "The Marlow Health Board closed two wards. A spokeswoman, who introduced herself as "
         "Lina Varga, said the hospital was safe.", "Lina Varga", None),
    case("identified-himself-company",
         "Orrin Steel cut 300 jobs on Monday. The company's spokesman, who identified himself "
         "as Piet Olsen, said the plant would stay open.", "Piet Olsen", "Orrin Steel"),
    case("officer-told",
         "A Veska Army officer, who identified himself as Tomas Brenn, told reporters the "
         "troops had left Port Halvik.", "Tomas Brenn", "Veska Army"),
    case("gave-his-name-court",
         "The Orrin court fined the company. A clerk of the court, who gave his name as Emil "
         "Sand, said the fine had been paid.", "Emil Sand", None),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "behalf"), SELF_NAMED)
def test_a_speaker_who_names_themself_is_that_person(run, text, speaker, behalf):
    r = run(text)
    st = r.statement_by(speaker)
    if behalf is not None:
        assert r.label(st.on_behalf_of) == behalf, r.summary()


# fmt: off
NOT_SELF_NAMED = [
    # (text, a name that must speak no statement)
    case("identified-the-body",
         "The witness, who identified the body as Piet Olsen, said the police had arrived "
         "late.", "Piet Olsen"),
    case("gave-his-age",
         "A doctor who gave his age as 40 said the clinic in Orrin had closed, Ada Moreno "
         "reported.", "40"),
    case("named-another",
         "The coach, who named Tomas Brenn as captain, said the team was ready.",
         "Tomas Brenn"),
]
# fmt: on


@pytest.mark.parametrize(("text", "name"), NOT_SELF_NAMED)
def test_naming_someone_else_makes_them_no_speaker(run, text, name):
    r = run(text)
    assert not r.statements_by(name), r.summary()


# ------------------------------------------------------------------ content past a coordinated deed

# fmt: off
COORDINATED_DEED = [
    # (text, speaker, triggers every one of which a proposition of the statement must have)
    case("arrested-and-charged",
         "Marlow Police said they had arrested two men in Orrin and charged them with fraud.",
         "Marlow Police", ["arrested", "charged"]),
    case("officers-subject",
         "Marlow Police said officers had arrested two men and charged them with fraud.",
         "Marlow Police", ["arrested", "charged"]),
    case("army-smuggling",
         "The Veska Army said it had arrested three men and charged them with smuggling.",
         "Veska Army", ["arrested", "charged"]),
    case("captured-and-taken",
         "The Kelvar Militia said its fighters had captured two soldiers and taken them to "
         "Port Halvik.", "Kelvar Militia", ["captured", "taken"]),
    case("signed-and-loaned",
         "Harrow United said it had signed Ada Moreno and loaned her to Orrin Rovers.",
         "Harrow United", ["signed"]),
    case("fined-and-charged-company",
         "The Veska Financial Authority said it had fined Delta Grain and charged the "
         "company's chairman Piet Olsen with fraud.", "Veska Financial Authority",
         ["fined", "charged"]),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "triggers"), COORDINATED_DEED)
def test_a_deed_done_to_a_party_continues_the_content(run, text, speaker, triggers):
    r = run(text)
    st = r.statement_by(speaker)
    got = [e.trigger for e in r.propositions(st)]
    assert all(any(t in g for g in got) for t in triggers), r.summary()
    assert len(r.statements_by(speaker)) == 1, r.summary()


# fmt: off
COORDINATED_CUE = [
    # (text, speaker, the second cue, which must stay a statement of its own)
    case("added-that",
         "Tomas Brenn said the talks had failed and added that the strike would go on.",
         "Tomas Brenn", "add"),
    case("denied-the-claims",
         "Ada Moreno said she would resign and denied the claims.", "Ada Moreno", "deny"),
    case("announced-a-plan",
         "Delta Grain said it had bought the mill and announced a new plan.", "Delta Grain",
         "announce"),
    case("told-reporters-that",
         "The Veska Army said it had left Orrin and told reporters that the town was calm.",
         "Veska Army", "tell"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "cue"), COORDINATED_CUE)
def test_a_coordinated_cue_still_starts_its_own_statement(run, text, speaker, cue):
    r = run(text)
    first = r.statements_by(speaker)[0]
    assert r.statement_by(speaker, cue=cue), r.summary()
    assert first.cue != cue and cue not in first.content, r.summary()


# ------------------------------------------------------------------ "has control over" a place

# fmt: off
HAS_CONTROL = [
    # (text, speaker, place, agent)
    case("had-full-control-over",
         "The Kelvar Militia said it had full control over Port Halvik.",
         "Kelvar Militia", "Port Halvik", "Kelvar Militia"),
    case("we-have-complete-control",
         '"We have complete control of the airport in Port Halvik," Tomas Brenn, a Kelvar '
         "Militia commander, said.", "Tomas Brenn", "Port Halvik", "Kelvar Militia"),
    case("retained-control",
         "The Veska Army said it retained control of Port Halvik.",
         "Veska Army", "Port Halvik", "Veska Army"),
    case("still-has-control-town",
         "The Veska Army said it still has control over the town of Port Halvik.",
         "Veska Army", "Port Halvik", "Veska Army"),
    case("kept-control-police",
         "The Marlow Police said officers had kept control of the square in Port Halvik.",
         "Marlow Police", "Port Halvik", "Marlow Police"),
    case("maintains-control-quote",
         '"Our forces maintain control over Port Halvik," said Lina Varga, a spokeswoman '
         "for the Veska Army.", "Lina Varga", "Port Halvik", "Veska Army"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "place", "agent"), HAS_CONTROL)
def test_having_control_of_a_place_is_claimed_control(run, text, speaker, place, agent):
    r = run(text)
    ev = claimed_control(r, speaker)
    assert place in r.labels(ev.places), r.summary()
    assert r.labels(ev.agents) == [agent], r.summary()


# fmt: off
NO_CONTROL_HAD = [
    case("no-control", "Delta Grain said it had no control over the mill in Port Halvik."),
    case("costs", "Delta Grain said it had control of its costs."),
    case("budget", "Ada Moreno said the board kept control over the budget."),
    case("little-control",
         "The Marlow Health Board said it had little control over the hospital in Orrin."),
]
# fmt: on


@pytest.mark.parametrize("text", NO_CONTROL_HAD)
def test_control_of_no_place_or_none_had_is_no_takeover(run, text):
    r = run(text)
    assert not [e for e in r.events_of("ControlEvent")
                if e.trigger.split()[0] in {"had", "kept", "has"}], r.summary()


# ------------------------------------------------------------------ what a document "showed"

# fmt: off
SHOWN = [
    # (text, the author who speaks)
    case("video-released-by",
         "A video released by the Kelvar Militia on Monday showed that its fighters had taken "
         "Port Halvik.", "Kelvar Militia"),
    case("possessive-video",
         "The Kelvar Militia's video showed that its fighters had seized the airport in Port "
         "Halvik.", "Kelvar Militia"),
    case("statement-from",
         "A statement from Delta Grain showed that the company had bought the Orrin mill.",
         "Delta Grain"),
    case("report-by",
         "A report by the Marlow Health Board showed that two hospitals in Orrin had closed "
         "wards.", "Marlow Health Board"),
    case("letter-proved",
         "A letter from Harrow United proved that the club had paid the fine.", "Harrow United"),
    case("footage",
         "Footage posted by the Kelvar Militia showed that its fighters had entered Port "
         "Halvik.", "Kelvar Militia", why="'footage' is not among the document nouns"),
]
# fmt: on


@pytest.mark.parametrize(("text", "author"), SHOWN)
def test_what_an_authored_document_showed_is_its_authors_statement(run, text, author):
    r = run(text)
    assert r.statement_by(author, cue="show" if "show" in text else "prove"), r.summary()


# fmt: off
NOT_SHOWN = [
    case("figures-no-author", "Figures released on Monday showed that prices had risen in Orrin."),
    case("showed-a-crowd", "A video released by the Kelvar Militia showed a crowd in Port Halvik."),
    case("poll-showed", "A poll showed that most voters in Orrin backed Ada Moreno."),
]
# fmt: on


@pytest.mark.parametrize("text", NOT_SHOWN)
def test_showing_without_an_authored_document_or_a_clause_is_no_statement(run, text):
    r = run(text)
    assert not [s for s in r.ex.statements if s.cue in {"show", "prove"}], r.summary()


# ---------------------------------------------------------- a cue held back, or under an aspect

# fmt: off
HELD_BACK = [
    case("stopped-short-of",
         "The Kelvar Militia stopped short of claiming that it had taken Port Halvik."),
    case("refrained-from",
         "Delta Grain refrained from saying that it had bought the Orrin mill."),
    case("avoided",
         "Ada Moreno avoided saying that the deal with Orrin Steel was dead."),
    case("stopped-claiming",
         "The Veska Army has stopped claiming that it holds Port Halvik."),
    case("fell-short-of",
         "The Marlow Health Board fell short of announcing that the Orrin clinic would close."),
    case("ceased-insisting",
         "Harrow United ceased insisting that Tomas Brenn had been wrongly sacked."),
]
# fmt: on


@pytest.mark.parametrize("text", HELD_BACK)
def test_a_cue_held_back_states_nothing(run, text):
    r = run(text)
    assert not r.ex.statements, r.summary()


# fmt: off
ASPECT = [
    # (text, speaker, cue)
    case("went-on-to-claim",
         "The Kelvar Militia went on to claim that it had taken Port Halvik.",
         "Kelvar Militia", "claim"),
    case("began-announcing",
         "Within hours the Kelvar Militia had begun announcing the capture of Port Halvik.",
         "Kelvar Militia", "announce"),
    case("kept-insisting",
         "The Kelvar Militia kept insisting that it held Port Halvik.", "Kelvar Militia",
         "insist"),
    case("started-telling",
         "Delta Grain has started telling investors that it bought the Orrin mill.",
         "Delta Grain", "tell"),
    case("stopped-to-tell",
         "Piet Olsen stopped to tell reporters that the strike was over.", "Piet Olsen", "tell"),
    case("continued-to-deny",
         "Harrow United continued to deny that it had sacked Tomas Brenn.", "Harrow United",
         "deny"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "cue"), ASPECT)
def test_a_cue_under_an_aspect_verb_is_a_statement(run, text, speaker, cue):
    r = run(text)
    assert r.statement_by(speaker, cue=cue), r.summary()


# ---------------------------------------------------------------- a place "handed over to" a taker

# fmt: off
HANDED_OVER = [
    # (text, speaker, place, taker)
    case("town-handed-over",
         "The Veska Army said Port Halvik had been handed over to the Kelvar Militia.",
         "Veska Army", "Port Halvik", "Kelvar Militia"),
    case("airport-turned-over",
         "The Kelvar Militia said the airport in Port Halvik was turned over to the Veska "
         "Army on Monday.", "Kelvar Militia", "Port Halvik", "Veska Army"),
    case("quote-handed-over",
         '"The bridge at Port Halvik has been handed over to the Veska Guard," Ada Moreno '
         "said.", "Ada Moreno", "Port Halvik", "Veska Guard"),
    case("active-voice",
         "The Veska Army said it had handed over the airport in Port Halvik to the Kelvar "
         "Militia.", "Veska Army", "Port Halvik", "Kelvar Militia",
         why="the active 'Y handed X over to Z' would make the giver the doer: not read"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "place", "taker"), HANDED_OVER)
def test_a_place_handed_over_is_taken_by_its_receiver(run, text, speaker, place, taker):
    r = run(text)
    ev = claimed_control(r, speaker)
    assert place in r.labels(ev.places), r.summary()
    assert r.labels(ev.agents) == [taker], r.summary()


# fmt: off
HANDED_NOT_A_PLACE = [
    case("documents", "The Marlow Police said the documents had been handed over to prosecutors."),
    case("report", "Ada Moreno said her report was handed over to the Marlow Health Board."),
    case("evidence", "Tomas Brenn said the evidence was turned over to the Orrin court."),
    case("keys-active", "Piet Olsen said he had handed over the keys to Ada Moreno."),
]
# fmt: on


@pytest.mark.parametrize("text", HANDED_NOT_A_PLACE)
def test_anything_else_handed_over_is_no_takeover(run, text):
    r = run(text)
    assert not r.events_of("ControlEvent"), r.summary()
