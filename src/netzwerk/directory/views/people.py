"""Positions (Zuständigkeiten), their hand-over, and the persons holding them: network-internal pages.

Anonymous visitors and guests get 404 on all of them, like for a record that does not exist.
"""

import functools
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import F, Prefetch, Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from netzwerk.core.content_cache import fragment_context
from netzwerk.core.edit_conflicts import report_saved, save_edit
from netzwerk.core.middleware import network_of
from netzwerk.core.models import Network, ThematicField
from netzwerk.core.permissions import require
from netzwerk.directory.access import (
    get_visible_or_404,
    offers_for,
    organizations_for,
    persons_for,
    positions_for,
)
from netzwerk.directory.forms_people import (
    EndHoldingForm,
    HandOverForm,
    PersonForm,
    PositionFilterForm,
    PositionForm,
)
from netzwerk.directory.models import Person, Position, PositionHolding, PositionQuerySet
from netzwerk.directory.services import (
    end_position_holding,
    hand_over_position,
    record_public_name_consent,
    withdraw_public_name_consent,
)

from . import record_history

POSITIONS_PER_PAGE = 50
HISTORY_LIMIT = 30


def _internal_network(request: HttpRequest) -> Network:
    network = network_of(request)
    if not request.user.has_perm("core.view_internal", network):
        raise Http404
    return network


def _current_holdings() -> Prefetch:
    return Prefetch(
        "holdings",
        queryset=PositionHolding.objects.current().select_related("person").order_by("person__name"),
        to_attr="current_holdings",
    )


def _split_holdings(holdings: list[PositionHolding]) -> dict[str, list[PositionHolding]]:
    today = timezone.localdate()
    return {
        "current_holdings": [h for h in holdings if h.is_current],
        "upcoming_holdings": [h for h in holdings if h.start_date is not None and h.start_date > today],
        "past_holdings": [h for h in holdings if h.end_date is not None and h.end_date < today],
    }


def _date(value: Any) -> str:
    return formats.date_format(value, "SHORT_DATE_FORMAT") if value else "–"


# --- Positions ---------------------------------------------------------------------------------------


def _search(text: str) -> Q:
    return (
        Q(title_de__icontains=text)
        | Q(title_en__icontains=text)
        | Q(description__icontains=text)
        | Q(email__icontains=text)
        | Q(organization__name__icontains=text)
        | Q(organization__short_name__icontains=text)
        # Former holders too: "Ms Weber used to do this, who is it now?" is the question after turnover.
        | Q(holdings__person__name__icontains=text)
    )


def position_list(request: HttpRequest) -> HttpResponse:
    network = _internal_network(request)
    form = PositionFilterForm(
        request.GET or None, organizations=organizations_for(request.user, network), network=network
    )
    filters = form.cleaned_data if form.is_valid() else getattr(form, "cleaned_data", {})
    positions = cast(PositionQuerySet, positions_for(request.user, network))
    if not filters.get("include_inactive"):
        positions = positions.active()
    if filters.get("organization"):
        positions = positions.filter(organization=filters["organization"])
    if filters.get("thematic_field"):
        positions = positions.filter(thematic_fields=filters["thematic_field"])
    if filters.get("q"):
        positions = positions.filter(_search(filters["q"]))
    positions = positions.select_related("organization").prefetch_related(_current_holdings())
    page = Paginator(positions, POSITIONS_PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request,
        "directory/position_list.html",
        {
            "network": network,
            "form": form,
            "page_obj": page,
            "filtered": any(value for name, value in filters.items()),
        },
    )


