"""Targets the coder lost to the parse of the object phrase (#12, fresh-z3).

Written for this project and coded by hand before the fix. The mechanisms they guard:

- in a transfer (handing over, passing on, sharing information: 063, 064), a "to" phrase the
  parser hung inside the object's topic ("evidence on the massacre [to the ICC]",
  "details about the plan [to Indian services]") is the recipient, the target;
- a thing "belonging to" someone (word class ``belonging``) stands for its owner, as one
  "owned by" someone does: "seized cars belonging to a senator" targets the senator;
- an object the tagger calls an adjective but that heads its own phrase ("a Russian
  national accused of …") is still the object, the target;
- an untargeted act whose object is "it" or "this" ("Germany condemned it") is done to the
  author of the act told before it in the sentence;
- the forces pulled back in a de-escalation (0356, 0874; family ``deployed``) are shown, not
  targeted, as those moved in a show of force (15);
- people a participle of plight places somewhere ("children trapped in Gaza City",
  "families displaced by clashes in Goma"; word class ``plight``) are of that place's country;
- a bare count taken as the object of a verb joined to one whose object names people
  ("dispersed the protesters and arrested dozens") counts those people.
"""

from __future__ import annotations

import pytest
from tests.code.sentence_tables import Triple, case, found, scored_triples

CASES = [
    # -- a transfer's recipient hung inside the object's topic
    case("The Ukrainian government handed over evidence on the massacre in Bucha to the "
         "International Criminal Court.", "2024-03-01", ("UKRGOV", "064", "IGOICC"),
         id="recipient-after-topic-on"),
    case("British intelligence passed details about the assassination plan to Indian security "
         "services.", "2024-03-01", ("GBRSPY", "064", "INDSPY"), id="recipient-after-topic-about"),
    case("Egypt handed over records about the smuggling network to Israeli officials.",
         "2024-03-01", ("EGY", "06", "ISRGOV"), id="recipient-after-records"),
    # -- what belongs to someone stands for its owner
    case("The army confiscated farms belonging to a Zimbabwean opposition leader.",
         "2024-03-01", (None, "1711", "ZWEOPP"), id="belonging-opposition"),
    case("Police seized cars belonging to a Nigerian senator.", "2024-03-01",
         (None, "1711", "NGALEG"), id="belonging-senator"),
    case("The government confiscated land belonging to a Kenyan businessman.", "2024-03-01",
         (None, "1711", "KENBUS"), id="belonging-businessman"),
    # -- "a Bulgarian national wanted for …": the tagger's adjective heads the object phrase
    case("Spain extradited a Russian national accused of money laundering.", "2024-03-01",
         ("ESP", "063", "RUS"), id="national-accused"),
    case("Turkey deported a German national convicted of espionage.", "2024-03-01",
         ("TUR", "174", "DEU"), id="national-convicted"),
    case("Poland expelled a Belarusian national suspected of spying.", "2024-03-01",
         ("POL", "174", "BLR"), id="national-suspected"),
    # -- "condemned it": the author of the act told before in the sentence
    case("Russia launched a missile attack on Kyiv, and Germany condemned it.", "2024-03-01",
         ("DEU", "111", "RUS"), id="condemned-it"),
    case("Serbian police arrested an opposition leader in Belgrade, and the EU criticised it.",
         "2024-03-01", ("IGOEUR", "111", "SRBCOP"), id="criticised-it"),
    case("China sent warships near Taiwan, and Japan protested it.", "2024-03-01",
         ("JPN", "11", "CHN"), id="protested-it"),
    # -- forces a government pulls back are its own, not the target: the place's other side is
    case("India's defence minister pledged to withdraw troops from the border region with "
         "China.", "2024-03-01", ("INDGOV", "0356", "CHN"), id="withdraw-border-region"),
    case("Mali's president vowed to withdraw troops from the frontier region with Niger.",
         "2024-03-01", ("MLIGOV", "0356", "NER"), id="withdraw-frontier-region"),
    case("The Ethiopian government agreed to withdraw troops from the disputed area with "
         "Eritrea.", "2024-03-01", ("ETHGOV", "0356", "ERI"), id="withdraw-disputed-area"),
    # -- people a participle places where something befell them are of that place
    case("UNICEF delivered water to children trapped in Gaza City.", "2024-03-01",
         ("IGOUNC", "073", "PSECVL"), id="trapped-in"),
    case("The WFP airlifted food to villagers stranded in Kherson.", "2024-03-01",
         ("IGOWFP", "073", "UKRCVL"), id="stranded-in"),
    case("MSF gave tents to families displaced by clashes in Goma.", "2024-03-01",
         ("NGOMSF", "073", "CODCVL"), id="displaced-by-clashes-in"),
    # -- a bare count object of a joined verb counts the people the other verb names
    case("Cambodian police surrounded the striking workers and detained dozens.", "2024-03-01",
         ("KHMCOP", "173", "KHMLAB"), id="count-after-workers"),
    case("Belarusian riot police broke up the rally and arrested hundreds.", "2024-03-01",
         ("BLRCOP", "173", "BLRCVL"), id="count-after-rally"),
    case("Turkish police detained hundreds and beat protesting students.", "2024-03-01",
         ("TURCOP", "173", "TUREDU"), id="count-before-students"),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), CASES)
def test_fresh_z3_event(sentence: str, published: str, expected: Triple) -> None:
    got = scored_triples(sentence, published)
    assert found(expected, got), f"{sentence!r}: {got}"
