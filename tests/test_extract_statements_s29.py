"""kg.extract statements, recall on news nobody tuned for: the speaker who opens a wire
story just after its dateline ("ORRIN, March 10 (Marlow Courier) - Ilse Morrow said ..."),
whose name the entity tagger misses when it reads it beside the wire tag.

Every sentence is invented. The articles are published on Friday 2024-03-15.
"""

from __future__ import annotations

import pytest
from cases import case

# ---------------------------------------------------------------- after a dateline

# fmt: off
AFTER_DATELINE = [
    # (text, speaker, cue, content)
    case("caps-date-wire-person",
         "ORRIN, March 10 (Marlow Courier) - Ilse Morrow said on Sunday that three clinics "
         "had closed.",
         "Ilse Morrow", "say", "three clinics had closed"),
    case("caps-wire-company",
         "KELVAR (Veska Press) - Delta Grain said it had bought two mills near the river.",
         "Delta Grain", "say", "it had bought two mills near the river"),
    case("region-date-reuters-style",
         "LUNET, Veska, March 10 (Harbour Wire) - Kelvar Lines said its ferries would sail "
         "again on Tuesday.",
         "Kelvar Lines", "say", "its ferries would sail again on Tuesday"),
    case("wire-only-told",
         "(Harbour Wire) - Tomas Pell told reporters the ferry would not sail this week.",
         "Tomas Pell", "tell", "the ferry would not sail this week"),
    case("double-dash-denied",
         "PORT ELIN, Veska, March 9 (Veska Press) -- Greyfield Rovers denied that their "
         "coach had resigned.",
         "Greyfield Rovers", "deny", "their coach had resigned"),
    case("warned",
         "LUNET, March 8 (Marlow Courier) - Anika Sorvali warned that the dam could burst "
         "within days.",
         "Anika Sorvali", "warn", "the dam could burst within days"),
    case("role-before-name",
         "ORRIN, March 10 (Marlow Courier) - Veska's finance minister Ilse Morrow said the "
         "budget was balanced.",
         "Ilse Morrow", "say", "the budget was balanced"),
    case("who-clause",
         "LUNET (Harbour Wire) - Piet Olsen, who runs the Lunet ferry, said the crossing was "
         "safe.",
         "Piet Olsen", "say", "the crossing was safe"),
]
# fmt: on


@pytest.mark.parametrize("text,speaker,cue,content", AFTER_DATELINE)
def test_speaker_after_a_dateline(run, text, speaker, cue, content):
    r = run(text)
    assert r.statement_by(speaker, cue=cue).content == content, r.summary()


# fmt: off
NO_SPEAKER_IN_DATELINE = [
    # the dateline's place and wire tag say nothing
    case("no-cue", "ORRIN, March 10 (Marlow Courier) - Heavy rain closed the port on Sunday."),
    case("description-speaks",
         "KELVAR (Veska Press) - The ferry sank near the pier, officials said."),
    case("place-after-dateline",
         "LUNET, March 8 (Harbour Wire) - Orrin was quiet on Sunday after the storm."),
]
# fmt: on


@pytest.mark.parametrize("text", NO_SPEAKER_IN_DATELINE)
def test_dateline_is_no_speaker(run, text):
    r = run(text)
    speakers = {r.label(s.speaker) for s in r.ex.statements}
    assert not speakers & {"Marlow Courier", "Veska Press", "Harbour Wire", "ORRIN", "Orrin",
                           "KELVAR", "Kelvar", "LUNET", "Lunet"}, r.summary()


def test_names_the_first_reading_found_are_kept(nlp):
    doc = nlp("ORRIN, March 10 (Marlow Courier) - Veska's finance minister Ilse Morrow said "
              "the budget was balanced.")
    assert [(e.text, e.label_) for e in doc.ents if e.text == "Ilse Morrow"] == [
        ("Ilse Morrow", "PERSON")]
    assert "newskg_dateline_names" in nlp.pipe_names


# ---------------------------------------------------------------- "X's press officer"

