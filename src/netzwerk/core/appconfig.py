"""The base of every app of the platform.

Import the module, not the class (`from netzwerk.core import appconfig`): Django picks an app's config
from the AppConfig subclasses named in its `apps.py`, and a second one there would make it fall back to
a bare AppConfig.
"""

from importlib import import_module

from django.apps import AppConfig
from django.utils.module_loading import module_has_submodule


class PlatformAppConfig(AppConfig):
    """`core.mount` mounts the URLs of these apps (and only these), and `ready()` lets the app fill the
    registries of `core.registry` through the `register()` function of its `contributions` module.
    Registration is idempotent, because tests may run `ready()` more than once.

    `shared_content`: the app's records appear in fragments cached for all readers of a network (see
    `core.content_cache`); any change to them makes those fragments render afresh.
    """

    shared_content = False

    def ready(self) -> None:
        if module_has_submodule(self.module, "contributions"):
            import_module(f"{self.name}.contributions").register()
