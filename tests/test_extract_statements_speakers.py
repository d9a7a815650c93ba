"""kg.extract statement speakers: whom a speaker speaks for (``on_behalf_of``) from the
role in their own phrase, speakers described by role only, bare surnames, relayed
quotes and the outlet or channel a statement came through (``via``), and documents
that speak ("the statement said").

Every sentence is invented. The articles are published on Friday 2024-03-15.
"""

from __future__ import annotations

import pytest
from cases import case

xfail = pytest.mark.xfail


# ---------------------------------------------------------------- on behalf of

# fmt: off
BEHALF = [
    # (text, speaker, on_behalf_of)
    case("acronym-untagged-in-role", "The Dockside Workers Union (DWU) met on Monday. DWU "
         "spokesperson Tomas Brenn earlier said there had been casualties.",
         "Tomas Brenn", "Dockside Workers Union"),
    case("deputy-secretary-general-of", "Ada Moreno, the deputy secretary-general of the "
         "Greyfield Tenants Association, said the vote was close.", "Ada Moreno",
         "Greyfield Tenants Association"),
    case("org-chief-executive-surname-later", "Delta Grain chief executive Ilkka Vanhanen "
         "spoke on Monday. The mills are old. Prices rose in March. \"We will keep every "
         "mill open,\" said Vanhanen.", "Ilkka Vanhanen", "Delta Grain"),
    case("role-once-then-plain-name", "Piet Olsen, a spokesman for the Harrow Rowing Club, "
         "said the regatta was off. Later Piet Olsen said the river was too high.",
         "Piet Olsen", "Harrow Rowing Club"),
    case("country-adjective-president", "Veska held talks on Monday. Veskan President "
         "Ilsa Dorn said the army had retaken the bridge.", "Ilsa Dorn", "Veska"),
    case("country-adjective-minister", "Kelvar closed its border. Kelvaran Foreign "
         "Minister Anton Weir said the border would reopen soon.", "Anton Weir", "Kelvar",
         why="the small model tags 'Kelvaran Foreign' into the person's name"),
    case("former-spokesman-speaks-for-no-one", "Lena Fox, a former spokeswoman for the "
         "Marlow Water Board, said the pipes were old.", "Lena Fox", None),
    case("adjective-not-a-role", "Veska held talks on Monday. Veskan singer Ilsa Dorn said "
         "the concert would go ahead.", "Ilsa Dorn", None),
    case("plain-person-no-behalf", "Ada Moreno said the rent would rise in May.",
         "Ada Moreno", None),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "behalf"), BEHALF)
def test_speakers_on_behalf_of(run, text, speaker, behalf):
    r = run(text)
    s = r.statement_by(speaker)
    assert r.label(s.on_behalf_of) == behalf, r.summary()


def test_speakers_country_behalf_is_typed_an_organization_too(run):
    r = run("Veska held talks on Monday. Veskan President Ilsa Dorn said the army had "
            "retaken the bridge.")
    assert "Organization" in r.entity("Veska").also, r.summary()


# ---------------------------------------------------------------- described speakers

# fmt: off
DESCRIBED = [
    # (text, speaker, words the content must contain)
    case("spokeswoman-for-org-after-content", "The pool will stay closed until May, a "
         "spokeswoman for Marlow City Council said.", "Marlow City Council",
         "The pool will stay closed until May"),
    case("official-of-org-subject", "An official of the Kelvar Militia said the bridge had "
         "been mined.", "Kelvar Militia", "the bridge had been mined"),
    case("org-spokesman-unnamed", "A Delta Grain spokesman said the mill would reopen in "
         "June.", "Delta Grain", "the mill would reopen in June"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "words"), DESCRIBED)
def test_speakers_description_names_the_organisation(run, text, speaker, words):
    r = run(text)
    s = r.statement_by(speaker)
    assert words in s.content, r.summary()
    assert "spokeswoman" not in s.content and "official" not in s.content, r.summary()
    assert r.label(s.on_behalf_of) == speaker, r.summary()  # the group speaks for itself


@pytest.mark.parametrize("text", [
    "The Kelvar Party met on Monday. The party's presidential nominee argued that the vote "
    "was rigged.",
    "Delta Grain closed the mill on Monday. The mill was old, a source added.",
    "Delta Grain closed the mill on Monday. The mill was old, the source added.",
])
def test_speakers_one_person_described_is_not_the_organisation(run, text):
    """A definite description of one person ("the party's nominee") or a source is not
    the organisation speaking."""
    r = run(text)
    assert not [s for s in r.ex.statements
                if r.label(s.speaker) in {"Kelvar Party", "Delta Grain"}], r.summary()


def test_speakers_unrelated_description_is_not_the_organisation(run):
    r = run("Marlow City Council closed the pool on Monday. A local resident said the water "
            "was dirty.")
    assert not r.statements_by("Marlow City Council"), r.summary()


