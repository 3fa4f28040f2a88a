"""The keys of a record's many-to-many relations, read in one query (edit forms and saves need them)."""

from typing import Any

from django.db import connections, router

INTEGER_KEYS = {"AutoField", "BigAutoField", "SmallAutoField", "IntegerField", "BigIntegerField"}


def read_related_keys(
    instance: Any, form_fields: dict[str, Any], given: dict[str, Any]
) -> dict[str, list[Any]]:
    """The keys of the record's many-to-many relations that the form shows, read in one query, so that
    neither Django's model form (its initial values) nor the form's own code reads them again.

    Django reads each relation whole, as records, to take their keys: five queries for the offer form,
    ninety municipalities built for an offer serving the whole district. The keys are handed to the
    relations as Django's prefetching does, as records holding only their key (any other field is
    read on first use); a change to a relation drops them. Relations whose initial value the caller
    gave are left out: that value is not the record's."""
    fields = [
        field
        for field in instance._meta.many_to_many
        if field.name in form_fields
        and field.name not in given
        and field.m2m_target_field_name() == field.related_model._meta.pk.name
        and field.related_model._meta.pk.get_internal_type() in INTEGER_KEYS
    ]
    if not fields:
        return {}
    database = _database_of(instance)
    rows = link_rows(instance, [(field, [field.m2m_reverse_name()]) for field in fields])
    keys = {field.name: [key for (key,) in links] for field, links in zip(fields, rows, strict=True)}
    prefetched = instance.__dict__.setdefault("_prefetched_objects_cache", {})
    for field in fields:
        model = field.related_model
        related = getattr(instance, field.name).get_queryset()  # the relation's own query, not run
        related._result_cache = [
            model.from_db(database, [model._meta.pk.attname], [key]) for key in keys[field.name]
        ]
        related._prefetch_done = True
        prefetched[field.name] = related
    return keys


def link_rows(instance: Any, tables: list[tuple[Any, list[str]]]) -> list[list[tuple[Any, ...]]]:
    """The links of a record in the plain (auto-created) link tables of many-to-many fields, in one query:
    for each (field, columns of its link table), the values of those columns in every link of the record.

    Plain SQL: the ORM compiling a query per table (five for an offer) costs more than running them."""
    connection = connections[_database_of(instance)]
    quote = connection.ops.quote_name
    query = " UNION ALL ".join(
        f"SELECT {index}, {', '.join(quote(column) for column in columns)}"  # noqa: S608 - names from the models
        f" FROM {quote(field.remote_field.through._meta.db_table)}"
        f" WHERE {quote(field.m2m_column_name())} = %s"
        for index, (field, columns) in enumerate(tables)
    )
    rows: list[list[tuple[Any, ...]]] = [[] for _table in tables]
    with connection.cursor() as cursor:
        cursor.execute(query, [instance.pk] * len(tables))
        for index, *values in cursor.fetchall():
            rows[index].append(tuple(values))
    return rows


def _database_of(instance: Any) -> str:
    return instance._state.db or router.db_for_read(type(instance), instance=instance)
