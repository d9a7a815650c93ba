"""kg.extract, wave 10: claims of control end to end, "who claimed control of X and
when", across whole families of wordings (verbs in every tense and voice, nouns, states,
the first person in quotes), the ways a place is named in a control frame (a one-word
name the tagger calls a person, a product or a date; names that start like place names;
"X's capture"; "X district"), and the chain from a statement to the claimed-control
query through a real store built from invented articles in several house styles.

Near-misses must not give control at the place: goods seized, images captured, a person
taken to hospital, families pushed out by rents, steps taken.

Every sentence is invented (names and places are made up), across conflict, policing,
courts, business, sport and housing.
"""

from __future__ import annotations

import json

import pytest
from cases import case

from kg.pipeline import build
from kg.query import run_query
from kg.store import GraphStore

# ------------------------------------------------------------------ verbs of taking ground

# fmt: off
VERBS = [
    # (text, speaker, place)
    case("captured-person-tagged",
         "The Kelvar Militia said it had captured Dunmore on Sunday.", "Kelvar Militia", "Dunmore"),
    case("regained",
         "The Veska Army said its troops had regained Tesk after two days of fighting.",
         "Veska Army", "Tesk"),
    case("holds-present",
         "The Northern Front said it still holds Dunmore.", "Northern Front", "Dunmore"),
    case("controls",
         "The Kelvar Militia says it controls Tesk.", "Kelvar Militia", "Tesk"),
    case("liberated-passive",
         "The Veska Army said Dunmore had been liberated from the rebels on Saturday.",
         "Veska Army", "Dunmore"),
    case("lost-by-the-other-side",
         "The Kelvar Militia said government troops had lost Tesk.", "Kelvar Militia", "Tesk"),
    case("wrested",
         "The Kelvar Militia said it had wrested Orrin from government troops.",
         "Kelvar Militia", "Orrin"),
    case("ceded",
         "The Veska Army said on Monday it had ceded Tesk to the Northern Front.",
         "Veska Army", "Tesk"),
    case("surrendered-to",
         "The Northern Front said government troops had surrendered Dunmore to its fighters.",
         "Northern Front", "Dunmore"),
    case("cleared-of-fighters",
         "The Veska Army said it had cleared Tesk of militia fighters.", "Veska Army", "Tesk"),
    case("cleaned-up-of-bandits",
         "The Veska Army said it had fully cleaned up Dunmore of bandits.",
         "Veska Army", "Dunmore"),
    case("freed-from-rebels",
         "Government forces have freed Marrow from the rebels, the Veska Army said.",
         "Veska Army", "Marrow"),
    case("expelled-from",
         "The Veska Army said soldiers had expelled the rebels from Tesk.", "Veska Army", "Tesk"),
    case("forced-out-of",
         "The Kelvar Militia said it had forced government troops out of Orrin on Sunday.",
         "Kelvar Militia", "Orrin"),
    case("pushed-out-of",
         "The Northern Front said it had pushed the Veska Army out of Dunmore.",
         "Northern Front", "Dunmore"),
    case("flag-over",
         "Fighters of the Kelvar Militia raised their flag over Orrin, the group said.",
         "Kelvar Militia", "Orrin"),
    case("taken-over-city",
         "The Veska Army said it had taken over Dunmore city on Tuesday.", "Veska Army",
         "Dunmore"),
    case("overrun-misparsed",
         "The Kelvar Militia said on Monday that its fighters had overrun Tesk.",
         "Kelvar Militia", "Tesk",
         why="the small model tags 'overrun' after 'had' as a proper noun before the name"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "place"), VERBS)
def test_verbs_of_taking_ground_are_claimed_control_at_the_place(run, text, speaker, place):
    r = run(text)
    assert place in r.claimed_places(speaker), r.summary()


# ------------------------------------------------------------------ nouns and states

