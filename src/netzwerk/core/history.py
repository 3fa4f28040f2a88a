"""Change history: registration for every app, and a readable account of what changed (who, when, what).

Models get their history registered from `AppConfig.ready()` instead of a `HistoricalRecords()` class
attribute: django-modeltranslation adds the per-language columns only when apps are ready, and a history
model built earlier would miss them, so a translated edit would leave no trace.
"""

import contextlib
import datetime
import functools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import PurePosixPath
from typing import Any

from django.conf import settings
from django.core.exceptions import ObjectDoesNotExist
from django.db import connections, models
from django.utils import formats, timezone
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from simple_history import register
from simple_history.exceptions import MultipleRegistrationsError
from simple_history.manager import HistoryDescriptor
from simple_history.models import DeletedObject, HistoricalRecords
from simple_history.signals import post_create_historical_m2m_records, pre_create_historical_m2m_records
from simple_history.utils import get_m2m_field_name, get_m2m_reverse_field_name

from .relations import link_rows


class OnceBuiltHistoryDescriptor(HistoryDescriptor):
    """`record.history` with its manager class built once: simple-history builds it anew on every access
    (`from_queryset` with `inspect.getmembers`), a thirtieth of an edit's time where a save and its
    conflict check read the history five times."""

    @functools.cached_property
    def _manager_class(self) -> Any:
        return self.manager_class.from_queryset(self.queryset_class)

    def __get__(self, instance: Any, owner: Any) -> Any:
        return self._manager_class(self.model, instance)


class KeyOnlyHistoricalRecords(HistoricalRecords):
    """simple-history's records, with the many-to-many snapshot of every historical row read as keys.

    The library loads each link row with both of its records joined (an offer serving 90 municipalities
    built 90 offers of 120 columns each on every save: half the cost of saving the offer form). The
    snapshot stores only the keys, so reading the keys writes the same rows; the signals stay as they are.
    """

    def finalize(self, sender: Any, **kwargs: Any) -> None:
        super().finalize(sender, **kwargs)
        built = vars(sender).get(self.manager_name)
        if type(built) is HistoryDescriptor:
            once = OnceBuiltHistoryDescriptor(
                built.model, manager=built.manager_class, queryset=built.queryset_class
            )
            setattr(sender, self.manager_name, once)

    def create_historical_record_m2ms(self, history_instance: Any, instance: models.Model) -> None:
        fields = list(history_instance._history_m2m_fields)
        links = _link_rows(instance, fields)
        for m2m_field in fields:
            m2m_history_model = self.m2m_models[m2m_field]
            columns, values_list = links[m2m_field]
            if self._written_as_plain_rows(m2m_field):
                self._insert_rows(history_instance, m2m_field, values_list)
                continue
            rows = [
                m2m_history_model(history=history_instance, **dict(zip(columns, values, strict=True)))
                for values in values_list
            ]
            signal_arguments = {
                "history_instance": history_instance,
                "instance": instance,
                "field": m2m_field,
            }
            pre_create_historical_m2m_records.send(sender=m2m_history_model, rows=rows, **signal_arguments)
            created = m2m_history_model._default_manager.bulk_create(rows)
            post_create_historical_m2m_records.send(
                sender=m2m_history_model, created_rows=created, **signal_arguments
            )

    def _written_as_plain_rows(self, m2m_field: Any) -> bool:
        """A plain link table whose snapshot rows nobody listens to is written without building them."""
        m2m_history_model = self.m2m_models[m2m_field]
        return (
            _is_plain_link_table(m2m_field.remote_field.through)
            and not pre_create_historical_m2m_records.has_listeners(m2m_history_model)
            and not post_create_historical_m2m_records.has_listeners(m2m_history_model)
        )

    def _insert_rows(self, history_instance: Any, m2m_field: Any, rows: list[tuple[Any, ...]]) -> None:
        """The snapshot rows of a plain link table in one INSERT, as the values read: an offer serving
        the whole district has ninety, and building a record for each cost more than the rest of a save."""
        if not rows:
            return
        connection = connections[history_instance._state.db or "default"]
        quote = connection.ops.quote_name
        through_meta = m2m_field.remote_field.through._meta
        history_meta = self.m2m_models[m2m_field]._meta
        columns = [history_meta.get_field(field.name).column for field in through_meta.concrete_fields]
        columns.append(history_meta.get_field("history").column)
        marks = f"({', '.join(['%s'] * len(columns))})"
        with connection.cursor() as cursor:
            cursor.execute(
                f"INSERT INTO {quote(history_meta.db_table)} ({', '.join(map(quote, columns))})"  # noqa: S608
                f" VALUES {', '.join([marks] * len(rows))}",
                [value for row in rows for value in (*row, history_instance.pk)],
            )


