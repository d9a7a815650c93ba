"""kg.extract statements on kinds of sentence news nobody tuned for: a body named by a
nationality or a place before "authorities" ("Orrani authorities have denied ...", "the
Marlow authorities warned ..."), "it" or "its statement" going on with the words of the
organisation that spoke just before ("The army said A. B, its statement said."), a bare
spokesperson after it ("B, a spokesman added"), and a cue after its content whose speaker
the parser took for its object ("A, warned the Orrin Farmers Union"), and "rubbished" as a
denial ("rubbished the report").

Every sentence is invented. The articles are published on Friday 2024-03-15.
"""

from __future__ import annotations

import pytest
from cases import case

# ---------------------------------------------------------------- "X authorities" speak

# fmt: off
AUTHORITIES_SPEAK = [
    # (text, speaker, cue, content)
    case("demonym-perfect-denies-clause",
         "Orrani authorities have denied that the dam had burst.",
         "Orrani authorities", "deny", "the dam had burst"),
    case("definite-demonym-says",
         "The Kelvarese authorities said the ferry would sail on Friday.",
         "Kelvarese authorities", "say", "the ferry would sail on Friday"),
    case("town-name-warns",
         "The Marlow authorities warned that the bridge was unsafe.",
         "Marlow authorities", "warn", "the bridge was unsafe"),
    case("after-a-quote",
         "\"The water is safe,\" Dorran authorities said in a statement.",
         "Dorran authorities", "say", "The water is safe"),
    case("possessive-town",
         "Tesk's authorities said the curfew would be lifted.",
         "Tesk's authorities", "say", "the curfew would be lifted",
         why="a possessive place before 'authorities' makes no body yet"),
]
# fmt: on


@pytest.mark.parametrize("text,speaker,cue,content", AUTHORITIES_SPEAK)
def test_authorities_named_by_a_nationality_or_place_speak(run, text, speaker, cue, content):
    r = run(text)
    assert r.statement_by(speaker, cue=cue).content == content, r.summary()


# fmt: off
NO_AUTHORITIES_BODY = [
    # (text, label that must not be an entity)
    case("local-opens-the-sentence", "Local authorities said the road was closed.",
         "Local authorities"),
    case("federal", "Federal authorities said the road was closed.", "Federal authorities"),
    case("bare-definite", "The authorities said the road was closed.", "authorities"),
    case("singular-power", "The council gave the mayor the authority to close the road.",
         "authority"),
]
# fmt: on


@pytest.mark.parametrize("text,label", NO_AUTHORITIES_BODY)
def test_authorities_without_a_name_make_no_body(run, text, label):
    r = run(text)
    assert r.find_entity(label) is None, r.summary()


def test_a_named_country_keeps_its_authorities(run):
    r = run("Veska closed its border on Monday. The Veskan authorities said the port was open.")
    assert r.statement_by("Veska", cue="say").content == "the port was open", r.summary()


# ---------------------------------------------------------------- "it" goes on speaking

# fmt: off
BODY_GOES_ON = [
    # (text, speaker, content)
    case("it-said-after-a-place",
         "The Kelvar Militia said it had crossed the river. Most of its fighters were now "
         "past Orrin and heading west, it said.",
         "Kelvar Militia", "Most of its fighters were now past Orrin and heading west"),
    case("its-statement-after-a-named-rival",
         "The Kelvar army did not name the Orrin Front, but said the situation was under "
         "control. Surviving rebels withdrew toward the hills, its statement late on Tuesday "
         "said.",
         "Kelvar army", "Surviving rebels withdrew toward the hills"),
    case("it-said-firm",
         "Delta Grain said on Monday that profits had doubled at the Orrin Trading Company's "
         "rival mills. Exports to Veska rose by a third, it said.",
         "Delta Grain", "Exports to Veska rose by a third"),
    case("it-said-plain",
         "The Kelvar army said the situation was under control. Surviving gunmen withdrew "
         "toward the hills, it said.",
         "Kelvar army", "Surviving gunmen withdrew toward the hills"),
    # near-misses: another body became the subject in between, and "it" is that one
    case("rival-denied-in-between",
         "The Kelvar Militia said it had crossed the river. The Orrin Front denied the claim. "
         "Its fighters held the bridge, it said.",
         "Orrin Front", "Its fighters held the bridge"),
    case("rival-introduced-in-between",
         "The Kelvar army said the situation was under control. The Orrin Front was founded "
         "in 1990. It said its fighters held the bridge.",
         "Orrin Front", "its fighters held the bridge"),
    case("outlet-reported-in-between",
         "Delta Grain said profits had doubled. The Marlow Courier reported the figures on "
         "Monday. The rise came from exports, it said.",
         "Marlow Courier", "The rise came from exports"),
]
# fmt: on


