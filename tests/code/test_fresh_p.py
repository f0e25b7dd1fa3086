"""Paraphrases of violent events (roots 18, 19, 20) and of disaster news (#12, fresh-p).

Written for this project and coded by hand before the coder was run on them. The mechanisms
they guard:

- a toll told first in an agentless passive ("eight officers were killed when a car bomb
  exploded …") is the toll of the act in its when/as clause, one event, as in the participle
  form ("a car bomb exploded …, killing eight officers");
- the work of nature or of an accident kills no one in CAMEO's sense, however the sentence
  names it: as the kind before a name ("Typhoon Yagi"), in an unlemmatised plural
  ("Wildfires"), in the clause that tells how the victims died ("were killed when an
  earthquake hit", "were killed in a stampede");
- violence an international or non-governmental body reports in a that-clause ("a UN
  commission said the government had tortured detainees") is its finding, coded as when the
  body is told after the act; a state telling the same act of another still accuses it (112);
- "attacked positions" is an armed attack; only "attacked X's position on …" is words;
- an attack made "with" a chemical weapon is its use (2041);
- "seized" people (pupils, women, worshippers) is an abduction;
- a passive violent verb told "during a speech" is no verbal attack: words hurt no one;
- victims who "died in" a violent event noun, or "died when" a violent act was done, are its
  targets;
- "exchanged/traded fire with" is fought each way; a place that "came under" an attack is its
  target;
- armed men (militants, rebels, troops, gangs) who "storm" a building attack it (190); only
  crowds storming one protest violently (145).

The rest passed before and guard against drift; NO_EVENT rows must code nothing.
"""

from __future__ import annotations

import pytest
from tests.code.sentence_tables import Triple, case, found, scored_triples

