"""kg.extract events, fifth wave: agents named by common nouns ("police", "prosecutors",
"the court", "government troops"), "the company" for the firm named last, the claimant as
agent of its own deed, doers of event nouns, and towns that name a site, a body or a
person.

Every sentence is invented (names and places are made up). The articles are published on
Friday 2024-03-15.
"""

from __future__ import annotations

import pytest
from cases import case

# ---------------------------------------------------------------- bodies by common noun

# fmt: off
BODIES = [
    # (text, class, trigger, agent): a body named by a common noun in the agent seat (the
    # subject, the "by" phrase of a passive or of an event noun) is the event's agent
    case("police-subject", "Police arrested a nurse in Orrin on Sunday.", "JusticeEvent",
         "arrested", "police"),
    case("prosecutors-subject", "Prosecutors in Kelvar charged Ada Moreno with embezzlement "
         "on Tuesday.", "JusticeEvent", "charged", "prosecutors"),
    case("court-indefinite", "A court in Tesk sentenced the former mayor to six years in "
         "prison on Monday.", "JusticeEvent", "sentenced", "court"),
    case("regulators-fine", "Regulators fined Vantage Bank $3 million on Thursday for "
         "failing to report suspicious payments.", "JusticeEvent", "fined", "regulators"),
    case("passive-by-police", "Piet Olsen was arrested by police at his home in Lunet on "
         "Tuesday.", "JusticeEvent", "arrested", "police"),
    case("passive-by-stray", "Lena Fox, 41, was charged with murder by prosecutors in "
         "Kelvar.", "JusticeEvent", "charged", "prosecutors"),
    case("noun-by-police", "The raid by police on the Orrin offices of Delta Grain lasted six "
         "hours.", "ConflictEvent", "raid", "police"),
    case("qualified-federal", "Federal prosecutors indicted Ilkka Vanhanen on Tuesday.",
         "JusticeEvent", "indicted", "federal prosecutors"),
    case("authorities-evacuate", "Authorities evacuated the town of Tesk on Sunday after the "
         "dam cracked.", "MovementEvent", "evacuated", "authorities"),
    case("investigators-arrest", "Investigators arrested a pilot in Lunet on Friday.",
         "JusticeEvent", "arrested", "investigators"),
    case("government-troops", "Government troops shelled the village of Tesk overnight.",
         "ConflictEvent", "shelled", "government troops"),
    case("police-officers", "Three police officers detained the driver in Kelvar.",
         "JusticeEvent", "detained", "police"),
    case("place-qualified", "Orrin police arrested two teenagers on Monday.", "JusticeEvent",
         "arrested", "Orrin police"),
]
# fmt: on


@pytest.mark.parametrize(("text", "cls", "trigger", "agent"), BODIES)
def test_body_by_common_noun_is_the_agent(run, text, cls, trigger, agent):
    r = run(text)
    ev = r.event(cls, trigger=trigger)
    body = r.entity(agent)
    assert body.type == "Organization", r.summary()
    assert body.key in ev.agents, r.summary()


def test_bare_body_later_is_the_same_body(run):
    r = run("Orrin police arrested two teenagers on Monday. Police later charged them with "
            "arson.")
    body = r.entity("Orrin police")
    assert body.key in r.event("JusticeEvent", trigger="charged").agents, r.summary()
    assert [e.label for e in r.ex.entities if e.type == "Organization"] == ["Orrin police"]


def test_named_body_of_the_kind_is_the_agent(run):
    r = run("The Marlow High Court heard the case in May. On Monday the court sentenced Ada "
            "Moreno to five years.")
    ev = r.event("JusticeEvent", trigger="sentenced")
    assert r.labels(ev.agents) == ["Marlow High Court"], r.summary()


def test_body_label_is_a_description(run):
    r = run("Police arrested a nurse in Orrin on Sunday.")
    body = r.entity("police")
    assert body.label == "police" and body.scope == "test", r.summary()


