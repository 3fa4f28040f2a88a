from netzwerk.core import appconfig


class ApiConfig(appconfig.PlatformAppConfig):
    name = "netzwerk.api"
    label = "api"
    verbose_name = "API"
