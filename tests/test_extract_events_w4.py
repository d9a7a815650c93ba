"""kg.extract events, fourth wave: places and agents on news nobody tuned the engine for
(courts, business, health, elections, disasters as well as conflict).

Every sentence is invented (names and places are made up). The articles are published on
Friday 2024-03-15.
"""

from __future__ import annotations

import pytest
from cases import case

# ---------------------------------------------------------------- the article's scene

# fmt: off
SCENE = [
    # (text, class, trigger, place): an event no sentence near it places happens where the
    # article set its scene
    case("court-three-sentences-on", "A court in Marlow sentenced Ilse Morrow to six years "
         "on Monday. Morrow had been a popular mayor. Her supporters wept. She was convicted "
         "of taking bribes.", "JusticeEvent", "convicted", "Marlow"),
    case("election-resignation", "Voters in Veska chose a new parliament on Sunday. Turnout "
         "was low. The ruling party lost its majority. The prime minister resigned on "
         "Monday.", "PersonnelEvent", "resigned", "Veska"),
    case("conflict-two-sentences-on", "The army sealed off Halvik on Monday. The governor "
         "was silent. Two soldiers were killed.", "LifeEvent", "killed", "Halvik"),
    case("business-appointment", "Orrin Motors will build a car plant near Kelvar. The "
         "company said the project would cost $1 billion. Shares rose. Its chief executive, "
         "Ada Moreno, was appointed in January.", "PersonnelEvent", "appointed", "Kelvar"),
    case("protest-far-on", "Thousands of teachers gathered in the city of Tesk on Tuesday. "
         "Many carried banners. Some had travelled for hours. The union said the protest "
         "would go on.", "ProtestEvent", "protest", "Tesk"),
    case("sport-club-sacking", "Harrow United lost 3-0 at home in Lunet on Saturday. The "
         "fans booed. The players left quickly. On Sunday the club sacked its coach, Piet "
         "Olsen.", "PersonnelEvent", "sacked", "Lunet"),
]
# fmt: on


@pytest.mark.parametrize(("text", "cls", "trigger", "place"), SCENE)
def test_event_without_place_is_in_the_scene(run, text, cls, trigger, place):
    r = run(text)
    ev = r.event(cls, trigger=trigger)
    assert place in r.labels(ev.places), r.summary()


# fmt: off
OWN_PLACE = [
    # (text, class, trigger, place, not_place): a place of the event's own words, or of the
    # sentence just before, goes before the scene
    case("own-phrase", "Floods hit the town of Tesk on Sunday. The river burst its banks. "
         "Water covered the road. Two people were killed in Kelvar.", "LifeEvent", "killed",
         "Kelvar", "Tesk"),
    case("sentence-before", "A court in Marlow sentenced Ilse Morrow on Monday. Her husband "
         "lives in Orrin. He was arrested on Tuesday.", "JusticeEvent", "arrested", "Orrin",
         "Marlow"),
]
# fmt: on


@pytest.mark.parametrize(("text", "cls", "trigger", "place", "not_place"), OWN_PLACE)
def test_nearer_place_goes_before_the_scene(run, text, cls, trigger, place, not_place):
    r = run(text)
    ev = r.event(cls, trigger=trigger)
    labels = r.labels(ev.places)
    assert place in labels and not_place not in labels, r.summary()


def test_a_country_that_acts_is_no_scene(run):
    r = run("Veska launched air raids on Sunday. Officials said the raids were a warning. "
            "Two soldiers were killed.")
    ev = r.event("LifeEvent", trigger="killed")
    assert "Veska" not in r.labels(ev.places), r.summary()


def test_the_dateline_is_no_scene(run):
    r = run("KELVAR, March 10 (Marlow Courier) - Police arrested two men on Sunday. The men "
            "were charged with theft.")
    ev = r.event("JusticeEvent", trigger="arrested")
    assert "KELVAR" not in r.labels(ev.places), r.summary()


def test_no_place_in_the_article_no_scene(run):
    r = run("Ada Moreno resigned on Monday. She had led the club for a decade.")
    assert r.event("PersonnelEvent", trigger="resigned").places == (), r.summary()


# ---------------------------------------------------------------- coordinated passives

