"""Statements, appeals, intents, consultations and diplomatic cooperation (roots 01-05) in
fresh sentences (#12, fresh-ca).

Sentences written for this project (a fresh batch in the held-out set's recipe, stressing
CAMEO roots 01-05, and variants of our own), coded by hand before the coder was run on them.
The mechanisms they guard:

- optimism a speaker's own predicative adjective denies ("said he was not optimistic that a
  deal could be reached", "is not hopeful that inflation will slow", "was not confident that
  …"; code family ``gloom_when_denied``) voices doubt: a pessimistic comment (012), not a
  negated act;
- a preposition whose phrase is the predicate of "be" (word class ``copular_prep``: "said it
  was behind the attack") is read as a predicative adjective, as "responsible for" is (015
  row ``adj behind``); the act one is said to be behind or responsible for is the claimant's
  act beside the claim, and a third party's telling ("Pakistan said India was behind the
  bombing") is only its accusation (112);
- gratitude told with an adjective ("said his country was grateful to Turkey for its help",
  "thankful to India", "appreciative of France's support"; rows 051 adj grateful, thankful,
  appreciative) praises whom it is owed to, as "thanked" does;
- an event noun that is the passive subject of a report's content ("saying the strike was
  carried out by Russian troops", "said the raid was launched by Afghan Taliban fighters") is
  what the report says, as an active subject is: told of a third party, it is the teller's
  accusation (112), not an act asserted;
- a participle that names a denial's charge with its accuser ("denied that its jets had
  bombed a market, calling the accusation by Ukraine a lie", "calling Congo's allegations
  absurd"; hung on the denial or, by the parser, on the clause denied) aims the denial at the
  accuser, and is no act of its own; the accuser's own charge told only so is a known failure;
- a role word that is whom talks or a meeting are held with (word class ``meeting``), placed
  by the parser in a capital ("resume talks with the opposition in Mexico City", "will meet
  the rebels in Havana", "negotiated with the rebels in Stockholm"), is not of the capital's
  country: the capital is the venue (a region keeps its country: "met the rebels in Tigray");
  Mexico City is Mexico's capital (actors/countries.tsv);
- the place of a diplomatic post a state opens, reopens or upgrades (word class
  ``diplomatic_post``: embassy, consulate, legation; not a mission, which may be a force;
  rows 050 open/establish/upgrade) is the host it deals with: "reopened its embassy in
  Tehran" SAU->IRN 050 (was no target);
- words of disparagement (rows 111 noun remark, comment, statement with a modifier such as
  derogatory, insulting, disparaging, hostile …) criticise, and whom they are "about" is the
  target (code family ``about_target``): "made insulting comments about the Dutch
  government"; plain remarks stay comments (010);
- an act told with an adverb of custom (word class ``custom_adverb``: usually, normally,
  traditionally, typically …) is done as a rule, not on a day: no event, whether the verb
  tells it ("traditionally hosts the leaders") or an event noun it has for subject or object
  ("the summit is usually held in the country that chairs the bloc");

NO_EVENT rows must code nothing.
"""

from __future__ import annotations

import pytest
from tests.code.sentence_tables import case, found, scored_triples

