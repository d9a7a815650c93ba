"""kg.extract, session 31: propositions, event agents and via.

- An armed noun that is the means of a deed ("police detained twelve people in dawn
  raids", "the army killed six fighters in an air strike") or the operation a deed is
  part of ("took the airport during a night assault", "entered the town after a long
  siege"): the deed's doer carries it out. Not a definite noun, which may be another's
  deed told before ("arrested two men in the bombing"), a noun with a doer of its own,
  a fight of two sides ("in clashes"), an attack a deed comes after (the other side's),
  nor a crime an arrest is "in" ("arrested a man in a shooting").
- Control had ("the Veska Army has full control of Halvik", "it had complete control of
  the port", "its fighters retain control of the town"): the subject of the verb of
  having holds it, a pronoun or "its fighters" being the speaker's side. Not "has no
  control of", "does not have control of", nor control lost.
- A channel phrase set off at the end of the content ("X said she would resign, in an
  interview with Radio Kelvar", "..., speaking to the Marlow Courier"): the cue's via,
  and no part of the content. Not such a phrase with no comma ("said the mayor had lied
  in an interview with X": the lie was told there), nor one naming no outlet ("in a
  letter to the council").
- A body telling, in the passive with no doer, that one of its own post-holders was put
  out ("Harbour Foods said its chief executive had been dismissed", "the club said its
  coach had been sacked", "... chief executive Y had been dismissed" with Y its
  officer): the body did it. Not a union, which reports what employers do to its people
  ("the union said its steward had been fired"), a plural ("its workers were
  suspended"), a doer named ("by the board"), nor a denial.
- A platform's name the tagger leaves untagged, standing as a channel ("said on
  Facebook", "in a Facebook post", "via WhatsApp", "in a Signal message"): an
  organisation, and so the via. Not elsewhere ("shares of Facebook fell"), nor a
  name running on ("on Signal Hill"); a platform word that is also a common word
  ("Signal", "Threads") counts only before a posting noun. A platform never speaks
  ("according to a statement on its Facebook page" is not Facebook's), and an outlet
  relaying the words ("..., according to a report by the Marlow Courier") is the via
  before it; nor is it what "it" or "the company" stands for.
- A participle of saying before "to be"/"to have" ("a militia said to have ties to the
  Kelvar Front claims to have seized Tarsk", "Delta Grain, said to be the largest
  miller, announced ..."): what others say of the noun, no statement of its; the claim
  the parser hangs under it is the noun's, and so is the deed claimed. Not "claimed to
  have captured X" (the subject's own claim), nor "said to stay indoors".
- An act of government told in the passive with no doer ("'The government is
  dissolved,' said a spokesman for the Council for National Renewal", "the junta said
  a curfew had been imposed"), by a body that may rule (a council, a junta, an army, a
  government): that body's. Not told by a party, nor denied, nor with a doer named.
- A judgement in the passive with no doer ("was jailed for five years at the Marlow
  Crown Court", the phrase hung on "years"; "The Marlow Crown Court heard the case.
  Moreno was sentenced to five years"): the court its clause or the text just named
  (kg/extract/courts.py). Not in the past perfect ("heard that she had been convicted
  in 2015": an earlier judgement), a court named only after it, two courts in reach,
  a negated judgement.
- A protest at a body's call ("thousands rallied in Orrin at the call of the Civic Unity
  Party", "... at the union's behest"): the body leads it. Not a person's call ("at the
  urging of Mayor Y"), nor another kind of event ("met at the invitation of X").
- A fine told in the passive with no doer by an authority, a commission or a board ("the
  Veska Competition Authority said Delta Grain had been fined"): the body's own, as a
  justice deed told by the police is theirs. Not an arrest such a body tells of ("the
  Orrin Port Authority said two men had been arrested").

Every sentence is invented (names and places are made up).
"""

from __future__ import annotations

import pytest
from cases import case

# ------------------------------------------------------------------ the means of a deed

# fmt: off
MEANS_OF_DEED = [
    # (text, trigger of the armed noun, its doer)
    case("detained-in-dawn-raids",
         "Police detained twelve people in dawn raids across Orrin.", "raids", "police"),
    case("killed-in-air-strike-on-object",
         "The Veska Army killed six fighters in an air strike near Tarsk.", "strike",
         "Veska Army"),
    case("said-killed-in-air-strike",
         "The Veska Army said it had killed six fighters in an air strike near Tarsk.",
         "strike", "Veska Army"),
    case("seized-in-surprise-raid",
         "The Orrin Militia seized the bridge in a surprise raid, the army said.", "raid",
         "Orrin Militia"),
    case("captured-during-night-assault",
         "The Kelvar Front captured the airport during a night-time assault.", "assault",
         "Kelvar Front"),
    case("entered-after-siege",
         "The Halvik Brigade entered Nerida after a three-week siege.", "siege",
         "Halvik Brigade"),
    case("killed-with-drone-strikes",
         "The Marlow Guard killed four gunmen with drone strikes on Sunday.", "strikes",
         "Marlow Guard"),
    case("arrested-in-crackdown",
         "Orrin police arrested forty students in a crackdown on the campus.", "crackdown",
         "Orrin police"),
]
# fmt: on


