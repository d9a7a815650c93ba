"""kg.extract: "dismiss" as a sacking or as a rejection, by what follows "as". "Dismissed
X as coach", "was dismissed as manager" lose a post (a personnel event, X a person
whatever the tagger says, and no denial); "dismissed as false reports that ...",
"dismissed X as a liar" reject something (a denial, and no one is sacked).

Every sentence is invented. The articles are published on Friday 2024-03-15.
"""

from __future__ import annotations

import pytest
from cases import case

# fmt: off
SACKED = [
    # (text, the one sacked)
    case("as-coach", "Harrow Rovers dismissed Lars Okafor as coach on Monday.", "Lars Okafor"),
    case("was-as-manager", "Lars Okafor was dismissed as manager after a string of defeats.",
         "Lars Okafor"),
]

REJECTED = [
    # (text, the speaker)
    case("as-false-reports", "The Kessel Alliance dismissed as false reports that the dam had "
         "burst.", "Kessel Alliance"),
    case("as-a-liar", "Ada Moreno dismissed Lars Okafor as a liar.", "Ada Moreno"),
]
# fmt: on


@pytest.mark.parametrize(("text", "person"), SACKED)
def test_dismissed_as_a_post_is_a_sacking(run, text, person):
    r = run(text)
    sacked = r.event("PersonnelEvent", trigger="dismissed")
    assert r.labels(sacked.participants) == [person], r.summary()
    assert r.find_entity(person).type == "Person", r.summary()
    assert not r.ex.statements, r.summary()


@pytest.mark.parametrize(("text", "speaker"), REJECTED)
def test_dismissed_as_anything_else_is_a_denial(run, text, speaker):
    r = run(text)
    assert r.statement_by(speaker, cue="dismiss").stance == "Deny", r.summary()
    assert not r.events_of("PersonnelEvent"), r.summary()
