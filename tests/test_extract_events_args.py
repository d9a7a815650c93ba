"""kg.extract events, second wave (issue 11): the roles of an event's arguments and the
event a statement asserts. A subject borrowed from a raising verb acts ("X is set to
visit Y"); "lost to X" names the taker; a denial of "the claim" denies the claim's event;
a phone conversation is a contact.

Every sentence is invented. The articles are published on Friday 2024-03-15.
"""

from __future__ import annotations

import pytest
from cases import case

# ------------------------------------------------- subject of a raising verb (agent)

# fmt: off
RAISED_AGENTS = [
    # (text, class, trigger, agent): the passive is the verb above, not the event's
    case("set-to-visit", "Mayor Ilse Morrow is set to visit Halvik on Friday, officials "
         "said.", "MovementEvent", "visit", "Ilse Morrow"),
    case("forced-to-withdraw", "The Harbour Guard was forced to withdraw from Halvik.",
         "MovementEvent", "withdraw", "Harbour Guard"),
    case("expected-to-meet", "Tomas Berg is expected to meet Maria Kovacs in Halvik next "
         "week.", "ContactEvent", "meet", "Tomas Berg"),
    case("scheduled-to-arrive", "The Northern Legion is scheduled to arrive in Halvik on "
         "Monday.", "MovementEvent", "arrive", "Northern Legion"),
]
# fmt: on


@pytest.mark.parametrize(("text", "cls", "trigger", "agent"), RAISED_AGENTS)
def test_raised_subject_is_the_agent(run, text, cls, trigger, agent):
    r = run(text)
    ev = r.event(cls, trigger=trigger)
    assert agent in r.labels(ev.agents), r.summary()
    assert agent not in r.labels(ev.participants), r.summary()


# fmt: off
RAISED_PATIENTS = [
    # (text, class, trigger, participant): the event's own passive: its subject undergoes it
    case("expected-to-be-arrested", "Tomas Berg is expected to be arrested in Halvik.",
         "JusticeEvent", "arrested", "Tomas Berg"),
    case("said-to-have-been-detained", "Maria Kovacs was said to have been detained in "
         "Halvik.", "JusticeEvent", "detained", "Maria Kovacs"),
    case("plain-passive", "Tomas Berg was arrested in Halvik on Monday.", "JusticeEvent",
         "arrested", "Tomas Berg"),
]
# fmt: on


@pytest.mark.parametrize(("text", "cls", "trigger", "who"), RAISED_PATIENTS)
def test_passive_event_subject_is_no_agent(run, text, cls, trigger, who):
    r = run(text)
    ev = r.event(cls, trigger=trigger)
    assert who not in r.labels(ev.agents), r.summary()
    assert who in r.labels(ev.participants), r.summary()


# ------------------------------------------------- "lost to X": the taker is the agent

# fmt: off
LOST_TO = [
    # (text, agent, place)
    case("said-lost-to", "The Kelvar Militia said the city of Marlow had been lost to the "
         "Harbour Guard.", "Harbour Guard", "Marlow"),
    case("admitted-lost-to", "Officials admitted on Monday that the town of Halvik was lost "
         "to the Northern Legion.", "Northern Legion", "Halvik"),
    case("active-lost-to", "The army lost the town of Halvik to the Northern Legion on "
         "Sunday.", "Northern Legion", "Halvik"),
]
# fmt: on


@pytest.mark.parametrize(("text", "agent", "place"), LOST_TO)
def test_lost_to_names_the_taker(run, text, agent, place):
    r = run(text)
    ev = r.event("ControlEvent", trigger="lost")
    assert agent in r.labels(ev.agents), r.summary()
    assert place in r.labels(ev.places), r.summary()


def test_lost_without_to_has_no_taker(run):
    """Near miss: "lost X" with a "to" that is no taker ("to shelling") names no agent."""
    r = run("The Kelvar Militia said the town of Halvik had been lost to heavy shelling.")
    ev = r.event("ControlEvent", trigger="lost")
    assert not ev.agents, r.summary()


def test_fought_to_is_no_taker(run):
    """Near miss: "to X" on a verb that is no loss ("moved to X") stays a place."""
    r = run("The Harbour Guard moved its fighters to the town of Halvik on Monday.")
    for ev in r.events_of("ControlEvent"):
        assert "Halvik" not in r.labels(ev.agents), r.summary()


# ------------------------------------------------- a denial of "the claim"

