"""Paraphrases of consultations, diplomatic and material cooperation (roots 04, 05, 06; #12, fresh-l).

Written for this project and coded by hand before the coder was run on them. The mechanisms
they guard:

- an act received is the giver's: "received a phone call / an apology / a visit from X" is X's
  act aimed at the receiver (word class ``receipt``); to receive a person is still to host
  them, and to receive inspectors to admit them (code family ``receiving``);
- "called the Iranian president to urge restraint": a verb of calling with its own object
  whose purpose is words the caller says (family ``spoken_purpose``) is a call too;
- a call the parser reads as a naming ("The Qatari emir called the Egyptian president",
  "Macron called Zelensky") is a call: a verb with a predicate noun and no object has that
  noun for its object, and a participle of the root noun with no verb above is the verb;
- mediated talks named with their parties ("mediated talks between the government and the
  rebels", active or passive) are 046 between those parties, beside the mediation;
- an occasion the clause's own act is told at ("met on the sidelines of the NATO summit in
  Vilnius") is where it happened, not a 044 of the organisation in the host city;
- "in a (phone) call with X" / "in talks with X" is the clause subject's call or talks with X;
- "was given intelligence by Jordan": a passive's by-phrase the parser hangs on the object it
  keeps is its agent; "forces from Egypt and Saudi Arabia" are each country's (a conjunct
  that ends a two-word name is that name);
- a pattern row's preposition of company names the partner ("patrolled alongside the
  Nigerien army", word class ``companion_prep``);
- a call or talks framing another act ("in a phone call, X thanked Y") are with whom that act
  addresses; framing a meeting ("during talks in Doha, X met Y") they are that meeting;
- a visit a host hosts a guest for ("hosted the Brazilian president for a state visit") is
  the guest's visit to the host (code families ``hosting``, ``visit``);
- "offered an apology" apologises (not an offer, 032); "army officers" are the army's (MIL);
- "hailed Kenya's decision" praises Kenya (051) as "welcomed Kenya's decision" does; "stood
  with Qatar" supports it as "stood by" does.

The rest passed before and guard against drift; NO_EVENT rows must code nothing.
"""

from __future__ import annotations

import pytest
from tests.code.sentence_tables import Triple, case, found, scored_triples

