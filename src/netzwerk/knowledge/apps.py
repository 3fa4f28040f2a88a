from django.utils.translation import gettext_lazy as _

from netzwerk.core import appconfig


class KnowledgeConfig(appconfig.PlatformAppConfig):
    name = "netzwerk.knowledge"
    label = "knowledge"
    verbose_name = _("Knowledge base")
    shared_content = True

    def ready(self) -> None:
        from . import rules  # noqa: F401

        super().ready()
