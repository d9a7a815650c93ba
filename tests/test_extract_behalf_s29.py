"""kg.extract: on whose behalf a speaker speaks, and memberships, read from role phrasings
the engine missed (issue 11): a name the parser makes a modifier of the role after it
("Y, chair of X, said"), a post held "as" something ("Y has served as X's manager"), a
spokesperson for a person, bodies of members named by words like "Choir" or
"Cooperative", and a body that speaks on its own behalf. Each table has near-misses: a
person merely mentioned near an organisation is none of its people.

Every sentence is invented. The articles are published on Friday 2024-03-15.
"""

from __future__ import annotations

import pytest
from cases import case

# fmt: off
NAME_BEFORE_ROLE = [
    # (text, person, organisation): "Y, ROLE of X, said", the name parsed as the role's nmod
    case("chair-said", "Ada Moreno, chair of the Greyfield Tenants Association, said rents "
         "were too high.", "Ada Moreno", "Greyfield Tenants Association"),
    case("treasurer-warned", "Lars Okafor, treasurer of the Dockside Union, warned on "
         "Tuesday that dues would double.", "Lars Okafor", "Dockside Union"),
    case("captain-told", "Tomas Reyes, captain of Harrow Rovers, told reporters the team "
         "was tired.", "Tomas Reyes", "Harrow Rovers"),
    case("director-announced", "Mira Solberg, director of Delta Grain, announced that the "
         "mill would close in May.", "Mira Solberg", "Delta Grain"),
    case("editor-denied", "Piet Olsen, editor of the Marlow Courier, denied that the story "
         "was false.", "Piet Olsen", "Marlow Courier"),
    case("president-of-chamber", "Noor Haddad, president of the Kelvar Chamber of Commerce, "
         "said shops were closing.", "Noor Haddad", "Kelvar Chamber of Commerce"),
]

NAME_BEFORE_NO_ROLE = [
    # (text, person, organisation): the same shape, with no post in the body
    case("critic-of", "Ada Moreno, a critic of the Greyfield Tenants Association, said rents "
         "were fair.", "Ada Moreno", "Greyfield Tenants Association"),
    case("neighbour-of-chair", "Lars Okafor, a neighbour of the Dockside Union's chair, said "
         "the strike was noisy.", "Lars Okafor", "Dockside Union"),
    case("fan-of", "Tomas Reyes, a fan of Harrow Rovers, said the team was tired.",
         "Tomas Reyes", "Harrow Rovers"),
]
# fmt: on


@pytest.mark.parametrize(("text", "person", "org"), NAME_BEFORE_ROLE)
def test_behalf_name_before_role_speaks_for_the_body(run, text, person, org):
    r = run(text)
    assert r.label(r.statement_by(person).on_behalf_of) == org, r.summary()
    assert r.membership(person, org) is not None


@pytest.mark.parametrize(("text", "person", "org"), NAME_BEFORE_NO_ROLE)
def test_behalf_name_before_no_role_is_no_member(run, text, person, org):
    r = run(text)
    assert r.statement_by(person).on_behalf_of is None, r.summary()
    assert (person, org) not in r.membership_pairs(), r.summary()


# fmt: off
VOICED_PERSON = [
    # (text, the person whose word it is)
    case("a-spokesman-for", "A spokesman for Ada Moreno said she would not resign.",
         "Ada Moreno"),
    case("spokeswoman-for-titled", "A spokeswoman for Mayor Piet Olsen said on Monday that "
         "the budget was balanced.", "Piet Olsen"),
    case("possessive-spokesman", "Tomas Reyes's spokesman said the senator had not met the "
         "lobbyist.", "Tomas Reyes"),
    case("denied", "A spokesman for Noor Haddad denied that she had left the country.",
         "Noor Haddad"),
    case("quote-first-told", "\"She will not step down,\" a spokeswoman for Ada Moreno told "
         "the Marlow Courier.", "Ada Moreno"),
    case("his-spokeswoman", "Lars Okafor has been silent for weeks. His spokeswoman said he "
         "was ill.", "Lars Okafor"),
    case("her-spokesman", "Ada Moreno missed the vote on Monday. Her spokesman said she was "
         "abroad.", "Ada Moreno"),
]

