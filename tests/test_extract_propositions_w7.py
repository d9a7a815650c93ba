"""kg.extract, wave 7: claimed control across more wordings, as the questions read it (a
statement whose proposition is a ControlEvent with the right place and speaker), and the
doer of a statement's proposition when the content names it only as the speaker's own.

- a holding stated with a description for the place ("the town is now ours"): the named
  place the description points back to;
- the speaker's own people in the doer's phrase ("was seized by its marines", "fell to
  our fighters", "surrendered the town to his men"): the speaker's side did it;
- a deed named by a noun that a verb carries ("it had completed the capture of X", "we
  carried out the raid"): the verb's pronoun subject did it;
- control told in the passive of a verb + noun phrase ("full control has been
  established over X", "control of X was seized");
- a flag put up over a place ("raised their flag over X"), not "a red flag", "the white
  flag" or a banner at a match.

Every sentence is invented (names and places are made up), across conflict, policing,
business and sport.
"""

from __future__ import annotations

import pytest
from cases import case


def claimed(r, speaker: str, cls: str = "ControlEvent"):
    """The event of class ``cls`` a statement by ``speaker`` asserts."""
    events = [e for e in r.propositions(r.statement_by(speaker)) if e.type == cls]
    assert events, r.summary()
    return events[0]


# ------------------------------------------------------------------ "the town is ours"

# fmt: off
DESCRIBED_HOLDINGS = [
    # (text, speaker, place, agent)
    case("town-ours",
         'Fighting raged around Halvik for a week. "The town is now ours," Tomas Brenn of '
         "the Kelvar Militia said.",
         "Tomas Brenn", "Halvik", "Kelvar Militia"),
    case("city-ours-spokeswoman",
         'Fighting raged around Halvik for a week. "The city is ours," Ilse Morrow, a Veska '
         "Army spokeswoman, said on Monday.",
         "Ilse Morrow", "Halvik", "Veska Army"),
    case("port-theirs-indirect",
         "Shelling hit the outskirts of Port Halvik overnight. The Kelvar Militia said on "
         "Sunday that the port was now theirs.",
         "Kelvar Militia", "Port Halvik", "Kelvar Militia"),
    case("province-in-our-hands",
         'Clashes spread to Dravia on Friday. "The province is in our hands," Tomas Brenn, '
         "a commander of the Kelvar Militia, said.",
         "Tomas Brenn", "Dravia", "Kelvar Militia"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "place", "agent"), DESCRIBED_HOLDINGS)
def test_a_described_place_held_is_the_place_named_before(run, text, speaker, place, agent):
    r = run(text)
    ev = claimed(r, speaker)
    assert r.labels(ev.places) == [place], r.summary()
    assert r.labels(ev.agents) == [agent], r.summary()


def test_a_trophy_that_is_ours_is_no_place_held(run):
    r = run('Harrow United beat Orrin City in Halvik. "The cup is ours," Ada Moreno, the '
            "club's captain, said.")
    assert not r.events_of("ControlEvent"), r.summary()


# ------------------------------------------------------------------ "by its marines"

# fmt: off
OWN_DOERS = [
    # (text, speaker, class, agent)
    case("seized-by-its-marines",
         "The Veska Army said the port of Halvik was seized by its marines on Sunday.",
         "Veska Army", "ControlEvent", "Veska Army"),
    case("recaptured-by-its-troops",
         "The Veska Army said Halvik was recaptured by its troops on Sunday.",
         "Veska Army", "ControlEvent", "Veska Army"),
    case("fallen-to-its-fighters",
         "The Kelvar Militia said Halvik had fallen to its fighters.",
         "Kelvar Militia", "ControlEvent", "Kelvar Militia"),
    case("surrendered-to-its-men",
         "The Kelvar Militia said the garrison surrendered the town of Halvik to its men.",
         "Kelvar Militia", "ControlEvent", "Kelvar Militia"),
    case("arrested-by-its-officers",
         "The Marlow Police said the suspects were arrested by its officers in Halvik.",
         "Marlow Police", "JusticeEvent", "Marlow Police"),
    case("liberated-by-our-fighters-quote",
         '"The town was liberated by our fighters," Tomas Brenn, a Kelvar Militia '
         "commander, said after the battle for Halvik.",
         "Tomas Brenn", "ControlEvent", "Kelvar Militia"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "cls", "agent"), OWN_DOERS)
