"""kg.extract entities and memberships, wave 4 (issue 11, generality): memberships given
by the shape of the phrase ("X of the Y party", "X (Y)", "Y's chief engineer, X", "X, a
nurse at Y"), people named only in apposition to a role or a job, and names the tagger
cut or ran on ("the Republic of | Veska", "the Ministry of Health in Kelvar").

Every sentence is invented, across courts, business, health, sport, science, elections
and local government. The articles are published on Friday 2024-03-15.
"""

from __future__ import annotations

import pytest
from cases import case

# fmt: off
PHRASE_MEMBERSHIPS = [
    # (text, person, organisation)
    case("of-the-party", "Dana Kolar of the Green Harbour Party said the vote had been "
         "rigged.", "Dana Kolar", "Green Harbour Party"),
    case("of-the-lowercase-party", "Dana Kolar of the Green Harbour party said the vote had "
         "been rigged.", "Dana Kolar", "Green Harbour"),
    case("from-company", "Ada Moreno from Orion Motors told reporters that sales had "
         "fallen.", "Ada Moreno", "Orion Motors"),
    case("of-the-union-object", "The mayor met Tomas Brenn of the Kelvar Dockers Union on "
         "Tuesday.", "Tomas Brenn", "Kelvar Dockers Union"),
    case("bracketed-party", "Tomas Brenn (Civic Unity Party) said turnout had been high.",
         "Tomas Brenn", "Civic Unity Party"),
    case("bracketed-acronym", "Voters backed Ilse Morrow (ODP) in the second round.",
         "Ilse Morrow", "ODP"),
    case("possessive-chief-engineer", "The Marlow Water Board's chief engineer, Piet Olsen, "
         "said the pipes were old.", "Piet Olsen", "Marlow Water Board"),
    case("nurse-at-hospital", "Piet Olsen, a nurse at Kelvar General Hospital, said the "
         "ward was full.", "Piet Olsen", "Kelvar General Hospital"),
    case("researcher-at-institute", "Marek Sova, a researcher at the Orrin Science "
         "Institute, said the vaccine worked.", "Marek Sova", "Orrin Science Institute"),
    case("company-engineer-name", "Orion Motors engineer Piet Olsen said the recall had "
         "been needed.", "Piet Olsen", "Orion Motors"),
    case("coach-of-club", "Elsa Brandt, the coach of Harrow Rovers, praised her players.",
         "Elsa Brandt", "Harrow Rovers"),
    case("coach-of-club-tagged", "Elsa Brandt, the head coach of the Harrow Rowing Club, "
         "praised the crew.", "Elsa Brandt", "Harrow Rowing Club"),
    case("copular-professor-at", "Jana Ruus is a professor at the Lunet Institute of "
         "Technology.", "Jana Ruus", "Lunet Institute of Technology"),
    case("judge-of-court", "Judge Lena Fox of the Marlow Appeals Court ruled that the fine "
         "was lawful.", "Lena Fox", "Marlow Appeals Court"),
]

NO_PHRASE_MEMBERSHIP = [
    # (text, person, organisation the person is not a member of)
    case("critic-of-party", "Ada Moreno, a critic of the Harbour Party, said the plan would "
         "fail.", "Ada Moreno", "Harbour Party"),
    case("former-coach", "Piet Olsen, a former coach at Harrow United, said the club was in "
         "trouble.", "Piet Olsen", "Harrow United"),
    case("letter-from-to", "A letter from Ada Moreno to the Tesk Rowing Club was published "
         "on Monday.", "Ada Moreno", "Tesk Rowing Club"),
    case("sued-company", "Piet Olsen sued Orion Motors over the faulty brakes.",
         "Piet Olsen", "Orion Motors"),
    case("customer-of-bank", "Piet Olsen, a customer of the Orrin Savings Bank, lost his "
         "deposit.", "Piet Olsen", "Orrin Savings Bank"),
    case("spoke-to-paper", "Ada Moreno spoke to the Marlow Courier on Monday.",
         "Ada Moreno", "Marlow Courier"),
]
# fmt: on


@pytest.mark.parametrize(("text", "person", "org"), PHRASE_MEMBERSHIPS)
def test_memberships_by_phrase_shape(run, text, person, org):
    r = run(text)
    assert (person, org) in r.membership_pairs(), r.summary()


