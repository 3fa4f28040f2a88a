"""Writing articles: create, edit with a Markdown preview, the history of revisions, the difference
between two revisions and restoring an old one.

An edit carries the revision it was loaded from. If someone saved meanwhile, nothing is written: the
page shows who changed what (a word-level difference) and keeps the whole input in the form, which
now carries the newer revision, so saving again applies the input on top of the other change.
"""

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from django.views.decorators.http import require_http_methods, require_POST

from netzwerk.core.markdown import render_markdown
from netzwerk.core.middleware import network_of
from netzwerk.core.models import Network
from netzwerk.core.permissions import network_permission
from netzwerk.directory.access import get_visible_or_404, offers_for, organizations_for

from . import services
from .diff import diff_texts
from .forms import ArticleForm, tag_names
from .models import ArticleRevision
from .rendering import rendered_text
from .views import article_or_404, number_or_404, translations_with_languages

HISTORY_LIMIT = 200
DETAIL_LABELS = {
    "visibility": _lazy("Visible for"),
    "collection": _lazy("Collection"),
    "organization": _lazy("Responsible organization"),
    "thematic_fields": _lazy("Thematic fields"),
    "target_groups": _lazy("Target groups"),
    "tags": _lazy("Tags"),
    "related_articles": _lazy("Related articles"),
    "related_offers": _lazy("Related offers"),
    "related_organizations": _lazy("Related organizations"),
}


def _shown(value: Any) -> str:
    return ", ".join(value) if isinstance(value, list) else str(value or "")


def detail_changes(before: ArticleRevision | None, after: ArticleRevision) -> list[tuple[str, str, str]]:
    """(label, before, after) for every other detail that differs between two revisions."""
    old = before.details if before else {}
    return [
        (str(label), _shown(old.get(key)), _shown(after.details.get(key)))
        for key, label in DETAIL_LABELS.items()
        if old.get(key) != after.details.get(key) and (before is not None or after.details.get(key))
    ]


def _form(request: HttpRequest, network: Network, data: Any = None, **kwargs: Any) -> ArticleForm:
    organizations = organizations_for(request.user, network).order_by("name")
    offers = offers_for(request.user, network).select_related("organization").order_by("title")
    return ArticleForm(data, network=network, organizations=organizations, offers=offers, **kwargs)


def _preview(form: ArticleForm) -> Any:
    return render_markdown(form.cleaned_data.get("body", "")) if form.is_valid() else None


