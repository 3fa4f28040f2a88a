"""Multi-step writes of the directory: hand-overs of positions, public-name consent, membership requests.

Every function is keyword-only and atomic. Emails go out after the transaction commits, so a failing mail
server never loses a decision and nobody is told about something that was rolled back.
"""

import logging
from collections.abc import Iterable
from datetime import date, timedelta
from functools import partial
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.translation import gettext_lazy as _

from netzwerk.accounts.models import Membership, Role
from netzwerk.accounts.services import invite_person
from netzwerk.core.models import Network

from .models import (
    MembershipRequest,
    NetworkLink,
    Organization,
    Person,
    Position,
    PositionHolding,
    RequestStatus,
)

logger = logging.getLogger(__name__)

# The fields a requester fills in; everything else of a MembershipRequest is set by the platform.
REQUEST_FIELDS = (
    "organization_name",
    "organization_kind",
    "organization_website",
    "contact_name",
    "contact_email",
    "contact_function",
    "reason",
)


def _by(instance: Any, user: Any) -> Any:
    """Names the acting user in the change history (services also run outside requests)."""
    instance._history_user = user if getattr(user, "is_authenticated", False) else None
    return instance


def _date(value: date) -> str:
    return formats.date_format(value, "SHORT_DATE_FORMAT")


# --- Positions and persons -----------------------------------------------------------------------


@transaction.atomic
def hand_over_position(
    *,
    position: Position,
    person: Person,
    start_date: date,
    by: Any,
    keep_current_holders: bool = False,
) -> PositionHolding:
    """Lets `person` hold `position` from `start_date`; whoever holds it then ends the day before.

    With `keep_current_holders` the person joins the current holders instead (job sharing).
    """
    if start_date is None:
        raise ValidationError(
            _("Please enter the date from which the person holds the position."), code="required"
        )
    if person.pk is None:
        raise ValueError("Save the person before handing a position over to them.")
    # Locking the position serialises two hand-overs of the same position started at the same time.
    list(Position.objects.select_for_update().filter(pk=position.pk).order_by().values_list("pk", flat=True))
    overlapping = list(
        PositionHolding.objects.filter(position=position)
        .filter(Q(end_date__isnull=True) | Q(end_date__gte=start_date))
        .select_related("person")
    )
    for holding in overlapping:
        if holding.person_id == person.pk:
            raise ValidationError(
                _("%(name)s already holds this position on %(date)s."),
                code="already_holds",
                params={"name": person.name, "date": _date(start_date)},
            )
        if not keep_current_holders and holding.start_date is not None and holding.start_date >= start_date:
            raise ValidationError(
                _(
                    "%(name)s holds this position only from %(start)s. Choose a later start date "
                    "or end that holding first."
                ),
                code="starts_later",
                params={"name": holding.person.name, "start": _date(holding.start_date)},
            )
    if not keep_current_holders:
        for holding in overlapping:
            holding.end_date = start_date - timedelta(days=1)
            _by(holding, by).save(update_fields=["end_date"])
    new_holding = PositionHolding(position=position, person=person, start_date=start_date)
    _by(new_holding, by).save()
    return new_holding


@transaction.atomic
def end_position_holding(*, holding: PositionHolding, end_date: date, by: Any) -> PositionHolding:
    """Ends a holding without a successor; the position is vacant afterwards unless others hold it."""
    if end_date is None:
        raise ValidationError(
            _("Please enter the last day on which the person holds the position."), code="required"
        )
    holding = (
        PositionHolding.objects.select_for_update(of=("self",)).select_related("person").get(pk=holding.pk)
    )
    today = timezone.localdate()
    if holding.end_date is not None and holding.end_date < today:
        raise ValidationError(
            _("%(name)s already left this position on %(date)s."),
            code="already_ended",
            params={"name": holding.person.name, "date": _date(holding.end_date)},
        )
    if holding.start_date is not None and end_date < holding.start_date:
        raise ValidationError(
            _("The last day cannot be before the first day (%(start)s)."),
            code="before_start",
            params={"start": _date(holding.start_date)},
        )
    holding.end_date = end_date
    _by(holding, by).save(update_fields=["end_date"])
    return holding


@transaction.atomic
def record_public_name_consent(*, person: Person, by: Any) -> Person:
    """Records that the person agreed to their name being shown publicly, and by whom it was recorded."""
    person.name_is_public = True
    person.consent_recorded_at = timezone.now()
    person.consent_recorded_by = by if getattr(by, "is_authenticated", False) else None
    _by(person, by).save(update_fields=["name_is_public", "consent_recorded_at", "consent_recorded_by"])
    return person


@transaction.atomic
def withdraw_public_name_consent(*, person: Person, by: Any) -> Person:
    """The name is no longer shown publicly; showing it again needs newly recorded consent."""
    person.name_is_public = False
    person.consent_recorded_at = None
    person.consent_recorded_by = None
    _by(person, by).save(update_fields=["name_is_public", "consent_recorded_at", "consent_recorded_by"])
    return person


# --- Membership requests ---------------------------------------------------------------------------


def _render_in(language: str, template: str, context: dict[str, Any]) -> str:
    with translation.override(language):
        return render_to_string(template, context).strip()


def _bilingual(template: str, context: dict[str, Any]) -> str:
    """German first, English below: requesters may not read German yet and have no account language."""
    german = _render_in("de", template, context)
    english = _render_in("en", template, context)
    return german if german == english else f"{german}\n\n— English —\n\n{english}"


