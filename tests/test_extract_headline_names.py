"""kg.extract: a Title Case headline's verb is never part of a name the tagger runs it
into ("Haddad Slams Rival's Budget" names Haddad, not "Haddad Slams Rival"). Near-miss:
a name whose words are not headline verbs stays whole.

Every sentence is invented. The articles are published on Friday 2024-03-15.
"""

from __future__ import annotations

import pytest

from kg.extract.entities import HEADLINE_VERBS


@pytest.mark.parametrize("text", [
    pytest.param("Haddad Slams Rival's Budget\n\nNoor Haddad attacked the budget on Tuesday.",
                 id="slams"),
    pytest.param("Moreno Says Tax Plan Will Pass\n\nAda Moreno said on Monday that the plan "
                 "would pass.", id="says"),
    pytest.param("Olsen Warns of Job Cuts\n\nPiet Olsen said on Monday that jobs would go.",
                 id="warns"),
])
def test_no_name_holds_a_headline_verb(run, text):
    r = run(text)
    words = {w for e in r.ex.entities for w in e.label.split()}
    assert not words & HEADLINE_VERBS, r.summary()


def test_a_name_without_headline_verbs_stays_whole(run):
    r = run("The Harbour Rowing Club said on Monday that the regatta was cancelled.")
    assert r.find_entity("Harbour Rowing Club") is not None, r.summary()