# fmt: off
SHARED_PASSIVE = [
    # (text, class, trigger, patient): a participle coordinated with a passive verb shares
    # its passive: its subject undergoes it, it does not do it
    case("arrested-and-charged", "Ada Moreno was arrested by Kelvar police on Friday and "
         "charged with fraud.", "JusticeEvent", "charged", "Ada Moreno"),
    case("detained-and-released", "Piet Olsen was detained in Orrin and later released on "
         "bail.", "JusticeEvent", "released", "Piet Olsen"),
    case("founded-and-bought", "Delta Grain was founded in 1990 and bought by Orrin Motors "
         "in 2015.", "TransactionEvent", "bought", "Delta Grain"),
    case("promoted-and-sacked", "Mayor Ada Moreno was promoted in 2020 and sacked in 2023.",
         "PersonnelEvent", "sacked", "Ada Moreno"),
]
# fmt: on


@pytest.mark.parametrize(("text", "cls", "trigger", "patient"), SHARED_PASSIVE)
def test_coordinated_passive_subject_undergoes(run, text, cls, trigger, patient):
    r = run(text)
    ev = r.event(cls, trigger=trigger)
    assert patient not in r.labels(ev.agents), r.summary()
    assert patient in r.labels(ev.participants), r.summary()


# fmt: off
ACTIVE_CONJUNCT = [
    # (text, class, trigger, agent): an active verb after a passive one has its own voice
    case("promoted-then-fired", "Ada Moreno was promoted in 2020 and fired Piet Olsen a year "
         "later.", "PersonnelEvent", "fired", "Ada Moreno"),
    case("two-actives", "The Kelvar Militia attacked the depot and seized the bridge.",
         "ControlEvent", "seized", "Kelvar Militia"),
]
# fmt: on


@pytest.mark.parametrize(("text", "cls", "trigger", "agent"), ACTIVE_CONJUNCT)
def test_active_conjunct_keeps_its_agent(run, text, cls, trigger, agent):
    r = run(text)
    assert agent in r.labels(r.event(cls, trigger=trigger).agents), r.summary()


# ---------------------------------------------------------------- set free

# fmt: off
RELEASED_PERSON = [
    # (text, trigger): a person set free is justice, not a product launch
    case("on-bail", "Piet Olsen was detained in Orrin and later released on bail.",
         "released"),
    case("from-prison", "Piet Olsen was released from prison on Monday.", "released"),
    case("named-object", "The court released Ada Moreno after a week.", "released"),
    case("freed-from-custody", "She was freed from custody in Lunet.", "freed"),
]
# fmt: on


@pytest.mark.parametrize(("text", "trigger"), RELEASED_PERSON)
def test_released_person_is_justice(run, text, trigger):
    r = run(text)
    r.event("JusticeEvent", trigger=trigger)


def test_released_product_is_no_justice(run):
    r = run("Orrin Motors released a new car on Monday.")
    assert not r.events_of("JusticeEvent"), r.summary()


# ---------------------------------------------------------------- first person in a quote

# fmt: off
FIRST_PERSON = [
    # (text, class, trigger, agent): "I" in a statement is its speaker, "we" the side a
    # spokesperson speaks for (or the speaking body)
    case("we-body-second-clause", '"We will close the plant in Kelvar and we will sell the '
         'mill," the Orrin Motors Company said on Monday.', "TransactionEvent", "sell",
         "Orrin Motors Company"),
    case("we-spokesman-second-clause", '"We attacked the depot in Orrin and we seized the '
         'bridge," Kelvar Militia spokesman Tomas Brenn said.', "ControlEvent", "seized",
         "Kelvar Militia"),
    case("we-chief-executive", '"Last year we hired 300 workers in Kelvar," said Ada Moreno, '
         "the chief executive of Orrin Motors.", "PersonnelEvent", "hired", "Orrin Motors"),
    case("we-president-federation", '"We met the union in Lunet," Ada Moreno, the president '
         "of the Veska Rowing Federation, said.", "ContactEvent", "met",
         "Veska Rowing Federation"),
    case("i-person", '"I resigned because the board ignored me," Piet Olsen told the Marlow '
         "Courier.", "PersonnelEvent", "resigned", "Piet Olsen"),
]
# fmt: on


@pytest.mark.parametrize(("text", "cls", "trigger", "agent"), FIRST_PERSON)
def test_first_person_in_a_statement_is_its_speaker(run, text, cls, trigger, agent):
    r = run(text)
    assert agent in r.labels(r.event(cls, trigger=trigger).agents), r.summary()


def test_they_in_a_statement_is_not_the_speaker(run):
    r = run('Ada Moreno said she met Piet Olsen in Lunet. "They attacked us in Orrin," she '
            "said.")
    ev = r.event("ConflictEvent", trigger="attacked")
    assert "Ada Moreno" not in r.labels(ev.agents), r.summary()


# ---------------------------------------------------------------- national events