# fmt: off
PRESS_ROLES = [
    # (text, organisation, content): a press, media or communications role is its
    # organisation's voice even when definite, as "X's spokesman" is
    case("press-officer",
         "Delta Grain's press officer said the mill would close.",
         "Delta Grain", "the mill would close"),
    case("media-director-after",
         "The mill will close, Delta Grain's media director said.",
         "Delta Grain", "The mill will close"),
    case("inverted-with-date",
         "Two players have been suspended by the league, said Harrow United's press officer "
         "on Friday.",
         "Harrow United", "Two players have been suspended by the league"),
    case("communications-chief",
         "Harrow United's communications chief said two players had been suspended.",
         "Harrow United", "two players had been suspended"),
    case("press-secretary-told",
         "Kelvar Lines' press secretary told reporters the ferries would sail on Tuesday.",
         "Kelvar Lines", "the ferries would sail on Tuesday"),
]
# fmt: on


@pytest.mark.parametrize("text,org,content", PRESS_ROLES)
def test_press_role_speaks_for_its_organisation(run, text, org, content):
    r = run(text)
    assert [s.content for s in r.statements_by(org)] == [content], r.summary()


# fmt: off
NOT_THE_VOICE = [
    # a definite role of another kind is one person, not the organisation
    case("coach", "Harrow United's coach said two players had been suspended.", "Harrow United"),
    case("engineer", "The mill will close, Delta Grain's chief engineer said.", "Delta Grain"),
    case("nominee", "The Civic Unity Party's nominee said turnout was high.",
         "Civic Unity Party"),
]
# fmt: on


@pytest.mark.parametrize("text,org", NOT_THE_VOICE)
def test_other_definite_roles_do_not_speak_for_the_organisation(run, text, org):
    r = run(text)
    assert not r.statements_by(org), r.summary()


# ---------------------------------------------------------------- "a spokeswoman for X, Y,"

# fmt: off
APPOSED_AFTER_BODY = [
    # (text, speaker, organisation, content): the tagger runs the body and the person set
    # in apposition after it into one name
    case("spokeswoman-for",
         "A spokeswoman for Delta Grain, Ilse Morrow, said the mill would close.",
         "Ilse Morrow", "Delta Grain", "the mill would close"),
    case("lawyer-denied",
         "A lawyer for Delta Grain, Noor Haddad, denied that the mill had been sold.",
         "Noor Haddad", "Delta Grain", "the mill had been sold"),
    case("spokesman-for-lines",
         "A spokesman for Kelvar Lines, Tomas Pell, said the ferries would sail on Tuesday.",
         "Tomas Pell", "Kelvar Lines", "the ferries would sail on Tuesday"),
    case("head-of-board",
         "The head of the Harbour Board, Piet Olsen, said the quay would open in June.",
         "Piet Olsen", "Harbour Board", "the quay would open in June"),
]
# fmt: on


@pytest.mark.parametrize("text,speaker,org,content", APPOSED_AFTER_BODY)
def test_person_apposed_after_a_body_speaks_for_it(run, text, speaker, org, content):
    r = run(text)
    said = r.statement_by(speaker)
    assert (said.content, r.label(said.on_behalf_of)) == (content, org), r.summary()
    assert r.entity(org).type == "Organization", r.summary()


# fmt: off
COMMA_IN_A_NAME = [
    # (text, name kept whole or split, type)
    case("company-suffix", "The mill was sold to Delta Grain, Inc., a firm from Orrin.",
         "Delta Grain, Inc.", "Organization"),
    case("list", "Delta Grain, Ilse Morrow and Tomas Pell met on Monday.",
         "Ilse Morrow", "Person"),
]
# fmt: on


@pytest.mark.parametrize("text,name,type_", COMMA_IN_A_NAME)
def test_comma_inside_a_tagged_name(run, text, name, type_):
    r = run(text)
    assert r.entity(name).type == type_, r.summary()


# ---------------------------------------------------------------- outlets the tagger misses

# fmt: off
OUTLET_REPORTS = [
    # (text, outlet, content): a name ending in a newspaper's word is an organisation
    case("reported-that", "The Marlow Courier reported that the mayor would quit.",
         "Marlow Courier", "the mayor would quit"),
    case("reported-on-day", "The Kelvar Gazette reported on Sunday that the pier had shut.",
         "Kelvar Gazette", "the pier had shut"),
    case("inverted", "The mayor will quit, the Marlow Courier reported on Sunday.",
         "Marlow Courier", "The mayor will quit"),
    case("wrote", "The Lunet Chronicle wrote that the ferry fares would double.",
         "Lunet Chronicle", "the ferry fares would double"),
]
# fmt: on


@pytest.mark.parametrize("text,outlet,content", OUTLET_REPORTS)
def test_untagged_outlet_reports(run, text, outlet, content):
    r = run(text)
    assert r.entity(outlet).type == "Organization", r.summary()
    assert [s.content for s in r.statements_by(outlet)] == [content], r.summary()


