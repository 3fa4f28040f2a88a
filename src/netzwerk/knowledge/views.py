"""Knowledge base pages: the start page of a network's knowledge, the list of articles and the article.

Every view loads what the viewer may read through `access.py` (404 otherwise), checks the permission for
the action (403), validates the form, calls one service and redirects with a message.
"""

from typing import Any

from django.db.models import Q, QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from netzwerk.accounts.roles import reads_internal
from netzwerk.core.content_cache import fragment_context
from netzwerk.core.middleware import network_of
from netzwerk.core.models import Language, Network
from netzwerk.core.permissions import require
from netzwerk.directory.access import get_visible_or_404, offers_for, organizations_for
from netzwerk.directory.views import filter_key, paginate

from . import access
from .forms import ArticleFilterForm
from .models import Article, ArticleStatus, ArticleTranslation, ReviewEventKind
from .rendering import rendered_text

RECENT = 8
TOC_MIN_HEADINGS = 3
ORIGINAL_LANGUAGE = "de"
MAX_NUMBER = 2**31 - 1  # the largest number every database's integer column holds


def article_or_404(
    request: HttpRequest, network: Network, slug: str, permission: str | None = None
) -> Article:
    """The article the viewer may read (404 otherwise) and, with `permission`, may act on (403)."""
    article = get_visible_or_404(access.articles_for(request.user, network), slug=slug)
    if permission is not None:
        require(request, permission, article)
    return article


def number_or_404(value: str | None, default: int) -> int:
    """A revision or version number from the request; anything else (words, negative or overlong numbers
    a database column cannot hold) is not found."""
    try:
        number = int(value) if value else default
    except ValueError:
        raise Http404("not a number") from None
    if not 0 <= number <= MAX_NUMBER:
        raise Http404("not a number")
    return number


def translation_languages(network: Network) -> QuerySet[Language]:
    """The network's content languages an article can be translated into (German is the original)."""
    return network.languages.exclude(code=ORIGINAL_LANGUAGE).order_by("name")


def translations_with_languages(article: Article) -> list[tuple[ArticleTranslation, Language | None]]:
    """The article's translations, each with its language (None for a code no longer listed)."""
    translations = list(article.translations.all())
    codes = [translation.language for translation in translations]
    languages = {language.code: language for language in Language.objects.filter(code__in=codes)}
    return [(translation, languages.get(translation.language)) for translation in translations]


def index(request: HttpRequest) -> HttpResponse:
    network = network_of(request)
    published = access.published_articles_for(request.user, network)
    collections = access.collections_for(request.user, network).filter(parent=None)
    context: dict[str, Any] = {
        "network": network,
        "collections": collections,
        "recent": published.order_by("-updated_at")[:RECENT],
        "published_count": published.count(),
        "filter_form": ArticleFilterForm(network=network),
        "today": timezone.localdate(),
        "can_write": request.user.has_perm("knowledge.add_article", network),
        "can_manage": request.user.has_perm("knowledge.manage_collections", network),
    }
    context["can_review"] = request.user.has_perm("knowledge.view_drafts", network)
    if context["can_review"]:
        visible = access.articles_for(request.user, network)
        context["overdue"] = visible.overdue().order_by("review_due")[:RECENT]
        context["in_review"] = visible.filter(status=ArticleStatus.REVIEW).order_by("-updated_at")[:RECENT]
    if request.user.is_authenticated:
        context["own_drafts"] = (
            access.articles_for(request.user, network)
            .filter(owner=request.user, status=ArticleStatus.DRAFT)
            .order_by("-updated_at")
        )
    return render(request, "knowledge/index.html", context)


