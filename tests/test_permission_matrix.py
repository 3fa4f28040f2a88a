"""Every URL pattern of the platform × every role: who gets the page, who is sent to log in, who is refused.

The expectations are one table, EXPECTED, keyed by URL name. A URL pattern that is not in the table fails
`test_every_url_pattern_is_in_the_matrix`, so a new page cannot ship without deciding who may see it.
All objects in the URLs belong to network 1 and organization A; the coordinator of network 2 must never
get more than an anonymous visitor would (404 for anything network-internal).
"""

import re
from dataclasses import dataclass
from datetime import date
from importlib import import_module

import pytest
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.db import transaction
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils.module_loading import module_has_submodule

from netzwerk.accounts.models import Invitation, Membership, Role
from netzwerk.core.mount import project_app_configs
from netzwerk.directory.models import OfferStatus, Organization, Visibility
from netzwerk.documents.services import add_version
from netzwerk.knowledge import services as knowledge_services
from netzwerk.knowledge.models import ArticleStatus, ArticleVisibility, Collection

from .conftest import World
from .documents.conftest import checked, make_document
from .factories import (
    LanguageFactory,
    LocationFactory,
    MembershipRequestFactory,
    MunicipalityFactory,
    OfferFactory,
    PersonFactory,
    PositionFactory,
    PositionHoldingFactory,
    TargetGroupFactory,
    ThematicFieldFactory,
)
from .files import image_bytes, pdf_bytes
from .knowledge.conftest import make_article

ROLES = ("anonymous", "guest", "member", "editor_a", "editor_b", "coordinator", "other_coordinator")

OK = "ok"  # 200
LOGIN = "login"  # redirect to the login page
DENIED = "denied"  # 403: the viewer may see the record but not do this
HIDDEN = "hidden"  # 404: missing and forbidden look the same
UNAUTHORIZED = "unauthorized"  # 401 (API)
REDIRECT = "redirect"  # 302 somewhere other than the login page (a POST-only action reached with GET)
CLOSED = "closed"  # 405/410-style answers of actions that only take POST or have expired


def row(**by_role: str) -> dict[str, str]:
    """A row of the matrix; `rest=` fills the roles not named."""
    rest = by_role.pop("rest", None)
    filled = {role: by_role.get(role, rest) for role in ROLES}
    missing = [role for role, value in filled.items() if value is None]
    assert not missing, f"row leaves roles open: {missing}"
    return filled  # type: ignore[return-value]


PUBLIC = row(rest=OK)
LOGGED_IN = row(anonymous=LOGIN, rest=OK)
# Network-internal pages: members, editors and coordinators of network 1.
INTERNAL = row(anonymous=HIDDEN, guest=HIDDEN, other_coordinator=HIDDEN, rest=OK)
INTERNAL_LOGIN_FIRST = row(anonymous=LOGIN, guest=DENIED, other_coordinator=HIDDEN, rest=OK)
INTERNAL_RECORD = row(anonymous=LOGIN, guest=HIDDEN, other_coordinator=HIDDEN, rest=OK)
# Changing something of organization A.
EDIT_ORG_A = row(
    anonymous=LOGIN, guest=DENIED, member=DENIED, editor_b=DENIED, other_coordinator=HIDDEN, rest=OK
)
EDIT_INTERNAL_OF_ORG_A = row(
    anonymous=HIDDEN, guest=HIDDEN, member=DENIED, editor_b=DENIED, other_coordinator=HIDDEN, rest=OK
)
EDIT_INTERNAL_OF_ORG_A_LOGIN = row(
    anonymous=LOGIN, guest=HIDDEN, member=DENIED, editor_b=DENIED, other_coordinator=HIDDEN, rest=OK
)
# Coordinating network 1.
COORDINATOR = row(
    anonymous=LOGIN,
    guest=DENIED,
    member=DENIED,
    editor_a=DENIED,
    editor_b=DENIED,
    other_coordinator=HIDDEN,
    coordinator=OK,
)

# Changing a network-only article: every editor and coordinator of network 1 keeps the knowledge.
KEEP_ARTICLE = row(anonymous=LOGIN, guest=HIDDEN, member=DENIED, other_coordinator=HIDDEN, rest=OK)


