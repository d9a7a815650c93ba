"""kg.extract entities, tenth wave: one lexicon of descriptions by kind and one resolver
(``descriptions.named_body``) for the entity layer and the agent layer; entities and
memberships on unseen text.

Every sentence is invented. The articles are published on Friday 2024-03-15.
"""

from __future__ import annotations

import pytest
from cases import case

from kg.extract.coref import Resolver
from kg.extract.descriptions import (
    FIGHTERS,
    STATE_FORCES,
    armed_name,
    description_kind,
    named_group_of,
)
from kg.extract.entities import entity_table

# ---------------------------------------------------------------- the lexicon by kind

# fmt: off
KINDS = [
    ("rebels", FIGHTERS), ("surviving fighters", FIGHTERS), ("insurgents", FIGHTERS),
    ("the gunmen", FIGHTERS), ("government troops", STATE_FORCES),
    ("security forces", STATE_FORCES), ("regulator", "regulator"),
    ("watchdog", "regulator"), ("prosecutors", "prosecutors"), ("inspectors", "inspectors"),
    ("Kelvar Rebels", None), ("troops", None), ("company", None), ("rival forces", None),
]
# fmt: on


@pytest.mark.parametrize(("label", "kind"), KINDS)
def test_description_kind(label, kind):
    assert description_kind(label) == kind


# fmt: off
ARMED_NAMES = [
    # (name, whether it names an armed group that is not the state's own)
    ("Kelvar Liberation Front", True), ("Orrin Resistance Movement", True),
    ("Marlow Popular Army", True), ("Free Dorran Army", True),
    ("Sable Ridge Brigades", True), ("Orrin Democratic Alliance Army", True),
    ("Lunet Armed Forces", False), ("Veska Army", False), ("Orrin Defence Army", False),
    ("Vanta National Guard", False), ("Harlow City Council", False), ("Delta Grain", False),
    ("rebels", False), ("Tesk Police Service", False),
]
# fmt: on


@pytest.mark.parametrize(("name", "armed"), ARMED_NAMES)
def test_armed_name(name, armed):
    assert armed_name(name) is armed


def test_armed_name_called_so():
    """A one-word name the text calls a militant group is one."""
    assert armed_name("Harvak", {"militant"})
    assert not armed_name("Harvak", {"firm"})


# ---------------------------------------------------------------- one resolver, any kind

# fmt: off
TOKEN_KINDS = [
    # (text, the description word (its last occurrence), the entity it stands for): the
    # token resolver answers for every kind the agent layer knows
    case("regulator", "The Vanta Competition Authority opened an inquiry into the merger. "
         "The regulator said it would rule in June.", "regulator",
         "Vanta Competition Authority"),
    case("watchdog", "The Orrin Securities Commission fined two brokers last year. A "
         "lawyer for the firms said the watchdog had overreached.", "watchdog",
         "Orrin Securities Commission"),
    case("prosecutors", "The Marlow Prosecutor's Office reopened the case in May. "
         "Prosecutors said new witnesses had come forward.", "Prosecutors",
         "Marlow Prosecutor's Office"),
    case("inspectors", "The Lunet Food Agency tested the milk. Inspectors found no trace "
         "of the chemical.", "Inspectors", "Lunet Food Agency"),
    case("government-forces", "The Lunet Armed Forces said the road was open. Government "
         "forces had cleared it overnight.", "forces", "Lunet Armed Forces"),
    case("insurgents-joined", "The Kelvar Liberation Front took Orrin on Monday. The "
         "insurgents said the Kelvar Liberation Front would stay.", "insurgents",
         "Kelvar Liberation Front"),
]
TOKEN_KIND_NEAR_MISSES = [
    # (text, the description word (its last occurrence)): none of the kind, or two
    case("no-regulator", "Delta Grain bought the Orrin mill. The regulator said it would "
         "look at the deal.", "regulator"),
    case("two-regulators", "The Vanta Competition Authority and the Orrin Securities "
         "Commission met. The regulator said nothing.", "regulator"),
    case("regulator-after", "The regulator said it would rule in June. The Vanta "
         "Competition Authority gave no date.", "regulator"),
    case("two-state-armies", "The Vanta Army and the Lunet Army met in Tesk. Government "
         "forces took the airport.", "forces"),
    case("forces-of-a-front", "The Kelvar Front said government forces had shelled "
         "Orrin.", "forces"),
    case("rebels-named-once", "The Kelvar Liberation Front took Orrin on Monday. The "
         "rebels said they would stay.", "rebels"),
]
# fmt: on