NOT_VOICED = [
    # (text, person who says nothing here)
    case("lawyer-for", "A lawyer for Ada Moreno said she would appeal.", "Ada Moreno"),
    case("neighbour-of", "A neighbour of Piet Olsen said he had moved away.", "Piet Olsen"),
    case("her-lawyer", "Ada Moreno missed the vote on Monday. Her lawyer said she was "
         "abroad.", "Ada Moreno"),
]
# fmt: on


@pytest.mark.parametrize(("text", "person"), VOICED_PERSON)
def test_behalf_spokesperson_for_a_person_voices_the_person(run, text, person):
    r = run(text)
    assert r.statements_by(person), r.summary()


@pytest.mark.parametrize(("text", "person"), NOT_VOICED)
def test_behalf_other_people_for_a_person_do_not_voice_them(run, text, person):
    r = run(text)
    assert not r.statements_by(person), r.summary()


def test_behalf_named_spokesperson_for_a_person_speaks_themselves(run):
    r = run("Ada Moreno's spokesman, Lars Okafor, said she would not resign.")
    assert r.statements_by("Lars Okafor"), r.summary()
    assert not r.statements_by("Ada Moreno"), r.summary()


# fmt: off
SERVES_AS = [
    # (text, person, organisation): a post held "as", in the present or the perfect
    case("served-as-possessive", "Piet Olsen has served as Harrow United's manager since "
         "2019. Olsen said on Saturday that the club would not sell its captain.",
         "Piet Olsen", "Harrow United"),
    case("worked-as-spokeswoman-for", "Mira Solberg has worked as a spokeswoman for Delta "
         "Grain since 2019. Solberg said the mill would close.", "Mira Solberg", "Delta Grain"),
    case("serves-as-chair-of-pronoun", "Tomas Reyes serves as chair of the Orrin Growers "
         "Cooperative. He said prices had fallen.", "Tomas Reyes",
         "Orrin Growers Cooperative"),
    case("who-serves-as", "Tomas Reyes, who serves as treasurer of the Dockside Union, said "
         "dues would rise.", "Tomas Reyes", "Dockside Union"),
]

NOT_SERVING = [
    # (text, person, organisation)
    case("served-until", "Ada Moreno served as leader of the Civic Unity Party until 2019.",
         "Ada Moreno", "Civic Unity Party"),
    case("served-as-critic", "Ada Moreno has served as a critic of the Orrin Teachers Union "
         "for years.", "Ada Moreno", "Orrin Teachers Union"),
]
# fmt: on


@pytest.mark.parametrize(("text", "person", "org"), SERVES_AS)
def test_behalf_post_held_as(run, text, person, org):
    r = run(text)
    assert r.membership(person, org) is not None
    assert all(r.label(s.on_behalf_of) == org for s in r.statements_by(person)), r.summary()
    assert r.statements_by(person), r.summary()


@pytest.mark.parametrize(("text", "person", "org"), NOT_SERVING)
def test_behalf_no_post_held_as(run, text, person, org):
    r = run(text)
    assert (person, org) not in r.membership_pairs(), r.summary()


# fmt: off
MEMBER_BODIES = [
    # (text, person, organisation): bodies named by a word the tagger does not know for one
    case("choir-previously-led", "The Kelvar Choir, previously led by the late Anton Weir, "
         "has disbanded.", "Anton Weir", "Kelvar Choir"),
    case("cooperative-led-since", "The Orrin Growers Cooperative, led by Mira Solberg since "
         "2015, said prices had fallen.", "Mira Solberg", "Orrin Growers Cooperative"),
    case("guild-head", "Noor Haddad, head of the Veska Bakers Guild, said bread prices would "
         "rise.", "Noor Haddad", "Veska Bakers Guild"),
    case("academy-founded", "The Greyfield Academy, founded by Lars Okafor in 1998, has "
         "closed.", "Lars Okafor", "Greyfield Academy"),
    case("orchestra-directs", "Ivo Marek, who directs the Marlow Youth Orchestra, said the "
         "tour was cancelled.", "Ivo Marek", "Marlow Youth Orchestra"),
    case("syndicate-chair", "Ada Moreno, the chair of the Dockside Builders Syndicate, said "
         "wages had fallen.", "Ada Moreno", "Dockside Builders Syndicate"),
]

