"""Events of civic life told by phrases the trigger lexicon reads wrong or not at all.

Politics, labour and diplomacy news tell their deeds in set phrases: voters "go to the
polls" (an election), workers "walk off the job" (a strike), protesters "march" (a
protest, not a journey), two leaders "spoke by phone" (contact), two sides "signed a
trade agreement" (a deal, whoever signs it). And some words of the lexicon are no event
in a phrase of counting: "54 percent of the vote" is a share, "sales rose 8 percent" a
measure. Each rule reads only the trigger's own dependents and the small model's tags.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.lexicon import PHRASAL_TRIGGERS

#: Verbs of going whose "to the polls" is an election ("go", "head", "flock", "return").
POLLING_VERBS = frozenset({"go", "head", "flock", "return", "turn", "come"})
#: Nouns of a vote counted, whose "of" phrase is a share, no event ("percent of the vote").
SHARE_NOUNS = frozenset({"percent", "per", "%", "share", "majority", "third", "half",
                         "quarter", "fifth", "tenth", "two-thirds", "proportion", "bulk",
                         "count", "tally", "fraction", "plurality", "cent"})
#: The nouns of a vote ``vote_share`` reads.
VOTE_NOUNS = frozenset({"vote", "votes", "ballot", "ballots", "poll"})
#: Verbs of a crowd's march that, done by protesters, is a protest ("protesters marched").
MARCHING_VERBS = frozenset({"march", "rally", "parade", "gather", "converge", "assemble",
                            "demonstrate"})
#: Nouns of those who protest ("protesters", "demonstrators", "marchers", "activists").
PROTESTER_NOUNS = frozenset({"protester", "protestor", "demonstrator", "marcher",
                             "activist", "campaigner", "striker", "picketer"})
#: Nouns of work walked off ("walked off the job").
JOB_NOUNS = frozenset({"job", "work", "shift", "line"})
#: Means of talking at a distance ("spoke by phone", "talked by video link").
PHONE_WORDS = frozenset({"phone", "telephone", "video", "videoconference", "video-link",
                         "link", "teleconference", "hotline"})
#: Verbs of talking that, at a distance, are contact ("spoke by phone with X").
TALKING_VERBS = frozenset({"speak", "talk", "confer", "chat"})


def to_the_polls(verb: Token) -> str | None:
    """"voters go to the polls on Sunday", "Veska heads to the polls", "millions went to
    the polls": an election. The words from the verb to "polls"; None for "went to the
    poll station" or "went to the market"."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in POLLING_VERBS:
        return None
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "to":
            poll = next((p for p in c.children if p.dep_ == "pobj" and p.lower_ == "polls"),
                        None)
            if poll is not None:
                return verb.doc[verb.i:poll.i + 1].text
    return None


def vote_share(noun: Token) -> bool:
    """"won 54 percent of the vote", "a third of the votes", "a majority of the ballots":
    a share of what was cast, counted, no election of its own ("the vote was delayed"
    is one)."""
    if noun.lower_ not in VOTE_NOUNS or noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return False
    share = noun.head.head
    return share.lower_ in SHARE_NOUNS or share.lemma_.lower() in SHARE_NOUNS


def deal_made(verb: Token) -> bool:
    """"the two countries signed a trade agreement", "a deal was struck", "reached an
    accord", "the deal (that) the two firms struck": a deal made is an event whoever makes
    it, named or not."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB":
        return False
    made = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    if (noun := relative_object(verb)) is not None:
        made.append(noun)
    return any(PHRASAL_TRIGGERS.get((lemma, m.lemma_.lower())) for m in made)


def relative_object(verb: Token) -> Token | None:
    """The noun a relative clause hangs on when it stands for the verb's object: "the deal
    the two firms struck", "the agreement that the unions signed", "the law which
    parliament passed"; None when the verb has an object of its own or is no such clause."""
    if verb.dep_ != "relcl" or verb.head.pos_ not in {"NOUN", "PROPN"}:
        return None
    if any(c.dep_ == "nsubjpass" or c.dep_ == "dobj" and c.tag_ not in {"WDT", "WP"}
           for c in verb.children):
        return None
    if not any(c.dep_ == "nsubj" for c in verb.children):
        return None  # "the deal signed by X" is no relative clause of this kind
    return verb.head


