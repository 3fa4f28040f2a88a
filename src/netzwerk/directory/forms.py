"""Forms of the directory pages: the filter of the directory list and the edit forms of its records."""

import copy
import hashlib
from dataclasses import dataclass
from functools import cached_property
from typing import Any, NamedTuple, cast

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db.models import Model, Q, QuerySet, URLField
from django.template.defaultfilters import filesizeformat
from django.utils.text import capfirst
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from netzwerk.core.content_cache import FRAGMENT_SECONDS, content_version, read_through
from netzwerk.core.content_language import SOURCE_LANGUAGE, text_direction
from netzwerk.core.forms import KernForm, KernModelForm, KeyMultipleChoiceField, LogoField
from netzwerk.core.models import Language, Municipality, Network, TargetGroup, ThematicField

from .models import (
    Location,
    Offer,
    OfferQuerySet,
    OfferStatus,
    Organization,
    OrganizationKind,
    OrganizationStatus,
)


def _formfield(model_field: Any, **kwargs: Any) -> Any:
    if isinstance(model_field, URLField):
        kwargs.setdefault("assume_scheme", "https")  # people type “www.example.org”
    return model_field.formfield(**kwargs)


def content_languages(network: Network) -> list[tuple[str, str]]:
    """The languages a network keeps its public texts in, German (the source) first.

    Only languages with translation columns (settings.LANGUAGES) can be kept; others are ignored.
    """
    offered = _offered_language_codes(network)
    return [
        (code, str(name)) for code, name in settings.LANGUAGES if code == SOURCE_LANGUAGE or code in offered
    ]


def _offered_language_codes(network: Network) -> list[str]:
    """Read once per change of any network's languages (every edit form asks)."""
    return read_through(
        f"netzwerk:content-languages:{network.pk}:{content_version(Network.languages.through)}",
        lambda: list(network.languages.values_list("code", flat=True)),
    )


# --- Directory filter -------------------------------------------------------------------------------


def _contains(text: str, *, translated: tuple[str, ...] = (), plain: tuple[str, ...] = ()) -> Q:
    """icontains over every language column of the translated fields, so a German word finds a German
    text while the interface is English, and over the plain fields."""
    condition = Q()
    for name in translated:
        for code, _name in settings.LANGUAGES:
            condition |= Q(**{f"{name}_{code}__icontains": text})
    for name in plain:
        condition |= Q(**{f"{name}__icontains": text})
    return condition


