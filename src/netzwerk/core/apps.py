from django.utils.translation import gettext_lazy as _

from . import appconfig


class CoreConfig(appconfig.PlatformAppConfig):
    name = "netzwerk.core"
    label = "core"
    verbose_name = _("Platform")
    shared_content = True

    def ready(self) -> None:
        from . import content_cache
        from .history import track_history

        content_cache.connect()
        from .models import Network

        track_history(Network, m2m_fields=["languages"])
        super().ready()
