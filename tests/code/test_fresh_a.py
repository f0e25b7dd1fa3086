"""Fresh wire-style sentences for CAMEO roots 01-05, coded by hand before the coder saw them (#12).

Written for this project to find the general mechanisms that fail on sentences the coder was
not developed against: datelines, trailing attributions, passives, appositives, quotes,
light verbs, existential "there was …", coordinated actors, officials named by title only.
Each case lists the events one careful CAMEO coder gives the sentence as (source, CAMEO,
target). As in the gold sets, a two-digit code accepts any code under that root and a
``None`` actor is one the sentence does not name (any predicted actor is accepted); every
listed event must be among the sentence's asserted events.

The mechanisms fixed with these sentences (each is also covered by a second sentence in other
words): a root noun with its verb misparsed as a reduced relative ("The UN chief called on
…"); coordinated actors in a from-phrase or with a named group ("envoys from A and B",
"Israeli and Hamas negotiators"); a bare noun conjoined with a possessed one ("Venezuela's
government and opposition"); a named country kept as the source of the act its spokesman
reports; "said there was little hope of …" as the speaker's comment, and what a hope or a fear is
about as no event; the idioms "spoke out in
defence of", "came to the defence of", "spoke in support of"; "is in New Delhi on a visit";
a passive appeal whose infinitive follows its by-agent; a pledge with an object of its own
and a purpose clause ("pledged $2 billion to support …").
"""

from __future__ import annotations

import pytest
from tests.code.sentence_tables import Triple, found, scored_triples

PUBLISHED = "2024-06-12"


def _events(sentence: str) -> list[Triple]:
    return scored_triples(sentence, PUBLISHED)


def _xfail(sentence: str, events: list[Triple], reason: str):
    return pytest.param(sentence, events, marks=pytest.mark.xfail(strict=True, reason=reason))


