"""kg.extract propositions: the event a statement asserts or denies, and the places the
claimed-control questions ask about.

Every sentence is invented (names and places are made up). The articles are published
on Friday 2024-03-15.
"""

from __future__ import annotations

import pytest
from cases import case

# ------------------------------------------------------------------ contested sites

# fmt: off
SITES = [
    # (text, speaker, places the proposition must have)
    case("seized-palace-in-town",
         "The Kelvar Militia said on Monday it had seized the presidential palace in Orrin.",
         "Kelvar Militia", ["presidential palace", "Orrin"]),
    case("facilities-including",
         "Tomas Brenn said his side was in control of facilities including Orrin's "
         "international airport.",
         "Tomas Brenn", ["Orrin's international airport"]),
    case("bridge-has-fallen", "The Veska Guard said the Orrin bridge had fallen.",
         "Veska Guard", ["Orrin bridge"]),
    case("held-port-of", "The army said it now held the port of Orrin.",
         "army", ["Orrin"]),
    case("captured-headquarters",
         "Rebels have captured the headquarters of the Northern Command, Ilse Morrow said.",
         "Ilse Morrow", ["headquarters of the Northern Command"]),
    case("under-control",
         "Ada Moreno said the parliament building was under the control of the Guard.",
         "Ada Moreno", ["parliament building"]),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "places"), SITES)
def test_a_contested_site_is_the_claims_place(run, text, speaker, places):
    r = run(text)
    event = r.proposition(r.statement_by(speaker))
    assert event.type == "ControlEvent", r.summary()
    assert set(places) <= set(r.labels(event.places)), r.summary()


def test_sites_taken_over_together_are_both_places(run):
    r = run("Guard troops took over the Kelvar dam and the power plant on Friday.")
    assert {"Kelvar dam", "power plant"} <= set(r.labels(r.event("ControlEvent").places))


# fmt: off
NOT_SITES = [
    # (text, a label that must not become a place)
    case("no-control", "The presidential palace was painted white last year.",
         "presidential palace"),
    case("visit-is-no-claim", "Ada Moreno said she visited the presidential palace on Monday.",
         "presidential palace"),
    case("indefinite", "Rebels seized a military camp near Orrin on Friday.",
         "military camp"),
    case("bare-anaphor", "Rebels attacked a military camp near Orrin on Friday. The militia "
         "said it took control of the camp after heavy fighting.", "camp"),
]
# fmt: on


@pytest.mark.parametrize(("text", "label"), NOT_SITES)
def test_no_site_without_a_claim_of_control(run, text, label):
    r = run(text)
    assert r.find_entity(label) is None, r.summary()


def test_a_bare_anaphor_keeps_the_town_as_place(run):
    r = run("Rebels attacked a military camp near Orrin on Friday. The militia said it took "
            "control of the camp after heavy fighting.")
    assert "Orrin" in r.labels(r.event("ControlEvent").places), r.summary()


# ------------------------------------------------------------------ a side's own media

# fmt: off
OWN_MEDIA = [
    # (text, the side that speaks, place of its claim)
    case("run-by", "Local media run by the Kelvar Militia reported the group had captured "
         "Sarova on Thursday.", "Kelvar Militia", "Sarova"),
    case("owned-by", "A television channel owned by the Veska Guard said the bridge at Sarova "
         "had fallen.", "Veska Guard", "Sarova"),
    case("hyphen-run", "Kelvar Militia-run media said the group had overrun the town of "
         "Halvik.", "Kelvar Militia", "Halvik"),
    case("possessive", "The Kelvar Militia's radio station announced that Sarova had been "
         "liberated.", "Kelvar Militia", "Sarova"),
    case("close-to", "Media outlets close to the Northern Legion reported on Friday that its "
         "fighters had seized the presidential palace.", "Northern Legion",
         "presidential palace"),
]
# fmt: on


@pytest.mark.parametrize(("text", "side", "place"), OWN_MEDIA)
def test_a_sides_own_media_voice_its_claim(run, text, side, place):
    r = run(text)
    event = r.proposition(r.statement_by(side))
    assert event.type == "ControlEvent", r.summary()
    assert place in r.labels(event.places), r.summary()


@pytest.mark.parametrize("text", [
    pytest.param("Local media reported the Kelvar Militia had captured Sarova.", id="no-owner"),
    pytest.param("Media run by volunteers reported the Kelvar Militia had captured Sarova.",
                 id="owner-no-group"),
])
def test_media_of_no_named_side_give_the_side_no_claim(run, text):
    r = run(text)
    assert not r.statements_by("Kelvar Militia"), r.summary()