@pytest.mark.parametrize("text,speaker,content", BODY_GOES_ON)
def test_it_goes_on_with_the_body_that_spoke_last(run, text, speaker, content):
    r = run(text)
    assert content in [s.content for s in r.statements_by(speaker)], r.summary()


# ---------------------------------------------------------------- "a spokesman added"

# fmt: off
SPOKESPERSON_GOES_ON = [
    # (text, speaker, content)
    case("spokesman-added",
         "The Kelvar army said on Monday it had seized two crossings. Its units now hold the "
         "Varna and Tolvik crossings, a spokesman added.",
         "Kelvar army", "Its units now hold the Varna and Tolvik crossings"),
    case("spokeswoman-said-firm",
         "Delta Grain said profits had doubled. Two mills in Orrin will close in May, a "
         "spokeswoman said.",
         "Delta Grain", "Two mills in Orrin will close in May"),
    case("the-spokeswoman-told-quote",
         "Delta Grain said profits had doubled. \"We are very pleased,\" the spokeswoman told "
         "reporters.",
         "Delta Grain", "We are very pleased"),
    case("rival-deed-told-by-spokesman",
         "The Kelvar army said on Monday it had seized two crossings. The Orrin Front has "
         "retaken the bridge, a spokesman said.",
         "Kelvar army", "The Orrin Front has retaken the bridge"),
]
# fmt: on


@pytest.mark.parametrize("text,speaker,content", SPOKESPERSON_GOES_ON)
def test_a_bare_spokesperson_speaks_for_the_body_that_spoke_last(run, text, speaker,
                                                                  content):
    r = run(text)
    said = [s for s in r.statements_by(speaker) if s.content == content]
    assert said and r.label(said[0].on_behalf_of) == speaker, r.summary()


def test_a_rival_named_in_the_words_takes_no_behalf(run):
    r = run("The Kelvar army said on Monday it had seized two crossings. The Orrin Front has "
            "retaken the bridge, a spokesman said.")
    assert {r.label(s.on_behalf_of) for s in r.ex.statements} == {"Kelvar army"}, r.summary()


# fmt: off
OWN_DEED_TOLD = [
    # (text, speaker, content): no body spoke before; the words tell the body's own deed
    case("militia-retook",
         "The Kelvar Militia has retaken the bridge, a spokesman said on Monday.",
         "Kelvar Militia", "The Kelvar Militia has retaken the bridge"),
    case("firm-will-close",
         "Delta Grain will close two mills in May, a spokeswoman said.",
         "Delta Grain", "Delta Grain will close two mills in May"),
    case("union-spokesmen",
         "The Orrin Farmers Union will strike on Friday, spokesmen said.",
         "Orrin Farmers Union", "The Orrin Farmers Union will strike on Friday"),
]
# fmt: on


@pytest.mark.parametrize("text,speaker,content", OWN_DEED_TOLD)
def test_a_bare_spokesperson_tells_the_deed_of_their_own_body(run, text, speaker, content):
    r = run(text)
    assert content in [s.content for s in r.statements_by(speaker)], r.summary()


# fmt: off
NO_OWN_DEED = [
    # (text): no organisation is the subject of the words
    case("no-subject-body", "Two mills will close in May, a spokeswoman said."),
    case("person-subject", "Ada Moreno will resign in May, a spokeswoman said."),
    case("passive-by-body", "The bridge was retaken by the Kelvar Militia, a spokesman said."),
]
# fmt: on


@pytest.mark.parametrize("text", NO_OWN_DEED)
def test_a_bare_spokesperson_of_no_body_says_nothing(run, text):
    r = run(text)
    assert not r.ex.statements, r.summary()


