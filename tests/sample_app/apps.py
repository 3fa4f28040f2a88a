from netzwerk.core import appconfig


class SampleAppConfig(appconfig.PlatformAppConfig):
    """A small app used only by tests: it shows that a new app needs no edit outside itself."""

    name = "tests.sample_app"
    label = "sample_app"
