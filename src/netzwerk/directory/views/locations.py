"""Locations of an organization: create, edit, delete (after a confirmation page)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from netzwerk.core.edit_conflicts import report_saved, save_edit
from netzwerk.core.middleware import network_of
from netzwerk.core.models import Network
from netzwerk.core.permissions import require
from netzwerk.directory.access import get_visible_or_404, organizations_for
from netzwerk.directory.forms import LocationForm
from netzwerk.directory.models import Location, Offer


def _visible_location(request: HttpRequest, network: Network, pk: int) -> Location:
    """A location is visible where its organization is."""
    visible = Location.objects.filter(organization__in=organizations_for(request.user, network).values("pk"))
    return get_visible_or_404(visible.select_related("organization", "municipality"), pk=pk)


@login_required
@require_http_methods(["GET", "POST"])
def location_create(request: HttpRequest, pk: int) -> HttpResponse:
    network = network_of(request)
    organization = get_visible_or_404(organizations_for(request.user, network), pk=pk)
    require(request, "directory.add_location", organization)
    form = LocationForm(request.POST or None, instance=Location(organization=organization), network=network)
    if request.method == "POST" and form.is_valid():
        location = form.save()
        messages.success(request, _("The location “%(name)s” has been added.") % {"name": location.name})
        return redirect(organization.url_in(network))
    context = {"network": network, "form": form, "organization": organization, "location": None}
    return render(request, "directory/location_form.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def location_edit(request: HttpRequest, pk: int) -> HttpResponse:
    network = network_of(request)
    location = _visible_location(request, network, pk)
    require(request, "directory.change_location", location)
    form = LocationForm(request.POST or None, instance=location, network=network)
    conflict = None
    if request.method == "POST" and form.is_valid():
        outcome = save_edit(form=form)
        if outcome.saved:
            saved = _("The location “%(name)s” has been saved.") % {"name": location.name}
            report_saved(request, outcome, saved)
            return redirect(location.organization.url_in(network))
        conflict = outcome
        form = LocationForm(instance=outcome.record, initial=outcome.kept_input, network=network)
    context = {
        "network": network,
        "form": form,
        "organization": location.organization,
        "location": location,
        "conflict": conflict,
        "discard_url": location.organization.url_in(network),
    }
    return render(request, "directory/location_form.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def location_delete(request: HttpRequest, pk: int) -> HttpResponse:
    network = network_of(request)
    location = _visible_location(request, network, pk)
    require(request, "directory.delete_location", location)
    if request.method == "POST":
        organization = location.organization
        name = location.name
        location.delete()
        messages.success(request, _("The location “%(name)s” has been deleted.") % {"name": name})
        return redirect(organization.url_in(network))
    context = {
        "network": network,
        "organization": location.organization,
        "location": location,
        "linked_offers": Offer.objects.filter(locations=location).order_by("title_de"),
    }
    return render(request, "directory/location_confirm_delete.html", context)
