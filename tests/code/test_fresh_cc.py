"""Disapproval, rejection, threats, protest and force posture on unseen text (#12, fresh-cc).

Sentences of a fresh batch written for this project in the held-out recipe (roots 11-15 to
the fore) and variants written to show each rule is general, all coded by hand before the
coder was run on them. The mechanisms they guard:

- a deterrent warning: a warning that the speaker's own side (a pronoun, its own forces or
  police, "his country", a name of its own country) will act against a party or against any
  act of one ("would crush any attempt by the TPLF", "would deal firmly with anyone who
  joined", "would answer any attack with nuclear force") is a threat (130) whatever the verb,
  not a pessimistic comment (012); its own side is not its target. "Warned that it would take
  years", "that inflation would climb" stay comments.
- a mine named by what is dug from it ("the Escondida copper mine", "the Turow coal mine") or
  by a proper name is a pit, not an explosive (1833): no event of its own.
- obstruction (144): blocking, blockading or obstructing railway lines, runways, airports,
  checkpoints, expressways, depots, refineries, plants and mines is a protest, as blocking
  roads and ports was (pattern rows); consumers, depositors, motorists, commuters,
  taxpayers and their like are civilians (actors/roles.tsv), so their boycott or blockade has
  a source.
- the protest of the people acted on: a "who" clause with no comma on the people the story's
  act falls on ("arrested dozens of protesters who had blocked roads", "fired tear gas at
  protesters who marched on the palace", "dispersed miners who were blocking the highway"),
  in the past (simple, perfect or progressive, not a passive, not dated earlier), tells the
  protest (14) the act answers: an event of its own, where other relative clauses describe.
- the people a court convicts: with no place named, the unnamed people a state's court
  convicts or sentences (116) are its own country's, as those it coerces or frees
  (code family own_people): "a Kenyan court convicted two men" -> KENCVL; named foreigners
  keep their country.
- armed units named by their formation: fleets, flotillas, battalions, brigades, regiments,
  squadrons, divisions, commandos, reservists, conscripts and the strategic, nuclear, rocket,
  missile, air-defence and ground forces are the military (actors/roles.tsv), so "Russia's
  Black Sea Fleet fired cruise missiles" has a source.
- a threatened protest or strike (133) by unions, professions, civilians or the opposition
  that names no addressee is addressed to their own government, as the strike itself and
  one called off are (code family state_defied).
- an ultimatum: to give (or grant) a party a span of time (word class time_span: hours,
  days, a week, a deadline) or "until" a day to do something sets it an ultimatum (139,
  verbs of word class ultimatum_verb); the act demanded, and the threat after "or", are not
  done by the giver ("gave Niger's coup leaders one week to reinstate the president or face
  intervention" was a return of the president by ECOWAS, 0831).
- where the object is: a place on the object's "to" or "at" phrase, as on its "of" phrase,
  or a place owning that phrase's noun, locates the act ("blocked the entrance to the central
  bank in Beirut", "occupied the campus of Mexico's national university"), so the unnamed
  protesters are of that place's country.

Rows the coder still gets wrong are marked as known failures with the mechanism that fails.
"""

from __future__ import annotations

import pytest
from tests.code.sentence_tables import Triple, case, found, scored_triples

NO_EVENT: tuple[Triple, ...] = ()