def _resolve(nlp, text, word):
    doc = nlp(text)
    table = entity_table(doc)
    res = Resolver(doc, table)
    token = [t for t in doc if t.text == word][-1]
    labels = {e.key: e.label for e in table.entities}
    return named_group_of(res, token), labels


@pytest.mark.parametrize(("text", "word", "name"), TOKEN_KINDS)
def test_named_group_of_every_kind(nlp, text, word, name):
    key, labels = _resolve(nlp, text, word)
    assert key is not None and labels[key] == name, (labels, key)


@pytest.mark.parametrize(("text", "word"), TOKEN_KIND_NEAR_MISSES)
def test_named_group_of_every_kind_near_misses(nlp, text, word):
    key, labels = _resolve(nlp, text, word)
    assert key is None or labels[key] == labels[key].lower(), (labels, key)


def _typed(r) -> dict[str, str]:
    return {e.label: e.type for e in r.ex.entities}


def _members(r) -> set[tuple[str, str]]:
    return {(r.label(m.person), r.label(m.organization)) for m in r.ex.memberships}


# ---------------------------------------------------------------- POST of PLACE NAME

# fmt: off
POSTS_OF_PLACES = [
    # (text, the place, the person): "the POST of PLACE NAME" is two names
    case("president", "The President of Veska Ada Moreno said the border would stay shut.",
         "Veska", "Ada Moreno"),
    case("prime-minister-two-word-place", "The Prime Minister of New Veska Piet Olsen "
         "resigned. New Veska will vote in May.", "New Veska", "Piet Olsen"),
    case("king-untagged-place", "Later, the King of Dorne Aldo Vance spoke to the crowd.",
         "Dorne", "Aldo Vance"),
    case("governor-province", "The governor of Orrin Province Hal Greer said the roads were "
         "closed.", "Orrin Province", "Hal Greer"),
    case("emir-subject", "The Emir of Qarsa Tamim Adel arrived on Sunday.", "Qarsa",
         "Tamim Adel"),
    case("mayor-passive", "The plan was backed by the mayor of Lunet Sara Lind on Friday.",
         "Lunet", "Sara Lind"),
]
POSTS_NEAR_MISSES = [
    # (text, a name that must stay whole): a post with no place, or a plain name
    case("minister-of-portfolio", "The Minister of Finance Lena Voss said the budget would "
         "balance.", "Lena Voss"),
    case("place-alone", "The mayor of Tesk said the bridge would reopen.", "Tesk"),
    case("holder-after-comma", "Ada Moreno, the president of Veska, said the border would "
         "stay shut.", "Ada Moreno"),
    case("two-word-holder", "The head of Orrin Rovers said the club was for sale.",
         "Orrin Rovers"),
    case("body-name", "The head of the Orrin Medical Council said the rules would change.",
         "Orrin Medical Council"),
]
# fmt: on


@pytest.mark.parametrize(("text", "place", "person"), POSTS_OF_PLACES)
def test_a_post_of_a_place_then_its_holder_is_two_names(run, text, place, person):
    r = run(text)
    types = _typed(r)
    assert types.get(place) == "Place", r.summary()
    assert types.get(person) == "Person", r.summary()


@pytest.mark.parametrize(("text", "name"), POSTS_NEAR_MISSES)
def test_a_post_without_a_place_and_holder_leaves_the_name_whole(run, text, name):
    r = run(text)
    assert name in _typed(r), r.summary()


def test_a_ministers_portfolio_is_no_place(run):
    r = run("The Minister of Territorial Development Ana Brandt warned the press.")
    assert "Place" not in _typed(r).values(), r.summary()


# ---------------------------------------------------------------- "a ROLE for BODY, NAME,"

# fmt: off
ROLE_FOR_BODY_NAME = [
    # (text, the person, the body): the parser hangs the name on the body
    case("spokesman-front", "A spokesman for the Kelvar Liberation Front, Ivo Marek, said "
         "the group held the town.", "Ivo Marek", "Kelvar Liberation Front"),
    case("spokeswoman-firm", "A spokeswoman for Delta Grain, Mira Solberg, said the mill "
         "would reopen.", "Mira Solberg", "Delta Grain"),
    case("head-of-council", "The head of the Orrin Medical Council, Tove Arne, said the "
         "rules would change.", "Tove Arne", "Orrin Medical Council"),
    case("lawyer-for-club", "A lawyer for Harrow United, Bram Tessel, said the club would "
         "appeal.", "Bram Tessel", "Harrow United"),
    case("director-of-museum", "The director of the Lunet Museum of Art, Petra Vale, "
         "resigned on Monday.", "Petra Vale", "Lunet Museum of Art"),
    case("researcher-at-university", "A researcher at Tesk University, Omar Haddou, said "
         "the samples were clean.", "Omar Haddou", "Tesk University"),
]
# fmt: on


