"""kg.extract statements, recall on political news: a participial cue after the main one
is a second statement (", arguing that ..."), conjoined subjects each speak ("X and Y
said"), and cues of belief and wish state something when they take a clause with a
subject of its own ("believes that ...", "wants the port to stay open").

Every sentence is invented. The articles are published on Friday 2024-03-15.
"""

from __future__ import annotations

import pytest
from cases import case

xfail = pytest.mark.xfail


# ---------------------------------------------------------------- participial cues

# fmt: off
PARTICIPIAL = [
    # (text, speaker, first cue, first content, second cue, second content)
    case("said-arguing",
         "Lena Marsh said the ferry was late, arguing that the council had cut its budget.",
         "Lena Marsh", "say", "the ferry was late", "argue", "the council had cut its budget"),
    case("said-that-claiming",
         "Lena Marsh said on Monday that the ferry was late, claiming the council had cut "
         "its budget.",
         "Lena Marsh", "say", "the ferry was late", "claim", "the council had cut its budget"),
    case("quote-said-suggesting",
         '"The ferry was late," Lena Marsh said, suggesting that the council had cut its '
         "budget.",
         "Lena Marsh", "say", "The ferry was late", "suggest",
         "the council had cut its budget"),
    case("organisation-insisting",
         "The Harbour Board said the pier was safe, insisting that no crack had been found.",
         "Harbour Board", "say", "the pier was safe", "insist",
         "no crack had been found"),
    case("told-noting",
         "Tomas Pell told reporters the plan was sound, noting that work would start in May.",
         "Tomas Pell", "tell", "the plan was sound", "note", "work would start in May"),
]
# fmt: on


@pytest.mark.parametrize("text,speaker,cue1,content1,cue2,content2", PARTICIPIAL)
def test_participial_cue_is_a_second_statement(run, text, speaker, cue1, content1, cue2,
                                               content2):
    r = run(text)
    said = {s.cue: s.content for s in r.statements_by(speaker)}
    assert said.get(cue1) == content1, r.summary()
    assert said.get(cue2) == content2, r.summary()


# fmt: off
NOT_PARTICIPIAL = [
    # an -ing verb that is no cue, or a cue with no comma before it: one statement
    case("walking-away",
         "Lena Marsh said the ferry was late, walking away from the pier.",
         "Lena Marsh", "the ferry was late, walking away from the pier"),
    case("gerund-subject",
         "Lena Marsh said arguing with the council had cost the town a year.",
         "Lena Marsh", "arguing with the council had cost the town a year"),
]
# fmt: on


@pytest.mark.parametrize("text,speaker,content", NOT_PARTICIPIAL)
def test_no_second_statement_without_a_participial_cue(run, text, speaker, content):
    r = run(text)
    found = r.statements_by(speaker)
    assert [s.content for s in found] == [content], r.summary()


# ---------------------------------------------------------------- conjoined subjects

# fmt: off
CONJOINED = [
    # (text, speakers, content)
    case("two-people",
         "Nils Arto and Maren Voss said the bridge would reopen in June.",
         ["Nils Arto", "Maren Voss"], "the bridge would reopen in June"),
    case("two-organisations",
         "The Kelvar Union and the Dock Workers Guild said on Monday that the strike was "
         "over.",
         ["Kelvar Union", "Dock Workers Guild"], "the strike was over"),
    case("told",
         "Senator Hana Crell and Governor Odo Brill told reporters the levy would be "
         "scrapped.",
         ["Hana Crell", "Odo Brill"], "the levy would be scrapped"),
    case("three-names",
         "Nils Arto, Maren Voss and Ivo Lund told reporters the vote was fair.",
         ["Nils Arto", "Maren Voss", "Ivo Lund"], "the vote was fair",
         why="the small model parses the comma-joined second name as an apposition"),
]
# fmt: on


@pytest.mark.parametrize("text,speakers,content", CONJOINED)
def test_conjoined_subjects_each_speak(run, text, speakers, content):
    r = run(text)
    for speaker in speakers:
        assert [s.content for s in r.statements_by(speaker)] == [content], r.summary()


