"""Whose actor it is: countries and kinds of actors in fresh sentences (#12, fresh-ea).

Sentences from the fresh-ea batch (actors whose code is hard but well defined: titled and
possessed names, role words near a foreign place, international bodies, conjoined actors of
different countries) and variants written for this project, coded by hand before the coder was
run on them. The mechanisms they guard:

- a subject listing titled names with the title in lower case ("Ghana's president John Mahama
  and Togo's Faure Gnassingbe met", "Kenya's foreign minister Musalia Mudavadi and his Somali
  counterpart held talks"): the parser hangs the second name on the first one's name (read as
  the title's apposition); a lower-case title right before a name is a part of a listed name,
  and a conjunct hung on a titled name with no comma between title and name is the title's.
- a person the tables do not know, named with a country's possessive ("Chile's Alberto van
  Klaveren", "Nigeria's Aliko Dangote"), is of that country (bare, as a person named with a
  demonym and no title is); a known office holder keeps the table's role.

- a role word of no country that the clause acts on (its object, or the object of a
  preposition on the verb or its object) where the clause names a seat of government ("met the
  leaders of the military government in Niamey", "held talks with the coup leaders in Niamey",
  "met the speaker of parliament in Beirut") is of that capital's state, not of the article's
  first country (the subject's), when it is a state's own body (government, military,
  legislature, judiciary, police: role set ``_HOME_ROLES``); rebels or an opposition met for
  talks and envoys or negotiators (``visiting_role``) may be anywhere, and a place that is not
  a capital says nothing.
- a capitalised region word before a country's demonym ("Latin American governments", "South
  American leaders", "Central American presidents": word class ``region_word``) names a part of
  a continent, not the United States.
- a plural subject of no name set off by commas that names its members ("Seven Latin American
  governments, including Argentina and Peru, rejected", "Gulf states, among them Qatar and
  Kuwait, condemned"): the members are the subjects, one event each.
- a unit or a place the tables do not know, named with a state's possessive after "of" or
  "in" ("soldiers of Niger's presidential guard", "officers of Kenya's police service",
  "displaced families in Haiti's Artibonite department"), gives the role word that state.
- the "its" of the subject of what a body says is the body that says it ("The army said its
  soldiers had killed 30 ADF rebels": its own act, not an accusation); a news agency's credit
  in a dateline ("KAMPALA, Uganda (AP) -", "NAIROBI (Reuters) -") is no antecedent.
- a state's body the tables do not know, a common noun of a body (word class ``state_body``:
  commission, board, authority …) with a state's possessive ("Uganda's human rights
  commission", "Ghana's cocoa board"), is of that state (bare, as a body named after its
  country is); a national human rights institution, commissioner or ombudsman is GOV
  (roles.tsv); rights groups stay NGO and named bodies keep their rows.
- the followers of an opposition figure or party (word class ``follower``: "supporters of
  opposition leader Peter Obi", "supporters of the opposition party") are the opposition (OPP),
  not civilians; the supporters of a president or a former leader stay civilians.

- an organ's generic name owned by another organisation ("the AU Peace and Security Council",
  "ECOWAS's Mediation and Security Council") is that organisation's organ, not the UN's
  Security Council; capitalised words coordinated right before the name they modify ("Peace
  and Security") are words of one name, not two bodies.

- a role word of no country with a relative clause set off by a comma that places it ("the
  junta, which seized power in Niamey", "the rebels, who control much of Darfur", "the police,
  who patrol Port Moresby") is of the one country that clause names (in its objects or its
  "in"/"of" places), before the article's first country.

Known failures of the batch are rows marked ``xfail``.
"""

from __future__ import annotations

import pytest
from tests.code.sentence_tables import Triple, case, found, known_failure, scored_triples

