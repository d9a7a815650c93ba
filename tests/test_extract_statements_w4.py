"""Statements, wave four: general constructions real news states claims with, each as a
table of invented sentences (invented names and places, varied domains) with near
misses that must not fire."""

from __future__ import annotations

import pytest

# ------------------------------------------------------------------ content hung on an adverb

# fmt: off
ADVERB_CLAUSE = [
    # (text, speaker, words the content holds)
    ("Court spokeswoman Lena Fox said earlier that the judge had recused herself.",
     "Lena Fox", "the judge had recused herself"),
    ("Delta Grain spokesman Piet Olsen earlier said there had been losses at the mill.",
     "Piet Olsen", "losses at the mill"),
    ("Premier Ilse Morrow said later that the budget would be delayed.", "Ilse Morrow",
     "the budget would be delayed"),
    ("Coach Elsa Brandt said again on Monday that the squad was tired.", "Elsa Brandt",
     "the squad was tired"),
    ("Dr Hana Liddell said earlier this week that the clinic had run out of vaccine.",
     "Hana Liddell", "run out of vaccine"),
    ("The Orrin Rowing Club said Tuesday that the regatta would go ahead.",
     "Orrin Rowing Club", "the regatta would go ahead"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "words"), ADVERB_CLAUSE)
def test_content_clause_hung_on_the_cue_adverb(run, text, speaker, words) -> None:
    r = run(text)
    assert words in r.statement_by(speaker, cue="say").content, r.summary()


# ------------------------------------------------------------------ predicative cues

# fmt: off
PREDICATIVE = [
    # (text, speaker, cue, words the content holds)
    ("Coach Elsa Brandt was adamant that the club would not sell its captain.",
     "Elsa Brandt", "adamant", "would not sell its captain"),
    ("Ilkka Vanhanen is confident that Delta Grain will return to profit this year.",
     "Ilkka Vanhanen", "confident", "return to profit"),
    ("Dr Hana Liddell remained sceptical that the vaccine would be ready by May.",
     "Hana Liddell", "sceptical", "ready by May"),
    ("The Veska Electoral Commission was clear the vote would go ahead.",
     "Veska Electoral Commission", "clear", "the vote would go ahead"),
    ("Judge Ada Moreno was convinced the witness had lied.", "Ada Moreno", "convinced",
     "the witness had lied"),
    ("The Greyfield Tenants Association is critical of the rent plan.",
     "Greyfield Tenants Association", "critical of", "the rent plan"),
    ("Prosecutor Tomas Brenn has been highly critical of the defence's tactics.",
     "Tomas Brenn", "critical of", "the defence's tactics"),
    ("Senator Noor Haddad was dismissive of the new climate targets.", "Noor Haddad",
     "dismissive of", "the new climate targets"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "cue", "words"), PREDICATIVE)
def test_predicative_cue_is_a_statement(run, text, speaker, cue, words) -> None:
    r = run(text)
    assert words in r.statement_by(speaker, cue=cue).content, r.summary()


# fmt: off
NOT_PREDICATIVE = [
    "It is clear that the vote will go ahead.",
    "Piet Olsen was not confident that the bridge would hold.",
    "Ada Moreno will be sure that the team is ready.",
    "Piet Olsen was happy that the bridge held.",
    "Ada Moreno is aware that the deadline has passed.",
    "The road was clear of snow by noon.",
    "The Kelvar mill is critical to the town's economy.",
]
# fmt: on


@pytest.mark.parametrize("text", NOT_PREDICATIVE)
def test_no_predicative_statement(run, text) -> None:
    r = run(text)
    assert not r.ex.statements, r.summary()


# ------------------------------------------------------------------ a stated aim

# fmt: off
AIM = [
    ("Ada Moreno wants to make bus fares free for pupils.", "Ada Moreno", "want",
     "make bus fares free"),
    ("Delta Grain expects to close the Kelvar deal by May.", "Delta Grain", "expect",
     "close the Kelvar deal"),
    ("The Harrow United board hopes to double the size of the stadium.",
     "Harrow United", "hope", "double the size"),
    ("Dr Hana Liddell wants to test every pupil in the district.", "Hana Liddell", "want",
     "test every pupil"),
    ("Senator Noor Haddad expects to win the vote on Friday.", "Noor Haddad", "expect",
     "win the vote"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "cue", "words"), AIM)
def test_stated_aim_is_a_statement(run, text, speaker, cue, words) -> None:
    r = run(text)
    assert words in r.statement_by(speaker, cue=cue).content, r.summary()