CASES = [
    # -- toll-first sentences: the when-clause's act, with the victims as its targets
    case("Eight police officers were killed when a car bomb exploded outside a police station "
         "in Mogadishu.", "2022-10-29", (None, "18", "SOMCOP"), id="toll-first-car-bomb"),
    case("Two soldiers were killed when ELN rebels attacked a military base in Arauca.",
         "2022-09-06", ("COLREB", "190", "COLMIL"), id="toll-first-rebels-attacked"),
    case("Five soldiers were killed when a roadside bomb hit a military convoy in Mali.",
         "2021-02-15", (None, "18", "MLIMIL"), id="toll-first-roadside-bomb"),
    case("Dozens of villagers were killed when a Nigerian air force jet bombed a village in "
         "Yobe state by mistake.", "2017-01-18", ("NGAMIL", "195", "NGACVL"),
         id="toll-first-air-strike"),
    case("Four passengers were wounded as Russian missiles struck the railway station in "
         "Kramatorsk.", "2022-04-08", ("RUSMIL", "19", "UKRCVL"), id="toll-first-as"),
    # -- reports of neutral bodies in front of the act
    case("A UN commission said the Syrian government had tortured thousands of detainees.",
         "2016-02-08", ("SYRGOV", "1822", None), id="un-commission-said"),
    case("The UN refugee agency said the RSF had massacred at least 800 people in Ardamata.",
         "2023-11-11", ("SDNREB", "202", "SDNCVL"), id="unhcr-said"),
    case("Amnesty International said Israeli forces had killed 12 Palestinians in Jenin.",
         "2023-07-05", ("ISRMIL", "18", "PSECVL"), id="amnesty-said"),
    case("The French foreign minister said Russian troops had shelled a Ukrainian village.",
         "2022-05-12", ("FRAGOV", "112", "RUSMIL"), id="state-said-is-accusation"),
    # -- armed attacks on positions
    case("Saudi-led coalition forces attacked Houthi positions near Hodeidah on Wednesday.",
         "2018-06-13", ("SAUMIL", "190", "YEMREB"), id="attacked-positions"),
    case("Rebels attacked army positions near the border.", "2023-05-02",
         (None, "190", None), id="rebels-attacked-positions"),
    case("The opposition leader attacked the government's position on fuel taxes.",
         "2023-05-02", (None, "111", None), id="attacked-position-on"),
    # -- weapons of mass violence
    case("Islamic State fighters attacked Kurdish peshmerga near Mosul with mustard gas.",
         "2016-09-21", ("IMGISL", "2041", "IRQMIL"), id="attacked-with-gas"),
    case("Russian troops attacked Ukrainian positions near Zaporizhzhia with chloropicrin gas.",
         "2024-05-03", ("RUSMIL", "2041", "UKRMIL"), id="attacked-with-chloropicrin"),
    # -- abductions
    case("Police in Nigeria said gunmen had seized more than 200 pupils from a school in "
         "Kaduna state.", "2024-03-07", (None, "181", "NGACVL"), id="seized-pupils"),
    case("Bandits seized dozens of women from a village in Zamfara.", "2024-02-10",
         (None, "181", "NGACVL"), id="seized-women"),
    # -- passive violence told during a speech
    case("Former Japanese prime minister Shinzo Abe was assassinated during a campaign speech "
         "in Nara.", "2022-07-08", (None, "186", "JPNELI"), id="assassinated-during-speech"),
    case("The president attacked his critics in a speech to parliament.", "2023-05-02",
         (None, "111", None), id="attacked-in-speech"),
    # -- died in a violent event
    case("Three soldiers died in a roadside bomb attack in Mali.", "2021-02-15",
         (None, "18", "MLIMIL"), xfail="the weapon compound of 'bomb attack' does not refine "
                                       "the generic attack noun (190, root 19)"),
    case("Three Malian soldiers died in an ambush near Gao.", "2021-02-15",
         (None, "19", "MLIMIL"), id="died-in-ambush"),
    case("Eight Somali policemen died in a car bomb blast near a police station in the "
         "capital.", "2022-10-29", (None, "18", "SOMCOP"), id="died-in-blast"),
    case("Three Malian soldiers died when rebels ambushed their convoy near Gao.",
         "2021-02-15", ("MLIREB", "18", "MLIMIL"), id="died-when-ambushed"),
    case("Six Kenyan police officers died when their vehicle hit a roadside bomb in Mandera.",
         "2023-06-12", (None, "18", "KENCOP"),
         xfail="the victims' vehicle as the subject of 'hit' is read as the weapon's target, "
               "not as where the bomb struck"),
    # -- symmetric fire, places under attack
    case("Indian troops exchanged fire with Pakistani troops across the Line of Control.",
         "2018-05-20", ("PAKMIL", "193", "INDMIL"), id="exchanged-fire-with"),
    case("Thai soldiers traded fire with Cambodian troops near the temple.", "2025-07-24",
         ("KHMMIL", "193", "THAMIL"), id="traded-fire-with"),
    case("Kyiv came under a Russian missile and drone attack overnight, Ukrainian officials "
         "said.", "2024-07-08", ("RUS", "19", None), id="came-under-attack"),
    case("The town of Bakhmut came under heavy Russian shelling on Sunday.", "2023-02-12",
         ("RUS", "194", "UKR"), xfail="the parser reads 'Russian' as the object of 'under' "
                                      "and 'shelling' as a clause"),
    # -- seizing zones, blocking missions
    case("Israeli troops seized the buffer zone on the Syrian side of the Golan Heights.",
         "2024-12-09", ("ISRMIL", "192", None), id="seized-zone"),
    case("Chinese coast guard vessels blocked a Philippine resupply mission to the shoal on "
         "Saturday.", "2023-08-05", ("CHNMIL", "191", "PHL"), id="blocked-mission"),
    # -- armed groups storming a building attack it; crowds storming one protest
    case("Militants of the Pakistani Taliban stormed a police headquarters in Karachi on "
         "Friday.", "2023-02-17", ("PAKINS", "190", "PAKCOP"), id="militants-stormed"),
    case("Protesters stormed the parliament building in Baghdad.", "2022-07-27",
         (None, "145", None), id="protesters-stormed"),
    # -- passed before: guards
    case("More than 200 schoolchildren were abducted by gunmen in Kaduna state, police said.",
         "2024-03-07", (None, "181", "NGACVL"), id="abducted-passive"),
    case("A Japanese journalist held in Syria was beheaded by Islamic State militants.",
         "2015-02-01", ("IMGISL", "18", "JPNMED"), id="beheaded-passive"),
    case("Heavy clashes between Sudan's army and the Rapid Support Forces continued in Khartoum "
         "for a third day.", "2023-04-17", ("SDNREB", "19", "SDNMIL"), id="clashes-between"),
    case("Armenian positions along the border were shelled by Azerbaijani forces.",
         "2022-09-13", ("AZEMIL", "194", "ARMMIL"), id="shelled-passive"),
    case("Missiles were fired at a U.S. destroyer in the Red Sea by Houthi rebels.",
         "2024-01-30", ("YEMREB", "19", "USAMIL"), id="fired-at-passive"),
    case("More than 700,000 Rohingya were driven out of Rakhine state by the Myanmar army.",
         "2018-08-25", ("MMRMIL", "201", "MMRCVL"), id="driven-out-passive"),
    case("The court ruled that the Islamic State had massacred hundreds of Yazidi men in "
         "Sinjar.", "2021-11-30", ("IMGISL", "202", "IRQCVL"), id="court-ruled-massacre"),
    case("Five Indian fighter jets were shot down by Pakistani forces, Pakistan's army said.",
         "2025-05-10", ("PAKMIL", "19", "INDMIL"), id="shot-down-passive"),
    case("A car bomb killed eight police officers near a police station in Mogadishu on "
         "Saturday.", "2022-10-29", (None, "18", "SOMCOP"), id="car-bomb-killed"),
    # -- known failures left
    case("Sarin gas was used by the Syrian government in Khan Sheikhoun, UN investigators "
         "concluded.", "2017-10-26", ("SYRGOV", "2041", "SYRCVL"),
         xfail="a town struck with a weapon 'in' is a place, not the town's civilians"),
    case("Dozens of captured Syrian soldiers were executed by Islamic State fighters.",
         "2014-08-28", ("IMGISL", "202", "SYRMIL"),
         xfail="'dozens' is below the mass-killing toll, so executions stay 1823"),
]

