"""First-level divisions (states, provinces, regions, oblasts …) as event places (real model)."""

from __future__ import annotations

import pytest


def _trigger(doc, text: str):
    hits = [t for t in doc if t.text == text]
    assert hits, f"{text!r} not in {doc.text!r}"
    return hits[0]


REGION = None  # geonameid of a division of our own table

# name, article countries, expected (name, geonameid, country)
LOOKUPS = [
    # A division beats an alternate name of a small town elsewhere ("Borna" in Germany).
    ("Borno", (), ("Borno", REGION, "NGA")),
    ("Yobe state", (), ("Yobe", REGION, "NGA")),
    ("Borno State", ("NGA",), ("Borno", REGION, "NGA")),
    ("Zamfara", ("USA",), ("Zamfara", REGION, "NGA")),
    ("Rakhine", (), ("Rakhine", REGION, "MMR")),
    ("Arakan", (), ("Rakhine", REGION, "MMR")),
    ("Shan State", (), ("Shan State", REGION, "MMR")),
    ("Sagaing Region", (), ("Sagaing", REGION, "MMR")),
    ("Nineveh province", (), ("Nineveh", REGION, "IRQ")),
    ("Anbar", (), ("Anbar", REGION, "IRQ")),
    ("Sindh", (), ("Sindh", REGION, "PAK")),
    ("Amhara region", (), ("Amhara", REGION, "ETH")),
    ("Oromia", (), ("Oromia", REGION, "ETH")),
    ("North Darfur", (), ("North Darfur", REGION, "SDN")),
    ("South Kordofan state", (), ("South Kordofan", REGION, "SDN")),
    ("Blue Nile state", (), ("Blue Nile", REGION, "SDN")),
    ("Upper Nile", (), ("Upper Nile", REGION, "SSD")),
    ("Cabo Delgado province", (), ("Cabo Delgado", REGION, "MOZ")),
    ("Ituri province", (), ("Ituri", REGION, "COD")),
    ("North Kivu", (), ("North Kivu", REGION, "COD")),
    ("Nord-Kivu", (), ("North Kivu", REGION, "COD")),
    ("Helmand province", (), ("Helmand", REGION, "AFG")),
    ("Hadramout", (), ("Hadramawt", REGION, "YEM")),
    ("Khuzestan province", (), ("Khuzestan", REGION, "IRN")),
    ("Xinjiang", (), ("Xinjiang", REGION, "CHN")),
    ("Michoacan", (), ("Michoacan", REGION, "MEX")),
    ("Antioquia department", (), ("Antioquia", REGION, "COL")),
    ("Marsabit county", (), ("Marsabit", REGION, "KEN")),
    ("Hatay province", (), ("Hatay", REGION, "TUR")),
    ("Belgorod region", (), ("Belgorod", REGION, "RUS")),
    ("Edo", (), ("Edo", REGION, "NGA")),  # not Tokyo by its old name
    ("Artibonite department", (), ("Artibonite", REGION, "HTI")),
    ("Zulia state", (), ("Zulia", REGION, "VEN")),
    ("Ouaka prefecture", (), ("Ouaka", REGION, "CAF")),
    ("North Sinai", (), ("North Sinai", REGION, "EGY")),
    ("Transnistria", (), ("Transnistria", REGION, "MDA")),
    ("Rio Grande do Sul", (), ("Rio Grande do Sul", REGION, "BRA")),
    ("Sao Paulo state", (), ("Sao Paulo", REGION, "BRA")),
    # A division's name that is a city elsewhere: the article's country decides.
    ("Parana", (), ("Parana", REGION, "BRA")),
    ("Parana", ("ARG",), ("Paraná", 3841956, "ARG")),
    # One row per country: the article's countries settle "Punjab"; alone, Pakistan's.
    ("Punjab", ("IND",), ("Punjab", REGION, "IND")),
    ("Punjab", ("PAK",), ("Punjab", REGION, "PAK")),
    ("Punjab", ("IND", "PAK"), ("Punjab", REGION, "IND")),
    ("Punjab province", (), ("Punjab", REGION, "PAK")),
    ("Adamawa", ("CMR",), ("Adamaoua", REGION, "CMR")),
    ("Adamawa", ("NGA",), ("Adamawa", REGION, "NGA")),
    # A division named like its capital: the bare name stays the city, the qualified one is
    # the division.
    ("Donetsk", (), ("Donetsk", 709717, "UKR")),
    ("Donetsk region", (), ("Donetsk", REGION, "UKR")),
    ("Donetsk Oblast", (), ("Donetsk", REGION, "UKR")),
    ("Kharkiv", ("UKR",), ("Kharkiv", 706483, "UKR")),
    ("Kharkiv oblast", (), ("Kharkiv", REGION, "UKR")),
    ("Zaporizhzhia region", (), ("Zaporizhzhia", REGION, "UKR")),
    ("Zaporozhye region", (), ("Zaporizhzhia", REGION, "UKR")),
    ("Kherson oblast", (), ("Kherson", REGION, "UKR")),
    ("Aleppo province", (), ("Aleppo", REGION, "SYR")),
    ("Idlib governorate", (), ("Idlib", REGION, "SYR")),
    ("Kaduna state", (), ("Kaduna", REGION, "NGA")),
    # A country's name is never a division ("Niger" is the country even in a Nigerian story).
    ("Niger", ("NGA",), ("Niger", 2440476, "NER")),
    ("Niger State", ("NGA",), ("Niger State", REGION, "NGA")),
    ("Mexico", ("MEX",), ("Mexico", 3996063, "MEX")),
    ("Mexico State", (), ("State of Mexico", REGION, "MEX")),
    ("Kurdistan Region", (), ("Kurdistan Region", REGION, "IRQ")),
    ("Kurdistan province", (), ("Kurdistan Province", REGION, "IRN")),
    # A US state with "state" after it is the state, not the city.
    ("Washington state", (), ("Washington", 5815135, "USA")),
    ("New York State", ("USA",), ("New York", 5128638, "USA")),
    # A compass adjective before a name known only without it.
    ("western Tigray", (), ("Tigray", REGION, "ETH")),
    ("north-eastern Borno", (), ("Borno", REGION, "NGA")),
]