# ------------------------------------------------------------------ answers to a claim

# fmt: off
VERDICTS = [
    # (text, the one who denies, the claimed place)
    case("claim-not-true", "The Kelvar Militia said on Monday it had captured Sarova. But army "
         "spokesman Tomas Brenn told reporters the claim was not true.", "Tomas Brenn", "Sarova"),
    case("reports-false", "The Veska Guard said its troops had seized Halvik. Ada Moreno, a "
         "militia commander, said the reports were false.", "Ada Moreno", "Halvik"),
    case("allegation-baseless", "The Northern Legion announced that it had taken the port of "
         "Sarova. The Veska Guard said on Tuesday that this allegation was baseless.",
         "Veska Guard", "Sarova"),
]
# fmt: on


@pytest.mark.parametrize(("text", "denier", "place"), VERDICTS)
def test_a_verdict_on_the_claim_denies_its_event(run, text, denier, place):
    r = run(text)
    denial = r.statement_by(denier)
    assert denial.stance == "Deny", r.summary()
    event = r.proposition(denial)
    assert event.type == "ControlEvent" and place in r.labels(event.places), r.summary()
    assert denial.responds_to is not None, r.summary()


def test_a_verdict_with_no_claim_before_answers_nothing(run):
    r = run("Tomas Brenn told reporters on Monday the claim was not true.")
    denial = r.statement_by("Tomas Brenn")
    assert denial.responds_to is None and denial.proposition is None, r.summary()


# fmt: off
OWN_GROUP = [
    # (text, the side, place)
    case("media-run-by", 'Local media run by the Kelvar Army reported the group "fully captured '
         'the headquarters of the Northern Command in Sarova" on Thursday.', "Kelvar Army",
         "headquarters of the Northern Command"),
    case("radio-of", "The Orrin Front is a rebel group. The Kelvar Army's radio said the group "
         "had seized Halvik.", "Kelvar Army", "Halvik"),
    case("conjoined-verb", "Media close to the Kelvar Army reported that the group had stormed "
         "the outskirts and also captured the town of Halvik.", "Kelvar Army", "Halvik"),
]
# fmt: on


@pytest.mark.parametrize(("text", "side", "place"), OWN_GROUP)
def test_the_group_an_outlet_reports_on_is_its_owner(run, text, side, place):
    r = run(text)
    event = r.proposition(r.statement_by(side))
    assert r.labels(event.agents) == [side], r.summary()
    assert place in r.labels(event.places), r.summary()


# ------------------------------------------------------------------ control as possession

# fmt: off
POSSESSION = [
    # (text, speaker, holder, place)
    case("is-ours", "The Veska Guard said the city of Halvik is ours.",
         "Veska Guard", "Veska Guard", "Halvik"),
    case("quoted-ours", '"Halvik is ours," the Veska Guard said on Monday.',
         "Veska Guard", "Veska Guard", "Halvik"),
    case("in-our-hands", "Tomas Brenn, a Kelvar Militia spokesman, said the town of Halvik "
         "was in our hands.", "Tomas Brenn", "Kelvar Militia", "Halvik"),
    case("in-the-hands-of", "The Veska Guard said the bridge at Halvik remained in the hands "
         "of the Kelvar Militia.", "Veska Guard", "Kelvar Militia", "Halvik"),
    case("site-in-its-hands", "The Veska Guard said on Sunday that the presidential palace is "
         "now firmly in its hands.", "Veska Guard", "Veska Guard", "presidential palace"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "holder", "place"), POSSESSION)
def test_a_place_said_to_be_held_is_a_control_claim(run, text, speaker, holder, place):
    r = run(text)
    event = r.proposition(r.statement_by(speaker))
    assert event.type == "ControlEvent", r.summary()
    assert holder in r.labels(event.agents) and place in r.labels(event.places), r.summary()


@pytest.mark.parametrize("text", [
    pytest.param("The Veska Guard said the decision is ours.", id="no-place"),
    pytest.param("The Veska Guard said Halvik was never ours.", id="negated"),
    pytest.param("The Veska Guard said the future of Halvik is in the hands of its voters.",
                 id="future-of"),
])
def test_possession_of_no_place_is_no_control(run, text):
    r = run(text)
    assert not r.events_of("ControlEvent"), r.summary()


# ------------------------------------------------------------------ the claimer as agent