@pytest.mark.parametrize(("text", "person", "org"), NO_PHRASE_MEMBERSHIP)
def test_memberships_none_for_phrase_look_alikes(run, text, person, org):
    r = run(text)
    r.entity(person), r.entity(org)  # both are found: the absence below is meaningful
    assert (person, org) not in r.membership_pairs(), r.summary()


def test_memberships_of_a_place_is_none(run):
    r = run("Ada Moreno of Orrin said the road was closed.")
    assert r.ex.memberships == (), r.summary()


# fmt: off
SPEAKS_FOR = [
    # (text, speaker, organisation spoken for)
    case("of-the-party-said", "Dana Kolar of the Green Harbour Party said the count was "
         "late.", "Dana Kolar", "Green Harbour Party"),
    case("bracketed-said", "Tomas Brenn (Civic Unity Party) said turnout had been high.",
         "Tomas Brenn", "Civic Unity Party"),
    case("engineer-said", "The Marlow Water Board's chief engineer, Piet Olsen, warned that "
         "the pipes would burst.", "Piet Olsen", "Marlow Water Board"),
    case("researcher-announced", "Marek Sova, a researcher at the Orrin Science Institute, "
         "announced that the trial had ended.", "Marek Sova", "Orrin Science Institute"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "org"), SPEAKS_FOR)
def test_on_behalf_of_by_phrase_shape(run, text, speaker, org):
    r = run(text)
    assert r.label(r.statement_by(speaker).on_behalf_of) == org, r.summary()


def test_unnamed_spokesperson_speaks_as_the_body(run):
    """Gold's convention (news-dev): "a spokesman for X said" is X's statement, on X's
    behalf."""
    r = run("A spokesman for the Bank of Orrin said rates would rise.")
    s = r.statement_by("Bank of Orrin")
    assert r.label(s.on_behalf_of) == "Bank of Orrin", r.summary()


# fmt: off
APPOSED_PEOPLE = [
    # (text, person the tagger may miss)
    case("official-at", "Ilse Morrow, a senior official at the Veska Football Federation, "
         "denied the report.", "Ilse Morrow"),
    case("coach-comma-name", "The club's coach, Elsa Brandt, said the team was tired.",
         "Elsa Brandt"),
    case("researcher-at", "Marek Sova, a researcher at the Orrin Science Institute, said the "
         "vaccine worked.", "Marek Sova"),
    case("prosecutor", "Oskar Lind, the prosecutor, asked for a longer sentence.",
         "Oskar Lind"),
]
# fmt: on


@pytest.mark.parametrize(("text", "person"), APPOSED_PEOPLE)
def test_person_in_apposition_to_a_role(run, text, person):
    r = run(text)
    assert r.entity(person).type == "Person", r.summary()


@pytest.mark.parametrize("text", [
    "Kelvar Bay, a port on the east coast, was closed on Monday.",
    "Orion Motors, a car maker, said sales had fallen.",
])
def test_apposition_to_a_non_role_makes_no_person(run, text):
    r = run(text)
    assert not [e for e in r.ex.entities if e.type == "Person"], r.summary()


# fmt: off
CUT_NAMES = [
    # (text, organisation, place): a name the tagger ran on over "in X" or ended before
    case("ministry-in", "The Ministry of Health in Kelvar announced new rules.",
         "Ministry of Health", "Kelvar"),
    case("museum-dangling-in", "The Museum of Modern Art in Kelvar reopened on Tuesday.",
         "Museum of Modern Art", "Kelvar"),
    case("institute-in", "Staff at the Orrin Institute of Technology in Marlow went on "
         "strike.", "Orrin Institute of Technology", "Marlow"),
    case("court-in", "The Supreme Court in Lunet ruled against the company.",
         "Supreme Court", "Lunet"),
]
# fmt: on


@pytest.mark.parametrize(("text", "org", "place"), CUT_NAMES)
def test_name_and_place_kept_apart(run, text, org, place):
    r = run(text)
    assert r.entity(org).type == "Organization", r.summary()
    assert r.entity(place).type == "Place", r.summary()


