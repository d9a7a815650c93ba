"""kg.extract: on whose behalf a speaker speaks, and memberships (issue 11, session 30):
"the group" or "the firm" named sentences before the role ("a spokesman for the group",
"the group's commander", "the firm's chairman"), the body whose name has the possessor's
word ("the union's treasurer" with a firm named beside the union), a country the tagger
took for a person, read as a state by a title only a state gives ("Belmora's prime
minister", "Prime Minister Y of Belmora"), a party named by its people's plural ("the
Social Democrats"), a body a post is held at ("an engineer at X"). Each table has
near-misses.

Every sentence is invented. The articles are published on Friday 2024-03-15.
"""

from __future__ import annotations

import pytest
from cases import case

# fmt: off
GROUP_NAMED_BEFORE = [
    # (text, speaker, organisation): "the group" two or three sentences after the one body
    case("spokesman-for-the-group", "The Kelvar Liberation Army seized the bridge on Monday. "
         "Residents fled to Orrin. A spokesman for the group said fighters would hold it.",
         "Kelvar Liberation Army", "Kelvar Liberation Army"),
    case("the-groups-commander", "The Dorran Popular Front attacked a convoy near Tesk. Two "
         "drivers were hurt. The road was closed for hours. The group's commander, Yusuf "
         "Brenn, said the convoy carried arms.", "Yusuf Brenn", "Dorran Popular Front"),
    case("group-spokeswoman-told", "The Orrin Workers Movement marched through the capital "
         "on Saturday. Police blocked the square. A group spokeswoman, Hana Vell, told "
         "reporters the march would go on.", "Hana Vell", "Orrin Workers Movement"),
    case("quote-first-organisation", "The Greyfield Tenants Organisation met on Tuesday. Rents "
         "have doubled since 2020. \"We will not pay,\" said Lars Okafor, a spokesman for the "
         "organisation.", "Lars Okafor", "Greyfield Tenants Organisation"),
    case("spokesman-for-the-group-named", "The Veska Growers Union blocked the highway. Lorries "
         "queued for miles. Ivo Marek, a spokesman for the group, warned that the blockade "
         "would last.", "Ivo Marek", "Veska Growers Union"),
    case("the-firms-chairman", "Shares in Harbour Grain fell on Tuesday. The drought had cut "
         "the harvest. The firm's chairman, Paul Ekman, said the board backed the plan.",
         "Paul Ekman", "Harbour Grain"),
    case("spokesman-for-the-company", "Delta Grain cut 300 jobs on Monday. Workers protested. "
         "The mill was shut. Piet Olsen, the company's spokesman, said the cuts were needed.",
         "Piet Olsen", "Delta Grain"),
    case("the-movements-leader", "The Civic Renewal Movement lost two seats. Turnout was low. "
         "The movement's leader, Mira Solberg, admitted that the campaign had failed.",
         "Mira Solberg", "Civic Renewal Movement"),
]

GROUP_NOT_RESOLVED = [
    # (text, speaker): two bodies in reach, one too far back, an outlet, or a firm's word
    case("two-bodies", "The Kelvar Liberation Army and the Dorran Popular Front clashed near "
         "Tesk. Residents fled to Orrin. A group spokeswoman, Hana Vell, said fighters would "
         "hold the bridge.", "Hana Vell"),
    case("five-sentences-back", "The Kelvar Liberation Army seized the bridge in March. "
         "Residents fled to Orrin. Shops closed. Buses stopped. Trains were cancelled. A group "
         "spokeswoman, Hana Vell, said fighters would hold it.", "Hana Vell"),
    case("an-outlet", "The Marlow Courier reported the attack on Monday. Residents fled to "
         "Orrin. A group spokeswoman, Hana Vell, said fighters would hold the bridge.",
         "Hana Vell"),
    case("two-firms", "Delta Grain bought Tesk Logistics Ltd on Monday. Workers protested. The "
         "mill was shut. Piet Olsen, the company's spokesman, said the cuts were needed.",
         "Piet Olsen"),
    case("a-firm-but-a-union", "The Dockside Union called a strike. Ships waited. The port was "
         "shut. Piet Olsen, the company's spokesman, said the cuts were needed.", "Piet Olsen"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "org"), GROUP_NAMED_BEFORE)
