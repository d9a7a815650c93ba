"""kg.extract, wave 12: the doer of a statement's proposition given by a part in the deed.

- "X admitted its involvement in the raid", "X said it had taken part in the purchase",
  "Y said X played a key role in the attack": the one given a part in the deed is its
  doer; a part denied ("X denied any role in the bombing": the deed is the denial's
  proposition, denied, with no doer, as wave 5 holds a denial owns no deed) or refused
  ("X said it had no role in the attack") names none.
- "X condemned the capture of Y by Z": a "by" phrase the parser hangs on the active verb
  belongs to the deed's noun; Z did it.

Every sentence is invented (names and places are made up).
"""

from __future__ import annotations

import pytest
from cases import case

# ------------------------------------------------------------------ a part in a deed

# fmt: off
DENIED_PARTS = [
    # (text, speaker, class, denier): the deed denied, with no doer (the denier least)
    case("denied-any-role",
         "The Harlan Miners Guild denied any role in the bombing of the Orrin depot.",
         "Harlan Miners Guild", "ConflictEvent", "Harlan Miners Guild"),
    case("denied-involvement",
         "Delta Grain denied involvement in the killing of two farmers in Orrin.",
         "Delta Grain", "LifeEvent", "Delta Grain"),
    case("denied-responsibility",
         "The Dravian government denied responsibility for the attack on the Halvik market.",
         "Dravian government", "ConflictEvent", "Dravian government"),
    case("denied-having-a-role",
         "The Veska Army denied having any role in the killing of three farmers in Halvik.",
         "Veska Army", "LifeEvent", "Veska Army"),
    case("denied-it-took-part",
         "The Kelvar Front denied that it had taken part in the attack on Tarsk.",
         "Kelvar Front", "ConflictEvent", "Kelvar Front"),
    case("denied-being-involved",
         "The Kelvar Front denied being involved in the attack on Tarsk.",
         "Kelvar Front", "ConflictEvent", "Kelvar Front"),
    case("rejected-any-involvement",
         "The Dravian government rejected any involvement in the arrest of Ben Adler.",
         "Dravian government", "JusticeEvent", "Dravian government"),
    case("spokesman-denied-role",
         "Kelvar Front spokesman Ivo Petrov denied any role in the attack on Tarsk.",
         "Ivo Petrov", "ConflictEvent", "Kelvar Front"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "cls", "denier"), DENIED_PARTS)
def test_a_denied_part_in_a_deed_is_a_denied_deed_with_no_doer(run, text, speaker, cls,
                                                                denier):
    r = run(text)
    st = r.statement_by(speaker)
    ev = r.proposition(r.statement_by(speaker))
    assert st.stance == "Deny" and ev.factuality == "Denied", r.summary()
    assert ev.type == cls and denier not in r.labels(ev.agents), r.summary()


# fmt: off
OWNED_PARTS = [
    # (text, speaker, class, doer): a part owned, or given to another, names the doer
    case("admitted-its-involvement",
         "The Veska Army admitted its involvement in the shelling of Tarsk.",
         "Veska Army", "ConflictEvent", "Veska Army"),
    case("played-a-key-role",
         "The Veska Army said the Kelvar Front played a key role in the attack on Tarsk.",
         "Veska Army", "ConflictEvent", "Kelvar Front"),
    case("was-complicit",
         "The Kelvar Front was complicit in the killing of three farmers, the Veska Army said.",
         "Veska Army", "LifeEvent", "Kelvar Front"),
    case("took-part-in-purchase",
         "Delta Grain said it had taken part in the purchase of Halvik Mills.",
         "Delta Grain", "TransactionEvent", "Delta Grain"),
    case("chief-admitted-his-role",
         "Delta Grain chief executive Ben Adler admitted his role in the purchase of Halvik "
         "Mills.",
         "Ben Adler", "TransactionEvent", "Delta Grain"),
]
# fmt: on