def test_the_speakers_own_people_in_the_doers_phrase_are_its_side(run, text, speaker, cls,
                                                                   agent):
    r = run(text)
    assert r.labels(claimed(r, speaker, cls).agents) == [agent], r.summary()


def test_a_doer_named_in_the_by_phrase_stays_that_doer(run):
    r = run("The Veska Army said Halvik was seized by the Kelvar Militia.")
    assert r.labels(claimed(r, "Veska Army").agents) == ["Kelvar Militia"], r.summary()


# ------------------------------------------------------------------ "completed the capture"

# fmt: off
CARRIED_DEEDS = [
    # (text, speaker, class, agent)
    case("completed-capture",
         "The Kelvar Militia said it had completed the capture of Halvik.",
         "Kelvar Militia", "ControlEvent", "Kelvar Militia"),
    case("carried-out-raid",
         '"We carried out the raid on Halvik," the Kelvar Militia said in a statement.',
         "Kelvar Militia", "ConflictEvent", "Kelvar Militia"),
    case("completed-purchase",
         "Delta Grain said it had completed the purchase of Halvik Mills.",
         "Delta Grain", "TransactionEvent", "Delta Grain"),
    case("begun-offensive",
         "The Veska Army said it had begun an offensive near Halvik.",
         "Veska Army", "ConflictEvent", "Veska Army"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "cls", "agent"), CARRIED_DEEDS)
def test_the_subject_of_the_verb_carrying_a_deed_noun_did_it(run, text, speaker, cls, agent):
    r = run(text)
    assert r.labels(claimed(r, speaker, cls).agents) == [agent], r.summary()


