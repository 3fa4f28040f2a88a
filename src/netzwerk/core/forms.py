"""Form rendering in KERN markup, with an error summary at the top of every bound form with errors.

The project's form renderer (settings.FORM_RENDERER) sets the bound field class, so every form —
our own and allauth's — gets the KERN classes and the ARIA links to hints and errors without per-form
work. Our forms inherit `KernForm`/`KernModelForm`, the place for behaviour all forms share.
"""

from functools import cached_property
from typing import Any

from django import forms
from django.conf import settings
from django.forms.boundfield import BoundWidget
from django.forms.renderers import TemplatesSetting
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from . import edit_conflicts

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

    @cached_property
    def choice_groups(self) -> list[tuple[str | None, list[BoundWidget]]]:
        """The options of a checkbox or radio list, by group where the choices are grouped (for example
        municipalities by district): [(group name or None, options)]; ungrouped options form one group."""
        id_ = self.field.widget.attrs.get("id") or self.auto_id
        attrs = self.build_widget_attrs({"id": id_} if id_ else {})
        widget: Any = self.field.widget  # a choice widget: it has optgroups()
        groups: list[tuple[str | None, list[BoundWidget]]] = []
        value = widget.format_value(self.value())
        for name, options, _index in widget.optgroups(self.html_name, value, attrs):
            bound = [BoundWidget(widget, option, self.form.renderer) for option in options]
            if groups and name is None and groups[-1][0] is None:
                groups[-1][1].extend(bound)
            else:
                groups.append((name, bound))
        return groups

    @property
    def choice_count(self) -> int:
        return sum(len(options) for _name, options in self.choice_groups)


class KernFormRenderer(TemplatesSetting):
    form_template_name = "core/forms/form.html"
    field_template_name = "core/forms/field.html"
    bound_field_class = KernBoundField


class KernForm(forms.Form):
    pass


class KernModelForm(forms.ModelForm):
    """Editing a record that keeps a history carries the version it was loaded from, so that a save
    after someone else's change is merged or shown as a conflict (`core.edit_conflicts.save_edit`)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        instance: Any = kwargs.get("instance")
        versioned = (
            instance is not None and instance.pk is not None and edit_conflicts.keeps_history(type(instance))
        )
        bound = bool(args and args[0] is not None) or kwargs.get("data") is not None
        initial = dict(kwargs.get("initial") or {})
        if versioned and not bound and edit_conflicts.VERSION_FIELD not in initial:
            # The version is read before the values the form shows: a save in between then looks like a
            # conflict at worst, never like an older text carrying a newer version (a silent overwrite).
            initial[edit_conflicts.VERSION_FIELD] = edit_conflicts.record_version(instance)
            instance.refresh_from_db()
            kwargs["initial"] = initial
        super().__init__(*args, **kwargs)
        if versioned:
            self.fields[edit_conflicts.VERSION_FIELD] = edit_conflicts.version_field()


class LogoField(forms.ImageField):
    """An image upload accepted only in `formats` (judged by the content, not the name) and only up to
    `settings.NETZWERK_LOGO_MAX_BYTES`."""

    formats = frozenset({"PNG", "JPEG", "WEBP"})
    format_message = _("The logo must be a PNG, JPEG or WebP image; this file is not one of them.")

    def to_python(self, data: Any) -> Any:
        if data in self.empty_values:
            return None
        limit = settings.NETZWERK_LOGO_MAX_BYTES
        if getattr(data, "size", 0) > limit:
            # Checked before decoding, so an oversized upload costs no image parsing.
            raise forms.ValidationError(
                _("The logo is %(size)s large; at most %(limit)s are allowed. Please upload a smaller file."),
                code="file_too_large",
                params={"size": filesizeformat(data.size), "limit": filesizeformat(limit)},
            )
        # Django's ImageField decodes and verifies the file with Pillow, whatever its name says.
        checked = super().to_python(data)
        image_format = getattr(getattr(checked, "image", None), "format", None)
        if image_format not in self.formats:
            raise forms.ValidationError(self.format_message, code="invalid_image_format")
        return checked
