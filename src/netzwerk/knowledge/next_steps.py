"""What the knowledge base asks of a person on the network start page: review articles, check old ones."""

from django.http import HttpRequest
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from netzwerk.core.models import Network
from netzwerk.core.registry import NextStep

from .models import Article, ArticleStatus


def articles_to_review(request: HttpRequest, network: Network) -> list[NextStep]:
    if not request.user.has_perm("knowledge.view_drafts", network):
        return []
    articles = Article.objects.in_network(network)
    waiting = articles.filter(status=ArticleStatus.REVIEW).count()
    overdue = articles.overdue().count()
    url = reverse("knowledge:review_queue", kwargs={"network_slug": network.slug})
    steps = []
    if waiting:
        steps.append(
            NextStep(
                ngettext("%(count)d article to review", "%(count)d articles to review", waiting)
                % {"count": waiting},
                url,
                _("Authors submitted them; publish them or send them back with a comment."),
            )
        )
    if overdue:
        steps.append(
            NextStep(
                ngettext("%(count)d article to check", "%(count)d articles to check", overdue)
                % {"count": overdue},
                url,
                _("Past their review date: confirm that they are still correct, or edit them."),
            )
        )
    return steps
