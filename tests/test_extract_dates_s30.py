"""kg.extract event dates, session 30 (issue 11): deeds a dated statement reports in the
past perfect, calls told on a past weekday, habits, deaths an attack on a day caused.

- A deed a statement made on a named day tells in the past perfect is the news of that
  statement and has its day, whatever its class ("Delta Grain said on Tuesday it had
  bought two mills", "police said on Wednesday they had arrested six men", "announced on
  Monday that it had acquired Y"): the convention the engine kept for control only. Not
  one the text sets before ("had already bought", "had twice attacked", "had seized it
  years ago", "had attacked it before the truce"), one that never was ("had never
  attacked"), one that went on ("had been shelling it for weeks"), nor one told by an
  undated statement.
- "called for a ceasefire on Thursday", told on a Friday: the weekday is the call's, and
  what is called for has no day (not the next Thursday); a day still ahead ("called for a
  protest on March 29") or a call to come ("will call for talks on Monday") stays.
- "every Monday", "each Sunday": a day told as a habit names no day (the tagger leaves
  "every" out of the date); a day beside it still does ("on Monday, as they do every
  week").
- The deed one is judged or blamed for ("sentenced on Monday for ordering the killing",
  "accused on Monday of attacking the convoy") has not the day of the judgement; a day of
  its own it keeps.
- A death a relative clause tells of an attack on a named day ("a bomb attack on Monday
  that killed six", "the raid on Sunday, which wounded two") has the attack's day; not a
  toll so far ("the shelling, which began on Monday, has killed six").

Every sentence is invented (names and places are made up). Publication days vary: a
Friday (2024-03-15), a Monday (2023-06-05) and a Wednesday (2022-11-09).
"""

from __future__ import annotations

import pytest
from cases import FRI, MON, WED, case, date_of

# fmt: off
REPORTED_DEEDS = [
    # (text, published, class, trigger, value)
    case("bought", "Delta Grain said on Tuesday it had bought two mills in Kelvar.", FRI,
         "TransactionEvent", "bought", "2024-03-12"),
    case("announced-acquired", "Delta Grain announced on Thursday that it had acquired "
         "Orrin Mills.", MON, "TransactionEvent", "acquired", "2023-06-01"),
    case("police-arrested", "The Tesk police said on Monday they had arrested six men in "
         "Brisko.", WED, "JusticeEvent", "arrested", "2022-11-07"),
    case("army-rebels-attacked", "The Orrin army said on Thursday that rebels had attacked a "
         "checkpoint near Morlin.", FRI, "ConflictEvent", "attacked", "2024-03-14"),
    case("resigned", "Anna Kovacs said on Saturday that she had resigned from the Veskan "
         "People's Party.", MON, "PersonnelEvent", "resigned", "2023-06-03"),
    case("told-reporters", "Oren Tasz told reporters on Monday that the Kavar Front had "
         "ambushed an army convoy.", WED, "ConflictEvent", "ambushed", "2022-11-07"),
    case("statement-fronted", "On Tuesday, the Kavar Front said it had seized Tallen.", FRI,
         "ControlEvent", "seized", "2024-03-12"),
    case("had-fled", "Ivan Petrov said on Monday that Tomas Berg had fled to Halvik.", FRI,
         "MovementEvent", "fled", "2024-03-11"),
    case("second-conjunct", "Ada Moreno said on Sunday the rebels had seized the port and "
         "had attacked the depot.", MON, "ConflictEvent", "attacked", "2023-06-04"),
]

NOT_REPORTED_DEEDS = [
    # (text, published, class, trigger): set before the saying, never done, or undated
    case("already", "The Kavar Front said on Monday that it had already seized Tallen.", FRI,
         "ControlEvent", "seized"),
    case("years-ago", "The Kavar Front said on Monday that it had seized Tallen years ago.",
         MON, "ControlEvent", "seized"),
    case("twice", "The Kavar Front said on Monday that it had twice attacked Tallen.", WED,
         "ConflictEvent", "attacked"),
    case("previously", "Delta Grain said on Tuesday that it had previously bought a mill in "
         "Kelvar.", FRI, "TransactionEvent", "bought"),
    case("never", "The Kavar Front said on Monday that it had never attacked Tallen.", MON,
         "ConflictEvent", "attacked"),
    case("before-truce", "The Kavar Front said on Monday that it had attacked Tallen before "
         "the truce.", WED, "ConflictEvent", "attacked"),
    case("went-on", "The Kavar Front said on Monday it had been shelling Tallen for weeks.",
         FRI, "ConflictEvent", "shelling"),
    case("undated-statement", "Delta Grain said it had bought two mills in Kelvar.", MON,
         "TransactionEvent", "bought"),
]

