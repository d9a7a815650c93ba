"""Who does an event told by an infinitive or a participle with no subject of its own.

- An infinitive of purpose on a verb is done by that verb's subject: "X flew to Y to
  meet Z", "X moved quickly to secure the crossing", "X travelled in order to meet Z".
- An infinitive on a noun of deciding, planning or dealing is done by whose decision,
  plan or deal it is: "X's decision to sack Z", "the decision by X to appoint Z", "X
  announced plans to buy Z", "X was in talks to buy Z", "X struck a deal to sell Z" (not
  "X rejected the offer to buy Z": the one who rejects is not the buyer).
- A verb chained on to another after a comma, with no subject of its own ("the army
  advanced, then retook X", "X shelled Y, later stormed Z"), which the parser hangs on
  the first as a bare dependent, shares the first verb's subject.
- A "by" phrase the parser hangs inside the "of" phrase of an event noun, on a name it
  took for a participle ("the dismissal of X by Y"), names the noun's doer.
- The relative pronoun subject of a clause on a noun that names no entity itself is
  read as that noun ("members of X, who staged a strike": the members, so X).
- Forces that "were deployed", "had been withdrawn" are moved by their own side: the
  side their name or possessor gives ("its fighters had been withdrawn", "Veskan troops
  were deployed"), not by an enemy (verbs of expelling are not among these).
- A side that sends, orders or uses its people or means to do a deed is its doer when the
  ones sent name no side of their own: "X sent fighters to seize the airport", "X used
  drones to strike Y".
- A deed in the "with" phrase of a verb of answering or striking is done by the verb's
  subject: "X responded with airstrikes", "X pounded Y with artillery fire" (not "Y was
  hit with airstrikes": Y undergoes it).
- Ground that falls or passes "into the hands of X" (or "into X's hands") is taken by X.
- A hyphenated participle names its doer before the hyphen: "the X-appointed governor",
  "X-occupied territory" (X appointed, X occupied); "X-backed" stays a sponsor, no doer
  (see ``kg.extract.led``).

The functions return tokens; ``kg.extract.events`` reads them as it reads subjects.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.lexicon import EFFORT_NOUNS

#: Nouns whose infinitive is done by whose decision, plan, deal or effort it is.
PLAN_NOUNS = EFFORT_NOUNS | frozenset({
    "decision", "intention", "intent", "offer", "deal", "agreement", "proposal", "order",
    "threat", "vow", "pledge", "promise", "talk", "talks", "negotiation", "readiness",
    "willingness", "determination", "ambition", "goal", "aim", "mission", "strategy",
    "scheme", "plot", "commitment", "option", "project", "initiative"})
#: Verbs whose subject owns the plan or deal that is their object ("announced plans to",
#: "struck a deal to", "dropped a bid to"); not "rejected", "criticised", "welcomed".
ADOPTING_VERBS = frozenset({
    "announce", "unveil", "make", "launch", "take", "reach", "sign", "approve", "adopt",
    "have", "begin", "start", "submit", "table", "present", "outline", "confirm", "finalise",
    "finalize", "pursue", "mount", "renew", "lodge", "file", "put", "secure", "strike",
    "clinch", "seal", "ink", "propose", "devise", "draw", "hatch", "step", "revive",
    "abandon", "drop", "scrap", "shelve", "postpone", "delay", "suspend", "complete",
    "enter", "open", "resume", "continue", "intensify", "accelerate"})
#: Prepositions on a clause whose noun's infinitive the clause's subject does ("was in
#: talks to buy", "attacked in a bid to seize").
_OWNING_PREPS = frozenset({"in"})
#: Verbs whose object is sent, ordered or used by the subject to do the infinitive's deed.
DISPATCH_VERBS = frozenset({
    "send", "deploy", "dispatch", "order", "mobilise", "mobilize", "rush", "use", "employ",
    "command", "instruct", "direct", "task", "assign", "bring"})
#: Named-entity labels of a name that appoints with no hyphen ("the Kavar Front appointed
#: governor", the parser's reading of "X appointed governor Y").
_DOER_LABELS = frozenset({"ORG", "PERSON", "GPE", "NORP"})
#: The labels by which "X" hangs on the participle in "X-appointed".
_HYPHEN_DEPS = frozenset({"npadvmod", "compound", "nmod"})


#: Verbs whose active subject does the deed named in their "with" phrase.
ANSWERING_VERBS = frozenset({
    "respond", "retaliate", "react", "reply", "answer", "counter", "hit", "strike", "pound",
    "pummel", "bombard", "target", "attack", "follow", "punish"})
#: Verbs by which ground passes "into the hands of" someone.
PASSING_VERBS = frozenset({"fall", "pass", "come", "slip", "end"})


def _infinitive(t: Token) -> bool:
    return t.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)


def purpose_head(t: Token) -> Token | None:
    """The verb an infinitive of purpose hangs on ("flew to Y to meet Z": "flew"; "in
    order to meet": the verb of "in order"); None for anything else, an infinitive with
    a subject of its own, or one on an adjective ("too weak to attack")."""
    if not _infinitive(t) or any(c.dep_ in {"nsubj", "nsubjpass"} for c in t.children):
        return None
    if t.dep_ == "advcl" and t.head.pos_ == "VERB" and t.head.i != t.i and not any(
            c.dep_ == "mark" and c.lower_ not in {"in", "so"} for c in t.children):
        return t.head
    order = t.head
    if t.dep_ == "acl" and order.lower_ == "order" and order.dep_ == "pobj" and (
            order.head.lower_ == "in") and order.head.head.pos_ == "VERB":
        return order.head.head
    return None


#: Verbs of going somewhere on an errand, whose "for" phrase names what the traveller
#: went to do ("flew to Orrin for talks with Y", "arrived in X for a two-day visit").
ERRAND_VERBS = frozenset({"travel", "fly", "arrive", "go", "come", "head", "return", "jet",
                          "land", "sail", "drive", "gather", "meet"})


def errand_verb(noun: Token) -> Token | None:
    """The active verb of travel whose "for" phrase the event noun is ("Tasz travelled to
    Orrin for talks with Drost": Tasz holds the talks); None for a passive ("troops were
    sent to X for the offensive": whoever sent them) or any other verb."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for" or prep.dep_ != "prep":
        return None
    verb = prep.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ERRAND_VERBS or any(
            c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children):
        return None
    return verb


#: Deeds done with a counterpart named by "with" ("the merger with Y", "a deal with Y").
RECIPROCAL_NOUNS = frozenset({"merger", "deal", "agreement", "accord", "partnership",
                              "alliance", "pact", "treaty", "truce", "ceasefire",
                              "talks", "negotiations"})
#: Verbs by which their subject takes part in such a deed ("approved the merger with Y",
#: "signed a deal with Y", "agreed to a truce with Y"); not one who judges it ("the
#: opposition condemned the deal with Y", "regulators blocked the merger with Y").
PARTY_VERBS = frozenset({"approve", "complete", "agree", "sign", "seal", "finalise",
                         "finalize", "conclude", "reach", "strike", "close", "pursue", "seek",
                         "enter", "negotiate", "clinch", "ink"})


def party_verb(noun: Token) -> Token | None:
    """The verb whose subject is the other party of a deed the noun names with its
    counterpart ("Harlow Motors approved the merger with Dune Foods": Harlow merges;
    "X agreed to a truce with Y"); None when the noun has no "with" phrase, or the verb
    is not one of taking part, or is passive."""
    if noun.lemma_.lower() not in RECIPROCAL_NOUNS or not any(
            c.dep_ == "prep" and c.lower_ == "with" for c in noun.children):
        return None
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ in {"to", "into", "on"}:
        verb = verb.head  # "agreed to a merger with Y", "entered into a pact with Y"
    elif noun.dep_ != "dobj":
        return None
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in PARTY_VERBS or any(
            c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children):
        return None
    return verb


def plan_owner(verb: Token) -> Token | None:
    """Whose plan, decision or deal an infinitive on a noun names, within the noun's own
    phrase: its possessor ("X's decision to ..."), its "by" phrase ("a bid by X to ..."),
    or its "of" phrase ("the decision of the court to ...")."""
    noun = _plan_noun(verb)
    if noun is None:
        return None
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is not None:
        return poss
    return next((o for c in noun.children if c.dep_ in {"prep", "agent"} and c.lower_ in {
        "by", "of"} for o in c.children if o.dep_ == "pobj"), None)


def plan_clause(verb: Token) -> Token | None:
    """The clause whose subject owns the plan an infinitive on a noun names, when the
    noun's phrase names no owner: "X announced plans to buy Z" ("announced"), "X was in
    talks to buy Z" ("was"), "X attacked Y in a bid to seize Z" ("attacked")."""
    noun = _plan_noun(verb)
    if noun is None:
        return None
    head = noun.head
    if noun.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in ADOPTING_VERBS:
        return None if any(c.dep_ == "neg" for c in head.children) else head
    if noun.dep_ == "pobj" and head.lower_ in _OWNING_PREPS and head.dep_ == "prep" and (
            head.head.pos_ in {"VERB", "AUX"}):
        return head.head
    return None


def _plan_noun(verb: Token) -> Token | None:
    if verb.dep_ not in {"acl", "relcl"} or not _infinitive(verb):
        return None
    noun = verb.head
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in PLAN_NOUNS and (
            noun.lower_ not in PLAN_NOUNS):
        return None
    return noun


def dispatcher(t: Token) -> Token | None:
    """The verb that sends, orders or uses the ones who do an infinitive's deed ("X sent
    fighters to seize Y", "X used drones to strike Y"): its subject is the side that acts
    when the ones sent name none."""
    if not _infinitive(t) or t.dep_ not in {"xcomp", "advcl"} or any(
            c.dep_ in {"nsubj", "nsubjpass"} for c in t.children):
        return None
    verb = t.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in DISPATCH_VERBS:
        return None
    if not any(c.dep_ == "dobj" and c.i < t.i for c in verb.children):
        return None
    return verb


def hyphen_doers(participle: Token) -> list[Token]:
    """"the X-appointed governor", "X-occupied territory": the words before the hyphen of
    a participle that modifies a noun (the one who appointed, who occupied; for
    "X-backed fighters" the one who backed them, no doer of what the fighters do)."""
    if participle.dep_ != "amod" or participle.tag_ != "VBN":
        return []
    doc = participle.doc
    hyphen = participle.i >= 2 and doc[participle.i - 1].tag_ == "HYPH"
    before = doc[participle.i - (2 if hyphen else 1)] if participle.i >= 1 else participle
    if not hyphen and (before.pos_ != "PROPN" or before.ent_type_ not in _DOER_LABELS):
        return []  # "the newly appointed governor"; "the Kavar Front appointed governor"
    # the parser hangs "X" on the participle or on the noun
    if before.head.i == participle.i or (before.head.i == participle.head.i and (
            before.dep_ in _HYPHEN_DEPS)):
        return [before]
    if not hyphen:
        return []
    return [c for c in participle.children if c.dep_ in _HYPHEN_DEPS and c.i < participle.i]


def hyphen_doers_on(noun: Token) -> list[Token]:
    """The doers named before the hyphen of participles on ``noun`` ("Kavar" in "the
    Kavar-appointed governor"): who appointed the governor is not the governor."""
    return [w for c in noun.children if c.dep_ == "amod" for w in hyphen_doers(c)]


def answering_verb(noun: Token) -> Token | None:
    """The verb whose "with" phrase names the deed ``noun`` and whose subject does it
    ("responded with airstrikes"); only an active verb (its subject acts)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep":
        return None
    verb = prep.head
    if verb.pos_ != "VERB" or any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children):
        return None
    return verb if prep.lower_ == "with" and verb.lemma_.lower() in ANSWERING_VERBS else None


def hands_holder(verb: Token) -> Token | None:
    """"fell into the hands of X" (X), "fell into our hands" ("our"): who now holds it."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in PASSING_VERBS:
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"into", "in", "to"}:
            continue
        for hands in prep.children:
            if hands.dep_ != "pobj" or hands.lemma_.lower() != "hand":
                continue
            owner = next((c for c in hands.children if c.dep_ == "poss"), None)
            return owner or next((o for c in hands.children if c.dep_ == "prep"
                                  and c.lower_ == "of" for o in c.children
                                  if o.dep_ == "pobj"), None)
    return None


#: Adverbs that chain a second deed on to a first ("advanced, then retook X").
CHAINING_ADVERBS = frozenset({"then", "later", "subsequently", "also", "afterwards", "next",
                              "soon", "eventually", "finally"})


def chained_verb(t: Token) -> bool:
    """Whether ``t`` is a finite verb chained on to the verb before it after a comma, with
    no subject, auxiliary of an infinitive or conjunction of its own ("X advanced, then
    retook Y"): the parser's bare ``dep`` for an asyndetic second predicate."""
    if t.dep_ != "dep" or t.pos_ != "VERB" or t.tag_ in {"VBG", "VBN"}:
        return False
    head = t.head
    if head.pos_ != "VERB" or head.i >= t.i or any(c.dep_ in {
            "nsubj", "nsubjpass", "mark", "aux", "auxpass"} for c in t.children):
        return False
    lefts = list(t.lefts)
    if not all(c.text == "," or (c.dep_ == "advmod" and c.lower_ in CHAINING_ADVERBS)
               for c in lefts):
        return False
    first = lefts[0] if lefts else t
    return first.text == "," or (first.i > 0 and t.doc[first.i - 1].text == ",")


def by_inside_of(noun: Token) -> list[Token]:
    """"the dismissal of X by Y" read as "X" + a participle "by Y": the "by" phrase on a
    name inside the noun's "of" phrase (a name is no participle)."""
    if not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return []
    out = []
    for part in noun.children:  # the name hangs in the "of" phrase or on the noun itself
        if not (part.dep_ == "prep" and part.lower_ == "of") and not (
                part.dep_ == "acl" and part.tag_ in {"NNP", "NNPS"}):
            continue
        for t in part.subtree:
            if t.dep_ == "agent" and t.head.tag_ in {"NNP", "NNPS"} and t.head.dep_ in {
                    "acl", "relcl"}:
                out.extend(o for o in t.children if o.dep_ == "pobj")
    return out


_RELATIVES = frozenset({"who", "which", "that"})


def relative_antecedent(subj: Token) -> Token | None:
    """The noun a relative clause's "who"/"which"/"that" subject stands for ("members of
    X, who staged a strike": "members")."""
    verb = subj.head
    if subj.lower_ not in _RELATIVES or subj.dep_ != "nsubj" or verb.dep_ != "relcl":
        return None
    noun = verb.head
    return noun if noun.pos_ in {"NOUN", "PROPN"} else None


#: Verbs by which a side moves its own forces; in the passive their subject names the
#: side ("its fighters were withdrawn"). Not "forced out", "driven back" (the enemy did).
DEPLOYING_VERBS = frozenset({
    "deploy", "redeploy", "send", "dispatch", "station", "withdraw", "pull", "move",
    "transfer", "relocate", "rotate", "mobilise", "mobilize", "airlift", "position",
    "recall"})


def moved_forces(verb: Token, force_nouns: frozenset[str]) -> Token | None:
    """The passive subject of a verb of deploying when it names forces ("its fighters
    had been withdrawn"), read for the side they belong to."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in DEPLOYING_VERBS or not any(
            c.dep_ == "auxpass" for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubjpass"
                 and c.lemma_.lower() in force_nouns), None)
