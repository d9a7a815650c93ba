"""Statements, wave five: general constructions found by a census of missed attributions
on political news, each as a table of invented sentences (invented names and places,
varied domains) with near misses that must not fire."""

from __future__ import annotations

import pytest

# ------------------------------------------------------------------ portraying cues

# fmt: off
PORTRAYALS = [
    # (text, speaker, cue, words the content holds)
    ('Mayor Ilse Morrow is describing the new stadium as "a waste of money."',
     "Ilse Morrow", "describe", "the new stadium as"),
    ("Coach Elsa Brandt painted the referee as a puppet of the league.", "Elsa Brandt",
     "paint", "the referee as a puppet"),
    ("Delta Grain chief Ilkka Vanhanen has portrayed himself as a friend of small farmers.",
     "Ilkka Vanhanen", "portray", "himself as a friend of small farmers"),
    ("Judge Ada Moreno cast the ruling as a victory for tenants.", "Ada Moreno", "cast",
     "the ruling as a victory for tenants"),
    ("Professor Lena Fox compared the reform to a tax on the poor.", "Lena Fox", "compare",
     "the reform to a tax on the poor"),
    ("Piet Olsen likened the merger to a hostile takeover.", "Piet Olsen", "liken",
     "the merger to a hostile takeover"),
    ("The Veska Tribune compared the scandal to a slow-motion collapse.", "Veska Tribune",
     "compare", "the scandal to a slow-motion collapse"),
    ("Dr Hana Liddell characterised the outbreak as contained.", "Hana Liddell",
     "characterise", "the outbreak as contained"),
    ("The Greyfield Tenants Association depicts the landlord as a speculator.",
     "Greyfield Tenants Association", "depict", "the landlord as a speculator"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "cue", "words"), PORTRAYALS)
def test_portraying_cue_says_object_and_predicate(run, text, speaker, cue, words) -> None:
    r = run(text)
    assert words in r.statement_by(speaker, cue=cue).content, r.summary()


# fmt: off
RELATIVE_PORTRAYALS = [
    # (text, speaker, cue, words the content holds, words it leaves out)
    ('The flood, which Mayor Ilse Morrow described as "the worst in a century," closed the '
     "pier.", "Ilse Morrow", "describe", "worst in a century", "which"),
    ("The tax, which Senator Noor Haddad likened to theft, was dropped in May.",
     "Noor Haddad", "liken", "to theft", "which"),
    ("The transfer fee, which coach Elsa Brandt characterised as absurd, was paid in full.",
     "Elsa Brandt", "characterise", "as absurd", "which"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "cue", "words", "left_out"), RELATIVE_PORTRAYALS)
def test_portrayal_in_a_relative_clause(run, text, speaker, cue, words, left_out) -> None:
    r = run(text)
    content = r.statement_by(speaker, cue=cue).content
    assert words in content and left_out not in content, r.summary()


# fmt: off
NOT_PORTRAYALS = [
    "Coach Elsa Brandt painted the fence on Sunday.",
    "Voters cast their ballots in the rain.",
    "Piet Olsen compared prices in three shops.",
    "Delta Grain presented its accounts to the board.",
    "Ada Moreno described the route to the station.",
    "The Orrin Rowing Club framed the photograph.",
]
# fmt: on


@pytest.mark.parametrize("text", NOT_PORTRAYALS)
def test_portraying_verb_without_predicate_is_no_statement(run, text) -> None:
    r = run(text)
    assert not r.ex.statements, r.summary()


# ------------------------------------------------------------------ "as X put it"

# fmt: off
PUT_IT = [
    # (text, speaker, words the content holds)
    ("As Judge Ada Moreno put it in a ruling last year, the law is not a suggestion.",
     "Ada Moreno", "the law is not a suggestion"),
    ("As coach Elsa Brandt put it, the league has lost its way.", "Elsa Brandt",
     "the league has lost its way"),
    ("The vaccine will not be ready before winter, as Dr Hana Liddell put it on Monday.",
     "Hana Liddell", "The vaccine will not be ready before winter"),
    ("As the Marlow Water Board put it in its report, the pipes are a century old.",
     "Marlow Water Board", "the pipes are a century old"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "words"), PUT_IT)
def test_as_x_put_it(run, text, speaker, words) -> None:
    r = run(text)
    assert words in r.statement_by(speaker, cue="put").content, r.summary()


# fmt: off
NOT_PUT_IT = [
    "Piet Olsen put it on the table.",
    "As Ada Moreno put the box down, the lights went out.",
    "Delta Grain put it up for sale in May.",
]
# fmt: on


@pytest.mark.parametrize("text", NOT_PUT_IT)
def test_putting_something_is_no_statement(run, text) -> None:
    r = run(text)
    assert not r.ex.statements, r.summary()


# ------------------------------------------------------------------ misparsed around the cue

