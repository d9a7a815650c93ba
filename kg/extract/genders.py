"""The gender a text gives a person, so that "he" and "she" take the right antecedent.

"Anika Sorvali met Tomas Pell on Monday. He said the talks had gone well": the salient
person is the subject, Sorvali, but "he" cannot be her when the text says she is a woman.
The text says so by a courtesy title ("Ms. Sorvali", "Mr. Pell"), by a gendered noun set
beside the name ("spokeswoman Ada Brink", "Pell, a businessman", "his wife, Ada"), or by
the pronoun that takes the name up in its own words ("Sorvali said she would stay"). No
list of forenames: a person the text gives no such clue has no gender, and fits either
pronoun; one given both is left without one.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.lexicon import REPORTING_VERBS

MALE, FEMALE = "m", "f"
#: Titles before a name.
TITLE_GENDERS = {"mr": MALE, "sir": MALE, "lord": MALE, "king": MALE, "prince": MALE,
                 "mrs": FEMALE, "ms": FEMALE, "miss": FEMALE, "dame": FEMALE, "lady": FEMALE,
                 "queen": FEMALE, "princess": FEMALE, "madam": FEMALE}
#: Nouns beside a name that say whether the person is a man or a woman.
NOUN_GENDERS = {
    **dict.fromkeys(("spokesman", "chairman", "businessman", "congressman", "man", "father",
                     "husband", "son", "brother", "grandfather", "uncle", "nephew", "boy",
                     "widower", "actor", "king", "prince", "councilman", "policeman",
                     "sportsman", "fisherman", "tradesman"), MALE),
    **dict.fromkeys(("spokeswoman", "chairwoman", "businesswoman", "congresswoman", "woman",
                     "mother", "wife", "daughter", "sister", "grandmother", "aunt", "niece",
                     "girl", "widow", "actress", "queen", "princess", "councilwoman",
                     "policewoman", "sportswoman"), FEMALE),
}
PRONOUN_GENDERS = {"he": MALE, "him": MALE, "his": MALE, "himself": MALE,
                   "she": FEMALE, "her": FEMALE, "hers": FEMALE, "herself": FEMALE}


def person_genders(doc: Doc, mention_spans: dict[str, list[tuple[int, int]]],
                   persons: set[str]) -> dict[str, str]:
    """The gender of each person of ``persons`` the text gives exactly one."""
    found: dict[str, set[str]] = {}
    for key in persons:
        for start, end in mention_spans.get(key, ()):
            found.setdefault(key, set()).update(_mention_genders(doc, start, end))
    return {key: next(iter(gs)) for key, gs in found.items() if len(gs) == 1}


def _mention_genders(doc: Doc, start: int, end: int) -> set[str]:
    """The genders one mention (tokens ``start`` to ``end``) is given around it."""
    found = set()
    for i in (start - 1, start):  # "Ms. Sorvali", "spokeswoman Ada Brink", in or before
        word = doc[i].lower_.rstrip(".") if 0 <= i < len(doc) else ""
        if g := TITLE_GENDERS.get(word) or NOUN_GENDERS.get(word):
            found.add(g)
    head = _head(doc, start, end)
    beside = [c for c in head.children if c.dep_ in {"appos", "compound"}]
    if head.dep_ in {"appos", "compound"}:
        beside.append(head.head)  # "his wife, Ada Brink", "spokeswoman Ada Brink"
    found.update(g for t in beside if (g := NOUN_GENDERS.get(t.lemma_.lower())))
    if (own := _own_pronoun(head)) is not None:
        found.add(own)
    return found


def _head(doc: Doc, start: int, end: int) -> Token:
    head = doc[end - 1]
    while start <= head.head.i < end and head.head.i != head.i:
        head = head.head
    return head


def _own_pronoun(subject: Token) -> str | None:
    """"Sorvali said she would stay": the subject pronoun of the words a named subject
    reports is that subject, when no other person is its subject's rival (one clause)."""
    verb = subject.head
    if subject.dep_ != "nsubj" or verb.lemma_.lower() not in REPORTING_VERBS:
        return None
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.i < verb.i:
            continue
        pron = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if pron is not None and pron.lower_ in {"he", "she"}:
            return PRONOUN_GENDERS[pron.lower_]
    return None
