"""kg.extract event agents, fourteenth wave: agents of events told with no subject of
their own (``kg.extract.controlled``), and a guard table of the agent constructions the
engine already reads (chained and coordinated verbs, passives, nominal events, the side
a compound names, first-person claims, justice, personnel and contact events).

- An infinitive of purpose is done by the subject of the verb it hangs on ("X flew to Y
  to meet Z", "in order to", "moved quickly to secure").
- An infinitive on a noun of deciding, planning or dealing is done by whose plan it is:
  its possessor, its "by"/"of" phrase, or the subject of a verb that makes or drops the
  plan ("announced plans to", "struck a deal to", "was in talks to"); not the subject of
  a verb that rejects or criticises it.
- A "by" phrase the parser hangs on a name in the "of" phrase of an event noun names
  its doer ("the dismissal of X by Y").
- The relative pronoun subject of a clause on a noun that is no entity is read as that
  noun ("members of X, who staged a strike": X).
- Forces that "were deployed" or "had been withdrawn" are moved by their own side ("its
  fighters had been withdrawn": its); not forces "driven out" (by the enemy).
- A verb chained on after a comma with no subject of its own shares the subject of the
  verb before it ("X advanced, then retook Y").
- A side that sends, orders or uses others to do a deed is its doer when they name no
  side of their own ("sent fighters to seize", "used drones to strike").
- A hyphenated participle names its doer before the hyphen ("the X-appointed governor"),
  and that doer is not the noun's ("the X-appointed governor resigned": not X).
- A deed in the "with" phrase of an active verb of answering or striking is done by its
  subject ("X responded with airstrikes"); ground that falls "into the hands of X" (or
  "into our hands") is taken by X.

Every sentence is invented (names and places are made up). The articles are published
on Friday 2024-03-15.
"""

from __future__ import annotations

import pytest
from cases import case


def _agents(reading, cls: str, trigger: str) -> list[str]:
    return reading.labels(reading.event(cls, trigger=trigger).agents)


