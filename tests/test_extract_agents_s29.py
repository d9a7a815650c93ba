"""kg.extract event agents and participants, session 29 (issue 11): people named again
by the post they held.

- "The former mayor", "the former minister", "the ex-chairman" take up the one person the
  text described so before ("Dario Hensk, the former mayor of Tallen, ...", "Former
  minister Y ...", "Y was the former mayor"): the doer of what follows, or the one it is
  done to. Not a former holder the text never tied to a name ("met the former mayor"),
  nor one in a sentence before any such description, nor when two people were so
  described.

Every sentence is invented (names and places are made up). The articles are published
on Friday 2024-03-15.
"""

from __future__ import annotations

import pytest
from cases import case


def _people(reading, cls: str, trigger: str) -> list[str]:
    event = reading.event(cls, trigger=trigger)
    return reading.labels(event.agents + event.participants)


# fmt: off
FORMER_HOLDERS = [
    # (text, class, trigger, person)
    case("appos-former-mayor-arrested", "Dario Hensk, the former mayor of Tallen, denied "
         "the charges. The former mayor was arrested on Monday.", "JusticeEvent",
         "arrested", "Dario Hensk"),
    case("title-former-minister-charged", "Former finance minister Anna Kovacs met "
         "investors on Monday. The former minister was charged with fraud on Tuesday.",
         "JusticeEvent", "charged", "Anna Kovacs"),
    case("appos-a-former-executive-won", "Piet Olsen, a former executive of Delta Grain, "
         "sued the company. The former executive won the case on Monday.", "JusticeEvent",
         "won", "Piet Olsen"),
    case("copula-former-mayor-resigned", "Anna Kovacs was the former mayor of Tallen. The "
         "former mayor resigned from the party on Monday.", "PersonnelEvent", "resigned",
         "Anna Kovacs"),
    case("former-governor-detained", "Police questioned Tomas Varn, a former governor of "
         "the Brisko province, for six hours. The former governor was detained on "
         "Wednesday.", "JusticeEvent", "detained", "Tomas Varn"),
    case("former-commander-fled", "Oren Tasz, the former commander of the Tesk Brigade, "
         "spoke to reporters in May. The former commander fled to Genoa on Sunday.",
         "MovementEvent", "fled", "Oren Tasz"),
]

NOT_FORMER_HOLDERS = [
    # (text, class, trigger, not the person)
    case("met-a-former-mayor", "Anna Kovacs met the former mayor of Tallen on Monday. The "
         "former mayor resigned from the party on Tuesday.", "PersonnelEvent", "resigned",
         "Anna Kovacs"),
    case("current-is-not-former", "Dario Hensk, the mayor of Tallen, denied the charges. "
         "The former mayor was arrested on Monday.", "JusticeEvent", "arrested",
         "Dario Hensk"),
    case("described-after", "The former mayor was arrested on Monday. Dario Hensk, the "
         "former mayor of Tallen, denied the charges.", "JusticeEvent", "arrested",
         "Dario Hensk"),
    case("two-former-mayors", "Dario Hensk, the former mayor of Tallen, and Anna Kovacs, "
         "the former mayor of Brisko, met on Sunday. The former mayor was arrested on "
         "Monday.", "JusticeEvent", "arrested", "Anna Kovacs"),
]
# fmt: on


@pytest.mark.parametrize(("text", "cls", "trigger", "person"), FORMER_HOLDERS)
def test_former_holder_taken_up(run, text, cls, trigger, person):
    r = run(text)
    assert person in _people(r, cls, trigger), r.summary()


@pytest.mark.parametrize(("text", "cls", "trigger", "person"), NOT_FORMER_HOLDERS)
def test_former_holder_not_guessed(run, text, cls, trigger, person):
    r = run(text)
    assert person not in _people(r, cls, trigger), r.summary()