def _is_plain_link_table(through_model: Any) -> bool:
    """A link table Django made for a many-to-many field: a key and the two sides, nothing else."""
    return through_model._meta.auto_created and len(through_model._meta.concrete_fields) == 3


def _link_rows(
    instance: models.Model, fields: list[Any]
) -> dict[Any, tuple[list[str], list[tuple[Any, ...]]]]:
    """The link rows of a record's many-to-many fields: {field: (column names, rows)}. Plain link tables
    (a key and the two sides) are read in one query; a link model with more columns on its own."""
    links: dict[Any, tuple[list[str], list[tuple[Any, ...]]]] = {}
    plain: list[tuple[Any, list[str]]] = []  # (field, database columns of its link table)
    for m2m_field in fields:
        through_model = m2m_field.remote_field.through
        columns = [column.attname for column in through_model._meta.concrete_fields]
        links[m2m_field] = (columns, [])
        if _is_plain_link_table(through_model):
            plain.append((m2m_field, [through_model._meta.get_field(name).column for name in columns]))
        else:
            rows = through_model._default_manager.filter(**{get_m2m_field_name(m2m_field): instance})
            links[m2m_field][1].extend(rows.values_list(*columns))
    if plain:
        for (m2m_field, _columns), rows in zip(plain, link_rows(instance, plain), strict=True):
            links[m2m_field][1].extend(rows)
    return links


def track_history(model: type[models.Model], **options: Any) -> None:
    # ready() can run more than once (tests); the first registration stands.
    with contextlib.suppress(MultipleRegistrationsError):
        register(model, app=model._meta.app_config.name, records_class=KeyOnlyHistoricalRecords, **options)


# One form save writes several historical rows: the save itself and one per many-to-many field that
# changed (simple-history records every m2m_changed signal). Rows of the same person this close together
# are shown as one change; a person cannot submit two edits of the same record within this time.
SAME_SAVE_WINDOW = datetime.timedelta(seconds=10)
_CHUNK = 100

CHANGE_TYPES = {
    "+": ("created", pgettext_lazy("history", "created")),
    "~": ("changed", pgettext_lazy("history", "changed")),
    "-": ("deleted", pgettext_lazy("history", "deleted")),
}


@dataclass(frozen=True)
class FieldChange:
    field: str
    label: str
    old: str | None
    new: str | None


@dataclass
class HistoryEntry:
    date: datetime.datetime
    user_name: str
    change_type: str  # "created", "changed" or "deleted"
    change_type_label: str
    changes: list[FieldChange] = field(default_factory=list)
    user_id: int | None = None

    @property
    def field_labels(self) -> str:
        """The changed fields for a sentence: "Opening hours, description (German)"."""
        labels = [str(change.label) for change in self.changes]
        return capfirst(", ".join(labels)) if labels else ""


def history_entries(record: models.Model, limit: int = 50) -> list[HistoryEntry]:
    """The record's changes, newest first, each with date, person, kind of change and changed fields."""
    manager = getattr(record, "history", None)
    if manager is None:
        return []
    return list(_HistoryReader(manager.model).entries(manager.all(), limit))


VERSION_READ_WITH_VALUES = "history_version_read_with_values"


