"""Articles made through the services, as the pages make them."""

from typing import Any

from django.test import Client

from netzwerk.core.models import Network
from netzwerk.knowledge import services
from netzwerk.knowledge.models import Article, ArticleStatus, ArticleVisibility


def client_for(user: Any) -> Client:
    """A client in English, logged in as `user` (None: an anonymous visitor)."""
    client = Client(headers={"accept-language": "en"})
    if user is not None:
        client.force_login(user)
    return client


def make_article(
    network: Network,
    by: Any,
    *,
    title: str = "Wohnsitz anmelden",
    body: str = "## Wer?\n\nAlle, die eine Wohnung beziehen.",
    status: str = ArticleStatus.PUBLISHED,
    visibility: str = ArticleVisibility.PUBLIC,
    reviewer: Any = None,
    **fields: Any,
) -> Article:
    article = services.create_article(
        network=network,
        text=services.ArticleText(title, fields.pop("summary", "Kurz gesagt."), body),
        by=by,
        visibility=visibility,
        **fields,
    )
    if status in (ArticleStatus.REVIEW, ArticleStatus.PUBLISHED, ArticleStatus.ARCHIVED):
        article = services.submit_for_review(article=article, by=by)
    if status in (ArticleStatus.PUBLISHED, ArticleStatus.ARCHIVED):
        article = services.publish(article=article, by=reviewer or by)
    if status == ArticleStatus.ARCHIVED:
        article = services.archive(article=article, by=reviewer or by)
    return article
