"""Loading, validation and indexing of the actor knowledge tables (``data/actors/*.tsv``).

Private helper of :mod:`eventcoder.code.actors`. Every table is a tab-separated file with
``#`` comment lines and one header row; each data row states one fact. A row that breaks
the rules raises :class:`~eventcoder.errors.DataTableError` naming ``actors/<file>:<line>``.

Names are matched token by token: every table name is split with spaCy's English tokenizer
(the same rules the pipeline uses), folded (lower case, accents removed, curly quotes
straightened) and stored as a tuple key. All-capital acronyms of up to five letters
("US", "WHO", "IS") are kept in a separate case-sensitive index so that "who" or "us" in
running text never matches them.

User tables (``--actors FILE``, :class:`ActorFile`) have the header of one of the bundled
tables and are read by that table's rules after the bundled ones. A name a user table gives
replaces every meaning earlier tables gave it; several rows of one user table for one name add
up (the dated rows of a group, the terms of a person).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from eventcoder.errors import DataTableError

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "actors"

#: Role codes (the 3-letter parts after the country or international prefix).
ROLE_CODES: dict[str, str] = {
    "GOV": "government, executive, diplomats, officials",
    "MIL": "military, armed forces",
    "COP": "police",
    "JUD": "judiciary, courts, prosecutors",
    "LEG": "legislature, lawmakers",
    "OPP": "political opposition",
    "PTY": "political party (not otherwise known as government or opposition)",
    "REB": "rebels, militias, armed opposition holding territory",
    "INS": "insurgents, militants, terrorist groups",
    "SEP": "separatists",
    "MED": "media, journalists",
    "BUS": "business, companies",
    "CVL": "civilians, residents, protesters",
    "EDU": "education, students, universities",
    "REL": "religious figures and bodies",
    "HLH": "health, doctors, hospitals",
    "LAB": "labour, workers, unions",
    "AGR": "agriculture, farmers",
    "NGO": "domestic non-governmental organisations, activists",
    "REF": "refugees, displaced people, migrants",
    "SPY": "intelligence services",
    "CRM": "criminals, gangs, smugglers",
    "ELI": "elites, former officials",
    "UAF": "unidentified armed forces: attackers no one names, of the country where they struck",
}
#: Short names of the role codes, for labels ("Kenya police", "Pakistan government").
ROLE_LABELS: dict[str, str] = {
    "GOV": "government", "MIL": "military", "COP": "police", "JUD": "judiciary",
    "LEG": "legislature", "OPP": "opposition", "PTY": "party", "REB": "rebels",
    "INS": "insurgents", "SEP": "separatists", "MED": "media", "BUS": "business",
    "CVL": "civilians", "EDU": "education", "REL": "religious", "HLH": "health",
    "LAB": "labour", "AGR": "farmers", "NGO": "NGOs", "REF": "refugees",
    "SPY": "intelligence", "CRM": "criminals", "ELI": "elites",
}  # fmt: skip
#: Prefixes that are not countries. IGO/NGO/IMG are followed by a 3-letter organisation id.
INTL_PREFIXES: dict[str, str] = {
    "IGO": "intergovernmental organisation",
    "NGO": "international non-governmental organisation",
    "IMG": "international militarised group",
    "MNC": "multinational corporation",
}
#: The country part of a role whose country the text does not give ("---COP": police of an
#: unknown country), as Phoenix data writes it: a wrong country is worse than none.
UNKNOWN_COUNTRY = "---"
#: The actor tables, in loading order, and their header rows. A user table is read by the
#: rules of the bundled table whose header it has.
TABLE_HEADERS: dict[str, list[str]] = {
    "countries.tsv": ["code", "text", "kind"],
    "roles.tsv": ["text", "role", "individual"],
    "institutions.tsv": ["name", "code", "country_from_context"],
    "organisations.tsv": ["name", "code"],
    "groups.tsv": ["name", "code", "valid_from", "valid_to"],
    "office_holders.tsv": ["name", "aliases", "country", "role", "office", "start", "end"],
    "media.tsv": ["name", "country"],
    "communities.tsv": ["name", "country", "role", "main"],
    "things.tsv": ["text", "role"],
}
#: Role words that take the role of what they belong to ("army spokesman" -> MIL).
INHERIT = "*"
COUNTRY_KINDS = ("name", "official", "alias", "demonym", "capital")
_CODE3 = re.compile(r"^[A-Z]{3}$")
_CODE = re.compile(r"^(?:[A-Z]{3})+$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ACRONYM = re.compile(r"^[A-Z][A-Z.+&0-9]{0,5}$")
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u2013": "-", "\u2014": "-"})


@functools.lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower-case, strip accents, straighten quotes: the matching form of one token."""
    text = unicodedata.normalize("NFKD", text.translate(_QUOTES))
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