CASES = [
    # -- denied optimism is pessimism
    case("U.S. Secretary of State Antony Blinken said he was not optimistic that a deal between "
         "Israel and Hamas could be reached soon.", "2024-06-12", ("USAGOV", "012", None),
         id="not-optimistic-batch"),
    case("The German finance minister said he was not optimistic about a quick deal on the EU "
         "budget.", "2024-05-10", ("DEUGOV", "012", None), id="not-optimistic-about"),
    case("Nigeria's president said he was not confident that the election would be peaceful.",
         "2023-02-10", ("NGAGOV", "012", None), id="not-confident-that"),
    case("Kenya's finance minister said he was not hopeful that inflation would slow this year.",
         "2024-05-10", ("KENGOV", "012", None), id="not-hopeful-that"),
    case("The Brazilian envoy was never optimistic about the talks with Paraguay.", "2024-05-10",
         ("BRAGOV", "012", None), id="never-optimistic"),
    case("The Chilean foreign minister said she was optimistic that the border talks would "
         "succeed.", "2024-05-10", ("CHLGOV", "013", None), id="optimistic-kept"),
    # -- "was behind" an act: a claim of one's own, a charge of another's
    case("Al-Shabaab said it was behind an attack on an African Union base near Mogadishu.",
         "2022-05-04", ("SOMINS", "015", None), ("SOMINS", "19", "IGOAFU"),
         id="behind-own-claim-batch"),
    case("The Taliban said they were behind a suicide attack on a police compound in Kabul.",
         "2019-05-10", ("AFGINS", "015", None), ("AFGINS", "18", "AFGCOP"),
         id="behind-own-claim-plural"),
    case("Hezbollah said its fighters were behind a rocket strike on an Israeli army post.",
         "2024-05-10", ("LBNINS", "015", None), ("LBNINS", "19", "ISRMIL"),
         id="behind-own-fighters"),
    case("The ELN said it was responsible for the bombing of an oil pipeline in Arauca.",
         "2024-05-10", ("COLREB", "015", None), ("COLREB", "18", None),
         id="responsible-for-own-act"),
    case("Pakistan said India was behind the bombing in Quetta.", "2024-05-10",
         ("PAK", "112", "IND"), id="behind-third-party-charge"),
    case("Kenyan police said al-Shabaab was behind the attack on a bus in Mandera.",
         "2024-05-10", ("KENCOP", "112", "SOMINS"), id="behind-police-charge"),
    case("Hamas said it was not behind the attack on the border crossing.", "2024-05-10",
         ("PSEINS", "016", None), id="not-behind-denial"),
    # -- an act told as a passive subject of a report is its claim
    case("Ukraine's military denied that its forces had shelled a market in Donetsk, saying the "
         "strike was carried out by Russian troops.", "2023-09-07", ("UKRMIL", "016", None),
         ("UKRMIL", "112", "RUSMIL"), id="passive-act-after-denial-batch"),
    case("The Serbian army denied that its troops had crossed into Kosovo, saying the incursion "
         "was carried out by local militias.", "2024-05-10", ("SRBMIL", "112", None),
         id="passive-act-after-denial"),
    case("The Syrian army said the attack was carried out by Islamic State.", "2024-05-10",
         ("SYRMIL", "112", "IMGISL"), id="passive-act-said"),
    case("Pakistan's army said the raid on the checkpoint was launched by Afghan Taliban "
         "fighters.", "2024-05-10", ("PAKMIL", "112", "AFGGOV"), id="passive-act-launched"),
    case("The Nigerian army said the raid on the camp was carried out by its special forces.",
         "2024-05-10", ("NGAMIL", "19", None), id="passive-own-act-kept"),
    # -- a denial answers the accuser its participle names
    case("Moscow denied on Thursday that Russian aircraft had bombed a hospital in Idlib, "
         "calling the accusation by Syrian opposition groups a fabrication.", "2019-06-14",
         ("RUSGOV", "016", "SYROPP"), id="denial-calling-accusation-by-batch"),
    case("Moscow denied that Russian jets had bombed a market, calling the accusation by "
         "Ukraine a lie.", "2024-05-10", ("RUSGOV", "016", "UKR"), id="denial-calling-by"),
    case("Rwanda denied arming the M23 rebels, calling Congo's allegations absurd.",
         "2024-05-10", ("RWA", "016", "COD"), id="denial-calling-possessor"),
    case("Minsk denied that its border guards had pushed migrants into Poland, calling "
         "Warsaw's accusations a provocation.", "2024-05-10", ("BLRGOV", "016", "POLGOV"),
         id="denial-calling-capital-possessor"),
    case("Israel denied that its troops had fired on the convoy, calling the reports false.",
         "2024-05-10", ("ISR", "016", None), id="denial-calling-reports-no-accuser"),
    case("Moscow denied that Russian jets had bombed a market, calling the accusation by "
         "Ukraine a lie.", "2024-05-10", ("UKR", "112", None), id="accusation-named-in-participle",
         xfail="the charge a denial's participle names is not coded as the accuser's own "
               "accusation, as 'rejected the accusations by Kyiv' is"),
    # -- a capital after the party of talks is their venue
    case("Venezuela's government said it was ready to resume talks with the opposition in "
         "Mexico City.", "2022-10-20", ("VENGOV", "036", "VENOPP"), id="talks-venue-batch"),
    case("Colombia's government will meet the rebels in Havana next week.", "2024-05-10",
         ("COLGOV", "03", "COLREB"), id="meet-rebels-in-havana"),
    case("Mali's junta held talks with the separatists in Algiers.", "2024-05-10",
         ("MLIMIL", "04", "MLISEP"), id="talks-separatists-in-algiers"),
    case("The Yemeni government negotiated with the rebels in Stockholm.", "2018-12-10",
         ("YEMGOV", "046", "YEMREB"), id="negotiated-rebels-in-stockholm"),
    case("Norway's envoy met the rebels in Tigray.", "2024-05-10", ("NORGOV", "04", "ETHREB"),
         id="met-rebels-in-a-region-kept"),
    case("Police in Mexico City arrested 20 protesters.", "2024-05-10",
         ("MEXCOP", "173", None), id="mexico-city-is-mexico"),
    # -- an embassy's place is the host
    case("Saudi Arabia reopened its embassy in Tehran on Tuesday, seven years after ties were "
         "cut.", "2023-06-06", ("SAU", "05", "IRN"), id="reopened-embassy-in-capital"),
    case("The United Arab Emirates reopened its embassy in Damascus.", "2018-12-27",
         ("ARE", "05", "SYR"), id="reopened-embassy-damascus"),
    case("Italy opened an embassy in Kyiv.", "2024-05-10", ("ITA", "05", "UKR"),
         id="opened-embassy"),
    case("Rwanda established an embassy in Tel Aviv.", "2024-05-10", ("RWA", "05", "ISR"),
         id="established-embassy"),
    case("Ghana refused to join the mission in Mali.", "2024-05-10", ("GHA", "12", None),
         id="a-mission-is-no-post"),
    case("France closed its embassy in Niamey.", "2023-12-22", ("FRA", "16", "NER"),
         id="closed-embassy-kept"),
    # -- disparaging remarks criticise whom they are about
    case("The Turkish president made insulting comments about the Dutch government.",
         "2024-05-10", ("TURGOV", "111", "NLDGOV"), id="insulting-comments-about"),
    case("The senator made disparaging remarks about Mexico during a rally.", "2024-05-10",
         (None, "111", "MEX"), id="disparaging-remarks-about"),
    case("Brazil's president made derogatory remarks about Argentina's leader.", "2024-05-10",
         ("BRAGOV", "111", "ARGGOV"), id="derogatory-remarks-about-leader"),
    case("China's embassy in Manila issued a hostile statement about the Philippine coast guard.",
         "2024-05-10", ("CHNGOV", "111", "PHLMIL"), id="hostile-statement-about"),
    case("The minister made remarks about Japan on Monday.", "2024-05-10", (None, "010", None),
         id="plain-remarks-stay-comment"),
    case("The Maldives apologised to India on Wednesday after three of its deputy ministers made "
         "derogatory remarks about Prime Minister Narendra Modi.", "2024-01-10",
         ("MDVGOV", "111", "INDGOV"), id="remarks-by-its-ministers-batch",
         xfail="'three of its deputy ministers': 'its' is resolved to the nearest country "
               "named before it (India), not the subject of the main clause (the Maldives)"),
    # -- customs are not news, but the day's act is
    case("The ASEAN summit was held in Jakarta on Tuesday.", "2023-09-08",
         ("IGOASN", "04", None), id="summit-held-on-a-day"),
    case("Kenya's president hosted the leaders of the East African Community on Monday.",
         "2024-05-10", ("KENGOV", "043", None), id="hosted-on-a-day"),
    # -- gratitude adjectives
    case("'We are deeply grateful to Canada for its support,' Ukraine's foreign minister said "
         "after meeting his Canadian counterpart in Ottawa.", "2022-04-14",
         ("UKRGOV", "051", "CAN"), id="grateful-quote-batch"),
    case("The Somali president said his country was grateful to Turkey for its help in "
         "rebuilding Mogadishu.", "2024-05-10", ("SOMGOV", "051", "TUR"), id="grateful-to"),
    case("Nepal's prime minister said he was thankful to India for the relief supplies.",
         "2024-05-10", ("NPLGOV", "051", "IND"), id="thankful-to"),
    case("Armenia's foreign minister said Yerevan was deeply appreciative of France's support.",
         "2024-05-10", ("ARMGOV", "051", "FRA"), id="appreciative-of-possessor"),
    case("Moldova's president said she was grateful for Romania's backing.", "2024-05-10",
         ("MDAGOV", "051", "ROU"), id="grateful-for-possessor"),
]