# fmt: off
NOUNS_AND_STATES = [
    case("capture-of",
         "The Northern Front announced the capture of Dunmore on Sunday.",
         "Northern Front", "Dunmore"),
    case("seizure-of",
         "The Veska Army said the seizure of Tesk was complete.", "Veska Army", "Tesk"),
    case("conquest-of",
         "Ilse Vang, a Northern Front spokeswoman, hailed the conquest of Dunmore on Monday.",
         "Ilse Vang", "Dunmore"),
    case("possessive-capture",
         "The Veska Army said Tesk's capture had been completed on Saturday.",
         "Veska Army", "Tesk"),
    case("liberation-valley",
         "The Northern Front said the liberation of Tesk valley was complete.",
         "Northern Front", "Tesk"),
    case("under-its-control",
         "The Veska Army said on Monday that Tesk was now under its control.",
         "Veska Army", "Tesk"),
    case("under-our-control-quote",
         '"Orrin is fully under our control," the Kelvar Militia said in a statement on Monday.',
         "Kelvar Militia", "Orrin"),
    case("in-rebel-hands-appos",
         "Tesk, the provincial capital, is in rebel hands, the Northern Front said.",
         "Northern Front", "Tesk"),
    case("claimed-control-of",
         "The Kelvar Militia claimed control of Tesk on Sunday.", "Kelvar Militia", "Tesk"),
    case("ours-quote",
         '"Dunmore is ours," a Northern Front commander, Ilse Vang, said on Sunday.',
         "Ilse Vang", "Dunmore"),
    case("we-have-taken",
         '"We have taken Tesk," Tomas Brenn, a commander of the Kelvar Militia, told reporters.',
         "Tomas Brenn", "Tesk"),
    case("our-fighters-control",
         '"Our fighters now control Dunmore," said Ilse Vang, spokeswoman for the Northern '
         'Front.', "Ilse Vang", "Dunmore"),
    case("headline-no-article",
         "Separatists claim to be in charge of port in Tesk", "separatists", "Tesk"),
    case("declared-liberated",
         "The Northern Front declared Dunmore liberated on Sunday.", "Northern Front", "Dunmore"),
    case("brought-under-control",
         "The Northern Front said Dunmore had been brought under its control.",
         "Northern Front", "Dunmore"),
    case("control-over",
         "The Kelvar Militia said it had established full control over Orrin.",
         "Kelvar Militia", "Orrin"),
    case("in-charge-of",
         "Kelvar Militia fighters are now in charge of Dunmore, the group said.",
         "Kelvar Militia", "Dunmore"),
    case("won-back", "The Veska Army said it had won back Tesk from the rebels.",
         "Veska Army", "Tesk"),
    case("taken-back", "The Kelvar Militia said it had taken back Orrin.",
         "Kelvar Militia", "Orrin"),
    case("held-adjective",
         "The Veska Army said militia-held Tesk had been shelled overnight.",
         "Veska Army", "Tesk"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "place"), NOUNS_AND_STATES)
def test_nouns_and_states_of_control_are_claimed_at_the_place(run, text, speaker, place):
    r = run(text)
    assert place in r.claimed_places(speaker), r.summary()


# ------------------------------------------------------------------ how the place is named

# fmt: off
PLACE_NAMES = [
    case("al-prefix-headline", "Rebels say they have seized Al-Marwa", "rebels", "Al-Marwa"),
    case("al-prefix", "The Kelvar Militia said it had seized Al-Marwa on Sunday.",
         "Kelvar Militia", "Al-Marwa"),
    case("kafr-entered-then-control-of-it",
         "The Kelvar Militia said its fighters had entered Kafr Dunmore and were in full "
         "control of it.", "Kelvar Militia", "Kafr Dunmore"),
    case("wadi", "The Kelvar Militia said on Sunday it had taken Wadi Sorran after heavy "
         "fighting.", "Kelvar Militia", "Wadi Sorran"),
    case("appos-town-distance",
         "The Kelvar Militia said it had captured Bir Talha, a town 40 km north of Orrin.",
         "Kelvar Militia", "Bir Talha"),
    case("town-of", "The Northern Front said it had captured the key town of Tell Harun.",
         "Northern Front", "Tell Harun"),
    case("appos-capital", "The Northern Front said it had captured the provincial capital, "
         "Orrin.", "Northern Front", "Orrin"),
    case("district", "The Northern Front said it had gained control of Dunmore district.",
         "Northern Front", "Dunmore"),
    case("date-tagged-name", "The Kelvar Militia says it now holds Marrow.",
         "Kelvar Militia", "Marrow"),
    case("product-tagged-name",
         "The Veska Army said on Thursday it had pushed the militia out of Selby.",
         "Veska Army", "Selby"),
    case("reference-back",
         "The Kelvar Militia said on Friday that it had captured the town of Dunmore. "
         '"The town is ours," commander Tomas Brenn said.', "Tomas Brenn", "Dunmore"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "place"), PLACE_NAMES)
