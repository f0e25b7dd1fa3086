"""Coverage of the pattern table, checked end to end through ``code_text``.

Each case is a short news-style sentence written for this project, with the
(source actor, CAMEO code, target actor) its main event must produce. The cases walk
the CAMEO roots 01–20 and the common ways English news reports each of them; a second
table lists ordinary sentences (sport, markets, weather, business, non-political uses of
the same verbs) that must produce no event at all.

Cases marked ``xfail`` fail because of the engine (parse, roles), not a missing row; the
reason names the problem. They are strict, so a fix in the engine shows up here.
"""

from __future__ import annotations

import pytest

from eventcoder import code_text

PUBLISHED = "2024-05-10"


def _engine(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(reason=f"engine: {reason}", strict=True)



CASES = [
    # -- 01 make public statement
    ("The Japanese government declined to comment on the report.", ("JPNGOV", "011", None)),
    (
        "The Egyptian foreign minister offered condolences to Turkey after the earthquake.",
        ("EGYGOV", "018", "TUR"),
    ),
    (
        "The Indian prime minister expressed condolences over the Nepalese earthquake.",
        ("INDGOV", "018", "NPL"),
    ),
    ("The French president mourned the Lebanese victims of the blast.", ("FRAGOV", "018", "LBNCVL")),
    # the target of a claim or a denial of responsibility is whoever the act was against
    ("Pakistan admitted responsibility for the strike on Iran.", ("PAK", "015", "IRN")),
    ("Moscow denied responsibility for the attack on the Polish railway.", ("RUSGOV", "016", "POL")),
    ("The Chinese president laid a wreath at the Vietnamese war memorial.", ("CHNGOV", "017", "VNM")),
    ("The Turkish foreign minister expressed concern about the Iraqi offensive.", ("TURGOV", "012", None)),
    ("A Syrian militant group claimed responsibility for the bombing.", ("SYRINS", "015", None)),
    ("A Syrian militant group claimed responsibility for the bombing.", ("SYRINS", "183", None)),
    # -- 02 appeal
    ("The United Nations urged Israel to allow aid into Gaza.", ("IGOUNO", "0255", "ISR")),
    ("Ukraine appealed to Germany for more air defence systems.", ("UKR", "020", "DEU")),
    ("Lebanon asked France for economic aid.", ("LBN", "0231", "FRA")),
    ("The Afghan government requested humanitarian aid from Pakistan.", ("AFGGOV", "0233", "PAK")),
    # -- 03 express intent to cooperate
    ("Japan pledged $2 billion in loans to Indonesia.", ("JPN", "0331", "IDN")),
    ("China and Russia pledged closer ties.", ("CHN", "030", "RUS")),
    ("India and Japan agreed to expand relations.", ("IND", "032", "JPN")),
    ("Turkey and Greece agreed to improve their relations.", ("TUR", "032", "GRC")),
    ("India and Japan agreed to boost trade.", ("IND", "0311", "JPN")),
    ("The Saudi government promised to invest in Egypt.", ("SAUGOV", "0311", "EGY")),
    ("Qatar offered to mediate between Israel and Hamas.", ("QAT", "039", "ISR")),
    # -- 04 consult
    ("The Kenyan president visited Uganda.", ("KENGOV", "042", "UGA")),
    ("The Turkish foreign minister travelled to Baghdad.", ("TURGOV", "042", "IRQGOV")),
    ("The Kenyan foreign minister travelled to Somalia.", ("KENGOV", "042", "SOM")),
    ("The Turkish president arrived in Moscow.", ("TURGOV", "042", "RUSGOV")),
    ("The French president called his German counterpart.", ("FRAGOV", "041", "DEUGOV")),
    ("The Brazilian president telephoned the Argentine president.", ("BRAGOV", "041", "ARGGOV")),
    ("The German chancellor held a phone call with the French president.", ("DEUGOV", "041", "FRAGOV")),
    ("The Greek prime minister hosted the Turkish president in Athens.", ("GRCGOV", "043", "TURGOV")),
    ("The Chinese president received the Cuban foreign minister in Beijing.", ("CHNGOV", "043", "CUBGOV")),
    (
        "The Chinese foreign minister met the Pakistani foreign minister in Beijing.",
        ("CHNGOV", "040", "PAKGOV"),
    ),
    ("The Indian and Chinese foreign ministers discussed the border dispute.", ("INDGOV", "040", "CHNGOV")),
    ("Norway mediated between Colombia and the rebels.", ("NOR", "045", "COL")),
    ("Egypt brokered a truce between Israel and Hamas.", ("EGY", "045", "ISR")),
    ("Iran and Saudi Arabia held talks in Baghdad.", ("IRN", "046", "SAU")),
    ("Egypt and Ethiopia revived talks on the dam.", ("EGY", "046", "ETH")),
    # -- 05 diplomatic cooperation
    ("Iran and Saudi Arabia restored diplomatic relations.", ("IRN", "050", "SAU")),
    ("Vietnam and the Philippines strengthened their relations.", ("VNM", "050", "PHL")),
    ("Australia and Indonesia deepened ties.", ("AUS", "050", "IDN")),
    ("Turkey and Egypt normalised relations.", ("TUR", "050", "EGY")),
    ("The German chancellor praised Poland.", ("DEUGOV", "051", "POL")),
    ("The British prime minister congratulated the Irish prime minister.", ("GBRGOV", "051", "IRLGOV")),
    (
        "The Ghanaian president congratulated the Nigerian president on his victory.",
        ("GHAGOV", "051", "NGAGOV"),
    ),
    ("The US president thanked Qatar for its mediation.", ("USAGOV", "051", "QAT")),
    ("The Serbian president endorsed the Hungarian prime minister.", ("SRBGOV", "051", "HUNGOV")),
    ("Canada recognized the Palestinian state.", ("CAN", "054", "PSE")),
    ("Japan apologised to South Korea.", ("JPN", "055", "KOR")),
    ("The Sri Lankan president pardoned 50 Tamil prisoners.", ("LKAGOV", "056", "LKACVL")),
    (
        "The Indonesian president commuted the death sentence of an Australian prisoner.",
        ("IDNGOV", "056", "AUS"),
    ),
    ("India and Pakistan signed a trade agreement.", ("IND", "057", "PAK")),
    ("Egypt and Sudan forged a defence pact.", ("EGY", "057", "SDN")),
    # -- 06 material cooperation
    ("France and India held joint naval exercises.", ("FRA", "062", "IND")),
    ("Britain extradited the suspect to Spain.", ("GBR", "063", "ESP")),
    ("Greece handed over the suspect to Italian authorities.", ("GRC", "063", "ITAGOV")),
    ("Jordan shared intelligence with Iraq.", ("JOR", "064", "IRQ")),
    ("China invested in Pakistani ports.", ("CHN", "061", "PAK")),
    # -- 07 provide aid
    ("Japan donated food to North Korea.", ("JPN", "073", "PRK")),
    ("The World Bank lent $500 million to Kenya.", ("IGOWBK", "071", "KEN")),
    ("The World Bank approved a loan for Egypt.", ("IGOWBK", "071", "EGY")),
    ("Germany supplied tanks to Ukraine.", ("DEU", "072", "UKR")),
    ("The United States delivered weapons to Israel.", ("USA", "072", "ISR")),
    ("Japan sold warships to the Philippines.", ("JPN", "072", "PHL")),
    ("Jordan airdropped food into Gaza.", ("JOR", "073", "PSE")),
    ("The Italian navy evacuated Italian citizens from Sudan.", ("ITAMIL", "073", "ITACVL")),
    ("Turkey granted asylum to the Syrian journalist.", ("TUR", "075", "SYRMED")),
    # -- 08 yield
    ("Iran returned the British sailors to London.", ("IRN", "0841", "GBRGOV")),
    ("Russia returned 50 Ukrainian prisoners.", ("RUS", "0841", "UKRCVL")),
    ("The Chinese coast guard returned the detained Vietnamese fishermen.", ("CHNMIL", "0841", "VNMCVL")),
    ("The Ugandan army handed back the captured Congolese soldiers.", ("UGAMIL", "0841", "CODMIL")),
    ("Azerbaijan returned the villages to Armenia.", ("AZE", "0842", "ARM")),
    ("Russia released 50 Ukrainian prisoners.", ("RUS", "0841", "UKRCVL")),
    ("Israel freed 30 Palestinian prisoners.", ("ISR", "0841", "PSECVL")),
    ("Russia and Ukraine swapped prisoners.", ("RUS", "0841", "UKR")),
    ("Russia and Ukraine exchanged prisoners of war.", ("RUS", "0841", "UKR")),
    ("Israel withdrew its troops from Gaza.", ("ISR", "0874", "PSE")),
    ("The European Union lifted sanctions on Belarus.", ("IGOEUR", "085", "BLR")),
    ("The Ethiopian government lifted the state of emergency.", ("ETHGOV", "0814", None)),
    ("The Azerbaijani army surrendered to Armenian forces.", ("AZEMIL", "0874", "ARMMIL")),
    ("The Sudanese army declared a ceasefire.", ("SDNMIL", "0871", None)),
    ("Israel allowed aid convoys into Gaza.", ("ISR", "0863", "PSE")),
    ("The Iraqi government complied with the Turkish demands.", ("IRQGOV", "080", "TUR")),
    # -- 09 investigate
    ("The United Nations investigated the Israeli strike.", ("IGOUNO", "093", "ISR")),
    ("The Brazilian police investigated the Argentine envoy.", ("BRACOP", "091", "ARGGOV")),
    ("The Kenyan police questioned the former minister.", ("KENCOP", "091", "KENELI")),
    # -- 10 demand
    ("The Ukrainian president demanded more weapons from NATO.", ("UKRGOV", "1032", "IGONAT")),
    ("China demanded an apology from Japan.", ("CHN", "102", "JPN")),
    ("Iran demanded the release of its diplomats.", ("IRN", "1053", None)),
    # -- 11 disapprove
    ("The French president criticised Russia.", ("FRAGOV", "111", "RUS")),
    ("The Arab League condemned Israel.", ("IGOARL", "111", "ISR")),
    ("China accused the United States of espionage.", ("CHN", "1125", "USA")),
    ("Pakistan accused India of aggression.", ("PAK", "1123", "IND")),
    ("Poland summoned the Belarusian ambassador.", ("POL", "114", "BLRGOV")),
    ("The Indian foreign ministry called in the Canadian envoy.", ("INDGOV", "114", "CANGOV")),
    ("The Moroccan government sued Spain.", ("MARGOV", "115", "ESP")),
    ("Ukraine filed a lawsuit against Russia.", ("UKR", "115", "RUS")),
    # -- 12 reject
    ("Israel rejected the Egyptian proposal.", ("ISR", "127", "EGY")),
    ("Russia vetoed the Security Council resolution.", ("RUS", "129", "IGOUNO")),
    ("Hungary blocked EU aid to Ukraine.", ("HUN", "122", "IGOEUR")),
    ("Iran refused to release the British journalist.", ("IRN", "1243", "GBRMED")),
    ("The Serbian government defied the EU sanctions.", ("SRBGOV", "128", "IGOEUR")),
    ("The Georgian opposition walked out of the talks.", ("GEOOPP", "164", None)),
    ("The United States pulled out of the Iran nuclear deal.", ("USA", "160", "IRN")),
    # -- 13 threaten
    ("Israel warned Hezbollah.", ("ISR", "130", "LBNINS")),
    ("North Korea threatened South Korea with nuclear war.", ("PRK", "138", "KOR")),
    ("China threatened to impose sanctions on Lithuania.", ("CHN", "1312", "LTU")),
    # -- 14 protest
    ("Kenyan protesters demonstrated against the tax bill.", ("KENCVL", "1412", "KENGOV")),
    ("Armenian protesters rallied in Yerevan.", ("ARMCVL", "141", "ARMGOV")),
    ("Thousands of Armenians protested in Yerevan.", ("ARMCVL", "141", "ARMGOV")),
    ("French farmers blocked roads in Paris.", ("FRAAGR", "144", "FRAGOV")),
    ("Nigerian workers went on strike.", ("NGALAB", "143", "NGAGOV")),
    ("Bangladeshi students rioted in Dhaka.", ("BGDEDU", "145", "BGDGOV")),
    ("Kenyan protesters threw stones at the police.", ("KENCVL", "145", "KENCOP")),
    # -- 15 exhibit force posture
    ("Russia deployed troops to the Belarusian border.", ("RUS", "154", "BLR")),
    ("China mobilised its navy near Taiwan.", ("CHN", "154", "TWN")),
    ("Russia massed troops near the Ukrainian border.", ("RUS", "154", "UKR")),
    ("Lithuania called up reservists.", ("LTU", "154", None)),
    ("North Korea put its army on alert.", ("PRK", "152", None)),
    ("Russian jets violated Estonian airspace.", ("RUSMIL", "150", "EST")),
    ("Chinese warships buzzed a Philippine vessel.", ("CHNMIL", "150", "PHL")),
    ("North Korea tested a ballistic missile.", ("PRK", "150", None)),
    # -- 16 reduce relations
    ("Germany expelled four Russian diplomats.", ("DEU", "161", "RUSGOV")),
    ("The Iranian government expelled the British ambassador.", ("IRNGOV", "161", "GBRGOV")),
    ("Niger severed diplomatic ties with Ukraine.", ("NER", "161", "UKR")),
    ("Morocco recalled its ambassador from Algeria.", ("MAR", "161", "DZA")),
    ("China withdrew its ambassador from Lithuania.", ("CHN", "161", "LTU")),
    ("Russia downgraded relations with Moldova.", ("RUS", "160", "MDA")),
    ("Australia suspended military aid to Myanmar.", ("AUS", "1622", "MMR")),
    ("Canada cut aid to Haiti.", ("CAN", "162", "HTI")),
    ("The United States imposed sanctions on Iran.", ("USA", "163", "IRN")),
    ("China retaliated with tariffs on American goods.", ("CHN", "163", "USA")),
    # -- 17 coerce
    ("The Iranian police arrested 20 protesters.", ("IRNCOP", "173", "IRNCVL")),
    ("Chinese police detained two Taiwanese activists.", ("CHNCOP", "173", "TWNNGO")),
    ("A Turkish court jailed the Kurdish mayor.", ("TURJUD", "173", "TURGOV")),
    ("Egypt deported the Sudanese refugees.", ("EGY", "174", "SDNREF")),
    ("Russia expelled American journalists.", ("RUS", "174", "USAMED")),
    ("The Thai police confiscated weapons.", ("THACOP", "1711", None)),
    ("Iran seized a British tanker.", ("IRN", "1711", "GBR")),
    ("Iraqi police fired tear gas at demonstrators.", ("IRQCOP", "175", "IRQCVL")),
    ("Kenyan police beat the protesters.", ("KENCOP", "175", "KENCVL")),
    ("The Pakistani government banned the opposition party.", ("PAKGOV", "1722", "PAKOPP")),
    ("The Iranian government imposed a curfew in Zahedan.", ("IRNGOV", "1723", "IRNCVL")),
    ("The Kenyan president sacked the police chief.", ("KENGOV", "172", "KENCOP")),
    ("The Russian government revoked the accreditation of German journalists.", ("RUSGOV", "172", "DEUMED")),
    # -- 18 assault
    ("Gunmen kidnapped 30 Nigerian students.", ("NGAINS", "181", "NGAEDU")),
    ("Gunmen snatched three Nigerian aid workers.", ("NGAINS", "181", "NGANGO")),
    ("Pirates hijacked a Greek tanker.", ("---CRM", "181", "GRC")),
    ("Somali militants beheaded three soldiers.", ("SOMINS", "1823", "SOMMIL")),
    ("A suicide bomber killed 20 people in Kabul.", ("AFGINS", "1831", "AFGCVL")),
    ("Syrian soldiers tortured the prisoners.", ("SYRMIL", "1822", "SYRCVL")),
    ("Iran executed two British spies.", ("IRN", "1823", "GBRSPY")),
    ("Somali militants detonated a car bomb in Mogadishu.", ("SOMINS", "183", "SOM")),
    # -- 19 fight
    ("Turkish troops entered the Syrian town of Afrin.", ("TURMIL", "190", "SYR")),
    ("Burundian soldiers infiltrated the Rwandan border town.", ("BDIMIL", "190", "RWA")),
    ("Russian forces invaded Ukraine.", ("RUSMIL", "190", "UKR")),
    ("The Ukrainian army recaptured the town of Kherson.", ("UKRMIL", "190", None)),
    ("Russian forces retook the Ukrainian village of Robotyne.", ("RUSMIL", "190", "UKR")),
    ("Israeli forces stormed the Jenin refugee camp.", ("ISRMIL", "190", "PSE")),
    ("Israeli warplanes struck Syrian targets.", ("ISRMIL", "190", "SYR")),
    ("Ukrainian drones attacked Russian refineries.", ("UKRMIL", "1952", "RUS")),
    ("Ukraine shot down a Russian jet.", ("UKR", "190", "RUSMIL")),
    ("Israel retaliated against Iran.", ("ISR", "190", "IRN")),
    ("Egyptian forces fought Libyan militias near the border.", ("EGYMIL", "190", "LBYREB")),
    ("Sudanese troops fought rebels in Darfur.", ("SDNMIL", "190", "SDNREB")),
    ("The Congolese army battled Rwandan-backed rebels.", ("CODMIL", "190", "CODREB")),
    ("Russian troops besieged Mariupol.", ("RUSMIL", "191", "UKR")),
    ("Israel blockaded Gaza.", ("ISR", "191", "PSE")),
    ("Russia annexed four Ukrainian regions.", ("RUS", "192", "UKR")),
    ("Indian and Pakistani troops clashed along the border.", ("INDMIL", "193", "PAKMIL")),
    ("Russian artillery shelled Kharkiv.", ("RUSMIL", "194", "UKR")),
    ("The Azerbaijani army shelled Armenian positions.", ("AZEMIL", "194", "ARMMIL")),
    ("The Houthis fired missiles at Israel.", ("YEMREB", "194", "ISR")),
    ("Israeli warplanes bombed Hamas positions in Gaza.", ("ISRMIL", "195", "PSEINS")),
    ("Israeli aircraft bombed Gaza.", ("ISRMIL", "195", "PSE")),
    ("Israel retaliated with airstrikes on Lebanon.", ("ISR", "195", "LBN")),
    ("The Houthis retaliated with missiles against Israel.", ("YEMREB", "1951", "ISR")),
    ("The Israeli army violated the ceasefire with Hezbollah.", ("ISRMIL", "196", "LBNINS")),
    ("Armenian troops violated the ceasefire.", ("ARMMIL", "196", None)),
    # -- 20 mass violence
    ("Myanmar soldiers massacred Rohingya villagers.", ("MMRMIL", "202", "MMRCVL")),
    ("Sudanese militias drove out the Masalit villagers.", ("SDNREB", "201", "SDNCVL")),
    ("Sudanese militias killed hundreds of civilians in Darfur.", ("SDNREB", "202", "SDNCVL")),
    # -- second pass: visits, aid packages, weapons and craft, censorship, dismissals
    ("The Egyptian president welcomed the Qatari emir in Cairo.", ("EGYGOV", "043", "QATGOV")),
    ("The Chinese foreign minister wrapped up a visit to Brazil.", ("CHNGOV", "042", "BRA")),
    ("The Egyptian president welcomed the ceasefire in Gaza.", ("EGYGOV", "051", None)),
    ("The United States approved $8 billion in military aid for Israel.", ("USA", "070", "ISR")),
    ("Israeli troops shot dead a Palestinian teenager.", ("ISRMIL", "1823", "PSE")),
    ("Ethiopian soldiers raped Tigrayan women.", ("ETHMIL", "1821", "ETHCVL")),
    ("Ukrainian forces destroyed a Russian tank.", ("UKRMIL", "190", "RUSMIL")),
    ("The Syrian government dropped barrel bombs on Idlib.", ("SYRGOV", "195", None)),
    ("The Chinese navy seized Philippine supplies.", ("CHNMIL", "1711", "PHL")),
    ("Iranian forces captured an Israeli-linked ship.", ("IRNMIL", "1711", "ISR")),
    ("The Indian government suspended the internet in Manipur.", ("INDGOV", "1721", "INDCVL")),
    ("The Bangladeshi government blocked Facebook.", ("BGDGOV", "1721", None)),
    ("The Ukrainian president fired his army chief.", ("UKRGOV", "172", "UKRMIL")),
    # a coast guard's craft stand for the coast guard (actors/things.tsv)
    ("Chinese coast guard ships rammed a Philippine vessel.", ("CHNMIL", "170", "PHL")),
    # -- third pass: envoys, invitations, acceptance, support, taking towns
    ("Saudi Arabia sent an envoy to Yemen.", ("SAU", "042", "YEM")),
    ("Egypt dispatched a delegation to Israel.", ("EGY", "042", "ISR")),
    ("Japan extended an invitation to the Chinese premier.", ("JPN", "043", "CHNGOV")),
    ("The Israeli government accepted the Egyptian proposal.", ("ISRGOV", "019", "EGY")),
    ("The Burmese junta accepted the Chinese demands.", ("MMRMIL", "080", "CHN")),
    ("Russia handed over the bodies of Ukrainian soldiers.", ("RUS", "0842", "UKRMIL")),
    ("The French president voiced support for Ukraine.", ("FRAGOV", "051", "UKR")),
    ("Germany expressed support for Israel.", ("DEU", "051", "ISR")),
    ("India supported the Bangladeshi government.", ("IND", "051", "BGDGOV")),
    ("The Israeli navy intercepted the Turkish flotilla.", ("ISRMIL", "190", "TUR")),
    ("The Russian army took control of the Ukrainian town.", ("RUSMIL", "190", "UKR")),
    ("Sudanese rebels took the town of Nyala.", ("SDNREB", "190", "SDN")),
    ("The Israeli army pulled out of Khan Younis.", ("ISRMIL", "0874", "PSE")),
    ("An Israeli strike killed the Iranian general in Damascus.", ("ISR", "186", "IRNMIL")),
    # -- fourth pass: proposals, trade in fuel and arms, shows of force, ending cooperation
    ("The Brazilian president proposed a peace plan for Ukraine.", ("BRAGOV", "030", "UKR")),
    ("Russia provided fuel to North Korea.", ("RUS", "061", "PRK")),
    ("China bought Russian oil.", ("CHN", "061", "RUS")),
    ("India imported Russian weapons.", ("IND", "062", "RUS")),
    ("The Chinese military flew jets near Taiwan.", ("CHNMIL", "150", "TWN")),
    ("Niger ended its military cooperation with the United States.", ("NER", "160", "USA")),
    ("Al-Shabaab fighters stormed the Somali hotel.", ("SOMINS", "180", "SOMCVL")),
    # -- fifth pass: courts, parliaments, designations, sanctions phrasings
    ("The Indian court granted bail to the opposition leader.", ("INDJUD", "0841", "INDOPP")),
    ("The Russian court extended the detention of the American reporter.", ("RUSJUD", "173", "USAMED")),
    ("The Tunisian president suspended parliament.", ("TUNGOV", "172", "TUNLEG")),
    ("The Russian government designated the American NGO as undesirable.", ("RUSGOV", "172", "USANGO")),
    ("The United States hit Iranian oil firms with sanctions.", ("USA", "163", "IRNBUS")),
    ("The European Union renewed sanctions on Russia.", ("IGOEUR", "163", "RUS")),
]


NO_EVENT = [
    # sport
    "Real Madrid beat Barcelona 3-1 on Sunday.",
    "The Brazilian team beat Argentina 2-0 in the final.",
    "The Indian cricket team beat Pakistan in Colombo.",
    "The Chinese team defeated Japan in the semifinal.",
    "The German striker fired the ball into the net.",
    "The goalkeeper blocked the shot.",
    "Russian tennis players entered the tournament.",
    "The Kenyan runner broke the world record.",
    # markets, economy, business
    "French stocks rallied after the Chinese data.",
    "Stocks rallied on Wall Street after the Fed decision.",
    "Shares of the Saudi oil company rose on the Riyadh stock exchange.",
    "The Turkish central bank raised interest rates.",
    "The Pakistani government cut interest rates.",
    "The Japanese economy returned to growth.",
    "The Chinese company launched a new phone.",
    "The Egyptian company executed its plan.",
    "The company seized the opportunity.",
    "The British government fired its chief scientific adviser.",
    # weather, nature
    "Heavy rain struck the Indian capital.",
    "An earthquake struck northern Japan.",
    "The Japanese government welcomed the rain.",
    "The Australian government fought the wildfires.",
    # ordinary uses of conflict and movement verbs
    "The Spanish prime minister returned to Madrid.",
    "The minister returned to Paris on Monday.",
    "Italian tourists entered the Vatican museum.",
    "The Nigerian president fought corruption.",
    "The British prime minister battled a cold.",
    "The French singer released a new album.",
    "The American team shot down the Canadian proposal.",
    "The Brazilian team took the title.",
    "The Kenyan team rolled into the final.",
    "The Kenyan airline flew passengers to London.",
    "The Senegalese president postponed the election.",
    "The Japanese company regained control of the market.",
    "The Argentine striker destroyed the Brazilian defence.",
    "Brazilian farmers harvested record soybean crops.",
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_main_event(triples, sentence: str, expected: tuple[str | None, str, str | None]) -> None:
    got = triples(sentence)
    assert expected in got, f"{sentence!r}: {got}"


@pytest.mark.parametrize("sentence", NO_EVENT)
def test_no_event(sentence: str) -> None:
    assert code_text(sentence, published=PUBLISHED) == [], sentence


def test_table_sizes() -> None:
    positives = sum(1 for c in CASES if not hasattr(c, "marks") or not c.marks)
    assert positives >= 120
    assert len(NO_EVENT) >= 20
