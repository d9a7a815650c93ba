"""kg.extract propositions: the event a statement asserts or denies, and the places the
claimed-control questions ask about.

Every sentence is invented (names and places are made up). The articles are published
on Friday 2024-03-15.
"""

from __future__ import annotations

import pytest


def case(id_: str, *values, why: str | None = None):
    """One table row; ``why`` marks a documented engine failure (strict xfail)."""
    marks = [pytest.mark.xfail(strict=True, reason=why)] if why else []
    return pytest.param(*values, id=id_, marks=marks)


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
         "army", ["port of Orrin", "Orrin"]),
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
