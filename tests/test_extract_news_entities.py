"""kg.extract on news layout and entities, one construction per case: datelines and
wire tags, headlines and bylines on their own lines, organisations named by common
nouns ("the health ministry", "Marlow's fire brigade"), names revealed by roles,
acronyms, role phrasings (``nkg:memberOf``) and the merges that must not happen.

Every sentence, name and place is invented. The articles are published on Friday
2024-03-15.
"""

from __future__ import annotations

import pytest
from cases import case

from kg.extract.layout import find_dateline

xfail = pytest.mark.xfail


# ---------------------------------------------------------------- datelines

# fmt: off
DATELINES = [
    # (text, place, wire, where the prose starts)
    case("caps-date-wire", "ORRIN, March 10 (Marlow Courier) - The health ministry said "
         "three clinics had closed.", "ORRIN", "Marlow Courier", "The health"),
    case("caps-wire-colon", "KELVAR (Veska Press): The interior ministry has rejected reports "
         "of a curfew.", "KELVAR", "Veska Press", "The interior"),
    case("caps-region-dashes", "PORT ELIN, Veska -- Rebels said they held the town.",
         "PORT ELIN", None, "Rebels"),
    case("caps-dot-dash", "TESKA. \u2014 The council met on Monday.", "TESKA", None, "The council"),
    case("caps-colon", "TESKA: The council met on Monday.", "TESKA", None, "The council"),
    case("name-date-wire", "Orrin, March 10 (VPA) -- The council met.", "Orrin", "VPA",
         "The council"),
    case("name-date-slashes", "Orrin, March 10. /VPA/. The council met.", "Orrin", "VPA",
         "The council"),
    case("date-bracket-place", "March 10, 2025 (ORRIN)- Fighters entered the town.", "ORRIN",
         None, "Fighters"),
    case("wire-only", "(Marlow Courier) - Delta Grain on Friday said it had bought two mills.",
         None, "Marlow Courier", "Delta Grain"),
    case("after-headline", "Rent freeze approved\n\nORRIN (VPA) - The council froze rents.",
         "ORRIN", "VPA", "The council"),
]
NO_DATELINES = [
    # a name opening a sentence is no dateline
    case("name-said", "Orrin said on Monday that the talks would resume."),
    case("name-colon-no-date", "Kelvar: the council met on Monday."),
    case("acronym-verb", "NATO said on Monday that the talks would resume."),
    case("label-update", "UPDATE: Rebels said they held the town."),
    case("caps-lowercase-after", "ORRIN - the council met on Monday."),
    case("headline-only", "Rent freeze approved in Marlow"),
]
# fmt: on


@pytest.mark.parametrize(("text", "place", "wire", "prose"), DATELINES)
def test_layout_dateline_parts(text, place, wire, prose):
    line = find_dateline(text)
    assert line is not None
    assert (text[slice(*line.place)] if line.place else None) == place
    assert (text[slice(*line.wire)] if line.wire else None) == wire
    assert text[line.end:].startswith(prose)


@pytest.mark.parametrize("text", NO_DATELINES)
def test_layout_no_dateline(text):
    assert find_dateline(text) is None


# fmt: off
DATELINE_PLACES = [
    # (text, the dateline place, the speaker of the first statement)
    case("caps-place-org-speaker", "TESKA, March 14 (Veska Press) - The Kelvar Farmers Union "
         "said the harvest had failed.", "TESKA", "Kelvar Farmers Union"),
    case("caps-place-person-speaker", "LUNDAVIK (VPA) - Ada Moreno said on Thursday that the "
         "vote had been close.", "LUNDAVIK", "Ada Moreno"),
    case("region", "BRESKOV, Veska -- Maria Kovacs said the bridge had reopened.", "BRESKOV",
         "Maria Kovacs"),
]
# fmt: on


@pytest.mark.parametrize(("text", "place", "speaker"), DATELINE_PLACES)
def test_layout_dateline_place_is_place_not_speaker(run, text, place, speaker):
    r = run(text)
    assert r.entity(place).type == "Place"
    assert r.statement_by(speaker)
    assert {r.label(s.speaker) for s in r.ex.statements} <= {speaker}


def test_layout_wire_tag_is_no_speaker(run):
    r = run("(Marlow Courier) - Calder Motors on Friday said it had bought two plants in Kelvar.")
    assert r.statement_by("Calder Motors", cue="say")
    assert [r.label(s.speaker) for s in r.ex.statements] == ["Calder Motors"]


