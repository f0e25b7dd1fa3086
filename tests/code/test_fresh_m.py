"""Paraphrases of aid, yielding, investigation and demand sentences, roots 07-10 (#12, fresh-m).

Written for this project and coded by hand before the coder was run on them. The mechanisms
they guard:

- a receiving is the giving the from-party did: "Kenya received armoured vehicles from
  Britain" is Britain's military aid to Kenya (word class ``receipt``, family ``receivable``);
  with no from-party, the nationality of what was received gives it ("a shipment of Chinese
  vaccines");
- a passive's by-phrase the parser tags as a plain preposition is the agent when it names
  people or a body ("were granted asylum by Germany");
- a causative, demand or threat frame with no object carries its passive subject ("an inquiry
  into the operation was ordered by the government", "the release … was demanded by Israel");
- "ordered a probe into the army operation": the into-phrase the parser hangs on the verb is
  the noun's complement, and a relative clause opened by a relative word ("in which 13
  civilians died") is a description, not what was ordered;
- police or troops sent abroad as part of a protective mission, to join or lead one, or "to
  help restore security" provide protection (074); forces that "deployed to" a place are the
  ones deployed;
- "insisted that Washington lift all sanctions": a subjunctive under a singular name that
  the tagger calls a plural present is still the teller's demand;
- "Should Israel and Hamas agree …": an inverted condition lays no appeal on anyone;
- "the ICC prosecutor said he had opened …": the pronoun is the one-person title who says it.

The rest passed before and guard against drift; NO_EVENT rows must code nothing.
"""

from __future__ import annotations

import pytest
from tests.code.sentence_tables import Triple, case, found, scored_triples

