"""The knowledge base through the API: who reads which article, the text as Markdown and HTML, filters,
collections and a fixed number of queries per list."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from netzwerk.knowledge import services
from netzwerk.knowledge.models import ArticleStatus, ArticleTranslation, ArticleVisibility, Collection, Tag
from tests.conftest import World
from tests.knowledge.conftest import make_article

from .helpers import ids

pytestmark = pytest.mark.django_db


def client_for(user) -> Client:  # type: ignore[no-untyped-def]
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


@pytest.fixture
def articles(world: World) -> dict:
    shelf = Collection.objects.create(
        network=world.network, title="Aufenthaltsrecht", slug="aufenthaltsrecht"
    )
    public = make_article(
        world.network,
        world.editor_a,
        title="Wohnsitz anmelden",
        body="## Frist\n\nZwei Wochen.\n\n<script>alert(1)</script>",
        collection=shelf,
    )
    public.tags.add(Tag.objects.create(network=world.network, name="Anmeldung"))
    internal = make_article(
        world.network, world.coordinator, title="Geschäftsordnung", visibility=ArticleVisibility.NETWORK
    )
    draft = make_article(world.network, world.editor_a, title="Entwurf", status=ArticleStatus.DRAFT)
    elsewhere = make_article(
        world.other_network,
        world.other_coordinator,
        title="Saalekreis intern",
        visibility=ArticleVisibility.NETWORK,
    )
    public.related_articles.add(internal)
    return {"public": public, "internal": internal, "draft": draft, "elsewhere": elsewhere, "shelf": shelf}


def test_visitors_read_public_articles_and_members_their_networks(world: World, articles: dict) -> None:
    assert ids(client_for(None).get("/api/v1/articles")) == [articles["public"].pk]
    member = ids(client_for(world.member).get("/api/v1/articles"))
    assert sorted(member) == sorted([articles["public"].pk, articles["internal"].pk])
    other = ids(client_for(world.other_coordinator).get("/api/v1/articles"))
    assert sorted(other) == sorted([articles["public"].pk, articles["elsewhere"].pk])


def test_drafts_are_listed_for_reviewers_who_ask(world: World, articles: dict) -> None:
    assert ids(client_for(world.editor_b).get("/api/v1/articles", {"status": "draft"})) == [
        articles["draft"].pk
    ]
    assert ids(client_for(world.member).get("/api/v1/articles", {"status": "draft"})) == []
    assert client_for(world.member).get(f"/api/v1/articles/{articles['draft'].pk}").status_code == 404


def test_the_detail_has_markdown_safe_html_headings_and_a_revision_etag(world: World, articles: dict) -> None:
    article = articles["public"]
    ArticleTranslation.objects.create(
        article=article, language="ar", title="ت", body="…", based_on_revision=1
    )
    services.save_article(
        article=article,
        text=services.ArticleText(article.title, article.summary, article.body + "\n\nNeu."),
        loaded_revision=1,
        by=world.editor_a,
        is_major=True,
    )
    response = client_for(None).get(f"/api/v1/articles/{article.pk}")
    data = response.json()
    assert response["ETag"] == f'"article-{article.pk}-r2"'
    assert data["body_markdown"].startswith("## Frist")
    assert '<h2 id="frist">Frist</h2>' in data["body_html"]
    assert "<script>" not in data["body_html"]
    assert data["headings"] == [{"level": 2, "text": "Frist", "anchor": "frist"}]
    assert data["tags"] == ["Anmeldung"]
    assert data["collection"]["slug"] == "aufenthaltsrecht"
    assert data["translations"] == [
        {"language": "ar", "title": "ت", "based_on_revision": 1, "is_outdated": True}
    ]
    # A related article the caller may not read is left out, not named.
    assert data["related_articles"] == []
    member = client_for(world.member).get(f"/api/v1/articles/{article.pk}").json()
    assert member["related_articles"] == [articles["internal"].pk]
    assert data["url"].endswith(article.get_absolute_url())


def test_filters(world: World, articles: dict) -> None:
    client = client_for(world.member)
    assert ids(client.get("/api/v1/articles", {"q": "wochen"})) == [articles["public"].pk]
    assert ids(client.get("/api/v1/articles", {"collection": "aufenthaltsrecht"})) == [articles["public"].pk]
    assert ids(client.get("/api/v1/articles", {"tag": "anmeldung"})) == [articles["public"].pk]
    assert ids(client.get("/api/v1/articles", {"network": "saalekreis"})) == []
    assert client.get("/api/v1/articles", {"network": "nirgendwo"}).status_code == 404
    assert client.get("/api/v1/articles", {"status": "unknown"}).status_code == 422


def test_collections(world: World, articles: dict) -> None:
    Collection.objects.create(
        network=world.network, parent=articles["shelf"], title="EU-Freizügigkeit", slug="eu", position=1
    )
    items = client_for(None).get("/api/v1/collections", {"network": world.network.slug}).json()["items"]
    assert [(item["slug"], item["parent"]) for item in items] == [
        ("aufenthaltsrecht", None),
        ("eu", articles["shelf"].pk),
    ]


def test_the_list_reads_a_fixed_number_of_queries(world: World, django_assert_max_num_queries) -> None:  # type: ignore[no-untyped-def]
    for number in range(30):
        make_article(world.network, world.coordinator, title=f"Artikel {number}")
    client = client_for(world.member)
    client.get("/api/v1/articles?limit=5")
    with django_assert_max_num_queries(9):
        assert len(ids(client.get("/api/v1/articles?limit=30"))) == 30


def test_published_lists_are_cached_per_reader_level_and_drafts_never(world: World, articles: dict) -> None:
    visitor, member, editor = client_for(None), client_for(world.member), client_for(world.editor_b)
    assert ids(visitor.get("/api/v1/articles")) == [articles["public"].pk]
    with CaptureQueriesContext(connection) as repeat:
        assert ids(visitor.get("/api/v1/articles")) == [articles["public"].pk]
    assert len(repeat) <= 1  # the content version at most
    assert articles["internal"].pk in ids(member.get("/api/v1/articles"))
    # Drafts depend on the person's role: a reviewer's answer is never handed to a member.
    assert ids(editor.get("/api/v1/articles", {"status": "draft"})) == [articles["draft"].pk]
    assert ids(member.get("/api/v1/articles", {"status": "draft"})) == []
    # A newly published article shows in the next answer.
    fresh = make_article(world.network, world.editor_a, title="Neu veröffentlicht")
    assert fresh.pk in ids(visitor.get("/api/v1/articles"))
    collections = visitor.get("/api/v1/collections").json()["items"]
    assert [item["slug"] for item in collections] == ["aufenthaltsrecht"]
    Collection.objects.create(network=world.network, title="Arbeit", slug="arbeit", position=1)
    assert len(visitor.get("/api/v1/collections").json()["items"]) == 2
