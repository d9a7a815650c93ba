"""kg.extract events, the s28 wave: kinds of event the trigger lexicon missed or classed
wrong outside the conflict news it was tuned on. Courts: a verdict found ("the jury found
X guilty"), a fine as a noun ("ordered to pay a fine"). Deals made whoever makes them
("signed a trade agreement", "reached an accord"). Politics: "go to the polls", the
collapse of a government told by its "of" phrase, a law passed in a relative clause.
Labour and protest: "walked off the job", protesters marching. Contact at a distance
("spoke by phone with X"). Business: a firm's takeover with no firm named ("the takeover
must be approved"), a manager who "took over". Disasters (``DisasterEvent``): an
earthquake, floods, a fire, a crash, a ferry that sank. With near misses for each: "a
fine day", "reached the border", "54 percent of the vote", "sales fell", "spoke to
reporters", "walked off the stage", "troops marched", "a storm of criticism", "the stock
market crash", "shares crashed", "the militants took over".

Every sentence is invented (names and places are made up). The articles are published on
Friday 2024-03-15.
"""

from __future__ import annotations

import pytest
from cases import case


def classes_with(r, word: str) -> list[str]:
    """The classes of the events whose trigger holds ``word``."""
    return [e.type for e in r.ex.events if word in e.trigger.lower()]


# ---------------------------------------------------------------- found and classed

