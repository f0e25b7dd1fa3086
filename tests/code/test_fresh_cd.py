"""Reduce relations, coerce, assault, fight and mass violence in fresh sentences (#12, fresh-cd).

Sentences from the fresh-cd batch (roots 16-20 stressed) and variants written for this
project, coded by hand before the coder was run on them. The mechanisms they guard:

- an act one is said to be behind: "Al-Shabaab was behind the bombing", "hackers working for
  Russian military intelligence were behind the cyberattack": the copula's subject did the act
  its behind-phrase names (roots 17-20), negated or modal as the copula is; told by a party
  about another ("Kyiv said Russian hackers were behind the attack"), it is the teller's
  accusation, as a verb would be.
- a word for any act that sums up the clause before it, with a relative clause whose object it
  is ("struck hideouts inside Afghanistan, a move the Taliban government condemned", "a step
  Kyiv denounced as illegal"): the relative clause answers that act, aimed at its doer, as the
  participle does ("a move condemned by …"); the parser may hang the word on the clause's
  last noun as an apposition.
- a participle appended to a reported act ("the Indian army said Pakistani troops had violated
  the ceasefire, firing mortars at Indian posts"): how the claimed act was done is part of the
  claim, a party's accusation of another, not an act asserted beside it (an army telling its
  own act, "seizing weapons", keeps it).
- pattern rows: barring, banning, prohibiting, forbidding, stopping or restricting people from
  doing something or from a place restricts them (172), where rows read "barred women from
  attending universities" as an embargo (163) or a withdrawal of observers (1662); inspectors
  and observers barred stay 1662, and banks, firms, carriers and ships barred are sanctioned
  (163).
- a symmetric act ("sign a treaty with", "clash with") meant, not done ("is ready to sign a
  peace treaty with Azerbaijan", "wants to", "hopes to", "agreed to"): the intent is its
  holder's alone, not also the other side's towards it (done, "signed a treaty with", it
  stays both ways).
- a clause of what is awaited ("until", "till", "before") in the present tense, in a story told
  of the past, is not yet done, frames within it too ("froze aid to Niger until the junta
  agrees to restore civilian rule", "suspended its mediation until the two sides show
  willingness to negotiate", "until Paris apologises"); a past one ("until the rebels withdrew
  on Sunday") happened.
- a conditional act of another side told by a speaker of no named country ("the opposition
  said the government might impose a state of emergency if protests continue", "rights groups
  said the junta could arrest journalists if …", "diplomats said Russia could cut gas supplies
  if …") is the speaker's guess, not the other side's threat, as it already was with the
  speaker's country named; a party's own conditional act stays a threat, and officials speak
  for their state's army.
- pattern rows: seizing, taking, assuming, wresting, grabbing or gaining control of a firm, its
  subsidiaries, assets or stake confiscates property (1711), where the rows for control of a
  town or a base read it as occupation (192, 190).
- parse repair: a bare demonym read as a verb's object, with the gerund after it read as a
  clause of the verb's own ("Kyiv blamed Russian shelling for the deaths of three civilians":
  Kyiv shelling its own people), is a noun phrase, the gerund the object and the demonym its
  modifier; the blame is the only event, aimed at the demonym's side.
- an act of coercion or violence named by a noun whose own relative clause says what it struck
  ("the cyberattack that knocked out Ukraine's largest mobile operator", "the bombing that
  destroyed a Kenyan police post") has that object for a target, after any the noun names.
- parse repair: a past tense read as the adjective of a titled name ("A Moscow court jailed
  opposition politician Ilya Yashin", "A court in Minsk jailed activist Maria Kolesnikova for
  11 years": one noun phrase, no verb, no event) is the verb, with the noun before it (or the
  root) its subject and the titled name its object; "jailed activist X turned 40" stays a
  description.

Known failures of the batch are rows marked ``xfail``.
"""

from __future__ import annotations

import pytest
from tests.code.sentence_tables import Triple, case, found, known_failure, scored_triples

