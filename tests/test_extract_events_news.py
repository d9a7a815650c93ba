"""kg.extract events on constructions real news uses (issue 11, CONSTRUCTIONS.md): the
trigger lexicon per contract class and its guards, places given by nesting, description,
clause, relative clause or a see/witness subject, agents a statement supplies, and dates
from the clause, spans, clock times and weeks.

Every sentence is invented. The articles are published on Friday 2024-03-15.
"""

from __future__ import annotations

import pytest
from cases import case

xfail = pytest.mark.xfail


# ---------------------------------------------------------------- trigger lexicon (#1)

# fmt: off
TRIGGERS = [
    # (text, class, trigger)
    case("coup-noun", "The Northern Legion staged a coup in Karvastan on Monday.",
         "ControlEvent", "coup"),
    case("overthrow", "Ivan Petrov said the president had been overthrown by the "
         "Northern Legion.", "ControlEvent", "overthrown"),
    case("took-town", "The Northern Legion took the town of Karvastan on Monday.",
         "ControlEvent", "took"),
    case("held-town", "The Northern Legion still held the town of Karvastan on Monday.",
         "ControlEvent", "held"),
    case("city-lost-to", "Ivan Petrov denied that Karvastan had been lost to the Northern "
         "Legion.", "ControlEvent", "lost"),
    case("pushed-out-of", "The Northern Legion said it had pushed the militia out of "
         "Karvastan.", "ControlEvent", "pushed"),
    case("joined-board", "Maria Kovacs joined the Redwater Group in 2019.",
         "PersonnelEvent", "joined"),
    case("quit", "Maria Kovacs quit the Redwater Group on Tuesday.", "PersonnelEvent", "quit"),
    case("imposed-curfew", "The Elin City Council imposed a curfew on Monday.",
         "GovernanceEvent", "imposed"),
    case("dissolved-parliament", "Ivan Petrov dissolved parliament on Monday.",
         "GovernanceEvent", "dissolved"),
    case("encircled", "The Northern Legion encircled Karvastan on Monday.",
         "ConflictEvent", "encircled"),
    case("bombardment", "The Northern Legion stepped up its bombardment of Karvastan.",
         "ConflictEvent", "bombardment"),
    case("infiltrated", "The Northern Legion infiltrated the outskirts of Karvastan.",
         "MovementEvent", "infiltrated"),
    case("stormed-into", "The Northern Legion stormed into Karvastan on Sunday.",
         "MovementEvent", "stormed"),
    case("left-for", "Maria Kovacs left for Halvik on Wednesday.", "MovementEvent", "left"),
    case("entered-town", "The Northern Legion entered Karvastan on Sunday.",
         "MovementEvent", "entered"),
    case("discussed", "Maria Kovacs and Tomas Berg discussed the border on Monday.",
         "ContactEvent", "discussed"),
]

NOT_EVENTS = [
    # (text, class that must not be there, trigger)
    case("took-a-stake", "Calder Motors took a stake in the Redwater Group.",
         "ControlEvent", "took"),
    case("held-a-view", "Maria Kovacs held the view that the plan would fail.",
         "ControlEvent", "held"),
    case("lost-the-vote", "Maria Kovacs lost the vote by two seats.", "ControlEvent", "lost"),
    case("left-the-firm", "Maria Kovacs left the Redwater Group in 2019.",
         "MovementEvent", "left"),
    case("joined-protests", "Thousands of farmers joined protests in Halvik.",
         "PersonnelEvent", "joined"),
    case("imposed-a-cost", "The storm imposed a heavy cost on farmers.",
         "GovernanceEvent", "imposed"),
    case("take-place", "The talks will take place in Halvik.", "ControlEvent", "take"),
    case("take-hold", "The truce in Karvastan failed to take hold.", "ControlEvent", "take"),
    case("tried-to", "The Northern Legion tried to attack Karvastan.", "JusticeEvent", "tried"),
    case("entered-its-day", "The siege of Karvastan entered its fourth day.",
         "MovementEvent", "entered"),
    case("released-statement", "The Northern Legion released a statement on Monday.",
         "BusinessEvent", "released"),
    case("issued-a-video", "The Northern Legion launched a video on Monday.",
         "BusinessEvent", "launched"),
    case("leaving-part-of", "The rebels withdrew, leaving only a small part of Karvastan "
         "under their control.", "MovementEvent", "leaving"),
]
# fmt: on


