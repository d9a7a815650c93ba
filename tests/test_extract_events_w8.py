"""kg.extract events, eighth wave: words that look like triggers but name no deed done,
and triggers whose class is read off what they take, in every domain: a deed after
"without" ("took the palace without a fight"); a participle that names a kind of people
("the warring parties"); a campaign or an operation of votes, health, trade or rescue;
closing something that is no business; launching, releasing, spinning and acquiring
what is no product or firm ("launched rockets at", "released footage of").

Every sentence is invented (names and places are made up). The articles are published on
Friday 2024-03-15.
"""

from __future__ import annotations

import pytest


def case(id_: str, *values, why: str | None = None):
    """One table row; ``why`` marks a documented engine failure (strict xfail)."""
    marks = [pytest.mark.xfail(strict=True, reason=why)] if why else []
    return pytest.param(*values, id=id_, marks=marks)


def with_word(r, word: str) -> list[str]:
    """The classes of the events whose trigger holds ``word``."""
    return [e.type for e in r.ex.events if word in e.trigger.lower()]


# ---------------------------------------------------------------- deeds that did not happen

# fmt: off
WITHOUT = [
    # (text, the word after "without", the deed that did happen or None)
    case("palace-fight", "The guard took the palace without a fight on Sunday.", "fight", None),
    case("budget-vote", "The budget was approved without a vote in March.", "vote",
         ("GovernanceEvent", "approved")),
    case("town-resistance", "Rebels entered Tesk without resistance.", "resistance",
         ("MovementEvent", "entered")),
    case("convoy-attack", "The convoy crossed into Veska without an attack on the way.",
         "attack", ("MovementEvent", "crossed")),
    case("strike-arrests", "The strike ended without any arrests.", "arrest",
         ("ProtestEvent", "strike")),
    case("mayor-runoff", "Voters chose a mayor without a runoff election.", "election", None),
    case("gerund-firing", "The militia entered Tesk without firing a shot.", "firing",
         ("MovementEvent", "entered")),
]
# fmt: on


@pytest.mark.parametrize(("text", "absent", "deed"), WITHOUT)
def test_a_deed_after_without_is_no_event(run, text, absent, deed):
    r = run(text)
    assert not with_word(r, absent), r.summary()
    if deed:
        r.event(deed[0], trigger=deed[1])


# fmt: off
KINDS = [
    # (text, the participle that names a kind of people)
    case("warring", "The warring parties agreed to a truce in Orrin.", "warring"),
    case("invading", "The invading army was stopped near Tesk.", "invading"),
    case("ruling", "The ruling coalition met on Monday.", "ruling"),
    case("governing", "Kelvar's governing party lost seats in May.", "governing"),
    case("attacking", "The attacking side scored twice in the first half.", "attacking"),
    case("occupying", "Occupying forces left their barracks in Kelvar on Monday.",
         "occupying"),
]
# The same verbs as the predicate of a clause are deeds.
DEEDS = [
    case("occupying-verb", "Troops were occupying the town of Tesk on Monday.",
         "ControlEvent", "occupying"),
    case("fighting-subject", "Fighting raged in Orrin on Tuesday.", "ConflictEvent",
         "fighting"),
    case("invaded", "The army invaded Tesk in May.", "ConflictEvent", "invaded"),
]
# fmt: on


@pytest.mark.parametrize(("text", "word"), KINDS)
def test_a_participle_of_kind_is_no_event(run, text, word):
    r = run(text)
    assert not with_word(r, word), r.summary()


@pytest.mark.parametrize(("text", "cls", "trigger"), DEEDS)
def test_the_same_verbs_as_predicates_stay_events(run, text, cls, trigger):
    run(text).event(cls, trigger=trigger)


# ---------------------------------------------------------------- campaigns and operations

# fmt: off
CIVIL = [
    case("election", "The party began an election campaign in Orrin."),
    case("vaccination", "Veska Health started a vaccination campaign in Kelvar last week."),
    case("fundraising", "The charity ran a fundraising drive across Tesk."),
    case("rescue", "Divers joined a search and rescue operation off Orrin."),
    case("retail", "The bank expanded its retail operations in Kelvar."),
    case("publicity", "The club launched a publicity campaign for its new stadium."),
]
ARMED = [
    case("bombing", "The army began a bombing campaign against the rebels in Kelvar."),
    case("air", "Veska launched an air campaign over Orrin."),
    case("plain", "The army began a campaign against the rebels in Kelvar."),
]
# fmt: on


@pytest.mark.parametrize("text", CIVIL)
def test_civil_campaigns_are_no_fighting(run, text):
    r = run(text)
    assert not r.events_of("ConflictEvent"), r.summary()