def test_name_ended_on_of_joins_the_next(run):
    r = run("Officials in the Republic of Veska denied the report.")
    assert r.entity("Republic of Veska").type == "Place", r.summary()
    assert r.find_entity("Republic of") is None, r.summary()


# fmt: off
SAID_TO_BE = [
    # (text, name, type): "X is a town / a company / the chief executive"
    case("is-the-largest-town", "The Tesk City Council voted on Monday. Tesk is the largest "
         "town in the valley.", "Tesk", "Place"),
    case("was-a-village", "Merrow was a fishing village until the 1950s.", "Merrow", "Place"),
    case("is-a-company", "Dravin is a small company based in Orrin.", "Dravin",
         "Organization"),
    case("is-a-charity", "Helpwell is a charity that runs three shelters in Orrin.",
         "Helpwell", "Organization"),
]
# fmt: on


@pytest.mark.parametrize(("text", "name", "etype"), SAID_TO_BE)
def test_type_said_of_the_name(run, text, name, etype):
    r = run(text)
    assert r.entity(name).type == etype, r.summary()


# fmt: off
COUNCIL_TOWNS = [
    # (text, place): the place a local body is named after
    case("city-council", "The Brava City Council approved the plan on Monday. Brava has "
         "about 20,000 people.", "Brava"),
    case("county-council", "The Delm County Council cut the bus budget. Residents of Delm "
         "were angry.", "Delm"),
    case("county-council-subject", "The Delm County Council cut the bus budget. Delm has "
         "lost three bus routes this year.", "Delm"),
    case("municipal-court", "The Orska Municipal Court fined the landlord. Orska has "
         "banned short lets since 2020.", "Orska"),
]
# fmt: on


@pytest.mark.parametrize(("text", "place"), COUNCIL_TOWNS)
def test_town_of_a_local_body_is_a_place(run, text, place):
    r = run(text)
    assert r.entity(place).type == "Place", r.summary()


# fmt: off
HEADLINE_PEOPLE = [
    # (text, full name): a Title Case headline runs the surname into its verb
    case("wins-runoff", "Moreno Wins Runoff In Tesk\n\nAda Moreno won the presidential "
         "runoff on Sunday. Moreno thanked her supporters.", "Ada Moreno"),
    case("quits-board", "Vanhanen Quits Orion Board After Audit\n\nIlkka Vanhanen resigned "
         "from the board of Orion Motors on Friday.", "Ilkka Vanhanen",
         why="after this headline the small model tags no person in the body"),
    case("rejects-plan", "Haddad Rejects Budget Plan\n\nTenant leader Noor Haddad said on "
         "Monday the plan was unfair to tenants.", "Noor Haddad"),
    case("wins-second-term", "Lindqvist Wins Second Term As Mayor\n\nAnna Lindqvist was "
         "re-elected on Sunday with 60 per cent of the vote.", "Anna Lindqvist"),
    case("named-coach", "Brandt Named Harrow Coach\n\nElsa Brandt was named head coach of "
         "Harrow Rovers on Tuesday.", "Elsa Brandt",
         why="the small model leaves the headline's surname untagged and calls 'Harrow "
             "Coach' a person"),
]
# fmt: on


@pytest.mark.parametrize(("text", "person"), HEADLINE_PEOPLE)
def test_headline_surname_joins_the_full_name(run, text, person):
    r = run(text)
    e = r.entity(person)
    surname = person.split()[-1]
    assert surname in e.aliases, r.summary()
    assert not [x for x in r.ex.entities if x.label.startswith(surname + " ")], r.summary()


def test_headline_organisation_named_after_a_person_is_kept(run):
    r = run("Moreno Foundation Opens New School In Tesk\n\nAda Moreno said the school "
            "would open in May.")
    assert r.entity("Moreno Foundation").type == "Organization", r.summary()


# fmt: off
PRODUCTS = [
    # (text, product name that is no entity)
    case("version-of", "Fans are waiting for Comet, the next version of the Orbit "
         "operating system.", "Comet"),
    case("unveiled-passive", "The Lunet Air was unveiled in May, and Orion Motors will ship "
         "it in June.", "Lunet Air"),
    case("launched-object", "Orion Motors launched the Veska Sport on Monday.", "Veska Sport"),
    case("a-new-drug", "Doctors praised Curalin, a new drug for migraines, on Monday.",
         "Curalin"),
]
# fmt: on