EXPECTED: dict[str, dict[str, str]] = {
    # core
    "core:home": PUBLIC,
    "core:healthz": PUBLIC,
    "core:public_media": PUBLIC,
    "core:network_home": PUBLIC,
    "core:settings": COORDINATOR,
    "core:network_settings": COORDINATOR,
    "core:taxonomy_fields": COORDINATOR,
    "core:taxonomy_fields_create": COORDINATOR,
    "core:taxonomy_fields_edit": COORDINATOR,
    "core:taxonomy_fields_move": COORDINATOR,
    "core:taxonomy_target_groups": COORDINATOR,
    "core:taxonomy_target_groups_create": COORDINATOR,
    "core:taxonomy_target_groups_edit": COORDINATOR,
    "core:taxonomy_target_groups_move": COORDINATOR,
    "core:taxonomy_languages": COORDINATOR,
    "core:taxonomy_languages_create": COORDINATOR,
    "core:taxonomy_languages_edit": COORDINATOR,
    "core:taxonomy_municipalities": COORDINATOR,
    "core:taxonomy_municipalities_create": COORDINATOR,
    "core:taxonomy_municipalities_edit": COORDINATOR,
    # accounts
    "accounts:profile": LOGGED_IN,
    # The invitation is for someone without an account; others logged in are told it is not theirs.
    "accounts:invitation_accept": row(anonymous=OK, rest=DENIED),
    "accounts:member_list": COORDINATOR,
    "accounts:invite": COORDINATOR,
    "accounts:invitation_list": COORDINATOR,
    "accounts:invitation_resend": COORDINATOR,
    "accounts:invitation_revoke": COORDINATOR,
    "accounts:member_edit": COORDINATOR,
    "accounts:member_end": COORDINATOR,
    # directory: public pages
    "directory:directory": PUBLIC,
    "directory:organization_list": PUBLIC,
    "directory:organization_detail": PUBLIC,
    "directory:request_create": PUBLIC,
    "directory:request_thanks": PUBLIC,
    # directory: the network-only offer of organization A
    "directory:offer_detail": INTERNAL,
    "directory:offer_history": EDIT_INTERNAL_OF_ORG_A_LOGIN,
    "directory:offer_edit": EDIT_INTERNAL_OF_ORG_A_LOGIN,
    # directory: organization A
    "directory:organization_create": COORDINATOR,
    "directory:organization_edit": EDIT_ORG_A,
    "directory:organization_history": EDIT_ORG_A,
    "directory:offer_create": EDIT_ORG_A,
    "directory:location_create": EDIT_ORG_A,
    "directory:location_edit": EDIT_ORG_A,
    "directory:location_delete": EDIT_ORG_A,
    # directory: positions and persons are network-internal
    "directory:position_list": INTERNAL,
    "directory:position_detail": INTERNAL,
    "directory:position_create": EDIT_ORG_A,
    "directory:position_edit": EDIT_INTERNAL_OF_ORG_A,
    "directory:position_hand_over": EDIT_INTERNAL_OF_ORG_A,
    "directory:holding_end": EDIT_INTERNAL_OF_ORG_A,
    "directory:person_detail": INTERNAL,
    "directory:person_edit": EDIT_INTERNAL_OF_ORG_A,
    # directory: membership requests
    "directory:request_list": COORDINATOR,
    "directory:request_detail": COORDINATOR,
    "directory:request_approve": COORDINATOR,
    "directory:request_reject": COORDINATOR,
    # knowledge: the start page, lists and collections are open; the article is network-only
    "knowledge:index": PUBLIC,
    "knowledge:article_list": PUBLIC,
    "knowledge:collection_detail": PUBLIC,
    "knowledge:article_detail": INTERNAL,
    "knowledge:article_create": row(
        anonymous=LOGIN, guest=DENIED, member=DENIED, other_coordinator=HIDDEN, rest=OK
    ),
    "knowledge:article_edit": KEEP_ARTICLE,
    "knowledge:article_history": KEEP_ARTICLE,
    "knowledge:article_diff": KEEP_ARTICLE,
    "knowledge:article_revision": KEEP_ARTICLE,
    "knowledge:article_restore": KEEP_ARTICLE,
    "knowledge:article_translation": INTERNAL,
    "knowledge:translation_edit": KEEP_ARTICLE,
    "knowledge:translation_history": KEEP_ARTICLE,
    "knowledge:translation_version": KEEP_ARTICLE,
    "knowledge:translation_restore": KEEP_ARTICLE,
    "knowledge:article_submit": KEEP_ARTICLE,
    "knowledge:article_confirm": KEEP_ARTICLE,
    "knowledge:article_archive": KEEP_ARTICLE,
    "knowledge:article_reopen": KEEP_ARTICLE,
    # an article in review, submitted by editor A: a second editor or a coordinator decides
    "knowledge:article_review": row(
        anonymous=LOGIN, guest=HIDDEN, member=HIDDEN, editor_a=DENIED, other_coordinator=HIDDEN, rest=OK
    ),
    "knowledge:review_queue": row(
        anonymous=LOGIN, guest=DENIED, member=DENIED, other_coordinator=HIDDEN, rest=OK
    ),
    "knowledge:settings": COORDINATOR,
    "knowledge:collection_create": COORDINATOR,
    "knowledge:collection_edit": COORDINATOR,
    "knowledge:collection_delete": COORDINATOR,
    # a network-only document of organization A's editor
    "documents:document_list": PUBLIC,
    "documents:document_create": row(
        anonymous=LOGIN, guest=DENIED, member=DENIED, other_coordinator=HIDDEN, rest=OK
    ),
    "documents:unreadable_list": COORDINATOR,
    "documents:document_detail": INTERNAL,
    "documents:document_edit": KEEP_ARTICLE,
    "documents:version_create": KEEP_ARTICLE,
    "documents:version_download": INTERNAL,
    "documents:version_view": INTERNAL,
    "documents:version_read_again": KEEP_ARTICLE,
    # editor A uploaded it: the uploader and the coordinators delete
    "documents:document_delete": EDIT_INTERNAL_OF_ORG_A_LOGIN,
    "documents:version_delete": EDIT_INTERNAL_OF_ORG_A_LOGIN,
    # the API answers in JSON
    "api:api-root": row(rest=HIDDEN),
    "api:openapi-json": PUBLIC,
    "api:openapi-view": PUBLIC,
    "api:network_list": PUBLIC,
    "api:network_detail": PUBLIC,
    "api:organization_list": PUBLIC,
    "api:organization_detail": PUBLIC,
    "api:offer_list": PUBLIC,
    "api:offer_detail": row(anonymous=HIDDEN, guest=HIDDEN, other_coordinator=HIDDEN, rest=OK),
    "api:position_list": row(anonymous=UNAUTHORIZED, rest=OK),
    "api:position_detail": row(anonymous=UNAUTHORIZED, guest=HIDDEN, other_coordinator=HIDDEN, rest=OK),
    "api:thematic_field_list": PUBLIC,
    "api:target_group_list": PUBLIC,
    "api:language_list": PUBLIC,
    "api:municipality_list": PUBLIC,
    "api:article_list": PUBLIC,
    "api:article_detail": row(anonymous=HIDDEN, guest=HIDDEN, other_coordinator=HIDDEN, rest=OK),
    "api:collection_list": PUBLIC,
    "api:document_list": PUBLIC,
    "api:document_detail": row(anonymous=HIDDEN, guest=HIDDEN, other_coordinator=HIDDEN, rest=OK),
}

