"""Offer pages: detail, create under an organization, edit and change history."""

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from netzwerk.core.content_cache import fragment_context
from netzwerk.core.edit_conflicts import report_saved, save_edit
from netzwerk.core.forms import CachedEditForm
from netzwerk.core.history import history_entries, with_version
from netzwerk.core.middleware import network_of
from netzwerk.core.models import Network
from netzwerk.core.permissions import require
from netzwerk.directory.access import get_visible_or_404, offers_for, organizations_for
from netzwerk.directory.forms import OfferForm
from netzwerk.directory.models import Location, Offer

from . import HISTORY_LIMIT, record_history


def _visible_offer(request: HttpRequest, network: Network, pk: int) -> Offer:
    return get_visible_or_404(offers_for(request.user, network).select_related("organization"), pk=pk)


def offer_detail(request: HttpRequest, pk: int) -> HttpResponse:
    network = network_of(request)
    visible = offers_for(request.user, network)
    offer = get_visible_or_404(visible.select_related("organization"), pk=pk)

    def with_details() -> Offer:
        # Loaded only when the page body is not in the fragment cache (see offer_detail.html).
        return (
            visible.with_details_in(network)
            .prefetch_related(Prefetch("locations", queryset=Location.objects.select_related("municipality")))
            .get(pk=pk)
        )

    context = {
        "network": network,
        "offer": offer,
        "offer_with_details": with_details,
        "organization": offer.organization,
        "can_edit": request.user.has_perm("directory.change_offer", offer),
        **fragment_context(),
        **record_history(request, offer, "directory.change_offer"),
    }
    return render(request, "directory/offer_detail.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def offer_create(request: HttpRequest, pk: int) -> HttpResponse:
    network = network_of(request)
    organization = get_visible_or_404(organizations_for(request.user, network), pk=pk)
    require(request, "directory.add_offer", organization)
    form = OfferForm(
        request.POST or None,
        instance=Offer(organization=organization),
        network=network,
        organization=organization,
    )
    if request.method == "POST" and form.is_valid():
        offer = form.save()
        messages.success(request, _("The offer “%(title)s” has been created.") % {"title": offer})
        return redirect(offer.url_in(network))
    context = {"network": network, "form": form, "organization": organization, "offer": None}
    return render(request, "directory/offer_form.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def offer_edit(request: HttpRequest, pk: int) -> HttpResponse:
    network = network_of(request)
    # Read with its version, so that the form needs to read neither again (core.history.with_version).
    offer = get_visible_or_404(
        with_version(offers_for(request.user, network)).select_related("organization"), pk=pk
    )
    require(request, "directory.change_offer", offer)
    scope: dict[str, Any] = {"network": network, "organization": offer.organization}
    context: dict[str, Any] = {**scope, "offer": offer, "discard_url": offer.url_in(network)}
    if request.method != "POST":
        context["form"] = CachedEditForm(OfferForm, instance=offer, **scope)
        return render(request, "directory/offer_form.html", context)
    form = OfferForm(request.POST, instance=offer, **scope)
    if form.is_valid():
        outcome = save_edit(form=form)
        if outcome.saved:
            saved = _("The changes to “%(title)s” have been saved.") % {"title": offer}
            report_saved(request, outcome, saved)
            return redirect(offer.url_in(network))
        context["conflict"] = outcome
        form = OfferForm(instance=outcome.record, initial=outcome.kept_input, **scope)
    context["form"] = form
    return render(request, "directory/offer_form.html", context)


@login_required
def offer_history(request: HttpRequest, pk: int) -> HttpResponse:
    network = network_of(request)
    offer = _visible_offer(request, network, pk)
    require(request, "directory.change_offer", offer)
    context = {
        "network": network,
        "record": offer,
        "organization": offer.organization,
        "offer": offer,
        "history": history_entries(offer, limit=HISTORY_LIMIT),
        "history_limit": HISTORY_LIMIT,
        "back_url": offer.url_in(network),
    }
    return render(request, "directory/record_history.html", context)