class DirectoryFilterForm(KernForm):
    """The GET filter of the directory list. Invalid values are reported and otherwise ignored."""

    q = forms.CharField(
        label=_("Search"),
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"type": "search", "autocomplete": "off"}),
        help_text=_("Words in the title or description of an offer, or the name of an organization."),
    )
    thematic_field: "forms.ModelChoiceField[Any]" = forms.ModelChoiceField(
        label=_("Thematic field"),
        queryset=ThematicField.objects.none(),
        required=False,
        to_field_name="slug",
        empty_label=_("All thematic fields"),
    )
    target_group: "forms.ModelChoiceField[Any]" = forms.ModelChoiceField(
        label=_("Target group"),
        queryset=TargetGroup.objects.none(),
        required=False,
        to_field_name="slug",
        empty_label=_("All target groups"),
    )
    language: "forms.ModelChoiceField[Any]" = forms.ModelChoiceField(
        label=_("Language"),
        queryset=Language.objects.none(),
        required=False,
        to_field_name="code",
        empty_label=_("All languages"),
    )
    municipality: "forms.ModelChoiceField[Any]" = forms.ModelChoiceField(
        label=_("Municipality"),
        queryset=Municipality.objects.none(),
        required=False,
        to_field_name="ags",
        empty_label=_("All municipalities"),
    )
    kind = forms.ChoiceField(
        label=_("Type of organization"),
        choices=[("", _("All types")), *OrganizationKind.choices],
        required=False,
    )
    show_ended = forms.BooleanField(
        label=_("Also show ended offers and dissolved organizations"), required=False
    )

    def __init__(
        self, data: Any, *, network: Network, visible_offers: QuerySet[Offer], sees_internal: bool
    ) -> None:
        super().__init__(data)
        self.network = network
        self.visible_offers = visible_offers
        self._choices_loaded = False
        if not sees_internal:
            del self.fields["show_ended"]  # the public never sees ended offers

    # The options are built only when needed: to check a chosen value, or to render the form. Usually
    # neither happens, since most visitors filter nothing and the rendered form comes from the cache.
    CHOICE_FIELDS = ("thematic_field", "target_group", "language", "municipality")

    def _load_choices(self) -> None:
        if self._choices_loaded:
            return
        self._choices_loaded = True
        network = self.network
        _model_choice(self, "thematic_field").queryset = ThematicField.objects.filter(
            network=network, is_active=True
        )
        _model_choice(self, "target_group").queryset = TargetGroup.objects.filter(
            network=network, is_active=True
        )
        _model_choice(self, "municipality").queryset = network.municipalities()
        organization_languages = Organization.languages.through.objects.filter(
            organization__in=Organization.objects.in_network(network)
        ).values("language_id")
        _model_choice(self, "language").queryset = Language.objects.filter(
            Q(offers__in=self.visible_offers) | Q(pk__in=organization_languages)
        ).distinct()

    def full_clean(self) -> None:
        if self.is_bound and any(self.data.get(name) for name in self.CHOICE_FIELDS):
            self._load_choices()
        super().full_clean()

    def get_context(self) -> Any:
        # Rendering `{{ form }}` comes through here. (Validation reads each field too, so loading on
        # field access would load the options on every request; templates render the form whole.)
        self._load_choices()
        return super().get_context()

    def values(self) -> dict[str, Any]:
        """The filters that were given and are valid."""
        if not self.is_bound:
            return {}
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value not in (None, "", False)}

    def active_filters(self) -> list[tuple[str, str, str]]:
        """(parameter name, field label, value shown) of every filter in effect."""
        active = []
        for name, value in self.values().items():
            shown = dict(OrganizationKind.choices).get(value, value) if name == "kind" else value
            if name == "show_ended":
                shown = _("yes")
            active.append((name, str(self.fields[name].label), str(shown)))
        return active

    def filter_offers(self, offers: OfferQuerySet) -> OfferQuerySet:
        values = self.values()
        if not values.get("show_ended"):
            offers = offers.exclude(status=OfferStatus.ENDED).exclude(
                organization__status=OrganizationStatus.DISSOLVED
            )
        if text := values.get("q"):
            offers = offers.filter(
                _contains(
                    text,
                    translated=("title", "description"),
                    plain=("organization__name", "organization__short_name"),
                )
            )
        if thematic_field := values.get("thematic_field"):
            offers = offers.filter(pk__in=Offer.objects.filter(thematic_fields=thematic_field).values("pk"))
        if target_group := values.get("target_group"):
            offers = offers.filter(pk__in=Offer.objects.filter(target_groups=target_group).values("pk"))
        if language := values.get("language"):
            offers = offers.filter(pk__in=Offer.objects.filter(languages=language).values("pk"))
        if municipality := values.get("municipality"):
            offers = offers.filter(
                Q(pk__in=Offer.objects.filter(service_area=municipality).values("pk"))
                | Q(pk__in=Offer.objects.filter(locations__municipality=municipality).values("pk"))
            )
        if kind := values.get("kind"):
            offers = offers.filter(organization__kind=kind)
        return offers

    def filter_organizations(self, organizations: QuerySet[Organization]) -> QuerySet[Organization]:
        """Organizations match a filter by their own data or by one of their offers the viewer sees."""
        values = self.values()
        offers = self.visible_offers
        if not values.get("show_ended"):
            organizations = organizations.exclude(status=OrganizationStatus.DISSOLVED)
            offers = offers.exclude(status=OfferStatus.ENDED)

        def with_offers(**lookup: Any) -> Q:
            return Q(pk__in=offers.filter(**lookup).values("organization_id"))

        if text := values.get("q"):
            offer_text = _contains(text, translated=("title", "description"))
            organizations = organizations.filter(
                _contains(text, translated=("description",), plain=("name", "short_name"))
                | Q(pk__in=offers.filter(offer_text).values("organization_id"))
            )
        if thematic_field := values.get("thematic_field"):
            organizations = organizations.filter(
                Q(pk__in=Organization.objects.filter(thematic_fields=thematic_field).values("pk"))
                | with_offers(thematic_fields=thematic_field)
            )
        if target_group := values.get("target_group"):
            organizations = organizations.filter(with_offers(target_groups=target_group))
        if language := values.get("language"):
            organizations = organizations.filter(
                Q(pk__in=Organization.objects.filter(languages=language).values("pk"))
                | with_offers(languages=language)
            )
        if municipality := values.get("municipality"):
            organizations = organizations.filter(
                Q(pk__in=Location.objects.filter(municipality=municipality).values("organization_id"))
                | with_offers(service_area=municipality)
            )
        if kind := values.get("kind"):
            organizations = organizations.filter(kind=kind)
        return organizations


