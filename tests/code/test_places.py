"""Event places: GeoNames lookups and the location of an event's clause (real model)."""

from __future__ import annotations

import pytest

from eventcoder.code.places import normalize_name
from eventcoder.records import Place


def _trigger(doc, text: str):
    hits = [t for t in doc if t.text == text]
    assert hits, f"{text!r} not in {doc.text!r}"
    return hits[0]


# name, article countries, expected (name, geonameid, country)
LOOKUPS = [
    ("Islamabad", (), ("Islamabad", 1176615, "PAK")),
    ("ISLAMABAD", (), ("Islamabad", 1176615, "PAK")),
    ("Washington", ("USA",), ("Washington", 4140963, "USA")),
    ("Washington", (), ("Washington", 4140963, "USA")),
    ("Washington, D.C.", (), ("Washington", 4140963, "USA")),
    ("Hyderabad", ("PAK",), ("Hyderabad", 1176734, "PAK")),
    ("Hyderabad", ("IND",), ("Hyderabad", 1269843, "IND")),
    ("Hyderabad", (), ("Hyderabad", 1269843, "IND")),  # no context: the larger one
    ("Tripoli", ("LBN",), ("Tripoli", 266826, "LBN")),
    ("Tripoli", (), ("Tripoli", 2210247, "LBY")),
    ("Paris", ("USA",), ("Paris", 2988507, "FRA")),  # a small namesake loses to a capital
    ("Paris, Texas", (), ("Paris", 4717560, "USA")),
    ("Kyiv, Ukraine", (), ("Kyiv", 703448, "UKR")),
    ("Kiev", (), ("Kyiv", 703448, "UKR")),
    ("Moscow", ("USA",), ("Moscow", 524901, "RUS")),
    ("Bogota", (), ("Bogotá", 3688689, "COL")),
    ("New York", (), ("New York City", 5128581, "USA")),
    ("the White House", (), ("Washington", 4140963, "USA")),
    ("Kremlin", (), ("Moscow", 524901, "RUS")),
    ("Mecca", (), ("Makkah", 104515, "SAU")),  # an alternate name of a far larger city wins
    # Country names: the country's GeoNames id, located at its capital.
    ("Pakistan", (), ("Pakistan", 1168579, "PAK")),
    ("the United States", (), ("United States", 6252001, "USA")),
    ("U.S.", (), ("United States", 6252001, "USA")),
    ("Britain", (), ("United Kingdom", 2635167, "GBR")),
    ("Georgia", (), ("Georgia", 614540, "GEO")),
    ("Georgia", ("USA",), ("Georgia", 4197000, "USA")),  # the US state in a US story
]


@pytest.mark.parametrize(("name", "countries", "expected"), LOOKUPS)
def test_lookup(places, name, countries, expected):
    place = places.lookup(name, countries)
    assert place is not None
    assert (place.name, place.geonameid, place.country) == expected


def test_place_fields(places):
    isb = places.lookup("Islamabad")
    assert isb == Place("Islamabad", 1176615, "PAK", "08", 33.72148, 73.04329)
    dc = places.lookup("Washington", ("USA",))
    assert dc.admin1 == "District of Columbia"  # US admin1 codes are given as state names
    pak = places.lookup("Pakistan")
    assert (pak.admin1, pak.lat, pak.lon) == (None, isb.lat, isb.lon)
    crimea = places.lookup("Crimea")
    assert (crimea.geonameid, crimea.country, crimea.lat is not None) == (None, "UKR", True)


# Never places: unknown names, airport codes, and names of bodies or seasons that a small town
# or an alternate name happens to share ("Un" in India, "Nato" in the Philippines).
@pytest.mark.parametrize(
    "name",
    ["Narnia", "", "the", "Ministry of Finance", "ISB", "UN", "EU", "NATO", "Hamas", "Ramadan",
     "Thai"],  # (a demonym, though GeoNames gives it as an alternate name of a town)
)
def test_unknown_names(places, name):
    assert places.lookup(name) is None


def test_normalize_name():
    assert normalize_name("  The  Hague ") == "hague"
    assert normalize_name("Bogotá") == normalize_name("BOGOTA") == "bogota"
    assert normalize_name("Port-au-Prince") == "port au prince"
    assert normalize_name("Washington, D.C.") == "washington, dc"


