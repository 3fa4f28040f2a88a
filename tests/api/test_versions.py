"""Record versions over HTTP: the detail answers carry the record's version as ETag."""

from django.test import RequestFactory

from netzwerk.api.versions import precondition_fails, version_etag
from netzwerk.core.history import record_version
from tests.factories import OfferFactory


def test_an_offers_etag_is_its_version_and_moves_with_every_save(world, client):
    offer = OfferFactory(organization=world.org_a)

    first = client.get(f"/api/v1/offers/{offer.pk}")
    offer.description_de = "Neu"
    offer.save()
    second = client.get(f"/api/v1/offers/{offer.pk}")

    assert first.headers["ETag"] == f'"offer-{offer.pk}-v{record_version(offer) - 1}"'
    assert second.headers["ETag"] == f'"offer-{offer.pk}-v{record_version(offer)}"'


def test_organizations_and_positions_carry_their_version_too(world, client_for):
    from tests.factories import PositionFactory

    position = PositionFactory(organization=world.org_a)
    member = client_for(world.member)

    assert member.get(f"/api/v1/organizations/{world.org_a.pk}").headers["ETag"] == version_etag(world.org_a)
    assert member.get(f"/api/v1/positions/{position.pk}").headers["ETag"] == version_etag(position)


def test_a_write_naming_an_older_version_fails_its_precondition(world):
    offer = OfferFactory(organization=world.org_a)
    loaded = version_etag(offer)
    offer.save()
    requests = RequestFactory()

    assert precondition_fails(requests.put("/", HTTP_IF_MATCH=loaded), offer)
    assert not precondition_fails(requests.put("/", HTTP_IF_MATCH=version_etag(offer)), offer)
    assert not precondition_fails(requests.put("/", HTTP_IF_MATCH="*"), offer)
    assert not precondition_fails(requests.put("/"), offer)
