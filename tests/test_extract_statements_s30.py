"""kg.extract statements and their channel, on kinds of sentence news nobody tuned for:
a person's office speaking for them ("Anika Sorvali's office said"), a body named beside
another subject ("X and the Veska army both claimed"), a that-clause hung on the participle
of the carrier ("said in an interview published on Sunday that ..."), and outlets named
inside the channel's phrase ("wrote in the Marlow Courier", "told Radio Kelvar's morning
programme", "in a televised address on Veska State Television").

Every sentence is invented. The articles are published on Friday 2024-03-15.
"""

from __future__ import annotations

import pytest
from cases import case

# ---------------------------------------------------------------- a person's office

# fmt: off
OFFICE_SPEAKS = [
    # (text, speaker, cue, content)
    case("possessive-office",
         "Anika Sorvali's office said she would not attend the summit.",
         "Anika Sorvali", "say", "she would not attend the summit"),
    case("titled-possessive-office-dated",
         "President Anika Sorvali's office said on Monday that the summit had been cancelled.",
         "Anika Sorvali", "say", "the summit had been cancelled"),
    case("office-of",
         "The office of Anika Sorvali said the summit had been cancelled.",
         "Anika Sorvali", "say", "the summit had been cancelled"),
    case("office-denies",
         "Governor Piet Olsen's office denied that the budget had been cut.",
         "Piet Olsen", "deny", "the budget had been cut"),
    case("statement-from-office",
         "A statement from Anika Sorvali's office said the summit had been cancelled.",
         "Anika Sorvali", "say", "the summit had been cancelled"),
    case("office-warned-long",
         "Late on Tuesday, after a day of talks in Orrin, Mayor Tomas Brink's office warned "
         "that the bridge would stay closed until the inspectors had finished their work.",
         "Tomas Brink", "warn",
         "the bridge would stay closed until the inspectors had finished their work"),
    case("office-after-quote",
         "\"The summit has been cancelled,\" the office of Anika Sorvali said in a statement.",
         "Anika Sorvali", "say", "The summit has been cancelled"),
]
# fmt: on


@pytest.mark.parametrize("text,speaker,cue,content", OFFICE_SPEAKS)
def test_a_persons_office_speaks_for_them(run, text, speaker, cue, content):
    r = run(text)
    assert r.statement_by(speaker, cue=cue).content == content, r.summary()


# fmt: off
OFFICE_SAYS_NOTHING = [
    # an office as a room, or the words of someone else than its holder
    case("office-is-a-room", "Anika Sorvali's office is on the third floor of the town hall."),
    case("office-searched", "Anika Sorvali's office was searched by police on Monday."),
    case("office-raided", "Police raided Piet Olsen's office in Orrin on Tuesday."),
    case("lawyer-is-not-the-client",
         "Tomas Pell's lawyer said his client had done nothing wrong."),
]
# fmt: on


@pytest.mark.parametrize("text", OFFICE_SAYS_NOTHING)
def test_an_office_is_no_speaker_without_a_cue_of_its_own(run, text):
    r = run(text)
    speakers = {r.label(s.speaker) for s in r.ex.statements}
    assert not speakers & {"Anika Sorvali", "Piet Olsen", "Tomas Pell"}, r.summary()


def test_an_unnamed_office_gives_no_person(run):
    r = run("The governor's office denied that the budget had been cut.")
    assert all(r.label(s.speaker) != "governor" for s in r.ex.statements), r.summary()


# ---------------------------------------------------------------- co-speakers

# fmt: off
BODY_BESIDE = [
    # (text, speakers, content)
    case("both-claimed",
         "The Kelvar Militia and the Veska army both claimed control of Tesk.",
         {"Kelvar Militia", "Veska army"}, "control of Tesk"),
    case("said-they",
         "The Kelvar Militia and the Veska army said they controlled Tesk.",
         {"Kelvar Militia", "Veska army"}, "they controlled Tesk"),
    case("two-names-both-denied",
         "Delta Grain and the Orrin Farmers Union both denied that the mill would close.",
         {"Delta Grain", "Orrin Farmers Union"}, "the mill would close"),
    case("body-first",
         "The Veska army and the Kelvar Militia each said on Monday that the road was open.",
         {"Veska army", "Kelvar Militia"}, "the road was open"),
]
# fmt: on


