"""kg.extract event agents, session 30 (issue 11): deaths told without their doer, and a
name the tagger took for a body that is only what the fighters acted on.

- A death or a wound told in the passive (or "died") with a time clause telling the armed
  deed it came of ("six soldiers were killed when rebels ambushed their convoy", "died as
  jets bombed the town") has that deed's doer; so has one a relative clause tells of an
  event noun ("a bomb attack that killed six"). Not an accident ("when their truck hit a
  mine"), a deed before it ("before the rebels attacked"), a blast with no doer, nor a
  death whose "by" phrase names its own doer.
- A protest's people named by their trade, bare or counted ("nurses walked out",
  "thousands of teachers went on strike"), act for the one union of the text whose name
  holds the trade ("the Tesk Nurses Union"), also when it speaks after them or was named
  a sentence before. Not people of another trade, of a place ("Kelvar nurses"), nor when
  two unions are so named.
- A bare plural of a body's people ("troops", "soldiers", "marines"; "officers") acts for
  the one army or navy (police) the text named in its sentence or the one before: "The
  Orrin Army shelled Brisko. Troops seized the airport". Not people with a word of their
  own ("Kelvar troops"), after two such bodies, nor a body named further back, nor a body
  of another kind ("Delta Grain fired its chief. Officers arrested him").
- "Insurgents attacked Tallen", with "Tallen" tagged as an organisation: the fighters are
  not Tallen (a fighter word across a verb or a preposition does not call a name fighters);
  "the rebel group Tallen" still does.

Every sentence is invented (names and places are made up). The articles are published
on Friday 2024-03-15.
"""

from __future__ import annotations

import pytest
from cases import case

# fmt: off
HARMED_IN_DEED = [
    # (text, class, trigger, agent)
    case("killed-when-ambushed", "Six soldiers were killed when the Kavar Front ambushed "
         "their convoy near Brisko on Sunday.", "LifeEvent", "killed", "Kavar Front"),
    case("died-when-bombed", "Four civilians died when Veska's jets bombed Tallen.",
         "LifeEvent", "died", "Veska"),
    case("killed-as-attacked", "Six soldiers were killed as the Kavar Front attacked "
         "Tallen.", "LifeEvent", "killed", "Kavar Front"),
    case("killed-when-army-attacked", "Two rebels were killed when the Orrin army attacked "
         "their camp on Sunday.", "LifeEvent", "killed", "Orrin army"),
    case("wounded-after-shelled", "Three nurses were wounded after the Morlin Brigade "
         "shelled the hospital in Tesk.", "LifeEvent", "wounded", "Morlin Brigade"),
    case("relative-that-killed", "The Kavar Front claimed a bomb attack in Tallen that "
         "killed six people.", "LifeEvent", "killed", "Kavar Front"),
    case("relative-which-killed", "The raid by the Morlin Brigade on Brisko, which killed two "
         "guards, was condemned.", "LifeEvent", "killed", "Morlin Brigade"),
    case("relative-which-wounded", "The Morlin Brigade said its shelling of Tesk, which "
         "wounded three nurses, was a mistake.", "LifeEvent", "wounded", "Morlin Brigade"),
]

NOT_HARMED_IN_DEED = [
    # (text, class, trigger, not the agent)
    case("truck-overturned", "The Kavar Front holds the valley. Six soldiers died when their "
         "truck overturned near Brisko.", "LifeEvent", "died", "Kavar Front"),
    case("place-not-killer", "The raid by the Morlin Brigade on Brisko, which killed two "
         "guards, was condemned.", "LifeEvent", "killed", "Brisko"),
    case("killed-before", "Six soldiers were killed before the Kavar Front attacked Tallen.",
         "LifeEvent", "killed", "Kavar Front"),
    case("own-by-phrase", "Two guards were killed by the Orrin police when the Kavar Front "
         "stormed the prison.", "LifeEvent", "killed", "Kavar Front"),
]

NOT_FIGHTERS = [
    # (text, class, trigger, not the agent): a name the fighters acted on
    case("insurgents-attacked", "Insurgents attacked Tallen on Monday.", "ConflictEvent",
         "attacked", "Tallen"),
    case("insurgents-attacked-said", "Insurgents attacked Tallen on Monday, the army said.",
         "ConflictEvent", "attacked", "Tallen"),
]

