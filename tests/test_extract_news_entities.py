"""kg.extract on news layout and entities, one construction per case: datelines and
wire tags, headlines and bylines on their own lines, organisations named by common
nouns ("the health ministry", "Marlow's fire brigade"), names revealed by roles,
acronyms, role phrasings (``nkg:memberOf``) and the merges that must not happen.

Every sentence, name and place is invented. The articles are published on Friday
2024-03-15.
"""

from __future__ import annotations

import pytest

from kg.extract.layout import find_dateline

xfail = pytest.mark.xfail


def case(id_: str, *values, why: str | None = None):
    """One table row; ``why`` marks a documented engine failure (strict xfail)."""
    marks = [xfail(strict=True, reason=why)] if why else []
    return pytest.param(*values, id=id_, marks=marks)


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
