"""Material cooperation, aid, yielding, investigations and demands (#12, fresh-cb; roots 06-10).

Written for this project and coded by hand before the coder was run on them. The mechanisms
they guard:

- the partners of a joint act are each other: whom the act is against, or any word inside
  that phrase ("a joint operation against [cocaine] smugglers"), and a party's own capital
  named as the place ("joint exercises at a base north of Khartoum") are not partners
  (``predicates._inside_against``, ``engine._pairs``);
- whom a with-phrase names in an act of material cooperation is the partner, wherever the
  parser hangs it ("shared radar images of Chinese vessels [with Japanese officials]"), before
  any party the thing shared is about;
- a state, body or force named in a "together with" or "along with" phrase acts with the
  subject ("Spain recognised Palestine, together with Ireland and Norway": three events);
- the first adjective of a noun phrase the parser hangs on the modifier after it ("joint
  search-and-rescue drills", "combined disaster-relief exercises") qualifies the event noun;
- an act named with its agent as the subject of a verb of starting or happening ("joint
  patrols by Malian and Burkinabe soldiers resumed", "the drills got under way") happens,
  whatever its root (word class ``onset``); not when the verb is negated;
- what arrives, lands or docks is delivered, as the object of "sent" (word class
  ``arrival``: "Rwandan peacekeepers arrived in Bangui" 074, "the first shipment of tanks
  arrived in Poland" 072), given by whom its participle of giving or its from-phrase names
  ("supplies donated by China arrived in Lima": one act, ``_delivered_gifts``); a contingent,
  shipment, consignment or batch of something is that thing (word class ``quantity``);
- a passive verb of giving that keeps its object ("were given asylum in Spain") has the
  receiver for subject, not the thing handed over; asylum so given comes from the state
  it is given in (``_agentless_sources``);
- state agencies named by their field are the government ("Turkey's disaster agency",
  "Japan's development agency"); firefighters and their planes sent abroad are aid (073);
- a verb conjoined to the act a that-clause demands ("demanded that Russia withdraw its troops
  and [return] control") is content of the demand, as with a control verb's infinitive;
- who brokered, mediated or backed an act the parties do together, named as a modifier of its
  participle on the event noun ("agreed to a Russian-brokered ceasefire"), is no side of it
  (word class ``sponsor``; "rejected the Egyptian-brokered truce" still answers its author);
- the act an active clause says its deed is part of ("raided the homes ... as part of a
  corruption probe", "seized the weapons as part of a joint operation") is the clause
  subjects' own act beside the deed (code family ``part_of_act``: 06, 09); an inquiry naming
  no one is into whom the deed is done to;
- a release ordered ("a court ordered the release of 20 opposition activists") is done, and
  those it frees are its target (a release demanded is still made of the holder);
- relief goods and food staples given: every verb of giving, shipping or supplying takes one
  list ("will supply 10,000 tonnes of maize to South Sudan" 0333; grain supplied stays trade);
- a policy reversed: the verbs of scrapping and reversing (scrap, withdraw, revoke, reverse,
  shelve, drop, abandon, abolish, overturn) share one object list (a tax, a rise, a bill, a
  decree ...), and cancelling or suspending a tax, a rise or a law is the same concession
  (0832; suspending talks stays 164);
- an act in an "until" or "before" clause told in the present tense ("vowed to keep fighting
  until the government releases the prisoners", "stop filling the dam until a deal is
  reached") is awaited, not done; a past tense there ("fought until they surrendered") is;
- an office of whoever a personal possessive points to acts as they do ("Ukraine's prosecutor
  general said [his office] had opened 120,000 war crimes cases");
- captured soldiers, prisoners, bodies and seized craft handed over or back are released or
  returned (0841, 0842; suspects handed over stay 063), and people of any profession freed
  or released ("a French economist") are released people; "economist" is no newspaper.

NO_EVENT rows must code nothing.
"""

from __future__ import annotations

import pytest
from tests.code.sentence_tables import Triple, case, found, scored_triples