CASES = [
    # -- an act one is said to be behind
    case("Hackers working for Russian military intelligence were behind the cyberattack on "
         "Ukraine's largest mobile operator, researchers at a cybersecurity firm said.",
         "2024-01-04", ("RUSSPY", "17", "UKR"), id="behind-cyberattack"),
    case("Al-Shabaab was behind the bombing of a hotel in Mogadishu, police said.", "2024-05-10",
         ("SOMINS", "18", None), id="behind-bombing"),
    case("Investigators said the Wagner group was behind the killing of three journalists in "
         "the Central African Republic.", "2019-01-10", (None, "18", "CAFMED"),
         id="behind-killing-investigators"),
    case("Police in Kenya were behind the abduction of two opposition activists, a rights group "
         "said.", "2024-05-10", ("KENCOP", "181", "KENOPP"), id="behind-abduction-police"),
    case("Kyiv said Russian hackers were behind the attack on its tax service.", "2024-05-10",
         ("UKRGOV", "112", None), id="behind-told-by-party"),
    case("The Kremlin denied that Russia was behind the poisoning of the opposition leader.",
         "2024-05-10", ("RUSGOV", "016", None), id="behind-denied"),
    # -- a summing-up word with a relative clause
    case("Pakistani fighter jets struck suspected militant hideouts inside Afghanistan, a move "
         "the Taliban government condemned as a violation of its sovereignty.", "2024-03-18",
         ("AFGGOV", "111", "PAKMIL"), id="summary-relative-batch"),
    case("Russia annexed four Ukrainian regions, a step Kyiv denounced as illegal.",
         "2022-09-30", ("UKRGOV", "111", "RUS"), id="summary-relative-step"),
    case("China held live-fire drills near Taiwan, a move Taipei denounced as provocative.",
         "2024-05-10", ("TWNGOV", "111", "CHN"), id="summary-relative-drills"),
    case("Russia annexed Crimea, a move condemned by the United States.", "2014-03-20",
         ("USA", "111", "RUS"), id="summary-participle-guard"),
    # -- people barred from doing something
    case("The Taliban administration barred women from attending universities across "
         "Afghanistan, a letter from the higher education ministry showed.", "2022-12-21",
         ("AFGGOV", "172", "AFGCVL"), id="bar-people-batch"),
    case("The junta banned journalists from covering the trial.", "2024-05-10",
         (None, "172", None), id="bar-people-journalists"),
    case("Nicaragua's government prohibited priests from leaving the country.", "2024-05-10",
         ("NICGOV", "172", None), id="bar-people-prohibit"),
    case("Police stopped the opposition leader from leaving his home in Harare.", "2024-05-10",
         ("ZWECOP", "172", "ZWEOPP"), id="bar-people-stop"),
    case("The European Union barred seven Russian banks from the SWIFT payment system.",
         "2022-03-02", ("IGOEUR", "163", "RUSBUS"), id="bar-banks-sanction"),
    case("Washington banned Chinese airlines from flying to U.S. airports.", "2024-05-10",
         ("USAGOV", "163", None), id="bar-airlines-sanction"),
    case("Israel banned UN investigators from entering Gaza.", "2024-05-10",
         ("ISR", "1662", "IGOUNO"), id="bar-investigators-guard"),
    # -- a symmetric act meant: one way
    case("Armenia's prime minister said his government was ready to sign a peace treaty with "
         "Azerbaijan before the end of the year.", "2023-10-17", ("ARMGOV", "03", "AZE"),
         id="meant-sign-batch"),
    case("Armenia signed a peace treaty with Azerbaijan.", "2024-05-10", ("AZE", "05", "ARM"),
         id="done-sign-both-ways-guard"),
    case("Indian troops clashed with Chinese soldiers in Ladakh.", "2024-05-10",
         ("CHNMIL", "19", "INDMIL"), id="done-clash-both-ways-guard"),
    # -- a clause of what is awaited
    case("Qatar is suspending its mediation between Israel and Hamas until the two sides show "
         "willingness to negotiate, a diplomatic source said.", "2024-11-09",
         ("QAT", "165", "PSEINS"), id="awaited-main-act-stays"),
    case("Fighting raged until the rebels withdrew from the town on Sunday.", "2024-05-10",
         (None, "08", None), id="awaited-past-happened"),
    # -- a conditional act told of another side
    case("Kenya said it would cut ties with Somalia if Mogadishu keeps interfering.",
         "2024-05-10", ("KEN", "13", "SOM"), id="conditional-own-threat-guard"),
    case("Officials said the army would retaliate if the rebels attacked again.", "2024-05-10",
         (None, "13", None), id="conditional-officials-army-guard"),
    # -- control of a firm taken
    case("Russia seized control of the local subsidiaries of Danish brewer Carlsberg and French "
         "yogurt maker Danone, a decree published on Sunday showed.", "2023-07-16",
         ("RUS", "1711", None), id="control-of-firm-batch"),
    case("Russia's government took control of the local assets of Uniper and Fortum.",
         "2023-04-26", ("RUSGOV", "1711", None), id="control-of-firm-took"),
    case("Bolivia's government seized control of the Spanish-owned power company.", "2012-05-02",
         ("BOLGOV", "1711", "ESPBUS"), id="control-of-firm-spanish"),
    case("Argentina assumed control of the oil firm YPF from Spain's Repsol.", "2012-04-17",
         ("ARG", "1711", None), id="control-of-firm-assumed"),
    case("Rebels seized control of the town of Bunagana.", "2022-06-13", (None, "192", None),
         id="control-of-town-guard"),
    # -- a demonym before a gerund object
    case("Kyiv blamed Russian shelling for the deaths of three civilians in Kherson.",
         "2024-05-10", ("UKRGOV", "11", None), id="demonym-gerund-kyiv"),
    case("Azerbaijan blamed Armenian shelling for the deaths of two soldiers.", "2024-05-10",
         ("AZE", "11", "ARMMIL"), id="demonym-gerund-azerbaijan"),
    # -- what an act's relative clause says it struck
    case("Hackers working for Russian military intelligence were behind the cyberattack that "
         "knocked out Ukraine's largest mobile operator, researchers at a cybersecurity firm "
         "said.", "2024-01-04", ("RUSSPY", "17", "UKR"), id="struck-relative-batch"),
    case("Al-Shabaab claimed the bombing that destroyed a Kenyan police post in Mandera.",
         "2024-05-10", ("SOMINS", "18", "KENCOP"), id="struck-relative-destroyed"),
    case("The Pakistani Taliban claimed the attack that damaged a Chinese convoy near Dasu.",
         "2024-05-10", ("PAKINS", "19", "CHN"), id="struck-relative-damaged"),
    case("Al-Shabaab was behind the attack that killed three Kenyan soldiers in Lamu.",
         "2024-05-10", ("SOMINS", "19", "KENMIL"), id="struck-relative-toll-guard"),
    # -- known failures of the batch (singletons, or the project's own design)
    case("Venezuelan intelligence agents tortured detained opposition activists with electric "
         "shocks, a U.N. fact-finding mission said in a report on Tuesday.", "2023-09-19",
         ("VENSPY", "1822", "VENOPP"), id="known-subject-read-as-dep",
         xfail="the parser hangs the subject under the trailing 'said' and reads 'tortured' as "
               "its participle ('detained' before the object); rare with other verbs"),
    case("Islamic State fighters overran the town of Palma and executed dozens of residents, "
         "survivors told reporters.", "2021-04-01", ("IMGISL", "19", "MOZ"),
         id="known-palma-spain",
         xfail="'Palma' resolves to Spain (Palma de Mallorca), not the Mozambican town"),
    case("Rwanda cut diplomatic ties with Belgium on Monday, accusing Brussels of siding with "
         "Kinshasa in the conflict in eastern Congo.", "2025-03-17", ("RWA", "112", "BELGOV"),
         id="known-brussels-belgium",
         xfail="'Brussels' is the EU even when Belgium is the other party of the sentence"),
    case("CARACAS - Venezuela's government suspended negotiations with the opposition in Mexico "
         "City, chief negotiator Jorge Rodriguez said on Sunday.", "2021-10-17",
         ("VENGOV", "164", "VENOPP"), id="known-venue-gives-country"),
    case("Belarus sentenced Nobel laureate Ales Bialiatski to 10 years in prison on Friday.",
         "2023-03-03", ("BLR", "116", "BLR"), id="known-laureate-no-country",
         xfail="a person named with a title no table knows gets no actor (not the state's own)"),
    case("Prosecutors in Guatemala charged the founder of the newspaper elPeriodico with money "
         "laundering on Saturday.", "2022-08-08", ("GTMJUD", "173", None),
         id="known-founder-of-newspaper",
         xfail="no event when the one charged is 'the founder of the newspaper X'"),
    case("A suicide bomber killed at least 46 worshippers at a Shiite mosque in Kunduz during "
         "Friday prayers, and Islamic State claimed the attack hours later.", "2021-10-08",
         ("IMGISL", "015", None), id="known-claimed-the-attack-conjunct",
         xfail="'claimed the attack' conjoined to the killing: the claim and its claimant are lost"),
    case("North Korea warned it would respond with overwhelming force if U.S. and South Korean "
         "troops went ahead with their joint drills.", "2023-03-11", ("PRK", "13", "USAMIL"),
         id="known-us-and-demonym-in-condition",
         xfail="'U.S. and South Korean troops' in a condition resolves to a force of no country"),
    case("The African Union suspended Niger's membership on Tuesday, a month after soldiers "
         "detained President Mohamed Bazoum.", "2023-08-22", ("NERMIL", "173", "NERGOV"),
         id="known-design-dated-after",
         xfail="design: an act told 'a month after' is background (dated_after), not coded"),
    case("The European Union on Monday imposed sanctions on 14 Iranian officials and entities "
         "over Tehran's violent crackdown on street protests.", "2022-11-14",
         ("IRNGOV", "175", None), id="known-design-reason-noun",
         xfail="design: an act named in the reason of another ('over X's crackdown') is "
               "background, not coded"),
    # -- a participle appended to a reported act (and the accusation stays)
    case("Mali's army said jihadists attacked a base near Gao, torching vehicles and stealing "
         "weapons.", "2024-05-10", ("MLIMIL", "112", "MLIINS"), id="report-participle-torching"),
    case("The army said it had killed 15 militants in Waziristan, seizing weapons and "
         "explosives.", "2024-05-10", (None, "1711", None), id="report-participle-own-act"),
]