def test_behalf_the_group_named_sentences_before(run, text, speaker, org):
    r = run(text)
    assert r.label(r.statement_by(speaker).on_behalf_of) == org, r.summary()
    if speaker != org:
        assert r.membership(speaker, org) is not None


@pytest.mark.parametrize(("text", "speaker"), GROUP_NOT_RESOLVED)
def test_behalf_the_group_not_resolved(run, text, speaker):
    r = run(text)
    assert r.statement_by(speaker).on_behalf_of is None, r.summary()
    assert not [m for m in r.ex.memberships if r.label(m.person) == speaker], r.summary()


# fmt: off
POSSESSOR_OF_ITS_KIND = [
    # (text, person, organisation, the other body named beside it)
    case("union-beside-firm", "The Dockside Union and Delta Grain met on Monday. Ada Moreno, "
         "the union's treasurer, said talks had failed.", "Ada Moreno", "Dockside Union",
         "Delta Grain"),
    case("union-after-firm", "Delta Grain and the Orrin Teachers Union signed a deal. Ivo "
         "Marek, the union's president, said pay would rise.", "Ivo Marek",
         "Orrin Teachers Union", "Delta Grain"),
    case("party-beside-club", "The Civic Unity Party and Harrow Rovers held a joint rally. "
         "Noor Haddad, the party's chairman, claimed that the crowd had been huge.",
         "Noor Haddad", "Civic Unity Party", "Harrow Rovers"),
    case("firm-beside-union", "Delta Grain and the Dockside Union met on Monday. Tomas Reyes, "
         "the firm's chief executive, said the mill would stay open.", "Tomas Reyes",
         "Delta Grain", "Dockside Union"),
]
# fmt: on


@pytest.mark.parametrize(("text", "person", "org", "other"), POSSESSOR_OF_ITS_KIND)
def test_behalf_possessor_is_the_body_of_its_kind(run, text, person, org, other):
    r = run(text)
    assert r.label(r.statement_by(person).on_behalf_of) == org, r.summary()
    assert r.membership(person, org) is not None
    assert (person, other) not in r.membership_pairs(), r.summary()


# fmt: off
STATE_BY_ITS_TITLES = [
    # (text, person, country): a one-word country the tagger may call a person
    case("possessive-prime-minister", "Belmora's prime minister, Jonas Hale, blamed the "
         "opposition for the delay.", "Jonas Hale", "Belmora"),
    case("possessive-foreign-minister", "Talks stalled on Monday. Veska's foreign minister, "
         "Lina Vossberg, said the other side had walked out.", "Lina Vossberg", "Veska"),
    case("title-name-of", "Prime Minister Jonas Hale of Belmora said on Monday that the talks "
         "had failed. Hale said Belmora would not sign.", "Jonas Hale", "Belmora"),
    case("quote-first-title-of", "\"The border stays shut,\" said Foreign Minister Ruta Salo "
         "of Kovania.", "Ruta Salo", "Kovania"),
    case("possessive-ambassador", "Tarsia's ambassador, Omar Quell, denied that troops had "
         "crossed the river.", "Omar Quell", "Tarsia"),
    case("envoy-of", "The envoy of Dravia, Sami Ortel, told reporters that the ceasefire "
         "would hold.", "Sami Ortel", "Dravia"),
]

NO_STATE = [
    # (text, a name that stays what it is, its type)
    case("persons-lawyer", "Ada Moreno's lawyer, Piet Olsen, said she would appeal.",
         "Ada Moreno", "Person"),
    case("club-president", "Ivo Marek, the president of Harrow Rovers, said the club would "
         "not sell.", "Harrow Rovers", "Organization"),
    case("persons-aide", "Mira Solberg's aide, Tomas Reyes, said she was abroad.",
         "Mira Solberg", "Person"),
]
# fmt: on


