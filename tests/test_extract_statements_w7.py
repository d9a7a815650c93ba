"""Statements, wave seven: general constructions found by a census of missed attributions
on political news, each as a table of invented sentences (invented names and places,
varied domains) with near misses that must not fire."""

from __future__ import annotations

import pytest

# ------------------------------------------- that-clause after a prepositional phrase

# fmt: off
CLAUSE_AFTER_PHRASE = [
    # (text, speaker, cue, words the content holds, words it leaves out)
    ("Piet Olsen told reporters after the meeting that the club would appeal.",
     "Piet Olsen", "tell", "the club would appeal", "meeting"),
    ("The Marlow Courier reported at the time that the mayor had resigned.",
     "Marlow Courier", "report", "the mayor had resigned", "time"),
    ("Judge Ada Moreno said in a hearing on Friday that the contract was void.",
     "Ada Moreno", "say", "the contract was void", "hearing"),
    ("Delta Grain announced during a call with investors that profits had doubled.",
     "Delta Grain", "announce", "profits had doubled", "investors"),
    ("Dr Hana Liddell warned parents at a briefing that the virus was spreading.",
     "Hana Liddell", "warn", "the virus was spreading", "briefing"),
    ("Coach Elsa Brandt admitted after the defeat that her team had been poor.",
     "Elsa Brandt", "admit", "her team had been poor", "defeat"),
    ("The Veska Health Agency confirmed on its website that two clinics had closed.",
     "Veska Health Agency", "confirm", "two clinics had closed", "website"),
    ("Senator Noor Haddad argued at the rally that the tax would hurt farmers.",
     "Noor Haddad", "argue", "the tax would hurt farmers", "rally"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "cue", "words", "left_out"), CLAUSE_AFTER_PHRASE)
def test_that_clause_hung_on_a_phrase_noun_is_the_content(run, text, speaker, cue, words,
                                                         left_out) -> None:
    r = run(text)
    content = r.statement_by(speaker, cue=cue).content
    assert words in content and left_out not in content, r.summary()


# fmt: off
RELATIVE_THAT = [
    "Ada Moreno spoke after the meeting that ended late.",
    "Ilkka Vanhanen stayed at the hotel that the firm owns.",
    "Elsa Brandt read the report at the meeting that the club had called.",
    "Ada Moreno confirmed the date at the meeting that the council had called.",
]
# fmt: on


@pytest.mark.parametrize("text", RELATIVE_THAT)
def test_relative_that_after_a_phrase_is_no_statement(run, text) -> None:
    r = run(text)
    assert not any("council had called" in s.content or "firm owns" in s.content
                   or "ended late" in s.content for s in r.ex.statements), r.summary()


# ------------------------------------------------------------ demands with an object

# fmt: off
NOUN_DEMANDS = [
    # (text, speaker, cue, words the content holds)
    ("Elsa Brandt demanded transparency from the league.", "Elsa Brandt", "demand",
     "transparency from the league"),
    ("The Greyfield Tenants Association demands an apology from the landlord.",
     "Greyfield Tenants Association", "demand", "an apology from the landlord"),
    ("Senator Noor Haddad has demanded a full inquiry into the contract.", "Noor Haddad",
     "demand", "a full inquiry into the contract"),
    ("Delta Grain requested a delay of the hearing.", "Delta Grain", "request",
     "a delay of the hearing"),
    ("The Kelvar Farmers Union demanded compensation for the flooded fields.",
     "Kelvar Farmers Union", "demand", "compensation for the flooded fields"),
    ("Judge Ada Moreno requested the files from the police.", "Ada Moreno", "request",
     "the files from the police"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "cue", "words"), NOUN_DEMANDS)
def test_demand_with_a_noun_object_is_an_appeal(run, text, speaker, cue, words) -> None:
    r = run(text)
    s = r.statement_by(speaker, cue=cue)
    assert words in s.content and s.stance == "Appeal", r.summary()


# fmt: off
NOT_DEMANDS = [
    "The job demands patience and a steady hand.",
    "Piet Olsen did not demand a refund.",
    "Ada Moreno will request a recount.",
]
# fmt: on


