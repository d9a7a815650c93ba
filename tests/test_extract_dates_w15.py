"""kg.extract event dates, wave fifteen (issue 11): dates the engine missed or took wrong.

- A month of a year named from the publication's ("in March last year", "May of this
  year") is that month; a season with "last" or "this" ("last summer") is its year, when
  only one season can be meant (not "last summer" told in October, nor any winter).
- A length that qualifies an event noun ("a three-day strike", "a week-long offensive")
  says how long, not when: the day of the clause still dates the noun.
- "The day before," / "the day after" with no event after it is a day counted from the
  day named last; "the day after the vote", "on the day of the vote" name no day the text
  gives (never the report's day).
- "resigned on Wednesday, a day after the vote", "two weeks before the election, rebels
  attacked X on Friday": the event counted from is that many days off the clause's day
  (uncounted, "days after the vote", it has none); a clause counted in weeks ("three
  weeks after she was convicted") too.

Every sentence is invented (names and places are made up). Publication days vary: a
Friday (2024-03-15), a Monday (2023-06-05), a Wednesday (2022-11-09) and a Sunday
(2025-01-12).
"""

from __future__ import annotations

import datetime as dt

import pytest
from cases import FRI, MON, WED, case, date_of

from kg.dates import resolve

SUN = "2025-01-12"


# ---------------------------------------------------------------- months of a named year, seasons

# fmt: off
YEAR_NAMED = [
    # (expression, published, value)
    case("month-last-year", "in March last year", FRI, "2023-03"),
    case("month-of-last-year", "March of last year", MON, "2022-03"),
    case("month-of-this-year", "in May of this year", WED, "2022-05"),
    case("month-next-year", "June next year", SUN, "2026-06"),
    case("last-summer-in-march", "last summer", FRI, "2023"),
    case("last-autumn-in-june", "last autumn", MON, "2022"),
    case("this-spring", "this spring", WED, "2022"),
    case("next-summer-in-november", "next summer", WED, "2023"),
    # near misses: a season that may be either of two, a winter, a season alone
    case("last-summer-in-november", "last summer", WED, None),
    case("last-winter", "last winter", FRI, None),
    case("the-summer", "in the summer", MON, None),
    case("next-summer-in-march", "next summer", FRI, None),
]
# fmt: on


@pytest.mark.parametrize(("expression", "published", "value"), YEAR_NAMED)
def test_month_of_named_year(expression, published, value):
    found = resolve(expression, published=dt.date.fromisoformat(published))
    assert (found.value if found else None) == value


# ---------------------------------------------------------------- events

# fmt: off
EVENT_DATES = [
    # (text, published, class, trigger, value)
    case("arrested-march-last-year", "Orla Brenn was arrested in March last year.", FRI,
         "JusticeEvent", "arrested", "2023-03"),
    case("closed-last-summer", "The Marrow brewery closed its Tarsk plant last summer.", FRI,
         "BusinessEvent", "closed", "2023"),
    # a length on the event noun is no time of it
    case("three-day-strike", "Nurses in Tarsk began a three-day strike on Monday.", FRI,
         "ProtestEvent", "strike", "2024-03-11"),
    case("two-day-visit", "The Veskan envoy began a two-day visit to Orrin on Wednesday.",
         MON, "MovementEvent", "visit", "2023-05-31"),
    case("week-long-offensive", "The Kelvar army launched a week-long offensive on Sunday.",
         WED, "ConflictEvent", "offensive", "2022-11-06"),
    case("month-long-strike-date", "Dockers at Halvik called off a month-long strike on "
         "Saturday.", SUN, "ProtestEvent", "strike", "2025-01-11"),
    # "the day before" / "the day after" counted from the day named last
    case("day-before-fronted", "Rebels took Tarsk on Sunday. The day before, they had "
         "shelled the town.", FRI, "ConflictEvent", "shelled", "2024-03-09"),
    case("day-after-fronted", "Militants stormed Orrin on Tuesday. The day after, they "
         "attacked the airport.", MON, "ConflictEvent", "attacked", "2023-05-31"),
    case("day-after-trailing", "Rebels took Tarsk on Sunday and shelled Orrin the day "
         "after.", WED, "ConflictEvent", "shelled", "2022-11-07"),
    # counted from the clause's day: the event the count sets apart
    case("day-after-vote", "The Veskan president resigned on Wednesday, a day after the "
         "vote.", FRI, "GovernanceEvent", "vote", "2024-03-12"),
    case("two-days-after-election", "The Marlow premier quit on Friday, two days after the "
         "election.", MON, "GovernanceEvent", "election", "2023-05-31"),
    case("day-after-fronted-count", "A day after the vote, the Veskan president resigned on "
         "Tuesday.", WED, "GovernanceEvent", "vote", "2022-11-07"),
    case("weeks-before-election", "Two weeks before the election, rebels attacked Tarsk on "
         "Friday.", SUN, "GovernanceEvent", "election", "2025-01-24"),
    case("hours-after-kept", "Hours after the attack, police arrested Orla Brenn on Sunday.",
         FRI, "ConflictEvent", "attack", "2024-03-10"),
    case("weeks-after-clause", "Orla Brenn was sentenced on Friday, three weeks after she was "
         "convicted of fraud.", MON, "JusticeEvent", "convicted", "2023-05-12"),
    case("days-after-clause", "The strike began on Monday, three days after talks "
         "collapsed.", FRI, "ContactEvent", "talks", "2024-03-08"),
]

