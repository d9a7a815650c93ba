"""kg.extract, session 31: event places and dates.

- A penalty handed down in the present perfect is news of the day, whatever its length:
  "has sentenced X to five years", "has jailed X for ten years", "has banned X for two
  years" take the report's day (``as_of_report._timed``); a state or a deed that went on
  for a time ("has held the town for years", "have detained him for three weeks") still
  takes none, nor a penalty with no count ("has suspended him for years").
- A length or record said of an event noun after it ("the protest, the largest in a
  decade, ...", "a rally of several hours ...") is no time of the event and does not hide
  the day of the clause it is told in (``events._date``).

- The people a deed is aimed at or handed to ("fired tear gas at the crowd", "threw
  stones at them", "fired rubber bullets at protesters") say nothing of where it was: the
  place of the sentence before is still carried to it (``places.located``); a place
  phrase with no known name ("at the company's offices", "at a petrol station") still
  stops it.

- A site the lead calls only "a strategic town in the north of X", "a village near the
  border", "a military camp in central X" is named by one of the next two sentences of the
  paragraph ("The town, Y, ...", "The village of Y ...", "The camp at Y ...", "The farm,
  near the town of Y, ..."): the event has Y among its places (``named_later``); not
  "another camp, at Y", not a place named before, in another paragraph, or around the
  site only ("the town in X"), and not a site the event did not take ("retook the camp").

- A where-clause in the simple past on the place a dated deed went to or happened in
  ("visited X on Monday, where she met Y", "flew to X on Sunday, where he held talks")
  tells what was done there then and has that deed's day (``events._where_date``); not a
  perfect or past perfect ("where troops have held out", "where he had studied"), a
  deed to come ("will travel ..., where he will meet"), nor one with a day of its own.

- "arrested in 2019 and extradited a year later" (2020), "detained in May 2022 and
  convicted two months later" (2022-07), "A year earlier, ...": a count of years or months
  later or earlier is counted from the date the text named last, in the same sentence or
  the one before, to that unit's precision (``temporal._from_period_named``); a month
  from a year alone, "years later" with no count, and a date three sentences back give
  none.

Every sentence and name is invented. Tests are published on Friday 2024-03-15.
"""

from __future__ import annotations

import pytest
from cases import case

REPORT_DAY = "2024-03-15"

# fmt: off
PENALTY_OF_THE_DAY = [
    case("sentenced-to-years", "A court in Brasso has sentenced the former mayor to five years "
         "in prison.", "JusticeEvent", "sentenced", REPORT_DAY),
    case("jailed-for-years", "A judge in Coldmere has jailed a retired banker for ten years "
         "for fraud.", "JusticeEvent", "jailed", REPORT_DAY),
    case("imprisoned-for-months", "Lantvik's top court has imprisoned two activists for "
         "eighteen months.", "JusticeEvent", "imprisoned", REPORT_DAY),
    case("banned-for-a-year", "The federation has banned the sprinter Oda Ferrant for a year.",
         None, "banned", REPORT_DAY),
    case("sentenced-passive", "Two smugglers have been sentenced to seven years each by a "
         "court in Varnholt.", "JusticeEvent", "sentenced", REPORT_DAY),
]
NO_DAY_FOR_A_STATE = [
    case("held-for-years", "The militia has held the port of Skarra for years.", "held"),
    case("detained-for-weeks", "Police have detained the reporter Ines Caldo for three weeks.",
         "detained"),
    case("fought-for-months", "Rebels have fought the army around Ulvik for months.", "fought"),
]

LENGTH_AFTER_THE_NOUN = [
    case("record-apposition", "The protest, the largest in a decade, drew thousands to the "
         "streets of Pellmoor on Saturday.", "ProtestEvent", "protest", "2024-03-09"),
    case("longest-in-years", "The dockers' strike, the longest in twenty years, ended in "
         "Quarrow on Tuesday.", "ProtestEvent", "strike", "2024-03-12"),
    case("of-several-hours", "A rally of several hours blocked the main square of Dunmarsh on "
         "Sunday.", "ProtestEvent", "rally", "2024-03-10"),
    case("worst-in-decades", "The worst flooding in decades hit the Ostra valley on "
         "Wednesday.", "DisasterEvent", "flooding", "2024-03-13"),
]
# fmt: on


def _event(r, cls, trigger):
    if cls is not None:
        return r.event(cls, trigger=trigger)
    found = [e for e in r.ex.events if trigger in e.trigger.lower()]
    assert found, r.summary()
    return found[0]


