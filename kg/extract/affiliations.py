"""Memberships the role nouns of ``kg.extract.coref`` do not give: a person tied to an
organisation by the shape of the phrase rather than by a title.

- "Dana Kolar of the Green Harbour party", "Ada Moreno from Orion Motors": the person's
  own "of"/"from" phrase names an organisation;
- "Tomas Brenn (Civic Unity Party)": the organisation in brackets right after the name;
- "the Marlow Water Board's chief engineer, Piet Olsen", "Piet Olsen, a nurse at Kelvar
  Hospital", "Orion Motors engineer Piet Olsen": a staff noun (a job, not a title:
  ``STAFF_NOUNS``) between the two;
- "the Harbour Party's Ada Moreno": the body's possessive on the name;
- "the X Party, whose leader Y ...": a post in a "whose" clause on the body.

Each is found from the dependency parse and the entity table only, so it holds for any
names; a place in the same position ("Moreno of Orrin") is no membership.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.strings import get_string_id
from spacy.symbols import NOUN, VERB
from spacy.tokens import Token

from kg.extract.clusters import is_acronym
from kg.extract.entities import EntityTable
from kg.extract.lexicon import PAST_ROLE_WORDS, POST_HOLDER_NOUNS, STAFF_NOUNS
from kg.extract.tokens import arrays_of

#: Prepositions that tie a person's name to the body they come from ("X of Y", "X from Y").
FROM_PREPS = frozenset({"of", "from"})
#: Prepositions of a staff noun's body ("a nurse at Y", "an engineer with Y").
STAFF_PREPS = frozenset({"of", "at", "for", "with", "in"})
#: Verbs of working for a body ("X works for Y", "X, who served at Y", "X was employed by Y").
WORK_VERBS = frozenset({"work", "serve", "employ", "teach", "play", "volunteer"})
#: The prepositions those verbs take before the body.
_WORK_PREPS = frozenset({"for", "at", "with", "by", "in"})
#: Verbs that give their object a post ("X hired Y as finance director", "Y was named
#: chairman of X").
APPOINT_VERBS = frozenset({"hire", "appoint", "name", "elect", "promote", "recruit", "make",
                           "nominate", "choose", "select", "install", "sign"})
_PAST_WORDS = PAST_ROLE_WORDS | {"retired"}
#: Verbs by which a person speaks for a body ("X, who speaks for Y", "X, speaking on
#: behalf of Y, said").
SPEAK_FOR_VERBS = frozenset({"speak", "talk"})


def affiliations(table: EntityTable, doc, *, described: Callable[[Token], str | None] = (
        lambda token: None)) -> Iterator[tuple[str, str, str, Token]]:
    """(person, organisation, role, token) for every phrase-shaped membership;
    ``described`` resolves a description ("the hospital") to an organisation."""
    for key, spans in table.mention_spans.items():
        if table.type_of(key) != "Person":
            continue
        for start, end in spans:
            root = doc[end - 1]
            for org, role in _name_phrase(table, root):
                if org != key:
                    yield key, org, role, root
            found = _role_for_body(table, root)
            if found is not None and found[0] != key:
                yield key, found[0], found[1].lemma_.lower(), found[1]
            found = _org_role_before(table, doc, start)
            if found is not None and found[0] != key:
                yield key, found[0], found[1].lemma_.lower(), found[1]
    for token in _candidates(doc):
        pos = token.pos_
        if token.dep_ == "poss" and token.lower_ == "whose":
            yield from _whose_post(table, token)
            continue
        if pos not in {"VERB", "NOUN"}:
            continue
        lemma = token.lemma_.lower()
        if pos == "VERB" and lemma in SPEAK_FOR_VERBS:
            yield from _speaks_for(table, token)
        elif pos == "VERB" and lemma in WORK_VERBS:
            yield from _works_for(table, token)
        elif pos == "VERB" and lemma in APPOINT_VERBS:
            yield from _appointed(table, token)
        elif pos == "NOUN" and lemma in STAFF_NOUNS and not _past(token):
            person = _staff_holder(table, token)
            org = _staff_body(table, token, described) if person else None
            if person and org and org != person:
                yield person, org, lemma, token


def _role_for_body(table: EntityTable, name: Token) -> tuple[str, Token] | None:
    """"A spokesman for X, Ivo Marek, said", "a researcher at X, Omar Haddou,": the
    parser hangs the name on the body of the role, which the name holds."""
    body = name.head
    if name.dep_ != "appos" or body.dep_ != "pobj" or body.head.lower_ not in STAFF_PREPS:
        return None
    role = body.head.head
    if role.pos_ != "NOUN" or role.lemma_.lower() not in POST_HOLDER_NOUNS or _past(role):
        return None
    org = _org_at(table, body)
    return (org, role) if org is not None and shaped_as_body(table, org, body) else None


def _whose_post(table: EntityTable, whose: Token) -> Iterator[tuple[str, str, str, Token]]:
    """"The X Party, whose leader Y resigned", "X Grain, whose chief executive, Y, was
    arrested": the post of a "whose" phrase is held in the body the clause hangs on."""
    post = whose.head
    lemma = post.lemma_.lower()
    if lemma not in POST_HOLDER_NOUNS or _past(post):
        return
    person = next((table.at(c) for c in post.children if c.dep_ in {"appos", "compound"}
                   and table.type_of(table.at(c)) == "Person"), None)
    if person is None:
        return
    body = post.head if post.dep_ == "appos" else (
        post.head.head if post.head.dep_ == "relcl" else None)
    org = _org_at(table, body) if body is not None else None
    if org and org != person:
        yield person, org, lemma, post


