"""Organization pages: profile, edit (incl. logo upload and translations), create, history, permissions."""

import re
from unittest import mock

import pytest
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation

from netzwerk.directory.models import (
    NetworkLink,
    Organization,
    OrganizationKind,
    OrganizationStatus,
    Visibility,
)
from tests.factories import (
    LanguageFactory,
    LocationFactory,
    MunicipalityFactory,
    OfferFactory,
    OrganizationFactory,
    ThematicFieldFactory,
)
from tests.files import image_bytes, upload


@pytest.fixture(autouse=True)
def german_content():
    with translation.override("de"):
        yield


def detail_url(organization, network_slug="burgenlandkreis"):
    return f"/n/{network_slug}/organizations/{organization.pk}/"


def edit_url(organization, network_slug="burgenlandkreis"):
    return f"/n/{network_slug}/organizations/{organization.pk}/edit/"


def form_data(organization, **changes):
    data = {
        "name": organization.name,
        "short_name": organization.short_name,
        "kind": organization.kind,
        "parent": organization.parent_id or "",
        "status": organization.status,
        "description_de": organization.description_de or "",
        "website": organization.website,
        "email": organization.email,
        "phone": organization.phone,
    }
    data.update(changes)
    return data


def image_upload(name="logo.png", image_format="PNG", size=(40, 20)) -> SimpleUploadedFile:
    return upload(name, image_bytes(image_format, size), f"image/{image_format.lower()}")


# --- profile ----------------------------------------------------------------------------------------


def test_profile_shows_the_organization(world, client):
    zeitz = MunicipalityFactory(ags="15084590", name="Zeitz")
    arabic = LanguageFactory(code="ar", name="Arabisch")
    work = ThematicFieldFactory(network=world.network, name="Arbeit")
    foreign_field = ThematicFieldFactory(network=world.other_network, name="Feld im Saalekreis")
    parent = OrganizationFactory(name="Diakonie Mitteldeutschland", network=world.network)
    organization = world.org_a
    organization.short_name = "MBE"
    organization.parent = parent
    organization.description_de = "Migrationsberatung für Erwachsene."
    organization.website = "https://mbe.example.org"
    organization.email = "mbe@example.org"
    organization.phone = "03441 123456"
    organization.is_example = True
    organization.save()
    organization.languages.add(arabic)
    organization.thematic_fields.add(work, foreign_field)
    unit = OrganizationFactory(name="Außenstelle Zeitz", parent=organization, network=world.network)
    LocationFactory(
        organization=organization,
        name="Beratungsbüro",
        municipality=zeitz,
        latitude="51.045900",
        longitude="12.135400",
    )
    OfferFactory(organization=organization, title_de="Offene Sprechstunde")
    OfferFactory(organization=organization, title_de="Interne Fallberatung", visibility=Visibility.NETWORK)

    response = client.get(detail_url(organization), HTTP_ACCEPT_LANGUAGE="en")

    html = response.content.decode()
    assert response.status_code == 200
    assert html.count("<h1") == 1
    for text in [
        "Beratungsstelle A",
        "MBE",
        "Counselling service",
        "Migrationsberatung für Erwachsene.",
        'href="https://mbe.example.org"',
        'href="mailto:mbe@example.org"',
        "03441 123456",
        "Arabic",
        "Arbeit",
        "Beratungsbüro",
        "Zeitz",
        "51.0459",
        "https://www.openstreetmap.org/?mlat=51.045900&amp;mlon=12.135400",
        "Offene Sprechstunde",
        f'href="{detail_url(parent)}"',
        f'href="{detail_url(unit)}"',
    ]:
        assert text in html, text
    assert "Feld im Saalekreis" not in html  # terms of other networks are not shown here
    assert "Interne Fallberatung" not in html  # network-only offers stay internal
    assert "kern-badge" in html  # example record
    assert "<iframe" not in html  # no embedded map


