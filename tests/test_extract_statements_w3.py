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
    ("Senator Ada Moreno has called for cutting the fuel tax.", "Ada Moreno", "call for",
     "cutting the fuel tax"),
    ("Piet Olsen called for scrapping the plan.", "Piet Olsen", "call for",
     "scrapping the plan"),
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
    "Ada Moreno spoke against a backdrop of flags.",
    "Mayor Piet Olsen spoke of the damage to the harbour.",
    "Ada Moreno called on Tuesday.",
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


# ------------------------------------------------------------------ headline labels

# fmt: off
HEADLINE_LABEL = [
    # (text, speaker, words of the content)
    ("Olsen: The pier will reopen in May.\n\nHarbour master Piet Olsen spoke to reporters "
     "on Monday about the storm damage.", "Piet Olsen", "pier will reopen"),
    ("Delta Grain: Mill closures are not planned.\n\nThe company Delta Grain issued its "
     "figures on Monday.", "Delta Grain", "closures are not planned"),
    ("Brandt: Harrow United will not sell its captain.\n\nCoach Elsa Brandt spoke after "
     "the match on Sunday.", "Elsa Brandt", "will not sell its captain"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "words"), HEADLINE_LABEL)
def test_headline_label_names_a_speaker_of_the_article(run, text, speaker, words) -> None:
    r = run(text)
    assert any(words in s.content for s in r.statements_by(speaker)), r.summary()


# fmt: off
NOT_A_LABEL = [
    ("Kelvar: Floods close the northern road.\n\nHeavy rain hit Kelvar on Monday.", "Kelvar"),
    ("Update: The pier will stay closed.\n\nHarbour master Piet Olsen closed the pier.",
     "Piet Olsen"),
]
# fmt: on


@pytest.mark.parametrize(("text", "name"), NOT_A_LABEL)
def test_headline_label_that_names_no_speaker_is_no_statement(run, text, name) -> None:
    r = run(text)
    assert not r.statements_by(name), r.summary()


# ------------------------------------------------------------------ signed quotes

# fmt: off
SIGNED = [
    # a paragraph opened by a closing mark, signed with a dash and a name
    ("Readers wrote in after the debate.\n\n\u201dThe mayor dodged every question about "
     "rents.\u201d \u2015 Ada Moreno\n", "Ada Moreno", "dodged every question"),
    ("Fans gave their verdict.\n\n\u201dWe deserved the draw, nothing more.\u201d \u2014 "
     "Piet Olsen\n", "Piet Olsen", "deserved the draw"),
    ("Voters spoke to us.\n\n\u201cThe buses never come on time.\u201d \u2015 Lena Fox\n",
     "Lena Fox", "buses never come"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "words"), SIGNED)
def test_signed_quote_is_its_signers(run, text, speaker, words) -> None:
    r = run(text)
    s = r.statement_by(speaker)
    assert words in s.content and s.is_direct_quote, r.summary()


def test_closing_mark_inside_a_line_opens_nothing(run) -> None:
    r = run("Ada Moreno said the plan was \u201cdead\u201d and \u201dburied\u201d, "
            "Piet Olsen said.")
    assert r.statements_by("Ada Moreno"), r.summary()


# ------------------------------------------------------------------ quoted headings


# fmt: off
HEADINGS = [
    '"The pier will be rebuilt by summer," said Piet Olsen, the harbour master. "I have '
    'no doubt about it."\n\n\'Storm Over the Harbour.\'\n\nIt was raining when the '
    'crews arrived.',
    '"Rents will rise again," Ada Moreno said. "Nobody is listening to the tenants."\n\n'
    '"Legend of the Northern Fields."\n\nThe farm was sold in 1990.',
]
# fmt: on


@pytest.mark.parametrize("text", HEADINGS)
def test_quoted_heading_is_no_more_of_the_last_quote(run, text) -> None:
    r = run(text)
    assert not any("Fields" in s.content or "Harbour." in s.content
                   or "Storm Over" in s.content for s in r.ex.statements), r.summary()
    assert len(r.ex.statements) == 1, r.summary()


# ------------------------------------------------------------------ units as speakers