CASES = [
    # -- a deterrent warning is a threat
    case("Zimbabwe's police chief warned that officers would deal firmly with anyone who joined "
         "the planned stay-away.", "2019-01-15", ("ZWECOP", "13", None), id="deter-police-chief"),
    case("Kim Yo Jong, the North Korean leader's sister, warned that Pyongyang would answer any "
         "attack on its sovereignty with nuclear force.", "2022-04-05", ("PRKGOV", "13", None),
         id="deter-own-capital"),
    case("Ethiopia's prime minister warned on Tuesday that his forces would crush any attempt by "
         "the TPLF to take Addis Ababa.", "2021-11-02", ("ETHGOV", "13", "ETHREB"),
         id="deter-his-forces"),
    case("Rwanda's president warned that his army would pursue the FDLR militia into Congo.",
         "2019-06-01", ("RWAGOV", "13", "RWAREB"), id="deter-variant-pursue"),
    case("The Honduran security minister warned that troops would hunt down the gang leaders "
         "behind the prison massacre.", "2023-06-22", ("HNDGOV", "13", "HNDCRM"),
         id="deter-variant-troops"),
    case("Armenia's prime minister warned Baku that his country would answer any incursion with "
         "force.", "2023-09-01", ("ARMGOV", "13", "AZEGOV"), id="deter-variant-his-country"),
    case("The junta warned that it would punish anyone who spread rumours about the army.",
         "2023-08-10", (None, "13", None), id="deter-variant-pronoun"),
    case("The central bank warned that inflation would climb above 10 percent.", "2022-05-10",
         (None, "012", None), id="deter-no-party-inflation"),
    case("The minister warned that it would take years to rebuild the port.", "2020-08-10",
         (None, "012", None), id="deter-no-party-years"),
    # -- a dug mine is no explosive
    case("Poland defied an order by the European Union's top court to halt mining at the Turow "
         "coal mine.", "2021-09-21", ("POL", "128", "IGOEUR"), id="mine-coal-defy"),
    case("Workers at Chile's Escondida copper mine walked off the job over pay, their union said.",
         "2017-02-10", ("CHLLAB", "143", None), id="mine-copper-strike"),
    case("Twelve miners were trapped after a gas explosion at a gold mine in Zamfara state.",
         "2022-03-01", *NO_EVENT, id="mine-variant-accident"),
    case("Gunmen raided the Kamituga gold mine in South Kivu, killing six miners.", "2023-02-01",
         (None, "18", None), id="mine-variant-raid"),
    case("A Ukrainian patrol struck a Russian mine near Bakhmut.", "2023-02-01",
         ("RUS", "1833", "UKR"), id="mine-variant-explosive-kept"),
    # -- obstruction of any thoroughfare or works; civilians by what they buy or use
    case("Farmers in India blocked railway lines in Punjab to demand guaranteed prices for "
         "their crops.", "2024-02-16", ("INDAGR", "144", "INDGOV"), id="block-railway-lines"),
    case("Consumers in Jordan and Kuwait boycotted French products after President Macron's "
         "remarks on Islam.", "2020-10-26", ("JORCVL", "143", "FRA"), id="role-consumers"),
    case("Commuters in Dhaka blocked a railway line after a train fare increase.", "2019-09-01",
         ("BGDCVL", "144", "BGDGOV"), id="block-variant-commuters"),
    case("Taxi drivers blocked the runway at Nairobi's main airport over new licence fees.",
         "2022-03-01", ("KENLAB", "144", "KENGOV"), id="block-variant-runway"),
    case("Motorists in Lagos blockaded a fuel depot to protest petrol shortages.", "2023-06-01",
         ("NGACVL", "144", "NGAGOV"), id="block-variant-depot"),
    case("Kenyan motorists obstructed the expressway into Nairobi to protest fuel prices.",
         "2023-07-01", ("KENCVL", "144", "KENGOV"), id="block-variant-expressway"),
    case("Depositors in Beirut staged a sit-in outside the central bank.", "2022-09-20",
         ("LBNCVL", "14", "LBNGOV"), id="role-variant-depositors"),
    # -- the protest of the people acted on
    case("Police fired tear gas at thousands of protesters who marched on the presidential "
         "palace in Antananarivo.", "2023-10-21", ("MDGCVL", "141", "MDGGOV"),
         (None, "17", None), id="relcl-marched"),
    case("Police in Nairobi arrested dozens of protesters who had blocked roads over rising "
         "fuel prices.", "2023-07-07", ("KENCOP", "173", "KENCVL"),
         ("KENCVL", "144", "KENGOV"), id="relcl-had-blocked"),
    case("Soldiers in Conakry detained several students who had staged a sit-in outside the "
         "ministry.", "2022-07-01", ("GINMIL", "173", "GINEDU"), ("GINEDU", "14", "GINGOV"),
         id="relcl-variant-sit-in"),
    case("Riot police in La Paz dispersed miners who were blocking the main highway.",
         "2021-05-01", ("BOLCOP", "17", "BOLLAB"), ("BOLLAB", "144", "BOLGOV"),
         id="relcl-variant-progressive"),
    case("Police in Harare beat up nurses who went on strike over unpaid wages.", "2020-07-01",
         ("ZWEHLH", "143", "ZWEGOV"), id="relcl-variant-strike"),
    # -- the people a court convicts are its country's
    case("A Kenyan court convicted two men of helping al-Shabaab gunmen plan the Westgate mall "
         "attack.", "2020-10-07", ("KENJUD", "116", "KENCVL"), id="convicted-two-men"),
    case("An Iranian court sentenced a woman to ten years in prison for insulting the supreme "
         "leader.", "2023-01-10", ("IRNJUD", "116", "IRNCVL"), id="convicted-variant-woman"),
    case("A Paris court convicted three men of financing terrorism.", "2022-05-01",
         ("FRAJUD", "116", "FRACVL"), id="convicted-variant-paris"),
    case("A Russian court sentenced an American journalist to 16 years for espionage.",
         "2024-07-19", ("RUSJUD", "116", "USAMED"), id="convicted-variant-foreigner-kept"),
    # -- armed units by their formation
    case("Russia's Black Sea Fleet fired cruise missiles at targets in Odesa overnight.",
         "2023-07-20", ("RUSMIL", "19", "UKR"), id="unit-black-sea-fleet"),
    case("Russia's Baltic Fleet started drills in Kaliningrad.", "2022-02-07",
         ("RUSMIL", "15", None), id="unit-variant-baltic-fleet"),
    case("A Serbian brigade deployed to the Kosovo border on Friday.", "2023-09-29",
         ("SRBMIL", "15", None), id="unit-variant-brigade"),
    case("Russia's defence ministry said its Baltic Fleet had started snap combat-readiness "
         "drills in the Kaliningrad region.", "2022-02-07", ("RUSMIL", "15", None),
         id="unit-snap-drills", xfail="'snap' before 'drills' is parsed as a verb (xcomp)"),
    # -- a threatened strike is addressed to one's own government
    case("Argentina's teachers' unions threatened a nationwide strike if wages were not raised "
         "by March.", "2024-02-14", ("ARGLAB", "133", "ARGGOV"), id="threat-strike-unions"),
    case("Nigerian labour unions threatened to go on strike over the fuel subsidy removal.",
         "2023-06-01", ("NGALAB", "133", "NGAGOV"), id="threat-strike-variant-control"),
    case("Kenyan doctors threatened a strike over unpaid salaries.", "2023-02-01",
         ("KENHLH", "133", "KENGOV"), id="threat-strike-variant-doctors"),
    case("Opposition parties in Bangladesh threatened mass protests if the election was held "
         "under the current government.", "2023-08-01", ("BGDOPP", "133", "BGDGOV"),
         id="threat-strike-variant-opposition"),
    # -- an ultimatum
    case("ECOWAS gave Niger's coup leaders one week to reinstate the president or face possible "
         "military intervention.", "2023-07-30", ("IGOECW", "139", "NERMIL"),
         id="ultimatum-week"),
    case("The army gave the protesters 24 hours to leave the square.", "2019-04-10",
         (None, "139", None), id="ultimatum-variant-hours"),
    case("Israel gave Hamas until Saturday to release the hostages or face a resumption of the "
         "war.", "2025-02-11", ("ISR", "139", "PSEINS"), id="ultimatum-variant-until"),
    case("The president gave the rebels 48 hours to lay down their arms.", "2021-03-01",
         (None, "139", None), id="ultimatum-variant-rebels"),
    case("Kenya gave Uganda $5 million to rebuild the bridge.", "2021-03-01",
         ("KEN", "07", "UGA"), id="ultimatum-variant-money-is-aid"),
    # -- where the object is
    case("Students occupied the main campus of Mexico's national university to protest the "
         "killing of a classmate.", "2023-09-05", ("MEXEDU", "14", None), id="place-of-owner"),
    case("Angry depositors blocked the entrance to the central bank in Beirut.", "2022-09-20",
         ("LBNCVL", "144", None), id="place-variant-to-phrase"),
    case("Protesters stormed the offices of Kenya's electoral commission.", "2024-06-25",
         ("KENCVL", "14", None), id="place-variant-offices-of-owner"),
    case("Workers blockaded the gates of Chile's state copper company.", "2023-03-01",
         ("CHLLAB", "144", None), id="place-variant-gates"),
    # -- known failures of the batch, one record each (no general rule found yet)
    case("The Kremlin dismissed as \"absurd\" British accusations that Russian agents had "
         "planned acts of sabotage in London.", "2024-05-01", ("RUSGOV", "016", "GBR"),
         ("GBR", "112", "RUS"), id="known-denied-nominal-accusation",
         xfail="a denial of 'British accusations' aims at the content's agents, not the accuser"),
    case("Mexico's president complained on Wednesday that U.S. agents had operated on Mexican "
         "soil without permission.", "2023-03-15", ("MEXGOV", "11", "USA"),
         id="known-complained-that", xfail="'complained that' with no event in its content"),
    case("Myanmar's junta snubbed the ASEAN peace plan and pressed on with air strikes in "
         "Sagaing.", "2022-10-28", ("MMRMIL", "19", None), id="known-pressed-on-with",
         xfail="'pressed on with air strikes': the light verb 'press on with' is not read"),
    case("More than 40 Palestinian prisoners in Israeli jails went on hunger strike on Monday to "
         "protest detention without trial.", "2022-09-26", ("PSECVL", "142", "ISRGOV"),
         id="known-jailer-addressed",
         xfail="a hunger strike in another state's jails is addressed to the prisoners' own"),
    case("Taiwan put its armed forces on alert after China announced live-fire drills near the "
         "island.", "2022-08-03", ("CHN", "15", "TWN"), id="known-the-island",
         xfail="'the island' is read as the last country named (China), not Taiwan"),
    case("Ecuador's president ordered the army into prisons to regain control after a wave of "
         "riots.", "2024-01-09", ("ECUGOV", "15", None), id="known-ordered-into",
         xfail="'ordered the army into prisons' (no infinitive) is read as a demand of the army"),
    case("The Philippines accused China of dangerous manoeuvres near Scarborough Shoal and "
         "lodged a diplomatic protest.", "2024-02-03", ("PHL", "114", "CHN"),
         id="known-conjoined-protest-target",
         xfail="a lodged 'protest' (14 refined to 114) does not share its conjunct's target"),
    case("The Malian junta accused Algeria of interfering in its affairs and recalled its "
         "ambassador from Algiers.", "2023-12-22", ("MLIMIL", "16", "DZA"),
         id="known-recalled-from",
         xfail="an ambassador recalled from a capital aims at its own government, not the host"),
    case("Thousands of pilgrims gathered in Mecca for the start of the Hajj.", "2024-06-14",
         *NO_EVENT, id="known-pilgrims-gathered",
         xfail="a religious gathering of pilgrims is read as a rally (141)"),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), [
    pytest.param(c.values[0], c.values[1], c.values[2:], id=c.id, marks=c.marks) for c in CASES])
def test_fresh_cc(sentence: str, published: str, expected: tuple[Triple, ...]) -> None:
    got = scored_triples(sentence, published)
    if not expected:
        assert got == [], got
    for triple in expected:
        assert found(triple, got), (triple, got)
