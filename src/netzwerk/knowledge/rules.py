"""Who may write, review and confirm knowledge articles. Reading is decided in `access.py`.

Coordinators and organization editors of the article's network write and review; a reviewer other than
the person who submitted an article approves it (a coordinator may approve their own, since a small
network may have only one). Members write drafts of their own where the network allows it.
"""

from typing import Any

import rules

from netzwerk.accounts.models import Role
from netzwerk.accounts.roles import role_in
from netzwerk.core.models import Network

from .access import REVIEWING_ROLES
from .models import Article, ArticleStatus, KnowledgeSettings, ReviewEventKind


@rules.predicate
def writes_in_network(user: Any, network: Network | None) -> bool:
    if network is None:
        return False
    role = role_in(user, network.pk)
    return role in REVIEWING_ROLES or (
        role == Role.MEMBER and KnowledgeSettings.of(network).members_may_propose
    )


@rules.predicate
def reviews_in_network(user: Any, network: Network | None) -> bool:
    return network is not None and role_in(user, network.pk) in REVIEWING_ROLES


@rules.predicate
def coordinates(user: Any, network: Network | None) -> bool:
    return network is not None and role_in(user, network.pk) == Role.COORDINATOR


@rules.predicate
def keeps_article(user: Any, article: Article | None) -> bool:
    return article is not None and role_in(user, article.network_id) in REVIEWING_ROLES


@rules.predicate
def proposes_article(user: Any, article: Article | None) -> bool:
    """A member's own draft, as long as it is not in review or published."""
    return (
        article is not None
        and article.owner_id == getattr(user, "pk", None)
        and article.status == ArticleStatus.DRAFT
        and role_in(user, article.network_id) == Role.MEMBER
    )


@rules.predicate
def may_approve(user: Any, article: Article | None) -> bool:
    if article is None:
        return False
    role = role_in(user, article.network_id)
    if role == Role.COORDINATOR:
        return True
    if role != Role.EDITOR:
        return False
    submitted = article.review_events.filter(kind=ReviewEventKind.SUBMITTED).first()
    return submitted is None or submitted.by_id != user.pk


rules.add_perm("knowledge.add_article", writes_in_network | rules.is_superuser)
rules.add_perm("knowledge.view_drafts", reviews_in_network | rules.is_superuser)
rules.add_perm("knowledge.view_overdue", coordinates | reviews_in_network | rules.is_superuser)
rules.add_perm("knowledge.change_article", keeps_article | proposes_article | rules.is_superuser)
rules.add_perm("knowledge.review_article", may_approve | rules.is_superuser)
rules.add_perm("knowledge.confirm_article", keeps_article | rules.is_superuser)
rules.add_perm("knowledge.manage_collections", coordinates | rules.is_superuser)
rules.add_perm("knowledge.change_settings", coordinates | rules.is_superuser)
