"""What core contributes to the shared registries: the start link, the network list and its settings."""

from django.utils.translation import gettext_lazy as _

from .registry import NavigationEntry, SettingsPage, navigation, settings_pages


def register() -> None:
    navigation.register(NavigationEntry("core.start", _("Start"), "core:network_home", order=0))
    navigation.register(
        NavigationEntry(
            "core.settings",
            _("Settings"),
            "core:settings",
            order=90,
            permission="core.coordinate_network",
            sections=("core:settings", "core:network_settings", "core:taxonomy_*"),
        )
    )
    navigation.register(
        NavigationEntry("core.networks", _("Networks"), "core:home", order=0, scope="platform")
    )
    for page in (
        SettingsPage(
            "core.network",
            _("Name, description, coordination office and logo"),
            "core:network_settings",
            order=10,
            permission="core.change_network",
        ),
        SettingsPage(
            "core.thematic_fields", _("Thematic fields"), "core:taxonomy_fields", 30, "core.manage_taxonomies"
        ),
        SettingsPage(
            "core.target_groups",
            _("Target groups"),
            "core:taxonomy_target_groups",
            31,
            "core.manage_taxonomies",
        ),
        SettingsPage(
            "core.languages", _("Languages"), "core:taxonomy_languages", 32, "core.manage_taxonomies"
        ),
        SettingsPage(
            "core.municipalities",
            _("Municipalities of the network's area"),
            "core:taxonomy_municipalities",
            33,
            "core.manage_taxonomies",
        ),
    ):
        settings_pages.register(page)