# fmt: off
SEPARATE_LINES = [
    # (text, a line that must be a sentence of its own)
    case("headline-byline", "Rent freeze approved in Marlow\n\nBy Lena Fox\n\nThe Marlow City "
         "Council has frozen rents for a year, saying tenants needed relief.",
         "By Lena Fox"),
    case("headline-single-break", "Rent freeze approved in Marlow\nThe Marlow City Council has "
         "frozen rents for a year.", "Rent freeze approved in Marlow"),
    case("caption", "Fishermen mend nets at the harbour in Orrin on March 3.\n\nThe Orrin "
         "Harbour Board said the quay would close.",
         "Fishermen mend nets at the harbour in Orrin on March 3."),
]
# fmt: on


@pytest.mark.parametrize(("text", "line"), SEPARATE_LINES)
def test_layout_lines_are_sentences(nlp, text, line):
    assert line in [s.text.strip() for s in nlp(text).sents]


def test_layout_wrapped_line_stays_one_sentence(nlp):
    text = "The Orrin Harbour Board said the quay would close\nfor repairs in May."
    assert len(list(nlp(text).sents)) == 1


def test_layout_headline_byline_statement(run):
    r = run("Rent freeze approved in Marlow\n\nBy Lena Fox\n\nThe Marlow City Council has "
            "frozen rents for a year, saying tenants needed relief.")
    assert r.statement_by("Marlow City Council")
    assert not r.statements_by("Lena Fox")


# ---------------------------------------------------------------- organisations by common noun

# fmt: off
COMMON_NOUN_ORGS = [
    # (text, the organisation's label, the speaker of the first statement)
    case("national-coast-guard", "The national coast guard said on Monday it had taken over "
         "the lighthouse at Orrin Point.", "national coast guard", "national coast guard"),
    case("possessive-fire-brigade", "Marlow's fire brigade disputed the figure, saying two "
         "engines were available.", "Marlow's fire brigade", "Marlow's fire brigade"),
    case("health-ministry-dateline", "ORRIN, March 10 (Marlow Courier) - The health ministry "
         "said three clinics had closed.", "health ministry", "health ministry"),
    case("nationality-government", "The Veskan government denied that the border was closed.",
         "Veskan government", "Veskan government"),
    case("possessive-navy", "Veska's navy said it had sunk two boats near Orrin.",
         "Veska's navy", "Veska's navy"),
    case("name-army", "The Veska army said on Friday it had retaken the Orrin bridge.",
         "Veska army", "Veska army"),
    case("bare-junta-subject", "The junta said on Tuesday that the curfew would be lifted.",
         "junta", "junta"),
    case("interior-ministry-dateline", "KELVAR (Veska Press): The interior ministry has "
         "rejected reports of a curfew.", "interior ministry", "interior ministry"),
    case("nationality-extends-ministry", "The Veskan Interior Ministry said the road was open.",
         "Veskan Interior Ministry", "Veskan Interior Ministry"),
]
NO_COMMON_NOUN_ORGS = [
    # (text, words that must not become an organisation)
    case("local-police", "The local police said the road was closed.", "local police"),
    case("indefinite-government", "A new government would be formed within weeks, Ada Moreno "
         "said.", "government"),
    case("object-army", "Ada Moreno said she had joined an army of volunteers.", "army"),
    case("militia-named", "The Kelvar Militia rebels said they held the bridge.",
         "Kelvar Militia rebels"),
]
# fmt: on


@pytest.mark.parametrize(("text", "org", "speaker"), COMMON_NOUN_ORGS)
def test_entities_common_noun_organisation(run, text, org, speaker):
    r = run(text)
    assert r.entity(org).type == "Organization"
    assert r.statement_by(speaker)


@pytest.mark.parametrize(("text", "words"), NO_COMMON_NOUN_ORGS)
def test_entities_common_noun_look_alikes(run, text, words):
    r = run(text)
    assert r.find_entity(words) is None, r.summary()


def test_entities_city_of_possessive_body_stays_a_place(run):
    r = run("Marlow's fire brigade disputed the figure, saying two engines were available.")
    assert r.entity("Marlow").type == "Place"


def test_entities_bare_description_joins_qualified_name(run):
    r = run("The Veskan government denied the report. The government said the border was open.")
    gov = r.entity("Veskan government")
    assert "government" in gov.aliases
    assert [r.label(s.speaker) for s in r.ex.statements] == ["Veskan government"] * 2