NOT_DATED = [
    # (text, published, class, trigger)
    case("day-before-nothing-named", "The day before, police had arrested two men.", FRI,
         "JusticeEvent", "arrested"),
    case("day-after-the-vote", "The day after the vote, the Veskan president resigned.", MON,
         "PersonnelEvent", "resigned"),
    case("day-of-the-vote", "On the day of the vote, rebels attacked Tarsk.", WED,
         "ConflictEvent", "attacked"),
    case("day-before-the-vote", "The Veskan president resigned the day before the vote.", SUN,
         "PersonnelEvent", "resigned"),
    case("days-after-uncounted", "Police arrested Orla Brenn on Thursday, days after the "
         "attack.", FRI, "ConflictEvent", "attack"),
    case("count-without-day", "Police arrested Orla Brenn a day after the attack.", MON,
         "ConflictEvent", "attack"),
    case("length-alone", "Nurses in Tarsk began a three-day strike.", WED, "ProtestEvent",
         "strike"),
]
# fmt: on


@pytest.mark.parametrize(("text", "published", "cls", "trigger", "value"), EVENT_DATES)
def test_event_date(run, text, published, cls, trigger, value):
    r = run(text, published=published)
    assert date_of(r.event(cls, trigger=trigger)) == value, r.summary()


@pytest.mark.parametrize(("text", "published", "cls", "trigger"), NOT_DATED)
def test_event_not_dated(run, text, published, cls, trigger):
    r = run(text, published=published)
    assert date_of(r.event(cls, trigger=trigger)) is None, r.summary()


# ---------------------------------------------- a deed of the sentence before, told again

# fmt: off
TOLD_AGAIN = [
    # (text, published, class, trigger, value)
    case("the-attack", "Rebels attacked Orrin on Tuesday. The attack killed four guards.", FRI,
         "ConflictEvent", "attack", "2024-03-12"),
    case("the-arrests", "Police arrested two men in Tarsk on Monday. The arrests followed a "
         "raid on a warehouse.", WED, "JusticeEvent", "arrests", "2022-11-07"),
    case("their-strike", "Nurses in Orrin walked out on Saturday. Their strike has closed 40 "
         "clinics.", MON, "ProtestEvent", "strike", "2023-06-03"),
    case("given-sentence", "A court in Tarsk convicted Orla Brenn on Tuesday. She was given a "
         "ten-year sentence.", SUN, "JusticeEvent", "sentence", "2025-01-07"),
    # a term of years is no time of its sentence: the deed goes on from the one before
    case("sentenced-to-years", "A court in Tarsk convicted Orla Brenn on Tuesday. She was "
         "sentenced to six years.", FRI, "JusticeEvent", "sentenced", "2024-03-12"),
    case("jailed-to-months", "Judges in Orrin convicted Tomas Varn on Friday. He was "
         "sentenced to 18 months in prison.", MON, "JusticeEvent", "sentenced", "2023-06-02"),
    # a passive with no doer, of the people of the scene, goes on with the deed before
    case("were-arrested", "Police raided a house in Tarsk on Monday. Two men were arrested.",
         FRI, "JusticeEvent", "arrested", "2024-03-11"),
    case("were-killed", "Rebels stormed Orrin on Tuesday. Four guards were killed.", WED,
         "LifeEvent", "killed", "2022-11-08"),
    case("was-detained", "Customs officers searched a ship at Halvik on Saturday. A crew "
         "member was detained.", SUN, "JusticeEvent", "detained", "2025-01-11"),
]

