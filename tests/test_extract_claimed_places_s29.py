"""kg.extract, session 29: the place of a claim of control given by a description or by a
list of names a later sentence gives, read as the claimed-control question reads it.

- "the estate", "the favela", "the slum", "the shantytown", "the camp", "the township",
  "the neighbourhood" in a claim points back to the place the text called that kind of
  quarter, or a near kind ("X, a sprawling network of slums", "X, a housing estate"), not
  to the city named beside it, here only as the owner of a gang ("Y's gang": a name that
  only qualifies another noun is no place a sentence is about); a name in apposition to
  such a noun is a Place (``places.PlaceMemory``, ``entities._descriptors``). "the city"
  is not the slum named in it.
- "the A and B bridges", "the A, B and C districts", "A and B provinces": each name is a
  Place of its own, whatever the tagger made of it (``kind_lists``); a claim over a
  counted plural of that kind ("had retaken two bridges") takes the names the next
  sentence or two give for it, only when the count matches or none is given, and only
  names of that kind (not "the A and B families").
- Other shapes of the claimed-control question: "X is now in our hands", "we have full
  control of X", "X has been liberated", "X fell to the rebels, their spokesman said" (an
  untagged name starting the sentence), "the army said it controls X".

The question is checked on the article's RDF graph the way the scorer checks it (a
statement whose proposition is a ControlEvent at the place, with its speaker and date).
Every sentence and name is invented.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from cases import case
from conftest import PUBLISHED, SHARED
from rdflib import RDFS, Graph

from kg.extract import extract
from kg.rdf import extraction_graph
from kg.records import Article

ONTOLOGY = Path(__file__).resolve().parents[1] / "ontology" / "newskg.ttl"


@pytest.fixture(scope="module")
def scorer_module():
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def claimed(nlp, scorer_module):
    """``claimed(text, place)`` -> the (speaker, date) rows the scorer's claimed-control
    question finds for ``place`` in the article's graph (entities named by label)."""

    def _claimed(text: str, place: str) -> set[tuple[str, str | None]]:
        ex = extract(nlp(text), article=Article(id="q", text=text, published=PUBLISHED))
        g = Graph()
        for triple in extraction_graph(ex):
            g.add(triple)
        g.parse(ONTOLOGY, format="turtle")
        labels = {s: str(o) for s, o in g.subject_objects(RDFS.label)}
        scorer = scorer_module.Scorer(g)
        return scorer.claimed_control(None, place, labels)

    return _claimed


# ------------------------------------------------------------------ kind A: "the estate"