@pytest.mark.parametrize("text", NOT_DEMANDS)
def test_demand_near_misses_say_nothing(run, text) -> None:
    r = run(text)
    assert not r.ex.statements, r.summary()


# ----------------------------------------------- a judgement coordinated in the content

# fmt: off
COORDINATED_JUDGEMENTS = [
    # (text, speaker, first content, words of the first it leaves out, second cue,
    #  words of the second)
    ("Ilkka Vanhanen said he had fought three floods and called it a normal risk of "
     "farming.", "Ilkka Vanhanen", "he had fought three floods", "called", "call",
     "a normal risk of farming"),
    ("Coach Elsa Brandt said her side had lost four games in a row and called the run a "
     "disgrace.", "Elsa Brandt", "four games in a row", "disgrace", "call", "the run a disgrace"),
    ("The Veska Health Agency said the outbreak was over and declared the region safe.",
     "Veska Health Agency", "the outbreak was over", "declared", "declare", "the region safe"),
    ("Mayor Ilse Morrow said the tram had cost twice the budget and called it a scandal.",
     "Ilse Morrow", "the tram had cost twice the budget", "scandal", "call", "a scandal"),
    ("The Orrin Chamber of Commerce said sales had fallen and called the new tax a "
     "mistake.", "Orrin Chamber of Commerce", "sales had fallen", "mistake", "call",
     "the new tax a mistake"),
    ("Professor Lena Fox said the data were incomplete and called the study premature.",
     "Lena Fox", "the data were incomplete", "premature", "call", "the study premature"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "first", "left_out", "cue", "second"),
                         COORDINATED_JUDGEMENTS)
def test_judgement_coordinated_in_a_content_is_a_second_statement(
        run, text, speaker, first, left_out, cue, second) -> None:
    r = run(text)
    said = r.statement_by(speaker, cue="say").content
    assert first in said and left_out not in said, r.summary()
    assert second in r.statement_by(speaker, cue=cue).content, r.summary()


def test_deed_coordinated_in_a_content_stays_in_it(run) -> None:
    r = run("Ada Moreno said the police had arrested two men and charged them with fraud.")
    assert "charged them with fraud" in r.statement_by("Ada Moreno", cue="say").content, \
        r.summary()


# --------------------------------------------------------------- plans put forward

# fmt: off
PRESENTED_PLANS = [
    # (text, speaker, cue, words the content holds)
    ("Delta Grain unveiled a plan to close two mills in Kelvar.", "Delta Grain", "unveil",
     "a plan to close two mills"),
    ("Mayor Ilse Morrow laid out her proposals for a new tram line on Tuesday.",
     "Ilse Morrow", "lay out", "her proposals for a new tram line"),
    ("The Veska Health Agency has outlined a strategy to cut waiting times.",
     "Veska Health Agency", "outline", "a strategy to cut waiting times"),
    ("Senator Noor Haddad rolled out a reform of the pension system.", "Noor Haddad",
     "roll out", "a reform of the pension system"),
    ("Coach Elsa Brandt set out her vision for the academy.", "Elsa Brandt", "set out",
     "her vision for the academy"),
    ("The Greyfield Tenants Association put forward a proposal to freeze rents.",
     "Greyfield Tenants Association", "put forward", "a proposal to freeze rents"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "cue", "words"), PRESENTED_PLANS)
def test_plan_put_forward_is_a_statement(run, text, speaker, cue, words) -> None:
    r = run(text)
    assert words in r.statement_by(speaker, cue=cue).content, r.summary()


# fmt: off
NOT_PRESENTED = [
    "Piet Olsen presented the trophy to the winners.",
    "The Marlow City Council unveiled a statue of the founder.",
    "Delta Grain did not unveil any plan for the mill.",
    "Ada Moreno will outline a plan next week.",
    "The Orrin Rowing Club rolled out a new boat.",
]
# fmt: on


@pytest.mark.parametrize("text", NOT_PRESENTED)
def test_presenting_near_misses_say_nothing(run, text) -> None:
    r = run(text)
    assert not r.ex.statements, r.summary()