# fmt: off
NOT_BODIES = [
    # (text, class, trigger): no body acts: a person of a body, the one acted on, a bare
    # kind of armed men, "the authority" in the singular
    case("officer-relative", "The police officer who arrested Piet Olsen was suspended.",
         "JusticeEvent", "arrested"),
    case("police-as-object", "Two guards were injured when fans attacked police in "
         "Kelvar.", "ConflictEvent", "attacked"),
    case("bare-troops", "Troops arrested the mayor of Tesk.", "JusticeEvent", "arrested"),
    case("authority-singular", "The authority fined the club.", "JusticeEvent", "fined"),
    case("person-said", "Ada Moreno said they had arrested her brother.", "JusticeEvent",
         "arrested"),
]
# fmt: on


@pytest.mark.parametrize(("text", "cls", "trigger"), NOT_BODIES)
def test_no_body_agent(run, text, cls, trigger):
    r = run(text)
    ev = r.event(cls, trigger=trigger)
    assert not [k for k in ev.agents if r.label(k) in {"police", "troops", "authority"}], (
        r.summary())
    assert not any(e.label in {"troops", "authority", "police officer"}
                   for e in r.ex.entities), r.summary()


# ---------------------------------------------------------------- the claimant as agent

# fmt: off
CLAIMANTS = [
    # (text, class, trigger, agent): a body that reports its own deed ("said they had ...")
    case("police-seized", "Police said they had seized 40 kilograms of cocaine in Orrin.",
         "JusticeEvent", "seized", "police"),  # goods seized by the law (wave 10)
    case("court-fined", "The court said it had fined the mayor of Kelvar for contempt.",
         "JusticeEvent", "fined", "court"),
    case("prosecutors-future", "Prosecutors said they would charge Piet Olsen with fraud.",
         "JusticeEvent", "charge", "prosecutors"),
    case("police-arrested", "Police said on Monday that they had arrested a 34-year-old man "
         "in Tesk.", "JusticeEvent", "arrested", "police"),
    case("regulators-announced", "Regulators announced they had fined Vantage Bank $2 "
         "million.", "JusticeEvent", "fined", "regulators"),
    case("firefighters-evacuated", "Firefighters said they had evacuated 200 residents from "
         "Lunet.", "MovementEvent", "evacuated", "firefighters"),
]
# fmt: on


@pytest.mark.parametrize(("text", "cls", "trigger", "agent"), CLAIMANTS)
def test_reporting_body_is_the_agent_of_its_deed(run, text, cls, trigger, agent):
    r = run(text)
    ev = r.event(cls, trigger=trigger)
    assert agent in r.labels(ev.agents), r.summary()


# ---------------------------------------------------------------- "the company"

# fmt: off
FIRMS = [
    # (text, class, trigger, agent): "the firm", "the bank", "the club" in the agent seat is
    # the organisation the text named last
    case("firm-bought", "Delta Grain was founded in 1990. Last year the firm bought three "
         "mills in Tesk.", "TransactionEvent", "bought", "Delta Grain"),
    case("bank-sold", "Vantage Bank posted record profits on Monday. The bank also sold its "
         "insurance arm to Orrin Mutual.", "TransactionEvent", "sold", "Vantage Bank"),
    case("company-cut", "Kelvar Motors reported a loss on Friday. Two days later the company "
         "cut 400 jobs.", "PersonnelEvent", "cut", "Kelvar Motors"),  # jobs cut: staff
    case("group-acquired", "Shares in Lunet Holdings rose on Monday. The group acquired a "
         "clinic chain last month.", "BusinessEvent", "acquired", "Lunet Holdings"),
    case("company-fined-by", "Orrin Foods admitted the breach. The company was fined "
         "$40,000 by the Veska Food Agency.", "JusticeEvent", "fined",
         "Veska Food Agency"),
]
# fmt: on


