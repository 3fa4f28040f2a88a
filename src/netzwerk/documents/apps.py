from django.utils.translation import gettext_lazy as _

from netzwerk.core import appconfig


class DocumentsConfig(appconfig.PlatformAppConfig):
    name = "netzwerk.documents"
    label = "documents"
    verbose_name = _("Documents")
    shared_content = True

    def ready(self) -> None:
        from netzwerk.core.history import track_history

        from . import rules, signals  # noqa: F401
        from .models import Document

        track_history(Document, m2m_fields=["articles", "thematic_fields"])
        super().ready()
