"""Network settings and the taxonomies a network's coordinators keep, below /n/<network_slug>/settings/.

Thematic fields and target groups belong to the network. Languages and municipalities are shared by the
installation: coordinators may add missing ones, and edit municipalities of their own area only.
"""

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_POST

from .edit_conflicts import report_saved, save_edit
from .forms_settings import (
    LanguageForm,
    MoveTermForm,
    MunicipalityForm,
    NetworkSettingsForm,
    OfferedLanguagesForm,
    TargetGroupForm,
    TaxonomyTermForm,
    ThematicFieldForm,
)
from .middleware import network_of
from .models import Language, Municipality, NetworkTaxonomy, TargetGroup, ThematicField
from .permissions import network_permission

MUNICIPALITIES_PER_PAGE = 100


@network_permission("core.coordinate_network")
def settings_index(request: HttpRequest) -> HttpResponse:
    """Links to the settings pages the apps registered (`core.registry.settings_pages`)."""
    network = network_of(request)
    return render(request, "core/settings_index.html", {"network": network})


@require_http_methods(["GET", "POST"])
@network_permission("core.change_network")
def network_settings(request: HttpRequest) -> HttpResponse:
    network = network_of(request)
    form = NetworkSettingsForm(request.POST or None, request.FILES or None, instance=network)
    conflict = None
    if request.method == "POST" and form.is_valid():
        outcome = save_edit(form=form)
        if outcome.saved:
            report_saved(request, outcome, _("The network settings were saved."))
            return redirect("core:network_settings", network_slug=network.slug)
        conflict = outcome
        form = NetworkSettingsForm(instance=outcome.record, initial=outcome.kept_input)
    context = {"network": network, "form": form, "conflict": conflict, "discard_url": request.path}
    return render(request, "core/settings_network.html", context)


# --- Thematic fields and target groups ------------------------------------------------------------------


@dataclass(frozen=True)
class TermKind:
    model: type[NetworkTaxonomy]
    form_class: type[TaxonomyTermForm]
    url_name: str
    title: Any
    singular: Any
    introduction: Any


TERM_KINDS = {
    "fields": TermKind(
        ThematicField,
        ThematicFieldForm,
        "core:taxonomy_fields",
        gettext_lazy("Thematic fields"),
        gettext_lazy("thematic field"),
        gettext_lazy("Thematic fields (Handlungsfelder) group offers, positions and organizations by topic."),
    ),
    "target_groups": TermKind(
        TargetGroup,
        TargetGroupForm,
        "core:taxonomy_target_groups",
        gettext_lazy("Target groups"),
        gettext_lazy("target group"),
        gettext_lazy("Target groups say whom an offer is for."),
    ),
}


def _term_kind(kind: str) -> TermKind:
    try:
        return TERM_KINDS[kind]
    except KeyError:
        raise Http404 from None


@network_permission("core.manage_taxonomies")
def taxonomy_terms(request: HttpRequest, kind: str) -> HttpResponse:
    term_kind = _term_kind(kind)
    network = network_of(request)
    terms = term_kind.model.objects.filter(network=network).order_by("position", "name_de", "pk")  # type: ignore[attr-defined]
    return render(
        request,
        "core/taxonomy_terms.html",
        {"network": network, "kind": term_kind, "terms": terms, "url_prefix": term_kind.url_name},
    )


@require_http_methods(["GET", "POST"])
@network_permission("core.manage_taxonomies")
def taxonomy_term_edit(request: HttpRequest, kind: str, pk: int | None = None) -> HttpResponse:
    term_kind = _term_kind(kind)
    network = network_of(request)
    term = None
    if pk is not None:
        term = term_kind.model.objects.filter(network=network, pk=pk).first()  # type: ignore[attr-defined]
        if term is None:
            raise Http404
    form = term_kind.form_class(request.POST or None, instance=term, network=network)
    if request.method == "POST" and form.is_valid():
        saved = form.save()
        message = _("“%(name)s” was saved.") if term else _("“%(name)s” was added.")
        messages.success(request, message % {"name": saved.name_de})
        return redirect(term_kind.url_name, network_slug=network.slug)
    return render(
        request,
        "core/taxonomy_form.html",
        {
            "network": network,
            "form": form,
            "title": (_("Edit %(kind)s") if term else _("Add %(kind)s")) % {"kind": term_kind.singular},
            "back_url_name": term_kind.url_name,
            "back_label": term_kind.title,
        },
    )