NOT_TOLD_AGAIN = [
    # (text, published, class, trigger)
    case("previous-attack", "Rebels shelled Orrin on Tuesday. The previous attack killed six "
         "guards.", FRI, "ConflictEvent", "attack"),
    case("an-attack", "Rebels shelled Orrin on Tuesday. An attack on Tarsk killed six guards.",
         WED, "ConflictEvent", "attack"),
    case("new-paragraph", "Rebels shelled Orrin on Tuesday.\n\nThe attack killed four guards.",
         MON, "ConflictEvent", "attack"),
    case("other-kind", "Rebels attacked Orrin on Tuesday. The arrests followed a raid.", SUN,
         "JusticeEvent", "arrests"),
    case("held-for-years", "Rebels took Tarsk on Tuesday. They held the town for years.", FRI,
         "ControlEvent", "held"),
    case("passive-by-doer", "Rebels stormed Orrin on Tuesday. The town was captured by "
         "Veskan troops.", MON, "ControlEvent", "captured"),
    case("passive-reported", "Police raided a house in Tarsk on Monday. Two men were "
         "arrested, residents said.", WED, "JusticeEvent", "arrested"),
    case("passive-named", "Police raided a house in Tarsk on Monday. Orla Brenn was "
         "arrested.", SUN, "JusticeEvent", "arrested"),
    case("active-other-side", "The army shelled Orrin on Saturday. Rebels attacked a "
         "checkpoint near Tarsk.", FRI, "ConflictEvent", "attacked"),
]
# fmt: on


@pytest.mark.parametrize(("text", "published", "cls", "trigger", "value"), TOLD_AGAIN)
def test_event_told_again(run, text, published, cls, trigger, value):
    r = run(text, published=published)
    assert date_of(r.event(cls, trigger=trigger)) == value, r.summary()


@pytest.mark.parametrize(("text", "published", "cls", "trigger"), NOT_TOLD_AGAIN)
def test_event_not_told_again(run, text, published, cls, trigger):
    r = run(text, published=published)
    assert date_of(r.event(cls, trigger=trigger)) is None, r.summary()


# ---------------------------------------------- a deed to come, dated by its telling

# fmt: off
TOLD_ON_A_DAY = [
    # (text, published, class, trigger, value): the day is that of the verb that tells or
    # decides the deed, itself done: that day, not the same weekday a week later
    case("agreed-firms-said", "Norvik Steel has agreed to buy Castell Metals, the companies "
         "said on Monday.", FRI, "TransactionEvent", "buy", "2024-03-11"),
    case("said-plans-to", "Norvik Steel said on Tuesday it plans to cut 400 jobs.", FRI,
         "PersonnelEvent", "cut", "2024-03-12"),
    case("announced-intends", "Castell Metals announced on Monday it intends to close its "
         "Orrin plant.", WED, "BusinessEvent", "close", "2022-11-07"),
    case("agreed-to-meet", "The two Veskan parties agreed on Thursday to meet.", MON,
         "ContactEvent", "meet", "2023-06-01"),
    # near misses: a day of the deed itself, or of a deed above it that is also to come
    case("own-day-ahead", "The two Veskan parties agreed on Monday to meet on Thursday.",
         FRI, "ContactEvent", "meet", "2024-03-14"),
    case("trip-to-come", "Orla Brenn said she would travel to Tarsk on Sunday to meet the "
         "governor.", FRI, "ContactEvent", "meet", "2024-03-17"),
    case("plan-own-day", "The envoy plans to travel to Tarsk to meet the rebels on Tuesday.",
         WED, "ContactEvent", "meet", "2022-11-15"),
    case("call-for-day", "The dockers' union called for a protest on March 29.", FRI,
         "ProtestEvent", "protest", "2024-03-29"),
]
# fmt: on


@pytest.mark.parametrize(("text", "published", "cls", "trigger", "value"), TOLD_ON_A_DAY)
def test_deed_to_come_told_on_a_day(run, text, published, cls, trigger, value):
    r = run(text, published=published)
    assert date_of(r.event(cls, trigger=trigger)) == value, r.summary()


# ---------------------------------------------------------------- an event noun's own clause first

# fmt: off
OWN_CLAUSE = [
    # (text, published, class, trigger, value): the clause that tells when the event noun
    # took place or was done dates it before the clause it stands in does
    case("murder-committed", "Orla Brenn was sentenced on Tuesday for a murder committed in "
         "2019.", FRI, "LifeEvent", "murder", "2019"),
    case("killing-committed", "Tarsk police on Monday arrested a man over a killing "
         "committed last year.", WED, "LifeEvent", "killing", "2021"),
    case("strike-began-will-go-on", "The strike, which began on Tuesday, will continue until "
         "Friday.", FRI, "ProtestEvent", "strike", "2024-03-12"),
    case("trial-began-adjourned", "The trial, which began on Monday, was adjourned on "
         "Wednesday.", SUN, "JusticeEvent", "trial", "2025-01-06"),
    case("attack-carried-out", "The attack, carried out on Sunday, killed six soldiers.", MON,
         "ConflictEvent", "attack", "2023-06-04"),
    # near misses: a clause that is no taking place of the noun; no clause at all
    case("plant-opened", "The Orrin plant, which opened in 1990, closed on Monday.", WED,
         "BusinessEvent", "closed", "2022-11-07"),
    case("no-own-clause", "Orla Brenn was sentenced on Tuesday for the murder.", MON,
         "LifeEvent", "murder", "2023-05-30"),
]
# fmt: on