@functools.lru_cache(maxsize=1)
def _tokenizer():  # the blank English tokenizer (no model, no download)
    import spacy

    return spacy.blank("en").tokenizer


@functools.lru_cache(maxsize=8192)  # the same names are split again and again (pure)
def split_name(text: str) -> tuple[tuple[str, ...], bool]:
    """Tokenize a table name: (folded token tuple, case_sensitive?)."""
    text = " ".join(text.split())
    if text.lower().startswith("the ") and len(text) > 4:
        text = text[4:]
    case_sensitive = bool(_ACRONYM.match(text)) and sum(c.isalpha() for c in text) <= 5
    # ("the Lord's Resistance Army": a phrase read from the text skips the possessive's "'s")
    words = [t.text for t in _tokenizer()(text) if t.text not in ("'s", "'", "’s", "’")] or [text]
    if case_sensitive:
        return tuple(words), True
    return tuple(fold(w) for w in words), False


@dataclass(frozen=True, slots=True)
class Entry:
    """One meaning of a phrase in the phrase index."""

    kind: str  # country | community | institution | org | group | role | thing
    code: str | None = None  # full actor code (institution, org, group) or country code
    # (country, community)
    role: str | None = None  # role code, INHERIT, or None
    sub: str = ""  # country kind (name/demonym/capital…); "ctx" for context institutions
    individual: bool = False  # role word naming one person (a title)
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    text: str = ""  # the table's spelling


@dataclass(frozen=True, slots=True)
class Term:
    """One term of office of one person."""

    name: str
    country: str
    role: str
    office: str
    start: dt.date
    end: dt.date | None

    @property
    def code(self) -> str:
        return self.country + self.role

    def active(self, day: dt.date) -> bool:
        return self.start <= day and (self.end is None or day < self.end)


@dataclass(frozen=True, slots=True)
class ActorFile:
    """A user actor table: where it came from and its text. Read once by the process that
    starts a run, so Dask workers code with it without seeing the file."""

    origin: str
    text: str

    def kind(self) -> str:
        """The bundled table whose header the file has (``groups.tsv`` …)."""
        for lineno, line in enumerate(self.text.split("\n"), start=1):
            line = line.rstrip("\r")
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            for name, header in TABLE_HEADERS.items():
                if cells == header:
                    return name
            shapes = "; ".join(f"{'<TAB>'.join(h)} ({n[:-4]})" for n, h in TABLE_HEADERS.items())
            raise DataTableError(f"{self.origin}:{lineno}: the first row must be the header of "
                                 f"an actor table: {shapes}")
        raise DataTableError(f"{self.origin}: no header row")


@dataclass(frozen=True, slots=True)
class _Source:
    """The lines of one table, where they come from, and who owns the names they give
    (None for the bundled tables; the user file otherwise)."""

    where: str
    lines: list[str]
    owner: str | None = None

    def at(self, lineno: int) -> str:
        return f"{self.where}:{lineno}"


