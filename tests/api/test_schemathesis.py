"""Property-based check of every GET operation against its own OpenAPI description.

Schemathesis generates parameters from the schema (valid and invalid ones) and checks that the app never
answers 5xx and that every answer (status code, content type, body) is documented. Runs as an anonymous
caller and as a network member, so the member-only operations are exercised with 200 answers too.
"""

from collections.abc import Iterator

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, Phase, settings

pytestmark = pytest.mark.django_db

schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", get_wsgi_application())


@pytest.fixture(autouse=True)
def keep_the_test_transaction_open() -> Iterator[None]:
    """Requests go to the real WSGI handler, not Django's test client, which normally does this.

    The handler closes "old" database connections at the start and end of each request; inside the
    test's transaction that would close PostgreSQL's connection under the running test.
    """
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture
def member_cookie(directory, client_for) -> dict[str, str]:
    client = client_for(directory.world.member)
    return {"Cookie": f"sessionid={client.cookies['sessionid'].value}"}


FUZZING = settings(
    max_examples=10,
    deadline=None,
    derandomize=True,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=list(HealthCheck),
)


# Schemathesis asks for gzip but does not unpack it when calling the WSGI app in-process.
UNCOMPRESSED = {"Accept-Encoding": "identity"}


@schema.parametrize()
@FUZZING
def test_api_conforms_to_its_schema_for_anonymous_callers(case, directory):
    case.call_and_validate(headers=UNCOMPRESSED)


@schema.parametrize()
@FUZZING
def test_api_conforms_to_its_schema_for_network_members(case, member_cookie):
    case.call_and_validate(headers={**member_cookie, **UNCOMPRESSED})