# fmt: off
NOT_CARRIED = [
    # (text, speaker): the deed is not the speaker's
    case("not-completed",
         "The Kelvar Militia said it had not completed the capture of Halvik.",
         "Kelvar Militia"),
    case("another-subject",
         "The Veska Army said the militia had completed the capture of Halvik.",
         "Veska Army"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker"), NOT_CARRIED)
def test_a_deed_carried_by_another_or_not_at_all_is_not_the_speakers(run, text, speaker):
    r = run(text)
    assert speaker not in r.labels(claimed(r, speaker).agents), r.summary()


# ------------------------------------------------------------------ passive "control was ..."

# fmt: off
PASSIVE_CONTROL = [
    # (text, speaker, place)
    case("established-over",
         "The Veska Army said full control had been established over Port Halvik.",
         "Veska Army", "Port Halvik"),
    case("established-over-quote",
         '"Full control has been established over Port Halvik," a Veska Army spokesman '
         "said.",
         "Veska Army", "Port Halvik"),
    case("control-seized-from",
         "The Kelvar Militia said control of Halvik had been seized from the army "
         "overnight.",
         "Kelvar Militia", "Halvik"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "place"), PASSIVE_CONTROL)
def test_control_told_in_the_passive_is_claimed_control(run, text, speaker, place):
    r = run(text)
    assert place in r.labels(claimed(r, speaker).places), r.summary()


@pytest.mark.parametrize("text", [
    "Delta Grain said a deal had been signed with Halvik Mills.",
    "Delta Grain said a deal had been struck with Halvik Mills on Monday.",
])
def test_a_deal_signed_in_the_passive_is_a_transaction(run, text):
    r = run(text)
    assert claimed(r, "Delta Grain", "TransactionEvent"), r.summary()


# ------------------------------------------------------------------ flags

# fmt: off
FLAGS = [
    # (text, speaker, place, agent)
    case("raised-its-flag",
         "The Kelvar Militia said on Sunday it had raised its flag over Halvik.",
         "Kelvar Militia", "Halvik", "Kelvar Militia"),
    case("hoisted-our-flag-town-hall",
         '"We have hoisted our flag over the town hall in Halvik," Tomas Brenn of the '
         "Kelvar Militia said.",
         "Tomas Brenn", "Halvik", "Kelvar Militia"),
    case("planted-banner-on-roof",
         "The Kelvar Militia said its fighters had planted their banner on the roof of the "
         "governor's office in Halvik.",
         "Kelvar Militia", "Halvik", "Kelvar Militia"),
    case("flag-over-the-town",
         "Militia fighters fought their way into Halvik. By noon they had raised their flag over "
         "the town, the Kelvar Militia said.",
         "Kelvar Militia", "Halvik", "Kelvar Militia"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "place", "agent"), FLAGS)
def test_a_flag_put_up_over_a_place_is_control_of_it(run, text, speaker, place, agent):
    r = run(text)
    ev = claimed(r, speaker)
    assert place in r.labels(ev.places), r.summary()
    assert r.labels(ev.agents) == [agent], r.summary()


@pytest.mark.parametrize("text", [
    "Auditors raised a red flag over the Halvik budget.",
    "The garrison in Halvik raised the white flag on Sunday.",
    "Harrow United fans raised a banner at the stadium in Halvik.",
    "The mayor of Halvik said the council had not raised its flag over the town hall.",
    "Ada Moreno said the club would fly its flag at half mast.",
])
def test_no_takeover_by_flag(run, text):
    r = run(text)
    assert not [e for e in r.events_of("ControlEvent") if "flag" in e.trigger
                or "banner" in e.trigger], r.summary()


# ------------------------------------------------------------------ "the town" points back

# fmt: off
TOWN_POINTS_BACK = [
    # (text, speaker, place): the town the story is about, over one named once nearby
    case("most-named-over-latest",
         "Militia fighters closed in on Halvik on Saturday. Shells hit Halvik again "
         "overnight, and families fled to Sarnow. The Kelvar Militia said on Sunday it "
         "had captured the town.",
         "Kelvar Militia", "Halvik"),
    case("yet-to-be-taken",
         "Heavy fighting went on around Halvik. Shelling hit Halvik again at dawn. Aid "
         "reached Sarnow. The Veska Army said the town had yet to be completely taken.",
         "Veska Army", "Halvik"),
    case("fallen-the-city",
         "Rebels attacked Port Halvik on Friday and cut the road out of Port Halvik. Food "
         "ran short in Sarnow. The Kelvar Militia said the city had fallen.",
         "Kelvar Militia", "Port Halvik"),
    case("kind-given-by-apposition",
         "Fighting spread to Halvik, a village near the border, on Sunday. Troops massed "
         "in Dravia. The Kelvar Militia said it had taken the village.",
         "Kelvar Militia", "Halvik"),
    case("kind-given-by-of",
         "Shells fell on the town of Halvik overnight. Veska sent troops. The Kelvar "
         "Militia said on Monday that the town was under its control.",
         "Kelvar Militia", "Halvik"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "place"), TOWN_POINTS_BACK)
def test_the_town_taken_is_the_place_the_story_is_about(run, text, speaker, place):
    r = run(text)
    assert r.labels(claimed(r, speaker).places) == [place], r.summary()


# ------------------------------------------------------------------ the country's power

# fmt: off
POWER_SEIZED = [
    # (text, speaker, place)
    case("takeover-by-council",
         "Mourners filled the streets of Veska's capital on Monday after the president "
         "died. A group that named itself the Patriotic Dawn Council announced its "
         "takeover in a televised address. Neighbouring Sarnow closed its border.",
         "Patriotic Dawn Council", "Veska"),
    case("administration-of-the-country",
         "Soldiers surrounded the parliament in Veska on Friday. The Veskan army said it "
         "had taken over the running of the whole country.",
         "Veskan army", "Veska"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "place"), POWER_SEIZED)
def test_a_body_that_seizes_power_takes_the_articles_country(run, text, speaker, place):
    r = run(text)
    assert r.labels(claimed(r, speaker).places) == [place], r.summary()


def test_a_coup_placed_in_its_own_sentence_keeps_that_place(run):
    r = run("Veska blamed the Southern Council for the coup against the government in "
            "Halvik, the Veskan foreign ministry said. Veskan troops left Halvik.")
    coups = [e for e in r.events_of("ControlEvent") if e.trigger == "coup"]
    assert coups and r.labels(coups[0].places) == ["Halvik"], r.summary()


# ------------------------------------------------------------------ a firm's takeover

# fmt: off
FIRM_TAKEOVERS = [
    # (text, speaker): a firm taken over by a firm is business, no control of a place
    case("took-control-of-named-firm",
         "Delta Grain said it had taken control of Halvik Mills.", "Delta Grain"),
    case("announced-takeover",
         "Delta Grain shares rose in Veska on Monday. Delta Grain announced its takeover "
         "of Halvik Mills on Friday.", "Delta Grain"),
    case("control-of-the-company",
         "Ada Moreno said the fund had taken control of the company in March.", "Ada Moreno"),
    case("gained-control-of-bank",
         "Orrin Capital said on Monday it had gained control of the Halvik Bank.",
         "Orrin Capital"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker"), FIRM_TAKEOVERS)
def test_a_firms_takeover_is_business(run, text, speaker):
    r = run(text)
    assert claimed(r, speaker, "BusinessEvent"), r.summary()
    assert not [e for e in r.propositions(r.statement_by(speaker))
                if e.type == "ControlEvent"], r.summary()


# fmt: off
NOT_FIRM_TAKEOVERS = [
    # (text, speaker, place or None): a body that may rule takes control, even of a firm
    case("army-broadcaster", "The Veska Army said it had taken control of the state "
         "broadcaster.", "Veska Army", None),
    case("militia-town", "The Kelvar Militia said it had taken control of Halvik.",
         "Kelvar Militia", "Halvik"),
    case("army-mills", "The Veska Army said it had seized control of Halvik Mills, the "
         "main employer in the town.", "Veska Army", None),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "place"), NOT_FIRM_TAKEOVERS)
def test_control_taken_by_a_ruling_body_stays_control(run, text, speaker, place):
    r = run(text)
    ev = claimed(r, speaker)
    assert place is None or place in r.labels(ev.places), r.summary()


# ------------------------------------------------------------------ a deed told as done

# fmt: off
DONE_CLAUSES = [
    # (text, speaker, class, place): asserted below the main clause, as a deed done
    case("after-capturing",
         "The Kelvar Militia said its fighters had moved on to Sarnow after capturing "
         "Halvik.", "Kelvar Militia", "ControlEvent", "Halvik"),
    case("having-taken",
         "The Kelvar Militia said that, having taken Halvik on Sunday, its forces were now "
         "advancing on Sarnow.", "Kelvar Militia", "ControlEvent", "Halvik"),
    case("upon-entering",
         "The Kelvar Militia said its fighters had raised their flag over the town hall "
         "upon entering Halvik.", "Kelvar Militia", "MovementEvent", "Halvik"),
    case("by-seizing",
         "The Kelvar Militia said it had cut the road to Sarnow by seizing Halvik.",
         "Kelvar Militia", "ControlEvent", "Halvik"),
    case("after-buying",
         "Delta Grain said its profits rose last year after buying Halvik Mills.",
         "Delta Grain", "TransactionEvent", None),
    case("since-captured",
         "Tomas Brenn said civilians were fleeing Sarnow since the militia captured Halvik.",
         "Tomas Brenn", "ControlEvent", "Halvik"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "cls", "place"), DONE_CLAUSES)
def test_a_deed_told_as_done_below_the_main_clause_is_asserted(run, text, speaker, cls,
                                                               place):
    r = run(text)
    ev = claimed(r, speaker, cls)
    assert place is None or place in r.labels(ev.places), r.summary()


# fmt: off
NOT_DONE = [
    # (text, speaker): a deed only meant, supposed or denied is no claim of control
    case("purpose", "The Kelvar Militia said it had sent fighters to capture Halvik.",
         "Kelvar Militia"),
    case("attempt-noun", "The Veska Army said the militia had attacked Halvik in an "
         "attempt to seize the town.", "Veska Army"),
    case("without", "The Kelvar Militia said its fighters had entered Sarnow without "
         "taking Halvik.", "Kelvar Militia"),
    case("denied-main", "The Veska Army denied that its troops had fled after the militia "
         "captured Halvik.", "Veska Army"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker"), NOT_DONE)
def test_a_deed_meant_or_denied_below_the_main_clause_is_not_claimed(run, text, speaker):
    r = run(text)
    assert not [e for e in r.propositions(r.statement_by(speaker))
                if e.type == "ControlEvent"], r.summary()


# ------------------------------------------------------------------ "lost X to Y"

# fmt: off
LOST_TO = [
    # (text, speaker, taker, loser)
    case("lost-control-of-to",
         "The Veska Army said it had lost control of Halvik to the Kelvar Militia.",
         "Veska Army", "Kelvar Militia", "Veska Army"),
    case("lost-to-reported",
         "The Veska Army lost Halvik to the Kelvar Militia on Sunday, Ada Moreno said.",
         "Ada Moreno", "Kelvar Militia", "Veska Army"),
    case("surrendered-to",
         "Ada Moreno said the Veska Army had surrendered the port of Halvik to the Kelvar "
         "Militia.",
         "Ada Moreno", "Kelvar Militia", "Veska Army"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "taker", "loser"), LOST_TO)
def test_a_place_lost_to_someone_is_taken_by_them(run, text, speaker, taker, loser):
    r = run(text)
    ev = claimed(r, speaker)
    assert r.labels(ev.agents) == [taker], r.summary()
    assert loser not in r.labels(ev.agents), r.summary()


# ------------------------------------------------------------------ "wrested", "declared X under"

# fmt: off
MORE_WORDINGS = [
    # (text, speaker, place, agent)
    case("wrested-from",
         "The Kelvar Militia said on Sunday that it had wrested Halvik from the army.",
         "Kelvar Militia", "Halvik", "Kelvar Militia"),
    case("wrested-back",
         "The Veska Army said its troops had wrested the port of Halvik back from the "
         "militia.", "Veska Army", "Halvik", "Veska Army"),
    case("declared-under-its-control",
         "The Kelvar Militia declared Halvik under its control on Sunday.",
         "Kelvar Militia", "Halvik", "Kelvar Militia"),
    case("declared-under-full-control",
         "The Veska Army declared the port of Halvik under its full control.",
         "Veska Army", "Halvik", "Veska Army"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "place", "agent"), MORE_WORDINGS)
def test_more_wordings_of_claimed_control(run, text, speaker, place, agent):
    r = run(text)
    ev = claimed(r, speaker)
    assert place in r.labels(ev.places), r.summary()
    assert r.labels(ev.agents) == [agent], r.summary()


@pytest.mark.parametrize("text", [
    "Orrin City wrested the title from Harrow United on Sunday, the club said.",
    "Delta Grain said it had wrested a contract from its rival.",
    "The Marlow Fire Service declared the blaze under control on Sunday.",
])
def test_no_control_of_a_title_a_contract_or_a_fire(run, text):
    r = run(text)
    assert not [e for s in r.ex.statements for e in r.propositions(s)
                if e.type == "ControlEvent"], r.summary()
