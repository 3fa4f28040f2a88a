"""The API's routers (directory and knowledge base). They live in this app because they share its schemas,
pagination and visibility helpers; an app may also register a router from its own `contributions.py`."""

from netzwerk.core.registry import ApiRouter, api_routers

from .routers import documents, knowledge, networks, offers, organizations, positions, taxonomies


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
    # The knowledge base's articles and collections: /articles, /collections.
    api_routers.register(ApiRouter("knowledge", "/", knowledge.router, order=100))
    api_routers.register(ApiRouter("documents", "/", documents.router, order=110))