CASES = [
    # -- 01 make public statement
    ("ACCRA, Feb. 11 (Reuters) - Ghana's finance ministry declined to comment on Tuesday on "
     "reports that the country was seeking a new loan.", [("GHAGOV", "011", None)]),
    ("The Thai army chief said he saw little chance of an early end to the insurgency in the "
     "southern provinces.", [("THAMIL", "012", None)]),
    ("The Ugandan army chief said there was slim hope of defeating the rebels this year.",
     [("UGAMIL", "012", None)]),
    ("The Kazakh foreign minister said there was a real chance of a settlement between Armenia "
     "and Azerbaijan.", [("KAZGOV", "013", "ARM"), ("KAZGOV", "013", "AZE")]),
    ("The Baloch Liberation Army claimed responsibility for the kidnapping of two Chinese "
     "engineers in Gwadar, a spokesman said.", [("PAKSEP", "015", None), ("PAKSEP", "181", "CHN")]),
    ("Rwanda's government on Wednesday denied that its troops were operating inside eastern Congo.",
     [("RWAGOV", "016", None)]),
    ("The Chilean president laid flowers at a memorial to the victims of the 1973 coup on Monday.",
     [("CHLGOV", "017", None)]),
    ("The Canadian prime minister sent a letter of sympathy to Morocco's king after the earthquake.",
     [("CANGOV", "018", "MARGOV")]),
    ("The South Korean defence minister said Seoul fully agreed with Tokyo on the need for "
     "stronger missile deterrence.", [("KORGOV", "019", "JPNGOV")]),
    ("A senior Israeli official, speaking on condition of anonymity, said the government was "
     "studying a proposal to reopen the Rafah crossing.", [("ISRGOV", "014", None)]),
    ("Speaking to reporters in Tbilisi, Georgia's prime minister said he was confident that talks "
     "with the European Union on visa-free travel would be concluded by summer.",
     [("GEOGOV", "013", "IGOEUR")]),
    ("The mediators said they were hopeful that Israel and Hamas would agree to a truce.",
     [(None, "013", "ISR"), (None, "013", "PSEINS")]),
    ("Norway is considering whether to expel more Russian diplomats, a foreign ministry "
     "spokeswoman said on Friday.", [("NOR", "014", "RUSGOV")]),
    # -- 02 appeal
    ("LUSAKA, May 6 - Zambia's president appealed to China on Wednesday for a restructuring of "
     "the country's debt.", [("ZMBGOV", "02", "CHN")]),
    ("The Lebanese army urged residents of border villages not to return to their homes until "
     "the ceasefire was firmly in place.", [("LBNMIL", "02", "LBNCVL")]),
    ("The U.N. human rights chief called on Iranian authorities to halt the executions of "
     "protesters.", [("IGOUNO", "02", "IRNGOV")]),
    ("The Arab League chief called on the rival factions in Libya to return to talks.",
     [("IGOARL", "026", None)]),
    ("Senegal's opposition leaders appealed to the president to reverse his decision to postpone "
     "the election.", [("SENOPP", "02", "SENGOV")]),
    ("Washington urged Beijing and Manila to resolve their dispute over the Second Thomas Shoal "
     "peacefully.", [("USAGOV", "027", "CHNGOV"), ("USAGOV", "027", "PHLGOV")]),
    ("The Norwegian foreign minister invited Venezuela's government and opposition to resume "
     "talks in Oslo.", [("NORGOV", "026", "VENGOV"), ("NORGOV", "026", "VENOPP")]),
    ("Bolivia's government and opposition were urged by the Catholic Church to hold a dialogue.",
     [("BOLREL", "026", "BOLGOV"), ("BOLREL", "026", "BOLOPP")]),
    _xfail("Tunisia has requested military equipment from Italy to patrol its coastline, the "
           "Tunisian defence ministry said.", [("TUN", "02", "ITA")],
           "engine: the addressee after 'from' on the requested object is not taken; it was found "
           "only through 'its', misread as Italy, until 'its' became its clause's subject"),
    ("Iraq asked Turkey to release more water from its dams into the Tigris and Euphrates.",
     [("IRQ", "02", "TUR")]),
    ("The Ecuadorian government asked the United States for help in tracking drug shipments off "
     "its coast.", [("ECUGOV", "02", "USA")]),
    ("Moldova was urged by the European Commission on Thursday to speed up anti-corruption "
     "reforms.", [("IGOEUR", "024", "MDA")]),
    ("Myanmar's junta was urged by ASEAN leaders on Friday to release political detainees.",
     [("IGOASN", "0253", "MMRMIL")]),
    ('"We ask our neighbours to open their borders to those fleeing the fighting," the Sudanese '
     "foreign minister told a news conference in Port Sudan.", [("SDNGOV", "02", None)]),
    ("In a letter to the Security Council, Armenia asked for an international peacekeeping "
     "force to be deployed to the Lachin corridor.", [("ARM", "0234", "IGOUNO")]),
    # -- 03 express intent to cooperate
    ("Tehran is prepared to resume indirect negotiations with Washington over its nuclear "
     "programme, the Iranian foreign ministry spokesman said.", [("IRNGOV", "036", "USAGOV")]),
    ("The Philippines and Japan agreed to step up joint coast guard patrols in the South China Sea.",
     [("PHL", "03", "JPN"), ("JPN", "03", "PHL")]),
    ("The Ethiopian government pledged to allow international investigators into Tigray.",
     [("ETHGOV", "0355", None)]),
    ("Qatar has offered to mediate between the Democratic Republic of Congo and the M23 rebels, a "
     "Qatari diplomat said.", [("QAT", "039", "COD"), ("QAT", "039", "CODREB")]),
    ("South Sudan's rebels agreed on Friday to observe a ceasefire from midnight.",
     [("SSDREB", "0356", None)]),
    ("Turkey will back Finland's membership bid, the Turkish president told his Finnish "
     "counterpart.", [("TUR", "032", "FIN")]),
    ("Egypt will host the next round of talks, the foreign ministry said.", [("EGY", "036", None)]),
    ("Vietnam and the United States pledged to deepen cooperation on climate change and clean "
     "energy.", [("VNM", "03", "USA"), ("USA", "03", "VNM")]),
    ("Saudi Arabia pledged $2 billion to support Egypt's central bank.",
     [("SAU", "0331", "EGYGOV")]),
    ("Kuwait pledged $500 million to help rebuild schools in Iraq.", [("KWT", "0331", None)]),
    # -- 04 consult
    ("The Kenyan president held a telephone conversation with his Tanzanian counterpart on "
     "Sunday about the border closure.", [("KENGOV", "041", "TZAGOV")]),
    ("The Emirati foreign minister flew to Damascus for talks with the Syrian president, the "
     "first such trip since 2011.", [("AREGOV", "042", "SYRGOV")]),
    ("The Angolan president hosted his Rwandan and Congolese counterparts in Luanda on Saturday.",
     [("AGOGOV", "043", "RWAGOV"), ("AGOGOV", "043", "CODGOV")]),
    ("Envoys from Ethiopia and Egypt resumed negotiations over the Nile dam in Addis Ababa on "
     "Monday.", [("ETHGOV", "046", "EGYGOV"), ("EGYGOV", "046", "ETHGOV")]),
    ("Pakistan's army chief met the Saudi crown prince in Riyadh on Tuesday, the military's media "
     "wing said.", [("PAKMIL", "04", "SAUGOV")]),
    ("Israeli and Hamas negotiators met in Doha.", [("ISRGOV", "04", "PSEINS"),
                                                    ("PSEINS", "04", "ISRGOV")]),
    ("The Chilean and Argentine foreign ministers met in Santiago.",
     [("CHLGOV", "04", "ARGGOV"), ("ARGGOV", "04", "CHLGOV")]),
    ("The Malian junta held talks with a Russian delegation in Bamako about security cooperation.",
     [("MLIMIL", "04", "RUSGOV")]),
    ("Sri Lanka's president is in New Delhi on a two-day official visit.",
     [("LKAGOV", "042", "INDGOV")]),
    ("Kenya's president is in Beijing on a state visit.", [("KENGOV", "042", "CHNGOV")]),
    ("Talks between Guyana and Venezuela on the Essequibo dispute ended without agreement in St "
     "Vincent on Thursday.", [("GUY", "04", "VEN"), ("VEN", "04", "GUY")]),
    _xfail("The Chinese foreign minister received his Australian counterpart in Beijing, the "
           "first visit by an Australian foreign minister since 2018.",
           [("CHNGOV", "043", "AUSGOV"), ("AUSGOV", "042", "CHNGOV")],
           "an event noun in an appositive to the clause ('the first visit by …') is not coded"),
    # -- 05 engage in diplomatic cooperation
    ("The African Union commended Senegal's outgoing president for accepting the election result.",
     [("IGOAFU", "051", "SENGOV")]),
    ("Iran's foreign ministry spoke out in defence of Venezuela's government after Washington "
     "announced new sanctions.", [("IRNGOV", "052", "VENGOV")]),
    ("The Cuban foreign minister came to the defence of Nicaragua's government at the summit.",
     [("CUBGOV", "052", "NICGOV")]),
    ("Mexico spoke out in support of Cuba's bid to join the trade bloc.", [("MEX", "051", "CUB")]),
    ("The Dutch prime minister apologised on behalf of the state for the Netherlands' role in the "
     "slave trade.", [("NLDGOV", "055", None)]),
    ("Jordan and Iraq signed an agreement on electricity interconnection in Amman on Sunday.",
     [("JOR", "057", "IRQ"), ("IRQ", "057", "JOR")]),
    ("Peruvian and Bolivian officials signed a border agreement.",
     [("PERGOV", "057", "BOLGOV"), ("BOLGOV", "057", "PERGOV")]),
    ("The president of Ghana thanked the Chinese government for its support in building a new "
     "hospital in Kumasi.", [("GHAGOV", "051", "CHNGOV")]),
    ("Uruguay endorsed Brazil's bid for a permanent seat on the UN Security Council, the foreign "
     "ministry said.", [("URY", "051", "BRA")]),
    ("An agreement on fisheries was signed by Senegal and Mauritania on Tuesday.",
     [("SEN", "057", "MRT"), ("MRT", "057", "SEN")]),
    ("The Solomon Islands switched diplomatic recognition from Taipei to Beijing.",
     [("SLB", "054", "CHNGOV")]),
]

