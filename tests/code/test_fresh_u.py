"""Cooperation, aid, yielding and inquiries (roots 05-09) written from the codebook (#12, fresh-u).

Written for this project and coded by hand before the coder was run on them. The mechanisms
they guard:

- a country's table name that the parse splits at its "of" is completed like a body's
  ("Rwanda and the Democratic Republic of Congo signed …" had lost the DRC);
- verbs of concluding a deal (sign, conclude, ink, clinch, reach, finalise, forge) are
  symmetric: "X signed a pact with Y" is Y's signature too, as gold/dev codes it;
- a state releasing its own people is a dyad with them, not a self-dyad ("Venezuela released
  five opposition activists");
- forces sent abroad "to help fight" an enemy, or that "arrived in" another country to protect
  it, provide protection (074), not a show of force or a visit;
- what money is "invested/deposited in" receives it (word class ``placement``);
- a verb with no object joined by "and" to the next verb shares its object ("pardoned and
  freed a French tourist");
- a strike or protest called off with no addressee was addressed to the strikers' own
  government, as an unaddressed protest is;
- a noun's compound complement is also its one-word form ("a probe into war crimes", 094);
- judicial roles at a body are of the body ("prosecutors at the ICC");
- what a carrier carries is what is sent ("dispatched a ship loaded with relief supplies to
  Myanmar" is aid, 073; word class ``carrier``);
- a concession "under pressure from X" or "conceding to X's demands" is made to X (08);
- pattern rows: back a claim or position (051), stand up for (052), restore recognition
  (054), ask forgiveness (055), provide X with information (064), approve an extradition
  (063), call off a walkout (082), stand down units (087), abolish a tax (0832), revoke
  emergency regulations (0814), export to (061).

The rest passed before and guard against drift; NO_EVENT rows must code nothing.
"""

from __future__ import annotations

import pytest
from tests.code.sentence_tables import Triple, case, found, scored_triples