# fmt: off
FOUND = [
    # (text, class, word of the trigger)
    # a verdict found: the parser makes "guilty" a clause of its own
    case("jury-guilty", "The jury found Olsen guilty of fraud.", "JusticeEvent", "found"),
    case("court-not-guilty", "A court in Veska found the two directors not guilty.",
         "JusticeEvent", "found"),
    case("tribunal-liable", "The tribunal found Kessel Mining liable for the spill.",
         "JusticeEvent", "found"),
    case("passive-guilty", "Olsen was found guilty on all counts on Monday.", "JusticeEvent",
         "found"),
    case("judge-innocent", "Last year a judge in Orrin found the nurse innocent.",
         "JusticeEvent", "found"),
    case("jurors-guilty", "After two days, jurors found the driver guilty of manslaughter.",
         "JusticeEvent", "found"),
    # a fine as a noun
    case("slapped-with", "Inspectors slapped Delta Grain with a fine of $2 million.",
         "JusticeEvent", "fine"),
    case("ordered-to-pay", "The company was ordered to pay a fine of 3 million euros.",
         "JusticeEvent", "fine"),
    case("faces-record", "Halvard Bank faces a record fine over the scandal.",
         "JusticeEvent", "fine"),
    case("hit-with-amount", "The airline was hit with a $5 million fine.", "JusticeEvent",
         "fine"),
    case("imposed", "Regulators imposed a fine on the refinery.", "JusticeEvent", "fine"),
    case("fines-of", "Shop owners face fines of up to 10,000 euros.", "JusticeEvent",
         "fines"),
    # deals made, whoever makes them
    case("signed-trade", "The two countries signed a trade agreement.", "TransactionEvent",
         "signed"),
    case("reached-agreement", "Unions and employers reached an agreement on Friday.",
         "TransactionEvent", "reached"),
    case("sealed-deal", "The rivals sealed the deal in Orrin.", "TransactionEvent", "sealed"),
    case("deal-on-wages", "The miners' union struck a deal on wages with Brannock Coal.",
         "TransactionEvent", "struck"),
    case("struck-passive", "A deal was struck late on Tuesday.", "TransactionEvent",
         "struck"),
    case("signed-pact", "In 2019 the neighbours signed a pact on fishing rights.",
         "TransactionEvent", "signed"),
    case("signed-treaty", "Veska and Orrin signed a treaty on water rights.",
         "GovernanceEvent", "signed"),
    # an election by its polls
    case("go-polls", "Voters in Veska go to the polls on Sunday.", "GovernanceEvent",
         "go to the polls"),
    case("went-polls", "Millions of people went to the polls in Orrin.", "GovernanceEvent",
         "went to the polls"),
    case("head-polls", "Tesk heads to the polls next month after a bitter campaign.",
         "GovernanceEvent", "to the polls"),
    case("will-go-polls", "Veskans will go to the polls on May 4.", "GovernanceEvent",
         "go to the polls"),
    # a government's collapse told by its "of" phrase; a law passed in a relative clause
    case("collapse-of", "The collapse of the coalition government forced an early "
         "election.", "GovernanceEvent", "collapse"),
    case("after-collapse", "Voters will go to the polls after the collapse of the "
         "cabinet.", "GovernanceEvent", "collapse"),
    case("which-passed", "Miners protested against the mining law, which parliament "
         "passed in March.", "GovernanceEvent", "passed"),
    case("that-passed", "The rule follows a law that the assembly passed last year.",
         "GovernanceEvent", "passed"),
    # labour and protest
    case("walked-off-job", "Thousands of teachers walked off the job on Monday.",
         "ProtestEvent", "walked off"),
    case("walked-off-shift", "Nurses at the Orrin clinic walked off their shifts.",
         "ProtestEvent", "walked off"),
    case("protesters-marched", "Protesters marched through the centre of Orrin.",
         "ProtestEvent", "marched"),
    case("demonstrators-rallied", "Thousands of demonstrators rallied outside parliament.",
         "ProtestEvent", "rallied"),
    case("activists-gathered", "Activists gathered in front of the Kessel Mining offices "
         "on Sunday.", "ProtestEvent", "gathered"),
    # contact at a distance
    case("spoke-by-phone", "Brandt spoke by phone with the president of Veska.",
         "ContactEvent", "spoke"),
    case("talked-video", "The two leaders talked by video link on Monday.", "ContactEvent",
         "talked"),
    case("spoke-telephone", "Ekholm spoke with Morrow by telephone on Tuesday.",
         "ContactEvent", "spoke"),
    # a police volley
    case("tear-gas", "Riot police fired tear gas at demonstrators in Orrin.",
         "ConflictEvent", "fired"),
    case("grenades", "Soldiers fired grenades at the checkpoint.", "ConflictEvent", "fired"),
    # a firm's takeover, a manager who took over
    case("takeover-approved", "The takeover must be approved by regulators.",
         "BusinessEvent", "takeover"),
    case("hostile-takeover", "Delta Grain launched a hostile takeover last week.",
         "BusinessEvent", "takeover"),
    case("buyout-rejected", "Shareholders rejected the buyout on Thursday.",
         "BusinessEvent", "buyout"),
    case("who-took-over", "Brem, who took over in 2020, said the merger would save money.",
         "PersonnelEvent", "took over"),
    case("ceo-took-over", "The new chief executive took over in May.", "PersonnelEvent",
         "took over"),
    # sums that change hands, lines crossed, firms founded, people tried and freed
    case("paid-sum", "The company paid $3 million to settle the claims.",
         "TransactionEvent", "paid"),
    case("raised-sum", "The firm raised $50 million from investors.", "TransactionEvent",
         "raised"),
    case("will-spend", "Veska will spend $4 billion on new hospitals.", "TransactionEvent",
         "spend"),
    case("funded-euros", "The ministry funded the study with 2 million euros.",
         "TransactionEvent", "funded"),
    case("crossed-border", "Thousands of migrants crossed the border last month.",
         "MovementEvent", "crossed"),
    case("crossed-river", "Tanks crossed the river near Pirel at dawn.", "MovementEvent",
         "crossed"),
    case("founded-passive", "The startup was founded in 2015 by two engineers.",
         "BusinessEvent", "founded"),
    case("founded-company", "Ada Moreno founded the company in 2001.", "BusinessEvent",
         "founded"),
    case("tried-june", "The two men will be tried in June.", "JusticeEvent", "tried"),
    case("tried-for", "She was tried for fraud in 2019.", "JusticeEvent", "tried"),
    case("released-bail", "The suspect was released on bail.", "JusticeEvent", "released"),
    case("hostages-freed", "Three hostages were freed on Sunday.", "JusticeEvent", "freed"),
    # deaths of anyone a noun names; a government that falls or resigns; a firm collapsing
    case("actor-died", "The actor died on Sunday at the age of 84.", "LifeEvent", "died"),
    case("grandmother-died", "His grandmother died in 2019.", "LifeEvent", "died"),
    case("former-mayor-died", "The former mayor died in hospital.", "LifeEvent", "died"),
    case("government-fell", "The government fell on Tuesday.", "GovernanceEvent", "fell"),
    case("cabinet-resigned", "The coalition government resigned on Monday.",
         "GovernanceEvent", "resigned"),
    case("airline-collapsed", "The airline collapsed last year.", "BusinessEvent",
         "collapsed"),
    case("take-charge-team", "Marta Kell will take charge of the team for the next match.",
         "PersonnelEvent", "take"),
    # an attack the tagger calls an adjective; gunfire by its modifier; forces sent
    case("their-offensive", "The rebels launched their offensive last month.",
         "ConflictEvent", "offensive"),
    case("the-offensive-began", "The offensive began on Monday.", "ConflictEvent",
         "offensive"),
    case("counteroffensive", "The army's counteroffensive stalled near Pirel.",
         "ConflictEvent", "counteroffensive"),
    case("artillery-fire", "Residents reported artillery fire and air strikes overnight.",
         "ConflictEvent", "fire"),
    case("heavy-fire", "Heavy fire was heard in the north of Tesk.", "ConflictEvent",
         "fire"),
    case("sent-reinforcements", "The army sent reinforcements to the region.",
         "MovementEvent", "sent"),
    case("dispatched-peacekeepers", "The union dispatched 300 peacekeepers to Karn.",
         "MovementEvent", "dispatched"),
    # ground that falls to a side described; people taken hostage; blows of war
    case("fell-to-rebels", "The town fell to the rebels on Sunday.", "ControlEvent", "fell"),
    case("fell-to-forces", "The base fell to government forces after a week.",
         "ControlEvent", "fell"),
    case("took-hostage-first", "The rebels took hostage 12 aid workers.", "ConflictEvent",
         "took"),
    case("took-engineers-hostage", "Gunmen took three engineers hostage near Karn.",
         "ConflictEvent", "took"),
    case("holding-captive", "The militants are holding two guards captive.",
         "ConflictEvent", "holding"),
    case("blew-himself-up", "A suicide bomber blew himself up at a checkpoint.",
         "ConflictEvent", "blew"),
    case("blew-up-bridge", "Retreating troops blew up the bridge over the Tesk.",
         "ConflictEvent", "blew"),
    case("exchanged-fire", "The two sides exchanged fire across the river.",
         "ConflictEvent", "fire"),
    case("pounded", "Warplanes pounded the city overnight.", "ConflictEvent", "pounded"),
    case("razed", "Militiamen razed three villages near Korvin.", "ConflictEvent", "razed"),
    # hyphenated nouns the tokenizer splits; event nouns that modify a head of their own
    case("cease-fire", "A cease-fire took effect on Monday.", "GovernanceEvent",
         "cease-fire"),
    case("sit-in", "Students staged a sit-in at the university.", "ProtestEvent", "sit-in"),
    case("shoot-out", "The shoot-out lasted an hour.", "ConflictEvent", "shoot-out"),
    case("walk-out", "The walk-out by nurses closed two wards.", "ProtestEvent", "walk-out"),
    case("strike-action", "The union threatened strike action over pay.", "ProtestEvent",
         "strike"),
    case("bankruptcy-protection", "Kessel Mining filed for bankruptcy protection in May.",
         "BusinessEvent", "bankruptcy"),
    case("takeover-bid", "Delta Grain made a takeover bid for its rival.", "BusinessEvent",
         "takeover"),
    case("re-election-stays", "Moreno won re-election in May.", "GovernanceEvent",
         "election"),  # an election, as "election" alone is
    # diplomatic recognition
    case("recognizing-as", "Russia criticized other countries for recognizing the rebel "
         "council as the legitimate government of Veska.", "GovernanceEvent",
         "recognizing"),
    case("recognised-independence", "Orrin recognised Kelvar's independence on Monday.",
         "GovernanceEvent", "recognised"),
    case("state-recognised", "The new state was recognised by twelve countries.",
         "GovernanceEvent", "recognised"),
    # a bill voted down
    case("rejected-bill", "The senate rejected the bill.", "GovernanceEvent", "rejected"),
    case("rejected-budget", "Lawmakers in Veska rejected the budget on Thursday.",
         "GovernanceEvent", "rejected"),
    # disasters
    case("earthquake", "An earthquake struck the town of Karn on Monday.", "DisasterEvent",
         "earthquake"),
    case("floods", "Floods have killed at least 12 people in northern Veska.",
         "DisasterEvent", "floods"),
    case("fire-destroyed", "A fire destroyed a warehouse in the port of Orrin.",
         "DisasterEvent", "fire"),
    case("storm-hit", "A powerful storm hit the coast of Veska on Tuesday.", "DisasterEvent",
         "storm"),
    case("landslide", "Rescuers searched for survivors after the landslide.",
         "DisasterEvent", "landslide"),
    case("crash-inquiry", "The minister ordered an inquiry into the crash.", "DisasterEvent",
         "crash"),
    case("ferry-sank", "The ferry sank off the coast of Karn with 200 passengers on board.",
         "DisasterEvent", "sank"),
    case("plane-crashed", "The plane crashed shortly after take-off.", "DisasterEvent",
         "crashed"),
    case("trains-collided", "Two trains collided near Orrin on Sunday.", "DisasterEvent",
         "collided"),
    case("boat-capsized", "A fishing boat capsized in the Bay of Tesk.", "DisasterEvent",
         "capsized"),
]
# fmt: on