@pytest.mark.parametrize(("text", "trigger", "doer"), MEANS_OF_DEED)
def test_armed_noun_of_a_deed_has_the_deeds_doer(run, text, trigger, doer):
    r = run(text)
    ev = r.event("ConflictEvent", trigger=trigger)
    assert doer in r.labels(ev.agents), r.summary()


# fmt: off
NOT_MEANS_OF_DEED = [
    # (text, trigger, a doer it must not have)
    case("arrested-in-the-bombing",
         "Police arrested two men in the bombing of the Orrin station.", "bombing",
         "police"),
    case("arrested-in-a-shooting",
         "Police arrested a man in a shooting outside the Tarsk stadium.", "shooting",
         "police"),
    case("arrested-after-an-attack",
         "Police arrested two men after an attack on a bank in Orrin.", "attack", "police"),
    case("killed-in-clashes",
         "The Veska Army killed six fighters in clashes near Tarsk.", "clashes",
         "Veska Army"),
    case("attack-by-another",
         "The Veska Army lost two tanks in an attack by the Kelvar Front.", "attack",
         "Veska Army"),
    case("not-done",
         "The Veska Army did not take Tarsk in the offensive, the ministry said.",
         "offensive", "Veska Army"),
]
# fmt: on


@pytest.mark.parametrize(("text", "trigger", "doer"), NOT_MEANS_OF_DEED)
def test_armed_noun_not_the_means_keeps_its_own_doer(run, text, trigger, doer):
    r = run(text)
    found = [e for e in r.events_of("ConflictEvent") if trigger in e.trigger.lower()]
    assert all(doer not in r.labels(e.agents) for e in found), r.summary()


# ------------------------------------------------------------------ control had

# fmt: off
CONTROL_HAD = [
    # (text, holder, place)
    case("has-full-control",
         "The Veska Army has full control of Halvik.", "Veska Army", "Halvik"),
    case("said-it-had-complete-control",
         "The Kelvar Front said on Monday it had complete control of Tarsk.", "Kelvar Front",
         "Tarsk"),
    case("its-fighters-had-control",
         "The Orrin Militia said its fighters had total control of Nerida.", "Orrin Militia",
         "Nerida"),
    case("retains-control-named",
         "The ministry said the Halvik Brigade still retained control of Dulmen.",
         "Halvik Brigade", "Dulmen"),
    case("quoted-we-have-full-control",
         "\"We have full control of Kavala,\" said Ivo Laska, a spokesman for the Zorn "
         "Brigade.", "Zorn Brigade", "Kavala"),
]
# fmt: on


@pytest.mark.parametrize(("text", "holder", "place"), CONTROL_HAD)
def test_control_had_is_held_by_the_haver(run, text, holder, place):
    r = run(text)
    found = [e for e in r.events_of("ControlEvent") if place in r.labels(e.places)]
    assert any(holder in r.labels(e.agents) for e in found), r.summary()


# fmt: off
NO_CONTROL_HAD = [
    # (text, who must hold nothing)
    case("has-no-control",
         "The Veska Army said it had no control of Tarsk.", "Veska Army"),
    case("does-not-have-control",
         "The Veska Army does not have control of Tarsk, the ministry said.", "Veska Army"),
    case("lost-control",
         "The Kelvar Front said it had lost control of Nerida.", "Kelvar Front"),
]
# fmt: on


@pytest.mark.parametrize(("text", "who"), NO_CONTROL_HAD)
def test_control_not_had_is_not_held(run, text, who):
    r = run(text)
    assert all(who not in r.labels(e.agents) for e in r.events_of("ControlEvent")), r.summary()


# ------------------------------------------------------------------ a channel after the content

