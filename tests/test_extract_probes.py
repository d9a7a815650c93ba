"""Constructions met while reading varied news (business, courts, elections), one sentence
each, invented names."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "name", "etype"),
    [
        ("Shares in Calder Motors fell 4% in Halvik on Monday.", "Calder Motors",
         "Organization"),
        ("Orion Capital bought a stake in Voltiq Systems last year.", "Voltiq Systems",
         "Organization"),
    ],
    ids=["shares-in", "stake-in"],
)
def test_holding_nouns_make_companies(run, text, name, etype) -> None:
    r = run(text)
    assert r.entity(name).type == etype, r.summary()


def test_falling_shares_are_no_change_of_control(run) -> None:
    r = run("Shares in Calder Motors fell 4% in Halvik on Monday.")
    assert r.events_of("ControlEvent") == [], r.summary()


def test_a_place_that_fell_is_a_control_event(run) -> None:
    r = run("Maria Kovacs denied that Port Elin had fallen.")
    assert r.events_of("ControlEvent"), r.summary()


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "words"),
    [
        ("Tomas Berg conceded defeat late on Saturday.", "Tomas Berg", "concede", "defeat"),
        ("The Northern Alliance Party has claimed Halvik as its own territory.",
         "Northern Alliance Party", "claim", "as its own territory"),
        ("Maria Kovacs announced a merger with Voltiq on Monday.", "Maria Kovacs", "announce",
         "merger"),
    ],
    ids=["concede-defeat", "claim-as", "announce-object"],
)
def test_noun_phrase_content(run, text, speaker, cue, words) -> None:
    r = run(text)
    s = r.statement_by(speaker)
    assert s.cue == cue and words in s.content, r.summary()


def test_an_election_win_dates_the_election(run) -> None:
    r = run("Maria Kovacs won the presidential election on Sunday.")
    ev = r.event("GovernanceEvent")
    assert ev.date is not None and ev.date.value == "2024-03-10", r.summary()


def test_possessed_subject_makes_the_owner_the_agent(run) -> None:
    r = run("The Northern Alliance Party said its fighters controlled Halvik.")
    ev = r.event("ControlEvent")
    assert r.labels(ev.agents) == ["Northern Alliance Party"], r.summary()


def test_the_groups_leader_speaks_for_the_group_just_named(run) -> None:
    r = run("The Northern Alliance Party said it controlled Halvik. The group's leader, "
            "Daniel Osei, urged civilians to stay calm.")
    s = r.statement_by("Daniel Osei")
    assert r.label(s.on_behalf_of) == "Northern Alliance Party", r.summary()


def test_a_place_noun_in_apposition_makes_a_place(run) -> None:
    r = run("The army withdrew to the provincial capital, Sarova, on Monday.")
    assert r.entity("Sarova").type == "Place", r.summary()


def test_a_quote_of_several_sentences_is_kept_whole(run) -> None:
    r = run('"We have lost three towns this week. The army will not give up another metre," '
            "said Ivan Petrov, the commander of the eastern front.")
    s = r.statement_by("Ivan Petrov")
    assert s.is_direct_quote, r.summary()
    assert s.content == ("We have lost three towns this week. The army will not give up "
                         "another metre"), r.summary()


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The Interior Ministry's statement said the border would reopen on Monday.",
         "Interior Ministry"),
        ("A statement from the Northern Alliance Party said the vote had been rigged.",
         "Northern Alliance Party"),
    ],
    ids=["possessed-statement", "statement-from"],
)
def test_a_document_speaks_for_its_author(run, text, speaker) -> None:
    r = run(text)
    assert r.statement_by(speaker).cue == "say", r.summary()


def test_the_party_is_not_the_ministry(run) -> None:
    r = run("The Interior Ministry accused the Northern Alliance Party of fraud on Monday. "
            "The party said the charges were invented.")
    assert r.statement_by("Northern Alliance Party").cue == "say", r.summary()


def test_denying_reports_that_says_what_is_denied(run) -> None:
    r = run("Maria Kovacs said the bridge was safe. Rebel commander Yusuf Dar denied reports "
            "that his forces had attacked a convoy near Sarova.")
    s = r.statement_by("Yusuf Dar")
    assert s.stance == "Deny" and s.responds_to is None, r.summary()
    assert r.proposition(s).factuality == "Denied", r.summary()
