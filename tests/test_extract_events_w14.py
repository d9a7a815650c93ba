"""kg.extract events, fourteenth wave: implicative and aspectual verbs with an event
complement ("succeeded in capturing X", "managed to take X", "failed to retake X", "tried
to enter X", "were able to seize X", "went on to occupy X"): the complement is the event
and a statement's proposition, done by the subject above, actual or not as the verb above
says. "Succeed" without a complement stays a succession. And events whose noun, or a
verb's object, carries the class: strikes an armed side carries out, ground gained ("made
gains in X", "gained ground near X"), a push into a place; with their near misses
("nurses carried out a strike", "gains in the polls", "pushed the country into debt").

Every sentence is invented (names and places are made up). The articles are published on
Friday 2024-03-15.
"""

from __future__ import annotations

import json

import pytest
from cases import case

from kg.pipeline import build
from kg.query import run_query
from kg.store import GraphStore

# ---------------------------------------------------------------- told by a speaker

# fmt: off
CLAIMED = [
    # (text, speaker, trigger of the proposition, class, agent, factuality)
    case("succeeded-in-gerund", "The Ostral Front said it had succeeded in capturing three "
         "villages near Pirel.", "Ostral Front", "capturing", "ControlEvent", "Ostral Front",
         "Claimed"),
    case("succeeded-in-seizing-quote", '"We succeeded in seizing the airport of Tesk," the '
         "Halden Brigade said on Monday.", "Halden Brigade", "seizing", "ControlEvent",
         "Halden Brigade", "Claimed"),
    case("managed-to", "The Halden Brigade said it had managed to take the airport in Tesk.",
         "Halden Brigade", "take", "ControlEvent", "Halden Brigade", "Claimed"),
    case("was-able-to", "The army said it was able to seize the depot in Marrow.", "army",
         "seize", "ControlEvent", "army", "Claimed"),
    case("helped-to", "The Red Brigade said its fighters helped to capture Lumin.",
         "Red Brigade", "capture", "ControlEvent", "Red Brigade", "Claimed"),
    case("went-on-to", "The Ostral Front said it went on to occupy the port of Santel.",
         "Ostral Front", "occupy", "ControlEvent", "Ostral Front", "Claimed"),
    case("tried-to", "The Ostral Front said its fighters had tried to take the airport in "
         "Tesk.", "Ostral Front", "take", "ControlEvent", "Ostral Front", "Future"),
    case("attempted-to", "The Halden Brigade said it had attempted to storm the base at "
         "Pirel.", "Halden Brigade", "storm", "MovementEvent", "Halden Brigade", "Future"),
    case("failed-to", "The Ostral Front said it had failed to take the airport in Tesk.",
         "Ostral Front", "take", "ControlEvent", "Ostral Front", "Denied"),
    case("failed-in-their-attempt", "The army said the rebels had failed in their attempt "
         "to take Pirel.", "army", "take", "ControlEvent", "rebels", "Future"),
    case("hopes-to", "The Ostral Front hopes to capture Pirel by the end of the month.",
         "Ostral Front", "capture", "ControlEvent", "Ostral Front", "Future"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "word", "cls", "agent", "factuality"), CLAIMED)
def test_complement_is_the_proposition(run, text, speaker, word, cls, agent, factuality):
    r = run(text)
    ev = r.proposition(r.statement_by(speaker))
    assert word in ev.trigger.lower(), r.summary()
    assert (ev.type, r.labels(ev.agents), ev.factuality) == (cls, [agent], factuality), (
        r.summary())


# ---------------------------------------------------------------- told plainly

