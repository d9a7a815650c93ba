"""Agents named by a common noun: the bodies that act in news without a name of their own.

Courts, business and society news tells its deeds through bodies it never names:
"Police arrested three men", "Olsen was charged by prosecutors", "a raid by police",
"The court sentenced her", "Regulators fined the bank", "Firefighters rescued four
people", "government troops attacked". Such a body, in the agent position of an event
that has no agent yet, becomes an Organization of the article (its label the phrase
without its determiner, "Orrin police", its head an alias, "police"), or the
organisation of its kind the text has named ("the Orrin Police Service").

Also here: "the company", "the firm", "the club" as the agent of a deed stands for the
organisation the text named last (not one whose name says it is another kind of body),
and a body that reports its own deed ("Police said they had arrested a man") is its
agent.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.coref import KIND_WORDS, Resolver
from kg.extract.events import DOING_VERBS, EventDraft, acting_subject, bound_possessor
from kg.extract.lexicon import FORCE_OWNERS, REPORTING_VERBS

#: Heads of bodies that act as one: police, prosecution, courts, regulators, emergency
#: services. Lemmas (the small model gives "police" for "police", "prosecutor" for
#: "prosecutors").
BODY_NOUNS = frozenset({"police", "prosecutor", "prosecution", "court", "tribunal", "jury",
                        "regulator", "watchdog", "investigator", "detective", "inspector",
                        "firefighter", "rescuer", "gendarmerie", "coastguard", "authorities",
                        "paramedic", "lifeguard", "auditor", "ombudsman"})
#: Heads that are a body only in the plural ("authorities acted", not "the authority").
PLURAL_ONLY = frozenset({"authorities", "investigator", "detective", "inspector",
                         "firefighter", "rescuer", "paramedic", "lifeguard", "auditor"})
#: Nouns for armed men, a body only with a word that says whose ("government troops",
#: "federal forces"), never bare ("troops fired").
FORCE_HEADS = frozenset({"troop", "troops", "force", "forces", "soldier"})
#: Heads of armed groups a backer's modifier names ("Veska-backed militias").
BACKED_HEADS = FORCE_HEADS | {"militia", "fighter", "rebel", "separatist", "paramilitary"}
#: Endings and parts of a backer's modifier ("Veska-backed", "Orrin - led").
BACKER_ENDINGS = ("-backed", "-led", "-allied", "-aligned", "-supported", "-sponsored")
BACKER_WORDS = frozenset({"backed", "allied", "aligned", "supported", "sponsored"})
#: Person heads a "police" compound makes the body ("police officers arrested").
OFFICER_NOUNS = frozenset({"officer", "agent"})
#: Modifiers that count or pick members, not name the body ("some police", "three").
NOT_QUALIFIERS = frozenset({"other", "some", "many", "several", "few", "more", "most",
                            "surviving", "remaining", "former", "retired", "off-duty",
                            "armed", "masked", "plainclothes", "local"})
#: Nouns any organisation may go by, in the agent seat a reference to the one named last:
#: kinds of firm, club and team (not the kinds of body whose name says it, "the party").
FIRM_NOUNS = frozenset({"company", "firm", "group", "corporation", "club", "team", "bank",
                        "airline", "carrier", "retailer", "insurer", "lender", "startup",
                        "conglomerate", "developer", "publisher", "manufacturer", "maker",
                        "automaker", "chain", "supplier", "operator", "provider", "charity",
                        "band", "studio", "label", "brand", "giant", "organisation",
                        "organization", "business"})
#: Words that make the noun another firm than the one just named ("a rival company").
OTHER_WORDS = frozenset({"rival", "other", "another", "parent", "sister", "partner",
                         "competing", "foreign", "new", "former", "second"})
_ACTING_PRONOUNS = frozenset({"they", "we", "it"})
#: Words that count people ("thousands of its members").
QUANTITY_WORDS = frozenset({"thousand", "hundred", "dozen", "million", "score", "many", "some",
                            "most", "all", "majority", "number", "scores", "hundreds",
                            "thousands", "dozens", "tens"})
#: People of an organisation, who act for it ("its members marched").
MEMBERSHIP_NOUNS = frozenset({"member", "supporter", "activist", "employee", "staff",
                              "worker", "fighter", "officer", "volunteer", "player"})
#: Participles whose "by" phrase names who did the event they qualify: leading and
#: organising, and filing, bringing or opening a case ("a lawsuit filed by X"). Not
#: "imposed", "approved": "a ban on protests imposed by X" is no protest by X.
DOER_VERBS = DOING_VERBS | {"file", "bring", "lodge", "initiate", "open", "announce", "led"}


def body_agents(doc: Doc, res: Resolver, events: list[EventDraft]) -> None:
    """Give each event that has no agent the body its agent words name (see the module)."""
    made: dict[str, str] = {}  # normalised label -> key of an entity made here
    for ev in events:
        token = doc[ev.token]
        _unplace_agents(ev, token, res)
        if ev.agents:
            continue
        words = [w for w in _agent_words(token) if w.pos_ != "PRON"]
        if not all(_named(w, res) or _firm_named(w, res) or _members_of(w, res)
                   or _body_head(w) for w in words):
            continue  # "police and protesters clashed": one side is no agent alone
        for word in words:
            key = (_named(word, res) or _firm_named(word, res) or _members_of(word, res)
                   or _body(word, res, made))
            if key is not None:
                ev.agents.append(key)
                if key in ev.participants:  # a "by" phrase read as another participant
                    ev.participants.remove(key)
        if not ev.agents and (word := _reporting_body(token)) is not None:
            key = _body(word, res, made)
            if key is not None and key not in ev.participants:
                ev.agents.append(key)  # "police said they had arrested two men"


def _unplace_agents(ev: EventDraft, token: Token, res: Resolver) -> None:
    """"A Kelvar court sentenced X": the town naming the body in the agent seat is where
    the event is, not who did it (the body is)."""
    subj = acting_subject(token) if token.pos_ != "NOUN" else None
    if subj is None or not ev.agents or _body_head(subj) is None:
        return
    towns = {res.table.at(c) for c in subj.children if c.dep_ == "compound"}
    if set(ev.agents) <= towns and all(res.table.type_of(k) == "Place" for k in ev.agents):
        ev.places[:] = [*ev.agents, *(k for k in ev.places if k not in ev.agents)] \
            if not ev.context_places else list(ev.agents)
        ev.context_places = False
        ev.acting_places[:] = [k for k in ev.acting_places if k not in ev.agents]
        ev.agents.clear()


def _agent_words(token: Token) -> list[Token]:
    """The words in the agent seat of an event: the "by" phrase of a passive or of an event
    noun ("was arrested by police", "a raid by police"), a participle's ("a lawsuit filed
    by X", "marched through Orrin, led by X"), else the subject of a verb that the event
    does not happen to ("prosecutors charged X")."""
    by = [p for c in token.children
          if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by" and token.pos_ == "NOUN")
          for p in c.children if p.dep_ == "pobj"] or _led_by(token)
    if by:
        return _with_conjuncts(by)
    if token.pos_ == "NOUN":
        bound = [b for c in token.children if c.dep_ == "poss"
                 and (b := bound_possessor(c)) is not None]  # "X stepped up their attack"
        doer = acting_subject(token.head) if token.dep_ == "dobj" and (
            token.head.lemma_.lower() in DOER_VERBS) else None  # "X opened an inquiry"
        return _with_conjuncts(_stray_noun_by(token) or bound or ([doer] if doer else []))
    subj = acting_subject(token)
    if subj is None and any(c.dep_ == "auxpass" for c in token.children):
        return _with_conjuncts(_stray_by(token))
    return _with_conjuncts([_counted(subj)]) if subj is not None else []


def _counted(word: Token) -> Token:
    """"thousands of its members", "dozens of union supporters": the members counted."""
    if word.like_num or word.lemma_.lower() in QUANTITY_WORDS:
        return next((p for c in word.children if c.dep_ == "prep" and c.lower_ == "of"
                     for p in c.children if p.dep_ == "pobj"), word)
    return word


def _members_of(word: Token, res: Resolver) -> str | None:
    """The organisation whose members, supporters or staff the word names ("its members",
    "Veska Teachers Union members", "the union's members")."""
    if word.lemma_.lower() not in MEMBERSHIP_NOUNS:
        return None
    for c in word.children:
        if c.dep_ == "poss":
            key = res.pronoun(c) if c.pos_ == "PRON" else res.table.at(c)
        elif c.dep_ == "compound":
            key = res.table.at(c)
        else:
            continue
        if res.table.type_of(key) == "Organization":
            return key
    return None


def _led_by(token: Token) -> list[Token]:
    """"a lawsuit filed by X", "a fine imposed by X", "marched through Orrin, led by X": the
    "by" phrase of a participle of doing on the event."""
    return [p for c in token.children
            if c.dep_ in {"acl", "advcl"} and c.tag_ == "VBN" and c.lemma_.lower() in DOER_VERBS
            for a in c.children if a.dep_ == "agent"
            for p in a.children if p.dep_ == "pobj"]


def _stray_noun_by(noun: Token) -> list[Token]:
    """An event noun's "by" phrase the parser hung on its "of" phrase ("the takeover of X by
    Y"): taken only when it names an organisation or a body."""
    return [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
            for o in c.children if o.dep_ == "pobj"
            for b in o.children if b.dep_ in {"agent", "prep"} and b.lower_ == "by"
            for p in b.children if p.dep_ == "pobj" and p.ent_type_ != "PERSON"]


