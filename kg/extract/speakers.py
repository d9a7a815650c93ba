"""Who a statement's speaker is, whom they speak for, and how it reached the article.

Helpers for ``kg.extract.statements``: the organisation a speaker's role belongs to
("KLF spokesman Y", "Y, the deputy secretary-general of the X", "a spokeswoman for X",
"its spokesman", "one of its commanders"),
a bare surname taken back to the full name it abbreviates, quotes relayed by an outlet
("Y was quoted by X as saying", "..., X reported"), the outlet or channel a statement
came through ("told X", "on X", "in an interview with X") and the author of a
document that speaks ("the statement said", "a notice issued by X").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.coref import AGAINST_WORDS, FIRM_KIND_NOUNS, GROUP_NOUNS, KIND_WORDS, Resolver
from kg.extract.lexicon import (
    CARRIER_NOUNS,
    GROUP_MEMBER_HEADS,
    OUTLET_WORDS,
    PAPER_NOUNS,
    PAST_ROLE_WORDS,
    REPORT_NOUNS,
    ROLE_NOUNS,
    SPEAKING_ROLES,
    demonym_of,
)
from kg.extract.scene import country_place

#: Words that describe a speaker by role without naming them ("an SDF official said"),
#: and the members of an armed group who speak for it, as its fighters do ("rebels of
#: the X said they took the town"; ``GROUP_MEMBER_HEADS``).
DESCRIPTION_NOUNS = ROLE_NOUNS | GROUP_MEMBER_HEADS | {"source", "officials", "spokespeople",
                                                      "spokesmen"}
#: Descriptions that speak for their organisation even when definite ("the party's
#: spokesman said"); other roles only when indefinite ("a party leader said"), since
#: "the party's presidential nominee" is one person, not the party.
VOICE_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokespeople",
                         "spokesmen", "official", "officials", "source", "sources",
                         "representative", "representatives", "statement"})
#: Words that make any role its organisation's voice, definite or not ("the club's press
#: officer said", "Delta Grain's media director said").
VOICE_COMPOUNDS = frozenset({"press", "media", "communications", "communication"})
#: Verbs that carry someone else's words when their object is quoted "as saying".
QUOTING_VERBS = frozenset({"quote", "cite"})
#: Cues an outlet relays another's statement with: "X said ..., the Courier reported".
RELAY_CUES = frozenset({"report", "say", "quote", "write"})
#: Prepositions that put a statement on a channel: "said on Telegram", "told X in an interview".
CHANNEL_PREPS = frozenset({"on", "in", "to", "via", "through"})
#: Nouns of a channel an utterance goes through ("in an interview with Radio North").
CHANNEL_NOUNS = frozenset({"interview", "broadcast", "post", "message", "tweet", "video",
                           "programme", "program", "show", "account", "channel", "page",
                           "podcast", "appearance", "statement",
                           # words handed to an outlet ("in remarks to X", "in an email to
                           # X") or written for one ("in a column for X")
                           "remark", "remarks", "comment", "comments", "email", "e-mail",
                           "column", "article", "essay", "commentary", "editorial"})
#: Occasions of speech that an outlet may carry ("in a televised address on Veska TV"):
#: only an outlet by its name counts, not any body the phrase names ("a speech at X").
BROADCAST_NOUNS = frozenset({"address", "speech", "briefing", "op-ed", "oped"})
#: Verbs of speaking whose participle names the outlet spoken to ("Speaking to X, ...").
SPEAKING_VERBS = frozenset({"speak", "talk", "write", "tell", "say"})
#: Nouns that stand before an outlet's name ("on broadcaster X", "the news agency X").
OUTLET_NOUNS = frozenset({"broadcaster", "channel", "station", "network", "radio",
                          "television", "newspaper", "agency", "daily", "outlet", "website",
                          "tv"})
#: Words of an outlet's own name ("Veska Television", "the Marlow Courier").
_OUTLET_TITLE_WORDS = OUTLET_WORDS | OUTLET_NOUNS
#: Verbs whose subject wrote a document the text later calls "the letter" or "the note".
WRITING_VERBS = frozenset({"write", "issue", "release", "publish", "post", "send", "tweet",
                           "put", "file", "sue", "lodge", "submit"})
#: Nouns of documents that "say" (a source is a person, not a document).
DOCUMENT_NOUNS = ((CARRIER_NOUNS | REPORT_NOUNS | PAPER_NOUNS) - {"source", "sources"}) | {
    "notice", "communique", "communiqué", "document", "bulletin", "announcement", "text",
    "leaflet", "placard"}
DOCUMENT_WINDOW = 6  # how many sentences back "the statement" may find its author
#: Roles held in a state, not only in an organisation: "Veskan President Y" speaks for Veska.
#: Last words of a state's bodies ("the Veskan defence ministry"); not "army" nor
#: "forces": "the Veskan Democratic Forces" may be rebels.
STATE_BODIES = frozenset({"ministry", "government", "military", "navy", "police",
                          "presidency", "cabinet"})
STATE_ROLES = frozenset({"president", "minister", "premier", "chancellor", "ambassador",
                         "envoy", "king", "queen", "governor", "secretary", "leader",
                         "spokesman", "spokeswoman", "spokesperson", "official"})
#: Roles whose holder speaks for a body by office ("spokesman", "spokeswoman").
SPOKESPERSON_ROLES = frozenset({"spokesperson", "spokesman", "spokeswoman"})
#: The staff of a person's post, who speak in that person's name: "Anika Sorvali's office
#: said", "the office of Governor Y said" are Y's words, as "Y's spokeswoman said" are.
PERSONAL_OFFICES = frozenset({"office"})
#: Nouns that stand for the country the article is about ("the country's president").
COUNTRY_NOUNS = frozenset({"country", "nation"})
#: Roles that speak for a person, and so for the body that person holds a post in ("a
#: spokeswoman for Prime Minister Y", "Y's spokesman").
PERSONAL_VOICES = SPOKESPERSON_ROLES | {"aide"}
#: Nouns that stand for a state's government: "the Veskan government" is Veska speaking.
STATE_NOUNS = frozenset({"government", "authorities", "administration", "presidency"})
#: Nouns of an office that speaks for whoever it is "of": "the office of the spokesperson".
OFFICE_NOUNS = ROLE_NOUNS | STATE_NOUNS | {"office", "bureau", "secretariat"}
_AGENT_TYPES = frozenset({"Person", "Organization"})
#: Types the tagger gives a country: a place, or a body when it acts ("Veska closed ...").
_STATE_TYPES = frozenset({"Place", "Organization"})


class Speakers:
    """Speaker-side readings of one document, sharing a name index over its entities."""

    def __init__(self, res: Resolver) -> None:
        self.res = res
        self.table = res.table
        self._names = _name_index(res)

    # ------------------------------------------------------------ naming

    def named(self, token: Token) -> str | None:
        """The entity a name token stands for, also where the tagger missed this mention
        of a name it found elsewhere ("KLF spokesperson Y" with "KLF" untagged here)."""
        key = self.table.at(token)
        if key is None and token.pos_ in {"PROPN", "NOUN", "ADJ"} and token.text[:1].isupper():
            key = self._names.get(token.text.lower())
        return key

    def full_name(self, key: str) -> str:
        """A bare surname ("said Vanhanen") as the person first named in full, when the
        document has exactly one such person (whatever type the tagger gave the surname)."""
        entity = self.res.entities.get(key)
        if entity is None or " " in entity.label:
            return key
        for part in (-1, 0):  # a surname, else the family name written first ("Lin" of "Lin Bao")
            fuller = [e.key for e in self.res.entities.values() if e.type == "Person"
                      and e.key != key and " " in e.label and e.label.split()[part] == entity.label]
            if len(fuller) == 1:
                return fuller[0]
        return key

    def misfit(self, token: Token, key: str | None) -> bool:
        """"The government denied the claim" read as the last organisation named, when
        that one's name says it is no government: a kind noun speaks for an organisation
        of its kind, or for none the text names."""
        noun = token.lemma_.lower()
        if key is None or token.pos_ != "NOUN" or noun not in KIND_WORDS:
            return False
        if self.table.at(token) or self.table.type_of(key) != "Organization":
            return False
        if any(c.dep_ in {"poss", "compound", "amod"} and self.table.at(c) == key
               for c in token.children):
            return False
        entity = self.res.entities.get(key)
        words = entity.label.lower().split() if entity is not None else []
        return noun not in words and noun not in self.table.descriptors.get(key, ())

    # ------------------------------------------------------------ on behalf of

    def behalf(self, speaker: str, mention: Token | None) -> str | None:
        """The organisation the speaker speaks for: a role in this very mention, else any
        role or membership the document gives them."""
        if self.table.type_of(speaker) == "Organization":
            return self._state_of(speaker)
        if self.table.type_of(speaker) != "Person":
            return None
        own = self.own_role(speaker, mention)
        if own is not None:
            return own[0]
        for role in self.res.roles:
            if role.person != speaker or role.noun not in SPEAKING_ROLES:
                continue
            org = role.organization or self.role_org(self.res.doc[role.token])
            if org is not None:
                return org
        return next((m.organization for m in self.res.memberships
                     if m.person == speaker and m.role != "member"), None)  # a role, no party card

    def own_role(self, speaker: str, mention: Token | None) -> tuple[str, str] | None:
        """(organisation, role) of a role in the speaker's own mention: "KLF spokesman Y",
        "Veskan President Y", "Y, the head of X"."""
        if mention is None or self.table.type_of(speaker) != "Person":
            return None
        for role in _role_tokens(mention):
            if any(c.lower_ in AGAINST_WORDS for c in role.children):
                continue  # "Kelvar's exiled leader Y" speaks against Kelvar's rulers
            org = self.role_org(role)
            if org is not None and org != speaker:
                return org, role.lemma_.lower()
        return None

    def spoken_for(self, mention: Token | None, content: Span) -> str | None:
        """"The rebels have encircled the town," said spokesman Y: a spokesperson whose body
        the text does not name speaks for the body their words are about (the subject of
        the content's main verb), when that is an organisation."""
        roles = [r for r in _role_tokens(mention) if r.lemma_.lower() in SPOKESPERSON_ROLES] \
            if mention is not None else []
        if not roles:
            return None
        subject = next((t for t in content if t.dep_ in {"nsubj", "nsubjpass"}
                        and t.head == content.root), None)
        key = self.res.entity_of(subject, allow_pronoun=False) if subject is not None else None
        if self.table.type_of(key) != "Organization":
            return None
        kinds = [c.lower_[:4] for r in roles for c in r.children
                 if c.dep_ in {"amod", "compound"} and c.pos_ in {"ADJ", "NOUN"}
                 and c.lemma_.lower() not in FIRM_KIND_NOUNS]  # any firm is "the company"
        entity = self.res.entities.get(key)
        label = entity.label.lower() if entity is not None else ""
        if kinds and not any(kind in label for kind in kinds):
            return None  # "military spokesman Y said the rebels had fled": not the rebels'
        return key

    def _state_of(self, body: str) -> str | None:
        """"the Veskan defence ministry said": a state body named by its country's adjective
        speaks for the country, when the article names it ("Veska")."""
        entity = next((e for e in self.table.entities if e.key == body), None)
        words = entity.label.split() if entity is not None else []
        if len(words) < 2 or words[-1].lower() not in STATE_BODIES:
            return None
        stem = words[0][:4].lower()
        states = {e.key for e in self.table.entities if e.key != body and len(stem) == 4
                  and len(e.label.split()) == 1 and e.label.lower().startswith(stem)
                  and e.label.lower() != words[0].lower()
                  and self.table.types.get(e.key) in {"Place", "Organization"}}
        return states.pop() if len(states) == 1 else None

    def role_org(self, role: Token) -> str | None:
        """The organisation a role noun belongs to: "X spokesman", "the X's spokesman",
        "spokesman of/for/at X", "secretary-general of X", "X government spokesman"."""
        state = role.lemma_.lower() in STATE_ROLES
        for cand in _org_candidates(role):
            key = self.res.kind_org(cand)
            if key is None and not self.res.bare_kind(cand):
                key = self.named(cand) or self._org_of_phrase(cand)
            if key is None and cand.dep_ in {"poss", "pobj"}:
                key = self.res.definite_org(cand)  # "a spokesman for the company"
            if key is None and state and cand.dep_ in {"amod", "compound"}:
                key = self._country_of(cand)
            if key is None and state and cand.dep_ == "poss" and cand.lemma_.lower() in (
                    COUNTRY_NOUNS):
                key = country_place(self.res.doc, self.res)  # "the country's minister"
            kind = self.table.type_of(key)
            if kind == "Organization" or (kind == "Place" and state):
                return key
            if kind == "Person" and cand.dep_ in {"poss", "pobj"} \
                    and role.lemma_.lower() in PERSONAL_VOICES:
                return self._body_of(key)  # "a spokesman for Prime Minister Y"
        return None

    def _body_of(self, person: str) -> str | None:
        """The body a person holds a post in, as the text gives it ("Y, the leader of the X
        Party"; "Prime Minister Y" with the government just named): whom the people who
        speak for that person speak for."""
        return next((r.organization for r in self.res.roles if r.person == person
                     and r.organization is not None and r.noun != "member"), None)

    def _country_of(self, adjective: Token) -> str | None:
        """"Veskan President Y": the one place in the document the adjective is made from,
        also where the tagger took the country for a body ("Veska closed its border")."""
        word = adjective.text
        if not word[:1].isupper() or len(word) < 5:
            return None
        found = {e.key for e in self.res.entities.values() if e.type in _STATE_TYPES
                 and " " not in e.label and demonym_of(word, e.label)}
        return found.pop() if len(found) == 1 else None

    def _org_of_phrase(self, token: Token) -> str | None:
        """"the Kelvari government", "the DGF faction": a name inside a group noun's phrase."""
        if token.lemma_.lower() not in _GROUP_NOUNS_OR_PARTS:
            return None
        for child in token.children:
            if child.dep_ in {"compound", "amod", "poss", "nmod"} and (key := self.named(child)):
                return key
        return None

    # ------------------------------------------------------------ descriptions

    def described(self, token: Token) -> str | None:
        """"a spokeswoman for Marlow City Council said", "an SDF official said": the
        organisation the unnamed speaker is described as speaking for."""
        member = _one_of(token)  # "one of its commanders said"
        if member is not None:
            token = member
        if token.lemma_.lower() in PERSONAL_OFFICES:
            return self._voiced_person(token)  # "Y's office said": Y, a person, speaks
        opening = _opening_plural(token)
        if token.lemma_.lower() not in DESCRIPTION_NOUNS and token.lower_ not in DESCRIPTION_NOUNS \
                and not opening:
            return None
        indefinite = member is not None or any(c.lower_ in {"a", "an", "one", "another"}
                                               for c in token.children)
        if not (indefinite or token.lower_ in VOICE_NOUNS or token.tag_ == "NNS" or opening or any(
                c.dep_ == "compound" and c.lower_ in VOICE_COMPOUNDS for c in token.children)):
            return None
        return self.role_org(token) or self._pronoun_owner(token) or self._voiced_person(token)

    def _voiced_person(self, role: Token) -> str | None:
        """"A spokesman for Ada Moreno said ...", "Moreno's spokeswoman said ...": an unnamed
        spokesperson for a person (whose body the text does not give) voices that person,
        as "a spokesman for X said" is X's statement ("his spokeswoman said": the person
        "his" stands for); not "a lawyer for Y"."""
        if role.lemma_.lower() not in SPOKESPERSON_ROLES | PERSONAL_OFFICES:
            return None
        for child in role.children:
            owners = [child] if child.dep_ == "poss" else [
                p for p in child.children if p.dep_ == "pobj"] if (
                child.dep_ == "prep" and child.lower_ in {"for", "of", "to"}) else []
            for owner in owners:
                key = self.res.entity_of(owner, allow_pronoun=owner.dep_ == "poss",
                                         descriptions=False)
                if self.table.type_of(key) == "Person":
                    return key
        return None

    def _pronoun_owner(self, role: Token) -> str | None:
        """"its spokesman said", "one of their commanders told X": the organisation the
        possessive pronoun before the role stands for."""
        poss = next((c for c in role.children if c.dep_ == "poss"
                     and c.lower_ in {"its", "their"}), None)
        key = self.res.entity_of(poss) if poss is not None else None
        return key if self.table.type_of(key) == "Organization" else None

    # ------------------------------------------------------------ relays and channels

    def quoted_as(self, verb: Token) -> tuple[Token | None, Token | None] | None:
        """"Y was quoted by X as saying", "X quoted Y as saying": (Y, X) as tokens."""
        prep = verb.head
        if verb.dep_ != "pcomp" or prep.lower_ != "as" or prep.dep_ != "prep":
            return None
        quoting = prep.head
        if quoting.lemma_.lower() not in QUOTING_VERBS:
            return None
        passive = next((c for c in quoting.children if c.dep_ == "nsubjpass"), None)
        if passive is not None:  # "Y was quoted as saying by X that ...": "by" on "saying"
            return passive, _by(quoting) or next(
                (p for c in verb.children if c.dep_ == "prep" and c.lower_ == "by"
                 for p in c.children if p.dep_ == "pobj"), None)
        obj = next((c for c in quoting.children if c.dep_ == "dobj"), None)
        subj = next((c for c in quoting.children if c.dep_ == "nsubj"), None)
        return obj, subj

    def channel(self, verb: Token, speaker: str) -> str | None:
        """"said on Telegram", "in a Facebook post", "in an interview with X", "told X",
        "wrote on X": the outlet or channel an utterance went through."""
        lemma = verb.lemma_.lower()
        for child in verb.children:
            if child.dep_ == "advcl" and child.lemma_.lower() in {"report", *QUOTING_VERBS}:
                by = _by(child)  # "As reported by X, Y said ..."
                if by is not None and (key := self._outlet(by, speaker)):
                    return key
            if child.dep_ in {"dobj", "dative"} and lemma == "tell":
                key = (self._outlet(child, speaker) or self._named_outlet_noun(child, speaker)
                       or self._named_after(child.right_edge, speaker)
                       or self._outlet_inside(child, speaker))
                if key:
                    return key
            if child.dep_ == "nsubj" and (key := next(  # "X, speaking to Y, said"
                    (k for a in child.children if (k := self._spoken_to(a, speaker))), None)):
                return key
            if key := self.phrase_channel(child, lemma, speaker):
                return key
        return None

    def phrase_channel(self, child: Token, lemma: str, speaker: str) -> str | None:
        """The outlet one phrase on a cue of ``lemma`` names: "speaking to Y", "in an
        interview with Y", "on Telegram"."""
        if key := self._spoken_to(child, speaker):
            return key
        if child.dep_ != "prep" or child.lower_ not in CHANNEL_PREPS:
            return None
        for pobj in child.children:
            if pobj.dep_ != "pobj":
                continue
            if pobj.lemma_.lower() in CHANNEL_NOUNS:
                for sub in pobj.subtree:
                    if sub.i != pobj.i and (key := self._outlet(sub, speaker)):
                        return key
                if key := self._named_after(pobj.right_edge, speaker):
                    return key
            elif key := self._phrase_outlet(child.lower_, pobj, lemma, speaker):
                return key
        return None

    def _phrase_outlet(self, prep: str, pobj: Token, lemma: str, speaker: str) -> str | None:
        """The outlet of a phrase on the cue that is no channel noun's: "on Telegram",
        "via X", "in a televised address on Veska Television", "wrote in the Courier"."""
        if pobj.lemma_.lower() in BROADCAST_NOUNS:
            return self._outlet_inside(pobj, speaker)
        if prep in {"on", "via", "through"}:  # 'on Kelvar News's "Morning Hour"': the owner
            return self._outlet(pobj, speaker) or next(
                (key for c in pobj.children if c.dep_ == "poss"
                 and (key := self._titled_outlet(c, speaker))), None)
        if prep == "in" and lemma == "write":
            return self._titled_outlet(pobj, speaker)
        return None

    def _outlet_inside(self, noun: Token, speaker: str) -> str | None:
        """An outlet named by its name inside a channel's phrase: "told Radio North's
        morning show", "in a televised address on Veska Television"."""
        if noun.lemma_.lower() not in CHANNEL_NOUNS | BROADCAST_NOUNS:
            return None
        return next((key for sub in noun.subtree if sub.i != noun.i and sub.pos_ == "PROPN"
                     and (key := self._titled_outlet(sub, speaker))), None)

    def _titled_outlet(self, token: Token, speaker: str) -> str | None:
        """The outlet ``token`` names when its name has an outlet's word ("the Marlow
        Courier", "Radio North"), not "the Orrin Tenants Union"."""
        key = self._outlet(token, speaker)
        if key is None:
            return None
        entity = self.res.entities.get(key)
        words = (entity.label if entity is not None else token.text).lower().split()
        return key if any(w in _OUTLET_TITLE_WORDS for w in words) else None

    def outlet_at(self, token: Token, speaker: str) -> str | None:
        """The outlet (not the speaker) a noun names: "Radio North", "the agency Kelta"."""
        return self._outlet(token, speaker) or self._named_outlet_noun(token, speaker)

    def _named_outlet_noun(self, noun: Token, speaker: str) -> str | None:
        """"told the broadcaster Radio North": the name set beside an outlet noun."""
        if noun.lemma_.lower() not in OUTLET_NOUNS:
            return None
        return next((key for c in noun.children if c.dep_ in {"appos", "compound"}
                     and (key := self._outlet(c, speaker))), None)

    def _spoken_to(self, clause: Token, speaker: str) -> str | None:
        """"Speaking to Radio North, X said ...", "talking to the broadcaster X": the
        outlet a participle of speaking names."""
        if clause.dep_ not in {"advcl", "xcomp", "acl"} or clause.tag_ != "VBG" or (
                clause.lemma_.lower() not in SPEAKING_VERBS):
            return None
        preps = {"to", "with", "on", "in"} if clause.lemma_.lower() == "write" else {
            "to", "with", "on"}  # "Writing in the Marlow Courier, X said ..."
        for prep in clause.children:
            if prep.dep_ == "prep" and prep.lower_ in preps:
                for pobj in prep.children:
                    if pobj.dep_ != "pobj":
                        continue
                    if key := self._named_outlet_noun(pobj, speaker):
                        return key
                    if any(t.lower_ in _OUTLET_TITLE_WORDS for t in pobj.subtree) and (
                            key := self._outlet(pobj, speaker)):
                        return key  # an outlet by its name, not "the tenants' union"
        return None

    def _named_after(self, last: Token, speaker: str) -> str | None:
        """"in an interview on broadcaster X" with X parsed loose from the phrase: the name
        right after an outlet noun."""
        doc = last.doc
        if last.lemma_.lower() not in OUTLET_NOUNS or last.i + 1 >= len(doc):
            return None
        return self._outlet(doc[last.i + 1], speaker)

    def _outlet(self, token: Token, speaker: str) -> str | None:
        key = self.named(token)
        if key is None or key == speaker or self.table.type_of(key) != "Organization":
            return None
        return key

    # ------------------------------------------------------------ documents

    def document_author(self, noun: Token) -> str | None:
        """Who wrote the document that "says": "a notice issued by X", and "the statement"
        / "the letter" taken back to the latest document the text gave an author."""
        if noun.lemma_.lower() not in DOCUMENT_NOUNS:
            return None
        own = self._owner(noun)
        if own is not None:
            return own
        if not any(c.lower_ in {"the", "this", "that"} for c in noun.children):
            return None
        here = self.res.sentence_of(noun)
        doc = noun.doc
        for i in range(noun.i - 1, max(-1, noun.i - 600), -1):
            if here - self.res.sentence_of(doc[i]) > DOCUMENT_WINDOW:
                break
            tok = doc[i]
            lemma = tok.lemma_.lower()
            if lemma in DOCUMENT_NOUNS and tok.pos_ in {"NOUN", "PROPN"}:
                found = self._owner(tok)
            elif lemma in WRITING_VERBS and tok.pos_ == "VERB":
                found = self._subject_agent(tok)
            else:
                continue
            if found is not None:
                return found
        return None

    def _owner(self, noun: Token) -> str | None:
        """The author a document noun names: "the ministry's statement", "a report by X",
        "a notice issued by X", "X issued a statement", "in a statement, X said"."""
        for child in noun.children:
            if child.dep_ in {"poss", "compound"} and (key := self._agent(child)):
                return key
            if child.dep_ == "prep" and child.lower_ in {"from", "by", "of"}:
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None and (key := self._agent(pobj)):
                    return key
            if child.dep_ == "acl" and child.tag_ == "VBN":
                pobj = _by(child)
                if pobj is not None and (key := self._agent(pobj)):
                    return key
        head = noun.head
        if noun.dep_ == "dobj" and head.lemma_.lower() in WRITING_VERBS:
            return self._subject_agent(head)
        if noun.dep_ == "pobj" and head.lower_ in {"in", "through"} and head.head.pos_ == "VERB":
            return self._subject_agent(head.head)
        return None

    def _subject_agent(self, verb: Token) -> str | None:
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return self._agent(subj) if subj is not None else None

    def _agent(self, token: Token) -> str | None:
        """The agent a document's author phrase names: "by the ministry", also through
        an office ("by the office of the government spokesperson of Veska" -> Veska)."""
        for _ in range(4):
            key = self.res.entity_of(token, allow_pronoun=False, descriptions=False)
            key = key or self.named(token) or self.state_of(token)
            if key is not None:
                return key if self.table.type_of(key) in _AGENT_TYPES | {"Place"} else None
            if token.lemma_.lower() not in OFFICE_NOUNS:
                return None
            prep = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"),
                        None)
            token = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
            if token is None:
                return None
        return None

    def state_of(self, noun: Token) -> str | None:
        """"the Veskan government said", "Veskan authorities said": the country, where the
        text names it."""
        if noun.lemma_.lower() not in STATE_NOUNS and noun.lower_ not in STATE_NOUNS:
            return None
        adjective = next((c for c in noun.children if c.dep_ in {"amod", "compound"}
                          and c.text[:1].isupper()), None)
        return self._country_of(adjective) if adjective is not None else None


