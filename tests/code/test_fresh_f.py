"""Fresh wire-style sentences whose difficulty is the actors, on every continent (#12).

Written for this project about plausible events of 2012-2024 and coded by hand before the coder
was run on them: less common countries, their demonyms and capitals, named people with
appositive titles, ministries and armed services, regional and international organisations
written out or abbreviated, armed groups and opposition parties. Each case gives one (source,
CAMEO code, target) the sentence must produce; a two-digit code stands for its root. The
mechanisms they guard:

- a body's full name that the parser splits at its "of"/"for" ("the International Committee of
  the Red Cross", "the Organization for Security and Co-operation in Europe") is matched whole;
- a describing apposition gives an unknown person the country it owns ("Abdoulaye Diop,
  Mali's foreign minister," / "…, the foreign minister of Mali,");
- the parties of an event noun the parser hangs on its verb ("fighting broke out between
  Tuareg rebels and the Malian army") or coordinated on one noun ("talks between Ethiopian and
  Eritrean officials") act each towards the other;
- the content of a charge is about the one who answers it ("Eritrea denied accusations by
  Ethiopia that its troops …": the accusation is Ethiopia's, against Eritrea);
- reports of no named source that someone declines to comment on are not told as done;
- a resolution, motion or communique that calls on, urges or demands is its adopter's
  appeal or demand, as a statement is;
- organisations and capitals the tables lacked (Mercosur, Caricom, the East African
  Community, UN and AU missions; Santiago, Bujumbura, Ndjamena …).

The rest of the cases passed before and guard against drift.
"""

from __future__ import annotations

import pytest
from tests.code.sentence_tables import Triple, case, found, scored_triples


def _case(sentence: str, published: str, expected: Triple, id: str, xfail: str | None = None):
    return case(sentence, published, expected, id=id, xfail=xfail)


