from django.utils.translation import gettext_lazy as _

from . import appconfig


class CoreConfig(appconfig.PlatformAppConfig):
    name = "netzwerk.core"
    label = "core"
    verbose_name = _("Platform")

    def ready(self) -> None:
        from .history import track_history
        from .models import Network

        track_history(Network, m2m_fields=["languages"])
        super().ready()
