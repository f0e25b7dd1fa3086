"""Two-event and chained sentences (#12, fresh-bc).

Sentences written for this project in the held-out set's recipe (verb coordination,
participial and temporal chains, purpose clauses, events named by nouns inside other events,
conjoined actors), coded by hand before the coder was run on them, with variants of our own.
The mechanisms they guard:

- a past tense joined by "and" to the subjunctive verb of a demand's that-clause
  ("demanded that China release the detainees and condemned their detention") cannot be
  coordinated with it: it is the main subject's own act, conjoined to the main verb (as
  after ", and" already);
- a bare verb conjoined to a verb with an auxiliary, with no subject or auxiliary of its own,
  is under that auxiliary too: "Ankara could launch an offensive and close its airspace"
  (both hypothetical), "did not arrest or charge them" (both negated);
- who brokers or mediates an act ("under a ceasefire brokered by Egypt") is not one of its
  parties: the participle's agent does 045, not the noun's act (no "Egypt 0871");
- a span of time measures the act it is of ("halted 11 days of fighting": what is halted is
  the fighting; `measure` rows day, week, month, year, decade);
- armed forces named as the government's ("government forces", "regime troops": word class
  `home_force`) with no country of their own are of the country where the event happened
  (an army named by its country still travels);
- a common noun right after a verb that the parser made an adverb ("aircraft dropped sarin
  on the town") is the verb's object; nouns used as adverbs ("returned home", word class
  `adverbial_noun`) are not;
- a bare verb after "and" that the parser hung on the clause's past tense, with a
  to-infinitive between them ("…, prompting NATO to put forces on standby and send jets"),
  goes on with that infinitive: its doer is the infinitive's (NATO), not the clause's;
- a claim of responsibility that names no act, conjoined to the clause of an act of violence
  whose doer is not named ("a suicide bomber blew himself up …, and Islamic State claimed
  responsibility"), claims that act: the claimant did it (no claim, no doer);
- storming a residence is a violent protest as storming a palace is (a pattern row);
- a participle of status before a name ("threatened to kill deposed President Bazoum",
  "visited jailed opposition leader X", word class `status_participle`), which the parser
  reads as a complement verb taking the name, describes the name: the name is the object
  of the verb before it, and the participle no act of the story;
- a bare "the two" as a subject ("Wang Yi hosted Penny Wong in Beijing, and the two agreed to
  resume dialogue") is the two parties named before, as "the two leaders" is;

The rest passed before and guard against drift. NO_EVENT rows must code nothing; ABSENT rows
name a triple the coder must not give.
"""

from __future__ import annotations

import pytest
from tests.code.sentence_tables import Triple, case, found, scored_triples

