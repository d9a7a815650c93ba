"""kg.extract statements around a quotation whose words the small model hangs on the cue
that follows it: an elliptical modal of the quotation ("but they will") read as the
cue's own, a verb phrase between a quoted title and a conjoined cue read as the name of
a speaker, and a quotation with a cue and speaker of its own handed to the previous
speaker when no statement could be made of its cue.

Every sentence is invented. The articles are published on Friday 2024-03-15.
"""

from __future__ import annotations

import pytest
from cases import case


def _said(r, speaker: str, words: str) -> bool:
    """Whether some statement by ``speaker`` holds ``words`` (case aside)."""
    return any(words.lower() in s.content.lower() for s in r.statements_by(speaker))


# ---------------------------------------------------------------- the quotation's modal

# fmt: off
ELLIPTICAL_MODAL = [
    # (text, speaker, words the content must contain)
    case("will-at-some-point", "\"If the council doesn't have the money yet, it will at some "
         "point, likely within the year,\" said Piet Olsen, an engineer.",
         "Piet Olsen", "it will at some point"),
    case("they-will-sooner-or-later", "\"They haven't won yet, but they will, sooner or "
         "later,\" said Ada Moreno.", "Ada Moreno", "but they will"),
    case("someone-will-eventually", "\"Nobody has come forward yet, though someone will, "
         "eventually,\" said Tomas Brenn.", "Tomas Brenn", "though someone will"),
    case("club-will-in-time", "\"The club has not paid the fine yet, but it will at some "
         "stage, maybe sooner than people think,\" said Hana Liddell, the club's treasurer.",
         "Hana Liddell", "the club has not paid the fine"),
    case("name-before-cue", "\"We have not signed the lease yet, but we will, one day,\" "
         "Ilkka Vanhanen told reporters in Orrin.", "Ilkka Vanhanen",
         "we have not signed the lease"),
    case("two-sentences", "Delta Grain closed two mills in March. \"The others have not "
         "closed yet, and they may never, if prices hold,\" said Ilkka Vanhanen.",
         "Ilkka Vanhanen", "the others have not closed"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "words"), ELLIPTICAL_MODAL)
def test_quote_elliptical_modal_is_not_the_cues(run, text, speaker, words):
    r = run(text)
    assert _said(r, speaker, words), r.summary()


# fmt: off
MODAL_CUES = [
    # a cue under its own modal reports nothing said yet
    case("will-announce", "Ada Moreno will announce on Monday that the mill is closing."),
    case("can-declare", "Only the council can declare that the vote was valid."),
    case("could-confirm-later", "Piet Olsen could confirm later that the pier was safe."),
    case("may-say-quoted-before", "The pier is safe, and Piet Olsen may say so on Monday."),
]
# fmt: on


@pytest.mark.parametrize("text", MODAL_CUES)
def test_quote_cue_under_its_own_modal_says_nothing(run, text):
    r = run(text)
    assert not r.ex.statements, r.summary()


# ---------------------------------------------------- a verb between the quote and the cue

# fmt: off
CONJOINED_CUE = [
    # (text, speaker, the agent named between that must not speak, content words)
    case("parade-organised-by", "Ilsa Dorn, the former mayor, praised the crew during a "
         "\"Harbour Day\" parade organised by the Orrin Rowing Club and said the town owed "
         "them a debt.", "Ilsa Dorn", "Orrin Rowing Club", "the town owed them a debt"),
    case("fair-hosted-by", "Tomas Brenn opened the \"Spring Fair\" hosted by Delta Grain and "
         "said prices would fall.", "Tomas Brenn", "Delta Grain", "prices would fall"),
    case("forum-sponsored-by", "Ada Moreno spoke at a \"Tenants First\" forum sponsored by "
         "the Marlow Housing Trust and said rents were too high.", "Ada Moreno",
         "Marlow Housing Trust", "rents were too high"),
    case("show-run-by", "Piet Olsen appeared on the \"Harbour Hour\" show run by Radio Orrin "
         "and insisted that the pier was safe.", "Piet Olsen", "Radio Orrin",
         "the pier was safe"),
    case("report-written-by", "Hana Liddell cited the \"Clean Water\" report written by the "
         "Kelvar Institute and warned that the wells were failing.", "Hana Liddell",
         "Kelvar Institute", "the wells were failing"),
    case("award-given-by", "Anton Weir accepted the \"Golden Oar\" award given by the Orrin "
         "Rowing Club and announced that he would retire.", "Anton Weir",
         "Orrin Rowing Club", "he would retire"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "agent", "words"), CONJOINED_CUE)
def test_quote_title_agent_does_not_take_the_conjoined_cue(run, text, speaker, agent, words):
    r = run(text)
    assert not _said(r, agent, words), r.summary()
    assert _said(r, speaker, words), r.summary()


