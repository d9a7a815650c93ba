"""Statements, wave twelve: who speaks and for whom on unseen news. Bare "police" for
the police body the text named; a definite role of a named organisation as the speaker
("Delta Grain's chief executive said"); the organisation a possessive or "on behalf of"
gives a named speaker; "in X's words". Each a table of invented sentences with near
misses that must not fire."""

from __future__ import annotations

import pytest

# ---------- bare "police" for the police body named before; "in X's words" as X's words

# fmt: off
POLICE_SAID = [
    # (text, the police body, words its statement holds, cue)
    ("The Kelvar Police Service arrested three men on Friday. Police said the men had been "
     "armed.", "Kelvar Police Service", "the men had been armed", "say"),
    ("Ada Moreno called the Orrin Police Department on Monday. The police said on Tuesday "
     "that the road would stay closed.", "Orrin Police Department",
     "the road would stay closed", "say"),
    ("The Marlow Police Service opened an inquiry. Two workers were injured at the mill, "
     "police said.", "Marlow Police Service", "Two workers were injured", "say"),
    ("The Marlow Police Service opened an inquiry. According to police, the driver had "
     "fled the scene.", "Marlow Police Service", "the driver had fled", "according to"),
    ("The Kelvar Police Service was called at noon. Police denied that officers had used "
     "tear gas.", "Kelvar Police Service", "officers had used tear gas", "deny"),
    # "in X's words", "in the words of X": the words are X's
    ("In Ada Moreno's words, the vote was a farce.", "Ada Moreno", "the vote was a farce",
     "in the words of"),
    ("The vote was a farce, in the words of Ada Moreno.", "Ada Moreno",
     "The vote was a farce", "in the words of"),
    ("In the words of the Kelvar Militia, the bridge had fallen for good.", "Kelvar Militia",
     "the bridge had fallen", "in the words of"),
    ("In Tomas Brenn's words, the harbour would never reopen.", "Tomas Brenn",
     "the harbour would never reopen", "in the words of"),
]
# fmt: on


@pytest.mark.parametrize(("text", "body", "words", "cue"), POLICE_SAID)
def test_the_body_or_person_named_says_the_words(run, text, body, words, cue) -> None:
    r = run(text)
    s = r.statement_by(body, cue=cue)
    assert words in s.content, r.summary()


# fmt: off
LONE_POLICE = [
    # (text, words the police's statement holds, cue): no police body named anywhere
    ("Police said three men had been arrested in Kelvar.", "three men had been arrested",
     "say"),
    ("The police said on Sunday that the road to Orrin would stay closed.",
     "the road to Orrin would stay closed", "say"),
    ("Two workers were injured at the mill, police said.", "Two workers were injured", "say"),
    ("According to police, the driver had fled the scene.", "the driver had fled",
     "according to"),
    ("Police denied that officers had used tear gas in Marlow.", "officers had used tear gas",
     "deny"),
]
# fmt: on


@pytest.mark.parametrize(("text", "words", "cue"), LONE_POLICE)
def test_police_no_body_named_speak_as_police(run, text, words, cue) -> None:
    r = run(text)
    s = r.statement_by("police", cue=cue)
    assert words in s.content, r.summary()
    assert r.entity("police").type == "Organization", r.summary()


# fmt: off
POLICE_SILENT = [
    # (text, the police body): a thing of theirs speaks, they act, others speak of them
    ("The Kelvar Police Service was called. The police car said nothing as it passed.",
     "Kelvar Police Service"),
    ("The Kelvar Police Service was called. Police found three bodies in the river.",
     "Kelvar Police Service"),
    ("The Kelvar Police Service was called. Ada Moreno said police had fired tear gas.",
     "Kelvar Police Service"),
    ("The Kelvar Police Service and the Orrin Police Department were called. Police said "
     "two men had fled.", "Kelvar Police Service"),  # two bodies: which one is unknown
    ("The police car said nothing as it passed.", "police"),
    ("Police found three bodies in the river on Sunday.", "police"),
    ("Witnesses said police had fired tear gas at the crowd.", "police"),
]
# fmt: on


@pytest.mark.parametrize(("text", "body"), POLICE_SILENT)
def test_police_without_a_cue_or_a_single_body_say_nothing(run, text, body) -> None:
    r = run(text)
    assert not r.statements_by(body), r.summary()


# ------------------------------------------- a definite role of a named organisation speaks