CASES = [
    # -- receiving is the giver's aid
    case("Ukraine received another $2 billion in military aid from the United States on "
         "Friday.", "2023-06-16", ("USA", "072", "UKR"), id="received-military-aid"),
    case("Kenya received 40 armoured vehicles from Britain to fight al-Shabaab.", "2023-06-16",
         ("GBR", "072", "KEN"), id="received-vehicles"),
    case("Pakistan received $1.1 billion from the IMF under its bailout programme.",
         "2023-06-16", ("IGOIMF", "071", "PAK"), id="received-money"),
    case("Cambodia received a shipment of Chinese vaccines on Sunday.", "2023-06-16",
         ("CHN", "073", "KHM"), id="received-national-goods"),
    case("Lebanon got twenty tonnes of medicine from Jordan after the blast.", "2020-08-07",
         ("JOR", "073", "LBN"), id="got-medicine"),
    case("Sudan's army received drones and ammunition from the United Arab Emirates, a UN "
         "panel reported.", "2024-01-20", ("ARE", "072", "SDNMIL"), id="received-drones"),
    case("Pakistan received a $3 billion deposit from Saudi Arabia to prop up its reserves.",
         "2023-07-12", ("SAU", "071", "PAK")),
    # -- passive by-phrases and passive carried nouns
    case("Two Russian journalists were granted asylum by Germany.", "2022-05-05",
         ("DEU", "075", "RUSMED"), id="granted-asylum-by"),
    case("An inquiry into an army operation in Nagaland was ordered by the Indian government.",
         "2021-12-06", ("INDGOV", "093", "INDMIL"), id="inquiry-ordered-by"),
    case("An investigation into the former president was ordered by Brazil's Supreme Court.",
         "2023-01-14", ("BRAJUD", "091", None), id="investigation-ordered-by"),
    case("The immediate release of the hostages was demanded by Israel.", "2023-10-20",
         ("ISR", "1053", None), id="release-demanded-by"),
    case("The Lachin corridor was reopened to Red Cross convoys by Azerbaijan on Saturday.",
         "2023-09-02", ("AZE", "0863", "NGOICR"), id="reopened-by"),
    case("Two Russian journalists who fled after the invasion were granted asylum by Germany.",
         "2022-05-05", ("DEU", "075", "RUSMED"),
         xfail="the recipient of a passive grant loses its actor when a relative clause of "
               "flight follows it"),
    case("IAEA inspectors were allowed to visit the Fordow site by Iran on Saturday.",
         "2023-03-04", ("IRN", "0862", "IGOIAE")),
    # -- ordered probes
    case("New Delhi ordered a probe into the army operation in Nagaland in which 13 civilians "
         "died.", "2021-12-06", ("INDGOV", "093", "INDMIL"), id="ordered-probe-into"),
    case("Pakistan's prime minister ordered an inquiry into the police raid on the university.",
         "2022-03-10", ("PAKGOV", "093", None), id="ordered-inquiry-raid"),
    # -- protective missions
    case("Kenya deployed hundreds of police officers to Haiti as part of a multinational "
         "security mission.", "2024-06-26", ("KEN", "074", "HTI"), id="deployed-part-mission"),
    case("Kenya sent 400 police officers to Haiti to help restore security.", "2024-06-26",
         ("KEN", "074", "HTI"), id="sent-restore-security"),
    case("Rwanda deployed 1,000 soldiers to Mozambique to join the regional mission.",
         "2021-07-10", ("RWA", "074", "MOZ"), id="deployed-join-mission"),
    case("Kenyan police officers deployed to Haiti as part of the multinational security "
         "mission.", "2024-06-26", ("KENCOP", "074", "HTI"), id="intransitive-deployed"),
    case("Hundreds of Kenyan police officers arrived in Haiti on Tuesday to lead the "
         "multinational security mission.", "2024-06-26", ("KENCOP", "074", "HTI"),
         id="arrived-to-lead-mission"),
    # -- subjunctive and conditions
    case("Iran's supreme leader insisted that Washington lift all sanctions before Tehran "
         "returns to the nuclear deal.", "2021-02-07", ("IRNGOV", "1054", "USAGOV"),
         id="insisted-name-subjunctive"),
    # -- a title's own pronoun
    case("The ICC prosecutor said he had opened an investigation into possible war crimes in "
         "Ukraine.", "2022-03-03", ("IGOICC", "094", None), id="prosecutor-he"),
    # -- easing rows
    case("The Saudi-led coalition relaxed its blockade of Yemen's Hodeidah port on Monday.",
         "2017-11-22", ("SAUMIL", "0872", "YEM"), id="relaxed-blockade"),
    case("The International Monetary Fund released a $1.1 billion loan tranche to Pakistan on "
         "Tuesday.", "2023-07-12", ("IGOIMF", "071", "PAK"), id="released-tranche"),
    # -- check batch (fixed after its first run)
    case("Japan has provided Sri Lanka with $500 million in emergency loans, the finance "
         "ministry said.", "2022-06-01", ("JPN", "071", "LKA"), id="provided-with-amount"),
    case("Norway supplied the Palestinian Authority with $20 million in grants.", "2023-02-01",
         ("NOR", "071", "PSEGOV"), id="supplied-with-amount"),
    case("Kenya has received $40 million in budget support from the European Union.",
         "2023-06-16", ("IGOEUR", "07", "KEN"), id="received-from-on-measured"),
    case("Ghana's parliament opened an inquiry into the shooting of miners by soldiers.",
         "2023-03-01", ("GHALEG", "09", "GHAMIL"), id="inquiry-topic-on-verb"),
    # -- guards (passed before)
    case("Berlin has granted political asylum to two Russian reporters who fled the country.",
         "2022-05-05", ("DEUGOV", "075", "RUSMED"), id="berlin-asylum"),
    case("Ankara dispatched rescue teams and tents to Morocco after the earthquake.",
         "2023-09-10", ("TURGOV", "073", "MAR"), id="dispatched-teams"),
    case("Forty armoured vehicles were handed over to Kenya by Britain.", "2023-06-16",
         ("GBR", "07", "KEN"),
         xfail="'handed over' with no weapon row of its own reads as a handover of suspects "
               "(063)"),
    case("Moscow handed back 20 Ukrainian children, Ukrainian officials said.", "2023-06-16",
         ("RUSGOV", "0841", "UKRCVL"), id="handed-back-children"),
    case("Tehran on Friday freed two Frenchmen detained since 2020.", "2023-05-12",
         ("IRNGOV", "084", "FRA"), id="freed-frenchmen"),
    case("Washington removed sanctions on Khartoum in October 2017.", "2017-10-06",
         ("USAGOV", "085", "SDNGOV"), id="removed-sanctions"),
    case("The Syrian government let UN aid convoys enter the besieged town of Madaya.",
         "2016-01-11", ("SYRGOV", "0863", "IGOUNO"), id="let-convoys"),
    case("Armenia and Azerbaijan agreed to a ceasefire that took effect at midnight.",
         "2020-10-10", ("ARM", "0871", "AZE"), id="agreed-ceasefire"),
    case("Russian forces pulled out of the city of Kherson.", "2022-11-11",
         ("RUSMIL", "0874", "UKR"), id="pulled-out"),
    case("Russia withdrew its troops from Kherson, the defence ministry in Moscow said.",
         "2022-11-11", ("RUS", "0874", "UKR"),
         xfail="the parser tags a bare 'Kherson' as a person, so the place gives no target"),
    case("French prosecutors launched a probe into the former president's campaign funding.",
         "2021-06-01", ("FRAJUD", "091", None), id="launched-probe"),
    case("Peru's Congress launched an investigation into the president's links to a "
         "construction firm.", "2017-12-15", ("PERLEG", "09", "PERGOV"), id="congress-inquiry"),
    case("Brussels launched an anti-subsidy investigation into electric cars made in China.",
         "2023-10-04", ("IGOEUR", "09", "CHN"), id="made-in-china"),
    case("Demonstrators in Sri Lanka demanded that the president resign.", "2022-07-09",
         ("LKACVL", "10", "LKAGOV"), id="demanded-resign"),
    case("Budapest demanded that Kyiv restore the language rights of the Hungarian minority.",
         "2023-02-01", ("HUNGOV", "1043", "UKRGOV"), id="budapest-demanded"),
    case("Kyiv demanded the withdrawal of all Russian troops from Ukrainian territory.",
         "2022-11-16", ("UKRGOV", "10", "RUSMIL"), id="demanded-withdrawal"),
    case("Israel's prime minister demanded the immediate release of all hostages held by "
         "Hamas.", "2023-10-20", ("ISRGOV", "1053", "PSEINS"), id="release-held-by"),
    case("Germany called for the immediate release of a German national held in Iran.",
         "2023-03-01", ("DEU", "0253", "IRN"), id="release-held-in"),
    case("Israel called on Hamas to release all hostages immediately.", "2023-10-20",
         ("ISR", "0253", "PSEINS"), id="called-on-release"),
]

