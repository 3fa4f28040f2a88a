"""Reading the knowledge base: who sees which article, the article page, lists and collections."""

import re

import pytest
from django.urls import reverse

from netzwerk.knowledge import services
from netzwerk.knowledge.models import ArticleStatus, ArticleVisibility
from tests.conftest import World

from .conftest import client_for, make_article

pytestmark = pytest.mark.django_db


def article_url(world: World, article) -> str:  # type: ignore[no-untyped-def]
    return reverse(
        "knowledge:article_detail", kwargs={"network_slug": world.network.slug, "slug": article.slug}
    )


def test_a_public_article_is_read_by_anonymous_visitors(world: World) -> None:
    article = make_article(world.network, world.editor_a, title="Kindergeld für EU-Bürger")
    response = client_for(None).get(article_url(world, article))
    assert response.status_code == 200
    assert "Kindergeld für EU-Bürger" in response.content.decode()
    assert '<h2 id="wer">Wer?</h2>' in response.content.decode()


@pytest.mark.parametrize(
    ("role", "status"),
    [("anonymous", 404), ("guest", 404), ("other_coordinator", 404), ("member", 200), ("editor_b", 200)],
)
def test_a_network_article_is_read_by_members_only(world: World, role: str, status: int) -> None:
    article = make_article(world.network, world.coordinator, visibility=ArticleVisibility.NETWORK)
    assert client_for(world.users()[role]).get(article_url(world, article)).status_code == status


@pytest.mark.parametrize(
    ("role", "status"),
    [
        ("anonymous", 404),
        ("guest", 404),
        ("member", 404),
        ("editor_a", 200),
        ("editor_b", 200),
        ("coordinator", 200),
        ("other_coordinator", 404),
    ],
)
def test_drafts_and_reviews_are_read_by_authors_and_reviewers(world: World, role: str, status: int) -> None:
    draft = make_article(world.network, world.editor_a, title="Entwurf", status=ArticleStatus.DRAFT)
    in_review = make_article(world.network, world.editor_a, title="In Prüfung", status=ArticleStatus.REVIEW)
    client = client_for(world.users()[role])
    assert client.get(article_url(world, draft)).status_code == status
    assert client.get(article_url(world, in_review)).status_code == status


def test_a_member_reads_their_own_draft_and_archived_articles(world: World) -> None:
    own = make_article(world.network, world.member, title="Mein Entwurf", status=ArticleStatus.DRAFT)
    archived = make_article(
        world.network, world.editor_a, title="Alt", status=ArticleStatus.ARCHIVED, reviewer=world.coordinator
    )
    client = client_for(world.member)
    assert client.get(article_url(world, own)).status_code == 200
    page = client.get(article_url(world, archived))
    assert page.status_code == 200
    assert "archived" in page.content.decode()
    # Archived articles are kept from the public, whatever their visibility was.
    assert client_for(None).get(article_url(world, archived)).status_code == 404


def test_an_article_of_another_network_is_404_for_its_coordinator(world: World) -> None:
    article = make_article(world.network, world.coordinator, visibility=ArticleVisibility.NETWORK)
    client = client_for(world.other_coordinator)
    url = reverse("knowledge:article_detail", kwargs={"network_slug": "saalekreis", "slug": article.slug})
    assert client.get(url).status_code == 404
    assert client.get(article_url(world, article)).status_code == 404


def test_markdown_is_rendered_harmless(world: World) -> None:
    body = (
        "<script>alert('x')</script>\n\n[Klick](javascript:alert(1))\n\n<iframe src='https://evil'></iframe>\n\n"
        '<a href="#" onclick="steal()">x</a>\n\n![Bild](data:image/png;base64,AAAA)\n\n'
        "![extern](https://tracker.example/pixel.png)\n\n[gut](https://example.org)"
    )
    article = make_article(world.network, world.coordinator, body=body)
    html = client_for(None).get(article_url(world, article)).content.decode()
    text = html[html.index('class="article-text"') :]
    text = text[: text.index("</div>")]
    # Raw HTML is shown as text: no real tag of it, no event handler on any real tag.
    assert "<script" not in text
    assert "<iframe" not in text
    assert "&lt;script&gt;" in text
    assert re.search(r"<[a-z][^>]*\son[a-z]+=", text) is None
    assert re.search(r"<a[^>]*href=\"javascript", text) is None
    assert "data:image" not in text
    assert "tracker.example" not in text
    assert '<a href="https://example.org" rel="noopener noreferrer nofollow">gut</a>' in text


def test_long_articles_get_a_table_of_contents(world: World) -> None:
    body = "\n\n".join(f"## Abschnitt {n}\n\nText {n}.\n\n### Unterpunkt {n}\n\nMehr." for n in range(1, 4))
    article = make_article(world.network, world.coordinator, body=body)
    html = client_for(None).get(article_url(world, article)).content.decode()
    assert 'aria-labelledby="toc-heading"' in html
    assert 'href="#abschnitt-2"' in html
    assert 'id="abschnitt-2"' in html
    assert 'href="#unterpunkt-3"' in html
    short = make_article(world.network, world.coordinator, title="Kurz", body="## Nur eins\n\nText")
    short_page = client_for(None).get(article_url(world, short)).content.decode()
    assert 'aria-labelledby="toc-heading"' not in short_page


