"""kg.extract events, tenth wave: courts, policing and harm on news nobody tuned the
engine for. Steps of justice told without a word of the lexicon ("appeared in court",
"taken into custody", "settled the case", "cleared of all charges", "a bail hearing");
law enforcement by its doers ("detectives questioned", "investigators searched"); harm
told by "hurt", "left five people dead", "took his own life"; illness is no attack ("a
heart attack"); an event to come ("will stand trial in May") takes the next May. And the
near misses of each, which must stay no event.

Every sentence is invented (names and places are made up). The articles are published on
Friday 2024-03-15.
"""

from __future__ import annotations

import pytest
from cases import case


def with_word(r, word: str) -> list[str]:
    """The classes of the events whose trigger holds ``word``."""
    return [e.type for e in r.ex.events if word in e.trigger.lower()]


# ---------------------------------------------------------------- steps of justice

# fmt: off
JUSTICE = [
    # (text, trigger word)
    case("appeared-in-court", "The pair appeared in court in Orrin on Monday.", "appeared"),
    case("appeared-before", "Olsen appeared before a judge in Tesk.", "appeared"),
    case("sent-to-prison", "The accountant was sent to prison for six years.", "sent"),
    case("granted-bail", "The magistrate granted bail to the three dockers.", "granted"),
    case("refused-bail", "Brenn was refused bail on Tuesday.", "refused"),
    case("court-ruled", "A Tesk tribunal ruled in favour of the nurses' union.", "ruled"),
    case("will-rule", "The court will rule on the appeal in June.", "rule"),
    case("settled-case", "The club settled the case out of court.", "settled"),
    case("dropped-charges", "Prosecutors dropped the charges against the coach.", "dropped"),
    case("thrown-out", "The lawsuit was thrown out by the judge.", "thrown"),
    case("cleared-of", "The nurse was cleared of all charges.", "cleared"),
    case("accused-gerund", "The treasurer is accused of stealing funds from the choir.",
         "accused"),
    case("accused-crime", "Two officials were accused of bribery.", "accused"),
    case("admitted-counts", "Brenn admitted two counts of fraud.", "admitted"),
    case("pleaded-guilty", "The singer pleaded guilty to tax evasion.", "pleaded"),
    case("pleads-not-guilty", "The driver pleads not guilty.", "pleads"),
    case("custody", "Olsen was taken into custody on Friday.", "taken"),
    case("remanded", "The driver was remanded in custody until April.", "remanded"),
    case("questioned", "Detectives questioned the goalkeeper for six hours.", "questioned"),
    case("questioned-by", "The mayor was questioned by anti-corruption investigators.",
         "questioned"),
    case("interrogated", "The suspect was interrogated overnight.", "interrogated"),
    case("searched", "Investigators searched the offices of Lunet Pharma on Tuesday.",
         "searched"),
    case("police-search", "A police search of the flat found nothing.", "search"),
    case("bail-hearing", "A bail hearing is set for Monday.", "hearing"),
    case("hearing-in-court", "The hearing in court lasted two days.", "hearing"),
    case("inquiry", "An inquiry into the collapse of the stand began in May.", "inquiry"),
    case("inquest", "The coroner opened an inquest into the death of the climber.", "inquest"),
]
NOT_JUSTICE = [
    # (text, a word that must be no justice event)
    case("appeared-on-tv", "The singer appeared on television on Monday.", "appeared"),
    case("sent-troops", "The army sent troops to the border.", "sent"),
    case("granted-licence", "The ministry granted a licence to Delta Grain.", "granted"),
    case("ruled-country", "The king ruled the country for 40 years.", "ruled"),
    case("ruled-that", "The court ruled that the contract was void.", "ruled"),
    case("settled-in", "The family settled in Orrin in 1990.", "settled"),
    case("voters-questioned", "Voters questioned the plan.", "questioned"),
    case("searched-for-survivors", "Rescuers searched for survivors in the rubble.",
         "searched"),
    case("pleaded-for-calm", "Olsen pleaded for calm after the match.", "pleaded"),
    case("pleaded-with", "The mayor pleaded with the strikers to return.", "pleaded"),
    case("accused-of-lying", "Olsen is accused of lying by her rivals.", "accused"),
    case("dropped-striker", "The club dropped the striker for the final.", "dropped"),
    case("cleared-desk", "The minister cleared her desk on Friday.", "cleared"),
    case("parliament-hearing", "The parliamentary hearing was broadcast live.", "hearing"),
    case("admitted-that", "Brenn admitted that the plan had failed.", "admitted"),
    case("police-questioned-statement", "Police said the roads were closed.", "said"),
]
# fmt: on


