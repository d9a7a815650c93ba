"""Who speaks and whom for, read from the words of the statement itself, where the
roles of ``kg.extract.speakers`` find none: bare "police" for the police body the text
named ("the Kelvar Police Service ... Police said"), an organisation's possessive before
a name ("the Kelvar Militia's Tomas Brenn said"), "on behalf of X" on the cue ("On behalf
of the union, Moreno said ..."), and a definite role of a named organisation as the
speaker ("Delta Grain's chief executive said", "the head of the union said", "its
chairman said"): the organisation speaks, as for "a spokesman for X said".
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.coref import Resolver
from kg.extract.events import _force_named
from kg.extract.lexicon import SPEAKING_ROLES

#: Prepositions whose object a role belongs to: "the head of X", "the chief executive at X".
_ROLE_PREPS = frozenset({"of", "at", "for"})
#: Roles whose holder, unnamed, voices the organisation the role is of ("the union's chair").
BODY_ROLES = SPEAKING_ROLES | {"chair", "chairperson"}
#: Possessive pronouns that stand for an organisation named before ("its chairman").
_ORG_PRONOUNS = frozenset({"its", "their"})


def named_body(noun: Token, res: Resolver) -> str | None:
    """"Police said ..." (bare or "the police") after the text named one police body
    ("the Kelvar Police Service"): that body speaks (as it acts in the events)."""
    return _force_named(noun, res)


def owner_before_name(mention: Token, res: Resolver) -> str | None:
    """"The Kelvar Militia's Tomas Brenn": the organisation whose possessive stands
    before the speaker's name (not a person's: "Moreno's lawyer Olsen" is not Moreno's
    voice)."""
    for child in mention.children:
        if child.dep_ != "poss" or child.i > mention.i:
            continue
        key = res.entity_of(child, allow_pronoun=False, descriptions=False)
        if key is not None and res.table.type_of(key) == "Organization":
            return key
    return None


def on_behalf_of(cue: Token, res: Resolver) -> str | None:
    """"On behalf of the union, Moreno said ...": the organisation an "on behalf of"
    phrase on the cue names."""
    for prep in cue.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"on", "in"}:
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or noun.lower_ not in {"behalf", "name"}:
                continue
            for of in noun.children:
                if of.dep_ == "prep" and of.lower_ == "of":
                    key = next((res.entity_of(p, descriptions=False) for p in of.children
                                if p.dep_ == "pobj"), None)
                    if res.table.type_of(key) == "Organization":
                        return key
    return None


def role_body(role: Token, res: Resolver) -> str | None:
    """"Delta Grain's chief executive", "the head of the Kelvar Militia", "its chairman"
    (a definite speaking role, no name of a person): the organisation the role is of.
    Only a possessive or an "of/at/for" phrase gives it; an adjective or a kind word
    alone ("the presidential nominee", "the party leader") names no organisation."""
    if role.lemma_.lower() not in BODY_ROLES or role.tag_ != "NN":
        return None
    if not any(c.lower_ == "the" or c.dep_ == "poss" for c in role.children):
        return None
    for child in role.children:
        if child.dep_ == "poss":
            allow = child.lower_ in _ORG_PRONOUNS
            key = (res.entity_of(child, allow_pronoun=allow, descriptions=not allow)
                   or res.definite_org(child))  # "the association's chair"
        elif child.dep_ == "prep" and child.lower_ in _ROLE_PREPS:
            key = next((res.entity_of(p) for p in child.children if p.dep_ == "pobj"), None)
        else:
            continue
        if res.table.type_of(key) == "Organization":
            return key
    return None
