"""Actors across Africa, Latin America and the Caribbean (#12, fresh-ae).

Written for this project and coded by hand before the coder was run on them. The mechanisms
they guard:

- a surname the office table knows that opens a longer name of a place or body ("Dar" of
  "Dar es Salaam", "Khan" of "Khan Younis") is a word of that name, not the person;
- people who work or study at a workplace named with its place ("students at the University
  of Dar es Salaam", "doctors at a hospital in Kano") are of that place's country;
- a group name the tables hold for one country, said of another ("Nigeria's Labour Party",
  "the Nigerian Labour Party"), is a body of the country the phrase names, not the table's;
- a petition to a court or against an election result is a lawsuit (115), not an appeal;
- a list of three names the parser reads as an apposition and a conjunct ("Mali, Burkina
  Faso and Niger") is a list: each name is an actor, and a "their" after it is all of them.
- a small town the gazetteer knows only in another country than the one its clause names
  ("in Solhan, in north-eastern Burkina Faso") is a namesake: the named country is the place;
- regional bodies by their short names (EAC, CEMAC, UEMOA, CELAC, SICA, OECS …), JNIM by its
  usual spelling, union confederations, presidential and sovereign councils, police watchdogs;
- "X's office" (owner_office word class) is X: "Peru's prosecutor's office" is PERJUD;
- a passive participle's noun suffers it ("police officers killed by gangs" -> target
  the police); police battling gangs and cartels is fighting; "agreed a cessation of
  hostilities" is a truce (0871), not an intent; a lifted, revoked or withdrawn arrest
  warrant eases an administrative sanction (081);

The rest passed before and guard against drift. NO_EVENT rows must code nothing.
"""

from __future__ import annotations

import pytest
from tests.code.sentence_tables import Triple, case, found, scored_triples

