"""The public API is what __all__ says: pin it so a change is a decision, not an accident."""

from __future__ import annotations

import eventcoder


def test_exported_members():
    assert eventcoder.__all__ == [
        "ActorRef",
        "Article",
        "Event",
        "EventcoderError",
        "Mention",
        "Place",
        "__version__",
        "code_text",
    ]
    for name in eventcoder.__all__:
        assert hasattr(eventcoder, name)
