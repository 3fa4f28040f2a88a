"""Articles as HTML: rendered once per text, then taken from the cache."""

from netzwerk.core.content_cache import read_through
from netzwerk.core.markdown import RenderedMarkdown, render_markdown


def rendered_text(body: str, *identity: object) -> RenderedMarkdown:
    """The HTML of a text that `identity` names and that never changes under that name, e.g. ("article",
    pk, revision number): a long text takes milliseconds to render."""
    key = "netzwerk:knowledge:html:" + ":".join(map(str, identity))
    return read_through(key, lambda: render_markdown(body))
