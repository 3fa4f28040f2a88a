from netzwerk.core.registry import NavigationEntry, StartPanel, navigation, start_panels

NOTES_NAV = NavigationEntry(
    "sample_app.notes",
    "Notes",
    "sample_app:notes",
    50,
    permission="core.view_internal",
    sections=("sample_app:*",),
)
NOTES_PANEL = StartPanel(
    "sample_app.notes",
    "Notes",
    "What the network noted.",
    "sample_app:notes",
    50,
    permission="core.view_internal",
)


def register() -> None:
    navigation.register(NOTES_NAV)
    start_panels.register(NOTES_PANEL)
