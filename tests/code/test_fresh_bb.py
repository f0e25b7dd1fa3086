"""Passives, relative clauses and appositives, second pass (#12, fresh-bb).

Sentences from our fresh batch and variants written for this project, coded by hand before the
coder was run on them. The mechanisms they guard:

- a "who" or "which" clause on an appositive name describes it as on any noun ("Joao
  Lourenco, who has mediated between Kinshasa and Kigali, spoke …": no mediation); only an
  appositive's clause with no relative word ("…, a claim Islamabad rejected") is an act;
- a relative clause that tells what its noun does again and again ("who has clashed
  repeatedly with Spain's government"; word class ``habit_adverb``) describes it, violent
  verb or not;
- a "who"/"which" clause dated by a month with no day ("who was abducted in Nairobi in
  November") tells what went before, violent verb or not;
- the parser reads the "by" of an active verb after a long subject as a passive's agent
  ("…, spoke by phone with Kagame"): a verb in a simple tense with no passive auxiliary
  has no agent (``_parse._agent_of_active``);
- a country qualifies a state body through the body's adjective too ("Mozambique's
  electoral commission" is a state body, so "the opposition" it answers is Mozambique's);
- an unnamed place in a named one ("the mayor of a town in Guerrero") is of the named
  place's country;
- a passive relative clause or participle of answering on the event noun of an "in" phrase
  ("pushed into Jenin in an operation (that was) condemned by the Palestinian Authority") is
  a reaction to the act of the verb the phrase hangs on, aimed at its doer, with or without a
  comma; its agent is no agent of the noun (word class ``reaction``);
- people of a role word sent or appointed by someone ("the envoy sent by Beijing", "warships
  dispatched by China", "mediators appointed by the African Union"; word class ``sending``)
  are the sender's;
- a group's branch, wing or affiliate ("the Islamic State's West Africa branch") acts for
  the group (word class ``owner_office``); a labour federation is labour (LAB);
- a passive relative clause of doing that names an act's author may hang on a place inside
  the act's noun ("a proposal for a ceasefire in the Gaza Strip, which was put forward by
  Egypt and Qatar, was rejected"): it names the author still, so the rejection aims at it;
- the noun of a participle of charging or answering with its agent is who is charged
  ("two Chinese firms, accused by London of supplying drone parts"), as the noun of a
  participle of violence is its victim;
- a "which" clause on a named state or body ("Bolivia, which accused Israel of …") tells
  its words of disapproval as a "who" clause does on a person;
- in an agentless passive of release, a participle or relative clause of holding on the
  people (word class ``captor``) names who frees them: its agent ("soldiers who had been
  held by Cambodian forces were freed"), else the state it holds them in ("who had been
  detained in Iran for years");
- a reduced relative with its agent that tells its weekday ("protesters shot by police in
  Nairobi on Tuesday") is an act of the story, not a description of its noun;
- an event noun after "ahead of" or "because of" (a compound preposition of background: the
  parser hangs the noun on "of") is what is to come or what caused the act, not an event
  ("placed on high alert ahead of Friday's opposition rally");
- an event noun whose "which" clause dates its act in a year or a month with no day ("the
  sanctions, which were imposed by Washington in 2019, …") is what went before, no event;
  one dated by a weekday stays an act.

The rest passed before and guard against drift.
"""

from __future__ import annotations

import pytest
from tests.code.sentence_tables import Triple, case, found, scored_triples

