"""Passives, relative clauses and appositives (#12, fresh-ab).

Written for this project and coded by hand before the coder was run on them. The mechanisms
they guard:

- a relative clause set off by a comma and told in the simple past goes on with the story
  when it says when ("the minister, who met his Iranian counterpart on Monday, …") or when
  its noun is an event noun ("the raid, which was denounced by the Palestinian Authority,
  …"): an act of its own. One in the present or a perfect, with no comma, dated in a past
  month or year, or with no day describes its noun ("troops, who were trained by British
  instructors, …"), no event;
- in a passive relative clause the relative pronoun stands for the clause's noun: the noun
  is the object of the verb and its target ("the attack, which was claimed by the Islamic
  State" is a claim of the attack, and its author did it; "sanctions, which were imposed
  by Washington on Tuesday" are imposed sanctions).
- "Serbian troops deployed to the border were ordered back": the parser reads the participle
  after the subject as the main verb and the passive after it as a clause of its own; the
  passive is the sentence's verb and the participle describes the subject (``_parse``);
- people detained, arrested, jailed or abducted in a place are of its country (word class
  ``plight``);
- forces pulled or ordered back are a withdrawal (0874), and, as with shows of force, the
  passive's subject is its source ("troops were pulled back from the border"; family
  ``patient_is_source``).
- an agentless passive of a light verb whose event noun names the parties it is between
  ("a phone call was held between the Chinese and Australian foreign ministers", "talks were
  held in Doha between …") is done by those parties, both ways;
- trainers, instructors or advisers sent or deployed to a country are military cooperation
  (062), and a joint patrol is cooperation even when its by-phrase names troops (062 over
  150).
- in an agentless passive of extradition or deportation the state people are sent away from
  is the sender ("was extradited from the United States to Lima"; family ``sent_from``).

NO_EVENT rows must code nothing.
"""

from __future__ import annotations

import pytest
from tests.code.sentence_tables import Triple, case, found, scored_triples

