"""Paraphrases of dev records of roots 14-17 (#12, fresh-o): protest, show of force, reduced
relations, coercion.

Written for this project and coded by hand before the coder was run on them. The mechanisms
they guard:

- a crowd that sets property ablaze or burns police posts riots (145): "set X ablaze" (a result
  word the parser calls an adverb or a clause plays the particle's part; lexicon ``result_word``),
  and civilians, workers, students or farmers who burn, torch or set ablaze property riot;
- an agentless passive names its agent through an event noun: the passive's subject ("Chinese
  military drills were staged") or its with-object ("were hit with U.S. sanctions"); a
  country's name that only modifies the event noun ("[U.S.] sanctions") is that country;
- in a show of force the forces counted or measured in the object ("thousands of reserve
  troops", "a force of 100,000 troops") are what is shown, not a target, and the other party of
  what prompted it is ("amid a standoff with New Delhi", "with tensions rising with India");
  "close to the border" is near it;
- verbs that move forces take any force unit (pattern object ``@force``, lexicon
  ``force_unit``): rushed, redeployed, positioned, ordered … to;
- "put X on hold" suspends X; sanctions adopted, slapped "with"; relations scaled back;
- "No troops have been deployed": a passive whose subject is counted as none is negated, and
  told by the authority that would have done it ("no arrests were made, police said") it is an
  absence reported, not that authority's denial (016);
- "Morocco's ambassador to Germany was recalled": the possessor recalls;
- "workers at Argentina's state airline": a workplace that is no actor is of its owner.

The rest passed before and guard against drift; NO_EVENT rows must code nothing.
"""

from __future__ import annotations

import pytest
from tests.code.sentence_tables import Triple, case, found, scored_triples

