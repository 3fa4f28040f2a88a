"""What the directory contributes to the shared registries."""

from typing import Any

from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from netzwerk.core.registry import (
    DemoPart,
    NavigationEntry,
    NextStepSource,
    NotificationKind,
    SearchProvider,
    SettingsPage,
    StartPanel,
    demo_parts,
    navigation,
    next_steps,
    notification_kinds,
    search_providers,
    settings_pages,
    start_panels,
)

from . import access
from . import next_steps as steps

POSITION_PAGES = (
    "directory:position_list",
    "directory:position_detail",
    "directory:position_edit",
    "directory:position_hand_over",
    "directory:holding_end",
    "directory:person_*",
)


def has_no_role(request: HttpRequest) -> bool:
    """Only visitors without a role in the network are invited to apply for membership."""
    return getattr(request, "membership", None) is None


def record_url(record: Any, network: Any) -> str:
    return record.url_in(network)


def register() -> None:
    navigation.register(
        NavigationEntry(
            "directory.directory", _("Directory"), "directory:directory", 10, sections=("directory:*",)
        )
    )
    navigation.register(
        NavigationEntry(
            "directory.positions",
            _("Positions"),
            "directory:position_list",
            20,
            permission="core.view_internal",
            sections=POSITION_PAGES,
        )
    )
    for panel in (
        StartPanel(
            "directory.directory",
            _("Directory"),
            _(
                "Who offers what, where, for whom and in which language: counselling services, authorities, "
                "associations and their offers."
            ),
            "directory:directory",
            10,
        ),
        StartPanel(
            "directory.positions",
            _("Positions"),
            _("Who is responsible for what – functional contacts that stay valid when staff change."),
            "directory:position_list",
            20,
            permission="core.view_internal",
        ),
        StartPanel(
            "directory.requests",
            _("Membership requests"),
            _("Organizations that asked to join the network."),
            "directory:request_list",
            80,
            permission="core.coordinate_network",
        ),
        StartPanel(
            "directory.join",
            _("Join the network"),
            _(
                "Your organization works with migrants in the district? Apply for membership; "
                "the coordination office will get in touch."
            ),
            "directory:request_create",
            90,
            condition=has_no_role,
        ),
    ):
        start_panels.register(panel)
    settings_pages.register(
        SettingsPage(
            "directory.requests",
            _("Membership requests of organizations"),
            "directory:request_list",
            20,
            permission="core.coordinate_network",
        )
    )
    _register_search()
    next_steps.register(NextStepSource("directory.requests", 10, steps.requests_to_decide))
    next_steps.register(NextStepSource("directory.offers_to_confirm", 20, steps.offers_to_confirm))
    demo_parts.register(DemoPart("directory", 10, module="netzwerk.directory.demo"))
    for kind in (
        NotificationKind(
            "directory.membership_request",
            _("New membership request"),
            _("An organization asked to join the network."),
        ),
        NotificationKind(
            "directory.membership_request_decided",
            _("Membership request decided"),
            _("The coordination office approved or rejected a membership request."),
        ),
    ):
        notification_kinds.register(kind)


def _register_search() -> None:
    for provider in (
        SearchProvider(
            "directory.organization",
            _("Organizations"),
            access.organizations_for,
            ("name", "short_name", "description"),
            record_url,
            order=10,
        ),
        SearchProvider(
            "directory.offer",
            _("Offers"),
            access.offers_for,
            ("title", "description", "eligibility", "access"),
            record_url,
            order=20,
        ),
        SearchProvider(
            "directory.position",
            _("Positions"),
            access.positions_for,
            ("title", "description"),
            record_url,
            order=30,
        ),
        SearchProvider(
            "directory.person",
            _("Persons"),
            access.persons_for,
            ("name",),
            record_url,
            order=40,
        ),
    ):
        search_providers.register(provider)
