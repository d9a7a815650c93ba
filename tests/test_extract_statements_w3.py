"""Statements, wave three: cue classes seen failing on real news, each as a table of
invented sentences (invented names and places) with near misses that must not fire;
and the statement IRI, which names its speaker."""

from __future__ import annotations

import pytest

from kg.rdf import extraction_graph
from kg.records import Article, Entity, Extraction, Span, Statement
from kg.vocab import NKG

# ------------------------------------------------------------------ statement IRI


def _two_speakers_one_place() -> Extraction:
    text = "Ada Moreno and Piet Olsen said the pier would reopen."
    art = Article(id="w3-iri", text=text, published="2025-03-10")
    ents = (Entity(key="e0", label="Ada Moreno", type="Person", mentions=(Span(0, 10),)),
            Entity(key="e1", label="Piet Olsen", type="Person", mentions=(Span(15, 25),)))
    said = dict(stance="Assert", cue="say", content="the pier would reopen",
                content_span=Span(31, 52), evidence=Span(0, 53), is_direct_quote=False)
    sts = (Statement(key="s0", speaker="e0", **said), Statement(key="s1", speaker="e1", **said))
    return Extraction(article=art, entities=ents, events=(), statements=sts, memberships=())


def test_statement_iri_names_its_speaker_so_co_speakers_both_stay() -> None:
    g = extraction_graph(_two_speakers_one_place())
    statements = set(g.subjects(predicate=None, object=NKG.Statement))
    assert len(statements) == 2
    assert len({sp for s in statements for sp in g.objects(s, NKG.speaker)}) == 2


def test_statement_iri_is_stable_across_mappings() -> None:
    ex = _two_speakers_one_place()
    first = set(extraction_graph(ex).subjects(object=NKG.Statement))
    assert first == set(extraction_graph(ex).subjects(object=NKG.Statement))


# ------------------------------------------------------------------ noun-content cues

# fmt: off
NOUN_CONTENT = [
    # (text, speaker, cue, words the content holds)
    ("Senator Ada Moreno attacked the rent plan on Monday.", "Ada Moreno", "attack",
     "the rent plan"),
    ("Moreno blasted the mayor as a coward.", "Moreno", "blast", "as a coward"),
    ("The Greyfield Tenants Association endorsed Piet Olsen for mayor.",
     "Greyfield Tenants Association", "endorse", "Piet Olsen for mayor"),
    ("Olsen thanked the volunteers for their work.", "Olsen", "thank", "for their work"),
    ("Mayor Ilse Varga agreed with the council about the budget.", "Ilse Varga", "agree",
     "the council"),
    ("Coach Elsa Brandt pointed to the rising cost of fuel.", "Elsa Brandt", "point",
     "cost of fuel"),
    ("Delta Grain noted the drop in sales.", "Delta Grain", "note", "the drop in sales"),
    ("Olsen defended his record on housing.", "Olsen", "defend", "his record on housing"),
    ("Dario Fenwick has mocked the budget as a fantasy.", "Dario Fenwick", "mock",
     "the budget as a fantasy"),
    ("Noor Haddad repeatedly lambasted the league over its ticket prices.", "Noor Haddad",
     "lambast", "over its ticket prices"),
    ("Tomas Brenn lashed out at the referees after the match.", "Tomas Brenn", "lash out",
     "the referees"),
    ("Lena Fox railed against the new parking fees.", "Lena Fox", "rail",
     "the new parking fees"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "cue", "words"), NOUN_CONTENT)
def test_noun_content_cue_is_a_statement(run, text, speaker, cue, words) -> None:
    r = run(text)
    s = r.statement_by(speaker, cue=cue)
    assert words.lower() in s.content.lower(), r.summary()


# fmt: off
NOT_WORDS = [
    "Rebels attacked the Orrin convoy on Monday.",
    "The Kelvar Militia attacked Orrin with rockets.",
    "Piet Olsen attacked the guard with a knife.",
    "Troops defended the bridge at Kelvar.",
    "Olsen agreed to buy the mill.",
    "Ada Moreno pointed at the sky.",
    "Olsen did not thank the crew.",
    "Olsen will praise the crew tomorrow.",
    "Ada Moreno hit the ball over the fence.",
    "Piet Olsen spoke for an hour on Monday.",
]
# fmt: on


@pytest.mark.parametrize("text", NOT_WORDS)
def test_deed_or_unsaid_is_no_statement(run, text) -> None:
    r = run(text)
    assert not r.ex.statements, r.summary()


# fmt: off
PARTICIPLE_AFTER_NOUN_CUE = [
    # (text, speaker, first cue, second cue, words of the second content)
    ("Piet Olsen is defending his decision, saying it was the right call.", "Piet Olsen",
     "defend", "say", "the right call"),
    ("Piet Olsen defended the plan on Monday, arguing that it would save money.",
     "Piet Olsen", "defend", "argue", "save money"),
    ("Ada Moreno thanked the firefighters, adding that the street would reopen soon.",
     "Ada Moreno", "thank", "add", "reopen soon"),
    ("Lena Fox mocked the budget as a fantasy, claiming it ignored renters.", "Lena Fox",
     "mock", "claim", "ignored renters"),
    ("Coach Elsa Brandt praised her players, insisting the title was still open.",
     "Elsa Brandt", "praise", "insist", "still open"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "first", "second", "words"),
                         PARTICIPLE_AFTER_NOUN_CUE)
def test_participle_after_noun_content_cue_is_a_second_statement(run, text, speaker, first,
                                                                 second, words) -> None:
    r = run(text)
    r.statement_by(speaker, cue=first)
    assert words in r.statement_by(speaker, cue=second).content, r.summary()


# fmt: off
POINTED = [
    ("Coach Elsa Brandt pointed to the rising cost of fuel.", "Elsa Brandt"),
    ("Delta Grain pointed to the fire at Kelvar as proof of neglect.", "Delta Grain"),
    ("Ada Moreno pointed to a drop in the number of tenants.", "Ada Moreno"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker"), POINTED)
def test_pointed_to_what_is_put_forward_is_a_statement(run, text, speaker) -> None:
    r = run(text)
    assert r.statement_by(speaker, cue="point").content.startswith("to "), r.summary()
