"""kg.extract events, the s30 wave: kinds of sentence read on news nobody tuned for.

Words of violence as figures of speech make no event: fighting for survival or votes, a
war on litter, fire a minister comes under for a remark, a plan shot down, shares that
shot up, prices that exploded, a referee blasted by a coach, a rival attacked over a
deal, jobs killed, a tone struck, tribute paid, a share of the vote captured. Their
literal uses stay events (the near misses of each table are the other table).

Every sentence is invented (names and places are made up). The articles are published on
Friday 2024-03-15.
"""

from __future__ import annotations

import pytest
from cases import case


def classes_with(r, word: str) -> list[str]:
    """The classes of the events whose trigger holds ``word``."""
    return [e.type for e in r.ex.events if word in e.trigger.lower()]


# ---------------------------------------------------------------- figures of speech

# fmt: off
FIGURES = [
    # (text, word of the would-be trigger)
    case("fighting-survival", "The Civic Unity Party is fighting for its survival.",
         "fighting"),
    case("fought-votes", "Moreno and Olsen fought hard for votes in the north.", "fought"),
    case("battle-votes", "The two parties are locked in a battle for votes.", "battle"),
    case("struggle-recognition", "The Kelvar nurses' long struggle for recognition ended "
         "in May.", "struggle"),
    case("fighting-life", "The driver was fighting for his life in hospital on Sunday.",
         "fighting"),
    case("fought-back-tears", "Ada Moreno fought back tears as she spoke.", "fought"),
    case("war-on-poverty", "The government declared war on poverty.", "war"),
    case("war-on-litter", "The mayor's war on litter has cost Marlow millions.", "war"),
    case("war-against-drugs", "The war against drugs failed, the report says.", "war"),
    case("under-fire-for", "The minister came under fire for the remarks.", "fire"),
    case("under-fire-over", "Halvard Bank has come under fire over its fees.", "fire"),
    case("under-fire-gerund", "The board is under fire for cutting the pension fund.",
         "fire"),
    case("shot-down-plan", "The plan was shot down by the board on Monday.", "shot"),
    case("shot-down-proposal", "Lawmakers shot down the proposal within a week.", "shot"),
    case("shares-shot-up", "Shares in Delta Grain shot up 10 percent.", "shot"),
    case("prices-exploded", "Prices exploded last year.", "exploded"),
    case("demand-exploded", "Demand for the vaccine has exploded since March.", "exploded"),
    case("explosion-in-demand", "The firm did not foresee the explosion in demand.",
         "explosion"),
    case("explosion-of-anger", "The ruling set off an explosion of anger in Orrin.",
         "explosion"),
    case("blasted-referee", "The coach blasted the referee after the match.", "blasted"),
    case("slammed-decision", "Union leaders blasted the decision as reckless.", "blasted"),
    case("blasted-person", "Olsen blasted Moreno in a long interview.", "blasted"),
    case("attacked-over", "The opposition attacked the government over the deal.",
         "attacked"),
    case("attacked-over-gerund", "Critics attacked Olsen over his handling of the floods.",
         "attacked"),
    case("kill-jobs", "The cuts will kill jobs in the north, the union warned.", "kill"),
    case("killed-project", "The decision killed the project.", "killed"),
    case("killed-bill", "Senators killed the bill on Thursday.", "killed"),
    case("struck-tone", "Olsen struck a conciliatory tone.", "struck"),
    case("struck-balance", "The budget strikes a balance between cuts and taxes.",
         "strikes"),
    case("struck-chord", "Her speech struck a chord with young voters.", "struck"),
    case("paid-visit", "The minister paid a visit to Kelvar last week.", "paid"),
    case("paid-attention", "Few voters paid attention to the debate.", "paid"),
    case("paid-price", "The party paid the price for its split.", "paid"),
    case("captured-percent-vote", "The party captured 40 percent of the vote.",
         "captured"),
    case("won-percent-votes", "Moreno took 54 percent of the votes.", "took"),
]
# fmt: on


@pytest.mark.parametrize(("text", "word"), FIGURES)
def test_figure_of_speech_is_no_event(run, text, word):
    r = run(text)
    assert classes_with(r, word) == [], r.summary()