#: acts a party told of another, by a participle: none of them asserted (the accusation of the
#: main verb is the only event, checked apart)
TOLD_BY_PARTICIPLE = [
    pytest.param("The Indian army said Pakistani troops had violated the ceasefire along the Line "
                 "of Control in Poonch, firing mortars at Indian posts.", "2021-01-05", "19",
                 id="report-participle-firing"),
    pytest.param("Mali's army said jihadists attacked a base near Gao, torching vehicles and "
                 "stealing weapons.", "2024-05-10", "17", id="report-participle-torching-act"),
    pytest.param("Ukraine's foreign ministry said Russian troops had occupied the plant, detaining "
                 "dozens of its workers.", "2024-05-10", "17", id="report-participle-detaining"),
]

#: a demonym before a gerund object: (sentence, published, the blamer, who did no act)
BLAMED_GERUND = [
    pytest.param("Kyiv blamed Russian shelling for the deaths of three civilians in Kherson.",
                 "2024-05-10", "UKR", id="demonym-gerund-kyiv-no-act"),
    pytest.param("Azerbaijan blamed Armenian shelling for the deaths of two soldiers.",
                 "2024-05-10", "AZE", id="demonym-gerund-azerbaijan-no-act"),
    pytest.param("Moscow blamed Ukrainian shelling for the deaths of 20 people in Donetsk.",
                 "2024-05-10", "RUS", id="demonym-gerund-moscow-no-act"),
]

