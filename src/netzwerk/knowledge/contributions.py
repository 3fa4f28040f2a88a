"""What the knowledge base contributes to the shared registries."""

from typing import Any

from django.utils.translation import gettext_lazy as _

from netzwerk.core.registry import (
    DemoPart,
    NavigationEntry,
    NextStepSource,
    RecordPanel,
    SearchProvider,
    SettingsPage,
    StartPanel,
    demo_parts,
    navigation,
    next_steps,
    record_panels,
    search_providers,
    settings_pages,
    start_panels,
)

from . import access
from .next_steps import articles_to_review
from .panels import RELATION_OF, articles_about


def article_url(article: Any, network: Any) -> str:
    return article.url_in(network)


def register() -> None:
    navigation.register(
        NavigationEntry("knowledge.index", _("Knowledge"), "knowledge:index", 30, sections=("knowledge:*",))
    )
    start_panels.register(
        StartPanel(
            "knowledge.index",
            _("Knowledge"),
            _(
                "How-tos, the practice of the authorities and the network's rules, reviewed and kept "
                "current, so that knowledge stays when people leave."
            ),
            "knowledge:index",
            30,
        )
    )
    search_providers.register(
        SearchProvider(
            "knowledge.article",
            _("Knowledge articles"),
            access.published_articles_for,
            ("title", "summary", "body"),
            article_url,
            order=50,
        )
    )
    settings_pages.register(
        SettingsPage(
            "knowledge.settings",
            _("Knowledge base: who writes, review interval"),
            "knowledge:settings",
            40,
            permission="knowledge.change_settings",
        )
    )
    next_steps.register(NextStepSource("knowledge.review", 30, articles_to_review))
    record_panels.register(
        RecordPanel(
            "knowledge.articles_about",
            30,
            tuple(RELATION_OF),
            "knowledge/_articles_about.html",
            articles_about,
        )
    )
    demo_parts.register(DemoPart("knowledge", 30, module="netzwerk.knowledge.demo"))