# fmt: off
NAMED_BEFORE_CUE = [
    # the name between the closing quotation mark and the cue still speaks
    case("shaken-name", "\"We lost everything,\" a visibly shaken Ada Moreno said.",
         "Ada Moreno", "We lost everything"),
    case("role-and-name", "\"The pier is closed,\" retired harbour master Piet Olsen said "
         "on Monday.", "Piet Olsen", "The pier is closed"),
    case("organisation", "\"There is no plan,\" the Kelvar Militia said in a statement.",
         "Kelvar Militia", "There is no plan"),
    case("name-told", "\"We will not sign the deal,\" Tomas Brenn told journalists in "
         "Orrin.", "Tomas Brenn", "We will not sign the deal"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "words"), NAMED_BEFORE_CUE)
def test_quote_name_before_cue_still_speaks(run, text, speaker, words):
    r = run(text)
    assert _said(r, speaker, words), r.summary()


# ---------------------------------------------------------------- a quotation with its own cue

# fmt: off
OWN_CUE = [
    # (text, the earlier speaker, words of the second quotation they must not be given)
    case("union-source", "\"The vote was rigged,\" said Ada Moreno.\n\n\"It is a disgrace "
         "and nobody will accept it,\" said one union source on the panel.", "Ada Moreno",
         "disgrace"),
    case("senior-official", "\"The pier will reopen in May,\" said Piet Olsen.\n\n\"Nobody "
         "has checked the pilings for ten years,\" a senior harbour official said.",
         "Piet Olsen", "pilings"),
    case("another-resident", "\"The water is brown again,\" said Hana Liddell.\n\n\"We "
         "have complained to the board four times this year,\" added another resident.",
         "Hana Liddell", "complained"),
    case("document", "\"The mill is safe,\" said Ilkka Vanhanen.\n\n\"Two inspections found "
         "cracks in the east wall of the building,\" the report said.", "Ilkka Vanhanen",
         "cracks"),
]
# fmt: on


@pytest.mark.parametrize(("text", "earlier", "words"), OWN_CUE)
def test_quote_with_its_own_cue_is_no_orphan(run, text, earlier, words):
    r = run(text)
    assert not _said(r, earlier, words), r.summary()


# fmt: off
ORPHANS = [
    # a quotation with no cue of its own, or only "he said", goes on with the speaker
    case("next-paragraph", "\"The vote was rigged,\" said Ada Moreno.\n\n\"Nobody in this "
         "town will accept the count.\"", "Ada Moreno", "Nobody in this town"),
    case("pronoun-cue", "\"The pier will reopen in May,\" said Piet Olsen on Monday.\n\n"
         "\"Nobody has checked the pilings for ten years,\" he said.", "Piet Olsen",
         "pilings"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "words"), ORPHANS)
def test_quote_without_a_cue_of_its_own_goes_on(run, text, speaker, words):
    r = run(text)
    assert _said(r, speaker, words), r.summary()


# ------------------------------------------------------ reminding, and speech by its sound

# fmt: off
REMINDING_AND_SOUNDS = [
    # (text, speaker, cue, words the content must contain)
    case("remind-council", "Ada Moreno reminded the council that the budget was due in May.",
         "Ada Moreno", "remind", "the budget was due in May"),
    case("remind-date-between", "The Kelvar Militia reminded residents on Sunday that the "
         "curfew was still in force.", "Kelvar Militia", "remind", "the curfew was still"),
    case("notify", "Delta Grain notified its workers that the Orrin mill would close.",
         "Delta Grain", "notify", "the Orrin mill would close"),
    case("sigh", "\"We have done nothing wrong,\" Tomas Brenn sighed.", "Tomas Brenn",
         "sigh", "We have done nothing wrong"),
    case("scream-inverted", "\"Get out of the building,\" screamed Piet Olsen.", "Piet Olsen",
         "scream", "Get out of the building"),
    case("groan", "\"Nobody told us anything,\" Hana Liddell groaned.", "Hana Liddell",
         "groan", "Nobody told us anything"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "cue", "words"), REMINDING_AND_SOUNDS)
def test_reminding_and_sounds_of_speech_are_cues(run, text, speaker, cue, words):
    r = run(text)
    s = r.statement_by(speaker, cue=cue)
    assert words in s.content, r.summary()


# fmt: off
SOUNDS_ALONE = [
    # with no clause and no quotation they say nothing
    case("laughed-at", "Ada Moreno laughed at the idea."),
    case("sighed-and-left", "Tomas Brenn sighed and left the room."),
    case("cried-after", "Piet Olsen cried after the final whistle."),
    case("reminds-of", "Ada Moreno reminded everyone of the flood."),
    case("plaque", "The plaque at the Orrin pier reminds visitors that the flood was real."),
]
# fmt: on


