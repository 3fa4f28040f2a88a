"""Documents through the API: who reads which document, the download address, and a fixed number of
queries per list."""

import pytest
from django.test import Client

from netzwerk.documents import services
from netzwerk.knowledge.models import ArticleVisibility
from tests.conftest import World
from tests.documents.conftest import checked, make_document
from tests.files import pdf_bytes
from tests.knowledge.conftest import make_article

from .helpers import ids

pytestmark = pytest.mark.django_db


def client_for(user) -> Client:  # type: ignore[no-untyped-def]
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


@pytest.fixture
def documents(world: World) -> dict:
    public = make_document(
        world.network,
        world.editor_a,
        title="Ausfüllhilfe Kindergeld",
        description="Schritt für Schritt",
        visibility=ArticleVisibility.PUBLIC,
    )
    services.add_version(
        document=public, by=world.editor_a, upload=checked("neu.pdf", pdf_bytes("Neu")), note="2027"
    )
    internal = make_document(world.network, world.editor_a, title="Protokoll Netzwerktreffen")
    elsewhere = make_document(world.other_network, world.other_coordinator, title="Saalekreis intern")
    return {"public": public, "internal": internal, "elsewhere": elsewhere}


def test_anonymous_callers_list_public_documents_only(documents):
    assert ids(client_for(None).get("/api/v1/documents")) == [documents["public"].pk]


def test_members_list_their_networks_documents(world, documents):
    listed = ids(client_for(world.member).get("/api/v1/documents"))
    assert listed == [documents["public"].pk, documents["internal"].pk]


def test_the_list_gives_the_current_version_with_its_download_address(documents):
    item = client_for(None).get("/api/v1/documents").json()["items"][0]
    version = item["current_version"]
    assert version["number"] == 2
    assert version["file_name"] == "neu.pdf"
    assert version["content_type"] == "application/pdf"
    assert version["download_url"].endswith(
        f"/n/burgenlandkreis/documents/{documents['public'].pk}/versions/2/download/"
    )
    assert version["text_status"] == "pending"
    downloaded = client_for(None).get(version["download_url"])
    assert downloaded.status_code == 200


def test_the_detail_lists_every_version(documents, world):
    article = make_article(world.network, world.editor_a)
    documents["public"].articles.add(article)
    body = client_for(None).get(f"/api/v1/documents/{documents['public'].pk}").json()
    assert [version["number"] for version in body["versions"]] == [2, 1]
    assert body["versions"][0]["note"] == "2027"
    assert body["articles"] == [article.pk]


@pytest.mark.parametrize("who", [None, "guest", "other_coordinator"])
def test_network_documents_are_404_for_outsiders(world, documents, who):
    user = getattr(world, who) if who else None
    assert client_for(user).get(f"/api/v1/documents/{documents['internal'].pk}").status_code == 404


def test_search_covers_title_and_description(documents):
    assert ids(client_for(None).get("/api/v1/documents?q=schritt")) == [documents["public"].pk]
    assert ids(client_for(None).get("/api/v1/documents?q=protokoll")) == []


def test_the_list_reads_a_fixed_number_of_queries(world: World, django_assert_max_num_queries) -> None:  # type: ignore[no-untyped-def]
    client = client_for(world.member)
    for number in range(3):
        make_document(world.network, world.editor_a, title=f"Liste {number}")
    client.get("/api/v1/documents")
    with django_assert_max_num_queries(12) as few:
        client.get("/api/v1/documents")
    for number in range(3, 20):
        make_document(world.network, world.editor_a, title=f"Liste {number}")
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get("/api/v1/documents")
