from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "netzwerk.core"
    label = "core"
    verbose_name = _("Platform")

    def ready(self) -> None:
        from .history import track_history
        from .models import Network

        track_history(Network, m2m_fields=["languages"])
