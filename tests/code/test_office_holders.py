"""Army chiefs and defence ministers in ``actors/office_holders.tsv``, end to end.

Each case is a short news-style sentence written for this project, with a publication
date inside the person's term; the source actor of the first event mention must carry the
country + role code of that office (``KORMIL`` for a South Korean chief of staff). A bare
surname after a titled mention must resolve to the same person.
"""

from __future__ import annotations

import pytest

from eventcoder import code_text
from eventcoder.code._actor_tables import load_tables
from eventcoder.code.actors import ActorResolver

CASES = [
    # -- army chiefs (chief of the general / joint / defence staff)
    ("General Fang Fenghui, the Chinese army chief, visited Pakistan.", "2015-05-01", "CHNMIL"),
    ("Li Zuocheng met Russian commanders in Beijing.", "2019-07-01", "CHNMIL"),
    ("Katsutoshi Kawano met Australian officers in Tokyo.", "2016-03-01", "JPNMIL"),
    ("General Kawano met the Chinese ambassador. Kawano criticised China.", "2016-03-01", "JPNMIL"),
    ("General Claudio Graziano visited troops in Lebanon.", "2016-06-01", "ITAMIL"),
    ("Admiral Giuseppe Cavo Dragone visited Kuwait.", "2022-05-10", "ITAMIL"),
    (
        "General Kim Seung-kyum, the South Korean military chief, met U.S. commanders.",
        "2023-01-10",
        "KORMIL",
    ),
    ("Jeong Kyeong-doo visited Washington.", "2018-01-10", "KORMIL"),
    ("South African army chief Solly Shoke visited Sudan.", "2015-01-01", "ZAFMIL"),
    ("General Rudzani Maphwanya visited Mozambique.", "2022-03-01", "ZAFMIL"),
    ("Othman al-Ghanimi visited Iran.", "2018-01-01", "IRQMIL"),
    ("Iraqi army chief Abdul Amir Yarallah visited Jordan.", "2021-04-01", "IRQMIL"),
    ("Syrian army chief Ali Abdullah Ayyoub visited Iran.", "2016-02-01", "SYRMIL"),
    ("Ri Yong-ho met Chinese officers in Pyongyang.", "2011-01-01", "PRKMIL"),
    ("Rajmund Andrzejczak visited Lithuania.", "2020-02-01", "POLMIL"),
    ("General Wiesław Kukuła visited Ukraine.", "2024-06-01", "POLMIL"),
    ("Admiral Remigio Ceballos accused Colombia of provocations.", "2019-03-01", "VENMIL"),
    ("Argentine army chief César Milani visited Brazil.", "2014-04-01", "ARGMIL"),
    # -- defence ministers added with the army chiefs
    ("Argentine Defence Minister Nilda Garré met Chilean officials.", "2007-05-01", "ARGGOV"),
    ("Defence Minister Song Young-moo met Japanese officials.", "2018-03-01", "KORGOV"),
    ("Mosiuoa Lekota visited the Democratic Republic of Congo.", "2004-02-01", "ZAFGOV"),
    ("Salvador Cienfuegos visited Washington.", "2016-04-01", "MEXGOV"),
    ("Iraqi Defence Minister Khaled al-Obeidi visited Mosul.", "2015-06-01", "IRQGOV"),
    ("Bogdan Klich met NATO officials in Brussels.", "2009-03-01", "POLGOV"),
    ("Peter MacKay visited Afghanistan.", "2010-05-01", "CANGOV"),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_office_holder_code(text: str, published: str, expected: str) -> None:
    mentions = code_text(text, published=published)
    assert mentions, text
    assert mentions[0].source is not None, text
    assert mentions[0].source.code == expected, (text, mentions[0].source)


def test_table_loads() -> None:
    ActorResolver()
    tables = load_tables()
    offices = {(t.country, t.office) for terms in tables.terms.values() for t in terms}
    for country in ("CHN", "JPN", "ITA", "KOR", "ARG", "ZAF", "IRQ", "SYR", "PRK", "VEN", "POL"):
        assert (country, "army_chief") in offices, country
