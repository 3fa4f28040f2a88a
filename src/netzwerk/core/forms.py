"""Form rendering in KERN markup, with an error summary at the top of every bound form with errors.

The project's form renderer (settings.FORM_RENDERER) sets the bound field class, so every form —
our own and allauth's — gets the KERN classes and the ARIA links to hints and errors without per-form
work. Our forms inherit `KernForm`/`KernModelForm`, the place for behaviour all forms share.
"""

import hashlib
from functools import cached_property
from typing import Any

from django import forms
from django.core.cache import cache
from django.core.exceptions import EmptyResultSet
from django.forms.renderers import TemplatesSetting
from django.forms.utils import flatatt
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from . import edit_conflicts
from .content_cache import FRAGMENT_SECONDS, content_version, read_through
from .history import version_read_with_values
from .relations import read_related_keys
from .uploads import LOGO_KINDS, UploadField

CHOICE_WIDGETS = {"checkbox", "checkboxselectmultiple", "radioselect"}
TEXT_WIDGETS = {"text", "email", "url", "number", "tel", "textarea", "password", "date", "datetime", "search"}
WIDGET_CLASSES = {
    "checkbox": "kern-form-check__checkbox",
    "checkboxselectmultiple": "kern-form-check__checkbox",
    "radioselect": "kern-form-check__radio",
    "select": "kern-form-input__select",
    "selectmultiple": "kern-form-input__select",
    "nullbooleanselect": "kern-form-input__select",
}


class KernBoundField(forms.BoundField):
    def build_widget_attrs(self, attrs: dict[str, Any], widget: forms.Widget | None = None) -> dict[str, Any]:
        attrs = super().build_widget_attrs(attrs, widget)
        css = WIDGET_CLASSES.get(self.widget_type, "kern-form-input__input")
        if self.errors:
            css += f" {css}--error"
            attrs["aria-invalid"] = "true"
            described = attrs.get("aria-describedby", "")
            attrs["aria-describedby"] = f"{described} {self.auto_id}_error".strip()
        attrs["class"] = f"{attrs.get('class', '')} {css}".strip()
        return attrs

    def as_field_group(self) -> SafeString:
        # Boxes and choice lists take the template (core/forms/field.html); every other field's group is
        # written here. Text fields are most of a form (the offer form has sixty with its translations),
        # and writing them without two templates each makes the form several times faster.
        if self.widget_type in CHOICE_WIDGETS:
            return super().as_field_group()
        return self._input_field_group()

    def _input_field_group(self) -> SafeString:
        optional = format_html(' <span class="kern-label__optional">– {}</span>', _("optional"))
        label = format_html(
            '<label class="kern-label" for="{}">{}{}</label>',
            self.auto_id,
            self.label,
            "" if self.field.required else optional,
        )
        hint = (
            format_html('<div class="kern-hint" id="{}_helptext">{}</div>', self.auto_id, self.help_text)
            if self.help_text
            else ""
        )
        errors = format_html_join(
            "",
            '<p class="kern-error" id="{}_error"><span class="kern-icon kern-icon--danger kern-icon--small"'
            ' aria-hidden="true"></span><span class="kern-body">{}</span></p>',
            ((self.auto_id, error) for error in self.errors),
        )
        return format_html(
            '<div class="kern-form-input{} form-field">{}{}{}{}</div>',
            " kern-form-input--error" if self.errors else "",
            label,
            hint,
            errors,
            self._widget(),
        )

    def _widget(self) -> SafeString:
        widget = self.field.widget
        if self.widget_type in TEXT_WIDGETS and widget.template_name.startswith("django/forms/widgets/"):
            return self._text_widget()
        if self.widget_type in {"select", "selectmultiple"}:
            return format_html('<div class="kern-form-input__select-wrapper">{}</div>', self.as_widget())
        return self.as_widget()

    def _text_widget(self) -> SafeString:
        """The same tag Django's input.html and textarea.html templates write."""
        widget = self.field.widget
        attrs = self.build_widget_attrs({}, widget)
        if self.auto_id and "id" not in widget.attrs:
            attrs.setdefault("id", self.auto_id)
        context = widget.get_context(self.html_name, self.value(), attrs)["widget"]
        if isinstance(widget, forms.Textarea):
            return format_html(
                '<textarea name="{}"{}>\n{}</textarea>',
                context["name"],
                flatatt(context["attrs"]),
                context["value"] or "",
            )
        value = "" if context["value"] is None else format_html(' value="{}"', str(context["value"]))
        return format_html(
            '<input type="{}" name="{}"{}{}>',
            context["type"],
            context["name"],
            value,
            flatatt(context["attrs"]),
        )

    @cached_property
    def choice_groups(self) -> list[tuple[str | None, list[SafeString]]]:
        """The options of a checkbox or radio list as ready tags, by group where the choices are grouped
        (for example municipalities by district): [(group name or None, options)]; ungrouped options form
        one group. Written here rather than by a template per option: the offer form has 130 of them."""
        widget: Any = self.field.widget  # a choice widget
        id_ = widget.attrs.get("id") or self.auto_id
        attrs = flatatt(self.build_widget_attrs({}, widget))
        chosen = {str(value) for value in widget.format_value(self.value())}
        rows, rows_key = _choice_rows_and_key(self.field)
        shape = (rows_key, id_, self.html_name, widget.input_type, attrs)
        tags = _OPTION_TAGS.get(shape) if rows_key else None
        if tags is None:
            tags = _option_tags(rows, id_=id_, name=self.html_name, input_type=widget.input_type, attrs=attrs)
            if rows_key:
                if len(_OPTION_TAGS) >= OPTION_TAGS_KEPT:
                    _OPTION_TAGS.clear()
                _OPTION_TAGS[shape] = tags
        return [
            (
                group,
                [
                    mark_safe(f"{head}{' checked' if key in chosen else ''}{tail}")
                    for key, head, tail in options
                ],
            )
            for group, options in tags
        ]

    @property
    def choice_count(self) -> int:
        return sum(len(options) for _name, options in self.choice_groups)