@pytest.mark.parametrize(("text", "person", "body"), ROLE_FOR_BODY_NAME)
def test_a_name_after_a_roles_body_is_the_role_holder(run, text, person, body):
    r = run(text)
    assert _typed(r).get(person) == "Person", r.summary()
    assert (person, body) in _members(r), r.summary()


def test_a_body_after_a_roles_body_is_no_person(run):
    """"a spokesman for X, the Y Movement": an apposition that is itself a body."""
    r = run("A spokesman for the Kelvar Front, the Orrin Liberation Movement, said the town "
            "had fallen.")
    assert _typed(r).get("Orrin Liberation Movement") != "Person", r.summary()


# ---------------------------------------------------------------- "A, who heads B"

# fmt: off
WHO_HEADS = [
    # (text, the person, the body): a "who" clause makes a person, its verb a post
    case("heads-lone-surname", "Pike, who heads Morrow Energy, said costs would fall.",
         "Pike", "Morrow Energy"),
    case("coaches", "Lars Emmet, who coaches Harrow United, said his side was tired.",
         "Lars Emmet", "Harrow United"),
    case("represents", "Kofi Asante, who represents the Lunet Nurses Union, said pay talks "
         "had failed.", "Kofi Asante", "Lunet Nurses Union"),
    case("manages", "Ines Brandvold, who manages the Tesk Food Bank, said demand had "
         "doubled.", "Ines Brandvold", "Tesk Food Bank"),
    case("commands", "Ossen, who commands the Sable Ridge Brigades, denied the report.",
         "Ossen", "Sable Ridge Brigades"),
    case("chairs", "Ruth Calloway, who chairs the Orrin Housing Trust, said rents would "
         "rise.", "Ruth Calloway", "Orrin Housing Trust"),
]
WHO_NEAR_MISSES = [
    # (text, the person, the body that is no membership)
    case("met", "Gideon Faye, who met Delta Grain executives on Monday, said the deal was "
         "close.", "Gideon Faye", "Delta Grain"),
    case("born-in", "Ada Moreno, who was born in Tesk, said she would run.", "Ada Moreno",
         "Tesk"),
    case("sued", "Bram Tessel, who sued Delta Grain in May, said the firm would lose.",
         "Bram Tessel", "Delta Grain"),
]
# fmt: on


@pytest.mark.parametrize(("text", "person", "body"), WHO_HEADS)
def test_who_clause_with_a_post_verb_is_a_membership(run, text, person, body):
    r = run(text)
    assert _typed(r).get(person) == "Person", r.summary()
    assert (person, body) in _members(r), r.summary()


@pytest.mark.parametrize(("text", "person", "body"), WHO_NEAR_MISSES)
def test_who_clause_without_a_post_is_no_membership(run, text, person, body):
    r = run(text)
    assert (person, body) not in _members(r), r.summary()


def test_a_body_with_a_who_clause_stays_a_body(run):
    r = run("The Harlow Council, who met on Monday, voted to close the library.")
    assert _typed(r).get("Harlow Council") == "Organization", r.summary()


# ---------------------------------------------------------------- ground by syntax

# fmt: off
GROUND = [
    # (text, a name the syntax makes a place)
    case("entered", "Militia fighters entered Jebel Tarik on Sunday, a spokesman said.",
         "Jebel Tarik"),
    case("stormed", "Police stormed Kassala Hill before dawn.", "Kassala Hill"),
    case("residents-of", "Residents of Tarakot fled as the fighting drew near.", "Tarakot"),
    case("outskirts-of", "Shells fell on the outskirts of Belmaz overnight.", "Belmaz"),
    case("under-siege", "Mokani has been under siege since April, the Red Crescent said.",
         "Mokani"),
    case("under-control", "Kumbo remains under rebel control, officials said.", "Kumbo"),
    case("surrounded", "Troops surrounded Oukal on Friday.", "Oukal"),
]
GROUND_NEAR_MISSES = [
    # (text, a name that is no place)
    case("entered-parliament", "Ada Moreno entered Parliament in 2019.", "Parliament"),
    case("under-fire-person", "Piet Olsen came under fire from his own party.", "Piet Olsen"),
    case("people-of-firm", "Mira Solberg, who leads Delta Grain, spoke on Monday.",
         "Delta Grain"),
    case("outlet", "According to Kesta Daily, the talks failed.", "Kesta Daily"),
    case("entered-race", "Lena Voss entered the race on Monday.", "Lena Voss"),
]
# fmt: on