CASES = [
    # -- crowds that burn property riot
    case("Police stations in Nairobi were set ablaze by rioters as demonstrations over new "
         "taxes turned violent.", "2024-06-25", ("KENCVL", "145", "KENCOP"), id="set-ablaze-passive"),
    case("Angry protesters burned two police posts in Nairobi on Tuesday after clashes over the "
         "finance bill.", "2024-06-25", ("KENCVL", "14", "KENCOP"), id="burned-police-posts"),
    case("Rioters set police stations ablaze in the capital.", "2024-06-25", (None, "145", None),
         id="set-ablaze-active"),
    case("Soldiers set homes ablaze in the village.", "2024-06-25", (None, "1712", None),
         id="soldiers-set-ablaze"),
    case("Rioters set cars ablaze and looted shops in the Senegalese capital overnight.",
         "2023-06-02", ("SENCVL", "145", "SENGOV"),
         xfail="the parser hangs 'ablaze and looted' on the second object; no verb row matches"),
    # -- agentless passives: the event noun names its agent
    case("Three Chinese companies accused of supplying parts for Iran's drone programme were hit "
         "with U.S. sanctions on Tuesday.", "2023-02-09", ("USA", "163", "CHNBUS"),
         id="hit-with-us-sanctions"),
    case("Australian barley and wine were hit with Chinese tariffs of up to 200 percent.",
         "2020-11-28", ("CHN", "163", "AUS"), id="hit-with-chinese-tariffs"),
    case("Large-scale Chinese military drills were staged around Taiwan on Saturday.",
         "2023-04-08", ("CHN", "150", "TWN"), id="drills-were-staged"),
    case("Five Russian banks were hit with new British sanctions on Wednesday.", "2024-05-08",
         ("GBR", "163", "RUSBUS"), id="hit-with-british-sanctions"),
    case("Russian oil firms were slapped with fresh British sanctions.", "2024-05-08",
         ("GBR", "163", "RUSBUS"), id="slapped-with"),
    # -- shows of force: own forces are no target; what prompted it names one
    case("Islamabad has called up thousands of reserve troops amid a standoff with New Delhi.",
         "2019-02-27", ("PAKGOV", "154", "INDGOV"), id="amid-standoff-with"),
    case("With tensions rising with India, Pakistan's army mobilised its reservists on "
         "Wednesday.", "2019-02-27", ("PAKMIL", "154", "IND"), id="with-tensions-rising"),
    case("Israel mobilised thousands of reservists amid fears of an escalation with Hezbollah.",
         "2024-05-10", ("ISR", "154", "LBNINS"), id="amid-fears-of-escalation-with"),
    case("Moscow has built up a force of over 100,000 troops along its border with Ukraine.",
         "2022-01-20", ("RUSGOV", "154", "UKR")),
    case("Azerbaijan has moved tanks and artillery close to the border with Armenia, Yerevan "
         "said.", "2024-05-10", ("AZE", "154", "ARM"), id="close-to-the-border"),
    case("The Revolutionary Guards held war games close to Iran's frontier with Azerbaijan, "
         "state media reported.", "2022-10-17", ("IRNMIL", "150", "AZE"), id="close-to-frontier"),
    # -- verbs that move any force unit
    case("Thousands of paramilitary soldiers were rushed to Manipur by the Indian government "
         "after ethnic violence erupted.", "2023-05-08", ("INDGOV", "154", None), id="rushed-passive"),
    case("U.S. Defense Secretary Lloyd Austin ordered a second aircraft carrier strike group to "
         "the eastern Mediterranean.", "2023-10-15", ("USAGOV", "154", None), id="ordered-strike-group"),
    case("Britain rushed two warships to the Red Sea after attacks on commercial shipping.",
         "2024-01-05", ("GBR", "154", None), id="rushed-warships"),
    case("The army redeployed two brigades to the northern border.", "2024-05-10",
         (None, "154", None), id="redeployed-brigades"),
    # -- alerts
    case("Thailand's police have been put on heightened alert in the capital before the ruling.",
         "2024-08-07", ("THACOP", "151", None), id="put-on-alert-particle"),
    case("Police in Bangkok were placed on high alert ahead of the court's verdict.",
         "2024-08-07", ("THACOP", "151", None), id="placed-on-alert"),
    case("North Korea placed its frontline artillery units on combat alert, state media "
         "reported.", "2024-05-10", ("PRK", "152", None), id="units-on-combat-alert"),
    # -- reduced relations
    case("India has put a water-sharing treaty with Pakistan on hold following the attack in "
         "Kashmir.", "2025-04-24", ("IND", "16", "PAK"), id="put-treaty-on-hold"),
    case("Qatar has put its mediation between Israel and Hamas on hold.", "2024-11-09",
         ("QAT", "165", "ISR"), id="put-mediation-on-hold"),
    case("China put imports of Japanese seafood on hold.", "2023-08-25", ("CHN", "16", "JPN"),
         id="put-imports-on-hold"),
    case("The European Union adopted a new package of sanctions against Russia on Friday.",
         "2023-06-23", ("IGOEUR", "163", "RUS"), id="adopted-package"),
    case("Ottawa scaled back its diplomatic relations with New Delhi on Monday.", "2023-10-20",
         ("CANGOV", "161", "INDGOV"), id="scaled-back-relations"),
    case("Morocco's ambassador to Germany was recalled to Rabat for consultations.",
         "2021-05-07", ("MAR", "161", "DEU"), id="ambassador-was-recalled"),
    case("Sweden's ambassador to Iran was recalled for consultations on Thursday.", "2024-05-10",
         ("SWE", "161", "IRN"), id="ambassador-recalled-2"),
    case("Rabat has recalled its envoy in Berlin for consultations, the Moroccan foreign "
         "ministry said.", "2021-05-07", ("MARGOV", "161", "DEUGOV"),
         xfail="an envoy's post after 'in' is not read as the country the recall is aimed at"),
    case("EU member states approved a fresh package of sanctions against Moscow.", "2023-06-23",
         ("IGOEUR", "163", "RUSGOV"),
         xfail="'approved a package' is an aid package (070) even when it is one of sanctions"),
    case("Mali, Niger and Burkina Faso said on Sunday they were quitting the Economic "
         "Community of West African States.", "2024-01-28", ("MLI", "16", "IGOECW"),
         xfail="'quit' with an organisation's name (no lemma the row lists) is a resignation"),
    case("Russia's state energy giant cut gas supplies to Europe in retaliation for sanctions.",
         "2022-09-03", ("RUSBUS", "16", None), id="energy-giant"),
    # -- protest
    case("A 24-hour strike by workers at Argentina's state-owned airline grounded dozens of "
         "flights on Thursday.", "2023-08-10", ("ARGLAB", "143", "ARGGOV"), id="workers-at-owner"),
    case("Workers at Argentina's state airline staged a 24-hour strike.", "2023-08-10",
         ("ARGLAB", "143", "ARGGOV"), id="workers-at-owner-dev"),
    case("Highways in Dhaka were blocked by hundreds of students protesting against quotas in "
         "government jobs.", "2024-07-15", ("BGDEDU", "144", "BGDGOV"), id="blocked-passive"),
    case("Slogans against Iran's clerical rulers were chanted by mourners gathered in Mahsa "
         "Amini's hometown.", "2022-10-26", ("IRNCVL", "141", "IRNGOV"), id="chanted-passive"),
    case("Nurses in Britain staged a two-day walkout over pay, their union said.", "2024-05-10",
         ("GBRHLH", "143", "GBRGOV"), id="walkout"),
    case("Motorways leading into Paris were blocked by farmers driving tractors on Monday.",
         "2024-01-29", ("FRAAGR", "144", "FRAGOV"),
         xfail="the parser reads 'by farmers driving' as a gerund with a subject; no agent"),
    case("A huge anti-government rally drew thousands of people to the streets of Belgrade on "
         "Saturday.", "2024-03-16", ("SRBCVL", "141", "SRBGOV"),
         xfail="an event noun subject of 'drew' with the crowd as object has no agent"),
    case("Truck drivers blocked the highway linking Lima to the south of Peru for a third day.",
         "2024-05-10", ("PERLAB", "144", "PERGOV"),
         xfail="a place inside a participle on the object does not say whose the drivers are"),
    # -- coercion
    case("Tear gas was fired by Pakistani police at supporters of the former prime minister.",
         "2023-03-15", ("PAKCOP", "175", "PAKCVL"), id="tear-gas-passive"),
    case("The homes of two Palestinian assailants in the West Bank were demolished by Israeli "
         "forces.", "2023-09-14", ("ISRMIL", "1712", "PSECVL"), id="demolished-passive"),
    case("A nationwide curfew was imposed by Bangladeshi authorities after days of deadly "
         "clashes.", "2024-07-20", ("BGDGOV", "1723", None), id="curfew-passive"),
    case("Thailand's main opposition party was dissolved by the Constitutional Court on "
         "Wednesday.", "2024-08-07", ("THAJUD", "1722", "THAOPP"), id="dissolved-passive"),
    case("An arrest warrant for the Russian president was issued by the International Criminal "
         "Court.", "2023-03-17", ("IGOICC", "173", "RUSGOV"), id="warrant-passive"),
    case("Security forces in Bangladesh opened fire on student protesters in Dhaka.",
         "2024-05-10", ("BGDCOP", "175", None), id="opened-fire-on-protesters"),
    case("President Kais Saied froze Tunisia's parliament and lifted lawmakers' immunity on "
         "Sunday.", "2021-07-26", ("TUNGOV", "17", "TUNLEG"),
         xfail="'froze parliament' (a body, not relations or assets) has no row"),
    case("Ethiopia's government ordered two humanitarian organisations to halt their work in "
         "Tigray.", "2021-08-01", ("ETHGOV", "1663", None),
         xfail="ordering aid groups to halt their work is read as a ban (1722), not an expulsion"),
]

