"""kg.extract entities, tenth wave: one lexicon of descriptions by kind and one resolver
(``descriptions.named_body``) for the entity layer and the agent layer; entities and
memberships on unseen text.

Every sentence is invented. The articles are published on Friday 2024-03-15.
"""

from __future__ import annotations

import pytest

from kg.extract.coref import Resolver
from kg.extract.descriptions import (
    FIGHTERS,
    STATE_FORCES,
    armed_name,
    description_kind,
    named_group_of,
)
from kg.extract.entities import entity_table


def case(id_: str, *values, why: str | None = None):
    """One table row; ``why`` marks a documented engine failure (strict xfail)."""
    marks = [pytest.mark.xfail(strict=True, reason=why)] if why else []
    return pytest.param(*values, id=id_, marks=marks)


# ---------------------------------------------------------------- the lexicon by kind

# fmt: off
KINDS = [
    ("rebels", FIGHTERS), ("surviving fighters", FIGHTERS), ("insurgents", FIGHTERS),
    ("the gunmen", FIGHTERS), ("government troops", STATE_FORCES),
    ("security forces", STATE_FORCES), ("regulator", "regulator"),
    ("watchdog", "regulator"), ("prosecutors", "prosecutors"), ("inspectors", "inspectors"),
    ("Kelvar Rebels", None), ("troops", None), ("company", None), ("rival forces", None),
]
# fmt: on


@pytest.mark.parametrize(("label", "kind"), KINDS)
def test_description_kind(label, kind):
    assert description_kind(label) == kind


# fmt: off
ARMED_NAMES = [
    # (name, whether it names an armed group that is not the state's own)
    ("Kelvar Liberation Front", True), ("Orrin Resistance Movement", True),
    ("Marlow Popular Army", True), ("Free Dorran Army", True),
    ("Sable Ridge Brigades", True), ("Orrin Democratic Alliance Army", True),
    ("Lunet Armed Forces", False), ("Veska Army", False), ("Orrin Defence Army", False),
    ("Vanta National Guard", False), ("Harlow City Council", False), ("Delta Grain", False),
    ("rebels", False), ("Tesk Police Service", False),
]
# fmt: on


@pytest.mark.parametrize(("name", "armed"), ARMED_NAMES)
def test_armed_name(name, armed):
    assert armed_name(name) is armed


def test_armed_name_called_so():
    """A one-word name the text calls a militant group is one."""
    assert armed_name("Harvak", {"militant"})
    assert not armed_name("Harvak", {"firm"})


# ---------------------------------------------------------------- one resolver, any kind

# fmt: off
TOKEN_KINDS = [
    # (text, the description word (its last occurrence), the entity it stands for): the
    # token resolver answers for every kind the agent layer knows
    case("regulator", "The Vanta Competition Authority opened an inquiry into the merger. "
         "The regulator said it would rule in June.", "regulator",
         "Vanta Competition Authority"),
    case("watchdog", "The Orrin Securities Commission fined two brokers last year. A "
         "lawyer for the firms said the watchdog had overreached.", "watchdog",
         "Orrin Securities Commission"),
    case("prosecutors", "The Marlow Prosecutor's Office reopened the case in May. "
         "Prosecutors said new witnesses had come forward.", "Prosecutors",
         "Marlow Prosecutor's Office"),
    case("inspectors", "The Lunet Food Agency tested the milk. Inspectors found no trace "
         "of the chemical.", "Inspectors", "Lunet Food Agency"),
    case("government-forces", "The Lunet Armed Forces said the road was open. Government "
         "forces had cleared it overnight.", "forces", "Lunet Armed Forces"),
    case("insurgents-joined", "The Kelvar Liberation Front took Orrin on Monday. The "
         "insurgents said the Kelvar Liberation Front would stay.", "insurgents",
         "Kelvar Liberation Front"),
]
TOKEN_KIND_NEAR_MISSES = [
    # (text, the description word (its last occurrence)): none of the kind, or two
    case("no-regulator", "Delta Grain bought the Orrin mill. The regulator said it would "
         "look at the deal.", "regulator"),
    case("two-regulators", "The Vanta Competition Authority and the Orrin Securities "
         "Commission met. The regulator said nothing.", "regulator"),
    case("regulator-after", "The regulator said it would rule in June. The Vanta "
         "Competition Authority gave no date.", "regulator"),
    case("two-state-armies", "The Vanta Army and the Lunet Army met in Tesk. Government "
         "forces took the airport.", "forces"),
    case("forces-of-a-front", "The Kelvar Front said government forces had shelled "
         "Orrin.", "forces"),
    case("rebels-named-once", "The Kelvar Liberation Front took Orrin on Monday. The "
         "rebels said they would stay.", "rebels"),
]
# fmt: on


def _resolve(nlp, text, word):
    doc = nlp(text)
    table = entity_table(doc)
    res = Resolver(doc, table)
    token = [t for t in doc if t.text == word][-1]
    labels = {e.key: e.label for e in table.entities}
    return named_group_of(res, token), labels


@pytest.mark.parametrize(("text", "word", "name"), TOKEN_KINDS)
def test_named_group_of_every_kind(nlp, text, word, name):
    key, labels = _resolve(nlp, text, word)
    assert key is not None and labels[key] == name, (labels, key)


@pytest.mark.parametrize(("text", "word"), TOKEN_KIND_NEAR_MISSES)
def test_named_group_of_every_kind_near_misses(nlp, text, word):
    key, labels = _resolve(nlp, text, word)
    assert key is None or labels[key] == labels[key].lower(), (labels, key)