def choice_rows(field: forms.Field) -> list[tuple[str | None, list[tuple[str, str]]]]:
    """A field's choices as [(group or None, [(value, label)])]. Choices read from a plain queryset (the
    terms, languages and municipalities of a network) are cached per query and language, and read afresh
    once a row of that model changes: every editor of a network opens the same long lists."""
    return _choice_rows_and_key(field)[0]


def _choice_rows_and_key(field: forms.Field) -> tuple[list[tuple[str | None, list[tuple[str, str]]]], str]:
    """The choice rows and the cache key they are kept under ("" when they are not cached); kept on the
    field for its queryset, since checking and writing a field both ask (the key compiles the query)."""
    queryset = getattr(field, "queryset", None)
    known = vars(field).get("_choice_rows")
    if known is not None and known[0] is queryset and queryset is not None:
        return known[1], known[2]
    rows, key = _read_choice_rows(field, queryset)
    vars(field)["_choice_rows"] = (queryset, rows, key)
    return rows, key


def _read_choice_rows(
    field: forms.Field, queryset: Any
) -> tuple[list[tuple[str | None, list[tuple[str, str]]]], str]:
    explicit = "_choices" in vars(field)  # set by the form, e.g. grouped by district
    # What the form says its queryset depends on (`choice_facts`), else the query's SQL, which costs a
    # compilation per list: the offer form names its five lists, and opening or saving it compiles none.
    facts = getattr(field, "choice_facts", None)
    if queryset is None or explicit or (facts is None and queryset.query.select_related):
        return _grouped(getattr(field, "choices", ())), ""
    model = queryset.model
    try:
        described = f"{model._meta.label}|{facts!r}" if facts is not None else str(queryset.query)
    except EmptyResultSet:
        return [], ""
    fingerprint = hashlib.sha256(f"{described}|{getattr(field, 'empty_label', '')}".encode()).hexdigest()[:32]
    key = f"netzwerk:choices:{fingerprint}:{get_language()}:{content_version(model)}"
    return read_through(key, lambda: _grouped(getattr(field, "choices", ()))), key


# The option tags of cached choice lists, kept in the process: (rows key, id, name, type, attributes) →
# [(group, [(value, tag up to the checked mark, rest of the tag)])]. A new content version makes a new
# rows key, so nothing stale is served; the bound keeps a long-running worker's memory flat.
OPTION_TAGS_KEPT = 256
_OPTION_TAGS: dict[tuple[str, ...], list[tuple[str | None, list[tuple[str, str, str]]]]] = {}