@pytest.mark.parametrize(("text", "cls", "trigger", "agent"), FIRMS)
def test_the_company_is_the_firm_named_last(run, text, cls, trigger, agent):
    r = run(text)
    ev = r.event(cls, trigger=trigger)
    assert agent in r.labels(ev.agents), r.summary()


# fmt: off
NOT_FIRMS = [
    # (text, class, trigger): another firm, a body of another kind, none named before
    case("rival-company", "Delta Grain lost the case on Monday. A rival company bought the "
         "mill instead.", "TransactionEvent", "bought"),
    case("party-not-company", "The Civic Unity Party won the vote. The company bought the "
         "hall in 2020.", "TransactionEvent", "bought"),
    case("nothing-named", "The company bought two mills in Tesk last year.",
         "TransactionEvent", "bought"),
]
# fmt: on


@pytest.mark.parametrize(("text", "cls", "trigger"), NOT_FIRMS)
def test_no_firm_agent(run, text, cls, trigger):
    r = run(text)
    assert not r.event(cls, trigger=trigger).agents, r.summary()


# ---------------------------------------------------------------- a firm's site by town

# fmt: off
SITES = [
    # (text, class, trigger, place): the town that names an organisation's site ("the Lunet
    # branch of X") is a place, and the event at the site is there
    case("branch-of", "Thieves raided the Lunet branch of Vantage Bank on Friday.",
         "ConflictEvent", "raided", "Lunet"),
    case("headquarters-of", "Police raided the Kelvar headquarters of the Orrin Workers "
         "Party on Tuesday.", "ConflictEvent", "raided", "Kelvar"),
    case("its-untagged", "Delta Grain closed its Tesk factory in May.", "BusinessEvent",
         "closed", "Tesk"),
    case("branch-untagged", "Masked men attacked the Orrin branch of Vantage Bank on "
         "Friday.", "ConflictEvent", "attacked", "Orrin"),
    case("offices-blockaded", "Protesters blockaded the Kelvar offices of Nordwell Pharma on "
         "Wednesday.", "ConflictEvent", "blockaded", "Kelvar"),
]
# fmt: on


@pytest.mark.parametrize(("text", "cls", "trigger", "place"), SITES)
def test_town_of_a_firms_site_is_the_place(run, text, cls, trigger, place):
    r = run(text)
    ev = r.event(cls, trigger=trigger)
    assert place in r.labels(ev.places), r.summary()
    assert r.entity(place).type == "Place", r.summary()


def test_owner_named_site_is_no_place(run):
    r = run("Police raided the Kelvar Motors plant on Tuesday.")
    assert r.entity("Kelvar Motors").type == "Organization", r.summary()


def test_nationality_of_a_site_is_no_place(run):
    r = run("Police raided the German offices of Nordwell Pharma on Tuesday.")
    assert r.find_entity("German") is None, r.summary()


# ---------------------------------------------------------------- doers of event nouns

# fmt: off
DOERS = [
    # (text, class, trigger, agent): the "by" phrase of a participle on the event ("filed
    # by", "led by") or one the parser hung on the event noun's "of" phrase
    case("lawsuit-filed-by", "A lawsuit filed by the Greyfield Tenants Association accuses "
         "the landlord of fraud.", "JusticeEvent", "lawsuit", "Greyfield Tenants Association"),
    case("takeover-of-by", "The takeover of Orrin Foods by Delta Grain was completed on "
         "Monday.", "BusinessEvent", "takeover", "Delta Grain"),  # a firm by a firm
    case("march-led-by", "Striking teachers marched through Orrin on Tuesday, led by the "
         "Veska Teachers Union.", "MovementEvent", "marched", "Veska Teachers Union"),
    case("investigation-opened-by", "The investigation opened by prosecutors in Tesk found "
         "no wrongdoing.", "JusticeEvent", "investigation", "prosecutors"),
    case("capture-of-by", "The capture of the airport by the Kelvar Militia was confirmed on "
         "Sunday.", "ControlEvent", "capture", "Kelvar Militia"),
    case("opened-investigation", "Prosecutors in Kelvar opened an investigation into the "
         "fire on Monday.", "JusticeEvent", "investigation", "prosecutors"),
    case("filed-lawsuit", "The Greyfield Tenants Association filed a lawsuit against the "
         "landlord on Friday.", "JusticeEvent", "lawsuit", "Greyfield Tenants Association"),
    case("announced-ban", "Regulators announced a ban on the drug on Tuesday.",
         "GovernanceEvent", "ban", "regulators"),
    case("protest-organised-by", "A protest organised by the Greyfield Tenants Association "
         "drew 3,000 people in Orrin.", "ProtestEvent", "protest",
         "Greyfield Tenants Association"),
]
# fmt: on