# fmt: off
DONE = [
    # (text, trigger, class, agent, factuality)
    case("were-able-to", "Rebels were able to seize the depot in Marrow.", "seize",
         "ControlEvent", "rebels", "Asserted"),
    case("went-on-to", "The Halden Brigade went on to occupy the port of Santel.", "occupy",
         "ControlEvent", "Halden Brigade", "Asserted"),
    case("managed-to-plain", "The Ostral Front managed to take the airport in Tesk.", "take",
         "ControlEvent", "Ostral Front", "Asserted"),
    case("continued-to", "The Ostral Front continued to shell the base near Korvin on "
         "Tuesday.", "shell", "ConflictEvent", "Ostral Front", "Asserted"),
    case("succeeded-in-past", "The army succeeded in retaking the town of Velkin.",
         "retaking", "ControlEvent", "army", "Asserted"),
    case("unable-to", "The army was unable to enter the town of Velkin.", "enter",
         "MovementEvent", "army", "Denied"),
    case("failed-to", "Rebels failed to retake the town of Velkin on Monday.", "retake",
         "ControlEvent", "rebels", "Denied"),
    case("tried-to", "The army tried to enter the town of Velkin.", "enter", "MovementEvent",
         "army", "Future"),
    case("sought-to", "The Ostral Front sought to capture the town of Velkin.", "capture",
         "ControlEvent", "Ostral Front", "Future"),
    case("hopes-to", "The Ostral Front hopes to capture the town of Velkin.", "capture",
         "ControlEvent", "Ostral Front", "Future"),
    case("failed-in-their-attempt", "The rebels failed in their attempt to take the town of "
         "Velkin.", "take", "ControlEvent", "rebels", "Future"),
    case("bid-to-retake", "The Halden Brigade launched its bid to retake the town of Velkin "
         "on Monday.", "retake", "ControlEvent", "Halden Brigade", "Future"),
    case("offensive-to-retake", "The army launched an offensive to retake the town of "
         "Pirel.", "retake", "ControlEvent", "army", "Future"),
    case("made-an-attempt", "The Ostral Front made an attempt to seize the bridge at Pirel.",
         "seize", "ControlEvent", "Ostral Front", "Future"),
    case("repelled-an-attempt", "The army repelled an attempt to seize Pirel.", "seize",
         "ControlEvent", None, "Future"),
    case("battle-to-take", "The Ostral Front said its battle to take Pirel was over.", "take",
         "ControlEvent", "Ostral Front", "Future"),
    case("threatened-to", "The Ostral Front threatened to attack the town of Velkin.",
         "attack", "ConflictEvent", "Ostral Front", "Future"),
]
# fmt: on


@pytest.mark.parametrize(("text", "word", "cls", "agent", "factuality"), DONE)
def test_complement_is_the_event(run, text, word, cls, agent, factuality):
    r = run(text)
    ev = r.event(cls, trigger=word)
    agents = [agent] if agent else []
    assert (r.labels(ev.agents), ev.factuality) == (agents, factuality), r.summary()


def test_participle_on_an_effort_stays_done(run):
    r = run("The offensive launched on Monday hit the town of Pirel.")
    assert r.event("ConflictEvent", trigger="offensive").factuality == "Asserted", r.summary()


# ---------------------------------------------------------------- the verb above

# fmt: off
NO_EVENT = [
    # (text, the verb above, which is no event)
    case("succeeded-in", "The Ostral Front said it had succeeded in capturing three villages "
         "near Pirel.", "succeeded"),
    case("succeeded-in-plain", "The army succeeded in retaking the town of Velkin.",
         "succeeded"),
    case("managed", "The Halden Brigade said it had managed to take the airport in Tesk.",
         "managed"),
    case("went-on", "The Halden Brigade went on to occupy the port of Santel.", "went"),
    case("attempted", "The Halden Brigade attempted to storm the base at Pirel.", "attempted"),
]
# fmt: on


def triggered(r, word: str, classes: frozenset[str] | None = None) -> list:
    """The events whose trigger holds ``word`` (of one of ``classes`` when given)."""
    return [e for e in r.ex.events
            if word in e.trigger.lower() and (classes is None or e.type in classes)]


@pytest.mark.parametrize(("text", "word"), NO_EVENT)
def test_verb_above_is_no_event(run, text, word):
    r = run(text)
    assert not triggered(r, word), r.summary()


# fmt: off
SUCCESSION = [
    # (text, trigger, who succeeds, who is succeeded)
    case("succeeded-as", "Maria Oduya succeeded Tomas Vell as chief of the Tesk police.",
         "succeeded", "Maria Oduya", "Tomas Vell"),
    case("to-succeed-as", "The Kelvar Front named Ana Rist to succeed Tomas Vell as its "
         "leader.", "succeed", "Ana Rist", "Tomas Vell"),
]
# fmt: on


@pytest.mark.parametrize(("text", "word", "agent", "participant"), SUCCESSION)
def test_succession_stays_personnel(run, text, word, agent, participant):
    r = run(text)
    ev = r.event("PersonnelEvent", trigger=word)
    assert (r.labels(ev.agents), r.labels(ev.participants)) == ([agent], [participant]), (
        r.summary())




# ---------------------------------------------------------------- support verbs, event nouns