@pytest.mark.parametrize(("name", "countries", "expected"), LOOKUPS)
def test_lookup_division(places, name, countries, expected):
    place = places.lookup(name, countries)
    assert place is not None
    assert (place.name, place.geonameid, place.country) == expected
    if place.geonameid is None:
        assert place.lat is not None and place.lon is not None


# Plain words that are also division names are never a place in that country by themselves.
@pytest.mark.parametrize("name", ["Rivers", "Delta", "Plateau", "Unity", "Lakes", "Imo", "Sahel"])
def test_plain_word_is_not_a_division(places, name):
    place = places.lookup(name, ("NGA", "SSD"))
    assert place is None or place.country not in ("NGA", "SSD")


def test_compass_adjective_keeps_a_whole_name(places):
    assert places.lookup("Central America") is None  # not "America"
    assert places.lookup("South Sudan").country == "SSD"
    assert places.lookup("West Bank").country == "PSE"


# sentence, trigger, article countries, expected (name, geonameid, country)
CLAUSES = [
    ("Gunmen attacked a village in Zamfara state on Monday.", "attacked", (),
     ("Zamfara", REGION, "NGA")),
    ("Bandits abducted dozens of pupils from a boarding school in Katsina state.", "abducted",
     ("NGA",), ("Katsina", REGION, "NGA")),
    ("Insurgents killed nine farmers in Borno State last week.", "killed", (),
     ("Borno", REGION, "NGA")),
    ("The army burned houses in Rakhine state, residents said.", "burned", (),
     ("Rakhine", REGION, "MMR")),
    ("Security forces detained dozens of activists in Pakistan's Punjab province.", "detained",
     ("IND",), ("Punjab", REGION, "PAK")),
    ("Thousands of farmers protested in Punjab against the new laws.", "protested", ("IND",),
     ("Punjab", REGION, "IND")),
    ("Thousands of farmers protested in Punjab against the new laws.", "protested", ("PAK",),
     ("Punjab", REGION, "PAK")),
    ("Militants ambushed a patrol in Nineveh province on Sunday.", "ambushed", (),
     ("Nineveh", REGION, "IRQ")),
    ("Russian troops shelled several villages in the Donetsk region overnight.", "shelled", (),
     ("Donetsk", REGION, "UKR")),
    ("Drones struck an oil depot in Russia's Belgorod region.", "struck", ("UKR",),
     ("Belgorod", REGION, "RUS")),
    ("Federal forces clashed with fighters in western Tigray.", "clashed", (),
     ("Tigray", REGION, "ETH")),
    ("Insurgents raided a town in Cabo Delgado province.", "raided", (),
     ("Cabo Delgado", REGION, "MOZ")),
    ("Rebels seized two mining towns in North Kivu.", "seized", (),
     ("North Kivu", REGION, "COD")),
    ("Police fired tear gas at protesters in Sindh.", "fired", (), ("Sindh", REGION, "PAK")),
    ("Airstrikes hit a market in Idlib province.", "hit", (), ("Idlib", REGION, "SYR")),
    ("Drone strikes hit Russia's Kursk region.", "hit", (), ("Kursk", REGION, "RUS")),
    ("Security forces killed two protesters in Iran's Sistan and Baluchestan province.",
     "killed", (), ("Sistan and Baluchestan", REGION, "IRN")),
    ("Gunmen killed 30 villagers in the northeastern state of Borno.", "killed", (),
     ("Borno", REGION, "NGA")),
    ("Hundreds of people rallied in Washington state on Saturday.", "rallied", ("USA",),
     ("Washington", 5815135, "USA")),
    # The city itself when the text names the city.
    ("Rebels shelled Donetsk on Tuesday.", "shelled", (),
     ("Donetsk", 709717, "UKR")),
    # "Niger" stays the country in a story about Nigeria.
    ("Gunmen killed 12 soldiers in Niger on Sunday.", "killed", ("NGA",),
     ("Niger", 2440476, "NER")),
]


@pytest.mark.parametrize(("sentence", "trigger", "countries", "expected"), CLAUSES)
def test_resolve_division(bare_nlp, places, sentence, trigger, countries, expected):
    place = places.resolve(_trigger(bare_nlp(sentence), trigger), countries, None)
    assert place is not None
    assert (place.name, place.geonameid, place.country) == expected


def test_division_elsewhere_loses_to_a_capital_of_that_name():
    """A division of a country the article is not about gives way to a national capital or a
    city of a million by that main name; in an article about its country it wins."""
    from eventcoder.code.places import _CITY, _CITY_ALT, _REGION, _Cand, _choose
    from eventcoder.records import Place

    region = _Cand(Place(name="Xland", country="NGA", lat=9.0, lon=7.0), _REGION, 0)
    capital = _Cand(Place("Xland", 1, "FRA", "11", 48.9, 2.3), _CITY, 60_000, capital=True)
    big_alt = _Cand(Place("Bigtown", 2, "JPN", "40", 35.7, 139.7), _CITY_ALT, 9_000_000)
    assert _choose([region, capital], ()) is capital
    assert _choose([region, capital], ("USA",)) is capital
    assert _choose([region, capital], ("NGA",)) is region
    # an alternate name, however big the city, does not beat the division
    assert _choose([region, big_alt], ()) is region
