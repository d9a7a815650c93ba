"""kg.extract, wave 12: the places of claims of control the small tagger gets wrong, and
claims of control said without a verb of taking.

- Place names joined by a lower-case particle ("Vila do Mar", "Cerro de los Santos") are
  one Place wherever the document uses them as ground (``kg.extract.particle_places``);
  people's names with particles stay people.
- Names of sites ("Talbot House", "Merrin Hall") the tagger calls a person are places
  where they are taken or where things happen; a site's name that speaks stays a body.
- Names used only as a location ("a rally at X", "the X roundabout") are places; a name
  that speaks and is taken up by "he" or "she" is a person's, wherever else it stands.
- "our fighters are inside X", "we remain in X", "X is under our flag": the speaker's side
  claims X (``kg.extract.possession``); a visit, a place nearby, a hope, a negation do not;
  control striven for ("sought control of X") is Future, and the claimed-control query
  leaves it out (tests/test_extract_control_w10.py, end to end).

Every sentence and name is invented.
"""

from __future__ import annotations

import pytest
from cases import case

from kg.extract.entities import entity_table


def _types(nlp, text: str) -> dict[str, str]:
    return {e.label: e.type for e in entity_table(nlp(text)).entities}


# ------------------------------------------------------------------ names with particles

# fmt: off
PARTICLE_PLACES = [
    case("seized-split-by-tagger", "The gang seized Morro do Vento, police said on Monday.",
         "Morro do Vento"),
    case("in-untagged", "The clashes in Bairro da Luz left five dead, police said.",
         "Bairro da Luz"),
    case("apposed-favela", "Police raided a house in Ponta do Sol, a hillside favela, on Friday.",
         "Ponta do Sol"),
    case("neighbourhood-after",
         "The militia now controls the Cerro de los Santos neighbourhood, residents said.",
         "Cerro de los Santos"),
    case("inside-arabic", "Shots were heard from Dar el Salam overnight. Families inside "
         "Dar el Salam said food was short.", "Dar el Salam"),
    case("residents-of", "Residents of Vila Nova da Serra said the army entered the slum.",
         "Vila Nova da Serra"),
    case("took-tagged-person", "Armed men took Bairro da Luz on Sunday. The police said the "
         "gangs had controlled Bairro da Luz for a decade.", "Bairro da Luz"),
    case("area-after", "Troops entered the Ras el Tin area before dawn, witnesses said.",
         "Ras el Tin"),
]
# fmt: on


# fmt: off
PARTICLE_PEOPLE = [
    case("titled", "President Jose de la Vega visited the port on Friday. Crowds waited for "
         "Jose de la Vega in the rain.", "Jose de la Vega"),
    case("apposed-role", "Ahmed el Sayed, the mayor, said the roads were closed.",
         "Ahmed el Sayed"),
    case("speaks", "Luiz da Costa said on Monday that the plan would fail. Critics in Luiz "
         "da Costa's party disagreed.", "Luiz da Costa"),
    case("who-clause", "Voters put their trust in Rosa do Carmo Lima, who won the vote.",
         "Rosa do Carmo Lima"),
]
# fmt: on


# ------------------------------------------------------------------ sites and locations

# fmt: off
SITES_AND_LOCATIONS = [
    case("seized-house", "The rebels said on Monday they had seized Talbot House, the "
         "governor's residence.", "Talbot House"),
    case("outside-hall", "Protesters gathered outside Merrin Hall on Friday. Police cleared "
         "Merrin Hall at dawn.", "Merrin Hall"),
    case("rally-at", "A rally at Fares Khoury drew thousands on Friday, the organisers said.",
         "Fares Khoury"),
    case("roundabout", "Protesters blocked the Nadim Sarraf roundabout on Monday, police said.",
         "Nadim Sarraf"),
    case("intersection", "Hundreds of students rallied near the Samir Kassab intersection "
         "on Sunday, police said.", "Samir Kassab"),
]
# fmt: on