# fmt: off
QUARTER_DESCRIBED = [
    # (text, speaker, statement date, the quarter, the city beside it)
    case("favela-after-network-of-slums",
         "The raid began at dawn and focused on Vila Serrana, a sprawling network of slums "
         "that is the base of Porto Leme's Red Brigade gang. According to police the favela "
         "had been conquered by noon.", "police", "2024-03-15", "Vila Serrana", "Porto Leme"),
    case("estate-after-district-of-tenements",
         "The operation began at dawn and focused on Kettering Heights, a district of "
         "tenements that is the stronghold of Marlow's Black Hand gang. Police said the estate "
         "had been taken by noon.", "police", "2024-03-15", "Kettering Heights", "Marlow"),
    case("shantytown-swept-into",
         "Soldiers swept into Dovecote, a shantytown on the edge of Tarsk that is home to "
         "20,000 people. The army said on Friday it had seized the shantytown.", "army",
         "2024-03-15", "Dovecote", "Tarsk"),
    case("neighbourhood-after-network-of-tenements",
         "The operation targeted Kivu Flats, a network of tenements run by Orla's Crow gang. "
         "Commander Tarek Osei said on Thursday his men had captured the neighbourhood.",
         "Tarek Osei", "2024-03-14", "Kivu Flats", "Orla"),
    case("camp-outside-a-city",
         "Militiamen attacked Basso, a refugee camp outside the city of Dremmen, on Monday. "
         "The militia said on Tuesday that it controlled the camp.", "militia", "2024-03-12",
         "Basso", "Dremmen"),
    case("township-home-to-a-gang",
         "The raid focused on Brackwater, a vast township that is home to Orrin's Red Hand "
         "gang. Police said the township had been taken.", "police", "2024-03-15",
         "Brackwater", "Orrin"),
    case("slum-hillside-favela",
         "Troops stormed Nuvem Alta, a hillside favela overlooking the port city of Santa "
         "Luzia, before dawn on Sunday. The army said the slum was now under its control.",
         "army", "2024-03-15", "Nuvem Alta", "Santa Luzia"),
    case("estate-named-by-its-noun",
         "Hundreds of police officers entered the Greyholm estate in northern Carrow on "
         "Monday. Police chief Ilse Brandt said on Tuesday that officers had taken the estate.",
         "Ilse Brandt", "2024-03-12", "Greyholm", "Carrow"),
    case("slum-one-of-the-largest",
         "Police launched an operation in Vila Serrana, one of the largest slums in Porto Leme, "
         "on Sunday. Commander Ilya Brandt said on Monday that his officers had taken the "
         "slum.", "Ilya Brandt", "2024-03-11", "Vila Serrana", "Porto Leme"),
    case("favela-of-a-name",
         "Troops entered the favela of Morro Azul at dawn, as helicopters circled over Santa "
         "Luzia. Army commander Ilya Brandt said the favela was now under army control.",
         "Ilya Brandt", "2024-03-15", "Morro Azul", "Santa Luzia"),
]
# fmt: on


@pytest.mark.shared
@pytest.mark.parametrize(("text", "speaker", "date", "quarter", "city"), QUARTER_DESCRIBED)
def test_a_quarter_described_in_a_claim_is_the_quarter_not_its_city(claimed, text, speaker,
                                                                      date, quarter, city):
    assert (speaker, date) in claimed(text, quarter)
    assert not claimed(text, city)


def test_the_city_is_not_the_slum_named_in_it(run):
    """"X, a slum in the north of Y. ... the city": Y, not the slum."""
    r = run("Police raided Vila Serrana, a sprawling slum in the north of Porto Leme. Mayor "
            "Ilse Brandt said on Monday that troops had retaken the city.")
    event = r.event("ControlEvent", trigger="retaken")
    assert r.labels(event.places) == ["Porto Leme"], r.summary()


# fmt: off
QUARTER_NAMES = [
    case("network-of-slums", "The raid focused on Vila Serrana, a sprawling network of slums.",
         "Vila Serrana"),
    case("maze-of-favelas", "Police entered Morro Azul, a maze of favelas, on Monday.",
         "Morro Azul"),
    case("shantytown", "Aid reached Dovecote, a shantytown of 20,000 people.", "Dovecote"),
    case("housing-estate", "Fires burned in Greyholm, a housing estate near Carrow.",
         "Greyholm"),
    case("the-name-estate", "Officers entered the Greyholm estate on Monday.", "Greyholm"),
    case("the-name-ghetto", "Families left the Marek ghetto overnight.", "Marek"),
    case("the-slum-of", "Officers patrolled the slum of Morro Azul on Monday.", "Morro Azul"),
    case("one-of-the-favelas", "Gunfire echoed across Pedra Alta, one of the oldest favelas, "
         "on Monday.", "Pedra Alta"),
]
# fmt: on


@pytest.mark.parametrize(("text", "name"), QUARTER_NAMES)
def test_a_name_in_apposition_to_a_quarter_is_a_place(run, text, name):
    assert run(text).entity(name).type == "Place"


def test_a_network_of_anything_else_is_no_place(run):
    """"X, a television network": the spread is of no quarter."""
    r = run("The interview was aired by Brightwave, a television network based in Orrin.")
    assert r.entity("Brightwave").type != "Place", r.summary()


# ------------------------------------------------------------------ kind B: "two bridges"