# fmt: off
SPOKESPERSON_FOR_NO_ONE = [
    # (text, words no statement may hold)
    case("another-body-became-subject",
         "Delta Grain said profits had doubled. The Orrin Farmers Union protested on Monday. "
         "Two mills will close in May, a spokeswoman said.", "Two mills"),
    case("another-spokeswoman",
         "Delta Grain said profits had doubled. Two mills will close in May, another "
         "spokeswoman said.", "Two mills"),
    case("a-union-spokeswoman",
         "Delta Grain said profits had doubled. Two mills will close in May, a union "
         "spokeswoman said.", "Two mills"),
    case("no-statement-before",
         "Delta Grain opened a mill in Orrin in 2019. Two mills will close in May, a "
         "spokeswoman said.", "Two mills"),
    case("too-far-back",
         "Delta Grain said profits had doubled. Prices rose in March. Sales fell in April. "
         "Exports were flat. Two mills will close in May, a spokeswoman said.", "Two mills"),
]
# fmt: on


@pytest.mark.parametrize("text,words", SPOKESPERSON_FOR_NO_ONE)
def test_a_bare_spokesperson_without_a_body_just_before_speaks_for_no_one(run, text, words):
    r = run(text)
    assert not any(words in s.content and r.label(s.speaker) == "Delta Grain"
                   for s in r.ex.statements), r.summary()


# ---------------------------------------------------------------- "A, warned X"

# fmt: off
SPEAKER_AFTER_THE_CUE = [
    # (text, speaker, cue, content)
    case("warned-the-union",
         "The closure would cost 300 jobs, warned the Orrin Farmers Union.",
         "Orrin Farmers Union", "warn", "The closure would cost 300 jobs"),
    case("warned-with-relative-clause",
         "The closure would cost 300 jobs, warned the Orrin Farmers Union, which represents "
         "3,000 growers.",
         "Orrin Farmers Union", "warn", "The closure would cost 300 jobs"),
    case("quote-warned",
         "\"The closure will cost 300 jobs,\" warned the Orrin Farmers Union, which represents "
         "3,000 growers.",
         "Orrin Farmers Union", "warn", "The closure will cost 300 jobs"),
    case("claimed-passive-content",
         "The vote was rigged, claimed the Greyfield Tenants Association on Monday.",
         "Greyfield Tenants Association", "claim", "The vote was rigged"),
    case("insisted-subject-after",
         "The mills are safe, insisted Delta Grain.",
         "Delta Grain", "insist", "The mills are safe"),
]
# fmt: on


@pytest.mark.parametrize("text,speaker,cue,content", SPEAKER_AFTER_THE_CUE)
def test_a_cue_after_its_content_takes_the_speaker_after_it(run, text, speaker, cue,
                                                            content):
    r = run(text)
    assert r.statement_by(speaker, cue=cue).content == content, r.summary()


# fmt: off
OBJECT_IS_NO_SPEAKER = [
    # (text, label that must say nothing)
    case("warned-and-went-on", "Police closed the road, warned Delta Grain and opened a "
         "diversion.", "Delta Grain"),
    case("blamed-is-a-target", "Delta Grain closed two mills, blamed the Orrin Farmers Union.",
         "Orrin Farmers Union"),
    case("warned-after-and", "The union said the closure would cost 300 jobs, and warned "
         "Delta Grain.", "Delta Grain"),
]
# fmt: on


@pytest.mark.parametrize("text,label", OBJECT_IS_NO_SPEAKER)
def test_an_object_after_a_cue_joined_on_is_no_speaker(run, text, label):
    r = run(text)
    assert not r.statements_by(label), r.summary()


# ---------------------------------------------------------------- "rubbished the report"

# fmt: off
RUBBISHED = [
    # (text, speaker, content)
    case("spokeswoman-rubbished-report", "A Delta Grain spokeswoman rubbished the report.",
         "Delta Grain", "the report"),
    case("rubbished-claims-that", "The Kelvar army rubbished claims that it had lost the "
         "bridge.", "Kelvar army", "it had lost the bridge"),
    case("rubbishes-idea-that", "Ada Moreno rubbishes the idea that she would resign.",
         "Ada Moreno", "she would resign"),
]
# fmt: on


@pytest.mark.parametrize("text,speaker,content", RUBBISHED)
def test_rubbished_is_a_denial(run, text, speaker, content):
    r = run(text)
    s = r.statement_by(speaker, cue="rubbish")
    assert (s.stance, s.content) == ("Deny", content), r.summary()


def test_rubbishing_a_thing_is_no_denial(run):
    r = run("The council rubbished the old cars and sold the scrap.")
    assert not r.ex.statements, r.summary()