def _option_tags(
    rows: list[tuple[str | None, list[tuple[str, str]]]], *, id_: str, name: str, input_type: str, attrs: str
) -> list[tuple[str | None, list[tuple[str, str, str]]]]:
    groups: list[tuple[str | None, list[tuple[str, str, str]]]] = []
    index = 0
    for group, options in rows:
        tags = []
        for key, label in options:
            option_id = f"{id_}_{index}" if id_ else ""
            head = format_html(
                '<div class="kern-form-check"><input type="{}" name="{}" value="{}"{}{}',
                input_type,
                name,
                key,
                format_html(' id="{}"', option_id) if option_id else "",
                attrs,  # flatatt wrote them escaped (a SafeString)
            )
            tail = format_html('><label class="kern-label" for="{}">{}</label></div>', option_id, label)
            tags.append((key, str(head), str(tail)))
            index += 1
        if groups and group is None and groups[-1][0] is None:
            groups[-1][1].extend(tags)
        else:
            groups.append((group, tags))
    return groups


def _grouped(choices: Any) -> list[tuple[str | None, list[tuple[str, str]]]]:
    """Choices as [(group or None, [(value, label)])] in plain strings (a model choice's value is its
    key), whether they come grouped or not."""
    groups: list[tuple[str | None, list[tuple[str, str]]]] = []
    for value, label in choices:
        if isinstance(label, list | tuple):
            groups.append((str(value), [_plain(option) for option in label]))
        elif groups and groups[-1][0] is None:
            groups[-1][1].append(_plain((value, label)))
        else:
            groups.append((None, [_plain((value, label))]))
    return groups


def _plain(choice: tuple[Any, Any]) -> tuple[str, str]:
    value, label = choice
    return str(getattr(value, "value", value)), str(label)


class KernFormRenderer(TemplatesSetting):
    form_template_name = "core/forms/form.html"
    field_template_name = "core/forms/field.html"
    bound_field_class = KernBoundField


class KernForm(forms.Form):
    pass


class KernModelForm(forms.ModelForm):
    """Editing a record that keeps a history carries the version it was loaded from, so that a save
    after someone else's change is merged or shown as a conflict (`core.edit_conflicts.save_edit`).

    `reads_models`: the models whose rows a form's choices and layout are made of; a form that names
    them can be opened as a `CachedEditForm`."""

    reads_models: tuple[type[Any], ...] = ()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        instance: Any = kwargs.get("instance")
        versioned = (
            instance is not None and instance.pk is not None and edit_conflicts.keeps_history(type(instance))
        )
        bound = bool(args and args[0] is not None) or kwargs.get("data") is not None
        initial = dict(kwargs.get("initial") or {})
        if versioned and not bound and edit_conflicts.VERSION_FIELD not in initial:
            read_with_values = version_read_with_values(instance)
            if read_with_values is not None:
                initial[edit_conflicts.VERSION_FIELD] = read_with_values
            else:
                # The version is read before the values the form shows: a save in between then looks
                # like a conflict at worst, never like an older text carrying a newer version.
                initial[edit_conflicts.VERSION_FIELD] = edit_conflicts.record_version(instance)
                instance.refresh_from_db()
            kwargs["initial"] = initial
        self.related_keys: dict[str, list[Any]] = {}
        if instance is not None and instance.pk is not None:
            self.related_keys = read_related_keys(instance, self.base_fields, kwargs.get("initial") or {})
        super().__init__(*args, **kwargs)
        if versioned:
            self.fields[edit_conflicts.VERSION_FIELD] = edit_conflicts.version_field()

    # Many-to-many fields whose chosen keys equal the stored ones (`save_edit` reads them under its lock):
    # saving leaves them alone, where Django's `set()` would read each list again to find nothing to do.
    unchanged_relations: frozenset[str] = frozenset()

    def _save_m2m(self) -> None:
        skipped = {
            name: self.cleaned_data.pop(name)
            for name in self.unchanged_relations
            if name in self.cleaned_data
        }
        try:
            super()._save_m2m()  # type: ignore[misc]  # Django's own step of save(), not in the stubs
        finally:
            self.cleaned_data.update(skipped)