NOT_MEMBERS = [
    # (text, person, organisation)
    case("sang-with", "Anton Weir sang with the Kelvar Choir for years.", "Anton Weir",
         "Kelvar Choir"),
    case("sold-to", "Mira Solberg sold her farm to the Orrin Growers Cooperative.",
         "Mira Solberg", "Orrin Growers Cooperative"),
    case("criticised", "Piet Olsen criticised the Orrin Teachers Union on Monday.",
         "Piet Olsen", "Orrin Teachers Union"),
]
# fmt: on


@pytest.mark.parametrize(("text", "person", "org"), MEMBER_BODIES)
def test_behalf_bodies_of_members(run, text, person, org):
    r = run(text)
    assert r.entity(org).type == "Organization"
    assert r.membership(person, org) is not None


@pytest.mark.parametrize(("text", "person", "org"), NOT_MEMBERS)
def test_behalf_mentioned_near_a_body_is_no_member(run, text, person, org):
    r = run(text)
    assert (person, org) not in r.membership_pairs(), r.summary()


# fmt: off
SELF_SPOKEN = [
    # (text, the body that speaks, for itself)
    case("union-said", "The Orrin Teachers Union said talks had failed.",
         "Orrin Teachers Union"),
    case("cooperative-led-by", "The Orrin Growers Cooperative, led by Mira Solberg since "
         "2015, said prices had fallen.", "Orrin Growers Cooperative"),
    case("ministry-denied", "The Veska Ministry of Health denied that cases were rising.",
         "Veska Ministry of Health"),
    case("firm-announced", "Delta Grain announced on Monday that the mill in Orrin would "
         "close.", "Delta Grain"),
    case("it-later", "The Dockside Union met on Tuesday. It said the strike would go on.",
         "Dockside Union"),
    case("militia-claimed", "The Kelvar Militia claimed that it had taken the bridge.",
         "Kelvar Militia"),
]
# fmt: on


@pytest.mark.parametrize(("text", "body"), SELF_SPOKEN)
def test_behalf_a_body_speaks_for_itself(run, text, body):
    r = run(text)
    assert r.label(r.statement_by(body).on_behalf_of) == body, r.summary()


def test_behalf_an_outlet_reporting_speaks_for_no_side(run):
    r = run("The Marlow Courier reported that the mill had closed.")
    assert all(s.on_behalf_of is None for s in r.ex.statements), r.summary()


def test_behalf_a_person_keeps_their_body_not_the_speaking_body(run):
    r = run("The Orrin Teachers Union said talks had failed. Parent Piet Olsen said the "
            "strike was wrong.")
    assert r.statement_by("Piet Olsen").on_behalf_of is None, r.summary()


# fmt: off
BODY_BY_KIND = [
    # (text, person, organisation): a bare title, or a body's part, read as the body
    case("manager-after-club", "Harrow United lost 3-0 on Saturday. Manager Piet Olsen said "
         "the team was tired.", "Piet Olsen", "Harrow United"),
    case("manager-told", "Dunmore Rovers won the cup. Manager Piet Olsen told reporters the "
         "players deserved it.", "Piet Olsen", "Dunmore Rovers"),
    case("chairs-the-board-of", "The Orrin Food Bank opened a second hall. Tomas Reyes, who "
         "chairs the board of the Orrin Food Bank, said demand had doubled.", "Tomas Reyes",
         "Orrin Food Bank"),
    case("chairs-the-committee-of", "Ada Moreno, who chairs the committee of the Greyfield "
         "Tenants Association, said rents were too high.", "Ada Moreno",
         "Greyfield Tenants Association"),
    case("minister-for-portfolio", "The Veska Health Ministry ordered masks in schools. Ada "
         "Moreno, the minister for health, said cases were rising.", "Ada Moreno",
         "Veska Health Ministry"),
    case("minister-of-portfolio", "The Ministry of Education closed schools in Orrin. Piet "
         "Olsen, the minister of education, said they would reopen in May.", "Piet Olsen",
         "Ministry of Education"),
]