@pytest.mark.parametrize("text", SOUNDS_ALONE)
def test_sounds_and_reminders_without_words_say_nothing(run, text):
    r = run(text)
    assert not r.ex.statements, r.summary()


# ---------------------------------------------------------------- a role word as a surname

# fmt: off
COURTESY_SURNAMES = [
    # (text, speaker, words): a word that is a role elsewhere is a surname after "Mr."
    case("mr-king-told", "\"The pier is safe,\" Mr. King told reporters on Monday.", "King",
         "The pier is safe"),
    case("ms-bishop-said", "Ms. Bishop said the school would reopen in May.", "Bishop",
         "the school would reopen"),
    case("dr-major-said", "Later, Dr. Major said the clinic in Orrin was full.", "Major",
         "the clinic in Orrin was full"),
    case("full-name-first", "Tomas King spoke on Monday. \"We will appeal,\" Mr. King said.",
         "Tomas King", "We will appeal"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "words"), COURTESY_SURNAMES)
def test_a_role_word_after_a_courtesy_title_is_a_surname(run, text, speaker, words):
    r = run(text)
    assert _said(r, speaker, words), r.summary()


# fmt: off
ROLES_NOT_NAMES = [
    # (text, the role word that must not become a person)
    case("address", "\"Thank you, Mr. President,\" Ada Moreno said.", "President"),
    case("the-king", "The King said the pier would reopen.", "King"),
    case("madam-speaker", "\"Order, Madam Speaker,\" Tomas Brenn shouted.", "Speaker"),
]
# fmt: on


@pytest.mark.parametrize(("text", "word"), ROLES_NOT_NAMES)
def test_a_role_word_in_address_is_no_person(run, text, word):
    r = run(text)
    assert r.find_entity(word) is None, r.summary()


# ---------------------------------------------------------------- "according to" a document

# fmt: off
ACCORDING_TO_DOCUMENT = [
    # (text, speaker, words the content must contain)
    case("statement-released-by", "According to a statement released by the Kelvar Militia, "
         "the bridge fell on Sunday.", "Kelvar Militia", "the bridge fell"),
    case("briefing-given-by-at-end", "The plan would cost millions, according to a briefing "
         "given by Hana Liddell, a former adviser.", "Hana Liddell",
         "The plan would cost millions"),
    case("the-statement-back", "The Kelvar Militia issued a statement on Sunday. According "
         "to the statement, the bridge fell.", "Kelvar Militia", "the bridge fell"),
    case("letter-sent-by", "According to a letter sent by Delta Grain to its workers, two "
         "mills lost money.", "Delta Grain", "two mills lost money"),
    case("report-issued-by-at-end", "The water was safe, according to a report issued on "
         "Monday by the Orrin Health Board.", "Orrin Health Board", "The water was safe"),
    case("the-letter-back", "Delta Grain wrote to its workers in March. The mills had lost "
         "money, according to the letter.", "Delta Grain", "The mills had lost money"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "words"), ACCORDING_TO_DOCUMENT)
def test_according_to_a_document_names_its_author(run, text, speaker, words):
    r = run(text)
    s = r.statement_by(speaker, cue="according to")
    assert words in s.content, r.summary()


# fmt: off
ACCORDING_TO_NO_ONE = [
    # a document whose author the text does not give: no speaker
    case("the-statement-alone", "According to the statement, the bridge fell."),
    case("figures-released-by", "According to figures released by the Orrin Health Board on "
         "Monday, 40 people died."),  # counts are no statement of their publisher's
    case("released-on-sunday", "According to a statement released on Sunday, the bridge "
         "fell."),
    case("report-about-someone", "According to a report about Ada Moreno, the plan would "
         "cost millions."),
]
# fmt: on


@pytest.mark.parametrize("text", ACCORDING_TO_NO_ONE)
def test_according_to_an_unauthored_document_names_no_one(run, text):
    r = run(text)
    assert not [s for s in r.ex.statements if s.cue == "according to"], r.summary()


# ---------------------------------------------------------------- "they said" inside a quotation

# fmt: off
QUOTED_THEY = [
    # (text, the body "they" must not be read as)
    case("told-outlet-that", "Calling the inquiry a stunt, Tomas Brenn told Radio Orrin that "
         "\"they came for Piet since they felt he ought to have been far stricter.\"",
         "Radio Orrin"),
    case("spoke-to-outlet", "Tomas Brenn spoke to Radio Orrin on Monday: \"They told us the "
         "bridge was safe, and they lied about it.\"", "Radio Orrin"),
    case("addressed-association", "Ada Moreno addressed the Greyfield Tenants Association: "
         "\"We want to be clear. They say the rent is fair, but nobody believes them.\"",
         "Greyfield Tenants Association"),
    case("second-sentence", "Piet Olsen met the Orrin Harbour Trust on Friday. \"The pier "
         "is old. They claim it is safe, but I have seen the cracks,\" Olsen said.",
         "Orrin Harbour Trust"),
]
# fmt: on


