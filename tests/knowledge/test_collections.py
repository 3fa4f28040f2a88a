"""Coordinators keep the collections: create, nest, order; a collection cannot be put below itself."""

import pytest
from django.urls import reverse

from netzwerk.knowledge.models import Collection
from tests.conftest import World
from tests.documents.conftest import make_document

from .conftest import client_for, make_article

pytestmark = pytest.mark.django_db


def test_a_coordinator_creates_nested_collections(world: World) -> None:
    client = client_for(world.coordinator)
    create = reverse("knowledge:collection_create", kwargs={"network_slug": world.network.slug})
    client.post(create, {"title": "Aufenthaltsrecht", "position": 1})
    top = Collection.objects.get()
    assert top.slug == "aufenthaltsrecht"
    response = client.post(create, {"title": "EU-Freizügigkeit", "parent": top.pk, "position": 1})
    child = Collection.objects.get(parent=top)
    assert child.slug == "eu-freizuegigkeit"
    assert response["Location"] == child.url_in(world.network)
    make_article(world.network, world.editor_a, title="Daueraufenthalt", collection=child)
    page = client_for(None).get(top.url_in(world.network)).content.decode()
    assert "EU-Freizügigkeit" in page
    article_page = (
        client_for(None)
        .get(
            reverse(
                "knowledge:article_detail",
                kwargs={"network_slug": world.network.slug, "slug": "daueraufenthalt"},
            )
        )
        .content.decode()
    )
    assert ">Aufenthaltsrecht</a>" in article_page  # breadcrumbs down to the article
    assert ">EU-Freizügigkeit</a>" in article_page


def test_a_collection_cannot_be_moved_below_itself(world: World, collection) -> None:  # type: ignore[no-untyped-def]
    top = collection.parent
    edit = reverse("knowledge:collection_edit", kwargs={"network_slug": world.network.slug, "slug": top.slug})
    response = client_for(world.coordinator).post(
        edit, {"title": top.title, "parent": collection.pk, "position": 0}
    )
    assert response.status_code == 200
    assert "data-error-summary" in response.content.decode()
    top.refresh_from_db()
    assert top.parent is None


def test_only_coordinators_keep_collections(world: World) -> None:
    create = reverse("knowledge:collection_create", kwargs={"network_slug": world.network.slug})
    assert client_for(world.editor_a).get(create).status_code == 403
    assert client_for(world.other_coordinator).get(create).status_code == 404


def delete_url(world: World, collection: Collection) -> str:
    return reverse(
        "knowledge:collection_delete", kwargs={"network_slug": world.network.slug, "slug": collection.slug}
    )


def test_an_empty_collection_is_deleted_and_its_sub_collections_move_up(world: World, collection) -> None:  # type: ignore[no-untyped-def]
    top = collection.parent
    below = Collection.objects.create(
        network=world.network, parent=collection, title="Aufenthaltskarte", slug="karte"
    )
    client = client_for(world.coordinator)
    page = client.get(delete_url(world, collection)).content.decode()
    assert "The collection is empty." in page
    assert f'href="{top.url_in(world.network)}">Aufenthaltsrecht</a>' in page  # breadcrumbs down to it
    assert "Its sub-collection moves up into “Aufenthaltsrecht”" in page
    assert "Aufenthaltskarte" in page
    response = client.post(delete_url(world, collection), follow=True)
    assert response.redirect_chain[-1][0] == top.url_in(world.network)
    assert "The collection “EU-Freizügigkeit” has been deleted." in response.content.decode()
    assert not Collection.objects.filter(pk=collection.pk).exists()
    below.refresh_from_db()
    assert below.parent == top
    # A top-level collection's sub-collections move to the top level.
    client.post(delete_url(world, top))
    below.refresh_from_db()
    assert below.parent is None


def test_a_collection_holding_articles_or_documents_is_not_deleted(world: World, collection) -> None:  # type: ignore[no-untyped-def]
    make_article(world.network, world.editor_a, title="Daueraufenthalt", collection=collection)
    make_article(world.network, world.editor_a, title="Entwurf", collection=collection, status="draft")
    make_document(world.network, world.editor_a, collection=collection)
    client = client_for(world.coordinator)
    page = client.get(delete_url(world, collection)).content.decode()
    assert "This collection is not empty, so it cannot be deleted." in page
    assert "<li>Articles: 2</li>" in page
    assert "<li>Documents: 1</li>" in page
    assert "Delete the collection</span>" not in page  # no button
    response = client.post(delete_url(world, collection), follow=True)
    assert "was not deleted: it is not empty" in response.content.decode()
    assert Collection.objects.filter(pk=collection.pk).exists()


def test_only_the_networks_coordinators_delete_collections(world: World, collection) -> None:  # type: ignore[no-untyped-def]
    assert client_for(world.editor_a).post(delete_url(world, collection)).status_code == 403
    assert client_for(world.other_coordinator).post(delete_url(world, collection)).status_code == 404
    assert client_for(None).post(delete_url(world, collection)).status_code == 302
    assert Collection.objects.filter(pk=collection.pk).exists()