# fmt: off
CLAIMER = [
    # (text, speaker, event class, agent)
    case("claims-by-to-have", "He would not comment on claims by Delta Grain to have bought "
         "the Orrin mill.", "Delta Grain", "TransactionEvent", "Delta Grain"),
    case("under-our-control", "The Veska army said on Friday it had retaken the Orrin bridge. "
         'Army spokesman Tomas Brenn said the bridge was "fully under our control".',
         "Tomas Brenn", "ControlEvent", "Veska army"),
    case("under-its-control", "The Kelvar Militia said the town of Halvik was under its "
         "control.", "Kelvar Militia", "ControlEvent", "Kelvar Militia"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "cls", "agent"), CLAIMER)
def test_the_claimer_is_the_agent_of_its_claim(run, text, speaker, cls, agent):
    r = run(text)
    event = r.proposition(r.statement_by(speaker))
    assert event.type == cls and r.labels(event.agents) == [agent], r.summary()


def test_its_said_by_a_person_is_not_the_person(run):
    r = run("Ada Moreno said the town of Halvik was under its control.")
    event = r.proposition(r.statement_by("Ada Moreno"))
    assert "Ada Moreno" not in r.labels(event.agents), r.summary()


# fmt: off
SITES_ELSEWHERE = [
    # (text, the site) -- sites outside war news
    case("jail", "Inmates took control of the Kelvar jail on Sunday, prison officials said.",
         "Kelvar jail"),
    case("regained-prison", "Police regained control of the Orrin prison after a riot, the "
         "Veska interior ministry said.", "Orrin prison"),
    case("wrested-hospital", "The Kelvar Militia said it had wrested control of the main "
         "hospital from the Guard.", "main hospital"),
    case("occupied-building", "Protesters said they had occupied the parliament building in "
         "Orrin.", "parliament building"),
    case("gate-fallen", "The Veska Guard said the north gate of Kelvar had fallen by noon.",
         "Kelvar"),
]
# fmt: on


@pytest.mark.parametrize(("text", "site"), SITES_ELSEWHERE)
def test_one_control_event_at_the_site(run, text, site):
    r = run(text)
    control = r.events_of("ControlEvent")
    assert len(control) == 1 and site in r.labels(control[0].places), r.summary()
    assert not r.events_of("JusticeEvent"), r.summary()  # "the jail" is no jailing


# ------------------------------------------------------------------ names taken as places

# fmt: off
TAKEN_NAMES = [
    # (text, speaker, place) -- the place name may be tagged a person or a group
    case("town-of-fallen", "Ada Moreno said the town of Sarova had fallen on Sunday.",
         "Ada Moreno", "Sarova"),
    case("in-our-hands", "The Veska Guard said Halvik was in our hands.",
         "Veska Guard", "Halvik"),
    case("captured-placed-later", "The Kelvar Militia said it had captured Mirovka. Fighting "
         "in Mirovka continued.", "Kelvar Militia", "Mirovka"),
    case("mine-by-name", "Workers at the Kelvar Gold Mine walked out on Monday. The Miners "
         "Front said it had taken control of the mine after seizing the main gate.",
         "Miners Front", "Kelvar Gold Mine"),
    case("the-town", "Fighting continued near Sarova on Monday. The Kelvar Militia said on "
         "Tuesday it had captured the town.", "Kelvar Militia", "Sarova"),
    case("denied-fallen", "Ada Moreno denied that Sarova had fallen.", "Ada Moreno", "Sarova"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "place"), TAKEN_NAMES)
def test_a_name_taken_or_held_is_a_place(run, text, speaker, place):
    r = run(text)
    event = r.proposition(r.statement_by(speaker))
    assert place in r.labels(event.places), r.summary()
    assert r.entity(place).type == "Place", r.summary()


@pytest.mark.parametrize(("text", "name"), [
    pytest.param("Delta Grain bought a stake in Orrin Mills in 2020. Ada Moreno said the "
                 "firm had taken over.", "Orrin Mills", id="firm-stake"),
    pytest.param("Police captured Ada Moreno on Friday, Tomas Brenn said.", "Ada Moreno",
                 id="person-captured"),
    pytest.param("The Kelvar Militia said it had seized the Veska Guard's depot.",
                 "Veska Guard", id="owner-of-site"),
    pytest.param("Sarova Brenn attacked the Guard. Ada Moreno said Sarova Brenn had fallen.",
                 "Sarova Brenn", id="one-who-acts"),
])
def test_a_person_or_group_taken_stays_what_it_is(run, text, name):
    r = run(text)
    assert r.entity(name).type != "Place", r.summary()


