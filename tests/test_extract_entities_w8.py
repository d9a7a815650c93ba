"""kg.extract entities, eighth wave: descriptions tied to the named group they stand for.

"The rebels", "the insurgents", "the militants" after a named armed group are that group:
one entity, labelled by its name, with the description as an alias, so that every
statement and deed of "the rebels" is the group's. The link is only made when the text
names the group as fighters ("X, a rebel movement", "rebel alliance X") or names one group
shaped like an armed one that is no state's own force; otherwise the description stays
apart. ``named_group_of`` answers the same question for one token in any domain ("the
company", "the club", "the court").

Every sentence is invented. The articles are published on Friday 2024-03-15.
"""

from __future__ import annotations

import pytest
from cases import case

from kg.extract.coref import Resolver
from kg.extract.descriptions import named_group_of
from kg.extract.entities import entity_table


def _labels(r) -> set[str]:
    return {e.label for e in r.ex.entities}


# ---------------------------------------------------------------- fighters -> named group

# fmt: off
FIGHTERS = [
    # (text, the named group, the description that must be its alias)
    case("shaped-front-withdrew", "The Kelvar Liberation Front said on Monday it had taken "
         "the town of Orrin. The rebels later withdrew to the hills, and the Kelvar "
         "Liberation Front said it would return.", "Kelvar Liberation Front", "rebels"),
    case("apposition-rebel-group", "Fighting broke out near Tesk between the army and the "
         "Orran Patriotic Movement, a rebel group formed in 2019. The rebels said they had "
         "captured two bridges.", "Orran Patriotic Movement", "rebels"),
    case("kind-before-name", "Rebel alliance Northern Dawn claimed the attack on the depot. "
         "The insurgents have fought the government since 2021.", "Northern Dawn",
         "insurgents"),
    case("relative-clause-brigades", "The Sable Ridge Brigades, which have fought the junta "
         "for a decade, seized a police post on Friday. The insurgents said two of their "
         "fighters were killed. Sable Ridge Brigades commander Ivo Marek said the post was "
         "now theirs.", "Sable Ridge Brigades", "insurgents"),
    case("is-a-separatist-movement", "The Dornish Freedom Council is a separatist movement "
         "based in the mountains. On Thursday the separatists blocked the main road to "
         "Harlow.", "Dornish Freedom Council", "separatists"),
    case("passive-and-later", "Two villages were overrun by the Marren Valley Front on "
         "Wednesday, officials said. The rebels have since been pushed back by police. The "
         "Marren Valley Front has not commented.", "Marren Valley Front", "rebels"),
    case("most-named-of-several", "The Orrin Freedom Army (OFA) attacked a convoy. The OFA "
         "said it destroyed four trucks. OFA fighters then retreated. The Tesk Hill "
         "Brigade stayed out of the fight. The insurgents have vowed more attacks.",
         "Orrin Freedom Army", "insurgents"),
]
# fmt: on


@pytest.mark.parametrize(("text", "group", "description"), FIGHTERS)
def test_fighter_description_joins_the_named_group(run, text, group, description):
    r = run(text)
    entity = r.entity(group)
    assert entity.label == group, r.summary()
    assert description in entity.aliases, r.summary()
    assert description not in _labels(r), r.summary()


# fmt: off
NO_GROUP = [
    # (text, the description that must stay its own, the name it must not join)
    case("state-army-only", "The Veska Army said it had recaptured the village of Dorn. "
         "The rebels denied this.", "rebels", "Veska Army"),
    case("two-groups-called-rebels", "The Kelvar Liberation Front and the Orran Patriotic "
         "Movement, both rebel groups, attacked Tesk. The rebels said they held the town.",
         "rebels", "Kelvar Liberation Front"),
    case("described-state-army", "Government troops clashed with the Veskan army near "
         "Orrin. The rebels said they had repelled the attack.", "rebels", "Veskan army"),
    case("place-and-state-force", "The Orrin Defence Army (ODA) attacked a convoy. The ODA "
         "said it destroyed four trucks. The insurgents have vowed revenge.", "insurgents",
         "Orrin Defence Army"),
    case("nationality-is-no-group", "Dornish rebels attacked a checkpoint near Harlow. "
         "The rebels said three soldiers died.", "rebels", "Dornish"),
    case("shaped-named-once", "The Orrin Liberation Front attacked Tesk on Monday. The "
         "rebels withdrew toward the north, the army said.", "rebels",
         "Orrin Liberation Front"),
    case("outlet-not-a-group", "The Harlow Times reported heavy fighting in the north. "
         "The rebels said they had taken a bridge.", "rebels", "Harlow Times"),
    case("firm-not-a-group", "Delta Grain said its mill at Orrin was shut. The rebels "
         "said they had seized the road to the mill.", "rebels", "Delta Grain"),
    case("two-shaped-groups-level", "The Kelvar Liberation Front attacked a depot. The "
         "Orran Patriotic Movement shelled a bridge. The rebels said the army was in "
         "retreat.", "rebels", "Kelvar Liberation Front"),
]
# fmt: on