@pytest.mark.parametrize(("text", "person", "country"), STATE_BY_ITS_TITLES)
def test_behalf_a_state_by_the_titles_it_gives(run, text, person, country):
    r = run(text)
    assert r.entity(country).type == "Place", r.summary()
    assert r.label(r.statement_by(person).on_behalf_of) == country, r.summary()
    assert r.membership(person, country) is not None


@pytest.mark.parametrize(("text", "name", "kind"), NO_STATE)
def test_behalf_no_state_without_a_states_title(run, text, name, kind):
    r = run(text)
    assert r.entity(name).type == kind, r.summary()


# fmt: off
PARTY_BY_ITS_PEOPLE = [
    # (text, person, party): a party named by its people's plural, capitalised
    case("their-leader", "The opposition Social Democrats backed the nurses on Monday. Their "
         "leader, Erik Solheim, called the offer an insult.", "Erik Solheim",
         "Social Democrats"),
    case("party-leader-after", "The Greens walked out of the chamber. Party leader Lea Brun "
         "said the bill was a disgrace.", "Lea Brun", "Greens"),
    case("who-chairs", "Mira Vance, who chairs the Christian Democrats, said the coalition "
         "would hold.", "Mira Vance", "Christian Democrats"),
]
# fmt: on


@pytest.mark.parametrize(("text", "person", "party"), PARTY_BY_ITS_PEOPLE)
def test_behalf_a_party_named_by_its_peoples_plural(run, text, person, party):
    r = run(text)
    assert r.entity(party).type == "Organization", r.summary()
    assert r.label(r.statement_by(person).on_behalf_of) == party, r.summary()
    assert r.membership(person, party) is not None


def test_behalf_a_people_is_no_party(run):
    r = run("The Kurds of the valley fled to Tesk. Their elder, Omar Sadiq, said the road "
            "was closed.")
    assert r.find_entity("Kurds") is None, r.summary()
    assert r.statement_by("Omar Sadiq").on_behalf_of is None, r.summary()


# fmt: off
POST_AT_A_BODY = [
    # (text, person, body): a post held "at" or "with" a one-name body the tagger may
    # take for a place
    case("engineer-at", "Noor Haddad, an engineer at Delta Grain, said the silo had cracked.",
         "Noor Haddad", "Delta Grain"),
    case("researcher-at", "Lina Park, a researcher at Quillon, said the trial had failed.",
         "Lina Park", "Quillon"),
    case("analyst-at", "Tomas Berg, an analyst at Fenmore, said shares would fall.",
         "Tomas Berg", "Fenmore"),
]

NO_POST_AT_A_BODY = [
    # (text, person, place): a post held in a town, a place beyond the body
    case("teacher-in", "Sara Voss, a teacher in Orrin, said the school was closed.",
         "Sara Voss", "Orrin"),
    case("clinic-in", "Piet Olsen, a doctor at the clinic in Tesk, said supplies were short.",
         "Piet Olsen", "Tesk"),
]
# fmt: on


@pytest.mark.parametrize(("text", "person", "body"), POST_AT_A_BODY)
def test_behalf_a_post_held_at_a_body(run, text, person, body):
    r = run(text)
    assert r.entity(body).type == "Organization", r.summary()
    assert r.membership(person, body) is not None


@pytest.mark.parametrize(("text", "person", "place"), NO_POST_AT_A_BODY)
def test_behalf_a_post_held_in_a_place(run, text, person, place):
    r = run(text)
    assert r.entity(place).type == "Place", r.summary()
    assert (person, place) not in r.membership_pairs(), r.summary()


# fmt: off
BARE_STATE_TITLE = [
    # (text, speaker, country): a head of state's or a minister's bare title before the
    # name, in an article about one country (a nationality word or a national office)
    case("president-after-nationality", "Veskan troops sealed the border on Monday as unrest "
         "in Veska grew. President Ivo Marek said the border would stay shut for a month.",
         "Ivo Marek", "Veska"),
    case("prime-minister-after-parliament", "Protests spread across Veska on Sunday. Veska's "
         "parliament met in emergency session. Prime Minister Jonas Hale said the protests "
         "would be tolerated.", "Jonas Hale", "Veska"),
    case("quote-first-foreign-minister", "Tarsia's army entered Tesk on Friday. \"We will "
         "stay until order returns,\" Foreign Minister Lina Vossberg told reporters.",
         "Lina Vossberg", "Tarsia"),
    case("chancellor-denied", "The Dravian economy shrank again. Dravia's central bank cut "
         "rates. Chancellor Greta Holm denied that a recession had begun.", "Greta Holm",
         "Dravia"),
]