class CachedEditForm:
    """The unbound edit form of a record, rendered once per record version, language and scope.

    Opening an edit form changes nothing, and most openings show a version someone opened before: the
    offer form (sixty text fields, 130 boxes) costs more to build and write than the rest of its page.
    The HTML is cached under the record's version (`core.edit_conflicts.record_version`), the language,
    the form's scope (the network and organization its choices come from) and the content versions of
    the models its choices and layout read (`form_class.reads_models`), so any change to the record or
    to those lists renders afresh. Only `{{ form }}` is served from it; the form is built on a miss.
    """

    def __init__(self, form_class: type["KernModelForm"], *, instance: Any, **kwargs: Any) -> None:
        self.form_class = form_class
        self.instance = instance
        self.kwargs = kwargs

    def cache_key(self, version: int) -> str:
        scope = ":".join(
            f"{name}={getattr(value, 'pk', value)}" for name, value in sorted(self.kwargs.items())
        )
        read = ",".join(str(content_version(model)) for model in self.form_class.reads_models)
        return ":".join(
            (
                "netzwerk:edit-form",
                f"{self.form_class.__module__}.{self.form_class.__qualname__}",
                str(self.instance.pk),
                str(version),
                get_language() or "",
                hashlib.sha256(f"{scope}|{read}".encode()).hexdigest()[:32],
            )
        )

    def render(self) -> SafeString:
        # A record loaded `with_version` carries the version its values were read with; otherwise the
        # values are read again after the version, as KernModelForm does when it reads the version
        # itself: a save in between then shows as a conflict, never as older text with a newer version.
        version = version_read_with_values(self.instance)
        values_are_current = version is not None
        if version is None:
            version = edit_conflicts.record_version(self.instance)
        key = self.cache_key(version)
        html = cache.get(key)
        if html is None:
            if not values_are_current:
                self.instance.refresh_from_db()
            initial = {edit_conflicts.VERSION_FIELD: version}
            html = str(self.form_class(instance=self.instance, initial=initial, **self.kwargs))
            cache.set(key, html, FRAGMENT_SECONDS)
        return mark_safe(html)  # the form's own rendering, escaped when it was written

    __str__ = __html__ = render


class KeyMultipleChoiceField(forms.ModelMultipleChoiceField):
    """A many-to-many choice whose cleaned value is the list of chosen keys, checked against the offered
    choices that the form showed (`choice_rows`, cached per query and content version).

    Django's field reads the chosen records to check them, and a form that keeps a record's choices
    from outside its list reads them again; saving needs only the keys (`set()` takes them). The offer
    form has five such lists, and checking them by key spares a save nine queries."""

    def clean(self, value: Any) -> Any:
        if self.to_field_name:
            return super().clean(value)
        if not value:
            if self.required:
                raise forms.ValidationError(self.error_messages["required"], code="required")
            return []
        if not isinstance(value, list | tuple):
            raise forms.ValidationError(self.error_messages["invalid_list"], code="invalid_list")
        queryset: Any = self.queryset
        key_field = queryset.model._meta.pk
        offered = self.offered_keys()
        keys = []
        for item in value:
            try:
                key = key_field.to_python(item)
            except forms.ValidationError:
                raise forms.ValidationError(
                    self.error_messages["invalid_pk_value"], code="invalid_pk_value", params={"pk": item}
                ) from None
            if str(key) not in offered:
                raise forms.ValidationError(
                    self.error_messages["invalid_choice"], code="invalid_choice", params={"value": item}
                )
            if key not in keys:
                keys.append(key)
        self.run_validators(keys)
        return keys

    def offered_keys(self) -> set[str]:
        return {key for _group, options in choice_rows(self) for key, _label in options}


class LogoField(UploadField):
    """A logo: PNG, JPEG or WebP up to `settings.NETZWERK_LOGO_MAX_BYTES`, stored re-encoded."""

    kinds = LOGO_KINDS
    limit_setting = "NETZWERK_LOGO_MAX_BYTES"

    def to_python(self, data: Any) -> Any:
        checked = super().to_python(data)
        return checked.content if checked is not None else None
