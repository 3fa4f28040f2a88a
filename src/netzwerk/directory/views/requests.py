"""Membership requests (Aufnahmeanträge): the public application form and the coordinators' decision."""

import time

from django.contrib import messages
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import Case, IntegerField, Value, When
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from netzwerk.accounts.services import AccountsError
from netzwerk.core.middleware import network_of
from netzwerk.core.models import Network
from netzwerk.core.permissions import network_permission
from netzwerk.directory.access import get_visible_or_404, organizations_for
from netzwerk.directory.forms_requests import DecisionForm, MembershipRequestForm
from netzwerk.directory.models import MembershipRequest, RequestStatus
from netzwerk.directory.services import (
    approve_membership_request,
    reject_membership_request,
    submit_membership_request,
)

REQUESTS_PER_PAGE = 50
# Each accepted request emails every coordinator, so one address may send only a few per hour.
RATE_LIMIT = 5
RATE_WINDOW_SECONDS = 60 * 60


# --- Public application --------------------------------------------------------------------------------


def _rate_key(request: HttpRequest) -> str:
    return f"netzwerk:membership-requests:{request.META.get('REMOTE_ADDR', 'unknown')}"


def _recent_attempts(request: HttpRequest) -> list[float]:
    # Timestamps instead of a counter: cache backends differ in whether incr() keeps the expiry.
    cutoff = time.time() - RATE_WINDOW_SECONDS
    return [moment for moment in cache.get(_rate_key(request), []) if moment > cutoff]


def _count_attempt(request: HttpRequest) -> None:
    cache.set(_rate_key(request), [*_recent_attempts(request), time.time()], RATE_WINDOW_SECONDS)


@require_http_methods(["GET", "POST"])
def request_create(request: HttpRequest) -> HttpResponse:
    network = network_of(request)
    form = MembershipRequestForm(request.POST or None)
    if request.method == "POST":
        if len(_recent_attempts(request)) >= RATE_LIMIT:
            form.full_clean()
            form.add_error(
                None,
                _(
                    "Several requests have been sent from your connection within the last hour. "
                    "Please try again in an hour or write to the coordination office."
                ),
            )
            return render(
                request, "directory/request_form.html", {"network": network, "form": form}, status=429
            )
        if form.is_valid():
            _count_attempt(request)
            if not form.is_bot:
                submit_membership_request(network=network, data=form.cleaned_data)
            # Bots get the same answer as people, so they learn nothing about the trap.
            return redirect("directory:request_thanks", network_slug=network.slug)
    return render(request, "directory/request_form.html", {"network": network, "form": form})


def request_thanks(request: HttpRequest) -> HttpResponse:
    return render(request, "directory/request_thanks.html", {"network": network_of(request)})


# --- Coordinators ---------------------------------------------------------------------------------------


@network_permission("core.coordinate_network")
def request_list(request: HttpRequest) -> HttpResponse:
    network = network_of(request)
    requests = (
        MembershipRequest.objects.filter(network=network)
        .select_related("decided_by", "organization")
        .annotate(
            pending_first=Case(
                When(status=RequestStatus.PENDING, then=Value(0)),
                default=Value(1),
                output_field=IntegerField(),
            )
        )
        .order_by("pending_first", "-created_at")
    )
    page = Paginator(requests, REQUESTS_PER_PAGE).get_page(request.GET.get("page"))
    pending_count = MembershipRequest.objects.filter(network=network, status=RequestStatus.PENDING).count()
    return render(
        request,
        "directory/request_list.html",
        {"network": network, "page_obj": page, "pending_count": pending_count},
    )


def _get_request(request: HttpRequest, network: Network, pk: int) -> MembershipRequest:
    visible = MembershipRequest.objects.filter(network=network).select_related(
        "network", "decided_by", "organization"
    )
    return get_visible_or_404(visible, pk=pk)


def _render_detail(
    request: HttpRequest,
    membership_request: MembershipRequest,
    approve_form: DecisionForm | None = None,
    reject_form: DecisionForm | None = None,
) -> HttpResponse:
    network = network_of(request)
    same_name = organizations_for(request.user, network).filter(
        name__iexact=membership_request.organization_name
    )
    context = {
        "network": network,
        "membership_request": membership_request,
        "is_pending": membership_request.status == RequestStatus.PENDING,
        "approve_form": approve_form or DecisionForm(),
        "reject_form": reject_form or DecisionForm(rejecting=True),
        "same_name_organizations": same_name,
    }
    return render(request, "directory/request_detail.html", context)


def _already_decided(request: HttpRequest, membership_request: MembershipRequest) -> HttpResponse | None:
    if membership_request.status == RequestStatus.PENDING:
        return None
    messages.error(
        request,
        _("This request was already decided (%(status)s) and cannot be decided again.")
        % {"status": membership_request.get_status_display()},
    )
    return redirect(
        "directory:request_detail", network_slug=membership_request.network.slug, pk=membership_request.pk
    )


@network_permission("core.coordinate_network")
def request_detail(request: HttpRequest, pk: int) -> HttpResponse:
    network = network_of(request)
    return _render_detail(request, _get_request(request, network, pk))


@require_POST
@network_permission("core.coordinate_network")
def request_approve(request: HttpRequest, pk: int) -> HttpResponse:
    network = network_of(request)
    membership_request = _get_request(request, network, pk)
    if decided := _already_decided(request, membership_request):
        return decided
    form = DecisionForm(request.POST)
    if not form.is_valid():
        return _render_detail(request, membership_request, approve_form=form)
    try:
        approve_membership_request(
            membership_request=membership_request, by=request.user, note=form.cleaned_data["note"]
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    except AccountsError as error:
        # The invitation was refused, so nothing of the approval was kept either.
        messages.error(request, str(error.message))
    else:
        messages.success(
            request,
            _("%(organization)s was admitted to the network; %(email)s has been invited as its editor.")
            % {
                "organization": membership_request.organization_name,
                "email": membership_request.contact_email,
            },
        )
    return redirect("directory:request_detail", network_slug=network.slug, pk=membership_request.pk)


@require_POST
@network_permission("core.coordinate_network")
def request_reject(request: HttpRequest, pk: int) -> HttpResponse:
    network = network_of(request)
    membership_request = _get_request(request, network, pk)
    if decided := _already_decided(request, membership_request):
        return decided
    form = DecisionForm(request.POST, rejecting=True)
    if not form.is_valid():
        return _render_detail(request, membership_request, reject_form=form)
    try:
        reject_membership_request(
            membership_request=membership_request, by=request.user, note=form.cleaned_data["note"]
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request,
            _("The request was declined; %(email)s has been informed by email.")
            % {"email": membership_request.contact_email},
        )
    return redirect("directory:request_detail", network_slug=network.slug, pk=membership_request.pk)
