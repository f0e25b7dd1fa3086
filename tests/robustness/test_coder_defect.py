"""A defect of the coder on one article (an exception inside the engine) is that article's
error, with its id and code EC800; the rest of the batch is coded as usual.

The defect is injected into the real engine for one article id only; every other article goes
through the real pipeline.
"""

from __future__ import annotations

from eventcoder.errors import CodingError
from eventcoder.read import article_from_text


def test_one_failing_article_does_not_stop_the_batch(coder, monkeypatch):
    engine = coder.component.engine
    real_code_doc = engine.code_doc

    def failing_on_one(doc, *, article_id, **kwargs):
        if article_id == "broken":
            raise RecursionError("maximum recursion depth exceeded")
        return real_code_doc(doc, article_id=article_id, **kwargs)

    monkeypatch.setattr(engine, "code_doc", failing_on_one)
    articles = [
        article_from_text("Kenya expelled the Ugandan ambassador on Monday.", article_id="first"),
        article_from_text("Chad closed its border with Sudan.", article_id="broken"),
        article_from_text("Egypt condemned the attack on the embassy.", article_id="last"),
    ]
    errors: list[CodingError] = []
    coded = list(coder.code_articles(articles, on_error=errors.append))

    assert [article.id for article, _ in coded] == ["first", "last"]
    assert all(len(mentions) >= 1 for _, mentions in coded)
    [error] = errors
    assert isinstance(error, CodingError)
    line = error.one_line()
    assert line.startswith("broken: the coder failed on this article (RecursionError")
    assert line.endswith("[EC800]") and "\n" not in line


def test_the_garbage_collector_is_running_again_after_each_article(coder, monkeypatch):
    """The engine pauses Python's cyclic collector while it codes one article (see
    ``EventEngine.code_doc``): after an article, coded or failed, the collector runs again;
    a caller who had switched it off keeps it off."""
    import gc

    engine = coder.component.engine
    real_code_doc = engine._code_doc
    seen_during: list[bool] = []

    def watching(doc, **kwargs):
        seen_during.append(gc.isenabled())
        if kwargs["article_id"] == "broken":
            raise ValueError("injected")
        return real_code_doc(doc, **kwargs)

    monkeypatch.setattr(engine, "_code_doc", watching)
    articles = [
        article_from_text("Kenya expelled the Ugandan ambassador on Monday.", article_id="first"),
        article_from_text("Chad closed its border with Sudan.", article_id="broken"),
    ]
    assert gc.isenabled()
    errors: list[CodingError] = []
    coded = list(coder.code_articles(articles, on_error=errors.append))
    assert [article.id for article, _ in coded] == ["first"] and len(errors) == 1
    assert seen_during == [False, False]
    assert gc.isenabled()

    gc.disable()
    try:
        list(coder.code_articles(articles[:1]))
        assert not gc.isenabled()
    finally:
        gc.enable()