@dataclass
class Tables:
    """The parsed tables and their indexes."""

    countries: dict[str, str] = field(default_factory=dict)  # code -> canonical name
    country_names: dict[str, str] = field(default_factory=dict)  # folded string -> code
    country_names_cs: dict[str, str] = field(default_factory=dict)  # exact string -> code
    phrases: dict[tuple[str, ...], list[Entry]] = field(default_factory=dict)
    phrases_cs: dict[tuple[str, ...], list[Entry]] = field(default_factory=dict)
    persons: dict[tuple[str, ...], set[str]] = field(default_factory=dict)  # key -> names
    full_names: dict[tuple[str, ...], set[str]] = field(default_factory=dict)
    terms: dict[str, list[Term]] = field(default_factory=dict)  # canonical name -> terms
    emitted_codes: set[str] = field(default_factory=set)
    max_len: int = 1
    counts: dict[str, int] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)  # organisation code -> canonical name
    claims: dict[tuple[bool, tuple[str, ...]], str] = field(default_factory=dict)
    #: first word -> the most words of a key that starts with it, over ``phrases``,
    #: ``persons`` and ``full_names`` (folded words) and over ``phrases_cs`` (exact words):
    #: a scan tries no longer keys at a word, and none at a word no key starts with
    starts: dict[str, int] = field(default_factory=dict)
    starts_cs: dict[str, int] = field(default_factory=dict)
    #: the first words of ``country_names`` and ``country_names_cs``, and of the phrases that
    #: name an armed group or an institution (whose country naming them establishes)
    country_starts: frozenset[str] = frozenset()
    country_starts_cs: frozenset[str] = frozenset()
    #: first word -> the most words (split at spaces) of a ``country_names`` key that starts
    #: with it; ``country_words_cs`` the same over ``country_names_cs``
    country_words: dict[str, int] = field(default_factory=dict)
    country_words_cs: dict[str, int] = field(default_factory=dict)

    def add_phrase(self, text: str, entry: Entry, owner: str | None = None) -> None:
        key, cs = split_name(text)
        index = self.phrases_cs if cs else self.phrases
        if owner is not None and self.claims.get((cs, key)) != owner:
            # a user table's first row for a name replaces what earlier tables said of it
            index.pop(key, None)
            folded = tuple(fold(w) for w in key)
            self.persons.pop(folded, None)
            self.full_names.pop(folded, None)
            self.claims[(cs, key)] = owner
        index.setdefault(key, []).append(entry)
        self.max_len = max(self.max_len, len(key))

    def index_starts(self) -> None:
        """Build :attr:`starts` and the other first-word indexes (once, after loading)."""
        for starts, indexes in ((self.starts, (self.phrases, self.persons, self.full_names)),
                                (self.starts_cs, (self.phrases_cs,))):
            for index in indexes:
                for key in index:
                    if key and starts.get(key[0], 0) < len(key):
                        starts[key[0]] = len(key)
        for words, names in ((self.country_words, self.country_names),
                             (self.country_words_cs, self.country_names_cs)):
            for name in names:
                split = name.split(" ")
                if words.get(split[0], 0) < len(split):
                    words[split[0]] = len(split)
        owners = ("group", "institution")
        self.country_starts = frozenset(
            [k.split(" ")[0] for k in self.country_names]
            + [k[0] for k, v in self.phrases.items() if any(e.kind in owners for e in v)])
        self.country_starts_cs = frozenset(
            [k.split(" ")[0] for k in self.country_names_cs]
            + [k[0] for k, v in self.phrases_cs.items() if any(e.kind in owners for e in v)])

    def knows(self, text: str) -> bool:
        """Whether some table gives exactly this name (a phrase, a country name, a person)."""
        key, cs = split_name(text)
        folded = tuple(fold(w) for w in key)
        return (key in (self.phrases_cs if cs else self.phrases) or folded in self.phrases
                or folded in self.full_names)

    def name_code(self, code: str, text: str, owner: str | None) -> None:
        """The first name given for an organisation code is its canonical name (a user
        table's first name for a code wins over the bundled one)."""
        claim = (False, ("#code", code))
        if code not in self.names or (owner is not None and self.claims.get(claim) != owner):
            self.names[code] = text
            if owner is not None:
                self.claims[claim] = owner

    def label(self, code: str | None) -> str | None:
        """The canonical name of an actor code: "Afghanistan", "Kenya police", "United
        Nations", "Islamic State", "European Union military", "police (country unknown)";
        None without a code."""
        if not code:
            return None
        head = code[:3]
        if head == UNKNOWN_COUNTRY:  # "---COP": police of a country the text does not give
            words = [ROLE_LABELS.get(code[i:i + 3], code[i:i + 3]) for i in range(3, len(code), 3)]
            return f"{' '.join(words) or 'actor'} (country unknown)"
        if head in INTL_PREFIXES and head != "MNC" and len(code) >= 6:
            base, roles = self.names.get(code[:6], code[:6]), code[6:]
        else:
            base = INTL_PREFIXES["MNC"] if head == "MNC" else self.countries.get(head, head)
            roles = code[3:]
        words = [ROLE_LABELS.get(roles[i:i + 3], roles[i:i + 3]) for i in range(0, len(roles), 3)]
        return " ".join([base, *words])


