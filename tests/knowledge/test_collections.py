"""Coordinators keep the collections: create, nest, order; a collection cannot be put below itself."""

import pytest
from django.urls import reverse

from netzwerk.knowledge.models import Collection
from tests.conftest import World

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
