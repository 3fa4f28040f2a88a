from django.utils.translation import gettext_lazy as _

from netzwerk.core import appconfig


class DemoConfig(appconfig.PlatformAppConfig):
    name = "netzwerk.demo"
    label = "demo"
    verbose_name = _("Demo data")