def position_detail(request: HttpRequest, pk: int) -> HttpResponse:
    network = network_of(request)
    visible = positions_for(request.user, network)
    position = get_visible_or_404(visible.select_related("organization", "deputy__organization"), pk=pk)

    # The body below the actions is cached (see position_detail.html): everything it shows is loaded
    # lazily, by callables the template calls only when it renders the body afresh.
    @functools.cache
    def holdings() -> dict[str, list[PositionHolding]]:
        return _split_holdings(
            list(position.holdings.select_related("person").order_by(F("start_date").desc(nulls_last=True)))
        )

    @functools.cache
    def deputy() -> Position | None:
        listed = position.deputy_id and visible.filter(pk=position.deputy_id).exists()
        return position.deputy if listed else None

    def deputy_holdings() -> list[PositionHolding]:
        listed_deputy = deputy()
        return list(listed_deputy.holdings.current().select_related("person")) if listed_deputy else []

    context = {
        "network": network,
        "position": position,
        "current_holdings": lambda: holdings()["current_holdings"],
        "upcoming_holdings": lambda: holdings()["upcoming_holdings"],
        "past_holdings": lambda: holdings()["past_holdings"],
        "deputy": deputy,
        "deputy_holdings": deputy_holdings,
        "deputy_for": visible.filter(deputy=position).select_related("organization"),
        "offers": offers_for(request.user, network).filter(positions=position),
        "thematic_fields": ThematicField.objects.filter(network=network, positions=position),
        "holder_changes": lambda: holder_changes(position),
        **record_history(request, position, "directory.change_position"),
        "can_change": request.user.has_perm("directory.change_position", position),
        "can_manage_holdings": request.user.has_perm("directory.manage_holdings", position),
        "today": timezone.localdate(),
        **fragment_context(),
    }
    return render(request, "directory/position_detail.html", context)


@require_http_methods(["GET", "POST"])
def position_create(request: HttpRequest, organization_pk: int) -> HttpResponse:
    network = network_of(request)
    organization = get_visible_or_404(organizations_for(request.user, network), pk=organization_pk)
    require(request, "directory.add_position", organization)
    form = PositionForm(request.POST or None, network=network, organization=organization)
    if request.method == "POST" and form.is_valid():
        position = form.save()
        messages.success(
            request, _("The position was created. Now assign the person who holds it (“Assign person”).")
        )
        return redirect(position.url_in(network))
    return render(
        request,
        "directory/position_form.html",
        {"network": network, "organization": organization, "position": None, "form": form},
    )


@require_http_methods(["GET", "POST"])
def position_edit(request: HttpRequest, pk: int) -> HttpResponse:
    network = network_of(request)
    position = get_visible_or_404(positions_for(request.user, network).select_related("organization"), pk=pk)
    require(request, "directory.change_position", position)
    form = PositionForm(
        request.POST or None, instance=position, network=network, organization=position.organization
    )
    conflict = None
    if request.method == "POST" and form.is_valid():
        outcome = save_edit(form=form)
        if outcome.saved:
            report_saved(request, outcome, _("The changes to the position were saved."))
            return redirect(position.url_in(network))
        conflict = outcome
        form = PositionForm(
            instance=outcome.record,
            initial=outcome.kept_input,
            network=network,
            organization=position.organization,
        )
    context = {
        "network": network,
        "organization": position.organization,
        "position": position,
        "form": form,
        "conflict": conflict,
        "discard_url": position.url_in(network),
    }
    return render(request, "directory/position_form.html", context)


@require_http_methods(["GET", "POST"])
def position_hand_over(request: HttpRequest, pk: int) -> HttpResponse:
    network = network_of(request)
    position = get_visible_or_404(positions_for(request.user, network).select_related("organization"), pk=pk)
    require(request, "directory.manage_holdings", position)
    form = HandOverForm(request.POST or None, persons=persons_for(request.user, network))
    if request.method == "POST" and form.is_valid():
        try:
            # A new person is only kept if the hand-over succeeds.
            with transaction.atomic():
                person = form.save_person()
                holding = hand_over_position(
                    position=position,
                    person=person,
                    start_date=form.cleaned_data["start_date"],
                    by=request.user,
                    keep_current_holders=form.cleaned_data["keep_current_holders"],
                )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request,
                _("%(name)s holds the position from %(date)s.")
                % {"name": holding.person.name, "date": _date(holding.start_date)},
            )
            return redirect(position.url_in(network))
    return render(
        request,
        "directory/position_hand_over.html",
        {
            "network": network,
            "position": position,
            "form": form,
            "current_holdings": position.holdings.current().select_related("person"),
        },
    )


