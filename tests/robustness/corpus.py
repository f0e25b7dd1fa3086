"""Small news articles of our own, generated from sentence templates (deterministic)."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

ACTORS = [
    "Russia", "Ukraine", "the United States", "China", "Pakistan", "India", "Iran", "Israel",
    "Egypt", "Kenya", "Tanzania", "Japan", "Vietnam", "Turkey", "Greece", "France", "Germany",
    "Brazil", "Argentina", "Nigeria", "the European Union", "NATO", "the United Nations",
]  # fmt: skip
TEMPLATES = [
    "{a} condemned {b} on {day}.",
    "{a} accused {b} of violating the ceasefire on {day}.",
    "{a} praised {b} for the border deal on {day}.",
    "The foreign minister of {a} met officials from {b} on {day}.",
    "{a} imposed sanctions on {b} on {day}.",
    "{a} signed a trade agreement with {b} on {day}.",
    "{a} expelled diplomats from {b} on {day}.",
    "{a} urged {b} to release the detained journalists on {day}.",
    "Troops from {a} shelled positions held by {b} on {day}.",
    "{a} rejected the proposal made by {b} on {day}.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def sentence(rng: random.Random) -> str:
    a, b = rng.sample(ACTORS, 2)
    text = rng.choice(TEMPLATES).format(a=a, b=b, day=rng.choice(DAYS))
    return text[0].upper() + text[1:]


def write_articles(folder: Path, n: int = 200, seed: int = 8, sentences: int = 3) -> list[Path]:
    """``n`` text files, each a title line and a few event sentences, dated in their names."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    start = dt.date(2024, 1, 1)
    paths = []
    for i in range(n):
        day = start + dt.timedelta(days=i % 180)
        body = " ".join(sentence(rng) for _ in range(sentences))
        path = folder / f"article-{i:04d}-{day.isoformat()}.txt"
        path.write_text(f"Report number {i}\n{body}\n")
        paths.append(path)
    return paths