def test_relay_by_untagged_outlet_is_no_statement_of_its_own(run):
    r = run("Piet Olsen said the stadium would reopen in May, the Marlow Courier reported.")
    said = r.statement_by("Piet Olsen")
    assert r.label(said.via) == "Marlow Courier", r.summary()
    assert not r.statements_by("Marlow Courier"), r.summary()


# ---------------------------------------------------------------- quote, then role and name

# fmt: off
QUOTE_THEN_ROLE = [
    # the parser may take the lower-case word after the closing mark for a verb of the
    # quoted clause; the content stops at the mark
    case("harbour-chief", '"The strike has been stopped," harbour chief Lena Fox said.',
         "Lena Fox", "The strike has been stopped"),
    case("harbour-master-later",
         '"The quay is closed," harbour master Tomas Pell said later.',
         "Tomas Pell", "The quay is closed"),
    case("council-leader-told",
         '"We will rebuild the pier by summer," council leader Ilse Morrow told reporters.',
         "Ilse Morrow", "We will rebuild the pier by summer"),
    case("treasurer-insisted", '"The vote was fair," union treasurer Noor Haddad insisted.',
         "Noor Haddad", "The vote was fair"),
]
# fmt: on


@pytest.mark.parametrize("text,speaker,content", QUOTE_THEN_ROLE)
def test_quote_before_a_described_speaker(run, text, speaker, content):
    r = run(text)
    said = r.statement_by(speaker)
    assert (said.content, said.is_direct_quote) == (content, True), r.summary()


def test_quoted_words_inside_a_reported_clause_stay_whole(run):
    r = run('Olsen said the mill was "closed for good" and would not reopen.')
    assert r.statement_by("Olsen").content == (
        'the mill was "closed for good" and would not reopen'), r.summary()


# ---------------------------------------------------------------- names the tagger misses

# fmt: off
UNTAGGED_NAMES = [
    # (text, speaker, cue, content): a forename and a surname the small tagger leaves
    # untagged ("Ilse Morrow", "Ottar Brekk"), the subject of a cue, with no pronoun after
    case("vowed", "Ilse Morrow vowed to reopen the ferry.",
         "Ilse Morrow", "vow", "to reopen the ferry"),
    case("promised-that", "Ottar Brekk promised that the bridge would reopen in May.",
         "Ottar Brekk", "promise", "the bridge would reopen in May"),
    case("told-reporters", "Ilse Morrow told reporters on Monday that the ferry would sail "
         "again.", "Ilse Morrow", "tell", "the ferry would sail again"),
    case("asked-whether", "Ilse Morrow asked whether the ferry would sail again.",
         "Ilse Morrow", "ask", "the ferry would sail again"),
    case("dismissed", "Ilse Morrow dismissed reports that the ferry had sunk.",
         "Ilse Morrow", "dismiss", "the ferry had sunk"),
    case("pledged", "Ottar Brekk pledged that the union would not strike.",
         "Ottar Brekk", "pledge", "the union would not strike"),
    case("after-quote-taken-for-a-title", '"We will appeal," Ilse Morrow said.',
         "Ilse Morrow", "say", "We will appeal"),
]
# fmt: on


@pytest.mark.parametrize("text,speaker,cue,content", UNTAGGED_NAMES)
def test_untagged_forename_and_surname_speak(run, text, speaker, cue, content):
    r = run(text)
    assert r.statement_by(speaker, cue=cue).content == content, r.summary()
    assert r.entity(speaker).type == "Person", r.summary()


# fmt: off
NOT_A_FORENAME_AND_SURNAME = [
    # (text, name that must not become a person)
    case("body-pronoun", "Kelvar Lines said its ferries would sail again on Tuesday.",
         "Kelvar Lines"),
    case("conjunct-firm", "Delta Grain and Orrin Mills said on Monday they had agreed to "
         "merge.", "Delta Grain"),
    case("headline", "Ferry Board Vows To Reopen Crossing\n\nThe board met on Monday.",
         "Ferry Board"),
    case("word-of-a-firm", "Orrin Foods lost its case against Orrin Farms. Orrin Farms said "
         "the ruling was fair.", "Orrin Farms"),
]
# fmt: on


@pytest.mark.parametrize("text,name", NOT_A_FORENAME_AND_SURNAME)
def test_no_person_without_a_name_shape(run, text, name):
    r = run(text)
    found = r.find_entity(name)
    assert found is None or found.type != "Person", r.summary()


