"""What /healthz reports: the database answers, and the worker has shown a sign of life lately."""

import time

from django.db import DatabaseError, connection

HEARTBEAT_KEY = "netzwerk:worker-heartbeat"
HEARTBEAT_MAX_AGE_SECONDS = 150


def database_status() -> str:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return "unavailable"
    return "ok"


def worker_status() -> str:
    from huey.contrib.djhuey import HUEY

    if HUEY.immediate:
        return "ok"  # tasks run inline, there is no separate worker to wait for
    try:
        beat = HUEY.get(HEARTBEAT_KEY, peek=True)
    except Exception:
        return "unavailable"
    if beat is None:
        return "unknown"
    return "ok" if time.time() - float(beat) <= HEARTBEAT_MAX_AGE_SECONDS else "stale"


def check() -> dict[str, str]:
    database = database_status()
    worker = worker_status()
    status = "ok" if database == "ok" and worker == "ok" else ("error" if database != "ok" else "degraded")
    return {"status": status, "database": database, "worker": worker}
