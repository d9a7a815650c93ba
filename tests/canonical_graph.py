"""A small graph for the canonical queries: four invented articles about a river town.

Three outlets report on a fictional town, Osterby. The Lakeside Tribune (two
articles) carries a militia's claim to have captured it, a commander's promise, a
union's denial, and a union spokeswoman's denial that the militia ever entered the
town; the Valley Post reports the capture and shelling as facts; the Harbor Wire
reported clashes there two days before anyone else. Built through the real mapping
(``kg.rdf.extraction_graph``), so the graph is what a build would store.
"""

from __future__ import annotations

from pathlib import Path

from kg import iri
from kg.rdf import extraction_graph
from kg.records import Article, DateValue, Entity, Event, Extraction, Membership, Span, Statement
from kg.store import GraphStore

TEXT_A = (
    "The Northern Guard said on Sunday that it had captured the river town of Osterby. "
    "Guard commander Ilse Varga promised to rebuild the bridge. "
    "The Farmers Union denied that Osterby had fallen."
)
TEXT_B = (
    "Osterby was taken by the Northern Guard on Sunday, residents said. "
    "Shelling hit a school in Osterby on Monday."
)
TEXT_C = (
    "Farmers Union spokeswoman Dana Holm said on Tuesday that the Guard never entered Osterby."
)
TEXT_D = "Clashes broke out near Osterby on Friday."
#: A name full of SPARQL syntax, quotes and escapes, for the parameter-binding tests.
NASTY = 'Ferry "Co" } ; DROP ALL ; # \'x\' \\u0022 \\" $actor ?s <a> {'
TEXT_E = f"{NASTY} said the ferry will run."

SUNDAY = DateValue("2023-06-11", "date", "on Sunday")
MONDAY = DateValue("2023-06-12", "date", "on Monday")
TUESDAY = DateValue("2023-06-13", "date", "on Tuesday")
FRIDAY = DateValue("2023-06-09", "date", "on Friday")


def sentence(text: str, n: int) -> Span:
    """The n-th sentence of ``text`` (sentences end with '. ')."""
    begin = 0
    for _ in range(n):
        begin = text.index(". ", begin) + 2
    end = text.find(". ", begin)
    return Span(begin, len(text) if end < 0 else end + 1)


def words(text: str, phrase: str) -> Span:
    begin = text.index(phrase)
    return Span(begin, begin + len(phrase))


def evidence(text: str, n: int) -> str:
    span = sentence(text, n)
    return text[span.begin : span.end]


GUARD = Entity("guard", "Organization", "Northern Guard", aliases=("the Guard",))
OSTERBY = Entity("osterby", "Place", "Osterby")
UNION = Entity("union", "Organization", "Farmers Union")


def article_a() -> Extraction:
    t = TEXT_A
    return Extraction(
        article=Article(id="reed-1", text=t, published="2023-06-12", publisher="Lakeside Tribune"),
        entities=(GUARD, OSTERBY, UNION,
                  Entity("varga", "Person", "Ilse Varga", aliases=("Varga",))),
        events=(
            Event("capture", "ControlEvent", "captured", words(t, "captured"), sentence(t, 0),
                  agents=("guard",), places=("osterby",), date=SUNDAY, factuality="Claimed"),
        ),
        statements=(
            Statement("claim", "guard", "Assert", "say",
                      "it had captured the river town of Osterby",
                      words(t, "it had captured the river town of Osterby"), sentence(t, 0),
                      date=SUNDAY, proposition="capture"),
            Statement("promise", "varga", "Promise", "promise", "to rebuild the bridge",
                      words(t, "to rebuild the bridge"), sentence(t, 1),
                      on_behalf_of="guard", date=DateValue("2023-06-12", "date", "")),
            Statement("denial", "union", "Deny", "deny", "Osterby had fallen",
                      words(t, "Osterby had fallen"), sentence(t, 2),
                      proposition="capture", responds_to="claim"),
        ),
        memberships=(Membership("varga", "guard", sentence(t, 1), role="commander"),),
    )


def article_b() -> Extraction:
    t = TEXT_B
    return Extraction(
        article=Article(id="reed-2", text=t, published="2023-06-13", publisher="Valley Post"),
        entities=(GUARD, OSTERBY),
        events=(
            Event("taken", "ControlEvent", "taken", words(t, "taken"), sentence(t, 0),
                  agents=("guard",), places=("osterby",), date=SUNDAY),
            Event("shelling", "ConflictEvent", "Shelling", words(t, "Shelling"), sentence(t, 1),
                  places=("osterby",), date=MONDAY),
        ),
    )


def article_c() -> Extraction:
    t = TEXT_C
    return Extraction(
        article=Article(id="reed-3", text=t, published="2023-06-14", publisher="Lakeside Tribune"),
        entities=(Entity("holm", "Person", "Dana Holm", aliases=("Holm",)), UNION, GUARD, OSTERBY),
        events=(
            Event("entry", "MovementEvent", "entered", words(t, "entered"), sentence(t, 0),
                  agents=("guard",), places=("osterby",), factuality="Denied"),
        ),
        statements=(
            Statement("denial", "holm", "Deny", "say", "the Guard never entered Osterby",
                      words(t, "the Guard never entered Osterby"), sentence(t, 0),
                      on_behalf_of="union", date=TUESDAY, proposition="entry"),
        ),
        memberships=(Membership("holm", "union", sentence(t, 0), role="spokeswoman"),),
    )


def article_d() -> Extraction:
    t = TEXT_D
    return Extraction(
        article=Article(id="reed-4", text=t, published="2023-06-10", publisher="Harbor Wire"),
        entities=(OSTERBY,),
        events=(
            Event("clashes", "ConflictEvent", "Clashes", words(t, "Clashes"), sentence(t, 0),
                  places=("osterby",), date=FRIDAY),
        ),
    )


def article_e() -> Extraction:
    t = TEXT_E
    return Extraction(
        article=Article(id="reed-5", text=t, published="2023-06-15"),
        entities=(Entity("ferry", "Organization", NASTY),),
        statements=(
            Statement("run", "ferry", "Assert", "say", "the ferry will run",
                      words(t, "the ferry will run"), Span(0, len(t))),
        ),
    )


ARTICLES = (article_a, article_b, article_c, article_d, article_e)


def build_store(root: Path) -> Path:
    """The four articles (and the packaged ontology) in a store at ``root``; returns ``root``."""
    with GraphStore.open(root) as store:
        for make in ARTICLES:
            ex = make()
            store.replace_graph(iri.article_graph(ex.article.id), extraction_graph(ex))
    return root
