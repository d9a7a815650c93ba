"""kg.extract events, tenth wave: courts, policing and harm on news nobody tuned the
engine for. Steps of justice told without a word of the lexicon ("appeared in court",
"taken into custody", "settled the case", "cleared of all charges", "a bail hearing");
law enforcement by its doers ("detectives questioned", "investigators searched"); harm
told by "hurt", "left five people dead", "took his own life"; illness is no attack ("a
heart attack"); an event to come ("will stand trial in May") takes the next May. And the
near misses of each, which must stay no event.

Every sentence is invented (names and places are made up). The articles are published on
Friday 2024-03-15.
"""

from __future__ import annotations

import pytest


def case(id_: str, *values, why: str | None = None):
    """One table row; ``why`` marks a documented engine failure (strict xfail)."""
    marks = [pytest.mark.xfail(strict=True, reason=why)] if why else []
    return pytest.param(*values, id=id_, marks=marks)


def with_word(r, word: str) -> list[str]:
    """The classes of the events whose trigger holds ``word``."""
    return [e.type for e in r.ex.events if word in e.trigger.lower()]


# ---------------------------------------------------------------- steps of justice

# fmt: off
JUSTICE = [
    # (text, trigger word)
    case("appeared-in-court", "The pair appeared in court in Orrin on Monday.", "appeared"),
    case("appeared-before", "Olsen appeared before a judge in Tesk.", "appeared"),
    case("sent-to-prison", "The accountant was sent to prison for six years.", "sent"),
    case("granted-bail", "The magistrate granted bail to the three dockers.", "granted"),
    case("refused-bail", "Brenn was refused bail on Tuesday.", "refused"),
    case("court-ruled", "A Tesk tribunal ruled in favour of the nurses' union.", "ruled"),
    case("will-rule", "The court will rule on the appeal in June.", "rule"),
    case("settled-case", "The club settled the case out of court.", "settled"),
    case("dropped-charges", "Prosecutors dropped the charges against the coach.", "dropped"),
    case("thrown-out", "The lawsuit was thrown out by the judge.", "thrown"),
    case("cleared-of", "The nurse was cleared of all charges.", "cleared"),
    case("accused-gerund", "The treasurer is accused of stealing funds from the choir.",
         "accused"),
    case("accused-crime", "Two officials were accused of bribery.", "accused"),
    case("admitted-counts", "Brenn admitted two counts of fraud.", "admitted"),
    case("pleaded-guilty", "The singer pleaded guilty to tax evasion.", "pleaded"),
    case("pleads-not-guilty", "The driver pleads not guilty.", "pleads"),
    case("custody", "Olsen was taken into custody on Friday.", "taken"),
    case("remanded", "The driver was remanded in custody until April.", "remanded"),
    case("questioned", "Detectives questioned the goalkeeper for six hours.", "questioned"),
    case("questioned-by", "The mayor was questioned by anti-corruption investigators.",
         "questioned"),
    case("interrogated", "The suspect was interrogated overnight.", "interrogated"),
    case("searched", "Investigators searched the offices of Lunet Pharma on Tuesday.",
         "searched"),
    case("police-search", "A police search of the flat found nothing.", "search"),
    case("bail-hearing", "A bail hearing is set for Monday.", "hearing"),
    case("hearing-in-court", "The hearing in court lasted two days.", "hearing"),
    case("inquiry", "An inquiry into the collapse of the stand began in May.", "inquiry"),
    case("inquest", "The coroner opened an inquest into the death of the climber.", "inquest"),
]
NOT_JUSTICE = [
    # (text, a word that must be no justice event)
    case("appeared-on-tv", "The singer appeared on television on Monday.", "appeared"),
    case("sent-troops", "The army sent troops to the border.", "sent"),
    case("granted-licence", "The ministry granted a licence to Delta Grain.", "granted"),
    case("ruled-country", "The king ruled the country for 40 years.", "ruled"),
    case("ruled-that", "The court ruled that the contract was void.", "ruled"),
    case("settled-in", "The family settled in Orrin in 1990.", "settled"),
    case("voters-questioned", "Voters questioned the plan.", "questioned"),
    case("searched-for-survivors", "Rescuers searched for survivors in the rubble.",
         "searched"),
    case("pleaded-for-calm", "Olsen pleaded for calm after the match.", "pleaded"),
    case("pleaded-with", "The mayor pleaded with the strikers to return.", "pleaded"),
    case("accused-of-lying", "Olsen is accused of lying by her rivals.", "accused"),
    case("dropped-striker", "The club dropped the striker for the final.", "dropped"),
    case("cleared-desk", "The minister cleared her desk on Friday.", "cleared"),
    case("parliament-hearing", "The parliamentary hearing was broadcast live.", "hearing"),
    case("admitted-that", "Brenn admitted that the plan had failed.", "admitted"),
    case("police-questioned-statement", "Police said the roads were closed.", "said"),
]
# fmt: on