def _stray_by(verb: Token) -> list[Token]:
    """A passive's "by" phrase the parser hung on the noun before it ("was charged with
    fraud by prosecutors", "was fined $4,000 by the X Agency")."""
    nouns = [c for c in verb.children if c.dep_ == "dobj"] + [
        o for c in verb.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    return [p for o in nouns for b in o.children
            if b.dep_ == "agent" or (b.dep_ == "prep" and b.lower_ == "by")
            for p in b.children if p.dep_ == "pobj"]


def _with_conjuncts(words: list[Token]) -> list[Token]:
    return [w for word in words for w in (word, *(c for c in word.children if c.dep_ == "conj"))]


def _reporting_body(token: Token) -> Token | None:
    """"Police said they had arrested two men": the subject of the reporting verb above an
    event whose own subject is a pronoun of the reporter's side."""
    subj = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ not in _ACTING_PRONOUNS:
        return None
    clause = token
    for _ in range(3):
        if clause.dep_ not in {"ccomp", "conj"} or clause.head.i == clause.i:
            return None
        clause = clause.head
        if clause.pos_ == "VERB" and clause.lemma_.lower() in REPORTING_VERBS:
            return next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return None


def _named(word: Token, res: Resolver) -> str | None:
    """The organisation or person the agent word names itself."""
    key = res.table.at(word)
    return key if res.table.type_of(key) in {"Organization", "Person"} else None


def _firm_named(word: Token, res: Resolver) -> str | None:
    """"the company", "the club" as an agent: the organisation the text named last (in
    this sentence or the three before), unless its name says it is another kind of body."""
    noun = word.lemma_.lower()
    if word.pos_ != "NOUN" or noun not in FIRM_NOUNS or res.table.at(word) is not None:
        return None
    if not any(c.dep_ == "det" and c.lower_ in {"the", "this"} for c in word.children):
        return None  # "a company", "companies": any firm
    if any(c.lower_ in OTHER_WORDS or c.dep_ in {"compound", "poss", "prep"}
           for c in word.children):
        return None  # "the rival company", "the parent company of X", "its bank"
    key = next(res.organisations_before(word), None)
    return key if key is not None and _may_be(res, key, noun) else None


def _may_be(res: Resolver, key: str, noun: str) -> bool:
    """Whether a kind noun may describe the organisation: its name does not say it is a
    body of another kind ("the company" is no "... Party", "... Court", "... Ministry")."""
    entity = res.entities.get(key)
    last = entity.label.split()[-1].lower() if entity is not None else ""
    return last == noun or last not in KIND_WORDS


def _body(word: Token, res: Resolver, made: dict[str, str]) -> str | None:
    """The body a common noun in the agent seat names: the one organisation of its kind
    named before ("the Orrin Police Service" for "police"), else an organisation made
    from the phrase (one for every phrase, "police" twice is one body)."""
    head = _body_head(word)
    if head is None or res.table.at(head) is not None:
        return None
    noun = _body_noun(head)
    placed = any(c.dep_ in {"prep", "compound", "amod", "poss"} for c in head.children)
    # not "police in Kelvar"; armed men are no named police
    named = None if placed or noun is None else _named_body(res, noun, head)
    if named is not None:
        return named
    start = _phrase_start(head)
    label = "".join((t.text if t.i < head.i and (t.pos_ == "PROPN" or t.ent_type_
                                                  or res.table.at(t)) else t.lower_)
                    + t.whitespace_ for t in head.doc[start:word.i + 1]).strip()
    norm = label.lower()
    key = made.get(norm) or (made.get(head.lower_) if start == word.i else None)
    if key is None:
        core = head.lower_ if head.lemma_.lower() in BODY_NOUNS else noun
        aliases = (core,) if core is not None and core != norm else ()
        entity = res.table.add("Organization", label, aliases)
        key = entity.key
        res.entities[key] = entity
        made[norm] = key
        made.setdefault(head.lower_, key)
    res.table.map(key, start, word.i + 1)
    return key


def _body_noun(head: Token) -> str | None:
    """The kind of body a head names: its own noun ("court"), "police" for police officers;
    None for armed men ("government troops" are no police, and take no alias)."""
    lemma = head.lemma_.lower()
    if lemma in BODY_NOUNS:
        return lemma
    return "police" if lemma in OFFICER_NOUNS else None


def _body_head(word: Token) -> Token | None:
    """``word`` when it heads a body ("police", "the court", "prosecutors", "government
    troops", "police officers"), else None."""
    if word.pos_ not in {"NOUN", "PROPN"} or word.ent_type_ in {"PERSON", "GPE", "ORG"}:
        return None
    lemma = word.lemma_.lower()
    plural = word.tag_ in {"NNS", "NNPS"} or word.lower_ == "police"
    if lemma in BODY_NOUNS or word.lower_ in BODY_NOUNS:
        return word if plural or (lemma not in PLURAL_ONLY and word.lower_ not in PLURAL_ONLY) \
            else None
    mods = [c for c in word.children if c.dep_ in {"compound", "amod"} and c.i < word.i]
    if lemma in FORCE_HEADS and plural and any(c.lower_ in FORCE_OWNERS for c in mods):
        return word
    if lemma in BACKED_HEADS and plural and any(_backed(c) for c in mods):
        return word  # "Veska-backed forces", "government-allied militias"
    if lemma in OFFICER_NOUNS and plural and any(c.lower_ == "police" for c in mods):
        return word
    return None


def _backed(modifier: Token) -> bool:
    """"Veska-backed", "army-allied": a modifier that says who stands behind a force."""
    return modifier.lower_.endswith(BACKER_ENDINGS) or any(
        c.lower_ in BACKER_WORDS for c in modifier.children) or modifier.lower_ in BACKER_WORDS


def _phrase_start(head: Token) -> int:
    """Where the body's name starts: the modifiers just before the head that say which
    body ("Orrin police", "federal prosecutors"), not those that count or pick members."""
    start = head.i
    for c in sorted((c for c in head.children if c.i < head.i), key=lambda t: -t.i):
        if c.i != start - 1 or c.dep_ not in {"compound", "amod"} or c.lower_ in NOT_QUALIFIERS:
            break
        if _backed(c):
            start = c.left_edge.i  # "Veska-backed forces": the backer's name with it
            continue
        if c.pos_ not in {"PROPN", "NOUN", "ADJ"} or c.like_num:
            break
        start = c.i
    return start


def _named_body(res: Resolver, noun: str, head: Token) -> str | None:
    """The one organisation named before ``head`` whose name has the noun ("Orrin Police
    Service" for "police", "the Marlow High Court" for "the court")."""
    stems = {noun, noun + "s", head.lower_}
    found = {e.key for e in res.table.entities if res.table.type_of(e.key) == "Organization"
             and stems & set(e.label.lower().split())
             and any(b < head.i for b, _ in res.table.mention_spans.get(e.key, []))}
    return found.pop() if len(found) == 1 else None
