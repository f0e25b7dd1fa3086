"""The cooperative roots 01–09: phrasings of each family and the choice of the sub-code.

Each case is a short news-style sentence written for this project with the (source actor,
CAMEO code, target actor) one of its events must produce. The families are the ones the
coop pass of the pattern table (Nov 2026) covers: condolence messages, prospects, policy
options under study, appeals for restraint, elections and judicial cooperation, money
before support in pledges, phone talks, hosting talks between parties, military and
police cooperation, transfers of money, arms and relief, returned artefacts, inspectors,
lifted bans, disengagement, and inquiries by subject (crime, abuses, military actions).

Cases marked ``xfail`` fail because of the engine (parse, frames, roles), not a missing
row; the reason names the problem. They are strict, so a fix in the engine shows up here.
A second table lists ordinary sentences that use the same broad verbs (give, send, pay,
deposit, return, host, open, trade, work with, study, debate) and must code nothing.
"""

from __future__ import annotations

import pytest

from eventcoder import code_text

PUBLISHED = "2024-05-10"


def _engine(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(reason=f"engine: {reason}", strict=True)



CASES = [
    # -- 01 statements: condolences in a message, denial, prospects, options, tributes
    ("The Japanese foreign ministry refrained from commenting on the arrests.", ("JPNGOV", "011", None)),
    ("The Moroccan king sent a message of condolence to the Turkish president.", ("MARGOV", "018", "TURGOV")),
    (
        "The Indian prime minister sent a condolence telegram to the Nepalese president.",
        ("INDGOV", "018", "NPLGOV"),
    ),
    (
        "The Greek prime minister extended his condolences to the Turkish president.",
        ("GRCGOV", "018", "TURGOV"),
    ),
    pytest.param(
        "The Pakistani Taliban said they had nothing to do with the attack on the school.",
        ("PAKINS", "016", None),
        marks=_engine(
            "'nothing to do with': the infinitive 'do' modifies a noun and is skipped, and "
            "'have' + 'nothing' alone would also code 'had nothing to lose'"
        ),
    ),
    ("The Irish republican party distanced itself from the bombing in Belfast.", ("IRLPTY", "016", None)),
    (
        "The Japanese prime minister saw little prospect of a peace treaty with Russia.",
        ("JPNGOV", "012", "RUS"),
    ),
    (
        "The Indian foreign minister saw good prospects for a trade deal with Britain.",
        ("INDGOV", "013", "GBR"),
    ),
    ("The Egyptian mediator predicted a breakthrough in the Gaza talks.", ("EGYGOV", "013", None)),
    (
        "The Chilean government is studying a proposal to join the Pacific trade pact.",
        ("CHLGOV", "014", None),
    ),
    ("The Indian parliament debated a bill to send troops to Sri Lanka.", ("INDLEG", "014", None)),
    (
        "The Japanese government is looking at options to evacuate its citizens from Sudan.",
        ("JPNGOV", "014", None),
    ),
    ("The British government floated the idea of a tax on Russian assets.", ("GBRGOV", "014", "RUS")),
    ("The Polish president placed a wreath at the Ukrainian war memorial.", ("POLGOV", "017", "UKR")),
    ("The Indian prime minister remembered the victims of the Mumbai attacks.", ("INDGOV", "017", "INDCVL")),
    ("The Japanese foreign ministry said it would not comment on the arrests.", ("JPNGOV", "011", None)),
    ("The Egyptian foreign minister said he was optimistic about the talks with Ethiopia.",
     ("EGYGOV", "013", "ETH")),
    pytest.param(
        "The Iraqi government said it was not responsible for the attack on the Turkish base.",
        ("IRQGOV", "016", None),
        marks=_engine("'was not responsible for' is an adjective predicate; no denial is derived"),
    ),
    (
        "The Philippine defence secretary said there was little prospect of progress with China.",
        ("PHLGOV", "012", "CHN"),
    ),
    ("The Turkish foreign minister said he was deeply saddened by the loss of life.",
     ("TURGOV", "018", None)),
    # -- 02 appeals: restraint, elections (general reform), judicial cooperation
    ("The UN chief urged India and Pakistan to show restraint.", ("IGOUNO", "0256", "IND")),
    ("The Pope urged Armenia and Azerbaijan to exercise restraint.", ("VATGOV", "0256", "AZE")),
    ("The Chinese foreign minister called for de-escalation in the Red Sea.", ("CHNGOV", "0256", None)),
    ("The UN chief renewed his call for restraint in Gaza.", ("IGOUNO", "0256", None)),
    ("The Arab League called on the Sudanese army to hold elections.", ("IGOARL", "024", "SDNMIL")),
    ("The United States urged the Venezuelan government to hold free elections.", ("USA", "024", "VENGOV")),
    ("The European Union urged Tunisia to hold a referendum.", ("IGOEUR", "024", "TUN")),
    ("The African Union urged the Malian junta to set a date for elections.", ("IGOAFU", "024", "MLIMIL")),
    ("The Guinean junta announced a timetable for elections.", ("GINMIL", "083", None)),
    ("Bangladesh asked India to hand over the suspects in the bombing.", ("BGD", "0213", "IND")),
    ("Turkey renewed its request for the extradition of the suspects from Sweden.", ("TUR", "0213", "SWE")),
    ("The Colombian president asked Brazil to help mediate with the rebels.", ("COLGOV", "028", "BRA")),
    # -- 03 intent: money before support, elections, hosting talks between parties
    ("Germany pledged 2 billion euros in budget support to Ukraine.", ("DEU", "0331", "UKR")),
    ("Japan promised $300 million in reconstruction aid to Turkey.", ("JPN", "0331", "TUR")),
    ("The Malian junta promised to hold elections in February.", ("MLIMIL", "034", None)),
    ("Qatar offered to host talks between Israel and Hamas.", ("QAT", "039", "ISR")),
    ("Britain and France agreed to pool intelligence on smuggling gangs.", ("GBR", "0314", "FRA")),
    (
        "The Yemeni rebels agreed to a prisoner swap with the Saudi-led coalition.",
        ("YEMREB", "0353", "SAUMIL"),
    ),
    ("The Iranian government agreed to inspections of its nuclear sites.", ("IRNGOV", "0355", None)),
    (
        "The Japanese government pledged to provide $200 million to Ukraine for reconstruction.",
        ("JPNGOV", "0331", "UKR"),
    ),
    ("The World Bank said it would provide Kenya with emergency funding.", ("IGOWBK", "0331", "KEN")),
    # -- 04 consult: phone talks, visits
    (
        "The Russian president discussed the grain deal with the Turkish president by phone.",
        ("RUSGOV", "041", "TURGOV"),
    ),
    (
        "The French president discussed the crisis with the Iranian president in a phone call.",
        ("FRAGOV", "041", "IRNGOV"),
    ),
    (
        "The German chancellor spoke with the Ukrainian president in a video call.",
        ("DEUGOV", "041", "UKRGOV"),
    ),
    pytest.param(
        "The French president called the Iranian president to urge restraint.",
        ("FRAGOV", "041", "IRNGOV"),
    ),
    pytest.param(
        "During his visit to Hanoi, the South Korean president met Vietnamese leaders.",
        ("KORGOV", "042", "VNM"),
        marks=_engine("an event noun in a 'during' phrase is treated as background"),
    ),
    ("The French president held phone talks with the Iranian president.", ("FRAGOV", "041", "IRNGOV")),
    ("The French president spoke on the phone with the Iranian president.", ("FRAGOV", "041", "IRNGOV")),
    (
        "The Indian foreign minister exchanged views by phone with his Russian counterpart.",
        ("INDGOV", "041", "RUSGOV"),
    ),
    ("The Egyptian president played host to the Sudanese leader.", ("EGYGOV", "043", "SDNGOV")),
    # -- 05 diplomatic cooperation
    (
        "The Egyptian and Turkish governments exchanged ambassadors for the first time in a decade.",
        ("EGYGOV", "050", "TURGOV"),
    ),
    ("Russia and Turkey extended the grain deal for another four months.", ("RUS", "057", "TUR")),
    ("The Hungarian parliament approved Sweden's membership of NATO.", ("HUNLEG", "051", "SWE")),
    # -- 06 material cooperation
    ("India and the United Arab Emirates began to trade in rupees.", ("IND", "061", "ARE")),
    ("The Chinese and Russian central banks activated a swap line.", ("CHNGOV", "061", "RUSGOV")),
    ("The Japanese government resumed imports of Chinese seafood.", ("JPNGOV", "061", "CHN")),
    ("Polish troops patrolled alongside American soldiers in Lithuania.", ("POLMIL", "062", "USAMIL")),
    ("French troops are working with the Malian army to hunt jihadists.", ("FRAMIL", "062", "MLIMIL")),
    ("The Turkish navy cooperated with Pakistani forces in the Arabian Sea.", ("TURMIL", "062", "PAKMIL")),
    (
        "Thai police worked with Australian investigators to trace the stolen money.",
        ("THACOP", "063", "AUSGOV"),
    ),
    ("The Kenyan government cooperated with the international tribunal.", ("KENGOV", "063", "KENJUD")),
    ("Pakistan handed over the suspects in the bombing to Afghanistan.", ("PAK", "063", "AFG")),
    pytest.param(
        "Ukrainian and Lithuanian prosecutors set up a joint investigation team.",
        ("UKRJUD", "063", "LTUJUD"),
        marks=_engine("'set up' is read as the future frame 'is set to' (0313 instead of 063)"),
    ),
    # -- 07 aid: money, arms, relief, peacekeepers
    ("Qatar donated 20 million dollars to the World Food Programme.", ("QAT", "071", "IGOWFP")),
    (
        "The Saudi government deposited two billion dollars with the Pakistani central bank.",
        ("SAUGOV", "071", "PAKGOV"),
    ),
    (
        "The Saudi government transferred $500 million to the Yemeni central bank.",
        ("SAUGOV", "071", "YEMGOV"),
    ),
    (
        "The Norwegian foreign minister handed the Palestinian Authority a cheque for the hospital.",
        ("NORGOV", "071", "PSEGOV"),
    ),
    ("The World Bank provided Kenya with emergency funding.", ("IGOWBK", "071", "KEN")),
    ("The Turkish government supplied the Ukrainian army with drones.", ("TURGOV", "072", "UKRMIL")),
    (
        "The Japanese government provided the Sudanese refugees with food and blankets.",
        ("JPNGOV", "073", "SDNREF"),
    ),
    ("Germany delivered two air defence systems to Ukraine.", ("DEU", "072", "UKR")),
    ("The Japanese government provided Vietnam with patrol boats.", ("JPNGOV", "072", "VNM")),
    ("The German chancellor promised more Patriot launchers to Ukraine.", ("DEUGOV", "0332", "UKR")),
    ("The Indian government sent tonnes of wheat to Afghanistan.", ("INDGOV", "073", "AFG")),
    ("The Chinese government donated 1 million vaccine doses to Cambodia.", ("CHNGOV", "073", "KHM")),
    ("Britain sent more rocket launchers to Ukraine.", ("GBR", "072", "UKR")),
    ("The Turkish government sent medical supplies to Syria.", ("TURGOV", "073", "SYR")),
    ("Kenya contributed police officers to the Haitian security mission.", ("KEN", "074", "HTI")),
    ("Bangladesh sent peacekeepers to South Sudan.", ("BGD", "074", "SSD")),
    ("The United Arab Emirates gave the Sudanese army drones and ammunition.", ("ARE", "072", "SDNMIL")),
    # -- 08 yield: returns, inspectors, lifted bans, access, pull-backs
    ("Britain returned the looted bronzes to Nigeria.", ("GBR", "0842", "NGA")),
    ("The German government repatriated stolen antiquities to Iraq.", ("DEUGOV", "0842", "IRQ")),
    ("The Russian government handed back control of the nuclear plant.", ("RUSGOV", "0842", None)),
    ("The Iranian government let the UN inspectors into the plant.", ("IRNGOV", "0862", "IGOUNO")),
    ("The Iraqi government welcomed the UN election observers.", ("IRQGOV", "0862", "IGOUNO")),
    ("The Ugandan government lifted its ban on opposition rallies.", ("UGAGOV", "0811", "UGAOPP")),
    ("The Zambian government lifted the ban on the opposition party.", ("ZMBGOV", "0812", "ZMBOPP")),
    ("The Chinese government lifted its ban on Japanese seafood imports.", ("CHNGOV", "085", "JPN")),
    ("Azerbaijan reopened the road to Red Cross convoys.", ("AZE", "0863", "NGOICR")),
    ("The Saudi-led coalition lifted its blockade of the Yemeni port.", ("SAUMIL", "0872", "YEM")),
    ("Both Indian and Chinese troops disengaged from the disputed ridge.", ("INDMIL", "0874", "CHNMIL")),
    ("The Armenian troops withdrew to positions behind the border.", ("ARMMIL", "0874", None)),
    ("Iran allowed IAEA inspectors to visit the Fordow site.", ("IRN", "0862", "IGOIAE")),
    ("The Malian junta refused to let UN investigators visit the village.", ("MLIMIL", "1245", "IGOUNO")),
    ("The Israeli army pulled back from the Lebanese border.", ("ISRMIL", "0874", "LBN")),
    # -- 09 investigate: by subject
    (
        "French prosecutors opened an investigation into the minister's campaign financing.",
        ("FRAJUD", "091", "FRAGOV"),
    ),
    (
        "The UN rights council launched an inquiry into the crackdown on protesters in Iran.",
        ("IGOUNO", "092", "IRNCVL"),
    ),
    ("The Nigerian government ordered an investigation into police brutality.", ("NGAGOV", "092", "NGACOP")),
    ("The Nigerian government set up a panel to investigate police brutality.", ("NGAGOV", "092", "NGACOP")),
    ("Amnesty International is investigating reports of torture in Libyan prisons.",
     ("NGOAMN", "092", "LBY")),
    (
        "Kenyan prosecutors are investigating allegations of bribery at the Kenyan ministry.",
        ("KENJUD", "091", "KENGOV"),
    ),
    ("The Kenyan police are investigating the deaths of protesters.", ("KENCOP", "092", "KENCVL")),
    ("The Iraqi government ordered an enquiry into the raid on the village.", ("IRQGOV", "093", None)),
    pytest.param(
        "The Israeli army opened an investigation into the airstrike on the school.",
        ("ISRMIL", "093", None),
        marks=_engine("the parser hangs 'into' on the light verb 'opened', so the noun row never sees it"),
    ),
]

NO_EVENT = [
    "The striker gave his team a two-goal lead before half-time.",
    "The company paid its suppliers on time for the first quarter.",
    "Customers deposited more money in savings accounts last year.",
    "The museum returned the paintings to the gallery after the exhibition.",
    "The hotel hosted a wedding for three hundred guests.",
    "The farmers sent their crops to the market by truck.",
    "The supermarket opened a new store in the suburbs.",
    "Investors traded in shares of technology firms on Friday.",
    "The actor paid tribute to his late mother at the awards ceremony.",
    "The coach worked with the young players on their passing.",
    "The orchestra performed alongside a famous choir at the festival.",
    "The engineers delivered a new computer system to the bank.",
    "The chef provided the guests with food and drinks.",
    "The company handed the winner a cheque for ten thousand dollars.",
    "The airline extended the deal with its caterer for another year.",
    "The club pulled its advertising from the stadium.",
    "The Indian government opened a new airport in Goa.",
    "The Japanese government is studying the effects of the drought.",
    "The German government sent its new budget to parliament.",
    "The Turkish army returned to its barracks.",
    "The Kenyan government paid its debts to Chinese banks.",
    "The Chinese government debated the weather forecast.",
    "The French president predicted a hot summer.",
    "The Indian navy worked with local fishermen to clean the beach.",
    "The Iranian protesters said they had nothing to lose.",
    "The Kenyan president said the opposition had nothing to offer.",
    "The Indian police worked with the court to clear the backlog.",
    "The Nigerian government set a date for the football final.",
    "The engineers activated the new power line on Monday.",
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_cooperation_event(triples, sentence: str, expected: tuple[str | None, str, str | None]) -> None:
    got = triples(sentence)
    assert expected in got, f"{sentence!r}: {got}"


@pytest.mark.parametrize("sentence", NO_EVENT)
def test_no_event(sentence: str) -> None:
    assert code_text(sentence, published=PUBLISHED) == [], sentence