# --- Edit forms --------------------------------------------------------------------------------------


@dataclass
class Fieldset:
    legend: str
    fields: list[forms.BoundField]
    language: str | None = None
    blank_key = ""  # only the markup of a BlankTranslation is shared
    markup_key: str = ""  # where this group's markup is cached, if it is (FieldsetModelForm.markup_key)

    @property
    def is_filled(self) -> bool:
        return any(field.value() not in (None, "", [], ()) for field in self.fields)

    @property
    def is_open(self) -> bool:
        """A translation group stands open when it holds text or an error, and is collapsed otherwise:
        most people write German only, and nine empty languages would bury the form."""
        return self.is_filled or any(field.errors for field in self.fields)


class BlankTranslation:
    """A translation group with no text in the record, the input or the initial values: collapsed and
    the same for every record, so its markup is cached (`blank_key`) and its fields are built only when
    that markup is written. The form leaves such languages out (`FieldsetModelForm.blank_languages`):
    most offers are written in German alone, and the offer form's nine empty languages were fifty-four
    fields to copy, check and write on every opening and save."""

    is_filled = False
    is_open = False

    def __init__(self, form: "FieldsetModelForm", legend: str, language: str) -> None:
        self.form = form
        self.legend = legend
        self.language = language

    @cached_property
    def fields(self) -> list[forms.BoundField]:
        return self.form.blank_translation_fields(self.language)

    @property
    def blank_key(self) -> str:
        """What its markup depends on: the form, the language and its fields, the interface language."""
        form = self.form
        names = ",".join(form.add_prefix(name) for name in form.translation_names(self.language))
        return f"{type(form).__module__}.{type(form).__qualname__}|{self.language}|{get_language()}|{names}"


# A file field shows the stored file's link and name, which its value alone does not say.
MARKUP_UNCACHED_WIDGETS = {"file", "clearablefile"}


def _plain_value(value: Any) -> Any:
    """A shown value as keys and text (a relation's records hold only their key here)."""
    if isinstance(value, list | tuple):
        return [str(getattr(item, "pk", item)) for item in value]
    return str(getattr(value, "pk", value))


def _model_choice(form: forms.BaseForm, name: str) -> "forms.ModelChoiceField[Any]":
    return cast("forms.ModelChoiceField[Any]", form.fields[name])


