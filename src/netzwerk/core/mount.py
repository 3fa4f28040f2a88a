"""Where every app's pages are mounted: the one place that spells the network prefix.

An app's `urls.py` names its namespace (`app_name`) and lists two kinds of pages:
`urlpatterns` at the site root (the account page, an invitation link) and `network_urlpatterns`, which
live below `/n/<network_slug>/`. The root URLconf mounts every installed project app through
`project_urlpatterns()`, so a new app adds no line there.

Views of network pages never see the slug: `CurrentNetworkMiddleware` resolves it to `request.network`
and removes it from the view's arguments. Reversing still names it (`network_slug=network.slug`).
"""

from importlib import import_module

from django.apps import apps
from django.urls import URLPattern, URLResolver, include, path
from django.utils.module_loading import module_has_submodule

from .appconfig import PlatformAppConfig

NETWORK_SEGMENT = "n"
NETWORK_SLUG_KWARG = "network_slug"
NETWORK_PREFIX = f"{NETWORK_SEGMENT}/<slug:{NETWORK_SLUG_KWARG}>/"


def project_app_configs() -> list[PlatformAppConfig]:
    """The installed apps of the platform (`PlatformAppConfig`), in INSTALLED_APPS order."""
    return [config for config in apps.get_app_configs() if isinstance(config, PlatformAppConfig)]


def project_urlpatterns() -> list[URLPattern | URLResolver]:
    """One namespaced include per project app that has a `urls` module."""
    mounted: list[URLPattern | URLResolver] = []
    for config in project_app_configs():
        if not module_has_submodule(config.module, "urls"):
            continue
        module = import_module(f"{config.name}.urls")
        patterns: list[URLPattern | URLResolver] = list(getattr(module, "urlpatterns", []))
        network_patterns = getattr(module, "network_urlpatterns", [])
        if network_patterns:
            patterns.append(path(NETWORK_PREFIX, include(network_patterns)))
        mounted.append(path("", include((patterns, module.app_name))))
    return mounted
