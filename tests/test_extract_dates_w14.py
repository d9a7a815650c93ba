"""kg.extract event dates, wave fourteen (issue 11): days of events to come, and events
named as the object of a word of time.

- A weekday named for an event to come is the next such weekday, not the one before:
  told in the future, with a modal of what may come, on a calendar, or as the infinitive
  of a word that looks ahead from now ("is expected to", "plans to"). Told in what was
  said on a dated day, the day is counted from the saying. A deed done, one that "may have"
  been done, one asked about, or an intent told in the past ("planned to") reads back.
- "detained following the attack Sunday": the day the parser hangs on "following" right
  after the event noun dates the event noun; "hours after the attack, police arrested him
  on Sunday": the attack is on Sunday too. A count of days is no same day; "two days
  after the attack on Sunday, police arrested him": the arrest is on Tuesday.
- "the strike on the depot on Sunday, which killed two guards": a which-clause the parser
  hangs on a day tells a deed of that day.
- "shelled the town overnight": the adverb the tagger leaves untagged is the report's day,
  as "Overnight, ..." is, unless the sentence names another day or time.

Every sentence is invented (names and places are made up). The articles are published on
Friday 2024-03-15.
"""

from __future__ import annotations

import pytest
from cases import case, date_of

# ---------------------------------------------------------------- days to come

# fmt: off
COMING_DAYS = [
    # (text, class, trigger, value)
    case("will", "The court will sentence Orla Brenn on Monday.", "JusticeEvent", "sentence",
         "2024-03-18"),
    case("due-to", "The Marlow council is due to vote on the budget on Tuesday.",
         "GovernanceEvent", "vote", "2024-03-19"),
    case("expected-to", "The two leaders are expected to meet in Tarsk on Wednesday.",
         "ContactEvent", "meet", "2024-03-20"),
    case("set-to", "The Veskan minister is set to resign on Wednesday.", "PersonnelEvent",
         "resign", "2024-03-20"),
    case("could", "Rebels could attack Tarsk on Sunday, officials warned.", "ConflictEvent",
         "attack", "2024-03-17"),
    case("might-night", "Militants might storm the Orrin depot on Tuesday night.",
         "MovementEvent", "storm", "2024-03-19"),
    case("would-in-saying", "The dockers' union said it would hold a protest on Thursday.",
         "ProtestEvent", "protest", "2024-03-21"),
    case("hope-to", "Police hope to arrest the gunmen on Saturday.", "JusticeEvent", "arrest",
         "2024-03-16"),
    case("purpose-of-plan", "The envoy plans to travel to Tarsk to meet the rebels on "
         "Tuesday.", "ContactEvent", "meet", "2024-03-19"),
    case("future-relative-clause", "Orla Brenn, who will visit Tarsk on Tuesday, met the "
         "governor on Monday.", "MovementEvent", "visit", "2024-03-19"),
    case("called-for", "The dockers' union called for a protest on March 29.",
         "ProtestEvent", "protest", "2024-03-29"),
    case("might-stage-in-saying", "The Veskan opposition said it might organise a strike on "
         "March 29.", "ProtestEvent", "strike", "2024-03-29"),
    case("purpose-of-would", "Orla Brenn said she would travel to Tarsk on Sunday to meet "
         "the governor.", "ContactEvent", "meet", "2024-03-17"),
    # counted from a dated saying: a day after the saying stays, one before it is the next
    case("said-monday-wednesday", "The Kelvar army said on Monday it would attack the town "
         "on Wednesday.", "ConflictEvent", "attack", "2024-03-13"),
    case("said-monday-sunday", "The Kelvar army said on Monday it would withdraw from Tarsk "
         "on Sunday.", "MovementEvent", "withdraw", "2024-03-17"),
    case("agreed-monday-thursday", "The two sides agreed on Monday to meet on Thursday.",
         "ContactEvent", "meet", "2024-03-14"),
    # today is today
    case("same-weekday", "Voters in Marlow will elect a new mayor on Friday.",
         "PersonnelEvent", "elect", "2024-03-15"),
    # near misses: deeds done, possibly done, asked about, or intended in the past
    case("done", "Rebels attacked Tarsk on Sunday.", "ConflictEvent", "attacked",
         "2024-03-10"),
    case("may-have", "Rebels may have attacked Tarsk on Sunday.", "ConflictEvent",
         "attacked", "2024-03-10"),
    case("asked", "Did the Veskan army seize the bridge on Sunday?", "ControlEvent", "seize",
         "2024-03-10"),
    case("planned-to", "Police planned to raid the house on Tuesday but called it off.",
         "ConflictEvent", "raid", "2024-03-12"),
    case("done-in-clause-of-future", "Police will question the two men who were arrested "
         "last Tuesday.", "JusticeEvent", "arrested", "2024-03-12"),
    case("done-participle-of-future", "The court will hear the case of the dockers arrested "
         "on Tuesday.", "JusticeEvent", "arrested", "2024-03-12"),
    case("called-off", "The dockers' union called off the protest on Monday.",
         "ProtestEvent", "protest", "2024-03-11"),
    case("staged", "The dockers' union staged a protest on Monday.", "ProtestEvent",
         "protest", "2024-03-11"),
    case("said-it-had", "The Kelvar army said it had attacked the town on Wednesday.",
         "ConflictEvent", "attacked", "2024-03-13"),
]
# fmt: on