def _by(verb: Token) -> Token | None:
    """The agent of a passive: "issued by X" -> X."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None


def _name_index(res: Resolver) -> dict[str, str]:
    """Lower-cased label or alias -> entity key, for names only one entity goes by."""
    index: dict[str, str] = {}
    clash: set[str] = set()
    for entity in res.entities.values():
        for name in (entity.label, *entity.aliases):
            name = name.lower()
            if index.get(name, entity.key) != entity.key:
                clash.add(name)
            index[name] = entity.key
    return {n: k for n, k in index.items() if n not in clash}


def _role_tokens(mention: Token) -> list[Token]:
    """Role nouns in a speaker's own noun phrase: "KLF spokesperson Y" (a compound of
    the name), "Y, the spokesman of X" (an apposition)."""
    found = [mention] if mention.lemma_.lower() in ROLE_NOUNS else []
    for child in mention.children:
        if child.dep_ in {"compound", "appos"} and child.lemma_.lower() in ROLE_NOUNS:
            found.append(child)
        elif child.dep_ == "compound":
            found += [c for c in child.children if c.dep_ == "compound"
                      and c.lemma_.lower() in ROLE_NOUNS]
    return [r for r in found if not any(c.lower_ in PAST_ROLE_WORDS for c in r.children)]


#: Quantities that pick speakers out of a described group ("one of its commanders").
_SOME_OF = frozenset({"one", "some", "several", "two", "three", "few", "many", "most"})


def _opening_plural(token: Token) -> bool:
    """A plural description opening a sentence that the tagger took for a name ("Rebels
    of the X said", "Officials from the Y said"), not a name ("Rebels" alone stays one)."""
    lower = token.lower_
    return token.is_sent_start and token.tag_ in {"NNP", "NNPS"} and lower.endswith("s") and (
        lower[:-1] in DESCRIPTION_NOUNS) and any(
        c.dep_ == "prep" and c.lower_ in {"of", "from", "with", "for"} for c in token.children)


def _one_of(token: Token) -> Token | None:
    """"one of its commanders": the described group a quantity picks its speaker from."""
    if token.lower_ not in _SOME_OF:
        return None
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            return next((c for c in prep.children if c.dep_ == "pobj"), None)
    return None


def _org_candidates(role: Token) -> list[Token]:
    """Tokens that may name the organisation of a role noun, nearest first."""
    cands = [c for c in role.children if c.dep_ in {"compound", "poss", "amod", "nmod"}]
    for c in list(role.children) + [c for a in role.children if a.dep_ == "amod"
                                    for c in a.children]:
        if c.dep_ == "prep" and c.lower_ in {"of", "for", "at", "to", "from", "with"}:
            for pobj in (p for p in c.children if p.dep_ == "pobj"):
                # "the President of Veska Ilsa Dorn": the place is a compound of the name
                cands += [pobj, *(g for g in pobj.children if g.dep_ == "compound")]
    if role.dep_ == "compound":  # "KLF spokesperson Y": the name's own compounds before the role
        cands += [c for c in role.head.children if c.dep_ == "compound" and c.i < role.i]
        cands += [p for c in role.head.children if c.dep_ == "prep" and c.lower_ == "of"
                  for p in c.children if p.dep_ == "pobj"]  # "Prime Minister Y of Belmora"
    return sorted(cands, key=lambda c: abs(c.i - role.i))


class _LastSpeakers:
    """One ``Speakers`` per resolver: the name index is built once per document."""

    def __init__(self) -> None:
        self._last: Speakers | None = None

    def __call__(self, res: Resolver) -> Speakers:
        if self._last is None or self._last.res is not res:
            self._last = Speakers(res)
        return self._last


speakers_for = _LastSpeakers()


def co_speakers(subject: Token, res: Resolver) -> list[str]:
    """"X and Y said ...": the entities named alongside the subject, each a speaker of
    the same words. Only names count ("X and his lawyer said" adds no one), a name
    being also a body's noun inside a tagged name ("X and the Veska army both claimed")."""
    found, chain = [], [c for c in subject.children if c.dep_ == "conj"]
    if any(c.dep_ in {"appos", "det", "advmod"} and c.lower_ in FLOATING_QUANTIFIERS
           for c in subject.children):
        found = _named_before(subject, res)  # "X and Y both said": the parse is broken
    while chain:
        t = chain.pop(0)
        chain.extend(c for c in t.children if c.dep_ == "conj")
        key = res.entity_of(t, allow_pronoun=False, descriptions=False) if t.pos_ == "PROPN" \
            else res.table.at(t) if t.pos_ == "NOUN" else None
        if key is not None and res.table.type_of(key) in {"Person", "Organization"}:
            found.append(key)
    return found


#: Words that float after a coordinated subject ("X and Y both said", "... each said").
FLOATING_QUANTIFIERS = frozenset({"both", "each", "all"})


def _named_before(subject: Token, res: Resolver) -> list[str]:
    """The names of the subject's phrase before its head ("Ada Moreno and Piet Olsen both
    said", parsed with the first name as a modifier of the second), not those of a phrase
    of its own ("the head of Delta Grain")."""
    keys: list[str] = []
    for t in subject.subtree:
        if t.i >= subject.i or t.pos_ != "PROPN" or any(
                a.dep_ in {"prep", "poss", "relcl", "acl"} for a in _path_up(t, subject)):
            continue
        key = res.table.at(t)
        if key is not None and key not in keys and res.table.type_of(key) in {"Person",
                                                                            "Organization"}:
            keys.append(key)
    return keys


def _path_up(t: Token, top: Token) -> list[Token]:
    path = []
    while t.i != top.i and t.head.i != t.i:
        path.append(t)
        t = t.head
    return path


def speaker_side(res: Resolver, d) -> str | None:
    """The organisation a person speaking in ``d`` (a ``Draft``) stands for: the one the
    statement names, else the one their role names."""
    role = res.role_of(d.speaker)
    return d.on_behalf_of or (role.organization if role is not None else None)


#: Verbs by which an unnamed speaker names themself ("who identified himself as X",
#: "who gave his name as X", "who introduced herself as X", "who called himself X").
SELF_NAMING_VERBS = frozenset({"identify", "introduce", "give", "call", "name"})
_REFLEXIVES = frozenset({"himself", "herself", "themselves", "themself", "itself", "myself"})


def self_named(noun: Token) -> Token | None:
    """"A militia spokesman, who identified himself as X", "a woman who gave her name as
    X": the name the described speaker gives, whose words these are (the description
    still tells whom they speak for). None for "who identified the body as X" (someone
    else named) or "who gave his age as 40" (no name)."""
    for clause in (c for c in noun.children if c.dep_ in {"relcl", "acl"}):
        if clause.lemma_.lower() not in SELF_NAMING_VERBS:
            continue
        objects = [c for c in clause.children if c.dep_ == "dobj"]
        own = any(o.lower_ in _REFLEXIVES or (o.lemma_.lower() == "name" and any(
            p.dep_ == "poss" for p in o.children)) for o in objects)
        if not own:
            continue
        named = [p for c in clause.children if c.dep_ == "prep" and c.lower_ == "as"
                 for p in c.children if p.dep_ == "pobj"]
        named += [c for c in clause.children if c.dep_ in {"oprd", "attr"}]
        found = next((n for n in named if n.ent_type_ == "PERSON" or n.pos_ == "PROPN"), None)
        if found is not None:
            return found
    return None


#: Unions of the word lists above that tests read, made once (``A | B`` in a test
#: builds a new set at every call).
_GROUP_NOUNS_OR_PARTS = GROUP_NOUNS | {"faction", "wing", "office"}