CASES = [
    # -- organisations written out, missing organisations and missions
    _case("The International Committee of the Red Cross delivered medical supplies to "
          "hospitals in Juba on Wednesday.", "2016-07-13", ("NGOICR", "07", None), "icrc-full-name"),
    _case("The Organization for Security and Co-operation in Europe criticised Belarus on "
          "Thursday for barring its observers.", "2024-01-18", ("IGOOSC", "111", "BLR"),
          "osce-full-name"),
    _case("The Economic Community of West African States threatened to impose sanctions on "
          "Guinea's junta.", "2021-09-08", ("IGOECW", "13", "GINMIL"), "ecowas-full-name"),
    _case("The Association of Southeast Asian Nations urged Myanmar's military to end the "
          "violence.", "2021-04-24", ("IGOASN", "02", "MMRMIL"), "asean-full-name"),
    _case("The League of Arab States condemned the Israeli strikes on Gaza.", "2021-05-12",
          ("IGOARL", "11", "ISRMIL"), "arab-league-full-name"),
    _case("The Inter-American Commission on Human Rights criticised Nicaragua for stripping "
          "300 opponents of their citizenship.", "2023-02-17", ("IGOOAS", "111", "NIC"),
          "commission-on-full-name"),
    _case("Gunmen attacked a convoy of the International Committee of the Red Cross, killing a "
          "driver.", "2020-02-14", (None, "19", "NGOICR"), "attack-on-ngo-convoy"),
    _case("Mercosur suspended Venezuela from the trade bloc over its failure to meet membership "
          "commitments.", "2016-12-02", ("IGOMRC", "16", "VEN"), "mercosur"),
    _case("MINUSMA accused Malian troops of killing civilians in the centre of the country.",
          "2022-05-30", ("IGOUNO", "11", "MLIMIL"), "un-mission-acronym"),
    _case("The East African Community urged Kenya and Tanzania to reopen their border.",
          "2020-05-20", ("IGOEAC", "02", "TZA"), "east-african-community"),
    _case("Caricom leaders met Haitian officials in Kingston on Monday.", "2024-03-11",
          ("IGOCRB", "040", "HTIGOV"), "caricom"),
    # -- a person described by an apposition
    _case("Abdoulaye Diop, Mali's foreign minister, accused Algeria of interfering in Malian "
          "affairs.", "2023-12-21", ("MLIGOV", "11", "DZA"), "appos-possessive-title"),
    _case("Moussa Kone, the foreign minister of Mali, accused Algeria of harbouring rebels.",
          "2023-12-22", ("MLIGOV", "112", "DZA"), "appos-of-title"),
    _case("Kwame Mensah, Ghana's ambassador to Togo, met the Togolese president on Monday.",
          "2021-02-15", ("GHAGOV", "040", "TGOGOV"), "appos-ambassador"),
    _case("Chad's defence minister, Daoud Yaya Brahim, accused Sudan's Rapid Support Forces of "
          "recruiting Chadian fighters.", "2023-06-30", ("TCDGOV", "11", "SDNREB"),
          "title-then-name"),
    _case("Omani mediators held separate meetings with Houthi and Saudi negotiators in Muscat.",
          "2023-04-06", ("OMNGOV", "040", "SAUGOV"), "group-and-demonym-coordinated"),
    _case("Hamas and Israeli negotiators met in Cairo on Tuesday.", "2023-11-21",
          ("PSEINS", "040", "ISRGOV"), "group-first-coordinated"),
    _case("Cambodian Prime Minister Hun Sen accused the opposition CNRP of plotting a coup "
          "with U.S. help.", "2017-09-04", ("KHMGOV", "11", "KHMOPP"), "cnrp"),
    _case("SPLM-IO fighters attacked an army base near Nasir.", "2019-03-12",
          ("SSDREB", "19", "SSDMIL"), "splm-io"),
    # -- a document that calls, demands or condemns speaks for whoever adopted it
    _case("Lithuania's parliament passed a resolution calling on the EU to impose sanctions on "
          "Belarusian potash.", "2021-06-02", ("LTULEG", "02", "IGOEUR"), "resolution-calling"),
    _case("Kenya's parliament passed a motion urging the government to withdraw troops from "
          "Somalia.", "2015-04-16", ("KENLEG", "02", "KENGOV"), "motion-urging"),
    _case("ASEAN leaders issued a communique calling on Myanmar's junta to end the violence.",
          "2021-10-26", ("IGOASN", "02", "MMRMIL"), "communique-calling"),
    _case("Azerbaijani border guards fired on Armenian positions near Sotk, Yerevan said.",
          "2022-09-13", ("AZEMIL", "19", "ARMMIL"), "fired-on-positions"),
    # -- state bodies
    _case("The Nigerian anti-graft agency arrested a former governor on Tuesday.", "2019-02-05",
          ("NGAGOV", "173", "NGAELI"), "anti-graft-agency"),
    _case("Zimbabwe's electoral commission rejected the opposition's demand for a recount.",
          "2018-08-04", ("ZWEGOV", "12", "ZWEOPP"), "electoral-commission"),
    _case("The head of the African Union Commission, Moussa Faki Mahamat, urged Ethiopia and "
          "Somalia to resolve their dispute.", "2024-01-04", ("IGOAFU", "02", "SOM"),
          "head-of-igo-named"),
    _case("Kyrgyzstan's security service detained a prominent journalist in Bishkek.",
          "2022-01-20", ("KGZSPY", "173", "KGZMED"), "security-service"),
    # -- capitals acting, places attacked
    _case("Santiago recalled its ambassador from La Paz on Monday.", "2018-10-01",
          ("CHLGOV", "161", "BOLGOV"), "santiago-capital"),
    _case("Bujumbura accused Kigali of backing the rebels who attacked the border post.",
          "2016-01-28", ("BDIGOV", "11", "RWAGOV"), "bujumbura-capital"),
    _case("Libreville demanded an explanation from Yaounde after Cameroonian gendarmes crossed "
          "the border.", "2019-08-13", ("GABGOV", "10", "CMRGOV"), "libreville-yaounde"),
    _case("Salvadoran President Nayib Bukele travelled to Tegucigalpa on Monday for talks with "
          "his Honduran counterpart.", "2019-09-09", ("SLVGOV", "042", "HNDGOV"),
          "visit-capital"),
    _case("A suicide bomber blew himself up at a police station in Dushanbe on Tuesday, killing "
          "two officers.", "2016-05-10", (None, "18", "TJKCOP"), "capital-as-place"),
    # -- events between two parties
    _case("Fighting broke out between Tuareg rebels and the Malian army near Kidal on Sunday.",
          "2023-10-01", ("MLIREB", "19", "MLIMIL"), "fighting-broke-out-between"),
    _case("Fighting broke out between Tuareg rebels and the Malian army near Kidal on Sunday.",
          "2023-10-01", ("MLIMIL", "19", "MLIREB"), "fighting-broke-out-between-back"),
    _case("Clashes erupted between Sudanese troops and the RSF in Khartoum.", "2023-04-15",
          ("SDNMIL", "19", "SDNREB"), "clashes-erupted-between"),
    _case("Talks resumed between Ethiopian and Eritrean officials in Asmara.", "2018-07-20",
          ("ETHGOV", "04", "ERIGOV"), "talks-between-coordinated-demonyms"),
    _case("Suriname and Guyana signed an agreement on Tuesday to settle a long-running maritime "
          "dispute.", "2017-02-21", ("GUY", "057", "SUR"), "signed-both-ways"),
    _case("Bangladeshi and Myanmar officials met in Naypyitaw to discuss the return of Rohingya "
          "refugees.", "2018-10-30", ("MMRGOV", "04", "BGDGOV"), "met-coordinated-demonyms"),
    # -- denials of a charge
    _case("Eritrea denied accusations by Ethiopia that its troops were still stationed inside "
          "the Tigray region.", "2021-05-20", ("ETH", "112", "ERIMIL"), "charge-its-troops"),
    _case("Eritrea denied accusations by Ethiopia that its troops were still stationed inside "
          "the Tigray region.", "2021-05-20", ("ERI", "016", "ETH"), "denial-of-charge"),
    _case("Moscow rejected accusations by Kyiv that it had shelled the plant.", "2022-08-20",
          ("UKRGOV", "112", "RUSGOV"), "charge-it-is-the-denier"),
    _case("Kinshasa accused Kigali of backing the M23 rebels, a charge Rwanda denies.",
          "2022-06-15", ("RWA", "016", "CODGOV"), "a-charge-rwanda-denies"),
    # -- demonyms, services, groups
    _case("Malaysian police arrested three Indonesian fishermen suspected of illegal fishing off "
          "Sabah.", "2019-07-25", ("MYSCOP", "173", "IDNCVL"), "police-fishermen"),
    _case("Ugandan security forces detained opposition leader Bobi Wine at a roadblock near "
          "Kampala.", "2020-11-18", ("UGACOP", "173", "UGAOPP"), "opposition-leader"),
    _case("Ivorian opposition leaders called on ECOWAS to send observers to the presidential "
          "vote.", "2020-09-21", ("CIVOPP", "02", "IGOECW"), "ivorian-opposition"),
    _case("Houthi rebels freed 16 Saudi detainees on Sunday under a deal brokered by the ICRC.",
          "2023-04-16", ("YEMREB", "0841", "SAUCVL"), "houthi-release"),
    _case("Sudanese army jets bombed Rapid Support Forces positions in Khartoum North on "
          "Tuesday.", "2023-05-02", ("SDNMIL", "195", "SDNREB"), "jets-rsf"),
    _case("Georgian students rallied outside parliament in Tbilisi against the foreign agents "
          "bill.", "2024-04-17", ("GEOEDU", "14", "GEOLEG"), "students-rally"),
    _case("Jamaica's prime minister apologised to Trinidad and Tobago on Friday for remarks made "
          "by a junior minister.", "2019-06-07", ("JAMGOV", "055", "TTO"), "apology-tto"),
    _case("King Mswati III of Eswatini pardoned 12 pro-democracy activists jailed during the "
          "unrest.", "2023-03-02", ("SWZGOV", "05", "SWZNGO"), "king-of-eswatini"),
    # -- known failures
    _case("Kigali condemned Burundi's decision to close the border and recalled its ambassador "
          "from Gitega.", "2024-01-12", ("RWAGOV", "161", "BDI"), "coordinated-recall",
          xfail="the parser hangs 'recalled' under 'close' in the decision, so Burundi recalls"),
    _case("Malawi's anti-corruption bureau launched a probe into the vice president over a "
          "government contract.", "2021-11-25", ("MWIGOV", "09", "MWIGOV"), "probe-self-dyad",
          xfail="an inquiry by a state body into its own state's officer is a self-dyad; the "
                "target is dropped (a design choice the conventions do not settle)"),
    _case("The Bahraini government rejected calls by Iran for the release of jailed Shi'ite "
          "clerics.", "2016-06-21", ("IRN", "02", "BHRGOV"), "calls-by-rejected",
          xfail="an appeal named as a noun with its author ('calls by Iran') is not coded"),
]

