"""Render what the apps registered in `core.registry`: navigation, start-page panels, settings links,
next steps and the panels other apps add to a record's page."""

from dataclasses import dataclass
from typing import Any

from django import template
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.safestring import mark_safe

from netzwerk.core import registry
from netzwerk.core.content_language import translated_text
from netzwerk.core.middleware import network_of
from netzwerk.core.mount import NETWORK_SLUG_KWARG

register = template.Library()
# {% translated record "field" as text %}: the text in the page's language or its German fallback;
# `{{ text.lang_attributes }}` marks a fallback with its own lang and dir.
register.simple_tag(translated_text, name="translated")


@dataclass(frozen=True)
class Link:
    entry: Any
    url: str
    current: str | None = None  # "page" for the page itself, "true" for a page of the entry's section


def _url(url_name: str, network: Any) -> str:
    if network is None:
        return reverse(url_name)
    return reverse(url_name, kwargs={NETWORK_SLUG_KWARG: network.slug})


@register.inclusion_tag("core/_navigation.html", takes_context=True)
def main_navigation(context: dict[str, Any]) -> dict[str, Any]:
    request: HttpRequest = context["request"]
    network = getattr(request, "network", None)
    entries = [entry for entry in registry.navigation if entry.visible(request, network)]
    match = request.resolver_match
    view_name = match.view_name if match else ""
    scores = {entry.key: entry.section_match(view_name) for entry in entries}
    best = max(scores.values(), default=0)
    links = []
    for entry in entries:
        url = _url(entry.url_name, network if entry.scope == "network" else None)
        if url == request.path:
            current: str | None = "page"
        elif best and scores[entry.key] == best:
            current = "true"
        else:
            current = None
        links.append(Link(entry, url, current))
    return {"links": links}


def _visible_links(context: dict[str, Any], entries: Any) -> list[Link]:
    """The entries the viewer may use in the page's network, with their URLs."""
    request: HttpRequest = context["request"]
    network = network_of(request)
    return [
        Link(entry, _url(entry.url_name, network)) for entry in entries if entry.visible(request, network)
    ]


@register.simple_tag(takes_context=True)
def start_panels(context: dict[str, Any]) -> list[Link]:
    """The start page's cards the viewer may use."""
    return _visible_links(context, registry.start_panels)


@register.simple_tag(takes_context=True)
def settings_pages(context: dict[str, Any]) -> list[Link]:
    """The settings pages the viewer may open."""
    return _visible_links(context, registry.settings_pages)


@register.simple_tag(takes_context=True)
def next_steps(context: dict[str, Any]) -> list[registry.NextStep]:
    """What the viewer should do first in the page's network, from every app, in the apps' order."""
    request: HttpRequest = context["request"]
    if not request.user.is_authenticated:
        return []
    network = network_of(request)
    return [step for source in registry.next_steps for step in source.steps(request, network)]


@register.simple_tag(takes_context=True)
def record_panels(context: dict[str, Any], record: Any) -> str:
    """{% record_panels offer %}: the sections other apps add to this record's page, in their order."""
    request: HttpRequest = context["request"]
    network = network_of(request)
    parts = []
    for panel in registry.record_panels:
        if not panel.applies_to(record):
            continue
        panel_context = panel.context(request, network, record)
        if panel_context is not None:
            parts.append(render_to_string(panel.template, {"network": network, **panel_context}, request))
    return mark_safe("".join(parts))  # rendered templates, escaped by the template engine
