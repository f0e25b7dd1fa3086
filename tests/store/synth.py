"""Synthetic articles and mentions for store tests (no model needed).

Also run as a script by the process tests: ``python synth.py STORE N_BATCHES [SLEEP]`` adds
``N_BATCHES`` deterministic batches of articles, printing ``batch i`` after each.
"""

from __future__ import annotations

import sys
import time

from eventcoder.records import ActorRef, Article, Mention, Place

ACTORS = {
    "USAGOV": ("United States", "USA", "GOV"),
    "CHNGOV": ("China", "CHN", "GOV"),
    "PAKGOV": ("Imran Khan", "PAK", "GOV"),
    "RUSMIL": ("Russian army", "RUS", "MIL"),
    "UKRGOV": ("Ukraine", "UKR", "GOV"),
}
CODES = {
    "042": ("Make a visit", "04", "CONSULT", 1.9, 1),
    "114": ("Complain officially", "11", "ACCUSE", -2.0, 3),
    "190": ("Use conventional military force", "19", "ASSAULT", -10.0, 4),
    "057": ("Sign formal agreement", "05", "AGREE", 8.0, 2),
}
BEIJING = Place("Beijing", 1816670, "CHN", "22", 39.9, 116.4)


def actor(code: str | None) -> ActorRef | None:
    if code is None:
        return None
    name, country, role = ACTORS[code]
    return ActorRef(text=name, name=name, code=code, country=country, role=role)


def article(aid: str, published: str = "2024-03-01", outlet: str | None = "Reuters") -> Article:
    return Article(
        id=aid,
        text=f"Text of {aid}.",
        title=f"Title {aid}",
        published=published,
        url=f"https://news.example/{aid}",
        outlet=outlet,
        language="en",
    )


def mention(
    a: Article,
    k: int,
    src: str | None = "USAGOV",
    tgt: str | None = "CHNGOV",
    cameo: str = "042",
    *,
    date: str | None = None,
    negated: bool = False,
    place: Place | None = BEIJING,
    sentence: str | None = None,
) -> Mention:
    name, root, plover, goldstein, quad = CODES[cameo]
    text = sentence or f"Sentence {k} of {a.id}: {src} acts on {tgt} ({cameo})."
    return Mention(
        article_id=a.id,
        sentence_index=k,
        sentence=text,
        trigger="acts",
        source=actor(src),
        target=actor(tgt),
        cameo=cameo,
        cameo_name=name,
        root=root,
        plover=plover,
        goldstein=goldstein,
        quad_class=quad,
        date=date or a.published,
        date_precision="day",
        location=place,
        negated=negated,
        start=10 * k,
        end=10 * k + 9,
        trigger_start=10 * k + 2,
        trigger_end=10 * k + 6,
        confidence=0.8,
    )


def batch(i: int, size: int = 5) -> list[tuple[Article, list[Mention]]]:
    """Deterministic batch ``i``: ``size`` articles, 2-3 mentions each, shared event keys."""
    items = []
    dyads = [("USAGOV", "CHNGOV"), ("RUSMIL", "UKRGOV"), ("PAKGOV", "USAGOV")]
    codes = list(CODES)
    for j in range(size):
        n = i * size + j
        a = article(
            f"art{n:05d}",
            published=f"2024-03-{1 + n % 28:02d}",
            outlet=["Reuters", "AP", "AFP"][n % 3],
        )
        src, tgt = dyads[n % 3]
        ms = [mention(a, 0, src, tgt, codes[n % 4]), mention(a, 1, tgt, src, codes[(n + 1) % 4])]
        if n % 2:
            ms.append(
                mention(a, 2, src, tgt, codes[n % 4], date=f"2024-03-{1 + (n // 2) % 28:02d}")
            )
        items.append((a, ms))
    return items


def main(argv: list[str]) -> None:
    from eventcoder.store import Store

    path, n = argv[0], int(argv[1])
    pause = float(argv[2]) if len(argv) > 2 else 0.0
    with Store(path, commit_every=2) as store:
        for i in range(n):
            store.add(batch(i), "v1")
            print(f"batch {i}", flush=True)
            time.sleep(pause)


if __name__ == "__main__":
    main(sys.argv[1:])
