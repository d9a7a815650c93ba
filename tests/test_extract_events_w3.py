"""kg.extract events, third wave: agents given by a description of a side, by the object
of a verb of making or ordering, by a possessive bound to a nationality; places given by
the sentence or the text around an event.

Every sentence is invented (names and places are made up). The articles are published on
Friday 2024-03-15.
"""

from __future__ import annotations

import pytest
from cases import case

# ---------------------------------------------------------------- described sides

# fmt: off
DESCRIBED_AGENTS = [
    # (text, class, trigger, agent): a description of a side stands for the group the text
    # names so, before or after it
    case("modifier-rebel-troops", "Rebel troops stormed the barracks in Orrin on Sunday. "
         "The rebels are led by Tomas Brenn.", "MovementEvent", "stormed", "rebels"),
    case("modifier-militia-fighters", "The Kelvar Militia met on Monday. Militia fighters "
         "later withdrew from Orrin.", "MovementEvent", "withdrew", "Kelvar Militia"),
    case("noun-ends-name-passive-to", "The Dorran Insurgents shelled Tesk. The mayor said "
         "the town of Halvik had been lost to the insurgents.", "ControlEvent", "lost",
         "Dorran Insurgents"),
    case("noun-ends-name-by", "The Orrin Liberation Movement rejected the truce. The dam "
         "was seized by the movement on Sunday.", "ControlEvent", "seized",
         "Orrin Liberation Movement"),
    case("compound-on-event-noun", "The Marlow coalition said a coalition offensive had "
         "begun near the port of Orrin.", "ConflictEvent", "offensive", "Marlow coalition"),
    case("modifier-coalition-jets", "The Marlow coalition denied the report. Coalition "
         "jets bombed the depot near Orrin on Sunday.", "ConflictEvent", "bombed",
         "Marlow coalition"),
    case("bare-plural-noun", "Leaders of the Kelvar Militia met in Orrin. Militiamen "
         "attacked the depot at dawn.", "ConflictEvent", "attacked", "Kelvar Militia",
         why="'militiamen' is a member of a militia, not a name-ending noun"),
]
# fmt: on


@pytest.mark.parametrize(("text", "cls", "trigger", "agent"), DESCRIBED_AGENTS)
def test_described_side_is_agent(run, text, cls, trigger, agent):
    r = run(text)
    ev = r.event(cls, trigger=trigger)
    assert agent in r.labels(ev.agents), r.summary()


# fmt: off
NO_DESCRIBED_AGENT = [
    # (text, class, trigger): a description the text names no group by is no agent
    case("no-group-named", "Tomas Brenn visited Orrin. Rebel forces attacked the depot on "
         "Sunday.", "ConflictEvent", "attacked"),
    case("passive-subject-not-agent", "The Kelvar Militia met on Monday. Militia fighters "
         "were attacked near Orrin.", "ConflictEvent", "attacked"),
    case("two-candidates-later", "Rebel forces attacked the depot. The Northern Rebels "
         "and the Southern Rebels later met in Halvik.", "ConflictEvent", "attacked"),
]
# fmt: on


@pytest.mark.parametrize(("text", "cls", "trigger"), NO_DESCRIBED_AGENT)
def test_description_without_a_named_side_is_no_agent(run, text, cls, trigger):
    r = run(text)
    ev = r.event(cls, trigger=trigger)
    assert not ev.agents, r.summary()


# ---------------------------------------------------------------- object control