def with_version(queryset: models.QuerySet[Any]) -> models.QuerySet[Any]:
    """The records with the id of their newest history row, read by the same statement as their values
    (`version_read_with_values`). An edit form opened from such a record needs no second read of the
    version, nor of the values to be sure they are at least as new as the version."""
    model = queryset.model
    history_model = model.history.model
    pk_name = model._meta.pk.name
    newest = (
        history_model._default_manager.filter(**{pk_name: models.OuterRef("pk")})
        .order_by("-history_id")
        .values("history_id")[:1]
    )
    return queryset.annotate(**{VERSION_READ_WITH_VALUES: models.Subquery(newest)})


def version_read_with_values(record: models.Model) -> int | None:
    """The version `with_version` read together with the record's values; None if it was not read so."""
    if VERSION_READ_WITH_VALUES not in vars(record):
        return None
    return vars(record)[VERSION_READ_WITH_VALUES] or 0


def record_version(record: models.Model) -> int:
    """The id of the record's newest history row, 0 without one: every save, many-to-many change and
    deletion writes such a row, whichever code path made it, so this number moves with every change."""
    manager = getattr(record, "history", None)
    if manager is None or record.pk is None:
        return 0
    return manager.aggregate(newest=models.Max("history_id"))["newest"] or 0


def changes_since(
    record: models.Model, version: int, limit: int = 20
) -> tuple[dict[str, Any] | None, list[HistoryEntry]]:
    """The record as history row `version` kept it (`snapshot`) and its changes since, newest first
    (who, when, what), from one read of the rows: that row ends the changes anyway."""
    manager = getattr(record, "history", None)
    if manager is None:
        return None, []
    reader = _HistoryReader(manager.model)
    entries = list(reader.entries(manager.filter(history_id__gte=version), limit, stop_at=version))
    if reader.stopped_at is None:  # more changes than `limit`: the row was not reached
        return snapshot(record, version), entries
    return _snapshot_values(manager.model, reader.stopped_at), entries


def _snapshot_values(history_model: Any, row: Any) -> dict[str, Any]:
    values: dict[str, Any] = {f.name: getattr(row, f.attname) for f in history_model.tracked_fields}
    values.update(row.m2m_ids)
    return values


def snapshot(record: models.Model, version: int) -> dict[str, Any] | None:
    """The record's field values as history row `version` kept them: plain fields by name with their
    stored value (the key for a relation), tracked many-to-many fields as sets of keys; None when
    there is no such row of this record."""
    manager = getattr(record, "history", None)
    if manager is None:
        return None
    row = manager.filter(history_id=version).first()
    if row is None:
        return None
    _HistoryReader(manager.model)._attach_m2m_ids([row])
    return _snapshot_values(manager.model, row)


