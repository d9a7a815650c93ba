"""kg.extract: on whose behalf a speaker speaks, and memberships (issue 11, session 30):
"the group" named sentences before the role ("a spokesman for the group", "the group's
commander"), the body whose name has the possessor's word ("the union's treasurer" with a
firm named beside the union), and a country the tagger took for a person, read as a state
by a title only a state gives ("Belmora's prime minister", "Prime Minister Y of Belmora").
Each table has near-misses.

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
    case("a-firm-far-back", "Delta Grain cut 300 jobs on Monday. Workers protested. The mill "
         "was shut. Piet Olsen, the company's spokesman, said the cuts were needed.",
         "Piet Olsen"),
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