CASES = [
    # -- the "by" of an active verb is no agent
    case("Angola's president, Joao Lourenco, who has mediated between Kinshasa and Kigali, spoke "
         "by phone with Rwanda's Paul Kagame on Sunday.", "2024-03-12", ("AGOGOV", "041", "RWAGOV"),
         id="active-by-phone"),
    case("Kenya's president, William Ruto, who chairs the East African Community, spoke by "
         "telephone with Somalia's president on Friday.", "2024-03-12", ("KENGOV", "041", "SOMGOV"),
         id="variant-active-by-telephone"),
    # -- a past-month relative clause describes; the main act stays
    case("Uganda's main opposition leader, Kizza Besigye, who was abducted in Nairobi in November, "
         "was charged with treason by a military court.", "2025-01-10", (None, "173", "UGAOPP"),
         id="month-relative-main-act"),
    # -- a state body's adjective; an unnamed place in a named one
    case("Demands for a recount, made by the opposition after Sunday's vote, were dismissed by "
         "Mozambique's electoral commission.", "2024-10-25", ("MOZGOV", "12", "MOZOPP"),
         id="state-body-adjective-passive"),
    case("The opposition's complaint was rejected by Zambia's constitutional court on Monday.",
         "2024-05-10", ("ZMBJUD", "12", "ZMBOPP"), id="variant-state-body-court"),
    case("The mayor of a town in Guerrero, who had taken office a week earlier, was beheaded by "
         "suspected cartel gunmen.", "2024-10-08", (None, "18", "MEXGOV"),
         id="town-in-region"),
    case("Gunmen killed the police chief of a village in Balochistan on Tuesday.", "2024-05-10",
         (None, "18", "PAKCOP"), id="variant-village-in-region"),
    # -- a reaction to the act of an "in" phrase
    case("Israeli troops, backed by tanks, pushed into the Jenin refugee camp on Monday in an "
         "operation that was condemned by the Palestinian Authority.", "2023-07-04",
         ("PSEGOV", "111", "ISRMIL"), id="in-operation-that-was-condemned"),
    case("Israeli troops raided the Jenin camp on Monday in an operation condemned by the "
         "Palestinian Authority.", "2023-07-04", ("PSEGOV", "111", "ISRMIL"),
         id="variant-in-operation-condemned"),
    case("Sudanese troops shelled the town of Kadugli on Sunday in an offensive that was "
         "denounced by the African Union.", "2024-05-10", ("IGOAFU", "111", "SDNMIL"),
         id="variant-in-offensive-denounced"),
    # -- people sent by someone are the sender's
    case("The envoy sent by Beijing met the Philippine president on Monday.", "2024-05-10",
         ("CHNGOV", "040", "PHLGOV"), id="variant-envoy-sent-by"),
    case("Troops deployed by Russia fired on Ukrainian positions near Kupiansk.", "2024-05-10",
         ("RUSMIL", "19", "UKRMIL"), id="variant-troops-deployed-by"),
    case("Mediators appointed by the African Union met the Sudanese army chief in Port Sudan.",
         "2024-05-10", ("IGOAFU", "04", "SDNMIL"), id="variant-mediators-appointed-by"),
    case("Warships dispatched by China held drills around Taiwan on Friday.", "2024-05-24",
         ("CHNMIL", "15", "TWN"), id="variant-warships-dispatched-by"),
    case("Warships dispatched by China circled Taiwan for a second day on Friday in drills "
         "condemned by Taipei.", "2024-05-24", ("TWNGOV", "111", "CHN"), id="drills-condemned",
         xfail="an event noun in an 'in' phrase on a verb of no event ('circled … in drills') "
               "is not coded, so its condemnation has no target"),
    # -- a group's branch; a labour federation
    case("The bombing of a market in Maiduguri was claimed by the Islamic State's West Africa "
         "branch in a statement posted online.", "2022-03-10", ("IMGISL", "015", None),
         id="group-branch-claimed"),
    case("A strike called by Argentina's main labour federation, the CGT, shut down public "
         "transport in Buenos Aires on Thursday.", "2024-05-09", ("ARGLAB", "143", None),
         id="labour-federation-strike"),
    # -- an author named on a place inside the act's noun
    case("A proposal for a ceasefire in the Gaza Strip, which was put forward by Egypt and "
         "Qatar, was rejected by Israel on Monday.", "2024-05-07", ("ISR", "12", "EGY"),
         id="proposal-in-place-put-forward"),
    case("A plan for elections in the Donbas region, which was drawn up by Kyiv, was rejected "
         "by Moscow on Friday.", "2024-05-10", ("RUSGOV", "12", "UKRGOV"),
         id="variant-plan-in-region-drawn-up",
         xfail="'draw up' is no verb of doing (word class deed)"),
    case("An offer of talks on the dispute in Essequibo, which was made by Guyana, was rejected "
         "by Venezuela on Tuesday.", "2023-12-12", ("VEN", "12", "GUY"),
         id="variant-offer-in-place-made"),
    # -- the noun of a participle of charging is charged
    case("Two Chinese firms, accused by London of supplying drone parts to Russia, were placed "
         "under sanctions on Thursday.", "2024-02-23", ("GBRGOV", "112", "CHNBUS"),
         id="firms-accused-by"),
    case("Three Iranian diplomats, accused by Germany of spying, left Berlin on Monday.",
         "2024-05-10", ("DEU", "11", "IRNGOV"), id="variant-diplomats-accused-by"),
    # -- "which" on a named state tells its words
    case("Bolivia, which accused Israel of crimes against humanity, cut diplomatic ties with it "
         "on Tuesday.", "2023-11-01", ("BOL", "11", "ISR"), id="which-accused-named-state"),
    case("Diplomatic ties with Israel were cut by Bolivia, which accused it of crimes against "
         "humanity in Gaza.", "2023-11-01", ("BOL", "11", "ISR"), id="which-accused-pronoun",
         xfail="the relative clause's 'it' is not resolved to the passive's Israel"),
    case("The sanctions, which were imposed by Washington on Tuesday, target Venezuela's oil "
         "industry.", "2024-05-10", ("USAGOV", "16", None), id="sanctions-on-weekday-stay"),
    # -- who held people frees them
    case("Three Thai soldiers who had been held by Cambodian forces were freed on Thursday.",
         "2025-07-31", ("KHMMIL", "08", "THAMIL"), id="held-by-freed"),
    case("Two British nationals, who had been detained in Iran for years, were released and "
         "flown to London on Wednesday.", "2022-03-17", ("IRN", "08", None),
         id="detained-in-released"),
    case("Fishermen detained by the Indian navy were released on Monday.", "2024-05-10",
         ("INDMIL", "08", None), id="variant-fishermen-detained-by"),
    case("An American journalist who had been jailed in Russia was freed on Thursday.",
         "2024-08-02", ("RUS", "08", None), id="variant-jailed-in-freed"),
    # -- a dated reduced relative is an act
    case("Kenya's judiciary ordered an inquiry into the deaths of protesters shot by police in "
         "Nairobi on Tuesday.", "2024-06-27", ("KENCOP", "17", None), id="shot-by-on-day"),
    case("Hundreds marched in Lima on Friday to mourn protesters shot by soldiers on "
         "Wednesday.", "2024-05-10", ("PERMIL", "17", None), id="variant-shot-by-on-day"),
    case("Kenya's judiciary ordered an inquiry into the deaths of protesters shot by police in "
         "Nairobi on Tuesday.", "2024-06-27", ("KENCOP", "17", "KENCVL"),
         id="shot-by-on-day-target",
         xfail="the reduced relative's noun is found as its object but resolves to no target"),
]

