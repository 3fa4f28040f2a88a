"""No silent overwrites: every edit form knows the version it was loaded from, and a save against a newer
version is merged where that is safe and shown as a conflict where it is not.

The version is the id of the record's newest history row (`core.history.record_version`). Every write
leaves such a row — form saves, services, imports, the admin, many-to-many changes — so nothing needs to
remember to bump a counter. `KernModelForm` carries it in the hidden field `loaded_version`.

The merge rule, field by field, between the version the form was loaded from (base), the record as it is
now (theirs) and the form's input (yours):
- nobody else changed anything since the form was loaded: the input is saved;
- others changed fields this input leaves as they were: the input is saved and their values are kept;
- both changed the same field to the same value: that is no conflict;
- both changed the same field differently: nothing is saved; the conflict page shows what the others
  changed (who, when, old and new value), keeps the whole input in the form, and a second save applies
  the input on top of their version.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django import forms
from django.contrib import messages
from django.core.exceptions import FieldDoesNotExist
from django.core.files.uploadedfile import UploadedFile
from django.db import models, transaction
from django.db.models.fields.files import FieldFile
from django.forms.models import construct_instance
from django.http import Http404, HttpRequest
from django.utils.translation import gettext_lazy as _

from .history import (
    HistoryEntry,
    changes_since,
    display_names,
    display_value,
    field_label,
    record_version,
)
from .relations import read_related_keys

__all__ = ["VERSION_FIELD", "EditOutcome", "FieldConflict", "record_version", "report_saved", "save_edit"]

VERSION_FIELD = "loaded_version"


def version_field() -> forms.IntegerField:
    # Not required: a form loaded before this field existed is compared against the current state.
    return forms.IntegerField(widget=forms.HiddenInput, required=False, min_value=0)


def keeps_history(model: type[models.Model]) -> bool:
    return hasattr(model, "history")


@dataclass(frozen=True)
class FieldConflict:
    """A field both sides changed differently, as a person reads it."""

    name: str
    label: str
    theirs: str | None
    yours: str | None


@dataclass
class EditOutcome:
    record: models.Model
    saved: bool
    conflicts: list[FieldConflict] = field(default_factory=list)
    kept_from_others: list[str] = field(default_factory=list)  # labels of their fields kept in a merge
    others_changes: list[HistoryEntry] = field(default_factory=list)
    kept_input: dict[str, Any] = field(default_factory=dict)  # initial values of the conflict form
    uploads_to_repeat: list[str] = field(default_factory=list)  # labels of file fields to choose again

    @property
    def others(self) -> str:
        names = sorted({entry.user_name for entry in self.others_changes})
        return ", ".join(names) if names else str(_("someone else"))


def save_edit(
    *, form: forms.ModelForm, save: Callable[[forms.ModelForm], models.Model] | None = None
) -> EditOutcome:
    """Save a valid edit form unless someone changed the same fields since it was loaded.

    `save` does the actual writing (default: `form.save()`) and runs inside the same transaction, after
    the record is locked and `form.instance` is the current record with the input applied."""
    stale = form.instance
    model = type(stale)
    with transaction.atomic():
        # The lock makes check and write one step: on PostgreSQL the row lock, on SQLite the write lock
        # that the IMMEDIATE transaction takes at its start.
        # The version is read by a statement of its own after the lock: on PostgreSQL a row lock that
        # waited returns the row as the other writer committed it, while the rest of its statement (a
        # version subquery, say) still sees the state from before the wait.
        current = model._default_manager.select_for_update().filter(pk=stale.pk).first()
        if current is None:  # deleted meanwhile: the "removed" page, not an error
            raise Http404(f"{model._meta.label} {stale.pk} was deleted while being edited")
        version = record_version(current)
        # The stored keys of its many-to-many fields, read once for the comparison and the write.
        stored = read_related_keys(current, form.fields, {})
        loaded = form.cleaned_data.get(VERSION_FIELD) or version
        names = _model_field_names(form)
        keep_theirs: set[str] = set()
        kept_from_others: list[str] = []
        base, others_changes = changes_since(current, loaded) if loaded < version else (None, [])
        if base is not None:
            theirs, changed_by_you, clashing = _compare(form, current, names, base)
            if clashing:
                return _conflict(
                    form=form,
                    current=current,
                    version=version,
                    names=names,
                    clashing=clashing,
                    changed_by_you=changed_by_you,
                    others_changes=others_changes,
                )
            keep_theirs = theirs - changed_by_you
            kept_from_others = [field_label(_field(form, name)) for name in names if name in keep_theirs]
        record = _apply(form, current, names, keep_theirs, stored, save)
        return EditOutcome(
            record=record,
            saved=True,
            kept_from_others=kept_from_others,
            others_changes=others_changes if kept_from_others else [],
        )


def _apply(  # noqa: PLR0917 - the steps of save_edit hand over what they read under the lock
    form: forms.ModelForm,
    current: models.Model,
    names: list[str],
    keep_theirs: set[str],
    stored: dict[str, list[Any]],
    save: Callable[[forms.ModelForm], models.Model] | None,
) -> models.Model:
    # The input goes onto the freshly read record, so fields outside the form (set by services meanwhile)
    # and fields only the others changed keep their current values.
    # A declared field named like a model field (a consent box) is compared like the others but written
    # by the form's own code from `cleaned_data`, which therefore carries their value too.
    form.instance = current
    written = _written_field_names(form)
    construct_instance(
        form, current, fields=[name for name in names if name in written and name not in keep_theirs]
    )
    for name in keep_theirs:
        form.cleaned_data[name] = _current_value(current, _field(form, name))
    form.__dict__["unchanged_relations"] = frozenset(  # read by core.forms.KernModelForm._save_m2m
        name
        for name, keys in stored.items()
        if name in form.cleaned_data
        and _comparable(_field(form, name), form.cleaned_data[name]) == frozenset(keys)
    )
    return save(form) if save is not None else form.save()


def _compare(
    form: forms.ModelForm, current: models.Model, names: list[str], base: dict[str, Any]
) -> tuple[set[str], set[str], list[str]]:
    """(fields others changed, fields this input changed, fields both changed differently)."""
    now = _values_of(current, names)
    theirs: set[str] = set()
    changed_by_you: set[str] = set()
    clashing: list[str] = []
    for name in names:
        if name not in base:  # a many-to-many field without history: its old state is unknown
            continue
        model_field = _field(form, name)
        before = _comparable(model_field, base[name])
        yours = _comparable(model_field, form.cleaned_data.get(name))
        if before != now[name]:
            theirs.add(name)
        if yours != before:
            changed_by_you.add(name)
            if name in theirs and yours != now[name]:
                clashing.append(name)
    return theirs, changed_by_you, clashing


def _conflict(
    *,
    form: forms.ModelForm,
    current: models.Model,
    version: int,
    names: list[str],
    clashing: list[str],
    changed_by_you: set[str],
    others_changes: list[HistoryEntry],
) -> EditOutcome:
    conflicts = [
        FieldConflict(
            name=name,
            label=field_label(_field(form, name)),
            theirs=_readable(_field(form, name), _current_value(current, _field(form, name))),
            yours=_readable(_field(form, name), form.cleaned_data.get(name)),
        )
        for name in clashing
    ]
    kept_input: dict[str, Any] = {VERSION_FIELD: version}
    uploads_to_repeat = []
    for name in changed_by_you:
        model_field = _field(form, name)
        if isinstance(model_field, models.FileField):
            uploads_to_repeat.append(field_label(model_field))  # a browser cannot be given a file back
        else:
            kept_input[name] = form.cleaned_data.get(name)
    # Form fields that are not model fields (confirmations, shortcuts) keep what was entered as well.
    for name, value in form.cleaned_data.items():
        if name not in kept_input and name != VERSION_FIELD and name not in names:
            kept_input[name] = value
    return EditOutcome(
        record=current,
        saved=False,
        conflicts=conflicts,
        others_changes=others_changes,
        kept_input=kept_input,
        uploads_to_repeat=uploads_to_repeat,
    )


def report_saved(request: HttpRequest, outcome: EditOutcome, message: str) -> None:
    """The success message of a save, and a note when others' changes were kept beside it."""
    messages.success(request, message)
    if outcome.kept_from_others:
        messages.info(
            request,
            _("%(names)s had changed %(fields)s in the meantime; those changes were kept beside yours.")
            % {"names": outcome.others, "fields": ", ".join(outcome.kept_from_others)},
        )


