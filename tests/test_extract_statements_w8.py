"""Statements, wave eight: general constructions of recall and ``via`` on unseen news,
each as a table of invented sentences (invented names and outlets, varied domains) with
near misses that must not fire."""

from __future__ import annotations

import pytest

# ------------------------------------------ the outlet that carried the words: "quoted by X"

# fmt: off
RELAYED = [
    # (text, speaker, via, words the content holds, words it leaves out)
    ("The bridge will reopen in May, Maria Kovacs said, quoted by Meridian TV.",
     "Maria Kovacs", "Meridian TV", "The bridge will reopen in May", "quoted"),
    ("Ilkka Vanhanen said the merger was off, quoted by the news agency Kelta.",
     "Ilkka Vanhanen", "Kelta", "the merger was off", "quoted"),
    ("In remarks carried by Meridian TV, Maria Kovacs said the bridge would reopen.",
     "Maria Kovacs", "Meridian TV", "the bridge would reopen", "carried"),
    ("In comments broadcast by Radio Elin, Coach Elsa Brandt said her team would appeal.",
     "Elsa Brandt", "Radio Elin", "her team would appeal", "broadcast"),
    ("The vaccine is safe, Dr Hana Liddell said in comments reported by Radio Elin.",
     "Hana Liddell", "Radio Elin", "The vaccine is safe", "reported"),
    ("The title race is over, Coach Elsa Brandt said after the match, in comments carried "
     "by Radio Elin.", "Elsa Brandt", "Radio Elin", "The title race is over", "carried"),
    ("Profits will fall, Delta Grain said in a statement reported by the Marlow Courier.",
     "Delta Grain", "Marlow Courier", "Profits will fall", "reported"),
    ("Judge Ada Moreno warned that the trial could collapse, quoted by the Marlow Courier.",
     "Ada Moreno", "Marlow Courier", "the trial could collapse", "quoted"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "via", "words", "left_out"), RELAYED)
def test_the_outlet_that_relayed_the_words_is_the_via(run, text, speaker, via, words,
                                                      left_out) -> None:
    r = run(text)
    s = r.statement_by(speaker)
    assert r.label(s.via) == via, r.summary()
    assert words in s.content and left_out not in s.content, r.summary()


# fmt: off
NOT_RELAYED = [
    # (text, speaker, words the content must keep)
    ("Maria Kovacs said the documents were published by the Marlow Courier.",
     "Maria Kovacs", "published by the Marlow Courier"),
    ("Maria Kovacs said the film, broadcast by Meridian TV, was false.",
     "Maria Kovacs", "broadcast by Meridian TV"),
    ("Judge Ada Moreno ruled that the letter, cited by Delta Grain, was forged.",
     "Ada Moreno", "cited by Delta Grain"),
    ("Senator Noor Haddad claimed that the poll, published by the Marlow Courier, was wrong.",
     "Noor Haddad", "published by the Marlow Courier"),
    ("Coach Elsa Brandt said the match would be aired by Radio Elin on Sunday.",
     "Elsa Brandt", "aired by Radio Elin"),
    ("Dr Hana Liddell said the study, reported by Meridian TV last week, was flawed.",
     "Hana Liddell", "reported by Meridian TV"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "kept"), NOT_RELAYED)
def test_a_participle_of_something_said_about_is_no_via(run, text, speaker, kept) -> None:
    r = run(text)
    s = r.statement_by(speaker)
    assert s.via is None and kept in s.content, r.summary()


# ------------------------------ verbs of thought, inference and emphasis with a clause