@pytest.mark.parametrize(("text", "word"), JUSTICE)
def test_steps_of_justice_outside_the_lexicon(run, text, word):
    r = run(text)
    assert "JusticeEvent" in with_word(r, word), r.summary()


@pytest.mark.parametrize(("text", "word"), NOT_JUSTICE)
def test_near_misses_are_no_justice(run, text, word):
    r = run(text)
    assert "JusticeEvent" not in with_word(r, word), r.summary()


def test_the_enforcer_is_the_agent(run):
    r = run("Detectives questioned the goalkeeper for six hours.")
    assert r.labels(r.event("JusticeEvent", trigger="questioned").agents) == ["detectives"]


def test_a_raid_stays_an_attack(run):
    """A raid is the lexicon's attack whoever makes it (test_extract_events_w5)."""
    r = run("Police raided the Kelvar offices of Delta Grain on Tuesday.")
    r.event("ConflictEvent", trigger="raided")


# ---------------------------------------------------------------- harm

# fmt: off
HARM = [
    # (text, trigger words)
    case("were-hurt", "Four people were hurt in the blast.", "hurt"),
    case("hurt-object", "The falling crane hurt two workers in Orrin.", "hurt"),
    case("hurt-participle", "Six fans hurt in the crush were taken to hospital.", "hurt"),
    case("left-dead", "The crash left five people dead.", "left five people dead"),
    case("left-injured", "The storm left dozens of villagers injured.", "injured"),
    case("own-life", "The poet took her own life in 2019.", "took her own life"),
]
NOT_HARM = [
    case("hurt-sales", "The bad weather hurt sales in March.", "hurt"),
    case("left-without", "The storm left the town without power.", "left"),
    case("life-of-its-own", "The novel took on a life of its own.", "took"),
    case("left-the-club", "Olsen left the club in May.", "left"),
    case("hurt-chances", "The scandal hurt her chances of re-election.", "hurt"),
]
# fmt: on


@pytest.mark.parametrize(("text", "words"), HARM)
def test_harm_told_by_other_verbs(run, text, words):
    r = run(text)
    assert "LifeEvent" in with_word(r, words), r.summary()


@pytest.mark.parametrize(("text", "word"), NOT_HARM)
def test_near_misses_are_no_harm(run, text, word):
    r = run(text)
    assert "LifeEvent" not in with_word(r, word), r.summary()


# ---------------------------------------------------------------- illness is no attack

# fmt: off
ILLNESS = [
    case("heart", "Olsen suffered a heart attack during the match."),
    case("panic", "The pilot had a panic attack before take-off."),
    case("asthma", "A pupil died after an asthma attack at the school in Tesk."),
    case("cardiac", "The coach was taken to hospital after a suspected cardiac attack."),
]
ATTACKS = [
    case("rebels", "The rebels launched an attack on the convoy."),
    case("knife", "A knife attack outside the station injured two men."),
    case("cyber", "A cyber attack hit the bank on Monday."),
]
# fmt: on


@pytest.mark.parametrize("text", ILLNESS)
def test_an_illness_is_no_attack(run, text):
    r = run(text)
    assert "ConflictEvent" not in with_word(r, "attack"), r.summary()


@pytest.mark.parametrize("text", ATTACKS)
def test_attacks_stay_attacks(run, text):
    run(text).event("ConflictEvent", trigger="attack")


# ---------------------------------------------------------------- a deed to come

# fmt: off
TO_COME = [
    # (text, trigger, class, the next date)
    case("stand-trial", "The banker will stand trial in May.", "trial", "JusticeEvent",
         "2024-05"),
    case("face-hearing", "Brenn will face a bail hearing on April 2.", "hearing", "JusticeEvent",
         "2024-04-02"),
    case("stage-strike", "The dockers will stage a strike in June.", "strike",
         "ProtestEvent", "2024-06"),
]
# Past deeds keep the last such month ("opened in May" told in March is last May).
DONE = [
    case("stood-trial", "The banker stood trial in May.", "trial", "JusticeEvent", "2023-05"),
    case("opened-factory", "The carmaker opened a factory near Kelvar in May.", "opened",
         "BusinessEvent", "2023-05"),
]
# fmt: on


