"""Sentences the coder coded nothing for (#12, fresh-s).

Written for this project and coded by hand before the coder was run on them. The mechanisms
they guard:

- a past tense the parser reads as an adjective after a possessed noun ("Brunei's sultan
  suspended parliament": one noun phrase, no verb) is the sentence's verb when the sentence
  has no finite verb;
- an opening "After/Before …, " phrase whose last noun the parser coordinates with the
  subject after the comma ("After talks in Doha, Qatar and Egypt signed …") leaves that
  subject to the main verb;
- "that had been closed since 2019 was reopened by Turkey": a date read as the subject of a
  "since" clause is the preposition's object, and the verb after it the sentence's;
- a passive's by-phrase hung on the infinitive it controls ("were allowed to visit the site
  by Iran") is the passive's agent;
- what a party "received from" another is the giver's act, aid or a formal complaint, before
  a light-verb reading of the noun makes it the receiver's;
- "released/freed X from prison" is a release of persons whoever X is;
- a word said ("said no to the plan", "said sorry to Seoul") is the verb's object, so the
  rows for it apply (120, 055);
- coordinated parties doing an act "together"/"jointly" that has no row of its own cooperate
  with each other (the lemma's cooperation row for their kind: troops 062, police 063).
"""

from __future__ import annotations

import pytest
from tests.code.sentence_tables import Triple, case, found, scored_triples

CASES = [
    # -- a verb read as an adjective in a verbless sentence
    case("Brunei's sultan suspended parliament.", "2023-03-01", ("BRNGOV", "172", "BRNLEG"),
         id="sultan-suspended-parliament"),
    case("Bahrain's emir suspended parliament indefinitely.", "2023-03-01",
         ("BHRGOV", "172", "BHRLEG"), id="emir-suspended-parliament"),
    case("Sudan's junta extended martial law to two more provinces.", "2023-03-01",
         ("SDNMIL", "1724", None), id="junta-extended-martial-law"),
    case("Myanmar's junta extended emergency rule.", "2023-03-01", ("MMRMIL", "1724", None),
         id="junta-extended-emergency-rule"),
    # -- an opening phrase before the subject
    case("After talks in Doha, Qatar and Egypt signed a trade deal.", "2023-03-01",
         ("QAT", "057", "EGY"), id="after-talks-signed"),
    case("After a meeting in Geneva, Russia and the United States exchanged prisoners.",
         "2023-03-01", ("USA", "0841", "RUS"), id="after-meeting-exchanged"),
    case("Before the summit in Nairobi, Kenya and Tanzania signed a border pact.",
         "2023-03-01", ("TZA", "057", "KEN"), id="before-summit-signed"),
    case("After weeks of talks in Washington, Armenia and Azerbaijan signed a peace deal.",
         "2023-03-01", ("ARM", "057", "AZE"), id="after-weeks-of-talks"),
    # -- a "since" date read as a clause's subject
    case("The border crossing that had been closed since 2019 was reopened by Turkey.",
         "2023-03-01", ("TUR", "08", None), id="since-date-reopened"),
    case("The embassy that had been shut since 2012 was reopened by Britain.", "2023-03-01",
         ("GBR", "05", None), id="since-date-embassy"),
    case("The curfew, which had been in place since March, was lifted by the army on Monday.",
         "2023-03-01", (None, "0813", None), id="since-month-guard"),
    # -- by-agents on the controlled infinitive
    case("UN monitors were allowed to enter the prison by the Saudi authorities.",
         "2023-03-01", ("SAUGOV", "0862", "IGOUNO"), id="allowed-to-enter-by"),
    case("The journalists were ordered to leave the country by the Ethiopian government.",
         "2023-03-01", ("ETHGOV", "174", "ETHMED"), id="ordered-to-leave-by"),
    case("Foreign diplomats were asked to leave the capital by the Malian junta.",
         "2023-03-01", ("MLIMIL", "02", None), id="asked-to-leave-by"),
    # -- received from
    case("India received a complaint from Nepal over the border map.", "2023-03-01",
         ("NPL", "114", "IND"), id="received-complaint"),
    case("The Dutch government received a formal protest from the Turkish embassy.",
         "2023-03-01", ("TURGOV", "114", "NLDGOV"), id="received-protest"),
    case("Pakistan received a deposit of 2 billion dollars from China.", "2023-03-01",
         ("CHN", "071", "PAK"), id="received-deposit"),
    case("Ukraine received tanks from Germany.", "2023-03-01", ("DEU", "072", "UKR"),
         id="received-tanks-guard"),
    # -- released from prison
    case("Belarus freed a well-known poet from jail on Friday.", "2023-03-01",
         ("BLR", "0841", None), id="freed-from-jail"),
    # -- a word said as the verb's object
    case("Hungary said no to the EU migration plan.", "2023-03-01", ("HUN", "12", "IGOEUR"),
         id="said-no-to"),
    case("Serbia said no to the Kosovo plan, officials said.", "2023-03-01",
         ("SRB", "12", "XKX"), id="said-no-to-attributed"),
    case("Poland said no to the Commission's proposal on migrant quotas.", "2023-03-01",
         ("POL", "12", None), id="said-no-to-proposal"),
    case("Japan's prime minister said sorry to South Korea for the suffering.", "2023-03-01",
         ("JPNGOV", "055", None), id="said-sorry-to"),
    # -- joint acts of coordinated parties
    case("Indian and French troops trained together in Rajasthan.", "2023-03-01",
         ("FRAMIL", "062", "INDMIL"), id="trained-together"),
    case("Kenyan and Ugandan police worked together on the case.", "2023-03-01",
         ("UGACOP", "063", "KENCOP"), id="police-worked-together"),
    case("The Greek and Turkish coast guards worked together to rescue the migrants.",
         "2023-03-01", ("TURMIL", "073", None), id="worked-together-to-rescue-guard"),
]

NO_EVENT = [
    pytest.param("The suspended parliament.", id="adjective-fragment"),
    pytest.param("The British government fired its chief scientific adviser.",
                 id="fired-adviser"),
    pytest.param("The minister said yes, then changed her mind.", id="said-yes"),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), CASES)
def test_fresh_s_event(sentence: str, published: str, expected: Triple) -> None:
    got = scored_triples(sentence, published)
    assert found(expected, got), f"{sentence!r}: {got}"


@pytest.mark.parametrize("sentence", NO_EVENT)
def test_fresh_s_no_event(sentence: str) -> None:
    assert scored_triples(sentence, "2023-05-05") == [], sentence