NO_BARE_STATE_TITLE = [
    # (text, speaker): no country in the article, a firm's president, a former president
    case("no-country", "President Ivo Marek said the border would stay shut for a month.",
         "Ivo Marek"),
    case("former-president", "Veskan troops closed the border on Monday. Former President "
         "Ivo Marek said the decision was rash.", "Ivo Marek"),
    case("mayor", "Veskan troops closed the border on Monday. Mayor Ivo Marek said the town "
         "was calm.", "Ivo Marek"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "country"), BARE_STATE_TITLE)
def test_behalf_bare_state_title_speaks_for_the_articles_country(run, text, speaker, country):
    r = run(text)
    assert r.label(r.statement_by(speaker).on_behalf_of) == country, r.summary()
    assert (speaker, country) not in r.membership_pairs(), r.summary()  # a loose tie


@pytest.mark.parametrize(("text", "speaker"), NO_BARE_STATE_TITLE)
def test_behalf_bare_state_title_without_a_country(run, text, speaker):
    r = run(text)
    assert r.statement_by(speaker).on_behalf_of is None, r.summary()


def test_behalf_a_firms_president_keeps_the_firm(run):
    r = run("Veskan troops closed the border on Monday. Delta Grain president Jan Holt said "
            "exports would suffer.")
    assert r.label(r.statement_by("Jan Holt").on_behalf_of) == "Delta Grain", r.summary()


# fmt: off
PARTY_PEOPLE = [
    # (text, person, party): a party's people by a word of politics, or its name in brackets
    case("veteran-politician", "Anna Kask, a veteran Civic Unity Party politician, said the "
         "bill would fail.", "Anna Kask", "Civic Unity Party"),
    case("stalwart", "Anna Kask, a Green Alliance stalwart, warned that the vote would be "
         "close.", "Anna Kask", "Green Alliance"),
    case("bracketed-subject", "Anna Kask (Civic Unity Party) said the bill would fail.",
         "Anna Kask", "Civic Unity Party"),
    case("bracketed-quote-first", "\"It will fail,\" said Ivo Marek (Green Alliance).",
         "Ivo Marek", "Green Alliance"),
]

NO_PARTY_PEOPLE = [
    # (text, person): a bare job, a hometown or a note in brackets
    case("bare-politician", "Anna Kask, a politician, said the bill would fail.", "Anna Kask"),
    case("bracketed-town", "Anna Kask (Orrin) said the bill would fail.", "Anna Kask"),
    case("bracketed-note", "Anna Kask (pictured) said the bill would fail.", "Anna Kask"),
]
# fmt: on


@pytest.mark.parametrize(("text", "person", "party"), PARTY_PEOPLE)
def test_behalf_a_partys_people(run, text, person, party):
    r = run(text)
    assert r.membership(person, party) is not None


def test_behalf_bracketed_parties_of_two_people(run):
    r = run("The bill was opposed by Anna Kask (Green Alliance) and Ivo Marek (Civic Unity "
            "Party).")
    assert {("Anna Kask", "Green Alliance"), ("Ivo Marek", "Civic Unity Party")} <= (
        r.membership_pairs()), r.summary()
    assert ("Anna Kask", "Civic Unity Party") not in r.membership_pairs(), r.summary()


@pytest.mark.parametrize(("text", "person"), NO_PARTY_PEOPLE)
def test_behalf_no_partys_people(run, text, person):
    r = run(text)
    assert not [m for m in r.ex.memberships if r.label(m.person) == person], r.summary()


