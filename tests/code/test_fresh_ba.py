"""Quotes, datelines and attribution, second pass (#12, fresh-ba).

Written for this project and coded by hand before the coder was run on them. The mechanisms
they guard:

- a trailing attribution whose teller the parser reads as an apposition of the last noun
  before the comma ("claimed responsibility for a bombing in Peshawar, a spokesman for the
  group said"), hanging the reporting verb under the act with the act's object as its
  subject: the reporting verb is the root again, the act its content and the object the act's;
- a warning to a party not to act, or to act ("warned Turkey not to send a survey ship",
  "warned NATO not to deploy troops"): the act in the infinitive is the warned party's, not
  one the warner threatens to do, so the warning is a threat to that party (130), neither a
  negated attack nor a denial;
- a passive participle describing a noun under a report ("arrested a man accused of spying
  for Russia, a police spokesman said", "demolished the homes of Palestinians accused of an
  attack, the military said") tells what the noun is: with no agent of its own it is no
  accusation of the teller's;
- an event noun in a prepositional phrase dated long before the story ("a survivor of the
  2014 Islamic State massacres", "veterans of the 2008 invasion of Georgia") names what a
  person is marked by, a background fact: no event;
- a place "along" which force is deployed or used is where the act is aimed, as "near" it
  ("deployed troops along its border with Guyana": Guyana, the border's other side);
- a participle of referring on the reporting verb of a quote ("'If they cross that line, we
  will respond with full force,' the army chief said, referring to Chinese troops") names
  whom what the quote tells is about: its target when the quote names none.

NOT_DONE rows name a triple the coder must not give; NO_EVENT rows must code nothing.
"""

from __future__ import annotations

import pytest
from tests.code.sentence_tables import Triple, case, found, scored_triples

CASES = [
    # -- a trailing attribution read as an apposition
    case("ISLAMABAD, Pakistan (Reuters) -- The Pakistani Taliban claimed responsibility for a "
         "suicide bombing that killed 11 police officers in Peshawar, a spokesman for the group "
         "said in a statement.", "2023-01-31", ("PAKINS", "015", None), ("PAKINS", "18", "PAKCOP"),
         id="attribution-appos-claim"),
    case("The Pakistani Taliban claimed responsibility for a suicide bombing that killed 11 police "
         "officers in Peshawar, a spokesman for the group said in a statement.", "2023-01-31",
         ("PAKINS", "18", "PAKCOP"), id="attribution-appos-bombing"),
    # -- a warning to a party about its own act
    case("Greece warned Turkey not to send a survey ship into disputed waters, the Greek foreign "
         "minister told parliament.", "2020-08-10", ("GRC", "13", "TUR"), id="warned-not-to-told"),
    case("Washington warned Israel not to launch a ground offensive in Rafah.", "2024-03-01",
         ("USAGOV", "130", "ISR"), id="warned-not-to-offensive"),
    case("Russia warned NATO not to deploy troops to Ukraine.", "2024-02-28",
         ("RUS", "130", "IGONAT"), id="warned-not-to-deploy"),
    case("Beijing warned Manila not to build structures on the shoal.", "2024-02-28",
         ("CHNGOV", "130", "PHLGOV"), id="warned-not-to-build"),
    case("Israeli forces demolished the homes of two Palestinians accused of carrying out a "
         "shooting attack, the Israeli military said.", "2023-04-17", ("ISRMIL", "17", "PSECVL"),
         id="described-accused-act-kept"),
    case("Police detained a journalist accused by the government of insulting the king, his "
         "lawyer said.", "2024-02-10", (None, "112", None), id="described-accused-agent-kept"),
    case("Turkey released journalists jailed after the 2016 coup attempt.", "2023-05-10",
         ("TUR", "0841", None), id="past-event-named-act-kept"),
    case("Venezuela deployed troops along its border with Guyana, the Venezuelan defence "
         "minister said on state television.", "2023-12-08", ("VEN", "15", "GUY"),
         id="along-border-with"),
    case("Egypt deployed tanks along its border with Gaza.", "2024-02-10", ("EGY", "154", "PSE"),
         id="along-border-with-tanks"),
    case("India massed troops along the border with Pakistan.", "2019-02-27",
         ("IND", "154", "PAK"), id="along-the-border-with"),
    case("'If they cross that line, we will respond with full force,' the Indian army chief "
         "told reporters in New Delhi, referring to Chinese troops along the disputed border.",
         "2020-09-04", ("INDMIL", "13", "CHNMIL"), id="referring-to-quote-target"),
    case('"We will not allow them to stay," the Sudanese army chief said, referring to the RSF.',
         "2024-02-10", ("SDNMIL", "12", "SDNREB"), id="referring-to-refusal-target"),
    case("The army warned that it would strike rebel bases.", "2024-02-28",
         (None, "138", None), id="warned-own-strike"),
]

NOT_DONE = [
    case("Israeli forces demolished the homes of two Palestinians accused of carrying out a "
         "shooting attack, the Israeli military said.", "2023-04-17", ("ISR", "112", None),
         id="described-accused-military"),
    case("Police arrested a man accused of spying for Russia, a police spokesman said.",
         "2024-02-10", (None, "112", None), id="described-accused-police"),
    case("The court freed three activists accused of plotting a coup, their lawyer said.",
         "2024-02-10", (None, "112", None), id="described-accused-lawyer"),
    case("Greece warned Turkey not to send a survey ship into disputed waters, the Greek foreign "
         "minister told parliament.", "2020-08-10", ("GRC", "016", None), id="warned-not-denial"),
    case("Washington warned Israel not to launch a ground offensive in Rafah.", "2024-03-01",
         ("USA", "138", None), id="warned-not-own-attack"),
]

NO_EVENT = [
    pytest.param("'They wanted to wipe us out,' said a Yazidi survivor of the 2014 Islamic State "
                 "massacres in Sinjar, speaking at a memorial on Saturday.", "2019-08-03",
                 id="survivor-of-2014-massacres"),
    pytest.param("Veterans of the 2008 Russian invasion of Georgia gathered in Tbilisi on Sunday.",
                 "2023-08-07", id="veterans-of-2008-invasion"),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), [
    pytest.param(c.values[0], c.values[1], e, id=f"{c.id}-{k}", marks=c.marks)
    for c in CASES for k, e in enumerate(c.values[2:])])
def test_fresh_ba_event(sentence: str, published: str, expected: Triple) -> None:
    got = scored_triples(sentence, published)
    assert found(expected, got), f"{sentence!r}: {got}"


@pytest.mark.parametrize(("sentence", "published", "absent"), NOT_DONE)
def test_fresh_ba_not_done(sentence: str, published: str, absent: Triple) -> None:
    got = scored_triples(sentence, published)
    source, code, target = absent
    assert not any(g[1][:len(code)] == code and (source is None or (g[0] or "")[:3] == source[:3])
                   for g in got), f"{sentence!r}: {got}"


@pytest.mark.parametrize(("sentence", "published"), NO_EVENT)
def test_fresh_ba_no_event(sentence: str, published: str) -> None:
    assert scored_triples(sentence, published) == [], sentence