class FieldsetModelForm(KernModelForm):
    """A model form rendered in titled groups (`{{ form }}` still renders everything, errors first).

    Translated fields: German is the source text, placed in the main groups; every other language the
    network offers gets its own group, with `lang`/`dir` on the inputs for screen readers and RTL.
    Languages without any text are left out of the form and shown as `BlankTranslation` groups; a text
    typed into one of them arrives with the input and brings the language's fields back.
    """

    template_name = "directory/forms/fieldsets.html"
    fieldset_layout: list[tuple[Any, list[str]]] = []
    translated_fields: tuple[str, ...] = ()
    # What besides the network the form's choices and labels depend on (the offer form: the organization,
    # whose locations it lists); with `reads_models`, it lets groups of choices be cached (markup_key).
    cache_scope: tuple[Any, ...] = ()

    def __init__(self, *args: Any, network: Network, **kwargs: Any) -> None:
        self.network = network
        self.languages = content_languages(network)
        offered = {code for code, _name in self.languages}
        self.blank_languages = [
            code
            for code, _name in self.languages
            if code != SOURCE_LANGUAGE and not self._has_text(code, *args, **kwargs)
        ]
        left_out = {
            name
            for code, _name in settings.LANGUAGES
            if code not in offered or code in self.blank_languages
            for name in self.translation_names(code)
        }
        # The fields are copied from `base_fields` for every form; an own, smaller set spares the copies.
        kept = {name: field for name, field in self.base_fields.items() if name not in left_out}
        self.base_fields = kept  # type: ignore[misc]  # an instance's own, read by Django's BaseForm
        super().__init__(*args, **kwargs)
        for code, language_name in settings.LANGUAGES:
            for base, name in zip(self.translated_fields, self.translation_names(code), strict=True):
                if name in self.fields:
                    self._label(self.fields[name], base, code, language_name)

    def translation_names(self, code: str) -> list[str]:
        return [f"{base}_{code}" for base in self.translated_fields]

    def _has_text(self, code: str, data: Any = None, files: Any = None, **kwargs: Any) -> bool:
        """Whether the record, the input or the given initial values hold text in this language."""
        data = kwargs.get("data", data)
        instance = kwargs.get("instance")
        initial = kwargs.get("initial") or {}
        prefix = kwargs.get("prefix")
        for name in self.translation_names(code):
            html_name = f"{prefix}-{name}" if prefix else name
            for value in (
                getattr(instance, name, None),
                initial.get(name),
                data.get(html_name) if data is not None else None,
            ):
                if isinstance(value, str) and value.strip():
                    return True
        return False

    def _label(self, field: forms.Field, base: str, code: str, language_name: Any) -> None:
        base_label = capfirst(getattr(self._meta.model._meta.get_field(base), "verbose_name", base))
        if code == SOURCE_LANGUAGE:
            field.label = base_label
        else:
            field.label = f"{base_label} ({language_name})"
            field.widget.attrs.update({"lang": code, "dir": text_direction(code)})

    def blank_translation_fields(self, code: str) -> list[forms.BoundField]:
        """The empty fields of a language left out of the form, for writing its group."""
        language_name = dict(settings.LANGUAGES)[code]
        bound = []
        for base, name in zip(self.translated_fields, self.translation_names(code), strict=True):
            if name in type(self).base_fields:
                field = copy.deepcopy(type(self).base_fields[name])
                self._label(field, base, code, language_name)
                bound.append(field.get_bound_field(self, name))
        return bound

    def markup_key(self, legend: str, fields: list[forms.BoundField]) -> str:
        """Where a group of fields is cached when an unbound form shows it ("" if it is not).

        The offer form's checkbox lists (130 options) and sixty texts are most of the work of writing
        it, and an edit changes one or two fields: every group is cached under the values it shows,
        the form, the network and scope, the interface language and the content versions of the models
        the choices and labels are read from, so after an edit only the group holding the changed
        field is written again. Groups with a file field are not (their markup shows the stored file).
        """
        if self.is_bound or not self.reads_models or not self.cache_scope:
            return ""
        if any(field.widget_type in MARKUP_UNCACHED_WIDGETS for field in fields):
            return ""
        values = [(field.html_name, _plain_value(field.value())) for field in fields]
        form = f"{type(self).__module__}.{type(self).__qualname__}"
        facts = repr(
            (form, legend, self.network.pk, self.cache_scope, get_language(), self._read_versions, values)
        )
        return hashlib.sha256(facts.encode()).hexdigest()

    @cached_property
    def _read_versions(self) -> list[int]:
        """The content versions of `reads_models`, read once for all groups of the form."""
        return [content_version(model) for model in self.reads_models]

    def get_context(self) -> dict[str, Any]:
        # Empty translation groups are cached as long as the other shared fragments.
        return {**super().get_context(), "fragment_seconds": FRAGMENT_SECONDS}

    def fieldsets(self) -> list[Fieldset | BlankTranslation]:
        placed: set[str] = set()
        groups: list[Fieldset | BlankTranslation] = []
        for legend, names in self.fieldset_layout:
            placed.update(names)
            if bound := [self[name] for name in names if name in self.fields]:
                # Within a group, what must be filled in comes first (a stable sort keeps the rest).
                bound.sort(key=lambda field: not field.field.required)
                groups.append(Fieldset(str(legend), bound, markup_key=self.markup_key(str(legend), bound)))
        for code, language_name in self.languages:
            if code == SOURCE_LANGUAGE:
                continue
            names = self.translation_names(code)
            placed.update(names)
            legend = str(_("Translation: %(language)s") % {"language": language_name})
            if code in self.blank_languages:
                groups.append(BlankTranslation(self, legend, code))
            elif bound := [self[name] for name in names if name in self.fields]:
                groups.append(Fieldset(legend, bound, code, markup_key=self.markup_key(legend, bound)))
        if rest := [field for field in self.visible_fields() if field.name not in placed]:
            groups.append(Fieldset(str(_("Further details")), rest))
        return groups

    def current_ids(self, field_name: str) -> list[int]:
        if not self.instance.pk:
            return []
        if field_name in self.related_keys:
            return self.related_keys[field_name]
        return list(getattr(self.instance, field_name).values_list("pk", flat=True))