# ---------------------------------------------------------------- "according to X's spokesman"

# fmt: off
ACCORDING_TO_A_VOICE = [
    # (text, organisation, content): "according to" a description that speaks for a body
    case("possessive-spokesman",
         "According to Delta Grain's spokesman, the mill will close in May.",
         "Delta Grain", "the mill will close in May"),
    case("spokeswoman-for",
         "According to a spokeswoman for the Harbour Board, the quay will open in June.",
         "Harbour Board", "the quay will open in June"),
    case("press-officer",
         "According to Kelvar Lines' press officer, the ferries will sail on Tuesday.",
         "Kelvar Lines", "the ferries will sail on Tuesday"),
    case("official-after",
         "The quay will open in June, according to a Harbour Board official.",
         "Harbour Board", "The quay will open in June"),
]
# fmt: on


@pytest.mark.parametrize("text,org,content", ACCORDING_TO_A_VOICE)
def test_according_to_a_voice_of_a_body(run, text, org, content):
    r = run(text)
    assert [s.content for s in r.statements_by(org)] == [content], r.summary()


def test_according_to_a_definite_role_is_not_the_body(run):
    r = run("According to Delta Grain's chief engineer, the dam is safe.")
    assert not r.statements_by("Delta Grain"), r.summary()


# ---------------------------------------------------------------- "Asked whether ..., X said"

# fmt: off
ASKED_FIRST = [
    # (text, speaker, content of the one statement): the one asked answers; the asker is
    # not named, so the question is nobody's statement
    case("asked-whether-colon",
         'Asked whether the ferry would sail, Tomas Pell said: "Not this winter."',
         "Tomas Pell", "Not this winter"),
    case("asked-if",
         "Asked if the dam would hold, Ilse Morrow said the engineers were confident.",
         "Ilse Morrow", "the engineers were confident"),
    case("asked-about", "Asked about the strike, Noor Haddad said the union would not back "
         "down.", "Noor Haddad", "the union would not back down"),
]
# fmt: on


@pytest.mark.parametrize("text,speaker,content", ASKED_FIRST)
def test_the_one_asked_is_not_the_asker(run, text, speaker, content):
    r = run(text)
    assert [s.content for s in r.ex.statements] == [content], r.summary()
    assert r.label(r.ex.statements[0].speaker) == speaker, r.summary()


def test_a_named_asker_still_asks(run):
    r = run("Tomas Pell asked whether the ferry would sail.")
    assert r.statement_by("Tomas Pell", cue="ask").content == "the ferry would sail", \
        r.summary()


# ---------------------------------------------------------------- quotes across paragraphs

# fmt: off
RUNS_ON = [
    # (text, speaker, content): a quoted paragraph with no closing mark goes on in the
    # next paragraph, which opens with a mark again
    case("named-in-second",
         'Tomas Pell spoke to reporters on Monday.\n\n"The ferry will sail again on Tuesday. '
         'We have fixed the engine.\n\n"Nobody was hurt," he added.',
         "Tomas Pell",
         "The ferry will sail again on Tuesday. We have fixed the engine Nobody was hurt"),
    case("named-in-first-straight",
         '"The ferry will not sail this winter," Pell said. "We have no engine.\n\n'
         '"We have asked the council for money."',
         "Pell", "The ferry will not sail this winter We have no engine We have asked the "
         "council for money"),
    case("named-in-first-curly",
         "\u201cThe quay will stay shut,\u201d Lena Fox said. \u201cIt is not safe.\n\n"
         "\u201cWe will rebuild it next year.\u201d",
         "Lena Fox", "The quay will stay shut It is not safe We will rebuild it next year"),
    case("three-paragraphs",
         'Noor Haddad warned: "Dues will double.\n\n"The deficit is too large.\n\n'
         '"Members must decide by May."',
         "Noor Haddad",
         "Dues will double The deficit is too large Members must decide by May"),
]
# fmt: on


@pytest.mark.parametrize("text,speaker,content", RUNS_ON)
def test_quote_runs_on_into_the_next_paragraph(run, text, speaker, content):
    r = run(text)
    assert [s.content for s in r.statements_by(speaker)] == [content], r.summary()


