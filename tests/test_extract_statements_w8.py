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