def test_entities_description_is_scoped_to_its_article(run):
    from kg import iri

    r = run("The junta said on Tuesday that the curfew would be lifted.")
    junta = r.entity("junta")
    assert junta.scope == "test"
    own = iri.entity_iri(junta.type, junta.label, scope=junta.scope)
    assert own != iri.entity_iri(junta.type, junta.label)
    assert r.entity("junta") is not None


# ---------------------------------------------------------------- roles -> memberOf

# fmt: off
COMMON_NOUN_MEMBERSHIPS = [
    # (text, person, organisation)
    case("junta-spokesman", "But junta spokesman Ilkka Vanhanen told reporters the claim was "
         "false.", "Ilkka Vanhanen", "junta"),
    case("rebel-minister", "Rebel defence minister Tomas Brenn said on Monday that the town had "
         "fallen.", "Tomas Brenn", "rebels"),
    case("government-spokesman-after-name", "The Veskan government denied the claim. Government "
         "spokesman Ali Brenn said the town was calm.", "Ali Brenn", "Veskan government"),
    case("army-spokesman-two-sides", "The Veska army said on Friday it had retaken the Orrin "
         "bridge. The Kelvar Militia, which has fought the army since 2023, dismissed the "
         "claim as propaganda. Army spokesman Tomas Brenn said the bridge was \"fully under our "
         "control\".", "Tomas Brenn", "Veska army"),
    case("ministry-spokesman", "The Veskan Interior Ministry spokesman Ada Moreno said the road "
         "was open.", "Ada Moreno", "Veskan Interior Ministry"),
]
# fmt: on


@pytest.mark.parametrize(("text", "person", "org"), COMMON_NOUN_MEMBERSHIPS)
def test_memberships_common_noun_organisation(run, text, person, org):
    r = run(text)
    r.membership(person, org)
    said = [s for s in r.statements_by(person)]
    assert said and r.label(said[0].on_behalf_of) == org


def test_memberships_two_sides_not_credited_to_last_named(run):
    r = run("The Veska army said on Friday it had retaken the Orrin bridge. The Kelvar Militia, "
            "which has fought the army since 2023, dismissed the claim as propaganda. Army "
            "spokesman Tomas Brenn said the bridge was \"fully under our control\".")
    assert ("Tomas Brenn", "Kelvar Militia") not in r.membership_pairs()


# ---------------------------------------------------------------- names and aliases

# fmt: off
SAME_ENTITY = [
    # (text, label, another name that must be an alias of it)
    case("defined-acronym", "The Greyfield Tenants Association (GTA) met on Monday. Later, GTA "
         "chair Ada Moreno said the vote was close.", "Greyfield Tenants Association", "GTA"),
    case("defined-acronym-other-order", "An alliance called the Union of Kelvar Dockers (KDU) "
         "has been striking since May. The KDU said on Monday it would go on.",
         "Union of Kelvar Dockers", "KDU"),
    case("partial-name-suffix", "The Southern Veska Transport Council said fares would rise. "
         "The Veska Transport Council has not said by how much.",
         "Southern Veska Transport Council", "Veska Transport Council"),
    case("middle-name", "Opposition candidate Jorin Tessaly Brack claimed victory on Tuesday. "
         "Tessaly said the count was clear.", "Jorin Tessaly Brack", "Tessaly",
         why="the small model tags the bare middle name as a place, and a place is never "
             "a short form of a person"),
    case("middle-name-tagged", "Opposition candidate Issa Wendo Baraka claimed victory on "
         "Tuesday. Wendo said the count was clear.", "Issa Wendo Baraka", "Wendo"),
    case("army-military", "The Veskan army said it held the bridge. The military said on "
         "Friday that two soldiers were hurt.", "Veskan army", "military"),
    case("rebels-insurgents", "Rebels said they had entered Orrin on Monday. The insurgents "
         "said the town had fallen.", "insurgents", "rebels"),
]
# fmt: on


@pytest.mark.parametrize(("text", "label", "alias"), SAME_ENTITY)
def test_entities_one_entity_many_names(run, text, label, alias):
    r = run(text)
    assert alias in r.entity(label).aliases, r.summary()


