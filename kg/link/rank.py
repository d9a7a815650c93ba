"""Ranking: which candidate, if any, an entity is, and how sure that is.

Each candidate earns *support*: for the name (``LABEL_MATCH`` when it is the item's
label, ``ALIAS_MATCH`` when an alias; less when the name is only one of the entity's
other names, and half for a one-word person name, which many people share), plus
``FACT_SUPPORT`` for each place or organisation named beside the entity that is the
item's country, location, party, employer, membership or headquarters, and
``DESCRIPTION_SUPPORT`` for each one its description names (at most
``MAX_CONTEXT_SUPPORT`` in all). A candidate's *confidence* is its share of the
support of all candidates plus ``NONE_OF_THESE``, the weight kept for "the entity is
none of them" (most people in the news are not in Wikidata):

    confidence(c) = support(c) / (support of every candidate + NONE_OF_THESE)

So one candidate matched by its label and nothing else gets 1 / 1.5 = 0.67; two
that nothing tells apart get 0.4 each; context that fits one of two gives it
3 / 4.5 = 0.67 and the other 0.22. The best is linked when its confidence reaches
the threshold and beats the runner-up's by the margin; otherwise the entity is
refused as ambiguous (too close to the runner-up) or below the threshold.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from kg.iri import normalise_name

from .records import Candidate, Decision, Lookup, Outcome, Target

#: Support for the name being the item's English label, or one of its aliases.
LABEL_MATCH = 1.0
ALIAS_MATCH = 0.85
#: Factor when the name is one of the entity's other names ("NAP"), not its label.
ENTITY_ALIAS_FACTOR = 0.8
#: Factor for a one-word person name: a surname or forename alone names many people.
ONE_WORD_PERSON_FACTOR = 0.5
#: Support per co-mentioned place or organisation that is a value of the item's
#: country, located in, member of, party, employer or headquarters …
FACT_SUPPORT = 2.0
#: … or that the item's description names.
DESCRIPTION_SUPPORT = 1.0
MAX_CONTEXT_SUPPORT = 4.0
#: The weight of "none of these": the entity may not be in Wikidata at all.
NONE_OF_THESE = 0.5
#: Link only at this confidence or more …
DEFAULT_THRESHOLD = 0.6
#: … and only when the best leads the runner-up by this much.
DEFAULT_MARGIN = 0.2
#: Shorter context names are not looked for in descriptions (they match by chance).
MIN_DESCRIPTION_TERM = 3
#: How the reasons name what was looked for.
KIND_WORDS = {"Person": "human", "Organization": "organization", "Place": "geographic entity"}


@dataclass(frozen=True, slots=True)
class Scored:
    """A candidate with its support, the evidence for it in words, and its confidence."""

    candidate: Candidate
    support: float
    evidence: tuple[str, ...]
    confidence: float = 0.0


def decide(target: Target, lookups: Sequence[Lookup], *, threshold: float = DEFAULT_THRESHOLD,
           margin: float = DEFAULT_MARGIN) -> Decision:
    """Link ``target`` to its best candidate, or refuse it and say why."""
    if not lookups:
        return _decision(target, "NotLookedUp", "not looked up: kg link ran offline and none "
                         f"of its names ({_names(target.names)}) is in the cache")
    ranked = rank(target, lookups)
    if not ranked:
        return _decision(target, "NoCandidate", f"no {_kinds(target)} in Wikidata has "
                         f"{_names(look.name for look in lookups)} as English label or alias")
    best, rest = ranked[0], ranked[1:]
    if rest and best.confidence - rest[0].confidence < margin:
        close = [s for s in ranked if best.confidence - s.confidence < margin]
        return _decision(target, "Ambiguous", f"{len(close)} candidates too close to tell "
                         f"apart: {'; '.join(map(_describe, close[:4]))} (the best must lead "
                         f"by {margin:.2f})", confidence=best.confidence)
    if best.confidence < threshold:
        return _decision(target, "BelowThreshold", f"best candidate {_describe(best)} is under "
                         f"the threshold {threshold:.2f}", confidence=best.confidence)
    runner_up = f"; runner-up {_describe(rest[0])}" if rest else ""
    return _decision(target, "Linked", f"{_describe(best)}{runner_up}",
                     item=best.candidate.item, confidence=best.confidence)


def rank(target: Target, lookups: Sequence[Lookup]) -> list[Scored]:
    """Every candidate of the lookups once (its best match), best first, with confidence."""
    best: dict[str, Scored] = {}
    for look in lookups:
        for cand in look.candidates:
            scored = score(target, cand, name=look.name)
            if cand.item not in best or scored.support > best[cand.item].support:
                best[cand.item] = scored
    total = sum(s.support for s in best.values()) + NONE_OF_THESE
    ranked = [Scored(s.candidate, s.support, s.evidence, s.support / total)
              for s in best.values()]
    return sorted(ranked, key=lambda s: (-s.support, s.candidate.qid))


def score(target: Target, cand: Candidate, *, name: str) -> Scored:
    """The support for ``cand`` being ``target``, found by looking up ``name``."""
    support = ALIAS_MATCH if cand.matched_alias else LABEL_MATCH
    evidence = ["alias" if cand.matched_alias else "label"]
    if normalise_name(name) != normalise_name(target.label):
        support *= ENTITY_ALIAS_FACTOR
        evidence.append(f"by its other name {name!r}")
    if target.types == ("Person",) and len(name.split()) < 2:
        support *= ONE_WORD_PERSON_FACTOR
        evidence.append("one-word name")
    facts = sorted(target.context & {normalise_name(c) for c in cand.context})
    described = sorted(c for c in target.context - set(facts)
                       if len(c) >= MIN_DESCRIPTION_TERM and _names_in(c, cand.description))
    support += min(MAX_CONTEXT_SUPPORT,
                   FACT_SUPPORT * len(facts) + DESCRIPTION_SUPPORT * len(described))
    evidence += [f"fact {f}" for f in facts] + [f"description names {d}" for d in described]
    return Scored(cand, support, tuple(evidence))


def _names_in(term: str, description: str) -> bool:
    """Whether the normalised ``term`` is a phrase of the description (whole words)."""
    return f" {term} " in f" {normalise_name(description)} "


def _describe(s: Scored) -> str:
    about = f", {s.candidate.description}" if s.candidate.description else ""
    return (f"{s.candidate.qid} ({s.candidate.label or '?'}{about}) {s.confidence:.2f} "
            f"[{', '.join(s.evidence)}]")


def _kinds(target: Target) -> str:
    return " or ".join(KIND_WORDS[t] for t in target.types)


def _names(names: Iterable[str]) -> str:
    return ", ".join(repr(n) for n in names)


def _decision(target: Target, outcome: Outcome, reason: str, *, item: str | None = None,
              confidence: float | None = None) -> Decision:
    rounded = None if confidence is None else round(confidence, 3)
    return Decision(target.iri, target.types[0], target.label, outcome, reason, item, rounded)