# fmt: off
COUNTED_THEN_NAMED = [
    # (text, speaker, statement date, the places named after)
    case("bridges-moved-on",
         "Security chief Mara Vell said on Thursday troops had succeeded in recapturing two "
         "bridges leading to the old port, Radio Orrin reported.\nEarly on Friday, hundreds of "
         "soldiers moved on the Kessel and Dunmore bridges north of Orrin.", "Mara Vell",
         "2024-03-14", ["Kessel", "Dunmore"]),
    case("crossings-hold",
         "The army said on Monday it had seized two crossings on the river. Its units now "
         "hold the Varna and Tolvik crossings, a spokesman added.", "army", "2024-03-11",
         ["Varna", "Tolvik"]),
    case("bases-smoke-over",
         "Militia leader Olek Varga said his fighters had captured two army bases. Witnesses "
         "saw smoke rising over the Halden and Rusk bases on Sunday.", "Olek Varga",
         "2024-03-15", ["Halden", "Rusk"]),
    case("villages-two-sentences-on",
         "Rebel commander Ivo Stark told reporters on Tuesday that his men had seized two "
         "villages east of the capital. Government troops withdrew overnight. The Pella and "
         "Grint villages lie on the main highway.", "Ivo Stark", "2024-03-12",
         ["Pella", "Grint"]),
    case("towns-quoted",
         '"We have liberated two towns," Colonel Ada Roos said on Sunday. Troops were seen in '
         "the Marl and Osk towns later that day.", "Ada Roos", "2024-03-10", ["Marl", "Osk"]),
    case("roads-no-count",
         "The Northern Front said on Wednesday it controlled the roads into the city. "
         "Checkpoints went up on the Selby and Marrow roads overnight.", "Northern Front",
         "2024-03-13", ["Selby", "Marrow"]),
    case("three-districts",
         "Rebels claimed on Monday they had taken three districts in the capital. Fighting "
         "was reported in the Amsel, Brenna and Corvo districts.", "rebels", "2024-03-11",
         ["Amsel", "Brenna", "Corvo"]),
    case("bridges-at-names",
         "Security chief Mara Vell said on Thursday troops had recaptured two bridges leading "
         "to the old port. Soldiers moved on the bridges at Kessel and Dunmore early on Friday.",
         "Mara Vell", "2024-03-14", ["Kessel", "Dunmore"]),
    case("named-bridges",
         "Security chief Mara Vell said on Thursday troops had recaptured two bridges leading "
         "to the old port. Soldiers moved on the Kessel Bridge and the Dunmore Bridge early on "
         "Friday.", "Mara Vell", "2024-03-14", ["Kessel Bridge", "Dunmore Bridge"]),
]
# fmt: on


@pytest.mark.shared
@pytest.mark.parametrize(("text", "speaker", "date", "places"), COUNTED_THEN_NAMED)
def test_a_counted_plural_takes_the_names_given_next(claimed, text, speaker, date, places):
    for place in places:
        assert (speaker, date) in claimed(text, place), place


# fmt: off
NOT_NAMED_AFTER = [
    # (text, the names that are not together the places of the claim)
    case("families", "The militia said it had captured two bridges. The Kessel and Dunmore "
         "families fled the area.", ["Kessel", "Dunmore"]),
    case("count-differs", "The army said it had seized two bridges. Engineers inspected the "
         "Varna, Tolvik and Ossen bridges on Monday.", ["Varna", "Tolvik", "Ossen"]),
    case("other-kind", "The army said it had seized two bridges. Checkpoints went up on the "
         "Selby and Marrow roads overnight.", ["Selby", "Marrow"]),
    case("named-sites-of-two-kinds", "The army said it had seized two bridges. Soldiers "
         "moved on the Kessel Bridge and the Dunmore Road on Friday.",
         ["Kessel Bridge", "Dunmore Road"]),
    case("one-name-after", "The army said it had seized two bridges. Soldiers moved on the "
         "bridges at Kessel on Friday.", ["Kessel", "Friday"]),
    case("too-far", "The army said it had seized two bridges. Shops stayed shut. Schools "
         "closed early. Residents fled. Engineers later inspected the Varna and Tolvik "
         "bridges.", ["Varna", "Tolvik"]),
]
# fmt: on