@pytest.mark.parametrize(("text", "name"), PARTICLE_PLACES + SITES_AND_LOCATIONS)
def test_name_used_as_ground_is_one_place(nlp, text, name):
    types = _types(nlp, text)
    assert types.get(name) == "Place", types
    assert not any(label != name and label in name for label in types), types


# fmt: off
NOT_SITES = [
    case("site-speaks", "Norland Palace said on Monday that the king was well.",
         "Norland Palace"),
    case("person-hall", "Stuart Hall said he would retire. Fans queued at the shop to meet "
         "Stuart Hall.", "Stuart Hall"),
    case("gathered-at-then-speaks", "Protesters gathered at Hamid Tarek on Friday. Hamid "
         "Tarek said he welcomed them.", "Hamid Tarek"),
    case("rally-at-then-speaks", "A rally at Fares Khoury drew thousands. Fares Khoury said "
         "he was grateful.", "Fares Khoury"),
    case("sat-near-then-speaks", "The minister sat near Hamid Tarek at the dinner, aides "
         "said. Hamid Tarek said she was pleased.", "Hamid Tarek"),
]
# fmt: on


@pytest.mark.parametrize(("text", "name"), PARTICLE_PEOPLE + NOT_SITES)
def test_person_or_body_stays_no_place(nlp, text, name):
    assert _types(nlp, text).get(name) != "Place", _types(nlp, text)


# ------------------------------------------------------------------ control said as presence

# fmt: off
PRESENCE_CLAIMS = [
    case("fighters-inside", '"Our fighters are now inside Markova," rebel spokesman Omar Fessi '
         "said on Tuesday.", "Omar Fessi", "Markova"),
    case("units-were-inside", "Omar Fessi, a rebel spokesman, said on Tuesday that their units "
         "were inside Markova.", "Omar Fessi", "Markova"),
    case("we-remain-in", '"We remain in Orvieto and will not leave," the rebel commander Lev '
         "Dross said on Sunday.", "Lev Dross", "Orvieto"),
    case("troops-stay-in", '"Our troops stay in Dallen whatever happens," the army spokesman '
         "Anwar Sidi said.", "Anwar Sidi", "Dallen"),
    case("under-our-flag", '"Dallen is under our flag," the rebel commander Lev Dross said on '
         "Sunday.", "Lev Dross", "Dallen"),
    case("under-their-flag", "The Kestin Front said Keltan is now under its flag.",
         "Kestin Front", "Keltan"),
    case("is-free", '"Dallen is free," the rebel commander Lev Dross said on Sunday.',
         "Lev Dross", "Dallen"),
    case("now-secure", '"Dallen is now secure," the army spokesman Anwar Sidi said.',
         "Anwar Sidi", "Dallen"),
]
# fmt: on


# fmt: off
NOT_PRESENCE = [
    case("visit", '"We are in Dallen for talks with the mayor," the envoy Lev Dross said.',
         "Lev Dross"),
    case("near", '"Our troops are near Dallen," the commander Lev Dross said on Sunday.',
         "Lev Dross"),
    case("hope", '"We hope to be inside Dallen by Friday," the commander Lev Dross said.',
         "Lev Dross"),
    case("future", '"Our men will stay in Dallen," the commander Lev Dross said on Sunday.',
         "Lev Dross"),
    case("negated", '"Our forces are not in Dallen," the army spokesman Anwar Sidi said.',
         "Anwar Sidi"),
    case("players", '"Our players are in Dallen for the final," the coach Lev Dross said.',
         "Lev Dross"),
    case("talks-held", '"We hold talks in Dallen every week," Lev Dross said on Sunday.',
         "Lev Dross"),
    case("free-of", '"Dallen is free of cholera now," the health minister Ana Pires said.',
         "Ana Pires"),
    case("will-be-free", '"Dallen will be free soon," the rebel commander Lev Dross said.',
         "Lev Dross"),
    case("not-secure", '"Dallen is not secure," the army spokesman Anwar Sidi said.',
         "Anwar Sidi"),
    case("entry-free", '"Entry to Dallen museum is free," the curator Ana Pires said.',
         "Ana Pires"),
]
# fmt: on