def translated_field_names(bases: tuple[str, ...]) -> list[str]:
    return [f"{base}_{code}" for base in bases for code, _name in settings.LANGUAGES]


class DistrictMunicipality(NamedTuple):
    pk: int
    name: str
    district: str


def district_municipalities(network: Network) -> list[DistrictMunicipality]:
    """The municipalities of a network's district, read once per change of any municipality: every
    opening and save of the offer form counts them and checks "whole district" against them."""
    return read_through(
        f"netzwerk:district-municipalities:{network.district_ags}:{content_version(Municipality)}",
        lambda: [
            DistrictMunicipality(*row)
            for row in network.municipalities().order_by("name").values_list("pk", "name", "district")
        ],
    )


def _keep_outside_choices(
    selected: Any, instance: Model, field_name: str, offered: QuerySet[Any]
) -> list[Any]:
    """A shared record may carry terms of another network: editing it here must not drop them."""
    kept = list(selected or [])
    if instance.pk:
        kept += list(getattr(instance, field_name).exclude(pk__in=offered.values("pk")))
    return kept


class OrganizationForm(FieldsetModelForm):
    translated_fields = ("description",)

    class Meta:
        model = Organization
        formfield_callback = _formfield
        fields = [
            "name",
            "short_name",
            "kind",
            "parent",
            "status",
            *translated_field_names(("description",)),
            "website",
            "email",
            "phone",
            "logo",
            "thematic_fields",
            "languages",
            "is_example",
        ]
        field_classes = {"logo": LogoField}
        widgets = {
            "thematic_fields": forms.CheckboxSelectMultiple,
            "languages": forms.CheckboxSelectMultiple,
            "logo": forms.ClearableFileInput(attrs={"accept": "image/png,image/jpeg,image/webp"}),
        }

    fieldset_layout = [
        (_("Organization"), ["name", "short_name", "kind", "parent", "status"]),
        (_("Description"), ["description_de"]),
        (_("Contact"), ["website", "email", "phone"]),
        (_("Logo"), ["logo"]),
        (_("Focus"), ["thematic_fields", "languages"]),
        (_("Publication"), ["is_example"]),
    ]

    def __init__(self, *args: Any, network: Network, **kwargs: Any) -> None:
        super().__init__(*args, network=network, **kwargs)
        self.thematic_field_choices = ThematicField.objects.filter(network=network).filter(
            Q(is_active=True) | Q(pk__in=self.current_ids("thematic_fields"))
        )
        _model_choice(self, "thematic_fields").queryset = self.thematic_field_choices
        _model_choice(self, "languages").queryset = Language.objects.all()
        excluded = self._self_and_units()
        _model_choice(self, "parent").queryset = Organization.objects.filter(
            Q(pk__in=Organization.objects.in_network(network).values("pk")) | Q(pk=self.instance.parent_id)
        ).exclude(pk__in=excluded)
        self.fields["parent"].help_text = _("The organization this one is a unit of, if any.")
        max_bytes = filesizeformat(settings.NETZWERK_LOGO_MAX_BYTES)
        self.fields["logo"].help_text = _("PNG, JPEG or WebP, at most %(size)s.") % {"size": max_bytes}

    def _self_and_units(self) -> set[int]:
        """The organization and every unit below it: none of them can become its parent."""
        if not self.instance.pk:
            return set()
        found = {self.instance.pk}
        frontier = {self.instance.pk}
        while frontier:
            frontier = (
                set(Organization.objects.filter(parent_id__in=frontier).values_list("pk", flat=True)) - found
            )
            found |= frontier
        return found

    def clean_thematic_fields(self) -> list[ThematicField]:
        return _keep_outside_choices(
            self.cleaned_data.get("thematic_fields"),
            self.instance,
            "thematic_fields",
            self.thematic_field_choices,
        )


