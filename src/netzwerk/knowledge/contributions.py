"""What the knowledge base contributes to the shared registries."""

from typing import Any

from django.utils.translation import gettext_lazy as _

from netzwerk.core.registry import (
    DemoPart,
    NavigationEntry,
    SearchProvider,
    StartPanel,
    demo_parts,
    navigation,
    search_providers,
    start_panels,
)

from . import access


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
    demo_parts.register(DemoPart("knowledge", 30, module="netzwerk.knowledge.demo"))