# Actions that only take POST: GET answers 405 for everybody; the rows say who may POST.
POST_ONLY = {
    "core:taxonomy_fields_move",
    "core:taxonomy_target_groups_move",
    "accounts:invitation_resend",
    "accounts:invitation_revoke",
    "directory:request_approve",
    "directory:request_reject",
    "knowledge:article_restore",
    "knowledge:translation_restore",
    "knowledge:article_submit",
    "knowledge:article_archive",
    "knowledge:article_reopen",
    "documents:version_read_again",
}


def own_namespaces() -> set[str]:
    """The namespaces of the platform's apps, as mounted (allauth and Django's admin have their own tests)."""
    return {
        import_module(f"{config.name}.urls").app_name
        for config in project_app_configs()
        if module_has_submodule(config.module, "urls")
    }


def own_url_names() -> set[str]:
    own = own_namespaces()

    def walk(patterns: list, namespace: str | None) -> set[str]:
        names: set[str] = set()
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                inner = pattern.namespace or namespace
                if pattern.namespace and namespace:
                    inner = f"{namespace}:{pattern.namespace}"
                names |= walk(pattern.url_patterns, inner)
            elif isinstance(pattern, URLPattern) and pattern.name and namespace in own:
                names.add(f"{namespace}:{pattern.name}")
        return names

    return walk(get_resolver().url_patterns, None)