class OfferForm(FieldsetModelForm):
    translated_fields = ("title", "description", "opening_hours", "costs", "eligibility", "access")
    # The network (its district, municipalities and content languages) and the lists the boxes offer.
    reads_models = (
        Network,
        Network.languages.through,
        ThematicField,
        TargetGroup,
        Language,
        Municipality,
        Location,
    )

    class Meta:
        model = Offer
        formfield_callback = _formfield
        fields = [
            *translated_field_names(
                ("title", "description", "opening_hours", "costs", "eligibility", "access")
            ),
            "thematic_fields",
            "target_groups",
            "languages",
            "service_area",
            "locations",
            "email",
            "phone",
            "website",
            "status",
            "visibility",
            "is_example",
        ]
        widgets = {
            "thematic_fields": forms.CheckboxSelectMultiple,
            "target_groups": forms.CheckboxSelectMultiple,
            "languages": forms.CheckboxSelectMultiple,
            "service_area": forms.CheckboxSelectMultiple,
            "locations": forms.CheckboxSelectMultiple,
        }
        field_classes = dict.fromkeys(
            ("thematic_fields", "target_groups", "languages", "service_area", "locations"),
            KeyMultipleChoiceField,
        )

    whole_district = forms.BooleanField(required=False)

    fieldset_layout = [
        (_("Offer"), ["title_de", "description_de"]),
        (
            _("For whom and where"),
            ["thematic_fields", "target_groups", "languages", "whole_district", "service_area", "locations"],
        ),
        (_("Access"), ["opening_hours_de", "costs_de", "eligibility_de", "access_de"]),
        (_("Contact for this offer"), ["email", "phone", "website"]),
        (_("Publication"), ["status", "visibility", "is_example"]),
    ]

    def __init__(self, *args: Any, network: Network, organization: Organization, **kwargs: Any) -> None:
        super().__init__(*args, network=network, **kwargs)
        self.cache_scope = (organization.pk,)
        self.fields["title_de"].required = True
        offered: dict[str, QuerySet[Any]] = {
            "thematic_fields": ThematicField.objects.filter(network=network).filter(
                Q(is_active=True) | Q(pk__in=self.current_ids("thematic_fields"))
            ),
            "target_groups": TargetGroup.objects.filter(network=network).filter(
                Q(is_active=True) | Q(pk__in=self.current_ids("target_groups"))
            ),
            "service_area": network.municipalities(),
        }
        for name, queryset in offered.items():
            _model_choice(self, name).queryset = queryset
        _model_choice(self, "languages").queryset = Language.objects.all()
        _model_choice(self, "locations").queryset = organization.locations.select_related("municipality")
        # What each list's query depends on besides its model's rows (core.forms.choice_rows).
        facts: dict[str, tuple[Any, ...]] = {
            "thematic_fields": (network.pk, tuple(self.current_ids("thematic_fields"))),
            "target_groups": (network.pk, tuple(self.current_ids("target_groups"))),
            "service_area": (network.district_ags,),
            "languages": (),
            "locations": (organization.pk, content_version(Municipality)),  # "name, municipality"
        }
        for name, depends_on in facts.items():
            self.fields[name].choice_facts = ("OfferForm", name, *depends_on)  # type: ignore[attr-defined]
        self.fields["locations"].help_text = _("The organization's locations where the offer takes place.")
        self.fields["service_area"].help_text = _("Municipalities where people can use the offer.")
        self.district = district_municipalities(network)
        self.fields["whole_district"].label = _("Whole district (%(district)s)") % {
            "district": network.district
        }
        self.fields["whole_district"].help_text = _(
            "All %(count)s municipalities; no need to tick them one by one below."
        ) % {"count": len(self.district)}
        districts = {municipality.district for municipality in self.district}
        if len(districts) > 1:  # a network larger than one district: municipalities by district
            _model_choice(self, "service_area").choices = [
                (name, [(m.pk, m.name) for m in self.district if m.district == name])
                for name in sorted(districts)
            ]
        if self.instance.pk and not self.is_bound:
            served = set(self.current_ids("service_area"))
            self.fields["whole_district"].initial = bool(served) and served >= {m.pk for m in self.district}
        self.fields["visibility"].help_text = _(
            "Public offers are shown to everyone; the others only to members of the network."
        )
        self.fields["email"].help_text = _("Only if it differs from the organization's contact.")

    def _clean_kept(self, name: str, chosen: list[Any] | None = None) -> list[Any]:
        """The chosen keys, and those of the record's choices this network does not offer (terms and
        municipalities of another network that shares the record): editing it here must not drop them."""
        chosen = list(self.cleaned_data.get(name) or []) if chosen is None else chosen
        offered = cast(KeyMultipleChoiceField, self.fields[name]).offered_keys()
        outside = [key for key in self.related_keys.get(name, []) if str(key) not in offered]
        return chosen + outside

    def clean_thematic_fields(self) -> list[Any]:
        return self._clean_kept("thematic_fields")

    def clean_target_groups(self) -> list[Any]:
        return self._clean_kept("target_groups")

    def clean_service_area(self) -> list[Any]:
        return self._clean_kept("service_area")

    def clean(self) -> dict[str, Any]:
        super().clean()
        if self.cleaned_data.get("whole_district"):
            # All of this network's municipalities, and those of other networks a shared offer serves.
            district = [municipality.pk for municipality in self.district]
            self.cleaned_data["service_area"] = self._clean_kept("service_area", district)
        return self.cleaned_data


