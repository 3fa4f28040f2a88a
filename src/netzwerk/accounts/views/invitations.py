"""The page an invitation link opens: join with the current account, or create one."""

from typing import cast

from allauth.account.utils import perform_login
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from netzwerk.accounts import services
from netzwerk.accounts.forms import InvitationSignupForm
from netzwerk.accounts.models import Invitation, Membership, User


def _welcome(request: HttpRequest, membership: Membership) -> None:
    messages.success(
        request,
        _("Welcome to %(network)s! You have joined as %(role)s.")
        % {"network": membership.network.name, "role": membership.get_role_display()},
    )


def _unavailable(request: HttpRequest, invitation: Invitation | None, reason: str) -> HttpResponse:
    """Explain why the link does not work and whom to ask; 404 for unknown links, 410 for used-up ones."""
    status = 404 if invitation is None else 410
    return render(
        request,
        "accounts/invitation_unavailable.html",
        {"invitation": invitation, "network": invitation.network if invitation else None, "reason": reason},
        status=status,
    )


def invitation_accept(request: HttpRequest, token: str) -> HttpResponse:
    invitation = Invitation.objects.select_related("network", "invited_by").filter(token=token).first()
    if invitation is not None and invitation.network.is_active:
        # Header and footer show the network (and its coordination office) the invitation is for.
        request.network = invitation.network  # type: ignore[attr-defined]
    refusal = _refusal(request, invitation)
    if refusal is not None:
        return refusal
    assert invitation is not None  # _refusal answered for a missing one
    if request.user.is_authenticated:
        return _join_with_current_account(request, invitation)
    if services.account_for_email(invitation.email) is not None:
        if request.method == "POST":
            return redirect_to_login(request.get_full_path())
        return render(request, "accounts/invitation_login_required.html", {"invitation": invitation})
    return _join_with_new_account(request, invitation)


def _refusal(request: HttpRequest, invitation: Invitation | None) -> HttpResponse | None:
    """The answer for a link that cannot be used (any more), or None when it can."""
    if invitation is None:
        return _unavailable(request, None, "unknown")
    if not invitation.network.is_active:
        return _unavailable(request, invitation, "closed")
    user = request.user
    if invitation.status == "accepted" and user.is_authenticated and invitation.accepted_by_id == user.pk:
        messages.info(request, _("You have already accepted this invitation."))
        return redirect(invitation.network)
    if invitation.status != "pending":
        return _unavailable(request, invitation, invitation.status)
    return None


def _join_with_current_account(request: HttpRequest, invitation: Invitation) -> HttpResponse:
    user = cast(User, request.user)
    if not services.invitation_is_for(invitation, user):
        return render(request, "accounts/invitation_wrong_user.html", {"invitation": invitation}, status=403)
    if request.method != "POST":
        return render(request, "accounts/invitation_accept.html", {"invitation": invitation})
    try:
        membership = services.accept_invitation(invitation=invitation, user=user)
    except services.InvitationUnavailableError as error:
        return _unavailable(request, invitation, error.reason)
    _welcome(request, membership)
    return redirect(invitation.network)


def _join_with_new_account(request: HttpRequest, invitation: Invitation) -> HttpResponse:
    form = InvitationSignupForm(request.POST or None, invitation=invitation)
    if request.method == "POST" and form.is_valid():
        try:
            membership = services.create_account_from_invitation(
                invitation=invitation, name=form.cleaned_data["name"], password=form.cleaned_data["password1"]
            )
        except services.InvitationUnavailableError as error:
            return _unavailable(request, invitation, error.reason)
        except services.AccountsError as error:
            form.add_error(None, error.message)
        else:
            response = perform_login(
                request,
                membership.user,
                redirect_url=invitation.network.get_absolute_url(),
                email=membership.user.email,
            )
            _welcome(request, membership)
            return response
    return render(request, "accounts/invitation_signup.html", {"invitation": invitation, "form": form})