# fmt: off
MISPARSED = [
    # (text, speaker, words the content holds)
    ("Mayor Ilse Morrow spoke about floods on Monday.\n\nMorrow said, \u201cWhen the river "
     "floods, the whole valley suffers. But many people cannot leave.\u201d", "Ilse Morrow",
     "the whole valley suffers"),
    ("The Orrin Clinics Alliance warned, \u201cWaiting lists will double by the summer.\u201d",
     "Orrin Clinics Alliance", "Waiting lists will double"),
    ("\u201cI will make you this promise: we will rebuild the pier in this town,\u201d Orrin "
     "harbour Chief Piet Olsen said Monday.", "Piet Olsen", "we will rebuild the pier"),
    ("\u201cWe have done nothing wrong,\u201d Delta Grain spokeswoman Lena Fox said on Friday.",
     "Lena Fox", "We have done nothing wrong"),
    ("Delta Grain said after the audit it would not sell the mill.", "Delta Grain",
     "it would not sell the mill"),
    ("Coach Elsa Brandt said on Sunday the squad was exhausted.", "Elsa Brandt",
     "the squad was exhausted"),
    ("Judge Ada Moreno ruled after a long hearing the contract was void.", "Ada Moreno",
     "the contract was void"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "words"), MISPARSED)
def test_content_and_speaker_the_parser_misplaced(run, text, speaker, words) -> None:
    r = run(text)
    assert words in r.statement_by(speaker).content, r.summary()


def test_subordinate_clause_after_the_cue_is_not_content(run) -> None:
    r = run("The Kelvar Union said Friday, when the strike began, that talks had failed.")
    content = r.statement_by("Kelvar Union", cue="say").content
    assert "talks had failed" in content and "strike began" not in content, r.summary()


# fmt: off
NOT_MISPARSED = [
    "Ada Moreno left after the hearing ended.",
    "Piet Olsen arrived on Sunday, \u201ctired but happy\u201d as the crowd put it.",
    "Delta Grain closed the mill after the audit found losses.",
]
# fmt: on


@pytest.mark.parametrize("text", NOT_MISPARSED)
def test_no_statement_without_a_cue(run, text) -> None:
    r = run(text)
    assert not r.ex.statements, r.summary()


# ------------------------------------------------------------------ via: the outlet spoken to

# fmt: off
SPOKEN_TO = [
    # (text, speaker, outlet)
    ("Speaking to Veska Television, Judge Ada Moreno said the trial would resume in May.",
     "Ada Moreno", "Veska Television"),
    ("Talking to the Marlow Courier on Sunday, coach Elsa Brandt said the club was in debt.",
     "Elsa Brandt", "Marlow Courier"),
    ("Delta Grain chief Ilkka Vanhanen, speaking to the Marlow Courier, said the mill would "
     "close.", "Ilkka Vanhanen", "Marlow Courier"),
    ("The Kelvar Union, talking to Veska Television, said the strike would go on.",
     "Kelvar Union", "Veska Television"),
    ("Ada Moreno told the broadcaster Radio Veska that the vote was rigged.", "Ada Moreno",
     "Radio Veska"),
    ("Dr Hana Liddell told the newspaper Veska Daily that the clinic was full.",
     "Hana Liddell", "Veska Daily"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "outlet"), SPOKEN_TO)
def test_outlet_spoken_to_is_via(run, text, speaker, outlet) -> None:
    r = run(text)
    assert r.label(r.statement_by(speaker).via) == outlet, r.summary()


