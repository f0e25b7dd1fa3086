"""Reduce relations, coerce, assault, fight and mass violence in fresh sentences (#12, fresh-dd).

Sentences from the fresh-dd batch (roots 16-20 stressed, actors mostly from Africa, South Asia
and the Middle East) and variants written for this project, coded by hand before the coder was
run on them. The mechanisms they guard:

- an order that others leave, told with a noun of leaving (word class ``departure_noun``:
  "ordered the withdrawal of the UN peacekeeping mission", "ordered the departure of French
  troops", "ordered the exit of US military personnel", "the removal of Ethiopian observers"):
  it expels them, coded as "expelled" codes them (1661 peacekeepers, 1662 observers, 161
  diplomats, 166 forces), aimed at whoever is to leave; the orderer's own forces, named bare or
  as its own ("ordered the withdrawal of its troops", "of troops from the town"), withdraw
  (0874), as before.
- an attack named in a manner phrase on a clause of using a weapon (word class ``wield``:
  "used drones in an attack on Abha airport", "used cluster munitions in an attack on
  Kharkiv", "employed guided bombs in a raid on militant hideouts"): the clause subjects' act,
  aimed where the noun says, of the weapon's code when it is sharper (drones 1952); the weapon
  is no second act, and a negated clause negates it.
- armed men of no state and no named country (rebels, militias, militants, separatists) on one
  side of an act of conflict (code family ``home_ground``: threats, coercion, force) are of the
  country where it happens, the place the clause names or the place the act strikes or takes
  ("militiamen seized the town of Gharyan"), when the other side is of no other country (a
  ship of a country is no place: "pirates seized a Danish cargo ship" keeps them unknown).

Known failures of the batch are rows marked ``xfail``.
"""

from __future__ import annotations

import pytest
from tests.code.sentence_tables import Triple, case, found, scored_triples