def _bundled(name: str) -> _Source:
    path = DATA_DIR / name
    where = f"actors/{name}"
    try:
        return _Source(where, path.read_text(encoding="utf-8").split("\n"))
    except OSError as exc:
        raise DataTableError(f"{where}: cannot read: {exc}") from exc


def _rows(src: _Source, header: list[str]) -> Iterator[tuple[int, list[str]]]:
    where = src.where
    seen_header = False
    for lineno, raw in enumerate(src.lines, start=1):
        line = raw.rstrip("\r")
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if not seen_header:
            if cells != header:
                raise DataTableError(f"{where}:{lineno}: header must be {'<TAB>'.join(header)}")
            seen_header = True
            continue
        if len(cells) != len(header):
            raise DataTableError(
                f"{where}:{lineno}: expected {len(header)} tab-separated columns, got {len(cells)}"
            )
        if any(c != c.strip() for c in cells):
            raise DataTableError(f"{where}:{lineno}: stray spaces around a cell")
        yield lineno, cells
    if not seen_header:
        raise DataTableError(f"{where}: no header row")


def _check_code(code: str, text: str, where: str, countries: dict[str, str]) -> None:
    if not code:
        raise DataTableError(f"{where}: no code for {text!r}: fill in an actor code "
                             "(docs/actors.md) or delete the row")
    if not valid_code(code, countries):
        raise DataTableError(f"{where}: invalid actor code {code!r}")


def _date(value: str, where: str) -> dt.date | None:
    if not value:
        return None
    if not _DATE.match(value):
        raise DataTableError(f"{where}: bad date {value!r} (want YYYY-MM-DD)")
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise DataTableError(f"{where}: bad date {value!r}: {exc}") from exc


def valid_code(code: str, countries: dict[str, str]) -> bool:
    """The actor code grammar: country or international prefix, then 3-letter role codes;
    or the unknown country ``---`` and at least one role code."""
    if code and code.startswith(UNKNOWN_COUNTRY) and len(code) > 3:
        rest3 = code[3:]
        return bool(_CODE.match(rest3)) and all(
            rest3[i:i + 3] in ROLE_CODES for i in range(0, len(rest3), 3))
    if not code or not _CODE.match(code):
        return False
    parts = [code[i : i + 3] for i in range(0, len(code), 3)]
    head, rest = parts[0], parts[1:]
    if head in INTL_PREFIXES:
        if head != "MNC":
            if not rest:
                return False
            rest = rest[1:]  # the organisation id
    elif head not in countries:
        return False
    return all(p in ROLE_CODES for p in rest)