# fmt: off
NOT_CONJOINED = [
    # (text, speaker, who must not speak)
    case("and-his-lawyer",
         "Nils Arto and his lawyer said the bridge would reopen in June.",
         "Nils Arto", None),
    case("name-inside-relative-clause",
         "Nils Arto, who met Maren Voss and Ivo Lund on Monday, said the bridge would "
         "reopen in June.",
         "Nils Arto", "Ivo Lund"),
    case("object-conjunct",
         "Nils Arto told Maren Voss and Ivo Lund that the bridge would reopen in June.",
         "Nils Arto", "Ivo Lund"),
]
# fmt: on


@pytest.mark.parametrize("text,speaker,silent", NOT_CONJOINED)
def test_only_the_subjects_speak(run, text, speaker, silent):
    r = run(text)
    assert len(r.ex.statements) == 1, r.summary()
    assert len(r.statements_by(speaker)) == 1, r.summary()
    if silent is not None:
        assert r.statements_by(silent) == [], r.summary()


# ---------------------------------------------------------------- belief and wish

# fmt: off
BELIEF = [
    # (text, speaker, cue, content)
    case("believes-that",
         "Dara Quist believes that the vote was rigged.",
         "Dara Quist", "believe", "the vote was rigged"),
    case("expects-that",
         "The Tollway Fund expects that output will grow by 2 percent.",
         "Tollway Fund", "expect", "output will grow by 2 percent"),
    case("expects-object-infinitive",
         "The Tollway Fund expects output to grow by 2 percent.",
         "Tollway Fund", "expect", "output to grow by 2 percent"),
    case("wants-object-infinitive",
         "Ivo Lund wants the port to stay open all winter.",
         "Ivo Lund", "want", "the port to stay open all winter"),
    case("questioned-why",
         "Mayor Odo Brill questioned why the council met at midnight.",
         "Odo Brill", "question", "why the council met at midnight"),
    case("hopes-that",
         "Maren Voss hoped that the talks would resume next week.",
         "Maren Voss", "hope", "the talks would resume next week"),
]
# fmt: on


@pytest.mark.parametrize("text,speaker,cue,content", BELIEF)
def test_belief_with_a_clause_is_a_statement(run, text, speaker, cue, content):
    r = run(text)
    assert r.statement_by(speaker, cue=cue).content == content, r.summary()


# fmt: off
NOT_BELIEF = [
    # a bare infinitive or a noun object: an intention or a feeling, no statement
    case("wanted-to", "The Kelvar Union wanted to avoid a strike."),
    case("hopes-to", "Ivo Lund hopes to meet the mayor on Friday."),
    case("fears-noun", "Dara Quist fears a war."),
    case("expects-noun", "Dara Quist expects a hard winter."),
    case("questioned-noun", "Maren Voss was questioned by the police on Monday."),
]
# fmt: on


@pytest.mark.parametrize("text", NOT_BELIEF)
def test_belief_without_a_clause_states_nothing(run, text):
    r = run(text)
    assert r.ex.statements == (), r.summary()


# ---------------------------------------------------------------- a noun put forward

# fmt: off
NOUN_OBJECT = [
    # (text, speaker, cue, content)
    case("cited-problems",
         "At the forum, Lena Marsh cited problems in the harbour that she blamed on the "
         "council.",
         "Lena Marsh", "cite", "problems in the harbour that she blamed on the council"),
    case("mentioned-remarks",
         "Lena Marsh mentioned remarks about the port that the mayor had made.",
         "Lena Marsh", "mention", "remarks about the port that the mayor had made"),
    case("cited-as",
         "Lena Marsh cited the rise in rents as proof of neglect.",
         "Lena Marsh", "cite", "the rise in rents as proof of neglect"),
]
# fmt: on


@pytest.mark.parametrize("text,speaker,cue,content", NOUN_OBJECT)
def test_noun_object_put_forward(run, text, speaker, cue, content):
    r = run(text)
    assert r.statement_by(speaker, cue=cue).content == content, r.summary()


# fmt: off
NOT_NOUN_OBJECT = [
    # the object names a source, or is a bare noun: nothing put forward
    case("citing-officials", "The Kelvar Post reported the fire, citing officials in the port."),
    case("citing-a-report",
         "The Kelvar Post reported the fire, citing a report by the coast guard."),
    case("mentioned-bare", "Ivo Lund mentioned the weather."),
]
# fmt: on


@pytest.mark.parametrize("text", NOT_NOUN_OBJECT)
def test_no_statement_from_a_cited_source(run, text):
    r = run(text)
    assert all(s.cue not in {"cite", "mention"} for s in r.ex.statements), r.summary()
