"""Links from an article to related articles, offers and organizations, shown on both sides."""

import pytest
from django.urls import reverse

from netzwerk.directory.models import OfferStatus, Visibility
from netzwerk.knowledge.models import ArticleStatus, ArticleVisibility
from tests.conftest import World
from tests.factories import OfferFactory

from .conftest import client_for, make_article

pytestmark = pytest.mark.django_db


def test_links_are_chosen_in_the_form_and_shown_on_both_sides(world: World) -> None:
    offer = OfferFactory(
        organization=world.org_a,
        title="Migrationsberatung",
        visibility=Visibility.PUBLIC,
        status=OfferStatus.ACTIVE,
    )
    other = make_article(world.network, world.editor_a, title="Steuer-ID erhalten")
    article = make_article(world.network, world.editor_a, title="Wohnsitz anmelden")
    editor = client_for(world.editor_a)
    edit_url = reverse(
        "knowledge:article_edit", kwargs={"network_slug": world.network.slug, "slug": article.slug}
    )
    form = editor.get(edit_url).content.decode()
    assert "Migrationsberatung – Beratungsstelle A" in form
    # Boxes to tick, not a list where a click without the Ctrl key drops every other choice.
    assert f'type="checkbox" name="related_offers" value="{offer.pk}"' in form
    assert '<select name="related_offers"' not in form
    response = editor.post(
        edit_url,
        {
            "title": article.title,
            "body": article.body,
            "visibility": "public",
            "loaded_revision": article.revision_number,
            "related_articles": [other.pk],
            "related_offers": [offer.pk],
            "related_organizations": [world.org_b.pk],
        },
    )
    assert response.status_code == 302
    visitor = client_for(None)
    page = visitor.get(article.get_absolute_url()).content.decode()
    assert "Steuer-ID erhalten" in page
    assert "Migrationsberatung" in page
    assert "Beratungsstelle B" in page
    # The other side: the related article, the offer and the organization name the article.
    assert "Wohnsitz anmelden" in visitor.get(other.get_absolute_url()).content.decode()
    offer_page = visitor.get(offer.url_in(world.network)).content.decode()
    assert "In the knowledge base" in offer_page
    assert "Wohnsitz anmelden" in offer_page
    assert "Wohnsitz anmelden" in visitor.get(world.org_b.url_in(world.network)).content.decode()


def test_the_other_side_shows_only_articles_the_viewer_may_read(world: World) -> None:
    internal = make_article(
        world.network, world.coordinator, title="Interne Praxis", visibility=ArticleVisibility.NETWORK
    )
    draft = make_article(world.network, world.coordinator, title="Entwurf", status=ArticleStatus.DRAFT)
    internal.related_organizations.add(world.org_a)
    draft.related_organizations.add(world.org_a)
    url = world.org_a.url_in(world.network)
    assert "Interne Praxis" not in client_for(None).get(url).content.decode()
    member_page = client_for(world.member).get(url).content.decode()
    assert "Interne Praxis" in member_page
    assert "Entwurf" not in member_page
