"""Emails of the accounts app, rendered in the recipient's language rather than the sender's."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation

from .models import Invitation


def absolute_url(path: str) -> str:
    return settings.NETZWERK_SITE_URL.rstrip("/") + path


def send_invitation(invitation: Invitation) -> None:
    network = invitation.network
    context = {
        "invitation": invitation,
        "network": network,
        "inviter": invitation.invited_by,
        "organizations": list(invitation.organizations.all()),
        "accept_url": absolute_url(invitation.get_absolute_url()),
    }
    with translation.override(invitation.language):
        subject = render_to_string("accounts/email/invitation_subject.txt", context).strip()
        body = render_to_string("accounts/email/invitation_message.txt", context)
    # Replies go to a person who can answer questions, not to the no-reply sender.
    reply_to = [address for address in (network.office_email,) if address]
    if invitation.invited_by and invitation.invited_by.email:
        reply_to = [invitation.invited_by.email]
    EmailMessage(
        subject=" ".join(subject.split()),
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[invitation.email],
        reply_to=reply_to,
    ).send()