def _speaks_for(table: EntityTable, verb: Token) -> Iterator[tuple[str, str, str, Token]]:
    """"X, who speaks for Y", "X, speaking for Y, said", "X, speaking on behalf of Y":
    the person is Y's spokesperson (the clause hangs on the person's name)."""
    if verb.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ in {"who", "that"}
                                    for c in verb.children):
        holder = verb.head
    elif verb.dep_ in {"acl", "advcl"} and verb.tag_ == "VBG":
        holder = verb.head if verb.dep_ == "acl" else next(
            (c for c in verb.head.children if c.dep_ == "nsubj"), None)
    else:
        return
    person = table.at(holder) if holder is not None else None
    if table.type_of(person) != "Person":
        return
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if pobj is not None and prep.lower_ == "on" and pobj.lower_ == "behalf":
            pobj = next((g for c in pobj.children if c.dep_ == "prep" and c.lower_ == "of"
                         for g in c.children if g.dep_ == "pobj"), None)
        elif prep.lower_ != "for":
            continue
        org = _org_at(table, pobj) if pobj is not None else None
        if org and org != person:
            yield person, org, "spokesperson", verb
            return


def _works_for(table: EntityTable, verb: Token) -> Iterator[tuple[str, str, str, Token]]:
    """"X works for Y", "X, who plays for Y", "X is employed by Y": in the present or
    perfect only ("X worked for Y until 2019" is a past tie)."""
    if verb.tag_ in {"VBD"} and not any(c.dep_ == "aux" for c in verb.children):
        return
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is not None and subj.lower_ in {"who", "that"} and verb.dep_ == "relcl":
        subj = verb.head
    person = table.at(subj) if subj is not None else None
    if table.type_of(person) != "Person":
        return
    for prep in (c for c in verb.children if c.dep_ in {"prep", "agent"}
                 and c.lower_ in _WORK_PREPS):
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        org = _org_at(table, pobj) if pobj is not None else None
        if org and shaped_as_body(table, org, pobj):
            yield person, org, "staff", verb
            return
    yield from _serves_as(table, verb, person)