# fmt: off
REASONING = [
    # (text, speaker, cue, words the content holds)
    ("Senator Noor Haddad thinks that the harbour tax will hurt local fishermen.",
     "Noor Haddad", "think", "the harbour tax will hurt local fishermen"),
    ("Coach Elsa Brandt felt the referee had cost her side the match.",
     "Elsa Brandt", "feel", "the referee had cost her side the match"),
    ("Dr Hana Liddell doubts the new drug will reach pharmacies this year.",
     "Hana Liddell", "doubt", "the new drug will reach pharmacies"),
    ("Delta Grain reckons that wheat prices will double by autumn.",
     "Delta Grain", "reckon", "wheat prices will double"),
    ("Judge Ada Moreno underlined that the contract had never been signed.",
     "Ada Moreno", "underline", "the contract had never been signed"),
    ("The Veska Health Agency highlighted that two clinics had run out of vaccine.",
     "Veska Health Agency", "highlight", "two clinics had run out of vaccine"),
    ("Ilkka Vanhanen worries that the merger will cost 300 jobs.",
     "Ilkka Vanhanen", "worry", "the merger will cost 300 jobs"),
    ("The Elin Harbour Board determined that the pier was unsafe.",
     "Elin Harbour Board", "determine", "the pier was unsafe"),
    ("Governor Paul Renner objected that the budget left out the northern towns.",
     "Paul Renner", "object", "the budget left out the northern towns"),
    ("Calder Motors anticipates that sales will recover next spring.",
     "Calder Motors", "anticipate", "sales will recover next spring"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "cue", "words"), REASONING)
def test_a_verb_of_thought_with_a_clause_is_a_statement(run, text, speaker, cue,
                                                        words) -> None:
    r = run(text)
    assert words in r.statement_by(speaker, cue=cue).content, r.summary()


# fmt: off
NOT_REASONING = [
    # (text, the cue no statement may have)
    ("Senator Noor Haddad thought of her children during the flood.", "think"),
    ("Coach Elsa Brandt felt the ground shake under the stand.", "feel"),
    ("Ilkka Vanhanen figured in the final round of the tournament.", "figure"),
    ("Dr Hana Liddell worries about her patients.", "worry"),
    ("Delta Grain projected the images onto the wall of the mill.", "project"),
    ('"I think we can win the cup," Coach Elsa Brandt said.', "think"),
    ("Judge Ada Moreno thinks so.", "think"),
    ("Governor Paul Renner determined to finish the road before winter.", "determine"),
    ("The Elin Harbour Board determined how the pier had collapsed.", "determine"),
    ("Dr Hana Liddell wants to establish whether the patient had been infected.",
     "establish"),
]
# fmt: on


@pytest.mark.parametrize(("text", "cue"), NOT_REASONING)
def test_a_verb_of_thought_without_a_clause_is_no_statement(run, text, cue) -> None:
    r = run(text)
    assert not any(s.cue == cue for s in r.ex.statements), r.summary()


# -------------------- a framing noun or a light verb: "X's view is that", "X made clear that"

# fmt: off
FRAMED = [
    # (text, speaker, cue, words the content holds)
    ("Senator Noor Haddad's argument is that the tax will hurt fishermen.",
     "Noor Haddad", "argument", "the tax will hurt fishermen"),
    ("Delta Grain's view was that the mill could not be saved.",
     "Delta Grain", "view", "the mill could not be saved"),
    ("Judge Ada Moreno's conclusion was that the contract was void.",
     "Ada Moreno", "conclusion", "the contract was void"),
    ("Calder Motors' position remains that the brakes were never faulty.",
     "Calder Motors", "position", "the brakes were never faulty"),
    ("Dr Hana Liddell's fear is that the virus will spread faster in winter.",
     "Hana Liddell", "fear", "the virus will spread faster in winter"),
    ("Coach Elsa Brandt made clear that the title race was not over.",
     "Elsa Brandt", "make clear", "the title race was not over"),
    ("Delta Grain made it clear that the mill would close in June.",
     "Delta Grain", "make clear", "the mill would close in June"),
    ("The Veska Health Agency made it known that two clinics would shut.",
     "Veska Health Agency", "make known", "two clinics would shut"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "cue", "words"), FRAMED)
def test_a_framing_noun_or_light_verb_with_a_that_clause_is_a_statement(
        run, text, speaker, cue, words) -> None:
    r = run(text)
    assert words in r.statement_by(speaker, cue=cue).content, r.summary()


# fmt: off
NOT_FRAMED = [
    # (text, words no statement may hold)
    ("The problem is that the mill is old.", "the mill is old"),
    ("Delta Grain's view of the river was blocked by the new mill.", "river"),
    ("Coach Elsa Brandt made the pitch clear of snow before the match.", "snow"),
    ("Judge Ada Moreno did not make clear that the ruling was final.", "ruling"),
    ("The fact is that Senator Noor Haddad lost the vote.", "lost the vote"),
    ("Calder Motors' plant is the largest in the region.", "largest"),
]
# fmt: on