# fmt: off
SUPPORTED = [
    # (text, trigger, class, agent, place)
    case("carried-out-strikes-in", "The Halden Brigade carried out strikes in Korvin "
         "overnight.", "strikes", "ConflictEvent", "Halden Brigade", "Korvin"),
    case("carried-out-strikes-on", "The Ostral Front carried out strikes on the town of "
         "Santel.", "strikes", "ConflictEvent", "Ostral Front", "Santel"),
    case("launched-strikes-against", "The army launched strikes against rebel positions "
         "near Korvin.", "strikes", "ConflictEvent", "army", "Korvin"),
    case("stepped-up-strikes", "The army stepped up strikes on the city of Velmar on "
         "Tuesday.", "strikes", "ConflictEvent", "army", "Velmar"),
    case("made-gains-in", "The Ostral Front made gains in the province of Tarsa.", "gains",
         "ControlEvent", "Ostral Front", "Tarsa"),
    case("making-gains-eastern", "Rebel fighters were steadily making gains in eastern "
         "Tarsa over recent days.", "gains", "ControlEvent", "rebels", "Tarsa"),
    case("gained-ground-near", "The army gained ground near the town of Velmar on Monday.",
         "gained ground", "ControlEvent", "army", "Velmar"),
    case("pushed-into", "The Halden Brigade pushed into Korvin on Sunday.", "pushed",
         "MovementEvent", "Halden Brigade", "Korvin"),
    case("launched-offensive-on", "The Ostral Front launched an offensive on the town of "
         "Pirel.", "offensive", "ConflictEvent", "Ostral Front", "Pirel"),
    case("staged-protest", "The Tesk Teachers Union staged a protest in the city of Velmar "
         "on Friday.", "protest", "ProtestEvent", "Tesk Teachers Union", "Velmar"),
    case("took-over-place", "The Halden Brigade took over the town of Santel last week.",
         "took over", "ControlEvent", "Halden Brigade", "Santel"),
    case("wrested-control", "The army wrested control of Pirel from the Ostral Front.",
         "wrested", "ControlEvent", "army", "Pirel"),
    case("gained-control-stays", "The army gained control of the town of Velmar.",
         "gained", "ControlEvent", "army", "Velmar"),
    case("seized-back", "The army seized back the town of Velmar from the rebels.", "seized",
         "ControlEvent", "army", "Velmar"),
]
# fmt: on


@pytest.mark.parametrize(("text", "word", "cls", "agent", "place"), SUPPORTED)
def test_supported_event(run, text, word, cls, agent, place):
    r = run(text)
    ev = r.event(cls, trigger=word)
    assert (r.labels(ev.agents), r.labels(ev.places)) == ([agent], [place]), r.summary()


def test_claimed_gains_are_the_proposition(run):
    r = run("The Ostral Front said its fighters had made gains in the province of Tarsa.")
    ev = r.proposition(r.statement_by("Ostral Front"))
    assert (ev.type, ev.trigger, r.labels(ev.places)) == ("ControlEvent", "gains", ["Tarsa"]), (
        r.summary())


# fmt: off
BLOWS = [
    # (text): "strikes" there is an attack
    case("strikes-killed", "Veskan strikes killed 20 people in Korvin on Monday."),
    case("killed-in-strikes", "Twenty people were killed in strikes on the town of Pirel."),
    case("retaliatory-strikes-hit", "The Ostral Front said retaliatory strikes had hit the "
         "port of Santel."),
    case("strikes-by-jets", "The Ostral Front said strikes by government jets had hit "
         "Korvin."),
    case("its-strikes-targeted", "The army said its strikes targeted rebel depots near "
         "Korvin."),
]
# fmt: on


@pytest.mark.parametrize("text", BLOWS)
def test_strikes_as_blows(run, text):
    r = run(text)
    assert r.event("ConflictEvent", trigger="strikes") and not r.events_of("ProtestEvent"), (
        r.summary())


# fmt: off
STOPPAGES = [
    case("nurses-carried-out", "Nurses carried out a strike in the city of Velmar on "
         "Monday."),
    case("teachers-launched", "Teachers launched a strike in the town of Pirel."),
    case("general-strike", "The unions carried out a general strike in Velmar."),
    case("workers-strikes-paralysed", "Workers' strikes paralysed the port of Santel, the "
         "union said."),
    case("strike-by-drivers", "A strike by bus drivers hit the city of Velmar on Monday."),
]
# fmt: on


@pytest.mark.parametrize("text", STOPPAGES)
def test_strike_by_workers_stays_a_protest(run, text):
    r = run(text)
    assert r.event("ProtestEvent", trigger="strike") and not r.events_of("ConflictEvent"), (
        r.summary())