@pytest.mark.parametrize(("text", "body"), QUOTED_THEY)
def test_quoted_they_is_no_body_of_the_article(run, text, body):
    r = run(text)
    assert not r.statements_by(body), r.summary()


# fmt: off
FRAME_THEY = [
    # "they" outside the quotation, or right after it, is the article's
    case("after-closing-mark", "The Kelvar Militia spoke on Monday. \"The bridge is ours,\" "
         "they said.", "Kelvar Militia", "The bridge is ours"),
    case("plain-sentence", "The Kelvar Militia met on Monday. They said the bridge had "
         "fallen.", "Kelvar Militia", "the bridge had fallen"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "words"), FRAME_THEY)
def test_they_of_the_article_still_speaks(run, text, speaker, words):
    r = run(text)
    assert _said(r, speaker, words), r.summary()


# ---------------------------------------------------------------- a time clause is no content

# fmt: off
TIME_CLAUSE = [
    # (text, speaker, cue, words the content holds, words it must not hold)
    case("described-when-mayor", "Ada Moreno once described the harbour plan as \"a "
         "disaster\" when she was mayor.", "Ada Moreno", "describe", "the harbour plan",
         "she was mayor"),
    case("described-when-spoke", "Ada Moreno described the plan as a disaster when she "
         "spoke in Orrin.", "Ada Moreno", "describe", "the plan as a disaster",
         "she spoke in Orrin"),
    case("criticised-while", "Tomas Brenn criticised the budget while he was visiting "
         "Kelvar.", "Tomas Brenn", "criticise", "the budget", "he was visiting"),
    case("nested-described", "Piet Olsen said on Friday that Hana Liddell once described "
         "the pier as \"the finest on the coast\" when she ran the port.", "Hana Liddell",
         "describe", "the pier", "she ran the port",
         why="the parser hangs the time clause inside the quoted phrase after 'as', whose "
         "whole subtree is the content"),
    case("praised-after", "Ilsa Dorn praised the crew after they had rescued two "
         "fishermen.", "Ilsa Dorn", "praise", "the crew", "they had rescued"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "cue", "words", "not_words"), TIME_CLAUSE)
def test_a_time_clause_is_no_content(run, text, speaker, cue, words, not_words):
    r = run(text)
    s = r.statement_by(speaker, cue=cue)
    assert words in s.content and not_words not in s.content, r.summary()


# fmt: off
UNMARKED_CLAUSE = [
    # a clause with no subordinating word after the cue is still what was said
    case("said-after-the-vote", "Tomas Brenn said after the vote he would resign.",
         "Tomas Brenn", "say", "he would resign"),
    case("said-on-monday", "Ada Moreno said on Monday the pier would reopen.",
         "Ada Moreno", "say", "the pier would reopen"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "cue", "words"), UNMARKED_CLAUSE)
def test_an_unmarked_clause_is_still_content(run, text, speaker, cue, words):
    r = run(text)
    assert words in r.statement_by(speaker, cue=cue).content, r.summary()


# ---------------------------------------------------------------- contesting a race

# fmt: off
RUNNING_FOR = [
    # (text, candidate): "contest" with a race or a place is running, no denial
    case("state", "Both Ada Moreno and Tomas Brenn are heavily contesting Kelvar, a state "
         "they must win.", "Ada Moreno"),
    case("seat", "Ada Moreno is contesting the Orrin seat for the Harbour Party.",
         "Ada Moreno"),
    case("primary", "Tomas Brenn will not contest the Kelvar primary in June.", "Tomas Brenn"),
    case("leadership", "Hana Liddell contested the party leadership in 2019.",
         "Hana Liddell"),
    case("nomination", "Piet Olsen has contested the nomination twice.", "Piet Olsen"),
]
# fmt: on


@pytest.mark.parametrize(("text", "candidate"), RUNNING_FOR)
def test_contesting_a_race_is_no_denial(run, text, candidate):
    r = run(text)
    assert not [s for s in r.statements_by(candidate) if s.cue == "contest"], r.summary()


# fmt: off
DISPUTING = [
    # (text, speaker, words): contesting a ruling, a result or a claim still denies
    case("ruling", "Delta Grain contested the ruling in court.", "Delta Grain", "the ruling"),
    case("result", "Ada Moreno contested the result of the vote.", "Ada Moreno",
         "the result of the vote"),
    case("claim", "The Kelvar Militia contested the army's claim that the bridge had fallen.",
         "Kelvar Militia", "the bridge had fallen"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "words"), DISPUTING)
def test_contesting_a_ruling_or_claim_denies(run, text, speaker, words):
    r = run(text)
    s = r.statement_by(speaker, cue="contest")
    assert s.stance == "Deny" and words in s.content, r.summary()