# --- comparing values -------------------------------------------------------------------------------


def _field_or_none(form: forms.ModelForm, name: str) -> Any:
    try:
        return form._meta.model._meta.get_field(name)
    except FieldDoesNotExist:
        return None


def _field(form: forms.ModelForm, name: str) -> Any:
    return form._meta.model._meta.get_field(name)


def _model_field_names(form: forms.ModelForm) -> list[str]:
    """The form's fields that hold a model field's value: those its Meta maps, and declared fields of
    the same name that the form's own code or a service writes (like a consent box)."""
    names = []
    for name in form.fields:
        model_field = _field_or_none(form, name)
        if model_field is not None and (model_field.concrete or model_field.many_to_many):
            names.append(name)
    return names


def _written_field_names(form: forms.ModelForm) -> set[str]:
    """The model fields `construct_instance` may set: those of the form's Meta."""
    meta_fields = form._meta.fields
    mapped = set(form.fields) if meta_fields in (None, forms.ALL_FIELDS) else set(meta_fields)
    return mapped - set(form._meta.exclude or ())


def _current_value(record: models.Model, model_field: Any) -> Any:
    if model_field.many_to_many:
        return list(getattr(record, model_field.name).all())
    if model_field.is_relation:
        return getattr(record, model_field.name)
    return getattr(record, model_field.attname)