def test_the_place_of_a_control_claim_is_read_however_it_is_named(run, text, speaker, place):
    r = run(text)
    assert place in r.claimed_places(speaker), r.summary()


# ------------------------------------------------------------------ near-misses

# fmt: off
NEAR_MISSES = [
    # (text, a place that must hold no ControlEvent)
    case("seized-drugs", "Police seized drugs and weapons in Dunmore, the Marlow Police said.",
         "Dunmore"),
    case("captured-images",
         "The photographer captured images of Orrin at dawn, the Marlow Courier said.", "Orrin"),
    case("took-to-hospital", "Medics took Haddad to hospital in Tesk, the Marlow Police said.",
         "Tesk"),
    case("took-office", "Piet Olsen took office in Tesk on Monday, the council said.", "Tesk"),
    case("took-part", "Piet Olsen took part in the race in Tesk, the club said.", "Tesk"),
    case("rents-pushed-out",
         "Rising rents have pushed families out of Orrin, the Greyfield Tenants Association "
         "said.", "Orrin"),
    case("seized-the-initiative",
         "Harrow United seized the initiative in Dunmore, coach Elsa Brandt said.", "Dunmore"),
    case("captured-attention",
         "The festival captured the attention of visitors in Tesk, the organisers said.",
         "Tesk"),
    case("shares-fell", "Shares fell in Tesk after the report, Delta Grain said.", "Tesk"),
    case("court-cleared", "A court in Orrin cleared Tomas Brenn of all charges, his lawyer "
         "said.", "Orrin"),
    case("diplomats-expelled",
         "The Veska government expelled two diplomats from Tesk, the foreign ministry said.",
         "Tesk"),
    case("freed-from-prison",
         "A judge in Dunmore freed Ada Moreno from prison on Monday, the Marlow Courier said.",
         "Dunmore"),
    case("won-back-trust",
         "Ilse Morrow said the party had won back the trust of voters in Tesk.", "Tesk"),
    case("took-back-remarks",
         "Piet Olsen took back his remarks in Orrin on Monday, his agent said.", "Orrin",
         why="'took back' is read as 'take' with the place after 'in'; making it a phrase of "
             "its own (with remarks and trust left out) cost an agent on held-out news"),
    case("in-charge-of-firm",
         "Ada Moreno is now in charge of Delta Grain in Dunmore, the firm said.", "Dunmore"),
    case("market-share-ceded", "Delta Grain ceded market share in Orrin to its rivals, the "
         "firm said.", "Orrin"),
]
# fmt: on


@pytest.mark.parametrize(("text", "place"), NEAR_MISSES)
def test_near_misses_give_no_control_of_the_place(run, text, place):
    r = run(text)
    at_place = [e for e in r.events_of("ControlEvent") if place in r.labels(e.places)]
    assert not at_place, r.summary()


# ------------------------------------------------------------------ denials

# fmt: off
DENIALS = [
    # (text, speaker, place)
    case("denied-taking", "The Northern Front denied taking Orrin.", "Northern Front", "Orrin"),
    case("denied-capture",
         "The Veska Army denied on Monday that the militia had captured Dunmore.",
         "Veska Army", "Dunmore"),
    case("rejected-claims-of-fall",
         "The Kelvar Militia rejected claims that Tesk had fallen to the army.",
         "Kelvar Militia", "Tesk"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "place"), DENIALS)
def test_a_denial_of_control_is_a_deny_of_the_control_event(run, text, speaker, place):
    r = run(text)
    denials = [s for s in r.statements_by(speaker) if s.stance == "Deny"]
    assert denials, r.summary()
    assert place in r.claimed_places(speaker), r.summary()


# ------------------------------------------------------------------ end to end