CASES = [
    # -- titled names in a list, the title in lower case
    case("Ivory Coast's president Alassane Ouattara and Liberia's Joseph Boakai signed a border "
         "security accord in Abidjan on Monday.", "2024-07-08",
         [("CIVGOV", "057", "LBRGOV"), ("LBRGOV", "057", "CIVGOV")], id="titled-list-batch"),
    case("Ghana's president John Mahama and Togo's Faure Gnassingbe met in Accra on Friday.",
         "2025-03-14", [("GHAGOV", "04", "TGOGOV"), ("TGOGOV", "04", "GHAGOV")],
         id="titled-list-met"),
    case("Kenya's foreign minister Musalia Mudavadi and his Somali counterpart held talks in "
         "Nairobi.", "2024-05-10", [("KENGOV", "04", "SOMGOV"), ("SOMGOV", "04", "KENGOV")],
         id="titled-name-and-counterpart"),
    case("Egypt's foreign minister Sameh Shoukry and his Sudanese counterpart discussed the war "
         "in Cairo.", "2023-06-01", [("EGYGOV", "04", "SDNGOV")], id="titled-name-counterpart-2"),
    case("Malawi's president Lazarus Chakwera and Zambia's Hakainde Hichilema signed a trade "
         "deal in Lilongwe.", "2023-08-10",
         [("MWIGOV", "057", "ZMBGOV"), ("ZMBGOV", "057", "MWIGOV")], id="titled-list-signed"),
    # -- a person named with a country's possessive
    case("Peru's foreign minister Javier Gonzalez-Olaechea and Chile's Alberto van Klaveren "
         "signed a migration pact.", "2024-03-20",
         [("PERGOV", "057", "CHL"), ("CHL", "057", "PERGOV")], id="possessed-person-list"),
    case("Nigeria's Aliko Dangote met the Ghanaian president in Accra.", "2024-05-10",
         [("NGA", "04", "GHAGOV")], id="possessed-person-business"),
    case("Chile's Alberto Lopez signed a migration pact with Peru.", "2024-05-10",
         [("CHL", "057", "PER")], id="possessed-person-unknown"),
    case("Kenya's William Ruto met Somalia's Hassan Sheikh Mohamud in Nairobi.", "2024-05-10",
         [("KENGOV", "04", "SOMGOV")], id="possessed-office-holders-guard"),
    # -- a role word acted on in a capital
    case("Kenya's president William Ruto met the leaders of the military government in Niamey "
         "on Thursday to press for a return to civilian rule.", "2024-02-15",
         [("KENGOV", "04", "NERMIL")], id="seat-batch",
         xfail="'the military government' is read as GOV, not as a junta (MIL); country right"),
    case("The French foreign minister met junta leaders in Bamako on Monday.", "2022-01-10",
         [("FRAGOV", "04", "MLIMIL")], id="seat-junta-bamako"),
    case("Nigeria's president Bola Tinubu held talks with the coup leaders in Niamey.",
         "2023-08-20", [("NGAGOV", "04", "NERMIL")], id="seat-talks-with"),
    case("Russia's defence minister met junta leaders in Ouagadougou.", "2023-08-31",
         [("RUSGOV", "04", "BFAMIL")], id="seat-ouagadougou"),
    case("The UN envoy met army commanders in Khartoum on Tuesday.", "2023-04-10",
         [("IGOUNO", "04", "SDNMIL")], id="seat-army-khartoum"),
    case("Qatar's foreign minister met the speaker of parliament in Beirut.", "2024-05-10",
         [("QATGOV", "04", "LBNLEG")], id="seat-speaker-beirut"),
    case("Venezuela's government resumed talks with the opposition in Mexico City.",
         "2024-05-10", [("VENGOV", "04", "VENOPP")], id="seat-not-for-an-opposition-guard"),
    case("Kenya's president inspected troops in Mombasa.", "2024-05-10",
         [("KENGOV", "09", "KENMIL")], id="seat-not-a-capital-guard"),
    # -- a unit or place of a state named by its possessive
    case("Soldiers of Niger's presidential guard detained President Mohamed Bazoum in Niamey on "
         "Wednesday.", "2023-07-26", [("NERMIL", "173", "NERGOV")], id="owned-unit-batch"),
    case("Officers of Kenya's police service arrested two journalists in Nakuru.", "2024-05-10",
         [("KENCOP", "173", None)], id="owned-unit-police-service"),
    case("Troops of Somalia's Danab brigade killed ten al-Shabaab fighters.", "2024-05-10",
         [("SOMMIL", "19", "SOMINS")], id="owned-unit-brigade"),
    case("The World Food Programme delivered 2,000 tonnes of food to displaced families in "
         "Haiti's Artibonite department.", "2024-09-03", [("IGOWFP", "073", "HTICVL")],
         id="owned-place-batch"),
    case("UNICEF flew medicines to children in Sudan's Blue Nile region.", "2024-05-10",
         [("IGOUNC", "07", "SDNCVL")], id="owned-place-region"),
    # -- "its" in what a body says; a dateline credit
    case("KAMPALA, Uganda (AP) - The army said on Monday its soldiers had killed 30 ADF rebels "
         "in an operation in eastern Congo.", "2023-06-19", [("UGAMIL", "19", "CODREB")],
         id="its-teller-batch"),
    case("NAIROBI (Reuters) - The police said its officers had arrested 40 protesters in "
         "Kisumu.", "2024-05-10", [("KENCOP", "173", "KENCVL")], id="its-teller-reuters"),
    case("ADDIS ABABA (AFP) - The government said its forces had recaptured the town of "
         "Lalibela.", "2024-05-10", [("ETHMIL", "19", None)], id="its-teller-afp"),
    # -- a state's body the tables do not know, named with the state's possessive
    case("Uganda's human rights commission opened an inquiry into the deaths of opposition "
         "supporters in police custody.", "2023-06-14", [("UGA", "09", None)],
         id="possessed-body-batch"),
    case("Kenya's human rights commission opened an inquiry into the killing of protesters by "
         "police.", "2024-07-02", [("KEN", "09", None)], id="possessed-body-inquiry"),
    case("Uganda's rights commission condemned the arrest of the journalist in Kampala.",
         "2024-05-10", [("UGA", "111", None)], id="possessed-body-short"),
    case("Ghana's cocoa board accused Ivorian smugglers of stealing beans.", "2024-05-10",
         [("GHA", "11", None)], id="possessed-body-board"),
    case("Georgia's human rights ombudsman criticised the police for detaining journalists.",
         "2024-05-10", [("GEOGOV", "111", "GEOCOP")], id="rights-ombudsman"),
    case("The Kenya Human Rights Commission criticised the police.", "2024-05-10",
         [("KEN", "111", "KENCOP")], id="named-body-guard"),
    case("The Human Rights Commission of Pakistan condemned the arrest of the journalist.",
         "2024-05-10", [("NGOHRP", "111", None)], id="rights-commission-named-guard"),
    case("Rights groups condemned the arrest of the Ugandan journalist.", "2024-05-10",
         [(None, "111", "UGAMED")], id="rights-groups-guard"),
    # -- followers of an opposition figure or party
    case("ABUJA, March 1 (Reuters) - Police fired tear gas at supporters of opposition leader "
         "Peter Obi outside the electoral commission's headquarters on Wednesday.", "2023-03-01",
         [("NGACOP", "175", "NGAOPP")], id="followers-batch-tear-gas"),
    case("Supporters of opposition leader Imran Khan clashed with police in Lahore after his "
         "arrest.", "2023-08-05", [("PAKOPP", "145", "PAKCOP")], id="followers-batch-clash"),
    case("Supporters of Mozambique's opposition leader Venancio Mondlane marched through Maputo "
         "to protest the election results.", "2024-10-24", [("MOZOPP", "14", None)],
         id="followers-batch-march"),
    case("Police fired tear gas at supporters of opposition leader Raila Odinga in Nairobi.",
         "2023-03-20", [("KENCOP", "175", "KENOPP")], id="followers-odinga"),
    case("Police arrested supporters of the jailed opposition leader in Kampala.", "2024-05-10",
         [("UGACOP", "173", "UGAOPP")], id="followers-unnamed-leader"),
    case("Supporters of the opposition party marched in Harare on Saturday.", "2024-05-10",
         [("ZWEOPP", "14", None)], id="followers-party"),
    case("Pakistani police fired tear gas at supporters of the former prime minister.",
         "2023-03-14", [("PAKCOP", "175", "PAKCVL")], id="followers-former-leader-guard"),
    case("Supporters of the president rallied in Kinshasa.", "2024-05-10",
         [("CODCVL", "14", None)], id="followers-president-guard"),
    # -- an organ of another organisation
    case("The AU Peace and Security Council suspended Gabon after the coup.", "2023-08-31",
         [("IGOAFU", "16", "GAB")], id="organ-au-psc"),
    case("ECOWAS's Mediation and Security Council condemned the coup in Niger.", "2023-08-10",
         [("IGOECW", "111", None)], id="organ-ecowas-msc"),
    case("The AU's Peace and Security Council condemned the coup in Gabon.", "2023-08-31",
         [("IGOAFU", "111", None)], id="organ-au-possessive"),
    case("The UN Security Council condemned the coup in Niger.", "2023-07-28",
         [("IGOUNO", "111", None)], id="organ-un-guard"),
    case("U.S. President Donald Trump and Russian President Vladimir Putin held a summit in "
         "Helsinki.", "2018-07-16", [("USAGOV", "04", "RUSGOV"), ("RUSGOV", "04", "USAGOV")],
         id="organ-name-list-guard"),
    # -- a relative clause that places a role word
    case("The junta, which seized power in Niamey in July, expelled the French ambassador.",
         "2023-08-25", [("NERMIL", "16", "FRAGOV")], id="relative-place-junta"),
    case("The military government, which took power in Bamako in 2021, expelled the French "
         "ambassador.", "2022-01-31", [("MLIMIL", "16", "FRAGOV")], id="relative-place-took"),
    case("The rebels, who control much of Darfur, attacked a UN convoy.", "2024-05-10",
         [("SDNREB", "19", "IGOUNO")], id="relative-place-region"),
    case("The police, who patrol Port Moresby, arrested ten looters.", "2024-01-11",
         [("PNGCOP", "173", None)], id="relative-place-capital"),
    case("The army, which France trained, attacked the town.", "2024-05-10",
         [("---MIL", "19", None)], id="relative-place-subject-guard"),
    # -- known failures of the batch (one sentence each, or no general mechanism found)
    case("South Africa filed a case at the International Court of Justice accusing Israel of "
         "genocide in Gaza.", "2023-12-29", [("ZAF", "115", "ISR")], id="known-case-at-court",
         xfail="the court a case is filed at is read as the case's target"),
    case("Turkey's president Recep Tayyip Erdogan threatened to launch a ground offensive "
         "against Kurdish militants in northern Syria.", "2022-11-22",
         [("TURGOV", "138", "SYRREB")], id="known-threat-offensive-against",
         xfail="'threatened to launch an offensive against X' finds no target and no 138"),
    case("The UN Human Rights Council set up a fact-finding mission to investigate abuses by "
         "Iranian security forces during the protests.", "2022-11-24",
         [("IGOUNO", "092", "IRNCOP")], id="known-mission-to-investigate",
         xfail="a mission set up to investigate is not its founder's investigation (a panel is)"),
    case("Myanmar troops drove more than 700,000 Rohingya into Bangladesh in 2017, a UN "
         "fact-finding mission said.", "2018-08-27", [("MMRMIL", "201", "MMRCVL")],
         id="known-drove-into-exile", xfail="'drove X into <country>' is no mass expulsion"),
    # -- members named in a plural subject
    case("Seven Latin American governments, including Argentina and Peru, rejected the result "
         "announced by Venezuela's electoral council.", "2024-07-30",
         [("ARG", "12", "VENGOV"), ("PER", "12", "VENGOV")], id="members-batch"),
    case("Several countries, including Argentina and Peru, rejected the result of the vote in "
         "Caracas.", "2024-07-30", [("ARG", "12", None), ("PER", "12", None)],
         id="members-countries"),
    case("Western governments, including Britain and France, condemned the arrest of the "
         "journalist in Tunis.", "2024-05-10", [("GBR", "111", None), ("FRA", "111", None)],
         id="members-condemned"),
    case("Gulf states, among them Qatar and Kuwait, condemned the raid on the mosque.",
         "2024-05-10", [("QAT", "111", None), ("KWT", "111", None)], id="members-among-them"),
    case("Several African leaders, including Kenya's William Ruto, called for a ceasefire in "
         "Sudan.", "2024-05-10", [("KENGOV", "02", None)], id="members-person"),
]

