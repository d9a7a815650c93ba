"""kg.extract: the place of a claimed takeover given by a description of a town.

- "took control of a key town in northern Veska" with the town named just after ("...
  fighting for Dorn"), or hung by the parser on the larger place ("a town in northern
  Veska, Dorn", "the capital of Veska, Halvik"), or a capital the text named before
  ("Halvik, the capital of Veska" ... "seized Veska's capital"): the claim is of that
  town; the larger place only locates it.
- Not a town the text does not name, nor a place named far after, nor a region or a
  country named after the description.

Every sentence is invented (names and places are made up).
"""

from __future__ import annotations

import pytest
from cases import case

# fmt: off
NAMED_TOWNS = [
    # (text, speaker, town): the town the claim's description stands for
    case("named-later-in-sentence",
         "Kelvar Front fighters claimed on Friday they had taken control of a key town in "
         "northern Veska, but the government said troops were still fighting in Dornholm and "
         "Sellby.",
         "Kelvar Front", "Dornholm"),
    case("named-in-next-sentence",
         "The Kelvar Front said on Monday it was in control of a town in eastern Veska. "
         "Fighting has rocked the town of Dornholm since June.",
         "Kelvar Front", "Dornholm"),
    case("apposition-on-region",
         "Fighting spread near Dornholm. The Kelvar Front said its fighters had captured a "
         "strategic town in northern Veska, Dornholm.",
         "Kelvar Front", "Dornholm"),
    case("capital-of-apposition",
         "The Marlow Legion said it had seized the capital of Veska, Halvik.",
         "Marlow Legion", "Halvik"),
    case("capital-named-before",
         "Clashes broke out around Halvik, the capital of Veska. The Marlow Legion claimed "
         "on Tuesday to have seized control of Veska's capital.",
         "Marlow Legion", "Halvik"),
    case("city-two-sentences-on",
         "The Orran Guard announced that it had retaken a city in southern Veska. Residents "
         "fled overnight. Shops in the city of Kestrava reopened on Wednesday.",
         "Orran Guard", "Kestrava"),
    case("village-quoted",
         "\"We now hold a village in western Veska,\" the Kelvar Front said in a statement. "
         "Aid groups said people were leaving the village of Sellby.",
         "Kelvar Front", "Sellby"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "town"), NAMED_TOWNS)
def test_a_described_town_claimed_is_the_town_the_text_names(run, text, speaker, town):
    r = run(text)
    places = r.claimed_places(speaker)
    assert town in places, r.summary()
    assert places.index(town) == 0, r.summary()


# fmt: off
NO_TOWN = [
    # (text, speaker, place, not_place): the description names no town of the text's
    case("no-name-given",
         "The Kelvar Front said on Monday it had seized a village in eastern Veska.",
         "Kelvar Front", "Veska", None),
    case("named-too-far-on",
         "The Orran Guard said it had retaken a town in southern Veska. Residents fled. "
         "Markets were shut. Schools closed. Shops in Kestrava reopened on Wednesday.",
         "Orran Guard", "Veska", "Kestrava"),
    case("named-after-not-called-a-town",
         "The Orran Guard said it had retaken a city in southern Veska. Talks on a truce "
         "went on in Marlow.", "Orran Guard", "Veska", "Marlow"),
    case("region-named-after",
         "The Kelvar Front said it had captured a town in eastern Veska. The Sellby province "
         "has seen heavy fighting.",
         "Kelvar Front", "Veska", "Sellby"),
    case("the-town-named-itself",
         "The Kelvar Front said it had taken the town of Dornholm in eastern Veska. Talks "
         "were held in Marlow on Friday.",
         "Kelvar Front", "Dornholm", "Marlow"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "place", "not_place"), NO_TOWN)
def test_a_description_takes_no_town_the_text_does_not_give_it(run, text, speaker, place,
                                                                not_place):
    r = run(text)
    places = r.claimed_places(speaker)
    assert place in places, r.summary()
    assert not_place is None or not_place not in places, r.summary()


# ------------------------------------------------------------------ a deed told thinly