# fmt: off
NATIONAL = [
    # (text, class, trigger, country, town): an election, a coup, martial law are in the
    # country the article is about, not in the town the sentence before named
    case("coup-possessive-president", "Soldiers surrounded the palace in Orrin. Veska's "
         "president said a small group in the army had attempted a coup.", "ControlEvent",
         "coup", "Veska", "Orrin"),
    case("election-nationality-word", "Thousands rallied in Orrin on Sunday. Veska is "
         "divided. The Veskan opposition said the presidential election had been rigged.",
         "GovernanceEvent", "election", "Veska", "Orrin"),
    case("referendum-government", "Police patrolled Orrin on Monday. Veska is calm. The "
         "Veskan government said the referendum would go ahead.", "GovernanceEvent",
         "referendum", "Veska", "Orrin"),
    case("parliament-dissolved", "Crowds gathered in Lunet. The Kelvari army said "
         "parliament had been dissolved. Kelvar has had three governments in a year.",
         "GovernanceEvent", "dissolved", "Kelvar", "Lunet"),
]
# fmt: on


@pytest.mark.parametrize(("text", "cls", "trigger", "country", "town"), NATIONAL)
def test_national_event_is_in_the_country(run, text, cls, trigger, country, town):
    r = run(text)
    labels = r.labels(r.event(cls, trigger=trigger).places)
    assert country in labels and town not in labels, r.summary()


# fmt: off
LOCAL = [
    # (text, class, trigger, place): a national word with a place of its own keeps it; a
    # council dissolved is no parliament
    case("mayoral-election-in-town", "Veska's president visited Orrin. Ilse Morrow won the "
         "mayoral election in Marlow on Sunday.", "GovernanceEvent", "election", "Marlow"),
    case("coup-town-in-its-sentence", "Veska's president is abroad. Rebels seized the radio "
         "station in Orrin, in what the government called a coup.", "ControlEvent", "coup",
         "Orrin"),
    case("town-council-dissolved", "Veska's president flew to Marlow. The Marlow town "
         "council was dissolved on Monday.", "GovernanceEvent", "dissolved", "Marlow"),
]
# fmt: on


@pytest.mark.parametrize(("text", "cls", "trigger", "place"), LOCAL)
def test_local_event_keeps_its_place(run, text, cls, trigger, place):
    r = run(text)
    labels = r.labels(r.event(cls, trigger=trigger).places)
    assert labels == [place], r.summary()


# ---------------------------------------------------------------- triggers beyond conflict

# fmt: off
FOUND = [
    # (text, class, trigger): deaths of people with no place said, business sites opened
    # or closed, strikes whoever strikes
    case("two-people-died", "Two people died in the fire, police said.", "LifeEvent", "died"),
    case("children-have-died", "Three children have died of cholera since January.",
         "LifeEvent", "died"),
    case("she-died", "Ada Moreno was taken to hospital. She died on Tuesday.", "LifeEvent",
         "died"),
    case("opened-factory", "Delta Grain opened a new factory in Kelvar on Monday.",
         "BusinessEvent", "opened"),
    case("closed-stores", "Orrin Motors will close six stores next year.", "BusinessEvent",
         "close"),
    case("doctors-on-strike", "The hospital's doctors went on strike for two days.",
         "ProtestEvent", "strike"),
    case("opened-fire", "Gunmen opened fire on a bus near Tesk.", "ConflictEvent", "opened"),
]
# fmt: on


@pytest.mark.parametrize(("text", "cls", "trigger"), FOUND)
def test_event_beyond_conflict_is_found(run, text, cls, trigger):
    run(text).event(cls, trigger=trigger)


# fmt: off
NOT_FOUND = [
    # (text, trigger): near misses: a plan dying, nature striking, sales as a measure,
    # a door opened, a bank opened to the public is no event of these classes
    case("plan-died", "The plan died in committee.", "died"),
    case("earthquake-struck", "An earthquake struck Veska on Thursday.", "struck"),
    case("storm-hit", "A storm hit the coast of Kelvar on Friday.", "hit"),
    case("falling-sales", "The carmaker blamed falling sales for the loss.", "sales"),
    case("opened-door", "Ada Moreno opened the door and smiled.", "opened"),
    case("opened-talks", "Piet Olsen opened the meeting with a joke.", "opened"),
]
# fmt: on


@pytest.mark.parametrize(("text", "trigger"), NOT_FOUND)
def test_near_miss_is_no_event(run, text, trigger):
    r = run(text)
    assert not [e for e in r.ex.events if trigger in e.trigger.lower()
                and e.type != "ContactEvent"], r.summary()


# ---------------------------------------------------------------- blamed for a deed