# fmt: off
UNITS = [
    ("The general staff of the Kelvar Militia said three fighters were killed near Orrin.",
     "Kelvar Militia"),
    ("The press office of Delta Grain said the mill would close.", "Delta Grain"),
    ("Delta Grain's press office said the mill would close.", "Delta Grain"),
    ("The leadership of the Greyfield Tenants Association said rents were too high.",
     "Greyfield Tenants Association"),
    ("The headquarters of the Veska Border Guard said the crossing was shut.",
     "Veska Border Guard"),
    ("The general staff of the Kelvar Militia met on Monday.\n\nResidents said the roads "
     "were closed.\n\nThe general staff did not name the commander, but said the town "
     "was calm.", "Kelvar Militia"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker"), UNITS)
def test_unit_of_an_organisation_speaks_for_it(run, text, speaker) -> None:
    r = run(text)
    r.statement_by(speaker, cue="say")


@pytest.mark.parametrize("text", ["Piet Olsen's office said he was ill.",
                                  "The office said the mill would close."])
def test_unit_of_no_organisation_is_no_speaker(run, text) -> None:
    r = run(text)
    assert not any(r.label(s.speaker) not in {"Piet Olsen"} for s in r.ex.statements), (
        r.summary())


# ------------------------------------------------------------------ participle after a
# coordinated content: ", saying ..." hangs on the second clause of what was said


# fmt: off
PARTICIPLE_IN_CONJ = [
    ("Ada Moreno later told the Marlow Courier that the union had left and that the "
     "Marlow Police held the square, saying the group had never planned to stay.",
     "Ada Moreno", "say", "never planned to stay"),
    ("Piet Olsen said the Kelvar Militia had left and that the Veska Army held the town, "
     "adding that the roads were open.", "Piet Olsen", "add", "roads were open"),
    ("Noor Haddad said Delta Grain had sold the mill and the Harbour Trust bought it, "
     "arguing that the price was too low.", "Noor Haddad", "argue", "price was too low"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "cue", "words"), PARTICIPLE_IN_CONJ)
def test_participle_after_coordinated_content_is_the_first_speakers(run, text, speaker,
                                                                    cue, words) -> None:
    r = run(text)
    assert words in r.statement_by(speaker, cue=cue).content, r.summary()
    assert all(r.label(s.speaker) == speaker for s in r.ex.statements), r.summary()


# ------------------------------------------------------------------ "as reported by"

# fmt: off
AS_RELAY = [
    ("As reported by the Marlow Courier, Mayor Ilse Varga said the pier would reopen in "
     "May.", "Ilse Varga", "Marlow Courier"),
    ("As the Marlow Courier reported on Monday, Delta Grain said it would close the mill.",
     "Delta Grain", "Marlow Courier"),
    ("As first reported by Radio Kelvar, the Veska Army said it had retaken the bridge.",
     "Veska Army", "Radio Kelvar"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "outlet"), AS_RELAY)
def test_as_reported_by_is_the_outlet_not_a_speaker(run, text, speaker, outlet) -> None:
    r = run(text)
    assert r.label(r.statement_by(speaker).via) == outlet, r.summary()
    assert not r.statements_by(outlet), r.summary()


def test_as_clause_without_a_relayed_statement_stays(run) -> None:
    r = run("As Ada Moreno said on Monday, rents will rise.")
    assert "rents will rise" in r.statement_by("Ada Moreno").content, r.summary()


# ------------------------------------------------------------------ "it" is one body

# fmt: off
IT_IS_ONE_BODY = [
    ("The Kelvar Militia did not name the commander, but said the town was calm. "
     "Surviving rebels fled toward the hills, its statement said.", "Kelvar Militia"),
    ("The Veska Border Guard closed the crossing on Monday. Protesters gathered at the "
     "gate, it said.", "Veska Border Guard"),
    ("Delta Grain will cut 40 jobs, it said on Monday.", "Delta Grain"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker"), IT_IS_ONE_BODY)
def test_it_is_never_a_group_named_by_people(run, text, speaker) -> None:
    r = run(text)
    assert [r.label(s.speaker) for s in r.ex.statements][-1] == speaker, r.summary()


# ------------------------------------------------------------------ "that A and that B"

# fmt: off
TWO_THAT = [
    ("Ada Moreno later told the Marlow Courier that the union had left and that the police "
     "held the square.", "Ada Moreno", "the union had left", "the police held the square"),
    ("Piet Olsen said that the roof had been repaired and that the east stand would reopen "
     "in May.", "Piet Olsen", "the roof had been repaired",
     "the east stand would reopen in May"),
    ("Delta Grain announced that it had bought the mill and that 40 jobs would go.",
     "Delta Grain", "it had bought the mill", "40 jobs would go"),
    ("Olsen said the stand would reopen, adding that tickets were cheap and that parking "
     "was free.", "Olsen", "tickets were cheap", "parking was free"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "first", "second"), TWO_THAT)
def test_two_that_clauses_are_two_statements(run, text, speaker, first, second) -> None:
    r = run(text)
    contents = [s.content for s in r.statements_by(speaker)]
    assert first in contents and second in contents, r.summary()


def test_one_that_clause_with_a_coordination_inside_stays_one(run) -> None:
    r = run("Piet Olsen said the roof had been repaired and the stand would reopen.")
    assert [s.content for s in r.statements_by("Piet Olsen")] == [
        "the roof had been repaired and the stand would reopen"], r.summary()


# ------------------------------------------------------------------ "not" of the quote

# fmt: off
QUOTED_NOT = [
    ('"Are we ready? Probably not," Ms. Moreno said. "Will we be ready by May? Certainly."',
     "Moreno", "Probably not"),
    ('"Not yet," Piet Olsen said.', "Piet Olsen", "Not yet"),
    ('"Absolutely not," Noor Haddad told reporters.', "Noor Haddad", "Absolutely not"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "words"), QUOTED_NOT)
def test_not_inside_the_quote_does_not_negate_the_cue(run, text, speaker, words) -> None:
    r = run(text)
    assert words in r.statement_by(speaker).content, r.summary()


@pytest.mark.parametrize("text", ["Olsen did not say whether the pier would reopen.",
                                  "Olsen, however, did not say whether the pier would reopen.",
                                  "Delta Grain has not confirmed the sale."])
def test_negated_cue_is_still_no_statement(run, text) -> None:
    r = run(text)
    assert not r.ex.statements, r.summary()


def test_of_two_subjects_before_the_cue_the_nearest_speaks(run) -> None:
    r = run("THE HARBOUR Back when he ran the port, Mr. Olsen said that he considered debt "
            "a last resort.")
    assert "last resort" in r.statement_by("Olsen").content, r.summary()


# ------------------------------------------------------------------ untagged names

# fmt: off
UNTAGGED = [
    ('The blog Quillmark published the figures on Monday. "On this basis," Quillmark '
     'said, "the real rate is much higher."', "Quillmark", "the real rate"),
    ('The company Delta Grain bought the mill in 2019. "Absolutely not," Delta Grain said '
     'in a statement.', "Delta Grain", "Absolutely not"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "words"), UNTAGGED)
def test_subject_named_like_an_entity_speaks_as_it(run, text, speaker, words) -> None:
    r = run(text)
    assert any(words in s.content for s in r.ex.statements
               if r.label(s.speaker) == speaker), r.summary()


def test_a_and_that_b_without_a_first_that_stays_one(run) -> None:
    r = run("Delta Grain said sales had risen and that the mill would stay open.")
    assert len(r.statements_by("Delta Grain")) == 1, r.summary()


# ------------------------------------------------------------------ documents that read

# fmt: off
DOCUMENT_READS = [
    ('Harrow United wrote to season-ticket holders on Tuesday. "Refunds will be paid within '
     'a month," the letter reads.', "Harrow United", "Refunds will be paid"),
    ('"Water supplies are safe to drink," read a notice issued by the Marlow Water Board.',
     "Marlow Water Board", "safe to drink"),
    ('The Marlow Water Board issued a notice on Monday. The notice read: "Water supplies '
     'are safe to drink."', "Marlow Water Board", "safe to drink"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "words"), DOCUMENT_READS)
def test_a_document_that_reads_is_its_authors_statement(run, text, speaker, words) -> None:
    r = run(text)
    assert words in r.statement_by(speaker, cue="read").content, r.summary()


@pytest.mark.parametrize("text", ["Piet Olsen read the report on Monday.",
                                  "Ada Moreno reads the letters from tenants every week."])
def test_a_person_reading_is_no_statement(run, text) -> None:
    r = run(text)
    assert not r.ex.statements, r.summary()


# ------------------------------------------------------------------ "X-ian authorities"

# fmt: off
AUTHORITIES = [
    ("Fighting continued in Norland on Monday. Norlandic authorities said the border was "
     "closed.", "Norland", "border was closed"),
    ("The town of Kelvar lies in Estoria. On Monday, Estorian authorities denied the report, "
     "saying the town was calm.", "Estoria", "the town was calm"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "words"), AUTHORITIES)
def test_national_authorities_speak_for_their_country(run, text, speaker, words) -> None:
    r = run(text)
    assert any(words in s.content for s in r.statements_by(speaker)), r.summary()