# fmt: off
ROLE_OF_A_BODY = [
    # (text, the organisation that speaks, words of its statement)
    ("Delta Grain's chief executive said the deal was worth $40 million.", "Delta Grain",
     "the deal was worth $40 million"),
    ("The chief executive of Delta Grain told reporters that two mills would close.",
     "Delta Grain", "two mills would close"),
    ("The head of the Kelvar Militia said the bridge had fallen on Sunday.", "Kelvar Militia",
     "the bridge had fallen"),
    ("The Greyfield Tenants Association's chairman warned that rents would double.",
     "Greyfield Tenants Association", "rents would double"),
    ("Harrow United bought a striker on Monday. Its chairman said the fee was fair.",
     "Harrow United", "the fee was fair"),
    ("The Greyfield Tenants Association met on Monday. The association's chair said rents "
     "were too high.", "Greyfield Tenants Association", "rents were too high"),
    # a description "from" or "with" a body
    ("Officials from the Kelvar Militia said the bridge had fallen.", "Kelvar Militia",
     "the bridge had fallen"),
    ("A commander with the Kelvar Militia told reporters that the road was cut.",
     "Kelvar Militia", "the road was cut"),
    ("A spokeswoman from Delta Grain said the mill would close in May.", "Delta Grain",
     "the mill would close"),
    ("Orrin Savings Bank closed ten branches. The bank's director insisted no jobs would go.",
     "Orrin Savings Bank", "no jobs would go"),
]
# fmt: on


@pytest.mark.parametrize(("text", "body", "words"), ROLE_OF_A_BODY)
def test_a_definite_role_of_a_named_body_speaks_for_it(run, text, body, words) -> None:
    r = run(text)
    s = r.statement_by(body)
    assert words in s.content, r.summary()
    assert r.label(s.on_behalf_of) == body, r.summary()


# fmt: off
ROLE_OF_NO_BODY = [
    # (text, words that must get no speaker): a role of no named organisation, or a person's
    ("The presidential nominee said the economy was weak.", "the economy was weak"),
    ("The head of the household said the roof had leaked.", "the roof had leaked"),
    ("The leader said the talks had failed.", "the talks had failed"),
    ("Ada Moreno's lawyer said the case had no merit.", "the case had no merit"),
]
# fmt: on


@pytest.mark.parametrize(("text", "words"), ROLE_OF_NO_BODY)
def test_a_role_of_no_named_body_gets_no_speaker(run, text, words) -> None:
    r = run(text)
    assert not any(words in s.content for s in r.ex.statements), r.summary()


# --------------------------------------------- the organisation a named speaker speaks for

# fmt: off
OWNED_SPEAKER = [
    # (text, speaker, the organisation they speak for)
    ("The Kelvar Militia's Tomas Brenn said the bridge had fallen.", "Tomas Brenn",
     "Kelvar Militia"),
    ("Delta Grain's Ilkka Vanhanen told reporters that the mill would stay open.",
     "Ilkka Vanhanen", "Delta Grain"),
    ("On behalf of the Greyfield Tenants Association, Ada Moreno said the rent plan was "
     "unfair.", "Ada Moreno", "Greyfield Tenants Association"),
    ("On behalf of Harrow United, Elsa Brandt announced that the captain would stay.",
     "Elsa Brandt", "Harrow United"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "body"), OWNED_SPEAKER)
def test_a_possessive_or_on_behalf_of_gives_the_body(run, text, speaker, body) -> None:
    r = run(text)
    s = r.statement_by(speaker)
    assert r.label(s.on_behalf_of) == body, r.summary()


# fmt: off
NOT_OWNED = [
    # (text, speaker): a person's possessive, "on behalf of" something that is no body
    ("Ada Moreno's Piet Olsen said the count was late.", "Piet Olsen"),
    ("On behalf of his family, Piet Olsen said the rescuers had been brave.", "Piet Olsen"),
    ("In the name of peace, Ada Moreno said the talks must go on.", "Ada Moreno"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker"), NOT_OWNED)
def test_no_body_no_behalf(run, text, speaker) -> None:
    r = run(text)
    assert r.statement_by(speaker).on_behalf_of is None, r.summary()



def test_a_person_from_a_town_is_no_voice_of_it(run) -> None:
    r = run("A man from Orrin said the bridge had fallen.")
    assert not r.ex.statements, r.summary()


# --------------------------------------------------- "in X's words", "in the words of X"

# fmt: off
NOT_SOMEONES_WORDS = [
    # words of no one, or of a thing
    "In other words, the vote was a farce.",
    "Ada Moreno wrote the song in her own words.",
    "In the words of the old song, the night is young.",
]
# fmt: on


@pytest.mark.parametrize("text", NOT_SOMEONES_WORDS)
def test_words_of_no_speaker_say_nothing(run, text) -> None:
    r = run(text)
    assert not any(s.cue == "in the words of" for s in r.ex.statements), r.summary()
