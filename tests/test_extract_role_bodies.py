"""kg.extract: whom a speaker speaks for and belongs to, read from role phrasings that
name the body loosely or not at all (CONSTRUCTIONS.md #4-#6): a lone title before a name
("Judge Y", "General Y", "spokeswoman Y") held in the body of its kind just named; and the
look-alikes that tie nobody to anything.

Every sentence is invented. The articles are published on Friday 2024-03-15.
"""

from __future__ import annotations

import pytest
from cases import case

# fmt: off
BARE_TITLES = [
    # (text, person, organisation)
    case("judge-next-sentence", "The Marlow Appeals Court ruled on Monday. Judge Ilse Morrow "
         "said the law was unclear.", "Ilse Morrow", "Marlow Appeals Court"),
    case("judge-quote-told", 'The Tesk District Tribunal freed the two men. "The evidence was '
         'thin," Judge Anton Weir told the hearing.', "Anton Weir", "Tesk District Tribunal"),
    case("mayor", "The Orrin Town Council shut the library on Friday. Mayor Lena Fox said the "
         "building was unsafe.", "Lena Fox", "Orrin Town Council"),
    case("minister-added", "The Kelvar Defence Ministry said its troops had left. Minister "
         "Piet Olsen added that the border was calm.", "Piet Olsen", "Kelvar Defence Ministry"),
    case("general", "The Veskan National Army shelled the port overnight. General Tomas Brenn "
         "said the shelling would go on.", "Tomas Brenn", "Veskan National Army"),
    case("commander-same-sentence", "The Orrin Liberation Front took the bridge, commander "
         "Hana Liddell told reporters on Sunday.", "Hana Liddell", "Orrin Liberation Front"),
    case("minister-far-one-government", "The Veskan government closed the border on Monday. "
         "Trucks waited for hours. Drivers slept in their cabs. Foreign Minister Ilse Morrow "
         "told reporters the move was temporary.", "Ilse Morrow", "Veskan government"),
    case("field-minister-same-sentence", "The Veskan government closed the border on Monday, "
         "Foreign Minister Ilse Morrow told reporters.", "Ilse Morrow", "Veskan government"),
    case("spokeswoman-after-clause", "Delta Grain Corporation will close the Kelvar mill, "
         "spokeswoman Noor Haddad said on Tuesday.", "Noor Haddad", "Delta Grain Corporation"),
]
# fmt: on


@pytest.mark.parametrize(("text", "person", "org"), BARE_TITLES)
def test_a_lone_title_is_held_in_the_body_of_its_kind_just_named(run, text, person, org):
    r = run(text)
    assert (person, org) in r.membership_pairs(), r.summary()
    assert r.label(r.statements_by(person)[0].on_behalf_of) == org, r.summary()


# fmt: off
NOT_THE_BODY_JUST_NAMED = [
    # (text, person, organisation the person is not of)
    case("judge-after-a-firm", "Delta Grain Corporation cut 300 jobs. Judge Ilse Morrow said "
         "the case was closed.", "Ilse Morrow", "Delta Grain Corporation"),
    case("judge-far-two-courts", "The Marlow Appeals Court overturned a ruling of the Tesk "
         "District Court on Monday. Rain fell. Buses ran late. The shops shut early. Judge "
         "Ilse Morrow said the law was unclear.", "Ilse Morrow", "Marlow Appeals Court"),
    case("opposition-spokesman", "The Veskan National Army shelled the port. Opposition "
         "spokesman Tomas Brenn said the shelling was a crime.", "Tomas Brenn",
         "Veskan National Army"),
    case("rebel-commander", "The Veskan National Army shelled the port. A rebel commander, "
         "Tomas Brenn, said his men would hold.", "Tomas Brenn", "Veskan National Army"),
    case("spokesman-far-away", "Delta Grain Corporation cut 300 jobs. Rain fell. Buses ran "
         "late. The shops shut early. Spokesman Piet Olsen said the cuts were final.",
         "Piet Olsen", "Delta Grain Corporation"),
    case("shadow-minister", "The Veskan government closed the border. Shadow Minister Ilse "
         "Morrow said the move was illegal.", "Ilse Morrow", "Veskan government"),
    case("appointed-minister-by-a-verb", "The Veskan government met on Monday. The reshuffle "
         "would see Piet Olsen appointed interior minister.", "Piet Olsen", "Veskan government"),
    case("mayor-of-another-town", "The Orrin Town Council shut the library. Mayor Lena Fox of "
         "Kelvar said the closure was a mistake.", "Lena Fox", "Orrin Town Council"),
    case("general-criticised-army", "General Tomas Brenn criticised the Veskan National Army "
         "on Monday.", "Tomas Brenn", "Veskan National Army"),
]
# fmt: on