# fmt: off
OBJECT_CONTROL = [
    # (text, class, trigger, agent): the object of "force/order/persuade ... to" acts
    case("compelled-them", "The Kelvar Militia shelled the bridge. Heavy losses compelled "
         "them to withdraw from Orrin.", "MovementEvent", "withdraw", "Kelvar Militia"),
    case("ordered-named", "The governor ordered the Orrin Police to withdraw from the "
         "square.", "MovementEvent", "withdraw", "Orrin Police"),
    case("persuaded-person", "The Northern Legion persuaded Tomas Brenn to resign on "
         "Monday.", "PersonnelEvent", "resign", "Tomas Brenn"),
    case("urged-group", "Tomas Brenn urged the Northern Legion to attack the depot.",
         "ConflictEvent", "attack", "Northern Legion"),
    case("allowed-past", "The government allowed the Northern Legion to enter "
         "Karvastan on Monday.",
         "MovementEvent", "enter", "Northern Legion"),
]
# fmt: on


@pytest.mark.parametrize(("text", "cls", "trigger", "agent"), OBJECT_CONTROL)
def test_object_of_a_verb_of_making_is_agent(run, text, cls, trigger, agent):
    r = run(text)
    ev = r.event(cls, trigger=trigger)
    assert r.labels(ev.agents) == [agent], r.summary()


def test_subject_control_keeps_the_subject(run):
    r = run("The Northern Legion promised Tomas Brenn to withdraw from Orrin.")
    ev = r.event("MovementEvent", trigger="withdraw")
    assert "Tomas Brenn" not in r.labels(ev.agents), r.summary()


# ---------------------------------------------------------------- nationality forces


def test_possessive_of_national_forces_is_the_country(run):
    r = run("Karvastan rejected the truce. Karvastani troops stepped up their bombardment "
            "of Halvik on Sunday.")
    ev = r.event("ConflictEvent", trigger="bombardment")
    assert r.labels(ev.agents) == ["Karvastan"], r.summary()


# ---------------------------------------------------------------- places around an event

# fmt: off
PLACES_AROUND = [
    # (text, class, trigger, place): no place phrase on the event or its clause; the
    # sentence names one, or the sentence before does
    case("possessive-in-subject", "Karvastan's opposition leader Maria Kovacs resigned on "
         "Monday.", "PersonnelEvent", "resigned", "Karvastan"),
    case("speaker-modifier", "Police detained dozens of protesters, the Karvastan interior "
         "ministry said.", "JusticeEvent", "detained", "Karvastan"),
    case("against-possessor", "A failed putsch against Karvastan's premier ended on "
         "Thursday.", "ControlEvent", "putsch", "Karvastan"),
    case("carried-passive", "The army sealed off Halvik on Monday. Two soldiers were "
         "killed and five wounded in the fighting.", "LifeEvent", "killed", "Halvik"),
    case("carried-noun", "The army sealed off Halvik on Monday. Two soldiers were killed "
         "and five wounded in the fighting.", "ConflictEvent", "fighting", "Halvik"),
    case("carried-personnel", "Rebels stormed Sarova on Friday. The governor resigned hours "
         "later.", "PersonnelEvent", "resigned", "Sarova"),
    case("carried-from-last-named", "The army sealed off Halvik. Talks were held in Sarova. "
         "Two soldiers were killed.", "LifeEvent", "killed", "Sarova"),
]
# fmt: on


@pytest.mark.parametrize(("text", "cls", "trigger", "place"), PLACES_AROUND)
def test_place_from_the_sentence_or_the_one_before(run, text, cls, trigger, place):
    r = run(text)
    ev = r.event(cls, trigger=trigger)
    assert r.labels(ev.places) == [place], r.summary()


# fmt: off
NO_PLACE_AROUND = [
    # (text, class, trigger): the acting country is not where it acts, an event set apart
    # in time takes no place (a place two sentences back is the article's scene: see
    # test_extract_events_w4.py)
    case("acting-country", "Karvastan bombed the depot on Sunday.", "ConflictEvent",
         "bombed"),
    case("set-apart-in-time", "Maria Kovacs resigned in Halvik after the vote.",
         "GovernanceEvent", "vote"),
]
# fmt: on


@pytest.mark.parametrize(("text", "cls", "trigger"), NO_PLACE_AROUND)
def test_no_place_from_afar(run, text, cls, trigger):
    r = run(text)
    ev = r.event(cls, trigger=trigger)
    assert not ev.places, r.summary()