def test_profile_marks_a_german_fallback_with_its_language(world, client):
    world.org_a.description_de = "Nur auf Deutsch."
    world.org_a.save()

    english = client.get(detail_url(world.org_a), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    german = client.get(detail_url(world.org_a), HTTP_ACCEPT_LANGUAGE="de").content.decode()

    assert '<div class="record-text" lang="de" dir="ltr"><p>Nur auf Deutsch.</p></div>' in english
    assert '<div class="record-text"><p>Nur auf Deutsch.</p></div>' in german


def test_profile_shows_the_translation_when_there_is_one(world, client):
    world.org_a.description_de = "Deutscher Text."
    world.org_a.description_en = "English text."
    world.org_a.save()

    html = client.get(detail_url(world.org_a), HTTP_ACCEPT_LANGUAGE="en").content.decode()

    assert '<div class="record-text"><p>English text.</p></div>' in html


def test_profile_works_while_the_positions_partial_is_missing(world, client):
    with mock.patch("netzwerk.directory.views.organizations.POSITIONS_PARTIAL", "directory/_missing.html"):
        assert client.get(detail_url(world.org_a)).status_code == 200


def test_members_see_network_offers_on_the_profile(world, client_for):
    OfferFactory(organization=world.org_a, title_de="Interne Fallberatung", visibility=Visibility.NETWORK)

    assert "Interne Fallberatung" in client_for(world.member).get(detail_url(world.org_a)).content.decode()


@pytest.mark.parametrize("role", ["anonymous", "member", "coordinator", "other_coordinator"])
def test_organization_of_another_network_answers_404(world, client_for, role):
    assert client_for(world.users()[role]).get(detail_url(world.other_org)).status_code == 404


def test_dissolved_organization_is_hidden_from_the_public_only(world, client_for):
    world.org_a.status = OrganizationStatus.DISSOLVED
    world.org_a.save()

    assert client_for(None).get(detail_url(world.org_a)).status_code == 404
    assert client_for(world.guest).get(detail_url(world.org_a)).status_code == 404
    assert client_for(world.member).get(detail_url(world.org_a)).status_code == 200


@pytest.mark.parametrize(
    ("role", "sees_edit_link"),
    [("anonymous", False), ("member", False), ("editor_a", True), ("editor_b", False), ("coordinator", True)],
)
def test_edit_link_only_for_those_who_may_edit(world, client_for, role, sees_edit_link):
    html = client_for(world.users()[role]).get(detail_url(world.org_a)).content.decode()

    assert (edit_url(world.org_a) in html) is sees_edit_link


# --- edit -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("role", "status"),
    [
        ("guest", 403),
        ("member", 403),
        ("editor_a", 200),
        ("editor_b", 403),
        ("coordinator", 200),
        ("other_coordinator", 404),
    ],
)
def test_edit_permissions(world, client_for, role, status):
    assert client_for(world.users()[role]).get(edit_url(world.org_a)).status_code == status


def test_edit_asks_anonymous_visitors_to_log_in(world, client):
    response = client.get(edit_url(world.org_a))

    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_edit_of_another_networks_organization_answers_404(world, client_for):
    assert client_for(world.coordinator).get(edit_url(world.other_org)).status_code == 404
    assert client_for(world.other_coordinator).get(edit_url(world.other_org)).status_code == 404
    assert client_for(world.other_coordinator).get(edit_url(world.other_org, "saalekreis")).status_code == 200