def _serves_as(table: EntityTable, verb: Token,
               person: str) -> Iterator[tuple[str, str, str, Token]]:
    """"Y has served as Harrow United's manager since 2019", "Y works as a spokeswoman for
    Delta Grain", "Y, who serves as chair of the X Cooperative": the post of an "as"
    phrase, and the body its possessive or its "of/for/at" phrase names."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"):
        post = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if post is None or post.lemma_.lower() not in POST_HOLDER_NOUNS or _past(post):
            continue
        owners = [c for c in post.children if c.dep_ == "poss"] + [
            p for c in post.children if c.dep_ == "prep" and c.lower_ in STAFF_PREPS
            for p in c.children if p.dep_ == "pobj"]
        for owner in owners:
            org = _org_at(table, owner)
            if org and org != person and shaped_as_body(table, org, owner):
                yield person, org, post.lemma_.lower(), post
                return


def _org_role_before(table: EntityTable, doc, start: int) -> tuple[str, Token] | None:
    """"Delta Grain co-founder Ada Moreno", "Orion Motors vice-president Lena Fox": an
    organisation's name, a role (hyphenated or qualified: "chief executive") and the
    person's name side by side, read from the words alone (the parse of a hyphenated role
    is often broken)."""
    i = start - 1
    if i < 1 or doc[i].lemma_.lower() not in POST_HOLDER_NOUNS:
        return None
    role = doc[i]
    i -= 1
    steps = 0
    while i >= 0 and steps < 4 and table.at(doc[i]) is None:
        word = doc[i]
        if word.text == "-" or (word.text.islower() and word.is_alpha
                                and word.pos_ not in {"VERB", "AUX"}
                                and word.lower_ not in _PAST_WORDS):
            i, steps = i - 1, steps + 1
            continue
        return None
    org = table.at(doc[i]) if i >= 0 else None
    if table.type_of(org) != "Organization" or doc[i].tag_ == "POS" \
            or not shaped_as_body(table, org, doc[i]):
        return None  # "Party leader Y" opening a sentence names no party
    return org, role


def _appointed(table: EntityTable, verb: Token) -> Iterator[tuple[str, str, str, Token]]:
    """"Orion Motors hired Y as finance director", "Y was appointed chief executive of X",
    "X named Y its new coach": the post, and the body that gives it or that it is of."""
    kids = list(verb.children)
    person_tok = next((c for c in kids if c.dep_ in {"dobj", "nsubjpass", "oprd"}
                       and table.type_of(table.at(c)) == "Person"), None)
    if person_tok is None and verb.dep_ == "relcl" and any(
            c.dep_ == "nsubjpass" and c.lower_ in {"who", "that"} for c in kids):
        person_tok = verb.head  # "Y, who was elected head of X"
    person = table.at(person_tok) if person_tok is not None else None
    if table.type_of(person) != "Person":
        return
    posts = [c for c in kids if c.dep_ in {"oprd", "attr", "xcomp", "dobj"}
             and c is not person_tok]
    for prep in (c for c in kids if c.dep_ == "prep" and c.lower_ == "as"):
        posts += [c for c in prep.children if c.dep_ == "pobj"]
    post = next((p for p in posts if p.lemma_.lower() in POST_HOLDER_NOUNS), None)
    if post is None:
        return
    org = None
    for prep in (c for c in post.children if c.dep_ == "prep"
                 and c.lower_ in STAFF_PREPS | {"by"}):  # "elected chairman by X"
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        org = org or (_org_at(table, pobj) if pobj is not None else None)
    if org is None:
        giver = next((c for c in kids if c.dep_ == "nsubj"), None)
        if giver is None:
            agent = next((c for c in kids if c.dep_ == "agent"), None)
            giver = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
        org = _org_at(table, giver) if giver is not None else None
    if org and org != person:
        yield person, org, post.lemma_.lower(), post


def _name_phrase(table: EntityTable, root: Token) -> Iterator[tuple[str, str]]:
    """"X of/from Y", "X (Y)" and "Y's X" on the person's own name ("the Harbour Party's
    Ada Moreno"; not "Orrin's Ada Moreno": a place)."""
    for child in root.children:
        if child.dep_ == "poss" and child.i < root.i:
            org = _org_at(table, child)
            if org and shaped_as_body(table, org, child):
                yield org, "member"
            continue
        if child.dep_ == "prep" and child.lower_ in FROM_PREPS:
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            org = _org_at(table, pobj) if pobj is not None else None
            if org and shaped_as_body(table, org, pobj):
                yield org, "affiliate"
        elif child.dep_ == "appos" and _bracketed(child):
            org = _org_at(table, child)
            if org and shaped_as_body(table, org, child):  # not "Y (Orrin)": a hometown
                yield org, "affiliate"


