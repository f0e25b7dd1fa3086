"""Targets named inside the matter of an act (#12, fresh-q).

Written for this project and coded by hand before the coder was run on them. The mechanisms
they guard:

- a demand or appeal for the release of captives is made of whoever holds them: the agent of
  the participle that tells how they are held ("hostages held by Hamas"), else the country
  where they are held ("a national held in Iran", "political prisoners in Belarus"); who is
  to be freed is still no target;
- an inquiry or a weighed measure (09x, 014) whose matter is placed ("an investigation into
  abuses in Libya") or made somewhere ("a ban on cameras made in China") is of that country,
  when nothing nearer is a party;
- a thing rejected or vetoed is its author's: the hyphened modifier of an authorship
  participle ("a Cairo-brokered plan", "a British-drafted resolution"), but never of people
  ("Rwandan-backed rebels" are not Rwanda);
- a civilian site named through its owners ("the homes of two Palestinians") is theirs, before
  the country of the place it stands in;
- a protest's unnamed offices and bodies ("the mayor's office", "parliament", "government
  buildings") are of the protesters' own country, or of the place the protest is in.

NO_TARGET rows keep their event but name no target: the captives themselves, or a matter
placed nowhere.
"""

from __future__ import annotations

import pytest
from tests.code.sentence_tables import Triple, case, found, scored_triples

CASES = [
    # -- release demands: the holder, or where the captives are held
    case("Canada urged the release of two aid workers kidnapped by al-Shabaab last month.",
         "2022-03-10", ("CAN", "0253", "SOMINS"), id="release-kidnapped-by"),
    case("The Dutch foreign minister demanded the freeing of three sailors detained in Iran.",
         "2021-06-14", ("NLDGOV", "1053", "IRN"), id="freeing-detained-in"),
    case("The United Nations called for the release of jailed journalists in Myanmar.",
         "2021-05-03", ("IGOUNO", "0253", "MMR"), id="release-in-country"),
    case("Japan's prime minister pressed for the return of citizens abducted by North Korea.",
         "2019-05-02", ("JPNGOV", "0253", "PRK"), id="return-abducted-by"),
    case("Australia called for the release of an Australian writer held in China.",
         "2021-08-27", ("AUS", "0253", "CHN"), id="release-own-national-held-in"),
    # -- inquiries and weighed measures: the matter's place or maker
    case("The UN rights council opened an inquiry into killings of protesters in Iran.",
         "2022-11-24", ("IGOUNO", "09", "IRN"), id="inquiry-into-killings-in"),
    case("Human Rights Watch is investigating allegations of forced labour in Uzbek cotton "
         "fields.", "2020-02-01", ("NGOHRW", "09", "UZB"), id="investigating-in-demonym"),
    case("Washington launched a probe into solar panels made in Vietnam.", "2022-03-28",
         ("USAGOV", "09", "VNM"), id="probe-made-in"),
    case("The Canadian government is considering a ban on drones made in China.",
         "2023-04-11", ("CANGOV", "014", "CHN"), id="considering-ban-made-in"),
    # -- authors named by a hyphened participle
    case("Hamas rejected a Qatari-mediated proposal for a truce.", "2024-02-07",
         ("PSEINS", "12", "QAT"), id="qatari-mediated"),
    case("China vetoed a British-drafted resolution.", "2019-03-01",
         ("CHN", "129", "GBR"), id="british-drafted"),
    case("The junta turned down a Nigerian-led peace plan.", "2023-08-20",
         (None, "12", "NGA"), id="nigerian-led"),
    case("Kinshasa accused Rwandan-backed rebels of killing civilians.", "2023-11-02",
         ("CODGOV", "11", "CODREB"), id="backed-people-not-author"),
    # -- civilian sites and their owners
    case("Israeli troops in Hebron razed the homes of three Palestinians.", "2023-02-10",
         ("ISRMIL", "1712", "PSECVL"), id="homes-of-demonym"),
    case("Police in Lahore demolished the shops of Afghan refugees.", "2023-11-05",
         ("PAKCOP", "1712", "AFGREF"), id="shops-of-refugees"),
    case("Israeli forces demolished the homes of Palestinians in East Jerusalem.", "2024-01-15",
         ("ISRMIL", "1712", "PSECVL"), id="homes-of-people-in-place"),
    # -- protests: the unnamed institutions are the protesters' country's
    case("Demonstrators in Tbilisi set fire to the mayor's office.", "2023-03-08",
         ("GEOCVL", "145", "GEOGOV"), id="protest-mayors-office"),
    case("Protesters torched government buildings in Bishkek overnight.", "2020-10-06",
         ("KGZCVL", "145", "KGZGOV"), id="protest-government-buildings"),
    case("Thousands of teachers marched on parliament in Bucharest over pay.", "2023-06-05",
         ("ROUEDU", "141", "ROULEG"), id="protest-march-parliament"),
    case("Students in Dhaka rallied outside the education ministry.", "2024-07-16",
         ("BGDEDU", "14", "BGDGOV"), id="protest-ministry"),
]

NO_TARGET = [
    pytest.param("Britain demanded the release of the activists.", id="release-no-holder"),
    pytest.param("Sweden called for the release of the detained journalists.",
                 id="release-detained-no-place"),
    pytest.param("The Indian government launched an investigation into the train crash.",
                 id="investigation-no-place"),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), CASES)
def test_fresh_q_event(sentence: str, published: str, expected: Triple) -> None:
    got = scored_triples(sentence, published)
    assert found(expected, got), f"{sentence!r}: {got}"


@pytest.mark.parametrize("sentence", NO_TARGET)
def test_fresh_q_no_target(sentence: str) -> None:
    got = scored_triples(sentence, "2023-05-05")
    assert got and all(t[2] is None for t in got), f"{sentence!r}: {got}"
