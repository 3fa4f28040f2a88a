"""Reading the text of uploaded files in the worker: counts, normalisation, and failures on record."""

from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from netzwerk.documents import services
from netzwerk.documents.models import DocumentVersion, ExtractionProblem, ExtractionStatus
from tests.files import docx_bytes, image_bytes, ods_bytes, odt_bytes, pdf_bytes, xlsx_bytes, zip_bomb_docx

from .conftest import make_document, url


def read(world, name: str, data: bytes) -> DocumentVersion:  # type: ignore[no-untyped-def]
    document = make_document(world.network, world.editor_a, name=name, data=data)
    return services.read_text(version_id=document.current_version_id)


def test_the_text_is_read_after_the_upload_is_committed(world, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        document = make_document(
            world.network, world.editor_a, data=pdf_bytes("Antrag auf Kindergeld", "Seite zwei")
        )
    version = DocumentVersion.objects.get(document=document)
    assert version.extraction_status == ExtractionStatus.DONE
    assert "Antrag auf Kindergeld" in version.extracted_text
    assert version.page_count == 2
    assert version.word_count == 5


def test_a_pdf_shows_its_pages_and_words(world, client_for):
    version = read(world, "hilfe.pdf", pdf_bytes("Eins zwei drei", "vier"))
    page = client_for(world.member).get(url(version.document)).content.decode()
    assert "2 pages" in page
    assert "4 words" in page


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        (
            "liste.docx",
            docx_bytes("Checkliste für die Anmeldung", "Reisepass mitbringen"),
            "Reisepass mitbringen",
        ),
        ("zeiten.xlsx", xlsx_bytes([["Tag", "Sprechzeit"], ["Montag", "9–12 Uhr"]]), "Montag 9–12 Uhr"),
        ("text.odt", odt_bytes("Erste Zeile", "Zweite Zeile"), "Erste Zeile\nZweite Zeile"),
        ("tabelle.ods", ods_bytes([["Beratung", "Dienstag"]]), "Beratung Dienstag"),
        ("notiz.txt", "Öffnungszeiten: Mo–Fr".encode("cp1252", errors="replace"), "Öffnungszeiten"),
    ],
)
def test_every_kind_of_office_file_is_read(world, name, data, expected):
    version = read(world, name, data)
    assert version.extraction_status == ExtractionStatus.DONE
    assert expected in version.extracted_text
    assert version.page_count is None
    assert version.word_count > 0


def test_the_text_is_nfkc_normalised(world):
    version = read(world, "notiz.txt", "ﬁnden Ｋｉｎｄｅｒｇｅｌｄ".encode())
    assert version.extracted_text == "finden Kindergeld"


def test_an_image_has_no_text_and_that_is_no_failure(world):
    version = read(world, "plan.png", image_bytes("PNG"))
    assert version.extraction_status == ExtractionStatus.DONE
    assert version.word_count == 0


def test_an_encrypted_pdf_is_recorded_as_unreadable_with_a_clear_status(world, client_for):
    version = read(world, "geheim.pdf", pdf_bytes("Geheim", password="geheim"))
    assert version.extraction_status == ExtractionStatus.FAILED
    assert version.extraction_problem == ExtractionProblem.ENCRYPTED
    page = client_for(world.member).get(url(version.document), HTTP_ACCEPT_LANGUAGE="de").content.decode()
    assert "Text konnte nicht gelesen werden" in page
    assert "Die Datei ist mit einem Passwort geschützt." in page


def test_a_pdf_damaged_after_the_upload_is_recorded_not_raised(world):
    document = make_document(world.network, world.editor_a)
    version = document.current_version
    Path(version.file.path).write_bytes(b"%PDF-1.7\n\x00broken")
    version = services.read_text(version_id=version.pk)
    assert version.extraction_status == ExtractionStatus.FAILED
    assert version.extraction_problem == ExtractionProblem.DAMAGED


def test_a_missing_file_is_recorded(world):
    document = make_document(world.network, world.editor_a)
    document.current_version.file.storage.delete(document.current_version.file.name)
    version = services.read_text(version_id=document.current_version_id)
    assert version.extraction_problem == ExtractionProblem.MISSING


def test_an_office_file_that_grew_beyond_the_bound_is_not_unpacked(world, settings):
    document = make_document(world.network, world.editor_a, name="liste.docx", data=docx_bytes("x"))
    version = document.current_version
    Path(version.file.path).write_bytes(zip_bomb_docx(8 * 1024 * 1024))
    settings.NETZWERK_UPLOAD_MAX_UNPACKED_BYTES = 1024 * 1024
    version = services.read_text(version_id=version.pk)
    assert version.extraction_problem == ExtractionProblem.TOO_LARGE


def test_coordinators_see_the_unreadable_versions_and_have_them_read_again(
    world, client_for, django_capture_on_commit_callbacks
):
    version = read(world, "geheim.pdf", pdf_bytes("Geheim", password="geheim"))
    read(world, "offen.pdf", pdf_bytes("Offen"))
    page = client_for(world.coordinator).get("/n/burgenlandkreis/documents/unreadable/").content.decode()
    assert "geheim.pdf" in page
    assert "offen.pdf" not in page
    assert "The file is protected by a password." in page

    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(world.editor_a).post(url(version.document, "versions/1/read-again/"))
    assert response.status_code == 302
    version.refresh_from_db()
    assert version.extraction_status == ExtractionStatus.FAILED  # still encrypted, read once more


def test_the_command_reads_every_version_again(world):
    good = make_document(world.network, world.editor_a, data=pdf_bytes("Eins"))
    locked = make_document(world.network, world.editor_a, data=pdf_bytes("Zwei", password="x"))
    out, err = StringIO(), StringIO()
    call_command("read_document_texts", stdout=out, stderr=err)
    assert "1 read, 1 not readable." in out.getvalue()
    assert str(locked.current_version) in err.getvalue()
    good.current_version.refresh_from_db()
    assert good.current_version.extracted_text == "Eins"

    out = StringIO()
    call_command(
        "read_document_texts", "--unread-only", "--network", "burgenlandkreis", stdout=out, stderr=StringIO()
    )
    assert "0 read, 1 not readable." in out.getvalue()