NO_EVENT = [
    "No troops have been deployed to the border, the defence ministry said.",
    "No curfew was imposed in the capital despite the unrest.",
    "Police said no arrests were made during Sunday's march in Warsaw.",
    "No sanctions were imposed on the company, the ministry said.",
    "Russia did not recall its ambassador from Moldova despite the row.",
    "The European Union could impose further sanctions on Iran if talks fail, diplomats said.",
    "It is unclear whether China will stage new military drills around Taiwan this year, "
    "analysts said.",
    "Football fans crowded the streets of Buenos Aires to celebrate the World Cup victory.",
    "Oil prices jumped after reports of new sanctions on Russian crude.",
    "Neither Greece nor Turkey put its forces on alert after the incident, officials said.",
    "The Kenyan airline flew passengers to London.",
]


@pytest.mark.parametrize(("sentence", "published", "expected"), CASES)
def test_paraphrase(sentence: str, published: str, expected: Triple) -> None:
    got = scored_triples(sentence, published)
    assert found(expected, got), got


@pytest.mark.parametrize("sentence", NO_EVENT)
def test_no_event(sentence: str) -> None:
    assert scored_triples(sentence) == []


def test_no_sanctions_negated() -> None:
    """'No sanctions were imposed' is negated (the negated passive subject); what the teller
    said of it is no event either."""
    assert not found((None, "163", None), scored_triples(
        "No sanctions were imposed on Iran."))
