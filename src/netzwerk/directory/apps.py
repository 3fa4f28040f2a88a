from django.utils.translation import gettext_lazy as _

from netzwerk.core import appconfig


class DirectoryConfig(appconfig.PlatformAppConfig):
    name = "netzwerk.directory"
    label = "directory"
    verbose_name = _("Directory")
    shared_content = True

    def ready(self) -> None:
        from . import history, signals  # noqa: F401

        history.register_history()
        super().ready()