@pytest.mark.parametrize(("text", "cls", "trigger", "agent"), DOERS)
def test_doer_of_an_event_noun(run, text, cls, trigger, agent):
    r = run(text)
    ev = r.event(cls, trigger=trigger)
    assert agent in r.labels(ev.agents), r.summary()


def test_approver_is_no_doer(run):
    r = run("The merger, approved by regulators on Monday, creates the largest miller in "
            "Veska.")
    assert not r.event("BusinessEvent", trigger="merger").agents, r.summary()


def test_imposer_of_a_ban_does_not_protest(run):
    r = run("A ban on protests imposed by the Marlow City Council took effect on Monday.")
    assert not r.event("ProtestEvent", trigger="protests").agents, r.summary()


# ---------------------------------------------------------------- members act for their body

# fmt: off
MEMBERS = [
    # (text, class, trigger, agent): members, supporters or staff of an organisation (also
    # counted: "thousands of its members") act for it
    case("counted-its-members", "The Veska Teachers Union said thousands of its members had "
         "marched in Orrin.", "MovementEvent", "marched", "Veska Teachers Union"),
    case("its-members-next-sentence", "The Orrin Dockers Union called a strike on Monday. "
         "Its members walked out at noon.", "ProtestEvent", "walked out",
         "Orrin Dockers Union"),
    case("counted-named-members", "Hundreds of Veska Teachers Union members marched through "
         "Kelvar on Tuesday.", "MovementEvent", "marched", "Veska Teachers Union"),
    case("dozens-of-its-fighters", "The Kelvar Militia said dozens of its fighters had seized "
         "the depot.", "ControlEvent", "seized", "Kelvar Militia"),
    case("its-supporters", "The Greyfield Tenants Association said its supporters had "
         "protested outside the town hall in Marlow.", "ProtestEvent", "protested",
         "Greyfield Tenants Association"),
]
# fmt: on


@pytest.mark.parametrize(("text", "cls", "trigger", "agent"), MEMBERS)
def test_members_act_for_their_organisation(run, text, cls, trigger, agent):
    r = run(text)
    ev = r.event(cls, trigger=trigger)
    assert agent in r.labels(ev.agents), r.summary()


def test_counted_people_of_no_body_are_no_agent(run):
    r = run("Delta Grain raised prices. Thousands of workers marched through Orrin on Monday.")
    assert not r.event("MovementEvent", trigger="marched").agents, r.summary()


# ---------------------------------------------------------------- forces named by their backer

# fmt: off
BACKED = [
    # (text, class, trigger, agent): "X-backed forces", "government-allied militias" are a
    # body, also as the owner of "their attack"
    case("backed-their-attack", "Veska-backed forces stepped up their attack on Orrin on "
         "Sunday.", "ConflictEvent", "attack", "Veska-backed forces"),
    case("allied-militias", "Government-allied militias shelled the village of Tesk.",
         "ConflictEvent", "shelled", "government-allied militias"),
    case("backed-rebels", "Orrin-backed rebels seized the depot on Friday.", "ControlEvent",
         "seized", "Orrin-backed rebels"),
    # was a "no inherited agent" case of test_extract_events_news.py while "government
    # troops" could be no entity; the body is the agent now
    case("government-troops-their", "The Meridian Times reported on the war. Government "
         "troops stepped up their bombardment of Karvastan.", "ConflictEvent", "bombardment",
         "government troops"),
    case("security-forces-their", "Security forces renewed their offensive near Lunet on "
         "Monday.", "ConflictEvent", "offensive", "security forces"),
]
# fmt: on


