"""kg.extract: a town's public services named by common nouns speak as bodies of their
own, as "Marlow's fire brigade" and "the Brisko city council" already did: "Orrin's
health department said", "the Orrin ambulance service said", "a spokesman for Orrin's
police department said" are the department's or the service's statements, not the town's.
Near-misses: a service named only inside another noun ("a health department building")
is no body.

Every sentence is invented. The articles are published on Friday 2024-03-15.
"""

from __future__ import annotations

import pytest
from cases import case

# fmt: off
SERVICES = [
    # (text, the body that speaks)
    case("possessive-said", "Ferrin's health department said three more cases had been "
         "found.", "Ferrin's health department"),
    case("officials-from", "Officials from Ferrin's health department said three more cases "
         "had been found.", "Ferrin's health department"),
    case("spokesman-for", "A spokesman for Ferrin's health department said the clinic would "
         "reopen.", "Ferrin's health department"),
    case("ambulance-service", "The Ferrin ambulance service said two people were hurt.",
         "Ferrin ambulance service"),
    case("police-department-denied", "Ferrin's police department denied that officers had "
         "beaten the men.", "Ferrin's police department"),
    case("water-board", "The Dunmore water board said the supply was safe to drink.",
         "Dunmore water board"),
]
# fmt: on


@pytest.mark.parametrize(("text", "body"), SERVICES)
def test_a_towns_public_service_speaks_for_itself(run, text, body):
    r = run(text)
    said = r.statement_by(body)
    assert r.label(said.on_behalf_of) == body, r.summary()
    assert r.find_entity(body).type == "Organization", r.summary()
    town = body.split()[0].removesuffix("'s")
    assert not r.statements_by(town), r.summary()


def test_a_service_inside_another_noun_is_no_body(run):
    r = run("Ferrin has a new health department building near the river.")
    assert not [e for e in r.ex.entities if "department" in e.label], r.summary()