@pytest.mark.parametrize(("text", "description", "other"), NO_GROUP)
def test_fighter_description_without_its_group_stays_apart(run, text, description, other):
    r = run(text)
    found = r.find_entity(other)
    assert found is None or description not in found.aliases, r.summary()


def test_named_group_keeps_its_name_as_label(run):
    """Mentioned more often as "the rebels" than by its name, the group keeps its name."""
    r = run("The Kelvar Liberation Front took Orrin on Monday. The rebels said the rebels "
            "would hold the town. The rebels later left the Kelvar Liberation Front's camp.")
    assert "Kelvar Liberation Front" in _labels(r), r.summary()
    assert "rebels" not in _labels(r), r.summary()


def test_rebels_statement_is_the_named_groups(run):
    r = run("The Marren Valley Front has fought the government since 2020. The rebels said "
            "on Thursday that they had captured the airport at Tesk. The Marren Valley Front "
            "gave no figures.")
    assert r.statements_by("Marren Valley Front"), r.summary()


# ---------------------------------------------------------------- one token, any domain

# fmt: off
TOKEN_DESCRIPTIONS = [
    # (text, the description word (its last occurrence), the entity it stands for)
    case("company", "Quillon Pharma cut its forecast on Monday. The company said sales had "
         "fallen.", "company", "Quillon Pharma"),
    case("court", "The Harlow High Court heard the appeal on Tuesday. The court said it "
         "would rule in May.", "court", "Harlow High Court"),
    case("club", "Dunmore Rowing Club lost its boathouse in the flood. The club said it "
         "would rebuild.", "club", "Dunmore Rowing Club"),
    case("union", "The Greyfield Tenants Union met on Monday. The union voted to strike.",
         "union", "Greyfield Tenants Union"),
    case("insurgents", "The Kelvar Liberation Front took Orrin on Monday. The insurgents "
         "said the Kelvar Liberation Front would stay.", "insurgents",
         "Kelvar Liberation Front"),
    case("militants-no-mention", "The Kelvar Liberation Front took Orrin on Monday. The "
         "army shelled the town. The militants said the Kelvar Liberation Front would stay.",
         "militants", "Kelvar Liberation Front"),
    case("league", "The Northern Hockey League fined two clubs. The league said the fines "
         "were final.", "league", "Northern Hockey League"),
    case("firm-called-so", "Corvane Analytics, a research firm, published the survey. The "
         "firm said turnout had doubled.", "firm", "Corvane Analytics"),
]
# fmt: on


@pytest.mark.parametrize(("text", "word", "name"), TOKEN_DESCRIPTIONS)
def test_named_group_of_a_description(nlp, text, word, name):
    doc = nlp(text)
    table = entity_table(doc)
    res = Resolver(doc, table)
    token = [t for t in doc if t.lower_ == word][-1]
    key = named_group_of(res, token)
    labels = {e.key: e.label for e in table.entities}
    assert key is not None and labels[key] == name, (labels, key)


# fmt: off
TOKEN_NEAR_MISSES = [
    # (text, the description word (its last occurrence))
    case("rival-company", "Quillon Pharma cut its forecast. A rival company said sales were "
         "steady.", "company"),
    case("no-body-named", "Sales fell in March. The company said the spring was cold.",
         "company"),
    case("militants-two-groups", "The Kelvar Liberation Front and the Orran Patriotic "
         "Movement attacked Tesk. The militants said they held the town.", "militants"),
    case("militants-named-once", "The Kelvar Liberation Front took Orrin on Monday. The "
         "militants said they would stay.", "militants"),
    case("militants-state-army-only", "The Veska Army shelled Tesk on Monday. The "
         "militants said they held the town.", "militants"),
    case("party-is-no-company", "The Civic Unity Party lost two seats. The company that "
         "prints its leaflets said it was owed money.", "company"),
]
# fmt: on