@pytest.mark.parametrize(("text", "person", "org"), NOT_THE_BODY_JUST_NAMED)
def test_a_title_is_not_held_in_a_body_of_another_kind_or_far_away(run, text, person, org):
    r = run(text)
    assert (person, org) not in r.membership_pairs(), r.summary()
    assert all(r.label(s.on_behalf_of) != org for s in r.statements_by(person)), r.summary()


# fmt: off
ROLE_PHRASINGS = [
    # (text, person, organisation, whether the person speaks in the text for it)
    case("head-of-field-at", "Hana Liddell, head of youth programmes at the Orrin Rowing Club, "
         "said the regatta was cancelled.", "Hana Liddell", "Orrin Rowing Club", True),
    case("director-of-field-for", "Ada Moreno, director of communications for the Greyfield "
         "Tenants Association, said the vote was close.", "Ada Moreno",
         "Greyfield Tenants Association", True),
    case("previously-led-by", "The Kelvar Choir Society, previously led by the late Anton "
         "Weir, has disbanded.", "Anton Weir", "Kelvar Choir Society", False),
    case("is-headed-by", "The Orrin Rowing Club is headed by Hana Liddell. The club said the "
         "regatta was cancelled.", "Hana Liddell", "Orrin Rowing Club", False),
    case("founded-by-in", "The Greyfield Tenants Association, founded by Ada Moreno in 1990, "
         "rejected the plan.", "Ada Moreno", "Greyfield Tenants Association", False),
    case("which-is-chaired-by", "The Kelvar Farmers Union, which is chaired by Tomas Brenn, "
         "called a strike.", "Tomas Brenn", "Kelvar Farmers Union", False),
    case("commanded-by-then-surname", "The Orrin Liberation Front, commanded by Tomas Brenn, "
         "took the bridge. Brenn said the bridge was secure.", "Tomas Brenn",
         "Orrin Liberation Front", True),
    case("who-heads-the-kind", "The Veskan Ministry of Health confirmed the outbreak. Ilse "
         "Morrow, who heads the ministry, said the virus was contained.", "Ilse Morrow",
         "Veskan Ministry of Health", True),
    case("who-leads-the-rebels", "The Kelvar Liberation Front seized the dam. Hana Liddell, "
         "who leads the rebels, said the dam was safe.", "Hana Liddell",
         "Kelvar Liberation Front", True),
    case("described-person-after-body", "Piet Olsen spoke to the leader of the Greyfield "
         "Tenants Association, retired teacher Ada Moreno, on Monday.", "Ada Moreno",
         "Greyfield Tenants Association", False),
    case("described-person-after-body-subject", "The leader of the Greyfield Tenants "
         "Association, retired teacher Ada Moreno, said the rent was too high.", "Ada Moreno",
         "Greyfield Tenants Association", True),
    case("joined-as-a-job", "Piet Olsen joined the Marlow Courier as a photographer in 2009. "
         "He said the paper was struggling.", "Piet Olsen", "Marlow Courier", True),
    case("short-name-before-role", 'Harrow United lost 3-0. "The players were tired," Harrow '
         "manager Elsa Brandt said.", "Elsa Brandt", "Harrow United", True),
]
# fmt: on


