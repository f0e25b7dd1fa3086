"""Events missed entirely, second half of the pool's residual errors (#12, fresh-r2).

Sentences from the pool and variants written for this project, coded by hand before the coder
was run on them. The mechanisms they guard:

- a plural noun the tagger reads as a verb in "-s" but the parser hangs as an object, with a
  noun's modifiers before it ("held joint air force [drills]"), is the noun;
- after a relative clause set off by commas, a past tense the parser hangs as a participle
  on the noun the clause describes ("Malaysia, which chairs ASEAN this year, [offered] to
  mediate") is the sentence's verb, and the noun its subject;
- applying to join a body, or for membership of it, asks it to admit the applicant (02);
- a framework or a roadmap signed or inked is an agreement signed (057);
- a restrictive relative clause whose pronoun is the object ("the agreement [that] Kenya and
  the EU signed") has the noun for its object, and told in the simple past with the day of
  its act ("on Monday") it is news, not a description of the noun;
- a relative clause after a comma on an actor ("Turkey, whose foreign minister had called
  …", "the minister, who called them terrorists") whose verb disapproves of someone tells
  words said, an event, though it is in a perfect or names no day; a formal complaint
  ("who summoned three former ministers") still describes its doer;
- "whose X" is the X of the noun the clause describes; a verb of naming the parser reads
  with two predicate nouns ("called the Greek prime minister a liar") has the first for its
  object and the second for what it is called;
- what a measure or count of a preposition's object counts is that preposition's object for
  the pattern rows ("responded with waves of missiles", "retaliated with a barrage of
  rockets"), as for a direct object;
- a name right before a conjoined verb with no subject, that the parser hung after "and" as
  a conjunct of a preposition's object ("on Friday and Iran responded"), is its subject;
- a subjectless past tense after ", and" that the parser hangs on a reported clause with a
  subject of its own ("said that tests showed Navalny had been poisoned, and demanded an
  explanation") is the main subject's act.

NO_EVENT rows must code nothing.
"""

from __future__ import annotations

import pytest
from tests.code.sentence_tables import Triple, case, found, scored_triples