CASES = [
    # -- acts received
    case("On Wednesday, the Saudi crown prince received a phone call from the U.S. president.",
         "2022-03-09", ("USAGOV", "041", "SAUGOV"), id="received-call-from"),
    case("The Egyptian president received a telephone call from the Qatari emir about the "
         "situation in Gaza.", "2023-10-10", ("QATGOV", "041", "EGYGOV"), id="received-telephone-call"),
    case("South Korea received an apology from Japan's prime minister for the suffering caused "
         "during the colonial era.", "2023-03-16", ("JPNGOV", "055", "KOR"),
         id="received-apology-from"),
    case("Seoul got an apology from Tokyo over the remarks.", "2023-03-16",
         ("JPNGOV", "055", "KORGOV"), id="got-apology-from"),
    case("The Kenyan president received a visit from the Ugandan foreign minister.",
         "2023-03-16", ("UGAGOV", "042", "KENGOV"), id="received-visit-from"),
    case("The Jordanian king received the foreign minister of Japan in Amman.", "2023-03-16",
         ("JORGOV", "043", "JPNGOV"), id="received-person-is-hosting"),
    # -- calls read as namings
    case("The Qatari emir called the Egyptian president on Tuesday.", "2023-10-10",
         ("QATGOV", "041", "EGYGOV"), id="called-participle-of-root-noun"),
    case("Qatar's emir called Egypt's president to discuss the situation in Gaza.", "2023-10-10",
         ("QATGOV", "041", "EGYGOV"), id="called-to-discuss"),
    case("Macron called Zelensky on Monday.", "2023-10-10", ("FRAGOV", "041", "UKRGOV"),
         id="called-name-predicate-noun"),
    case("France's president called the Iranian president to urge restraint after the drone "
         "strikes.", "2024-04-15", ("FRAGOV", "041", "IRNGOV"), id="called-to-urge"),
    case("France's president called the Iranian president to urge restraint after the drone "
         "strikes.", "2024-04-15", ("FRAGOV", "0256", "IRNGOV"), id="called-to-urge-appeal"),
    # -- in a call / in talks with
    case("In a call with the Iranian president, France's president urged restraint after the "
         "drone strikes.", "2024-04-15", ("FRAGOV", "041", "IRNGOV"), id="in-a-call-with"),
    case("In talks with the Chinese premier, the German chancellor raised human rights.",
         "2023-06-20", ("DEUGOV", "04", "CHNGOV"), id="in-talks-with"),
    case("In a call with the Iranian president, France's president urged restraint.",
         "2024-04-15", ("FRAGOV", "0256", "IRNGOV"),
         xfail="an appeal made in a call with X is not yet aimed at X"),
    case("In a phone call on Friday, the Spanish prime minister thanked the Moroccan king for "
         "his help.", "2023-05-04", ("ESPGOV", "041", "MARGOV"), id="in-a-call-thanked"),
    # -- hosted for a visit
    case("China hosted Brazil's president for a three-day state visit.", "2023-04-14",
         ("BRAGOV", "042", "CHN"), id="hosted-for-a-visit"),
    case("The Brazilian president was hosted by Beijing for a three-day state visit.",
         "2023-04-14", ("BRAGOV", "042", "CHNGOV"), id="hosted-for-a-visit-passive"),
    # -- mediated talks
    case("Norway mediated talks between the Colombian government and FARC rebels in Havana.",
         "2016-06-23", ("COLGOV", "046", "COLREB"), id="mediated-talks-between"),
    case("Talks between the Colombian government and FARC rebels in Havana were mediated by "
         "Norwegian diplomats.", "2016-06-23", ("COLREB", "046", "COLGOV"),
         id="talks-between-were-mediated"),
    case("Qatar mediated talks between Washington and the Taliban.", "2020-02-20",
         ("USAGOV", "046", "AFGINS"), id="mediated-talks-capital"),
    case("Qatar mediated talks between Washington and the Taliban.", "2020-02-20",
         ("QAT", "045", "AFGINS"), id="mediation-kept"),
    # -- partners of company
    case("French soldiers are patrolling alongside the Nigerien army near the Malian border.",
         "2021-03-01", ("FRAMIL", "062", "NERMIL"), id="patrolling-alongside"),
    case("Polish soldiers trained alongside American troops in Lithuania.", "2023-06-15",
         ("POLMIL", "062", "USAMIL"),
         xfail="the parser hangs 'trained' as a participle on the root noun; unlike a call, a "
               "participle with no object cannot safely be made the verb ('troops killed in "
               "an ambush')"),
    # -- intelligence given; a passive's by-phrase on the object it keeps
    case("Israel was given intelligence by Jordan that helped foil a planned attack.",
         "2022-08-01", ("JOR", "064", "ISR"), id="given-intelligence-by"),
    case("Jordan gave intelligence to Israel about the plot.", "2022-08-01",
         ("JOR", "064", "ISR"), id="gave-intelligence-to"),
    case("Britain supplied intelligence to Kyiv.", "2022-08-01", ("GBR", "064", "UKRGOV"),
         id="supplied-intelligence"),
    # -- coordinated countries of a from-phrase, with a name of two words last
    case("Naval forces from Egypt and Saudi Arabia carried out a joint exercise in the Red Sea.",
         "2022-02-01", ("SAUMIL", "062", "EGYMIL"), id="forces-from-two-word-name"),
    case("Envoys from Saudi Arabia and South Africa met in Geneva.", "2022-02-01",
         ("ZAFGOV", "04", "SAUGOV"), id="envoys-from-two-word-names"),
    # -- army officers are the army's
    case("A delegation of Sudanese army officers travelled to Juba for talks with South "
         "Sudan's president.", "2023-05-04", ("SDNMIL", "042", "SSDGOV"), id="army-officers"),
    # -- praise and support
    case("The U.S. secretary of state hailed Kenya's decision to lead a security mission to "
         "Haiti.", "2023-07-30", ("USAGOV", "051", "KEN"), id="hailed-decision"),
    case("The Gulf Cooperation Council said it stood with Qatar in its dispute with the "
         "Saudi-led bloc.", "2017-06-10", ("IGOGCC", "05", "QAT"), id="stood-with"),
    case("The Dutch king offered an apology to Indonesia for violence during the independence "
         "war.", "2023-05-04", ("NLDGOV", "055", "IDN"), id="offered-apology"),
    case("Japan's prime minister said sorry to South Korea for the colonial era.", "2023-03-16",
         ("JPNGOV", "055", "KOR"), xfail="'said sorry' is parsed with 'sorry' as no object"),
    # -- open conventions and parses
    case("Sri Lanka reached an agreement with China on restructuring its loans.", "2023-10-12",
         ("CHN", "057", "LKA"), id="reached-with-both-ways"),
    case("Thai and Australian police worked together to dismantle an online fraud ring.",
         "2023-05-01", ("THACOP", "06", "AUSCOP")),
    case("A joint investigation team on war crimes was set up by Ukrainian and Lithuanian "
         "prosecutors.", "2022-03-25", ("UKRJUD", "063", "LTUJUD"),
         xfail="a passive 'set up' loses the row's object"),
    # -- guards (passed before)
    case("The Polish president arrived in Kyiv on Sunday for talks with Ukraine's president.",
         "2022-05-22", ("POLGOV", "042", "UKRGOV"), id="arrived-for-talks"),
    case("The Indian prime minister's trip to Washington was aimed at deepening defence ties.",
         "2023-06-21", ("INDGOV", "042", "USAGOV"), id="trip-nominal"),
    case("The Brazilian president was hosted by Beijing for a three-day state visit.",
         "2023-04-14", ("CHNGOV", "043", "BRAGOV"), id="hosted-passive"),
    case("The Senegalese president was received by Emmanuel Macron at the Elysee on Monday.",
         "2023-06-20", ("FRAGOV", "043", "SENGOV"), id="received-passive"),
    case("Israeli and Lebanese negotiators resumed talks on the maritime border in Naqoura.",
         "2022-10-14", ("LBNGOV", "046", "ISRGOV"), id="resumed-talks"),
    case("Kenya was praised by the U.S. secretary of state for agreeing to lead a security "
         "mission to Haiti.", "2023-07-30", ("USAGOV", "051", "KEN"), id="praised-passive"),
    case("The State of Palestine was formally recognised by Spain, Ireland and Norway on "
         "Tuesday.", "2024-05-28", ("IRL", "054", "PSE"), id="recognised-passive"),
    case("Berlin apologised to Namibia for the killings of the Herero and Nama peoples in the "
         "colonial era.", "2021-05-28", ("DEUGOV", "055", "NAM"), id="apologised-capital"),
    case("A memorandum of understanding on water cooperation was signed by Iraq and Turkey in "
         "Baghdad.", "2024-04-22", ("TUR", "057", "IRQ"), id="signed-passive"),
    case("Chinese and Russian warships started joint naval drills in the Sea of Japan on "
         "Friday.", "2023-07-21", ("RUSMIL", "062", "CHNMIL"), id="joint-drills"),
    case("A suspected money launderer was extradited by Kazakhstan to Uzbekistan.", "2023-02-01",
         ("KAZ", "063", "UZB"), id="extradited-passive"),
    case("Two suspected Islamic State commanders were handed over to Pakistan by the Taliban "
         "government.", "2023-09-20", ("AFGGOV", "063", "PAK"), id="handed-over-passive"),
]