@login_required
@network_permission("knowledge.add_article")
@require_http_methods(["GET", "POST"])
def article_create(request: HttpRequest) -> HttpResponse:
    network = network_of(request)
    form = _form(request, network, request.POST or None)
    context: dict[str, Any] = {"network": network, "form": form, "article": None}
    if request.method == "POST" and form.is_valid():
        if "preview" in request.POST:
            context["preview"] = _preview(form)
            return render(request, "knowledge/article_form.html", context)
        article = services.create_article(
            network=network,
            text=form.text,
            by=request.user,
            relations=form.relations,
            tag_names=tag_names(form.cleaned_data["tags_text"]),
            note=form.cleaned_data["note"],
            **form.record_fields,
        )
        messages.success(
            request,
            _("The draft “%(title)s” has been saved. Submit it for review when it is ready.")
            % {"title": article.title},
        )
        return redirect(article.url_in(network))
    return render(request, "knowledge/article_form.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def article_edit(request: HttpRequest, slug: str) -> HttpResponse:
    network = network_of(request)
    article = article_or_404(request, network, slug, "knowledge.change_article")
    form = _form(request, network, request.POST or None, instance=article)
    context: dict[str, Any] = {"network": network, "form": form, "article": article}
    if request.method != "POST" or not form.is_valid():
        return render(request, "knowledge/article_form.html", context)
    if "preview" in request.POST:
        context["preview"] = _preview(form)
        return render(request, "knowledge/article_form.html", context)
    loaded = form.cleaned_data.get("loaded_revision")
    try:
        saved = services.save_article(
            article=article,
            text=form.text,
            loaded_revision=article.revision_number if loaded is None else loaded,
            by=request.user,
            note=form.cleaned_data["note"],
            is_major=form.cleaned_data.get("is_major", False),
            fields=form.record_fields,
            relations=form.relations,
            tag_names=tag_names(form.cleaned_data["tags_text"]),
        )
    except services.ArticleConflictError as conflict:
        context.update(_conflict_context(conflict, form))
        data = request.POST.copy()
        data["loaded_revision"] = str(conflict.current.revision_number)
        context["form"] = _form(request, network, data, instance=conflict.current)
        return render(request, "knowledge/article_form.html", context)
    messages.success(
        request,
        _("Your changes to “%(title)s” are saved as revision %(number)s.")
        % {"title": saved.title, "number": saved.revision_number},
    )
    return redirect(saved.url_in(network))


def _conflict_context(conflict: services.ArticleConflictError, form: ArticleForm) -> dict[str, Any]:
    current = conflict.current
    loaded = current.revisions.filter(number=conflict.loaded_revision).first()
    yours = form.text
    return {
        "conflict": current,
        "conflict_revisions": current.revisions.filter(number__gt=conflict.loaded_revision).select_related(
            "author"
        ),
        "conflict_theirs": diff_texts(loaded.body if loaded else "", current.body),
        "conflict_yours": diff_texts(current.body, yours.body),
        "conflict_title": (current.title, yours.title) if current.title != yours.title else None,
    }


@login_required
def article_history(request: HttpRequest, slug: str) -> HttpResponse:
    network = network_of(request)
    article = article_or_404(request, network, slug, "knowledge.change_article")
    revisions = list(article.revisions.select_related("author")[:HISTORY_LIMIT])
    context = {
        "network": network,
        "article": article,
        "revisions": revisions,
        "review_events": article.review_events.select_related("by")[:HISTORY_LIMIT],
        "translations": translations_with_languages(article),
    }
    return render(request, "knowledge/article_history.html", context)


@login_required
def article_diff(request: HttpRequest, slug: str) -> HttpResponse:
    """Two revisions side by side as one text with the changed words marked; by default the newest
    revision against the one before."""
    network = network_of(request)
    article = article_or_404(request, network, slug, "knowledge.change_article")
    newer = number_or_404(request.GET.get("to"), article.revision_number)
    older = number_or_404(request.GET.get("from"), newer - 1)
    if older > newer:
        older, newer = newer, older
    by_number = {
        revision.number: revision
        for revision in article.revisions.filter(number__in=(older, newer)).select_related("author")
    }
    if newer not in by_number or (older not in by_number and older != 0):
        raise Http404("no such revision")
    before, after = by_number.get(older), by_number[newer]
    context = {
        "network": network,
        "article": article,
        "before": before,
        "after": after,
        "title_diff": diff_texts(before.title if before else "", after.title),
        "summary_diff": diff_texts(before.summary if before else "", after.summary),
        "body_diff": diff_texts(before.body if before else "", after.body),
        "detail_changes": detail_changes(before, after),
        "numbers": list(article.revisions.values_list("number", flat=True)),
    }
    return render(request, "knowledge/article_diff.html", context)


@login_required
def article_revision(request: HttpRequest, slug: str, number: int) -> HttpResponse:
    network = network_of(request)
    article = article_or_404(request, network, slug, "knowledge.change_article")
    revision = get_visible_or_404(article.revisions.select_related("author"), number=number)
    context = {
        "network": network,
        "article": article,
        "revision": revision,
        "text": rendered_text(revision.body, "article", article.pk, revision.number),
        "is_current": revision.number == article.revision_number,
    }
    return render(request, "knowledge/article_revision.html", context)


@require_POST
@login_required
def article_restore(request: HttpRequest, slug: str, number: int) -> HttpResponse:
    network = network_of(request)
    article = article_or_404(request, network, slug, "knowledge.change_article")
    revision = get_visible_or_404(article.revisions.all(), number=number)
    loaded = number_or_404(request.POST.get("loaded_revision"), article.revision_number)
    try:
        restored = services.restore_revision(
            article=article, revision=revision, loaded_revision=loaded, by=request.user
        )
    except services.ArticleConflictError:
        messages.error(
            request,
            _(
                "Not restored: the article was changed meanwhile. Compare the newest revision and choose "
                "again."
            ),
        )
        return redirect("knowledge:article_history", network_slug=network.slug, slug=article.slug)
    messages.success(
        request,
        _("Revision %(old)s is restored as the new revision %(number)s.")
        % {"old": revision.number, "number": restored.revision_number},
    )
    return redirect(restored.url_in(network))