def _load_countries(t: Tables, src: _Source) -> None:
    named: set[str] = set()  # codes this user table has named (its first name row wins)
    for lineno, (code, text, kind) in _rows(src, TABLE_HEADERS["countries.tsv"]):
        where = src.at(lineno)
        if not _CODE3.match(code):
            raise DataTableError(f"{where}: country code {code!r} is not 3 capital letters")
        if kind not in COUNTRY_KINDS:
            raise DataTableError(f"{where}: kind {kind!r} not one of {', '.join(COUNTRY_KINDS)}")
        if not text:
            raise DataTableError(f"{where}: empty text")
        if kind == "name" and src.owner is not None and code not in named:
            t.countries[code] = text
            named.add(code)
        elif kind == "name":
            t.countries.setdefault(code, text)
        key, cs = split_name(text)
        flat = " ".join(key)
        names = t.country_names_cs if cs else t.country_names
        if src.owner is None and names.get(flat, code) != code:
            raise DataTableError(f"{where}: {text!r} already names {names[flat]}")
        names[flat] = code
        t.add_phrase(text, Entry("country", code=code, sub=kind, text=text), src.owner)
    missing = {e.code for v in t.phrases.values() for e in v if e.kind == "country"}
    missing -= set(t.countries)
    if missing:
        raise DataTableError(f"{src.where}: codes without a 'name' row: {sorted(missing)}")
    t.emitted_codes |= set(t.countries)


def _load_roles(t: Tables, src: _Source) -> None:
    seen: dict[str, int] = {}
    for lineno, (text, role, individual) in _rows(src, TABLE_HEADERS["roles.tsv"]):
        where = src.at(lineno)
        if role != INHERIT and role not in ROLE_CODES:
            raise DataTableError(f"{where}: unknown role {role!r}")
        if individual not in ("yes", "no"):
            raise DataTableError(f"{where}: individual must be yes or no")
        if text.lower() in seen:
            raise DataTableError(f"{where}: {text!r} already listed on line {seen[text.lower()]}")
        seen[text.lower()] = lineno
        t.add_phrase(text, Entry("role", role=role, individual=individual == "yes", text=text),
                     src.owner)


def _load_institutions(t: Tables, src: _Source) -> None:
    seen: dict[str, int] = {}
    for lineno, (text, code, ctx) in _rows(src, TABLE_HEADERS["institutions.tsv"]):
        where = src.at(lineno)
        if ctx not in ("yes", "no"):
            raise DataTableError(f"{where}: country_from_context must be yes or no")
        if ctx == "yes" and code not in ROLE_CODES:
            raise DataTableError(f"{where}: with country_from_context=yes, code is a role code")
        if ctx == "no":
            _check_code(code, text, where, t.countries)
        if text.lower() in seen:
            raise DataTableError(f"{where}: {text!r} already listed on line {seen[text.lower()]}")
        seen[text.lower()] = lineno
        if ctx == "yes":
            t.add_phrase(text, Entry("institution", role=code, sub="ctx", text=text), src.owner)
        else:
            t.add_phrase(text, Entry("institution", code=code, role=code[3:6] or None, text=text),
                         src.owner)
            t.emitted_codes.add(code)


def _load_organisations(t: Tables, src: _Source) -> None:
    seen: dict[str, int] = {}
    for lineno, (text, code) in _rows(src, TABLE_HEADERS["organisations.tsv"]):
        where = src.at(lineno)
        if not code:
            _check_code(code, text, where, t.countries)
        if not re.match(r"^(IGO|NGO)[A-Z]{3}$", code):
            raise DataTableError(f"{where}: organisation code {code!r} must be IGO/NGO + 3 letters")
        if text in seen:
            raise DataTableError(f"{where}: {text!r} already listed on line {seen[text]}")
        seen[text] = lineno
        t.add_phrase(text, Entry("org", code=code, text=text), src.owner)
        t.name_code(code, text, src.owner)
        t.emitted_codes.add(code)


def _load_groups(t: Tables, src: _Source) -> None:
    periods: dict[str, list[tuple[dt.date, dt.date, int]]] = {}
    for lineno, (text, code, start, end) in _rows(src, TABLE_HEADERS["groups.tsv"]):
        where = src.at(lineno)
        _check_code(code, text, where, t.countries)
        d0, d1 = _date(start, where), _date(end, where)
        if d0 and d1 and d1 < d0:
            raise DataTableError(f"{where}: valid_to before valid_from")
        lo, hi = d0 or dt.date.min, d1 or dt.date.max
        for a, b, other in periods.get(text.lower(), ()):
            if lo <= b and a <= hi:
                raise DataTableError(f"{where}: {text!r} overlaps the period on line {other}")
        periods.setdefault(text.lower(), []).append((lo, hi, lineno))
        t.add_phrase(text, Entry("group", code=code, role=code[3:6] or None, valid_from=d0,
                                 valid_to=d1, text=text), src.owner)
        if code[:3] in INTL_PREFIXES and len(code) >= 6:
            t.name_code(code[:6], text, src.owner)  # "Islamic State" names IMGISL
        t.emitted_codes.add(code)