# fmt: off
KEPT_APART = [
    # (text, two labels that must be two entities)
    case("airport-and-city", "Flights resumed at Orrin Airport, 20 km north of Orrin.",
         "Orrin Airport", "Orrin"),
    case("place-and-union", "Veska's president welcomed the result after the Veska Farmers "
         "Union lost its seats.", "Veska", "Veska Farmers Union"),
    case("two-armies", "The Veskan army said it held the bridge. The Kelvar Liberation Army "
         "said the army had fled.", "Veskan army", "Kelvar Liberation Army"),
    case("two-people-one-surname", "Ada Moreno said the vote was close. Her brother Luis Moreno "
         "disagreed.", "Ada Moreno", "Luis Moreno"),
    case("undefined-acronym", "The Greyfield Tenants Association met on Monday. The KDU said "
         "it would strike.", "Greyfield Tenants Association", "KDU"),
]
# fmt: on


@pytest.mark.parametrize(("text", "first", "second"), KEPT_APART)
def test_entities_kept_apart(run, text, first, second):
    r = run(text)
    assert r.entity(first).key != r.entity(second).key, r.summary()
    assert r.entity(second).label == second


# fmt: off
NESTED_NAMES = [
    # (text, the full name)
    case("peoples-cooperative", "The leader of the Coast People's Fishing Cooperative denied "
         "that the quota had been cut.", "Coast People's Fishing Cooperative"),
    case("peoples-front", "The Kelvar People's Liberation Front said it held the bridge.",
         "Kelvar People's Liberation Front"),
]
# fmt: on


@pytest.mark.parametrize(("text", "name"), NESTED_NAMES)
def test_entities_nested_name_kept_whole(run, text, name):
    assert run(text).entity(name).type == "Organization"


def test_entities_possessive_role_still_cuts_name(run):
    r = run("Calder Motors's chief executive Ada Moreno said the plant would close.")
    assert r.entity("Calder Motors").type == "Organization"


# fmt: off
UNTAGGED_PLACES = [
    # (text, place): the syntax says place where the tagger says nothing or "person"
    case("in-town", "Rebels said on Monday they had encircled Brovnik, and fighting in Brovnik "
         "went on overnight.", "Brovnik"),
    case("town-of", "The militia took the town of Kessar after a week of clashes.", "Kessar"),
]
# fmt: on


@pytest.mark.parametrize(("text", "place"), UNTAGGED_PLACES)
def test_entities_untagged_place(run, text, place):
    assert run(text).entity(place).type == "Place"


def test_entities_person_with_title_stays_person(run):
    r = run("Mayor Kessar said on Monday that the road in Orrin was closed.")
    assert r.entity("Kessar").type == "Person"


def test_entities_outlet_after_report_in_is_no_place(run):
    r = run("According to a report in Vessel Gazette, the mill in Orrin was sold.")
    found = r.find_entity("Vessel Gazette")
    assert found is None or found.type != "Place"


# fmt: off
ROLE_MEMBERSHIPS = [
    # (text, person, organisation)
    case("of-faction-over-kind", "Gen Oskar Vantanen, the Military Spokesman of the Kelvar Front "
         "faction, claimed on Monday that the town had fallen.", "Oskar Vantanen",
         "Kelvar Front"),
    case("untagged-acronym-role", "KDU spokesperson Ada Moreno wrote on Monday that the strike "
         "would go on.", "Ada Moreno", "KDU"),
    case("defined-acronym-chair", "The Greyfield Tenants Association (GTA) met on Monday. Later, "
         "GTA chair Ada Moreno said the vote was close.", "Ada Moreno",
         "Greyfield Tenants Association"),
    case("head-of-at", "Hana Liddell, head of youth programmes at Orrin Rowing Club, said the "
         "regatta was cancelled.", "Hana Liddell", "Orrin Rowing Club"),
]
NO_ROLE_MEMBERSHIPS = [
    # (text, person): no membership at all
    case("capital-role-word", "CEO Ada Moreno said the plant would close."),
    case("former-spokesman", "Tomas Brenn, a former spokesman for the Veska army, said the "
         "bridge had fallen."),
]
# fmt: on


@pytest.mark.parametrize(("text", "person", "org"), ROLE_MEMBERSHIPS)
def test_memberships_role_phrasing(run, text, person, org):
    run(text).membership(person, org)


@pytest.mark.parametrize("text", NO_ROLE_MEMBERSHIPS)
def test_memberships_role_look_alikes(run, text):
    r = run(text)
    assert not r.ex.memberships, r.summary()


def test_entities_bare_compound_description_joins_named_force(run):
    r = run("The Veskan defence force said the coup had failed. The coup was over, armed "
            "forces chief Oskar Vantanen said on Thursday.")
    assert "armed forces" in r.entity("Veskan defence force").aliases