# fmt: off
NO_GROUND = [
    # (text, word that must be no ControlEvent or MovementEvent trigger)
    case("gains-in-polls", "The Ostral Front made gains in the polls.", "gains"),
    case("gains-in-parliament", "The Velmar Party made gains in Parliament last year.",
         "gains"),
    case("gains-in-sales", "Delta Grain made gains in sales in the first quarter.", "gains"),
    case("ground-in-talks", "The Ostral Front gained ground in talks with the government.",
         "gained"),
    case("pushed-into-debt", "The war pushed the country into debt.", "pushed"),
    case("pushed-for", "The Ostral Front pushed for talks in Velmar.", "pushed"),
]
# fmt: on


@pytest.mark.parametrize(("text", "word"), NO_GROUND)
def test_no_ground_taken(run, text, word):
    r = run(text)
    assert not triggered(r, word, frozenset({"ControlEvent", "MovementEvent"})), r.summary()


# fmt: off
NO_CONFLICT = [
    case("launched-website", "The Ostral Front launched a website in Velmar."),
    case("carried-out-survey", "The Ostral Front carried out a survey in Velmar."),
    case("took-over-company", "Delta Grain took over the company Halvik Mills."),
]
# fmt: on


@pytest.mark.parametrize("text", NO_CONFLICT)
def test_no_control_or_attack(run, text):
    r = run(text)
    assert not r.events_of("ConflictEvent") and not [
        e for e in r.events_of("ControlEvent") if e.places], r.summary()


# ---------------------------------------------------------------- "the militia said"

# fmt: off
LONE_MILITIA = [
    # (text, trigger of the proposition)
    case("militia-managed", "The militia said it had managed to take the airport in Tesk.",
         "take"),
    case("militia-quote", '"Our fighters control the bridge," the militia said.', "control"),
    case("militia-claimed", "The militia claimed on Monday that it had seized the port of "
         "Santel.", "seized"),
]
# fmt: on


@pytest.mark.parametrize(("text", "word"), LONE_MILITIA)
def test_lone_militia_speaks(run, text, word):
    r = run(text)
    assert word in r.proposition(r.statement_by("militia")).trigger.lower(), r.summary()


# fmt: off
NO_LONE_MILITIA = [
    case("named-armed-group", "The Kelvar Brigade attacked Dorn on Monday. The militia said "
         "it had managed to take the airport."),
    case("named-militia", "The Kelvar Patriotic Militia attacked Dorn on Monday. The militia "
         "said it had managed to take the airport."),
    case("acting-not-speaking", "The militia attacked the town of Dorn on Monday."),
    case("modifier", "Militia leaders met the governor of Tesk on Monday."),
    case("qualified", "The Kelvar militia said it had taken the airport of Dorn."),
]
# fmt: on


@pytest.mark.parametrize("text", NO_LONE_MILITIA)
def test_no_lone_militia(run, text):
    r = run(text)
    assert not any(e.label == "militia" for e in r.ex.entities), r.summary()


# ---------------------------------------------------------------- who claimed control

CONTROL_ARTICLES = [
    {"id": "managed-dorn", "published": "2024-03-12", "title": "Front takes Dorn",
     "text": "The Ostral Front said on Monday it had managed to take the town of Dorn."},
    {"id": "succeeded-lesk", "published": "2024-03-12", "title": "Brigade in Lesk",
     "text": "\"We succeeded in capturing Lesk,\" the Halden Brigade said on Monday."},
    {"id": "tried-varn", "published": "2024-03-12", "title": "Attack on Varn",
     "text": "The Ostral Front said on Monday its fighters had tried to take the town of "
             "Varn.\n\nThe Halden Brigade said on Monday it had launched a bid to seize Varn."},
]
#: place -> the speakers the claimed-control query must return.
CONTROL_EXPECTED = {"Dorn": ["Ostral Front"], "Lesk": ["Halden Brigade"], "Varn": []}


@pytest.fixture(scope="module")
def control_store(tmp_path_factory):
    root = tmp_path_factory.mktemp("w14-control")
    corpus = root / "corpus.jsonl"
    corpus.write_text("\n".join(json.dumps(a) for a in CONTROL_ARTICLES) + "\n",
                      encoding="utf-8")
    summary = build([corpus], store=root / "store")
    assert summary.stored == len(CONTROL_ARTICLES)
    return root / "store"


@pytest.mark.parametrize("place", sorted(CONTROL_EXPECTED))
def test_done_deed_answers_claimed_control_an_attempt_not(control_store, place):
    with GraphStore.open(control_store, read_only=True) as gs:
        rows = run_query(gs, "claimed-control", {"place": place}).dicts()
    assert sorted(str(r["speaker"]) for r in rows) == CONTROL_EXPECTED[place]
