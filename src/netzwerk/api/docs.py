"""The interactive API documentation, served from this site only.

ninja's own Swagger page has no lang attribute, no page frame and no text without JavaScript, and Swagger
UI's default validator badge would load an image from validator.swagger.io. This page frames the same
locally shipped Swagger UI files in the site's layout and starts them from a static file, so it works
under the site's Content Security Policy (`script-src 'self'`, no inline code).
"""

from typing import TYPE_CHECKING, Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from ninja.openapi.docs import DocsBase

if TYPE_CHECKING:
    from ninja import NinjaAPI


class LocalSwagger(DocsBase):
    template = "api/docs.html"
    settings: dict[str, Any] = {
        "layout": "BaseLayout",
        # Deep links put a link inside each operation's toggle button, which screen readers cannot use.
        "deepLinking": False,
        "docExpansion": "list",
        "defaultModelsExpandDepth": 0,
        "supportedSubmitMethods": ["get"],
        # Swagger UI's default sends the schema to validator.swagger.io; no request leaves the site.
        "validatorUrl": None,
    }

    def render_page(self, request: HttpRequest, api: "NinjaAPI", **kwargs: Any) -> HttpResponse:
        openapi_url = self.get_openapi_url(api, kwargs)
        context = {
            "api": api,
            "openapi_url": openapi_url,
            "swagger_settings": {**self.settings, "url": openapi_url},
        }
        return render(request, self.template, context)
