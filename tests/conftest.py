"""Shared fixtures: the spaCy pipeline (loaded once per session) and ``run``, which reads
one invented text with the extraction engine and wraps the result for assertions.

Every helper that looks something up fails with a summary of what *was* extracted,
so a failing (or xfailed) case says at once what the engine produced instead.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from kg.extract import extract
from kg.records import Article, Entity, Event, Extraction, Membership, Statement

#: Publication date of every test article: a Friday.
PUBLISHED = "2024-03-15"
#: The project's shared evaluation material, when it is checked out beside the repository.
SHARED = Path(__file__).resolve().parents[2] / "shared"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests marked ``shared`` need ../shared: they run when it is there (``.ci/run`` runs
    them with the rest), and are skipped, saying why, on a clone of newskg alone."""
    if SHARED.is_dir():
        return
    skip = pytest.mark.skip(reason=f"needs the shared evaluation material at {SHARED}")
    for item in items:
        if "shared" in item.keywords:
            item.add_marker(skip)


@dataclass(frozen=True, slots=True)
class Reading:
    """An ``Extraction`` with lookups by the names a test reader uses (labels, classes)."""

    ex: Extraction

    # ---------------------------------------------------------------- entities

    def label(self, key: str | None) -> str | None:
        """The label of the entity ``key`` (None stays None)."""
        if key is None:
            return None
        return next((e.label for e in self.ex.entities if e.key == key), f"<unknown {key}>")

    def labels(self, keys) -> list[str]:
        return [self.label(k) for k in keys]

    def find_entity(self, name: str) -> Entity | None:
        """The entity labelled ``name``, else the one with ``name`` among its aliases."""
        by_label = [e for e in self.ex.entities if e.label == name]
        if by_label:
            return by_label[0]
        return next((e for e in self.ex.entities if name in e.aliases), None)

    def entity(self, name: str) -> Entity:
        found = self.find_entity(name)
        assert found is not None, f"no entity named {name!r}\n{self.summary()}"
        return found

    # ---------------------------------------------------------------- statements

    def statements_by(self, speaker: str) -> list[Statement]:
        return [s for s in self.ex.statements if self.label(s.speaker) == speaker]

    def statement_by(self, speaker: str, *, cue: str | None = None) -> Statement:
        """The first statement whose speaker is labelled ``speaker`` (and has ``cue``)."""
        found = [s for s in self.statements_by(speaker) if cue is None or s.cue == cue]
        assert found, f"no statement by {speaker!r} (cue {cue!r})\n{self.summary()}"
        return found[0]

    def proposition(self, statement: Statement) -> Event:
        assert statement.proposition is not None, (
            f"statement {statement.key} has no proposition\n{self.summary()}"
        )
        return next(e for e in self.ex.events if e.key == statement.proposition)

    def propositions(self, statement: Statement) -> list[Event]:
        """Every event a statement asserts or denies, its main one first."""
        keys = [statement.proposition, *statement.further_propositions]
        return [next(e for e in self.ex.events if e.key == k) for k in keys if k is not None]

    def claimed_places(self, speaker: str) -> list[str]:
        """The places of the ControlEvents the statements by ``speaker`` assert or deny."""
        return [place for s in self.statements_by(speaker) for ev in self.propositions(s)
                if ev.type == "ControlEvent" for place in self.labels(ev.places)]

    # ---------------------------------------------------------------- events

    def events_of(self, cls: str) -> list[Event]:
        return [e for e in self.ex.events if e.type == cls]

    def event(self, cls: str, *, trigger: str | None = None) -> Event:
        """The first event of class ``cls`` (whose trigger contains ``trigger``)."""
        found = [
            e
            for e in self.events_of(cls)
            if trigger is None or trigger.lower() in e.trigger.lower()
        ]
        assert found, f"no {cls} event (trigger {trigger!r})\n{self.summary()}"
        return found[0]

    # ---------------------------------------------------------------- memberships

    def membership_pairs(self) -> set[tuple[str, str]]:
        return {(self.label(m.person), self.label(m.organization)) for m in self.ex.memberships}

    def membership(self, person: str, organization: str) -> Membership:
        found = [
            m
            for m in self.ex.memberships
            if self.label(m.person) == person and self.label(m.organization) == organization
        ]
        assert found, f"no membership {person!r} -> {organization!r}\n{self.summary()}"
        return found[0]

    # ---------------------------------------------------------------- reporting

    def summary(self) -> str:
        """What the engine extracted, one line per item, for assertion messages."""
        lines = [f"text: {self.ex.article.text!r}"]
        for e in self.ex.entities:
            lines.append(f"  entity {e.key} {e.type} {e.label!r} aliases={list(e.aliases)}")
        for s in self.ex.statements:
            lines.append(
                f"  statement {s.key} speaker={self.label(s.speaker)!r} {s.stance} cue={s.cue!r}"
                f" content={s.content!r} quote={s.is_direct_quote}"
                f" behalf={self.label(s.on_behalf_of)!r} via={self.label(s.via)!r}"
                f" date={s.date.value if s.date else None} prop={s.proposition}"
                f" responds={s.responds_to}"
            )
        for v in self.ex.events:
            lines.append(
                f"  event {v.key} {v.type} {v.trigger!r} agents={self.labels(v.agents)}"
                f" participants={self.labels(v.participants)} places={self.labels(v.places)}"
                f" date={(v.date.value, v.date.datatype) if v.date else None} {v.factuality}"
            )
        for m in self.ex.memberships:
            lines.append(
                f"  member {self.label(m.person)!r} of {self.label(m.organization)!r} role={m.role}"
            )
        return "\n".join(lines)


@pytest.fixture(scope="session")
def nlp():
    """The spaCy pipeline, loaded once for the whole session."""
    from kg.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def run(nlp) -> Callable[[str], Reading]:
    """``run(text)`` -> the engine's ``Reading`` of one article published on ``PUBLISHED``."""

    def _run(text: str, *, published: str = PUBLISHED) -> Reading:
        article = Article(id="test", text=text, published=published)
        return Reading(extract(nlp(text), article=article))

    return _run