@require_http_methods(["GET", "POST"])
def holding_end(request: HttpRequest, pk: int, holding_pk: int) -> HttpResponse:
    network = network_of(request)
    position = get_visible_or_404(positions_for(request.user, network).select_related("organization"), pk=pk)
    holding = get_visible_or_404(position.holdings.select_related("person"), pk=holding_pk)
    require(request, "directory.manage_holdings", position)
    form = EndHoldingForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            end_position_holding(holding=holding, end_date=form.cleaned_data["end_date"], by=request.user)
        except ValidationError as error:
            form.add_error("end_date", error)
        else:
            messages.success(
                request,
                _("%(name)s holds the position until %(date)s.")
                % {"name": holding.person.name, "date": _date(form.cleaned_data["end_date"])},
            )
            return redirect(position.url_in(network))
    return render(
        request,
        "directory/holding_end.html",
        {"network": network, "position": position, "holding": holding, "form": form},
    )


# --- Holder history ----------------------------------------------------------------------------------


@dataclass
class HolderChange:
    when: datetime
    who: Any
    text: str


def _holding_text(record: Any, before: Any, name: str) -> str:
    if record.history_type == "+":
        if record.start_date:
            return _("%(name)s holds the position from %(date)s") % {
                "name": name,
                "date": _date(record.start_date),
            }
        return _("%(name)s was entered as holder") % {"name": name}
    if record.history_type == "-":
        return _("%(name)s was removed from the list of holders") % {"name": name}
    if before is not None and before.end_date != record.end_date and record.end_date:
        return _("%(name)s holds the position until %(date)s") % {
            "name": name,
            "date": _date(record.end_date),
        }
    return _("Period of %(name)s changed to %(start)s – %(end)s") % {
        "name": name,
        "start": _date(record.start_date),
        "end": _date(record.end_date),
    }


def holder_changes(position: Position) -> list[HolderChange]:
    """Who took over, left or was corrected when, and who recorded it; newest first."""
    newest = list(
        PositionHolding.history.filter(position_id=position.pk)  # type: ignore[attr-defined]
        .select_related("history_user")
        .order_by("-history_date", "-history_id")[:HISTORY_LIMIT]
    )
    names = dict(Person.objects.filter(pk__in={r.person_id for r in newest}).values_list("pk", "name"))
    changes = []
    last_record_of: dict[int, Any] = {}
    for record in reversed(newest):  # oldest first, so each change is compared with the one before
        name = names.get(record.person_id, _("a person no longer recorded"))
        text = _holding_text(record, last_record_of.get(record.id), name)
        changes.append(HolderChange(record.history_date, record.history_user, text))
        last_record_of[record.id] = record
    changes.reverse()
    return changes


# --- Persons -----------------------------------------------------------------------------------------


def person_detail(request: HttpRequest, pk: int) -> HttpResponse:
    network = network_of(request)
    person = get_visible_or_404(
        persons_for(request.user, network)
        .select_related("consent_recorded_by")
        .prefetch_related("languages"),
        pk=pk,
    )
    holdings = list(
        person.holdings.filter(position__in=Position.objects.in_network(network).values("pk"))
        .select_related("position__organization")
        .order_by(F("start_date").desc(nulls_last=True))
    )
    context = {
        "network": network,
        "person": person,
        **_split_holdings(holdings),
        "can_change": request.user.has_perm("directory.change_person", person),
    }
    return render(request, "directory/person_detail.html", context)


@require_http_methods(["GET", "POST"])
def person_edit(request: HttpRequest, pk: int) -> HttpResponse:
    network = network_of(request)
    person = get_visible_or_404(persons_for(request.user, network), pk=pk)
    require(request, "directory.change_person", person)
    form = PersonForm(request.POST or None, instance=person)
    conflict = None
    if request.method == "POST" and form.is_valid():

        def save_with_consent(form: Any) -> Person:
            # Judged against the record as it is now (save_edit has locked and re-read it).
            consent_change = form.consent_change
            saved = form.save()
            if consent_change == "record":
                saved = record_public_name_consent(person=saved, by=request.user)
            elif consent_change == "withdraw":
                saved = withdraw_public_name_consent(person=saved, by=request.user)
            return saved

        outcome = save_edit(form=form, save=save_with_consent)
        if outcome.saved:
            saved = _("The details of %(name)s were saved.") % {"name": outcome.record}
            report_saved(request, outcome, saved)
            return redirect("directory:person_detail", network_slug=network.slug, pk=person.pk)
        conflict = outcome
        form = PersonForm(instance=outcome.record, initial=outcome.kept_input)
    context = {
        "network": network,
        "person": person,
        "form": form,
        "conflict": conflict,
        "discard_url": person.url_in(network),
    }
    return render(request, "directory/person_form.html", context)
