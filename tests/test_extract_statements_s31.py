"""kg.extract statements on kinds of sentence news nobody tuned for: a body named by a
nationality or a place before "authorities" ("Orrani authorities have denied ...", "the
Marlow authorities warned ...").

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