@require_POST
@network_permission("core.manage_taxonomies")
def taxonomy_term_move(request: HttpRequest, kind: str, pk: int) -> HttpResponse:
    term_kind = _term_kind(kind)
    network = network_of(request)
    term = term_kind.model.objects.filter(network=network, pk=pk).first()  # type: ignore[attr-defined]
    if term is None:
        raise Http404
    form = MoveTermForm(request.POST)
    if form.is_valid():
        form.save(term)
    return redirect(term_kind.url_name, network_slug=network.slug)


# --- Languages --------------------------------------------------------------------------------------------


@require_http_methods(["GET", "POST"])
@network_permission("core.manage_taxonomies")
def taxonomy_languages(request: HttpRequest) -> HttpResponse:
    """All languages of the installation, and which of them the network offers content in."""
    network = network_of(request)
    form = OfferedLanguagesForm(request.POST or None, instance=network)
    conflict = None
    if request.method == "POST" and form.is_valid():
        outcome = save_edit(form=form)
        if outcome.saved:
            report_saved(request, outcome, _("The languages offered by the network were saved."))
            return redirect("core:taxonomy_languages", network_slug=network.slug)
        conflict = outcome
        form = OfferedLanguagesForm(instance=outcome.record, initial=outcome.kept_input)
    offered = {language.pk for language in form.initial.get("languages", [])}
    languages = Language.objects.order_by("name_de")
    context = {
        "network": network,
        "form": form,
        "languages": languages,
        "offered": offered,
        "conflict": conflict,
        "discard_url": request.path,
    }
    return render(request, "core/taxonomy_languages.html", context)


@require_http_methods(["GET", "POST"])
@network_permission("core.manage_taxonomies")
def taxonomy_language_edit(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    network = network_of(request)
    language = None
    if pk is not None:
        language = Language.objects.filter(pk=pk).first()
        if language is None:
            raise Http404
    form = LanguageForm(request.POST or None, instance=language)
    if request.method == "POST" and form.is_valid():
        saved = form.save()
        message = (
            _("The language “%(name)s” was saved.") if language else _("The language “%(name)s” was added.")
        )
        messages.success(request, message % {"name": saved.name_de})
        return redirect("core:taxonomy_languages", network_slug=network.slug)
    return render(
        request,
        "core/taxonomy_form.html",
        {
            "network": network,
            "form": form,
            "title": _("Edit language") if language else _("Add language"),
            "back_url_name": "core:taxonomy_languages",
            "back_label": gettext_lazy("Languages"),
            "introduction": _(
                "Languages are shared by all networks of this platform. Add a language only if it is missing."
            ),
        },
    )


# --- Municipalities ---------------------------------------------------------------------------------------


@network_permission("core.manage_taxonomies")
def taxonomy_municipalities(request: HttpRequest) -> HttpResponse:
    network = network_of(request)
    municipalities = network.municipalities().order_by("name")
    query = (request.GET.get("q") or "").strip()[:100]
    if query:
        municipalities = municipalities.filter(Q(name__icontains=query) | Q(ags__startswith=query))
    page = Paginator(municipalities, MUNICIPALITIES_PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request,
        "core/taxonomy_municipalities.html",
        {
            "network": network,
            "page": page,
            "q": query,
            "paging_query": urlencode({"q": query}) if query else "",
        },
    )


@require_http_methods(["GET", "POST"])
@network_permission("core.manage_taxonomies")
def taxonomy_municipality_edit(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    network = network_of(request)
    municipality = None
    if pk is not None:
        # Only municipalities of the network's own area; others belong to other networks' coordinators.
        municipality = network.municipalities().filter(pk=pk).first()
        if municipality is None:
            raise Http404
    form = MunicipalityForm(request.POST or None, instance=municipality, network=network)
    if request.method == "POST" and form.is_valid():
        saved: Municipality = form.save()
        message = _("“%(name)s” was saved.") if municipality else _("“%(name)s” was added.")
        messages.success(request, message % {"name": saved.name})
        return redirect("core:taxonomy_municipalities", network_slug=network.slug)
    return render(
        request,
        "core/taxonomy_form.html",
        {
            "network": network,
            "form": form,
            "title": _("Edit municipality") if municipality else _("Add municipality"),
            "back_url_name": "core:taxonomy_municipalities",
            "back_label": gettext_lazy("Municipalities"),
            "introduction": _(
                "Municipalities whose official key starts with %(prefix)s belong to the network's area."
            )
            % {"prefix": network.district_ags},
        },
    )
