"""kg.extract, wave 14: names the small tagger types wrongly or leaves out.

- Place names joined by a lower-case particle are ground also when they fall ("X fell to
  the rebels"), are held, lost or wrested ("the army held X"), are fought for ("the battle
  for X", "clashes over X"), or when the parser reads their particle as a verb
  (``kg.extract.particle_places``); a person's name held or lost ("Police held Jose de la
  Vega") stays a person's.
- A body named by its owner and a common noun ("Orrin's navy", "Veska's health ministry")
  also goes by the common noun ("navy", "health ministry"), a lower-case alias.
- "the Municipality of Dunmore", "the District of Orrin" are one Place, also where the
  tagger tags only the name after "of" (``kg.extract.of_places``); "the Department of
  Health", "the Governor of Kelvar", "the Bank of Kelvar" are not.

Every sentence and name is invented.
"""

from __future__ import annotations

import pytest
from cases import case
from test_extract_claimed_places_w12 import _types

from kg.extract.entities import entity_table

# ------------------------------------------------------------------ names with particles

# fmt: off
PARTICLE_GROUND = [
    case("fell-to", "On Sunday, Ras el Hamra fell to the rebels after a week of fighting.",
         "Ras el Hamra"),
    case("fell-into-hands", "Bab al Nour fell into the hands of the militia on Friday.",
         "Bab al Nour"),
    case("fell-to-forces", "Tal el Zaatar fell to the militia on Thursday, a monitor said.",
         "Tal el Zaatar"),
    case("lost-to", "The insurgents lost Cerro de la Luz to government forces on Sunday.",
         "Cerro de la Luz"),
    case("held-despite", "The army held Dar el Salam despite heavy shelling, officers said.",
         "Dar el Salam"),
    case("sent-to-hold", "Troops were sent to hold Vila do Mar against the gangs, the governor "
         "said.", "Vila do Mar"),
    case("lost-split", "The army lost Vila do Mar to the insurgents last week.", "Vila do Mar"),
    case("battle-for", "The battle for Ras el Hamra has lasted three weeks, the monitor said.",
         "Ras el Hamra"),
    case("battle-for-tagged-norp", "The battle for Morro do Vento entered its second week, "
         "police said.", "Morro do Vento"),
    case("fighting-over", "Fighting over Ras el Hamra intensified on Sunday, residents said.",
         "Ras el Hamra"),
    case("clashes-over", "Clashes over Bairro da Paz killed four people, the governor said.",
         "Bairro da Paz"),
    case("wrested-from", "The rebels wrested Qasr el Nil from the army after a long siege.",
         "Qasr el Nil"),
]
# fmt: on


# fmt: off
PARTICLE_PEOPLE = [
    case("held-for-questioning", "Police held Jose de la Vega for questioning on Monday.",
         "Jose de la Vega"),
    case("critics-fell-silent", "Critics of Ahmed el Sayed fell silent after the vote.",
         "Ahmed el Sayed"),
    case("held-talks-with", "The minister held talks with Luiz da Costa on Friday.",
         "Luiz da Costa"),
    case("fell-ill-speaks", "Luiz da Costa fell ill on Monday and said he would rest.",
         "Luiz da Costa"),
    case("fell-ill", "Luiz da Costa fell ill on Monday.", "Luiz da Costa"),
    case("fell-from-grace", "Maria do Carmo fell from grace after the scandal.",
         "Maria do Carmo"),
]
# fmt: on


@pytest.mark.parametrize(("text", "name"), PARTICLE_PEOPLE)
def test_particle_person_stays_no_place(nlp, text, name):
    assert _types(nlp, text).get(name) != "Place", _types(nlp, text)


# ------------------------------------------------------------------ bodies named "X's <noun>"

# fmt: off
OWNED_BODIES = [
    case("navy", "Orrin's navy said on Monday that two ships had been seized.",
         "Orrin's navy", "navy"),
    case("health-ministry", "Veska's health ministry confirmed three deaths, officials said.",
         "Veska's health ministry", "health ministry"),
    case("interior-ministry", "Kelvar's interior ministry denied the report on Friday.",
         "Kelvar's interior ministry", "interior ministry"),
    case("coast-guard", "Marlow's coast guard rescued nine fishermen on Sunday, it said.",
         "Marlow's coast guard", "coast guard"),
    case("cabinet", "Zorvia's cabinet approved the budget on Monday.", "Zorvia's cabinet",
         "cabinet"),
    case("capital-head", "Brenland's interim Government said the talks would resume.",
         "Brenland's interim Government", "interim government"),
    case("fire-brigade", "Dunmore's fire brigade disputed the figure, saying two engines "
         "were free.",
         "Dunmore's fire brigade", "fire brigade"),
]
# fmt: on


@pytest.mark.parametrize(("text", "label", "alias"), OWNED_BODIES)
def test_owned_body_also_goes_by_its_common_name(nlp, text, label, alias):
    """The common name is a lower-case alias: a description, never evidence that two
    articles' bodies are one (kg.identity)."""
    bodies = {e.label: e for e in entity_table(nlp(text)).entities if e.type == "Organization"}
    assert label in bodies, bodies
    assert alias in bodies[label].aliases, bodies[label]


# fmt: off
NO_BARE_ALIAS = [
    case("adjective", "The Veskan government said the talks would resume."),
    case("of-place", "The government of Veska said the talks would resume."),
    case("bare", "The junta said on Monday the curfew would end."),
]
# fmt: on


@pytest.mark.parametrize("text", NO_BARE_ALIAS)
def test_body_not_owned_gets_no_bare_alias(nlp, text):
    for e in entity_table(nlp(text)).entities:
        assert not any(a == a.lower() and a in e.label.lower() and a != e.label.lower()
                       for a in e.aliases), e


# ------------------------------------------------------------------ "<Unit> of <Name>"

# fmt: off
OF_PLACES = [
    case("municipality-speaks", "The Municipality of Dunmore said the road would reopen on "
         "Monday.", "Municipality of Dunmore"),
    case("district-untagged", "The District of Orrin rejected the plan, a spokesman said.",
         "District of Orrin"),
    case("residents-of", "Residents of the Municipality of Dunmore protested on Friday.",
         "Municipality of Dunmore"),
    case("province-object", "Floods hit the Province of Kelvar on Sunday, officials said.",
         "Province of Kelvar"),
    case("city-tagged-whole", "The City of Marlow announced new parking rules, the mayor said.",
         "City of Marlow"),
]
# fmt: on


@pytest.mark.parametrize(("text", "name"), PARTICLE_GROUND + OF_PLACES)
def test_name_fought_over_or_unit_of_name_is_one_place(nlp, text, name):
    types = _types(nlp, text)
    assert types.get(name) == "Place", types
    assert not any(label != name and label in name for label in types), types


# fmt: off
NOT_OF_PLACES = [
    case("department", "The Department of Health said two clinics had closed.",
         "Department of Health"),
    case("governor", "The Governor of Kelvar said the roads were closed.", "Governor of Kelvar"),
    case("secretary", "The Secretary of State arrived in Orrin on Monday.",
         "Secretary of State"),
    case("bank", "The Bank of Kelvar raised rates on Tuesday.", "Bank of Kelvar"),
]
# fmt: on


@pytest.mark.parametrize(("text", "name"), NOT_OF_PLACES)
def test_body_or_title_of_name_is_no_unit_place(nlp, text, name):
    assert _types(nlp, text).get(name) != "Place", _types(nlp, text)