CASES = [
    # -- a told relative clause is an act of its own
    case("Azerbaijan's foreign minister, who met his Iranian counterpart in Baku on Monday, said "
         "he was hopeful that the border dispute could be settled.", "2023-07-11",
         ("AZEGOV", "04", "IRNGOV"), id="who-met-counterpart"),
    case("Vietnam's prime minister, who arrived in Canberra on Sunday, pledged to expand defence "
         "cooperation with Australia.", "2024-03-04", ("VNMGOV", "042", "AUSGOV"),
         id="who-arrived-in"),
    case("Diplomatic ties with Taiwan were cut by Honduras, which established relations with "
         "Beijing the same day.", "2023-03-26", ("HND", "05", "CHNGOV"), id="which-established"),
    case("The release of the detained crew was demanded by Iran's foreign ministry, which "
         "summoned the British charge d'affaires on Saturday.", "2019-07-06",
         ("IRNGOV", "114", "GBRGOV"), id="which-summoned"),
    case("The Kenyan president, who arrived in Addis Ababa on Thursday, held talks with the "
         "Ethiopian prime minister.", "2024-05-10", ("KENGOV", "042", "ETHGOV"),
         id="variant-who-arrived"),
    case("Qatar, which hosted Hamas leaders on Sunday, said the truce talks had stalled.",
         "2024-05-10", ("QAT", "043", "PSEINS"), id="variant-which-hosted"),
    case("The Chinese ambassador, who was summoned by the Philippine foreign ministry on Monday, "
         "rejected the protest.", "2024-05-10", ("PHLGOV", "114", "CHNGOV"),
         id="variant-who-was-summoned"),
    # -- a passive relative clause on an event noun: the noun undergoes the verb
    case("The attack, which was claimed by the Islamic State, killed at least 14 worshippers at "
         "a mosque in Herat.", "2022-09-02", ("IMGISL", "015", None), id="attack-which-claimed"),
    case("The bombing, which was claimed by al-Shabaab, killed six soldiers in Mogadishu.",
         "2024-05-10", ("SOMINS", "18", "SOMMIL"), id="variant-bombing-claimed"),
    case("The bombing, which al-Shabaab claimed, killed six soldiers in Mogadishu.",
         "2024-05-10", ("SOMINS", "015", None), id="variant-bombing-group-claimed"),
    case("The Israeli army raid, which was denounced by the Palestinian Authority as a massacre, "
         "killed nine people in Jenin.", "2023-01-26", ("PSEGOV", "111", "ISR"),
         id="raid-which-denounced"),
    case("Forty tonnes of medicine, which were donated by Qatar on Monday, reached hospitals in "
         "Gaza.", "2023-11-14", ("QAT", "07", None), id="variant-medicine-donated"),
    case("The sanctions, which were imposed by Washington on Tuesday, hit Venezuela's oil "
         "exports.", "2024-05-10", ("USAGOV", "163", None), id="variant-sanctions-imposed"),
    # -- a participle after the subject, then the passive that is the sentence's verb
    case("Serbian troops deployed to the Kosovo border were ordered back to their barracks on "
         "Sunday.", "2023-10-02", ("SRBMIL", "0874", None), id="deployed-ordered-back"),
    case("Guyanese troops deployed to the border with Venezuela were placed on high alert.",
         "2023-12-05", ("GUYMIL", "152", None), id="variant-deployed-placed-on-alert"),
    case("Protesters detained in Minsk on Sunday were released by police on Tuesday.",
         "2024-05-10", ("BLRCOP", "0841", "BLRCVL"), id="variant-detained-released"),
    case("Two journalists arrested in Istanbul were charged with terrorism on Friday.",
         "2024-05-10", (None, "173", "TURMED"), id="variant-arrested-in-place"),
    # -- forces pulled back
    case("Serbian troops were pulled back from the Kosovo border on Sunday.", "2023-10-02",
         ("SRBMIL", "0874", "XKX"), id="variant-troops-pulled-back"),
    case("Russian forces were withdrawn from the Kherson region on Friday.", "2022-11-11",
         ("RUSMIL", "0874", "UKR"), id="variant-forces-withdrawn"),
    case("Troops were pulled back from the Pangong lake area by India and China under an "
         "agreement reached in February.", "2021-02-22", ("IND", "0874", "CHN"),
         id="pulled-back-by-both"),
    case("The defence minister ordered the troops back to their barracks.", "2024-05-10",
         (None, "0874", None), id="variant-ordered-back"),
    # -- the passive of a light verb whose noun names the parties it is between
    case("A phone call was held between the Chinese and Australian foreign ministers on "
         "Thursday, the first in three years.", "2022-07-08", ("CHNGOV", "041", "AUSGOV"),
         id="phone-call-held-between"),
    case("A phone call was held between the Chinese and Australian foreign ministers on "
         "Thursday, the first in three years.", "2022-07-08", ("AUSGOV", "041", "CHNGOV"),
         id="phone-call-held-between-back"),
    case("Talks were held in Doha between Hamas and Israeli negotiators on Thursday.",
         "2024-05-10", ("ISRGOV", "046", "PSEINS"), id="variant-talks-held-between"),
    # -- trainers sent, joint patrols
    case("Military trainers were sent to Niger by Russia in April under a new cooperation "
         "deal.", "2024-05-03", ("RUS", "062", "NER"), id="trainers-sent"),
    case("Russia sent military instructors to Mali.", "2024-05-10", ("RUS", "062", "MLI"),
         id="variant-instructors-sent"),
    case("Joint patrols along the Syrian border were launched by Turkish and Russian troops on "
         "Friday.", "2019-11-01", ("TURMIL", "062", "RUSMIL"), id="joint-patrols-launched-by"),
    # -- sent away from a state
    case("A former Peruvian president was extradited from the United States to Lima on Sunday.",
         "2023-04-23", ("USA", "063", "PERGOV"), id="extradited-from"),
    case("The businessman was extradited from Spain to Mexico.", "2024-05-10",
         ("ESP", "063", "MEX"), id="variant-extradited-from-to"),
    case("Two Russian bloggers were deported from Thailand on Friday.", "2024-05-10",
         ("THA", "174", "RUSMED"), id="variant-deported-from"),
    # -- known failures (mechanisms not mended yet)
    case("The coup in Gabon was condemned by France, the African Union and the United Nations.",
         "2023-08-30", ("FRA", "111", "GAB"), id="coup-in-place-condemned",
         xfail="a condemned event noun with no agent but a place ('the coup in Gabon') gets no "
               "target"),
    case("Talks with the separatists were ruled out by Cameroon's defence minister, who called "
         "them terrorists.", "2022-10-04", ("CMRGOV", "111", "CMRSEP"),
         id="who-called-them-terrorists",
         xfail="'them' in a naming relative clause is not resolved to the separatists"),
    case("A threat to close the Strait of Hormuz, which was made by an Iranian general on state "
         "television, sent oil prices higher.", "2019-05-03", ("IRNMIL", "13", None),
         id="threat-which-was-made",
         xfail="the parser hangs the relative clause on the nearest noun (Hormuz), not the "
               "threat"),
    case("Police stations were set on fire by rioters who took to the streets of Dakar after the "
         "opposition leader's conviction.", "2023-06-02", ("SENCVL", "145", "SENCOP"),
         id="rioters-who-took-to-streets-of",
         xfail="the place in the agent's restrictive relative clause gives no country"),
    case("Twenty-six villagers were executed by jihadists who raided Seytenga in northern Burkina "
         "Faso, residents said.", "2022-06-13", ("BFAINS", "202", "BFACVL"),
         id="villagers-executed",
         xfail="the 1823 'execute @person' row (18.tsv) shadows the 202 'execute villagers' row "
               "(20.tsv) at equal specificity"),
    case("Aid worth 50 million dollars was promised to Malawi by the World Bank after the "
         "cyclone.", "2023-03-20", ("IGOWBK", "03", "MWI"), id="aid-was-promised",
         xfail="a sentence-initial 'Aid' is tagged a verb"),
    case("Chemical weapons were used by Syrian government forces in an attack on Douma in 2018, "
         "the OPCW concluded in a report released on Friday.", "2023-01-27",
         ("SYRMIL", "2041", None), id="chemical-weapons-used",
         xfail="verb rows see the object's head lemma ('weapon'), not its modifier 'chemical'"),
]