NOT_OF_THE_KIND = [
    # (text, person, organisation)
    case("manager-after-firm", "Delta Grain cut 300 jobs. Manager Piet Olsen said the mill "
         "was unsafe.", "Piet Olsen", "Delta Grain"),
    case("manager-after-council", "The Orrin City Council met on Monday. Manager Piet Olsen "
         "said the pool would close.", "Piet Olsen", "Orrin City Council"),
    case("criticised-the-board", "Tomas Reyes, who criticised the board of the Orrin Food "
         "Bank, said demand had doubled.", "Tomas Reyes", "Orrin Food Bank"),
    case("minister-of-other-portfolio", "The Veska Health Ministry ordered masks in schools. "
         "Ada Moreno, the minister for sport, said cases were rising.", "Ada Moreno",
         "Veska Health Ministry"),
]
# fmt: on


@pytest.mark.parametrize(("text", "person", "org"), BODY_BY_KIND)
def test_behalf_body_by_kind(run, text, person, org):
    r = run(text)
    assert r.label(r.statement_by(person).on_behalf_of) == org, r.summary()
    assert r.membership(person, org) is not None


@pytest.mark.parametrize(("text", "person", "org"), NOT_OF_THE_KIND)
def test_behalf_body_of_another_kind(run, text, person, org):
    r = run(text)
    assert r.statement_by(person).on_behalf_of is None, r.summary()
    assert (person, org) not in r.membership_pairs(), r.summary()


# fmt: off
BARE_ROLE_BESIDE_NAME = [
    # (text, person, organisation): a bare post beside the name, the body just named
    case("senior-official", "The Dockside Union called a strike on Monday. Ada Moreno, a "
         "senior official, said pay had fallen.", "Ada Moreno", "Dockside Union"),
    case("the-treasurer", "The Dockside Union called a strike on Monday. Ada Moreno, the "
         "treasurer, said dues would rise.", "Ada Moreno", "Dockside Union"),
    case("said-name-the-chief-executive", "Delta Grain will close its mill in Orrin, said "
         "Tomas Reyes, the chief executive.", "Tomas Reyes", "Delta Grain"),
    case("quote-first-a-commander", "The Kelvar Militia took the bridge on Monday. \"We hold "
         "it,\" said Ivo Marek, a commander.", "Ivo Marek", "Kelvar Militia"),
]

BARE_ROLE_ELSEWHERE = [
    # (text, person, organisation): an outlet, another job, a past post, a state's post,
    # or a body named too long before
    case("after-an-outlet", "The Marlow Courier reported the strike on Monday. Ada Moreno, a "
         "senior official, said pay had fallen.", "Ada Moreno", "Marlow Courier"),
    case("another-job", "The Dockside Union called a strike on Monday. Ada Moreno, a local "
         "teacher, said pay had fallen.", "Ada Moreno", "Dockside Union"),
    case("former-official", "The Dockside Union called a strike on Monday. Ada Moreno, a "
         "former official, said pay had fallen.", "Ada Moreno", "Dockside Union"),
    case("the-minister", "The Dockside Union called a strike on Monday. Ada Moreno, the "
         "minister, said the strike was illegal.", "Ada Moreno", "Dockside Union"),
    case("body-four-sentences-back", "The Dockside Union called a strike in March. Shops "
         "closed across Orrin. Buses stopped. Trains were cancelled. Ada Moreno, a senior "
         "official, said pay had fallen.", "Ada Moreno", "Dockside Union"),
]
# fmt: on