@pytest.mark.parametrize("text,speakers,content", BODY_BESIDE)
def test_a_named_body_beside_the_subject_speaks_too(run, text, speakers, content):
    r = run(text)
    said = {r.label(s.speaker) for s in r.ex.statements if s.content == content}
    assert said == speakers, r.summary()


# fmt: off
NO_BODY_BESIDE = [
    # (text, speaker): a description beside the name adds no speaker
    case("her-lawyer", "Anika Sorvali and her lawyer said the charges were false.",
         "Anika Sorvali"),
    case("residents", "The Kelvar Militia and local residents said the bridge had been "
         "destroyed.", "Kelvar Militia"),
    case("the-government", "Delta Grain and the government said the mill would stay open.",
         "Delta Grain"),
]
# fmt: on


@pytest.mark.parametrize("text,speaker", NO_BODY_BESIDE)
def test_a_description_beside_the_subject_adds_no_speaker(run, text, speaker):
    r = run(text)
    assert {r.label(s.speaker) for s in r.ex.statements} == {speaker}, r.summary()


# ---------------------------------------------------------------- the carrier's participle

# fmt: off
CLAUSE_ON_PARTICIPLE = [
    # (text, speaker, content, via)
    case("interview-published",
         "Tomas Pell said in an interview published on Sunday that the port would reopen.",
         "Tomas Pell", "the port would reopen", None),
    case("interview-with-outlet-published",
         "Tomas Pell said in an interview with the Marlow Courier published on Sunday that "
         "the port would reopen.",
         "Tomas Pell", "the port would reopen", "Marlow Courier"),
    case("letter-sent",
         "Anika Sorvali wrote in a letter sent to the council on Monday that the budget was "
         "too small.",
         "Anika Sorvali", "the budget was too small", None),
    case("video-posted",
         "The Kelvar Militia said in a video posted online that it had taken Tesk.",
         "Kelvar Militia", "it had taken Tesk", None),
]
# fmt: on


@pytest.mark.parametrize("text,speaker,content,via", CLAUSE_ON_PARTICIPLE)
def test_clause_on_the_carriers_participle(run, text, speaker, content, via):
    r = run(text)
    st = r.statement_by(speaker)
    assert (st.content, r.label(st.via)) == (content, via), r.summary()


def test_a_meeting_is_no_carrier(run):
    r = run("Tomas Pell spoke at a meeting held on Sunday that lasted three hours.")
    assert not r.ex.statements, r.summary()


# ---------------------------------------------------------------- outlets in the channel

# fmt: off
OUTLET_IN_CHANNEL = [
    # (text, speaker, via)
    case("wrote-in-paper",
         "Tomas Pell wrote in the Marlow Courier that the port would reopen.",
         "Tomas Pell", "Marlow Courier"),
    case("writing-in-paper",
         "Writing in the Orrin Times, Tomas Pell said the port would reopen.",
         "Tomas Pell", "Orrin Times"),
    case("told-outlets-programme",
         "Ilse Sorvali told Radio Kelvar's morning programme that the mine was safe.",
         "Ilse Sorvali", "Radio Kelvar"),
    case("televised-address-on",
         "Anika Sorvali said in a televised address on Veska State Television that the "
         "curfew would end.",
         "Anika Sorvali", "Veska State Television"),
    case("speech-on-radio",
         "In a speech on Radio Kelvar, Piet Olsen said the strike would go on.",
         "Piet Olsen", "Radio Kelvar"),
    case("told-show",
         "\"We will rebuild the pier,\" Anika Sorvali told Veska Television's evening show.",
         "Anika Sorvali", "Veska Television"),
    case("on-outlets-titled-programme",
         "\"The strike is over,\" Piet Olsen said on Kelvar News's \"Morning Hour.\"",
         "Piet Olsen", "Kelvar News"),
    case("on-outlets-programme-after-apposition",
         "\"We have won,\" Piet Olsen, a senior union organiser, said Thursday morning on "
         "Radio Kelvar's \"Evening Desk.\"",
         "Piet Olsen", "Radio Kelvar"),
]
# fmt: on