def _person_keys(t: Tables, pname: str, aliases: str) -> None:
    spellings = [pname] + [a for a in aliases.split("|") if a]
    for s in spellings:
        key = tuple(fold(w) for w in split_name(s)[0])  # "MBS" matches as "mbs" too
        t.persons.setdefault(key, set()).add(pname)
        t.full_names.setdefault(key, set()).add(pname)
    last = pname.split()[-1] if len(pname.split()) > 1 else ""
    if last and last.lower() not in ("ii", "iii", "jr.", "sr."):
        t.persons.setdefault(tuple(fold(w) for w in split_name(last)[0]), set()).add(pname)
        low = last.lower()
        if low.startswith(("al-", "el-")) and len(last) > 3:
            t.persons.setdefault(split_name(last[3:])[0], set()).add(pname)


def _load_office_holders(t: Tables, src: _Source) -> None:
    mine: set[str] = set()  # the persons this user table speaks of: its terms replace theirs
    header = TABLE_HEADERS["office_holders.tsv"]
    for lineno, (pname, aliases, country, role, office, start, end) in _rows(src, header):
        where = src.at(lineno)
        if not pname:
            raise DataTableError(f"{where}: empty name")
        _check_code(country + role, pname, where, t.countries)
        d0, d1 = _date(start, where), _date(end, where)
        if d0 is None:
            raise DataTableError(f"{where}: start date required")
        if d1 and d1 < d0:
            raise DataTableError(f"{where}: end before start")
        if not office:
            raise DataTableError(f"{where}: empty office")
        if src.owner is not None and pname not in mine:
            t.terms.pop(pname, None)
            mine.add(pname)
        t.terms.setdefault(pname, []).append(Term(pname, country, role, office, d0, d1))
        t.emitted_codes.add(country + role)
        _person_keys(t, pname, aliases)


def _load_media(t: Tables, src: _Source) -> None:
    """News organisations: name -> <country>MED, indexed as named institutions."""
    seen: dict[str, int] = {}
    for lineno, (text, country) in _rows(src, TABLE_HEADERS["media.tsv"]):
        where = src.at(lineno)
        if country not in t.countries:
            raise DataTableError(f"{where}: unknown country {country!r}")
        if text.lower() in seen:
            raise DataTableError(f"{where}: {text!r} already listed on line {seen[text.lower()]}")
        seen[text.lower()] = lineno
        t.add_phrase(text, Entry("institution", code=country + "MED", role="MED", text=text),
                     src.owner)
        t.emitted_codes.add(country + "MED")
    if src.owner is None:
        t.counts["media"] = len(seen)


def _load_communities(t: Tables, src: _Source) -> None:
    """Communities without a state: word -> one entry per country, the usual one first."""
    seen: dict[tuple[str, str], int] = {}
    mains: dict[str, int] = {}
    for lineno, (text, country, role, main) in _rows(src, TABLE_HEADERS["communities.tsv"]):
        where = src.at(lineno)
        if country not in t.countries:
            raise DataTableError(f"{where}: unknown country {country!r}")
        if role not in ROLE_CODES:
            raise DataTableError(f"{where}: unknown role {role!r}")
        if main not in ("yes", "no"):
            raise DataTableError(f"{where}: main must be yes or no")
        key = (text.lower(), country)
        if key in seen:
            raise DataTableError(f"{where}: {text!r} {country} already listed on line {seen[key]}")
        if main == "yes" and text.lower() in mains:
            raise DataTableError(f"{where}: {text!r} already has a main row on line "
                                 f"{mains[text.lower()]}")
        seen[key] = lineno
        if main == "yes":
            mains[text.lower()] = lineno
        # sub "main": the country used when nothing around the phrase names one
        t.add_phrase(text, Entry("community", code=country, role=role,
                                 sub="main" if main == "yes" else "", text=text), src.owner)
        t.emitted_codes.add(country + role)
    if src.owner is None:
        t.counts["communities"] = len({k[0] for k in seen})


