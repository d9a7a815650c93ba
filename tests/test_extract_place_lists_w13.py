"""kg.extract, wave 13: a claim of control over a list of places claims every place in it
(``kg.extract.place_lists``).

- Names joined by "and" / "as well as", set after a colon or a dash, after "including",
  "such as" or "the towns of", and a list the next sentence gives for the noun taken
  ("The towns are A, B and C", "These include A and B") are all places of the one claim.
- Places where something else happens ("clashes continued in A and B", "took A and
  shelled B"), places a phrase sets apart ("towns near A and B"; a road "from A to B"
  is held along its length, so neither end is claimed as taken), lists of people, and
  places said to be contested claim nothing.

Every sentence and name is invented.
"""

from __future__ import annotations

import pytest
from cases import case

# fmt: off
LISTS = [
    case("colon-after-control", "The Kelvar Front said on Tuesday it had taken control of "
         "three towns: Orrin, Selby and Marrow.", "Kelvar Front", ["Orrin", "Selby", "Marrow"]),
    case("dash", "The Veska Army said on Monday it had seized two ports - Dallow and Brint.",
         "Veska Army", ["Dallow", "Brint"]),
    case("including", "The Kelvar Front said on Tuesday its fighters had captured several "
         "villages in the east, including Tesk and Halvik.", "Kelvar Front", ["Tesk", "Halvik"]),
    case("such-as", "The Kelvar Front said it had seized several towns, such as Orrin and "
         "Tesk, in the north.", "Kelvar Front", ["Orrin", "Tesk"]),
    case("as-well-as-towns-of", "The Kelvar Front said on Tuesday it now controls Arvik as "
         "well as the nearby towns of Brell and Cosk.", "Kelvar Front",
         ["Arvik", "Brell", "Cosk"]),
    case("plain-and", "The Kelvar Front said on Tuesday it had seized Orrin and Selby.",
         "Kelvar Front", ["Orrin", "Selby"]),
    case("villages-of", "The army said on Monday its troops had retaken the villages of "
         "Anser, Belk and Corra after a week of fighting.", "army", ["Anser", "Belk", "Corra"]),
    case("next-sentence-noun", '"We have liberated four districts," spokesman Jon Arlo of '
         "the Kelvar Front said on Tuesday. The districts are Dunmore, Pirel, Lunet and "
         "Velmar.", "Jon Arlo", ["Dunmore", "Pirel", "Lunet", "Velmar"]),
    case("next-sentence-these", "Rebels claimed on Monday to have captured two bases. These "
         "include Fort Tallis and Camp Dorr.", "Rebels", ["Fort Tallis", "Camp Dorr"]),
    case("next-sentence-they", "The rebels said on Friday they had captured two more "
         "villages. They are Grell and Noss.", "rebels", ["Grell", "Noss"]),
    case("colon-misparsed", '"Our forces have taken over three districts: Pell, Ruddock and '
         'Samber," the Veska Army said.', "Veska Army", ["Pell", "Ruddock", "Samber"]),
    case("site-and-towns-of", "The rebels said they had seized the airport and the towns of "
         "Mirra and Zand.", "rebels", ["Mirra", "Zand"]),
    case("as-well-as-names", "The rebels said they had captured Palo, Serra as well as "
         "Mendel on Sunday.", "rebels", ["Palo", "Serra", "Mendel"]),
    case("notably", "The Veska Army said troops had entered and secured several villages, "
         "notably Harnby and Lisk.", "Veska Army", ["Harnby", "Lisk"]),
    case("recaptured-cities-of", "The Orrin Militia said on Sunday it had recaptured the "
         "cities of Vantor and Okel.", "Orrin Militia", ["Vantor", "Okel"]),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "places"), LISTS)
def test_every_listed_place_is_claimed(run, text, speaker, places):
    r = run(text)
    claimed = r.claimed_places(speaker) or r.claimed_places(speaker.lower())
    assert set(places) <= set(claimed), r.summary()


def test_one_claim_carries_every_place(run):
    """The places share the claim: one statement, one event, one claimant and date."""
    r = run("The Kelvar Front said on Tuesday it had taken control of three towns: Orrin, "
            "Selby and Marrow.")
    events = [e for e in r.events_of("ControlEvent") if "Selby" in r.labels(e.places)]
    assert len(events) == 1, r.summary()
    event = events[0]
    assert set(r.labels(event.places)) == {"Orrin", "Selby", "Marrow"}, r.summary()
    assert r.labels(event.agents) == ["Kelvar Front"], r.summary()
    assert event.factuality == "Claimed", r.summary()
    assert r.statement_by("Kelvar Front").proposition == event.key, r.summary()


# fmt: off
NOT_LISTS = [
    case("clashes-elsewhere", "The Kelvar Front said on Tuesday it had taken Orrin, but "
         "clashes continued in Selby and Marrow.", "Kelvar Front", ["Selby", "Marrow"]),
    case("other-verb", "The Kelvar Front said on Tuesday its fighters took Orrin and shelled "
         "Selby.", "Kelvar Front", ["Selby"]),
    case("range", "The Kelvar Front said it controls the road from Orrin to Selby.",
         "Kelvar Front", ["Selby"]),
    case("people", "The Kelvar Front said it had captured Orrin as well as two commanders, "
         "Jon Arlo and Mira Tesh.", "Kelvar Front", ["Jon Arlo", "Mira Tesh"]),
    case("contested", "The Kelvar Front said it took Orrin. Tesk, Halvik and Marrow remain "
         "contested.", "Kelvar Front", ["Tesk", "Halvik", "Marrow"]),
    case("near", "The Kelvar Front said it had captured several towns near Orrin and Selby.",
         "Kelvar Front", ["Selby"]),
    case("attacks-next", "The Kelvar Front said it had captured two towns. The attacks are "
         "continuing, including in Orrin and Selby.", "Kelvar Front", ["Selby"]),
    case("other-side-holds", "The Veska Army said on Friday it had captured Harnby, while the "
         "rebels still hold Lisk and Tober.", "Veska Army", ["Lisk", "Tober"]),
    case("fighting-after", "The Veska Army said it had seized Harnby after fierce fighting in "
         "Lisk and Tober.", "Veska Army", ["Lisk", "Tober"]),
    case("town-and-country", "The Veska Army said on Friday it had captured Harnby, Veska, "
         "on Sunday.", "Veska Army", ["Veska"]),
    case("advancing-next", "The Veska Army said it had seized Harnby. Its troops were also "
         "advancing on Lisk and Tober.", "Veska Army", ["Lisk", "Tober"]),
    case("fled-next", "The Veska Army said it had captured two villages. Residents fled to "
         "Grell and Noss.", "Veska Army", ["Noss"]),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "absent"), NOT_LISTS)
def test_places_outside_the_list_are_not_claimed(run, text, speaker, absent):
    r = run(text)
    assert not set(absent) & set(r.claimed_places(speaker)), r.summary()


def test_people_of_a_list_stay_people(run):
    r = run("The Kelvar Front said it had captured Orrin as well as two commanders, Jon Arlo "
            "and Mira Tesh.")
    assert r.entity("Jon Arlo").type == "Person", r.summary()