@pytest.mark.parametrize(("text", "cls", "trigger"), TRIGGERS)
def test_news_trigger_class(run, text, cls, trigger):
    r = run(text)
    r.event(cls, trigger=trigger)


@pytest.mark.parametrize(("text", "cls", "trigger"), NOT_EVENTS)
def test_news_trigger_guard(run, text, cls, trigger):
    r = run(text)
    found = [e for e in r.events_of(cls) if trigger in e.trigger.lower()]
    assert not found, r.summary()


# ---------------------------------------------------------------- places (#7 #8 #15 #27 #28)

# fmt: off
PLACES = [
    # (text, class, trigger, place)
    case("description-the-town", "Protesters marched into Halvik on Monday. Clashes in the "
         "town continued overnight.", "ConflictEvent", "Clashes", "Halvik"),
    case("description-the-city", "Troops entered Karvastan on Monday. Fighting in the city "
         "went on for hours.", "ConflictEvent", "Fighting", "Karvastan"),
    case("description-noun-named-before", "The Northern Legion attacked a camp in "
         "Karvastan on Monday. Ivan Petrov said the Legion took control of the camp.",
         "ControlEvent", "took", "Karvastan"),
    case("nested-most-of", "Squatters have occupied most of the flats in Karvastan.",
         "ControlEvent", "occupied", "Karvastan"),
    case("nested-centre-of", "The Northern Legion captured the centre of Karvastan on "
         "Monday.", "ControlEvent", "captured", "Karvastan"),
    case("nested-percent-of", "The Northern Legion said it controlled 80 percent of "
         "Karvastan.", "ControlEvent", "controlled", "Karvastan"),
    case("clause-place-phrase", "The Northern Legion launched an attack on Monday in "
         "Karvastan.", "ConflictEvent", "attack", "Karvastan"),
    case("relative-where", "Police stayed in Karvastan, where clashes were continuing.",
         "ConflictEvent", "clashes", "Karvastan"),
    case("witness-subject", "The town of Karvastan saw heavy clashes on Saturday.",
         "ConflictEvent", "clashes", "Karvastan"),
    case("under-control-subject", "Ivan Petrov said the situation around Karvastan was "
         "under control.", "ControlEvent", "control", "Karvastan"),
    case("in-control-of", "The Northern Legion said it was in control of Karvastan.",
         "ControlEvent", "control", "Karvastan"),
    case("against-possessor", "An attempted coup against Karvastan's president Ivan Petrov "
         "had failed.", "ControlEvent", "coup", "Karvastan"),
    case("sentence-place-other-clause", "Ten soldiers were killed on Tuesday repelling an "
         "attack near Karvastan.", "LifeEvent", "killed", "Karvastan"),
    case("adj-place-name", "Ivan Petrov said Karvastan province had been occupied. Troops "
         "remain in Karvastan.", "ControlEvent", "occupied", "Karvastan"),
]
# fmt: on


@pytest.mark.parametrize(("text", "cls", "trigger", "place"), PLACES)
def test_news_event_place(run, text, cls, trigger, place):
    r = run(text)
    ev = r.event(cls, trigger=trigger)
    assert place in [p.removesuffix(" province") for p in r.labels(ev.places)], r.summary()


# fmt: off
NO_PLACE = [
    # (text, class, trigger): the place of the clause is not the event's
    case("after-the-vote", "Clashes broke out in Karvastan after the vote.",
         "GovernanceEvent", "vote"),
    case("no-place-said", "Maria Kovacs resigned on Monday.", "PersonnelEvent", "resigned"),
    case("two-places-in-sentence-no-guess", "Maria Kovacs resigned after talks in Halvik and "
         "a rally in Karvastan.", "PersonnelEvent", "resigned"),
    case("named-thing-is-no-description", "Protesters marched into Halvik on Monday. "
         "Tomas Berg was arrested at the Redwater Group offices.", "JusticeEvent", "arrested"),
]
# fmt: on