# ---------------------------------------------------------------- class by object

# fmt: off
CLASS_BY_OBJECT = [
    # (text, class, trigger): the object decides the class of a verb of many senses
    case("fire-weapon", "Militia fighters fired mortars at the barracks near Halvik.",
         "ConflictEvent", "fired"),
    case("fired-shells", "The Northern Legion fired shells at Karvastan overnight.",
         "ConflictEvent", "fired"),
    case("lost-men", "The garrison commander admitted his unit had lost a dozen men in "
         "the ambush.", "LifeEvent", "lost"),
    case("lost-lives", "Dozens of civilians lost their lives in Halvik on Sunday.",
         "LifeEvent", "lost"),
    case("called-person", "Tomas Brenn called Maria Kovacs on Friday.", "ContactEvent",
         "called"),
    case("phoned-person", "Maria Kovacs phoned Tomas Brenn after the vote.", "ContactEvent",
         "phoned"),
    case("phone-call", "Tomas Brenn held a phone call with Maria Kovacs.", "ContactEvent",
         "call"),
    case("became-post", "Maria Kovacs became president in August.", "PersonnelEvent",
         "became"),
    case("becomes-post-present", "Tomas Brenn becomes prime minister on Monday.",
         "PersonnelEvent", "becomes"),
    case("talks-plural", "Delegates gathered in Sarova for talks on Monday.",
         "ContactEvent", "talks"),
]
# fmt: on


@pytest.mark.parametrize(("text", "cls", "trigger"), CLASS_BY_OBJECT)
def test_object_gives_the_class(run, text, cls, trigger):
    r = run(text)
    r.event(cls, trigger=trigger)


# fmt: off
NO_EVENT_BY_OBJECT = [
    # (text, trigger): the object makes no event of the verb
    case("promoted-plan", "Tomas Brenn promoted the plan on Monday.", "promoted"),
    case("appointed-date", "The council appointed a date for the vote.", "appointed"),
    case("lost-money", "The company lost 30 million dollars last year.", "lost"),
    case("called-names", "Maria Kovacs called Tomas Brenn a liar.", "called"),
    case("became-adjective", "Maria Kovacs became angry.", "became"),
    case("fired-person-is-personnel", "The Northern Legion fired Tomas Brenn on Monday.",
         "no-conflict"),
]
# fmt: on


@pytest.mark.parametrize(("text", "trigger"), NO_EVENT_BY_OBJECT)
def test_object_makes_no_event(run, text, trigger):
    r = run(text)
    if trigger == "no-conflict":
        assert not r.events_of("ConflictEvent"), r.summary()
        return
    assert not [e for e in r.ex.events if trigger in e.trigger.lower()], r.summary()


# ---------------------------------------------------------------- trigger families

