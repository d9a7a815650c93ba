"""Statements, wave ten: general constructions of recall and statement date on unseen
news, each as a table of invented sentences (invented names, varied domains) with near
misses that must not fire."""

from __future__ import annotations

import pytest

# ------------------------------- a cue after a participle of carrying on: "going on to say"

# fmt: off
CARRIED_ON = [
    # (text, speaker, cue, words the second content holds, date of the second statement)
    ('"Prices will rise," Noor Haddad said on Friday, going on to warn that jobs would go.',
     "Noor Haddad", "warn", "jobs would go", "2025-03-07"),
    ("Coach Elsa Brandt praised the squad on Sunday, going on to say that the title was "
     "within reach.", "Elsa Brandt", "say", "the title was within reach", "2025-03-09"),
    ("Delta Grain said on Tuesday that sales had fallen, continuing to insist that no mill "
     "would close.", "Delta Grain", "insist", "no mill would close", "2025-03-04"),
    ("The Orrin Health Board reported ten new cases on Wednesday, moving on to announce "
     "that schools would reopen.", "Orrin Health Board", "announce", "schools would reopen",
     "2025-03-05"),
    ("Tamsin Reyes spoke for an hour, going on to claim that the vote had been rigged.",
     "Tamsin Reyes", "claim", "the vote had been rigged", "2025-03-10"),
    ("Dr Hana Liddell said on Thursday the outbreak was slowing, proceeding to predict that "
     "the wards would empty by May.", "Hana Liddell", "predict",
     "the wards would empty by May", "2025-03-06"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "cue", "words", "date"), CARRIED_ON)
def test_a_cue_after_going_on_to_is_a_statement_of_its_own(run, text, speaker, cue, words,
                                                           date) -> None:
    r = run(text, published="2025-03-10")  # a Monday
    s = r.statement_by(speaker, cue=cue)
    assert words in s.content, r.summary()
    assert s.date is not None and s.date.value == date, r.summary()


# fmt: off
CARRIED_ON_FIRST = [
    # (text, speaker, first cue, its content, words it must leave out)
    ("Delta Grain said on Tuesday that sales had fallen, continuing to insist that no mill "
     "would close.", "Delta Grain", "say", "sales had fallen", "continuing"),
    ("Ada Moreno said the bridge was unsafe, going on to demand that it be shut.",
     "Ada Moreno", "say", "the bridge was unsafe", "going on"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "cue", "words", "left_out"), CARRIED_ON_FIRST)
def test_the_first_content_stops_before_going_on_to(run, text, speaker, cue, words,
                                                     left_out) -> None:
    r = run(text)
    s = r.statement_by(speaker, cue=cue)
    assert words in s.content and left_out not in s.content, r.summary()