@pytest.mark.parametrize(("text", "name"), GROUND)
def test_a_name_held_or_entered_as_ground_is_a_place(run, text, name):
    r = run(text)
    assert _typed(r).get(name) == "Place", r.summary()


@pytest.mark.parametrize(("text", "name"), GROUND_NEAR_MISSES)
def test_a_name_not_ground_is_no_place(run, text, name):
    r = run(text)
    assert _typed(r).get(name) != "Place", r.summary()


# ---------------------------------------------------------------- speaking for a body

# fmt: off
SPEAKS_FOR = [
    # (text, the speaker, the body spoken for): a spokesperson by the verb, not the noun
    case("who-speaks-for", "Tove Arne, who speaks for the Orrin Medical Council, said the "
         "rules would change.", "Tove Arne", "Orrin Medical Council"),
    case("speaking-for-untagged", "Ivo Marek, speaking for the Kelvar Liberation Front, "
         "said the army had fled.", "Ivo Marek", "Kelvar Liberation Front"),
    case("on-behalf-of", "Ivo Marek, speaking on behalf of the Kelvar Liberation Front, "
         "said the army had fled.", "Ivo Marek", "Kelvar Liberation Front"),
    case("fronted-participle", "Speaking on behalf of the Lunet Nurses Union, Kofi Asante "
         "said the strike would go ahead.", "Kofi Asante", "Lunet Nurses Union"),
    case("spoke-for-court", "Judge Amira Castell, who spoke for the Harlow High Court, said "
         "the ruling was final.", "Amira Castell", "Harlow High Court"),
    case("speaks-for-firm", "Mira Solberg, who speaks for Delta Grain, said the mill would "
         "reopen in May.", "Mira Solberg", "Delta Grain"),
]
SPEAKS_NEAR_MISSES = [
    # (text, the speaker, the body they only spoke to or about)
    case("spoke-to", "Kofi Asante, who spoke to the Lunet Nurses Union on Monday, said the "
         "strike was off.", "Kofi Asante", "Lunet Nurses Union"),
    case("speaking-to", "Ivo Marek, speaking to Kesta Radio, said the army had fled.",
         "Ivo Marek", "Kesta Radio"),
    case("speaking-about", "Mira Solberg, speaking about Delta Grain, said the mill would "
         "reopen.", "Mira Solberg", "Delta Grain"),
]
# fmt: on


def _behalf(r, speaker: str) -> set[str]:
    return {r.label(s.on_behalf_of) for s in r.ex.statements if r.label(s.speaker) == speaker}


@pytest.mark.parametrize(("text", "speaker", "body"), SPEAKS_FOR)
def test_one_who_speaks_for_a_body_speaks_on_its_behalf(run, text, speaker, body):
    r = run(text)
    assert _behalf(r, speaker) == {body}, r.summary()
    assert (speaker, body) in _members(r), r.summary()


@pytest.mark.parametrize(("text", "speaker", "body"), SPEAKS_NEAR_MISSES)
def test_one_who_speaks_to_a_body_is_not_its_voice(run, text, speaker, body):
    r = run(text)
    assert body not in _behalf(r, speaker), r.summary()
    assert (speaker, body) not in _members(r), r.summary()


# ---------------------------------------------------------------- a lone name that speaks

# fmt: off
LONE_SPEAKERS = [
    # (text, the one-word name that is a person)
    case("said-he", "Kumbo remains under rebel control, Ngassa said. He added that talks "
         "would resume.", "Ngassa"),
    case("said-he-clause", "Nadri said he had not been told of the attack.", "Nadri"),
    case("told-she", "Okoro told reporters she would appeal the verdict.", "Okoro"),
    case("who-clause", "Pike, who heads Morrow Energy, said costs would fall.", "Pike"),
    case("asked-she", "Asked about the fire, Delacroix said she had not been told.",
         "Delacroix"),
    case("argued-her", "Brisco argued that her clients were owed the money.", "Brisco"),
]
LONE_NEAR_MISSES = [
    # (text, a one-word name that is no person)
    case("country-its", "Veska said it would close the border, and its army was ready.",
         "Veska"),
    case("firm-its", "Velloran said its chief executive would step down.", "Velloran",
         why="the tagger's person for a one-word firm: 'its' is not read as evidence"),
    case("acronym", "The ODU said he was not a member.", "ODU"),
]
# fmt: on