CASES = [
    # -- a surname that opens a longer name is no person
    case("Students at the University of Dar es Salaam boycotted classes to protest the arrest "
         "of a student leader.", "2021-05-12", ("TZAEDU", "143", None), id="surname-in-place-dar"),
    case("Police in Dar es Salaam arrested ten students.", "2024-03-04",
         ("TZACOP", "173", "TZAEDU"), id="surname-in-place-dar-police"),
    case("Dar met Wang Yi in Beijing on Monday.", "2024-05-10",
         ("PAKGOV", "04", "CHNGOV"), id="surname-alone-still-person"),
    # -- a workplace's place
    case("Doctors at a hospital in Kano went on strike over unpaid wages.", "2024-03-04",
         ("NGAHLH", "143", None), id="workplace-in-place"),
    case("Students at the University of Buenos Aires marched against budget cuts.",
         "2024-03-04", ("ARGEDU", "14", None), id="workplace-university-of-city"),
    # -- a group of another country's name
    case("Nigeria's Labour Party filed a petition at the Supreme Court challenging Bola "
         "Tinubu's election victory.", "2023-08-21", ("NGA", "115", None),
         id="group-named-elsewhere-possessive"),
    case("The Nigerian Labour Party criticised the government.", "2023-08-21",
         ("NGA", "111", None), id="group-named-elsewhere-demonym"),
    case("Britain's Labour Party criticised the government.", "2023-08-21",
         ("GBROPP", "111", None), id="group-own-country-kept"),
    case("Lebanon's Hezbollah fired rockets at Israel.", "2023-11-21",
         ("LBNINS", "19", "ISR"), id="group-own-country-kept-armed"),
    # -- a petition to a court
    case("Kenya's opposition filed a petition against Ruto's victory.", "2024-05-10",
         ("KENOPP", "115", "KENGOV"), id="petition-against-victory"),
    case("Malawi's opposition lodged an election petition with the Constitutional Court.",
         "2019-06-03", ("MWIOPP", "115", None), id="petition-election"),
    case("Mali, Burkina Faso and Niger announced their withdrawal from ECOWAS on Sunday.",
         "2024-01-28", ("BFA", "16", "IGOECW"), id="list-apposition-their-middle"),
    case("Mali, Burkina Faso and Niger announced their withdrawal from ECOWAS on Sunday.",
         "2024-01-28", ("NER", "16", "IGOECW"), id="list-apposition-their-last"),
    case("Mali, Burkina Faso and Niger withdrew from ECOWAS on Sunday.", "2024-01-28",
         ("BFA", "16", "IGOECW"), id="list-apposition-subject"),
    case("Senegal, Cote d'Ivoire and Ghana sent troops to Gambia.", "2017-01-19",
         ("CIV", "15", "GMB"), id="list-three-plain"),
    # -- a small town the gazetteer knows only elsewhere than the country its place names
    case("Jihadists massacred more than 100 villagers in Solhan, in north-eastern Burkina Faso.",
         "2021-06-06", (None, "20", "BFACVL"), id="homonym-town-source-country"),
    case("Gunmen killed ten people in Solhan, Burkina Faso.", "2021-06-06",
         ("BFAINS", "18", "BFACVL"), id="homonym-town-comma-country"),
    case("Rebels attacked an army base in Goma, near the border with Rwanda.", "2024-03-04",
         ("CODREB", "19", "CODMIL"), id="homonym-guard-big-city"),
    # -- regional bodies, armed groups, unions and councils by their usual names
    case("The EAC summit in Arusha urged Burundi and Rwanda to reopen their common border.",
         "2021-11-27", ("IGOEAC", "02", "BDI"), id="org-eac-acronym"),
    case("CEMAC leaders suspended Gabon after the coup.", "2023-09-04",
         ("IGOCEM", "16", "GAB"), id="org-cemac"),
    case("Jama'at Nusrat al-Islam wal-Muslimin claimed responsibility for an ambush on a "
         "military convoy near Djibo that killed 17 soldiers.", "2023-09-10",
         ("IMGAQD", "015", None), id="group-jnim-spelling"),
    case("Argentina's CGT union confederation demanded that President Javier Milei withdraw "
         "his labour reform decree.", "2023-12-28", ("ARGLAB", "10", "ARGGOV"),
         id="role-union-confederation"),
    case("Brazil's CUT labour confederation called a general strike.", "2019-06-10",
         ("BRALAB", "143", None), id="role-labour-confederation"),
    case("Haiti's transitional presidential council offered condolences to the families of "
         "police officers.", "2024-06-03", ("HTIGOV", "018", None),
         id="institution-presidential-council"),
    case("Kenya's police watchdog opened an investigation into the deaths of protesters.",
         "2024-06-28", ("KENGOV", "090", None), id="institution-police-watchdog"),
    case("Sudan's Sovereign Council rejected the proposal.", "2022-01-10",
         ("SDNGOV", "12", None), id="institution-sovereign-council"),
    # -- an office is whose it is
    case("Peru's prosecutor's office opened a preliminary inquiry into President Dina Boluarte "
         "over undeclared luxury watches.", "2024-03-18", ("PERJUD", "09", None),
         id="owner-office-prosecutor"),
    case("The Kenyan president's office criticised the court.", "2024-03-04",
         ("KENGOV", "111", None), id="owner-office-president"),
    case("The attorney general's office charged the minister with fraud.", "2024-03-04",
         (None, "173", None), id="owner-office-no-country"),
    # -- a passive participle's noun suffers it; fights with gangs; agreed truces
    case("Haiti's transitional presidential council offered condolences to the families of "
         "police officers killed by gangs in Port-au-Prince.", "2024-06-03",
         ("HTICRM", "18", "HTICOP"), id="participle-patient-killed"),
    case("Haitian police battled the Viv Ansanm gang coalition in the Delmas district of "
         "Port-au-Prince.", "2024-11-14", ("HTICOP", "19", "HTICRM"), id="battle-gang"),
    case("Mexican soldiers battled cartel gunmen in Sinaloa.", "2024-03-04",
         ("MEXMIL", "19", "MEXCRM"), id="battle-cartel"),
    case("Ethiopia's federal government and Tigrayan forces agreed a permanent cessation of "
         "hostilities in Pretoria.", "2022-11-03", ("ETHGOV", "0871", "ETHREB"),
         id="agreed-cessation"),
    case("Police arrested the wife and son of a Nigerian senator.", "2024-03-04",
         ("NGACOP", "173", "NGACVL"), id="shared-of-kin"),
    case("Mexico granted asylum to the wife of Peru's ousted president Pedro Castillo.",
         "2022-12-21", ("MEX", "075", "PERCVL"), id="kin-of-former-president"),
    case("A court in Dakar lifted the arrest warrant against the opposition leader.",
         "2024-03-04", ("SENJUD", "081", "SENOPP"), id="lift-warrant"),
    case("Prosecutors in Quito withdrew the arrest warrant for the journalist.", "2024-03-04",
         (None, "081", None), id="withdraw-warrant"),
    # -- known failures left (batch sentences)
    case("Honduras established diplomatic relations with China in March 2023, ending its "
         "recognition of Taiwan.", "2023-03-27", ("HND", "16", "TWN"), id="gerund-ending-ties",
         xfail="an act told in a trailing gerund clause ('ending its recognition of') is no "
               "predicate"),
    case("Tunisian authorities detained a prominent lawyer who had criticised President Kais "
         "Saied on television.", "2024-05-12", ("TUN", "11", "TUNGOV"),
         id="relative-clause-past-act",
         xfail="a past act told in a relative clause on the victim is not coded"),
    case("The junta in Niamey suspended the activities of all political parties.", "2024-03-27",
         ("NERMIL", "17", None), id="suspend-party-activities"),
    case("Mexico granted asylum to the wife and children of Peru's ousted president Pedro "
         "Castillo.", "2022-12-21", ("MEX", "075", "PERCVL"), id="kin-conjoined-of",
         xfail="'the wife and children of X': the parse leaves the wife no owner"),
    case("Guyana put its defence force on high alert after Venezuela moved troops toward the "
         "disputed Essequibo region.", "2023-12-06", ("VEN", "15", "GUY"),
         id="troops-toward-region", xfail="a region the gazetteer does not know names no target"),
]

NO_EVENT = [
    "Inflation in Nigeria rose to 33 percent in March, the highest level in nearly three "
    "decades.",
    "Argentina beat Colombia 1-0 to win the Copa America in Miami.",
    "Cameroon's 91-year-old president, Paul Biya, has ruled the country since 1982.",
    "Rwandan President Paul Kagame did not attend the summit in Luanda.",
]


@pytest.mark.parametrize(("sentence", "published", "expected"), CASES)
def test_fresh_ae_event(sentence: str, published: str, expected: Triple) -> None:
    got = scored_triples(sentence, published)
    assert found(expected, got), f"{sentence!r}: {got}"


@pytest.mark.parametrize("sentence", NO_EVENT)
def test_fresh_ae_no_event(sentence: str) -> None:
    assert scored_triples(sentence, "2024-05-05") == [], sentence
