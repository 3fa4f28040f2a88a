"""The OpenAPI description and the documentation page, which must not load anything from elsewhere."""

import re

import pytest
from django.contrib.staticfiles import finders
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_schema_is_openapi_3_1_and_lists_every_read_operation(client):
    schema = client.get("/api/v1/openapi.json").json()
    assert schema["openapi"].startswith("3.1.")
    operations = {(path, method) for path, item in schema["paths"].items() for method in item}
    expected_paths = {
        "/api/v1/networks",
        "/api/v1/networks/{slug}",
        "/api/v1/organizations",
        "/api/v1/organizations/{id}",
        "/api/v1/offers",
        "/api/v1/offers/{id}",
        "/api/v1/positions",
        "/api/v1/positions/{id}",
        "/api/v1/thematic-fields",
        "/api/v1/target-groups",
        "/api/v1/languages",
        "/api/v1/municipalities",
        "/api/v1/articles",
        "/api/v1/articles/{id}",
        "/api/v1/collections",
        "/api/v1/documents",
        "/api/v1/documents/{id}",
    }
    assert {path for path, _ in operations} == expected_paths
    assert {method for _, method in operations} == {"get"}
    assert "tokens" in schema["info"]["description"]
    assert schema["components"]["securitySchemes"]["MemberSession"] == {
        "type": "apiKey",
        "in": "cookie",
        "name": "sessionid",
    }
    assert "security" in schema["paths"]["/api/v1/positions"]["get"]
    assert "security" not in schema["paths"]["/api/v1/offers"]["get"]


def test_docs_url_name_used_by_the_footer(client):
    assert reverse("api:openapi-view") == "/api/v1/docs"
    assert reverse("api:openapi-json") == "/api/v1/openapi.json"


def test_docs_page_loads_only_files_of_this_site(client):
    response = client.get("/api/v1/docs")
    assert response.status_code == 200
    html = response.content.decode()
    sources = re.findall(r"<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)=\"([^\"]+)\"", html)
    assert any("swagger-ui-bundle.js" in source for source in sources)
    assert any(source.endswith("api/docs.js") for source in sources)
    foreign = [source for source in sources if re.match(r"^(https?:)?//", source)]
    assert foreign == []
    # Swagger UI is started from a file; the only script element with content is the JSON settings.
    inline_scripts = re.findall(r"<script(?![^>]*\bsrc=)([^>]*)>\s*\S", html)
    assert inline_scripts == [' id="swagger-settings" type="application/json"']
    assert ' style="' not in html
    assert '"validatorUrl": null' in html
    assert "script-src 'self'" in response["Content-Security-Policy"]


def test_docs_page_static_files_are_shipped(client):
    for path in ("ninja/swagger-ui-bundle.js", "ninja/swagger-ui.css", "api/docs.js", "api/docs.css"):
        assert finders.find(path), path


def test_docs_page_has_one_heading_and_a_fallback_without_javascript(client):
    html = client.get("/api/v1/docs").content.decode()
    assert html.count("<h1") == 1
    assert "<noscript>" in html
    assert 'href="/api/v1/openapi.json"' in html