# fmt: off
DENIALS = [
    # (text, denier)
    case("denied-the-claim", "The Kelvar Militia said on Monday it had captured the city of "
         "Marlow. The Harbour Guard denied the claim.", "Harbour Guard"),
    case("dismissed-reports", "The Kelvar Militia said on Monday it had captured the city of "
         "Marlow. The Harbour Guard dismissed the reports as lies.", "Harbour Guard"),
    case("rejected-claims", "The Kelvar Militia announced on Tuesday that it had seized the "
         "town of Halvik. Tomas Berg, a spokesman for the Harbour Guard, rejected the "
         "claims.", "Tomas Berg"),
]
# fmt: on


@pytest.mark.parametrize(("text", "denier"), DENIALS)
def test_denial_of_the_claim_shares_its_proposition(run, text, denier):
    r = run(text)
    claim = r.statement_by("Kelvar Militia")
    denial = r.statement_by(denier)
    assert denial.stance == "Deny", r.summary()
    assert denial.proposition is not None, r.summary()
    assert denial.proposition == claim.proposition, r.summary()
    assert r.proposition(denial).type == "ControlEvent", r.summary()


def test_own_event_is_kept_over_the_claims(run):
    """Near miss: a denial with an event of its own keeps it."""
    r = run("The Kelvar Militia said on Monday it had captured the city of Marlow. The Harbour "
            "Guard denied that its fighters had fled from Marlow.")
    denial = r.statement_by("Harbour Guard")
    assert r.proposition(denial).type == "MovementEvent", r.summary()


def test_claim_without_event_lends_nothing(run):
    """Near miss: when the claim answered has no event, the denial has none either."""
    r = run("The Kelvar Militia said on Monday the mood was good. The Harbour Guard denied "
            "the claim.")
    denial = r.statement_by("Harbour Guard")
    assert denial.proposition is None, r.summary()


# ------------------------------------------------- lexicon: conversation

# fmt: off
CONVERSATIONS = [
    case("held-phone-conversation", "Maria Kovacs held a phone conversation with Tomas Berg "
         "on Thursday."),
    case("conversation-took-place", "A conversation between Maria Kovacs and Tomas Berg took "
         "place in Halvik."),
    case("asked-for-conversation", "The Harbour Guard asked the Kelvar Militia to have a "
         "phone conversation on Thursday."),
]
# fmt: on


@pytest.mark.parametrize("text", CONVERSATIONS)
def test_conversation_is_contact(run, text):
    r = run(text)
    assert r.event("ContactEvent", trigger="conversation"), r.summary()


def test_conversation_as_modifier_is_no_event(run):
    """Near miss: "conversation" modifying another noun ("conversation piece") is none."""
    r = run("The mural became a conversation piece in Halvik.")
    assert not r.events_of("ContactEvent"), r.summary()


# ------------------------------------------------- a country's forces act for it

# fmt: off
FORCES = [
    # (text, class, trigger): the country named earlier is the agent
    case("troops-captured", "Fighting continued in Veska on Monday. Veskan troops captured "
         "the town of Halvik on Sunday.", "ControlEvent", "captured"),
    case("shelled-by-forces", "Fighting continued in Veska on Monday. The town of Halvik was "
         "shelled by Veskan forces on Sunday.", "ConflictEvent", "shelled"),
    case("soldiers-entered", "Protests spread across Veska. Veskan soldiers entered the town "
         "of Halvik on Sunday.", "MovementEvent", "entered"),
    case("warplanes-bombed", "Talks were held in Veska on Monday. Veskan warplanes bombed "
         "the town of Halvik.", "ConflictEvent", "bombed"),
]
# fmt: on


@pytest.mark.parametrize(("text", "cls", "trigger"), FORCES)
def test_national_forces_act_for_their_country(run, text, cls, trigger):
    r = run(text)
    ev = r.event(cls, trigger=trigger)
    assert r.labels(ev.agents) == ["Veska"], r.summary()
    assert "Veska" not in r.labels(ev.places), r.summary()


# fmt: off
NOT_FORCES = [
    # (text, class, trigger): a nationality on a noun that is no armed force
    case("fans-marched", "Protests spread across Veska. Veskan fans marched into the town of "
         "Halvik.", "MovementEvent", "marched"),
    case("no-such-country", "Fighting continued in Halvik on Monday. Kelvarese troops "
         "captured the town of Halvik on Sunday.", "ControlEvent", "captured"),
]
# fmt: on


@pytest.mark.parametrize(("text", "cls", "trigger"), NOT_FORCES)
def test_nationality_alone_is_no_agent(run, text, cls, trigger):
    r = run(text)
    ev = r.event(cls, trigger=trigger)
    assert not ev.agents, r.summary()


