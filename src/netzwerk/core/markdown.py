"""Markdown as the platform shows it: CommonMark with tables and strikethrough, headings with anchors, and
a table of contents, sanitised by nh3 whatever the text contains.

Raw HTML in the text is shown as text, not interpreted. The sanitiser is the second wall: it keeps only
the tags and attributes listed here, links only to web, mail and phone addresses, and images only from
this site (an image from elsewhere would be a request to a third party, which no page may make). Style
attributes (a table column's alignment) go too: the content security policy allows no inline style.
"""

import re
from dataclasses import dataclass
from functools import lru_cache

import nh3
from django.utils.safestring import SafeString, mark_safe
from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.anchors import anchors_plugin

HEADING_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
ALLOWED_TAGS = HEADING_TAGS | {
    "p",
    "br",
    "hr",
    "ul",
    "ol",
    "li",
    "a",
    "em",
    "strong",
    "code",
    "pre",
    "blockquote",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "s",
    "del",
    "img",
}
ALLOWED_ATTRIBUTES = {
    **{tag: {"id"} for tag in HEADING_TAGS},
    "a": {"href", "title"},
    "img": {"src", "alt", "title"},
    "ol": {"start"},
}
URL_SCHEMES = {"http", "https", "mailto", "tel"}
# Headings from this level to the last one get anchors and appear in the table of contents.
TOC_LEVELS = (2, 3)


@dataclass(frozen=True)
class Heading:
    level: int
    text: str
    anchor: str


@dataclass(frozen=True)
class RenderedMarkdown:
    html: SafeString
    headings: tuple[Heading, ...]

    @property
    def table_of_contents(self) -> tuple[Heading, ...]:
        return tuple(heading for heading in self.headings if heading.level in TOC_LEVELS)


def _slug(text: str) -> str:
    # Umlauts stay letters (an anchor reads like its heading); everything else becomes a hyphen.
    slug = re.sub(r"[^\w]+", "-", text.strip().lower()).strip("-")
    return slug or "abschnitt"


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    parser = MarkdownIt("commonmark", {"html": False, "typographer": False})
    parser.enable(["table", "strikethrough"])
    anchors_plugin(parser, min_level=1, max_level=6, slug_func=_slug)
    return parser


def _only_local_images(tag: str, attribute: str, value: str) -> str | None:
    if tag == "img" and attribute == "src" and not (value.startswith("/") and not value.startswith("//")):
        return None
    return value


def sanitise(html: str) -> str:
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        attribute_filter=_only_local_images,
        link_rel="noopener noreferrer nofollow",
        strip_comments=True,
    )


def _headings(tokens: list[Token]) -> tuple[Heading, ...]:
    found = []
    for index, token in enumerate(tokens):
        if token.type == "heading_open" and index + 1 < len(tokens):
            text = tokens[index + 1].content
            found.append(Heading(int(token.tag[1]), text, str(token.attrGet("id") or "")))
    return tuple(found)


def render_markdown(text: str) -> RenderedMarkdown:
    parser = _parser()
    env: dict = {}
    tokens = parser.parse(text or "", env)
    html = parser.renderer.render(tokens, parser.options, env)
    return RenderedMarkdown(mark_safe(sanitise(html)), _headings(tokens))


def plain_text(text: str) -> str:
    """The text of Markdown without its markup, e.g. for a summary or a search index."""
    html = render_markdown(text).html
    return re.sub(r"\s+", " ", nh3.clean(html, tags=set())).strip()