@pytest.mark.parametrize(("text", "word"), JUSTICE)
def test_steps_of_justice_outside_the_lexicon(run, text, word):
    r = run(text)
    assert "JusticeEvent" in with_word(r, word), r.summary()


@pytest.mark.parametrize(("text", "word"), NOT_JUSTICE)
def test_near_misses_are_no_justice(run, text, word):
    r = run(text)
    assert "JusticeEvent" not in with_word(r, word), r.summary()


def test_the_enforcer_is_the_agent(run):
    r = run("Detectives questioned the goalkeeper for six hours.")
    assert r.labels(r.event("JusticeEvent", trigger="questioned").agents) == ["detectives"]


def test_a_raid_stays_an_attack(run):
    """A raid is the lexicon's attack whoever makes it (test_extract_events_w5)."""
    r = run("Police raided the Kelvar offices of Delta Grain on Tuesday.")
    r.event("ConflictEvent", trigger="raided")


# ---------------------------------------------------------------- harm

# fmt: off
HARM = [
    # (text, trigger words)
    case("were-hurt", "Four people were hurt in the blast.", "hurt"),
    case("hurt-object", "The falling crane hurt two workers in Orrin.", "hurt"),
    case("hurt-participle", "Six fans hurt in the crush were taken to hospital.", "hurt"),
    case("left-dead", "The crash left five people dead.", "left five people dead"),
    case("left-injured", "The storm left dozens of villagers injured.", "injured"),
    case("own-life", "The poet took her own life in 2019.", "took her own life"),
]
NOT_HARM = [
    case("hurt-sales", "The bad weather hurt sales in March.", "hurt"),
    case("left-without", "The storm left the town without power.", "left"),
    case("life-of-its-own", "The novel took on a life of its own.", "took"),
    case("left-the-club", "Olsen left the club in May.", "left"),
    case("hurt-chances", "The scandal hurt her chances of re-election.", "hurt"),
]
# fmt: on


@pytest.mark.parametrize(("text", "words"), HARM)
def test_harm_told_by_other_verbs(run, text, words):
    r = run(text)
    assert "LifeEvent" in with_word(r, words), r.summary()


@pytest.mark.parametrize(("text", "word"), NOT_HARM)
def test_near_misses_are_no_harm(run, text, word):
    r = run(text)
    assert "LifeEvent" not in with_word(r, word), r.summary()


# ---------------------------------------------------------------- illness is no attack

# fmt: off
ILLNESS = [
    case("heart", "Olsen suffered a heart attack during the match."),
    case("panic", "The pilot had a panic attack before take-off."),
    case("asthma", "A pupil died after an asthma attack at the school in Tesk."),
    case("cardiac", "The coach was taken to hospital after a suspected cardiac attack."),
]
ATTACKS = [
    case("rebels", "The rebels launched an attack on the convoy."),
    case("knife", "A knife attack outside the station injured two men."),
    case("cyber", "A cyber attack hit the bank on Monday."),
]
# fmt: on


@pytest.mark.parametrize("text", ILLNESS)
def test_an_illness_is_no_attack(run, text):
    r = run(text)
    assert "ConflictEvent" not in with_word(r, "attack"), r.summary()


@pytest.mark.parametrize("text", ATTACKS)
def test_attacks_stay_attacks(run, text):
    run(text).event("ConflictEvent", trigger="attack")


# ---------------------------------------------------------------- a deed to come

# fmt: off
TO_COME = [
    # (text, trigger, class, the next date)
    case("stand-trial", "The banker will stand trial in May.", "trial", "JusticeEvent",
         "2024-05"),
    case("face-hearing", "Brenn will face a bail hearing on April 2.", "hearing", "JusticeEvent",
         "2024-04-02"),
    case("stage-strike", "The dockers will stage a strike in June.", "strike",
         "ProtestEvent", "2024-06"),
]
# Past deeds keep the last such month ("opened in May" told in March is last May).
DONE = [
    case("stood-trial", "The banker stood trial in May.", "trial", "JusticeEvent", "2023-05"),
    case("opened-factory", "The carmaker opened a factory near Kelvar in May.", "opened",
         "BusinessEvent", "2023-05"),
]
# fmt: on


@pytest.mark.parametrize(("text", "trigger", "cls", "date"), TO_COME)
def test_a_deed_to_come_takes_the_next_date(run, text, trigger, cls, date):
    ev = run(text).event(cls, trigger=trigger)
    assert ev.date is not None and ev.date.value == date
    assert ev.factuality == "Future"


@pytest.mark.parametrize(("text", "trigger", "cls", "date"), DONE)
def test_a_deed_done_keeps_the_last_date(run, text, trigger, cls, date):
    ev = run(text).event(cls, trigger=trigger)
    assert ev.date is not None and ev.date.value == date