@pytest.mark.parametrize(("text", "person", "org", "speaks"), ROLE_PHRASINGS)
def test_role_phrasings_give_membership_and_the_body_spoken_for(run, text, person, org,
                                                                 speaks):
    r = run(text)
    assert (person, org) in r.membership_pairs(), r.summary()
    if speaks:
        assert all(r.label(s.on_behalf_of) == org for s in r.statements_by(person)), r.summary()
        assert r.statements_by(person), r.summary()


# fmt: off
NO_ROLE = [
    # (text, person, organisation the person is not of)
    case("event-led-by", "The Greyfield Tenants Association joined the strike, led by Tomas "
         "Brenn, on Monday.", "Tomas Brenn", "Greyfield Tenants Association"),
    case("attacked-by-mens", "The Orrin Liberation Front was attacked by Tomas Brenn's men.",
         "Tomas Brenn", "Orrin Liberation Front"),
    case("met-the-union", "Lena Fox met the Kelvar Teachers Union on Monday. She said the "
         "talks went well.", "Lena Fox", "Kelvar Teachers Union"),
    case("criticised-the-union", "Tomas Brenn criticised the Kelvar Farmers Union on Monday, "
         "saying it had failed farmers.", "Tomas Brenn", "Kelvar Farmers Union"),
    case("town-word-before-role", "Harrow United lost 3-0 in Orrin. Orrin police chief Elsa "
         "Brandt said the fans were calm.", "Elsa Brandt", "Harrow United"),
    case("head-of-field-is-a-place", "Hana Liddell, head of research at Orrin, said the "
         "regatta was cancelled. The Orrin Rowing Club agreed.", "Hana Liddell",
         "Orrin Rowing Club"),
    case("and-a-name-after-body", "Piet Olsen met the head of the Kelvar Farmers Union, and "
         "Ada Moreno said the talks went well.", "Ada Moreno", "Kelvar Farmers Union"),
    case("a-listed-name-after-body", "Piet Olsen met the head of the Kelvar Farmers Union, "
         "local activist Ada Moreno and two farmers.", "Ada Moreno", "Kelvar Farmers Union"),
    case("met-the-rebels", "The Kelvar Liberation Front seized the dam. Hana Liddell, who met "
         "the rebels, said the dam was safe.", "Hana Liddell", "Kelvar Liberation Front"),
    case("welcomed-by", "The Kelvar Farmers Union was welcomed by Tomas Brenn on Monday.",
         "Tomas Brenn", "Kelvar Farmers Union"),
]
# fmt: on


@pytest.mark.parametrize(("text", "person", "org"), NO_ROLE)
def test_a_person_merely_near_an_organisation_is_not_its_member(run, text, person, org):
    r = run(text)
    assert (person, org) not in r.membership_pairs(), r.summary()
    assert all(r.label(s.on_behalf_of) != org for s in r.statements_by(person)), r.summary()


# fmt: off
STATE_ROLES = [
    # (text, person, the state they speak for and belong to)
    case("adjective-president-country-acts", "Veska closed its border on Monday. Veskan "
         "President Ilse Morrow said the move was temporary.", "Ilse Morrow", "Veska"),
    case("adjective-minister-quote", 'Troops from Veska crossed the river. "We will not '
         'retreat," Veskan Defence Minister Piet Olsen said.', "Piet Olsen", "Veska"),
    case("president-of-country", "Veska closed its border on Monday. Ilse Morrow, the "
         "president of Veska, said the move was temporary.", "Ilse Morrow", "Veska"),
    case("countrys-president-appos", "Veska closed its border. Ilse Morrow, Veska's "
         "president, said the move was temporary.", "Ilse Morrow", "Veska"),
    case("another-countrys-president", "Veska closed its border. Kelvar's president Ilse "
         "Morrow said the move was a provocation.", "Ilse Morrow", "Kelvar"),
    case("the-countrys-minister", "Veskan troops crossed into Kelvar on Monday. Ilse Morrow, "
         "the country's foreign minister, said the troops would stay in Veska.", "Ilse Morrow",
         "Veska"),
    case("the-nations-president", "Veska's parliament met on Monday to debate the war. Ilse "
         "Morrow, the nation's president, said the war was over.", "Ilse Morrow", "Veska"),
    case("body-left-untagged-here", "Police said two men had been arrested. Police "
         "spokesman Piet Olsen said the men were held overnight.", "Piet Olsen", "police"),
]
# fmt: on