# fmt: off
TRAILING_CHANNEL = [
    # (text, speaker, via, content)
    case("in-an-interview-with",
         "Ada Moreno said she would resign, in an interview with Radio Kelvar.",
         "Ada Moreno", "Radio Kelvar", "she would resign"),
    case("speaking-to",
         "Piet Olsen said on Monday that the harbour would reopen, speaking to the Marlow "
         "Courier.", "Piet Olsen", "Marlow Courier", "the harbour would reopen"),
    case("interview-published-by",
         "Noor Haddad said she would step down as chair, in an interview published by the "
         "Orrin Gazette on Sunday.", "Noor Haddad", "Orrin Gazette",
         "she would step down as chair"),
    case("remarks-carried-by",
         "Tomas Brenn told reporters the vote had been rigged, in remarks carried by Veska "
         "Radio.", "Tomas Brenn", "Veska Radio", "the vote had been rigged"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "via", "content"), TRAILING_CHANNEL)
def test_channel_after_the_content_is_the_via(run, text, speaker, via, content):
    r = run(text)
    st = r.statement_by(speaker)
    assert r.label(st.via) == via and st.content == content, r.summary()


# fmt: off
NO_TRAILING_CHANNEL = [
    # (text, speaker, words the content keeps)
    case("no-comma",
         "Ada Moreno said the mayor had lied in an interview with Radio Kelvar.",
         "Ada Moreno", "in an interview with Radio Kelvar"),
    case("letter-to-a-body",
         "Ada Moreno said she would resign, in a letter to the council.", "Ada Moreno",
         "she would resign"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "kept"), NO_TRAILING_CHANNEL)
def test_phrase_naming_no_channel_of_the_cue_stays(run, text, speaker, kept):
    r = run(text)
    st = r.statement_by(speaker)
    assert st.via is None and kept in st.content, r.summary()


# ------------------------------------------------------------------ put out by one's own body

# fmt: off
DISMISSED_BY_BODY = [
    # (text, body)
    case("its-chief-executive-dismissed",
         "Harbour Foods said its chief executive had been dismissed.", "Harbour Foods"),
    case("its-coach-sacked",
         "The Marlow Rowing Club said its coach had been sacked on Monday.",
         "Marlow Rowing Club"),
    case("named-officer-dismissed",
         "Harbour Foods said chief executive Ilkka Vanhanen had been dismissed.",
         "Harbour Foods"),
    case("its-director-suspended",
         "The Orrin Heritage Trust announced that its director had been suspended.",
         "Orrin Heritage Trust"),
]
# fmt: on


@pytest.mark.parametrize(("text", "body"), DISMISSED_BY_BODY)
def test_own_post_holder_put_out_by_the_telling_body(run, text, body):
    r = run(text)
    ev = r.events_of("PersonnelEvent")
    assert any(body in r.labels(e.agents) for e in ev), r.summary()


# fmt: off
NOT_DISMISSED_BY_BODY = [
    # (text, body that did not do it)
    case("union-steward-fired",
         "The Marlow Dockers Union said its steward had been fired.", "Marlow Dockers Union"),
    case("plural-workers",
         "Delta Grain said its workers had been suspended.", "Delta Grain"),
    case("by-the-board",
         "Harbour Foods said its chief executive had been dismissed by the board.",
         "Harbour Foods"),
    case("denied",
         "Harbour Foods denied that its chief executive had been dismissed.", "Harbour Foods"),
    case("not-its-own",
         "The Marlow Rowing Club said the referee had been suspended.", "Marlow Rowing Club"),
]
# fmt: on


@pytest.mark.parametrize(("text", "body"), NOT_DISMISSED_BY_BODY)
def test_not_own_post_holder_not_put_out_by_the_teller(run, text, body):
    r = run(text)
    assert all(body not in r.labels(e.agents) for e in r.events_of("PersonnelEvent")), (
        r.summary())


# ------------------------------------------------------------------ platforms as channels

# fmt: off
PLATFORM_VIA = [
    # (text, speaker, via)
    case("on-facebook",
         "Ada Moreno said on Facebook that the count was late.", "Ada Moreno", "Facebook"),
    case("facebook-post-first",
         "In a Facebook post on Sunday, Noor Haddad said the ferry would not sail.",
         "Noor Haddad", "Facebook"),
    case("post-on-facebook",
         "Piet Olsen said in a post on Facebook that the pier was closed.", "Piet Olsen",
         "Facebook"),
    case("via-whatsapp",
         "Ada Moreno said via WhatsApp that she would resign.", "Ada Moreno", "WhatsApp"),
    case("signal-message",
         "Tomas Brenn said in a Signal message that the talks had failed.", "Tomas Brenn",
         "Signal"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "via"), PLATFORM_VIA)
def test_platform_as_channel_is_the_via(run, text, speaker, via):
    r = run(text)
    assert r.label(r.statement_by(speaker).via) == via, r.summary()


