"""The person's own account page: profile details, interface language, networks and security settings."""

from typing import cast

from allauth.mfa.models import Authenticator
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from netzwerk.accounts.forms import ProfileForm
from netzwerk.accounts.language import apply_interface_language
from netzwerk.accounts.models import Role, User


@login_required
def profile(request: HttpRequest) -> HttpResponse:
    # A separate instance: an invalid form must not leave half-applied values on request.user.
    account = User.objects.get(pk=cast(User, request.user).pk)
    form = ProfileForm(request.POST or None, instance=account)
    if request.method == "POST" and form.is_valid():
        account = form.save()
        response = redirect("accounts:profile")
        apply_interface_language(request, response, account.interface_language)
        messages.success(request, _("Your details have been saved."))
        return response
    memberships = (
        account.memberships.active()
        .select_related("network")
        .prefetch_related("organizations")
        .order_by("network__name")
    )
    authenticator_types = set(Authenticator.objects.filter(user=account).values_list("type", flat=True))
    return render(
        request,
        "accounts/profile.html",
        {
            "form": form,
            "memberships": memberships,
            "coordinator_role": Role.COORDINATOR,
            "has_totp": Authenticator.Type.TOTP in authenticator_types,
            "has_webauthn": Authenticator.Type.WEBAUTHN in authenticator_types,
            "has_recovery_codes": Authenticator.Type.RECOVERY_CODES in authenticator_types,
            "has_usable_password": account.has_usable_password(),
        },
    )
