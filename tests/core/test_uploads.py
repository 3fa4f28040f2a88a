"""The one upload pipeline: content decides the kind, the name must match it, nothing unsafe is kept."""

import io

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from hypothesis import given
from hypothesis import strategies as st
from PIL import Image

from netzwerk.core.uploads import (
    DOCUMENT_KINDS,
    LOGO_KINDS,
    GeneratedName,
    SizeLimitedUploadHandler,
    check_upload,
    clean_filename,
)
from netzwerk.directory.models import Organization
from tests.files import (
    docx_bytes,
    image_bytes,
    ods_bytes,
    odt_bytes,
    pdf_bytes,
    png_header_only,
    upload,
    xlsx_bytes,
    zip_bomb_docx,
)

MB = 1024 * 1024


def check(name: str, data: bytes, kinds=DOCUMENT_KINDS, max_bytes: int = 20 * MB):
    return check_upload(upload(name, data), kinds=kinds, max_bytes=max_bytes)


def refusal(name: str, data: bytes, **kwargs) -> ValidationError:
    with pytest.raises(ValidationError) as refused:
        check(name, data, **kwargs)
    return refused.value


@pytest.mark.parametrize(
    ("name", "make", "kind"),
    [
        ("hilfe.pdf", lambda: pdf_bytes("Antrag auf Kindergeld"), "pdf"),
        ("liste.docx", lambda: docx_bytes("Checkliste"), "docx"),
        ("zeiten.xlsx", lambda: xlsx_bytes([["Montag", "9–12 Uhr"]]), "xlsx"),
        ("text.odt", lambda: odt_bytes("Hallo"), "odt"),
        ("tabelle.ods", lambda: ods_bytes([["A", "B"]]), "ods"),
        ("bild.png", lambda: image_bytes("PNG"), "png"),
        ("foto.jpeg", lambda: image_bytes("JPEG"), "jpeg"),
        ("foto.JPG", lambda: image_bytes("JPEG"), "jpeg"),
        ("notiz.txt", "Öffnungszeiten: Mo–Fr".encode, "text"),
        ("alt.txt", lambda: "Straße".encode("cp1252"), "text"),
    ],
)
def test_every_accepted_kind_is_recognised_by_its_content(name, make, kind):
    checked = check(name, make())
    assert checked.kind.key == kind
    assert checked.original_name == name
    assert checked.size > 0
    assert len(checked.sha256) == 64


def test_an_exe_renamed_pdf_is_refused_by_its_content():
    error = refusal("antrag.pdf", b"MZ\x90\x00\x03" + b"\0" * 200)
    assert error.code == "content_mismatch"
    assert "antrag.pdf" in str(error.messages)


@pytest.mark.parametrize(
    ("name", "make", "expected"),
    [
        ("liste.pdf", lambda: docx_bytes("Checkliste"), ".docx"),
        ("liste.xlsx", lambda: docx_bytes("Checkliste"), ".docx"),
        ("liste.odt", lambda: pdf_bytes("x"), ".pdf"),
        ("bild.jpg", lambda: image_bytes("PNG"), ".png"),
    ],
)
def test_a_file_whose_ending_does_not_match_its_content_is_told_the_right_ending(name, make, expected):
    error = refusal(name, make())
    assert error.code == "extension_mismatch"
    assert expected in error.messages[0]


def test_a_pdf_without_ending_is_refused_and_told_which_ending_it_needs():
    error = refusal("hilfe", pdf_bytes("x"))
    assert error.code == "extension_mismatch"
    assert ".pdf" in error.messages[0]


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("seite.html", b"<!DOCTYPE html><html><script>alert(1)</script></html>"),
        ("seite.txt", b"Hallo\n<script>fetch('/')</script>"),
        ("bild.svg", b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'),
        ("bild.png", b'<?xml version="1.0"?><svg><script>alert(1)</script></svg>'),
    ],
)
def test_html_and_svg_are_refused_whatever_their_name(name, data):
    assert refusal(name, data).code == "markup"


def test_a_pdf_with_javascript_is_accepted_but_marked_as_active():
    checked = check("formular.pdf", pdf_bytes("Formular", javascript="app.alert('hallo');"))
    assert checked.active_content
    assert not check("formular.pdf", pdf_bytes("Formular")).active_content


def test_an_encrypted_pdf_is_accepted_for_the_extraction_to_report():
    assert check("geheim.pdf", pdf_bytes("Geheim", password="pw")).kind.key == "pdf"


def test_a_broken_pdf_is_refused():
    assert refusal("kaputt.pdf", b"%PDF-1.7\n" + b"\x00garbage" * 100).code == "unreadable"


def test_a_zip_bomb_dressed_as_docx_is_refused_before_unpacking(settings):
    settings.NETZWERK_UPLOAD_MAX_UNPACKED_BYTES = 50 * MB
    assert refusal("bombe.docx", zip_bomb_docx(8 * MB)).code == "archive_too_large"


def test_an_office_file_that_unpacks_beyond_the_limit_is_refused(settings):
    settings.NETZWERK_UPLOAD_MAX_UNPACKED_BYTES = 1000
    assert refusal("liste.docx", docx_bytes("Checkliste " * 500)).code == "archive_too_large"


def test_an_empty_file_is_refused():
    assert refusal("leer.pdf", b"").code == "empty_file"


def test_a_file_over_the_limit_is_refused_with_the_limit():
    error = refusal("gross.txt", b"a" * 2048, max_bytes=1024)
    assert error.code == "file_too_large"
    assert "1.0" in error.messages[0] or "1,0" in error.messages[0]


def test_kinds_outside_the_fields_list_are_refused():
    assert refusal("hilfe.pdf", pdf_bytes("x"), kinds=LOGO_KINDS).code == "unsupported_kind"