# fmt: off
FAMILIES = [
    # (text, class, trigger): verbs and nouns of the common news event families
    case("kidnapped", "Gunmen kidnapped three aid workers near Halvik on Sunday.",
         "ConflictEvent", "kidnapped"),
    case("abduction", "The abduction of two nurses in Karvastan shocked the region.",
         "ConflictEvent", "abduction"),
    case("exploded", "A car bomb exploded outside the ministry in Karvastan.",
         "ConflictEvent", "exploded"),
    case("detonated", "Militants detonated an explosive device near the market in Halvik.",
         "ConflictEvent", "detonated"),
    case("crackdown", "Police launched a crackdown on protesters in Halvik.",
         "ConflictEvent", "crackdown"),
    case("counterattack", "The rebels launched a counterattack near Halvik.",
         "ConflictEvent", "counterattack"),
    case("targeted", "The Northern Legion targeted a fuel depot in Karvastan.",
         "ConflictEvent", "targeted"),
    case("missile-hit", "A missile hit a school in Halvik on Monday.", "ConflictEvent",
         "hit"),
    case("rockets-struck", "Rockets struck the airport in Halvik.", "ConflictEvent",
         "struck"),
    case("freed-hostages", "The army freed 20 hostages in Halvik.", "JusticeEvent", "freed"),
    case("released-prisoners", "The Northern Legion released 40 prisoners on Monday.",
         "JusticeEvent", "released"),
    case("sent-troops", "The government sent troops to Halvik.", "MovementEvent", "sent"),
    case("displaced", "Thousands were displaced by the floods in Karvastan.",
         "MovementEvent", "displaced"),
    case("approved-constitution", "The parliament approved the new constitution on "
         "Monday.", "GovernanceEvent", "approved"),
    case("signed-law", "The president signed the law in Halvik on Tuesday.",
         "GovernanceEvent", "signed"),
    case("declared-state-of-emergency", "The junta suspended the constitution and declared "
         "a state of emergency.", "GovernanceEvent", "declared"),
    case("suspended-constitution", "The junta suspended the constitution and declared a "
         "state of emergency.", "GovernanceEvent", "suspended"),
    case("named-post", "Maria Kovacs was named interior minister.", "PersonnelEvent",
         "named"),
    case("walked-out", "Workers walked out at the Halvik plant.", "ProtestEvent",
         "walked out"),
    case("took-to-the-streets", "Thousands took to the streets of Halvik.", "ProtestEvent",
         "took"),
]
# fmt: on


@pytest.mark.parametrize(("text", "cls", "trigger"), FAMILIES)
def test_trigger_families(run, text, cls, trigger):
    r = run(text)
    r.event(cls, trigger=trigger)


# fmt: off
NOT_FAMILY_EVENTS = [
    # (text, trigger): the same words in senses that are no event
    case("hit-noun", "The new song is a big hit with teenagers.", "hit"),
    case("sales-hit", "Sales hit a record last year.", "hit"),
    case("released-product", "The company released a new phone.", "released"),
    case("phone-device", "The company released a new phone.", "phone"),
    case("approved-merger", "The board approved the merger.", "approved"),
    case("asked-to-approve", "The mayor asked him to approve a building project in Halvik.",
         "approve"),
    case("declared-that", "The minister declared that the crisis was over.", "declared"),
    case("left-dead", "The offensive left hundreds dead in Karvastan.", "left"),
    case("raid-hit", "A drone raid hit the fuel depot in Halvik.", "hit"),
    case("called-named", "An alliance called the Northern Legion has fought the army since "
         "August.", "called"),
    case("took-the-town-is-control", "The Northern Legion took the town of Halvik.",
         "no-protest"),
]
# fmt: on


@pytest.mark.parametrize(("text", "trigger"), NOT_FAMILY_EVENTS)
def test_not_family_events(run, text, trigger):
    r = run(text)
    if trigger == "no-protest":
        assert not r.events_of("ProtestEvent"), r.summary()
        return
    assert not [e for e in r.ex.events if trigger in e.trigger.lower()], r.summary()


def test_forces_are_not_any_group_named_forces(run):
    r = run("The Halvik Defence Forces held the bridge. Karvastan-backed forces attacked "
            "the depot near Halvik on Monday.")
    ev = r.event("ConflictEvent", trigger="attacked")
    assert "Halvik Defence Forces" not in r.labels(ev.agents), r.summary()


# ---------------------------------------------------------------- gerunds in phrases

