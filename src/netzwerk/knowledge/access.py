"""What a viewer may read of a network's knowledge base. Views and the API load articles only here.

Published articles are read by everyone their visibility names (public: anybody; network: the internal
roles). Drafts and articles in review are read by their responsible person and by the people who may
review them (coordinators and organization editors); archived articles stay readable for members, so
old knowledge is never lost from sight. Anything else answers 404, like a missing article.
"""

from typing import Any

from django.db.models import Q, QuerySet

from netzwerk.accounts.models import Role
from netzwerk.accounts.roles import reads_internal, role_in
from netzwerk.core.models import Network

from .models import Article, ArticleQuerySet, ArticleStatus, ArticleVisibility, Collection

REVIEWING_ROLES = (Role.COORDINATOR, Role.EDITOR)


def reviews_in(user: Any, network: Network) -> bool:
    """Coordinators and organization editors write, review and confirm the network's articles."""
    return bool(getattr(user, "is_superuser", False)) or role_in(user, network.pk) in REVIEWING_ROLES


def articles_for(user: Any, network: Network) -> ArticleQuerySet:
    articles = Article.objects.in_network(network)
    if not reads_internal(user, network):
        return articles.filter(status=ArticleStatus.PUBLISHED, visibility=ArticleVisibility.PUBLIC)
    if reviews_in(user, network):
        return articles
    return articles.filter(Q(status__in=(ArticleStatus.PUBLISHED, ArticleStatus.ARCHIVED)) | Q(owner=user))


def published_articles_for(user: Any, network: Network) -> ArticleQuerySet:
    """What lists show to readers: published articles only (drafts have their own lists)."""
    return articles_for(user, network).filter(status=ArticleStatus.PUBLISHED)


def collections_for(user: Any, network: Network) -> QuerySet[Collection]:
    # Collections are shelves, not content: every visitor of the network sees them.
    return Collection.objects.filter(network=network)