@dataclass
class Records:
    kwargs: dict[str, dict[str, object]]


@pytest.fixture
def records(world: World) -> Records:
    network = world.network
    slug = network.slug
    offer = OfferFactory(organization=world.org_a, visibility=Visibility.NETWORK, status=OfferStatus.ACTIVE)
    municipality = MunicipalityFactory(ags="15084355", name="Naumburg (Saale)")
    location = LocationFactory(organization=world.org_a, municipality=municipality)
    position = PositionFactory(organization=world.org_a)
    person = PersonFactory()
    holding = PositionHoldingFactory(position=position, person=person, start_date=date(2024, 1, 1))
    field = ThematicFieldFactory(network=network)
    target_group = TargetGroupFactory(network=network)
    language = LanguageFactory(code="ar", name="Arabisch")
    request = MembershipRequestFactory(network=network)
    invitation = Invitation.objects.create(
        network=network, email="neu@example.org", role=Role.MEMBER, invited_by=world.coordinator
    )
    membership = Membership.objects.get(user=world.member, network=network)
    shelf = Collection.objects.create(network=network, title="Aufenthaltsrecht", slug="aufenthaltsrecht")
    article = make_article(
        network,
        world.editor_a,
        visibility=ArticleVisibility.NETWORK,
        collection=shelf,
        reviewer=world.coordinator,
    )
    network.languages.add(language)
    knowledge_services.save_translation(
        article=article,
        language="ar",
        text=knowledge_services.ArticleText("ت", "", "…"),
        loaded_version=0,
        by=world.editor_a,
    )
    in_review = make_article(network, world.editor_a, title="In Prüfung", status=ArticleStatus.REVIEW)
    on_network = {"network_slug": slug}
    document = make_document(network, world.editor_a, title="Protokoll", collection=shelf)
    add_version(document=document, by=world.editor_a, upload=checked("neu.pdf", pdf_bytes("Neu")), note="2")
    return Records(
        kwargs={
            "core:home": {},
            "core:healthz": {},
            "core:public_media": {"path": public_logo(world.org_a)},
            "core:taxonomy_fields_edit": {**on_network, "pk": field.pk},
            "core:taxonomy_fields_move": {**on_network, "pk": field.pk},
            "core:taxonomy_target_groups_edit": {**on_network, "pk": target_group.pk},
            "core:taxonomy_target_groups_move": {**on_network, "pk": target_group.pk},
            "core:taxonomy_languages_edit": {**on_network, "pk": language.pk},
            "core:taxonomy_municipalities_edit": {**on_network, "pk": municipality.pk},
            "accounts:profile": {},
            "accounts:invitation_accept": {"token": invitation.token},
            "accounts:invitation_resend": {**on_network, "pk": invitation.pk},
            "accounts:invitation_revoke": {**on_network, "pk": invitation.pk},
            "accounts:member_edit": {**on_network, "pk": membership.pk},
            "accounts:member_end": {**on_network, "pk": membership.pk},
            "directory:organization_detail": {**on_network, "pk": world.org_a.pk},
            "directory:organization_edit": {**on_network, "pk": world.org_a.pk},
            "directory:organization_history": {**on_network, "pk": world.org_a.pk},
            "directory:offer_create": {**on_network, "pk": world.org_a.pk},
            "directory:location_create": {**on_network, "pk": world.org_a.pk},
            "directory:offer_detail": {**on_network, "pk": offer.pk},
            "directory:offer_edit": {**on_network, "pk": offer.pk},
            "directory:offer_history": {**on_network, "pk": offer.pk},
            "directory:location_edit": {**on_network, "pk": location.pk},
            "directory:location_delete": {**on_network, "pk": location.pk},
            "directory:position_detail": {**on_network, "pk": position.pk},
            "directory:position_edit": {**on_network, "pk": position.pk},
            "directory:position_hand_over": {**on_network, "pk": position.pk},
            "directory:holding_end": {**on_network, "pk": position.pk, "holding_pk": holding.pk},
            "directory:position_create": {**on_network, "organization_pk": world.org_a.pk},
            "directory:person_detail": {**on_network, "pk": person.pk},
            "directory:person_edit": {**on_network, "pk": person.pk},
            "directory:request_detail": {**on_network, "pk": request.pk},
            "directory:request_approve": {**on_network, "pk": request.pk},
            "directory:request_reject": {**on_network, "pk": request.pk},
            "knowledge:article_detail": {**on_network, "slug": article.slug},
            "knowledge:article_edit": {**on_network, "slug": article.slug},
            "knowledge:article_submit": {**on_network, "slug": article.slug},
            "knowledge:article_translation": {**on_network, "slug": article.slug, "language": "ar"},
            "knowledge:translation_edit": {**on_network, "slug": article.slug, "language": "ar"},
            "knowledge:translation_history": {**on_network, "slug": article.slug, "language": "ar"},
            "knowledge:translation_version": {
                **on_network,
                "slug": article.slug,
                "language": "ar",
                "version": 1,
            },
            "knowledge:translation_restore": {
                **on_network,
                "slug": article.slug,
                "language": "ar",
                "version": 1,
            },
            "knowledge:article_confirm": {**on_network, "slug": article.slug},
            "knowledge:article_archive": {**on_network, "slug": article.slug},
            "knowledge:article_reopen": {**on_network, "slug": article.slug},
            "knowledge:article_review": {**on_network, "slug": in_review.slug},
            "knowledge:article_history": {**on_network, "slug": article.slug},
            "knowledge:article_diff": {**on_network, "slug": article.slug},
            "knowledge:article_revision": {**on_network, "slug": article.slug, "number": 1},
            "knowledge:article_restore": {**on_network, "slug": article.slug, "number": 1},
            "knowledge:collection_detail": {**on_network, "slug": shelf.slug},
            "knowledge:collection_edit": {**on_network, "slug": shelf.slug},
            "knowledge:collection_delete": {**on_network, "slug": shelf.slug},
            "documents:document_detail": {**on_network, "pk": document.pk},
            "documents:document_edit": {**on_network, "pk": document.pk},
            "documents:version_create": {**on_network, "pk": document.pk},
            "documents:version_download": {**on_network, "pk": document.pk, "number": 1},
            "documents:version_view": {**on_network, "pk": document.pk, "number": 1},
            "documents:version_read_again": {**on_network, "pk": document.pk, "number": 1},
            "documents:document_delete": {**on_network, "pk": document.pk},
            "documents:version_delete": {**on_network, "pk": document.pk, "number": 2},
            "api:api-root": {},
            "api:openapi-json": {},
            "api:openapi-view": {},
            "api:network_list": {},
            "api:network_detail": {"slug": slug},
            "api:organization_list": {},
            "api:organization_detail": {"id": world.org_a.pk},
            "api:offer_list": {},
            "api:offer_detail": {"id": offer.pk},
            "api:position_list": {},
            "api:position_detail": {"id": position.pk},
            "api:thematic_field_list": {},
            "api:target_group_list": {},
            "api:language_list": {},
            "api:municipality_list": {},
            "api:article_list": {},
            "api:article_detail": {"id": article.pk},
            "api:collection_list": {},
            "api:document_list": {},
            "api:document_detail": {"id": document.pk},
        }
    )