@pytest.mark.parametrize(("text", "cls", "trigger"), NO_PLACE)
def test_news_event_no_place(run, text, cls, trigger):
    r = run(text)
    ev = r.event(cls, trigger=trigger)
    assert not ev.places, r.summary()


def test_news_fell_needs_a_place(run):
    r = run("Shares fell in London on Monday.")
    assert not r.events_of("ControlEvent"), r.summary()


# ---------------------------------------------------------------- agents (#9 #29)

# fmt: off
AGENTS = [
    # (text, class, trigger, agent)
    case("claimant-passive-control", '"The Halvik radio station has been taken over," '
         "Northern Legion spokesman Ivan Petrov said.", "ControlEvent", "taken over",
         "Northern Legion"),
    case("spokesman-their-fighters", "Northern Legion spokesman Ivan Petrov said their "
         "fighters had captured Karvastan.", "ControlEvent", "captured", "Northern Legion"),
    case("spokesman-we", '"We have captured Karvastan," Northern Legion spokesman Ivan '
         "Petrov said.", "ControlEvent", "captured", "Northern Legion"),
    case("organisation-it", "The Northern Legion said it had captured Karvastan.",
         "ControlEvent", "captured", "Northern Legion"),
    case("description-the-movement", "The Northern Legion said the movement had seized the "
         "Halvik radio station.", "ControlEvent", "seized", "Northern Legion"),
    case("participle-inherits", "The Northern Legion bombed the Halvik depot on Friday, "
         "killing two guards.", "LifeEvent", "killing", "Northern Legion"),
    case("campaign-after", "The Northern Legion entered Karvastan after a week-long "
         "offensive.", "ConflictEvent", "offensive", "Northern Legion"),
    case("possessive-bound-to-subject", "The Meridian Times reported on the war. The "
         "Northern Legion stepped up its bombardment of Karvastan.", "ConflictEvent",
         "bombardment", "Northern Legion"),
    case("it-for-a-country", "Protesters marched in Karvastan on Monday. Karvastan has "
         "rejected the plan. It has launched air raids on Halvik.", "ConflictEvent", "raids",
         "Karvastan"),
    case("it-for-the-group-named-last", "The Northern Legion met in Karvastan. It attacked "
         "the port.", "ConflictEvent", "attacked", "Northern Legion"),
    case("explicit-agent-kept", "Northern Legion spokesman Ivan Petrov said Karvastan had "
         "been captured by the Elin Police Department.", "ControlEvent", "captured",
         "Elin Police Department"),
]
# fmt: on


@pytest.mark.parametrize(("text", "cls", "trigger", "agent"), AGENTS)
def test_news_event_agent(run, text, cls, trigger, agent):
    r = run(text)
    ev = r.event(cls, trigger=trigger)
    assert r.labels(ev.agents) == [agent], r.summary()


# fmt: off
NO_AGENT = [
    # (text, class, trigger): the clause's subject is not the event's agent
    case("passive-verb-during", "Maria Kovacs was injured during clashes with fans.",
         "ConflictEvent", "clashes"),
    case("subordinate-participle", "While fleeing, the guards were shot by the Northern "
         "Legion.", "MovementEvent", "fleeing"),
    case("after-non-campaign-verb", "Maria Kovacs resigned after the attack.",
         "ConflictEvent", "attack"),
]
# fmt: on


@pytest.mark.parametrize(("text", "cls", "trigger"), NO_AGENT)
def test_news_event_no_inherited_agent(run, text, cls, trigger):
    r = run(text)
    ev = r.event(cls, trigger=trigger)
    assert not ev.agents, r.summary()


def test_news_in_control_subject_is_agent(run):
    r = run("The Northern Legion said it was in control of Karvastan.")
    ev = r.event("ControlEvent", trigger="control")
    assert r.labels(ev.agents) == ["Northern Legion"], r.summary()


def test_news_under_control_without_a_place_is_no_event(run):
    r = run("Ivan Petrov said the project was under control.")
    assert not r.events_of("ControlEvent"), r.summary()


def test_news_loss_is_not_the_speakers_claim(run):
    r = run("Troops entered Karvastan on Monday. The Northern Legion said the city had been "
            "lost to the rebels.")
    ev = r.event("ControlEvent", trigger="lost")
    assert not ev.agents, r.summary()