# fmt: off
LITERAL = [
    # (text, class, word of the trigger): the near misses of the figures above
    case("fought-for-control", "Rebels fought for control of Pirel.", "ConflictEvent",
         "fought"),
    case("battle-for-town", "The battle for Tesk lasted a month.", "ConflictEvent",
         "battle"),
    case("declared-war-country", "Veska declared war on Orrin in 1990.", "ConflictEvent",
         "war"),
    case("war-against-rebels", "The war against the rebels has killed thousands.",
         "ConflictEvent", "war"),
    case("fought-back-attack", "Soldiers fought back an attack on the base.",
         "ConflictEvent", "attack"),
    case("under-fire-near", "The convoy came under fire near Pirel.", "ConflictEvent",
         "fire"),
    case("under-fire-hours", "The base came under fire for two hours.", "ConflictEvent",
         "fire"),
    case("shot-down-helicopter", "Rebels shot down a helicopter near Pirel.",
         "ConflictEvent", "shot"),
    case("pilot-shot-down", "The pilot was shot down over Tesk.", "ConflictEvent", "shot"),
    case("shot-up-bar", "Gunmen shot up a bar in Orrin.", "ConflictEvent", "shot"),
    case("bomb-exploded", "A bomb exploded in the market of Karn.", "ConflictEvent",
         "exploded"),
    case("explosion-of-bomb", "The explosion of a car bomb killed four people.",
         "ConflictEvent", "explosion"),
    case("blasted-hole", "Troops blasted a hole in the wall of the compound.",
         "ConflictEvent", "blasted"),
    case("attacked-over-weekend", "Rebels attacked the town over the weekend.",
         "ConflictEvent", "attacked"),
    case("attacked-over-border", "Militants attacked the village over the border.",
         "ConflictEvent", "attacked"),
    case("killed-guards", "Gunmen killed three guards at the gate.", "LifeEvent", "killed"),
    case("killed-manager", "The blast killed the project manager.", "LifeEvent", "killed"),
    case("missiles-struck", "Missiles struck the port of Tesk.", "ConflictEvent", "struck"),
    case("paid-sum-house", "Moreno paid $3 million for the house.", "TransactionEvent",
         "paid"),
    case("captured-percent-land", "The Northern Legion captured 80 percent of Karvastan.",
         "ControlEvent", "captured"),
]
# fmt: on


@pytest.mark.parametrize(("text", "cls", "word"), LITERAL)
def test_literal_use_stays_event(run, text, cls, word):
    r = run(text)
    assert cls in classes_with(r, word), r.summary()


# ---------------------------------------------------------------- deeds the lexicon missed

