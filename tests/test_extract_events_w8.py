"""kg.extract events, eighth wave: words that look like triggers but name no deed done,
and triggers whose class is read off what they take, in every domain: a participle that
names a kind of people ("the warring parties"); a campaign or an operation of votes,
health, trade or rescue, or a candidate's; closing something that is no business;
launching, releasing, spinning and acquiring what is no product or firm ("launched rockets
at", "released footage of"); holding a gathering; meeting a deadline; attacks in words;
tax returns; escaping a fine. Places along a route; a deed to come has not the day it was
told on, a deed done keeps its own.

Every sentence is invented (names and places are made up). The articles are published on
Friday 2024-03-15.
"""

from __future__ import annotations

import pytest
from cases import case


def with_word(r, word: str) -> list[str]:
    """The classes of the events whose trigger holds ``word``."""
    return [e.type for e in r.ex.events if word in e.trigger.lower()]


# ---------------------------------------------------------------- participles of a kind

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
    case("airspace", "Norland closed its airspace to civilian flights."),
]
BUSINESS_CLOSED = [
    case("mill", "Delta Grain closed its mill in Kelvar last year.", "closed"),
    case("firm-intransitive", "Meridian Holdings closed in 2019.", "closed"),
    case("stores", "The chain will shut three stores in Orrin.", "shut"),
    # a business of a kind no list names stays a business
    case("dairy", "Halvik Farms closed its dairy in Tesk last month.", "closed"),
    case("salons", "Brava Group will shut four salons in Orrin.", "shut"),
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
    case("pronoun-passive", "It will be held at the Orrin Theatre in Kelvar."),
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


# ---------------------------------------------------------------- senses of no deed

# fmt: off
NO_DEED = [
    # (text, a word no event's trigger may hold)
    case("meet-deadline", "The club failed to meet the deadline for registering players.",
         "meet"),
    case("meet-demand", "The hospital could not meet demand during the outbreak.", "meet"),
    case("met-target", "The firm met its sales target in May.", "met"),
    case("demonstrated-engine", "Engineers demonstrated the new engine at a fair in Orrin.",
         "demonstrated"),
    case("demonstrated-that", "The lab demonstrated that the drug works.", "demonstrated"),
    case("currently-sells", "The store currently sells fresh bread and cheese.", "sells"),
    case("regularly-meets", "The council regularly meets in the town hall.", "meets"),
    case("vaccine-trials", "The vaccine succeeded in trials last year.", "trial"),
    case("clinical-trial", "A clinical trial of the drug began in Kelvar in May.", "trial"),
    case("campaign-raised", "Moreno's campaign raised 2 million dollars in May.", "campaign"),
    case("campaign-respond", "The Olsen campaign did not respond to questions.", "campaign"),
    case("campaign-said", "Her campaign said the poll was wrong.", "campaign"),
    case("attacked-in-tweet", "Olsen attacked the mayor in a tweet on Friday.", "attack"),
    case("tweets-targeting", "Late-night tweets targeting the coach angered fans.", "target"),
    case("personal-attacks", "The senator launched personal attacks on her rival.", "attack"),
    case("seized-on", "Critics seized on the remark within hours.", "seized"),
    case("price-war", "The two chains are locked in a price war.", "war"),
    case("war-of-words", "The two leaders fought a war of words over the dam.",
         "fought"),
    case("tax-returns", "Olsen released his tax returns on Friday.", "return"),
    case("strong-returns", "The fund posted strong returns last year.", "return"),
    case("attacked-for", "The minister attacked the mayor for her handling of the floods.",
         "attack"),
    case("blasted-for", "Critics blasted the club for raising ticket prices.", "blasted"),
    case("escaped-punishment", "The coach escaped punishment for the outburst.", "escaped"),
    case("escaped-fine", "The firm escaped a fine in May.", "escaped"),
    case("from-jail", "Three prisoners escaped from the jail in Tesk.", "jail"),
]
DEED = [
    # (text, class, trigger): the same words of a deed done
    case("met-ambassador", "The minister met the ambassador in Orrin on Monday.",
         "ContactEvent", "met"),
    case("met-with", "Ada Moreno met with union leaders on Tuesday.", "ContactEvent", "met"),
    case("leaders-met", "The two leaders met in Kelvar last week.", "ContactEvent", "met"),
    case("demonstrated-in", "Thousands demonstrated in Tesk on Sunday.", "ProtestEvent",
         "demonstrated"),
    case("demonstrated-against", "Nurses demonstrated against the cuts outside parliament.",
         "ProtestEvent", "demonstrated"),
    case("sold-plant", "Meridian sold its Orrin plant to Delta Grain in May.",
         "TransactionEvent", "sold"),
    case("army-campaign", "The army's campaign against the rebels lasted a year.",
         "ConflictEvent", "campaign"),
    case("convoy-attacked", "Gunmen attacked the minister's convoy near Orrin.",
         "ConflictEvent", "attacked"),
    case("targeted-drones", "Rebels targeted the airport with drones.", "ConflictEvent",
         "targeted"),
    case("seized-airport", "The rebels seized the airport on Monday.", "ControlEvent",
         "seized"),
    case("war-in", "The war in Veska has killed thousands.", "ConflictEvent", "war"),
    case("war-of-attrition", "A war of attrition dragged on near Tesk.", "ConflictEvent",
         "war"),
    case("return-to", "Refugees began their return to Orrin in May.", "MovementEvent",
         "return"),
    case("attacked-second-time", "Rebels attacked the convoy for the second time this week.",
         "ConflictEvent", "attacked"),
    case("escaped-from", "Three prisoners escaped from the jail in Tesk.", "MovementEvent",
         "escaped"),
]
# fmt: on


@pytest.mark.parametrize(("text", "word"), NO_DEED)
def test_senses_that_are_no_deed(run, text, word):
    r = run(text)
    assert not with_word(r, word), r.summary()


@pytest.mark.parametrize(("text", "cls", "trigger"), DEED)
def test_the_same_words_of_a_deed_stay_events(run, text, cls, trigger):
    run(text).event(cls, trigger=trigger)


# ---------------------------------------------------------------- the day of the saying

# fmt: off
SAID_AHEAD = [
    # (text, trigger, class): a deed to come, told on a day, has no day of its own
    case("would-talks", "The rebels said on Friday they would hold talks.", "ContactEvent",
         "talks"),
    case("will-close", "Delta Grain announced on Tuesday that it will close the plant.",
         "BusinessEvent", "close"),
    case("could-resume", "The union warned on Sunday that strikes could resume.",
         "ProtestEvent", "strikes"),
    case("would-resign", "The coach said on Monday he would resign.", "PersonnelEvent",
         "resign"),
    case("might-attack", "Officials said on Thursday the rebels might attack the port.",
         "ConflictEvent", "attack"),
]
OWN_DAY = [
    # (text, class, trigger, date): a deed keeps its own day, else the day it was told
    case("own-day", "The rebels said on Friday they had captured Tesk on Thursday.",
         "ControlEvent", "captured", "2024-03-14"),
    case("own-month", "Delta Grain said on Tuesday it would close the plant in June.",
         "BusinessEvent", "close", "2024-06"),
    case("told-day", "Police said on Monday they arrested two men.", "JusticeEvent",
         "arrested", "2024-03-11"),
]
# fmt: on


@pytest.mark.parametrize(("text", "cls", "trigger"), SAID_AHEAD)
def test_a_deed_to_come_has_not_the_day_it_was_told(run, text, cls, trigger):
    r = run(text)
    assert r.event(cls, trigger=trigger).date is None, r.summary()


@pytest.mark.parametrize(("text", "cls", "trigger", "date"), OWN_DAY)
def test_a_deed_keeps_its_own_day(run, text, cls, trigger, date):
    r = run(text)
    ev = r.event(cls, trigger=trigger)
    assert ev.date is not None and ev.date.value == date, r.summary()