# fmt: off
CONTROLLED = [
    # (text, class, trigger, agent)
    case("purpose-meet", "Oren Tasz flew to Genoa to meet Mila Drost on Monday.",
         "ContactEvent", "meet", "Oren Tasz"),
    case("purpose-in-order", "Ada Brenn travelled to Vanta in order to meet Piet Olsen.",
         "ContactEvent", "meet", "Ada Brenn"),
    case("purpose-secure", "The Kelvar Liberation Front moved quickly to secure the border "
         "crossing.", "ControlEvent", "secure", "Kelvar Liberation Front"),
    case("purpose-future", "The Orrin Patriotic Army will regroup near Tesk to attack the "
         "airport next week.", "ConflictEvent", "attack", "Orrin Patriotic Army"),
    case("plan-poss", "The Kavar Front's decision to sack Ilia Varn came on Monday.",
         "PersonnelEvent", "sack", "Kavar Front"),
    case("plan-by", "The decision by the Marlow Transit Authority to dismiss Piet Olsen "
         "surprised staff.", "PersonnelEvent", "dismiss", "Marlow Transit Authority"),
    case("plan-announced", "The Kavar Front announced plans to buy 30 drones on Monday.",
         "TransactionEvent", "buy", "Kavar Front"),
    case("plan-deal", "Harlow Motors struck a deal to buy Dune Foods last month.",
         "TransactionEvent", "buy", "Harlow Motors"),
    case("plan-in-talks", "Harlow Motors said it was in talks to buy 30 trucks.",
         "TransactionEvent", "buy", "Harlow Motors"),
    case("plan-in-a-bid", "The Orrin Patriotic Army shelled Tesk in a bid to seize the "
         "airport.", "ControlEvent", "seize", "Orrin Patriotic Army"),
    case("chained-then", "The Orrin Patriotic Army advanced on Tuesday, then retook "
         "Morlin.", "ControlEvent", "retook", "Orrin Patriotic Army"),
    case("chained-then-seized", "The Kavar Front attacked Tallen, then seized the "
         "airport.", "ControlEvent", "seized", "Kavar Front"),
    case("chained-bare", "The Orrin Patriotic Army advanced on Tuesday, retook Morlin and "
         "moved on.", "ControlEvent", "retook", "Orrin Patriotic Army"),
    case("of-by-misparsed", "The dismissal of Ilia Varn by Oren Tasz shocked the Kavar "
         "Front.", "PersonnelEvent", "dismissal", "Oren Tasz"),
    case("of-by-on-the-noun", "The sacking of Ilia Varn by the Kavar Front came on "
         "Monday.", "PersonnelEvent", "sacking", "Kavar Front"),
    case("relative-members", "Members of the Vanta Dockers Union, who staged a strike in "
         "May, marched on Monday.", "ProtestEvent", "strike", "Vanta Dockers Union"),
    case("relative-fighters", "Fighters of the Kavar Front, who stormed Tallen last week, "
         "withdrew on Monday.", "MovementEvent", "stormed", "Kavar Front"),
    case("forces-withdrawn-its", "The Kavar Front said its fighters had been withdrawn "
         "from Brisko.", "MovementEvent", "withdrawn", "Kavar Front"),
    case("forces-withdrawn-named", "The Kavar Front said Veska troops had been withdrawn "
         "from Brisko.", "MovementEvent", "withdrawn", "Veska"),
    case("dispatch-sent", "The Kavar Front sent fighters to seize the airport.",
         "ControlEvent", "seize", "Kavar Front"),
    case("dispatch-used", "The Kavar Front used drones to attack Tallen on Monday.",
         "ConflictEvent", "attack", "Kavar Front"),
    case("hyphen-appointed", "The Kavar Front-appointed governor resigned on Monday.",
         "PersonnelEvent", "appointed", "Kavar Front"),
    case("hyphen-appointed-firm", "The Harlow Motors-appointed board met in May.",
         "PersonnelEvent", "appointed", "Harlow Motors"),
    case("no-hyphen-on-the-noun", "The Kavar Front appointed governor Ilia Varn resigned.",
         "PersonnelEvent", "appointed", "Kavar Front"),
    case("with-responded", "The Orrin Patriotic Army responded with airstrikes on Morlin.",
         "ConflictEvent", "airstrikes", "Orrin Patriotic Army"),
    case("with-retaliated", "The Kavar Front retaliated with a rocket attack on Tallen.",
         "ConflictEvent", "attack", "Kavar Front"),
    case("with-hit", "The Kavar Front hit Tallen with airstrikes on Monday.",
         "ConflictEvent", "airstrikes", "Kavar Front"),
    case("hands-of", "Brisko fell into the hands of the Kavar Front on Monday.",
         "ControlEvent", "fell", "Kavar Front"),
    case("hands-poss", "Tallen fell into the Kavar Front's hands on Monday.",
         "ControlEvent", "fell", "Kavar Front"),
    case("hands-ours", "\"Brisko fell into our hands on Monday,\" said Jorek Almund, a "
         "spokesman for the Kavar Front.", "ControlEvent", "fell", "Kavar Front"),
    case("hyphen-appointed-place", "The Veska-appointed mayor of Brisko fled on Monday.",
         "PersonnelEvent", "appointed", "Veska"),
]

CONTROLLED_NEAR_MISSES = [
    # (text, class, trigger, not the agent)
    case("plan-rejected", "Harlow Motors rejected the offer to buy Dune Foods.",
         "TransactionEvent", "buy", "Harlow Motors"),
    case("plan-criticised", "The Kavar Front criticised the plan to attack Tallen.",
         "ConflictEvent", "attack", "Kavar Front"),
    case("plan-of-a-rival", "Harlow Motors welcomed the Dune Foods offer to buy Tesk "
         "Mills.", "TransactionEvent", "buy", "Harlow Motors"),
    case("with-passive", "The Kavar Front said Tallen was hit with airstrikes on Monday.",
         "ConflictEvent", "airstrikes", "Kavar Front"),
    case("with-undergone", "Harlow Motors was met with protests in Tesk on Monday.",
         "ProtestEvent", "protests", "Harlow Motors"),
    case("adverb-before-participle", "The Vanta Police arrested the newly appointed "
         "governor on Monday.", "PersonnelEvent", "appointed", "Vanta Police"),
    case("chained-own-subject", "The Kavar Front attacked Tallen, then the Vanta Police "
         "arrested Dario Hensk.", "JusticeEvent", "arrested", "Kavar Front"),
    case("talks-with-is-no-side", "Oren Tasz held talks with Mila Drost in Genoa on "
         "Monday.", "ContactEvent", "talks", "Mila Drost"),
    case("of-is-no-doer", "The sacking of Ilia Varn by the Kavar Front came on Monday.",
         "PersonnelEvent", "sacking", "Ilia Varn"),
    case("relative-object", "The town that the Kavar Front captured was shelled by the "
         "Orrin Patriotic Army.", "ControlEvent", "captured", "Orrin Patriotic Army"),
    case("forces-driven-out", "Kavar Front fighters were driven out of Brisko on "
         "Monday.", "ControlEvent", "driven", "Kavar Front"),
    case("hyphen-doer-is-not-the-noun", "The Kavar Front-appointed governor resigned on "
         "Monday.", "PersonnelEvent", "resigned", "Kavar Front"),
    case("hyphen-backed-is-a-sponsor", "Veska-backed fighters attacked Tallen on Monday.",
         "ConflictEvent", "attacked", "Veska"),
    case("purpose-with-own-subject", "The Kavar Front withdrew so that the Orrin Army "
         "could attack Tallen.", "ConflictEvent", "attack", "Kavar Front"),
    # near-misses of issue 11: a place fighters come from, the target, the one who tells
    case("fighters-from-a-place", "Fighters from Tallen attacked Morlin on Monday.",
         "ConflictEvent", "attacked", "Tallen"),
    case("attack-on-is-the-target", "The attack on the Kavar Front headquarters killed ten "
         "people on Monday.", "ConflictEvent", "attack", "Kavar Front"),
    case("teller-is-no-doer", "Oren Tasz said the Kavar Front had attacked Morlin on "
         "Monday.", "ConflictEvent", "attacked", "Oren Tasz"),
]