# fmt: off
FOUND = [
    # (text, class, word of the trigger)
    # a person joins a body named by a common noun: a change of staff
    case("joined-government", "Ada Moreno joined the government in 2022.",
         "PersonnelEvent", "joined"),
    case("joined-party", "Olsen joined the party in 1998.", "PersonnelEvent", "joined"),
    case("joined-army", "He joined the army at 18.", "PersonnelEvent", "joined"),
    case("joined-board", "She joined the board of Delta Grain last year.",
         "PersonnelEvent", "joined"),
    case("minister-joined-bank", "The former minister joined the bank as an adviser.",
         "PersonnelEvent", "joined"),
    case("will-join-cabinet", "Tomas Brenn will join the cabinet next month.",
         "PersonnelEvent", "join"),
    # a court reviews a law or a ruling
    case("struck-down-law", "The supreme court struck down the law on Tuesday.",
         "JusticeEvent", "struck down"),
    case("judge-struck-down-ban", "A judge in Orrin struck down the ban on rallies.",
         "JusticeEvent", "struck down"),
    case("law-was-struck-down", "The curfew law was struck down in May.", "JusticeEvent",
         "struck down"),
    case("overturned-ruling", "The appeals court overturned the ruling.", "JusticeEvent",
         "overturned"),
    case("upheld-conviction", "The court upheld his conviction on Friday.", "JusticeEvent",
         "upheld"),
    case("quashed-sentence", "Judges in Marlow quashed the sentence in May.",
         "JusticeEvent", "quashed"),
    case("blocked-by-judge", "The decree was blocked by a federal judge.", "JusticeEvent",
         "blocked"),
    # trips, round-ups, crackdowns, stones thrown
    case("made-trip", "The envoy made a two-day trip to Tesk.", "MovementEvent", "trip"),
    case("trip-cancelled", "The minister's trip to Orrin was cancelled.", "MovementEvent",
         "trip"),
    case("journey-to", "Their journey to the coast took three weeks.", "MovementEvent",
         "journey"),
    case("rounded-up-suspects", "Police rounded up dozens of suspects.", "JusticeEvent",
         "rounded up"),
    case("men-rounded-up", "The protesters were rounded up and taken to a stadium.",
         "JusticeEvent", "rounded up"),
    case("cracked-down", "The government cracked down on protesters in Orrin.",
         "ConflictEvent", "cracked down"),
    case("will-crack-down", "The regime will crack down on dissent, activists fear.",
         "ConflictEvent", "crack down"),
    case("threw-stones", "Protesters threw stones at police.", "ConflictEvent", "threw"),
    case("hurled-rocks", "Youths hurled rocks at the soldiers in Kelvar.",
         "ConflictEvent", "hurled"),
    # taking office with no one named; pacts of peace; crowds marching against a cause
    case("sworn-in-described", "The new president was sworn in on Monday.",
         "PersonnelEvent", "sworn in"),
    case("sworn-in-as", "Morrow was sworn in as president on Monday.", "PersonnelEvent",
         "sworn in"),
    case("will-be-sworn-in", "The new cabinet will be sworn in next week.",
         "PersonnelEvent", "sworn in"),
    case("signed-peace-agreement", "The two sides signed a peace agreement in Kelvar.",
         "GovernanceEvent", "signed"),
    case("peace-deal-signed", "The peace deal was signed on Monday.", "GovernanceEvent",
         "signed"),
    case("struck-peace-accord", "The rebels struck a peace accord with the army.",
         "GovernanceEvent", "struck"),
    case("marched-against-war", "Thousands marched in Orrin on Saturday against the war.",
         "ProtestEvent", "marched"),
    case("marched-to-protest", "Thousands of people marched through Orrin to protest "
         "against the tax.", "ProtestEvent", "marched"),
    case("marched-in-protest", "Farmers marched in protest at the new rules.",
         "ProtestEvent", "marched"),
    case("rallied-in-support", "Hundreds rallied in support of the strikers.",
         "ProtestEvent", "rallied"),
    case("gathered-to-demand", "Crowds gathered in Kelvar to demand the release of the "
         "editor.", "ProtestEvent", "gathered"),
    # a warrant, a firm gone bust, tools downed, a rival taken over
    case("arrest-warrant", "A court issued an arrest warrant for Olsen.", "JusticeEvent",
         "arrest"),
    case("went-bust", "The company went bust in 2020.", "BusinessEvent", "went bust"),
    case("downed-tools", "Dockers in Orrin downed their tools on Monday.",
         "ProtestEvent", "downed"),
    case("took-over-rival", "The firm took over its rival in 2020.", "BusinessEvent",
         "took over"),
    case("took-over-competitor", "Halvard Bank took over a smaller competitor last year.",
         "BusinessEvent", "took over"),
    # arson, looting and wrecking by people: attacks, no disasters
    case("torched-cars", "Rioters torched three cars in Orrin.", "ConflictEvent",
         "torched"),
    case("ransacked-shops", "Looters ransacked shops in the centre of Kelvar.",
         "ConflictEvent", "ransacked"),
    case("shops-looted", "Shops were looted overnight in Tesk.", "ConflictEvent",
         "looted"),
    case("the-looting", "The looting went on for two days.", "ConflictEvent", "looting"),
    case("set-fire-to", "Youths set fire to a police station in Marlow.", "ConflictEvent",
         "fire"),
    case("set-on-fire-by", "The depot was set on fire by militants.", "ConflictEvent",
         "fire"),
    case("set-ablaze", "Rioters set cars ablaze in Orrin.", "ConflictEvent", "set"),
    case("set-alight", "The office was set alight on Sunday.", "ConflictEvent",
         "set alight"),
    # a chief suspended, a minister retired
    case("suspended-chief", "The board suspended the chief executive.", "PersonnelEvent",
         "suspended"),
    case("suspended-from-cabinet", "The minister was suspended from the cabinet.",
         "PersonnelEvent", "suspended"),
    case("retired", "The minister retired in 2020.", "PersonnelEvent", "retired"),
    case("will-retire", "Olsen will retire at the end of the season.", "PersonnelEvent",
         "retire"),
    # a person leaving a body or a post, as one joins it
    case("left-party", "Olsen left the party in 2018.", "PersonnelEvent", "left"),
    case("left-office", "Moreno left office in 2020.", "PersonnelEvent", "left"),
    case("left-board", "She left the board of Delta Grain last year.", "PersonnelEvent",
         "left"),
    case("left-government", "The minister left the government in March.",
         "PersonnelEvent", "left"),
    case("left-job", "He left his job at the bank in 2015.", "PersonnelEvent", "left"),
    case("inaugurated-as", "Morrow was inaugurated as president on Monday.",
         "PersonnelEvent", "inaugurated"),
    # a deal made, told in a relative clause that hangs on it
    case("deal-the-government-signed", "Olsen spoke of the trade deal the government "
         "signed with Orrin last year.", "TransactionEvent", "signed"),
    case("agreement-that-signed", "The agreement that the unions signed ends the strike.",
         "TransactionEvent", "signed"),
    # beatings by police, guards or a mob; charges one faces
    case("beat-protester", "Officers beat a protester with batons in Orrin.",
         "ConflictEvent", "beat"),
    case("beaten-by-police", "The journalist was beaten by police in Orrin.",
         "ConflictEvent", "beaten"),
    case("guards-beat-prisoners", "Guards beat the prisoners at the Kelvar camp.",
         "ConflictEvent", "beat"),
    case("beaten-to-death", "The man was beaten to death near the station.", "LifeEvent",
         "beaten"),
    case("faces-charges-of", "The mayor faces charges of fraud.", "JusticeEvent",
         "charges"),
    case("faces-bribery-charges", "Olsen faces bribery charges in Marlow.", "JusticeEvent",
         "charges"),
    case("could-face-criminal", "The mayor could face criminal charges over the deal.",
         "JusticeEvent", "charges"),
    case("faces-bare-charges", "The former minister now faces charges.", "JusticeEvent",
         "charges"),
    # a second round of an election
    case("runoff-held", "A runoff will be held on May 14.", "GovernanceEvent", "runoff"),
    case("run-off-hyphen", "The run-off between Moreno and Olsen is set for May.",
         "GovernanceEvent", "run-off"),
    case("won-runoff", "Moreno won the runoff with 54 percent.", "GovernanceEvent",
         "runoff"),
    # armed sides still campaign
    case("rebels-campaigned", "Rebels campaigned in the north for a decade.",
         "ConflictEvent", "campaigned"),
    case("army-campaigned", "The army campaigned against the rebels in Kelvar.",
         "ConflictEvent", "campaigned"),
]
# fmt: on