@pytest.mark.parametrize(("text", "trigger", "cls", "date"), TO_COME)
def test_a_deed_to_come_takes_the_next_date(run, text, trigger, cls, date):
    ev = run(text).event(cls, trigger=trigger)
    assert ev.date is not None and ev.date.value == date
    assert ev.factuality == "Future"


@pytest.mark.parametrize(("text", "trigger", "cls", "date"), DONE)
def test_a_deed_done_keeps_the_last_date(run, text, trigger, cls, date):
    ev = run(text).event(cls, trigger=trigger)
    assert ev.date is not None and ev.date.value == date


# ---------------------------------------------------------------- charged over a deed

# fmt: off
OVER_DEED = [
    case("charged-over", "Two men were charged over the robbery in Ruskin.", "charged"),
    case("in-connection", "Police charged a teenager in connection with the stabbing.",
         "charged"),
    case("arrested-over", "A nurse was arrested over the death of a patient.", "arrested"),
    case("charged-for", "Olsen was charged for the attack on the guard.", "charged"),
]
# fmt: on


@pytest.mark.parametrize(("text", "word"), OVER_DEED)
def test_charged_over_a_deed(run, text, word):
    r = run(text)
    assert "JusticeEvent" in with_word(r, word), r.summary()


def test_charged_over_takes_the_place_of_the_deed(run):
    r = run("Two men were charged over the robbery in Ruskin.")
    assert r.labels(r.event("JusticeEvent", trigger="charged").places) == ["Ruskin"]


# ---------------------------------------------------------------- carried, not taken

# fmt: off
CARRIED = [
    case("to-station", "The men were taken to a police station in Marwick."),
    case("to-hospital", "The injured were taken to hospital in Tesk."),
    case("active", "Medics took the two climbers to a clinic in Orrin."),
    case("into", "The suspect was taken into a waiting van outside the court in Lunet."),
]
TAKEN = [
    case("town", "Rebels took the town of Tesk on Monday."),
    case("city-of", "Rebels took the city of Orrin on Monday."),
]
# fmt: on


@pytest.mark.parametrize("text", CARRIED)
def test_people_carried_somewhere_are_moved_not_taken(run, text):
    r = run(text)
    found = with_word(r, "took") + with_word(r, "taken")
    assert found == ["MovementEvent"], r.summary()


@pytest.mark.parametrize("text", TAKEN)
def test_places_taken_stay_taken(run, text):
    run(text).event("ControlEvent", trigger="took")


# ---------------------------------------------------------------- named sites are places

# fmt: off
SITES = [
    # (text, trigger, class, the site)
    case("school", "A gunman opened fire at Ridgefield High School on Monday.", "opened",
         "ConflictEvent", "Ridgefield High School"),
    case("prison", "Three inmates escaped from Harlow Prison overnight.", "escaped",
         "MovementEvent", "Harlow Prison"),
    case("stadium", "Fans clashed outside Kelvar Stadium on Saturday.", "clashed",
         "ConflictEvent", "Kelvar Stadium"),
    case("hospital", "Two nurses were attacked at Marwick General Hospital.", "attacked",
         "ConflictEvent", "Marwick General Hospital"),
    case("airport", "The suspect was arrested at Orrin International Airport.", "arrested",
         "JusticeEvent", "Orrin International Airport"),
    case("cathedral", "Police clashed with protesters outside Dunmore Cathedral on Sunday.",
         "clashed", "ConflictEvent", "Dunmore Cathedral"),
]
# fmt: on


@pytest.mark.parametrize(("text", "trigger", "cls", "site"), SITES)
def test_a_named_site_is_the_place(run, text, trigger, cls, site):
    r = run(text)
    assert site in r.labels(r.event(cls, trigger=trigger).places), r.summary()
    assert r.entity(site).type == "Place"


# fmt: off
BODIES = [
    # the same kinds of name as speakers or employers stay organisations
    case("university-said", "Lunet University said the campus would reopen on Monday.",
         "Lunet University"),
    case("hospital-said", "Marwick General Hospital said two patients had died.",
         "Marwick General Hospital"),
    case("court", "The trial opened at Kestrel Crown Court on Tuesday.", "Kestrel Crown Court"),
]
# fmt: on


@pytest.mark.parametrize(("text", "name"), BODIES)
def test_bodies_stay_organisations(run, text, name):
    r = run(text)
    assert r.entity(name).type == "Organization", r.summary()