@pytest.mark.parametrize(("text", "cls", "word"), FOUND)
def test_event_found_and_classed(run, text, cls, word):
    r = run(text)
    assert cls in classes_with(r, word), r.summary()


# ---------------------------------------------------------------- near misses

# fmt: off
NOT_THIS = [
    # (text, word, class it must not have; "" for no event at all)
    case("fine-weather", "The weather was fine on Sunday.", "fine", ""),
    case("fine-price", "He paid a fine price for the house.", "fine", ""),
    case("fine-print", "The fine print of the contract was changed.", "fine", ""),
    case("found-dirty", "Inspectors found the kitchen dirty.", "found", ""),
    case("found-unfair", "Olsen found the decision unfair.", "found", ""),
    case("signed-letter", "The mayor signed the letter on Monday.", "signed", ""),
    case("reached-border", "The refugees reached the border on Monday.", "reached",
         "TransactionEvent"),
    case("polling-station", "She went to the polling station at noon.", "went", ""),
    case("percent-vote", "Moreno won 54 percent of the vote.", "vote", ""),
    case("majority-votes", "Moreno won a majority of the votes cast.", "votes", ""),
    case("sales-fell", "The company's sales fell by 8 percent.", "sales", ""),
    case("investment-rose", "Investment rose sharply last year.", "investment", ""),
    case("rise-in-sales", "Analysts expect a rise in sales next year.", "sales", ""),
    case("spoke-reporters", "Brandt spoke to reporters in Orrin.", "spoke", ""),
    case("walked-off-stage", "The singer walked off the stage after an hour.", "walked", ""),
    case("troops-marched", "Troops marched into Tesk on Sunday.", "marched", "ProtestEvent"),
    case("fans-gathered", "Fans gathered at the stadium before the final.", "gathered", ""),
    case("storm-criticism", "The minister faced a storm of criticism.", "storm", ""),
    case("flood-complaints", "A flood of complaints reached the regulator.", "flood", ""),
    case("market-crash", "The stock market crash wiped out savings.", "crash", ""),
    case("shares-crashed", "Shares crashed after the announcement.", "crashed", ""),
    case("by-accident", "He deleted the files by accident.", "accident", ""),
    case("a-disaster", "The reform was a disaster for the party.", "disaster", ""),
    case("car-bomb", "A car bomb exploded outside the ministry in Tesk.", "exploded",
         "DisasterEvent"),
    case("opened-fire", "Rebels opened fire on the convoy near Karn.", "fire",
         "DisasterEvent"),
    case("talks-sank", "The talks sank into acrimony.", "sank", ""),
    case("paid-tribute", "Mourners paid tribute to the victims.", "paid", ""),
    case("raised-concerns", "The report raised concerns about safety.", "raised", ""),
    case("raised-prices", "The shop raised prices by 5 percent.", "raised", ""),
    case("crossed-arms", "She crossed her arms and smiled.", "crossed", ""),
    case("found-keys", "Police found the keys in the car.", "found", ""),
    case("recipe-tried", "The recipe was tried by hundreds of cooks.", "tried", ""),
    case("roof-collapsed", "The roof collapsed under the snow.", "collapsed", ""),
    case("plan-collapsed", "The plan collapsed after a week.", "collapsed", ""),
    case("plan-died", "The plan died in committee.", "died", ""),
    case("shares-fell", "Shares in Halvard Bank fell on Tuesday.", "fell", ""),
    case("minister-resigned", "The minister resigned on Monday.", "resigned",
         "GovernanceEvent"),
    case("film-released", "The film was released on Friday.", "released", "JusticeEvent"),
    case("army-took-charge", "The army took charge of the city of Pirel.", "took",
         "PersonnelEvent"),
    case("offensive-remarks", "He made offensive remarks about the judge.", "offensive", ""),
    case("offensive-line", "The team's offensive line was weak.", "offensive", ""),
    case("shares-fell-to", "Shares fell to a record low on Friday.", "fell", ""),
    case("took-on-loan", "The striker joined the club on loan.", "joined", "ConflictEvent"),
    case("blew-up-row", "The row blew up into a crisis.", "blew", "ConflictEvent"),
    case("cease-fire-no-blaze", "A cease-fire took effect on Monday.", "fire",
         "DisasterEvent"),
    case("strike-price", "The strike price was set at $40.", "strike", ""),
    case("attack-helicopter", "The attack helicopter landed at the base.", "attack", ""),
    case("rejected-claim", "The senate rejected the claim.", "rejected", ""),
    case("recognised-problem", "The minister recognised the problem.", "recognised", ""),
    case("recognised-player", "She was recognised as the best player of the season.",
         "recognised", ""),
    case("militants-took-over", "The militants took over the town of Pirel on Sunday.",
         "took over", "PersonnelEvent"),
    case("army-takeover", "The army's takeover of Pirel was condemned.", "takeover",
         "BusinessEvent"),
]
# fmt: on


@pytest.mark.parametrize(("text", "word", "cls"), NOT_THIS)
def test_near_miss_is_not_that_event(run, text, word, cls):
    r = run(text)
    found = classes_with(r, word)
    assert (cls not in found) if cls else not found, r.summary()