# sentence, trigger, article countries, dateline place, expected (name, geonameid, country)
CLAUSES = [
    ("Pakistan's foreign minister met the Chinese envoy in Islamabad on Friday.", "met", (),
     None, ("Islamabad", 1176615, "PAK")),
    ("Talks were held at a conference in Geneva on March 3.", "held", (), None,
     ("Geneva", 2660646, "CHE")),
    ("Police arrested 12 protesters in the city of Kharkiv earlier this month.", "arrested",
     (), None, ("Kharkiv", 706483, "UKR")),
    ("Rebels attacked a convoy near Donetsk two days ago.", "attacked", (), None,
     ("Donetsk", 709717, "UKR")),
    ("Troops clashed with militants in Bakhmut in eastern Ukraine.", "clashed", (), None,
     ("Bakhmut", 713174, "UKR")),
    ("His visit to Moscow last February angered the allies.", "visit", (), None,
     ("Moscow", 524901, "RUS")),
    ("The president will visit Islamabad on Sunday.", "visit", (), None,
     ("Islamabad", 1176615, "PAK")),
    ("The foreign minister will travel to Beijing next week.", "travel", (), None,
     ("Beijing", 1816670, "CHN")),
    ("Russian forces shelled Kharkiv overnight.", "shelled", (), None,
     ("Kharkiv", 706483, "UKR")),
    ("The siege of Mariupol lasted for weeks.", "siege", (), None, ("Mariupol", 701822, "UKR")),
    ("The talks took place in Doha last month.", "talks", (), None, ("Doha", 290030, "QAT")),
    ("The Geneva talks ended without agreement.", "talks", (), None,
     ("Geneva", 2660646, "CHE")),
    ("Demonstrators marched through central London on Saturday.", "marched", (), None,
     ("London", 2643743, "GBR")),
    ("Police in Karachi arrested two suspects.", "arrested", ("PAK",), None,
     ("Karachi", 1174872, "PAK")),
    ("Senators gathered at the White House on Monday.", "gathered", ("USA",), None,
     ("Washington", 4140963, "USA")),
    ("The ministers met at the UN in New York.", "met", ("USA",), None,
     ("New York City", 5128581, "USA")),
    ("Protesters rallied in Edinburgh, Scotland.", "rallied", ("GBR",), None,
     ("Edinburgh", 2650225, "GBR")),
    ("Clashes erupted in the Donbas region overnight.", "erupted", ("UKR",), None,
     ("Donbas", None, "UKR")),
    ("Israeli jets struck targets in the Gaza Strip.", "struck", ("ISR", "PSE"), None,
     ("Gaza Strip", None, "PSE")),
    # Ambiguity settled by the article's countries.
    ("Protesters gathered in Hyderabad on Sunday.", "gathered", ("PAK",), None,
     ("Hyderabad", 1176734, "PAK")),
    ("Protesters gathered in Hyderabad on Sunday.", "gathered", ("IND",), None,
     ("Hyderabad", 1269843, "IND")),
    ("Officials met in Tripoli to discuss the ceasefire.", "met", ("LBN",), None,
     ("Tripoli", 266826, "LBN")),
    # A country the small model read as a date or a title ("Niger": DATE, WORK_OF_ART).
    ("Gunmen kidnapped a French tourist in Niger.", "kidnapped", (), None,
     ("Niger", 2440476, "NER")),
    ("Gunmen kidnapped two aid workers in Niger on Friday.", "kidnapped", (), None,
     ("Niger", 2440476, "NER")),
    # Nothing in the clause: the dateline's place.
    ("The minister condemned the attack.", "condemned", ("PAK",), "Islamabad",
     ("Islamabad", 1176615, "PAK")),
    ("Officials denied the report.", "denied", ("USA",), "Washington",
     ("Washington", 4140963, "USA")),
    # The clause's place beats the dateline's.
    ("Rebels attacked a convoy near Donetsk.", "attacked", (), "Kyiv, Ukraine",
     ("Donetsk", 709717, "UKR")),
]


@pytest.mark.parametrize(("sentence", "trigger", "countries", "dateline", "expected"), CLAUSES)
def test_resolve(bare_nlp, places, sentence, trigger, countries, dateline, expected):
    place = places.resolve(_trigger(bare_nlp(sentence), trigger), countries, dateline)
    assert place is not None
    assert (place.name, place.geonameid, place.country) == expected


# A capital (or country) named as an actor is not where the event happened.
NO_PLACE = [
    ("Washington denied the report on Tuesday.", "denied", ("USA",)),
    ("China criticized Washington over the sanctions.", "criticized", ("CHN", "USA")),
    ("Moscow accused Kyiv of staging the attack.", "accused", ("RUS", "UKR")),
    ("Beijing welcomed the decision.", "welcomed", ("CHN",)),
    ("The minister condemned the attack.", "condemned", ()),
    ("Protesters torched a police van.", "torched", ()),
    ("Diplomats gathered at the UN headquarters on Monday.", "gathered", ("USA",)),
    ("The truce held until May.", "held", ()),  # a month the model calls a date is one
]


@pytest.mark.parametrize(("sentence", "trigger", "countries"), NO_PLACE)
def test_no_place(bare_nlp, places, sentence, trigger, countries):
    assert places.resolve(_trigger(bare_nlp(sentence), trigger), countries, None) is None


def test_unknown_place_in_clause_keeps_its_name(bare_nlp, places):
    """A place the clause names but the gazetteer lacks beats the dateline, name only."""
    doc = bare_nlp("Soldiers opened fire on villagers in Zarvanytsia.")
    assert places.resolve(_trigger(doc, "opened"), (), "Kyiv") == Place(name="Zarvanytsia")


def test_dateline_qualifier_is_a_hint(bare_nlp, places):
    doc = bare_nlp("The council condemned the decision.")
    place = places.resolve(_trigger(doc, "condemned"), ("USA",), "Paris, Texas")
    assert (place.name, place.geonameid, place.admin1) == ("Paris", 4717560, "Texas")


def test_lookup_is_a_cached_answer(places):
    # Speed is measured by `eventcoder bench`, not asserted here; a repeated lookup must give
    # the very same answer.
    first = places.lookup("Washington", ("USA", "PAK"))
    assert all(places.lookup("Washington", ("USA", "PAK")) == first for _ in range(1000))