def article_list(request: HttpRequest) -> HttpResponse:
    network = network_of(request)
    form = ArticleFilterForm(request.GET or None, network=network)
    internal = reads_internal(request.user, network)
    articles = access.published_articles_for(request.user, network)
    filtered = False
    if form.is_valid():
        data = form.cleaned_data
        if data.get("q"):
            words = data["q"].split()
            for word in words:
                articles = articles.filter(
                    Q(title__icontains=word) | Q(summary__icontains=word) | Q(body__icontains=word)
                )
            filtered = True
        for name in ("thematic_field", "target_group", "tag", "collection"):
            if data.get(name):
                lookup = {"collection": "collection", "tag": "tags"}.get(name, f"{name}s")
                articles = articles.filter(**{lookup: data[name]})
                filtered = True
    articles = articles.select_related("collection").order_by("title").distinct()
    # The filter and the cards are the same for every reader of the network with the same language and
    # visibility level: rendered once, then served from the cache until the knowledge base changes.
    fragment = fragment_context()
    filters = filter_key(request)
    count_key = (
        f"netzwerk:knowledge-count:{fragment['content_version']}:{network.pk}:{int(internal)}:{filters}"
    )
    page, numbers = paginate(request, articles, count_key=count_key)
    context = {
        "network": network,
        "form": form,
        "filtered": filtered,
        "page_obj": page,
        "page_numbers": numbers,
        "today": timezone.localdate(),
        "sees_internal": internal,
        "filters": filters,
        **fragment,
    }
    return render(request, "knowledge/article_list.html", context)


def article_detail(request: HttpRequest, slug: str) -> HttpResponse:
    network = network_of(request)
    article = get_visible_or_404(
        access.articles_for(request.user, network).select_related("collection", "organization", "owner"),
        slug=slug,
    )
    text = rendered_text(article.body, "article", article.pk, article.revision_number)
    last_revision = article.revisions.select_related("author").first()
    can_edit = request.user.has_perm("knowledge.change_article", article)
    translated = translations_with_languages(article)
    translated_codes = [translation.language for translation, _language in translated]
    context = {
        "network": network,
        "article": article,
        "text": text,
        "related_articles": access.published_articles_for(request.user, network)
        .filter(pk__in=article.related_articles.values("pk"))
        .order_by("title"),
        "related_offers": offers_for(request.user, network)
        .filter(pk__in=article.related_offers.values("pk"))
        .select_related("organization")
        .order_by("title"),
        "related_organizations": organizations_for(request.user, network)
        .filter(pk__in=article.related_organizations.values("pk"))
        .order_by("name"),
        "table_of_contents": text.table_of_contents
        if len(text.table_of_contents) >= TOC_MIN_HEADINGS
        else (),
        "last_revision": last_revision,
        "breadcrumbs": [*article.collection.ancestors(), article.collection] if article.collection else [],
        "overdue": article.is_overdue(),
        "today": timezone.localdate(),
        "can_edit": can_edit,
        "translations": translated,
        "untranslated": translation_languages(network).exclude(code__in=translated_codes) if can_edit else (),
        "reader_translation": next(
            (item for item in translated if item[0].language == request.LANGUAGE_CODE), None
        ),
        "can_confirm": request.user.has_perm("knowledge.confirm_article", article),
        "can_review": request.user.has_perm("knowledge.review_article", article),
        "last_sent_back": article.review_events.filter(kind=ReviewEventKind.SENT_BACK).first()
        if article.status == ArticleStatus.DRAFT
        else None,
    }
    return render(request, "knowledge/article_detail.html", context)


def collection_detail(request: HttpRequest, slug: str) -> HttpResponse:
    network = network_of(request)
    collection = get_visible_or_404(access.collections_for(request.user, network), slug=slug)
    articles = (
        access.published_articles_for(request.user, network).filter(collection=collection).order_by("title")
    )
    context = {
        "network": network,
        "collection": collection,
        "breadcrumbs": collection.ancestors(),
        "children": collection.children.all(),
        "can_manage": request.user.has_perm("knowledge.manage_collections", network),
        "articles": articles,
        "today": timezone.localdate(),
    }
    return render(request, "knowledge/collection_detail.html", context)