def _values_of(record: models.Model, names: list[str]) -> dict[str, Any]:
    meta = record._meta
    values = {}
    for name in names:
        model_field: Any = meta.get_field(name)
        if model_field.many_to_many:
            # Served by the keys `save_edit` read (core.relations) where the relation allows it.
            value: Any = {item.pk for item in getattr(record, name).all()}
        else:
            value = getattr(record, model_field.attname)
        values[name] = _comparable(model_field, value)
    return values


def _comparable(model_field: Any, value: Any) -> Any:  # noqa: PLR0911 - one return per kind of value
    """A value in one form whatever side it comes from: keys for relations, sets for many-to-many,
    file names, and "" for an empty text."""
    if model_field.many_to_many:
        return frozenset(getattr(item, "pk", item) for item in value or ())
    if model_field.is_relation:
        return getattr(value, "pk", value)
    if isinstance(value, UploadedFile):
        return ("upload", id(value))  # a new upload differs from every stored file
    if isinstance(value, FieldFile):
        return value.name or ""
    if isinstance(model_field, models.FileField):
        return value or ""
    if value is None and isinstance(model_field, models.CharField | models.TextField):
        return ""
    return value


def _readable(model_field: Any, value: Any) -> str | None:
    if model_field.many_to_many:
        items = list(value or ())
        if keys := [item for item in items if not isinstance(item, models.Model)]:
            # A form may clean a many-to-many choice to keys (core.forms.KeyMultipleChoiceField).
            records = model_field.related_model._default_manager.filter(pk__in=keys)
            items = [item for item in items if isinstance(item, models.Model)] + list(records)
        return display_names(items)
    if isinstance(value, UploadedFile):
        return value.name
    return display_value(model_field, value)
