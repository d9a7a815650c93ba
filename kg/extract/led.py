"""Who acts when a group or an operation is named by who leads it: "Veska-led forces
recaptured Mirelle", "the Veska-led coalition bombed the airport", "a Veska-led offensive
on Mirelle", "forces led by the Ostral Front stormed Pirel". The leader acts through the
ones it leads, so it is the event's agent when the group itself is no entity of the text.

"Veska-backed militias" are not Veska: a sponsor does not act through a proxy the way a
leader commands its own forces, so only "led" counts (``LEADING_WORDS``).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.coref import Resolver

#: Participles by which a group or an operation names the one at its head.
LEADING_WORDS = frozenset({"lead", "led", "command", "commanded", "head", "headed"})
#: The dependency labels by which "Veska" hangs on "led" in "Veska-led" (the tagger
#: gives either), and "by" phrases in "forces led by Veska".
_LEADER_DEPS = frozenset({"npadvmod", "compound", "nmod"})
#: Agent types a leader may have: a country acts as a body does ("Veska-led forces").
LEADER_TYPES = frozenset({"Person", "Organization", "Place"})


def leader_of(word: Token, res: Resolver) -> str | None:
    """The entity at the head of the group or operation ``word`` names, when a participle
    of leading modifies it ("Veska-led forces", "troops commanded by Ada Moreno"); None
    otherwise, and for "Veska-backed" or "Veska-trained"."""
    for mod in word.children:
        if mod.dep_ not in {"amod", "acl"} or mod.tag_ != "VBN":
            continue
        if mod.lemma_.lower() not in LEADING_WORDS and mod.lower_ not in LEADING_WORDS:
            continue
        for leader in _leader_words(mod):
            key = res.table.at(leader)
            if key is not None and res.table.type_of(key) in LEADER_TYPES:
                return key
    return None


def _leader_words(mod: Token) -> list[Token]:
    """The words that may name the leader: "Veska" in "Veska-led", the object of "by"."""
    out = [c for c in mod.children if c.dep_ in _LEADER_DEPS and c.i < mod.i]
    out.extend(o for c in mod.children if c.dep_ == "agent" or (c.dep_ == "prep"
               and c.lower_ == "by") for o in c.children if o.dep_ == "pobj")
    return out