@pytest.mark.parametrize("text,speaker,via", OUTLET_IN_CHANNEL)
def test_an_outlet_named_inside_the_channel(run, text, speaker, via):
    r = run(text)
    assert r.label(r.statement_by(speaker).via) == via, r.summary()


# fmt: off
NO_OUTLET_IN_CHANNEL = [
    # (text, speaker): a body that is no outlet, named where a channel could be
    case("newsletter-of-a-union",
         "Tomas Pell wrote in the Orrin Tenants Union newsletter that rents were too high.",
         "Tomas Pell"),
    case("union-meeting",
         "Ilse Sorvali told the Orrin Tenants Union's annual meeting that the mine was safe.",
         "Ilse Sorvali"),
    case("speech-at-chamber",
         "Anika Sorvali said in a speech at the Orrin Chamber of Commerce that taxes would "
         "fall.", "Anika Sorvali"),
    case("wrote-in-a-place",
         "Piet Olsen wrote in Orrin on Monday that the strike would go on.", "Piet Olsen"),
    case("on-a-councils-website",
         "Piet Olsen said on the Orrin Council's website that the pool would close.",
         "Piet Olsen"),
    case("on-a-persons-farm",
         "Piet Olsen said on Ada Brink's farm that the harvest was lost.", "Piet Olsen"),
]
# fmt: on


@pytest.mark.parametrize("text,speaker", NO_OUTLET_IN_CHANNEL)
def test_no_outlet_where_the_body_is_none(run, text, speaker):
    r = run(text)
    assert r.statement_by(speaker).via is None, r.summary()



# ---------------------------------------------------------------- an age for the person

# fmt: off
AGE_FOR_THE_PERSON = [
    # (text, speaker, content): "the 54-year-old" standing for the person just named
    case("told-the-court",
         "Piet Olsen was arrested in Orrin in May. The 54-year-old told the court he was "
         "innocent.",
         "Piet Olsen", "he was innocent"),
    case("after-quote",
         "Anika Sorvali won the race on Sunday. \"I never expected this,\" the 23-year-old "
         "said.",
         "Anika Sorvali", "I never expected this"),
    case("apposed-first",
         "Tomas Pell, a baker from Orrin, lost his shop in the flood. The 61-year-old said "
         "the council had ignored the warnings.",
         "Tomas Pell", "the council had ignored the warnings"),
    case("denied-two-sentences-on",
         "Ada Brink was charged with fraud last year. The trial opened on Monday. The "
         "47-year-old denied that she had taken the money.",
         "Ada Brink", "she had taken the money"),
]
# fmt: on


@pytest.mark.parametrize("text,speaker,content", AGE_FOR_THE_PERSON)
def test_an_age_stands_for_the_person_just_named(run, text, speaker, content):
    r = run(text)
    assert r.statement_by(speaker).content == content, r.summary()


# fmt: off
AGE_IS_NOT_THE_PERSON = [
    # an indefinite age is someone else; an aged noun is its noun; no person, no speaker
    case("indefinite", "Piet Olsen was arrested in Orrin in May. A 54-year-old said he had "
         "seen the fire."),
    case("aged-noun", "Piet Olsen was arrested in Orrin in May. The 54-year-old driver said "
         "he had seen the fire."),
    case("no-person", "Delta Grain bought the mill on Monday. The 90-year-old said it would "
         "stay open."),
]
# fmt: on


@pytest.mark.parametrize("text", AGE_IS_NOT_THE_PERSON)
def test_an_age_without_its_person_speaks_for_no_one(run, text):
    r = run(text)
    assert not [s for s in r.ex.statements
                if r.label(s.speaker) in {"Piet Olsen", "Delta Grain"}], r.summary()