def test_demand_as_a_purpose_is_no_statement(run) -> None:
    r = run("The Marlow Water Board sent letters to demand payment from the tenants.")
    assert not [s for s in r.ex.statements if s.cue == "demand"], r.summary()


# ------------------------------------------------ "dismissed": a ruling or a sacking

# fmt: off
NOT_DISMISSALS = [
    # a court throws a filing out, or an employer sacks someone: no denial
    "Judge Ada Moreno dismissed the lawsuit on Monday.",
    "Delta Grain dismissed its chief executive on Friday.",
    "The Marlow Appeals Court dismissed the charges against Piet Olsen.",
    "The Orrin Rowing Club dismissed coach Elsa Brandt after the defeat.",
    "The Veska Supreme Court dismissed the appeal by the Kelvar Farmers Union.",
    "The board of Delta Grain dismissed him in March.",
]
# fmt: on


@pytest.mark.parametrize("text", NOT_DISMISSALS)
def test_dismissing_a_filing_or_a_person_is_no_denial(run, text) -> None:
    r = run(text)
    assert not [s for s in r.ex.statements if s.cue == "dismiss"], r.summary()


# fmt: off
DISMISSALS = [
    # (text, speaker, words the content holds)
    ("Ilkka Vanhanen dismissed the report as fiction.", "Ilkka Vanhanen", "the report as fiction"),
    ("The Veska Health Agency dismissed the claims.", "Veska Health Agency", "the claims"),
    ("Senator Noor Haddad dismissed him as a liar.", "Noor Haddad", "him as a liar"),
    ("Coach Elsa Brandt dismissed the rumours of a transfer.", "Elsa Brandt",
     "the rumours of a transfer"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "words"), DISMISSALS)
def test_dismissing_words_is_a_denial(run, text, speaker, words) -> None:
    r = run(text)
    s = r.statement_by(speaker, cue="dismiss")
    assert words in s.content and s.stance == "Deny", r.summary()


# ---------------------------------------------- statement nouns with a topic, not a clause

# fmt: off
NOMINAL_TOPICS = [
    # (text, speaker, cue, words the content holds)
    ("Ada Moreno's comments on the verdict angered the tenants.", "Ada Moreno", "comment",
     "the verdict"),
    ("The league rejected Coach Elsa Brandt's claims about the referee.", "Elsa Brandt",
     "claim", "the referee"),
    ("Delta Grain's proposal to sell the Kelvar mill was approved by the board.",
     "Delta Grain", "proposal", "to sell the Kelvar mill"),
    ("Senator Noor Haddad's criticism of the budget dominated the debate.", "Noor Haddad",
     "criticism", "the budget"),
    ("The Veska Health Agency's call for calm was ignored.", "Veska Health Agency", "call",
     "calm"),
    ("The Marlow City Council's estimate of the flood damage rose to two million.",
     "Marlow City Council", "estimate", "the flood damage"),
    ("Investors welcomed the admission by Delta Grain that its profits had been overstated.",
     "Delta Grain", "admission", "its profits had been overstated"),
    ("The Kelvar Farmers Union's demands for compensation went unanswered.",
     "Kelvar Farmers Union", "demand", "compensation"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "cue", "words"), NOMINAL_TOPICS)
def test_statement_noun_with_a_topic_is_a_statement(run, text, speaker, cue, words) -> None:
    r = run(text)
    assert words in r.statement_by(speaker, cue=cue).content, r.summary()


# fmt: off
NOT_NOMINAL = [
    "Piet Olsen's statement on Monday was brief.",
    "Ada Moreno's plan of the building hung on the wall.",
    "Ilkka Vanhanen's message to the staff was short.",
]
# fmt: on


@pytest.mark.parametrize("text", NOT_NOMINAL)
def test_statement_noun_without_words_says_nothing(run, text) -> None:
    r = run(text)
    assert not r.ex.statements, r.summary()


# ---------------------------------------- a quotation right after someone's reported words