@pytest.mark.parametrize(("text", "cls", "trigger", "agent"), BACKED)
def test_force_named_by_its_backer(run, text, cls, trigger, agent):
    r = run(text)
    ev = r.event(cls, trigger=trigger)
    assert agent.lower() in [a.lower() for a in r.labels(ev.agents)], r.summary()


def test_backer_is_not_the_agent(run):
    r = run("Veska-backed forces stepped up their attack on Orrin on Sunday.")
    assert "Veska" not in r.labels(r.event("ConflictEvent", trigger="attack").agents)


# ---------------------------------------------------------------- a town naming a body or a person

# fmt: off
TOWN_QUALIFIED = [
    # (text, class, trigger, place): the town's name before a body or a person ("a Kelvar
    # court", "a Lunet man") is a place, and the event is there
    case("kelvar-court", "A Kelvar court sentenced Piet Olsen to six years on Monday.",
         "JusticeEvent", "sentenced", "Kelvar"),
    case("lunet-man", "A Lunet man was arrested on suspicion of arson.", "JusticeEvent",
         "arrested", "Lunet"),
    case("tesk-woman", "A Tesk woman was injured when a wall collapsed.", "LifeEvent",
         "injured", "Tesk"),
    case("orrin-teenager", "An Orrin teenager was charged with theft on Friday.",
         "JusticeEvent", "charged", "Orrin"),
]
# fmt: on


@pytest.mark.parametrize(("text", "cls", "trigger", "place"), TOWN_QUALIFIED)
def test_town_naming_a_body_or_person_is_the_place(run, text, cls, trigger, place):
    r = run(text)
    ev = r.event(cls, trigger=trigger)
    assert place in r.labels(ev.places), r.summary()
    assert place not in r.labels(ev.agents), r.summary()
    assert r.entity(place).type == "Place", r.summary()


def test_town_court_is_the_agent(run):
    r = run("A Kelvar court sentenced Piet Olsen to six years on Monday.")
    ev = r.event("JusticeEvent", trigger="sentenced")
    assert r.labels(ev.agents) == ["Kelvar court"], r.summary()


def test_person_name_before_a_person_noun_stays_a_person(run):
    r = run("Ada Moreno and her husband were arrested on Friday.")
    assert r.entity("Ada Moreno").type == "Person", r.summary()


# ---------------------------------------------------------------- a country holds its own vote

# fmt: off
NATIONAL_HOLDERS = [
    # (text, class, trigger, place): a national event the country itself holds is there
    case("held-elections", "Kelvaria held elections on Sunday.", "GovernanceEvent",
         "elections", "Kelvaria"),
    case("held-referendum", "Moldavia held a referendum on Sunday.", "GovernanceEvent",
         "referendum", "Moldavia"),
]
# fmt: on


@pytest.mark.parametrize(("text", "cls", "trigger", "place"), NATIONAL_HOLDERS)
def test_country_holding_a_national_event_is_its_place(run, text, cls, trigger, place):
    r = run(text)
    ev = r.event(cls, trigger=trigger)
    assert place in r.labels(ev.places), r.summary()


def test_country_acting_elsewhere_is_no_place(run):
    r = run("Kelvaria bombed the depot in Orrin on Sunday.")
    ev = r.event("ConflictEvent", trigger="bombed")
    assert "Kelvaria" not in r.labels(ev.places), r.summary()