@pytest.mark.parametrize(("text", "name"), PRODUCTS)
def test_products_are_no_entities(run, text, name):
    r = run(text)
    assert r.find_entity(name) is None, r.summary()


@pytest.mark.parametrize(("text", "name"), [
    ("The court released Ada Moreno on bail on Monday.", "Ada Moreno"),
    ("Rival Lena Fox's predecessor Ada Moreno said the vote was fair.", "Ada Moreno"),
    ("Delta Grain, a supplier of flour, was bought by Orion Holdings.", "Delta Grain"),
])
def test_products_look_alikes_stay_entities(run, text, name):
    r = run(text)
    r.entity(name)


# fmt: off
VERBAL_MEMBERSHIPS = [
    # (text, person, organisation): a verb of joining or working for the body
    case("who-joined", "Ilkka Vanhanen, who joined Orion Motors in 2015, said profits fell.",
         "Ilkka Vanhanen", "Orion Motors"),
    case("joined-as", "Piet Olsen joined the Marlow Courier as a photographer in 2009.",
         "Piet Olsen", "Marlow Courier"),
    case("works-for", "Ada Moreno works for the Kelvar Water Board.", "Ada Moreno",
         "Kelvar Water Board"),
    case("who-teaches-at", "Lena Fox, who teaches at the Orrin Music Academy, said the "
         "concert was cancelled.", "Lena Fox", "Orrin Music Academy"),
    case("plays-for", "Tomas Brenn plays for Harrow Rovers FC.", "Tomas Brenn",
         "Harrow Rovers FC"),
    case("hyphenated-role", "Delta Grain co-founder Ada Moreno sold her shares.",
         "Ada Moreno", "Delta Grain"),
    case("vice-president", "Orion Motors vice-president Lena Fox resigned on Friday.",
         "Lena Fox", "Orion Motors"),
]

NO_VERBAL_MEMBERSHIP = [
    # (text, person, organisation)
    case("worked-until", "Ada Moreno worked for the Kelvar Water Board until 2019.",
         "Ada Moreno", "Kelvar Water Board"),
    case("sued-lawyer", "Orion Motors sued lawyer Lena Fox on Monday.", "Lena Fox",
         "Orion Motors"),
    case("former-chief", "Orion Motors' former chief executive Ilkka Vanhanen was convicted "
         "of fraud on Monday.", "Ilkka Vanhanen", "Orion Motors"),
]
# fmt: on


@pytest.mark.parametrize(("text", "person", "org"), VERBAL_MEMBERSHIPS)
def test_memberships_by_verb_or_side_by_side(run, text, person, org):
    r = run(text)
    assert (person, org) in r.membership_pairs(), r.summary()


@pytest.mark.parametrize(("text", "person", "org"), NO_VERBAL_MEMBERSHIP)
def test_memberships_none_for_past_or_other_ties(run, text, person, org):
    r = run(text)
    r.entity(person), r.entity(org)
    assert (person, org) not in r.membership_pairs(), r.summary()


@pytest.mark.parametrize("text", [
    "Ada Moreno joined the protest outside the Orrin Town Hall.",
    "Ada Moreno joined Lena Fox on stage.",
])
def test_joining_no_body_is_no_membership(run, text):
    assert run(text).ex.memberships == ()


def test_hyphenated_role_stays_out_of_the_name(run):
    r = run("Delta Grain co-founder Ada Moreno sold her shares.")
    assert r.entity("Delta Grain").type == "Organization", r.summary()
    assert r.find_entity("Delta Grain co") is None, r.summary()


# fmt: off
STATE_OF = [
    # (text, country): "the government of X" makes X the country
    case("government-of", "Zerovia signed the trade deal on Monday. The government of "
         "Zerovia said tariffs would fall.", "Zerovia"),
    case("army-of", "Troops of the army of Kalindra crossed the river. Kalindra denied the "
         "report.", "Kalindra"),
    case("parliament-of", "The parliament of Dostavia passed the budget. Dostavia will vote "
         "again in May.", "Dostavia"),
]
# fmt: on