NO_EVENT = [
    pytest.param("Should Israel and Hamas agree to a truce, aid could flow into Gaza, the UN "
                 "said.", id="inverted-condition"),
    pytest.param("Germany has not granted asylum to any Russian journalists this year, "
                 "officials said.", id="negated-asylum"),
    pytest.param("If Russia withdraws its troops, the talks could resume, diplomats said.",
                 id="hypothetical-withdrawal"),
    pytest.param("It is unclear whether Iran will release the detained French nationals.",
                 id="speculation-release"),
    pytest.param("Sanctions on Sudan have been in place since 1997.", id="background-sanctions"),
    pytest.param("The IMF's bailout programme for Pakistan is worth $3 billion.",
                 id="background-bailout"),
    pytest.param("Russia has not withdrawn any troops from the border, Ukrainian officials "
                 "said.", id="negated-withdrawal"),
    pytest.param("Whether Washington will lift sanctions on Iran remains to be seen.",
                 id="open-question"),

]


@pytest.mark.parametrize(("sentence", "published", "expected"), CASES)
def test_fresh_m_event(sentence: str, published: str, expected: Triple) -> None:
    got = scored_triples(sentence, published)
    assert found(expected, got), f"{sentence!r}: {got}"


@pytest.mark.parametrize("sentence", NO_EVENT)
def test_fresh_m_no_event(sentence: str) -> None:
    assert scored_triples(sentence, "2022-05-05") == [], sentence


def test_fresh_m_inquiry_topic_is_background() -> None:
    """"opened an inquiry into the killing of protesters by police": the killing the parser
    hangs on the verb is what the inquiry is about, not a killing told as news."""
    got = scored_triples("Lawmakers in Kenya opened an inquiry into the killing of protesters "
                         "by police.", "2024-07-01")
    assert [t[1][:2] for t in got] == ["09"], got