CASES = [
    # -- partners of a joint act
    case("Peruvian and Bolivian troops carried out a joint operation against cocaine smugglers "
         "along their shared border, officials in Lima said on Sunday.", "2018-10-14",
         ("PERMIL", "062", "BOLMIL"), id="joint-against-smugglers"),
    case("Egypt and Sudan began joint air force exercises at a base north of Khartoum on "
         "Saturday.", "2021-04-03", ("SDN", "062", "EGY"), id="joint-near-capital"),
    case("Colombian and Ecuadorean police launched a joint operation against arms traffickers "
         "on the border on Tuesday.", "2023-03-14", ("ECUCOP", "06", "COLCOP"),
         id="variant-joint-against-traffickers"),
    case("Indian and Bangladeshi border guards carried out coordinated patrols against cattle "
         "smugglers this week.", "2022-06-10", ("BGDMIL", "062", "INDMIL"),
         id="variant-coordinated-against"),
    case("Russia and Belarus began joint military drills near Minsk on Monday.", "2022-02-10",
         ("BLR", "062", "RUS"), id="variant-joint-near-capital"),
    # -- a phrase's first adjective hung on the modifier after it
    case("HANOI, June 9 (Reuters) - Vietnamese and Japanese warships held joint search-and-"
         "rescue drills off the central coast on Thursday, Vietnam's defence ministry said.",
         "2016-06-09", ("JPNMIL", "062", "VNMMIL"), id="joint-search-and-rescue"),
    case("Thai and Cambodian troops held combined disaster-relief exercises on Tuesday.",
         "2019-03-12", ("THAMIL", "062", "KHMMIL"), id="variant-combined-disaster-relief"),
    case("The navies of Brazil and South Africa held joint anti-piracy drills off Durban.",
         "2018-11-16", ("ZAFMIL", "062", "BRAMIL"), id="variant-joint-anti-piracy"),
    case("South Korean and American marines held joint amphibious landing drills near Pohang.",
         "2023-03-24", ("USAMIL", "062", "KORMIL"), id="variant-joint-amphibious-landing"),
    # -- an act with its agent, said to begin or resume
    case("Joint patrols by Malian and Burkinabe soldiers along the two countries' border "
         "resumed on Monday after a six-month pause, the Malian army said.", "2023-01-16",
         ("MLIMIL", "062", "BFAMIL"), id="patrols-by-resumed"),
    case("Joint exercises by Egyptian and Saudi naval forces began in the Red Sea on Monday.",
         "2022-10-03", ("SAUMIL", "062", "EGYMIL"), id="variant-exercises-by-began"),
    case("The joint drills by Greek and Cypriot forces got under way on Thursday.",
         "2021-09-23", ("GRCMIL", "062", "CYPMIL"), id="variant-drills-under-way"),
    case("Joint naval patrols by Indonesia and Malaysia resumed in the Sulu Sea on Tuesday.",
         "2017-06-20", ("IDN", "062", "MYS"), id="variant-patrols-by-names-resumed"),
]

CASES += [
    # -- what arrives is delivered
    case("A contingent of 450 Rwandan peacekeepers arrived in Bangui on Sunday to reinforce "
         "the UN mission in the Central African Republic.", "2021-01-24", ("RWAMIL", "074", None),
         id="peacekeepers-arrived"),
    case("Medical supplies donated by China, including 500,000 test kits, arrived in Lima on "
         "Monday, the Peruvian health ministry said.", "2020-04-13", ("CHN", "073", "PER"),
         id="donated-supplies-arrived"),
    case("Kenyan peacekeepers arrived in Mogadishu on Tuesday.", "2019-03-12",
         ("KENMIL", "074", "SOM"), id="variant-peacekeepers-mogadishu"),
    case("The first shipment of German Leopard tanks arrived in Poland on Friday.",
         "2023-02-24", ("DEUMIL", "072", "POL"), id="variant-shipment-of-tanks"),
    case("Aid from Egypt arrived in Gaza on Saturday.", "2023-10-21",
         ("EGY", "073", "PSE"), id="variant-aid-from-arrived"),
    case("Weapons supplied by Iran arrived in Yemen last month.", "2016-11-04",
         ("IRN", "072", "YEM"), id="variant-supplied-by-arrived"),
    case("The Indian prime minister arrived in Tokyo for a three-day stay.", "2018-10-27",
         ("INDGOV", "042", "JPNGOV"), id="visitor-arrived-still-a-visit"),
    # -- state agencies; firefighters sent abroad
    case("South Korea's disaster agency sent tents and blankets to Turkey.", "2023-02-08",
         ("KORGOV", "073", "TUR"), id="variant-disaster-agency"),
    case("Japan's development agency granted Kenya a $200 million loan for a new port.",
         "2015-08-20", ("JPNGOV", "071", "KEN"), id="variant-development-agency"),
    case("Chile sent firefighting planes to Argentina on Friday to help battle forest fires in "
         "Patagonia, and Buenos Aires thanked Santiago for its help.", "2022-02-04",
         ("CHL", "073", "ARG"), id="firefighting-planes"),
    case("Spain sent 50 firefighters to Chile on Sunday.", "2023-02-05",
         ("ESP", "073", "CHL"), id="variant-firefighters"),
    case("Canada dispatched water bombers to Greece as wildfires raged near Athens.",
         "2023-07-25", ("CAN", "073", "GRC"), id="variant-water-bombers"),
]