#: a past tense read as a title's adjective: (sentence, published, source, target) of the act
JAILED_TITLED = [
    pytest.param("A court in Minsk jailed activist Maria Kolesnikova for 11 years.", "2024-05-10",
                 "BLRJUD", "BLRNGO", id="title-court-in-minsk"),
    pytest.param("A Moscow court jailed opposition politician Ilya Yashin.", "2022-12-09",
                 "RUSJUD", "RUSOPP", id="title-moscow-court"),
    pytest.param("A court in Tunis jailed opposition figure Jawhar Ben Mbarek for 18 years.",
                 "2024-05-10", "TUNJUD", "TUNOPP", id="title-court-in-tunis"),
    pytest.param("A Moscow court jailed journalist Alsu Kurmasheva.", "2024-07-19", "RUSJUD",
                 "RUSMED", id="title-moscow-court-journalist"),
]

#: a symmetric act meant: (sentence, published, the other side, which intends nothing)
MEANT_ONE_WAY = [
    pytest.param("Armenia's prime minister said his government was ready to sign a peace treaty "
                 "with Azerbaijan before the end of the year.", "2023-10-17", "AZE",
                 id="meant-sign-batch-other-side"),
    pytest.param("Ukraine hopes to sign a security agreement with Britain.", "2024-05-10", "GBR",
                 id="meant-sign-hopes"),
    pytest.param("Uruguay plans to sign a trade deal with China next year.", "2024-05-10", "CHN",
                 id="meant-sign-plans"),
    pytest.param("Kenya agreed to sign a defence pact with the United States.", "2024-05-10",
                 "USA", id="meant-sign-agreed"),
]