def protest_march(verb: Token) -> bool:
    """"protesters marched through Orrin", "thousands of demonstrators rallied outside
    parliament": a crowd of protest moving or gathering is the protest (the contract's
    "march"), not a journey. "Troops marched into Tesk" stays a movement."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in MARCHING_VERBS:
        return False
    if _marched_against(verb):
        return True
    for c in verb.children:
        if c.dep_ != "nsubj":
            continue
        words = [c, *(p for q in c.children if q.dep_ == "prep" and q.lower_ == "of"
                      for p in q.children if p.dep_ == "pobj")]  # "thousands of protesters"
        if any(w.lemma_.lower() in PROTESTER_NOUNS or w.lower_ in PROTESTER_NOUNS
               for w in words):
            return True
    return False


#: Nouns of an armed side or of ground: marching against them is an advance ("marched
#: against the rebels", "marched against the capital").
MARCHED_ON_NOUNS = frozenset({"rebel", "army", "troop", "force", "forces", "enemy", "militia",
                              "capital", "city", "town", "fort", "fortress", "regime", "junta",
                              "invader", "insurgent", "jihadist", "militant", "garrison"})


#: Verbs of the purpose a crowd marches for ("marched to protest", "rallied to demand").
PROTESTING_PURPOSES = frozenset({"protest", "demand", "demonstrate", "denounce", "condemn"})


def _marched_against(verb: Token) -> bool:
    """"Thousands marched in Orrin against the war", "people marched to protest against the
    tax", "crowds rallied in protest": a crowd that marches against a cause or to protest
    is a protest, whoever it is; "troops marched against the rebels" is an advance."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "against" and any(
                p.dep_ == "pobj" and not p.ent_type_ and p.lemma_.lower() not in MARCHED_ON_NOUNS
                for p in c.children):
            return True
        if c.dep_ == "prep" and c.lower_ == "in" and any(
                p.dep_ == "pobj" and p.lemma_.lower() in {"protest", "support", "solidarity"}
                for p in c.children):
            return True  # "marched in protest", "rallied in support of the strikers"
        if c.dep_ in {"advcl", "xcomp"} and c.lemma_.lower() in PROTESTING_PURPOSES:
            return True  # "marched to protest against the tax", "rallied to demand pay"
    return False


def walked_off(verb: Token) -> str | None:
    """"teachers walked off the job", "nurses walked off their shifts": a strike. The words
    "walked off"; None for "walked off the pitch", "walked off the stage"."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "walk":
        return None
    for c in verb.children:
        if c.lower_ == "off" and c.dep_ in {"prep", "prt"}:
            objects = [p for p in (c.children if c.dep_ == "prep" else verb.children)
                       if p.dep_ in {"pobj", "dobj"}]
            if any(o.lemma_.lower() in JOB_NOUNS for o in objects):
                return f"{verb.text} {c.text}"
    return None


def spoke_by_phone(verb: Token) -> bool:
    """"Brandt spoke by phone with the president", "the two leaders talked by video link":
    talking at a distance is contact, like "a phone call" ("spoke to reporters" is the
    statements' business, and stays no event)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in TALKING_VERBS:
        return False
    return any(c.dep_ in {"prep", "agent"} and c.lower_ in {"by", "over", "via", "on"} and any(
        p.dep_ == "pobj" and (p.lemma_.lower() in PHONE_WORDS or any(
            m.dep_ == "compound" and m.lower_ in PHONE_WORDS for m in p.children))
        for p in c.children) for c in verb.children)