# fmt: off
NO_PART = [
    # (text, speaker, name): a part refused outside a denial, or no part at all
    case("said-it-had-no-role",
         "The Kelvar Front said it had no role in the attack on Tarsk.",
         "Kelvar Front", "Kelvar Front"),
    case("condemned-the-attack",
         "Veska Army chief Ivo Petrov condemned the attack on Tarsk.", "Ivo Petrov",
         "Veska Army"),
    case("role-of-the-mayor-praised",
         "The Kelvar Front praised the courage of Mayor Mara Quint during the attack on "
         "Tarsk.", "Kelvar Front", "Mara Quint"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "name"), NO_PART)
def test_no_part_no_doer(run, text, speaker, name):
    r = run(text)
    for ev in r.propositions(r.statement_by(speaker)):
        assert name not in r.labels(ev.agents), r.summary()


# ------------------------------------------------- a stray "by" phrase, forces loyal to X

# fmt: off
BY_PHRASES = [
    # (text, speaker, class, doer)
    case("condemned-capture-by",
         "The Kelvar Front condemned the capture of Lunet by the Veska Army.",
         "Kelvar Front", "ControlEvent", "Veska Army"),
    case("condemned-capture-by-front",
         "The Dravian government condemned the capture of Lunet by the Kelvar Front.",
         "Dravian government", "ControlEvent", "Kelvar Front"),
    case("denounced-shelling-by-forces",
         "The Dravian Foreign Ministry denounced the shelling of Tarsk by Veska forces.",
         "Dravian Foreign Ministry", "ConflictEvent", "Veska"),
    case("criticised-sacking-by",
         "Union leader Ivo Petrov criticised the sacking of Ben Adler by Delta Grain.",
         "Ivo Petrov", "PersonnelEvent", "Delta Grain"),
    case("forces-loyal-to",
         "Forces loyal to the Kelvar Front seized Tarsk on Sunday, the Veska Army said.",
         "Veska Army", "ControlEvent", "Kelvar Front"),
    case("confirmed-arrest-by-officers",
         "The Veska Army confirmed the arrest of Ben Adler by Marlow Police officers.",
         "Veska Army", "JusticeEvent", "Marlow Police"),
]
# fmt: on


# fmt: off
NO_BY_DOER = [
    # (text, speaker): "by" with a date or a means names no doer
    case("by-a-day", "Mayor Mara Quint condemned the shelling of Tarsk by Monday.",
         "Mara Quint"),
    case("by-phone", "Mayor Mara Quint condemned the shelling of Tarsk by phone.",
         "Mara Quint"),
]
# fmt: on


# ------------------------------------------------------- "the council" for "X Council for Y"

# fmt: off
NAME_HEADS = [
    # (text, speaker, class, doer): "the council" takes up "Lunet Council for Justice"
    case("council-for",
         "A group calling itself the Lunet Council for Justice seized the state radio on "
         "Monday. \"The council has taken charge of the country,\" said Ivo Petrov, a "
         "spokesman for the group.",
         "Ivo Petrov", "ControlEvent", "Lunet Council for Justice"),
    case("union-of",
         "The Union of Orrin Farmers called a strike on Monday. The union has shut down every "
         "mill in Kelvar, Mayor Mara Quint said.",
         "Mara Quint", "BusinessEvent", "Union of Orrin Farmers"),
    case("movement-for",
         "The Movement for Change rallied in Tarsk on Sunday. The movement later seized the "
         "town hall in Halvik, the Veska Army said.",
         "Veska Army", "ControlEvent", "Movement for Change"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "cls", "doer"), NAME_HEADS)
def test_a_description_takes_up_a_name_by_its_head_noun(run, text, speaker, cls, doer):
    r = run(text)
    found = [ev for ev in r.propositions(r.statement_by(speaker)) if ev.type == cls]
    assert found and r.labels(found[0].agents) == [doer], r.summary()