# ---------------------------------------------------------------- untagged places

# fmt: off
PEOPLE_OF_PLACE = [
    case("mayor-of", "The mayor of Salvaro resigned after the scandal.", "resigned",
         "PersonnelEvent", "Salvaro"),
    case("residents-of", "Flooding hit the valley. Residents of Salvaro were evacuated.",
         "evacuated", "MovementEvent", "Salvaro"),
    case("outskirts-of", "Clashes broke out on the outskirts of Zelkova.", "Clashes",
         "ConflictEvent", "Zelkova"),
]
# fmt: on


@pytest.mark.parametrize(("text", "trigger", "cls", "place"), PEOPLE_OF_PLACE)
def test_the_people_of_a_place_make_it_one(run, text, trigger, cls, place):
    r = run(text)
    assert r.entity(place).type == "Place"
    assert place in r.labels(r.event(cls, trigger=trigger).places), r.summary()


# ---------------------------------------------------------------- a noun's own clause dates it

# fmt: off
OWN_CLAUSE = [
    # (text, trigger, class, date)
    case("which-began", "The trial, which began on Monday, was adjourned.", "trial",
         "JusticeEvent", "2024-03-11"),
    case("broke-out", "The fighting, which broke out on Sunday, has killed 12 people.",
         "fighting", "ConflictEvent", "2024-03-10"),
    case("took-place", "The protest, which took place on Saturday, was peaceful.",
         "protest", "ProtestEvent", "2024-03-09"),
    case("that-started", "The inquiry that started on Tuesday heard from six nurses.",
         "inquiry", "JusticeEvent", "2024-03-12"),
    case("held", "The talks, held in Lunet on Wednesday, ended without a deal.", "talks",
         "ContactEvent", "2024-03-13"),
]
# fmt: on


@pytest.mark.parametrize(("text", "trigger", "cls", "date"), OWN_CLAUSE)
def test_an_event_nouns_own_clause_dates_it(run, text, trigger, cls, date):
    ev = run(text).event(cls, trigger=trigger)
    assert ev.date is not None and ev.date.value == date


def test_another_deed_in_the_clause_lends_no_date(run):
    r = run("The plant, which opened in 1990, was sold in May to Delta Grain.")
    assert all(e.date is None or e.date.value != "1990" for e in r.ex.events
               if "sold" in e.trigger), r.summary()


# ------------------------------------------- a blaze is no dismissal (it is a disaster)

# fmt: off
BLAZES = [
    case("broke-out", "A fire broke out in the Dunmore Valley on Sunday."),
    case("at-tower", "The fire at Grenmoor Tower killed 12 people."),
    case("fought", "Firefighters fought the fire for six hours."),
    case("warehouse", "A fire in a warehouse in Orrin destroyed 40 tonnes of grain."),
]
SHOOTING = [
    case("under-fire", "The convoy came under fire near Tesk.", "fire"),
    case("opened-fire", "Troops opened fire on the protesters in Orrin.", "opened"),
]
DISMISSALS = [
    case("fired-post", "The board fired the chief executive on Monday.", "fired"),
    case("sacked-named", "Harrow United sacked Elsa Brandt on Monday.", "sacked"),
]
# fmt: on


@pytest.mark.parametrize("text", BLAZES)
def test_a_blaze_is_no_dismissal_and_no_attack(run, text):
    r = run(text)
    assert set(with_word(r, "fire")) <= {"DisasterEvent"}, r.summary()  # a disaster


@pytest.mark.parametrize(("text", "word"), SHOOTING)
def test_shooting_fire_is_an_attack(run, text, word):
    r = run(text)
    assert with_word(r, word) == ["ConflictEvent"], r.summary()


@pytest.mark.parametrize(("text", "word"), DISMISSALS)
def test_dismissals_stay_personnel(run, text, word):
    r = run(text)
    assert "PersonnelEvent" in with_word(r, word), r.summary()


# ---------------------------------------------------------------- market moves

# fmt: off
MARKET = [
    case("closed-year", "Lunet Pharma closed the year with record sales.", "closed"),
    case("shares-closed", "Shares in Delta Grain closed 3 per cent higher on Friday.",
         "closed"),
    case("closed-down", "Delta Grain closed down 2% at 140 pence.", "closed"),
    case("index", "The Kelvar index closed at 7,000 points.", "closed"),
    case("ended-session", "Delta Grain ended the session 4% lower.", "ended"),
    case("opened-day", "Harbour Foods opened the day at a record high.", "opened"),
]
CLOSURES = [
    case("plant", "Delta Grain closed its plant in Tesk.", "closed"),
    case("mills", "Delta Grain shut two mills in Orrin last year.", "shut"),
]
# fmt: on