CASES = [
    # -- a country's name split at its "of"
    case("Burundi and the Democratic Republic of Congo signed a border security accord on "
         "Tuesday.", "2023-10-10", ("COD", "057", "BDI"), id="drc-name-tail"),
    case("The Islamic Republic of Iran freed two Danish sailors, the foreign ministry said.",
         "2023-03-03", ("IRN", "0841", "DNK"), id="islamic-republic-name-tail"),
    # -- deals signed "with" someone are signed by both
    case("Mongolia signed a uranium mining agreement with France on Thursday.", "2023-10-12",
         ("FRA", "057", "MNG"), id="signed-with-both-ways"),
    case("Vietnam concluded a free trade agreement with Israel, the trade ministry in Hanoi "
         "said on Tuesday.", "2023-07-25", ("ISR", "057", "VNM"), id="concluded-with-both-ways"),
    # -- a state releasing its own people
    case("Nicaragua released 12 jailed opposition activists on Thursday.", "2023-10-19",
         ("NIC", "0841", "NICOPP"), id="released-own-activists"),
    case("Belarus freed 18 political prisoners on Wednesday, including an opposition activist.",
         "2024-07-03", ("BLR", "0841", "BLRCVL"), id="freed-political-prisoners"),
    # -- protection abroad
    case("Rwanda deployed 1,000 soldiers to Mozambique's Cabo Delgado province to help fight "
         "insurgents.", "2021-07-10", ("RWA", "074", "MOZ"), id="deployed-to-help-fight"),
    case("Burundian troops were sent to Somalia to help combat al-Shabaab militants.",
         "2022-03-15", ("BDIMIL", "074", "SOM"), id="sent-to-help-combat"),
    case("Bangladeshi peacekeepers arrived in the Central African Republic to protect "
         "civilians in Bangui.", "2022-04-05", ("BGDMIL", "074", "CAF"),
         id="arrived-to-protect"),
    # -- money put in something
    case("Qatar deposited $3 billion in Turkey's central bank to shore up the lira.",
         "2018-08-17", ("QAT", "071", "TURGOV"), id="deposited-in"),
    case("Saudi Arabia's sovereign wealth fund invested $2 billion in Pakistani mining "
         "projects.", "2023-08-01", ("SAUGOV", "061", "PAK"), id="invested-in"),
    # -- shared object of coordinated verbs
    case("Iran pardoned and freed a French tourist jailed on spying charges, the French "
         "foreign ministry said.", "2023-05-12", ("IRN", "056", "FRA"), id="pardoned-and-freed"),
    case("Myanmar's junta pardoned and released a former Australian adviser to the ousted "
         "leader.", "2022-11-17", ("MMRMIL", "056", "AUSELI"), id="pardoned-and-released"),
    # -- a strike called off is aimed at the strikers' government
    case("Striking doctors in Kenya called off their seven-week walkout after a deal with the "
         "government.", "2024-05-08", ("KENHLH", "082", "KENGOV"), id="walkout-called-off"),
    case("Serbian opposition parties suspended their street protests ahead of the talks.",
         "2023-07-10", ("SRBOPP", "082", "SRBGOV"), id="protests-suspended"),
    # -- inquiries into war crimes; prosecutors at a court
    case("Prosecutors at the ICC opened a probe into possible war crimes committed in Darfur.",
         "2023-07-13", ("IGOICC", "094", None), id="probe-into-war-crimes"),
    case("The International Criminal Court is investigating alleged war crimes in Ukraine.",
         "2023-03-17", ("IGOICC", "094", "UKR"), id="investigating-war-crimes"),
    # -- pattern rows
    case("Hungarian Prime Minister Viktor Orban stood up for Serbia, saying Belgrade had been "
         "treated unfairly by Brussels.", "2023-05-10", ("HUNGOV", "052", "SRB"),
         id="stood-up-for"),
    case("Ecuador restored diplomatic recognition of the Sahrawi Arab Democratic Republic in "
         "a surprise move on Thursday.", "2024-10-24", ("ECU", "054", None),
         id="restored-recognition"),
    case("Germany's president asked Namibia for forgiveness for the colonial-era killings.",
         "2023-11-01", ("DEUGOV", "055", "NAM"), id="asked-for-forgiveness"),
    case("Interpol provided Brazilian police with information on the suspects' whereabouts.",
         "2022-07-11", ("IGOINT", "064", "BRACOP"), id="provided-with-information"),
    case("A Spanish court approved the extradition of a former Venezuelan spy chief to the "
         "United States.", "2023-07-20", ("ESPJUD", "063", "USA"), id="approved-extradition"),
    case("North Korea stood down its artillery units along the border.", "2015-08-25",
         ("PRK", "087", None), id="stood-down-units"),
    case("Bangladesh's government abolished the job quota system demanded by student "
         "protesters.", "2024-07-21", ("BGDGOV", "0832", None), id="abolished-quota"),
    case("Sri Lanka's parliament revoked the emergency regulations imposed during the "
         "protests.", "2022-08-17", ("LKALEG", "0814", None), id="revoked-emergency-regulations"),
    case("Indonesia began exporting nickel to South Korea under a long-term supply deal.",
         "2023-10-11", ("IDN", "061", "KOR"), id="exporting-to"),
    case("The South African anti-corruption unit is probing contracts awarded by the health "
         "department.", "2021-08-10", ("ZAFGOV", "091", None), id="anti-corruption-unit"),
    # -- a concession made under pressure is made to those who press
    case("Under pressure from farmers' unions, the Dutch government scrapped the nitrogen "
         "plan.", "2023-06-30", ("NLDGOV", "0832", "NLDLAB"), id="under-pressure-from"),
    case("Kenya's president withdrew the finance bill following deadly protests, conceding to "
         "the demonstrators' demands.", "2024-06-26", ("KENGOV", "0832", "KENCVL"),
         id="conceding-to-demands"),
    case("The African Union backed Somalia's claim to the disputed waters.", "2024-01-17",
         ("IGOAFU", "051", "SOM"), id="backed-claim"),
    case("Medical teams from Cuba treated victims of the cholera outbreak.", "2022-10-20",
         ("CUBHLH", "073", None), id="medical-teams-from"),
    # -- what a carrier carries is what is sent
    case("India dispatched a navy ship loaded with relief supplies to cyclone-hit Myanmar.",
         "2023-05-17", ("IND", "073", "MMR"), id="ship-loaded-with-relief"),
    case("Jordan sent two planes carrying medical aid to Gaza.", "2023-10-26",
         ("JOR", "073", "PSE"), id="planes-carrying-aid"),
    case("Iran sent a ship carrying weapons to Yemen's Houthis, the US Navy said.",
         "2024-01-11", ("IRN", "072", "YEMREB"), id="ship-carrying-weapons"),
    # -- guards (passed before)
    case("Kenyan President William Ruto praised Tanzania on Monday for reopening its border "
         "crossings to Kenyan truck drivers.", "2023-03-06", ("KENGOV", "051", "TZA"),
         id="praised-for"),
    case("The Colombian president was lauded by Washington for his government's record "
         "seizure of cocaine, the State Department said.", "2023-11-10",
         ("USAGOV", "051", "COLGOV"), id="passive-lauded"),
    case("Armenia formally recognised the State of Palestine on Friday, the foreign ministry "
         "in Yerevan said.", "2024-06-21", ("ARM", "054", "PSE"), id="recognised"),
    case("Japan's Prime Minister Fumio Kishida expressed regret to South Korea for the "
         "suffering of forced labourers under colonial rule.", "2023-05-07",
         ("JPNGOV", "055", "KOR"), id="expressed-regret"),
    case("Thailand extradited a Russian businessman to the United States on Friday to face "
         "fraud charges.", "2023-09-15", ("THA", "063", "USA"), id="extradited"),
    case("The World Bank approved a $500 million loan to Pakistan to support flood "
         "reconstruction.", "2023-01-10", ("IGOWBK", "071", "PAK"), id="approved-loan"),
    case("Russia supplied the Malian army with attack helicopters, the junta in Bamako said.",
         "2022-08-09", ("RUS", "072", "MLIMIL"), id="supplied-with"),
    case("UNICEF airlifted vaccines and therapeutic food to displaced children in eastern "
         "Congo.", "2023-06-08", ("IGOUNC", "073", "CODCVL"), id="airlifted"),
    case("Mexico granted asylum to Bolivia's former president Evo Morales on Monday.",
         "2019-11-11", ("MEX", "075", "BOLELI"), id="granted-asylum"),
    case("Hamas released four Israeli women soldiers in Gaza City on Saturday in exchange for "
         "Palestinian prisoners.", "2025-01-25", ("PSEINS", "0841", "ISRMIL"),
         id="released-soldiers"),
    case("Israel opened the Kerem Shalom crossing to allow aid trucks into Gaza.",
         "2023-12-17", ("ISR", "0863", None), id="opened-crossing-for-aid"),
    case("Colombia's government and the ELN declared a six-month ceasefire in Havana.",
         "2023-06-09", ("COLREB", "0871", "COLGOV"), id="declared-ceasefire"),
    case("Russian troops withdrew from the city of Kherson, the Russian defence ministry said.",
         "2022-11-11", ("RUSMIL", "0874", None), id="withdrew"),
    case("The Pentagon opened an inquiry into the drone strike that killed civilians in "
         "Kabul.", "2021-09-20", ("USAMIL", "093", None), id="inquiry-into-strike"),
    # -- known failures
    case("The Australian police chief said sorry to Aboriginal communities for decades of "
         "mistreatment by officers.", "2023-05-24", ("AUSCOP", "055", None),
         xfail="'said sorry to' is parsed with 'sorry' as no object"),
    case("Kidnappers let go of 24 schoolgirls seized from their dormitory, Nigerian officials "
         "said.", "2021-10-30", (None, "0841", "NGACVL"),
         xfail="'let go of' is parsed with 'go' as a clause, so the particle row never matches"),
    case("Ukraine's president lobbied Latin American leaders to back his peace plan.",
         "2023-06-12", ("UKRGOV", "053", None),
         xfail="'Latin American' is read as the American demonym (USA)"),
    case("The International Criminal Court is investigating alleged crimes against humanity "
         "in Venezuela.", "2023-06-27", ("IGOICC", "094", "VEN"),
         xfail="'crimes against humanity' is read as plain crimes (091)"),
    case("Egypt's foreign minister welcomed the ceasefire agreed between Israel and Hamas.",
         "2021-05-21", ("EGYGOV", "051", None),
         xfail="the parser makes 'the ceasefire' the subject of 'agreed', and the welcome is lost"),
    case("Economic sanctions on Niger were lifted by West African leaders on Saturday.",
         "2024-02-24", ("---GOV", "085", "NER"),
         xfail="'West African leaders' is read as Niger's government, the sanctioned party"),
    case("Thousands of farmers received cash transfers from the Mexican government after the "
         "drought.", "2023-09-12", ("MEXGOV", "071", "MEXCVL"),
         xfail="'cash transfers' is no aid noun, so nothing received is given"),
]

NO_EVENT = [
    pytest.param("Floodwaters retreated from the streets of Porto Alegre on Thursday.",
                 id="floodwaters-retreated"),
    pytest.param("The Brazilian striker signed a new contract with the club until 2027.",
                 id="footballer-signed"),
    pytest.param("Inflation eased to 3.1% in March, the statistics office said.",
                 id="inflation-eased"),
    pytest.param("Apple released a new version of its operating system for iPhones.",
                 id="product-released"),
    pytest.param("The minister did not apologise for his remarks, his spokesman said.",
                 id="negated-apology"),
    pytest.param("Scientists investigated the cause of the mass fish deaths in the Murray river.",
                 id="scientists-investigated"),
    pytest.param("The storm eased by evening, allowing ferries between the islands to resume.",
                 id="storm-eased"),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), CASES)
def test_fresh_u_event(sentence: str, published: str, expected: Triple) -> None:
    got = scored_triples(sentence, published)
    assert found(expected, got), f"{sentence!r}: {got}"


@pytest.mark.parametrize("sentence", NO_EVENT)
def test_fresh_u_no_event(sentence: str) -> None:
    assert scored_triples(sentence, "2023-05-05") == [], sentence