# ---------------------------------------------------------------- object of a word of time

# fmt: off
TIME_WORD_OBJECTS = [
    # (text, class, trigger, value)
    case("following-noun-day", "The Veskan army launched raids following the ambush of a "
         "convoy Tuesday near Tarsk.", "ConflictEvent", "ambush", "2024-03-12"),
    case("following-on-day", "The rebels withdrew following the clashes on Saturday.",
         "ConflictEvent", "clashes", "2024-03-09"),
    case("after-noun-day", "The mayor of Orrin resigned after the bombing Tuesday.",
         "ConflictEvent", "bombing", "2024-03-12"),
    case("hours-after-fronted", "Hours after the attack, police arrested Orla Brenn on "
         "Sunday.", "ConflictEvent", "attack", "2024-03-10"),
    case("hours-after-trailing", "The minister resigned on Tuesday, hours after the "
         "explosion at the Tarsk depot.", "ConflictEvent", "explosion", "2024-03-12"),
    case("minutes-before", "Minutes before the vote, the deputies walked out on Monday.",
         "GovernanceEvent", "vote", "2024-03-11"),
    # a count of days from a dated deed shifts the clause's day by as many
    case("two-days-after-dated", "Two days after the attack on Sunday, police arrested "
         "Orla Brenn.", "JusticeEvent", "arrested", "2024-03-12"),
    case("week-after-dated", "A week after the election on March 3, the Veskan president "
         "resigned.", "PersonnelEvent", "resigned", "2024-03-10"),
    case("hours-after-dated", "Hours after the attack on Sunday, police arrested Orla "
         "Brenn.", "JusticeEvent", "arrested", "2024-03-10"),
    case("own-day-kept", "Police arrested Orla Brenn on Tuesday, two days after the attack "
         "on Sunday.", "JusticeEvent", "arrested", "2024-03-12"),
    # near misses: a count of days, a day before the word of time, no day at all
    case("days-after", "Days after the attack, police arrested Orla Brenn on Sunday.",
         "ConflictEvent", "attack", None),
    case("day-fronted", "On Sunday, following the attack, police arrested Orla Brenn.",
         "ConflictEvent", "attack", None),
    case("undated", "Police arrested Orla Brenn following the attack.", "ConflictEvent",
         "attack", None),
]
# fmt: on


# ---------------------------------------------------------------- which-clause on a day, overnight

# fmt: off
DAY_CLAUSES = [
    # (text, class, trigger, value)
    case("which-killed", "The raid on the Tarsk depot on Sunday, which killed two guards, "
         "was condemned.", "LifeEvent", "killed", "2024-03-10"),
    case("which-left-dead", "The Kelvar army shelled Tarsk on Tuesday, which left six "
         "civilians dead.", "LifeEvent", "left", "2024-03-12"),
    case("that-wounded", "Rebels launched an attack on a market in Tarsk on Tuesday that "
         "killed six people and wounded 20 others.", "LifeEvent", "wounded", "2024-03-12"),
    case("overnight-trailing", "Rebels shelled Tarsk overnight, killing three civilians.",
         "ConflictEvent", "shelled", "2024-03-15"),
    case("overnight-reported", "Police said gunmen had attacked the village of Orrin "
         "overnight.", "ConflictEvent", "attacked", "2024-03-15"),
    # near miss: a day named beside "overnight" is the day
    case("overnight-and-day", "Militants shelled Tarsk overnight on Tuesday.",
         "ConflictEvent", "shelled", "2024-03-12"),
]
# fmt: on


@pytest.mark.parametrize(("text", "cls", "trigger", "value"),
                         COMING_DAYS + TIME_WORD_OBJECTS + DAY_CLAUSES)
def test_event_date(run, text, cls, trigger, value):
    r = run(text)
    assert date_of(r.event(cls, trigger=trigger)) == value, r.summary()