NO_EVENT = [
    pytest.param("The bridge, which was built by a Chinese firm in 2015, collapsed during heavy "
                 "rain on Saturday.", id="bridge-built-2015"),
    pytest.param("The summit, which is held every two years, was opened by a performance of "
                 "traditional dancers in Kigali.", id="summit-held-every"),
    pytest.param("A man who was arrested in 2019 on suspicion of spying for Russia died in "
                 "prison, Estonian authorities said.", id="arrested-2019-died"),
    pytest.param("The documentary, which was shot over six years in the Sahel, won the top prize "
                 "at the Berlin festival.", id="documentary-shot"),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), CASES)
def test_fresh_ab_event(sentence: str, published: str, expected: Triple) -> None:
    got = scored_triples(sentence, published)
    assert found(expected, got), f"{sentence!r}: {got}"


def test_described_relative_is_no_event() -> None:
    """Troops trained by someone at no stated time: a description, not a training event."""
    got = scored_triples("Kenyan troops, who were trained by British instructors, conducted "
                         "joint drills with Ugandan forces near Lake Victoria.", "2024-05-10")
    assert not any(source and source.startswith("GBR") for source, _, _ in got), got


def test_past_month_relative_is_no_event() -> None:
    """A relative clause dated in a past month is what went before."""
    got = scored_triples("The junta in Niger, which seized power in July, said it was willing "
                         "to hold talks with ECOWAS.", "2023-08-20")
    assert not any(code.startswith("17") for _, code, _ in got), got


@pytest.mark.parametrize("sentence", NO_EVENT)
def test_fresh_ab_no_event(sentence: str) -> None:
    assert scored_triples(sentence, "2024-05-05") == [], sentence


def test_participle_before_passive_is_repaired(nlp) -> None:
    """The passive after "troops deployed to the border" is the verb, "troops" its subject."""
    from eventcoder.code._parse import release, view
    doc = nlp("Serbian troops deployed to the Kosovo border were ordered back to their barracks.")
    tokens = view(doc).tokens
    troops, deployed, ordered = tokens[1], tokens[2], tokens[8]
    assert (ordered.dep_, troops.head.i, troops.dep_) == ("ROOT", ordered.i, "nsubjpass")
    assert (deployed.head.i, deployed.dep_) == (troops.i, "acl")
    release(doc)


def test_passive_of_another_number_is_not_repaired(nlp) -> None:
    """A "were" that cannot agree with a singular subject belongs to another clause."""
    from eventcoder.code._parse import release, view
    doc = nlp("The Serbian army deployed to the Kosovo border were ordered back to their barracks.")
    tokens = view(doc).tokens
    assert (tokens[3].dep_, tokens[9].dep_, tokens[2].head.i) == ("ROOT", "advcl", 3)
    release(doc)


def test_sent_from_a_place_that_is_no_state() -> None:
    """Deported from an airport: a place that is no state sends no one."""
    got = scored_triples("Two suspects were deported from the airport on Friday.", "2024-05-10")
    assert all(source is None for source, _, _ in got), got
