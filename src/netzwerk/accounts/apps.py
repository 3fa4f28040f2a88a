from django.utils.translation import gettext_lazy as _

from netzwerk.core import appconfig


class AccountsConfig(appconfig.PlatformAppConfig):
    name = "netzwerk.accounts"
    label = "accounts"
    verbose_name = _("Accounts and roles")

    def ready(self) -> None:
        from netzwerk.core.history import track_history

        from .models import Membership

        # Who gave whom which role, and when a membership ended, must stay traceable.
        track_history(Membership, m2m_fields=["organizations"])
        super().ready()