# fmt: off
NOT_CARRIED_ON = [
    # (text, speaker): going on, continuing, moving on to something that is no saying
    ("Ada Moreno went on Monday to the mill, continuing to work there until noon.",
     "Ada Moreno"),
    ("Judge Lena Fox met the lawyers on Monday, going on to the next case after lunch.",
     "Lena Fox"),
    ("Coach Elsa Brandt watched the match, continuing to take notes.", "Elsa Brandt"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker"), NOT_CARRIED_ON)
def test_carrying_on_with_no_cue_says_nothing(run, text, speaker) -> None:
    r = run(text)
    assert r.statements_by(speaker) == [], r.summary()


# ------------------------------------- "another spokesman": not the spokesman named before

# fmt: off
ANOTHER = [
    # (text, speaker of the second statement, its content, the one it must not be)
    ("Piet Olsen, a spokesman for the Marlow council, said the vote was delayed. A second "
     "council spokesman said the count would resume on Monday.", "Marlow council",
     "the count would resume", "Piet Olsen"),
    ("Ada Moreno, a spokeswoman for Delta Grain, said the mill was safe. Another Delta Grain "
     "spokeswoman said the roof had cracked.", "Delta Grain", "the roof had cracked",
     "Ada Moreno"),
    ("Tomas Berg, a reporter for Radio Elin, said the dam had burst. A second Radio Elin "
     "reporter said hundreds of families had fled.", "Radio Elin",
     "hundreds of families had fled", "Tomas Berg"),
    ("Ada Moreno, an engineer at Delta Grain, said the mill was safe. Another Delta Grain "
     "engineer said the roof had cracked.", "Delta Grain", "the roof had cracked",
     "Ada Moreno"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "words", "not_speaker"), ANOTHER)
def test_another_holder_of_a_role_is_not_the_one_named(run, text, speaker, words,
                                                       not_speaker) -> None:
    r = run(text)
    assert not any(words in s.content for s in r.statements_by(not_speaker)), r.summary()
    assert words in r.statement_by(speaker).content, r.summary()


def test_the_same_role_again_is_still_the_one_named(run) -> None:
    r = run("Piet Olsen, a spokesman for the Marlow council, said the vote was delayed. The "
            "council spokesman said the count would resume on Monday.")
    assert any("the count would resume" in s.content for s in r.statements_by("Piet Olsen")), \
        r.summary()


# ------------------------------- words handed to an outlet: "in remarks to X", "speaking on X"

# fmt: off
HANDED_TO = [
    # (text, speaker, via, words the content holds)
    ("In remarks to the Marlow Courier, Ada Moreno said the mill would close.",
     "Ada Moreno", "Marlow Courier", "the mill would close"),
    ("In comments to Radio Elin on Sunday, Coach Elsa Brandt said the club would appeal.",
     "Elsa Brandt", "Radio Elin", "the club would appeal"),
    ("Delta Grain said in an email to Radio Elin that profits had fallen.",
     "Delta Grain", "Radio Elin", "profits had fallen"),
    ("Judge Lena Fox said in comments to the Kelvar Herald that the trial would resume.",
     "Lena Fox", "Kelvar Herald", "the trial would resume"),
    ("Noor Haddad, speaking on Radio Elin, said the strike was over.",
     "Noor Haddad", "Radio Elin", "the strike was over"),
    ("Dr Hana Liddell, talking on Meridian TV, said the outbreak was slowing.",
     "Hana Liddell", "Meridian TV", "the outbreak was slowing"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "via", "words"), HANDED_TO)
def test_words_handed_to_an_outlet_come_through_it(run, text, speaker, via, words) -> None:
    r = run(text)
    s = r.statement_by(speaker)
    assert r.label(s.via) == via, r.summary()
    assert words in s.content, r.summary()


# fmt: off
NOT_HANDED_TO = [
    # (text, speaker): a letter to a body, comments on a topic, speaking on a day or topic
    ("Ada Moreno said in a letter to Delta Grain that the mill was unsafe.", "Ada Moreno"),
    ("Ada Moreno said in comments on the rent plan that tenants needed relief.", "Ada Moreno"),
    ("Noor Haddad, speaking on Tuesday, said the strike was over.", "Noor Haddad"),
    ("Noor Haddad, speaking on the Delta Grain results, said the strike was over.",
     "Noor Haddad"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker"), NOT_HANDED_TO)
def test_no_outlet_no_via(run, text, speaker) -> None:
    r = run(text)
    assert r.statement_by(speaker).via is None, r.summary()


# ------------------------------- a floating quantifier after two speakers: "X and Y both said"

# fmt: off
BOTH = [
    # (text, speakers, words the content holds)
    ("Ada Moreno and Piet Olsen both said the mill would close.",
     ["Ada Moreno", "Piet Olsen"], "the mill would close"),
    ("Ada Moreno and Piet Olsen each denied that the mill would close.",
     ["Ada Moreno", "Piet Olsen"], "the mill would close"),
    ("Harrow United and Marlow Rovers each said the transfer had been agreed.",
     ["Harrow United", "Marlow Rovers"], "the transfer had been agreed"),
    ("Delta Grain and the Orrin Health Board both claimed on Thursday that they owned the "
     "site.", ["Delta Grain", "Orrin Health Board"], "they owned the site"),
    ("Judge Lena Fox and Judge Tomas Berg both ruled that the contract was void.",
     ["Lena Fox", "Tomas Berg"], "the contract was void"),
    ("Dr Hana Liddell and Dr Ilkka Vanhanen both warned that the wards were full.",
     ["Hana Liddell", "Ilkka Vanhanen"], "the wards were full"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speakers", "words"), BOTH)
def test_each_of_two_speakers_named_before_both_says_it(run, text, speakers, words) -> None:
    r = run(text)
    for speaker in speakers:
        assert words in r.statement_by(speaker).content, r.summary()


# fmt: off
NOT_BOTH = [
    # (text, the name that speaks nothing): a name in a phrase of the subject's own
    ("The lawyers of Piet Olsen both said the mill would close.", "Piet Olsen"),
    ("Ada Moreno, the head of Delta Grain, both said and wrote that the mill would close.",
     "Delta Grain"),
]
# fmt: on


@pytest.mark.parametrize(("text", "silent"), NOT_BOTH)
def test_a_name_inside_the_subject_phrase_is_no_co_speaker(run, text, silent) -> None:
    r = run(text)
    assert r.statements_by(silent) == [], r.summary()


# ---------------------------- a "so ... that" clause is a result or a purpose, not content

# fmt: off
SO_THAT = [
    # (text, the speaker who says nothing)
    ("Piet Olsen tells so many lies that the council could stop trusting him.", "Piet Olsen"),
    ("Delta Grain complained so loudly that the council gave in.", "Delta Grain"),
    ("Coach Elsa Brandt shouted so loudly that the players stopped.", "Elsa Brandt"),
    ("Judge Lena Fox warned so often that the lawyers stopped listening.", "Lena Fox"),
    ("Ada Moreno said so little that the press gave up.", "Ada Moreno"),
    ("Judge Lena Fox ruled so that the appeal could proceed.", "Lena Fox"),
    ("Dr Hana Liddell made such a fuss that the ward was closed.", "Hana Liddell"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker"), SO_THAT)
def test_a_result_clause_is_no_content(run, text, speaker) -> None:
    r = run(text)
    assert r.statements_by(speaker) == [], r.summary()


# fmt: off
SO_INSIDE = [
    # (text, speaker, content): a "so ... that" inside the content stays in it
    ("Ada Moreno said that the mill was so old that it had to close.", "Ada Moreno",
     "the mill was so old that it had to close"),
    ("Delta Grain insisted that such a loss would not happen again.", "Delta Grain",
     "such a loss would not happen again"),
    ("Coach Elsa Brandt told reporters that the pitch was so wet that the match was off.",
     "Elsa Brandt", "the pitch was so wet that the match was off"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "content"), SO_INSIDE)
def test_so_that_inside_the_content_stays(run, text, speaker, content) -> None:
    r = run(text)
    assert r.statement_by(speaker).content == content, r.summary()


# ------------------- a denied claim noun the tagger made a verb: "denied on Monday reports that"

# fmt: off
DENIED_NOUN = [
    # (text, speaker, words the denial's content holds)
    ("Delta Grain denied on Monday allegations that the mill was unsafe.", "Delta Grain",
     "the mill was unsafe"),
    ("Harrow United dismissed on Friday rumours that the coach would leave.", "Harrow United",
     "the coach would leave"),
    ("The Orrin Health Board rejected on Sunday suggestions that the clinic was closing.",
     "Orrin Health Board", "the clinic was closing"),
    ("Delta Grain rejected on Monday claims that the mill was unsafe.", "Delta Grain",
     "the mill was unsafe"),
    ("A spokesman for Harrow United denied overnight reports that the captain had been sold.",
     "Harrow United", "the captain had been sold"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "words"), DENIED_NOUN)
def test_the_denied_claim_noun_is_the_denials_object(run, text, speaker, words) -> None:
    r = run(text)
    denials = [s for s in r.statements_by(speaker) if s.stance == "Deny"]
    assert any(words in s.content for s in denials), r.summary()
    # the claim noun is no statement of the denier's own
    assert not any(s.stance != "Deny" and words in s.content
                   for s in r.statements_by(speaker)), r.summary()


# fmt: off
NOUN_TAGGED_VERB = [
    # (text, the name before the noun that must not be its speaker)
    ("Spokesperson of the Veskan army denied on Tuesday reports that the militia had taken "
     "the port.", "Veskan army"),
    ("A lawyer for Judge Lena Fox dismissed on Friday reports that the trial had collapsed.",
     "Lena Fox"),
    ("The head of the Orrin Health Board denied on Sunday reports that the clinic had closed.",
     "Orrin Health Board"),
    ("An aide to Coach Elsa Brandt rejected on Thursday reports that she would resign.",
     "Elsa Brandt"),
]
# fmt: on


@pytest.mark.parametrize(("text", "name"), NOUN_TAGGED_VERB)
def test_a_report_noun_in_object_place_is_no_cue_of_the_nearest_name(run, text, name) -> None:
    r = run(text)
    assert not any(s.cue == "report" for s in r.statements_by(name)), r.summary()


# ------------------------ "it said" just after a document's words: the document's author

# fmt: off
DOCUMENT_IT = [
    # (text, the author, the words "it said")
    ('Delta Grain issued a statement on Monday. "Profits have fallen because the Marlow '
     'council raised the levy," the statement said. Two mills will close, it said.',
     "Delta Grain", "Two mills will close"),
    ("The Orrin Health Board sent a letter to parents. \"The Kelvar clinic has run out of "
     "vaccine,\" the letter said. New doses will arrive in May, it said.",
     "Orrin Health Board", "New doses will arrive in May"),
    ('Harrow United released a statement after the match. "We thank Marlow Rovers for '
     'their support," the statement read. The coach will stay, it said.',
     "Harrow United", "The coach will stay"),
    ('A report by the Kelvar Water Authority was published on Friday. "Delta Grain has '
     'polluted the river," the report said. The fines will be doubled, it said.',
     "Kelvar Water Authority", "The fines will be doubled"),
    ('Judge Lena Fox wrote a ruling on the case. "The Marlow Courier acted in good faith," '
     'the ruling said. The appeal is dismissed, it said.', "Lena Fox",
     "The appeal is dismissed"),
    ('The Marlow Tenants League sent a notice to members. "The council has ignored Delta '
     'Grain\'s breaches," the notice said. A rent strike will begin in May, it said.',
     "Marlow Tenants League", "A rent strike will begin in May"),
]
# fmt: on


@pytest.mark.parametrize(("text", "author", "words"), DOCUMENT_IT)
def test_it_after_a_documents_words_is_the_document(run, text, author, words) -> None:
    r = run(text)
    assert any(words in s.content for s in r.statements_by(author)), r.summary()


def test_it_after_a_person_is_not_carried(run) -> None:
    r = run('Ada Moreno spoke to Delta Grain staff. "The mill is safe," Ada Moreno said. '
            "Delta Grain rejected the claim. Two mills will close, it said.")
    assert any("Two mills will close" in s.content for s in r.statements_by("Delta Grain")), \
        r.summary()


# ----------------------------- a recording of someone speaking: "footage of X saying ..."

# fmt: off
RECORDED = [
    # (text, speaker, words the content holds, the name that must not speak them)
    ('The advert uses footage of Ada Moreno saying, "Why is the mill still open?"',
     "Ada Moreno", "Why is the mill still open", None),
    ("The clip of Coach Elsa Brandt insisting that the referee was biased went viral.",
     "Elsa Brandt", "the referee was biased", None),
    ("Delta Grain released a video of Piet Olsen announcing that two mills would close.",
     "Piet Olsen", "two mills would close", "Delta Grain"),
    ("The broadcaster aired footage of Dr Hana Liddell admitting that the ward was full.",
     "Hana Liddell", "the ward was full", None),
    ("A tape of Tamsin Reyes claiming that the vote was rigged was leaked on Sunday.",
     "Tamsin Reyes", "the vote was rigged", None),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "words", "not_speaker"), RECORDED)
def test_the_one_a_recording_shows_speaking_is_the_speaker(run, text, speaker, words,
                                                           not_speaker) -> None:
    r = run(text)
    assert any(words in s.content for s in r.statements_by(speaker)), r.summary()
    if not_speaker is not None:
        assert r.statements_by(not_speaker) == [], r.summary()


def test_a_photo_of_someone_smiling_says_nothing(run) -> None:
    r = run("A photo of Piet Olsen smiling at the crowd was published.")
    assert not r.ex.statements, r.summary()


# -------------------------------------- "advocates a ban", "advocated for lower tariffs"

# fmt: off
ADVOCATED = [
    # (text, speaker, words the content holds)
    ("The Orrin Health Board advocates a ban on sugary drinks.", "Orrin Health Board",
     "a ban on sugary drinks"),
    ("The Marlow Tenants League has long advocated a cap on rents.", "Marlow Tenants League",
     "a cap on rents"),
    ("Dr Hana Liddell advocated that schools reopen in May.", "Hana Liddell",
     "schools reopen in May"),
    ("Delta Grain advocates for lower tariffs on grain.", "Delta Grain",
     "lower tariffs on grain"),
    ("Judge Lena Fox advocated for a shorter trial.", "Lena Fox", "a shorter trial"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "words"), ADVOCATED)
def test_what_is_advocated_is_an_appeal(run, text, speaker, words) -> None:
    r = run(text)
    s = r.statement_by(speaker, cue="advocate")
    assert words in s.content and s.stance == "Appeal", r.summary()


def test_a_relative_clause_of_advocating_says_nothing_now(run) -> None:
    r = run("Piet Olsen, who advocated a strike last year, left the union.")
    assert r.statements_by("Piet Olsen") == [], r.summary()


# fmt: off
WRITTEN_FOR = [
    # (text, speaker, via, words the content holds): words written for an outlet
    ("Dr Hana Liddell wrote in an article for Meridian TV that the vaccine was safe.",
     "Hana Liddell", "Meridian TV", "the vaccine was safe"),
    ("Ada Moreno wrote in a column for the Kelvar Herald that rents were too high.",
     "Ada Moreno", "Kelvar Herald", "rents were too high"),
    ("Tomas Berg argued in an essay for Radio Elin that the dam was unsafe.",
     "Tomas Berg", "Radio Elin", "the dam was unsafe"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "via", "words"), WRITTEN_FOR)
def test_words_written_for_an_outlet_come_through_it(run, text, speaker, via, words) -> None:
    r = run(text)
    s = r.statement_by(speaker)
    assert r.label(s.via) == via and words in s.content, r.summary()