# fmt: off
NOT_A_PLATFORM_CHANNEL = [
    # (text, name that is no entity here)
    case("shares-of", "Shares of Facebook fell sharply on Monday.", "Facebook"),
    case("name-runs-on", "Ada Moreno spoke on Signal Hill on Monday.", "Signal"),
]
# fmt: on


@pytest.mark.parametrize(("text", "name"), NOT_A_PLATFORM_CHANNEL)
def test_platform_word_elsewhere_is_no_entity(run, text, name):
    r = run(text)
    assert r.find_entity(name) is None, r.summary()


# fmt: off
PLATFORM_NO_SPEAKER = [
    # (text, speaker the statement must have, via)
    case("relayed-by-an-outlet",
         "Tomas Brenn said in a voice note posted to his Facebook account that the Kelvar "
         "Front had taken Tarsk, according to a report by the Marlow Courier.", "Tomas Brenn",
         "Marlow Courier"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "via"), PLATFORM_NO_SPEAKER)
def test_outlet_relaying_goes_before_the_platform(run, text, speaker, via):
    r = run(text)
    assert r.label(r.statement_by(speaker).via) == via, r.summary()


def test_platform_page_in_according_to_is_no_speaker(run):
    r = run("The Kelvar Front has taken Tarsk, according to a statement on its Facebook page.")
    assert not r.statements_by("Facebook"), r.summary()


def test_platform_is_no_antecedent_of_it(run):
    r = run("The Veska Interior Ministry said on Facebook that the vote had been rigged. It "
            "added that a recount would be held.")
    assert not r.statements_by("Facebook"), r.summary()


# ------------------------------------------------------------------ "said to have"

# fmt: off
SAID_OF = [
    # (text, the claimant, the deed's class, trigger)
    case("militia-said-to-have-ties-claims",
         "A Veskan militia said to have ties to the Kelvar Front claims to have seized "
         "control of Tarsk.", "Veskan militia", "ControlEvent", "seized"),
    case("militia-said-to-be-backed-claims",
         "A Christian militia said to be backed by the Kelvar Front claims to have captured "
         "Brenn.", "Christian militia", "ControlEvent", "captured"),
    case("apposed-said-to-have-links",
         "The Zorn Brigade, said to have links to the Orrin Militia, claims to have "
         "captured the port of Brenn.", "Zorn Brigade", "ControlEvent", "captured"),
    case("said-to-be-largest",
         "Delta Grain, said to be the largest miller in Veska, announced it had bought "
         "Orrin Mills.", "Delta Grain", "TransactionEvent", "bought"),
]
# fmt: on


@pytest.mark.parametrize(("text", "claimant", "cls", "trigger"), SAID_OF)
def test_said_of_a_noun_is_no_statement_of_its(run, text, claimant, cls, trigger):
    r = run(text)
    said = [s for s in r.ex.statements if s.cue == "say"]
    assert not said, r.summary()
    st = r.statement_by(claimant)
    ev = r.proposition(st)
    assert ev.type == cls and trigger in ev.trigger and claimant in r.labels(ev.agents), (
        r.summary())


def test_claimed_to_have_is_the_subjects_claim(run):
    r = run("The Kelvar Front claimed to have captured Tarsk on Sunday.")
    assert r.statement_by("Kelvar Front", cue="claim"), r.summary()


# ------------------------------------------------------------------ acts of a ruling body

# fmt: off
GOVERNED = [
    # (text, ruling body)
    case("government-dissolved-quote",
         "\"The government is dissolved,\" said a spokesman for the Council for National "
         "Renewal.", "Council for National Renewal"),
    case("curfew-imposed",
         "The Veska Military Council said a curfew had been imposed in Orrin.",
         "Veska Military Council"),
    case("parliament-dissolved-junta",
         "The Kelvar Junta said parliament had been dissolved and the constitution "
         "suspended.", "Kelvar Junta"),
]
# fmt: on


@pytest.mark.parametrize(("text", "body"), GOVERNED)
def test_act_of_government_told_by_a_ruling_body_is_its(run, text, body):
    r = run(text)
    assert any(body in r.labels(e.agents) for e in r.events_of("GovernanceEvent")), (
        r.summary())


# fmt: off
NOT_GOVERNED = [
    # (text, body that did not do it)
    case("party-tells", "The Civic Unity Party said parliament had been dissolved.",
         "Civic Unity Party"),
    case("council-denies",
         "The Veska Military Council denied that parliament had been dissolved.",
         "Veska Military Council"),
]
# fmt: on