CASES += [
    # -- asylum given in a state
    case("Hundreds of Afghan interpreters who worked for Spanish troops were given asylum in "
         "Spain, the Spanish government said on Tuesday.", "2021-09-07", ("ESP", "075", "AFG"),
         id="given-asylum-in"),
    case("Two Belarusian opposition activists were granted asylum in Lithuania last week.",
         "2021-08-20", ("LTU", "075", "BLROPP"), id="variant-granted-asylum-in"),
    case("A former Venezuelan spy chief has been granted political asylum in Spain.",
         "2019-05-02", ("ESP", "075", None), id="variant-political-asylum-in"),
    # -- handed over, released
    case("Azerbaijani forces handed over five Armenian soldiers captured during border clashes, "
         "Baku said on Tuesday.", "2023-01-10", ("AZEMIL", "0841", "ARMMIL"),
         id="handed-over-soldiers"),
    case("The Houthis handed over 14 Saudi prisoners in Sanaa on Sunday.", "2019-11-24",
         ("YEMREB", "0841", None), id="variant-handed-over-prisoners"),
    case("Russia handed back the bodies of 60 Ukrainian soldiers on Friday.", "2023-06-16",
         ("RUS", "0842", "UKRMIL"), id="variant-handed-back-bodies"),
    case("Spain handed over a drug suspect to Colombia on Monday.", "2019-02-11",
         ("ESP", "063", "COL"), id="suspect-handed-over-stays-judicial"),
    case("Myanmar's military government freed a jailed Australian economist on Thursday as "
         "part of an amnesty marking National Day.", "2022-11-17", ("MMRMIL", "0841", "AUS"),
         id="freed-economist"),
    case("Iran released a French academic on Monday after 18 months in Evin prison.",
         "2020-03-23", ("IRN", "0841", "FRA"), id="variant-released-academic"),
    case("Belarus pardoned and released a jailed Lithuanian blogger on Friday.", "2024-07-12",
         ("BLR", "0841", "LTUMED"), id="variant-released-blogger"),
]

CASES += [
    # -- the partner named with "with"; companions named with "together with"
    case("The Philippine coast guard shared radar images of Chinese vessels with Japanese "
         "officials, a spokesman said in Manila.", "2024-04-02", ("PHLMIL", "064", "JPNGOV"),
         id="shared-with"),
    case("Jordan shared satellite images of Syrian militia positions with the US military.",
         "2019-06-12", ("JOR", "064", "USAMIL"), id="variant-shared-images-with"),
    case("Estonia shared intelligence on Russian troop movements with NATO allies.",
         "2022-01-20", ("EST", "064", "IGONAT"), id="variant-shared-intelligence-with"),
    case("Spain recognised Palestine as a state on Tuesday, together with Ireland and Norway.",
         "2024-05-28", ("NOR", "05", "PSE"), id="together-with"),
    case("Brazil, together with Argentina, sent aid to Bolivia on Monday.", "2019-11-18",
         ("ARG", "07", "BOL"), id="variant-together-with-subject"),
    case("The Netherlands, along with Belgium, expelled two Russian diplomats.", "2018-03-27",
         ("BEL", "161", "RUSGOV"), id="variant-along-with"),
    case("Kenya and Uganda, along with Rwanda, signed the treaty.", "2019-02-01",
         ("RWA", "057", "KEN"), id="variant-along-with-conjoined"),
]

CASES += [
    # -- the act a deed is part of
    case("Brazilian police searched the home of the former president as part of an inquiry "
         "into the coup plot.", "2024-02-08", ("BRACOP", "09", "BRAELI"), id="part-of-inquiry"),
    case("Police arrested three officials as part of an investigation into the contracts.",
         "2023-05-10", ("---COP", "09", None), id="variant-part-of-investigation"),
    case("Kenyan anti-corruption investigators raided the homes of a county governor on Monday "
         "as part of a probe into the theft of public funds.", "2019-07-22",
         ("KENGOV", "09", None), id="part-of-probe"),
    case("Nigerian and Cameroonian troops seized the weapons as part of a joint operation.",
         "2021-03-02", ("CMRMIL", "062", "NGAMIL"), id="variant-part-of-joint-operation"),
]