CASES = [
    # -- a past tense after the subjunctive of a demand is the demander's own act
    case("Kosovo's prime minister demanded that Serbia withdraw troops from the border and "
         "accused Belgrade of backing armed groups in the north.", "2023-09-30",
         ("XKXGOV", "106", "SRB"), ("XKXGOV", "112", "SRBGOV"), id="subjunctive-accused"),
    case("Canada demanded that China release two detained Canadians and condemned their "
         "detention as arbitrary.", "2019-01-22", ("CAN", "1053", "CHN"), ("CAN", "111", None),
         id="subjunctive-condemned"),
    case("Poland demanded that Belarus withdraw its troops and accused Minsk of orchestrating "
         "the migrant crisis.", "2021-11-10", ("POL", "106", "BLR"), ("POL", "112", "BLRGOV"),
         id="subjunctive-accused-variant"),
    case("Colombia's president demanded that the ELN free all hostages and suspended peace "
         "talks with the group.", "2023-11-05", ("COLGOV", "16", "COLREB"),
         id="subjunctive-past-participle-tag"),
    # -- the conjuncts of a verb without an auxiliary of their own keep their mood
    case("Kenya recalled its ambassador and suspended flights to Somalia.", "2024-05-10",
         ("KEN", "161", None), ("KEN", "16", "SOM"), id="shared-aux-none-asserted"),
    # -- brokers are not parties; a span of an act is the act
    case("Israel and Hamas halted 11 days of fighting in Gaza on Friday under a ceasefire "
         "brokered by Egypt.", "2021-05-21", ("ISR", "08", "PSEINS"),
         ("PSEINS", "08", "ISR"), ("EGY", "045", None), id="broker-not-party"),
    case("Israel released 39 Palestinian prisoners on Friday after Hamas freed 24 hostages "
         "under a truce brokered by Qatar.", "2023-11-24", ("QAT", "045", None),
         ("ISR", "0841", None), id="broker-truce-exchange"),
    case("The two sides ended three years of war with a deal mediated by Qatar.",
         "2024-05-10", ("QAT", "045", None), id="mediated-deal"),
    case("The army halted two weeks of shelling in the north.", "2024-05-10",
         ("---MIL", "087", None), id="span-of-shelling"),
    # -- government forces serve at home
    case("Government forces dropped barrel bombs on rebel-held districts of Aleppo on Sunday, "
         "killing dozens of civilians.", "2016-02-15", ("SYRMIL", "195", "SYRREB"),
         id="home-force-barrel-bombs"),
    case("The World Food Programme began air-dropping food into besieged areas of Deir ez-Zor "
         "on Wednesday after government forces blocked road access for months.", "2016-04-13",
         ("SYRMIL", "191", None), id="home-force-blocked"),
    case("Government troops shelled rebel positions near Wad Madani.", "2024-01-10",
         ("SDNMIL", "194", "SDNREB"), id="home-force-shelled"),
    case("Regime forces stormed the town of Daraa.", "2018-07-12", ("SYRMIL", "19", None),
         id="home-force-regime"),
    case("Kenyan troops shelled al-Shabaab positions near Kismayo.", "2024-01-10",
         ("KENMIL", "194", "SOMINS"), id="named-army-still-travels"),
    # -- a noun the parser made an adverb
    case("Syrian government aircraft dropped sarin on Khan Sheikhoun, killing more than 80 "
         "people, a UN investigation concluded.", "2024-05-10", ("SYRMIL", "2041", None),
         id="adverb-noun-sarin"),
    case("Syrian aircraft dropped sarin on the town.", "2024-05-10", ("SYRMIL", "2041", None),
         id="adverb-noun-sarin-town"),
    # -- a bare verb after "and" goes with the infinitive before it
    case("Russia massed more than 100,000 troops near Ukraine's border, prompting NATO to put "
         "forces on standby and send additional jets to eastern Europe.", "2022-01-24",
         ("RUS", "15", "UKR"), ("IGONAT", "15", None), id="prompting-second-infinitive"),
    case("The coup drew condemnation, prompting the African Union to suspend Niger and impose "
         "sanctions on the junta.", "2023-08-22", ("IGOAFU", "163", "NERMIL"),
         id="prompting-second-infinitive-sanctions"),
    # -- a bare claim of responsibility after an act names its doer
    case("A suicide bomber blew himself up outside a Shiite mosque in Kandahar during Friday "
         "prayers, killing at least 30 worshippers, and Islamic State claimed responsibility.",
         "2021-10-16", ("IMGISL", "18", "AFGCVL"), ("IMGISL", "015", None),
         id="claimed-conjunct-bomber"),
    case("A car bomb exploded near a police station in Mogadishu, and al-Shabaab claimed "
         "responsibility.", "2024-05-10", ("SOMINS", "18", "SOMCOP"),
         id="claimed-conjunct-car-bomb"),
    case("Gunmen stormed a hotel in Kabul, and the Taliban claimed responsibility.",
         "2018-01-21", ("AFGINS", "18", "AFGCVL"), id="claimed-conjunct-gunmen"),
    # -- storming a residence
    case("Bangladeshi Prime Minister Sheikh Hasina resigned and fled to India on Monday as "
         "protesters stormed her official residence in Dhaka.", "2024-08-05",
         ("BGDCVL", "145", None), id="storm-residence"),
    case("Protesters stormed the governor's mansion in Jakarta.", "2024-05-10",
         ("IDNCVL", "145", None), id="storm-mansion"),
    # -- a participle of status before a name
    case("The junta in Niger threatened to kill deposed President Mohamed Bazoum if "
         "neighbouring countries attempted a military intervention.", "2023-08-10",
         ("NERMIL", "13", "NERELI"), id="status-deposed"),
    case("The envoy visited jailed opposition leader Ousmane Sonko in Dakar.", "2024-05-10",
         (None, "042", "SENOPP"), id="status-jailed"),
    case("The junta deposed President Mohamed Bazoum.", "2023-07-27",
         (None, "170", "NERGOV"), id="status-verb-stays-verb"),
    # -- a bare "the two"
    case("Chinese Foreign Minister Wang Yi hosted his Australian counterpart Penny Wong in "
         "Beijing on Wednesday, and the two agreed to resume regular dialogue.", "2022-12-21",
         ("CHNGOV", "043", "AUSGOV"), ("CHNGOV", "036", "AUSGOV"), ("AUSGOV", "036", "CHNGOV"),
         id="bare-the-two-people"),
    case("Kenya and Uganda held talks, and the two agreed to reopen the border.", "2024-05-10",
         ("KEN", "03", "UGA"), ("UGA", "03", "KEN"), id="bare-the-two-countries"),
]

