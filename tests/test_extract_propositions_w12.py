"""kg.extract, wave 12: the doer of a statement's proposition given by a part in the deed.

- "X denied any role in the bombing", "X admitted its involvement in the raid", "X denied
  that it had taken part in the attack", "Y said X played a key role in the attack": the
  one given (or denied) a part in the deed is its doer; a denial keeps the deed denied;
  a part refused without a denial ("X said it had no role in the attack") names no doer.
- "X condemned the capture of Y by Z": a "by" phrase the parser hangs on the active verb
  belongs to the deed's noun; Z did it.

Every sentence is invented (names and places are made up).
"""

from __future__ import annotations

import pytest
from cases import case


def main_proposition(r, speaker: str):
    props = r.propositions(r.statement_by(speaker))
    assert props, f"no proposition for {speaker!r}\n{r.summary()}"
    return props[0]


# ------------------------------------------------------------------ a part in a deed

# fmt: off
DENIED_PARTS = [
    # (text, speaker, class, doer): a denial of one's part in a deed denies one did it
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


@pytest.mark.parametrize(("text", "speaker", "cls", "doer"), DENIED_PARTS)
def test_a_denied_part_in_a_deed_is_a_denied_deed(run, text, speaker, cls, doer):
    r = run(text)
    st = r.statement_by(speaker)
    ev = main_proposition(r, speaker)
    assert st.stance == "Deny" and ev.factuality == "Denied", r.summary()
    assert ev.type == cls and r.labels(ev.agents) == [doer], r.summary()


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


@pytest.mark.parametrize(("text", "speaker", "cls", "doer"), OWNED_PARTS)
def test_a_part_in_a_deed_names_its_doer(run, text, speaker, cls, doer):
    r = run(text)
    ev = main_proposition(r, speaker)
    assert ev.type == cls and r.labels(ev.agents) == [doer], r.summary()


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


# ------------------------------------------------------------------ a stray "by" phrase

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
    case("confirmed-arrest-by-officers",
         "The Veska Army confirmed the arrest of Ben Adler by Marlow Police officers.",
         "Veska Army", "JusticeEvent", "Marlow Police"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "cls", "doer"), BY_PHRASES)
def test_a_by_phrase_names_the_doer_of_a_deed_noun(run, text, speaker, cls, doer):
    r = run(text)
    ev = main_proposition(r, speaker)
    assert ev.type == cls and r.labels(ev.agents) == [doer], r.summary()


# fmt: off
NO_BY_DOER = [
    # (text, speaker): "by" with a date or a means names no doer
    case("by-a-day", "Mayor Mara Quint condemned the shelling of Tarsk by Monday.",
         "Mara Quint"),
    case("by-phone", "Mayor Mara Quint condemned the shelling of Tarsk by phone.",
         "Mara Quint"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker"), NO_BY_DOER)
def test_a_by_phrase_of_time_or_means_names_no_doer(run, text, speaker):
    r = run(text)
    ev = main_proposition(r, speaker)
    assert ev.agents == (), r.summary()
