"""kg.extract: a day the tagger runs into the phrase after it. spaCy's tagger makes one
date of "[Tuesday after weeks]" in "resigned on Tuesday after weeks of pressure", which
names no date as a whole, so the event had none; the parser hangs "after" on the verb,
outside the date, so the day is the words before it. Near-misses: a preposition that is
the date's own ("two days after the vote", "the day before") is no cut.

Every sentence is invented. The articles are published on Friday 2024-03-15.
"""

from __future__ import annotations

import pytest
from cases import case, date_of

# fmt: off
RUN_ON = [
    # (text, event class, trigger, the event's day)
    case("resigned-after-weeks", "Ada Moreno resigned on Tuesday after weeks of pressure from "
         "her party.", "PersonnelEvent", "resigned", "2024-03-12"),
    case("strike-after-months", "Teachers ended their strike on Friday after months of talks "
         "with the ministry.", "ProtestEvent", "strike", "2024-03-15"),
    case("resigned-after-weeks-end", "The minister resigned on Tuesday after weeks of "
         "pressure over the contract.", "PersonnelEvent", "resigned", "2024-03-12"),
]

OWN_PREPOSITION = [
    # (text, event class, trigger, the event's day: none the text gives, or the one before)
    case("days-after-the-vote", "The rebels took Ostrel two days after the vote.",
         "ControlEvent", "took", None),
    case("days-after-comma", "Lars Okafor was arrested on Saturday, days after the raid on "
         "his office.", "JusticeEvent", "arrested", "2024-03-09"),
]
# fmt: on


@pytest.mark.parametrize(("text", "cls", "trigger", "day"), RUN_ON + OWN_PREPOSITION)
def test_a_day_run_into_the_next_phrase_is_the_words_before_it(run, text, cls, trigger, day):
    r = run(text)
    assert date_of(r.event(cls, trigger=trigger)) == day, r.summary()