# fmt: off
GERUND_AGENTS = [
    # (text, class, trigger, agent): a gerund in a phrase on a verb is its subject's deed
    case("upon-recapturing", "The rebels held a parade upon recapturing the town of "
         "Karvastan in June.", "ControlEvent", "recapturing", "rebels"),
    case("after-seizing", "After seizing the airport, the Northern Legion marched on "
         "Halvik.", "ControlEvent", "seizing", "Northern Legion"),
    case("for-attacking", "Tomas Brenn was arrested in Halvik for attacking a police "
         "officer.", "ConflictEvent", "attacking", "Tomas Brenn"),
    case("before-leaving", "Maria Kovacs spoke to reporters before leaving for Karvastan.",
         "MovementEvent", "leaving", "Maria Kovacs"),
    case("by-storming", "The Northern Legion ended the siege by storming the town of "
         "Halvik.", "MovementEvent", "storming", "Northern Legion"),
]
# fmt: on


@pytest.mark.parametrize(("text", "cls", "trigger", "agent"), GERUND_AGENTS)
def test_gerund_in_a_phrase_takes_the_subject(run, text, cls, trigger, agent):
    r = run(text)
    ev = r.event(cls, trigger=trigger)
    assert r.labels(ev.agents) == [agent], r.summary()


def test_gerund_after_being_is_undergone(run):
    r = run("The town of Halvik was shelled after being captured by the Northern Legion.")
    ev = r.event("ControlEvent", trigger="captured")
    assert r.labels(ev.agents) == ["Northern Legion"], r.summary()


@pytest.mark.parametrize("text", [
    "The Northern Legion entered Halvik without firing a shot.",
    "The Northern Legion took Halvik without a fight.",
])
def test_without_denies(run, text):
    r = run(text)
    ev = r.event("ConflictEvent")
    assert ev.factuality == "Denied", r.summary()


def test_possessor_of_forces_is_a_side_not_the_place(run):
    r = run("A Northern Legion commander in Halvik said his men had repelled Karvastan's "
            "troops.")
    ev = r.event("ConflictEvent", trigger="repelled")
    assert r.labels(ev.places) == ["Halvik"], r.summary()
    assert "Karvastan" in r.labels(ev.participants), r.summary()
    assert "Organization" in (r.entity("Karvastan").type, *r.entity("Karvastan").also)


def test_place_phrase_of_the_sentence_before_the_nearest_name(run):
    r = run("Police reported heavy clashes with militants, who claimed to have overrun "
            "a checkpoint in the town of Halvik.")
    ev = r.event("ConflictEvent", trigger="clashes")
    assert r.labels(ev.places) == ["Halvik"], r.summary()


# ---------------------------------------------------------------- doers told around a noun

# fmt: off
NOUN_DOERS = [
    # (text, class, trigger, agent)
    case("claimed-responsibility", "The Northern Legion claimed responsibility for the "
         "attack on the depot in Halvik.", "ConflictEvent", "attack", "Northern Legion"),
    case("accepted-responsibility", "The Orrin Police accepted responsibility for the raid "
         "in Halvik.", "ConflictEvent", "raid", "Orrin Police"),
    case("led-by", "An offensive led by the Northern Legion drove the militia out of "
         "Halvik.", "ConflictEvent", "offensive", "Northern Legion"),
    case("carried-out-by", "The raid, carried out by the Orrin Police, ended at dawn in "
         "Halvik.", "ConflictEvent", "raid", "Orrin Police"),
    case("organised-by", "The rally organised by the Northern Legion drew thousands in "
         "Halvik.", "ProtestEvent", "rally", "Northern Legion"),
    case("possessive-forces", "Karvastan's forces captured Halvik on Monday.",
         "ControlEvent", "captured", "Karvastan"),
    case("loyal-to-group", "Troops loyal to the Northern Legion attacked the palace in "
         "Halvik.", "ConflictEvent", "attacked", "Northern Legion"),
    case("loyal-to-country", "Fighters loyal to Karvastan shelled Halvik.", "ConflictEvent",
         "shelled", "Karvastan"),
]
# fmt: on


@pytest.mark.parametrize(("text", "cls", "trigger", "agent"), NOUN_DOERS)
def test_doer_told_around_the_event(run, text, cls, trigger, agent):
    r = run(text)
    ev = r.event(cls, trigger=trigger)
    assert r.labels(ev.agents) == [agent], r.summary()