class _HistoryReader:
    def __init__(self, history_model: type[models.Model]) -> None:
        self.history_model = history_model
        self.model = history_model.instance_type  # type: ignore[attr-defined]
        self.m2m_fields: list[models.ManyToManyField] = list(
            history_model._history_m2m_fields  # type: ignore[attr-defined]
        )
        self.plain_fields = self._plain_field_names()
        self.stopped_at: Any = None  # the row `entries(…, stop_at=…)` stopped at, once reached

    def _plain_field_names(self) -> list[str]:
        # The untranslated column of a translated field holds whatever language was active while saving;
        # the per-language columns (`description_de`, …) say precisely what changed, so only they count.
        translated = _translated_field_names(self.model)
        skipped = {"id", *translated}
        return [
            f.name
            for f in self.history_model.tracked_fields  # type: ignore[attr-defined]
            if f.editable and f.name not in skipped
        ]

    # --- reading ----------------------------------------------------------------------------------

    def _records(self, queryset: models.QuerySet) -> Iterator[Any]:
        """Historical rows newest first, fetched in chunks, each with its m2m target ids attached."""
        ordered = queryset.select_related("history_user").order_by("-history_date", "-history_id")
        offset = 0
        while True:
            chunk = list(ordered[offset : offset + _CHUNK])
            if not chunk:
                return
            self._attach_m2m_ids(chunk)
            yield from chunk
            if len(chunk) < _CHUNK:
                return
            offset += _CHUNK

    def _attach_m2m_ids(self, chunk: Sequence[Any]) -> None:
        """Each row's many-to-many snapshot as sets of keys, read from all snapshot tables in one query
        (plain SQL: the ORM compiling a query per table cost more than running them)."""
        for row in chunk:
            row.m2m_ids = {f.name: set() for f in self.m2m_fields}
        if not chunk or not self.m2m_fields:
            return
        by_id = {row.history_id: row for row in chunk}
        connection = connections[chunk[0]._state.db or "default"]
        quote = connection.ops.quote_name
        marks = ", ".join(["%s"] * len(by_id))
        selects = []
        for index, m2m_field in enumerate(self.m2m_fields):
            # The snapshot model, from simple-history's descriptor without building its manager.
            through = vars(self.history_model)[m2m_field.name].model
            history_column = through._meta.get_field("history").column
            target_column = through._meta.get_field(get_m2m_reverse_field_name(m2m_field)).column
            selects.append(
                f"SELECT {index}, {quote(history_column)}, {quote(target_column)}"  # noqa: S608 - model names
                f" FROM {quote(through._meta.db_table)} WHERE {quote(history_column)} IN ({marks})"
            )
        with connection.cursor() as cursor:
            cursor.execute(" UNION ALL ".join(selects), list(by_id) * len(selects))
            for index, history_id, target_id in cursor.fetchall():
                by_id[history_id].m2m_ids[self.m2m_fields[index].name].add(target_id)

    def entries(
        self, queryset: models.QuerySet, limit: int, stop_at: int | None = None
    ) -> Iterator[HistoryEntry]:
        """Entries newest first; with `stop_at`, only those after that row, which serves as the
        baseline of the oldest one and is never merged into it."""
        produced = 0
        group: list[Any] = []  # rows of one save, newest first
        for row in self._records(queryset):
            if row.history_id == stop_at:
                self.stopped_at = row
                if group and (entry := self._entry(group, baseline=row)) is not None:
                    yield entry
                return
            if group and self._same_save(group, row):
                group.append(row)
                continue
            if group:
                entry = self._entry(group, baseline=row)
                if entry is not None:
                    yield entry
                    produced += 1
                    if produced >= limit:
                        return
            group = [row]
        if group:
            entry = self._entry(group, baseline=None)
            if entry is not None:
                yield entry

    @staticmethod
    def _same_save(group: list[Any], older: Any) -> bool:
        oldest = group[-1]
        return (
            oldest.history_type == "~"
            and group[0].history_type != "-"
            and older.history_type != "-"
            and older.history_user_id == oldest.history_user_id
            and group[0].history_date - older.history_date <= SAME_SAVE_WINDOW
        )

    # --- describing -------------------------------------------------------------------------------

    def _entry(self, group: list[Any], baseline: Any | None) -> HistoryEntry | None:
        newest, oldest = group[0], group[-1]
        if newest.history_type == "-":
            kind = "-"
            changes: list[FieldChange] = []
        elif oldest.history_type == "+":
            kind = "+"
            changes = self._initial_values(newest)
        else:
            kind = "~"
            changes = self._differences(newest, baseline) if baseline is not None else []
            if baseline is not None and not changes:
                return None  # a save that changed nothing the history shows
        change_type, label = CHANGE_TYPES[kind]
        user = newest.history_user
        return HistoryEntry(
            date=newest.history_date,
            user_name=str(user) if user is not None else str(_("system")),
            user_id=newest.history_user_id,
            change_type=change_type,
            change_type_label=str(label),
            changes=changes,
        )

    def _differences(self, newer: Any, older: Any) -> list[FieldChange]:
        changed_m2m = [f.name for f in self.m2m_fields if newer.m2m_ids[f.name] != older.m2m_ids[f.name]]
        # Unchanged m2m fields are left out: simple-history would query both sides of each to find that
        # out, which the ids attached in bulk already tell.
        delta = newer.diff_against(
            older, included_fields=[*self.plain_fields, *changed_m2m], foreign_keys_are_objs=True
        )
        changes = []
        for change in delta.changes:
            model_field = self.model._meta.get_field(change.field)
            if change.field in changed_m2m:
                target = get_m2m_reverse_field_name(model_field)
                old = display_names([row[target] for row in change.old])
                new = display_names([row[target] for row in change.new])
            else:
                old, new = display_value(model_field, change.old), display_value(model_field, change.new)
            if old != new:
                changes.append(FieldChange(change.field, field_label(model_field), old, new))
        return self._in_model_order(changes)

    def _initial_values(self, row: Any) -> list[FieldChange]:
        changes = []
        for name in self.plain_fields:
            model_field = self.model._meta.get_field(name)
            value = _related_or_none(row, name) if model_field.is_relation else getattr(row, name)
            shown = display_value(model_field, value)
            if shown is not None and value is not False:  # an unticked box says nothing at creation
                changes.append(FieldChange(name, field_label(model_field), None, shown))
        for m2m_field in self.m2m_fields:
            if row.m2m_ids[m2m_field.name]:
                target = get_m2m_reverse_field_name(m2m_field)
                rows = getattr(row, m2m_field.name).select_related(target)
                names = display_names([getattr(through_row, target) for through_row in rows])
                changes.append(FieldChange(m2m_field.name, field_label(m2m_field), None, names))
        return self._in_model_order(changes)

    def _in_model_order(self, changes: list[FieldChange]) -> list[FieldChange]:
        order = {f.name: index for index, f in enumerate(self.model._meta.get_fields())}
        return sorted(changes, key=lambda change: order.get(change.field, len(order)))