# fmt: off
CLOSED_PARAGRAPHS = [
    # (text, speaker, contents): closed quotations stay apart
    case("two-speakers", '"The pier is safe," Tomas Pell said.\n\n"It is not," Lena Fox '
         'said.', "Lena Fox", ["It is not"]),
    case("straight-block-quote-then-curly-speech",
         '"Lena Fox thought the plan was outrageous. She was angry.\n\n'
         "\u201cIt never crossed my mind,\u201d she said.",
         "Lena Fox", ["the plan was outrageous", "It never crossed my mind"]),
    case("transcript-labels", '"KERR: Will the pier reopen?\n\n"PELL: Not this winter."\n\n'
         '"The ferry is late," Lena Fox said.', "Lena Fox", ["The ferry is late"]),
    case("scare-quote-then-quote",
         'Olsen called the plan "a disgrace" on Monday.\n\n"We will appeal," Lena Fox said.',
         "Lena Fox", ["We will appeal"]),
]
# fmt: on


@pytest.mark.parametrize("text,speaker,contents", CLOSED_PARAGRAPHS)
def test_closed_quotes_do_not_run_on(run, text, speaker, contents):
    r = run(text)
    assert [s.content for s in r.statements_by(speaker)] == contents, r.summary()


# ---------------------------------------------------------------- "X, 54, said"

# fmt: off
AGED_SPEAKERS = [
    # (text, speaker): an age set off by commas is no date; the statement keeps the
    # report's day (published 2024-03-15)
    case("quote-name-age", '"The ferry will sail," Pell, 54, said.', "Pell"),
    case("name-age-said", "Tomas Pell, 54, said the ferry would sail.", "Tomas Pell"),
    case("inverted-age-role", '"The ferry will sail," said Tomas Pell, 54, a ferry captain.',
         "Tomas Pell"),
    case("age-then-who", "Noor Haddad, 61, who leads the dockers, warned that dues would "
         "double.", "Noor Haddad"),
]
# fmt: on


@pytest.mark.parametrize("text,speaker", AGED_SPEAKERS)
def test_an_age_is_no_date(run, text, speaker):
    r = run(text)
    said = r.statement_by(speaker)
    assert said.date is not None and said.date.value == "2024-03-15", r.summary()


def test_a_year_after_a_name_is_still_a_date(nlp):
    from kg.extract.temporal import date_mentions

    doc = nlp("The ferry sailed from Orrin, 1998, in a storm, Tomas Pell, 54, said.")
    found = {doc[m.start:m.end].text for m in date_mentions(doc, None)}
    assert "1998" in found and "54" not in found


# ---------------------------------------------------------------- "..., a claim X rejected"

# fmt: off
DENIED_IN_A_RELATIVE = [
    # (text, claimant, denier, content of the denial): a denial in a relative clause on a
    # claim noun answers the claim just made
    case("claim-rejected",
         "Tomas Pell insisted the ferry would sail, a claim the Harbour Board rejected.",
         "Tomas Pell", "Harbour Board", "a claim"),
    case("assertion-disputed-on-day",
         "The Kelvar Militia said it had taken the bridge, an assertion the Veska army "
         "disputed on Friday.", "Kelvar Militia", "Veska army", "an assertion"),
    case("allegation-refuted",
         "Noor Haddad said the council had hidden the costs, an allegation the Harbour Board "
         "refuted.", "Noor Haddad", "Harbour Board", "an allegation"),
]
# fmt: on


@pytest.mark.parametrize("text,claimant,denier,content", DENIED_IN_A_RELATIVE)
def test_denial_in_a_relative_clause_answers_the_claim(run, text, claimant, denier, content):
    r = run(text)
    denial = r.statement_by(denier)
    assert (denial.stance, denial.content) == ("Deny", content), r.summary()
    assert denial.responds_to == r.statement_by(claimant).key, r.summary()


# fmt: off
NO_DENIAL_IN_A_RELATIVE = [
    # a relative clause on a thing, a negated denial, or no named denier: nothing denied
    case("thing", "The ferry, which the Harbour Board rejected, was sold to Delta Grain."),
    case("negated", "Tomas Pell said the mill had been sold, a claim the Harbour Board did "
         "not reject."),
    case("nobody", "Tomas Pell said the mill had been sold, a claim nobody denied."),
]
# fmt: on


@pytest.mark.parametrize("text", NO_DENIAL_IN_A_RELATIVE)
def test_no_denial_without_a_denied_claim(run, text):
    r = run(text)
    assert not [s for s in r.ex.statements if s.stance == "Deny"], r.summary()
