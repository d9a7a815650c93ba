"""kg.extract statements on kinds of sentence news nobody tuned for: a body named by a
nationality or a place before "authorities" ("Orrani authorities have denied ...", "the
Marlow authorities warned ..."), and "it" or "its statement" going on with the words of the
organisation that spoke just before ("The army said A. B, its statement said.").

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