# fmt: off
NOT_AIM = [
    "Piet Olsen wanted to know why the pier was shut.",
    "Ada Moreno hopes to see the mayor on Friday.",
    "They wanted to avoid a bloodbath.",
    "Piet Olsen wants to leave.",
    "The Kelvar Union wanted to avoid a strike.",
    "Delta Grain had hoped to sell the mill before the winter.",
]
# fmt: on


@pytest.mark.parametrize("text", NOT_AIM)
def test_no_stated_aim(run, text) -> None:
    r = run(text)
    assert not r.ex.statements, r.summary()


def test_aim_inside_someone_elses_words_is_theirs_only(run) -> None:
    r = run("Piet Olsen said the fans wanted to storm the pitch.")
    assert [s.cue for s in r.ex.statements] == ["say"], r.summary()


# ------------------------------------------------------------------ documents of a description

# fmt: off
DESCRIBED_DOCUMENT = [
    ("The Orrin Rowing Club met on Monday. The club's statement said the boats were safe.",
     "Orrin Rowing Club", "the boats were safe"),
    ("Delta Grain met its bankers on Monday. The company's statement said the mills "
     "were safe.", "Delta Grain", "the mills were safe"),
    ("The Marlow Appeals Court sat on Monday. The court's ruling said the rent rise was "
     "unlawful.", "Marlow Appeals Court", "the rent rise was unlawful"),
    ("The Veska Heart Foundation published a study on Monday. The study said salt intake "
     "had fallen.", "Veska Heart Foundation", "salt intake had fallen"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "words"), DESCRIBED_DOCUMENT)
def test_document_of_a_description_speaks_for_its_organisation(run, text, speaker,
                                                                words) -> None:
    r = run(text)
    assert words in r.statement_by(speaker).content, r.summary()


# ------------------------------------------------------------------ via of a participle

# fmt: off
PARTICIPLE_VIA = [
    # (text, speaker, cue of the participle, outlet)
    ("Coach Elsa Brandt told the Marlow Courier that the squad was tired, adding that two "
     "players were injured.", "Elsa Brandt", "add", "Marlow Courier"),
    ("Lena Fox said on Telegram that the count was late, insisting that it would be "
     "redone.", "Lena Fox", "insist", "Telegram"),
    ("Delta Grain spokesman Piet Olsen later told Reuters that the union held the mill, "
     "saying the strike had ended.", "Piet Olsen", "say", "Reuters"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "cue", "outlet"), PARTICIPLE_VIA)
def test_participle_after_a_channelled_cue_shares_its_channel(run, text, speaker, cue,
                                                              outlet) -> None:
    r = run(text)
    assert r.label(r.statement_by(speaker, cue=cue).via) == outlet, r.summary()


def test_participle_after_an_unchannelled_cue_has_no_via(run) -> None:
    r = run("Coach Elsa Brandt said the squad was tired, adding that two players were "
            "injured.")
    assert r.statement_by("Elsa Brandt", cue="add").via is None, r.summary()


# ------------------------------------------------------------------ "it says" inside a quote

# fmt: off
QUOTED_IT = [
    ("\u201cThe charter has a clause on fees,\u201d Ada Moreno explained in an interview with "
     "the Marlow Courier. \u201cIt says that every member pays. Nobody is exempt.\u201d"),
    ("\"The ruling is short,\" Judge Piet Olsen told Radio North. \"It says the rent rise "
     "was unlawful.\""),
]
# fmt: on


@pytest.mark.parametrize("text", QUOTED_IT)
def test_it_says_inside_a_quotation_is_no_statement_of_its_own(run, text) -> None:
    r = run(text)
    assert all(s.cue != "say" for s in r.ex.statements), r.summary()


def test_it_said_after_a_closing_quotation_is_the_frame(run) -> None:
    r = run("Delta Grain met on Monday. \u201cThe mills are safe,\u201d it said.")
    assert "The mills are safe" in r.statement_by("Delta Grain", cue="say").content, \
        r.summary()


# ------------------------------------------------------------------ made to speak

# fmt: off
CAUSED = [
    ("The leak forced Delta Grain to admit that the mill had been sold.", "Delta Grain",
     "admit", "the mill had been sold"),
    ("The vote led the Orrin Rowing Club to announce that the regatta would close.",
     "Orrin Rowing Club", "announce", "the regatta would close"),
    ("The verdict prompted Senator Noor Haddad to declare that the law had failed.",
     "Noor Haddad", "declare", "the law had failed"),
    ("Weeks of questioning finally got Dr Hana Liddell to concede that the trial was "
     "flawed.", "Hana Liddell", "concede", "the trial was flawed"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "cue", "words"), CAUSED)