#: a clause of what is awaited: (sentence, published, the root its act would have)
AWAITED = [
    pytest.param("Qatar is suspending its mediation between Israel and Hamas until the two sides "
                 "show willingness to negotiate, a diplomatic source said.", "2024-11-09", "03",
                 id="awaited-willingness"),
    pytest.param("The EU froze aid to Niger until the junta agrees to restore civilian rule.",
                 "2024-05-10", "03", id="awaited-agrees-to"),
    pytest.param("Mali suspended cooperation with France until Paris apologises for its remarks.",
                 "2024-05-10", "05", id="awaited-apologises"),
    pytest.param("Protesters vowed to stay in the square until the president resigns.",
                 "2024-05-10", "08", id="awaited-resigns"),
]

NO_EVENT = [
    pytest.param("Critics fear the new security law may be used to jail government opponents in "
                 "Tanzania.", "2023-07-19", id="known-may-be-used-to",
                 marks=known_failure("a purpose under 'may be used to' is asserted (173)")),
    pytest.param("Two Russian drones crashed on Moldovan territory on Friday, officials in "
                 "Chisinau said.", "2024-02-16", id="known-drones-crashed",
                 marks=known_failure("'drones crashed' is read as a drone strike (1952)")),
    pytest.param("The Islamic State was not behind the attack on the church in Lahore, "
                 "investigators said.", "2024-05-10", id="behind-negated"),
    pytest.param("The opposition said the government might impose a state of emergency if "
                 "protests continue.", "2023-05-12", id="conditional-of-another-batch"),
    pytest.param("Rights groups said the junta could arrest journalists if they report on the "
                 "fighting.", "2024-05-10", id="conditional-of-another-junta"),
    pytest.param("Diplomats said Russia could cut gas supplies to Moldova if Chisinau expels its "
                 "envoy.", "2024-05-10", id="conditional-of-another-diplomats"),
    pytest.param("Jailed activist Maria Kolesnikova turned 40 on Monday.", "2022-04-25",
                 id="title-jailed-description-guard"),
    pytest.param("Officials believe a local militia may have been behind the ambush of the convoy "
                 "in Ituri.", "2024-05-10", id="behind-modal"),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), CASES)
def test_fresh_cd_event(sentence: str, published: str, expected: Triple) -> None:
    got = scored_triples(sentence, published)
    assert found(expected, got), f"{sentence!r}: {got}"


@pytest.mark.parametrize(("sentence", "published"), NO_EVENT)
def test_fresh_cd_no_event(sentence: str, published: str) -> None:
    assert scored_triples(sentence, published) == [], sentence


@pytest.mark.parametrize(("sentence", "published", "root"), TOLD_BY_PARTICIPLE)
def test_fresh_cd_participle_of_report(sentence: str, published: str, root: str) -> None:
    got = scored_triples(sentence, published)
    assert not any(code[:2] == root for _, code, _ in got), got
    assert any(code == "112" for _, code, _ in got), got


@pytest.mark.parametrize(("sentence", "published", "other"), MEANT_ONE_WAY)
def test_fresh_cd_meant_one_way(sentence: str, published: str, other: str) -> None:
    got = scored_triples(sentence, published)
    assert got, sentence
    assert not any(source and source.startswith(other) for source, _, _ in got), got


@pytest.mark.parametrize(("sentence", "published", "root"), AWAITED)
def test_fresh_cd_awaited_not_done(sentence: str, published: str, root: str) -> None:
    got = scored_triples(sentence, published)
    assert not any(code[:2] == root for _, code, _ in got), got


@pytest.mark.parametrize(("sentence", "published", "blamer"), BLAMED_GERUND)
def test_fresh_cd_blamer_did_no_act(sentence: str, published: str, blamer: str) -> None:
    got = scored_triples(sentence, published)
    assert any(code.startswith("112") for _, code, _ in got), got
    assert not any(code[:2] == "19" and source and source.startswith(blamer)
                   for source, code, _ in got), got


@pytest.mark.parametrize(("sentence", "published", "source", "target"), JAILED_TITLED)
def test_fresh_cd_verb_read_as_title(sentence: str, published: str, source: str,
                                     target: str) -> None:
    got = scored_triples(sentence, published)
    # (the titled person's role; the country a place gives may be left open)
    assert any(s == source and t and t[3:] == target[3:] for s, _, t in got), got