#: toll-first sentences code one event only, not a second killing by no one
SINGLE = [
    pytest.param("Eight police officers were killed when a car bomb exploded outside a police "
                 "station in Mogadishu.", id="car-bomb"),
    pytest.param("Thirty shoppers were killed when a suicide bomber blew himself up at a "
                 "Baghdad market.", id="suicide-bomber"),
    pytest.param("Six protesters were killed when troops opened fire on a march.",
                 id="opened-fire"),
]

NO_EVENT = [
    pytest.param("Typhoon Yagi slammed into northern Vietnam on Saturday, killing at least 14 "
                 "people.", id="typhoon-name"),
    pytest.param("Wildfires swept through the Hawaiian island of Maui, killing dozens of "
                 "people.", id="wildfires-plural"),
    pytest.param("Thousands of people were killed when a powerful earthquake hit southern "
                 "Turkey and northern Syria.", id="killed-when-earthquake"),
    pytest.param("At least 125 people were killed in a stampede after a football match in "
                 "Indonesia.", id="killed-in-stampede"),
    pytest.param("Lightning killed 11 people in Bangladesh on Thursday, officials said.",
                 id="lightning"),
    pytest.param("A gas cylinder exploded at a restaurant in Karachi, killing five people, "
                 "police said.", id="gas-cylinder"),
    pytest.param("Two children died in a fire in Lagos.", id="died-in-fire"),
    pytest.param("Two villagers were killed when a fire broke out.", id="killed-when-fire"),
    pytest.param("Eighteen people were killed when a passenger plane crashed on take-off in "
                 "Kathmandu.", id="plane-crash"),
    pytest.param("A cyclone struck the coast of Mozambique, killing at least 20 people and "
                 "destroying thousands of homes.", id="cyclone"),
    pytest.param("A landslide buried a village in western India, killing at least 27 people.",
                 id="landslide"),
    pytest.param("Ukrainian forces did not shell the town overnight, Russian-installed "
                 "officials said.", id="negated-shelling"),
    pytest.param("The two countries fought a brief border war in 1979.", id="past-war"),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), CASES)
def test_fresh_p_event(sentence: str, published: str, expected: Triple) -> None:
    got = scored_triples(sentence, published)
    assert found(expected, got), f"{sentence!r}: {got}"


@pytest.mark.parametrize("sentence", SINGLE)
def test_fresh_p_toll_is_one_event(sentence: str) -> None:
    got = scored_triples(sentence, "2023-01-30")
    assert len(got) == 1, f"{sentence!r}: {got}"


@pytest.mark.parametrize("sentence", NO_EVENT)
def test_fresh_p_no_event(sentence: str) -> None:
    assert scored_triples(sentence, "2023-05-05") == [], sentence