def test_entities_prime_is_a_name_unless_before_minister(run):
    r = run("Prime Minister Ada Moreno said the talks would resume.")
    assert r.entity("Ada Moreno").type == "Person"


# fmt: off
MINISTERS = [
    # (text, person, ministry or None)
    case("foreign-minister", "Veskan Foreign Minister Ada Moreno spoke to her Kelvar "
         "counterpart on Sunday, the Veskan Foreign Ministry said in a statement.",
         "Ada Moreno", "Veskan Foreign Ministry"),
    case("other-ministry", "Veskan Foreign Minister Ada Moreno spoke on Sunday, the Veskan "
         "Interior Ministry said in a statement.", "Ada Moreno", None),
]
# fmt: on


@pytest.mark.parametrize(("text", "person", "ministry"), MINISTERS)
def test_memberships_minister_of_named_ministry(run, text, person, ministry):
    r = run(text)
    orgs = {o for p, o in r.membership_pairs() if p == person}
    assert orgs == ({ministry} if ministry else set()), r.summary()


# fmt: off
TYPE_FIXES = [
    # (text, name, type)
    case("secretary-of-state-no-org", "Veskan Secretary of State Ada Moreno will visit Orrin "
         "next week.", "Ada Moreno", "Person"),
    case("first-word-of-person", "Spokesman Wang Lirong said on Monday that the talks would "
         "resume. Asked about the visit, Wang replied that he had no information.",
         "Wang Lirong", "Person"),
]
# fmt: on


@pytest.mark.parametrize(("text", "name", "etype"), TYPE_FIXES)
def test_entities_type_by_document_evidence(run, text, name, etype):
    r = run(text)
    assert r.entity(name).type == etype, r.summary()


def test_entities_secretary_of_state_is_a_title(run):
    r = run("Veskan Secretary of State Ada Moreno will visit Orrin next week.")
    assert r.find_entity("State") is None


@pytest.mark.parametrize("text", [
    "K12 rebels said they had seized the Orrin depot.",
    "The Kelvar Militia said the bridge was held, and Kelvar Militia rebels later seized it.",
])
def test_entities_rebels_of_named_group_are_the_group(run, text):
    r = run(text)
    assert len([e for e in r.ex.entities if e.type == "Organization"]) == 1, r.summary()


def test_entities_government_possessed_by_person_is_no_new_body(run):
    r = run("Ada Moreno's government said on Monday that the talks would resume.")
    assert r.find_entity("Ada Moreno's government") is None


def test_entities_kind_of_role_with_its_body_is_no_body(run):
    r = run("Oskar Vantanen, the Military Spokesman of the Kelvar Front, said the town fell.")
    assert r.find_entity("military") is None


# fmt: off
ROLE_QUALIFIERS = [
    # (text, person, organisation)
    case("rebel-adjective", "\"I hope the town will be cleared soon,\" rebel defence minister "
         "Oskar Vantanen said on state television.", "Oskar Vantanen", "rebels"),
    case("party-tagged-person", "The reshuffle would also see Greenway MP Oskar Vantanen "
         "appointed home affairs minister.", "Oskar Vantanen", "Greenway"),
]
# fmt: on


@pytest.mark.parametrize(("text", "person", "org"), ROLE_QUALIFIERS)
def test_memberships_role_qualifier_is_the_body(run, text, person, org):
    r = run(text)
    r.membership(person, org)
    assert r.entity(org).type == "Organization"


def test_memberships_person_qualifying_role_stays_person(run):
    r = run("Donald Brenn said the plan was dead. Brenn adviser Oskar Vantanen agreed.")
    assert r.entity("Donald Brenn").type == "Person"
    assert ("Oskar Vantanen", "Donald Brenn") not in r.membership_pairs()


# ---------------------------------------------------------------- identity

def test_identity_acronym_of_name_without_place_tail(run):
    r = run("The Marlow Liberation League of Orrin said on Monday it would attend the talks. "
            "Later, MLL spokesman Tomas Brenn said the league would send three delegates.")
    league = r.entity("Marlow Liberation League of Orrin")
    assert "MLL" in league.aliases
    r.membership("Tomas Brenn", "Marlow Liberation League of Orrin")


def _index(*entities):
    from kg.identity import EntityIndex

    index = EntityIndex()
    for e in entities:
        index.add(index.resolve(e), e)
    return index


