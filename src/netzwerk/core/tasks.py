import time

from huey import crontab
from huey.contrib.djhuey import HUEY, periodic_task

from .health import HEARTBEAT_KEY


@periodic_task(crontab(minute="*"))
def worker_heartbeat() -> None:
    HUEY.put(HEARTBEAT_KEY, time.time())


@HUEY.on_startup()
def announce_worker_start() -> None:
    HUEY.put(HEARTBEAT_KEY, time.time())
