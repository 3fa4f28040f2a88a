"""Form rendering in KERN markup, with an error summary at the top of every bound form with errors.

Every form of the platform inherits `KernFormMixin` (model forms `KernModelForm`), so fields get the
KERN classes and the ARIA links to their hints and errors without per-form work.
"""

from typing import Any

from django import forms
from django.forms.renderers import TemplatesSetting


class KernFormRenderer(TemplatesSetting):
    form_template_name = "core/forms/form.html"
    field_template_name = "core/forms/field.html"


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


class KernFormMixin:
    bound_field_class = KernBoundField


class KernForm(KernFormMixin, forms.Form):
    pass


class KernModelForm(KernFormMixin, forms.ModelForm):
    pass