# ---------------------------------------------------------------- relays and channels

# fmt: off
VIA = [
    # (text, speaker, via, words the content must contain)
    case("said-then-outlet-reported", "Piet Olsen said the stadium would reopen in May, "
         "the Marlow Courier reported.", "Piet Olsen", "Marlow Courier",
         "the stadium would reopen in May"),
    case("denied-then-outlet-reported", "The Kelvar Militia denied reports that a truce had "
         "been reached, the Marlow Courier reported.", "Kelvar Militia", "Marlow Courier",
         "a truce had been reached"),
    case("quoted-by-outlet-as-saying", "Militia spokesman Tomas Brenn was quoted by the "
         "Marlow Courier as saying that the bridge had fallen.", "Tomas Brenn",
         "Marlow Courier", "the bridge had fallen"),
    case("as-reported-by-outlet", "As reported by Meridian News, in a televised speech, "
         "President Ilsa Dorn said: 'The bridge is ours.'", "Ilsa Dorn", "Meridian News",
         "The bridge is ours"),
    case("interview-on-broadcaster", "President Ilsa Dorn said in a phone interview on "
         "broadcaster Meridian News that a small group had attempted a coup.", "Ilsa Dorn",
         "Meridian News", "a small group had attempted a coup"),
    case("said-on-channel", "Ada Moreno said on Telegram that the vote had been rigged.",
         "Ada Moreno", "Telegram", "the vote had been rigged"),
    case("told-outlet-in-interview", "Ada Moreno told the Marlow Courier in an interview "
         "that the vote was rigged.", "Ada Moreno", "Marlow Courier", "the vote was rigged"),
    case("said-in-interview-with-outlet", "Ada Moreno said in an interview with the Marlow "
         "Courier that the vote was rigged.", "Ada Moreno", "Marlow Courier",
         "the vote was rigged"),
    case("facebook-post", "In a Facebook post, Ada Moreno said the count was late.",
         "Ada Moreno", "Facebook", "the count was late"),
    case("said-on-a-day-no-via", "Ada Moreno said on Monday that the vote had been rigged.",
         "Ada Moreno", None, "the vote had been rigged"),
    case("said-in-a-town-no-via", "Ada Moreno said in Kelvar that the vote had been rigged.",
         "Ada Moreno", None, "the vote had been rigged"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "via", "words"), VIA)
def test_speakers_via(run, text, speaker, via, words):
    r = run(text)
    s = r.statement_by(speaker)
    assert r.label(s.via) == via, r.summary()
    assert words in s.content and "reported" not in s.content, r.summary()


@pytest.mark.parametrize("text", [
    "Piet Olsen said the stadium would reopen in May, the Marlow Courier reported.",
    "The Kelvar Militia denied reports that a truce had been reached, the Marlow Courier "
    "reported.",
    "Militia spokesman Tomas Brenn was quoted by the Marlow Courier as saying that the "
    "bridge had fallen.",
])
def test_speakers_relaying_outlet_makes_no_statement_of_its_own(run, text):
    r = run(text)
    assert not r.statements_by("Marlow Courier"), r.summary()


@pytest.mark.parametrize("text", [
    "Tomas Brenn arrived on Monday. \"We will not leave the square,\" Meridian News quoted "
    "him as saying.",
    "Tomas Brenn arrived on Monday. \"We will not leave the square,\" Meridian News quoted "
    "Brenn as saying.",
])
def test_speakers_quote_before_quoted_as_saying(run, text):
    r = run(text)
    s = r.statement_by("Tomas Brenn")
    assert "We will not leave the square" in s.content, r.summary()


def test_speakers_outlet_reporting_first_keeps_its_statement(run):
    r = run("Meridian News reported on Thursday that the stadium roof had collapsed.")
    s = r.statement_by("Meridian News")
    assert "the stadium roof had collapsed" in s.content, r.summary()


# ---------------------------------------------------------------- surnames

# fmt: off
SURNAMES = [
    # (text, speaker the bare name resolves to, words the content must contain)
    case("surname-after-quote", "Ilkka Vanhanen opened the mill on Monday. Workers were "
         "happy. \"We will keep every mill open,\" said Vanhanen.", "Ilkka Vanhanen",
         "We will keep every mill open"),
    case("surname-tagged-as-organisation", "Wang Lifen spoke to reporters on Monday. "
         "\"There is no such plan,\" Wang replied.", "Wang Lifen", "There is no such plan"),
    case("surname-as-subject", "Shamsiddin Marrow spoke on Monday. Later Marrow said the "
         "port had closed.", "Shamsiddin Marrow", "the port had closed"),
    case("two-people-share-the-surname", "Anna Berg met Tomas Berg on Monday. Berg said "
         "the port had closed.", "Berg", "the port had closed",
         why="the entity table merges the bare surname into one of the full names"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "words"), SURNAMES)