def _load_things(t: Tables, src: _Source) -> None:
    """Bases, positions, convoys, airstrikes: they stand for the force that holds them."""
    seen: dict[str, int] = {}
    for lineno, (text, role) in _rows(src, TABLE_HEADERS["things.tsv"]):
        where = src.at(lineno)
        if role not in ROLE_CODES:
            raise DataTableError(f"{where}: unknown role {role!r}")
        if text.lower() in seen:
            raise DataTableError(f"{where}: {text!r} already listed on line {seen[text.lower()]}")
        if src.owner is None and tuple(fold(w) for w in split_name(text)[0]) in t.phrases:
            raise DataTableError(f"{where}: {text!r} is already a role word or name")
        seen[text.lower()] = lineno
        t.add_phrase(text, Entry("role", role=role, sub="thing", text=text), src.owner)


_LOADERS = {
    "countries.tsv": _load_countries,
    "roles.tsv": _load_roles,
    "institutions.tsv": _load_institutions,
    "organisations.tsv": _load_organisations,
    "groups.tsv": _load_groups,
    "office_holders.tsv": _load_office_holders,
    "media.tsv": _load_media,
    "communities.tsv": _load_communities,
    "things.tsv": _load_things,
}
# deterministic priority when one phrase has several meanings
_KIND_ORDER = {"group": 0, "org": 1, "institution": 2, "country": 3, "community": 4, "role": 5}


@functools.lru_cache(maxsize=8)
def load_tables(user: tuple[ActorFile, ...] = ()) -> Tables:
    """Parse and validate every actor table once per process: the bundled ones, then the
    ``user`` tables (in the bundled tables' order of kinds, then in the order given)."""
    t = Tables()
    for name, load in _LOADERS.items():
        load(t, _bundled(name))
    kinds = [(f.kind(), n, f) for n, f in enumerate(user)]
    for kind, _, f in sorted(kinds, key=lambda k: (list(_LOADERS).index(k[0]), k[1])):
        _LOADERS[kind](t, _Source(f.origin, f.text.split("\n"), owner=f.origin))
    for entries in list(t.phrases.values()) + list(t.phrases_cs.values()):
        entries.sort(key=lambda e: _KIND_ORDER[e.kind])
    everything = list(t.phrases.values()) + list(t.phrases_cs.values())
    t.counts["organisations"] = len({e.code for v in everything for e in v if e.kind == "org"})
    t.counts["office_terms"] = sum(len(v) for v in t.terms.values())
    t.counts["office_holders"] = len(t.terms)
    t.index_starts()
    t.counts["countries"] = len(t.countries)
    t.counts["groups"] = len({e.text.lower() for v in t.phrases.values() for e in v
                              if e.kind == "group"} | {e.text for v in t.phrases_cs.values()
                                                       for e in v if e.kind == "group"})
    return t


@functools.lru_cache(maxsize=1)
def people_words() -> frozenset[str]:
    """Single words that name a person or people of some role ("mayor", "dissidents",
    "herders") or community: the pattern tables' ``@person`` object."""
    t = load_tables()
    return frozenset(key[0] for key, entries in t.phrases.items() if len(key) == 1 and any(
        e.kind in ("role", "community") and e.sub != "thing" for e in entries))


def country_named(tables: Tables, name: str) -> str | None:
    """"Pakistan", "Pakistani", "Islamabad", "the US" -> "PAK"/"USA" in ``tables``; else None."""
    key, cs = split_name(name.strip())
    flat = " ".join(key)
    if cs:
        return tables.country_names_cs.get(flat) or tables.country_names.get(
            " ".join(fold(w) for w in key))
    return tables.country_names.get(flat)


def country_of_name(name: str) -> str | None:
    """:func:`country_named` in the bundled tables, for rules that must tell two parties
    apart before actors are resolved."""
    return country_named(load_tables(), name)
