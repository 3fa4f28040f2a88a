"""Template tags of the knowledge base."""

from django import template
from django.utils.safestring import SafeString
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from netzwerk.core.content_cache import read_through
from netzwerk.core.markdown import render_markdown

register = template.Library()


def _examples() -> list[tuple[str, SafeString]]:
    sources = [
        _("## Documents"),
        _("Bring **all pages** of the form."),
        _("- Passport\n- Rental contract"),
        _("1. Fill in the form\n2. Book an appointment"),
        _("[Family benefits office](https://www.arbeitsagentur.de/familie-und-kinder)"),
        _("| Document | Where? |\n|---|---|\n| Form KG 1 | Family benefits office |"),
        _("> Deadline: six months back."),
    ]
    # Rendered by the same code as the articles, so the help shows exactly what readers will see.
    return [(source, render_markdown(source).html) for source in sources]


@register.inclusion_tag("knowledge/_markdown_help.html")
def markdown_help() -> dict[str, object]:
    """A folded table of Markdown examples beside what they look like, for writers who never used it."""
    language = get_language() or "de"
    return {"examples": read_through(f"netzwerk:knowledge:markdown-help:{language}", _examples)}