@pytest.mark.parametrize(("text", "cls", "word"), FOUND)
def test_deed_found_and_classed(run, text, cls, word):
    r = run(text)
    assert cls in classes_with(r, word), r.summary()


# fmt: off
NOT_THESE = [
    # (text, word, class it must not have; "" for no event at all)
    case("country-joined-alliance", "Veska joined the alliance in 2004.", "joined", ""),
    case("joined-protest", "The singer joined the protest.", "joined", "PersonnelEvent"),
    case("joined-talks", "Olsen joined the talks on Monday.", "joined", "PersonnelEvent"),
    case("joined-on-stage", "Olsen joined Moreno on stage.", "joined", ""),
    case("overturned-cars", "Protesters overturned cars in Orrin.", "overturned",
         "JusticeEvent"),
    case("blocked-road", "The government blocked the road to Kelvar.", "blocked",
         "JusticeEvent"),
    case("upheld-tradition", "The mayor upheld the tradition of a spring parade.",
         "upheld", ""),
    case("reversed-decision", "The company reversed its decision.", "reversed", ""),
    case("missile-struck", "A missile struck the depot in Tesk.", "struck",
         "JusticeEvent"),
    case("rounded-up-figures", "The ministry rounded up the figures to the nearest "
         "thousand.", "rounded", ""),
    case("rounded-up-week", "Olsen rounded up the week with a speech.", "rounded", ""),
    case("cracked-case", "Police cracked the case within a week.", "cracked", ""),
    case("threw-party", "Moreno threw a party for her staff.", "threw", ""),
    case("threw-challenge", "The coach threw the players a challenge.", "threw", ""),
    case("witnesses-sworn-in", "Witnesses were sworn in before the hearing.", "sworn", ""),
    case("swore-at", "The players swore at the referee.", "swore", ""),
    case("signed-trade-deal", "The unions signed a deal with the firm.", "signed",
         "GovernanceEvent"),
    case("troops-marched-against", "Troops marched against the rebels.", "marched",
         "ProtestEvent"),
    case("army-marched-into", "The army marched into Tesk on Sunday.", "marched",
         "ProtestEvent"),
    case("fans-gathered-celebrate", "Fans gathered to celebrate the title.", "gathered",
         "ProtestEvent"),
    case("rebels-took-over-town", "The rebels took over the town.", "took over",
         "BusinessEvent"),
    case("army-took-over-broadcaster", "The army took over the state broadcaster.",
         "took over", "BusinessEvent"),
    case("spark-set-fire", "A spark set fire to the barn.", "fire", "ConflictEvent"),
    case("lightning-ablaze", "Lightning set the forest ablaze.", "set", "ConflictEvent"),
    case("fire-broke-out", "A fire broke out at the factory.", "fire", "ConflictEvent"),
    case("a-torch", "The torch was lit in Orrin.", "torch", ""),
    case("the-loot", "Police recovered the loot.", "loot", ""),
    case("suspended-law", "The government suspended the law.", "suspended",
         "PersonnelEvent"),
    case("retired-teacher", "The retired teacher said the school was closed.", "retired",
         ""),
    case("who-signed-letter", "The man who signed the letter was fined.", "signed", ""),
    case("beat-team", "Harrow United beat Orrin City 3-1.", "beat", ""),
    case("beat-in-runoff", "Moreno beat Olsen in the runoff.", "beat", ""),
    case("beat-expectations", "The firm beat expectations.", "beat", ""),
    case("face-fees", "Shoppers face charges for plastic bags.", "charges", ""),
    case("criticism-over-charges", "The firm faces criticism over its charges.", "charges",
         ""),
    case("deal-signed-by", "The deal signed by the two firms was a trade pact.", "signed",
         "GovernanceEvent"),
    case("left-the-office", "Olsen left the office at noon.", "left", "PersonnelEvent"),
    case("left-hotel", "The team left the hotel early.", "left", "PersonnelEvent"),
    case("country-left-alliance", "Veska left the alliance in 2004.", "left",
         "PersonnelEvent"),
    case("inaugurated-bridge", "The mayor inaugurated the new bridge on Monday.",
         "inaugurated", "PersonnelEvent"),
]
# fmt: on


