"""The API below /api/v1/, mounted like every other app (namespace "api", set by the NinjaAPI)."""

from django.urls import include, path

from .api import api

patterns, _ninja_app_name, app_name = api.urls

urlpatterns = [path("api/v1/", include(patterns))]