def test_editor_saves_changes_and_translations(world, client_for):
    world.network.languages.add(LanguageFactory(code="en", name="Englisch"))
    work = ThematicFieldFactory(network=world.network, name="Arbeit")
    arabic = LanguageFactory(code="ar", name="Arabisch")

    response = client_for(world.editor_a).post(
        edit_url(world.org_a),
        form_data(
            world.org_a,
            short_name="BSA",
            description_de="Beratung für Zugewanderte.",
            description_en="Counselling for immigrants.",
            thematic_fields=[work.pk],
            languages=[arabic.pk],
            website="www.beratung-a.example.org",
        ),
    )

    assert response.status_code == 302
    assert response["Location"] == detail_url(world.org_a)
    organization = Organization.objects.get(pk=world.org_a.pk)
    assert organization.short_name == "BSA"
    assert organization.description_de == "Beratung für Zugewanderte."
    assert organization.description_en == "Counselling for immigrants."
    assert organization.website == "https://www.beratung-a.example.org"
    assert list(organization.thematic_fields.all()) == [work]
    assert list(organization.languages.all()) == [arabic]


def test_form_offers_translations_only_for_the_networks_languages(world, client_for):
    world.network.languages.add(LanguageFactory(code="ar", name="Arabisch"))

    html = client_for(world.editor_a).get(edit_url(world.org_a)).content.decode()

    assert 'name="description_de"' in html
    assert re.search(r'<textarea name="description_ar"[^>]*lang="ar"[^>]*dir="rtl"', html) or re.search(
        r'<textarea name="description_ar"[^>]*dir="rtl"[^>]*lang="ar"', html
    )
    assert 'name="description_tr"' not in html
    assert 'name="description_en"' not in html


def test_editing_here_keeps_thematic_fields_of_another_network(world, client_for):
    shared = world.org_a
    NetworkLink.objects.create(network=world.other_network, organization=shared)
    ours = ThematicFieldFactory(network=world.network)
    theirs = ThematicFieldFactory(network=world.other_network)
    shared.thematic_fields.add(theirs)

    client_for(world.editor_a).post(edit_url(shared), form_data(shared, thematic_fields=[ours.pk]))

    assert set(shared.thematic_fields.all()) == {ours, theirs}


def test_invalid_input_keeps_the_entered_data_and_explains_in_german(world, client_for):
    response = client_for(world.editor_a).post(
        edit_url(world.org_a),
        form_data(world.org_a, name="", short_name="Entwurf-Kürzel", email="keine-adresse"),
        HTTP_ACCEPT_LANGUAGE="de",
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert "Dieses Feld ist zwingend erforderlich." in html
    assert "Bitte gültige E-Mail-Adresse eingeben." in html
    assert 'value="Entwurf-Kürzel"' in html
    assert 'value="keine-adresse"' in html
    assert 'aria-invalid="true"' in html
    assert Organization.objects.get(pk=world.org_a.pk).name == "Beratungsstelle A"


def test_parent_must_be_an_organization_of_the_network_and_not_itself(world, client_for):
    editor = client_for(world.coordinator)
    unit = OrganizationFactory(name="Außenstelle", parent=world.org_a, network=world.network)

    html = editor.get(edit_url(world.org_a)).content.decode()
    parent_select = re.search(r'<select name="parent".*?</select>', html, re.S).group(0)
    assert "Beratungsstelle B" in parent_select
    assert "Verein im Saalekreis" not in parent_select
    assert "Außenstelle" not in parent_select  # its own unit would make a loop
    assert f'value="{world.org_a.pk}"' not in parent_select

    for invalid in (world.other_org, world.org_a, unit):
        response = editor.post(edit_url(world.org_a), form_data(world.org_a, parent=invalid.pk))
        assert response.status_code == 200
    assert (
        editor.post(edit_url(world.org_a), form_data(world.org_a, parent=world.org_b.pk)).status_code == 302
    )
    assert Organization.objects.get(pk=world.org_a.pk).parent == world.org_b


# --- logo -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "image_format"), [("logo.png", "PNG"), ("logo.jpg", "JPEG"), ("logo.webp", "WEBP")]
)
def test_logo_upload_accepts_png_jpeg_and_webp(world, client_for, name, image_format):
    response = client_for(world.editor_a).post(
        edit_url(world.org_a), {**form_data(world.org_a), "logo": image_upload(name, image_format)}
    )

    assert response.status_code == 302
    logo = Organization.objects.get(pk=world.org_a.pk).logo
    assert logo.name.startswith("organizations/logos/")
    assert f'src="{logo.url}"' in client_for(None).get(detail_url(world.org_a)).content.decode()


