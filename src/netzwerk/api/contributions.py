"""The directory's API routers. They live in this app because they share its schemas and pagination;
a new app registers its own router from its own `contributions.py`."""

from netzwerk.core.registry import ApiRouter, api_routers

from .routers import networks, offers, organizations, positions, taxonomies


def register() -> None:
    for order, (prefix, router) in enumerate(
        [
            ("/networks", networks.router),
            ("/organizations", organizations.router),
            ("/offers", offers.router),
            ("/positions", positions.router),
            ("/", taxonomies.router),
        ]
    ):
        api_routers.register(ApiRouter(f"directory{prefix}", prefix, router, order=order * 10))
