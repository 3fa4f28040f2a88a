"""Knowledge articles and collections visible to the caller.

Anonymous callers read published public articles; members of a network also its internal ones, and
reviewers (coordinators, organization editors) drafts and articles in review when they ask for a status.
"""

from typing import Annotated, Any

from django.db.models import F, Prefetch, Q, QuerySet
from django.http import HttpRequest, HttpResponse
from django.utils.http import quote_etag
from ninja import Path, Query, Router
from ninja.pagination import paginate

from netzwerk.api.filters import (
    MAX_ID,
    SLUG_PATTERN,
    NetworkFilter,
    SearchFilter,
    TargetGroupFilter,
    ThematicFieldFilter,
)
from netzwerk.api.pagination import Pagination
from netzwerk.api.schemas import ErrorOut, ValidationErrorOut
from netzwerk.api.schemas_knowledge import ArticleDetailOut, ArticleOut, CollectionOut
from netzwerk.api.visibility import (
    networks_in_scope,
    visible_articles,
    visible_collections,
    visible_offers,
    visible_organizations,
)
from netzwerk.core.models import Network, TargetGroup, ThematicField
from netzwerk.directory.access import get_visible_or_404
from netzwerk.knowledge.models import Article, ArticleStatus, Collection
from netzwerk.knowledge.rendering import rendered_text

router = Router(tags=["knowledge"])

ArticleId = Annotated[int, Path(..., description="Id of the article.", ge=1, le=MAX_ID)]
StatusFilter = Annotated[
    ArticleStatus | None,
    Query(
        None,
        description="Default: published. Archived articles are listed for members, drafts and articles in "
        "review for reviewers only.",
    ),
]
CollectionFilter = Annotated[
    str | None,
    Query(
        None, description="Slug of a collection; its sub-collections are not included.", pattern=SLUG_PATTERN
    ),
]
TagFilter = Annotated[
    str | None,
    Query(None, description="Name of a tag (case-insensitive).", max_length=60, pattern=r"^[^\x00]*$"),
]


def articles_for_request(request: HttpRequest, networks: list[Network]) -> QuerySet[Article]:
    return (
        visible_articles(request.user, networks)
        .select_related("network", "collection")
        .prefetch_related(
            Prefetch("thematic_fields", queryset=_terms(ThematicField)),
            Prefetch("target_groups", queryset=_terms(TargetGroup)),
            "tags",
            "translations",
        )
        .order_by("title", "pk")
    )


def _terms(model: type[ThematicField] | type[TargetGroup]) -> QuerySet[Any]:
    return model.objects.select_related("network").order_by("position")


@router.get(
    "/articles",
    response={200: list[ArticleOut], 404: ErrorOut, 422: ValidationErrorOut},
    summary="List knowledge articles",
    description="Articles of the active networks the caller may read, published ones unless `status` asks "
    "for others. Search (`q`) covers title, summary and text.",
    url_name="article_list",
)
@paginate(Pagination)
def list_articles(
    request: HttpRequest,
    *,
    network: NetworkFilter = None,
    collection: CollectionFilter = None,
    thematic_field: ThematicFieldFilter = None,
    target_group: TargetGroupFilter = None,
    tag: TagFilter = None,
    status: StatusFilter = None,
    q: SearchFilter = None,
) -> QuerySet[Article]:
    networks = networks_in_scope(network)
    articles = articles_for_request(request, networks).filter(status=status or ArticleStatus.PUBLISHED)
    if collection is not None:
        articles = articles.filter(collection__slug=collection)
    if thematic_field is not None:
        articles = articles.filter(
            pk__in=Article.objects.filter(thematic_fields__slug=thematic_field).values("pk")
        )
    if target_group is not None:
        articles = articles.filter(
            pk__in=Article.objects.filter(target_groups__slug=target_group).values("pk")
        )
    if tag:
        articles = articles.filter(pk__in=Article.objects.filter(tags__name__iexact=tag).values("pk"))
    for word in (q or "").split()[:10]:
        articles = articles.filter(
            Q(title__icontains=word) | Q(summary__icontains=word) | Q(body__icontains=word)
        )
    return articles


@router.get(
    "/articles/{id}",
    response={200: ArticleDetailOut, 404: ErrorOut, 422: ValidationErrorOut},
    summary="One knowledge article",
    description="The article with its text as Markdown and as sanitised HTML. The `ETag` is its revision.",
    url_name="article_detail",
)
def get_article(request: HttpRequest, id: ArticleId, response: HttpResponse) -> Any:  # noqa: A002 - the path names it id
    networks = networks_in_scope(None)
    article = get_visible_or_404(articles_for_request(request, networks), pk=id)
    article.rendered = rendered_text(article.body, "article", article.pk, article.revision_number)  # type: ignore[attr-defined]
    article.visible_related_article_ids = (  # type: ignore[attr-defined]
        visible_articles(request.user, networks)
        .filter(pk__in=article.related_articles.values("pk"))
        .values_list("pk", flat=True)
    )
    article.visible_related_offers = visible_offers(request.user, networks).filter(  # type: ignore[attr-defined]
        pk__in=article.related_offers.values("pk")
    )
    article.visible_related_organizations = visible_organizations(  # type: ignore[attr-defined]
        request.user, networks
    ).filter(pk__in=article.related_organizations.values("pk"))
    response.headers["ETag"] = quote_etag(f"article-{article.pk}-r{article.revision_number}")
    return article


@router.get(
    "/collections",
    response={200: list[CollectionOut], 404: ErrorOut, 422: ValidationErrorOut},
    summary="List knowledge collections",
    description="The shelves of the networks' knowledge bases, top shelves first, each with its parent.",
    url_name="collection_list",
)
@paginate(Pagination)
def list_collections(request: HttpRequest, *, network: NetworkFilter = None) -> QuerySet[Collection]:
    return (
        visible_collections(request.user, networks_in_scope(network))
        .select_related("network")
        .order_by("network__slug", F("parent_id").asc(nulls_first=True), "position", "title", "pk")
    )