@pytest.mark.parametrize(("text", "words"), NOT_FRAMED)
def test_a_copula_without_a_speakers_framing_noun_is_no_statement(run, text, words) -> None:
    r = run(text)
    assert not any(words in s.content for s in r.ex.statements), r.summary()


# ------------------ a spokesperson whose role names their side does not speak for the foe

# fmt: off
SPOKEN_FOR = [
    # (text, speaker, the organisation they speak for (None: any), the one they do not)
    ("Military spokesman Colonel Arno Deniz said the Kelvar Liberation Front had fled.",
     "Arno Deniz", None, "Kelvar Liberation Front"),
    ("Police spokeswoman Lena Ortiz said the Marlow Tenants Union had blocked the road.",
     "Lena Ortiz", None, "Marlow Tenants Union"),
    ("Army spokesman Major Tarik Sen said the Tesk Brigade had abandoned the bridge.",
     "Tarik Sen", None, "Tesk Brigade"),
    ('"The Kelvar Liberation Front has encircled the town," said spokesman Ilkka Vanhanen.',
     "Ilkka Vanhanen", "Kelvar Liberation Front", None),
    ("Company spokesman Piet Olsen said Delta Grain would close the mill.",
     "Piet Olsen", "Delta Grain", None),
    ("Union spokeswoman Ada Moreno said the Marlow Dockers Union would strike on Monday.",
     "Ada Moreno", "Marlow Dockers Union", None),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "behalf", "not_behalf"), SPOKEN_FOR)
def test_a_qualified_spokesperson_speaks_for_the_content_subject_only_of_that_kind(
        run, text, speaker, behalf, not_behalf) -> None:
    r = run(text)
    said_for = r.label(r.statement_by(speaker).on_behalf_of)
    assert said_for != not_behalf and (behalf is None or said_for == behalf), r.summary()


# ------------- a second that-clause parsed as a conjunct of the cue: 'admitted A, and that "B"'
# (one statement holding A and B, as "said A and that B")

# fmt: off
THAT_CONJUNCT = [
    # (text, speaker, cue, the second content)
    ('In a statement, the Elin Water Ministry denied the dam had failed, but acknowledged '
     'two villages had been flooded, and that "the main road has been cut by the water."',
     "Elin Water Ministry", "acknowledge", "the main road has been cut by the water"),
    ('Delta Grain admitted profits had fallen, and that "two mills will close by June."',
     "Delta Grain", "admit", "two mills will close by June"),
    ('Coach Elsa Brandt conceded her side had played badly, but added that "the title '
     'race is far from over."', "Elsa Brandt", "add", "the title race is far from over"),
    ('Dr Hana Liddell confirmed two patients had died, and that "the ward has been '
     'closed to visitors."', "Hana Liddell", "confirm", "the ward has been closed"),
    ('Senator Noor Haddad denied she had seen the letter, but admitted that "my office '
     'received it in May."', "Noor Haddad", "admit", "my office received it in May"),
    ('The Kelvar Farmers Union warned prices would rise, and that "many farms will not '
     'survive the winter."', "Kelvar Farmers Union", "warn", "many farms will not survive"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "cue", "words"), THAT_CONJUNCT)
def test_a_that_clause_coordinated_with_the_cue_is_said_too(run, text, speaker, cue,
                                                            words) -> None:
    r = run(text)
    said = [s for s in r.statements_by(speaker) if s.cue == cue]
    assert len(said) == 1 and words in said[0].content, r.summary()


# fmt: off
NOT_THAT_CONJUNCT = [
    # (text, words no statement may hold)
    ("Senator Noor Haddad said the tax was unfair, and left the hall so that the vote "
     "could go on.", "the vote could go on"),
    ("Delta Grain said profits had fallen, and sold two mills so that it could pay its "
     "debts.", "it could pay its debts"),
]
# fmt: on


@pytest.mark.parametrize(("text", "words"), NOT_THAT_CONJUNCT)
def test_a_purpose_clause_of_another_verb_is_not_said(run, text, words) -> None:
    r = run(text)
    assert not any(s.content.startswith(words) for s in r.ex.statements), r.summary()
