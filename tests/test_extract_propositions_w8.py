"""kg.extract, wave 8: a statement's propositions when its content tells several events.

- an assertion asserts every event its content tells as fact, not only its main
  clause's: one in a relative clause ("the mill, which it bought in 2019, was sold"), in a
  clause of time or cause with a subject of its own ("withdrew after militia fighters
  attacked the depot", "while the board met the union"); not one told as not so or not
  yet: an infinitive ("the battle to seize X"), a clause of condition or of time to come
  ("before the army attacked", "if the bank agreed"), a denial's subordinate clauses.

Every sentence is invented (names and places are made up), across conflict, business,
health, sport and courts.
"""

from __future__ import annotations

import pytest


def case(id_: str, *values, why: str | None = None):
    """One table row; ``why`` marks a documented engine failure (strict xfail)."""
    marks = [pytest.mark.xfail(strict=True, reason=why)] if why else []
    return pytest.param(*values, id=id_, marks=marks)


def propositions(r, statement) -> list:
    """Every event a statement asserts or denies, its main one first."""
    keys = [statement.proposition, *statement.further_propositions]
    return [next(e for e in r.ex.events if e.key == k) for k in keys if k is not None]


def triggers(r, speaker: str) -> list[str]:
    return [e.trigger for e in propositions(r, r.statement_by(speaker))]


# ------------------------------------------------------------------ several events told as fact

# fmt: off
TOLD_AS_FACT = [
    # (text, speaker, trigger of a further event asserted)
    case("relative-clause-purchase",
         "Delta Grain said the Kelvar mill, which it bought in 2019, had been sold to "
         "Halvik Mills.",
         "Delta Grain", "bought"),
    case("after-clause-own-subject",
         "The Veska Guard said its troops had withdrawn from Orrin after militia fighters "
         "attacked the depot.",
         "Veska Guard", "attacked"),
    case("while-clause-meeting",
         "Veska Health said nurses protested in Orrin while the hospital board met the "
         "union.",
         "Veska Health", "met"),
    case("because-clause-fine",
         "Coach Elsa Brandt said the striker left Harrow United because the league fined "
         "the club.",
         "Elsa Brandt", "fined"),
    case("when-clause-arrest",
         "Lawyer Noor Haddad said her client was injured when police arrested him in "
         "Kelvar.",
         "Noor Haddad", "arrested"),
    case("relative-clause-attack-quote",
         '"The bridge, which the Kelvar Militia attacked on Sunday, has been repaired," '
         "Mayor Ilse Morrow said.",
         "Ilse Morrow", "attacked"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "trigger"), TOLD_AS_FACT)
def test_an_assertion_asserts_every_event_its_content_tells_as_fact(run, text, speaker,
                                                                     trigger):
    r = run(text)
    assert trigger in triggers(r, speaker), r.summary()


# fmt: off
NOT_TOLD_AS_FACT = [
    # (text, speaker, trigger of an event the statement must not assert)
    case("battle-to-seize",
         "The Kelvar Militia said the battle to seize Orrin had killed 12 fighters.",
         "Kelvar Militia", "seize"),
    case("before-clause",
         "Delta Grain said it had sold the Kelvar mill before the bank seized its "
         "accounts.",
         "Delta Grain", "seized"),
    case("if-clause",
         "Harrow United said the striker would leave if the league fined the club.",
         "Harrow United", "fined"),
    case("until-clause",
         "The Veska Guard said its troops had held Orrin until militia fighters attacked "
         "the depot.",
         "Veska Guard", "attacked"),
    case("denial-keeps-its-main-clause",
         "Delta Grain denied that it had sold the Kelvar mill after the bank seized its "
         "accounts.",
         "Delta Grain", "seized"),
    case("plan-to-buy",
         "Halvik Mills said it had borrowed money from the bank in order to buy the "
         "Kelvar mill.",
         "Halvik Mills", "buy"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "trigger"), NOT_TOLD_AS_FACT)
def test_an_event_told_as_not_so_or_not_yet_is_no_further_proposition(run, text, speaker,
                                                                         trigger):
    r = run(text)
    assert trigger not in triggers(r, speaker)[1:], r.summary()