def _bracketed(token: Token) -> bool:
    """The phrase stands in brackets, whether the parser hangs the "(" on it or not."""
    doc = token.doc
    left, right = token.left_edge.i, token.right_edge.i
    if doc[left].text == "(":
        left += 1
    if doc[right].text == ")":
        right -= 1
    return left > 0 and doc[left - 1].text == "(" and right + 1 < len(doc) \
        and doc[right + 1].text == ")"


def _org_at(table: EntityTable, token: Token) -> str | None:
    """The organisation a noun phrase names: its own name, or the name that qualifies
    its head ("the Green Harbour party")."""
    key = table.at(token)
    if key is None:
        key = next((table.at(c) for c in token.children
                    if c.dep_ in {"compound", "amod"} and table.at(c)), None)
    return key if table.type_of(key) == "Organization" else None


def shaped_as_body(table: EntityTable, key: str, token: Token) -> bool:
    """A body by its name's form, not only by the tagger's guess: "the X", a name of
    several words, an acronym ("Moreno of Orrin" may be of a town the tagger took for a
    body)."""
    label = next((e.label for e in table.entities if e.key == key), "")
    return (len(label.split()) > 1 or is_acronym(label)
            or any(c.lower_ == "the" for c in token.children))


def _past(token: Token) -> bool:
    return any(c.lower_ in _PAST_WORDS for c in token.children)


def _staff_holder(table: EntityTable, noun: Token) -> str | None:
    """The person a staff noun describes: "X, a nurse at Y", "Y's engineer, X",
    "Y engineer X", "X is a nurse at Y"."""
    cands = [c for c in noun.children if c.dep_ in {"appos", "compound"}
             and c.i > noun.i]
    if noun.dep_ in {"appos", "compound"}:
        cands.append(noun.head)
    if noun.dep_ == "attr" and noun.head.lemma_ == "be":
        cands += [c for c in noun.head.children if c.dep_ == "nsubj"]
    for cand in cands:
        key = table.at(cand)
        if table.type_of(key) == "Person":
            return key
    return None


def _staff_body(table: EntityTable, noun: Token,
                described: Callable[[Token], str | None]) -> str | None:
    """The organisation of a staff noun: possessor or qualifier ("Y's engineer", "Y
    engineer"), or its "at/of/for/with" phrase."""
    for child in noun.children:
        if child.dep_ in {"poss", "compound", "amod"} and child.i < noun.i:
            org = _org_at(table, child) or described(child)  # "amod": "Marlsby coach X",
            # the tagger took the club's name for an adjective
            if org:
                return org
        if child.dep_ == "prep" and child.lower_ in STAFF_PREPS:
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            org = _org_at(table, pobj) if pobj is not None else None
            if org:
                return org
    return None


_POSS_ID = get_string_id("poss")


#: The lemmas of the verbs ``affiliations`` reads.
_VERB_LEMMAS = SPEAK_FOR_VERBS | WORK_VERBS | APPOINT_VERBS


def _candidates(doc) -> list[Token]:
    """The tokens the scan above reads (a possessive "whose", a verb or a noun of its word
    lists), from the Doc's arrays: no Token is made for the other words. A new test there
    needs its words here too."""
    arrays = arrays_of(doc)
    pos, dep, lowers, lemmas = arrays.pos, arrays.dep, arrays.lower, arrays.lemma
    return [doc[i] for i in range(len(doc))
            if (pos[i] == VERB and lemmas[i] in _VERB_LEMMAS)
            or (pos[i] == NOUN and lemmas[i] in STAFF_NOUNS)
            or (dep[i] == _POSS_ID and lowers[i] == "whose")]