@pytest.mark.parametrize(("text", "word"), TOKEN_NEAR_MISSES)
def test_named_group_of_a_description_near_misses(nlp, text, word):
    doc = nlp(text)
    table = entity_table(doc)
    res = Resolver(doc, table)
    token = [t for t in doc if t.lower_ == word][-1]
    assert named_group_of(res, token) is None


# ---------------------------------------------------------------- "the government of X"

# fmt: off
BODY_OF_PLACE = [
    # (text, the body's label, the place)
    case("government-subject", "The government of Veska said on Monday it would reopen the "
         "border.", "Veska government", "Veska"),
    case("government-object", "A ruling by the government of the PRC to shut the port "
         "was criticised. The PRC government said it had no choice.", "PRC government",
         "PRC"),
    case("army-object", "Talks between the army of Kelvar and the rebels broke down on "
         "Tuesday.", "Kelvar army", "Kelvar"),
    case("parliament", "The parliament of Orrin voted on Thursday to raise the fuel tax.",
         "Orrin parliament", "Orrin"),
    case("navy", "A patrol boat of the navy of Veska towed the trawler to port.",
         "Veska navy", "Veska"),
    case("cabinet-passive", "The budget was approved by the cabinet of Harlow on Friday.",
         "Harlow cabinet", "Harlow"),
]
# fmt: on


@pytest.mark.parametrize(("text", "body", "place"), BODY_OF_PLACE)
def test_body_of_a_place_is_named_by_it(run, text, body, place):
    r = run(text)
    assert r.entity(body).type == "Organization", r.summary()
    assert r.entity(place).type == "Place", r.summary()


# fmt: off
BODY_OF_NO_PLACE = [
    # (text, a label that must not be made)
    case("of-the-day", "The government of the day must answer to parliament, Ada Moreno "
         "said.", "day government"),
    case("of-a-person", "The government of Ada Moreno fell on Tuesday.",
         "Ada Moreno government"),
    case("of-a-named-body", "The army of the Kelvar Liberation Front entered Orrin.",
         "Kelvar Liberation Front army"),
    case("of-volunteers", "An army of volunteers cleared the beach on Sunday.",
         "volunteers army"),
]
# fmt: on


@pytest.mark.parametrize(("text", "label"), BODY_OF_NO_PLACE)
def test_body_of_no_place_is_not_named_by_it(run, text, label):
    r = run(text)
    assert r.find_entity(label) is None, r.summary()


# ---------------------------------------------------------------- roles set against their possessor

# fmt: off
NOT_OF_THE_STATE = [
    # (text, the person, the place)
    case("former", "Norland's former president, Anna Lindqvist, criticised the deal.",
         "Anna Lindqvist", "Norland"),
    case("opposition-candidate", "Norland's opposition candidate Anna Lindqvist claimed "
         "victory on Monday.", "Anna Lindqvist", "Norland"),
    case("official-in-a-place", "Anna Lindqvist, an official in Norland, said the roads "
         "were closed.", "Anna Lindqvist", "Norland"),
    case("mayor-of-a-town", "Orrin mayor Lena Brandt said the bridge would close.",
         "Lena Brandt", "Orrin"),
    case("exiled-leader", "Kelvar's exiled leader Ivo Marek called for new elections.",
         "Ivo Marek", "Kelvar"),
]
# fmt: on


@pytest.mark.parametrize(("text", "person", "place"), NOT_OF_THE_STATE)
def test_no_membership_of_a_possessor_the_role_is_set_against(run, text, person, place):
    """"Norland's opposition candidate" runs in Norland, against its rulers: no member of
    it (nor is a former president, an official in a place, a town's mayor). Heads of
    state stay without a membership of their country: the gold counts them so only
    sometimes, and the shapes want an Organization there."""
    r = run(text)
    assert (person, place) not in r.membership_pairs(), r.summary()


# ---------------------------------------------------------------- "northern Kelvar" is Kelvar

# fmt: off
REGION_OF_PLACE = [
    # (text, the place's label)
    case("northern-twice", "Heavy rain hit northern Kelvar on Monday. Roads in Kelvar were "
         "closed.", "Kelvar"),
    case("southern", "Farmers in southern Norland said the harvest had failed.", "Norland"),
    case("eastern-business", "The company opened a plant in eastern Veska last year.",
         "Veska"),
    case("rural-election", "Voters in rural Norland backed the plan, while Norland's cities "
         "rejected it.", "Norland"),
    case("with-state-noun", "Clashes broke out in northern Velmor state on Friday.", "Velmor"),
    case("central-sport", "Ten thousand runners took part in the marathon in central Orrin "
         "on Sunday.", "Orrin"),
]
# fmt: on


