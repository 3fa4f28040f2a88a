"""Uploading documents and their versions through the pages, and what a refused file leaves behind."""

from pathlib import Path

import pytest
from django.conf import settings

from netzwerk.documents.models import Document, DocumentVersion
from netzwerk.knowledge.models import ArticleVisibility
from tests.files import docx_bytes, image_bytes, pdf_bytes, upload, zip_bomb_docx

from .conftest import make_document, url

CREATE = "/n/burgenlandkreis/documents/new/"


def form(**changes):  # type: ignore[no-untyped-def]
    data = {"title": "Ausfüllhilfe Kindergeld", "visibility": "network", "language": "de", "note": ""}
    data.update(changes)
    return data


def stored_files() -> list[Path]:
    folder = Path(settings.MEDIA_ROOT) / "documents"
    return sorted(path for path in folder.rglob("*") if path.is_file()) if folder.exists() else []


def test_an_editor_uploads_a_pdf_and_sees_its_page(world, client_for):
    client = client_for(world.editor_a)
    response = client.post(CREATE, form(file=upload("Ausfüllhilfe Kindergeld.pdf", pdf_bytes("Seite 1"))))

    document = Document.objects.get()
    assert response.status_code == 302
    assert response["Location"] == url(document)
    version = document.current_version
    assert version.number == 1
    assert version.original_name == "Ausfüllhilfe Kindergeld.pdf"
    assert version.file.name.startswith("documents/")
    assert "Ausf" not in version.file.name
    assert version.uploaded_by == world.editor_a
    page = client.get(url(document)).content.decode()
    assert "Ausfüllhilfe Kindergeld.pdf" in page
    assert world.editor_a.name in page
    assert "PDF document" in page


def test_a_second_version_becomes_current_and_the_first_stays_downloadable(world, client_for):
    document = make_document(world.network, world.editor_a)
    client = client_for(world.editor_a)

    response = client.post(
        url(document, "versions/new/"),
        {"file": upload("ausfuellhilfe-2027.pdf", pdf_bytes("Neue Fassung")), "note": "Formular 2027"},
    )

    assert response.status_code == 302
    document.refresh_from_db()
    assert document.current_version.number == 2
    assert list(document.versions.values_list("number", "note")) == [(2, "Formular 2027"), (1, "")]
    first = client.get(url(document, "versions/1/download/"))
    assert first.status_code == 200
    assert b"".join(first.streaming_content).startswith(b"%PDF")
    page = client.get(url(document)).content.decode()
    assert "Formular 2027" in page
    assert "2 versions" in page


def test_a_new_version_needs_a_note(world, client_for):
    document = make_document(world.network, world.editor_a)
    response = client_for(world.editor_a).post(
        url(document, "versions/new/"), {"file": upload("neu.pdf", pdf_bytes("x"))}
    )
    assert response.status_code == 200
    assert document.versions.count() == 1


def test_opened_from_an_article_the_form_starts_with_it(world, client_for):
    from tests.knowledge.conftest import make_article

    article = make_article(world.network, world.editor_a, visibility=ArticleVisibility.PUBLIC)
    page = client_for(world.editor_a).get(f"{CREATE}?article={article.slug}").content.decode()
    assert f'<option value="{article.pk}" selected>' in page
    assert 'value="public" checked' in page or '<option value="public" selected>' in page


@pytest.mark.parametrize(
    "case",
    [
        ("antrag.pdf", b"MZ\x90\x00" + b"\0" * 500, "its content is not of the type PDF document"),
        ("liste.pdf", docx_bytes("Checkliste"), "Please save it as .docx"),
        ("seite.html", b"<html><script>alert(1)</script></html>", "contains HTML or SVG"),
        ("bild.svg", b"<svg onload='alert(1)'/>", "contains HTML or SVG"),
        ("leer.pdf", b"", "is empty"),
        ("bombe.docx", zip_bomb_docx(300 * 1024 * 1024 // 100), None),
        ("../../../etc/" + "x" * 480 + ".exe", b"MZ\x90\x00", "is not a file of an accepted kind"),
    ],
)
def test_a_refused_file_gets_a_message_keeps_the_input_and_writes_nothing(world, client_for, settings, case):
    name, data, message = case
    settings.NETZWERK_UPLOAD_MAX_UNPACKED_BYTES = 1024 * 1024
    before = stored_files()
    response = client_for(world.editor_a).post(CREATE, form(title="Meine Liste", file=upload(name, data)))

    html = response.content.decode()
    assert response.status_code == 200
    assert 'value="Meine Liste"' in html
    assert "data-error-summary" in html
    if message:
        assert message in html
    assert not Document.objects.exists()
    assert not DocumentVersion.objects.exists()
    assert stored_files() == before


def test_an_oversized_file_is_refused_while_it_streams_in(world, client_for, settings):
    settings.NETZWERK_UPLOAD_MAX_BYTES = 50_000
    before = stored_files()
    response = client_for(world.editor_a).post(
        CREATE, form(file=upload("gross.pdf", pdf_bytes("x") + b"\0" * 60_000))
    )
    assert response.status_code == 200
    assert "is larger than 48.8\xa0KB" in response.content.decode()
    assert stored_files() == before


def test_a_missing_file_is_asked_for(world, client_for):
    response = client_for(world.editor_a).post(CREATE, form())
    assert response.status_code == 200
    assert "This field is required." in response.content.decode()


def test_the_german_messages(world, client_for):
    response = client_for(world.editor_a).post(
        CREATE, form(file=upload("antrag.pdf", b"MZ\x90\x00" * 100)), HTTP_ACCEPT_LANGUAGE="de"
    )
    assert "„antrag.pdf“ endet auf .pdf, der Inhalt ist aber nicht vom Typ PDF-Dokument." in (
        response.content.decode()
    )


def test_images_are_stored_re_encoded(world, client_for):
    data = image_bytes("PNG") + b"<script>alert(1)</script>"
    client_for(world.editor_a).post(CREATE, form(file=upload("plan.png", data)))
    version = DocumentVersion.objects.get()
    with version.file.open("rb") as stored:
        assert b"script" not in stored.read()


def test_editing_the_details_keeps_the_versions(world, client_for):
    document = make_document(world.network, world.editor_a)
    response = client_for(world.coordinator).post(
        url(document, "edit/"), form(title="Ausfüllhilfe Kindergeld 2027", visibility="public")
    )
    assert response.status_code == 302
    document.refresh_from_db()
    assert document.title == "Ausfüllhilfe Kindergeld 2027"
    assert document.visibility == ArticleVisibility.PUBLIC
    assert document.versions.count() == 1


def test_members_cannot_upload(world, client_for):
    response = client_for(world.member).post(CREATE, form(file=upload("a.pdf", pdf_bytes("x"))))
    assert response.status_code == 403
    assert not Document.objects.exists()