# fmt: off
NO_NOUN_DOER = [
    # (text, class, trigger): a denial, a negation or a judge is no doer
    case("denied-responsibility", "The Northern Legion denied responsibility for the attack "
         "on the depot in Halvik.", "ConflictEvent", "attack"),
    case("not-claimed", "The Northern Legion has not claimed responsibility for the bombing "
         "in Halvik.", "ConflictEvent", "bombing"),
    case("condemned-by", "The attack condemned by Maria Kovacs took place in Halvik.",
         "ConflictEvent", "attack"),
]
# fmt: on


@pytest.mark.parametrize(("text", "cls", "trigger"), NO_NOUN_DOER)
def test_no_doer_around_the_event(run, text, cls, trigger):
    r = run(text)
    ev = r.event(cls, trigger=trigger)
    assert not ev.agents, r.summary()


# fmt: off
NOT_WITH_OBJECT = [
    # (text, trigger): an object, "with" object or passive subject that makes no event
    case("spent-the-night", "Farmers near Halvik said they had spent the night in a barn.",
         "spent"),
    case("met-with-criticism", "The new tax in Halvik has met with criticism from the "
         "Northern Legion.", "met"),
    case("withdraw-backing", "Karvastan urged the Northern Legion to withdraw its backing "
         "for the plan.", "withdraw"),
    case("film-shot", "A film thought to have been shot in Halvik won a prize.", "shot"),
]
# fmt: on


@pytest.mark.parametrize(("text", "trigger"), NOT_WITH_OBJECT)
def test_object_unmakes_the_event(run, text, trigger):
    r = run(text)
    assert not [e for e in r.ex.events if trigger in e.trigger.lower()], r.summary()


# fmt: off
STILL_WITH_OBJECT = [
    # (text, class, trigger): the same verbs with objects that keep them events
    case("met-with-person", "The Northern Legion met with Maria Kovacs in Halvik.",
         "ContactEvent", "met"),
    case("withdrew-troops", "Karvastan withdrew its troops from Halvik.", "MovementEvent",
         "withdrew"),
    case("protesters-shot", "Two protesters were shot in Halvik.", "ConflictEvent", "shot"),
]
# fmt: on


@pytest.mark.parametrize(("text", "cls", "trigger"), STILL_WITH_OBJECT)
def test_object_keeps_the_event(run, text, cls, trigger):
    r = run(text)
    r.event(cls, trigger=trigger)


# fmt: off
MORE_FAMILIES = [
    # (text, class, trigger)
    case("ceasefire", "The two sides agreed a ceasefire in Halvik on Monday.",
         "GovernanceEvent", "ceasefire"),
    case("truce", "A truce between the Northern Legion and Karvastan held in Halvik.",
         "GovernanceEvent", "truce"),
    case("peace-deal-signed", "The Northern Legion signed a peace deal with Karvastan.",
         "GovernanceEvent", "signed"),  # a pact of peace, as "peace deal" alone (s30)
    case("conflict-in", "The conflict in Karvastan has killed thousands.", "ConflictEvent",
         "conflict"),
    case("fighting-raged", "Fighting raged in Halvik on Sunday.", "ConflictEvent",
         "Fighting"),
    case("came-to-power", "Maria Kovacs came to power in 2019.", "PersonnelEvent", "came"),
    case("took-office", "Tomas Brenn took office on Monday.", "PersonnelEvent", "took"),
]
# fmt: on


@pytest.mark.parametrize(("text", "cls", "trigger"), MORE_FAMILIES)
def test_more_trigger_families(run, text, cls, trigger):
    r = run(text)
    r.event(cls, trigger=trigger)


@pytest.mark.parametrize(("text", "trigger"), [
    ("The minister has a conflict of interest.", "conflict"),
    ("The company launched an advertising campaign.", "campaign"),
    ("The president signed the letter.", "signed"),
])
def test_more_families_no_event(run, text, trigger):
    r = run(text)
    assert not [e for e in r.ex.events if trigger in e.trigger.lower()], r.summary()