CASES += [
    # -- relief goods and staples given
    case("Kenya supplied 10,000 tonnes of maize to South Sudan on Friday.", "2017-04-14",
         ("KEN", "073", "SSD"), id="variant-supplied-maize"),
    case("NAIROBI, March 3 (Reuters) - Kenya will supply 10,000 tonnes of maize to South Sudan "
         "under a deal signed on Friday, the agriculture ministry said.", "2017-03-03",
         ("KEN", "03", "SSD"), id="variant-will-supply-maize"),
    case("The UN delivered seeds and fertiliser to farmers in Tigray.", "2022-04-01",
         ("IGOUNO", "073", None), id="variant-delivered-seeds"),
    case("Russia supplied grain to Egypt under a trade deal.", "2022-09-01",
         ("RUS", "061", "EGY"), id="supplied-grain-stays-trade"),
]

CASES += [
    # -- a policy reversed
    case("The Ghanaian government, under pressure from unions, reversed the fuel tax increase "
         "on Friday.", "2022-05-13", ("GHAGOV", "0832", None), id="reversed-tax-increase"),
    case("The Nigerian government suspended the fuel price increase on Monday.", "2023-06-05",
         ("NGAGOV", "0832", None), id="variant-suspended-increase"),
    case("Malawi cancelled the electricity tariff hike after a week of protests.", "2022-01-21",
         ("MWI", "0832", None), id="variant-cancelled-hike"),
    case("The Pakistani government suspended talks with the TTP.", "2022-11-29",
         ("PAKGOV", "164", "PAKINS"), id="suspended-talks-stays-164"),
]

CASES += [
    # -- his office
    case("Ukraine's prosecutor general said his office had opened 120,000 war crimes cases "
         "against Russian forces.", "2023-06-01", ("UKR", "094", "RUSMIL"), id="his-office"),
    case("Peru's attorney general said her office had opened an investigation into the "
         "president.", "2023-01-10", ("PER", "09", None), id="variant-her-office"),
    case("\"My office has opened a case against the minister,\" Kenya's chief prosecutor said.",
         "2022-03-01", ("KENJUD", "09", None), id="variant-my-office"),
]

CASES += [
    # -- a release ordered
    case("A court in Dakar ordered the release of 20 opposition activists jailed during last "
         "year's unrest.", "2024-03-01", ("SENJUD", "084", "SENOPP"), id="ordered-release"),
    case("The Kenyan president ordered the release of 30 detained journalists on Monday.",
         "2017-11-13", ("KENGOV", "084", "KENMED"), id="variant-ordered-release-journalists"),
    case("A Thai court ordered the release of two Cambodian activists.", "2019-08-30",
         ("THAJUD", "084", "KHMNGO"), id="variant-ordered-release-foreigners"),
    case("The United States demanded the release of two Americans held in Iran.", "2019-08-30",
         ("USA", "1053", "IRN"), id="demanded-release-still-of-holder"),
]

CASES += [
    # -- brokered acts
    case("Armenia and Azerbaijan agreed to a Russian-brokered ceasefire in Nagorno-Karabakh on "
         "Saturday, Moscow said.", "2020-10-10", ("ARM", "0871", "AZE"), id="russian-brokered"),
    case("The Sudanese army and the RSF agreed to a US-brokered ceasefire in Jeddah.",
         "2023-05-21", ("SDNREB", "0871", "SDNMIL"), id="variant-us-brokered"),
    case("The two rebel factions signed a Qatari-mediated peace deal with the Chadian "
         "government in Doha.", "2022-08-08", ("TCDGOV", "057", None),
         id="variant-qatari-mediated", xfail="the signers named with 'with' are not coded "
         "from the object's side"),
    case("Colombia and the ELN agreed to a UN-backed truce on Friday.", "2023-06-09",
         ("COL", "0871", "COLREB"), id="variant-un-backed",
         xfail="an acronym before the hyphen is read as the truce's own agent (IGOUNO 0871)"),
    case("Hamas rejected the Egyptian-brokered truce on Sunday.", "2014-07-15",
         ("PSEINS", "12", "EGY"), id="rejected-brokered-answers-author"),
    case("Ethiopia and Eritrea signed a Saudi-brokered peace deal in Jeddah on Sunday.",
         "2018-09-16", ("ERI", "057", "ETH"), id="variant-saudi-brokered-deal"),
    case("Thailand and Cambodia agreed to a Malaysian-mediated ceasefire on Monday.",
         "2025-07-28", ("KHM", "0871", "THA"), id="variant-malaysian-mediated"),
]