NO_EVENT = [
    case("The troops were behind the front line when the storm hit.", "2024-05-10",
         id="behind-a-place"),
    case("Analysts were not optimistic that the talks would resume.", "2024-05-10",
         id="gloom-of-no-actor"),
    case("The annual ASEAN summit is usually held in the country that chairs the bloc.",
         "2023-09-04", id="custom-summit-batch"),
    case("Kenya's president traditionally hosts the leaders of the East African Community in "
         "December.", "2024-05-10", id="custom-verb-hosts"),
    case("Gulf foreign ministers normally meet twice a year in Riyadh.", "2024-05-10",
         id="custom-verb-meet"),
    case("The Arab League summit is typically hosted by the member state holding the rotating "
         "presidency.", "2024-05-10", id="custom-noun-passive-agent"),
    case("The talks opened in Geneva on Monday.", "2024-05-10", id="talks-opened-no-post"),
    case("Fans were grateful for the warm weather at the final in Lisbon.", "2024-05-10",
         id="gratitude-of-no-actor"),
]

NOT_CODED = [
    case("Pakistan said India was behind the bombing in Quetta.", "2024-05-10",
         ("IND", "18", "PAK"), id="third-party-act-not-asserted"),
    case("Kenyan police said al-Shabaab was behind the attack on a bus in Mandera.",
         "2024-05-10", ("SOMINS", "18", None), id="police-charge-act-not-asserted"),
    case("Hamas said it was not behind the attack on the border crossing.", "2024-05-10",
         ("PSEINS", "18", None), id="denied-act-not-its-own"),
    case("Ukraine's military denied that its forces had shelled a market in Donetsk, saying the "
         "strike was carried out by Russian troops.", "2023-09-07", ("RUSMIL", "19", None),
         id="passive-act-not-asserted"),
    case("The Syrian army said the attack was carried out by Islamic State.", "2024-05-10",
         ("IMGISL", "19", None), id="passive-act-said-not-asserted"),
    case("Kenya said the militia was responsible for the attack.", "2024-05-10",
         ("KENREB", "19", None), id="same-country-charge-act-not-asserted"),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), [
    pytest.param(p.values[0], p.values[1], p.values[2:], id=p.id, marks=p.marks) for p in CASES])
def test_fresh_ca(sentence, published, expected):
    got = scored_triples(sentence, published)
    for triple in expected:
        assert found(triple, got), f"{triple} not in {got}"


@pytest.mark.parametrize(("sentence", "published"), [
    pytest.param(*p.values, id=p.id, marks=p.marks) for p in NO_EVENT])
def test_fresh_ca_no_event(sentence, published):
    assert scored_triples(sentence, published) == []


@pytest.mark.parametrize(("sentence", "published", "triple"), [
    pytest.param(*p.values, id=p.id, marks=p.marks) for p in NOT_CODED])
def test_fresh_ca_not_coded(sentence, published, triple):
    assert not found(triple, scored_triples(sentence, published))