TRADE_UNIONS = [
    # (text, class, trigger, agent)
    case("counted-said-after", "Thousands of teachers went on strike across Veska on Monday, "
         "the Veskan Teachers Union said.", "ProtestEvent", "strike", "Veskan Teachers Union"),
    case("counted-said-before", "The Veskan Teachers Union said thousands of teachers went on "
         "strike on Monday.", "ProtestEvent", "strike", "Veskan Teachers Union"),
    case("dozens-walked-out", "Dozens of nurses walked out in Tallen on Monday, the Tesk "
         "Nurses Union said.", "ProtestEvent", "walked out", "Tesk Nurses Union"),
    case("sentence-after-call", "The Tesk Nurses Union called a strike. Nurses walked out on "
         "Monday.", "ProtestEvent", "walked out", "Tesk Nurses Union"),
    case("counted-sentence-after", "The Veskan Teachers Union called a strike on Monday. "
         "Thousands of teachers walked out.", "ProtestEvent", "walked out",
         "Veskan Teachers Union"),
    case("drivers-federation", "The Orrin Drivers Federation rejected the offer. Hundreds of "
         "drivers went on strike in Tallen on Tuesday.", "ProtestEvent", "strike",
         "Orrin Drivers Federation"),
]

NOT_TRADE_UNIONS = [
    # (text, class, trigger, not the agent)
    case("other-trade", "The Tesk Nurses Union called a strike. Teachers walked out in "
         "Tallen on Monday.", "ProtestEvent", "walked out", "Tesk Nurses Union"),
    case("place-nurses", "Kelvar nurses walked out on Monday. The Tesk Nurses Union backed "
         "them.", "ProtestEvent", "walked out", "Tesk Nurses Union"),
    case("two-unions", "The Tesk Nurses Union and the Orrin Nurses Federation called a "
         "strike. Nurses walked out on Monday.", "ProtestEvent", "walked out",
         "Tesk Nurses Union"),
]

MEMBERS_TOLD_BEFORE = [
    # (text, class, trigger, agent)
    case("officers-next", "The Tesk police arrested six men on Monday. Officers also seized "
         "weapons.", "JusticeEvent", "seized", "Tesk police"),
    case("troops-next", "The Orrin Army shelled Brisko on Monday. Troops seized the airport.",
         "ControlEvent", "seized", "Orrin Army"),
    case("soldiers-stormed", "The Orrin Army shelled Brisko on Monday. Soldiers then stormed "
         "the town hall.", "MovementEvent", "stormed", "Orrin Army"),
    case("the-troops-same-sentence", "The Veskan Navy blockaded the port, and the troops "
         "seized a tanker on Tuesday.", "ControlEvent", "seized", "Veskan Navy"),
    case("officers-detained", "Six men were arrested by the Brisko police. Officers detained "
         "two more on Friday.", "JusticeEvent", "detained", "Brisko police"),
    case("marines-raided", "The Orrin Navy said the smugglers fled. Marines raided their camp "
         "on Sunday.", "ConflictEvent", "raided", "Orrin Navy"),
]

NOT_MEMBERS_TOLD_BEFORE = [
    # (text, class, trigger, not the agent)
    case("nation-troops", "The Orrin Army shelled Brisko on Monday. Kelvar troops then seized "
         "the airport.", "ControlEvent", "seized", "Orrin Army"),
    case("two-armies", "The Orrin Army and the Veskan Army shelled Brisko. Troops seized the "
         "airport.", "ControlEvent", "seized", "Orrin Army"),
    case("too-far-back", "The Orrin Army shelled Brisko in May. The town was quiet. Shops "
         "reopened. Troops seized the airport on Monday.", "ControlEvent", "seized",
         "Orrin Army"),
    case("firm-no-police", "Delta Grain fired its chief executive. Officers arrested him on "
         "Monday.", "JusticeEvent", "arrested", "Delta Grain"),
]

FIGHTERS_NAMED = [
    # (text, class, trigger, agent)
    case("rebel-group-name", "The rebel group Tallen seized Brisko on Monday.",
         "ControlEvent", "seized", "Tallen"),
]
# fmt: on


@pytest.mark.parametrize(("text", "cls", "trigger", "agent"),
                         HARMED_IN_DEED + TRADE_UNIONS + MEMBERS_TOLD_BEFORE + FIGHTERS_NAMED)
def test_doer_read(run, text, cls, trigger, agent):
    r = run(text)
    assert agent in r.labels(r.event(cls, trigger=trigger).agents), r.summary()


@pytest.mark.parametrize(("text", "cls", "trigger", "agent"),
                         NOT_HARMED_IN_DEED + NOT_TRADE_UNIONS + NOT_MEMBERS_TOLD_BEFORE
                         + NOT_FIGHTERS)
def test_doer_not_read(run, text, cls, trigger, agent):
    r = run(text)
    assert agent not in r.labels(r.event(cls, trigger=trigger).agents), r.summary()


def test_blast_has_no_doer(run):
    r = run("Six people were killed when a bomb exploded in Tallen.")
    assert r.event("LifeEvent", trigger="killed").agents == (), r.summary()