@pytest.mark.parametrize("text", ARMED)
def test_armed_campaigns_stay_conflicts(run, text):
    run(text).event("ConflictEvent", trigger="campaign")


# ---------------------------------------------------------------- what is closed

# fmt: off
NOT_BUSINESS_CLOSED = [
    case("border", "The army closed the border with Veska on Monday."),
    case("airport", "The government shut the airport for two days."),
    case("schools", "Officials closed schools in Kelvar after the floods."),
    case("embassy", "The ministry closed its embassy in Orrin."),
    case("hearing", "The court closed the hearing to the public."),
    case("crossing", "The council shut the crossing at Tesk."),
    case("talks", "Talks will close on Friday without a deal."),
]
BUSINESS_CLOSED = [
    case("mill", "Delta Grain closed its mill in Kelvar last year.", "closed"),
    case("firm-intransitive", "Meridian Holdings closed in 2019.", "closed"),
    case("stores", "The chain will shut three stores in Orrin.", "shut"),
]
# fmt: on


@pytest.mark.parametrize("text", NOT_BUSINESS_CLOSED)
def test_closing_what_is_no_business_is_no_business_event(run, text):
    r = run(text)
    assert not r.events_of("BusinessEvent"), r.summary()


@pytest.mark.parametrize(("text", "trigger"), BUSINESS_CLOSED)
def test_closing_a_site_or_a_firm_stays_business(run, text, trigger):
    run(text).event("BusinessEvent", trigger=trigger)


# ---------------------------------------------------------------- launched, released, acquired

# fmt: off
BY_OBJECT = [
    # (text, trigger, its class, or None for no event of it)
    case("rockets-at", "Rebels launched rockets at the airport on Monday.", "launched",
         "ConflictEvent"),
    case("missiles-against", "The navy launched missiles against the port of Tesk.",
         "launched", "ConflictEvent"),
    case("car", "Meridian Holdings launched its first electric car on Monday.", "launched",
         "BusinessEvent"),
    case("firm-acquired", "Delta Grain acquired Halvik Mills in 2021.", "acquired",
         "BusinessEvent"),
    case("weapons-acquired", "The militia acquired new weapons last year.", "acquired",
         "TransactionEvent"),
    case("footage", "The rebels released footage of the raid.", "released", None),
    case("figures", "The ministry released figures on Friday.", "released", None),
    case("spun", "The rebels spun the defeat as a retreat.", "spun", None),
]
# fmt: on


@pytest.mark.parametrize(("text", "trigger", "cls"), BY_OBJECT)
def test_launch_release_acquire_by_what_they_take(run, text, trigger, cls):
    r = run(text)
    assert with_word(r, trigger) == ([cls] if cls else []), r.summary()


# ---------------------------------------------------------------- places along a route

# fmt: off
ROUTES = [
    # (text, event class, trigger, a place it must have)
    case("through", "Striking nurses marched through London on Monday.", "MovementEvent",
         "marched", "London"),
    case("within", "Police carried out raids within Texas on Friday.", "ConflictEvent",
         "raids", "Texas"),
    case("throughout", "Protests spread throughout France on Saturday.", "ProtestEvent",
         "protests", "France"),
    case("along", "The army carried out raids along the coast of Italy.", "ConflictEvent",
         "raids", "Italy"),
    case("within-arrests", "Police made arrests within Germany last week.", "JusticeEvent",
         "arrests", "Germany"),
]
# fmt: on


@pytest.mark.parametrize(("text", "cls", "trigger", "place"), ROUTES)
def test_a_place_along_the_route_is_where(run, text, cls, trigger, place):
    r = run(text)
    assert place in r.labels(r.event(cls, trigger=trigger).places), r.summary()


# ---------------------------------------------------------------- what is held

# fmt: off
HELD_NO_GROUND = [
    case("rally", "A rally held in Kelvar drew thousands."),
    case("funeral", "The funeral was held in Tesk on Monday."),
    case("launch-event", "During a launch event held at its Orrin headquarters, Meridian "
         "unveiled a phone."),
    case("pronoun-passive", "It is to be held at the Orrin Theatre in Kelvar."),
    case("suspect", "Police held the suspect in Kelvar for two days."),
    case("summit", "The summit will be held in Orrin next month."),
]
HELD_GROUND = [
    case("town", "The rebels held the town of Orrin for a week."),
    case("positions", "Rebels held positions in Tesk on Monday."),
]
# fmt: on


@pytest.mark.parametrize("text", HELD_NO_GROUND)
def test_holding_a_gathering_or_a_person_takes_no_place(run, text):
    r = run(text)
    assert not with_word(r, "held"), r.summary()


@pytest.mark.parametrize("text", HELD_GROUND)
def test_holding_ground_stays_control(run, text):
    run(text).event("ControlEvent", trigger="held")