@pytest.mark.parametrize(("text", "word", "cls"), NOT_THESE)
def test_near_miss_is_not_that_event(run, text, word, cls):
    r = run(text)
    found = classes_with(r, word)
    assert (cls not in found) if cls else found == [], r.summary()


# ---------------------------------------------------------------- befell no one

# fmt: off
NO_ONE = [
    # (text, word of the would-be trigger): nothing happened, so no event
    case("no-one-injured", "No one was injured in the fire at the Kelvar depot.",
         "injured"),
    case("nobody-hurt", "Nobody was hurt, the police in Orrin said.", "hurt"),
    case("none-of-passengers", "None of the passengers was hurt.", "hurt"),
    case("no-soldiers-died", "The army said no soldiers died in the ambush.", "died"),
    case("no-civilians-killed", "No civilians were killed in the strikes on Tesk.",
         "killed"),
    case("no-one-else", "Two guards were shot and no one else was wounded.", "wounded"),
    case("no-arrests", "No arrests have been made so far.", "arrests"),
    case("no-injuries", "The blast on Sunday caused no injuries.", "injuries"),
    case("no-reports-of-casualties", "There were no reports of casualties in Marlow.",
         "casualties"),
    case("no-deaths", "Officials in Veska reported no deaths from the storm.", "deaths"),
]
# fmt: on


@pytest.mark.parametrize(("text", "word"), NO_ONE)
def test_event_that_befell_no_one_is_none(run, text, word):
    r = run(text)
    assert classes_with(r, word) == [], r.summary()


# fmt: off
SOMEONE = [
    # (text, class, word): near misses, with someone who underwent or did the deed
    case("two-injured", "Two people were injured in the fire.", "LifeEvent", "injured"),
    case("killed-and-no-one-else", "Two guards were shot dead and no one else was hurt.",
         "LifeEvent", "shot dead"),
    case("nobody-taken-over", "The militia said nobody had taken over its positions near "
         "Pirel.", "ControlEvent", "taken over"),
    case("no-one-claimed-attack", "No group has claimed the attack on the convoy.",
         "ConflictEvent", "attack"),
    case("three-arrests", "Police made three arrests in Orrin.", "JusticeEvent",
         "arrests"),
    case("denied-attacking", "The rebels denied attacking the convoy.", "ConflictEvent",
         "attacking"),
]
# fmt: on


@pytest.mark.parametrize(("text", "cls", "word"), SOMEONE)
def test_event_with_someone_stays(run, text, cls, word):
    r = run(text)
    assert cls in classes_with(r, word), r.summary()