def test_an_image_bomb_is_refused_from_its_header():
    error = refusal("bombe.png", png_header_only(9400, 9400))
    assert error.code == "image_too_large"
    assert "9400" in error.messages[0]


def test_images_are_re_encoded_without_what_hides_after_or_inside_them():
    buffer = io.BytesIO()
    image = Image.new("RGB", (30, 30), "#336699")
    from PIL.PngImagePlugin import PngInfo

    info = PngInfo()
    info.add_text("Comment", "<script>alert(1)</script>")
    image.save(buffer, "PNG", pnginfo=info)
    data = buffer.getvalue() + b"<html><script>alert(2)</script></html>"

    checked = check("logo.png", data, kinds=LOGO_KINDS)
    stored = checked.content.read()
    assert b"script" not in stored
    assert b"Comment" not in stored
    assert Image.open(io.BytesIO(stored)).size == (30, 30)


@pytest.mark.parametrize(
    ("given_name", "cleaned"),
    [
        ("../../etc/passwd.pdf", "passwd.pdf"),
        ("C:\\Users\\amt\\Antrag.pdf", "Antrag.pdf"),
        ("an\x00trag\r\n\x1b.pdf", "an trag .pdf"),
        ('sch<ön>:"|?*.pdf', "sch_ön______.pdf"),
        ("...", "datei"),
        ("Scho\u0308n.pdf", "Schön.pdf"),
    ],
)
def test_file_names_are_cleaned(given_name, cleaned):
    assert clean_filename(given_name) == cleaned


def test_a_long_file_name_is_shortened_keeping_its_ending():
    checked = check("a" * 496 + ".pdf", pdf_bytes("x"))
    assert len(checked.original_name) == 120
    assert checked.original_name.endswith(".pdf")


@given(st.text(max_size=600))
def test_a_cleaned_name_is_short_single_and_printable(name):
    cleaned = clean_filename(name)
    assert 0 < len(cleaned) <= 120
    assert "/" not in cleaned
    assert "\\" not in cleaned
    assert cleaned.isprintable()
    assert cleaned not in (".", "..")


def test_stored_names_are_made_by_the_server():
    name = GeneratedName("documents")(None, "../../böse name.PDF")
    assert name.startswith("documents/")
    assert name.endswith(".pdf")
    assert "böse" not in name
    assert ".." not in name
    assert "." not in GeneratedName("documents")(None, "x.p<d>f").rsplit("/", 1)[-1]


def test_the_streaming_handler_stops_keeping_bytes_past_the_limit(settings, rf):
    settings.NETZWERK_UPLOAD_MAX_BYTES = 10
    settings.NETZWERK_LOGO_MAX_BYTES = 10
    handler = SizeLimitedUploadHandler(rf.post("/"))
    handler.new_file("file", "a.txt", "text/plain", 30)
    assert handler.receive_data_chunk(b"12345", 0) == b"12345"
    assert handler.receive_data_chunk(b"1234567890", 5) is None
    oversize = handler.file_complete(15)
    assert oversize is not None
    assert oversize.size == 15
    assert oversize.read() == b""


# --- through the pages ------------------------------------------------------------------------------


def org_edit_data(organization: Organization) -> dict:
    from tests.directory.test_organizations import form_data

    return form_data(organization)


def test_an_oversized_logo_is_refused_while_streaming_and_the_input_kept(world, client_for, settings):
    settings.NETZWERK_UPLOAD_MAX_BYTES = 4096
    settings.NETZWERK_LOGO_MAX_BYTES = 4096
    url = f"/n/{world.network.slug}/organizations/{world.org_a.pk}/edit/"
    data = {**org_edit_data(world.org_a), "short_name": "Neu-Kurz"}
    big = upload("logo.png", image_bytes("PNG") + b"\0" * 10_000, "image/png")

    response = client_for(world.editor_a).post(url, {**data, "logo": big}, headers={"accept-language": "en"})

    html = response.content.decode()
    assert response.status_code == 200
    assert "is larger than 4.0\xa0KB" in html
    assert 'value="Neu-Kurz"' in html
    assert not Organization.objects.get(pk=world.org_a.pk).logo


def test_a_logo_with_html_after_its_end_is_stored_clean_and_served_as_an_image(world, client_for):
    url = f"/n/{world.network.slug}/organizations/{world.org_a.pk}/edit/"
    data = image_bytes("PNG") + b"<html><script>alert(1)</script></html>"
    response = client_for(world.editor_a).post(
        url, {**org_edit_data(world.org_a), "logo": upload("../../logo.png", data, "text/html")}
    )
    assert response.status_code == 302
    logo = Organization.objects.get(pk=world.org_a.pk).logo
    assert logo.name.startswith("organizations/logos/")
    assert "logo" not in logo.name.split("/")[-1]

    served = Client().get(logo.url)
    assert served.status_code == 200
    assert served["Content-Type"] == "image/png"
    assert served["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in served["Content-Security-Policy"]
    assert b"script" not in b"".join(served.streaming_content)


def test_public_media_serves_only_logos(settings):
    folder = settings.MEDIA_ROOT / "documents"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "geheim.png").write_bytes(image_bytes("PNG"))
    logos = settings.MEDIA_ROOT / "organizations" / "logos"
    logos.mkdir(parents=True, exist_ok=True)
    (logos / "x.html").write_text("<script>alert(1)</script>")
    client = Client()
    assert client.get("/media/documents/geheim.png").status_code == 404
    assert client.get("/media/organizations/logos/x.html").status_code == 404
    assert client.get("/media/organizations/logos/../../documents/geheim.png").status_code == 404
    assert client.get("/media/organizations/logos/fehlt.png").status_code == 404