# -- known failures of the batch (one sentence each; no general mechanism found yet)
CASES += [
    case("India and the United Arab Emirates began settling oil trade in rupees and dirhams on "
         "Tuesday, the Indian commerce ministry said.", "2023-08-15", ("IND", "06", "ARE"),
         id="known-settling-trade", xfail="settling trade in a currency is no economic "
         "cooperation row"),
    case("Argentine prosecutors handed Uruguayan investigators bank records of a businessman "
         "accused of laundering money for a drug cartel.", "2015-03-24", ("ARGJUD", "06", None),
         id="known-handed-records", xfail="records handed to investigators are no judicial "
         "cooperation row"),
    case("Turkey's disaster agency sent 30 rescue workers and sniffer dogs to Morocco after "
         "Friday's earthquake, Ankara said.", "2023-09-10", ("TURGOV", "073", "MAR"),
         id="known-sniffer-dogs", xfail="the parser reads 'sniffer' as a verb conjoined to "
         "'sent'; the to-phrase hangs on it"),
    case("The head of Kenya's police service stepped down on Friday after weeks of street "
         "protests against police brutality.", "2024-07-12", ("KENCOP", "08", None),
         id="known-head-of-service-stepped-down", xfail="'the head of X's police service' "
         "resolves to no actor"),
    case("Uzbekistan returned to Afghanistan on Monday dozens of military aircraft flown across "
         "the border by fleeing Afghan pilots, the Taliban government said.", "2023-02-20",
         ("UZB", "0842", "AFGGOV"), id="known-object-after-to-phrase",
         xfail="an object after the to-phrase is not read as returned"),
    case("Israel released 39 Palestinian prisoners on Friday in exchange for 24 hostages freed "
         "by Hamas, the Qatari foreign ministry said.", "2023-11-24", ("PSEINS", "0841", None),
         id="known-freed-by-participle", xfail="a participle of freeing on an exchanged noun "
         "is no act of its own"),
    case("Nicaragua broke off diplomatic relations with the Netherlands on Saturday after The "
         "Hague cut aid for a hospital project.", "2022-10-01", ("NLDGOV", "16", "NIC"),
         id="known-aid-cut-recipient", xfail="whose project the aid was for is not read from "
         "the sentence's other party"),
]

NO_EVENT = [
    pytest.param("Police could search more offices as part of a wider inquiry, analysts said.",
                 id="part-of-speculated"),
    pytest.param("Had the truce held, the president would have travelled to Paris together with "
                 "his wife.", id="counterfactual-together-with"),

    pytest.param("Joint patrols by Malian and Burkinabe soldiers will not resume until March, "
                 "officials said.", id="patrols-will-not-resume"),
    pytest.param("The joint exercises planned by Serbia and Hungary did not take place.",
                 id="exercises-did-not-take-place"),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), CASES)
def test_fresh_cb_event(sentence: str, published: str, expected: Triple) -> None:
    got = scored_triples(sentence, published)
    assert found(expected, got), f"{sentence!r}: {got}"


@pytest.mark.parametrize("sentence", NO_EVENT)
def test_fresh_cb_no_event(sentence: str) -> None:
    assert scored_triples(sentence, "2024-05-05") == [], sentence


@pytest.mark.parametrize("sentence", [
    "Ukraine demanded on Thursday that Russia withdraw its troops from the Zaporizhzhia nuclear "
    "plant and return control to Ukrainian engineers.",
    "Washington demanded that Beijing free the detained Canadians and lift its curbs on "
    "Australian wine.",
    "The opposition demanded that the government lift the curfew and release all political "
    "prisoners.",
])
def test_demanded_conjunct(sentence: str) -> None:
    """A verb conjoined to the demanded act is demanded too: every event is a demand (10)."""
    got = scored_triples(sentence, "2024-05-05")
    assert got and all(code.startswith("10") for _, code, _ in got), got


@pytest.mark.parametrize(("sentence", "awaited"), [
    ("Egypt insisted that Ethiopia stop filling the dam until a binding deal is reached.", "057"),
    ("The rebels vowed to keep fighting until the government releases all political prisoners.",
     "0841"),
    ("The opposition will boycott parliament until the president resigns, its leader said.",
     "0831"),
    ("Farmers said they would keep blocking the roads until the government lifts the curfew.",
     "0813"),
])
def test_awaited_act_is_no_event(sentence: str, awaited: str) -> None:
    """What an until-clause in the present awaits has not happened."""
    got = scored_triples(sentence, "2024-05-05")
    assert got and not any(code == awaited for _, code, _ in got), got


def test_act_until_past_clause_happened() -> None:
    got = scored_triples("The talks continued until the rebels released the hostages on Friday.",
                         "2024-05-05")
    assert any(code.startswith("08") for _, code, _ in got), got
