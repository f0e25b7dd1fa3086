"""Paraphrases of dev records of roots 11, 12 and 13 (disapprove, reject, threaten) (#12, fresh-n).

Each row rewrites the surface of a dev record (passive, nominalisation, fronted or trailing
report, name for title, capital for country, synonym) and was coded by hand before the coder
was run on it. The mechanisms they guard:

- a verdict's small clause ("found [the journalist] [guilty] of …", "found a leader guilty",
  "was found guilty by a court", "held Moscow responsible"): the result adjective plays the
  particle's part whatever the parser hangs it on, and its subject is the target
  (lexicon class ``result_adjective``);
- the agent of a passive light verb that the parser hangs on the carried noun ("the government
  was given an ultimatum [by the Taliban]") is the giver, not a target;
- a charge told after its content ("India shelled the village, Pakistan alleged") is the
  accuser's accusation like "alleged that …" (only a plain "…, officials said" is attribution
  alone, as dev codes it); a charge is against the subject of its content ("alleged that
  [Kenya] was arming the militia");
- the unnamed people a state threatens or coerces are its own ("threatened to arrest anyone
  who joined the strike"; code family ``own_people``);
- people who defy a ban or a curfew that names no one who laid it defy their government
  (code family ``state_defied``);
- a protest's participle that accuses or defies ("rallied, accusing the prime minister of …",
  "ignoring a ban on rallies, thousands gathered") is an act of its own, not the protest's
  content (code family ``protest_charge``; demands and condemnations stay content);
- a decision or proposal its addressee says it will not accept ("would not accept the
  tribunal's ruling") is rejected (12; lexicon class ``decision``), where an act not accepted
  or tolerated is criticised (111);
- a row whose object stands after its own preposition matches even when that phrase also
  reads as a date: "jailed the minister for five [years]" is a sentence (116), "jailed
  protesters for two days" stays a detention;

The rest passed before and guard against drift; NO_EVENT rows must code nothing.
"""

from __future__ import annotations

import pytest
from tests.code.sentence_tables import Triple, case, found, known_failure, scored_triples

