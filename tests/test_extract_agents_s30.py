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
- "The Veskan president", "the Tallen mayor" after "Veskan President Anna Kovacs", "Tallen
  Mayor Dario Hensk": a definite role with the qualifier the text gave that role before is
  that person, not the qualifier's own entity ("Veskan"); "the Veskan leader" is any role
  so qualified. Not another qualifier or another role.
- "A court sentenced former interior minister Tomas Varn to twelve years": a name after a
  title that the parser hangs on the verb as a clause (no subject, no auxiliary) is its
  object; and so the doer of a deed it is judged for ("... for ordering the killing").
- "Six rebels were killed, the Orrin Army said", "two soldiers were killed, the Kavar
  Liberation Front said": the other side's dead as a state's force or an armed group
  calls them are the speaker's deed (as "insurgents", "attackers" were). Not its own dead
  ("three soldiers were killed, the army said", "six of its soldiers") nor a death with
  its own doer ("by a landmine").
- "The attack, which the Kavar Front claimed, killed six", "the raid that Veskan troops
  carried out": the subject of a relative clause that owns, undertakes or does the event
  noun (its pronoun the object) is its doer, and so of the deaths it caused. Not a clause
  that judges or denies it ("which the army condemned"), nor one with its own object.
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

QUALIFIED_ROLES = [
    # (text, class, trigger, person): doer or the one it is done to
    case("veskan-president-fired", "Veskan President Anna Kovacs returned from Genoa on "
         "Sunday. The Veskan president fired the defence minister on Monday.",
         "PersonnelEvent", "fired", "Anna Kovacs"),
    case("appos-veskan-leader", "Anna Kovacs, the Veskan president, returned on Sunday. The "
         "Veskan leader fired the defence minister on Monday.", "PersonnelEvent", "fired",
         "Anna Kovacs"),
    case("tallen-mayor-arrested", "Tallen Mayor Dario Hensk denied the report. The Tallen "
         "mayor was arrested on Tuesday.", "JusticeEvent", "arrested", "Dario Hensk"),
    case("two-presidents", "Veskan President Anna Kovacs met Kelvar President Dario Hensk on "
         "Sunday. The Veskan president fired the defence minister on Monday.",
         "PersonnelEvent", "fired", "Anna Kovacs"),
    case("orrin-governor-resigned", "Mila Drost, the Orrin governor, visited Tesk in May. "
         "The Orrin governor resigned on Friday.", "PersonnelEvent", "resigned", "Mila Drost"),
    case("firm-chairman-met", "Delta Grain Chairman Piet Olsen sold his shares. The Delta "
         "chairman met investors on Monday.", "ContactEvent", "met", "Piet Olsen"),
]

NOT_QUALIFIED_ROLES = [
    # (text, class, trigger, not the person)
    case("other-qualifier", "Veskan President Anna Kovacs returned from Genoa on Sunday. The "
         "Kelvar president fired the defence minister on Monday.", "PersonnelEvent", "fired",
         "Anna Kovacs"),
    case("other-role", "Veskan President Anna Kovacs returned on Sunday. The Veskan minister "
         "resigned on Monday.", "PersonnelEvent", "resigned", "Anna Kovacs"),
    case("qualifier-not-doer", "Veskan President Anna Kovacs returned on Sunday. The Veskan "
         "president fired the defence minister on Monday.", "PersonnelEvent", "fired",
         "Veskan"),
]

TITLED_OBJECTS = [
    # (text, class, trigger, person): the one a deed is done to, after a title
    case("sentenced-former-minister", "A court sentenced former interior minister Tomas Varn "
         "to twelve years in prison on Monday.", "JusticeEvent", "sentenced", "Tomas Varn"),
    case("arrested-opposition-leader", "Police arrested opposition leader Dario Hensk on "
         "Monday.", "JusticeEvent", "arrested", "Dario Hensk"),
    case("jailed-former-president", "A court jailed former president Tomas Varn on Tuesday.",
         "JusticeEvent", "jailed", "Tomas Varn"),
    case("charged-former-minister", "Prosecutors charged former finance minister Anna "
         "Kovacs with fraud.", "JusticeEvent", "charged", "Anna Kovacs"),
    case("met-foreign-minister", "Anna Kovacs met Kelvar foreign minister Dario Hensk in "
         "Genoa.", "ContactEvent", "met", "Dario Hensk"),
    case("kidnapped-aid-worker", "Rebels kidnapped aid worker Mila Drost near Brisko.",
         "ConflictEvent", "kidnapped", "Mila Drost"),
]

JUDGED_DOERS = [
    # (text, class, trigger, agent): the one judged did the deed judged
    case("sentenced-for-ordering", "A court sentenced former interior minister Tomas Varn to "
         "twelve years on Monday for ordering the killing of two journalists.", "LifeEvent",
         "killing", "Tomas Varn"),
    case("arrested-for-organising", "Police arrested opposition leader Dario Hensk for "
         "organising the protest.", "ProtestEvent", "protest", "Dario Hensk"),
]

