"""kg.extract: groups of fighters that speak as a group ("the separatists said", "Kelvari
rebels said" where the tagger named "Kelvari" as a group). Near-miss: fighters that act
and say nothing.

Every sentence is invented. The articles are published on Friday 2024-03-15.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "content"), [
    pytest.param("The separatists said on Monday that the road to Tesk was closed.", "road",
                 id="the-separatists"),
    pytest.param("Shelling went on overnight. The insurgents claimed they had destroyed two "
                 "tanks.", "two tanks", id="the-insurgents-claimed"),
])
def test_a_group_of_fighters_speaks_as_a_group(run, text, content):
    r = run(text)
    assert any(content in s.content for s in r.ex.statements), r.summary()
    s = next(s for s in r.ex.statements if content in s.content)
    assert r.find_entity(r.label(s.speaker)).type == "Organization", r.summary()


def test_rebels_that_act_do_not_speak(run):
    r = run("Rebels attacked a checkpoint near Lunet on Thursday.")
    assert not r.ex.statements, r.summary()


def test_rebels_named_by_their_group_speak_as_the_group(run):
    # the small model tags "Kelvari" as an organisation here: the rebels are that group
    r = run("The Kelvar People's Army launched an offensive in March. Kelvari rebels said on "
            "Monday that the bridge was in their hands.")
    s = r.statement_by("Kelvari")
    assert "bridge" in s.content, r.summary()


@pytest.mark.parametrize(("text", "speaker"), [
    # the small model tags the second "Veska" as a person here; the first is a place
    pytest.param("Fighting broke out in Veska on Monday. Veska's military said it had "
                 "repelled the attack.", "Veska's military", id="place-named-before"),
])
def test_a_places_military_speaks_when_the_tagger_calls_the_place_a_person(run, text, speaker):
    r = run(text)
    s = r.statement_by(speaker)
    assert "repelled" in s.content, r.summary()


def test_a_persons_government_is_still_no_organisation(run):
    r = run("Ada Moreno won the vote in May. Moreno's government said taxes would fall.")
    assert r.find_entity("Moreno's government") is None, r.summary()