def test_name_heads_reads_the_noun_before_for_or_of():
    from kg.extract.events import name_heads

    assert name_heads("Lunet Council for Justice") == {"council", "justice"}
    assert name_heads("Front for the Liberation of Kelvar") == {"front", "kelvar"}
    assert name_heads("Kelvar Militia") == {"militia"}
    assert name_heads("Bank of Orrin") == {"bank", "orrin"}


# ------------------------------------------------------- ground named by its kind alone

# fmt: off
KIND_GROUND = [
    # (text, speaker, class, doer)
    case("taken-the-airport",
         "\"We have taken the airport,\" Kelvar Front spokesman Ivo Petrov said.",
         "Ivo Petrov", "ControlEvent", "Kelvar Front"),
    case("in-control-of-the-town",
         "\"We are in full control of the town,\" Kelvar Front spokesman Ivo Petrov said.",
         "Ivo Petrov", "ControlEvent", "Kelvar Front"),
    case("forces-in-control-of-the-airport",
         "\"Our units are in control of the airport,\" said Ivo Petrov, a spokesman for the "
         "Kelvar Front.",
         "Ivo Petrov", "ControlEvent", "Kelvar Front"),
    case("entered-the-base",
         "The Kelvar Front said its fighters had entered the army base.",
         "Kelvar Front", "MovementEvent", "Kelvar Front"),
    case("attacked-a-police-post",
         "The Veska Army said the Kelvar Front had attacked a police post near the border.",
         "Veska Army", "ConflictEvent", "Kelvar Front"),
]
# fmt: on


