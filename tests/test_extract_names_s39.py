"""kg.extract: names and posts. A name the tagger runs into its own verb: spaCy's tagger makes one
organisation of "[Delta Grain named] Lars Okafor as chief executive"; the verb the name
is the subject of is cut off ("Delta Grain"), so the body and the appointment are found.
Near-miss: a name the tagger ends where it should, before a verb of its own sentence,
is left as it is. A name given a post ("appointed X editor", "appointed X as editor") is
a person whatever the tagger called it, and a post of the staff ("named Y as coach")
makes naming an appointment; naming a place as a site is neither.

Every sentence is invented. The articles are published on Friday 2024-03-15.
"""

from __future__ import annotations


def test_a_verb_the_tagger_ran_into_a_name_is_cut_off(run):
    r = run("Delta Grain named Lars Okafor as chief executive on Monday.")
    assert r.find_entity("Delta Grain") is not None, r.summary()
    assert not [e for e in r.ex.entities if "named" in e.label], r.summary()
    hired = r.event("PersonnelEvent", trigger="named")
    assert r.labels(hired.agents) == ["Delta Grain"], r.summary()
    assert r.membership("Lars Okafor", "Delta Grain") is not None


def test_a_name_that_ends_before_its_verb_stays_whole(run):
    r = run("The Harrow Rovers Supporters Trust said on Monday it had named Ada Moreno "
            "as its chair.")
    assert r.statement_by("Harrow Rovers Supporters Trust"), r.summary()


def test_a_name_given_a_post_is_a_person_whatever_the_tagger_says(run):
    """The tagger calls "Lars Okafor" a place here; only a person is given a post."""
    for text in ("The Ferrin Courier appointed Lars Okafor editor on Monday.",
                 "The Ferrin Courier appointed Lars Okafor as editor on Monday."):
        r = run(text)
        assert r.find_entity("Lars Okafor").type == "Person", r.summary()
        hired = r.event("PersonnelEvent", trigger="appointed")
        assert r.labels(hired.participants) == ["Lars Okafor"] and not hired.places, r.summary()


def test_a_post_of_the_staff_makes_naming_an_appointment(run):
    r = run("Harrow Rovers named Ada Moreno as coach.")
    named = r.event("PersonnelEvent", trigger="named")
    assert r.labels(named.agents) == ["Harrow Rovers"], r.summary()
    assert r.labels(named.participants) == ["Ada Moreno"], r.summary()


def test_naming_a_place_as_a_site_is_no_post(run):
    r = run("The board named Ostrel as the site of the new plant.")
    assert all(e.type != "Person" for e in r.ex.entities), r.summary()
    assert not r.events_of("PersonnelEvent"), r.summary()