@pytest.mark.parametrize(("text", "names"), NOT_NAMED_AFTER)
def test_names_of_another_kind_count_or_sentence_are_no_places_of_the_claim(run, text, names):
    """The list is not taken (a place the sentences around give may still be guessed)."""
    r = run(text)
    event = r.event("ControlEvent")
    assert not set(names) <= set(r.labels(event.places)), r.summary()


# fmt: off
NAMES_OF_ONE_KIND = [
    case("bridges", "Soldiers moved on the Kessel and Dunmore bridges at dawn.",
         ["Kessel", "Dunmore"]),
    case("districts-three", "Fighting was reported in the Amsel, Brenna and Corvo districts.",
         ["Amsel", "Brenna", "Corvo"]),
    case("provinces-no-article", "Floods hit Harrow and Ostry provinces last week.",
         ["Harrow", "Ostry"]),
    case("crossings", "Its units now hold the Varna and Tolvik crossings.",
         ["Varna", "Tolvik"]),
    case("camps", "Aid trucks reached the Dabo and Kelle camps on Monday.", ["Dabo", "Kelle"]),
    case("roads", "Checkpoints went up on the Selby and Marrow roads overnight.",
         ["Selby", "Marrow"]),
]
# fmt: on


@pytest.mark.parametrize(("text", "names"), NAMES_OF_ONE_KIND)
def test_names_sharing_a_plural_noun_of_places_are_places(run, text, names):
    r = run(text)
    assert [r.entity(n).type for n in names] == ["Place"] * len(names), r.summary()


# fmt: off
NO_PLACES_OF_A_KIND = [
    # (text, the first name, which the list rule would make a place)
    case("families", "The Kessel and Dunmore families fled the area on Monday.", "Kessel"),
    case("fronts-of-parties", "The Labour and Green fronts both claimed victory on Monday.",
         "Labour"),
    case("stations-of-outlets", "The Harbour and Delta stations broadcast the speech live.",
         "Harbour"),
]
# fmt: on


@pytest.mark.parametrize(("text", "first"), NO_PLACES_OF_A_KIND)
def test_names_sharing_a_plural_noun_of_people_or_sides_are_no_list_of_places(run, text,
                                                                               first):
    """Families, sides and outlets share a plural noun too (the name right before the noun
    is read by an older rule, ``placetype.geo_compound``)."""
    r = run(text)
    found = r.find_entity(first)
    assert found is None or found.type != "Place", r.summary()


# ------------------------------------------------------------------ headline shapes

# fmt: off
HEADLINE_SHAPES = [
    # (text, place, speaker, statement date)
    case("in-our-hands", '"Marrowgate is now in our hands," rebel spokesman Pavel Dorn said '
         "on Monday.", "Marrowgate", "Pavel Dorn", "2024-03-11"),
    case("full-control-of", '"We have full control of Tesk," the militia commander Ilya Brandt '
         "told reporters on Sunday.", "Tesk", "Ilya Brandt", "2024-03-10"),
    case("has-been-liberated", '"Halvik has been liberated," the Veska Army said in a statement '
         "on Tuesday.", "Halvik", "Veska Army", "2024-03-12"),
    case("fell-to-untagged-first-word", "Selby fell to the rebels on Wednesday, their "
         "spokesman Ivo Kral said.", "Selby", "Ivo Kral", "2024-03-15"),
    case("has-fallen-to", "Ostrel has fallen to the militia, its commander Lev Dross said on "
         "Monday.", "Ostrel", "Lev Dross", "2024-03-11"),
    case("army-said-it-controls", "The army said on Thursday it controls Orlen.", "Orlen",
         "army", "2024-03-14"),
    case("now-under-its-control", "The Northern Front said on Saturday that Dunmore was now "
         "under its control.", "Dunmore", "Northern Front", "2024-03-09"),
]
# fmt: on