# fmt: off
BLAMED = [
    # (text, class, trigger, agent): whom a verb of blame or justice holds to have done the
    # deed its "for"/"of"/"with"/"over" phrase names is the deed's agent
    case("held-responsible", "The Orrin Police Service held the Kelvar Militia responsible "
         "for the bombing.", "ConflictEvent", "bombing", "Kelvar Militia"),
    case("blamed-for", "Prosecutors blamed Delta Grain for the attack on the depot.",
         "ConflictEvent", "attack", "Delta Grain"),
    case("arrested-over", "Police arrested Piet Olsen over the killing of a guard in Orrin.",
         "LifeEvent", "killing", "Piet Olsen"),
    case("convicted-of-passive", "Ada Moreno was convicted of the murder of her business "
         "partner.", "LifeEvent", "murder", "Ada Moreno"),
    case("is-responsible", "The Kelvar Militia is responsible for the attack, the ministry "
         "said.", "ConflictEvent", "attack", "Kelvar Militia"),
    case("charged-with-passive", "Piet Olsen was charged with the kidnapping of a banker.",
         "ConflictEvent", "kidnapping", "Piet Olsen"),
]
# fmt: on


@pytest.mark.parametrize(("text", "cls", "trigger", "agent"), BLAMED)
def test_the_one_blamed_is_the_agent(run, text, cls, trigger, agent):
    r = run(text)
    assert agent in r.labels(r.event(cls, trigger=trigger).agents), r.summary()


# fmt: off
NOT_BLAMED = [
    # (text, class, trigger, not_agent): not under a negation; reporting a deed is no doing it
    case("not-held-responsible", "The court did not hold Delta Grain responsible for the "
         "explosion.", "ConflictEvent", "explosion", "Delta Grain"),
    case("reported-to-police", "Ada Moreno reported the attack to police.", "ConflictEvent",
         "attack", "Ada Moreno"),
]
# fmt: on


@pytest.mark.parametrize(("text", "cls", "trigger", "not_agent"), NOT_BLAMED)
def test_near_miss_is_not_blamed(run, text, cls, trigger, not_agent):
    r = run(text)
    assert not_agent not in r.labels(r.event(cls, trigger=trigger).agents), r.summary()


# ---------------------------------------------------------------- a date the tagger ran on

# fmt: off
RUN_ON_DATES = [
    # (text, class, trigger, value): a day inside a span the tagger made one date entity
    case("sentenced-to-years-on", "A court in Marlow sentenced Ilse Morrow to six years on "
         "Monday.", "JusticeEvent", "sentenced", "2024-03-11"),
    case("jailed-for-years-on", "Piet Olsen was jailed for four years on Tuesday by a court "
         "in Lunet.", "JusticeEvent", "jailed", "2024-03-12"),
]
# fmt: on


@pytest.mark.parametrize(("text", "cls", "trigger", "value"), RUN_ON_DATES)
def test_day_inside_a_run_on_date(run, text, cls, trigger, value):
    r = run(text)
    ev = r.event(cls, trigger=trigger)
    assert ev.date is not None and ev.date.value == value, r.summary()


# ---------------------------------------------------------------- acts announced

# fmt: off
ANNOUNCED = [
    # (text, class, trigger, agent): an act of authority told in the passive with no doer is
    # the announcer's (its side's) own
    case("general-announced-overthrown", "General Tomas Brenn announced on Monday that the "
         "president had been overthrown.", "ControlEvent", "overthrown", "Tomas Brenn"),
    case("quoted-present-passive", '"Parliament is dissolved," Kelvar Militia spokesman Tomas '
         "Brenn said on Monday.", "GovernanceEvent", "dissolved", "Kelvar Militia"),
    case("army-declared-imposed", "The Veska Army declared that martial law had been imposed "
         "across the country.", "GovernanceEvent", "imposed", "Veska Army"),
    case("company-announced-appointed", "The Orrin Motors Company announced that Ada Moreno "
         "had been appointed chief executive.", "PersonnelEvent", "appointed",
         "Orrin Motors Company"),
]
# fmt: on


@pytest.mark.parametrize(("text", "cls", "trigger", "agent"), ANNOUNCED)
def test_announced_act_is_the_announcers(run, text, cls, trigger, agent):
    r = run(text)
    assert agent in r.labels(r.event(cls, trigger=trigger).agents), r.summary()


# fmt: off
NOT_ANNOUNCED = [
    # (text, class, trigger): a past act merely said, a denial, an outlet's report, a death
    # announced are nobody's act by the saying
    case("said-past", "Ada Moreno said the president had been overthrown in 2019.",
         "ControlEvent", "overthrown"),
    case("denied", "The Kelvar Militia denied that parliament had been dissolved.",
         "GovernanceEvent", "dissolved"),
    case("outlet-reported", '"Parliament is dissolved," the Marlow Courier reported.',
         "GovernanceEvent", "dissolved"),
    case("death-announced", "Ada Moreno announced that her brother had been killed.",
         "LifeEvent", "killed"),
]
# fmt: on


