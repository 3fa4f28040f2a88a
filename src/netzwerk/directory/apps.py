from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DirectoryConfig(AppConfig):
    name = "netzwerk.directory"
    label = "directory"
    verbose_name = _("Directory")

    def ready(self) -> None:
        from . import history, signals  # noqa: F401

        history.register_history()