# exact: what must not be coded beside the expected events
EXACT = [
    pytest.param("Greece's prime minister met Turkey's prime minister on the sidelines of the "
                 "NATO summit in Vilnius.", "2023-07-12", {("GRCGOV", "044", "TURGOV")},
                 id="summit-is-where"),
    pytest.param("On the sidelines of the NATO summit in Vilnius, the Greek and Turkish prime "
                 "ministers met.", "2023-07-12",
                 {("GRCGOV", "044", "TURGOV"), ("TURGOV", "044", "GRCGOV")},
                 id="summit-is-where-fronted"),
    pytest.param("During talks in Doha, Qatar's emir met the Afghan Taliban's prime minister.",
                 "2023-05-04", {("QATGOV", "040", "AFGGOV")}, id="talks-framing-a-meeting"),
    pytest.param("Norwegian diplomats mediated talks between the Colombian government and FARC "
                 "rebels in Havana.", "2016-06-23",
                 {("NORGOV", "045", "COLGOV"), ("NORGOV", "045", "COLREB"),
                  ("COLGOV", "046", "COLREB"), ("COLREB", "046", "COLGOV")},
                 id="mediation-and-talks"),
]

NO_EVENT = [
    pytest.param("The Indian and Chinese foreign ministers did not hold talks during the summit "
                 "in Bali."),
    pytest.param("No deal was signed after two days of negotiations, and the next round has "
                 "not been scheduled."),
    pytest.param("The German chancellor has not spoken to the Russian president since December."),
    pytest.param("Neither Egypt nor Ethiopia sent a delegation to the meeting in Khartoum."),
    pytest.param("The Taliban administration has not been recognised by any government."),
    pytest.param("The Sri Lankan cricket team arrived in Dhaka ahead of the test series."),
    pytest.param("The president may visit Beijing later this year, according to diplomats who "
                 "asked not to be named."),
    pytest.param("If the negotiations collapse, the two countries could return to war, analysts "
                 "warned."),
    pytest.param("The football teams of Brazil and Argentina met in a friendly in Beijing."),
    pytest.param("A man called Ahmed sold vegetables at the market."),
    pytest.param("Thousands of Chinese tourists visited Thailand over the new year holiday.",
                 marks=pytest.mark.xfail(strict=True, reason="engine: tourists' trips are "
                                         "coded as visits by the country's civilians")),
    pytest.param("Talks between Serbia and Kosovo have stalled since last year.",
                 marks=pytest.mark.xfail(strict=True, reason="engine: talks that stalled are "
                                         "coded as held and as halted by both")),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), CASES)
def test_fresh_l_event(sentence: str, published: str, expected: Triple) -> None:
    got = scored_triples(sentence, published)
    assert found(expected, got), f"{sentence!r}: {got}"


@pytest.mark.parametrize(("sentence", "published", "expected"), EXACT)
def test_fresh_l_exact(sentence: str, published: str, expected: set[Triple]) -> None:
    assert set(scored_triples(sentence, published)) == expected, sentence


@pytest.mark.parametrize("sentence", NO_EVENT)
def test_fresh_l_no_event(sentence: str) -> None:
    assert scored_triples(sentence, "2023-05-05") == [], sentence