PAST_CALLS = [
    # (text, published, class, trigger): the weekday is the call's
    case("ceasefire-thursday", "The Veskan foreign ministry called for a ceasefire on "
         "Thursday.", FRI, "GovernanceEvent", "ceasefire"),
    case("talks-monday", "Anna Kovacs called for talks on Monday.", WED, "ContactEvent",
         "talks"),
    case("demanded-withdrawal", "The Kavar Front demanded on Wednesday the withdrawal of "
         "Veskan troops.", FRI, "MovementEvent", "withdrawal"),
    case("urged-talks", "The Kavar Front urged talks on Saturday.", MON, "ContactEvent",
         "talks"),
]

CALLS_AHEAD = [
    # (text, published, class, trigger, value)
    case("protest-march-29", "The dockers' union called for a protest on March 29.", FRI,
         "ProtestEvent", "protest", "2024-03-29"),
    case("call-to-come", "Anna Kovacs will call for talks on Monday.", FRI, "ContactEvent",
         "talks", "2024-03-18"),
]

HARM_OF_A_DAY = [
    # (text, published, class, trigger, value)
    case("that-killed", "The Kavar Front claimed a bomb attack in Tallen on Monday that "
         "killed six people.", FRI, "LifeEvent", "killed", "2024-03-11"),
    case("which-wounded", "A rebel raid on Brisko on Sunday, which wounded two guards, was "
         "repelled.", MON, "LifeEvent", "wounded", "2023-06-04"),
    case("subject-attack", "The attack on Tallen on Tuesday killed six soldiers.", WED,
         "LifeEvent", "killed", "2022-11-08"),
]

JUDGED_DEEDS = [
    # (text, published, class, trigger): the day of the judgement is not the deed's
    case("sentenced-for-ordering", "A court sentenced Tomas Varn on Monday for ordering the "
         "killing of two journalists.", FRI, "LifeEvent", "killing"),
    case("accused-of-attacking", "Police on Monday accused the Kavar Front of attacking the "
         "convoy.", WED, "ConflictEvent", "attacking"),
    case("fined-for-selling", "The Tesk council on Friday fined Delta Grain for selling "
         "Orrin Mills.", MON, "TransactionEvent", "selling"),
]

JUDGED_DEED_OWN_DAY = [
    # (text, published, class, trigger, value)
    case("accused-own-day", "Police on Monday accused the Kavar Front of attacking the convoy "
         "on Sunday.", FRI, "ConflictEvent", "attacking", "2024-03-10"),
]

HABITS = [
    # (text, published, class, trigger): a day told as a habit names no day
    case("every-monday", "Protesters march in Tallen every Monday.", FRI, "ProtestEvent",
         "march"),
    case("every-friday-since", "Nurses in Tallen have walked out every Friday since May.",
         MON, "ProtestEvent", "walked out"),
    case("every-night", "Police arrested six men in Tallen every night last week.", WED,
         "JusticeEvent", "arrested"),
    case("each-sunday", "Each Sunday, the Tesk Farmers Union stages a protest in Brisko.",
         FRI, "ProtestEvent", "protest"),
]

NOT_HABITS = [
    # (text, published, class, trigger, value): a day beside a habit told apart
    case("day-beside-habit", "Rebels attacked Tallen on Monday, as they do every week.", FRI,
         "ConflictEvent", "attacked", "2024-03-11"),
]

NOT_HARM_OF_A_DAY = [
    # (text, published, class, trigger): a toll so far
    case("toll-so-far", "The shelling of Tallen, which began on Monday, has killed six "
         "people.", FRI, "LifeEvent", "killed"),
]
# fmt: on


@pytest.mark.parametrize(("text", "published", "cls", "trigger", "value"),
                         REPORTED_DEEDS + CALLS_AHEAD + HARM_OF_A_DAY + NOT_HABITS
                         + JUDGED_DEED_OWN_DAY)
def test_event_date(run, text, published, cls, trigger, value):
    r = run(text, published=published)
    assert date_of(r.event(cls, trigger=trigger)) == value, r.summary()


@pytest.mark.parametrize(("text", "published", "cls", "trigger"),
                         NOT_REPORTED_DEEDS + PAST_CALLS + NOT_HARM_OF_A_DAY + HABITS
                         + JUDGED_DEEDS)
def test_event_not_dated(run, text, published, cls, trigger):
    r = run(text, published=published)
    assert date_of(r.event(cls, trigger=trigger)) is None, r.summary()