# fmt: off
THIN_CLAIMS = [
    # (text, speaker, class): a content that names a deed too thinly to make an event of
    # its own asserts the nearby telling of a deed of its own kind, over a nearer deed of
    # arms of another kind
    case("control-over-shelling",
         "Kelvar Front fighters seized Dornholm on Thursday. Shelling hit Dornholm on "
         "Friday. The Kelvar Front said it had full control over Dornholm.",
         "Kelvar Front", "ControlEvent"),
    case("control-over-gunfire",
         "Vanta Front units captured Sellby on Monday. Gunfire was heard in Sellby "
         "overnight. The Vanta Front said it had full control over Sellby.",
         "Vanta Front", "ControlEvent"),
    case("capture-complete-over-gunfire",
         "Kelvar Legion fighters captured Velmor on Sunday. Gunfire rang out in Velmor on "
         "Monday. General Ida Marsh said the capture was complete.",
         "Ida Marsh", "ControlEvent"),
    case("takeover-over-shelling",
         "Troops of the Orrin Army seized Tesk airport on Saturday. Shelling hit the "
         "nearby port. Colonel Ben Adler said the takeover was over.",
         "Ben Adler", "ControlEvent"),
    case("withdrawal-over-clashes",
         "Vanta Front units withdrew from Orlay on Tuesday. Clashes went on near the "
         "river. Commander Ilse Morrow said the withdrawal was finished.",
         "Ilse Morrow", "MovementEvent"),
    case("kind-of-its-own-nearest",
         "Shelling hit Velmor on Sunday. Kelvar Legion fighters captured Velmor on "
         "Monday. General Ida Marsh said the capture was complete.",
         "Ida Marsh", "ControlEvent"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "cls"), THIN_CLAIMS)
def test_a_thin_claim_asserts_a_nearby_deed_of_its_own_kind(run, text, speaker, cls):
    r = run(text)
    assert r.proposition(r.statement_by(speaker)).type == cls, r.summary()


# ------------------------------------------------------------------ an opinion of an event