# fmt: off
NO_CLAIMANT = [
    # (text, class, trigger): the speaker is no side of the event
    case("person-passive", "Maria Kovacs said the town hall in Karvastan had been taken "
         "over.", "ControlEvent", "taken over"),
    case("person-description", "Maria Kovacs said the army had seized Karvastan.",
         "ControlEvent", "seized"),
    case("salience-is-no-agent", "The Meridian Times reported that the army had seized "
         "Karvastan. The army has seized Halvik.", "ControlEvent", "seized"),
]
# fmt: on


@pytest.mark.parametrize(("text", "cls", "trigger"), NO_CLAIMANT)
def test_news_event_no_claimant_agent(run, text, cls, trigger):
    """The reporter is never the agent; a described actor ("the army", an organisation
    named by a common noun) may be, since the text names it as the one who acted."""
    r = run(text)
    found = [e for e in r.events_of(cls) if trigger in e.trigger]
    agents = {r.label(k) for e in found for k in e.agents}
    assert found and not agents & {"Maria Kovacs", "Meridian Times"}, r.summary()
    assert agents <= {"army"}, r.summary()


def test_news_description_named_before(run):
    r = run("The Kelvar Militia met on Monday. The Meridian Times reported the news. The "
            "militia seized Karvastan.")
    ev = r.event("ControlEvent", trigger="seized")
    assert r.labels(ev.agents) == ["Kelvar Militia"], r.summary()


def test_news_the_group_is_the_one_just_named(run):
    r = run("Fighters of the Northern Legion marched into Halvik on Monday. The group captured "
            "Karvastan on Tuesday.")
    ev = r.event("ControlEvent", trigger="captured")
    assert r.labels(ev.agents) == ["Northern Legion"], r.summary()


def test_news_denied_control_gets_no_claimant_agent(run):
    r = run("Northern Legion spokesman Ivan Petrov denied that Karvastan had been captured.")
    ev = r.event("ControlEvent", trigger="captured")
    assert not ev.agents, r.summary()


def test_news_proposition_is_control_at_place(run):
    r = run("Northern Legion spokesman Ivan Petrov said on Thursday their fighters had "
            "captured the centre of Karvastan.")
    s = r.statement_by("Ivan Petrov")
    ev = r.proposition(s)
    assert ev.type == "ControlEvent", r.summary()
    assert r.labels(ev.places) == ["Karvastan"], r.summary()
    assert s.date is not None and s.date.value == "2024-03-14", r.summary()


def test_news_proposition_in_a_quote_that_runs_on(run):
    r = run('Ivan Petrov wrote: "I am a proud man today. The Northern Legion captured '
            'Karvastan! This is a great day!"')
    s = r.statement_by("Ivan Petrov")
    ev = r.proposition(s)
    assert ev.type == "ControlEvent" and r.labels(ev.places) == ["Karvastan"], r.summary()


def test_news_side_of_a_member_speaker(run):
    r = run("Tomas Berg, a member of the Northern Legion, said their forces had captured "
            "Karvastan.")
    ev = r.event("ControlEvent", trigger="captured")
    assert r.labels(ev.agents) == ["Northern Legion"], r.summary()


# ---------------------------------------------------------------- dates (#21 #25 #30)

# fmt: off
DATES = [
    # (text, class, trigger, value)
    case("date-span-comma", "Maria Kovacs quit Tuesday, days after the vote.",
         "PersonnelEvent", "quit", "2024-03-12"),
    case("clause-date-reported", "The Elin Police Department reported deadly clashes on "
         "Tuesday with smugglers.", "ConflictEvent", "clashes", "2024-03-12"),
    case("clause-date-statement-claiming", "The Northern Legion late on Thursday released a "
         "statement claiming to have taken over Karvastan.", "ControlEvent", "taken over",
         "2024-03-14"),
    case("clock-time-in-quote", '"The Northern Legion took control of the camp around '
         '10 a.m.," Ivan Petrov said on Thursday.', "ControlEvent", "took", "2024-03-14"),
    case("day-and-day-part-tagged-apart", "The rebels withdrew Saturday night, Ivan Petrov "
         "said.", "MovementEvent", "withdrew", "2024-03-09"),
    case("future-yearless-day-ahead", "Maria Kovacs will visit Halvik on February 18.",
         "MovementEvent", "visit", "2025-02-18"),
    case("past-yearless-day-behind", "Maria Kovacs visited Halvik on February 18.",
         "MovementEvent", "visited", "2024-02-18"),
    case("early-morning-raids", "Police detained the editor Maria Kovacs in early morning "
         "raids.", "JusticeEvent", "detained", "2024-03-15"),
    case("early-morning-attack", "The Northern Legion launched an attack on Karvastan in "
         "early morning raids.", "ConflictEvent", "raids", "2024-03-15"),
    case("last-week", "Six people were killed in an attack on Karvastan last week.",
         "ConflictEvent", "attack", "2024-03"),
    case("day-part", "Maria Kovacs was injured during clashes with fans Saturday night.",
         "LifeEvent", "injured", "2024-03-09"),
]
# fmt: on


