"""The benchmark's corpora: generated news-like articles, and wire-style stories of our own.

- :func:`generate_corpus`: articles generated from templates, reproducible by seed. Invented
  towns and outlets, so that the corpus exercises the coder (actors, dates, places, reported
  speech) without copying any real text. Its sentences are short and regular.
- :func:`wire_corpus`: the wire-style stories in ``data/bench/wire.txt`` and the bundled
  samples, written for this project: long multi-clause sentences like real newswire, which
  parse more slowly per word (issue #15: the generated corpus overstated real-text speed).

:mod:`eventcoder.benchmark` times the coder on both.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Sequence
from importlib import resources

from eventcoder.records import Article

__all__ = [
    "DEFAULT_SEED",
    "DEFAULT_WORDS",
    "DEFAULT_WIRE_WORDS",
    "corpus_words",
    "generate_corpus",
    "wire_corpus",
    "wire_stories",
]

DEFAULT_WORDS = 50_000
DEFAULT_SEED = 1907
DEFAULT_WIRE_WORDS = 20_000

_STATES = [
    ("France", "French", "Paris"), ("Germany", "German", "Berlin"),
    ("Turkey", "Turkish", "Ankara"), ("India", "Indian", "New Delhi"),
    ("Pakistan", "Pakistani", "Islamabad"), ("Brazil", "Brazilian", "Brasilia"),
    ("Nigeria", "Nigerian", "Abuja"), ("Kenya", "Kenyan", "Nairobi"),
    ("Japan", "Japanese", "Tokyo"), ("China", "Chinese", "Beijing"),
    ("Russia", "Russian", "Moscow"), ("Ukraine", "Ukrainian", "Kyiv"),
    ("Egypt", "Egyptian", "Cairo"), ("Israel", "Israeli", "Jerusalem"),
    ("Iran", "Iranian", "Tehran"), ("Mexico", "Mexican", "Mexico City"),
    ("Colombia", "Colombian", "Bogota"), ("Indonesia", "Indonesian", "Jakarta"),
    ("Poland", "Polish", "Warsaw"), ("Ethiopia", "Ethiopian", "Addis Ababa"),
    ("Sudan", "Sudanese", "Khartoum"), ("Chile", "Chilean", "Santiago"),
    ("Vietnam", "Vietnamese", "Hanoi"), ("Saudi Arabia", "Saudi", "Riyadh"),
]
_ORGS = [
    "the United Nations", "NATO", "the African Union", "the European Union",
    "the World Bank", "Amnesty International", "the Red Cross",
]
_ROLES = [
    "the {adj} government", "the {adj} foreign minister", "{adj} troops", "{adj} police",
    "the {adj} president", "the {adj} prime minister", "the {adj} defence ministry",
    "{adj} opposition leaders", "{adj} protesters", "the {adj} army", "{country}",
    "officials in {capital}", "the government of {country}", "{adj} rebels",
]
_EVENTS = [
    "{src} accused {tgt} of violating the ceasefire",
    "{src} met {tgt} to discuss border security",
    "{src} condemned {tgt} over the arrest of two journalists",
    "{src} signed a trade agreement with {tgt}",
    "{src} threatened to impose sanctions on {tgt}",
    "{src} shelled positions held by {tgt}",
    "{src} expelled two diplomats from {tgt}",
    "{src} called for talks with {tgt}",
    "{src} urged {tgt} to release the detained activists",
    "{src} promised humanitarian aid to {tgt}",
    "{src} welcomed the proposal from {tgt}",
    "{src} rejected a peace plan put forward by {tgt}",
    "{src} praised {tgt} for its role in the negotiations",
    "{src} criticised {tgt} for blocking the resolution",
    "{src} attacked a convoy belonging to {tgt}",
    "{src} hosted a delegation from {tgt}",
    "{src} warned {tgt} against further provocations",
    "{src} arrested several supporters of {tgt}",
    "{src} apologised to {tgt} for the incident",
    "{src} agreed to share intelligence with {tgt}",
    "{src} demanded that {tgt} withdraw its forces",
    "{src} denied the accusations made by {tgt}",
    "{src} recalled its ambassador to {tgt}",
    "{src} offered to mediate between rival factions and {tgt}",
]
_WHEN = [
    "on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "on Saturday",
    "on Sunday", "last week", "earlier this month", "on {day} {month}", "late on {weekday}",
    "this morning", "overnight",
]
_WHERE = [
    "in {capital}", "near the border town of {town}", "at a summit in {capital}",
    "during a visit to {capital}", "in the northern province of {province}", "",
    "", "at the headquarters of the United Nations in Geneva",
]
_BACKGROUND = [
    "The talks were the first of their kind since {year}.",
    "Relations between the two countries have been strained for {n} years.",
    "At least {n} people were killed and dozens more wounded, according to local officials.",
    "The ministry did not respond to a request for comment.",
    "Analysts said the move was likely to deepen divisions within the coalition.",
    "\"We will not accept threats from anyone,\" a spokesperson told reporters.",
    "Thousands of people have fled the area since the fighting began in {month}.",
    "The agreement still has to be ratified by parliament.",
    "Prices of fuel and bread have risen sharply over the past {n} months.",
    "Diplomats said a further round of negotiations could take place in {month}.",
    "The statement gave no details about the number of people detained.",
    "Witnesses described hearing explosions for more than {n} hours.",
    "Both sides blamed each other for the collapse of the previous truce.",
    "Officials said the convoy was carrying food, medicine and drinking water.",
    "The report was based on interviews with more than {n} residents.",
]
_ATTRIBUTIONS = ["officials said", "state media reported", "according to a statement"]
_TOWNS = ["Varna", "Korvo", "Alben", "Minsa", "Tarrin", "Odessa", "Kessel", "Marlow", "Ostra"]
_PROVINCES = ["Kaleth", "Northern Vale", "Usora", "Bramwell", "Tiros"]
_MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
]
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_OUTLETS = ["Eventwire", "Global Desk", "Daily Ledger", "Capital Post"]
_HEADLINES = [
    "{country} and {other} trade accusations over border clashes",
    "Talks between {country} and {other} end without agreement",
    "{country} signs deal with {other} after months of talks",
    "Protests spread in {capital} as tensions with {other} rise",
    "{country} warns {other} of consequences over detained diplomats",
    "Aid convoy reaches {province} as fighting eases",
]


def _actor(rng: random.Random, state: tuple[str, str, str]) -> str:
    if rng.random() < 0.15:
        return rng.choice(_ORGS)
    country, adj, capital = state
    return rng.choice(_ROLES).format(adj=adj, country=country, capital=capital)


def _fill(template: str, rng: random.Random, state: tuple[str, str, str], **extra: str) -> str:
    return template.format(
        capital=state[2], country=state[0], town=rng.choice(_TOWNS),
        province=rng.choice(_PROVINCES), year=rng.randint(1994, 2021), n=rng.randint(2, 40),
        month=rng.choice(_MONTHS), day=rng.randint(1, 28), weekday=rng.choice(_WEEKDAYS),
        **extra,
    )


def _event_sentence(rng: random.Random, a: tuple[str, str, str], b: tuple[str, str, str]) -> str:
    if rng.random() < 0.5:
        a, b = b, a
    src, tgt = _actor(rng, a), _actor(rng, b)
    body = rng.choice(_EVENTS).format(src=src, tgt=tgt)
    when = _fill(rng.choice(_WHEN), rng, a)
    where = _fill(rng.choice(_WHERE), rng, rng.choice((a, b)))
    parts = [body, when, where] if rng.random() < 0.6 else [body, where, when]
    sentence = " ".join(p for p in parts if p)
    if rng.random() < 0.25:
        sentence = f"{sentence}, {rng.choice(_ATTRIBUTIONS)}"
    return sentence[0].upper() + sentence[1:] + "."


def _article(n: int, rng: random.Random) -> tuple[str, str]:
    a, b = rng.sample(_STATES, 2)
    published = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randint(0, 729))
    headline = _fill(rng.choice(_HEADLINES), rng, a, other=b[0])
    lead = f"{a[2].upper()}, {_MONTHS[published.month - 1]} {published.day} " \
           f"({rng.choice(_OUTLETS)}) - {_event_sentence(rng, a, b)}"
    paragraphs = [lead]
    for _ in range(rng.randint(4, 9)):
        sentences = []
        for _ in range(rng.randint(2, 4)):
            if rng.random() < 0.55:
                sentences.append(_event_sentence(rng, a, b))
            else:
                sentences.append(_fill(rng.choice(_BACKGROUND), rng, a))
        paragraphs.append(" ".join(sentences))
    text = f"{headline} (report {n})\n\n" + "\n\n".join(paragraphs) + "\n"
    return text, published.isoformat()


def generate_corpus(words: int = DEFAULT_WORDS, *, seed: int = DEFAULT_SEED) -> list[Article]:
    """News-like articles totalling at least ``words`` words; the same for the same arguments."""
    from eventcoder.read import article_from_text

    rng = random.Random(seed)
    articles: list[Article] = []
    total = 0
    while total < words:
        text, published = _article(len(articles) + 1, rng)
        origin = f"bench-{len(articles) + 1:05d}.txt"
        articles.append(article_from_text(text, published=published, origin=origin))
        total += len(text.split())
    return articles


def corpus_words(articles: Sequence[Article]) -> int:
    """Whitespace-separated words, the unit of every words/s figure."""
    return sum(len(a.text.split()) for a in articles)


def wire_stories() -> list[tuple[str, str, str]]:
    """``(published, name, text)`` of each wire-style story and bundled sample, in file order.

    Needs nothing but the standard library (``bench/blis_repro.py`` reads it on other stacks).
    """
    root = resources.files("eventcoder")
    stories: list[tuple[str, str, str]] = []
    current: list[str] = []
    for line in (root / "data" / "bench" / "wire.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        if line.startswith("=== "):
            published, name = line[4:].split(maxsplit=1)
            stories.append((published, name, ""))
            current = []
        elif stories:
            current.append(line)
            stories[-1] = (*stories[-1][:2], "\n".join(current).strip() + "\n")
    for sample in sorted((root / "samples").iterdir(), key=lambda p: p.name):
        name = sample.name[: -len(".txt")]
        if sample.name.endswith(".txt") and re.fullmatch(r"\d{4}-\d{2}-\d{2}", name[-10:]):
            # (a sample dated only by its dateline is left out: its date is not in its name)
            stories.append((name[-10:], name, sample.read_text(encoding="utf-8")))
    return stories


def wire_corpus(words: int = DEFAULT_WIRE_WORDS) -> list[Article]:
    """The wire stories, repeated in order until they total at least ``words`` words."""
    from eventcoder.read import article_from_text

    stories = wire_stories()
    articles: list[Article] = []
    total = 0
    while total < words:
        published, name, text = stories[len(articles) % len(stories)]
        origin = f"wire-{len(articles) + 1:04d}-{name}.txt"
        articles.append(article_from_text(text, published=published, origin=origin))
        total += len(text.split())
    return articles