#: (sentence, published, root that must not be coded): a describing relative clause's verb.
ABSENT = [
    pytest.param("Angola's president, Joao Lourenco, who has mediated between Kinshasa and "
                 "Kigali, spoke by phone with Rwanda's Paul Kagame on Sunday.", "2024-03-12", "045",
                 id="appos-perfect-relative"),
    pytest.param("Argentina's president, who has clashed repeatedly with Spain's government, "
                 "called Pedro Sanchez's wife corrupt.", "2024-05-20", "19",
                 id="habit-relative-clash"),
    pytest.param("The Kenyan police, who frequently fire tear gas at protesters, said they would "
                 "guard the election tally centre.", "2024-05-20", "17",
                 id="variant-habit-relative-present"),
    pytest.param("Uganda's main opposition leader, Kizza Besigye, who was abducted in Nairobi in "
                 "November, was charged with treason by a military court.", "2025-01-10", "18",
                 id="month-relative-abducted"),
    pytest.param("The Ethiopian journalist, who was beaten by soldiers in March, told a hearing in "
                 "Addis Ababa that he had been threatened.", "2024-06-20", "18",
                 id="variant-month-relative-beaten"),
    pytest.param("Pakistan's foreign minister, Ishaq Dar, who has often criticised Kabul, met "
                 "Afghanistan's acting foreign minister in Beijing.", "2025-05-21", "11",
                 id="variant-appos-habit-criticised"),
]

NO_EVENT = [
    ("Analysts said the sanctions, which were imposed by Washington in 2019, had done little to "
     "weaken Venezuela's government.", "2023-04-04"),
    ("The bridge, which was built by Soviet engineers in the 1970s, collapsed under heavy rain "
     "on Sunday.", "2024-07-01"),
    ("William Ruto, who was elected Kenya's president in 2022, grew up selling chickens by the "
     "roadside in the Rift Valley.", "2024-05-22"),
    ("The report, which was compiled by a panel of UN experts, runs to more than 300 pages.",
     "2024-01-30"),
]


#: (sentence, published, root that must not be coded): an event noun of background.
ABSENT += [
    pytest.param("Police in Dhaka have been placed on high alert ahead of Friday's opposition "
                 "rally.", "2023-10-26", "14", id="ahead-of-rally"),
    pytest.param("Security was tightened in Lagos ahead of a planned protest by opposition "
                 "supporters.", "2024-05-10", "14", id="variant-ahead-of-protest"),
    pytest.param("Troops were put on alert in Goma ahead of the talks between Kinshasa and "
                 "Kigali.", "2024-05-10", "04", id="variant-ahead-of-talks"),
    pytest.param("The sanctions, which were imposed by Washington in 2019, have crippled "
                 "Venezuela's oil industry.", "2024-05-10", "16", id="variant-sanctions-in-year"),
    pytest.param("The curfew, which was imposed by the army in March, has emptied the streets "
                 "of Khartoum at night.", "2024-05-10", "17", id="variant-curfew-in-month"),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), CASES)
def test_fresh_bb_event(sentence: str, published: str, expected: Triple) -> None:
    got = scored_triples(sentence, published)
    assert found(expected, got), f"{sentence!r}: {got}"


@pytest.mark.parametrize(("sentence", "published", "code"), ABSENT)
def test_fresh_bb_absent(sentence: str, published: str, code: str) -> None:
    got = scored_triples(sentence, published)
    assert not any(c.startswith(code) for _, c, _ in got), f"{sentence!r}: {got}"


@pytest.mark.parametrize(("sentence", "published"), NO_EVENT)
def test_fresh_bb_no_event(sentence: str, published: str) -> None:
    assert scored_triples(sentence, published) == [], sentence