# fmt: off
QUOTE_AFTER_REPORTED = [
    # (text, speaker, words of the quotation)
    ('Coach Elsa Brandt insisted her team had played well. "We were unlucky. The referee '
     'missed two penalties."', "Elsa Brandt", "The referee missed two penalties"),
    ('Piet Olsen denied that the club was for sale.\n\n"Nobody has made an offer, and nobody '
     'will."', "Piet Olsen", "Nobody has made an offer"),
    ('Mayor Ilse Morrow said the tram would be finished by May.\n"We have the money and the '
     'workers to do it."', "Ilse Morrow", "We have the money"),
    ("The Veska Health Agency warned that infections would rise. \u201cHospitals must prepare "
     "for a hard winter now.\u201d", "Veska Health Agency", "Hospitals must prepare"),
    ('Professor Lena Fox argued that the data were incomplete. "Nobody can draw a conclusion '
     'from three samples."', "Lena Fox", "Nobody can draw a conclusion"),
    ('The Greyfield Tenants Association called for a rent freeze.\n\n"Families cannot pay '
     'another increase this year."', "Greyfield Tenants Association", "Families cannot pay"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "words"), QUOTE_AFTER_REPORTED)
def test_quotation_after_reported_words_is_the_same_speaker(run, text, speaker,
                                                             words) -> None:
    r = run(text)
    quoted = [s for s in r.statements_by(speaker) if words in s.content]
    assert quoted and quoted[0].is_direct_quote, r.summary()
    first = r.ex.statements[0]
    assert words not in first.content or first.is_direct_quote, r.summary()


# fmt: off
QUOTE_NOT_AFTER = [
    # a quotation with a paragraph of narration between: nobody's in particular
    ('Ada Moreno said the vote was close.\n\nTurnout was the lowest in twenty years.\n\n'
     '"Nobody came because nobody believed in it."'),
    # a quoted title is no speech
    'Piet Olsen said the film was good. "The Long Road Home To Kelvar"',
    # a phrase quoted inside a sentence of narration
    'Ada Moreno said the crowd was angry, and as the mayor went on about "the wonderful new '
    'tram line," Moreno shook her head.',
]
# fmt: on


@pytest.mark.parametrize("text", QUOTE_NOT_AFTER)
def test_quotation_not_right_after_reported_words_is_nobodys(run, text) -> None:
    r = run(text)
    assert all(not s.is_direct_quote for s in r.ex.statements), r.summary()


# ----------------------------------------------------- the rest of the reporting family

# fmt: off
FAMILY_CUES = [
    # (text, speaker, cue, words the content holds)
    ("Delta Grain clarified that the mill would stay open.", "Delta Grain", "clarify",
     "the mill would stay open"),
    ("Coach Elsa Brandt reaffirmed that the captain would not be sold.", "Elsa Brandt",
     "reaffirm", "the captain would not be sold"),
    ("Judge Ada Moreno agreed that the contract was void.", "Ada Moreno", "agree",
     "the contract was void"),
    ("Piet Olsen scoffed that the fine was a joke.", "Piet Olsen", "scoff",
     "the fine was a joke"),
    ("Senator Noor Haddad protested that the vote had been rushed.", "Noor Haddad",
     "protest", "the vote had been rushed"),
    ("Mayor Ilse Morrow reassured residents that the water was safe.", "Ilse Morrow",
     "reassure", "the water was safe"),
    ("Ilkka Vanhanen repeated that the firm had paid every bill.", "Ilkka Vanhanen",
     "repeat", "the firm had paid every bill"),
    ("Professor Lena Fox theorised that the comet had split in two.", "Lena Fox",
     "theorise", "the comet had split in two"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "cue", "words"), FAMILY_CUES)
def test_reporting_family_with_a_clause(run, text, speaker, cue, words) -> None:
    r = run(text)
    assert words in r.statement_by(speaker, cue=cue).content, r.summary()


# fmt: off
FAMILY_NEAR_MISSES = [
    "Delta Grain agreed to sell two mills.",
    "The Kelvar Farmers Union agreed a deal with the ministry.",
    "Farmers protested against the new tax in Kelvar.",
    "Ada Moreno repeated the exercise twice.",
    "Coach Elsa Brandt shouted at the referee.",
    "Ilse Morrow snapped her fingers.",
    "Piet Olsen said goodbye and left.",
]
# fmt: on