@pytest.mark.parametrize(("text", "place"), STATE_OF)
def test_state_of_a_country_makes_it_a_place(run, text, place):
    r = run(text)
    assert r.entity(place).type == "Place", r.summary()


def test_president_of_a_company_keeps_the_company(run):
    r = run("The president of Orion Motors resigned on Friday.")
    assert r.entity("Orion Motors").type == "Organization", r.summary()


# fmt: off
DEFINITE_KIND = [
    # (text, person, organisation): "the museum's director" after the museum's full name
    case("museums-director", "The Orrin Museum of Modern Art announced it would close. The "
         "museum's director, Lena Fox, said funds had run out.", "Lena Fox",
         "Orrin Museum of Modern Art"),
    case("hospitals-surgeon", "Kelvar General Hospital reported two deaths. The hospital's "
         "chief surgeon, Marek Sova, said the wards were full.", "Marek Sova",
         "Kelvar General Hospital"),
    case("clubs-coach", "The Harrow Rowing Club won the race. The club's coach, Elsa Brandt, "
         "praised the crew.", "Elsa Brandt", "Harrow Rowing Club"),
    case("courts-judge", "The Lunet Appeals Court heard the case on Monday. The court's "
         "senior judge, Oskar Lind, adjourned it.", "Oskar Lind", "Lunet Appeals Court"),
]
# fmt: on


@pytest.mark.parametrize(("text", "person", "org"), DEFINITE_KIND)
def test_role_of_a_body_named_by_its_kind(run, text, person, org):
    r = run(text)
    assert (person, org) in r.membership_pairs(), r.summary()


def test_kind_word_of_another_name_is_not_the_body(run):
    r = run("The Tesk Dockers Union voted to strike. The museum's director, Lena Fox, said "
            "the exhibition would go ahead.")
    assert r.ex.memberships == (), r.summary()


# fmt: off
APPOINTED = [
    # (text, person, organisation): a verb that gives the person a post
    case("hired-as", "Orion Motors hired Ilkka Vanhanen as finance director in 2020.",
         "Ilkka Vanhanen", "Orion Motors"),
    case("named-its-coach", "The Harrow Rowing Club named Elsa Brandt its new head coach.",
         "Elsa Brandt", "Harrow Rowing Club"),
    case("elected-by", "Piet Olsen was elected chairman by the Kelvar Nurses Union.",
         "Piet Olsen", "Kelvar Nurses Union"),
    case("appointed-as-judge", "The Lunet Appeals Court appointed Oskar Lind as a senior "
         "judge last year.", "Oskar Lind", "Lunet Appeals Court"),
    case("appointed-of", "Ada Moreno was appointed chief executive of Delta Grain on "
         "Monday.", "Ada Moreno", "Delta Grain"),
]
# fmt: on


@pytest.mark.parametrize(("text", "person", "org"), APPOINTED)
def test_memberships_by_appointment(run, text, person, org):
    r = run(text)
    assert (person, org) in r.membership_pairs(), r.summary()


@pytest.mark.parametrize("text", [
    "The Lunet Appeals Court named Ada Moreno as a witness.",
    "Orion Motors hired a lawyer to fight the case.",
])
def test_appointment_look_alikes_give_no_membership(run, text):
    assert run(text).ex.memberships == ()


# fmt: off
BODY_POSSESSORS = [
    # (text, organisation the tagger may call a person, its officer)
    case("chief-executive", "Lunet Pharma's chief executive Marta Lind spoke on Monday.",
         "Lunet Pharma", "Marta Lind"),
    case("chairman-comma", "Kelvar Mills' chairman, Jonas Abiodun, said the mill would "
         "close.", "Kelvar Mills", "Jonas Abiodun"),
]
# fmt: on


@pytest.mark.parametrize(("text", "org", "person"), BODY_POSSESSORS)
def test_possessor_of_a_body_only_post_is_an_organisation(run, text, org, person):
    r = run(text)
    assert r.entity(org).type == "Organization", r.summary()
    assert (person, org) in r.membership_pairs(), r.summary()


def test_a_persons_spokesman_keeps_the_person(run):
    r = run("Ada Moreno's spokesman Piet Olsen said she was ill.")
    assert r.entity("Ada Moreno").type == "Person", r.summary()