# fmt: off
OPINIONS = [
    # (text, speaker): a content that only judges an event asserts none
    case("talks-useful", "The Veska government said the talks in Marlow had been useful.",
         "Veska government"),
    case("meeting-frank-cordial", "Ben Adler said the meeting was frank and cordial.",
         "Ben Adler"),
    case("vote-a-mistake", "The Harlan Workers Party said on Monday that the vote was a "
         "mistake.", "Harlan Workers Party"),
    case("negotiations-seemed-constructive", "Delta Grain said the negotiations with Orrin "
         "Mills seemed constructive.", "Delta Grain"),
    case("summit-historic-quote", "\"The summit was historic,\" the Harlan Workers Party "
         "said on Friday.", "Harlan Workers Party"),
    case("ceasefire-welcome", "The Kelvar Front said the ceasefire was welcome but fragile "
         "and necessary.", "Kelvar Front", why="'fragile' is no word of opinion in the list: "
         "the judgement is read only when every adjective judges"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker"), OPINIONS)
def test_an_opinion_of_an_event_asserts_no_event(run, text, speaker):
    r = run(text)
    assert r.statement_by(speaker).proposition is None, r.summary()


# fmt: off
TOLD_DEEDS = [
    # (text, speaker, class): a judgement that tells the deed, or a deed told beside it
    case("capture-complete", "Shelling hit Velmor on Sunday. General Ida Marsh said the "
         "capture of Velmor was complete.", "Ida Marsh", "ControlEvent"),
    case("talks-held-in", "The Veska government said the talks had been held in Marlow.",
         "Veska government", "ContactEvent"),
    case("useful-talks-happened", "The Veska government said it had held useful talks "
         "with the Kelvar Front in Marlow.", "Veska government", "ContactEvent"),
    case("attack-killed", "The Veska army said the attack on Halvik had killed five "
         "soldiers.", "Veska army", "LifeEvent"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "cls"), TOLD_DEEDS)
def test_a_judgement_that_tells_the_deed_keeps_it(run, text, speaker, cls):
    r = run(text)
    assert r.propositions(r.statement_by(speaker))[0].type == cls, r.summary()


# ------------------------------------------------------------------ a town pointed back to

# fmt: off
POINTED_BACK = [
    # (text, speaker, place, not_place): "the city" points back to the place told of, not
    # to a country named only inside a body's name ("the Veska army")
    case("army-said-it-held-the-city",
         "Fighting raged near Halvik. The Veska army said it was still in control of the "
         "city.", "Veska army", "Halvik", "Veska"),
    case("ministry-possessive",
         "Shells fell near Halvik overnight. Veska's defence ministry said its troops "
         "had retaken the town.", "Veska", "Halvik", None),
    case("front-took-the-town",
         "Clashes broke out in Sellby on Monday. The Orran Liberation Front said it had "
         "captured the town.", "Orran Liberation Front", "Sellby", "Orran"),
    case("police-held-the-village",
         "Protesters marched through Kestrava. The Dravian police said they had secured "
         "the village by nightfall.", "Dravian police", "Kestrava", None),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "place", "not_place"), POINTED_BACK)
def test_a_described_town_points_back_past_a_body_name(run, text, speaker, place, not_place):
    r = run(text)
    places = r.claimed_places(speaker)
    assert place in places, r.summary()
    assert not_place is None or not_place not in places, r.summary()


# ------------------------------------------------------------------ bare forces in control

# fmt: off
FORCES_IN_CONTROL = [
    # (text, speaker, agent, place): "troops were in control of the city", said for a side
    # with forces of its own: that side holds the place
    case("spokesman-troops-city",
         "Fighting raged near Halvik. Ben Adler, a Veska army spokesman, said troops were "
         "still in control of the city.", "Ben Adler", "Veska army", "Halvik"),
    case("army-soldiers-town",
         "Fighting raged near Velmor on Sunday. The Orran Guard said soldiers were in full "
         "control of the town.", "Orran Guard", "Orran Guard", "Velmor"),
    case("militia-forces-named",
         "The Kelvar Militia said on Monday that forces were in control of Sellby.",
         "Kelvar Militia", "Kelvar Militia", "Sellby"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "agent", "place"), FORCES_IN_CONTROL)
def test_bare_forces_in_control_hold_for_the_speakers_side(run, text, speaker, agent, place):
    r = run(text)
    ev = r.proposition(r.statement_by(speaker))
    assert ev.type == "ControlEvent" and agent in r.labels(ev.agents), r.summary()
    assert place in r.labels(ev.places), r.summary()


# fmt: off
NOT_IN_CONTROL = [
    # (text, speaker): no ground held, or forces with an owner of their own
    case("budget-control", "The Veska finance ministry said officials were in control of "
         "the budget.", "Veska finance ministry"),
    case("troops-not-in-control", "Fighting raged near Halvik. The Veska army said troops "
         "were not in control of the city.", "Veska army"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker"), NOT_IN_CONTROL)
def test_no_ground_held_by_bare_forces(run, text, speaker):
    r = run(text)
    held = [ev for ev in r.propositions(r.statement_by(speaker))
            if ev.type == "ControlEvent" and ev.factuality != "Denied"]
    assert not held or not held[0].places, r.summary()


# ------------------------------------------------------------------ place after an adverb

# fmt: off
BACK_FROM = [
    # (text, speaker, class, place): the place phrase the parser hangs on "back", "further"
    case("pushed-back-from",
         "Fighting raged near Halvik. Colonel Ben Adler, a Veska army spokesman, said the "
         "army had pushed the rebels back from Halvik.", "Ben Adler", "ConflictEvent",
         "Halvik"),
    case("driven-back-towards",
         "Fighting raged near Halvik. The Kelvar Front said it had driven the army back "
         "towards Orlay.", "Kelvar Front", "ConflictEvent", "Orlay"),
    case("fell-back-to",
         "Fighting raged near Halvik. The Veska army said its units had fallen back to "
         "Sellby.", "Veska army", "MovementEvent", "Sellby"),
    case("troops-fell-back-named",
         "Fighting raged near Halvik. The Kelvar Front said Veska army troops had fallen "
         "back to Sellby.", "Kelvar Front", "MovementEvent", "Sellby"),
    case("moved-further-into",
         "Fighting raged near Halvik. The Veska army said its units had moved further into "
         "Velmor.", "Veska army", "MovementEvent", "Velmor"),
    case("pulled-back-from",
         "Fighting raged near Halvik. The Kelvar Front said its fighters had pulled back "
         "from Sellby overnight.", "Kelvar Front", "MovementEvent", "Sellby"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "cls", "place"), BACK_FROM)
def test_a_place_phrase_on_an_adverb_of_direction_is_the_deeds(run, text, speaker, cls,
                                                                place):
    r = run(text)
    ev = r.proposition(r.statement_by(speaker))
    assert ev.type == cls and place in r.labels(ev.places), r.summary()


# fmt: off
STILL_FALLS = [
    # (text, speaker): "fell" alone is a place taken, "fell back" is none
    case("town-had-fallen", "Fighting raged near Halvik. The Veska army said Sellby had "
         "fallen.", "Veska army"),
    case("town-fell-to-rebels", "Fighting raged near Halvik. The Veska army said Sellby "
         "fell to the Kelvar Front on Sunday.", "Veska army"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker"), STILL_FALLS)
def test_a_town_that_fell_is_still_taken(run, text, speaker):
    r = run(text)
    ev = r.proposition(r.statement_by(speaker))
    assert ev.type == "ControlEvent" and "Sellby" in r.labels(ev.places), r.summary()


# fmt: off
BACK_IN_HANDS = [
    # (text, speaker, agent or None): "back in our hands", "back under its control": the
    # parser hangs the phrase on "back"; the place is held again
    case("back-in-its-hands",
         "Fighting raged near Halvik. The Kelvar Front said Halvik was back in its hands.",
         "Kelvar Front", "Kelvar Front"),
    case("back-under-its-control",
         "Fighting raged near Halvik. The Veska army said Halvik was now back under its "
         "control.", "Veska army", "Veska army"),
    case("quoted-back-in-our-hands",
         "Fighting raged near Halvik. \"Halvik is back in our hands,\" the Kelvar Front "
         "said.", "Kelvar Front", "Kelvar Front"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "agent"), BACK_IN_HANDS)
def test_a_place_back_in_a_sides_hands_is_held(run, text, speaker, agent):
    r = run(text)
    ev = r.proposition(r.statement_by(speaker))
    assert ev.type == "ControlEvent" and "Halvik" in r.labels(ev.places), r.summary()
    assert agent in r.labels(ev.agents), r.summary()


def test_a_place_not_back_in_hands_is_not_held(run):
    r = run("Fighting raged near Halvik. The Veska army said Halvik was not back in rebel "
            "hands.")
    st = r.statement_by("Veska army")
    assert st.proposition is None or r.proposition(st).factuality == "Denied", r.summary()


# fmt: off
DEEDS_AT_DESCRIBED_TOWNS = [
    # (text, speaker, class, town): a fight or a move at a town described by a larger place
    case("attacked-a-village",
         "The Veska army said gunmen had attacked a village in northern Veska on Sunday. "
         "Residents of the village of Sellby fled overnight.",
         "Veska army", "ConflictEvent", "Sellby"),
    case("entered-a-town-named-in-sentence",
         "The Kelvar Front said its fighters had entered a town in eastern Veska, where "
         "shops in Halvik closed.", "Kelvar Front", "MovementEvent", "Halvik"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "cls", "town"), DEEDS_AT_DESCRIBED_TOWNS)
def test_a_deed_at_a_described_town_is_at_the_town(run, text, speaker, cls, town):
    r = run(text)
    ev = next(e for e in r.propositions(r.statement_by(speaker)) if e.type == cls)
    assert town in r.labels(ev.places), r.summary()


# ------------------------------------------------------------------ the matter of a pact

# fmt: off
PACT_MATTERS = [
    # (text, speaker, agent): who makes a pact on a truce makes the truce
    case("reached-agreement-on-truce",
         "The Marlow government said it had reached an agreement with the Kelvar Front on "
         "a truce.", "Marlow government", "Marlow government"),
    case("concluded-deal-for-truce",
         "The Kelvar Front said on Monday that it had concluded a deal for a truce in "
         "Halvik.", "Kelvar Front", "Kelvar Front"),
    case("accepted-agreement-on-armistice",
         "The Orran Guard said it had accepted an agreement on an armistice.",
         "Orran Guard", "Orran Guard"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "agent"), PACT_MATTERS)
def test_who_makes_a_pact_on_a_truce_makes_the_truce(run, text, speaker, agent):
    r = run(text)
    ev = r.proposition(r.statement_by(speaker))
    assert ev.type == "GovernanceEvent" and agent in r.labels(ev.agents), r.summary()


def test_a_pact_rejected_is_not_made(run):
    r = run("The Veska government said it had rejected an agreement on a truce.")
    ev = r.proposition(r.statement_by("Veska government"))
    assert "Veska government" not in r.labels(ev.agents), r.summary()


# ------------------------------------------------------------------ declared taken

# fmt: off
DECLARED_TAKEN = [
    # (text, speaker, agent): a place the cue declares taken, with no doer of its own
    case("declared-liberated",
         "Fighting raged near Halvik. The Kelvar Front declared Halvik liberated on Sunday.",
         "Kelvar Front", "Kelvar Front"),
    case("declared-liberated-by-other",
         "Fighting raged near Halvik. The Kelvar Front declared Halvik liberated by the "
         "Orran Guard.", "Kelvar Front", "Orran Guard"),
    case("reported-declaration",
         "Fighting raged near Halvik. The Kelvar Front said the Orran Guard had declared "
         "Halvik liberated.", "Kelvar Front", "Orran Guard"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "agent"), DECLARED_TAKEN)
def test_a_place_declared_taken_is_the_declarers_unless_a_doer_is_named(run, text, speaker,
                                                                        agent):
    r = run(text)
    ev = r.proposition(r.statement_by(speaker))
    assert ev.type == "ControlEvent" and r.labels(ev.agents) == [agent], r.summary()
