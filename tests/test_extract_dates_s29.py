"""kg.extract event dates, session 29 (issue 11): dates of events told beside another
dated one, and "since" that dates nothing.

- A clause set a few hours or minutes apart from a dated clause ("hours after rebels
  seized X on Monday, the army shelled it", "minutes before ...", "shortly after ...")
  happens on that clause's day; not "days after", "soon after" nor an undated one.
- "That night", "that evening", "that day" opening a sentence (which the tagger leaves
  out) is the day named in the sentence before; with no day named there, nothing.
- "since" on a record ("the deadliest attack since 2019", "for the first time since
  2015", "the first since the truce in May") bounds the record: nothing began then, and
  the event gets no date of it. A year on an event noun ("its 2019 offensive") dates that
  noun, not the clause around it.
- "sentenced on Monday to ten years": the day before a term the tagger ran into it.
- "this morning" the tagger leaves out after a name is the report's day; a time it runs
  into the name before it ("[Hensk two days ago]") is read without the name.

Every sentence is invented (names and places are made up). Publication days vary: a
Friday (2024-03-15), a Monday (2023-06-05) and a Wednesday (2022-11-09).
"""

from __future__ import annotations

import pytest
from cases import FRI, MON, WED, case, date_of

# fmt: off
HOURS_APART = [
    # (text, published, class, trigger, value)
    case("hours-after-fronted", "Hours after the Kavar Front seized Tallen on Monday, the "
         "Orrin Army shelled the town.", FRI, "ConflictEvent", "shelled", "2024-03-11"),
    case("hours-after-trailing", "The Orrin Army shelled the town hours after the Kavar Front "
         "seized it on Monday.", FRI, "ConflictEvent", "shelled", "2024-03-11"),
    case("shortly-after", "Shortly after the militia took Brisko on Saturday, government "
         "troops withdrew from Morlin.", MON, "MovementEvent", "withdrew", "2023-06-03"),
    case("minutes-before", "Police arrested the two men minutes before they boarded a "
         "flight to Genoa on Tuesday.", WED, "JusticeEvent", "arrested", "2022-11-08"),
    case("hours-after-date", "Hours after the truce took effect on March 3, rebels attacked "
         "a checkpoint near Kelvar.", FRI, "ConflictEvent", "attacked", "2024-03-03"),
    case("moments-after", "Moments after the polls closed on Sunday, protesters marched on "
         "the electoral commission in Tesk.", MON, "ProtestEvent", "marched", "2023-06-04"),
]

NOT_HOURS_APART = [
    # (text, published, class, trigger)
    case("days-after", "Days after the Kavar Front seized Tallen on Monday, the Orrin Army "
         "shelled the town.", FRI, "ConflictEvent", "shelled"),
    case("soon-after", "Soon after the militia took Brisko in May, government troops "
         "withdrew from Morlin.", MON, "MovementEvent", "withdrew"),
    case("hours-after-undated", "Hours after the Kavar Front seized Tallen, the Orrin Army "
         "shelled the town.", WED, "ConflictEvent", "shelled"),
    case("after-uncounted", "After the Kavar Front seized Tallen on Monday, the Orrin Army "
         "shelled the town.", FRI, "ConflictEvent", "shelled"),
]

THAT_NIGHT = [
    # (text, published, class, trigger, value)
    case("that-night", "The Kavar Front seized Tallen on Monday. That night, the army "
         "shelled the town.", FRI, "ConflictEvent", "shelled", "2024-03-11"),
    case("that-evening", "Rebels entered Brisko on Saturday. That evening, they attacked "
         "the police station.", MON, "ConflictEvent", "attacked", "2023-06-03"),
    case("that-morning-perfect", "Veskan jets struck Morlin on November 2. That morning, "
         "militants had attacked a border post.", WED, "ConflictEvent", "attacked",
         "2022-11-02"),
    case("that-afternoon-trailing", "Nurses in Kelvar walked out on Tuesday. Police "
         "arrested six of them that afternoon.", FRI, "JusticeEvent", "arrested",
         "2024-03-12"),
    case("that-day-fronted", "The Tesk council voted on Thursday to close the port. That "
         "day, dockers went on strike.", MON, "ProtestEvent", "strike", "2023-06-01"),
]