# fmt: off
NO_GROUND = [
    # (text, speaker): nothing taken, held or struck
    case("control-of-the-budget",
         "\"We are in full control of the budget,\" Delta Grain chief executive Ben Adler "
         "said.", "Ben Adler"),
    case("took-the-bus",
         "Mayor Mara Quint said she took the bus to the town hall.", "Mara Quint"),
    case("a-post-online",
         "Mayor Mara Quint said Ben Adler had attacked her in a post on Monday.", "Mara Quint"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker"), NO_GROUND)
def test_no_ground_no_control(run, text, speaker):
    r = run(text)
    for ev in r.propositions(r.statement_by(speaker)):
        assert ev.type not in {"ControlEvent", "ConflictEvent"}, r.summary()


# ------------------------------------------------ a deed taken as done in a finite clause

# fmt: off
STATED_CAUSES = [
    # (text, speaker, class, doer): "after / since / because X did Y": Y is asserted too
    case("after-troops-attacked",
         "The Kelvar Front said clashes erupted after Veska Army troops attacked its "
         "positions near Tarsk.", "Kelvar Front", "ConflictEvent", "Veska Army"),
    case("because-shelled",
         "The Kelvar Front said it withdrew from Tarsk because the Veska Army had shelled "
         "the town.", "Kelvar Front", "ConflictEvent", "Veska Army"),
    case("since-bought",
         "Mayor Mara Quint said prices had risen since Delta Grain bought the Orrin mill.",
         "Mara Quint", "TransactionEvent", "Delta Grain"),
    case("after-arrested",
         "Union leader Ivo Petrov said workers walked out after the Marlow Police arrested "
         "Ben Adler.", "Ivo Petrov", "JusticeEvent", "Marlow Police"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "cls", "doer"), STATED_CAUSES)
def test_a_deed_taken_as_done_is_asserted(run, text, speaker, cls, doer):
    r = run(text)
    found = [ev for ev in r.propositions(r.statement_by(speaker)) if ev.type == cls]
    assert any(doer in r.labels(ev.agents) for ev in found), r.summary()


# fmt: off
NOT_DONE_CLAUSES = [
    # (text, speaker, class): a condition, a time to come or a denial asserts no such deed
    case("if-attacked",
         "The Kelvar Front said it would withdraw from Tarsk if the Veska Army attacked the "
         "town.", "Kelvar Front", "ConflictEvent"),
    case("before-attacked",
         "The Kelvar Front said its fighters withdrew from Tarsk before the Veska Army "
         "attacked the town.", "Kelvar Front", "ConflictEvent"),
    case("while-attacked",
         "The Kelvar Front said it had withdrawn from Tarsk while the Veska Army attacked "
         "Halvik.", "Kelvar Front", "ConflictEvent"),
    case("denied-after",
         "The Veska Army denied that its troops fled after the Kelvar Front attacked Tarsk.",
         "Veska Army", "ConflictEvent"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "cls"), NOT_DONE_CLAUSES)
def test_a_deed_not_taken_as_done_is_no_proposition(run, text, speaker, cls):
    r = run(text)
    assert all(ev.type != cls for ev in r.propositions(r.statement_by(speaker))), r.summary()


# ------------------------------------------------------------------ the one blamed did it

# fmt: off
BLAMED = [
    # (text, speaker, class, doer): the object of "accused ... of", "blamed ... for"
    case("accused-fighters-of",
         "The Veska Army accused Kelvar Front fighters of attacking a convoy near Tarsk.",
         "Veska Army", "ConflictEvent", "Kelvar Front"),
    case("accused-soldiers-of",
         "The Kelvar Front accused Veska Army soldiers of shelling Halvik.",
         "Kelvar Front", "ConflictEvent", "Veska Army"),
    case("blamed-named-police",
         "Opposition leader Ivo Petrov blamed the Marlow Police for the killing of two "
         "protesters in Lunet.", "Ivo Petrov", "LifeEvent", "Marlow Police"),
]
# fmt: on


# fmt: off
BLAMED_UNNAMED = [
    # (text, speaker): the one blamed is no entity: the deed gets no doer, the blamer least
    case("blamed-the-police",
         "Opposition leader Ivo Petrov blamed the police for the death of two protesters in "
         "Lunet.", "Ivo Petrov"),
    case("accused-the-army",
         "Kelvar Front leader Ben Adler accused the army of shelling Halvik.", "Ben Adler"),
]
# fmt: on


# ------------------------------------------------------------------ every table of doers

#: (text, speaker, class, doer): the statement's main proposition has that class and doer.
MAIN_DOERS = OWNED_PARTS + BY_PHRASES + KIND_GROUND + BLAMED


@pytest.mark.parametrize(("text", "speaker", "cls", "doer"), MAIN_DOERS)
def test_the_main_proposition_has_its_doer(run, text, speaker, cls, doer):
    r = run(text)
    ev = r.proposition(r.statement_by(speaker))
    assert ev.type == cls and r.labels(ev.agents) == [doer], r.summary()


#: (text, speaker): a "by" of time or means, one blamed but unnamed: no doer at all.
NO_DOER = NO_BY_DOER + BLAMED_UNNAMED


@pytest.mark.parametrize(("text", "speaker"), NO_DOER)
def test_the_main_proposition_has_no_doer(run, text, speaker):
    r = run(text)
    assert r.proposition(r.statement_by(speaker)).agents == (), r.summary()


# ------------------------------------------------------------------ a share of a place

# fmt: off
SHARES = [
    # (text, speaker, place or None): the place a share is of; none of a firm
    case("most-of", "The Kelvar Front said its fighters now control most of Halvik.",
         "Kelvar Front", "Halvik"),
    case("much-of-the-city", "The Kelvar Front said it now controls much of the city of "
         "Lunet.", "Kelvar Front", "Lunet"),
    case("most-of-a-firm", "Delta Grain said it controls most of Orrin Foods.", "Delta Grain",
         None),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "place"), SHARES)
def test_a_share_of_a_place_is_held_at_the_place(run, text, speaker, place):
    r = run(text)
    ev = r.proposition(r.statement_by(speaker))
    assert r.labels(ev.places) == ([place] if place else []), r.summary()