# ------------------------------------------------------------------ entries told by a side

# fmt: off
ENTRIES = [
    case("troops-entered", '"Our troops entered Tarvin at dawn," the rebel commander Lev Dross '
         "said on Sunday.", "Lev Dross", "Tarvin"),
    case("moved-into", "The rebel commander Lev Dross said on Sunday that his fighters had "
         "moved into Tarvin.", "Lev Dross", "Tarvin"),
    case("we-stormed", '"We stormed Korvale on Friday," the militia leader Petr Valsk said.',
         "Petr Valsk", "Korvale"),
]
NOT_ENTRIES = [
    case("tried", "Lev Dross said on Sunday that his men had tried to enter Tarvin.",
         "Lev Dross"),
    case("will", '"Our troops will enter Tarvin soon," the commander Lev Dross said.',
         "Lev Dross"),
    case("delegates", "Lev Dross said on Sunday that the delegates had entered Tarvin.",
         "Lev Dross"),
    case("not", '"Our troops did not enter Tarvin," the commander Lev Dross said on Sunday.',
         "Lev Dross"),
    case("through", "Lev Dross said his fighters had entered Tarvin without taking the fort.",
         "Lev Dross"),
]
# fmt: on


# ------------------------------------------------------------------ "X-held Y"

# fmt: off
HELD = [
    case("rebel-held-town-of", "The rebel-held town of Dara was shelled on Monday, the army "
         "said.", "army", "Dara"),
    case("government-controlled", "Shells hit government-controlled Orrin, the Kelvar Militia "
         "said.", "Kelvar Militia", "Orrin"),
    case("militia-occupied", "The Veska Army said militia-occupied Brenno was quiet.",
         "Veska Army", "Brenno"),
]
NOT_HELD = [
    case("no-name", "Aid reached government-held areas on Monday, the agency said."),
    case("state-run-outlet", "State-run Orrin Radio said on Monday that prices rose."),
    case("privately-held", "The privately held Kestrel Systems said profits rose."),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "place"), PRESENCE_CLAIMS + ENTRIES + HELD)
def test_presence_flag_entry_and_held_are_claims_of_control(run, text, speaker, place):
    r = run(text)
    assert place in r.claimed_places(speaker), r.summary()


@pytest.mark.parametrize(("text", "speaker"), NOT_PRESENCE + NOT_ENTRIES)
def test_visits_hopes_attempts_and_negations_claim_nothing(run, text, speaker):
    r = run(text)
    assert not {"Dallen", "Tarvin"} & set(r.claimed_places(speaker)), r.summary()


@pytest.mark.parametrize("text", NOT_HELD)
def test_held_with_no_named_place_is_no_control(run, text):
    r = run(text)
    assert not r.events_of("ControlEvent"), r.summary()


# ------------------------------------------------------------------ hopes and attempts

# fmt: off
PURSUED = [
    case("sought", "Lev Dross said on Sunday that the rebels sought control of Tarvin."),
    case("fighting-for", "Lev Dross said on Sunday that two militias were fighting for "
         "control of Tarvin."),
    case("wanted", "The army said it wanted control of Tarvin."),
    case("battle-for", "The battle for control of Tarvin went on, the army said."),
]
# fmt: on


@pytest.mark.parametrize("text", PURSUED)
def test_control_striven_for_is_future(run, text):
    r = run(text)
    events = [e for e in r.events_of("ControlEvent") if "Tarvin" in r.labels(e.places)]
    assert events and all(e.factuality == "Future" for e in events), r.summary()


def test_control_taken_is_no_pursuit(run):
    r = run("Lev Dross said on Sunday that the rebels had taken control of Tarvin.")
    assert r.event("ControlEvent").factuality == "Claimed", r.summary()
