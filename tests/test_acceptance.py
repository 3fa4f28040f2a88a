"""The foundation issue's walkthrough, as a new user would do it, through HTTP only.

A coordinator invites a new person, who accepts, logs in with the password they chose, edits an offer of
their organization, and the change shows in its history; an editor of another organization cannot edit
it; a visitor without login sees public offers only; bad input gets a German error message.
"""

import re

from django.core import mail
from django.test import Client

from netzwerk.accounts.models import Role
from netzwerk.directory.models import OfferStatus, Visibility

from .conftest import World
from .factories import OfferFactory

NEW_PASSWORD = "Saale-Unstrut 2025 Weinberg"


def test_invited_editor_edits_an_offer_and_the_history_shows_it(
    world: World, django_capture_on_commit_callbacks, settings
) -> None:
    settings.NETZWERK_SITE_URL = "http://testserver"
    public_offer = OfferFactory(organization=world.org_a, title_de="Sprachcafé", visibility=Visibility.PUBLIC)
    internal_offer = OfferFactory(
        organization=world.org_a, title_de="Fallbesprechung", visibility=Visibility.NETWORK
    )
    OfferFactory(organization=world.org_a, title_de="Altes Angebot", status=OfferStatus.ENDED)
    slug = world.network.slug

    # The coordinator invites a new colleague of organization A as its editor.
    coordinator = Client()
    coordinator.force_login(world.coordinator)
    with django_capture_on_commit_callbacks(execute=True):
        response = coordinator.post(
            f"/n/{slug}/members/invite/",
            {
                "email": "nadia.neu@example.org",
                "name": "Nadia Neu",
                "role": Role.EDITOR,
                "organizations": [world.org_a.pk],
                "language": "de",
            },
        )
    assert response.status_code == 302
    (invitation_mail,) = mail.outbox
    assert invitation_mail.to == ["nadia.neu@example.org"]
    link = re.search(r"http://testserver(/invitations/[^\s/]+/)", invitation_mail.body)
    assert link, invitation_mail.body

    # She accepts, chooses a password, and logs in again later with it.
    newcomer = Client()
    response = newcomer.post(
        link.group(1),
        {"name": "Nadia Neu", "password1": NEW_PASSWORD, "password2": NEW_PASSWORD, "accept_privacy": "on"},
    )
    assert response.status_code == 302
    newcomer.post("/accounts/logout/")
    response = newcomer.post("/accounts/login/", {"login": "nadia.neu@example.org", "password": NEW_PASSWORD})
    assert response.status_code == 302

    # She edits the offer of her organization; the history names her and the changed field.
    edit_url = f"/n/{slug}/offers/{public_offer.pk}/edit/"
    response = newcomer.post(
        edit_url,
        {
            "title_de": "Sprachcafé am Donnerstag",
            "status": OfferStatus.ACTIVE,
            "visibility": Visibility.PUBLIC,
        },
    )
    assert response.status_code == 302
    history = newcomer.get(f"/n/{slug}/offers/{public_offer.pk}/history/", HTTP_ACCEPT_LANGUAGE="de")
    page = history.content.decode()
    assert "Nadia Neu" in page
    assert "Sprachcafé am Donnerstag" in page

    # Bad input gets a German message and keeps what she typed.
    response = newcomer.post(
        edit_url,
        {"title_de": "", "website": "keine-adresse", "status": OfferStatus.ACTIVE, "visibility": "public"},
        HTTP_ACCEPT_LANGUAGE="de",
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "Dieses Feld ist zwingend erforderlich." in page
    assert "Bitte eine gültige Adresse eingeben." in page
    assert 'value="keine-adresse"' in page

    # The editor of organization B may not edit it.
    other_editor = Client()
    other_editor.force_login(world.editor_b)
    assert other_editor.get(edit_url).status_code == 403

    # A visitor without login sees the public offer only.
    visitor = Client()
    listing = visitor.get(f"/n/{slug}/directory/").content.decode()
    assert "Sprachcafé am Donnerstag" in listing
    assert "Fallbesprechung" not in listing
    assert "Altes Angebot" not in listing
    assert visitor.get(f"/n/{slug}/offers/{internal_offer.pk}/").status_code == 404