# ---------------------------------------------------------------- said to the one asked

# fmt: off
ASKED_ONE = [
    # (text, speaker, content): the one asked answers; they asked nothing
    case("replied-when-asked", "\"No,\" Tomas Pell replied when asked if he would resign.",
         "Tomas Pell", "No"),
    case("said-when-asked-whether",
         "Ada Brink said the plan was dead when asked whether the council would vote again.",
         "Ada Brink", "the plan was dead"),
    case("asked-first", "Asked whether he would resign, Tomas Pell said the question was "
         "absurd.", "Tomas Pell", "the question was absurd"),
]
# fmt: on


@pytest.mark.parametrize("text,speaker,content", ASKED_ONE)
def test_the_one_asked_asks_nothing(run, text, speaker, content):
    r = run(text)
    assert r.statement_by(speaker).content.startswith(content), r.summary()
    assert all(s.cue != "ask" for s in r.ex.statements), r.summary()


def test_as_reported_by_an_outlet_is_still_its_relay(run):
    r = run("As reported by the Marlow Courier, Tomas Pell said the port would reopen.")
    st = r.statement_by("Tomas Pell")
    assert (st.content, r.label(st.via)) == ("the port would reopen", "Marlow Courier"), \
        r.summary()


# ---------------------------------------------------------------- state-run outlets

# fmt: off
STATE_RUN_OUTLETS = [
    # (text, speaker, via): an outlet run by a state is an outlet, not land someone holds
    case("told-state-run-tv",
         "Tomas Pell told state-run Kelvar Television that the port would reopen.",
         "Tomas Pell", "Kelvar Television"),
    case("state-owned-radio",
         "Tomas Pell told state-owned Radio Orrin that the port would reopen.",
         "Tomas Pell", "Radio Orrin"),
    case("said-on-government-run",
         "Ada Brink said on government-run Veska News that the border was closed.",
         "Ada Brink", "Veska News"),
]
# fmt: on


@pytest.mark.parametrize("text,speaker,via", STATE_RUN_OUTLETS)
def test_a_state_run_outlet_is_the_channel(run, text, speaker, via):
    r = run(text)
    assert r.label(r.statement_by(speaker).via) == via, r.summary()


def test_rebel_held_town_is_still_a_place(run):
    r = run("The Kelvar Militia said it had shelled rebel-held Tesk on Sunday.")
    assert r.entity("Tesk").type == "Place", r.summary()


# ---------------------------------------------------------------- he or she

# fmt: off
GENDER_OF_THE_PRONOUN = [
    # (text, speaker, content): the text makes the nearer subject the other gender
    case("titles",
         "Ms. Sorvali met Mr. Pell on Monday. He said the talks had gone well.",
         "Pell", "the talks had gone well"),
    case("spokeswoman-compound",
         "Spokeswoman Ada Brink met Piet Olsen. He said the deal was off.",
         "Piet Olsen", "the deal was off"),
    case("apposed-woman",
         "Anika Sorvali, a businesswoman from Orrin, met Tomas Pell in Lunet. He told "
         "reporters the mill would be sold.",
         "Tomas Pell", "the mill would be sold"),
    case("her-own-words",
         "Anika Sorvali said she would not resign. Tomas Pell, the union leader, met "
         "Sorvali on Tuesday. He said the strike would go on.",
         "Tomas Pell", "the strike would go on"),
    case("wife-apposed",
         "Piet Olsen and his wife, Ada Olsen, left Orrin in May. She said the town had "
         "changed.",
         "Ada Olsen", "the town had changed"),
]
# fmt: on


@pytest.mark.parametrize("text,speaker,content", GENDER_OF_THE_PRONOUN)
def test_a_pronoun_takes_a_person_of_its_gender(run, text, speaker, content):
    r = run(text)
    assert r.statement_by(speaker).content == content, r.summary()


