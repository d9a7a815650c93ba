"""kg.extract.placetype: place names the small tagger calls a person or a body are typed
Place over the whole document when the text treats them as ground: troops, floods or
crowds move on them; they qualify a noun of ground or administration ("the X valley", "X
province", "the X crossing"); the tagger calls another of their mentions a place. Names of
people and bodies in the same constructions stay what they are.

Every sentence is invented.
"""

from __future__ import annotations

import pytest

from kg.extract import entities as entities_module
from kg.extract.clusters import Mention
from kg.extract.entities import entity_table
from kg.extract.placetype import GEO_NOUNS, geo_compound, place_clues


def _types(nlp, text: str) -> dict[str, str]:
    return {e.label: e.type for e in entity_table(nlp(text)).entities}


def _place(nlp, text: str, name: str) -> None:
    types = _types(nlp, text)
    assert types.get(name) == "Place", types


# fmt: off
MOVEMENT_ON = [
    ("Rebel columns advanced on Velmora on Tuesday, the army said.", "Velmora"),
    ("Government troops were closing in on Tarrow as residents fled.", "Tarrow"),
    ("Floodwaters bore down on Lussen Vale, forcing hundreds from their homes.",
     "Lussen Vale"),
    ("Thousands of fans descended on Marrowfield for the cup final.", "Marrowfield"),
    ("The insurgents launched an assault on Dorvik on Sunday morning.", "Dorvik"),
    ("Police moved on Kestrin at dawn to clear the camps.", "Kestrin"),
    ("Miners marched on Carrow Junction to demand back pay.", "Carrow Junction"),
    ("The storm bore down on East Hollin overnight.", "East Hollin"),
]
# fmt: on


@pytest.mark.parametrize(("text", "name"), MOVEMENT_ON)
def test_moved_on_is_a_place(nlp, text, name):
    _place(nlp, text, name)


# fmt: off
GEO_COMPOUNDS = [
    ("Shelling continued along the Mirel front through the night.", "Mirel"),
    ("Aid trucks waited at the Dunmore crossing for three days.", "Dunmore"),
    ("The company will open a plant near the Selvan corridor next year.", "Selvan"),
    ("The fighters retreated into the Arvel hills.", "Arvel"),
    ("The club will play its home games at the Brannock ground.", "Brannock"),
    ("Heavy rain flooded the Tessin district on Monday.", "Tessin"),
    ("Voters in Kavar province went to the polls on Sunday.", "Kavar"),
    ("Workers at the Corvan airbase went on strike.", "Corvan"),
]
# fmt: on


@pytest.mark.parametrize(("text", "name"), GEO_COMPOUNDS)
def test_name_before_a_noun_of_ground_is_a_place(nlp, text, name):
    _place(nlp, text, name)


# fmt: off
MIXED = [
    ("Velstra is under curfew. Officials in Velstra said water was short. Velstra "
     "residents queued for bread.", "Velstra"),
    ("Marek Tolin said the army now held Brenno. Troops entered Brenno on Friday. Brenno "
     "had been shelled for weeks.", "Brenno"),
    ("Ostrava Nell said the vote in Korvin would be delayed. Korvin officials counted "
     "ballots. Korvin is a mining town.", "Korvin"),
    ("Dalmir was quiet on Sunday. Troops patrolled Dalmir's streets. The army said Dalmir "
     "was under control.", "Dalmir"),
    ("Vessa has been flooded twice. Rescuers in Vessa pulled families from roofs. The Vessa "
     "river burst its banks.", "Vessa"),
    ("The rebels said they controlled Alder Vale. Alder Vale lies on the main road. "
     "Fighting near Alder Vale killed four.", "Alder Vale"),
]
# fmt: on


# fmt: off
BE_AND_PREPOSITIONS = [
    # the subject of "be", the object of other prepositions, tagged PERSON once
    ("Tarvos is the last town held by the government. Shops in Tarvos were closed. "
     "Fighting around Tarvos went on.", "Tarvos"),
    ("Melkor was calm on Sunday. The road to Melkor is cut. Families from Melkor have fled "
     "to the coast.", "Melkor"),
    ("The election in Vardun was peaceful. Vardun is a farming district. Turnout in Vardun "
     "was 60 percent.", "Vardun"),
    ("The militia said it now controls Pelham. Pelham, a town of 40,000, was shelled for "
     "weeks. People in Pelham fled.", "Pelham"),
    ("The rebels said they had taken Sorrel Point. Sorrel Point is a fishing village. Aid "
     "reached Sorrel Point by sea.", "Sorrel Point"),
    ("The militants seized Abu Karsh, a town near the border. Abu Karsh had been held by "
     "the army.", "Abu Karsh"),
]
# fmt: on


# fmt: off
AROUND_AND_ROUTES = [
    # a direction from it, a part around it, a way to or from it
    ("Fighting raged on the outskirts of Belvin, where Belvin's defenders dug in.", "Belvin"),
    ("The road to Harnick was reopened after the floods. Harnick's mayor thanked the "
     "crews.", "Harnick"),
    ("Flights from Orsk were cancelled. Aid will reach Orsk by the weekend.", "Orsk"),
    ("The border with Tamsin was closed on Monday, officials said.", "Tamsin"),
    ("The convoy was stopped ten kilometres north of Darrow.", "Darrow"),
    ("The people of Quillon voted on Sunday. Quillon Pharma said profits rose.", "Quillon"),
]
# fmt: on


@pytest.mark.parametrize(("text", "name"), AROUND_AND_ROUTES)
def test_around_and_routes(nlp, text, name):
    _place(nlp, text, name)