CASES = [
    # -- verdicts and blame in a small clause
    case("The International Criminal Court found a former Malian militant leader guilty of war "
         "crimes committed in Timbuktu.", "2024-06-26", ("IGOICC", "116", "MLIINS"),
         id="found-leader-guilty"),
    case("A Russian court found the American reporter guilty of spying.", "2023-07-19",
         ("RUSJUD", "116", "USAMED"), id="found-reporter-guilty"),
    case("The former French president was found guilty of illegal campaign financing by a Paris "
         "court on Thursday.", "2021-09-30", ("FRAJUD", "116", None), id="was-found-guilty"),
    case("A former militant leader from Mali was found guilty of war crimes in Timbuktu by the "
         "International Criminal Court.", "2024-06-26", ("IGOICC", "116", "MLIINS"),
         id="was-found-guilty-icc"),
    case("Kyiv held Moscow responsible for the strike on the dam.", "2023-06-06",
         ("UKRGOV", "112", "RUSGOV"), id="held-responsible"),
    case("Seoul holds Pyongyang accountable for the sinking of the warship.", "2010-05-20",
         ("KORGOV", "112", "PRKGOV"), id="holds-accountable"),
    case("A court in Paris convicted Nicolas Sarkozy, the former French president, of illegal "
         "campaign financing.", "2021-09-30", ("FRAJUD", "116", None), id="convicted-name"),
    case("An Australian writer was given a suspended death sentence for espionage by a court in "
         "Beijing.", "2024-02-05", ("CHNJUD", "116", "AUSCVL"), id="given-sentence"),
    case("A court in Tehran jailed a French tourist for five years on spying charges.",
         "2023-01-26", ("IRNJUD", "116", "FRA"), id="jailed-for-years"),
    case("Myanmar's junta-controlled court jailed the ousted leader for four more years.",
         "2022-01-10", ("MMRJUD", "116", None), id="jailed-for-more-years"),
    case("Police jailed dozens of protesters for two days in Lagos.", "2020-10-21",
         ("NGACOP", "173", "NGACVL"), id="jailed-for-days-is-detention"),
    case("A Myanmar court handed the ousted civilian leader another four years in prison.",
         "2022-01-10", ("MMRJUD", "116", "MMR"),
         xfail="'handed X N years in prison' has no row: the years are an adverbial, not an "
               "object"),
    # -- passive light verbs
    case("The Afghan government was given a one-week ultimatum by the Taliban to free "
         "prisoners.", "2020-08-01", ("AFGINS", "139", "AFGGOV"), id="given-ultimatum-by"),
    case("The Taliban issued an ultimatum to Kabul, demanding the release of prisoners within a "
         "week.", "2020-08-01", ("AFGINS", "139", "AFGGOV"), id="issued-ultimatum"),
    case("The Japanese government received a formal protest from the Chinese embassy over the "
         "release of treated water.", "2023-08-24", ("CHNGOV", "114", "JPNGOV")),
    # -- charges before and after their content
    case("India shelled border villages in Kashmir, Pakistan alleged on Friday.", "2019-03-01",
         ("PAK", "112", "IND"), id="content-then-alleged"),
    case("Kenya alleged that Somalia was arming the militia.", "2020-12-15",
         ("KEN", "112", "SOM"), id="alleged-that-subject"),
    case("Pakistan alleged that India was sponsoring militant attacks in Balochistan.",
         "2024-01-26", ("PAK", "112", "IND"), id="alleged-sponsoring"),
    case("India is sponsoring militant attacks in Balochistan, Pakistan's foreign office alleged "
         "on Friday.", "2024-01-26", ("PAK", "112", "IND"),
         xfail="the parser makes 'Pakistan's foreign office' an apposition of Balochistan and "
               "'alleged' its modifier, so the charge has no content clause"),
    case("Ethiopian forces killed civilians in Tigray, Human Rights Watch said in a report on "
         "Thursday.", "2021-04-15", ("ETHMIL", "18", "ETHCVL"), id="trailing-said-is-attribution"),
    case("Azerbaijan violated the ceasefire by shelling the town of Stepanakert, Armenia's "
         "defence ministry said.", "2020-10-10", ("AZE", "196", None),
         id="trailing-said-violation"),
    case("The detained American was working as a spy for the CIA, the Kremlin said on Thursday.",
         "2023-03-30", ("RUSGOV", "1125", "USA"),
         xfail="a stative charge ('was a spy', 'is biased against') told before its speaker "
               "has no event to recode"),
    case("Islamabad has accused New Delhi of backing militant attacks in Balochistan province.",
         "2024-01-26", ("PAKGOV", "11", "INDGOV"), id="accused-capitals"),
    case("In a report released on Thursday, Human Rights Watch blamed Ethiopian soldiers for the "
         "killing of civilians in Tigray.", "2021-04-15", ("NGOHRW", "11", "ETHMIL"),
         id="blamed-for-killing"),
    case("Moscow blamed London for the drone attack on its Black Sea fleet.", "2022-10-29",
         ("RUSGOV", "11", "GBRGOV"), id="blamed-capitals"),
    # -- protests that accuse
    case("Thousands of Armenians protested in Yerevan, accusing the prime minister of ceding "
         "territory to Azerbaijan.", "2024-05-09", ("ARMCVL", "112", "ARMGOV"),
         id="protest-accusing"),
    case("Thousands of protesters rallied in Yerevan, accusing Prime Minister Nikol Pashinyan of "
         "handing territory to Azerbaijan.", "2024-05-09", ("ARMCVL", "141", "ARMGOV"),
         id="rally-accusing-protest"),
    case("Protesters marched in Tbilisi, accusing the government of rigging the vote.",
         "2024-10-30", ("GEOCVL", "1121", "GEOGOV"), id="march-accusing-fraud"),
    case("Accusing the prime minister of giving away land to Azerbaijan, thousands of Armenians "
         "demonstrated in the capital.", "2024-05-09", ("ARMCVL", "112", "ARMGOV"),
         xfail="a fronted participle's role word ('the prime minister') is resolved before the "
               "clause's subject names its country"),
    # -- the people a state threatens or coerces
    case("The junta in Myanmar threatened to arrest anyone who joined the strike.", "2021-02-22",
         ("MMRMIL", "137", "MMRCVL"), id="threat-arrest-anyone"),
    case("Myanmar's military rulers threatened to detain anyone taking part in the general "
         "strike.", "2021-02-22", ("MMRMIL", "137", "MMRCVL"), id="threat-detain-anyone"),
    case("Anyone who joins the strike will be arrested, Myanmar's junta warned on Monday.",
         "2021-02-22", ("MMRMIL", "137", "MMRCVL"), id="fronted-passive-threat"),
    # -- defiance of a ban
    case("Protesters in Tbilisi defied a ban on gatherings outside parliament.", "2024-05-13",
         ("GEOCVL", "128", "GEOGOV"), id="defied-ban"),
    case("A ban on gatherings outside parliament was defied by protesters in Tbilisi on Monday.",
         "2024-05-13", ("GEOCVL", "128", "GEOGOV"), id="ban-was-defied"),
    case("Ignoring a ban on rallies outside parliament, thousands of protesters gathered in "
         "Tbilisi.", "2024-05-13", ("GEOCVL", "128", "GEOGOV"), id="ignoring-ban-gathered"),
    case("North Korea defied a UN ban on missile tests.", "2023-03-16", ("PRK", "128", "IGOUNO"),
         id="state-defies-un-ban"),
    # -- guards: rejections, vetoes, threats and condemnations in other words
    case("A Security Council resolution condemning the annexation of four Ukrainian regions was "
         "vetoed by Russia on Friday.", "2022-09-30", ("RUS", "129", "IGOUNO"), id="vetoed-by"),
    case("Moscow used its veto to block a UN Security Council resolution that condemned its "
         "annexation of four regions of Ukraine.", "2022-09-30", ("RUSGOV", "12", "IGOUNO"),
         id="used-its-veto"),
    case("An Egyptian proposal for a two-week ceasefire in Gaza was rejected by Israel.",
         "2024-01-02", ("ISR", "12", "EGY"), id="proposal-rejected-by"),
    case("Seoul's offer of talks on family reunions was rejected by North Korea on Friday.",
         "2019-08-16", ("PRK", "125", "KORGOV"), id="offer-rejected-by"),
    case("Budapest refused on Friday to drop its veto on European Union aid for Ukraine.",
         "2023-12-15", ("HUNGOV", "12", "IGOEUR"), id="refused-to-drop-veto"),
    case("Erdogan said Turkey would not back Sweden's bid to join NATO as long as Stockholm "
         "allowed Kurdish protests.", "2023-01-23", ("TUR", "12", "SWE"), id="would-not-back"),
    case("Mali's military rulers have refused to allow United Nations investigators into the "
         "village of Moura.", "2022-04-20", ("MLIMIL", "1245", "IGOUNO"), id="refused-to-allow"),
    case("Brussels threatened Tbilisi with sanctions over its foreign agents law.", "2024-05-23",
         ("IGOEUR", "13", "GEOGOV"), id="threatened-with-sanctions"),
    case("Moscow threatened to sever diplomatic relations with Chisinau if Moldova joined Western "
         "sanctions.", "2022-06-02", ("RUSGOV", "1313", "MDAGOV"), id="sever-relations"),
    case("Pyongyang threatened South Korea and the United States with a nuclear strike.",
         "2023-04-07", ("PRKGOV", "138", "USA"), id="threatened-two-with"),
    case("Boko Haram will face a massive offensive unless it frees the kidnapped schoolgirls, the "
         "Nigerian army warned.", "2014-05-10", ("NGAMIL", "138", "NGAINS"), id="will-face"),
    case("Azerbaijan's offensive in Nagorno-Karabakh was condemned by the European Parliament on "
         "Thursday.", "2023-10-05", ("IGOEUR", "111", "AZE"), id="condemned-by"),
    case("Lula slammed the International Monetary Fund over the harsh terms of its loan to "
         "Argentina.", "2023-06-26", ("BRAGOV", "111", "IGOIMF"), id="slammed-name"),
    case("The Philippine president hit out at China's aggressive actions in the South China "
         "Sea.", "2024-07-22", ("PHLGOV", "111", "CHN"), id="hit-out-at"),
    case("Warsaw summoned Russia's envoy on Sunday over a missile that strayed into Polish "
         "airspace.", "2024-03-24", ("POLGOV", "114", "RUSGOV"), id="summoned-envoy"),
    case("Kyiv sued Moscow at the International Court of Justice, alleging genocide.",
         "2022-02-27", ("UKRGOV", "115", "RUSGOV"), id="sued"),
    case("Beijing said it would not accept the tribunal's ruling on the South China Sea.",
         "2016-07-12", ("CHNGOV", "12", None), id="would-not-accept-ruling"),
    case("Tehran will not accept the arbitration panel's decision, the oil minister said.",
         "2019-05-02", ("IRNGOV", "12", None), id="will-not-accept-decision"),
    case("Israel will not tolerate Hezbollah's attacks, the defence minister said.",
         "2023-10-20", ("ISR", "111", "LBNINS"), id="will-not-tolerate-attacks"),
    case("China dismissed the international tribunal's ruling on the South China Sea as null "
         "and void.", "2016-07-12", ("CHN", "12", None),
         xfail="'dismissed X as …' has no rejection row"),
    case("Baku warned it could resort to force to disarm ethnic Armenian fighters in Karabakh.",
         "2023-09-19", ("AZEGOV", "138", None),
         xfail="'resort to force' in a warning's content is read as a pessimistic comment"),
]