def test_the_list_shows_published_articles_and_filters_them(world: World, collection) -> None:  # type: ignore[no-untyped-def]
    make_article(world.network, world.coordinator, title="Kindergeld beantragen", body="Familienkasse")
    make_article(
        world.network, world.coordinator, title="Wohngeld", body="Mietzuschuss", collection=collection
    )
    make_article(world.network, world.coordinator, title="Entwurf Kindergeld", status=ArticleStatus.DRAFT)
    url = reverse("knowledge:article_list", kwargs={"network_slug": world.network.slug})
    client = client_for(world.coordinator)
    page = client.get(url).content.decode()
    assert "Kindergeld beantragen" in page
    assert "Wohngeld" in page
    assert "Entwurf Kindergeld" not in page  # drafts have their own list on the start page
    found = client.get(url, {"q": "familienkasse"}).content.decode()
    assert "Kindergeld beantragen" in found
    assert "Wohngeld" not in found
    shelf = client.get(url, {"collection": collection.pk}).content.decode()
    assert "Wohngeld" in shelf
    assert "Kindergeld beantragen" not in shelf
    assert client.get(url, {"collection": "kein"}).status_code == 200


def test_the_list_reads_a_fixed_number_of_queries(world: World, django_assert_max_num_queries) -> None:  # type: ignore[no-untyped-def]
    for number in range(25):
        make_article(world.network, world.coordinator, title=f"Artikel {number}")
    url = reverse("knowledge:article_list", kwargs={"network_slug": world.network.slug})
    client = client_for(world.member)
    client.get(url)
    # The filter, the count and the cards come from the cache on a repeat visit.
    with django_assert_max_num_queries(3):
        assert client.get(url).status_code == 200
    with django_assert_max_num_queries(8):
        assert client.get(url, {"page": 2}).status_code == 200


def test_the_cached_list_shows_changes_at_once_and_each_reader_their_articles(world: World) -> None:
    make_article(world.network, world.coordinator, title="Kindergeld beantragen")
    url = reverse("knowledge:article_list", kwargs={"network_slug": world.network.slug})
    visitor, member = client_for(None), client_for(world.member)
    assert "1 article" in visitor.get(url).content.decode()
    make_article(
        world.network, world.coordinator, title="Interne Abläufe", visibility=ArticleVisibility.NETWORK
    )
    public = visitor.get(url).content.decode()
    assert "Interne Abläufe" not in public
    assert "1 article" in public
    internal = member.get(url).content.decode()
    assert "Interne Abläufe" in internal
    assert "2 articles" in internal
    article = make_article(world.network, world.coordinator, title="Wohngeld")
    assert "Wohngeld" in visitor.get(url).content.decode()
    services.archive(article=article, by=world.coordinator)
    assert "Wohngeld" not in visitor.get(url).content.decode()


def test_the_start_page_shows_collections_recent_and_overdue(world: World, collection) -> None:  # type: ignore[no-untyped-def]
    article = make_article(world.network, world.coordinator, title="Überfälliger Artikel")
    type(article).objects.filter(pk=article.pk).update(review_due="2020-01-01")
    url = reverse("knowledge:index", kwargs={"network_slug": world.network.slug})
    page = client_for(world.coordinator).get(url).content.decode()
    assert "Aufenthaltsrecht" in page
    assert "Überfälliger Artikel" in page
    assert "Due for review" in page
    public = client_for(None).get(url).content.decode()
    assert "Due for review" not in public


def test_a_collection_page_has_breadcrumbs_and_articles(world: World, collection) -> None:  # type: ignore[no-untyped-def]
    make_article(world.network, world.coordinator, title="Freizügigkeitsrecht", collection=collection)
    url = reverse(
        "knowledge:collection_detail", kwargs={"network_slug": world.network.slug, "slug": collection.slug}
    )
    page = client_for(None).get(url).content.decode()
    assert "Freizügigkeitsrecht" in page
    assert 'aria-current="page">EU-Freizügigkeit' in page
    assert ">Aufenthaltsrecht</a>" in page


def test_the_start_and_article_pages_read_a_fixed_number_of_queries(  # type: ignore[no-untyped-def]
    world: World, collection, django_assert_max_num_queries
) -> None:
    articles = [make_article(world.network, world.coordinator, title=f"Artikel {n}") for n in range(12)]
    article = articles[0]
    article.related_articles.add(*articles[1:6])
    article.related_organizations.add(world.org_a, world.org_b)
    client = client_for(world.coordinator)
    index = reverse("knowledge:index", kwargs={"network_slug": world.network.slug})
    client.get(index)
    with django_assert_max_num_queries(8):
        assert client.get(index).status_code == 200
    client.get(article_url(world, article))
    with django_assert_max_num_queries(12):
        assert client.get(article_url(world, article)).status_code == 200