# fmt: off
NO_GENDER_GIVEN = [
    # (text, speaker, content): no clue, the subject stays the antecedent
    case("no-clue", "Piet Olsen met Ada Brink on Monday. He said the deal was off.",
         "Piet Olsen", "the deal was off"),
    case("same-gender", "Mr. Pell met Mr. Olsen on Monday. He said the deal was off.",
         "Pell", "the deal was off"),
]
# fmt: on


@pytest.mark.parametrize("text,speaker,content", NO_GENDER_GIVEN)
def test_without_a_clue_the_subject_is_the_antecedent(run, text, speaker, content):
    r = run(text)
    assert r.statement_by(speaker).content == content, r.summary()


# ---------------------------------------------------------------- reported by an outlet

# fmt: off
REPORTED_WITHIN = [
    # (text, speaker, content, via): words an outlet reports reached the article through it
    case("reported-that-said",
         "KNA reported that Tomas Pell said the bridge had fallen.",
         "Tomas Pell", "the bridge had fallen", "KNA"),
    case("courier-reported-denied",
         "The Marlow Courier reported on Monday that Delta Grain had denied the mill would "
         "close.",
         "Delta Grain", "the mill would close", "Marlow Courier"),
    case("quoted-as-saying-by",
         "Anika Sorvali was quoted as saying by the KNA news agency that the border would "
         "stay closed.",
         "Anika Sorvali", "the border would stay closed", "KNA"),
]
# fmt: on


@pytest.mark.parametrize("text,speaker,content,via", REPORTED_WITHIN)
def test_words_an_outlet_reports_come_through_it(run, text, speaker, content, via):
    r = run(text)
    st = r.statement_by(speaker)
    assert (st.content, r.label(st.via)) == (content, via), r.summary()


# fmt: off
NOT_REPORTED_WITHIN = [
    # (text, speaker): a person's report, or a body's saying, is no outlet's relay
    case("person-reported",
         "Tomas Pell reported that the Kelvar Militia said the bridge had fallen.",
         "Kelvar Militia"),
    case("body-said-that-said",
         "The Orrin council said that Delta Grain had denied the mill would close.",
         "Delta Grain"),
]
# fmt: on


@pytest.mark.parametrize("text,speaker", NOT_REPORTED_WITHIN)
def test_no_relay_without_an_outlets_report(run, text, speaker):
    r = run(text)
    assert all(s.via is None for s in r.statements_by(speaker)), r.summary()


# ---------------------------------------------------------------- the subject taken for an object

# fmt: off
OBJECT_AS_CLAUSE = [
    # (text, speaker, content): "said most of the N that ... are ...", misparsed as an object
    case("most-of-claims",
         "Ada Velm said most of the claims that critics make are false.",
         "Ada Velm", "most of the claims that critics make are false"),
    case("none-of-workers",
         "Tomas Pell said none of the workers he spoke to wanted a strike.",
         "Tomas Pell", "none of the workers he spoke to wanted a strike"),
    case("much-of-money-modal",
         "Ada Velm said much of the money the council spent had been wasted.",
         "Ada Velm", "much of the money the council spent had been wasted"),
]
# fmt: on


@pytest.mark.parametrize("text,speaker,content", OBJECT_AS_CLAUSE)
def test_a_subject_parsed_as_the_object_opens_the_content(run, text, speaker, content):
    r = run(text)
    assert r.statement_by(speaker).content == content, r.summary()


# fmt: off
OBJECT_IS_AN_OBJECT = [
    # a real object with a relative clause: no clause said
    case("prayer", "Tomas Pell said a prayer that moved the crowd."),
    case("goodbye", "Tomas Pell said goodbye to the workers who had stayed."),
    case("the-words", "Tomas Pell said the words that everyone remembers."),
]
# fmt: on


@pytest.mark.parametrize("text", OBJECT_IS_AN_OBJECT)
def test_an_object_with_a_relative_clause_is_no_clause(run, text):
    r = run(text)
    assert not r.ex.statements, r.summary()