@pytest.mark.parametrize(("text", "body"), NOT_GOVERNED)
def test_act_of_government_not_the_tellers(run, text, body):
    r = run(text)
    assert all(body not in r.labels(e.agents) for e in r.events_of("GovernanceEvent")), (
        r.summary())


# ------------------------------------------------------------------ the court that judged

# fmt: off
COURT_JUDGED = [
    # (text, court)
    case("jailed-at-court",
         "Ada Moreno was jailed for five years at the Marlow Crown Court on Tuesday.",
         "Marlow Crown Court"),
    case("court-named-before",
         "The Orrin High Court heard the case on Monday. Piet Olsen was sentenced to two "
         "years in prison.", "Orrin High Court"),
    case("acquitted-in-court",
         "Noor Haddad was acquitted of all charges in the Halvik District Court.",
         "Halvik District Court"),
]
# fmt: on


@pytest.mark.parametrize(("text", "court"), COURT_JUDGED)
def test_passive_judgement_is_the_courts(run, text, court):
    r = run(text)
    assert any(court in r.labels(e.agents) for e in r.events_of("JusticeEvent")), r.summary()


# fmt: off
NOT_COURT_JUDGED = [
    # (text, court that did not judge)
    case("past-perfect-earlier",
         "The Marlow Appeals Court heard that Ada Moreno had been convicted of fraud in 2015.",
         "Marlow Appeals Court"),
    case("court-named-after",
         "Ada Moreno was convicted of fraud in 2015. On Monday, the Marlow Appeals Court "
         "cut her sentence.", "Marlow Appeals Court"),
    case("two-courts",
         "The Marlow Crown Court and the Orrin High Court heard the cases. Ada Moreno was "
         "sentenced to five years.", "Marlow Crown Court"),
    case("not-convicted",
         "The Marlow Crown Court heard the case. Ada Moreno was not convicted.",
         "Marlow Crown Court"),
]
# fmt: on


@pytest.mark.parametrize(("text", "court"), NOT_COURT_JUDGED)
def test_judgement_not_the_courts(run, text, court):
    r = run(text)
    judged = [e for e in r.events_of("JusticeEvent") if e.trigger in {"convicted", "sentenced"}]
    assert all(court not in r.labels(e.agents) for e in judged), r.summary()


# ------------------------------------------------------------------ a protest at a body's call

# fmt: off
CALLED_PROTEST = [
    # (text, body)
    case("rallied-at-the-call-of",
         "Thousands rallied in Orrin at the call of the Civic Unity Party.",
         "Civic Unity Party"),
    case("protested-at-the-behest",
         "Hundreds of farmers protested in Halvik at the Veska Farmers League's behest.",
         "Veska Farmers League"),
]
# fmt: on


@pytest.mark.parametrize(("text", "body"), CALLED_PROTEST)
def test_protest_at_a_bodys_call_is_led_by_it(run, text, body):
    r = run(text)
    found = r.events_of("ProtestEvent") + r.events_of("MovementEvent")
    assert any(body in r.labels(e.agents) for e in found), r.summary()


# fmt: off
NOT_CALLED_PROTEST = [
    # (text, who does not lead it)
    case("a-persons-urging",
         "Thousands protested in Orrin at the urging of Mayor Ada Moreno.", "Ada Moreno"),
    case("a-meeting-at-invitation",
         "Delegates met in Orrin at the invitation of the Civic Unity Party.",
         "Civic Unity Party"),
]
# fmt: on


@pytest.mark.parametrize(("text", "who"), NOT_CALLED_PROTEST)
def test_not_a_protest_at_a_bodys_call(run, text, who):
    r = run(text)
    assert all(who not in r.labels(e.agents) for e in r.ex.events), r.summary()


# ------------------------------------------------------------------ a regulator's fine

# fmt: off
REGULATOR_FINE = [
    # (text, body, trigger, whether it did it)
    case("authority-fine",
         "The Veska Competition Authority said Delta Grain had been fined $2 million.",
         "Veska Competition Authority", "fined", True),
    case("commission-fine",
         "The Orrin Gaming Commission said Harbour Casinos had been fined for breaches.",
         "Orrin Gaming Commission", "fined", True),
    case("authority-tells-arrest",
         "The Orrin Port Authority said two men had been arrested.", "Orrin Port Authority",
         "arrested", False),
]
# fmt: on


@pytest.mark.parametrize(("text", "body", "trigger", "did"), REGULATOR_FINE)
def test_regulator_fine_is_its_own(run, text, body, trigger, did):
    r = run(text)
    ev = r.event("JusticeEvent", trigger=trigger)
    assert (body in r.labels(ev.agents)) == did, r.summary()
