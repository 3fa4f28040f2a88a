"""Review of articles: submit a draft, publish it or send it back with a comment, confirm that a published
article is still correct, archive and reopen; the review page lists what waits and what is overdue; the
network's settings of its knowledge base.
"""

from datetime import timedelta
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from netzwerk.core.middleware import network_of
from netzwerk.core.permissions import network_permission

from . import access, services
from .diff import diff_texts
from .forms import ConfirmForm, KnowledgeSettingsForm, ReviewDecision, ReviewForm
from .models import Article, ArticleStatus, KnowledgeSettings, ReviewEventKind
from .views import article_or_404

QUEUE_LIMIT = 100
DUE_SOON = timedelta(days=30)


def _wrong_status(request: HttpRequest, article: Article) -> HttpResponse:
    messages.error(
        request,
        _("This step does not fit the article any more: it is now “%(status)s”. Nothing was changed.")
        % {"status": article.get_status_display()},
    )
    return redirect(article.get_absolute_url())


@require_POST
@login_required
def article_submit(request: HttpRequest, slug: str) -> HttpResponse:
    network = network_of(request)
    article = article_or_404(request, network, slug, "knowledge.change_article")
    try:
        services.submit_for_review(article=article, by=request.user)
    except services.WorkflowError:
        return _wrong_status(request, article)
    messages.success(
        request, _("The article is submitted for review. The reviewers will see it in their list.")
    )
    return redirect(article.get_absolute_url())


@login_required
@require_http_methods(["GET", "POST"])
def article_review(request: HttpRequest, slug: str) -> HttpResponse:
    network = network_of(request)
    article = article_or_404(request, network, slug, "knowledge.review_article")
    if article.status != ArticleStatus.REVIEW:
        return _wrong_status(request, article)
    form = ReviewForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            if data["decision"] == ReviewDecision.PUBLISH:
                services.publish(
                    article=article, by=request.user, review_due=data["review_due"], comment=data["comment"]
                )
                messages.success(request, _("The article is published."))
            else:
                services.send_back(article=article, by=request.user, comment=data["comment"])
                messages.success(request, _("The article is sent back to its authors with your comment."))
        except services.WorkflowError:
            return _wrong_status(request, article)
        return redirect(article.get_absolute_url())
    # What changed since the article was last published (or its first text, if it never was).
    published = article.review_events.filter(kind=ReviewEventKind.PUBLISHED).first()
    base = article.revisions.filter(number=published.revision_number).first() if published else None
    context: dict[str, Any] = {
        "network": network,
        "article": article,
        "form": form,
        "submitted": article.review_events.filter(kind=ReviewEventKind.SUBMITTED)
        .select_related("by")
        .first(),
        "changes": diff_texts(base.body, article.body) if base else None,
        "published_revision": base,
    }
    return render(request, "knowledge/article_review.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def article_confirm(request: HttpRequest, slug: str) -> HttpResponse:
    """ "Checked, still correct": one click on the article page (POST without a date), or this page
    to choose the next review date."""
    network = network_of(request)
    article = article_or_404(request, network, slug, "knowledge.confirm_article")
    if article.status != ArticleStatus.PUBLISHED:
        return _wrong_status(request, article)
    form = ConfirmForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            confirmed = services.confirm_current(
                article=article, by=request.user, review_due=form.cleaned_data["review_due"]
            )
        except services.WorkflowError:
            return _wrong_status(request, article)
        messages.success(
            request,
            _("Thank you: the article is confirmed as correct. Next review on %(date)s.")
            % {
                "date": formats.date_format(confirmed.review_due or timezone.localdate(), "SHORT_DATE_FORMAT")
            },
        )
        return redirect(article.get_absolute_url())
    return render(
        request, "knowledge/article_confirm.html", {"network": network, "article": article, "form": form}
    )


@require_POST
@login_required
def article_archive(request: HttpRequest, slug: str) -> HttpResponse:
    network = network_of(request)
    article = article_or_404(request, network, slug, "knowledge.confirm_article")
    try:
        services.archive(article=article, by=request.user, comment=request.POST.get("comment", "")[:4000])
    except services.WorkflowError:
        return _wrong_status(request, article)
    messages.success(
        request, _("The article is archived. Members can still read it; it is no longer public.")
    )
    return redirect(article.get_absolute_url())


@require_POST
@login_required
def article_reopen(request: HttpRequest, slug: str) -> HttpResponse:
    network = network_of(request)
    article = article_or_404(request, network, slug, "knowledge.confirm_article")
    try:
        services.reopen(article=article, by=request.user)
    except services.WorkflowError:
        return _wrong_status(request, article)
    messages.success(request, _("The article is a draft again. Submit it for review to publish it anew."))
    return redirect(article.get_absolute_url())


@login_required
@network_permission("knowledge.view_drafts")
def review_queue(request: HttpRequest) -> HttpResponse:
    """ "Zu prüfen": articles waiting for review, published articles past their review date, drafts
    that were sent back."""
    network = network_of(request)
    articles = access.articles_for(request.user, network).select_related("owner")
    context = {
        "network": network,
        "in_review": articles.filter(status=ArticleStatus.REVIEW).order_by("updated_at")[:QUEUE_LIMIT],
        "overdue": articles.overdue().order_by("review_due")[:QUEUE_LIMIT],
        "due_soon": articles.published()
        .filter(review_due__gte=timezone.localdate(), review_due__lte=timezone.localdate() + DUE_SOON)
        .order_by("review_due")[:QUEUE_LIMIT],
        "drafts": articles.filter(status=ArticleStatus.DRAFT).order_by("-updated_at")[:QUEUE_LIMIT],
        "today": timezone.localdate(),
    }
    return render(request, "knowledge/review_queue.html", context)


@login_required
@network_permission("knowledge.change_settings")
@require_http_methods(["GET", "POST"])
def knowledge_settings(request: HttpRequest) -> HttpResponse:
    network = network_of(request)
    instance = KnowledgeSettings.of(network)
    form = KnowledgeSettingsForm(request.POST if request.method == "POST" else None, instance=instance)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("The settings of the knowledge base are saved."))
        return redirect("knowledge:settings", network_slug=network.slug)
    return render(request, "knowledge/settings.html", {"network": network, "form": form})