@pytest.mark.shared
@pytest.mark.parametrize(("text", "place", "speaker", "date"), HEADLINE_SHAPES)
def test_headline_shapes_of_a_claim_of_control(claimed, text, place, speaker, date):
    assert (speaker, date) in claimed(text, place)


def test_a_first_word_that_falls_ill_is_no_place(run):
    """"Markets fell to a low", "Kessel fell ill": only a fall to a side is ground."""
    r = run("Kessel fell ill on Monday, his doctor said.")
    assert not any(e.type == "Place" and e.label == "Kessel" for e in r.ex.entities), (
        r.summary())


# fmt: off
AT_EACH_NAME = [
    # (text, class, trigger, places)
    case("moved-on-bridges", "Soldiers moved on the Kessel and Dunmore bridges at dawn.",
         "MovementEvent", "moved", ["Kessel", "Dunmore"]),
    case("fighting-in-districts", "Fighting was reported in the Amsel, Brenna and Corvo "
         "districts on Monday.", "ConflictEvent", "Fighting", ["Amsel", "Brenna", "Corvo"]),
    case("shelled-camps", "Artillery shelled the Dabo and Kelle camps overnight.",
         "ConflictEvent", "shelled", ["Dabo", "Kelle"]),
    case("retook-provinces", "The governor said government forces had retaken the Harrow "
         "and Ostry provinces.", "ControlEvent", "retaken", ["Harrow", "Ostry"]),
]
# fmt: on


@pytest.mark.parametrize(("text", "cls", "trigger", "places"), AT_EACH_NAME)
def test_an_event_at_a_list_of_one_kind_is_at_each_name(run, text, cls, trigger, places):
    r = run(text)
    event = r.event(cls, trigger=trigger)
    assert sorted(r.labels(event.places)) == sorted(places), r.summary()


def test_an_event_of_another_sentence_keeps_its_one_name(run):
    r = run("Rebels attacked Kessel on Monday. Engineers later inspected the Kessel and "
            "Dunmore bridges.")
    event = r.event("ConflictEvent", trigger="attacked")
    assert r.labels(event.places) == ["Kessel"], r.summary()


# ------------------------------------------------------------------ "a police spokesman said"

# fmt: off
POLICE_VOICES = [
    # (text, what the police say)
    case("spokesman-said", "A police spokesman said on Friday that the town was calm.",
         "the town was calm"),
    case("officers-told", "Two police officers told reporters that the road had been reopened.",
         "the road had been reopened"),
    case("source-said", "A police source said the suspect had fled to Kessel.",
         "the suspect had fled to Kessel"),
    case("according-to-a-spokeswoman", "According to a police spokeswoman, the estate was "
         "quiet on Friday.", "the estate was quiet on Friday"),
    case("inverted", "The suspect had fled to Kessel, a police spokesman said on Monday.",
         "The suspect had fled to Kessel"),
    case("fell-to", "Selby fell to the rebels on Wednesday, a police spokesman said.",
         "Selby fell to the rebels on Wednesday"),
]
# fmt: on


@pytest.mark.parametrize(("text", "content"), POLICE_VOICES)
def test_an_unnamed_police_voice_speaks_for_the_police(run, text, content):
    """"a police spokesman said" in a text that names no police body: the police speak."""
    r = run(text)
    assert r.statement_by("police").content == content, r.summary()


# fmt: off
POLICE_NOT_SPEAKING = [
    case("officer-injured", "A police officer was injured on Friday, residents said."),
    case("named-spokeswoman", "Police spokeswoman Ada Roos said on Friday that the town was "
         "calm."),
    case("named-police-body", "The Kelvar Police Service said on Monday that a police "
         "spokesman had been suspended."),
]
# fmt: on


@pytest.mark.parametrize("text", POLICE_NOT_SPEAKING)
def test_a_police_voice_that_does_not_speak_or_has_a_name_makes_no_police_speaker(run, text):
    r = run(text)
    assert not r.statements_by("police"), r.summary()