# fmt: off
NOT_SPOKEN_TO = [
    # (text, speaker): a person or a crowd spoken to is no outlet
    ("Speaking to Ada Moreno, Piet Olsen said the pier was safe.", "Piet Olsen"),
    ("Speaking to reporters, Piet Olsen said the pier was safe.", "Piet Olsen"),
    ("Writing to the Greyfield Tenants Association, Delta Grain said rents would rise.",
     "Delta Grain"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker"), NOT_SPOKEN_TO)
def test_no_via_without_an_outlet(run, text, speaker) -> None:
    r = run(text)
    assert r.statement_by(speaker).via is None, r.summary()


# ------------------------------------------------------------------ the person of an organisation

# fmt: off
PERSON_OF_ORG = [
    # (text, speaker): after a quote, "X of ORG said" is X's statement, not ORG's
    ('"It was the least bad outcome," Piet Olsen of the Kelvar Anglers Club said.',
     "Piet Olsen"),
    ("\u201cThe vote was fair,\u201d Ada Moreno of the Veska Electoral Commission said.",
     "Ada Moreno"),
    ('"Prices will rise," Ilkka Vanhanen of Delta Grain said on Monday.', "Ilkka Vanhanen"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker"), PERSON_OF_ORG)
def test_person_of_an_organisation_speaks_after_a_quote(run, text, speaker) -> None:
    r = run(text)
    assert r.statements_by(speaker), r.summary()


# ------------------------------------------------------------------ cues that state nothing

# fmt: off
NO_SPEAKER_FOR_A_PASSIVE = [
    # (text, the only speaker): a passive cue without its agent borrows no speaker
    ("\u201cMany clinics in Orrin and Kelvar are called failing. But the staff are not to "
     "blame,\u201d said Dr Lena Fox.", "Lena Fox"),
    ("Delta Grain and Harrow United were described as rivals for years, Piet Olsen said.",
     "Piet Olsen"),
    ("The Marlow Courier and the Veska Tribune are often called the last honest papers, "
     "Ada Moreno wrote.", "Ada Moreno"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker"), NO_SPEAKER_FOR_A_PASSIVE)
def test_passive_cue_without_agent_borrows_no_speaker(run, text, speaker) -> None:
    r = run(text)
    assert r.statements_by(speaker), r.summary()
    assert {r.label(s.speaker) for s in r.ex.statements} == {speaker}, r.summary()


# fmt: off
LETTING_IN = [
    "In 2004 the Veska Senate voted for admitting Orrin and Kelvar to the trade union.",
    "The Kelvar Chess Club admitted two new members to the board.",
    "Marlow General Hospital admitted forty patients into its new wing on Monday.",
]
# fmt: on


@pytest.mark.parametrize("text", LETTING_IN)
def test_admitting_someone_in_is_no_statement(run, text) -> None:
    r = run(text)
    assert not r.ex.statements, r.summary()


def test_admitting_to_someone_is_still_a_statement(run) -> None:
    r = run("Delta Grain admitted to regulators that the mill had leaked.")
    assert "the mill had leaked" in r.statement_by("Delta Grain", cue="admit").content


# ------------------------------------------------------------------ according to a document of X

_AUTHOR_BY_CLAUSE = pytest.mark.xfail(
    strict=True, reason="the author named by a relative clause on the document noun is not "
    "read: the rule added a false statement on held-out news")

# fmt: off
ACCORDING_TO_DOCUMENT = [
    # (text, speaker, words the content holds)
    pytest.param("The aim is to curb speculators, according to a speech Senator Noor "
                 "Haddad delivered in Orrin last year.", "Noor Haddad",
                 "The aim is to curb speculators", marks=_AUTHOR_BY_CLAUSE),
    pytest.param("The mill had been losing money for years, according to a letter that "
                 "Delta Grain sent to its workers.", "Delta Grain", "losing money for years",
                 marks=_AUTHOR_BY_CLAUSE),
    ("The coach was never told, according to Elsa Brandt's account.", "Elsa Brandt",
     "The coach was never told"),
    ("Rents will rise, according to the testimony of Judge Ada Moreno.", "Ada Moreno",
     "Rents will rise"),
    ("The pier will reopen in May, according to a report by the Marlow Courier.",
     "Marlow Courier", "The pier will reopen in May"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "words"), ACCORDING_TO_DOCUMENT)
def test_according_to_a_document_names_its_author(run, text, speaker, words) -> None:
    r = run(text)
    assert words in r.statement_by(speaker, cue="according to").content, r.summary()


def test_according_to_an_unsigned_document_names_nobody(run) -> None:
    r = run("The bridge is closed, according to a notice.")
    assert not r.ex.statements, r.summary()


# ------------------------------------------------------------------ "made the following statement:"

# fmt: off
ANNOUNCED_BELOW = [
    # (text, speaker, words the content holds)
    ("On March 2, Senator Noor Haddad made the following comment:\n\n\u201cYoung voters are "
     "leaving the party in large numbers. We need to win them back.\u201d", "Noor Haddad",
     "We need to win them back"),
    ("Delta Grain issued this statement: \u201cThe mill is safe and will stay open.\u201d",
     "Delta Grain", "The mill is safe"),
    ('The Kelvar Rowing Club released a statement on Monday:\n\n"The regatta is cancelled '
     'because of the floods."', "Kelvar Rowing Club", "The regatta is cancelled"),
    ("Judge Ada Moreno issued a brief statement: \u201cThe court will not be rushed.\u201d",
     "Ada Moreno", "The court will not be rushed"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "words"), ANNOUNCED_BELOW)
def test_statement_announced_before_a_colon(run, text, speaker, words) -> None:
    r = run(text)
    assert words in r.statement_by(speaker).content, r.summary()


# fmt: off
NOTHING_ANNOUNCED = [
    "Coach Elsa Brandt made a statement to the press.",
    "Delta Grain did not issue a statement: \u201cno comment\u201d was all it said to us.",
    "The Marlow Courier published the letter in full.",
]
# fmt: on


@pytest.mark.parametrize("text", NOTHING_ANNOUNCED)
def test_no_statement_without_words_after_the_colon(run, text) -> None:
    r = run(text)
    assert not [s for s in r.ex.statements if s.cue in {"statement", "comment"}], r.summary()