@pytest.mark.parametrize(("text", "name", "etype"), [
    ("Investors withdrew from Kestrel Systems after the report.", "Kestrel Systems",
     "Organization"),
    ("The people of Quillon voted on Sunday. Quillon Pharma said profits rose.",
     "Quillon Pharma", "Organization"),
])
def test_a_body_word_in_the_name_keeps_the_body(nlp, text, name, etype):
    assert _types(nlp, text).get(name) == etype


@pytest.mark.parametrize(("text", "name"), BE_AND_PREPOSITIONS)
def test_subject_of_be_and_other_prepositions(nlp, text, name):
    _place(nlp, text, name)


@pytest.mark.parametrize(("text", "name"), [
    ("Kesh Amar was retaken by the army, a spokesman said. Kesh Amar lies north of the "
     "capital. Life in Kesh Amar is returning.", "Kesh Amar"),
    ("The rebels said they controlled Alder Vale. Alder Vale lies on the main road. "
     "Fighting near Alder Vale killed four.", "Alder Vale"),
])
def test_a_cut_place_name_joins_the_place(nlp, text, name):
    """The tagger marks only the last word of one mention: it is the same place, not a
    second one."""
    types = _types(nlp, text)
    assert types == {**{k: v for k, v in types.items() if v != "Place"}, name: "Place"}, types


@pytest.mark.parametrize(("text", "name"), MIXED)
def test_mixed_tags_settle_on_place(nlp, text, name):
    _place(nlp, text, name)


# fmt: off
MULTI_TOKEN = [
    ("Rebels advanced on Nova Selmir after a week of fighting, the ministry said.",
     "Nova Selmir"),
    ("Government forces closed in on Kessel Bay, a rebel official said.", "Kessel Bay"),
    ("The army launched an assault on Dorran Heights on Friday.", "Dorran Heights"),
    ("Supporters converged on Fenwick Park for the rally.", "Fenwick Park"),
    ("Fighting spread to the Orla Ridge valley, the commander said.", "Orla Ridge"),
    ("Officials in Gresham County said the Gresham County road was impassable.",
     "Gresham County"),
]
# fmt: on


@pytest.mark.parametrize(("text", "name"), MULTI_TOKEN)
def test_multi_token_place_names(nlp, text, name):
    _place(nlp, text, name)


# fmt: off
NEAR_MISSES = [
    # (text, name, the type it keeps): "on" after a verb or noun that is no movement, a
    # noun after the name that is no ground, a body named "Front", a title
    ("The talks focused on Marra Tolvek, who chairs the committee.", "Marra Tolvek",
     "Person"),
    ("The minister declined to comment on Lisbeth Varo.", "Lisbeth Varo", "Person"),
    ("The airline relied on Kestrel Systems for its booking software.", "Kestrel Systems",
     "Organization"),
    ("The Harlan family sold the farm last year.", "Harlan", "Organization"),
    ("The Tesk Front said its fighters had withdrawn.", "Tesk Front", "Organization"),
    ("Judge Orin Vale ruled on Monday that the contract was void.", "Orin Vale", "Person"),
    ("The committee voted on Velda Ashe's nomination.", "Velda Ashe", "Person"),
    ("Rival bidders closed in on Lunet Pharma, the sources said.", "Lunet Pharma",
     "Organization"),
]
# fmt: on


@pytest.mark.parametrize(("text", "name", "etype"), NEAR_MISSES)
def test_people_and_bodies_stay(nlp, text, name, etype):
    assert _types(nlp, text).get(name) == etype


# fmt: off
UNCHANGED = [
    # the rule leaves these alone: whatever the tagger made of the name, no place clue
    "Analysts published a report on Delta Grain on Monday.",
    "The talks focused on Marra, the union's negotiator.",
    "The Vance administration rejected the claim.",
    "Police said an attack on Desh Mirren was being investigated.",
    "The Kestrel plant in Orrin will close, Kestrel said in a statement.",
    "Brakel Corp's spokesman said the Brakel board would meet on Monday.",
]
# fmt: on


@pytest.mark.parametrize("text", UNCHANGED)
def test_rule_does_not_fire(nlp, monkeypatch, text):
    with_rule = _types(nlp, text)
    monkeypatch.setattr(entities_module, "settle_place_names", lambda *args: None)
    monkeypatch.setattr(entities_module, "placed_mentions", lambda *args: [])
    assert _types(nlp, text) == with_rule


def test_capitalised_body_ending_is_no_ground(nlp):
    """"the Tesk Front" names a body; "the Tesk front" is a front line."""
    body = nlp("The Tesk Front said it held the line.")
    line = nlp("Fighting raged along the Tesk front on Monday.")
    tesk = [Mention(t.i, t.i + 1, t.text, "Organization") for d in (body, line) for t in d
            if t.text == "Tesk"]
    assert not geo_compound(body, tesk[0])
    assert geo_compound(line, tesk[1])


def test_lexicon_is_broad():
    assert {"valley", "gorge", "district", "governorate", "oblast", "front", "corridor",
            "crossing", "airbase", "camp", "delta", "coast"} <= GEO_NOUNS
    assert "family" not in GEO_NOUNS and "administration" not in GEO_NOUNS


def test_clue_weights_only_where_ground(nlp):
    doc = nlp("Troops marched on Orrin while analysts reported on Delta Grain.")
    clues = {m.text: place_clues(doc, m) for m in _mentions(doc)}
    assert clues.get("Orrin", 0) > 0 and clues.get("Delta Grain", 0) == 0, clues


def _mentions(doc):
    return [Mention(e.start, e.end, e.text, "Organization") for e in doc.ents]
