"""The read API under /api/v1/: one NinjaAPI, one router per domain, errors always as JSON `detail`."""

from django.http import Http404, HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, ValidationError

from netzwerk.core.registry import api_routers

from .docs import LocalSwagger

DESCRIPTION = """
Read access to the directory of the integration networks on this platform: networks, member
organizations, their offers and locations, the taxonomies to filter by and, for network members, the
positions (Zuständigkeiten) and who holds them. The naming follows the
[Open Referral Human Services Data Specification (HSDS)](https://docs.openreferral.org/) where there is a
twin: organization = organization, offer = service, location = location.

## Authentication and visibility

* **Anonymous** requests are welcome on every endpoint except `positions` and receive public data only:
  public, not ended offers of organizations that are not dissolved.
* **Signed-in** requests use the platform's login session (the `sessionid` cookie set when you sign in on
  the website; the interactive documentation on this page sends it along). They additionally receive
  the internal data of the networks where the caller is a coordinator, organization editor or member:
  offers for network members only, ended offers, dissolved organizations and positions. Guests see public
  data only.
* `positions` answer **401** without a session; for a network where the caller is not an internal
  member they are an empty list, and a single position of such a network answers 404.
* A record the caller may not read answers **404**, exactly like a record that does not exist.
* There are no write operations yet. Write endpoints and access tokens for other systems will follow in
  a later version; until then the API is read-only and uses GET only.

## Networks and taxonomies

Without the `network` filter, lists combine all active networks: a record appears once if it is visible
in at least one of them. With `network`, only that network's records are listed; an **unknown or
inactive network slug answers 404** (a typo should not look like an empty result). Every record lists
the slugs of its `networks`.

Thematic fields and target groups are kept per network and their slugs are unique only within a
network. The endpoints `thematic-fields` and `target-groups` list the terms of all active networks (or,
with `network`, of one); each term names its network. Filtering offers or organizations by a term slug
matches that slug in any network, or only in the given `network`. Retired terms are not shown.
Languages and municipalities are shared by all networks; `municipalities?network=…` lists the
municipalities of a network's area.

## Responses

* **Translated texts** are objects with one entry per language that has text, e.g.
  `{"de": "Migrationsberatung", "en": "Migration counselling"}`; German is the original.
* **Lists** are paginated with `limit` (default 50, at most 200) and `offset` and answer
  `{"count": <all matches>, "items": [...]}` in a stable order.
* **Errors** are JSON with a `detail` message: 401 (sign-in needed), 404 (not found or not visible),
  422 (invalid parameter; `errors` lists each problem with its location).
"""

api = NinjaAPI(
    title="Netzwerk Integration API",
    version="1.0.0",
    description=DESCRIPTION,
    urls_namespace="api",
    docs=LocalSwagger(),
    docs_url="/docs",
    openapi_url="/openapi.json",
)

for entry in api_routers:
    api.add_router(entry.prefix, entry.router)


@api.exception_handler(AuthenticationError)
def authentication_required(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
    message = _("Sign in to read this: it is visible to members of a network only.")
    return api.create_response(request, {"detail": message}, status=401)


@api.exception_handler(Http404)
def not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
    message = _("Not found. The record does not exist or you may not read it.")
    return api.create_response(request, {"detail": message}, status=404)


@api.exception_handler(ValidationError)
def invalid_parameters(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    errors = [
        {
            "loc": list(error.get("loc", ())),
            "msg": str(error.get("msg", "")),
            "type": str(error.get("type", "")),
        }
        for error in exc.errors
    ]
    problems = "; ".join(
        f"{'.'.join(str(part) for part in error['loc'][1:])}: {error['msg']}" for error in errors
    )
    detail = _("Invalid request parameters: %(problems)s") % {"problems": problems}
    return api.create_response(request, {"detail": detail, "errors": errors}, status=422)