CASES = [
    # -- an order that others leave
    case("Mali's junta ordered the withdrawal of the UN peacekeeping mission, saying it had "
         "failed to stop the jihadist insurgency.", "2023-06-17", ("MLIMIL", "1661", "IGOUNO"),
         id="ordered-out-batch"),
    case("The Congolese government ordered the withdrawal of East African Community forces "
         "from North Kivu.", "2023-12-05", ("CODGOV", "166", "IGOEAC"), id="ordered-out-eac"),
    case("Burkina Faso's government ordered the departure of French troops from the country "
         "within a month.", "2023-01-23", ("BFAGOV", "166", "FRAMIL"), id="ordered-out-departure"),
    case("Niger ordered the exit of US military personnel from its territory, a junta "
         "spokesman said.", "2024-03-18", ("NER", "166", "USA"), id="ordered-out-exit"),
    case("Eritrea ordered the removal of Ethiopian observers from the border area.",
         "2024-05-10", ("ERI", "1662", None), id="ordered-out-observers"),
    case("Chad ordered the departure of the German ambassador within 48 hours.", "2023-04-08",
         ("TCD", "161", "DEUGOV"), id="ordered-out-ambassador"),
    case("The Somali government ordered the withdrawal of Ethiopian troops from the AU mission "
         "by December.", "2024-05-10", ("SOMGOV", "166", "ETHMIL"), id="ordered-out-from-mission"),
    case("Israel ordered the withdrawal of its troops from southern Lebanon.", "2024-05-10",
         ("ISR", "0874", "LBN"), id="ordered-own-withdrawal-guard"),
    case("Putin ordered the withdrawal of troops from the Kherson region.", "2022-11-09",
         ("RUSGOV", "0874", None), id="ordered-bare-troops-guard"),
    # -- an attack named in a manner phrase on a clause of using a weapon
    case("Houthi rebels used drones in an attack on Abha airport.", "2024-05-10",
         ("YEMREB", "1952", "SAU"), id="wielded-drones"),
    case("Russian forces used cluster munitions in an attack on Kharkiv.", "2024-05-10",
         ("RUSMIL", "19", "UKR"), id="wielded-munitions"),
    case("Pakistani jets employed guided bombs in a raid on militant hideouts in Afghanistan's "
         "Khost province.", "2024-05-10", ("PAKMIL", "19", "AFGINS"), id="wielded-employ-raid"),
    case("Israeli forces used tank shells in an attack on a refugee camp in Jenin.",
         "2023-07-04", ("ISRMIL", "19", "PSECVL"), id="wielded-shells"),
    case("The regime used sarin in an attack on Khan Sheikhoun in 2017.", "2024-05-10",
         (None, "2041", "SYR"), id="wielded-mass-weapon-verb"),
    case("The Syrian government used chlorine gas in an attack on Douma, the chemical weapons "
         "watchdog concluded.", "2023-01-27", ("SYRGOV", "2041", "SYR"), id="wielded-batch",
         xfail="the attacked place of the same country as a state's source is dropped for 2041"),
    # -- irregulars fight at home
    case("Militiamen seized the town of Gharyan from government forces.", "2019-06-27",
         ("LBYREB", "19", "LBY"), id="home-ground-seized-town"),
    case("Militiamen shelled the outskirts of the town of Tarhuna on Sunday.", "2020-05-10",
         ("LBYREB", "19", "LBY"), id="home-ground-shelled-town"),
    case("Pirates seized a Danish cargo ship off the coast.", "2024-05-10",
         ("---CRM", "1711", "DNK"), id="home-ground-ship-not-a-place-guard"),
    case("Rebels captured the town of Rubaya, a major mining hub in eastern Congo.",
         "2024-05-01", ("CODREB", "192", "COD"), id="home-ground-batch"),
    case("Gunmen attacked a French military convoy in Niger.", "2024-05-10",
         (None, "19", "FRAMIL"), id="home-ground-foreign-victims-guard"),
    case("If the militia enters Tripoli, the government will respond with force, Libya's prime "
         "minister warned.", "2022-05-20", ("LBYGOV", "138", "LBY"), id="home-ground-threat-batch",
         xfail="the place of a conditional clause is not the act's: the militia keeps no country"),
    # -- known failures of the batch, one sentence each (no general mechanism found yet)
    case("Human rights lawyers said detainees at a Libyan prison had been tortured by guards.",
         "2022-07-01", (None, "1822", "LBY"), id="lawyers-report-batch",
         xfail="'lawyers' is read as JUD, a party whose report is an accusation"),
    case("Israeli forces seized a Palestinian land parcel near Hebron, the Palestinian "
         "Authority said.", "2023-02-14", ("ISRMIL", "1711", "PSE"), id="land-parcel-batch",
         xfail="'seized a land parcel' matches no confiscation row"),
    case("Mozambique's army recaptured the town of Palma.", "2021-08-08",
         ("MOZMIL", "19", "MOZ"), id="ambiguous-place-batch",
         xfail="an ambiguous town name is not resolved to the actor's country (Palma: ESP)"),
    case("Saudi Arabia imposed a naval blockade on Yemeni ports.", "2017-11-06",
         ("SAU", "191", "YEM"), id="blockade-guard"),
]

NO_EVENT = [
    pytest.param("The rebels did not use heavy weapons in the assault on Goma, the UN said.",
                 "2024-05-10", id="wielded-negated"),
    pytest.param("Pakistan did not sever trade links with Afghanistan despite the border "
                 "closures, officials said.", "2023-10-20", id="negated-sever-batch"),
    pytest.param("Had the ceasefire collapsed, the Sudanese army would have resumed its "
                 "offensive on Omdurman, a general said.", "2023-06-01", id="counterfactual-batch"),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), CASES)
def test_fresh_dd_event(sentence: str, published: str, expected: Triple) -> None:
    got = scored_triples(sentence, published)
    assert found(expected, got), f"{sentence!r}: {got}"


@pytest.mark.parametrize(("sentence", "published"), NO_EVENT)
def test_fresh_dd_no_event(sentence: str, published: str) -> None:
    assert scored_triples(sentence, published) == [], sentence
