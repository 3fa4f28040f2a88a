from huey.contrib.djhuey import db_task

from . import services


@db_task()
def read_version_text(version_id: int) -> None:
    """Read the text of one uploaded version (after its upload was committed)."""
    services.read_text(version_id=version_id)