def test_speakers_bare_surname(run, text, speaker, words):
    r = run(text)
    s = r.statement_by(speaker)
    assert words in s.content, r.summary()


# ---------------------------------------------------------------- documents

# fmt: off
DOCUMENTS = [
    # (text, speaker, words the content must contain)
    case("the-letter-said", "Harrow United wrote to season-ticket holders on Tuesday. "
         "\"Refunds will be paid within a month,\" the letter said.", "Harrow United",
         "Refunds will be paid within a month"),
    case("notice-issued-by", "\"Water supplies are safe to drink,\" said a notice issued "
         "by the Marlow Water Board.", "Marlow Water Board", "Water supplies are safe"),
    case("the-statement-said-later", "The Marlow Water Board issued a statement on Monday. "
         "The water is safe to drink, the statement said.", "Marlow Water Board",
         "The water is safe to drink"),
    case("said-the-statement-inverted", "Delta Grain released a statement on Monday. The "
         "mill will reopen in June, said the statement.", "Delta Grain",
         "The mill will reopen in June"),
    case("the-letter-reads", "Harrow United wrote to season-ticket holders on Tuesday. "
         "\"Refunds will be paid within a month,\" the letter reads.", "Harrow United",
         "Refunds will be paid within a month"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "words"), DOCUMENTS)
def test_speakers_document_author(run, text, speaker, words):
    r = run(text)
    s = r.statement_by(speaker)
    assert words in s.content, r.summary()


def test_speakers_document_without_author_is_no_statement(run):
    r = run("Ada Moreno arrived late. The statement said the water was safe to drink.")
    assert not any("water was safe" in s.content for s in r.ex.statements), r.summary()


# ---------------------------------------------------------------- two sides

# fmt: off
KIND_NOUNS = [
    # (text, the speakers credited, in text order)
    case("government-is-not-the-rebel-group", "The Kelvar Militia said on Friday it had "
         "taken the town, but the government denied the claim.", "Kelvar Militia",
         "government"),
    case("party-is-the-party", "The Kelvar Party met on Monday. The party said the vote "
         "was rigged.", "Kelvar Party", None),
    case("army-is-not-the-newswire", "Meridian News spoke to residents on Monday. The army "
         "denied the reports.", "army", None),
]
# fmt: on


@pytest.mark.parametrize(("text", "first", "second"), KIND_NOUNS)
def test_speakers_kind_noun_is_not_the_last_named_organisation(run, text, first, second):
    """"the government denied the claim" is no statement of the organisation named last,
    when that one's name says it is no government (CONSTRUCTIONS #38): the body the
    common noun names is an organisation of its own (#4)."""
    r = run(text)
    speakers = [r.label(s.speaker) for s in r.ex.statements]
    expected = [name for name in (first, second) if name is not None]
    assert speakers == expected, r.summary()


# ---------------------------------------------------------------- states

# fmt: off
STATES = [
    # (text, speaker, words the content must contain)
    case("adjective-government", "Estovia expelled the envoy on Monday. The Estovian "
         "government said yesterday it regretted the decision.", "Estovia",
         "it regretted the decision"),
    case("statement-by-office-of-spokesperson", "Estovia expelled the envoy on Monday. "
         "Estovia notes the decision with regret, said a statement by the office of the "
         "government spokesperson of Estovia.", "Estovia", "notes the decision with regret"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "words"), STATES)
def test_speakers_state_speaks_through_its_government(run, text, speaker, words):
    r = run(text)
    s = r.statement_by(speaker)
    assert words in s.content, r.summary()


def test_speakers_bare_government_is_not_an_outlet(run):
    r = run("Estovia expelled the envoy on Monday. The Marlow Courier reported it. The "
            "government said yesterday it regretted the decision.")
    said = [r.label(s.speaker) for s in r.ex.statements if "regretted" in s.content]
    assert "Marlow Courier" not in said, r.summary()


# ---------------------------------------------------------------- pronoun speakers

# fmt: off
PRONOUNS = [
    # (text, speaker of the statement whose content is given, that content)
    case("he-after-quote-continues", "The rebels have encircled Orrin, said spokesman Tomas "
         "Brenn. \"The main body retreated to Kelvar,\" which lies to the west, he said.",
         "Tomas Brenn", "The main body retreated to Kelvar"),
    case("she-after-another-subject", "Tomas Brenn said the rebels were near. Ada Moreno "
         "arrived later. She said the bridge was down.", "Ada Moreno", "the bridge was down"),
    case("it-is-not-the-last-person", "Tomas Brenn said the rebels were near. Delta Grain "
         "closed its mill. It said the bridge was down.", "Delta Grain",
         "the bridge was down"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "words"), PRONOUNS)
def test_speakers_pronoun(run, text, speaker, words):
    r = run(text)
    assert any(words in s.content for s in r.statements_by(speaker)), r.summary()