CASES = [
    # -- a plural noun read as a verb
    case("Egypt and Sudan held joint air force drills near Khartoum, state television "
         "reported.", "2023-11-10", ("EGY", "062", "SDN"), id="vbz-noun-drills"),
    case("Egypt and Sudan held joint air force drills near Khartoum, state television "
         "reported.", "2023-11-10", ("SDN", "062", "EGY"), id="vbz-noun-drills-back"),
    case("Russia and China held joint naval patrol drills in the Pacific.", "2024-07-15",
         ("RUS", "062", "CHN"), id="vbz-noun-naval-patrol-drills"),
    case("Iran and Russia began joint air force exercises on Monday.", "2024-05-10",
         ("IRN", "062", "RUS"), id="vbz-noun-exercises"),
    # -- the verb after a relative clause
    case("Malaysia, which chairs ASEAN this year, offered to mediate between Thailand and "
         "Cambodia.", "2025-07-25", ("MYS", "039", "THA"), id="verb-after-relative"),
    case("Qatar, which hosts the Hamas political office, offered to mediate between Israel "
         "and Hamas.", "2024-05-10", ("QAT", "039", "ISR"), id="verb-after-relative-hosts"),
    case("Norway, which chairs the council this year, urged Russia to withdraw.",
         "2024-05-10", ("NOR", "020", "RUS"), id="verb-after-relative-urged"),
    # -- applying to join
    case("Finland and Sweden formally applied to join NATO on Wednesday.", "2022-05-18",
         ("FIN", "02", "IGONAT"), id="applied-to-join"),
    case("Finland and Sweden formally applied to join NATO on Wednesday.", "2022-05-18",
         ("SWE", "02", "IGONAT"), id="applied-to-join-second"),
    case("Ukraine applied to join the European Union.", "2022-02-28",
         ("UKR", "02", "IGOEUR"), id="applied-to-join-eu"),
    case("Georgia applied for EU membership.", "2022-03-03", ("GEO", "02", "IGOEUR"),
         id="applied-for-membership"),
    case("Georgia applied for membership of the European Union.", "2022-03-03",
         ("GEO", "02", "IGOEUR"), id="applied-for-membership-of"),
    # -- frameworks and roadmaps signed
    case("WASHINGTON - Armenia and Azerbaijan signed a peace framework at the White House on "
         "Friday, the US State Department said.", "2025-08-09", ("ARM", "057", "AZE"),
         id="signed-framework"),
    case("Sudan's army and the RSF signed a roadmap for talks in Jeddah.", "2023-05-12",
         ("SDNMIL", "057", "SDNREB"), id="signed-roadmap"),
    # -- a restrictive relative with the object pronoun
    case("A trade agreement that Kenya and the European Union signed in Nairobi on Monday "
         "will remove tariffs on Kenyan flowers.", "2023-12-20", ("KEN", "057", "IGOEUR"),
         id="relative-object-signed"),
    case("A trade agreement that Kenya and the European Union signed in Nairobi on Monday "
         "will remove tariffs on Kenyan flowers.", "2023-12-20", ("IGOEUR", "057", "KEN"),
         id="relative-object-signed-back"),
    case("The defence pact that Japan and the Philippines signed in Manila on Monday allows "
         "troops to train in each other's territory.", "2024-07-09", ("JPN", "057", "PHL"),
         id="relative-object-pact"),
    # -- words of disapproval in a relative clause
    case("Greece demanded an apology from Turkey, whose foreign minister had called the Greek "
         "prime minister a liar.", "2023-03-01", ("TURGOV", "111", "GRCGOV"),
         id="whose-minister-called-liar"),
    case("Serbia protested to Croatia, whose president called the Serbian leader a war "
         "criminal.", "2024-05-10", ("HRVGOV", "111", "SRBGOV"), id="whose-president-called"),
    case("Talks with the separatists were ruled out by Cameroon's defence minister, who called "
         "them terrorists.", "2024-01-10", ("CMRGOV", "111", None), id="who-called-them"),
    case("Talks with the separatists were ruled out by Cameroon's defence minister, who called "
         "them terrorists.", "2024-01-10", ("CMRGOV", "111", "CMRSEP"), id="who-called-them-target",
         xfail="a plural pronoun in a relative clause is not resolved to the noun before"),
    case("Kenya's president, who condemned the coup, met the Nigerian leader.", "2024-05-10",
         ("KENGOV", "111", None), id="who-condemned"),
    case("Turkey's foreign minister had called the Greek prime minister a liar.", "2023-03-01",
         ("TURGOV", "111", "GRCGOV"), id="called-liar-main-clause"),
    case("The Qatari emir called the Egyptian president on Tuesday.", "2024-05-10",
         ("QATGOV", "041", "EGYGOV"), id="called-one-predicate-noun"),
    # -- a measure of a preposition's object; a subject read as a conjunct
    case("Israel launched strikes on Iranian nuclear sites on Friday and Iran responded with "
         "waves of missiles on Tel Aviv.", "2025-06-14", ("IRN", "19", None),
         id="conjunct-subject-waves-of-missiles"),
    case("Israel launched strikes on Iranian nuclear sites on Friday and Iran responded with "
         "waves of missiles on Tel Aviv.", "2025-06-14", ("IRN", "19", "ISR"),
         id="conjunct-subject-city-struck",
         xfail="a city struck 'on' after a 'with' weapon is read as its government (ISRGOV)"),
    case("Israel launched strikes on Iranian nuclear sites on Friday and Iran responded with "
         "waves of missiles on Tel Aviv.", "2025-06-14", ("ISR", "19", "IRN"),
         id="conjunct-subject-first-clause"),
    case("Russia shelled Kharkiv on Monday and Ukraine struck a refinery in Belgorod.",
         "2024-05-10", ("UKR", "19", "RUS"), id="conjunct-subject-struck"),
    case("Iran responded with waves of missiles on Tel Aviv.", "2024-04-14",
         ("IRN", "19", None), id="responded-with-waves"),
    case("Hezbollah responded with dozens of rockets on northern Israel.", "2024-05-10",
         ("LBNINS", "19", "ISR"), id="responded-with-dozens-of-rockets"),
    case("The militia retaliated with a barrage of rockets.", "2024-05-10",
         (None, "194", None), id="retaliated-with-barrage"),
    # -- the main verb read as the reported content's
    case("Germany said on Wednesday that tests showed Russian opposition leader Alexei Navalny "
         "had been poisoned with a Novichok nerve agent, and demanded an explanation from "
         "Moscow.", "2020-09-02", ("DEU", "10", "RUSGOV"), id="said-and-demanded"),
    case("Poland said Russian drones had entered its airspace, and summoned the Russian envoy.",
         "2024-05-10", ("POL", "114", "RUSGOV"), id="said-and-summoned"),
    case("The rebels said the army had attacked the town and killed five civilians.",
         "2024-05-10", (None, "112", None), id="said-attacked-and-killed-content"),
    # -- passed before; guard the answers to a clause
    case("The army accused the RSF of shelling a hospital, which the group denied.",
         "2024-05-10", ("SDNREB", "016", None), id="which-answers-clause"),
]

NO_EVENT = [
    "The company applied to the regulator for a licence in March.",
    "The agreement that the two countries signed in 2015 expires next year.",
    "Malaysia, which chairs ASEAN this year, is a major exporter of palm oil.",
    "The minister responded with a wave of the hand.",
]


@pytest.mark.parametrize(("sentence", "published", "expected"), CASES)
def test_fresh_r2_event(sentence: str, published: str, expected: Triple) -> None:
    got = scored_triples(sentence, published)
    assert found(expected, got), f"{sentence!r}: {got}"


@pytest.mark.parametrize("sentence", NO_EVENT)
def test_fresh_r2_no_event(sentence: str) -> None:
    assert scored_triples(sentence, "2024-05-05") == [], sentence