class LocationForm(KernModelForm):
    class Meta:
        model = Location
        fields = ["name", "street", "postal_code", "municipality", "latitude", "longitude", "accessibility"]

    def __init__(self, *args: Any, network: Network, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _model_choice(self, "municipality").queryset = Municipality.objects.filter(
            Q(pk__in=network.municipalities().values("pk")) | Q(pk=self.instance.municipality_id)
        )
        self.fields["name"].help_text = _("For example “Main office” or “Counselling office Zeitz”.")
        self.fields["latitude"].help_text = _("Decimal degrees, e.g. 51.0459. Leave empty if unknown.")
        self.fields["longitude"].help_text = _("Decimal degrees, e.g. 12.1354. Leave empty if unknown.")
        self.fields["accessibility"].help_text = _("Step-free access, lift, accessible toilet, parking …")
        for name, bound in (("latitude", 90), ("longitude", 180)):
            field = self.fields[name]
            field.validators += [MinValueValidator(-bound), MaxValueValidator(bound)]
            field.widget.attrs.update({"min": -bound, "max": bound})

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or self.cleaned_data
        has_latitude = cleaned.get("latitude") is not None
        has_longitude = cleaned.get("longitude") is not None
        if (
            has_latitude != has_longitude
            and not self.has_error("latitude")
            and not self.has_error("longitude")
        ):
            raise ValidationError(
                _("Enter both latitude and longitude, or neither."), code="incomplete_coordinates"
            )
        return cleaned
