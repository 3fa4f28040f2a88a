"""Taking a file back: one version, or a whole document, with its files gone for good."""

from pathlib import Path

from netzwerk.documents import services
from netzwerk.documents.models import Document, DocumentVersion
from tests.files import pdf_bytes

from .conftest import checked, make_document, url


def with_two_versions(world):  # type: ignore[no-untyped-def]
    document = make_document(world.network, world.editor_a)
    services.add_version(
        document=document, by=world.editor_a, upload=checked("neu.pdf", pdf_bytes("Neu")), note="Neu"
    )
    document.refresh_from_db()
    return document


def test_the_uploader_deletes_a_wrong_version_and_the_previous_one_becomes_current(
    world, client_for, django_capture_on_commit_callbacks
):
    document = with_two_versions(world)
    wrong = document.current_version
    path = Path(wrong.file.path)
    client = client_for(world.editor_a)
    assert "Delete version 2" in client.get(url(document)).content.decode()
    assert "will be removed for good" in client.get(url(document, "versions/2/delete/")).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url(document, "versions/2/delete/"))

    assert response.status_code == 302
    document.refresh_from_db()
    assert document.current_version.number == 1
    assert not DocumentVersion.objects.filter(pk=wrong.pk).exists()
    assert not path.exists()
    assert client.get(url(document, "versions/2/download/")).status_code == 404


def test_the_only_version_cannot_be_deleted_alone(world, client_for):
    document = make_document(world.network, world.editor_a)
    client = client_for(world.coordinator)
    page = client.get(url(document, "versions/1/delete/")).content.decode()
    assert "delete the whole document" in page
    response = client.post(url(document, "versions/1/delete/"))
    assert response.status_code == 200
    assert document.versions.count() == 1


def test_a_coordinator_deletes_a_document_with_all_its_files(
    world, client_for, django_capture_on_commit_callbacks
):
    document = with_two_versions(world)
    paths = [Path(version.file.path) for version in document.versions.all()]
    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(world.coordinator).post(url(document, "delete/"))
    assert response.status_code == 302
    assert response["Location"] == "/n/burgenlandkreis/documents/"
    assert not Document.objects.filter(pk=document.pk).exists()
    assert not DocumentVersion.objects.exists()
    assert not any(path.exists() for path in paths)


def test_another_editor_may_change_but_not_delete(world, client_for):
    document = with_two_versions(world)
    client = client_for(world.editor_b)
    assert client.post(url(document, "delete/")).status_code == 403
    assert client.post(url(document, "versions/2/delete/")).status_code == 403
    assert document.versions.count() == 2
    assert "Delete the document" not in client.get(url(document)).content.decode()