@pytest.mark.parametrize("text", FAMILY_NEAR_MISSES)
def test_reporting_family_without_words_says_nothing(run, text) -> None:
    r = run(text)
    assert not r.ex.statements, r.summary()


# ------------------------------------------- "cited" / "mentioned" a modified noun

# fmt: off
CITED_NOUNS = [
    # (text, speaker, cue, words the content holds)
    ("Delta Grain cited falling prices.", "Delta Grain", "cite", "falling prices"),
    ("Judge Ada Moreno cited procedural errors.", "Ada Moreno", "cite", "procedural errors"),
    ("Coach Elsa Brandt mentioned tactical problems.", "Elsa Brandt", "mention",
     "tactical problems"),
    ("The Orrin Rowing Club cited rising costs.", "Orrin Rowing Club", "cite",
     "rising costs"),
    ("The Veska Health Agency mentioned overcrowded wards.", "Veska Health Agency",
     "mention", "overcrowded wards"),
    ("Senator Noor Haddad cited unpaid wages in the mines.", "Noor Haddad", "cite",
     "unpaid wages"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "cue", "words"), CITED_NOUNS)
def test_cited_modified_noun_is_what_was_said(run, text, speaker, cue, words) -> None:
    r = run(text)
    assert words in r.statement_by(speaker, cue=cue).content, r.summary()


# fmt: off
CITED_SOURCES = [
    "The Veska Health Agency cited local media.",
    "Piet Olsen cited unnamed sources.",
    "Senator Noor Haddad cited internal documents.",
    "Ilkka Vanhanen mentioned the weather.",
]
# fmt: on


@pytest.mark.parametrize("text", CITED_SOURCES)
def test_cited_source_or_bare_noun_is_no_statement(run, text) -> None:
    r = run(text)
    assert not r.ex.statements, r.summary()


# ------------------------------------------ a role owned by a pronoun: "its spokesman"

# fmt: off
PRONOUN_OWNED_ROLES = [
    # (text, organisation that speaks, words the content holds)
    ("Delta Grain closed the Orrin mill on Friday. Its spokesman said the mill had lost "
     "money for years.", "Delta Grain", "the mill had lost money"),
    ("The Kelvar Militia attacked the depot on Monday. One of its commanders told the Marlow "
     "Courier that two guards had been killed.", "Kelvar Militia", "two guards had been killed"),
    ("The Veska Health Agency opened two clinics in May. A spokeswoman said demand had "
     "doubled.", None, None),
    ("The Orrin Rowing Club cancelled the regatta. Its spokeswoman said the river was too "
     "high.", "Orrin Rowing Club", "the river was too high"),
    ("The Marlow Appeals Court heard the case on Monday. One of its judges said the law was "
     "unclear.", "Marlow Appeals Court", "the law was unclear"),
    ("The Greyfield Tenants Association and the Kelvar Farmers Union met in Orrin. Their "
     "representatives said the talks had gone well.", None, None),
    ("The Marlow Liberation League joined the talks. Its officials said a deal was close.",
     "Marlow Liberation League", "a deal was close"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "words"),
                         [c for c in PRONOUN_OWNED_ROLES if c[1] is not None])
def test_role_owned_by_a_pronoun_speaks_for_its_organisation(run, text, speaker,
                                                            words) -> None:
    r = run(text)
    assert words in r.statement_by(speaker).content, r.summary()


# fmt: off
NOT_PRONOUN_OWNED = [
    # a person's pronoun, a role with no cue, a quantity of things
    "Piet Olsen founded the club in 1990. His spokesman said the club was not for sale.",
    "Delta Grain bought a fleet of trucks. One of its trucks broke down in Kelvar.",
    "The Kelvar Militia lost a commander. Its spokesman resigned on Monday.",
]
# fmt: on


@pytest.mark.parametrize("text", NOT_PRONOUN_OWNED)
def test_pronoun_owner_needs_an_organisation_and_a_cue(run, text) -> None:
    r = run(text)
    orgs = {e.key for e in r.ex.entities if e.type == "Organization"}
    assert not [s for s in r.ex.statements if s.speaker in orgs], r.summary()
