"""The coordinators' pages below /n/<network>/members/: members, invitations, roles."""

from typing import cast

from django.conf import settings
from django.contrib import messages
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.defaultfilters import date as format_date
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from netzwerk.accounts import services
from netzwerk.accounts.forms import InviteForm, MemberFilterForm, MembershipForm
from netzwerk.accounts.models import Invitation, Membership, User
from netzwerk.core.middleware import network_of
from netzwerk.core.permissions import network_permission

MEMBERS_PER_PAGE = 25
INVITATIONS_PER_PAGE = 50


def _actor(request: HttpRequest) -> User:
    """The coordinator acting; network_permission_required has already turned anonymous visitors away."""
    return cast(User, request.user)


@network_permission("accounts.manage_memberships")
def member_list(request: HttpRequest) -> HttpResponse:
    network = request.network  # type: ignore[attr-defined]
    filter_form = MemberFilterForm(request.GET or None, network=network)
    memberships = filter_form.filter(
        Membership.objects.filter(network=network)
        .select_related("user")
        .prefetch_related("organizations")
        .order_by("user__name", "user__email")
    )
    page = Paginator(memberships, MEMBERS_PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request,
        "accounts/member_list.html",
        {
            "network": network,
            "filter_form": filter_form,
            "page": page,
            "showing_ended": filter_form.is_bound
            and filter_form.is_valid()
            and filter_form.cleaned_data.get("status") == MemberFilterForm.STATUS_ENDED,
            "open_invitation_count": network.invitations.pending().count(),
        },
    )


@network_permission("accounts.invite")
def invite(request: HttpRequest) -> HttpResponse:
    network = request.network  # type: ignore[attr-defined]
    language = get_language()
    initial = {
        "email": request.GET.get("email", ""),
        "language": language if language in ("de", "en") else "de",
    }
    form = InviteForm(request.POST or None, network=network, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            invitation = services.invite_person(
                network=network, invited_by=_actor(request), **form.cleaned_data
            )
        except services.AccountsError as error:
            form.add_error(None, error.message)
        else:
            messages.success(
                request,
                _("The invitation has been sent to %(email)s. The link is valid until %(date)s.")
                % {
                    "email": invitation.email,
                    "date": format_date(timezone.localtime(invitation.expires_at), "DATE_FORMAT"),
                },
            )
            return redirect("accounts:invitation_list", network_slug=network.slug)
    return render(
        request,
        "accounts/invite.html",
        {"network": network, "form": form, "invitation_days": settings.NETZWERK_INVITATION_DAYS},
    )


@network_permission("accounts.invite")
def invitation_list(request: HttpRequest) -> HttpResponse:
    network = request.network  # type: ignore[attr-defined]
    invitations = (
        Invitation.objects.filter(network=network)
        .unanswered()
        .select_related("invited_by")
        .prefetch_related("organizations")
        .order_by("-created_at")
    )
    page = Paginator(invitations, INVITATIONS_PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "accounts/invitation_list.html", {"network": network, "page": page})


def _network_invitation(request: HttpRequest, pk: int) -> Invitation:
    return get_object_or_404(Invitation, pk=pk, network=request.network)  # type: ignore[attr-defined]


@require_POST
@network_permission("accounts.invite")
def invitation_resend(request: HttpRequest, pk: int) -> HttpResponse:
    invitation = _network_invitation(request, pk)
    try:
        fresh = services.resend_invitation(invitation=invitation, by=_actor(request))
    except services.AccountsError as error:
        messages.error(request, error.message)
    else:
        messages.success(
            request,
            _("A new link has been sent to %(email)s; the previous link no longer works.")
            % {"email": fresh.email},
        )
    return redirect("accounts:invitation_list", network_slug=network_of(request).slug)


@require_POST
@network_permission("accounts.invite")
def invitation_revoke(request: HttpRequest, pk: int) -> HttpResponse:
    invitation = _network_invitation(request, pk)
    try:
        services.revoke_invitation(invitation=invitation, by=_actor(request))
    except services.AccountsError as error:
        messages.error(request, error.message)
    else:
        messages.success(
            request, _("The invitation to %(email)s has been withdrawn.") % {"email": invitation.email}
        )
    return redirect("accounts:invitation_list", network_slug=network_of(request).slug)


def _active_membership(request: HttpRequest, pk: int) -> Membership:
    return get_object_or_404(
        Membership.objects.select_related("user"),
        pk=pk,
        network=request.network,  # type: ignore[attr-defined]
        is_active=True,
    )


@network_permission("accounts.manage_memberships")
def member_edit(request: HttpRequest, pk: int) -> HttpResponse:
    network = request.network  # type: ignore[attr-defined]
    membership = _active_membership(request, pk)
    form = MembershipForm(
        request.POST or None,
        network=network,
        initial={"role": membership.role, "organizations": list(membership.organizations.all())},
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.change_membership(
                membership=membership,
                role=form.cleaned_data["role"],
                organizations=form.cleaned_data["organizations"],
                by=_actor(request),
            )
        except services.AccountsError as error:
            form.add_error(None, error.message)
        else:
            messages.success(
                request, _("The membership of %(name)s has been changed.") % {"name": membership.user}
            )
            return redirect("accounts:member_list", network_slug=network.slug)
    return render(
        request, "accounts/member_edit.html", {"network": network, "membership": membership, "form": form}
    )


@network_permission("accounts.manage_memberships")
def member_end(request: HttpRequest, pk: int) -> HttpResponse:
    network = request.network  # type: ignore[attr-defined]
    membership = _active_membership(request, pk)
    if request.method == "POST":
        try:
            services.end_membership(membership=membership, by=_actor(request))
        except services.AccountsError as error:
            messages.error(request, error.message)
            return redirect("accounts:member_edit", network_slug=network.slug, pk=membership.pk)
        messages.success(request, _("The membership of %(name)s has been ended.") % {"name": membership.user})
        if membership.user_id == request.user.pk:
            return redirect(network)
        return redirect("accounts:member_list", network_slug=network.slug)
    return render(request, "accounts/member_end.html", {"network": network, "membership": membership})
