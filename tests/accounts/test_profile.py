"""The account page: details, interface language (applied at once and at every login), links."""

from netzwerk.accounts.models import Role
from tests.conftest import PASSWORD
from tests.factories import LanguageFactory

GERMAN = {"accept-language": "de"}


def profile_data(**overrides):
    return {
        "name": "Erika Muster",
        "function": "Migrationsberaterin",
        "phone": "03445 73-0",
        "interface_language": "de",
        **overrides,
    }


def test_anonymous_is_sent_to_login(client, db):
    response = client.get("/account/")
    assert response.status_code == 302
    assert response.url.startswith("/accounts/login/")


def test_profile_shows_networks_roles_and_security_links(world, client_for):
    content = client_for(world.editor_a).get("/account/").content.decode()
    assert world.network.name in content
    assert "Organization editor" in content
    assert world.org_a.name in content
    assert world.other_network.name not in content
    for url in (
        "/accounts/password/change/",
        "/accounts/email/",
        "/accounts/2fa/",
        "/accounts/2fa/webauthn/",
    ):
        assert f'href="{url}' in content
    # Only coordinators get the link to the member management.
    assert f"/n/{world.network.slug}/members/" not in content
    assert (
        f"/n/{world.network.slug}/members/" in client_for(world.coordinator).get("/account/").content.decode()
    )


def test_saving_details(world, client_for):
    arabic = LanguageFactory(code="ar", name="Arabisch")
    client = client_for(world.member)
    response = client.post("/account/", profile_data(languages=[arabic.pk], interface_language="en"))
    assert response.status_code == 302
    world.member.refresh_from_db()
    assert world.member.name == "Erika Muster"
    assert world.member.function == "Migrationsberaterin"
    assert list(world.member.languages.all()) == [arabic]


def test_choosing_english_switches_the_interface_at_once(world, client_for):
    client = client_for(world.member)
    before = client.get("/account/", headers=GERMAN)
    assert '<html lang="de"' in before.content.decode()
    assert "Aktuelles Passwort" in client.get("/accounts/password/change/", headers=GERMAN).content.decode()

    response = client.post("/account/", profile_data(interface_language="en"), headers=GERMAN)
    assert response.status_code == 302
    assert response.cookies["django_language"].value == "en"

    after = client.get(response.url, headers=GERMAN)
    content = after.content.decode()
    assert '<html lang="en"' in content
    assert "Your details have been saved." in content
    # allauth's German catalog is complete, so its strings prove the switch.
    password_page = client.get("/accounts/password/change/", headers=GERMAN).content.decode()
    assert "Current Password" in password_page

    back = client.post("/account/", profile_data(interface_language="de"))
    assert back.cookies["django_language"].value == "de"
    assert '<html lang="de"' in client.get("/account/").content.decode()


def test_bad_input_keeps_what_was_typed(world, client_for):
    client = client_for(world.member)
    response = client.post("/account/", profile_data(name="", function="Beraterin", interface_language="xx"))
    assert response.status_code == 200
    content = response.content.decode()
    assert "error-summary" in content
    assert 'value="Beraterin"' in content
    world.member.refresh_from_db()
    assert world.member.function == ""
    assert "django_language" not in response.cookies


def test_login_applies_the_saved_interface_language(world, client, verify_email):
    person = verify_email(world.member)
    person.interface_language = "en"
    person.save()
    response = client.post("/accounts/login/", {"login": person.email, "password": PASSWORD}, headers=GERMAN)
    assert response.status_code == 302
    assert response.cookies["django_language"].value == "en"
    page = client.get("/account/", headers=GERMAN)
    assert '<html lang="en"' in page.content.decode()


def test_login_in_german_for_german_users(world, client, verify_email):
    person = verify_email(world.coordinator)
    response = client.post("/accounts/login/", {"login": person.email, "password": PASSWORD})
    assert response.cookies["django_language"].value == "de"
    assert Role.COORDINATOR in {m.role for m in person.memberships.all()}