NO_EVENT = [
    pytest.param("Fighting could resume if the talks collapse, mediators warned.",
                 id="mediators-warned", marks=known_failure(
                     "unnamed mediators are an actor of unknown country (test_fresh_a keeps "
                     "'the mediators said they were hopeful …' an event), so their warning is a "
                     "pessimistic comment")),
    pytest.param("Meteorologists warned that a powerful cyclone could hit the coast of "
                 "Bangladesh within days.", id="weather-warning"),
    pytest.param("Investigators blamed a gas leak for the explosion that destroyed a restaurant "
                 "in Nairobi.", id="blamed-accident"),
    pytest.param("The two sides traded accusations of breaking the truce within hours of it "
                 "taking effect.", id="unnamed-sides"),
    pytest.param("Russia is one of five permanent members that hold a veto on the Security "
                 "Council.", id="veto-fact"),
    pytest.param("Pakistan did not accuse India of involvement in the attack.",
                 id="negated-accusation"),
    pytest.param("The European Union has not threatened Georgia with sanctions, a spokesman "
                 "said.", id="negated-threat"),
    pytest.param("Fans booed the referee after the final whistle in Madrid.", id="sports-boo"),
    pytest.param("Film critics panned the director's latest movie at the Venice festival.",
                 id="film-critics"),
    pytest.param("The coach criticised his players after the team lost 3-0 to Brazil.",
                 id="coach-criticised"),
    pytest.param("If the court convicts the former president, protests could follow, observers "
                 "warned.", id="conditional-conviction"),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), CASES)
def test_fresh_n_event(sentence: str, published: str, expected: Triple) -> None:
    got = scored_triples(sentence, published)
    assert found(expected, got), f"{sentence!r}: {got}"


@pytest.mark.parametrize("sentence", NO_EVENT)
def test_fresh_n_no_event(sentence: str) -> None:
    assert scored_triples(sentence, "2022-05-05") == [], sentence