@pytest.mark.parametrize(("text", "cls", "trigger"), NOT_ANNOUNCED)
def test_near_miss_is_no_announced_act(run, text, cls, trigger):
    r = run(text)
    assert not r.event(cls, trigger=trigger).agents, r.summary()


def test_one_who_goes_on_trial_undergoes_it(run):
    r = run("Ada Moreno went on trial at the Veska Supreme Court on Monday.")
    ev = r.event("JusticeEvent", trigger="trial")
    assert "Ada Moreno" in r.labels(ev.participants), r.summary()
    assert "Ada Moreno" not in r.labels(ev.agents), r.summary()


def test_workers_who_go_on_strike_do_it(run):
    r = run("Hundreds of Delta Grain workers went on strike in Orrin.")
    assert "Delta Grain" in r.labels(r.event("ProtestEvent", trigger="strike").agents), (
        r.summary())


# fmt: off
UNDERGONE = [
    # (text, class, trigger, who): the possessor of an arrest, a conviction, an appointment
    # undergoes it; the possessor of a resignation or a takeover does it
    case("conviction", "The Marlow Appeals Court overturned Piet Olsen's conviction on "
         "Friday.", "JusticeEvent", "conviction", "Piet Olsen"),
    case("arrest", "Ada Moreno's arrest drew protests in Orrin.", "JusticeEvent", "arrest",
         "Ada Moreno"),
    case("appointment", "Delta Grain confirmed Ada Moreno's appointment as chief executive.",
         "PersonnelEvent", "appointment", "Ada Moreno"),
]
# fmt: on


@pytest.mark.parametrize(("text", "cls", "trigger", "who"), UNDERGONE)
def test_possessor_undergoes_the_event(run, text, cls, trigger, who):
    r = run(text)
    ev = r.event(cls, trigger=trigger)
    assert who in r.labels(ev.participants) and who not in r.labels(ev.agents), r.summary()


# fmt: off
DONE = [
    case("resignation", "Ada Moreno's resignation came a day after the vote.",
         "PersonnelEvent", "resignation", "Ada Moreno"),
    case("takeover-of", "Delta Grain's takeover of Kelvar Mills was approved on Friday.",
         "BusinessEvent", "takeover", "Delta Grain"),  # a firm's takeover is business (w7)
]
# fmt: on


@pytest.mark.parametrize(("text", "cls", "trigger", "who"), DONE)
def test_possessor_does_the_event(run, text, cls, trigger, who):
    r = run(text)
    assert who in r.labels(r.event(cls, trigger=trigger).agents), r.summary()


# ---------------------------------------------------------------- "police" after its name

# fmt: off
POLICE_NAMED = [
    # (text, class, trigger, agent): bare "police" after the text named one police body
    case("bare-police-later", "The Kelvar Police Service arrested two men on Friday. Police "
         "charged the men with theft on Saturday.", "JusticeEvent", "charged",
         "Kelvar Police Service"),
    case("the-police-later", "Ada Moreno called the Orrin Police Department on Monday. The "
         "police arrested Piet Olsen an hour later.", "JusticeEvent", "arrested",
         "Orrin Police Department"),
]
# fmt: on


@pytest.mark.parametrize(("text", "cls", "trigger", "agent"), POLICE_NAMED)
def test_bare_police_is_the_police_named(run, text, cls, trigger, agent):
    r = run(text)
    assert agent in r.labels(r.event(cls, trigger=trigger).agents), r.summary()


# fmt: off
POLICE_NOT_NAMED = [
    # (text, class, trigger): two bodies named, police placed elsewhere: no guess
    case("two-police-bodies", "The Orrin Police Department and the Kelvar Police Service met "
         "on Friday. Police arrested Piet Olsen on Saturday.", "JusticeEvent", "arrested"),
    case("police-elsewhere", "The Orrin Police Department said on Friday that police in "
         "Kelvar had arrested Piet Olsen.", "JusticeEvent", "arrested"),
]
# fmt: on


@pytest.mark.parametrize(("text", "cls", "trigger"), POLICE_NOT_NAMED)
def test_police_not_resolved_without_one_named_body(run, text, cls, trigger):
    r = run(text)
    assert not [a for a in r.labels(r.event(cls, trigger=trigger).agents) if "Police" in a], (
        r.summary())