NO_EVENT = [
    pytest.param("Analysts in Brussels said the European Commission could open infringement "
                 "proceedings against Hungary as early as next month.", "2022-09-15",
                 id="analysts-could"),
    pytest.param("Guinea's junta has not set a date for the return to civilian rule, diplomats "
                 "in Conakry said.", "2023-05-12", id="not-set"),
    pytest.param("Moroccan and Algerian officials have not held talks since the two countries "
                 "cut ties in 2021.", "2023-08-24", id="not-held-since"),
    pytest.param("Since the 2021 coup, Myanmar's junta has routinely arrested journalists.",
                 "2023-02-01", id="routinely-perfect"),  # (mended by fresh-eb's custom rows)
    pytest.param("The Kenyan football federation fined two clubs for crowd trouble.",
                 "2024-06-01", id="known-sports-fine",
                 marks=known_failure("a sports body's fine is coded as a sentence (116)")),
]


#: sentences whose actors are of no country they may be read as (a demonym of a region)
NOT_OF = [
    pytest.param("South American leaders condemned the coup in Bolivia.", "2024-06-27", "USA",
                 id="region-south-american"),
    pytest.param("Central American presidents met in Guatemala City on Friday.", "2024-05-10",
                 "USA", id="region-central-american"),
    pytest.param("Latin American leaders condemned the storming of the embassy in Quito.",
                 "2024-04-07", "USA", id="region-latin-american"),
]


@pytest.mark.parametrize(("sentence", "published", "country"), NOT_OF)
def test_fresh_ea_not_of(sentence: str, published: str, country: str) -> None:
    got = scored_triples(sentence, published)
    assert got and not any((a or "").startswith(country) for s, _, t in got for a in (s, t)), \
        f"{sentence!r}: {got}"


@pytest.mark.parametrize(("sentence", "published", "expected"), CASES)
def test_fresh_ea_events(sentence: str, published: str, expected: list[Triple]) -> None:
    got = scored_triples(sentence, published)
    for triple in expected:
        assert found(triple, got), f"{sentence!r}: {triple} not in {got}"


@pytest.mark.parametrize(("sentence", "published"), NO_EVENT)
def test_fresh_ea_no_event(sentence: str, published: str) -> None:
    assert scored_triples(sentence, published) == [], sentence