NO_EVENT = [
    "If the talks fail, Ankara could launch a new offensive and close its airspace to Israeli "
    "flights, analysts said.",
    "Egypt may recall its ambassador and suspend trade with Israel.",
    "The army did not arrest or charge the journalists.",
    "Cuba could free the dissidents and allow them to leave, diplomats said.",
    "The soldiers returned home from Mali.",
]

STATUS_NOT_EVENTS = [
    pytest.param("The junta in Niger threatened to kill deposed President Mohamed Bazoum if "
                 "neighbouring countries attempted a military intervention.", "2023-08-10",
                 (None, "170", None), id="status-deposed-no-coup"),
]

ABSENT = [
    # (the past tense is the demander's, not the demanded party's)
    pytest.param("Canada demanded that China release two detained Canadians and condemned "
                 "their detention as arbitrary.", "2019-01-22", ("CHN", "111", "CAN"),
                 id="subjunctive-not-demanded-party"),
    pytest.param("Israel and Hamas halted 11 days of fighting in Gaza on Friday under a "
                 "ceasefire brokered by Egypt.", "2021-05-21", ("EGY", "0871", None),
                 id="broker-no-ceasefire-of-its-own"),
    pytest.param("Israel released 39 Palestinian prisoners on Friday after Hamas freed 24 "
                 "hostages under a truce brokered by Qatar.", "2023-11-24", ("QAT", "0871", None),
                 id="broker-no-truce-of-its-own"),
    pytest.param("The truce brokered by Egypt took effect at midnight.", "2022-08-08",
                 ("EGY", "0871", None), id="broker-truce-took-effect"),
    pytest.param("Russia massed more than 100,000 troops near Ukraine's border, prompting NATO "
                 "to put forces on standby and send additional jets to eastern Europe.",
                 "2022-01-24", ("RUS", "07", None), id="prompted-party-sends"),
    pytest.param("Gunmen stormed a hotel in Kabul, and no group claimed responsibility.",
                 "2018-01-21", ("AFGINS", "18", None), id="unclaimed-stays-unnamed"),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), [
    pytest.param(p.values[0], p.values[1], triple, id=f"{p.id}-{n}", marks=p.marks)
    for p in CASES for n, triple in enumerate(p.values[2:])])
def test_fresh_bc_event(sentence: str, published: str, expected: Triple) -> None:
    got = scored_triples(sentence, published)
    assert found(expected, got), f"{sentence!r}: {got}"


@pytest.mark.parametrize("sentence", NO_EVENT)
def test_fresh_bc_no_event(sentence: str) -> None:
    assert scored_triples(sentence, "2024-05-10") == [], sentence


@pytest.mark.parametrize(("sentence", "published", "absent"), ABSENT + STATUS_NOT_EVENTS)
def test_fresh_bc_absent(sentence: str, published: str, absent: Triple) -> None:
    got = scored_triples(sentence, published)
    assert not found(absent, got), f"{sentence!r}: {got}"