@pytest.mark.parametrize(("text", "cls", "trigger", "date"), PENALTY_OF_THE_DAY)
def test_a_penalty_told_in_the_present_perfect_is_of_the_report_day(run, text, cls, trigger,
                                                                    date):
    r = run(text)
    event = _event(r, cls, trigger)
    assert event.date is not None and event.date.value == date, r.summary()


@pytest.mark.parametrize(("text", "trigger"), NO_DAY_FOR_A_STATE)
def test_what_went_on_for_a_time_takes_no_report_day(run, text, trigger):
    r = run(text)
    found = [e for e in r.ex.events if trigger in e.trigger.lower()]
    assert all(e.date is None for e in found), r.summary()


@pytest.mark.parametrize(("text", "cls", "trigger", "date"), LENGTH_AFTER_THE_NOUN)
def test_a_length_after_an_event_noun_does_not_hide_the_clause_day(run, text, cls, trigger,
                                                                  date):
    r = run(text)
    event = r.event(cls, trigger=trigger)
    assert event.date is not None and event.date.value == date, r.summary()


def test_an_event_noun_with_its_own_length_and_no_day_stays_undated(run):
    r = run("A strike of several weeks has crippled the mills of Harnby, the union said.")
    event = r.event("ProtestEvent", trigger="strike")
    assert event.date is None, r.summary()


# fmt: off
AIMED_AT_PEOPLE = [
    case("tear-gas-at-the-crowd", "Protesters gathered outside the parliament in Brasso on "
         "Monday. Police fired tear gas at the crowd.", "fired", "Brasso"),
    case("grenades-at-them", "Hundreds of students marched through Coldmere on Friday. Police "
         "officers threw stun grenades at them.", "threw", "Coldmere"),
    case("bullets-at-protesters", "Supporters of the opposition rioted in Varnholt on Sunday. "
         "Officers fired rubber bullets at protesters.", "fired", "Varnholt"),
]
LOCATED_ELSEWHERE = [
    case("at-the-offices", "Protesters gathered outside the parliament in Brasso on Monday. "
         "Police arrested two men at the company's offices.", "arrested"),
    case("at-a-petrol-station", "Protesters gathered outside the parliament in Brasso on "
         "Monday. Police fired tear gas at a petrol station.", "fired"),
]
# fmt: on


@pytest.mark.parametrize(("text", "trigger", "place"), AIMED_AT_PEOPLE)
def test_the_people_a_deed_is_aimed_at_leave_the_place_carried(run, text, trigger, place):
    r = run(text)
    found = [e for e in r.ex.events if trigger in e.trigger.lower()]
    assert found and r.labels(found[-1].places) == [place], r.summary()


@pytest.mark.parametrize(("text", "trigger"), LOCATED_ELSEWHERE)
def test_a_place_phrase_without_a_name_still_stops_the_carry(run, text, trigger):
    r = run(text)
    found = [e for e in r.ex.events if trigger in e.trigger.lower()]
    assert found and found[-1].places == (), r.summary()


# fmt: off
NAMED_AFTER = [
    case("town-apposition", "Rebels have seized a strategic town in northern Veska, the army "
         "said on Monday. The town, Karvosk, had been held by the government since 2019.",
         "ControlEvent", "seized", "Karvosk"),
    case("village-of", "Gunmen attacked a village in western Veska on Sunday, killing nine "
         "people. The village of Dunmarsh lies 20 km from the frontier.", "ConflictEvent",
         "attacked", "Dunmarsh"),
    case("farm-near-the-town-of", "Police raided a farm in the south of Veska on Friday. The "
         "farm, near the town of Pellmoor, belonged to a former minister.", "ConflictEvent",
         "raided", "Pellmoor"),
    case("camp-at", "Militants stormed a military camp in central Veska on Tuesday. The camp "
         "at Quarrow housed 300 soldiers.", "MovementEvent", "stormed", "Quarrow"),
]
NOT_NAMED_AFTER = [
    case("another-camp", "Militants stormed a military camp in central Veska on Tuesday. "
         "Another camp, at Quarrow, was spared.", "MovementEvent", "stormed", "Quarrow"),
    case("named-before", "The camp at Quarrow housed 300 soldiers. Militants stormed a "
         "military camp in central Veska on Tuesday.", "MovementEvent", "stormed", "Quarrow"),
    case("new-paragraph", "Militants stormed a military camp in central Veska on Tuesday.\n\n"
         "The camp at Quarrow housed 300 soldiers.", "MovementEvent", "stormed", "Quarrow"),
    case("the-site-of-no-event", "Militants stormed a village in central Veska on Tuesday. "
         "The camp at Quarrow housed 300 soldiers.", "MovementEvent", "stormed", "Quarrow"),
]
# fmt: on