def test_identity_place_tail_variant_with_agreeing_acronyms():
    from kg.records import Entity

    first = Entity("e1", "Organization", "Marlow Liberation League of Orrin", aliases=("MLLO",))
    second = Entity("e1", "Organization", "Marlow Liberation League", aliases=("MLL",))
    index = _index(first)
    assert index.resolve(second) == index.resolve(first)


@pytest.mark.parametrize(("stored", "new"), [
    # no acronym on one side: no evidence
    (("Marlow Liberation League of Orrin", ("MLLO",)), ("Marlow Liberation League", ())),
    # acronyms that disagree
    (("Marlow Liberation League of Orrin", ("MLLO",)), ("Marlow Liberation League", ("KDU",))),
    # another name altogether
    (("Marlow Liberation League of Orrin", ("MLLO",)), ("Marlow Labour League", ("MLL",))),
    # a description never merges
    (("government of Veska", ()), ("government", ())),
])
def test_identity_variants_that_must_not_merge(stored, new):
    from kg.records import Entity

    first = Entity("e1", "Organization", stored[0], aliases=stored[1])
    second = Entity("e1", "Organization", new[0], aliases=new[1],
                    scope="a2" if new[0].islower() else "")
    index = _index(first)
    assert index.resolve(second) != index.resolve(first)


def test_identity_descriptions_of_two_articles_stay_apart():
    from kg.records import Entity

    one = Entity("e1", "Organization", "government", scope="article-1")
    two = Entity("e1", "Organization", "government", scope="article-2")
    index = _index(one)
    assert index.resolve(two) != index.resolve(one)
    assert index.resolve(Entity("e2", "Organization", "Veskan government",
                                aliases=("government",))) != index.resolve(one)


# fmt: off
NOT_ENTITIES = [
    # (text, a word that must not be an entity)
    case("demonym-before-noun", "Veskanian rebels said they held the town of Orrin.",
         "Veskanian"),
    case("demonym-version", "Ada Moreno used the Kelvarese version of the town's name.",
         "Kelvarese"),
]
# fmt: on


@pytest.mark.parametrize(("text", "word"), NOT_ENTITIES)
def test_entities_nationality_word_is_no_entity(run, text, word):
    assert run(text).find_entity(word) is None


def test_entities_acronym_is_no_person(run):
    r = run("KDU soldiers were seen at the airport in Orrin. The KDU said the town was calm.")
    assert r.entity("KDU").type == "Organization"


# fmt: off
PARTY_OF = [
    # (text, person, organisation or None)
    case("possessive-party", "Ada Moreno's Unity Party won the vote.", "Ada Moreno",
         "Unity Party"),
    case("possessive-movement-party", "Brenn's Greenway Unity Movement party rejected the claim "
         "on Tuesday, Tomas Brenn said.", "Tomas Brenn", "Greenway Unity Movement"),
    case("possessive-company-is-no-party", "Ada Moreno's Delta Grain Company bought the mill.",
         "Ada Moreno", None),
]
# fmt: on


@pytest.mark.parametrize(("text", "person", "org"), PARTY_OF)
def test_memberships_person_of_their_party(run, text, person, org):
    r = run(text)
    orgs = {o for p, o in r.membership_pairs() if p == person}
    assert orgs == ({org} if org else set()), r.summary()


def test_memberships_party_member_does_not_speak_for_it(run):
    r = run("Ada Moreno's Unity Party won the vote. Ada Moreno said the count was fair.")
    assert r.statement_by("Ada Moreno").on_behalf_of is None


# fmt: off
PEOPLE_BY_ROLE = [
    # (text, the person)
    case("said-spokesman-name", "The rebels have encircled the town, said spokesman Shamsiddar "
         "Abdulmoleh.", "Shamsiddar Abdulmoleh"),
    case("reporter-name", "\"New fighting may erupt,\" reporter Ilkka Vanhanen said.",
         "Ilkka Vanhanen"),
]
# fmt: on


@pytest.mark.parametrize(("text", "person"), PEOPLE_BY_ROLE)
def test_entities_person_introduced_by_role(run, text, person):
    assert run(text).entity(person).type == "Person"


@pytest.mark.parametrize("text", [
    "Calder Motors Chief Executive Officer Ada Moreno said the plant would close.",
    "Chief Operating Officer Ada Moreno said the plant would close.",
])
def test_entities_title_words_after_role_are_no_person(run, text):
    r = run(text)
    assert [e.label for e in r.ex.entities if e.type == "Person"] == ["Ada Moreno"], r.summary()
