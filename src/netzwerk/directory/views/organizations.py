"""Organization pages: profile, create (coordinators), edit and change history."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.files.storage import default_storage
from django.db import transaction
from django.db.models import Case, Prefetch, Value, When
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from netzwerk.accounts.roles import reads_internal
from netzwerk.core.content_cache import fragment_context
from netzwerk.core.edit_conflicts import report_saved, save_edit
from netzwerk.core.history import history_entries
from netzwerk.core.middleware import network_of
from netzwerk.core.models import Network, ThematicField
from netzwerk.core.permissions import network_permission, require
from netzwerk.directory.access import get_visible_or_404, offers_for, organizations_for
from netzwerk.directory.forms import OrganizationForm
from netzwerk.directory.models import Location, NetworkLink, OfferStatus, Organization, Position

from . import (
    HISTORY_LIMIT,
    optional_template,
    record_history,
)

# Filled by the positions part of the directory; the page works while it is still missing.
POSITIONS_PARTIAL = "directory/_organization_positions.html"


def _visible_organization(request: HttpRequest, network: Network, pk: int) -> Organization:
    return get_visible_or_404(organizations_for(request.user, network).select_related("parent"), pk=pk)


def organization_detail(request: HttpRequest, pk: int) -> HttpResponse:
    network = network_of(request)
    visible = organizations_for(request.user, network)
    organization = get_visible_or_404(visible, pk=pk)

    # Loaded only when the page body is not in the fragment cache (see organization_detail.html).
    def with_details() -> Organization:
        return (
            visible.select_related("parent")
            .prefetch_related(
                "languages",
                Prefetch("thematic_fields", queryset=ThematicField.objects.filter(network=network)),
                Prefetch("locations", queryset=Location.objects.select_related("municipality")),
            )
            .get(pk=pk)
        )

    def parent_is_listed() -> bool:
        return organization.parent_id is not None and visible.filter(pk=organization.parent_id).exists()

    offers = (
        offers_for(request.user, network)
        .filter(organization=organization)
        .prefetch_related(Prefetch("thematic_fields", queryset=ThematicField.objects.filter(network=network)))
        .annotate(is_ended=Case(When(status=OfferStatus.ENDED, then=Value(1)), default=Value(0)))
        .order_by("is_ended", "title_de", "pk")
    )
    context = {
        "network": network,
        "organization": organization,
        "organization_with_details": with_details,
        "parent_is_listed": parent_is_listed,
        "units": visible.filter(parent=organization).order_by("name"),
        "offers": offers,
        "positions": Position.objects.filter(organization=organization).active().with_current_holders(),
        "positions_template": optional_template(POSITIONS_PARTIAL),
        "sees_internal": reads_internal(request.user, network),
        # Current holders of positions depend on the date.
        "today": timezone.localdate(),
        **fragment_context(),
        **record_history(request, organization, "directory.change_organization"),
    }
    return render(request, "directory/organization_detail.html", context)


@login_required
@require_http_methods(["GET", "POST"])
@network_permission("core.coordinate_network")
def organization_create(request: HttpRequest) -> HttpResponse:
    network = network_of(request)
    form = OrganizationForm(request.POST or None, request.FILES or None, network=network)
    if request.method == "POST" and form.is_valid():
        # The organization and its membership in this network exist together or not at all.
        with transaction.atomic():
            organization = form.save()
            NetworkLink.objects.create(network=network, organization=organization)
        messages.success(request, _("The organization “%(name)s” has been created.") % {"name": organization})
        return redirect(organization.url_in(network))
    return render(
        request, "directory/organization_form.html", {"network": network, "form": form, "organization": None}
    )


@login_required
@require_http_methods(["GET", "POST"])
def organization_edit(request: HttpRequest, pk: int) -> HttpResponse:
    network = network_of(request)
    organization = _visible_organization(request, network, pk)
    require(request, "directory.change_organization", organization)
    form = OrganizationForm(
        request.POST or None, request.FILES or None, instance=organization, network=network
    )
    previous_logo = organization.logo.name
    conflict = None
    if request.method == "POST" and form.is_valid():
        outcome = save_edit(form=form)
        if outcome.saved:
            _remove_replaced_logo(previous_logo, outcome.record.logo.name)  # type: ignore[attr-defined]
            saved = _("The changes to “%(name)s” have been saved.") % {"name": organization}
            report_saved(request, outcome, saved)
            return redirect(organization.url_in(network))
        conflict = outcome
        form = OrganizationForm(instance=outcome.record, initial=outcome.kept_input, network=network)
    return render(
        request,
        "directory/organization_form.html",
        {
            "network": network,
            "form": form,
            "organization": organization,
            "conflict": conflict,
            "discard_url": organization.url_in(network),
        },
    )


def _remove_replaced_logo(previous: str | None, current: str | None) -> None:
    """A replaced or cleared logo file is deleted once the change is committed, so none piles up."""
    if previous and previous != current:
        transaction.on_commit(lambda: default_storage.delete(previous))


@login_required
def organization_history(request: HttpRequest, pk: int) -> HttpResponse:
    network = network_of(request)
    organization = _visible_organization(request, network, pk)
    require(request, "directory.change_organization", organization)
    return render(
        request,
        "directory/record_history.html",
        {
            "network": network,
            "record": organization,
            "organization": organization,
            "history": history_entries(organization, limit=HISTORY_LIMIT),
            "history_limit": HISTORY_LIMIT,
            "back_url": organization.url_in(network),
        },
    )