def test_object_of_a_causing_verb_is_the_speaker(run, text, speaker, cue, words) -> None:
    r = run(text)
    assert words in r.statement_by(speaker, cue=cue).content, r.summary()


# fmt: off
NOT_CAUSED = [
    "The senator pressed Ilkka Vanhanen to admit that no one had been punished.",
    "Piet Olsen urged the club to confirm that the match would go ahead.",
    "Ada Moreno invited the mayor to explain why the pier was shut.",
]
# fmt: on


@pytest.mark.parametrize("text", NOT_CAUSED)
def test_a_request_to_speak_is_not_the_object_speaking(run, text) -> None:
    r = run(text)
    named = {e.label for e in r.ex.entities if e.type == "Person"} - {"Piet Olsen",
                                                                        "Ada Moreno"}
    assert not [s for s in r.ex.statements if r.label(s.speaker) in named], r.summary()


# ------------------------------------------------------------------ courts, filings, findings

# fmt: off
PAPERS = [
    # (text, speaker, cue, content exactly)
    ("Delta Grain said in a filing with regulators that profits had fallen by a third.",
     "Delta Grain", "say", "profits had fallen by a third"),
    ("Judge Ada Moreno said in a ruling on Monday that the contract was void.",
     "Ada Moreno", "say", "the contract was void"),
    ("The Marlow Appeals Court found that the rent rise was unlawful.",
     "Marlow Appeals Court", "find", "the rent rise was unlawful"),
    ("A study by the Veska Heart Foundation found that salt intake had fallen.",
     "Veska Heart Foundation", "find", "salt intake had fallen"),
    ("Delta Grain sued the Marlow council in March. The lawsuit alleges that the tender "
     "was rigged.", "Delta Grain", "allege", "the tender was rigged"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), PAPERS)
def test_filings_rulings_and_findings(run, text, speaker, cue, content) -> None:
    r = run(text)
    assert r.statement_by(speaker, cue=cue).content == content, r.summary()


# fmt: off
NOT_FINDINGS = [
    "Police found the body of a man in the harbour.",
    "The jury found Piet Olsen guilty.",
    "Ada Moreno found her keys in the car.",
]
# fmt: on


@pytest.mark.parametrize("text", NOT_FINDINGS)
def test_finding_a_thing_is_no_statement(run, text) -> None:
    r = run(text)
    assert not r.ex.statements, r.summary()


# ------------------------------------------------------------------ that-clause of a setting

# fmt: off
SETTING_CLAUSE = [
    ("Ilkka Vanhanen, Delta Grain's chief executive, told analysts on a call that demand "
     "was recovering.", "Ilkka Vanhanen", "tell", "demand was recovering"),
    ("Senator Noor Haddad said at a rally in Orrin that the mine would reopen.",
     "Noor Haddad", "say", "the mine would reopen"),
    ("Coach Elsa Brandt said at a press conference that the captain was injured.",
     "Elsa Brandt", "say", "the captain was injured"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), SETTING_CLAUSE)
def test_that_clause_hung_on_the_setting_of_the_cue(run, text, speaker, cue,
                                                     content) -> None:
    r = run(text)
    assert r.statement_by(speaker, cue=cue).content == content, r.summary()


def test_a_leading_demonstrative_that_stays(run) -> None:
    r = run("Piet Olsen said that was not true.")
    assert r.statement_by("Piet Olsen").content == "that was not true", r.summary()


# ------------------------------------------------------------------ passive judgements

# fmt: off
PASSIVE_JUDGED = [
    ("The council's decision was criticised by Ada Moreno.", "Ada Moreno", "criticise",
     "The council's decision"),
    ("The ruling was condemned by the Greyfield Tenants Association.",
     "Greyfield Tenants Association", "condemn", "The ruling"),
    ("The new stadium plan has been praised by Harrow United manager Elsa Brandt.",
     "Elsa Brandt", "praise", "The new stadium plan"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), PASSIVE_JUDGED)
def test_passive_judgement_names_its_speaker(run, text, speaker, cue, content) -> None:
    r = run(text)
    assert r.statement_by(speaker, cue=cue).content == content, r.summary()


# fmt: off
NOT_PASSIVE_JUDGED = [
    "The mayor was welcomed by Delta Grain at the mill.",
    "The town was attacked by the Kelvar Militia.",
    "The plan was criticised.",
]
# fmt: on


@pytest.mark.parametrize("text", NOT_PASSIVE_JUDGED)
def test_no_passive_judgement(run, text) -> None:
    r = run(text)
    assert not r.ex.statements, r.summary()