# fmt: off
NATIONALITY_BEFORE_ROLE = [
    # (text, speaker, country): a nationality word before a role, the country named
    case("senior-official", "Fighting continued in Veska. A senior Veskan official said the "
         "army had retaken the airport.", "Veska", "Veska"),
    case("spokesman-of-two", "Veska and Kelvar traded fire. A Kelvari spokesman said the "
         "shelling had stopped.", "Kelvar", "Kelvar"),
    case("envoy-named", "Talks in Orrin failed. Kelvari envoy Sami Ortel said Kelvar would "
         "not return to the table.", "Sami Ortel", "Kelvar"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "country"), NATIONALITY_BEFORE_ROLE)
def test_behalf_nationality_word_before_a_role(run, text, speaker, country):
    r = run(text)
    assert r.label(r.statement_by(speaker).on_behalf_of) == country, r.summary()
    assert not [e for e in r.ex.entities if e.label.endswith(("Veskan", "Kelvari"))], \
        r.summary()


def test_behalf_nationality_word_before_fighters_stays_their_group(run):
    r = run("Fighting continued in Veska. Veskan rebels said they had taken the airport.")
    assert r.label(r.statement_by("Veskan rebels").on_behalf_of) == "Veskan rebels", \
        r.summary()


# fmt: off
SPEAKING_FOR_FIRST = [
    # (text, person, organisation or None): "Speaking for X, Y said": Y is a person,
    # whatever the tagger called the name
    case("speaking-for-the-union", "Speaking for the union, Ivo Marek said exports had "
         "fallen.", "Ivo Marek", None),
    case("speaking-on-behalf-of", "Speaking on behalf of the Dockside Union, Ivo Marek said "
         "the strike would go on.", "Ivo Marek", "Dockside Union"),
]
# fmt: on


@pytest.mark.parametrize(("text", "person", "org"), SPEAKING_FOR_FIRST)
def test_behalf_speaking_for_a_body_first(run, text, person, org):
    r = run(text)
    assert r.entity(person).type == "Person", r.summary()
    if org is not None:
        assert r.label(r.statement_by(person).on_behalf_of) == org, r.summary()


def test_behalf_speaking_to_reporters_leaves_a_body_a_body(run):
    r = run("Speaking to reporters, Delta Grain said the mill would close.")
    assert r.entity("Delta Grain").type == "Organization", r.summary()


# fmt: off
WHO_CLAUSE_ON_APPOSITION = [
    # (text, person, organisation): a "who" clause on the job set beside the name
    case("former-nurse-leads", "Ada Moreno, 52, a former nurse who now leads the Orrin "
         "Teachers Union, said the strike would go on.", "Ada Moreno", "Orrin Teachers Union"),
    case("lawyer-chairs", "Ivo Marek, a lawyer who chairs the Greyfield Tenants Association, "
         "said rents were too high.", "Ivo Marek", "Greyfield Tenants Association"),
    case("engineer-joined", "Tomas Reyes, an engineer who joined Delta Grain in 2010, said the "
         "silo was safe.", "Tomas Reyes", "Delta Grain"),
]

NO_WHO_CLAUSE_ROLE = [
    # (text, person, organisation)
    case("teacher-criticised", "Lina Park, a teacher who criticised the Orrin Teachers Union, "
         "said the strike was wrong.", "Lina Park", "Orrin Teachers Union"),
    case("farmer-whose-land", "Piet Olsen, a farmer whose land the Orrin Growers Cooperative "
         "bought, said the price was fair.", "Piet Olsen", "Orrin Growers Cooperative"),
]
# fmt: on


@pytest.mark.parametrize(("text", "person", "org"), WHO_CLAUSE_ON_APPOSITION)
def test_behalf_who_clause_on_the_job_beside_the_name(run, text, person, org):
    r = run(text)
    assert r.membership(person, org) is not None


@pytest.mark.parametrize(("text", "person", "org"), NO_WHO_CLAUSE_ROLE)
def test_behalf_who_clause_without_a_post(run, text, person, org):
    r = run(text)
    assert (person, org) not in r.membership_pairs(), r.summary()