@pytest.mark.parametrize(("text", "published", "cls", "trigger", "value"), OWN_CLAUSE)
def test_own_clause_first(run, text, published, cls, trigger, value):
    r = run(text, published=published)
    assert date_of(r.event(cls, trigger=trigger)) == value, r.summary()


# ---------------------------------------------------------------- a headline dated by its lead

# fmt: off
HEADLINES = [
    # (text, published, class, trigger, value): a first line of its own, with no full
    # stop, tells the lead's news; its event has the day of the lead's event of its kind
    case("jails", "Tarsk court jails former mayor for bribery\n\nA court in Tarsk on Tuesday "
         "sentenced the former mayor, Henrik Osk, to eight years.", FRI, "JusticeEvent",
         "jails", "2024-03-12"),
    case("seize", "Rebels seize Orrin airport as army pulls out\n\nRebels seized the airport "
         "in Orrin on Sunday, residents said.", MON, "ControlEvent", "seize", "2023-06-04"),
    case("strike", "Halvik dockers strike over pay\n\nDockers at the port of Halvik walked "
         "out on Wednesday in a dispute over pay.", SUN, "ProtestEvent", "strike",
         "2025-01-08"),
]

NOT_HEADLINES = [
    # (text, published, class, trigger): a first sentence with a full stop; a headline
    # whose kind of event the lead does not date; a headline of a deed to come
    case("first-sentence", "Rebels seize Orrin airport.\n\nRebels seized the airport in "
         "Orrin on Sunday.", FRI, "ControlEvent", "seize"),
    case("other-kind", "Rebels seize Orrin airport\n\nPolice arrested two men in Tarsk on "
         "Sunday.", WED, "ControlEvent", "seize"),
    case("to-come", "Norvik to buy Castell in $2 billion deal\n\nNorvik Steel said on Monday "
         "it had agreed to buy Castell Metals for $2 billion.", MON, "TransactionEvent",
         "buy"),
]
# fmt: on


@pytest.mark.parametrize(("text", "published", "cls", "trigger", "value"), HEADLINES)
def test_headline_dated_by_lead(run, text, published, cls, trigger, value):
    r = run(text, published=published)
    assert date_of(r.event(cls, trigger=trigger)) == value, r.summary()


@pytest.mark.parametrize(("text", "published", "cls", "trigger"), NOT_HEADLINES)
def test_headline_not_dated(run, text, published, cls, trigger):
    r = run(text, published=published)
    assert date_of(r.event(cls, trigger=trigger)) is None, r.summary()


# ---------------------------------------------- a day inside "after"/"before" an event

# fmt: off
APART = [
    # (text, published, class, trigger, value): the day inside an uncounted "after the
    # vote on Sunday" is the vote's; the deed after or before it has no day of it
    case("after-vote-sunday", "After the vote on Sunday, the Veskan president resigned.", FRI,
         "PersonnelEvent", "resigned", None),
    case("before-election-may", "Before the election in May, rebels attacked Tarsk.", MON,
         "ConflictEvent", "attacked", None),
    case("days-after-dated", "Police arrested Orla Brenn days after the attack on Sunday.",
         WED, "JusticeEvent", "arrested", None),
    case("vote-keeps-its-day", "After the vote on Sunday, the Veskan president resigned.", FRI,
         "GovernanceEvent", "vote", "2024-03-10"),
    # near misses: a count of hours or days, a day of the word of time itself
    case("hours-after-dated", "Hours after the attack on Sunday, police arrested Orla Brenn.",
         SUN, "JusticeEvent", "arrested", "2025-01-12"),
    case("two-days-after", "Two days after the attack on Sunday, police arrested Orla Brenn.",
         FRI, "JusticeEvent", "arrested", "2024-03-12"),
    case("before-a-day", "Rebels withdrew from Tarsk before Sunday.", MON, "MovementEvent",
         "withdrew", "2023-06-04"),
]
# fmt: on


@pytest.mark.parametrize(("text", "published", "cls", "trigger", "value"), APART)
def test_day_inside_after_an_event(run, text, published, cls, trigger, value):
    r = run(text, published=published)
    assert date_of(r.event(cls, trigger=trigger)) == value, r.summary()