@pytest.mark.parametrize(("text", "word"), MARKET)
def test_a_market_move_is_no_closure(run, text, word):
    r = run(text)
    assert not with_word(r, word), r.summary()


@pytest.mark.parametrize(("text", "word"), CLOSURES)
def test_closures_stay_business(run, text, word):
    r = run(text)
    assert "BusinessEvent" in with_word(r, word), r.summary()


# fmt: off
SITE_SUBJECTS = [
    case("factory-closed", "The factory closed in 2019.", "closed"),
    case("mill-closed-down", "The mill closed down in May after 80 years.", "closed"),
    case("plant-shut-down", "The plant shut down last week.", "shut"),
    case("bakery-closed", "The bakery in Tesk closed on Saturday.", "closed"),
]
NOT_SITE_SUBJECTS = [
    case("border-closed", "The border closed on Saturday.", "closed"),
    case("hearing-closed", "The hearing closed on Friday.", "closed"),
]
# fmt: on


@pytest.mark.parametrize(("text", "word"), SITE_SUBJECTS)
def test_a_site_that_closes_is_a_business_event(run, text, word):
    r = run(text)
    assert "BusinessEvent" in with_word(r, word), r.summary()


@pytest.mark.parametrize(("text", "word"), NOT_SITE_SUBJECTS)
def test_other_things_that_close_are_no_business(run, text, word):
    r = run(text)
    assert "BusinessEvent" not in with_word(r, word), r.summary()


# ---------------------------------------------------------------- staff let go

# fmt: off
STAFF_CUTS = [
    # (text, trigger): staff dismissed are a change of staff (PersonnelEvent), as "dismiss"
    case("laid-off", "Harbour Foods laid off 300 workers at its Tesk plant.", "laid"),
    case("cut-jobs", "The bank will cut 2,000 jobs by the end of the year.", "cut"),
    case("shed-staff", "The airline shed 400 staff in 2020.", "shed"),
    case("layoffs", "The layoffs were announced on Monday.", "layoffs"),
    case("redundancies", "Delta Grain announced 500 redundancies at its Tesk plant.",
         "redundancies"),
    case("job-cuts", "The job cuts will hit the Orrin site.", "cuts"),
]
NOT_STAFF_CUTS = [
    case("cut-prices", "Delta Grain cut prices in Orrin.", "cut"),
    case("spending-cuts", "The council announced spending cuts on Monday.", "cuts"),
]
# fmt: on


@pytest.mark.parametrize(("text", "word"), STAFF_CUTS)
def test_staff_let_go_are_a_personnel_event(run, text, word):
    r = run(text)
    assert with_word(r, word) == ["PersonnelEvent"], r.summary()


@pytest.mark.parametrize(("text", "word"), NOT_STAFF_CUTS)
def test_other_cuts_are_no_personnel_event(run, text, word):
    r = run(text)
    assert "PersonnelEvent" not in with_word(r, word), r.summary()


# ---------------------------------------------------------------- goods seized by the law

# fmt: off
GOODS_SEIZED = [
    case("customs", "Customs officers seized two tonnes of cocaine at the port of Orrin.",
         "seized"),
    case("they-said", "Police said they had seized 40 kilograms of cocaine in Orrin.",
         "seized"),
    case("assets", "The assets of Delta Grain were seized by investigators.", "seized"),
    case("confiscated", "Officers confiscated their passports at the border.", "confiscated"),
    case("impounded", "Police impounded the lorry in Tesk.", "impounded"),
]
GROUND_SEIZED = [
    case("town", "Rebels seized the town of Tesk.", "seized"),
    case("control", "The army seized control of the airport.", "seized"),
]
# fmt: on


@pytest.mark.parametrize(("text", "word"), GOODS_SEIZED)
def test_goods_seized_by_the_law_are_justice(run, text, word):
    r = run(text)
    assert with_word(r, word) == ["JusticeEvent"], r.summary()


@pytest.mark.parametrize(("text", "word"), GROUND_SEIZED)
def test_ground_seized_stays_control(run, text, word):
    r = run(text)
    assert with_word(r, word) == ["ControlEvent"], r.summary()
