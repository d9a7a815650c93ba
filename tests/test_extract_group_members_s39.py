"""kg.extract: the members of an armed group speak for it. "Rebels of the X said", "an
insurgent from the X said", as "fighters from the X said" already was: the statement is
the group's, on its own behalf, and what it claims is claimed (not asserted by the
article). A plural that opens the sentence, which the tagger takes for a name ("Rebels
of the X said"), reads the same. Near-misses: rebels not said to be of a named body stay
"the rebels"; supporters, residents and a place's rebels are none of its voice.

Every sentence is invented. The articles are published on Friday 2024-03-15.
"""

from __future__ import annotations

import pytest
from cases import case

# fmt: off
SPEAK_FOR = [
    # (text, the group that speaks)
    case("rebels-of-mid", "On Tuesday, rebels of the Harran Liberation Front said they had "
         "captured the town of Ostrel.", "Harran Liberation Front"),
    case("rebels-of-opening", "Rebels of the Harran Liberation Front said they had captured "
         "the town of Ostrel on Tuesday.", "Harran Liberation Front"),
    case("insurgents-from", "Insurgents from the Veyle Patriotic Army claimed they had seized "
         "the dam.", "Veyle Patriotic Army"),
    case("a-rebel-of", "A rebel of the Harran Liberation Front told reporters the bridge had "
         "fallen.", "Harran Liberation Front"),
    case("separatists-from-denied", "Later, separatists from the Dorsk People's Front denied "
         "that they had shelled the market.", "Dorsk People's Front"),
]

NOT_FOR = [
    # (text, a named body that says nothing here)
    case("supporters-of", "Supporters of the Orvane Unity Party said the count was wrong.",
         "Orvane Unity Party"),
    case("fought-rebels", "Rebels fought soldiers of the Harran Liberation Front near Ostrel, "
         "officials said.", "Harran Liberation Front"),
    case("residents-said-rebels", "Residents said rebels of the Harran Liberation Front had "
         "left the town.", "Harran Liberation Front"),
]
# fmt: on


@pytest.mark.parametrize(("text", "group"), SPEAK_FOR)
def test_members_of_a_group_speak_for_it(run, text, group):
    r = run(text)
    said = r.statement_by(group)
    assert r.label(said.on_behalf_of) == group, r.summary()
    assert not [s for s in r.ex.statements if r.label(s.speaker) in {"rebels", "insurgents",
                                                                     "separatists"}]
    if said.proposition is not None:
        assert r.proposition(said).factuality in {"Claimed", "Denied"}, r.summary()


@pytest.mark.parametrize(("text", "group"), NOT_FOR)
def test_those_near_a_group_do_not_speak_for_it(run, text, group):
    r = run(text)
    assert not r.statements_by(group), r.summary()


def test_rebels_of_no_named_body_stay_the_rebels(run):
    r = run("Rebels said on Monday that they had captured the town of Ostrel.")
    assert r.label(r.statement_by("rebels").on_behalf_of) == "rebels", r.summary()
    r = run("Rebels in Ostrel said the town was calm.")
    assert not r.statements_by("Ostrel"), r.summary()