# fmt: off
ANNOUNCED = [
    # (text, speaker, event class, agent)
    case("announced-capture", "The Kelvar Militia announced the capture of Halvik.",
         "Kelvar Militia", "ControlEvent", "Kelvar Militia"),
    case("announced-acquisition", "Delta Grain announced the acquisition of Orrin Mills on "
         "Monday.", "Delta Grain", "BusinessEvent", "Delta Grain"),
    case("her-resignation", "Ada Moreno announced her resignation on Monday.",
         "Ada Moreno", "PersonnelEvent", "Ada Moreno"),
    case("confirmed-arrest", "The Veska police confirmed the arrest of a local editor.",
         "Veska police", "JusticeEvent", "Veska police"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "cls", "agent"), ANNOUNCED)
def test_the_announcer_of_a_deed_is_its_doer(run, text, speaker, cls, agent):
    r = run(text)
    event = r.proposition(r.statement_by(speaker))
    assert event.type == cls and r.labels(event.agents) == [agent], r.summary()


@pytest.mark.parametrize(("text", "speaker"), [
    pytest.param("The Veska Guard confirmed the death of Ada Moreno.", "Veska Guard",
                 id="a-death-has-no-doer"),
    pytest.param("The Kelvar Militia denied the capture of Halvik.", "Kelvar Militia",
                 id="a-denial-owns-nothing"),
    pytest.param("Delta Grain announced the sale of its mills by the Orrin Trust.",
                 "Delta Grain", id="doer-by"),
])
def test_an_announced_event_with_another_doer_or_none(run, text, speaker):
    r = run(text)
    event = r.proposition(r.statement_by(speaker))
    assert speaker not in r.labels(event.agents), r.summary()


# ------------------------------------------------------------------ coups

# fmt: off
SEATS_OF_POWER = [
    # (text, speaker, country)
    case("claiming-taken-over", "Protests spread across Veska on Monday. The Veskan military "
         "released a statement claiming to have taken over.", "Veskan military", "Veska"),
    case("seized-power", "Tanks rolled through Kelvar on Tuesday. The Kelvari army said it had "
         "seized power.", "Kelvari army", "Kelvar"),
    case("over-a-city-named-before", "Gunfire was heard in Orrin, the capital of Veska, on "
         "Monday. The Veskan military said it had taken over.", "Veskan military", "Veska"),
    case("over-the-city-it-spoke-from", "Tanks rolled into Ankor, Veska's capital, late on "
         "Friday. The Veskan military said in a statement broadcast from Ankor that it had "
         "taken over.", "Veskan military", "Veska"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "country"), SEATS_OF_POWER)
def test_a_takeover_of_nothing_named_is_of_the_takers_country(run, text, speaker, country):
    r = run(text)
    event = r.proposition(r.statement_by(speaker))
    assert event.type == "ControlEvent" and country in r.labels(event.places), r.summary()


def test_a_takeover_of_a_named_thing_keeps_its_own_place(run):
    r = run("Protests spread across Veska on Monday. The Veskan military said it had taken "
            "over the Orrin radio station.")
    event = r.proposition(r.statement_by("Veskan military"))
    assert "Veska" not in r.labels(event.places), r.summary()


# ------------------------------------------------------------------ a body's own people

# fmt: off
OWN_PEOPLE = [
    # (text, speaker) -- the speaker's people did it
    case("troops-of-a-guard", "The Veska Guard said troops had seized the Orrin tanker on "
         "Sunday.", "Veska Guard"),
    case("officers-of-police", "The Veska police said officers arrested Tomas Brenn on "
         "Monday.", "Veska police"),
    case("workers-of-a-union", "The Orrin Dockers Union said workers had occupied the Orrin "
         "refinery.", "Orrin Dockers Union"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker"), OWN_PEOPLE)
def test_a_bodys_own_people_act_for_it(run, text, speaker):
    r = run(text)
    event = r.proposition(r.statement_by(speaker))
    assert r.labels(event.agents) == [speaker], r.summary()


@pytest.mark.parametrize(("text", "speaker"), [
    pytest.param("The Kelvar Rebels Alliance said soldiers had attacked Halvik.",
                 "Kelvar Rebels Alliance", id="the-other-sides-soldiers"),
    pytest.param("The Veska Guard said Kelvari troops had seized the Orrin tanker.",
                 "Veska Guard", id="troops-of-a-nation"),
    pytest.param("The Veska Guard denied that troops had seized the Orrin tanker.",
                 "Veska Guard", id="denied"),
])
def test_people_of_another_side_are_not_the_speakers(run, text, speaker):
    r = run(text)
    event = r.proposition(r.statement_by(speaker))
    assert speaker not in r.labels(event.agents), r.summary()