# Events a sentence tells but does not assert: the triple must not be coded.
NOT_CODED = [
    pytest.param("The Malagasy government declined to comment on reports that Antananarivo had "
                 "recalled its ambassador from Paris.", ("MDGGOV", "16", None),
                 id="comment-on-reports-content"),
    pytest.param("Gunmen attacked a convoy of the International Committee of the Red Cross, "
                 "killing a driver.", ("NGOINS", "19", None), id="no-ngo-country-for-attackers"),
    pytest.param("Eritrea denied accusations by Ethiopia that its troops were still stationed "
                 "inside the Tigray region.", (None, "15", None), id="charged-act-not-asserted"),
    pytest.param("Bolivia vetoed a draft resolution calling on Chile to open talks on sea "
                 "access.", ("BOL", "02", None), id="veto-is-no-call"),
]

NO_EVENT = [
    pytest.param("Burundi's national football team beat Rwanda 2-0 in Bujumbura on Sunday.",
                 id="football"),
    pytest.param("Namibia would not attend the summit in Harare if Zimbabwe refused to release "
                 "the detained journalists, an analyst said.", id="analyst-conditional",
                 marks=pytest.mark.xfail(strict=True, reason="an analyst's conditional about "
                                         "a refusal is coded as the refusal")),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), CASES)
def test_fresh_event(sentence: str, published: str, expected: Triple) -> None:
    got = scored_triples(sentence, published)
    assert found(expected, got), f"{sentence!r}: {got}"


@pytest.mark.parametrize(("sentence", "unwanted"), NOT_CODED)
def test_fresh_not_coded(sentence: str, unwanted: Triple) -> None:
    got = scored_triples(sentence, "2022-05-05")
    assert got and not found(unwanted, got), f"{sentence!r}: {got}"


@pytest.mark.parametrize("sentence", NO_EVENT)
def test_fresh_no_event(sentence: str) -> None:
    assert scored_triples(sentence, "2022-05-05") == [], sentence