@pytest.mark.parametrize(("text", "person", "org"), BARE_ROLE_BESIDE_NAME)
def test_behalf_bare_role_beside_the_name(run, text, person, org):
    r = run(text)
    assert r.label(r.statement_by(person).on_behalf_of) == org, r.summary()
    assert r.membership(person, org) is not None


@pytest.mark.parametrize(("text", "person", "org"), BARE_ROLE_ELSEWHERE)
def test_behalf_bare_role_not_of_that_body(run, text, person, org):
    r = run(text)
    assert r.statement_by(person).on_behalf_of is None, r.summary()
    assert (person, org) not in r.membership_pairs(), r.summary()


# fmt: off
TOLD_THE_HEARER_THAT = [
    # (text, speaker, words of the content): "that" after a hearer read as a relative pronoun
    case("told-outlet", "The Orrin Teachers Union has called a strike. Its general "
         "secretary, Piet Varga, told the Marlow Courier that pay had fallen.", "Piet Varga",
         "pay had fallen"),
    case("told-gazette-passive", "Ada Moreno told the Orrin Gazette that the vote had been "
         "rigged.", "Ada Moreno", "the vote had been rigged"),
    case("assured-firm", "Tomas Reyes assured Delta Grain that the loan would be paid.",
         "Tomas Reyes", "the loan would be paid"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "content"), TOLD_THE_HEARER_THAT)
def test_behalf_told_the_hearer_that(run, text, speaker, content):
    r = run(text)
    assert r.statement_by(speaker).content == content, r.summary()


def test_behalf_a_relative_clause_on_a_denied_object_stays_in_it(run):
    r = run("Ada Moreno denied the report that the Courier had printed.")
    assert r.statement_by("Ada Moreno").content == "the report that the Courier had printed"


# fmt: off
UNPLACED_POST = [
    # (text, speaker, organisation): a body's post with no body of its own speaks for the
    # organisation named last before it (no membership is made of it)
    case("treasurer-title", "The Dockside Union met on Monday. Treasurer Ada Moreno said dues "
         "would rise.", "Ada Moreno", "Dockside Union"),
    case("secretary-two-back", "The Kelvar Rowing Club lost its boathouse in the flood. "
         "Volunteers cleared the mud. Secretary Piet Olsen said the club would rebuild.",
         "Piet Olsen", "Kelvar Rowing Club"),
    case("said-director", "Delta Grain will close the mill. Workers were told on Friday. "
         "\"We had no choice,\" said director Tomas Reyes.", "Tomas Reyes", "Delta Grain"),
]

NO_UNPLACED_POST = [
    # (text, speaker): an outlet, a head's title, a body too far back, another job
    case("after-outlet", "The Marlow Courier reported the strike on Monday. Treasurer Ada "
         "Moreno said dues would rise.", "Ada Moreno"),
    case("president-title", "The Civic Unity Party won the vote. President Ada Moreno said "
         "the result was fair.", "Ada Moreno"),
    case("four-sentences-back", "The Dockside Union called a strike in March. Shops closed "
         "across Orrin. Buses stopped. Trains were cancelled. Treasurer Ada Moreno said dues "
         "would rise.", "Ada Moreno"),
    case("another-job", "The Dockside Union met on Monday. Local teacher Ada Moreno said dues "
         "would rise.", "Ada Moreno"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "org"), UNPLACED_POST)
def test_behalf_unplaced_post_speaks_for_the_last_body(run, text, speaker, org):
    r = run(text)
    assert r.label(r.statement_by(speaker).on_behalf_of) == org, r.summary()
    assert (speaker, org) not in r.membership_pairs(), r.summary()


@pytest.mark.parametrize(("text", "speaker"), NO_UNPLACED_POST)
def test_behalf_unplaced_post_not_for_that_body(run, text, speaker):
    r = run(text)
    assert r.statement_by(speaker).on_behalf_of is None, r.summary()
