"""Armed groups and parties of ``groups.tsv``, each a sentence of our own and the exact
(source, CAMEO, target) triples; dated rows are checked on both sides of a change of status.

Real-news material is never read here; these sentences were written for the tests.
"""

from __future__ import annotations

import pytest

from eventcoder import code_text


def triples(text: str, published: str | None) -> list[tuple[str | None, str, str | None]]:
    return [(m.source and m.source.code, m.cameo, m.target and m.target.code)
            for m in code_text(text, published=published)
            if not m.negated and m.modality != "hypothetical"]


CASES = [
    # rebels, insurgents and separatists
    pytest.param("RUF rebels attacked a village near Freetown.", None,
                 [("SLEREB", "180", "SLECVL")], id="ruf-sierra-leone"),
    pytest.param("LRA rebels abducted children in northern Uganda.", None,
                 [("UGAREB", "181", "UGACVL")], id="lra-uganda"),
    pytest.param("FDLR rebels killed ten villagers in North Kivu.", None,
                 [("RWAREB", "1823", "CODCVL")], id="fdlr-rwandan-rebels-in-congo"),
    pytest.param("MEND militants kidnapped oil workers in the Niger Delta.", None,
                 [("NGAINS", "181", "NGALAB")], id="mend-niger-delta"),
    pytest.param("ETA militants killed a Spanish police officer.", None,
                 [("ESPSEP", "1823", "ESPCOP")], id="eta-spain"),
    pytest.param("The Kosovo Liberation Army ambushed a Serbian police patrol.", None,
                 [("SRBREB", "190", "SRBCOP")], id="kla-kosovo"),
    pytest.param("ARSA insurgents attacked police posts in Rakhine.", None,
                 [("MMRINS", "190", "MMRCOP")], id="arsa-myanmar"),
    pytest.param("The Moro Islamic Liberation Front signed a peace agreement with the "
                 "Philippine government.", None,
                 [("PHLREB", "057", "PHLGOV"), ("PHLGOV", "057", "PHLREB")], id="milf"),
    # a possessive inside a name ("the Lord's Resistance Army") is part of it
    pytest.param("The Lord's Resistance Army attacked villages in northern Uganda.", None,
                 [("UGAREB", "180", "UGACVL")], id="possessive-inside-a-name"),
    pytest.param("Russia's Wagner Group withdrew from Bakhmut.", None,
                 [("RUSMIL", "0874", None)], id="a-country's-possessive-is-no-name-part"),
    pytest.param("The Janjaweed burned villages in Darfur.", None,
                 [("SDNREB", "1712", "SDNCVL")], id="janjaweed"),
    # a change of status: rebels who became a government or an opposition party
    pytest.param("The SPLA attacked government troops in southern Sudan.", "1998-03-01",
                 [("SDNREB", "190", "SDNMIL")], id="spla-before-2005"),
    pytest.param("The SPLM accused Khartoum of violating the ceasefire.", "2012-03-01",
                 [("SSDGOV", "112", "SDNGOV")], id="splm-after-2005"),
    pytest.param("Rwandan Patriotic Front rebels attacked government forces in northern "
                 "Rwanda.", "1993-02-08", [("RWAREB", "190", "RWAMIL")], id="rpf-1993"),
    pytest.param("The Rwandan Patriotic Front accused Uganda of backing the rebels.",
                 "2019-03-01", [("RWAGOV", "112", "UGA")], id="rpf-2019"),
    pytest.param("UNITA rebels shelled the town of Kuito.", "1999-05-01",
                 [("AGOREB", "194", "AGO")], id="unita-1999"),
    pytest.param("UNITA criticised the budget of the Angolan government.", "2015-05-01",
                 [("AGOOPP", "111", "AGOGOV")], id="unita-2015"),
    # parties between government and opposition
    pytest.param("The CDU criticised the government's migration policy.", "2023-03-01",
                 [("DEUOPP", "111", "DEUGOV")], id="cdu-in-opposition"),
    pytest.param("Georgian Dream accused the government of torturing prisoners.", "2012-09-20",
                 [("GEOOPP", "1122", "GEOGOV")], id="georgian-dream-before-power"),
    pytest.param("The Kuomintang criticised the government's defence spending.", "2020-03-01",
                 [("TWNOPP", "111", "TWNGOV")], id="kmt-in-opposition"),
    pytest.param("The Sandinistas accused the government of fraud.", "1996-10-25",
                 [("NICOPP", "1121", "NICGOV")], id="sandinistas-1996"),
    pytest.param("The Sandinistas accused the United States of interference.", "2015-03-01",
                 [("NICGOV", "1123", "USA")], id="sandinistas-2015"),
    pytest.param("The PRI accused Morena of fraud.", "2021-06-10",
                 [("MEXOPP", "1121", "MEXGOV")], id="pri-and-morena"),
    pytest.param("Yesh Atid called on Netanyahu to resign.", "2023-06-01",
                 [("ISROPP", "0241", "ISRGOV")], id="yesh-atid"),
    pytest.param("PTI supporters clashed with police in Lahore.", "2023-05-10",
                 [("PAKOPP", "145", "PAKCOP")], id="pti-after-2022"),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_armed_groups_and_parties(coder, text, published, expected):
    assert triples(text, published) == expected