def test_logo_upload_rejects_a_text_file_named_png(world, client_for):
    fake = SimpleUploadedFile("logo.png", b"this is not an image", content_type="image/png")

    response = client_for(world.editor_a).post(
        edit_url(world.org_a), {**form_data(world.org_a), "logo": fake}, HTTP_ACCEPT_LANGUAGE="de"
    )

    assert response.status_code == 200
    expected = "„logo.png“ endet auf .png, der Inhalt ist aber nicht vom Typ PNG-Bild."
    assert expected in response.content.decode()
    assert not Organization.objects.get(pk=world.org_a.pk).logo


def test_logo_upload_rejects_other_image_formats(world, client_for):
    response = client_for(world.editor_a).post(
        edit_url(world.org_a), {**form_data(world.org_a), "logo": image_upload("logo.gif", "GIF")}
    )

    assert response.status_code == 200
    assert "PNG, JPEG or WebP" in response.content.decode()
    assert not Organization.objects.get(pk=world.org_a.pk).logo


def test_logo_upload_rejects_an_oversized_file(world, client_for, settings):
    settings.NETZWERK_LOGO_MAX_BYTES = 1024
    big = image_upload(size=(400, 400), image_format="PNG")
    big = SimpleUploadedFile("logo.png", big.read() + b"\0" * 2048, content_type="image/png")

    response = client_for(world.editor_a).post(edit_url(world.org_a), {**form_data(world.org_a), "logo": big})

    html = response.content.decode()
    assert response.status_code == 200
    assert "at most 1.0\xa0KB" in html or "at most 1,0\xa0KB" in html
    assert not Organization.objects.get(pk=world.org_a.pk).logo


# --- create -----------------------------------------------------------------------------------------


CREATE_URL = "/n/burgenlandkreis/organizations/new/"


def test_coordinator_creates_an_organization_in_the_network(world, client_for):
    response = client_for(world.coordinator).post(
        CREATE_URL,
        {"name": "Welcome Center Weißenfels", "kind": OrganizationKind.ASSOCIATION, "status": "active"},
    )

    organization = Organization.objects.get(name="Welcome Center Weißenfels")
    assert response.status_code == 302
    assert response["Location"] == detail_url(organization)
    assert NetworkLink.objects.filter(network=world.network, organization=organization).exists()
    assert client_for(None).get(detail_url(organization)).status_code == 200


@pytest.mark.parametrize(("role", "status"), [("member", 403), ("editor_a", 403), ("other_coordinator", 404)])
def test_only_coordinators_of_the_network_create_organizations(world, client_for, role, status):
    client = client_for(world.users()[role])

    assert client.get(CREATE_URL).status_code == status
    assert client.post(CREATE_URL, {"name": "X", "kind": "other", "status": "active"}).status_code == status
    assert not Organization.objects.filter(name="X").exists()


def test_create_asks_anonymous_visitors_to_log_in(world, client):
    assert client.get(CREATE_URL).status_code == 302


# --- history ----------------------------------------------------------------------------------------


def test_history_shows_who_changed_which_field(world, client_for):
    world.editor_a.name = "Erika Editorin"
    world.editor_a.save()
    client_for(world.editor_a).post(edit_url(world.org_a), form_data(world.org_a, phone="03443 999"))

    history = client_for(world.coordinator).get(
        f"{detail_url(world.org_a)}history/", HTTP_ACCEPT_LANGUAGE="en"
    )
    profile = client_for(world.editor_a).get(detail_url(world.org_a), HTTP_ACCEPT_LANGUAGE="en")
    members_profile = client_for(world.member).get(detail_url(world.org_a), HTTP_ACCEPT_LANGUAGE="en")

    assert history.status_code == 200
    assert "Phone changed by Erika Editorin" in " ".join(history.content.decode().split())
    assert "03443 999" in history.content.decode(), "the full history shows the values"
    assert "Phone changed by Erika Editorin" in " ".join(profile.content.decode().split())
    assert "Erika Editorin" not in members_profile.content.decode()
    assert "Last changed on" in members_profile.content.decode()


