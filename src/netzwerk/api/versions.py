"""Record versions over HTTP: the ETag of a record's detail answer is its version
(core.history.record_version, the same number the edit forms carry), so a client can tell whether a
record moved on.

Writing endpoints, once the API has them, take the ETag back in `If-Match` and refuse a write against an
older version with 412 Precondition Failed (`precondition_fails`), as the edit forms show a conflict.
"""

from django.db import models
from django.http import HttpRequest, HttpResponse
from django.utils.http import parse_etags, quote_etag

from netzwerk.core.history import record_version


def version_etag(record: models.Model) -> str:
    return quote_etag(f"{record._meta.model_name}-{record.pk}-v{record_version(record)}")


def add_version_etag(response: HttpResponse, record: models.Model) -> None:
    response.headers["ETag"] = version_etag(record)


def precondition_fails(request: HttpRequest, record: models.Model) -> bool:
    """True when the request's If-Match names neither "*" nor the record's current version."""
    header = request.headers.get("If-Match")
    if header is None:
        return False
    tags = parse_etags(header)
    return "*" not in tags and version_etag(record) not in tags
