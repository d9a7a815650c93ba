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

UNION_PEOPLE = [
    # (text, class, trigger, agent)
    case("nurses-would-strike", "The Tesk Nurses Union said nurses would strike on Monday.",
         "ProtestEvent", "strike", "Tesk Nurses Union"),
    case("teachers-walked-out", "The Kelvar Teachers Union said teachers had walked out on "
         "Monday.", "ProtestEvent", "walked out", "Kelvar Teachers Union"),
    case("dockworkers-on-sunday", "The Brisko Dockers Union said on Sunday that dockworkers "
         "would strike on Monday.", "ProtestEvent", "strike", "Brisko Dockers Union"),
    case("drivers-federation", "The Orrin Transport Federation said drivers went on strike "
         "in Tallen on Tuesday.", "ProtestEvent", "strike", "Orrin Transport Federation"),
    case("pilots-association", "The Veskan Pilots Association said pilots would walk out "
         "next week.", "ProtestEvent", "walk out", "Veskan Pilots Association"),
    case("launched-is-done", "The Orrin Army said troops launched an attack on Tallen.",
         "ConflictEvent", "attack", "Orrin Army"),
    case("officers-still-police", "The Tallen police said officers arrested six men on "
         "Monday.", "JusticeEvent", "arrested", "Tallen police"),
]

NOT_UNION_PEOPLE = [
    # (text, class, trigger, not the agent)
    case("police-students", "The Tallen police said students had attacked the station.",
         "ConflictEvent", "attacked", "Tallen police"),
    case("union-detainees", "The Tesk Nurses Union said detainees were released on Monday.",
         "JusticeEvent", "released", "Tesk Nurses Union"),
    case("firm-nurses", "Delta Care said nurses would strike on Monday.", "ProtestEvent",
         "strike", "Delta Care"),
    case("foiled-not-done", "The Orrin Army said troops foiled an attack on Tallen.",
         "ConflictEvent", "attack", "Orrin Army"),
    case("survived-not-done", "The Orrin Army said troops survived an attack on Tallen.",
         "ConflictEvent", "attack", "Orrin Army"),
    case("owned-nurses", "The Tesk Nurses Union said Kelvar nurses would strike on Monday.",
         "ProtestEvent", "strike", "Tesk Nurses Union"),
]

GROUP_ADJECTIVES = [
    # (text, class, trigger, agent)
    case("rebel-attack", "Rebels denied the report. A rebel attack on Tallen killed six "
         "soldiers on Monday.", "ConflictEvent", "attack", "rebels"),
    case("rebel-offensive", "The rebels denied the report. The rebel offensive on Morlin "
         "began on Monday.", "ConflictEvent", "offensive", "rebels"),
    case("military-raid", "The military said six gunmen died. A military raid on Brisko "
         "began on Sunday.", "ConflictEvent", "raid", "military"),
    case("separatist-offensive", "Separatists denied the claim. A separatist offensive on "
         "Kelvar began on Sunday.", "ConflictEvent", "offensive", "separatists"),
    case("rebel-shelling-later", "The rebels have held the hills since May. Rebel shelling "
         "of Tallen went on overnight, residents said.", "ConflictEvent", "shelling",
         "rebels"),
    case("killed-in-rebel-attack", "Rebels denied the report. Six soldiers were killed in a "
         "rebel attack on Tallen on Monday.", "ConflictEvent", "attack", "rebels"),
]

NO_GROUP_ADJECTIVE = [
    # (text, class, trigger): no organisation named so
    case("rebel-none-named", "A rebel attack on Tallen killed six soldiers on Monday.",
         "ConflictEvent", "attack"),
    case("military-none-named", "A military raid on Brisko began on Sunday.",
         "ConflictEvent", "raid"),
]

COURTS = [
    # (text, class, trigger, agent)
    case("sentenced-at-court", "Dario Hensk was sentenced at the Tallen High Court on Monday "
         "to ten years.", "JusticeEvent", "sentenced", "Tallen High Court"),
    case("fronted-at-court", "At the Tallen District Court on Monday, Dario Hensk was "
         "sentenced to ten years.", "JusticeEvent", "sentenced", "Tallen District Court"),
    case("acquitted-before-tribunal", "Orla Brenn was acquitted before the Orrin Appeals "
         "Tribunal on Tuesday.", "JusticeEvent", "acquitted", "Orrin Appeals Tribunal"),
    case("jailed-at-court", "Tomas Varn was jailed at the Brisko Crown Court for six "
         "years.", "JusticeEvent", "jailed", "Brisko Crown Court"),
    case("convicted-at-court", "Mila Drost was convicted at the Kelvar High Court on "
         "Friday.", "JusticeEvent", "convicted", "Kelvar High Court"),
    case("fined-at-court", "Delta Grain was fined $2 million at the Tallen High Court on "
         "Monday.", "JusticeEvent", "fined", "Tallen High Court"),
]

NOT_COURTS = [
    # (text, class, trigger, not the agent)
    case("charged-at-court", "Dario Hensk was charged with fraud at the Tallen High Court on "
         "Monday.", "JusticeEvent", "charged", "Tallen High Court"),
    case("arrested-at-court", "Police arrested Dario Hensk at the Tallen High Court on "
         "Monday.", "JusticeEvent", "arrested", "Tallen High Court"),
]

OPENING_PLURALS = [
    # (text, class, trigger, agent)
    case("rebels-killing", "Rebels attacked Tallen on Monday, killing six soldiers.",
         "ConflictEvent", "attacked", "rebels"),
    case("rebels-killing-life", "Rebels attacked Tallen on Monday, killing six soldiers.",
         "LifeEvent", "killing", "rebels"),
    case("separatists-killing", "Separatists attacked Morlin on Sunday, killing two "
         "guards.", "ConflictEvent", "attacked", "separatists"),
    case("rebels-seized", "Rebels seized Brisko on Sunday.", "ControlEvent", "seized",
         "rebels"),
]

NOT_OPENING_PLURALS = [
    # (text, class, trigger, not the agent)
    case("a-name-with-rebel", "Rebel Varnum attacked the script.", "ConflictEvent",
         "attacked", "rebels"),
]
# fmt: on


@pytest.mark.parametrize(("text", "cls", "trigger", "agent"),
                         UNION_PEOPLE + GROUP_ADJECTIVES + COURTS + OPENING_PLURALS)
def test_side_is_agent(run, text, cls, trigger, agent):
    r = run(text)
    assert agent in r.labels(r.event(cls, trigger=trigger).agents), r.summary()


@pytest.mark.parametrize(("text", "cls", "trigger", "agent"),
                         NOT_UNION_PEOPLE + NOT_COURTS + NOT_OPENING_PLURALS)
def test_side_is_not_agent(run, text, cls, trigger, agent):
    r = run(text)
    assert agent not in r.labels(r.event(cls, trigger=trigger).agents), r.summary()


@pytest.mark.parametrize(("text", "cls", "trigger"), NO_GROUP_ADJECTIVE)
def test_no_side_named(run, text, cls, trigger):
    r = run(text)
    assert r.event(cls, trigger=trigger).agents == (), r.summary()


@pytest.mark.parametrize(("text", "cls", "trigger", "person"), FORMER_HOLDERS)
def test_former_holder_taken_up(run, text, cls, trigger, person):
    r = run(text)
    assert person in _people(r, cls, trigger), r.summary()


@pytest.mark.parametrize(("text", "cls", "trigger", "person"), NOT_FORMER_HOLDERS)
def test_former_holder_not_guessed(run, text, cls, trigger, person):
    r = run(text)
    assert person not in _people(r, cls, trigger), r.summary()