def test_dateline_place_is_not_the_events_place(run):
    r = run("HALVIK, March 3 (Marlow Courier) - Clashes broke out after the vote, police "
            "said.")
    ev = r.event("ConflictEvent", trigger="Clashes")
    assert "Halvik" not in [x.lower().title() for x in r.labels(ev.places)], r.summary()


def test_participle_on_a_reporting_verb_borrows_no_subject(run):
    r = run('"The bridge is ours," Tomas Brenn posted on Monday, hailing the rebels\' progress '
            "since recapturing Karvastan in June.")
    ev = r.event("ControlEvent", trigger="recapturing")
    assert "Tomas Brenn" not in r.labels(ev.agents), r.summary()


# fmt: off
POSSESSOR_ACTS = [
    # (text, class, trigger, agent, place): a country's act on a place it names
    case("invasion-of", "Karvastan's invasion of Halvik began in 2019.", "ConflictEvent",
         "invasion", "Karvastan", "Halvik"),
    case("offensive-in", "Karvastan's offensive in Halvik has stalled.", "ConflictEvent",
         "offensive", "Karvastan", "Halvik"),
    case("capture-of", "Karvastan's capture of the town of Halvik was confirmed on Monday.",
         "ControlEvent", "capture", "Karvastan", "Halvik"),
]
# fmt: on


@pytest.mark.parametrize(("text", "cls", "trigger", "agent", "place"), POSSESSOR_ACTS)
def test_possessor_place_acting_on_another(run, text, cls, trigger, agent, place):
    r = run(text)
    ev = r.event(cls, trigger=trigger)
    assert r.labels(ev.agents) == [agent], r.summary()
    assert r.labels(ev.places) == [place], r.summary()


@pytest.mark.parametrize(("text", "cls", "trigger"), [
    ("Halvik's fall shocked the region.", "ControlEvent", "fall"),
    ("Karvastan's election was peaceful.", "GovernanceEvent", "election"),
])
def test_possessor_place_without_another_is_the_place(run, text, cls, trigger):
    r = run(text)
    ev = r.event(cls, trigger=trigger)
    assert not ev.agents and ev.places, r.summary()


# fmt: off
NOMINALS = [
    # (text, class, trigger): nouns of the common families
    case("blockade", "The Northern Legion imposed a blockade on Halvik in May.",
         "ConflictEvent", "blockade"),
    case("revolt", "The revolt in Halvik spread to Karvastan.", "ConflictEvent", "revolt"),
    case("liberation", "Crowds celebrated the liberation of Halvik on Sunday.",
         "ControlEvent", "liberation"),
    case("surrender", "The surrender of the garrison in Halvik ended the siege.",
         "ControlEvent", "surrender"),
    case("annexation", "Karvastan announced the annexation of Halvik.", "ControlEvent",
         "annexation"),
    case("pullout", "The pullout of troops from Halvik began on Monday.", "MovementEvent",
         "pullout"),
    case("dismissal", "The dismissal of Tomas Brenn surprised the Northern Legion.",
         "PersonnelEvent", "dismissal"),
    case("extradition", "The extradition of Maria Kovacs to Karvastan was approved.",
         "JusticeEvent", "extradition"),
    case("fatalities", "The floods in Halvik caused dozens of fatalities.", "LifeEvent",
         "fatalities"),
]
# fmt: on


@pytest.mark.parametrize(("text", "cls", "trigger"), NOMINALS)
def test_nominal_families(run, text, cls, trigger):
    r = run(text)
    r.event(cls, trigger=trigger)


def test_life_in_exile_is_no_movement(run):
    r = run("Maria Kovacs has lived in exile for years.")
    assert not r.events_of("MovementEvent"), r.summary()