@pytest.mark.parametrize(("text", "cls", "trigger", "value"), DATES)
def test_news_event_date(run, text, cls, trigger, value):
    r = run(text)
    ev = r.event(cls, trigger=trigger)
    assert ev.date is not None and ev.date.value == value, r.summary()


# fmt: off
NO_DATES = [
    # (text, class, trigger): the clause's date is not the event's
    case("after-the-vote", "Maria Kovacs quit on Tuesday after the vote.",
         "GovernanceEvent", "vote"),
    case("relative-clause", "Tomas Berg, who was arrested in Halvik, spoke on Monday.",
         "JusticeEvent", "arrested"),
    # a past perfect deed a dated statement tells is its news (test_extract_dates_s30.py),
    # one set before the saying is not
    case("past-perfect-complement-earlier", "Ivan Petrov said on Monday that Tomas Berg had "
         "previously fled to Halvik.", "MovementEvent", "fled"),
    case("next-week", "Maria Kovacs will travel to Halvik next week.",
         "MovementEvent", "travel"),
]
# fmt: on


@pytest.mark.parametrize(("text", "cls", "trigger"), NO_DATES)
def test_news_event_no_date(run, text, cls, trigger):
    r = run(text)
    ev = r.event(cls, trigger=trigger)
    assert ev.date is None, r.summary()


# ---------------------------------------------------------------- statement date

# fmt: off
STATEMENT_DATES = [
    # (text, speaker, value)
    case("hours-after", "The statement came hours after Calder Motors claimed to have "
         "bought the Halvik mill.", "Calder Motors", "2024-03-15"),
    case("hours-after-opening", "Hours after the vote, Calder Motors said the deal was off.",
         "Calder Motors", "2024-03-15"),
    case("day-after-cue", "Calder Motors said on Thursday it had sold the Halvik mill.",
         "Calder Motors", "2024-03-14"),
    case("possessive-day-is-the-event", "Calder Motors said Tuesday's sale was final.",
         "Calder Motors", "2024-03-15"),
    case("carried-from-speakers-dated-statement", "Calder Motors announced on Thursday that "
         "it had sold the Halvik mill. In a letter, Calder Motors said: \"The sale is final.\"",
         "Calder Motors", "2024-03-14"),
    case("years-still-vague", "Calder Motors has said for years that the mill would close.",
         "Calder Motors", None),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "value"), STATEMENT_DATES)
def test_news_statement_date(run, text, speaker, value):
    r = run(text)
    s = r.statements_by(speaker)[-1]
    assert (s.date.value if s.date else None) == value, r.summary()


def test_news_statement_date_not_carried_to_another_speaker(run):
    r = run("Calder Motors announced on Thursday that it had sold the Halvik mill. Maria "
            "Kovacs said the sale was a mistake.")
    s = r.statement_by("Maria Kovacs")
    assert s.date is not None and s.date.value == "2024-03-15", r.summary()


def test_news_statement_date_not_carried_far(run):
    r = run("Calder Motors announced on Thursday that it had sold the Halvik mill. The mill "
            "opened in 1990. It employs 200 people. Its owners changed twice. Workers were "
            "told in a meeting. Calder Motors said the sale was final.")
    s = r.statements_by("Calder Motors")[-1]
    assert s.date is not None and s.date.value == "2024-03-15", r.summary()