# The agent constructions of issue 11 the engine read before this wave: a guard.
KNOWN = [
    case("coordinated", "Rebels of the Kavar Front entered the town of Brisko and seized "
         "the army base on Monday.", "ControlEvent", "seized", "Kavar Front"),
    case("relative-clause", "The Kavar Front, which captured Brisko last week, said on "
         "Monday it would hold the town.", "ControlEvent", "captured", "Kavar Front"),
    case("after-gerund", "After seizing Brisko, the Kavar Front militia moved on Tallen.",
         "ControlEvent", "seizing", "Kavar Front militia"),
    case("passive-by", "The base near Tallen was shelled by the Orrin Patriotic Army on "
         "Saturday.", "ConflictEvent", "shelled", "Orrin Patriotic Army"),
    case("noun-by", "An offensive by the Kavar Front began in Brisko on Monday.",
         "ConflictEvent", "offensive", "Kavar Front"),
    case("noun-poss", "The Kavar Front's assault on Tallen began on Monday.",
         "ConflictEvent", "assault", "Kavar Front"),
    case("arrest-of-by", "The arrest of Dario Hensk by the Vanta Police came on Monday.",
         "JusticeEvent", "arrest", "Vanta Police"),
    case("led", "The Kavar-led offensive reached Tallen on Monday.", "ConflictEvent",
         "offensive", "Kavar"),
    case("compound-fighters", "Kavar Front fighters attacked Tallen on Monday.",
         "ConflictEvent", "attacked", "Kavar Front"),
    case("our-forces", "Jorek Almund, a spokesman for the Kavar Front, said \"our forces "
         "entered Tallen on Monday\".", "MovementEvent", "entered", "Kavar Front"),
    case("we-captured", "\"We captured Brisko this morning,\" said Jorek Almund, a "
         "spokesman for the Kavar Front.", "ControlEvent", "captured", "Kavar Front"),
    case("court-sentenced", "The Vanta High Court sentenced Dario Hensk to ten years on "
         "Monday.", "JusticeEvent", "sentenced", "Vanta High Court"),
    case("president-sacked", "President Oren Tasz sacked Defence Minister Ilia Varn on "
         "Monday.", "PersonnelEvent", "sacked", "Oren Tasz"),
    case("met", "Veskan President Oren Tasz met Kavar Front leader Mila Drost in Genoa on "
         "Monday.", "ContactEvent", "met", "Oren Tasz"),
    case("said-had-attacked", "Oren Tasz said the Kavar Front had attacked Morlin on "
         "Monday.", "ConflictEvent", "attacked", "Kavar Front"),
]
# fmt: on


@pytest.mark.parametrize("text, cls, trigger, agent", CONTROLLED + KNOWN)
def test_an_event_has_the_agent_its_construction_gives(run, text, cls, trigger, agent):
    r = run(text)
    assert agent in _agents(r, cls, trigger), r.summary()


@pytest.mark.parametrize("text, cls, trigger, not_agent", CONTROLLED_NEAR_MISSES)
def test_no_controller_no_borrowed_agent(run, text, cls, trigger, not_agent):
    r = run(text)
    assert not_agent not in _agents(r, cls, trigger), r.summary()