@pytest.mark.parametrize(
    ("role", "status"),
    [
        ("anonymous", 302),
        ("guest", 403),
        ("member", 403),
        ("editor_b", 403),
        ("editor_a", 200),
        ("coordinator", 200),
    ],
)
def test_history_is_for_the_people_who_keep_the_record(world, client_for, role, status):
    assert client_for(world.users()[role]).get(f"{detail_url(world.org_a)}history/").status_code == status


def test_history_of_another_networks_organization_answers_404(world, client_for):
    assert client_for(world.member).get(f"{detail_url(world.other_org)}history/").status_code == 404


def test_replaced_logo_file_is_removed(world, client_for, django_capture_on_commit_callbacks):
    editor = client_for(world.editor_a)
    editor.post(edit_url(world.org_a), {**form_data(world.org_a), "logo": image_upload("first.png")})
    first = Organization.objects.get(pk=world.org_a.pk).logo
    assert first.storage.exists(first.name)

    with django_capture_on_commit_callbacks(execute=True):
        editor.post(edit_url(world.org_a), {**form_data(world.org_a), "logo": image_upload("second.png")})

    second = Organization.objects.get(pk=world.org_a.pk).logo
    assert second.name != first.name
    assert second.storage.exists(second.name)
    assert not first.storage.exists(first.name)


def _add_staffed_positions(organization, count: int) -> None:
    from tests.factories import PositionFactory, PositionHoldingFactory

    for _number in range(count):
        PositionHoldingFactory(position=PositionFactory(organization=organization))


def test_organization_page_query_count_does_not_grow_with_its_positions(world, client_for):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    member = client_for(world.member)
    _add_staffed_positions(world.org_a, 2)
    member.get(detail_url(world.org_a))  # warm up session and caches
    cache.clear()  # count the rendering, not the fragment cache
    with CaptureQueriesContext(connection) as few:
        assert member.get(detail_url(world.org_a)).status_code == 200
    _add_staffed_positions(world.org_a, 8)
    cache.clear()
    with CaptureQueriesContext(connection) as many:
        page = member.get(detail_url(world.org_a))
    with CaptureQueriesContext(connection) as cached:
        member.get(detail_url(world.org_a))

    assert len(many) == len(few)
    assert len(cached) < len(few) / 2, "the body comes from the fragment cache"
    assert page.content.decode().count("/persons/") >= 10


def test_a_german_fallback_on_a_right_to_left_page_keeps_its_own_direction(world, client):
    world.org_a.description_de = "Nur auf Deutsch."
    world.org_a.save()
    client.cookies["django_language"] = "ar"

    arabic = client.get(detail_url(world.org_a)).content.decode()

    assert '<html lang="ar" dir="rtl">' in arabic
    assert '<div class="record-text" lang="de" dir="ltr"><p>Nur auf Deutsch.</p></div>' in arabic


def test_the_edit_form_asks_for_what_is_required_first(world, client_for):
    html = client_for(world.editor_a).get(edit_url(world.org_a)).content.decode()

    first_group = html.split('class="record-form"')[1].split("</fieldset>")[0]
    names = re.findall(r'<(?:input|select|textarea)[^>]*name="([a-z_]+)"', first_group)
    names = [name for name in names if name not in {"csrfmiddlewaretoken", "loaded_version"}]
    assert names[0] == "name"
    assert names.index("kind") < names.index("short_name"), names