ENEMY_DEAD = [
    # (text, class, trigger, agent): the other side's dead, told by an armed body
    case("army-rebels-killed", "Six rebels were killed in the operation, the Orrin Army "
         "said.", "LifeEvent", "killed", "Orrin Army"),
    case("army-said-separatists", "The Orrin Army said 12 separatists were killed near "
         "Brisko on Monday.", "LifeEvent", "killed", "Orrin Army"),
    case("front-soldiers-killed", "Two soldiers were killed in the ambush, the Kavar "
         "Liberation Front said.", "LifeEvent", "killed", "Kavar Liberation Front"),
    case("navy-guerrillas-shot", "The Veskan Navy said four guerrillas were shot dead on "
         "Sunday.", "LifeEvent", "shot", "Veskan Navy"),
]

NOT_ENEMY_DEAD = [
    # (text, class, trigger, not the agent): its own dead, or a doer told
    case("army-own-soldiers", "Three soldiers were killed in the ambush, the Orrin Army "
         "said.", "LifeEvent", "killed", "Orrin Army"),
    case("six-of-its-soldiers", "Six of its soldiers were killed, the Orrin Army said.",
         "LifeEvent", "killed", "Orrin Army"),
    case("front-own-rebels", "Two rebels were killed, the Kavar Liberation Front said.",
         "LifeEvent", "killed", "Kavar Liberation Front"),
    case("landmine-doer", "Two rebels were killed by a landmine, the Orrin Army said.",
         "LifeEvent", "killed", "Orrin Army"),
]

RELATIVE_PURSUERS = [
    # (text, class, trigger, agent): a relative clause owns or does the event noun
    case("which-claimed", "The attack, which the Kavar Front claimed, killed six soldiers.",
         "ConflictEvent", "attack", "Kavar Front"),
    case("which-claimed-death", "The attack, which the Kavar Front claimed, killed six "
         "soldiers.", "LifeEvent", "killed", "Kavar Front"),
    case("that-carried-out", "The raid that Veskan troops carried out on Monday killed two "
         "guards. Veska denied it.", "ConflictEvent", "raid", "Veska"),
    case("bare-relative-launched", "The offensive the Orrin Army launched in May has "
         "stalled.", "ConflictEvent", "offensive", "Orrin Army"),
    case("which-admitted", "The bombing, which the Kavar Front later admitted, destroyed "
         "the market.", "ConflictEvent", "bombing", "Kavar Front"),
    case("which-staged", "The strike, which the Tesk Nurses Union staged in May, ended on "
         "Friday.", "ProtestEvent", "strike", "Tesk Nurses Union"),
]

NOT_RELATIVE_PURSUERS = [
    # (text, class, trigger, not the agent): a clause that judges, suffers or denies it
    case("which-condemned", "The attack, which the Orrin Army condemned, killed six "
         "soldiers.", "ConflictEvent", "attack", "Orrin Army"),
    case("which-denied", "The attack, which the Kavar Front denied, killed six soldiers.",
         "ConflictEvent", "attack", "Kavar Front"),
    case("own-object", "The attack that left the Kavar Front weakened killed six soldiers.",
         "ConflictEvent", "attack", "Kavar Front"),
]

FIGHTERS_NAMED = [
    # (text, class, trigger, agent)
    case("rebel-group-name", "The rebel group Tallen seized Brisko on Monday.",
         "ControlEvent", "seized", "Tallen"),
]
# fmt: on


@pytest.mark.parametrize(("text", "cls", "trigger", "agent"),
                         HARMED_IN_DEED + TRADE_UNIONS + MEMBERS_TOLD_BEFORE + JUDGED_DOERS
                         + ENEMY_DEAD + RELATIVE_PURSUERS + FIGHTERS_NAMED)
def test_doer_read(run, text, cls, trigger, agent):
    r = run(text)
    assert agent in r.labels(r.event(cls, trigger=trigger).agents), r.summary()


@pytest.mark.parametrize(("text", "cls", "trigger", "agent"),
                         NOT_HARMED_IN_DEED + NOT_TRADE_UNIONS + NOT_MEMBERS_TOLD_BEFORE
                         + NOT_ENEMY_DEAD + NOT_RELATIVE_PURSUERS + NOT_FIGHTERS)
def test_doer_not_read(run, text, cls, trigger, agent):
    r = run(text)
    assert agent not in r.labels(r.event(cls, trigger=trigger).agents), r.summary()


def test_blast_has_no_doer(run):
    r = run("Six people were killed when a bomb exploded in Tallen.")
    assert r.event("LifeEvent", trigger="killed").agents == (), r.summary()


@pytest.mark.parametrize(("text", "cls", "trigger", "person"), QUALIFIED_ROLES + TITLED_OBJECTS)
def test_qualified_role_taken_up(run, text, cls, trigger, person):
    r = run(text)
    event = r.event(cls, trigger=trigger)
    assert person in r.labels(event.agents + event.participants), r.summary()


@pytest.mark.parametrize(("text", "cls", "trigger", "person"), NOT_QUALIFIED_ROLES)
def test_qualified_role_not_guessed(run, text, cls, trigger, person):
    r = run(text)
    event = r.event(cls, trigger=trigger)
    assert person not in r.labels(event.agents + event.participants), r.summary()