# ------------------------------------------------- the place an event strikes

# fmt: off
STRUCK = [
    # (text, class, trigger, place)
    case("fighting-rocked", "Fighting has rocked the town of Halvik since Monday.",
         "ConflictEvent", "Fighting", "Halvik"),
    case("rocked-by-fighting", "The town of Halvik has been rocked by fighting since Monday.",
         "ConflictEvent", "fighting", "Halvik"),
    case("protests-gripped", "Protests have gripped Veska for weeks.", "ProtestEvent",
         "Protests", "Veska"),
]
# fmt: on


@pytest.mark.parametrize(("text", "cls", "trigger", "place"), STRUCK)
def test_place_an_event_strikes(run, text, cls, trigger, place):
    r = run(text)
    ev = r.event(cls, trigger=trigger)
    assert r.labels(ev.places) == [place], r.summary()


def test_struck_organisation_is_no_place(run):
    """Near miss: what the event strikes is no place ("rocked the shares of X")."""
    r = run("Fighting has rocked the shares of Halvik Mining.")
    ev = r.event("ConflictEvent", trigger="Fighting")
    assert not ev.places, r.summary()


# ------------------------------------------------- a place that is to be taken

# fmt: off
TO_BE_TAKEN = [
    # (text, trigger, factuality)
    case("yet-to-be-taken", "Fighting went on in Halvik. A monitor said the town had yet to "
         "be completely taken.", "taken", "Denied"),
    case("expected-to-be-captured", "Fighting went on in Halvik. The town of Halvik is "
         "expected to be captured within days.", "captured", "Future"),
    case("has-yet-to-be-seized", "Fighting went on in Halvik. The port of Halvik has yet to "
         "be seized.", "seized", "Denied"),
]
# fmt: on


@pytest.mark.parametrize(("text", "trigger", "factuality"), TO_BE_TAKEN)
def test_borrowed_passive_subject_is_the_place(run, text, trigger, factuality):
    r = run(text)
    ev = r.event("ControlEvent", trigger=trigger)
    assert r.labels(ev.places) == ["Halvik"], r.summary()
    assert ev.factuality == factuality, r.summary()


def test_borrowed_subject_that_is_no_place(run):
    """Near miss: "taken" on a subject that is no place is no change of control."""
    r = run("Fighting went on in Halvik. The bid is expected to be taken seriously.")
    assert not r.events_of("ControlEvent"), r.summary()


def test_yet_to_be_taken_proposition(run):
    r = run("Fighting went on in Halvik. Tomas Berg, a spokesman for the Harbour Guard, said "
            "the town had yet to be taken.")
    s = r.statement_by("Tomas Berg")
    ev = r.proposition(s)
    assert ev.type == "ControlEvent" and r.labels(ev.places) == ["Halvik"], r.summary()


# ------------------------------------------------- lexicon: modified nouns, posts taken

# fmt: off
MODIFIED = [
    # (text, class, trigger)
    case("air-strikes", "Veskan jets carried out air strikes on the town of Halvik "
         "overnight.", "ConflictEvent", "strikes"),
    case("drone-strikes", "Drone strikes hit the port of Halvik.", "ConflictEvent",
         "strikes"),
    case("air-strikes-reported", "Air strikes were reported near Halvik on Monday.",
         "ConflictEvent", "strikes"),
    case("death-toll", "The death toll in Halvik rose to 40 on Monday.", "LifeEvent",
         "toll"),
    case("took-over-as", "Tomas Berg took over as acting president in May.",
         "PersonnelEvent", "took over"),
    case("took-over-as-chief", "Maria Kovacs took over as chief executive of the Redwater "
         "Group last year.", "PersonnelEvent", "took over"),
]
# fmt: on


@pytest.mark.parametrize(("text", "cls", "trigger"), MODIFIED)
def test_modified_and_role_triggers(run, text, cls, trigger):
    r = run(text)
    assert r.event(cls, trigger=trigger), r.summary()


# fmt: off
NOT_MODIFIED = [
    # (text, class, trigger): the plain noun keeps its reading
    case("workers-strike", "Workers held a strike in Halvik.", "ConflictEvent", "strike"),
    case("took-over-town", "The Northern Legion took over Halvik on Monday.",
         "PersonnelEvent", "took over"),
    case("toll-road", "The toll on the Halvik bridge rose on Monday.", "LifeEvent", "toll"),
]
# fmt: on


