from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "netzwerk.api"
    label = "api"
    verbose_name = "API"