def _translated_field_names(model: type[models.Model]) -> set[str]:
    try:
        from modeltranslation.translator import NotRegistered, translator
    except ImportError:  # pragma: no cover - modeltranslation is a dependency, but core need not insist
        return set()
    try:
        return set(getattr(translator.get_options_for_model(model), "fields", ()))
    except NotRegistered:
        return set()


def _related_or_none(row: Any, name: str) -> Any:
    try:
        return getattr(row, name)
    except ObjectDoesNotExist:  # the related record has been deleted since
        return None


def field_label(model_field: Any) -> str:
    original = getattr(model_field, "translated_field", None)  # a modeltranslation column
    if original is not None:
        language = dict(settings.LANGUAGES).get(model_field.language, model_field.language)
        return f"{capfirst(original.verbose_name)} ({language})"
    return str(capfirst(getattr(model_field, "verbose_name", model_field.name)))


def display_names(objects: list[Any]) -> str | None:
    names = sorted(str(obj) for obj in objects if obj is not None)
    return ", ".join(names) if names else None


def display_value(model_field: Any, value: Any) -> str | None:  # noqa: PLR0911 - one return per kind of value
    """A stored value as a person reads it: choice labels, names, localized dates, Yes/No."""
    if value is None or value == "" or (isinstance(value, DeletedObject) and value.pk is None):
        return None
    if getattr(model_field, "flatchoices", None):
        return str(dict(model_field.flatchoices).get(value, value))
    if isinstance(value, bool):
        return str(_("Yes") if value else _("No"))
    if isinstance(value, datetime.datetime):
        return formats.date_format(timezone.localtime(value), "SHORT_DATETIME_FORMAT")
    if isinstance(value, datetime.date):
        return formats.date_format(value, "SHORT_DATE_FORMAT")
    if isinstance(value, Decimal | float):
        return formats.localize(value)
    if isinstance(model_field, models.FileField):
        return PurePosixPath(str(value)).name
    # Related objects (or simple-history's DeletedObject stand-in) name themselves.
    return str(value)
