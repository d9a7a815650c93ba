"""Which entity a token refers to: names, appositions, roles, descriptions, pronouns.

``Resolver.entity_of(token)`` is what statement and event extraction call for a
subject or object: it looks through the noun phrase headed by the token ("its
leader Maria Kovacs" -> the person; "the group's spokesperson" -> the person the
text gives that role; "he" -> the most salient person before it).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.symbols import NOUN, PROPN, VERB
from spacy.tokens import Doc, Token

from kg.extract.affiliations import affiliations, shaped_as_body
from kg.extract.entities import PARTY_PLURALS, EntityTable
from kg.extract.genders import PRONOUN_GENDERS, person_genders
from kg.extract.lexicon import (
    CLUB_NAME_HEADS,
    FIRST_PERSON,
    GROUP_MEMBER_HEADS,
    GROUP_PRONOUNS,
    ORG_DESCRIPTOR_NOUNS,
    OUTLET_WORDS,
    PAST_ROLE_WORDS,
    PERSON_PRONOUNS,
    POST_HOLDER_NOUNS,
    ROLE_NOUNS,
)
from kg.extract.platforms import PLATFORM_NAMES
from kg.extract.tokens import arrays_of, indices_of_pos, sent_of
from kg.records import Membership
from kg.records import Span as CharSpan

#: Nouns that, definite, refer back to an organisation ("the group said", "the army").
GROUP_NOUNS = ORG_DESCRIPTOR_NOUNS | {"administration", "side", "army", "force", "forces",
                                     "commission", "department", "police", "insurgents",
                                     "militants", "rebels"}
#: Kind words that, bare before a role, stand for an organisation of that kind ("union leader").
KIND_ORG_NOUNS = ORG_DESCRIPTOR_NOUNS | {"federation", "association", "league", "front",
                                         "syndicate", "guild", "society", "foundation",
                                         "institute", "confederation", "cooperative", "board",
                                         "police"}  # "police spokeswoman Y"
#: Words that make a kind noun another organisation than the one just named.
OTHER_ORG_WORDS = frozenset({"rival", "other", "another", "former", "parent", "sister",
                             "partner", "competing", "foreign"})
#: Kind words any organisation may go by: "company spokeswoman Y" is the company just named.
GENERIC_KIND_NOUNS = frozenset({"company", "firm", "group", "organisation", "organization",
                                "corporation"})
#: Words any body may go by that reach back past the last sentence to the one body the
#: text named shortly before ("a spokesman for the group" three sentences on).
GENERIC_REACH_NOUNS = frozenset({"group", "organisation", "organization", "movement"})
#: Last words of a body's name that "the group" may stand for (not a ministry or a court).
GROUP_KIND_WORDS = frozenset({"army", "front", "movement", "militia", "brigade", "legion",
                              "union", "league"})
#: Kind words any firm may go by, named or not: "the lender's spokeswoman" is the firm
#: just named, whatever its name ("Delta Grain").
FIRM_KIND_NOUNS = GENERIC_KIND_NOUNS | frozenset({
    "lender", "retailer", "carrier", "automaker", "carmaker", "manufacturer", "maker",
    "giant", "insurer", "startup", "conglomerate", "supplier", "operator", "provider",
    "chain", "producer", "distributor", "exporter", "importer", "miner", "developer",
    "publisher", "broadcaster", "business", "enterprise", "employer", "brewer", "grocer",
    "outfit", "venture", "multinational", "subsidiary", "unit", "organisation",
})
#: Roles only a firm (or a body run like one) has: with no body named, the firm just named.
FIRM_ROLES = frozenset({"executive", "ceo", "cfo", "coo", "chairman", "chairwoman",
                        "chairperson", "founder", "co-founder", "cofounder"})
#: Titles that name no body but point to one of a kind: with no body in their phrase
#: ("Judge Y", "Spokesman Y", "General Y"), the organisation of that kind the text named
#: in this sentence or the last, by a word of its name ("the Marlow Appeals Court" for a
#: judge). An empty set: any organisation (a spokesperson speaks for whatever body).
TITLE_BODY_WORDS = {
    "judge": frozenset({"court", "tribunal"}),
    "mayor": frozenset({"council", "city", "municipality", "town"}),
    "minister": frozenset({"ministry", "government", "cabinet", "department"}),
    "general": frozenset({"army", "military", "forces", "force", "front", "militia",
                          "brigade", "brigades", "guard", "legion", "navy"}),
    "commander": frozenset({"army", "military", "forces", "force", "front", "militia",
                            "brigade", "brigades", "guard", "legion", "navy", "movement"}),
    "spokesman": frozenset(), "spokeswoman": frozenset(), "spokesperson": frozenset(),
    "manager": CLUB_NAME_HEADS | {"club", "team"},  # "Harrow United lost. Manager Y said"
}
#: Posts a body's people hold, which set bare beside a name ("Y, the treasurer, said")
#: are held in the body the text just named; no state's post ("Y, the minister").
BARE_BODY_ROLES = frozenset({"official", "leader", "head", "chief", "chair", "chairman",
                             "chairwoman", "chairperson", "president", "secretary",
                             "treasurer", "director", "commander", "organiser", "organizer",
                             "convenor", "founder", "executive", "spokesman", "spokeswoman",
                             "spokesperson", "representative", "negotiator", "steward"})
#: Words of rank that leave a bare post bare ("a senior official").
SENIORITY_WORDS = frozenset({"senior", "top", "chief", "deputy", "assistant", "acting",
                             "general"})
#: Verbs that give their subject a role in their object ("who leads the party").
ROLE_VERBS = {"lead": "leader", "head": "head", "chair": "chair", "run": "head",
              "found": "founder", "co-found": "founder", "cofound": "founder",
              "join": "member", "rejoin": "member", "coach": "coach", "manage": "manager",
              "captain": "captain", "command": "commander", "direct": "director",
              "represent": "representative", "co-chair": "chair", "helm": "head"}
#: Last words of organisation names that say what kind of body it is: "the company" is
#: not the "... Party", "the party" is not the "... Ministry".
KIND_WORDS = frozenset({"party", "ministry", "court", "army", "police", "council",
                        "committee", "commission", "government", "parliament", "assembly",
                        "senate", "congress", "union", "league", "church", "university",
                        "front", "movement", "militia", "brigade", "legion", "navy", "agency",
                        "department", "tribunal", "cabinet", "school", "college"})
#: Bodies a person belongs to when the text calls them theirs ("Moreno's party").
PARTY_WORDS = frozenset({"party", "movement", "front", "alliance", "coalition", "league",
                         "union", "bloc", "faction"})
RELATIVE_PRONOUNS = frozenset({"which", "who", "that", "whom", "whose"})
NOMINAL_DEPS = frozenset({"appos", "compound", "poss", "nmod"})
#: Plural nouns for people that a group named by them is ("the rebels"): "they", not "it".
PEOPLE_PLURALS = frozenset({"rebels", "fighters", "troops", "militants", "insurgents",
                            "protesters", "protestors", "soldiers", "separatists",
                            "demonstrators", "guerrillas", "mutineers", "gunmen", "jihadists",
                            "extremists", "loyalists", "activists", "residents", "workers"})
SENTENCE_WINDOW = 3  # how many sentences back a pronoun may reach
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


@dataclass(slots=True)
class Role:
    person: str
    organization: str | None
    noun: str
    token: int


class Resolver:
    """Resolves tokens to entity keys within one document."""

    def __init__(self, doc: Doc, table: EntityTable) -> None:
        self.doc = doc
        self.table = table
        self.roles: list[Role] = []
        self.past_roles: list[Role] = []  # "Y, the former mayor": no body's now, still Y
        self.entities = {e.key: e for e in table.entities}
        self.memberships: list[Membership] = []
        self._sent_index = {}
        self._genders: dict[str, str] | None = None
        for n, sent in enumerate(arrays_of(doc).sentences):
            for i in range(sent.start, sent.end):
                self._sent_index[i] = n
        self._find_roles()

    # ---------------------------------------------------------------- public

    def entity_of(self, token: Token, *, allow_pronoun: bool = True,
                  descriptions: bool = True) -> str | None:
        """The entity the noun phrase headed by ``token`` refers to, or None.

        ``descriptions`` allows "the group" / "the spokesman" to resolve to the
        salient organisation or the holder of the role; extractors turn it off
        where a wrong guess costs more than a missing argument.
        """
        key = self.table.at(token)
        if key:
            return key
        lower = token.lower_
        if lower in RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
            noun = token.head.head
            if noun.dep_ == "appos" and noun.pos_ == "NOUN" and self.table.at(noun) is None \
                    and self.table.type_of(self.table.at(noun.head)) == "Person":
                return self.table.at(noun.head)  # "Y, a nurse who now leads X": Y leads X
            return self.entity_of(noun, allow_pronoun=allow_pronoun,
                                  descriptions=descriptions)
        if token.pos_ == "PRON":
            return self.pronoun(token) if allow_pronoun else None
        for child in token.children:
            if child.dep_ == "appos" and (key := self.table.at(child) or self._appos(child)):
                return key
        member = token.lemma_.lower() in GROUP_MEMBER_HEADS
        for child in token.children:
            named_by = child.dep_ == "compound" or (member and child.dep_ == "amod")
            key = self.table.at(child) if named_by else None
            if key and (self.table.type_of(key) == "Person"
                        or token.lemma_.lower() not in ROLE_NOUNS):
                return key  # "Kelvar Militia commander Y"; "Orran rebels" are the Orran group
        if not descriptions:
            return None
        if _age_alone(token) and _is_definite(token):
            return self._salient(token, {"Person"})  # "The 54-year-old told the court ..."
        if token.lemma_.lower() in ROLE_NOUNS:
            return self._role_holder(token)
        if token.lemma_.lower() in GROUP_NOUNS:
            return self._group(token)
        return None

    def _group(self, token: Token) -> str | None:
        """"Veska's army" -> Veska; "its forces" -> what "its" is; "the firm" -> the
        entity the text called a firm, else the most salient organisation."""
        poss = next((c for c in token.children if c.dep_ == "poss"), None)
        if poss is not None:
            return self.entity_of(poss)
        if not _is_definite(token):
            return None
        noun = token.lemma_.lower()
        return (self._described(token)
                or self._salient(token, {"Organization"}, fits=lambda k: self._fits(k, noun))
                or self._salient(token, {"Organization"}))

    def _fits(self, key: str, noun: str) -> bool:
        """Whether an organisation's name allows the description: "the company" is not the
        one whose name says it is a party, a ministry or a court."""
        entity = self.entities.get(key)
        last = entity.label.split()[-1].lower() if entity is not None else ""
        if noun in GENERIC_REACH_NOUNS and last in GROUP_KIND_WORDS:
            return True  # "the group" may be the "... Liberation Army" or the "... Front"
        return last == noun or last not in KIND_WORDS

    def pronoun(self, token: Token) -> str | None:
        lower = token.lower_
        if lower in PERSON_PRONOUNS:  # "he" is no one the text makes a woman
            return self._salient(token, {"Person"}, fits=lambda k: self.fits_pronoun(k, lower))
        if lower in {"it", "its", "itself"}:  # one body, not "the rebels" or "the troops"
            return self._salient(token, {"Organization"}, fits=self._one_body)
        if lower in GROUP_PRONOUNS:
            return self._salient(token, {"Organization"})
        return None

    def fits_pronoun(self, key: str, pronoun: str) -> bool:
        """Whether "he" or "she" may stand for the person ``key``: not when the text gives
        that person the other gender (kg.extract.genders)."""
        want = PRONOUN_GENDERS.get(pronoun)
        if want is None:
            return True
        if self._genders is None:
            persons = {e.key for e in self.entities.values() if e.type == "Person"}
            self._genders = person_genders(self.doc, self.table.mention_spans, persons)
        return self._genders.get(key, want) == want

    def is_channel(self, key: str | None) -> bool:
        """Whether ``key`` is a platform a body posts on ("said on Facebook"): never a
        speaker nor the antecedent of "it", "they" or "the company", and a via that an
        outlet relaying the words goes before (kg.extract.platforms)."""
        entity = self.entities.get(key) if key is not None else None
        return entity is not None and entity.label in PLATFORM_NAMES

    def _one_body(self, key: str) -> bool:
        entity = self.entities.get(key)
        return entity is None or entity.label.split()[-1] not in PEOPLE_PLURALS

    def sentence_of(self, token: Token) -> int:
        return self._sent_index.get(token.i, 0)

    def organisations_before(self, token: Token) -> Iterator[str]:
        """The organisations mentioned before ``token``, the latest first, as far back as
        ``SENTENCE_WINDOW`` sentences (and 400 tokens)."""
        here = self.sentence_of(token)
        for i in range(token.i - 1, max(-1, token.i - 400), -1):
            key = self.table.token_entity.get(i)
            if key is None or self.table.type_of(key) != "Organization" or self.is_channel(key):
                continue
            if here - self._sent_index.get(i, 0) > SENTENCE_WINDOW:
                return
            yield key

    def role_of(self, person: str) -> Role | None:
        return next((r for r in self.roles if r.person == person and r.organization), None)

    # ---------------------------------------------------------------- salience

    def _salient(self, token: Token, types: set[str], fits=None) -> str | None:
        """The most salient entity of a type before ``token``: subjects first, then recency
        (``fits``, when given, rules candidates out)."""
        here = self.sentence_of(token)
        best, best_score = None, None
        start = max(0, token.i - 400)
        for i in range(token.i - 1, start - 1, -1):
            key = self.table.token_entity.get(i)
            if key is None or self.table.type_of(key) not in types or self.is_channel(key):
                continue  # "it", "they": a body, not the platform it posted on
            if fits is not None and not fits(key):
                continue
            distance = here - self._sent_index.get(i, 0)
            if distance > SENTENCE_WINDOW:
                break
            score = -2 * distance + (2 if _in_subject(self.doc[i]) else 0)
            if best_score is None or score > best_score:
                best, best_score = key, score
        return best

    def _nearby_group(self, token: Token) -> str | None:
        """"the group's leader": the organisation the text called a group, or whose name
        has the word ("the union's treasurer": the "... Union", not the firm beside it),
        else the one of the kind it just spoke of (this sentence or the one before; further
        back, the one body in reach, ``_only_body``)."""
        if token.lemma_.lower() not in GROUP_NOUNS or not _is_definite(token):
            return None
        noun = token.lemma_.lower()
        found = self._described(token) or self.definite_kind(token)
        if found is None:  # "the firm's" is not the "... Union" named beside the firm
            found = self._salient(token, {"Organization"},
                                  fits=lambda k: self._fits(k, noun)) or self._salient(
                token, {"Organization"})
            if found is not None and not self._near(found, token, sentences=1):
                found = self._only_body(token, noun)
        return found

    def kind_org(self, token: Token) -> str | None:
        """"union leader Y", "federation secretary Y", "company spokeswoman Y": a bare kind
        noun before a role stands for the organisation of that kind the text spoke of: the
        latest one whose name has the word ("the Veska Farmers Union"), else, for a word any
        organisation may go by ("company", "group"), the salient one of this or the last
        sentence. Also where the tagger took the capitalised kind word at the start of a
        sentence for a name of its own ("Party chairman Y")."""
        noun = token.lemma_.lower()
        if token.dep_ not in {"compound", "nmod"} or noun not in KIND_ORG_NOUNS \
                or _is_definite(token):
            return None
        if any(c.lower_ in OTHER_ORG_WORDS for c in token.children):
            return None  # "rival company executive Y" is not of the company just named
        own = self.table.at(token)
        if own is not None:
            entity = self.entities.get(own)
            if entity is None or entity.label.lower() != token.lower_:
                return None  # a real name ("Unite official"): the caller reads it
        for key in self.organisations_before(token):
            if key == own:
                continue
            entity = self.entities.get(key)
            words = {w.lower() for w in entity.label.split()} if entity is not None else set()
            if noun in words or f"{noun}s" in words or (noun == "party" and words & PARTY_PLURALS):
                return key  # "party leader Y" after "the Greens"
        if noun not in GENERIC_KIND_NOUNS:
            return None
        found = self._salient(token, {"Organization"},
                              fits=lambda k: k != own and self._fits(k, noun))
        if found is not None and self._near(found, token, sentences=1):
            return found
        return self._only_body(token, noun) if found is not None and found != own else None

    def definite_kind(self, token: Token) -> str | None:
        """"the museum's director", "the hospital's chief surgeon": a definite common noun
        that is a word of the name of an organisation the text named shortly before ("the
        Orrin Museum of Modern Art") stands for it."""
        noun = token.lower_
        if token.pos_ != "NOUN" or not _is_definite(token) or token.text[:1].isupper():
            return None
        here = self.sentence_of(token)
        for i in range(token.i - 1, max(-1, token.i - 400), -1):
            key = self.table.token_entity.get(i)
            if key is None or self.table.type_of(key) != "Organization" or self.is_channel(key):
                continue
            if here - self._sent_index.get(i, 0) > SENTENCE_WINDOW:
                return None
            entity = self.entities.get(key)
            words = [w.lower() for w in entity.label.split()] if entity is not None else []
            if len(words) > 1 and noun in words[1:]:
                return key
        return None

    def definite_org(self, token: Token) -> str | None:
        """"a spokesman for the company", "the bank's spokeswoman", "the hospital's
        director": a definite kind noun with no name of its own stands for the organisation
        the text named just before: the latest one whose name has the word ("Tesk Bank"), or
        that the text called so ("Lumen, a research firm"), else, for a word any firm may go
        by ("the company", "the lender"), the salient firm of this or the last sentence."""
        if token.pos_ != "NOUN" or not _is_definite(token) or self.table.at(token) is not None \
                or any(c.lower_ in OTHER_ORG_WORDS for c in token.children):
            return None
        found = self.definite_kind(token) or self._described(token)
        if found is not None or token.lemma_.lower() not in FIRM_KIND_NOUNS:
            return found
        noun = token.lemma_.lower()
        found = self._salient(token, {"Organization"}, fits=lambda k: self._fits(k, noun))
        if found is not None and self._near(found, token, sentences=1):
            return found
        return self._only_body(token, noun)

    def _only_body(self, token: Token, noun: str) -> str | None:
        """"The Kelvar Front took the bridge. Residents fled. Shops closed. A spokesman for
        the group said ...": a word any body goes by ("the group", "the organisation") or
        any firm ("the company's chairman") reaches further back than the last sentence
        when the text named one body of the kind alone in that reach
        (``SENTENCE_WINDOW``), an outlet aside."""
        if noun not in _REACH_NOUNS:
            return None
        found = {k for k in self.organisations_before(token)
                 if self._fits(k, noun) and self._no_outlet(k)}
        return found.pop() if len(found) == 1 else None

    def bare_kind(self, token: Token) -> bool:
        """Whether the tagger made a name of a kind word alone ("Party" of "Party chairman Y")."""
        key = self.table.at(token)
        entity = self.entities.get(key) if key is not None else None
        return (entity is not None and token.text[:1].isupper() and not entity.scope
                and entity.label.lower() == token.lower_
                and token.lemma_.lower() in KIND_ORG_NOUNS)

    def _near(self, key: str, token: Token, *, sentences: int) -> bool:
        here = self.sentence_of(token)
        return any(here - sentences <= self._sent_index.get(s, -99) <= here
                   for s, _ in self.table.mention_spans.get(key, []))

    def _described(self, token: Token) -> str | None:
        """"the firm" -> the latest entity the text called a firm ("Lumen, a research firm")."""
        noun = token.lemma_.lower()
        for i in range(token.i - 1, max(-1, token.i - 400), -1):
            key = self.table.token_entity.get(i)
            if key and noun in self.table.descriptors.get(key, ()):
                return key
        return None

    # ---------------------------------------------------------------- roles

    def _appos(self, token: Token) -> str | None:
        for child in token.children:
            if child.dep_ in {"compound", "appos"} and (key := self.table.at(child)):
                return key
        return None

    def _role_holder(self, token: Token) -> str | None:
        """"the leader of the movement" -> the one person the text gives that role; not
        "another spokesman", "a second official": someone other than the one named."""
        if _another(token):
            return None
        noun = token.lemma_.lower()
        if any(c.lower_ in PAST_ROLE_WORDS for c in token.children):
            # "Y, the former mayor of X, ... The former mayor was arrested": Y
            past = {r.person for r in self.past_roles if r.noun == noun and r.token < token.i}
            return past.pop() if len(past) == 1 else None
        org = self._role_org(token)
        holders = {r.person for r in self.roles if r.noun == noun}
        if org is not None and len(holders) > 1:
            holders = {r.person for r in self.roles if r.noun == noun and r.organization == org}
        return holders.pop() if len(holders) == 1 else None

    def _role_org(self, token: Token) -> str | None:
        named = self._role_org_named(token)
        if named is not None:
            return named  # "the military spokesman of the X faction": X, not "military"
        for child in token.children:
            if child.dep_ in {"poss", "compound"}:
                if self.bare_kind(child):
                    return self.kind_org(child)
                return (self.kind_org(child) or self.entity_of(child, descriptions=False)
                        or self._nearby_group(child) or self._compound_org(child)
                        or self.definite_kind(child) or self._short_name(child))
            if child.dep_ == "amod" and (key := self.table.at(child)):
                return key  # "Unite regional officer": the tagger took the name for an adjective
            if child.dep_ == "nmod" and child.i < token.i and self.table.type_of(
                    key := self.table.at(child)) == "Organization":
                return key  # "Y, Orrin Teachers Union general secretary": parsed as nmod
            if child.dep_ == "prep" and child.lower_ in {"of", "for", "at"}:
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        return self.entity_of(pobj)
        return None

    def _short_name(self, word: Token) -> str | None:
        """"Harrow manager Y" after "Harrow United": a capitalised word before a role that
        is the first word of the one organisation the text named so, and no name of its own
        (not "Orrin police chief Y" where Orrin is a town)."""
        if word.pos_ != "PROPN" or word.is_sent_start or self.table.at(word) is not None:
            return None
        if any(e.label.lower() == word.lower_ for e in self.entities.values()):
            return None
        found = {e.key for e in self.entities.values() if e.type == "Organization"
                 and len(e.label.split()) > 1 and e.label.split()[0] == word.text}
        return found.pop() if len(found) == 1 else None

    def _hyphen_role_org(self, token: Token) -> str | None:
        """"secretary-general of the X", "commander-in-chief of the X": the parser hangs the
        "of" phrase on the role's last hyphenated part."""
        doc = token.doc
        end = token.i
        while end + 2 < len(doc) and doc[end + 1].text == "-" and not doc[end].whitespace_ \
                and not doc[end + 1].whitespace_:
            end += 2
        for part in doc[token.i + 1:end + 1]:
            if part.text != "-" and (key := self._role_org_named(part)):
                return key
        return None

    def _role_org_named(self, token: Token) -> str | None:
        """The organisation a role's "of"/"for"/"at" phrase names outright (no description);
        "in"/"from"/"with"/"within" only when the name has a body's shape ("a senior
        official in the X Union", "a lawmaker from the X Party"; not "an official in
        Orrin")."""
        for child in token.children:
            if child.dep_ != "prep" or child.lower_ not in _ANY_ROLE_PREPS:
                continue
            for pobj in child.children:
                if pobj.dep_ != "pobj":
                    continue
                key = self.entity_of(pobj, descriptions=False)
                if key and self.table.type_of(key) == "Organization" and (
                        child.lower_ in _ROLE_PREPS or shaped_as_body(self.table, key, pobj)):
                    return key
                if key is None and child.lower_ == "of" and (key := self._field_body(pobj)):
                    return key
        return None

    def _field_body(self, field: Token) -> str | None:
        """"head of youth programmes at the X Club", "director of communications for X":
        the role's "of" names its field, the field's "at"/"for"/"with" the body."""
        if field.pos_ != "NOUN" or self.table.at(field) is not None:
            return None
        for prep in field.children:
            if prep.dep_ == "prep" and prep.lower_ in _FIELD_PREPS:
                pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                key = self.entity_of(pobj, descriptions=False) if pobj is not None else None
                if self.table.type_of(key) == "Organization":
                    return key
        return None

    def _ministry_of(self, token: Token) -> str | None:
        """"Veskan Foreign Minister Y", "Y, the minister for health": the article's one
        "Veskan Foreign Ministry" (or "Ministry of Foreign Affairs", "Health Ministry"),
        when it names it."""
        if token.lemma_.lower() != "minister":
            return None
        words = {c.lower_ for c in token.children if c.dep_ in {"compound", "amod"}} or {
            p.lower_ for prep in token.children if prep.dep_ == "prep"
            and prep.lower_ in {"for", "of"} for p in prep.children
            if p.dep_ == "pobj" and p.pos_ == "NOUN"}  # "the minister for health"
        if not words:
            return None
        found = {e.key for e in self.table.entities
                 if e.type == "Organization" and _names_ministry(e.label, words)}
        return found.pop() if len(found) == 1 else None

    def _compound_org(self, token: Token) -> str | None:
        """"rebel defence minister": the organisation qualifies the role's own qualifier."""
        for child in token.children:
            key = self.table.at(child) if child.dep_ in {"compound", "amod"} else None
            if key and self.table.type_of(key) == "Organization":
                return key
        return None

    def _find_roles(self) -> None:
        """Person mentions tied to a role noun, and the organisation the role belongs to."""
        for key, spans in self.table.mention_spans.items():
            if self.table.type_of(key) == "Organization":
                for start, end in spans:
                    self._party_of(key, self.doc[start:end])
        doc = self.doc
        arrays = arrays_of(doc)
        pos, lemmas = arrays.pos, arrays.lemma
        # Only a verb of a role or a noun of one goes on: their tokens alone are made.
        for token in [doc[i] for i in indices_of_pos(doc, VERB, NOUN, PROPN)
                      if (pos[i] == VERB and lemmas[i] in ROLE_VERBS)
                      or (pos[i] != VERB and lemmas[i] in ROLE_NOUNS)]:
            noun = token.lemma_.lower()
            if token.pos_ == "VERB" and noun in ROLE_VERBS:
                self._verbal_role(token, ROLE_VERBS[noun])
                continue
            if noun not in ROLE_NOUNS or token.pos_ not in {"NOUN", "PROPN"}:
                continue
            past = any(c.lower_ in PAST_ROLE_WORDS for c in token.children)
            person = self._role_person(token)
            if person is None:
                continue
            if past:  # "a former spokesman" speaks for no one now, but is still who he is
                self.past_roles.append(Role(person, None, noun, token.i))
                continue
            org = (self._role_org(token) or self._org_after_name(token)
                   or self._ministry_of(token) or self._hyphen_role_org(token)
                   or self._firm_of_bare_role(token) or self._body_of_bare_title(token)
                   or self._body_of_bare_role(token))
            self._add_role(person, org, noun, token)
        for person, org, noun, token in affiliations(self.table, self.doc,
                                                     described=self.definite_kind):
            self._add_role(person, org, noun, token)

    def _add_role(self, person: str, org: str | None, noun: str, token: Token) -> None:
        if org is not None and self.table.type_of(org) != "Organization":
            org = None
        if org is not None and _against_possessor(token, org, self.table):
            org = None  # "Norland's opposition candidate Y" is no one of Norland's
        self.roles.append(Role(person, org, noun, token.i))
        if org is not None:
            sent = sent_of(token)
            self.memberships.append(
                Membership(person, org, CharSpan(sent.start_char, sent.end_char), noun))

    def _party_of(self, org: str, span) -> None:
        """"Moreno's Unity Party", "Brenn's Greenway Movement party": a person whose party
        (movement, front ...) the text names belongs to it."""
        entity = self.entities.get(org)
        root = span[-1]
        head = root.head if root.dep_ == "compound" and root.head.lower_ in PARTY_WORDS else root
        last = entity.label.split()[-1].lower() if entity is not None else ""
        if last not in PARTY_WORDS and head.lower_ not in PARTY_WORDS:
            return
        for token in [*span, head]:
            for child in token.children:
                person = self.table.at(child) if child.dep_ == "poss" else None
                if person and child.i < span.start and self.table.type_of(person) == "Person":
                    self._add_role(person, org, "member", head)
                    return

    def _verbal_role(self, verb: Token, noun: str) -> None:
        """"Y, who leads X" / "Y heads X": Y holds the role in X."""
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if subj is None or obj is None:
            self._passive_role(verb, noun)
            return
        person = self.entity_of(subj, descriptions=False)
        obj = _body_of_board(obj)
        grouped = GROUP_NOUNS & {obj.lemma_.lower(), obj.lower_}  # "who leads the rebels"
        org = self.table.at(obj) or self._appos(obj) or self.definite_org(obj) or (
            self._group(obj) if grouped else None)
        if person and org and self.table.type_of(person) == "Person" \
                and self.table.type_of(org) == "Organization":
            self._add_role(person, org, _post_as(verb) or noun, verb)

    def _passive_role(self, verb: Token, noun: str) -> None:
        """"The X Choir, previously led by Y, has disbanded", "X is headed by Y", "X,
        which is chaired by Y": the body a role verb's participle hangs on, or its passive
        subject in the present, is held by the agent. Only a body named by its name: not
        "forces led by Y" (whose forces?), not "the government which was led by Y" (a
        government that fell)."""
        if verb.tag_ != "VBN":
            return
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        by = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
        if by is None:
            return
        if verb.dep_ == "acl":
            body = verb.head
        elif any(c.dep_ == "auxpass" and c.tag_ in {"VBZ", "VBP"} for c in verb.children):
            body = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
            if body is not None and body.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                body = verb.head
        else:
            return
        person = self.table.at(by)
        org = self.table.at(body) if body is not None and body.pos_ == "PROPN" else None
        if person and org and self.table.type_of(person) == "Person" \
                and self.table.type_of(org) == "Organization":
            self._add_role(person, org, noun, verb)

    def _org_after_name(self, token: Token) -> str | None:
        """"President Y of X": the title is part of the name's phrase, X hangs off the name."""
        if token.dep_ != "compound":
            return None
        for prep in token.head.children:
            if prep.dep_ == "prep" and prep.lower_ in {"of", "for", "at"}:
                pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    return self.table.at(pobj) or self._appos(pobj)
        return None

    def _firm_of_bare_role(self, token: Token) -> str | None:
        """"Delta Grain cut 300 jobs, chief executive Piet Olsen said": a role only a firm
        has ("chief executive", "chairman", "founder"), with no body of its own (no
        possessor, no "of X", no name before it), is held at the firm the text named in this
        sentence or the last: the salient one, never a party, a ministry or a court."""
        if token.lemma_.lower() not in FIRM_ROLES or any(
                c.dep_ in {"poss", "prep"} or (c.dep_ in {"compound", "nmod"} and (
                    c.text[:1].isupper() and not c.is_sent_start
                    or c.lemma_.lower() in KIND_ORG_NOUNS))  # "union chairman": its own kind
                for c in token.children) \
                or any(t.lower_ in OTHER_ORG_WORDS for t in token.subtree if t.i < token.i):
            return None  # "rival company executive Y" is not of the firm just named
        found = self._salient(token, {"Organization"}, fits=self._named_firm)
        return found if found is not None and self._near(found, token, sentences=1) else None

    def _body_of_bare_title(self, token: Token) -> str | None:
        """"The Marlow Appeals Court ruled on Monday. Judge Y said ...", "Delta Grain will
        close the mill, spokesman Y said": a title with no body of its own (no possessor,
        no "of X", no name or kind word before it) is held in the organisation of its kind
        (``TITLE_BODY_WORDS``) the text named in this sentence or the last, else the one
        body of that kind named before it."""
        words = TITLE_BODY_WORDS.get(token.lemma_.lower())
        if words is None or _own_body_words(token) or not _on_the_name(token):
            return None  # not "Y would be appointed home affairs minister"

        def fits(key: str) -> bool:
            entity = self.entities.get(key)
            return entity is not None and entity.label != entity.label.lower() and (
                not words or bool(words & {w.lower() for w in entity.label.split()}))
        found = self._salient(token, {"Organization"}, fits=fits)
        if found is not None and self._near(found, token, sentences=1):
            return found
        if not words:
            return None
        earlier = {k for i, k in self.table.token_entity.items() if i < token.i and fits(k)
                   and self.table.type_of(k) == "Organization"}
        return earlier.pop() if len(earlier) == 1 else None  # the article's one court

    def _body_of_bare_role(self, token: Token) -> str | None:
        """"The Dockside Union called a strike. Ada Moreno, a senior official, said ...",
        "..., said Y, the treasurer.": a body's post set beside a name with nothing of a
        body's own (no possessor, no "of X", no name or kind word; "senior" at most) is
        held in the organisation the text named in this sentence or the last (the
        salient one, never an outlet)."""
        if token.dep_ != "appos" or token.lemma_.lower() not in BARE_BODY_ROLES or any(
                c.dep_ in {"poss", "prep", "compound", "nmod"}
                or (c.dep_ == "amod" and c.lower_ not in SENIORITY_WORDS)
                for c in token.children):
            return None
        found = self._salient(token, {"Organization"}, fits=self._no_outlet)
        return found if found is not None and self._near(found, token, sentences=1) else None

    def _no_outlet(self, key: str) -> bool:
        entity = self.entities.get(key)
        return entity is not None and entity.label != entity.label.lower() \
            and entity.label.split()[-1].lower() not in OUTLET_WORDS

    def _named_firm(self, key: str) -> bool:
        entity = self.entities.get(key)
        return entity is not None and entity.label != entity.label.lower() \
            and self._fits(key, "company")

    def _role_person(self, token: Token) -> str | None:
        """The person a role noun describes: "X spokesperson Y", "Y, a spokesman for X",
        "Y is a spokesman for X"; also "Y, chair of X, said", where the parser makes the
        name a modifier (nmod) set before the role."""
        head = token.head
        candidates = [c for c in token.children if c.dep_ in {"appos", "compound"}
                      or (c.dep_ == "nmod" and c.i < token.i)]
        if token.dep_ in {"compound", "appos"}:
            candidates.append(head)
        if token.dep_ == "attr" and head.lemma_ == "be":
            candidates += [c for c in head.children if c.dep_ == "nsubj"]
        if head.dep_ == "compound" and token.dep_ == "compound":
            candidates.append(head.head)
        candidates += _appos_on_body(token) + _described_after_body(token)
        for cand in candidates:
            key = self.table.at(cand)
            if key and self.table.type_of(key) == "Person":
                return key
        return None


def _post_as(verb: Token) -> str | None:
    """"X joined the Courier as a photographer": the post an "as" phrase gives (a job, not
    a party card, so the person speaks for the body)."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "as":
            post = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if post is not None and post.lemma_.lower() in POST_HOLDER_NOUNS:
                return post.lemma_.lower()
    return None


def _on_the_name(role: Token) -> bool:
    """Whether a title is set on the name itself ("Judge Y", "the spokeswoman, Y,"), not
    said of the person by a verb ("Y was appointed minister")."""
    return role.dep_ in {"compound", "appos"} or any(c.dep_ == "appos" for c in role.children)


def _own_body_words(role: Token) -> bool:
    """Whether a role's phrase says whose it is or which kind of body: a possessor, an
    "of"/"for" phrase, a name or a kind word before it ("opposition spokesman", "Orrin
    judge", "a rival firm's spokesman"); a title ("Judge Y") or a field ("Prime Minister
    Y", "Interior Minister Y") is none."""
    for c in role.children:
        if c.dep_ in {"poss", "prep"} or (c.lower_ in OTHER_ORG_WORDS and c.pos_ != "PROPN"):
            return True  # "a foreign firm's spokesman"; not the field of "Foreign Minister Y"
        if c.dep_ in {"compound", "nmod", "amod"} and (
                c.ent_type_
                or c.lower_ in AGAINST_WORDS or c.lemma_.lower() in _KIND_OR_GROUP_NOUNS):
            return True
    return False


#: Qualifiers of a role that set its holder against the body that possesses it.
AGAINST_WORDS = frozenset({"opposition", "exiled", "shadow", "dissident"})


def _against_possessor(role: Token, org: str, table: EntityTable) -> bool:
    """"Norland's opposition candidate", "Veska's exiled leader": the role is in the
    possessor's country, not among its people."""
    children = list(role.children)
    return any(c.lower_ in AGAINST_WORDS for c in children if c.dep_ in {"compound", "amod"}) \
        and any(c.dep_ == "poss" and table.at(c) == org for c in children)


_KIND_OR_GROUP_NOUNS = KIND_ORG_NOUNS | GROUP_NOUNS
_REACH_NOUNS = GENERIC_REACH_NOUNS | FIRM_KIND_NOUNS
#: Entity tags of a title's word that name no body: none, or the person's own name the
#: tagger ran the title into ("Foreign Minister Y" tagged as one PERSON).
_NAME_TYPES = frozenset({"", "PERSON"})
#: Prepositions that tie a role to its body ("spokesman of/for X", "a lecturer at X") ...
_ROLE_PREPS = frozenset({"of", "for", "at"})
#: ... and those that do so only before a body's name ("an official in the X Union").
_LOOSE_ROLE_PREPS = frozenset({"in", "from", "with", "within"})
#: Prepositions that give the body of a role's field ("head of sales at X").
_FIELD_PREPS = frozenset({"at", "for", "with"})


#: Parts of a body that a role verb's object may name in its stead ("who chairs the board
#: of the X Food Bank": X's chair).
BOARD_NOUNS = frozenset({"board", "committee", "council", "trustees", "executive"})


def _body_of_board(obj: Token) -> Token:
    """"Y, who chairs the board of the Orrin Food Bank": the body whose board (committee,
    trustees) a role verb's object is, else the object itself."""
    if obj.lemma_.lower() not in BOARD_NOUNS or obj.pos_ != "NOUN":
        return obj
    for prep in obj.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    return obj


def _appos_on_body(role: Token) -> list[Token]:
    """"The head of the X Council, Piet Olsen, said": the parser hangs the person's name in
    apposition on the body's name rather than on the role."""
    out = []
    for prep in role.children:
        if prep.dep_ == "prep" and prep.lower_ in _ROLE_PREPS:
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    out += [c for c in pobj.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    return out


def _described_after_body(role: Token) -> list[Token]:
    """"Olsen met the leader of the X Association, retired teacher Y, on Monday": the
    person set after the role's body with a description of their own, which the parser
    often hangs elsewhere; read from the words: a comma, up to three lower-case words, the
    name, and a comma or the sentence's end."""
    doc = role.doc
    for prep in role.children:
        if prep.dep_ != "prep" or prep.lower_ not in _ROLE_PREPS:
            continue
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            i = pobj.right_edge.i + 1
            if i >= len(doc) or doc[i].text != ",":
                continue
            j = i + 1
            while j < min(len(doc), i + 4) and doc[j].is_lower and doc[j].pos_ in {"ADJ",
                                                                                   "NOUN"}:
                j += 1
            if j == i + 1 or j >= len(doc) or doc[j].pos_ != "PROPN" or doc[j - 1].pos_ != "NOUN":
                continue  # "retired teacher Y"; not "..., and Y" nor "..., a group"
            end = j
            while end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN":
                end += 1
            if end + 1 == len(doc) or doc[end + 1].text in {",", "."} or doc[end + 1].is_sent_start:
                return [doc[end]]
    return []


def _names_ministry(label: str, words: set[str]) -> bool:
    """Whether a ministry's name holds every word of a minister's title ("foreign", and the
    nationality when one is given)."""
    have = {w.strip(".,'").lower() for w in label.split()}
    return bool({"ministry", "department"} & have) and words <= have


#: Words that set a role's holder apart from the one the text already gave it.
OTHER_WORDS = frozenset({"another", "other", "second", "third", "fourth", "fifth", "different",
                         "separate", "further", "additional", "new"})


def _another(token: Token) -> bool:
    """"another spokesman", "a second official", "a different aide": not the one named."""
    return any(c.dep_ in {"det", "amod"} and c.lower_ in OTHER_WORDS for c in token.children)


def _age_alone(token: Token) -> bool:
    """"the 54-year-old" standing alone for a person: "old" heading the phrase, with the
    years on it (not "the 54-year-old driver", whose head is "driver")."""
    return token.lower_ == "old" and any(c.lower_ in {"year", "years"} for c in token.children)


def _is_definite(token: Token) -> bool:
    return any(c.lower_ in {"the", "this", "that"} or c.dep_ == "poss" for c in token.children)


def _in_subject(token: Token) -> bool:
    t = token
    for _ in range(4):
        if t.dep_ in _SUBJECT_DEPS:
            return True
        if t.dep_ not in {"compound", "appos", "poss", "amod", "conj", "flat"} or t.head.i == t.i:
            return False
        t = t.head
    return False


def is_first_person(token: Token) -> bool:
    return token.lower_ in FIRST_PERSON


#: Unions of the word lists above that tests read, made once (``A | B`` in a test
#: builds a new set at every call).
_ANY_ROLE_PREPS = _ROLE_PREPS | _LOOSE_ROLE_PREPS