NOT_THAT_NIGHT = [
    # (text, published, class, trigger)
    case("no-day-before", "The army shelled the town. That night, the Kavar Front seized "
         "Tallen.", FRI, "ControlEvent", "seized"),
    case("day-too-far-back", "The Kavar Front seized Tallen on Monday. Residents fled. "
         "Shops closed. That night, the army shelled the town.", WED, "ConflictEvent",
         "shelled"),
    case("that-is-a-mark", "Officials said that morning prayers were cancelled after rebels "
         "attacked the mosque.", MON, "ConflictEvent", "attacked"),
]

RECORD_SINCE = [
    # (text, published, class, trigger): "since" bounds a record, no date of it
    case("deadliest-since-year", "The deadliest attack since 2019 killed 40 people in "
         "Tallen.", FRI, "ConflictEvent", "attack"),
    case("first-time-since", "For the first time since 2015, rebels attacked Tallen.", MON,
         "ConflictEvent", "attacked"),
    case("first-since-truce", "The attack was the first since the ceasefire in May.", WED,
         "ConflictEvent", "attack"),
    case("largest-protest-since", "Thousands marched in Kelvar on Sunday in the largest "
         "protest since March.", FRI, "ProtestEvent", "protest"),
    case("worst-fighting-since", "The worst fighting since 2020 broke out near Morlin.", MON,
         "ConflictEvent", "fighting"),
    case("year-of-other-offensive", "The Kavar Front attacked Tallen in a repeat of its "
         "2019 offensive.", WED, "ConflictEvent", "attacked"),
]

AFTER_A_NAME = [
    # (text, published, class, trigger, value): a time the tagger left out or ran into the
    # name before it
    case("this-morning", "Police arrested Dario Hensk this morning.", FRI, "JusticeEvent",
         "arrested", "2024-03-15"),
    case("this-afternoon", "Customs officers detained Orla Brenn this afternoon.", MON,
         "JusticeEvent", "detained", "2023-06-05"),
    case("this-evening", "The Tesk council sacked Mila Drost this evening.", WED,
         "PersonnelEvent", "sacked", "2022-11-09"),
    case("two-days-ago", "Police arrested Dario Hensk two days ago.", FRI, "JusticeEvent",
         "arrested", "2024-03-13"),
    case("three-days-ago", "Veskan police detained Tomas Varn three days ago.", MON,
         "JusticeEvent", "detained", "2023-06-02"),
    case("overnight", "Police arrested Dario Hensk overnight.", FRI, "JusticeEvent",
         "arrested", "2024-03-15"),
]

DAY_BEFORE_TERM = [
    # (text, published, class, trigger, value): a term the tagger ran into the day
    case("monday-to-years", "Dario Hensk was sentenced on Monday to ten years in prison.",
         FRI, "JusticeEvent", "sentenced", "2024-03-11"),
    case("tuesday-to-life", "A court in Tallen sentenced Tomas Varn on Tuesday to life in "
         "prison.", WED, "JusticeEvent", "sentenced", "2022-11-08"),
    case("at-court-monday-to-years", "Orla Brenn was sentenced at the Kelvar High Court on "
         "Monday to six years.", MON, "JusticeEvent", "sentenced", "2023-06-05"),
]

NOT_AFTER_A_NAME = [
    # (text, published, class, trigger)
    case("for-years", "Police arrested Dario Hensk in Tallen, where he lived for years.", FRI,
         "JusticeEvent", "arrested"),
    case("served-since", "The Tesk council sacked Mila Drost, who had served since 2019.", WED,
         "PersonnelEvent", "sacked"),
]

ONSET_KEPT = [
    # (text, published, class, trigger, value): an onset still dates what goes on
    case("held-since", "The Kavar Front has held Tallen since March 3.", FRI, "ControlEvent",
         "held", "2024-03-03"),
    case("year-on-own-noun", "The Kavar Front attacked Tallen in a repeat of its 2019 "
         "offensive.", WED, "ConflictEvent", "offensive", "2019"),
]
# fmt: on


@pytest.mark.parametrize(("text", "published", "cls", "trigger", "value"),
                         HOURS_APART + THAT_NIGHT + AFTER_A_NAME + DAY_BEFORE_TERM
                         + ONSET_KEPT)
def test_event_date(run, text, published, cls, trigger, value):
    r = run(text, published=published)
    assert date_of(r.event(cls, trigger=trigger)) == value, r.summary()


@pytest.mark.parametrize(("text", "published", "cls", "trigger"),
                         NOT_HOURS_APART + NOT_THAT_NIGHT + NOT_AFTER_A_NAME
                         + RECORD_SINCE)
def test_event_not_dated(run, text, published, cls, trigger):
    r = run(text, published=published)
    assert date_of(r.event(cls, trigger=trigger)) is None, r.summary()