def _bilingual_subject(template: str, context: dict[str, Any]) -> str:
    german = _render_in("de", template, context)
    english = _render_in("en", template, context)
    return " ".join((german if german == english else f"{german} / {english}").split())


def _send(messages: Iterable[EmailMessage]) -> None:
    for message in messages:
        try:
            message.send()
        except Exception:
            # The decision is committed; a mail problem must not hide that, only be visible to operators.
            logger.exception("Could not send email %r to %s", message.subject, message.to)


def _send_after_commit(messages: list[EmailMessage]) -> None:
    if messages:
        transaction.on_commit(partial(_send, messages))


def _reply_to(network: Network) -> list[str]:
    return [network.office_email] if network.office_email else []


def _coordinator_addresses(network: Network) -> list[tuple[str, str]]:
    """(email, interface language) of the network's coordinators; the office mailbox if there are none."""
    memberships = Membership.objects.active().filter(
        network=network, role=Role.COORDINATOR, user__is_active=True
    )
    recipients = [(m.user.email, m.user.interface_language) for m in memberships.select_related("user")]
    if not recipients and network.office_email:
        recipients = [(network.office_email, settings.LANGUAGE_CODE)]
    return recipients


@transaction.atomic
def submit_membership_request(*, network: Network, data: dict[str, Any]) -> MembershipRequest:
    """Stores an Aufnahmeantrag and tells the network's coordinators about it."""
    membership_request = MembershipRequest(
        network=network, **{field: data[field] for field in REQUEST_FIELDS}
    )
    membership_request.full_clean()
    membership_request.save()
    path = reverse(
        "directory:request_detail", kwargs={"network_slug": network.slug, "pk": membership_request.pk}
    )
    link = settings.NETZWERK_SITE_URL.rstrip("/") + path
    context = {"network": network, "membership_request": membership_request, "link": link}
    messages = []
    for email, language in _coordinator_addresses(network):
        messages.append(
            EmailMessage(
                subject=" ".join(
                    _render_in(language, "directory/request_email_new_subject.txt", context).split()
                ),
                body=_render_in(language, "directory/request_email_new.txt", context),
                to=[email],
                reply_to=[membership_request.contact_email],
            )
        )
    _send_after_commit(messages)
    return membership_request


def _lock_pending(membership_request: MembershipRequest) -> MembershipRequest:
    locked = (
        MembershipRequest.objects.select_for_update(of=("self",))
        .select_related("network")
        .get(pk=membership_request.pk)
    )
    if locked.status != RequestStatus.PENDING:
        raise ValidationError(
            _("This request was already decided (%(status)s) and cannot be decided again."),
            code="already_decided",
            params={"status": locked.get_status_display()},
        )
    return locked


def _record_decision(
    locked: MembershipRequest, original: MembershipRequest, *, status: str, by: Any, note: str
) -> None:
    locked.status = status
    locked.decided_at = timezone.now()
    locked.decided_by = by if getattr(by, "is_authenticated", False) else None
    locked.decision_note = note
    locked.save()
    # The caller's object shows the decision too, without reloading it.
    for field in ("status", "decided_at", "decided_by", "decision_note", "organization"):
        setattr(original, field, getattr(locked, field))


@transaction.atomic
def approve_membership_request(
    *, membership_request: MembershipRequest, by: Any, note: str = ""
) -> MembershipRequest:
    """Admits the organization: creates it in the network, with the requester's function as its first
    position held by the requester, and invites the requester as its organization editor."""
    locked = _lock_pending(membership_request)
    network = locked.network
    organization = Organization(
        name=locked.organization_name, kind=locked.organization_kind, website=locked.organization_website
    )
    _by(organization, by).save()
    NetworkLink.objects.create(network=network, organization=organization)
    # The requester wrote in German whatever the coordinator's interface language: keep it as the original.
    position = Position(organization=organization, title_de=locked.contact_function)
    _by(position, by).save()
    person = Person(name=locked.contact_name, email=locked.contact_email)
    _by(person, by).save()
    _by(PositionHolding(position=position, person=person, start_date=timezone.localdate()), by).save()
    locked.organization = organization
    _record_decision(locked, membership_request, status=RequestStatus.APPROVED, by=by, note=note)
    invite_person(
        network=network,
        email=locked.contact_email,
        name=locked.contact_name,
        role=Role.EDITOR,
        organizations=[organization],
        invited_by=by,
        message=note,
    )
    return membership_request


@transaction.atomic
def reject_membership_request(
    *, membership_request: MembershipRequest, by: Any, note: str
) -> MembershipRequest:
    """Declines the request and tells the requester why (German, English below)."""
    note = (note or "").strip()
    if not note:
        raise ValidationError(
            _("Please explain to the requester why the request is declined."), code="required"
        )
    locked = _lock_pending(membership_request)
    _record_decision(locked, membership_request, status=RequestStatus.REJECTED, by=by, note=note)
    context = {"network": locked.network, "membership_request": locked, "note": note}
    message = EmailMessage(
        subject=_bilingual_subject("directory/request_email_rejected_subject.txt", context),
        body=_bilingual("directory/request_email_rejected.txt", context),
        to=[locked.contact_email],
        reply_to=_reply_to(locked.network),
    )
    _send_after_commit([message])
    return membership_request