@pytest.mark.parametrize(("text", "cls", "trigger"), NOT_MODIFIED)
def test_unmodified_nouns_keep_their_class(run, text, cls, trigger):
    r = run(text)
    assert not [e for e in r.events_of(cls) if trigger in e.trigger], r.summary()


# ------------------------------------------------- "claiming to have done": the claimer did

# fmt: off
CLAIMED_DEEDS = [
    # (text, claimer, trigger)
    case("statement-claiming", "The Harbour Guard late on Friday released a statement "
         "claiming to have taken over the town of Halvik.", "Harbour Guard", "taken over"),
    case("issued-statement-claiming", "The Kelvar Militia issued a statement claiming to have "
         "seized the port of Halvik.", "Kelvar Militia", "seized"),
    case("claimed-to-have", "Tomas Berg claimed to have captured the town of Halvik, the "
         "Meridian Times reported.", "Tomas Berg", "captured"),
]
# fmt: on


@pytest.mark.parametrize(("text", "claimer", "trigger"), CLAIMED_DEEDS)
def test_claimer_of_a_deed_is_its_agent(run, text, claimer, trigger):
    r = run(text)
    s = r.statement_by(claimer)
    ev = r.proposition(s)
    assert trigger in ev.trigger and r.labels(ev.agents) == [claimer], r.summary()
    assert r.labels(ev.places) == ["Halvik"], r.summary()


def test_claimed_passive_has_no_claimer_agent(run):
    """Near miss: a person claiming that a place was taken names no taker."""
    r = run("Tomas Berg claimed the town of Halvik had been taken over.")
    ev = r.event("ControlEvent", trigger="taken over")
    assert not ev.agents, r.summary()


# ------------------------------------------------- a verbless "in control of X" quote

# fmt: off
VERBLESS = [
    # (text): the spokesperson's side claims control for itself
    case("firmly-in-control", "“Firmly in control of Halvik,” Kelvar Militia spokesperson "
         "Tomas Berg wrote on Twitter."),
    case("in-full-control", "\"In full control of Halvik,\" Kelvar Militia spokesman Tomas "
         "Berg said on Monday."),
]
# fmt: on


@pytest.mark.parametrize("text", VERBLESS)
def test_verbless_control_is_the_speakers_side(run, text):
    r = run(text)
    ev = r.proposition(r.statement_by("Tomas Berg"))
    assert ev.type == "ControlEvent", r.summary()
    assert r.labels(ev.agents) == ["Kelvar Militia"], r.summary()
    assert r.labels(ev.places) == ["Halvik"], r.summary()


def test_control_with_its_own_subject_is_not_the_speakers(run):
    """Near miss: a quote that names who is in control gives the speaker's side nothing."""
    r = run("\"The Harbour Guard is in control of Halvik,\" Kelvar Militia spokesman Tomas Berg "
            "said on Monday.")
    ev = r.event("ControlEvent", trigger="control")
    assert "Kelvar Militia" not in r.labels(ev.agents), r.summary()


def test_verbless_control_of_a_lone_person_has_no_side(run):
    """Near miss: a speaker who speaks for no one lends no side."""
    r = run("\"In control of Halvik,\" Tomas Berg said on Monday.")
    ev = r.event("ControlEvent", trigger="control")
    assert not ev.agents, r.summary()


# ------------------------------------------------- "X's bid to retake Y": X does it

# fmt: off
EFFORTS = [
    # (text, class, trigger, agent)
    case("battle-to-seize", "There were casualties in the Harbour Guard's battle to seize a "
         "camp in Halvik.", "ControlEvent", "seize", "Harbour Guard"),
    case("bid-to-retake", "The Kelvar Militia renewed its bid to retake the town of Halvik.",
         "ControlEvent", "retake", "Kelvar Militia"),
    case("plan-to-buy", "The Harbour Guard's plan to buy a farm in Halvik was dropped.",
         "TransactionEvent", "buy", "Harbour Guard"),
]
# fmt: on


@pytest.mark.parametrize(("text", "cls", "trigger", "agent"), EFFORTS)
def test_owner_of_an_effort_is_the_agent(run, text, cls, trigger, agent):
    r = run(text)
    ev = r.event(cls, trigger=trigger)
    assert r.labels(ev.agents) == [agent], r.summary()


def test_owner_of_a_thing_is_no_agent(run):
    """Near miss: a possessor of a noun that is no effort ("X's chance to ...") acts not."""
    r = run("Tomas Berg said it was the Harbour Guard's last chance to seize the town of "
            "Halvik.")
    for ev in r.events_of("ControlEvent"):
        assert "Harbour Guard" not in r.labels(ev.agents), r.summary()
