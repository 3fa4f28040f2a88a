from django.utils.translation import gettext_lazy as _

from netzwerk.core import appconfig


class AccountsConfig(appconfig.PlatformAppConfig):
    name = "netzwerk.accounts"
    label = "accounts"
    verbose_name = _("Accounts and roles")

    def ready(self) -> None:
        from netzwerk.core.content_cache import track_versions
        from netzwerk.core.history import track_history

        from .models import Membership

        # Who gave whom which role, and when a membership ended, must stay traceable.
        track_history(Membership, m2m_fields=["organizations"])
        # Each person's memberships are cached between requests (`roles.memberships_by_network`).
        track_versions(Membership, Membership.organizations.through)
        super().ready()