@pytest.mark.parametrize(("text", "person", "state"), STATE_ROLES)
def test_a_role_in_the_speakers_own_mention_makes_them_one_of_the_state(run, text, person,
                                                                        state):
    r = run(text)
    assert (person, state) in r.membership_pairs(), r.summary()
    assert r.label(r.statement_by(person).on_behalf_of) == state, r.summary()


@pytest.mark.parametrize(("text", "person", "org"), [
    ("The Kelvar Rebel Front holds the valley. Forces led by Tomas Brenn shelled the "
     "port.", "Tomas Brenn", "Kelvar Rebel Front"),
    ("The Veskan Unity Government, which was led by Ilse Morrow, collapsed in May. The "
     "Veskan Unity Government had ruled since 2019.", "Ilse Morrow", "Veskan Unity Government"),
    ("Veska closed its border. Ilse Morrow, a Veskan writer, said the move was temporary.",
     "Ilse Morrow", "Veska"),
    ("Floods hit Orrin, a town in Veska, on Monday. Ilse Morrow, the country's interior "
     "minister, said the water was falling.", "Ilse Morrow", "Orrin"),
    ("Floods hit towns across Veska on Monday. Ilse Morrow, the country's best-known "
     "singer, said the water was falling.", "Ilse Morrow", "Veska"),
    ("Veskan troops crossed into Kelvar on Monday. Ilse Morrow, the nation's foreign "
     "minister, said the troops would stay.", "Ilse Morrow", "Kelvar"),
])
def test_no_membership_from_an_unnamed_body_a_fallen_one_or_a_nationality(run, text, person,
                                                                           org):
    r = run(text)
    assert (person, org) not in r.membership_pairs(), r.summary()


# fmt: off
PERSONAL_SPOKESPEOPLE = [
    # (text, spokesperson, the body of the person they speak for)
    case("spokesman-for-titled-person-appos", "The Veskan government closed the border. A "
         "spokesman for Prime Minister Ilse Morrow, Piet Olsen, said the move was temporary.",
         "Piet Olsen", "Veskan government"),
    case("persons-spokesman-possessive", "The Veskan government closed the border. Piet Olsen, "
         "Prime Minister Ilse Morrow's spokesman, said the move was temporary.", "Piet Olsen",
         "Veskan government"),
    case("spokeswoman-for-party-leader", "Ilse Morrow, the leader of the Civic Unity Party, "
         "lost her seat on Sunday. Ada Moreno, a spokeswoman for Ilse Morrow, said she would "
         "not resign.", "Ada Moreno", "Civic Unity Party"),
]
# fmt: on


@pytest.mark.parametrize(("text", "person", "org"), PERSONAL_SPOKESPEOPLE)
def test_a_spokesperson_for_a_person_speaks_for_that_persons_body(run, text, person, org):
    r = run(text)
    assert r.label(r.statement_by(person).on_behalf_of) == org, r.summary()


def test_a_spokesperson_for_a_person_with_no_post_speaks_for_no_one(run):
    r = run("Ada Moreno, a spokeswoman for the singer Lena Fox, said the concert was cancelled.")
    assert r.statement_by("Ada Moreno").on_behalf_of is None, r.summary()