#: Invented mini-articles in several house styles: wire copy with a dateline, a feature
#: with the quote in its own paragraph, a live blog with timestamps, a headline with a
#: standfirst, a bulleted summary.
ARTICLES = [
    {"id": "wire-tesk", "published": "2024-03-11", "title": "Militia says it has seized Tesk",
     "text": "TESK, March 11 (Harbour Wire) - The Kelvar Militia said on Sunday it had seized "
             "Tesk after two days of fighting.\n\nThe Veska Army denied losing the town."},
    {"id": "feature-dunmore", "published": "2024-03-12", "title": "The long road to Dunmore",
     "text": "For weeks the valley was quiet. Then the shelling began.\n\n"
             "\"Dunmore is fully under our control,\" Ilse Vang, a spokeswoman for the Northern "
             "Front, told the Marlow Courier on Monday.\n\nResidents said the streets were "
             "empty."},
    {"id": "live-orrin", "published": "2024-03-13", "title": "Live: fighting around Orrin",
     "text": "09:40 The Veska Army says its troops have regained Orrin.\n\n"
             "10:15 Shops in the capital stayed shut, witnesses said."},
    {"id": "headline-halvik", "published": "2024-03-14",
     "title": "Northern Front claims capture of Halvik",
     "text": "The Northern Front announced the capture of Halvik on Wednesday.\n\n"
             "A spokesman for the group, Tomas Brenn, said fighters had raised the group's flag "
             "over the town hall."},
    {"id": "bullets-marrow", "published": "2024-03-15", "title": "What we know",
     "text": "- The Kelvar Militia says it now holds Marrow.\n"
             "- The Veska Army said on Thursday it had pushed the militia out of Selby.\n"
             "- Police seized weapons in Lunet, the Marlow Police said."},
    {"id": "hope-tarvin", "published": "2024-03-11", "title": "Rebels eye Tarvin",
     "text": "\"We hope to take Tarvin soon,\" the rebel commander Lev Dross said on Sunday."
             "\n\nThe Veska Army said on Sunday that the rebels sought control of Keltan."},
    {"id": "inside-tarvin", "published": "2024-03-12", "title": "Militia inside Tarvin",
     "text": "\"Our fighters are inside Tarvin,\" the militia leader Petr Valsk said on "
             "Monday.\n\nThe market stayed closed."},
]

#: place -> the (speaker, date, stance) rows the claimed-control query must return.
EXPECTED = {
    "Tesk": [("Kelvar Militia", "2024-03-10", "Assert"), ("Veska Army", "2024-03-11", "Deny")],
    "Dunmore": [("Ilse Vang", "2024-03-11", "Assert")],
    "Orrin": [("Veska Army", "2024-03-13", "Assert")],
    "Halvik": [("Northern Front", "2024-03-13", "Assert")],
    "Marrow": [("Kelvar Militia", "2024-03-15", "Assert")],
    "Selby": [("Veska Army", "2024-03-14", "Assert")],
    "Lunet": [],  # weapons seized: no control
    "Tarvin": [("Petr Valsk", "2024-03-11", "Assert")],  # not the hope to take it
    "Keltan": [],  # control sought: Future, no claim
}


@pytest.fixture(scope="module")
def control_store(tmp_path_factory):
    root = tmp_path_factory.mktemp("control")
    corpus = root / "corpus.jsonl"
    corpus.write_text("\n".join(json.dumps(a) for a in ARTICLES) + "\n", encoding="utf-8")
    store = root / "store"
    summary = build([corpus], store=store)
    assert (summary.read, summary.stored) == (len(ARTICLES), len(ARTICLES))
    return store


@pytest.mark.parametrize("place", sorted(EXPECTED))
def test_claimed_control_query_answers_for_each_house_style(control_store, place):
    with GraphStore.open(control_store, read_only=True) as gs:
        rows = run_query(gs, "claimed-control", {"place": place}).dicts()
    got = sorted((str(r["speaker"]), str(r["date"]), str(r["stance"])) for r in rows)
    assert got == sorted(EXPECTED[place])


@pytest.mark.parametrize("place", sorted(EXPECTED))
def test_a_page_from_the_search_index_keeps_the_same_claims(control_store, place):
    """The page that kg query and kg serve give, chosen in the search index
    (kg.search, search.item): the same rows, so a control only sought or hoped for
    is left out there too, and a statement counts only when its control event
    itself is at the place."""
    from kg.query import _page_from_index, bind_params, get_query, queries_dir

    q = get_query("claimed-control")
    bindings = bind_params(q, {"place": place})
    with GraphStore.open(control_store, read_only=True) as gs:
        plain = gs.select(q.text, bindings=bindings).rows  # the SPARQL alone
        page = _page_from_index(gs, q, bindings, queries_dir(), limit=100, offset=0,
                                count=True)
    assert page is not None  # chosen in the index
    assert page.result.rows == plain
    assert page.total == len(EXPECTED[place])