NO_EVENT = [
    "Analysts said a meeting between the two presidents was unlikely before the end of the year.",
    "The central bank said inflation would remain above its target until the middle of next year.",
    "The foreign ministry building in Vilnius was evacuated after a fire alarm on Wednesday.",
    "Thousands of tourists visited the Taj Mahal over the holiday weekend.",
    "The striker signed a three-year contract with the Turkish club Galatasaray.",
    "Hungary holds the rotating presidency of the Council of the EU until the end of December.",
    "The Canadian prime minister did not call his Indian counterpart after the summit, officials said.",
    "If the two sides agree, the talks could be held in Geneva next month, a diplomat said.",
    "Voters in Portugal cast their ballots on Sunday in a snap parliamentary election.",
    "A museum in Warsaw hosted an exhibition of medieval manuscripts on loan from a library in Rome.",
    "The weather service urged residents to stay indoors as temperatures climbed above 45 degrees Celsius.",
    "There is little hope of a breakthrough before the holidays.",
    "The company's chief executive praised the quarterly results, saying demand had recovered in Asia.",
    "The bank's chairman thanked shareholders for their patience during the merger.",
]


# Acts a sentence mentions that did not happen: what a hope or a fear is about
NOT_CODED = [
    ("The mediators said they were hopeful that Israel and Hamas would agree to a truce.", "08"),
    ("The mediators said they were hopeful that Israel and Hamas would agree to a truce.", "03"),
    ("The Polish prime minister said he was worried that Russia would attack the Baltic states.",
     "19"),
    ("The envoy was optimistic that Serbia would recognise Kosovo.", "05"),
]


def _id(value) -> str:
    return value[:60] if isinstance(value, str) else ""


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=_id)
def test_fresh_event(sentence: str, expected: list[Triple]) -> None:
    got = _events(sentence)
    missing = [e for e in expected if not found(e, got)]
    assert not missing, f"{sentence!r}: missing {missing}, got {got}"


@pytest.mark.parametrize("sentence", NO_EVENT, ids=_id)
def test_fresh_no_event(sentence: str) -> None:
    assert _events(sentence) == [], sentence


@pytest.mark.parametrize(("sentence", "root"), NOT_CODED, ids=_id)
def test_fresh_not_coded(sentence: str, root: str) -> None:
    got = _events(sentence)
    assert not [g for g in got if g[1].startswith(root)], f"{sentence!r}: {got}"


def test_fresh_cases_cover_the_slice() -> None:
    """Every root 01-05 has at least eight event sentences."""
    roots: dict[str, int] = {}
    for case in CASES:
        events = case.values[1] if hasattr(case, "values") else case[1]
        for root in {code[:2] for _s, code, _t in events}:
            roots[root] = roots.get(root, 0) + 1
    assert all(roots.get(f"{n:02d}", 0) >= 8 for n in range(1, 6)), roots
