"""Articles as HTML: rendered once per revision and language, then taken from the cache."""

from typing import Any

from netzwerk.core.content_cache import read_through
from netzwerk.core.markdown import RenderedMarkdown, render_markdown


def rendered_text(article: Any, language: str = "de") -> RenderedMarkdown:
    """The HTML of an article, a translation or a revision (anything with `pk`, `body` and a number),
    rendered once per number: a long text takes milliseconds to render."""
    number = getattr(article, "revision_number", None) or getattr(article, "version", 0)
    key = f"netzwerk:knowledge:html:{type(article).__name__}:{article.pk}:{language}:{number}"
    return read_through(key, lambda: render_markdown(article.body))