@pytest.mark.parametrize(("text", "cls", "trigger", "place"), NAMED_AFTER)
def test_a_site_the_next_sentence_names_is_among_the_places(run, text, cls, trigger, place):
    r = run(text)
    event = r.event(cls, trigger=trigger)
    assert place in r.labels(event.places), r.summary()


@pytest.mark.parametrize(("text", "cls", "trigger", "place"), NOT_NAMED_AFTER)
def test_a_site_named_otherwise_is_not_the_events(run, text, cls, trigger, place):
    r = run(text)
    event = r.event(cls, trigger=trigger)
    assert place not in r.labels(event.places), r.summary()


# fmt: off
WHERE_THEN = [
    case("visited-where-met", "The premier visited Nairobi on Monday, where she met the "
         "governor.", "ContactEvent", "met", "2024-03-11"),
    case("travelled-where-talks", "The envoy travelled to Geneva on Wednesday, where he held "
         "talks with both delegations.", "ContactEvent", "talks", "2024-03-13"),
    case("arrived-where-met", "The foreign minister arrived in Nairobi on Tuesday, where he "
         "met the president.", "ContactEvent", "met", "2024-03-12"),
]
WHERE_ANOTHER_TIME = [
    case("will-meet", "The minister will travel to Nairobi on Monday, where he will meet the "
         "president.", "ContactEvent", "meet"),
    case("has-arrived", "The minister has arrived in Nairobi, where he met the president.",
         "ContactEvent", "met"),
]
# fmt: on


@pytest.mark.parametrize(("text", "cls", "trigger", "date"), WHERE_THEN)
def test_a_where_clause_on_a_dated_deeds_place_has_its_day(run, text, cls, trigger, date):
    r = run(text)
    event = r.event(cls, trigger=trigger)
    assert event.date is not None and event.date.value == date, r.summary()


@pytest.mark.parametrize(("text", "cls", "trigger"), WHERE_ANOTHER_TIME)
def test_a_where_clause_of_another_time_takes_no_day(run, text, cls, trigger):
    r = run(text)
    event = r.event(cls, trigger=trigger)
    assert event.date is None, r.summary()


def test_a_where_clause_with_a_day_of_its_own_keeps_it(run):
    r = run("The minister arrived in Nairobi on Monday, where talks were held on Tuesday.")
    event = r.event("ContactEvent", trigger="talks")
    assert event.date is not None and event.date.value == "2024-03-12", r.summary()


# fmt: off
PERIOD_LATER = [
    case("a-year-later-conjunct", "The banker was arrested in 2019 and was extradited a year "
         "later.", "JusticeEvent", "extradited", "2020"),
    case("two-years-later-next-sentence", "Ines Caldo was arrested in 2017. Two years later, "
         "she was convicted of fraud.", "JusticeEvent", "convicted", "2019"),
    case("months-from-a-month", "The reporter was detained in May 2022 and was convicted two "
         "months later.", "JusticeEvent", "convicted", "2022-07"),
    case("a-year-earlier", "The mill closed in 2021. A year earlier, the owners had been "
         "charged with fraud.", "JusticeEvent", "charged", "2020"),
]
# fmt: on


@pytest.mark.parametrize(("text", "cls", "trigger", "date"), PERIOD_LATER)
def test_a_count_of_years_or_months_later_is_counted_from_the_date_before(run, text, cls,
                                                                          trigger, date):
    r = run(text)
    event = _event(r, cls, trigger)
    assert event.date is not None and event.date.value == date, r.summary()


def test_a_month_later_than_a_year_alone_names_no_month(run):
    r = run("The banker was arrested in 2019 and was extradited a month later.")
    event = r.event("JusticeEvent", trigger="extradited")
    assert event.date is None, r.summary()


def test_years_later_without_a_count_names_no_year(run):
    r = run("The banker was arrested in 2019. He was released years later.")
    found = [e for e in r.ex.events if "released" in e.trigger]
    assert all(e.date is None for e in found), r.summary()


def test_a_count_later_reaches_no_further_than_the_sentence_before(run):
    r = run("The banker was arrested in 2019. The firm collapsed. Its founder fled. A year "
            "later, he was extradited.")
    event = r.event("JusticeEvent", trigger="extradited")
    assert event.date is None, r.summary()