def public_logo(organization: Organization) -> str:
    organization.logo.save("logo.png", ContentFile(image_bytes("PNG")))
    return organization.logo.name


def page_text(response) -> str:  # type: ignore[no-untyped-def]
    """A page's HTML; files (streamed) hold no form."""
    return "" if response.streaming else response.content.decode()


def url_for(name: str, records: Records, network_slug: str) -> str:
    kwargs = records.kwargs.get(name, {"network_slug": network_slug})
    return reverse(name, kwargs=kwargs)


def outcome(response) -> str:  # type: ignore[no-untyped-def]
    status = response.status_code
    if status in (301, 302):
        return LOGIN if "/accounts/login/" in response["Location"] else REDIRECT
    return {
        200: OK,
        401: UNAUTHORIZED,
        403: DENIED,
        404: HIDDEN,
        405: CLOSED,
        410: CLOSED,
    }.get(status, f"status {status}")


def client_as(world: World, role: str) -> Client:
    client = Client(headers={"accept-language": "de"})
    user = world.users()[role]
    if user is not None:
        client.force_login(user)
    return client


def every_row() -> dict[str, list[tuple]]:
    """Every row of every model of the platform's apps, change histories included."""
    return {
        model._meta.label: list(model._base_manager.order_by("pk").values_list())
        for config in project_app_configs()
        for model in config.get_models()
    }