@pytest.mark.parametrize(("text", "label"), REGION_OF_PLACE)
def test_region_word_is_not_part_of_the_place_name(run, text, label):
    r = run(text)
    places = [e.label for e in r.ex.entities if e.type == "Place"]
    assert places == [label], r.summary()


def test_capitalised_region_word_is_part_of_the_name(run):
    r = run("Flights to North Kelvar were cancelled.")
    assert r.entity("North Kelvar").type == "Place", r.summary()


# ---------------------------------------------------------------- "X's forces" are X's side

# fmt: off
PERSONS_FORCES = [
    # (text, the side's label, the event trigger it is the agent of)
    case("forces-retreated", "General Omar Belkadi's forces retreated to Harlow on Sunday, "
         "the rebels said.", "Belkadi's forces", "retreated"),
    case("troops-surname", "Government troops clashed with fighters loyal to Omar Belkadi "
         "near Orrin. Belkadi's troops seized two tanks.", "Belkadi's forces", "seized"),
    case("forces-plain-name", "Tomas Brenner's forces attacked the depot on Sunday, officials "
         "said.", "Brenner's forces", "attacked"),
    case("soldiers-looted", "Troops led by Colonel Samuel Osei seized the airport. Osei's "
         "soldiers then looted the terminal.", "Osei's forces", "looted",
         why="the small tagger leaves 'Osei' untagged before the possessive"),
    case("fighters-object", "Police arrested three of Tomas Brenner's fighters in Orrin on "
         "Monday.", "Brenner's forces", None),
    case("loyalists-subject", "Omar Belkadi's loyalists stormed the radio station on "
         "Friday.", "Belkadi's forces", "stormed"),
]
# fmt: on


@pytest.mark.parametrize(("text", "side", "trigger"), PERSONS_FORCES)
def test_persons_forces_are_a_side_of_their_own(run, text, side, trigger):
    r = run(text)
    assert r.entity(side).type == "Organization", r.summary()
    if trigger is not None:
        event = next(e for e in r.ex.events if trigger in e.trigger)
        assert r.labels(event.agents) == [side], r.summary()


# fmt: off
NOT_FORCES = [
    # (text, a label that must not be made)
    case("supporters", "Ada Moreno's supporters marched through Orrin on Saturday.",
         "Moreno's forces"),
    case("sport-men", "Piet Olsen's men won 2-1 at Harlow on Saturday.",
         "Olsen's forces"),
    case("place-army", "Veska's army entered Orrin on Monday.", "Veska's forces"),
    case("own-pronoun", "General Omar Belkadi said his troops had taken the bridge.",
         "Belkadi's forces"),
]
# fmt: on


@pytest.mark.parametrize(("text", "label"), NOT_FORCES)
def test_no_side_without_a_persons_forces(run, text, label):
    r = run(text)
    assert r.find_entity(label) is None, r.summary()


def test_persons_forces_do_not_take_in_the_army(run):
    r = run("General Omar Belkadi's forces attacked the base. The army said it had repelled "
            "them.")
    assert "army" not in r.entity("Belkadi's forces").aliases, r.summary()


def test_persons_forces_by_full_name_and_surname_are_one_side(run):
    r = run("Omar Belkadi's troops shelled Orrin on Monday. On Tuesday Belkadi's forces "
            "entered the town.")
    sides = [e for e in r.ex.entities if e.label == "Belkadi's forces"]
    assert len(sides) == 1, r.summary()


# ---------------------------------------------------------------- armed men are no police

# fmt: off
ARMED_MEN = [
    # (text, the body made from the phrase)
    case("government-troops", "Government troops attacked the camp on Monday.",
         "government troops"),
    case("after-a-police-service", "The Orrin Police Service said it was investigating. "
         "Government troops attacked the camp on Monday.", "government troops"),
    case("backed-forces", "Veska-backed forces shelled the town on Sunday.",
         "Veska-backed forces"),
    case("federal-forces", "On Monday federal forces attacked the camp near Orrin.",
         "federal forces"),
]
# fmt: on


@pytest.mark.parametrize(("text", "label"), ARMED_MEN)
def test_armed_men_are_no_police(run, text, label):
    r = run(text)
    assert "police" not in r.entity(label).aliases, r.summary()


def test_police_officers_are_the_police(run):
    r = run("Police officers arrested two men in Orrin on Friday.")
    assert "police" in r.entity("police officers").aliases, r.summary()