@pytest.mark.parametrize(("text", "name"), LONE_SPEAKERS)
def test_a_lone_name_that_speaks_as_he_or_she_is_a_person(run, text, name):
    r = run(text)
    assert _typed(r).get(name) == "Person", r.summary()


@pytest.mark.parametrize(("text", "name"), LONE_NEAR_MISSES)
def test_a_lone_name_that_speaks_as_it_is_no_person(run, text, name):
    r = run(text)
    assert _typed(r).get(name) != "Person", r.summary()


# ---------------------------------------------------------------- a body's short form

# fmt: off
SHORT_BODIES = [
    # (text, the short form, the organisation's full name): one actor, not a person too
    case("firm-first-word", "Trask Logistics said in a statement that profits fell. Trask "
         "will cut 300 jobs, the firm said.", "Trask", "Trask Logistics"),
    case("bank-first-word", "Velloran Bank cut rates on Monday. Velloran said loans would "
         "be cheaper.", "Velloran", "Velloran Bank"),
    case("outlet-last-word", "The Marlow Herald reported the story first. The Herald said "
         "the mayor had lied.", "Herald", "Marlow Herald"),
    case("club-last-word", "Harrow United beat Dunmore 2-0. United now lead the table.",
         "United", None),
    case("airline", "Kestrel Airways cancelled 40 flights on Friday. Kestrel said the "
         "strike was to blame.", "Kestrel", "Kestrel Airways"),
    case("lab", "Corvane Labs published the trial data. Corvane said the results were "
         "strong.", "Corvane", "Corvane Labs"),
]
SHORT_NEAR_MISSES = [
    # (text, a one-word name that stays a person): the word is a person's name too
    case("founder-surname", "Piet Trask founded Trask Logistics in 1990. Trask said he "
         "would retire.", "Trask"),
    case("titled", "Velloran Bank cut rates. Mr Velloran, its founder, said loans would be "
         "cheaper.", "Velloran"),
]
PLACE_BODY_NEAR_MISSES = [
    # (text, a place whose body ("X army", "X government") does not make it a body)
    case("army-of", "Troops of the army of Kalindra crossed the river. Kalindra denied the "
         "report.", "Kalindra"),
]
# fmt: on


@pytest.mark.parametrize(("text", "short", "full"), SHORT_BODIES)
def test_a_bodys_short_form_is_no_person(run, text, short, full):
    r = run(text)
    found = r.find_entity(short)
    assert found is not None and found.type == "Organization", r.summary()
    if full is not None:
        assert found.label == full, r.summary()


@pytest.mark.parametrize(("text", "name"), SHORT_NEAR_MISSES)
def test_a_persons_name_that_is_a_bodys_word_stays_a_person(run, text, name):
    r = run(text)
    found = r.find_entity(name)
    assert found is not None and found.type == "Person", r.summary()


# ---------------------------------------------------------------- a kind word opening a sentence

# fmt: off
KIND_WORD_OPENERS = [
    # (text, the capitalised kind word that names no club)
    case("team-captain", "Team captain Jonas Reeve said the club would appeal the ban.",
         "Team"),
    case("club-president", "Club president Ana Ruiz said the coach would stay.", "Club"),
    case("squad-captain", "Harrow United lost again. Squad captain Jonas Reeve said the "
         "side was tired.", "Squad"),
    case("league-official", "League officials said the match would be replayed.", "League"),
    case("side-manager", "Side manager Bea Strand blamed the pitch.", "Side"),
    case("academy-coach", "Academy coach Omar Haddou said the young players were ready.",
         "Academy"),
]
# fmt: on


@pytest.mark.parametrize(("text", "word"), KIND_WORD_OPENERS)
def test_a_kind_word_opening_a_sentence_names_no_club(run, text, word):
    r = run(text)
    assert word not in _typed(r), r.summary()
    assert not any(r.label(m.organization) == word for m in r.ex.memberships), r.summary()


def test_a_club_opening_a_sentence_is_still_a_club(run):
    r = run("Selwick drew 2-2 with Harlow Town on Saturday.")
    assert _typed(r).get("Selwick") == "Organization", r.summary()


@pytest.mark.parametrize(("text", "name"), PLACE_BODY_NEAR_MISSES)
def test_a_places_body_leaves_the_place_a_place(run, text, name):
    r = run(text)
    found = r.find_entity(name)
    assert found is not None and found.type == "Place", r.summary()