def test_every_url_pattern_is_in_the_matrix() -> None:
    names = own_url_names()
    assert names - EXPECTED.keys() == set(), "new URL patterns need a row in EXPECTED"
    assert EXPECTED.keys() - names == set(), "EXPECTED names URL patterns that no longer exist"


@pytest.mark.django_db
@pytest.mark.parametrize("role", ROLES)
def test_get_every_page_as(role: str, world: World, records: Records) -> None:
    cache.clear()  # rate limits of the public forms must not leak between roles
    client = client_as(world, role)
    mismatches = []
    for name in sorted(EXPECTED):
        expected = CLOSED if name in POST_ONLY else EXPECTED[name][role]
        response = client.get(url_for(name, records, world.network.slug))
        got = outcome(response)
        if got != expected:
            mismatches.append(f"{name}: expected {expected}, got {got}")
    assert not mismatches, f"{role}:\n" + "\n".join(mismatches)


@pytest.mark.django_db
@pytest.mark.parametrize("role", ROLES)
def test_refused_roles_cannot_post(role: str, world: World, records: Records) -> None:
    """Every page that refuses a role for GET refuses its POST the same way, and changes nothing."""
    cache.clear()
    client = client_as(world, role)
    before = every_row()
    mismatches = []
    for name in sorted(EXPECTED):
        expected = EXPECTED[name][role]
        if expected not in (LOGIN, DENIED, HIDDEN, UNAUTHORIZED) or name.startswith("api:"):
            continue
        response = client.post(url_for(name, records, world.network.slug), data={})
        got = outcome(response)
        if got != expected:
            mismatches.append(f"POST {name}: expected {expected}, got {got}")
    assert not mismatches, f"{role}:\n" + "\n".join(mismatches)
    # Nothing a refused role posted may have taken effect, in any table of the platform.
    changed = [label for label, rows in every_row().items() if rows != before[label]]
    assert not changed, f"{role}: refused POSTs changed {changed}"
    assert Invitation.objects.filter(revoked_at__isnull=False).count() == 0
    assert Membership.objects.filter(is_active=False).count() == 0
    assert world.org_a.locations.count() == 1


# A POST without the form's fields, by the least trusted role a row lets in, must reach the form: it comes
# back with its error summary (200) or the action is done (302), never a refusal or a server error.
# Form pages are found by their GET (a form posting to the page itself), so a new form is tried too.
PROBE = {"probe": "1"}  # not empty: views bind their form with `request.POST or None`
LEAST_TRUSTED_FIRST = ("anonymous", "guest", "member", "editor_a", "editor_b", "coordinator")
FORM_TAG = re.compile(r"<form\b[^>]*>", re.IGNORECASE)
ACTION = re.compile(r'action="([^"]*)"')


def posts_to_itself(html: str, url: str) -> bool:
    for tag in FORM_TAG.findall(html):
        if 'method="post"' not in tag.lower():
            continue
        action = ACTION.search(tag)
        if action is None or action.group(1) in ("", url):
            return True
    return False


@pytest.mark.django_db
def test_allowed_roles_reach_every_form(world: World, records: Records) -> None:
    cache.clear()
    clients = {role: client_as(world, role) for role in LEAST_TRUSTED_FIRST}
    tried, mismatches = set(), []
    for name in sorted(name for name in EXPECTED if not name.startswith("api:")):
        role = next((role for role in LEAST_TRUSTED_FIRST if EXPECTED[name][role] == OK), None)
        if role is None:
            continue
        url = url_for(name, records, world.network.slug)
        if name not in POST_ONLY and not posts_to_itself(page_text(clients[role].get(url)), url):
            continue
        tried.add(name)
        with transaction.atomic():
            response = clients[role].post(url, data=PROBE)
            transaction.set_rollback(True)
        got = outcome(response)
        if got not in (OK, REDIRECT):
            mismatches.append(f"POST {name} as {role}: expected the form or a redirect, got {got}")
        elif got == OK and b"data-error-summary" not in response.content:
            mismatches.append(f"POST {name} as {role}: the form came back without saying what is wrong")
    assert not mismatches, "\n".join(mismatches)
    assert {
        "core:network_settings",
        "accounts:invite",
        "directory:offer_edit",
        "directory:request_create",
    } <= tried
    assert len(tried) >= 30, sorted(tried)
