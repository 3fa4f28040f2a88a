"""Who may see and download which document: 404 for everything not theirs, also for guessed addresses."""

import pytest

from netzwerk.knowledge.models import ArticleVisibility
from tests.files import image_bytes, pdf_bytes

from .conftest import make_document, url


@pytest.fixture
def internal(world):  # type: ignore[no-untyped-def]
    return make_document(world.network, world.editor_a, title="Protokoll Netzwerktreffen")


@pytest.fixture
def public(world):  # type: ignore[no-untyped-def]
    return make_document(
        world.network, world.editor_a, title="Ausfüllhilfe Kindergeld", visibility=ArticleVisibility.PUBLIC
    )


def test_a_visitor_downloads_a_public_ausfuellhilfe(client, public):
    response = client.get(url(public, "versions/1/download/"))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="ausfuellhilfe.pdf"'
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in response["Content-Security-Policy"]
    assert b"".join(response.streaming_content).startswith(b"%PDF")


def test_a_non_ascii_file_name_is_offered_as_it_was(world, client_for):
    document = make_document(world.network, world.editor_a, name="Ausfüllhilfe – Kindergeld.pdf")
    response = client_for(world.member).get(url(document, "versions/1/download/"))
    assert (
        "filename*=utf-8''Ausf%C3%BCllhilfe%20%E2%80%93%20Kindergeld.pdf" in response["Content-Disposition"]
    )


@pytest.mark.parametrize("who", ["anonymous", "guest", "other_coordinator"])
def test_network_documents_are_404_for_outsiders_also_by_url(world, client_for, internal, who):
    user = None if who == "anonymous" else getattr(world, who)
    client = client_for(user)
    for rest in ("", "versions/1/download/", "versions/1/view/", "versions/2/download/"):
        assert client.get(url(internal, rest)).status_code == 404, rest


def test_a_document_is_not_found_under_another_network(world, client_for, internal):
    other_address = url(internal, "versions/1/download/").replace("burgenlandkreis", "saalekreis")
    assert client_for(world.other_coordinator).get(other_address).status_code == 404
    assert client_for(world.coordinator).get(other_address).status_code == 404


def test_members_read_network_documents(world, client_for, internal):
    response = client_for(world.member).get(url(internal, "versions/1/download/"))
    assert response.status_code == 200


def test_a_pdf_opens_in_the_browser_but_one_with_scripts_is_downloaded(world, client_for):
    plain = make_document(world.network, world.editor_a)
    scripted = make_document(
        world.network, world.editor_a, data=pdf_bytes("Formular", javascript="app.alert(1)"), name="f.pdf"
    )
    client = client_for(world.member)

    shown = client.get(url(plain, "versions/1/view/"))
    assert shown["Content-Disposition"].startswith("inline")
    assert "sandbox" in shown["Content-Security-Policy"]
    downloaded = client.get(url(scripted, "versions/1/view/"))
    assert downloaded["Content-Disposition"].startswith("attachment")
    page = client.get(url(scripted)).content.decode()
    assert "offered for download only" in page
    assert "versions/1/view/" not in page


def test_an_image_opens_as_an_image_and_a_docx_is_always_downloaded(world, client_for):
    from tests.files import docx_bytes

    image = make_document(world.network, world.editor_a, name="plan.png", data=image_bytes("PNG"))
    word = make_document(world.network, world.editor_a, name="liste.docx", data=docx_bytes("Checkliste"))
    client = client_for(world.member)
    shown = client.get(url(image, "versions/1/view/"))
    assert shown["Content-Type"] == "image/png"
    assert shown["Content-Disposition"].startswith("inline")
    assert client.get(url(word, "versions/1/view/"))["Content-Disposition"].startswith("attachment")


def test_the_list_shows_what_the_viewer_may_read(world, client_for, internal, public):
    anonymous = client_for(None).get("/n/burgenlandkreis/documents/").content.decode()
    assert "Ausfüllhilfe Kindergeld" in anonymous
    assert "Protokoll Netzwerktreffen" not in anonymous
    member = client_for(world.member).get("/n/burgenlandkreis/documents/").content.decode()
    assert "Protokoll Netzwerktreffen" in member


def test_the_list_filters_by_words_in_the_title(world, client_for, internal, public):
    page = client_for(world.member).get("/n/burgenlandkreis/documents/?q=kinder").content.decode()
    assert "Ausfüllhilfe Kindergeld" in page
    assert "Protokoll Netzwerktreffen" not in page


def test_the_list_needs_the_same_queries_for_few_and_many_documents(
    world, client_for, django_assert_max_num_queries
):
    client = client_for(world.member)
    for number in range(3):
        make_document(world.network, world.editor_a, title=f"Liste {number}")
    client.get("/n/burgenlandkreis/documents/")
    with django_assert_max_num_queries(12) as few:
        client.get("/n/burgenlandkreis/documents/")
    for number in range(3, 25):
        make_document(world.network, world.editor_a, title=f"Liste {number}")
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get("/n/burgenlandkreis/documents/")


def test_the_article_and_collection_pages_list_their_documents(world, client_for, collection):
    from tests.knowledge.conftest import make_article

    article = make_article(world.network, world.editor_a, collection=collection)
    make_document(world.network, world.editor_a, title="Checkliste Anmeldung", collection=collection)
    document = make_document(world.network, world.editor_a, title="Merkblatt Wohnsitz")
    document.articles.add(article)
    client = client_for(world.member)
    article_page = client.get(article.url_in(world.network)).content.decode()
    assert "Merkblatt Wohnsitz" in article_page
    assert "Add a document" not in article_page
    shelf = client.get(collection.url_in(world.network)).content.decode()
    assert "Checkliste Anmeldung" in shelf
    editor_page = client_for(world.editor_a).get(article.url_in(world.network)).content.decode()
    assert f"documents/new/?article={article.slug}" in editor_page