# ---------------------------------------------------------------- words of no event

# fmt: off
NO_EVENT = [
    # (text, word of the would-be trigger)
    # the setting a statement is made in
    case("told-news-conference", "Olsen told a news conference in Orrin that the plan was "
         "dead.", "conference"),
    case("speaking-press-conference", "Speaking at a press conference in Tesk, Moreno said "
         "prices would fall.", "conference"),
    case("in-interview-with", "In an interview with the Marlow Courier, Moreno said the "
         "count was late.", "interview"),
    case("gave-interview", "Moreno gave an interview to the Marlow Courier.", "interview"),
    case("said-at-briefing", "The spokesman said at a briefing on Monday that the road was "
         "open.", "briefing"),
    # a fine paid is the fine, no payment of its own
    case("paid-fine", "The company paid a fine of 12 million crowns.", "paid"),
    case("paid-penalty", "Delta Grain paid the penalty in full.", "paid"),
    # a line of business told in the present simple
    case("sells-tractors", "The firm sells tractors across Veska.", "sells"),
    case("buys-gas", "Veska buys most of its gas from Orrin.", "buys"),
    case("lends-to-firms", "The bank lends to small firms in the north.", "lends"),
    case("usually-pays", "The ministry usually pays its suppliers late.", "pays"),
    # the prosecution as a side in court
    case("prosecution-says", "The prosecution says Weir took money from builders.",
         "prosecution"),
    case("prosecution-argued", "The prosecution argued that the mayor had lied.",
         "prosecution"),
    case("witness-for-prosecution", "A witness for the prosecution told the court he had "
         "met Weir.", "prosecution"),
    case("prosecutions-case", "The prosecution's case rests on two witnesses.",
         "prosecution"),
    # to campaign, said of anyone but an armed side, is to seek votes or support
    case("campaigned-on-economy", "Olsen has campaigned on the economy.", "campaigned"),
    case("union-campaigned", "The union campaigned for higher pay.", "campaigned"),
    case("activists-campaigned", "Activists campaigned against the plan for years.",
         "campaigned"),
    case("will-campaign", "Moreno will campaign in Orrin on Friday.", "campaign"),
    # bodies and media controlled, scenes secured by the police: no ground changes hands
    case("controls-media", "The government controls the media.", "controls"),
    case("controls-parliament", "The ruling party controls parliament in Veska.",
         "controls"),
    case("police-secured-area", "Police secured the area after the blast in Orrin.",
         "secured"),
    case("officers-sealed-off", "Officers sealed off the street near the station.",
         "sealed"),
]
# fmt: on


@pytest.mark.parametrize(("text", "word"), NO_EVENT)
def test_words_of_no_event(run, text, word):
    r = run(text)
    assert classes_with(r, word) == [], r.summary()


# fmt: off
STILL_EVENTS = [
    # (text, class, word): the near misses
    case("leaders-met", "The two leaders met in Orrin on Monday.", "ContactEvent", "met"),
    case("phone-call-with", "Moreno and Olsen held a phone call on Tuesday.",
         "ContactEvent", "call"),
    case("fine-stays", "The company paid a fine of 12 million crowns.", "JusticeEvent",
         "fine"),
    case("paid-sum", "Moreno paid $3 million for the house in 2019.", "TransactionEvent",
         "paid"),
    case("buys-named-firm", "Delta Grain buys Harrow Mills for $2 billion.",
         "TransactionEvent", "buys"),
    case("sells-dated", "The firm sells the unit on Monday.", "TransactionEvent", "sells"),
    case("bought-past", "Veska bought most of its gas from Orrin last year.",
         "TransactionEvent", "bought"),
    case("prosecution-of", "The prosecution of the former mayor began in May.",
         "JusticeEvent", "prosecution"),
    case("faces-prosecution", "Weir faces prosecution for fraud.", "JusticeEvent",
         "prosecution"),
    case("troops-secured-airport", "Troops secured the airport of Tesk.", "ControlEvent",
         "secured"),
    case("rebels-control-north", "The rebels control the north of Veska.",
         "ControlEvent", "control"),
    case("army-seized-broadcaster", "The army seized the state broadcaster.",
         "ControlEvent", "seized"),
]
# fmt: on


@pytest.mark.parametrize(("text", "cls", "word"), STILL_EVENTS)
def test_near_misses_stay_events(run, text, cls, word):
    r = run(text)
    assert cls in classes_with(r, word), r.summary()
