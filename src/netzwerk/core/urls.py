from django.urls import path

from . import views, views_settings

app_name = "core"

settings_prefix = "settings/"


def _term_urls(segment: str, kind: str, name: str) -> list:
    """List, add, edit and reorder URLs for one kind of network taxonomy term."""
    kwargs = {"kind": kind}
    return [
        path(f"{settings_prefix}{segment}/", views_settings.taxonomy_terms, kwargs, name=name),
        path(
            f"{settings_prefix}{segment}/new/",
            views_settings.taxonomy_term_edit,
            kwargs,
            name=f"{name}_create",
        ),
        path(
            f"{settings_prefix}{segment}/<int:pk>/edit/",
            views_settings.taxonomy_term_edit,
            kwargs,
            name=f"{name}_edit",
        ),
        path(
            f"{settings_prefix}{segment}/<int:pk>/move/",
            views_settings.taxonomy_term_move,
            kwargs,
            name=f"{name}_move",
        ),
    ]


urlpatterns = [
    path("", views.home, name="home"),
    path("healthz", views.healthz, name="healthz"),
    path("media/<path:path>", views.public_media, name="public_media"),
]

network_urlpatterns = [
    path("", views.network_home, name="network_home"),
    path(settings_prefix, views_settings.settings_index, name="settings"),
    path(f"{settings_prefix}network/", views_settings.network_settings, name="network_settings"),
    *_term_urls("thematic-fields", "fields", "taxonomy_fields"),
    *_term_urls("target-groups", "target_groups", "taxonomy_target_groups"),
    path(f"{settings_prefix}languages/", views_settings.taxonomy_languages, name="taxonomy_languages"),
    path(
        f"{settings_prefix}languages/new/",
        views_settings.taxonomy_language_edit,
        name="taxonomy_languages_create",
    ),
    path(
        f"{settings_prefix}languages/<int:pk>/edit/",
        views_settings.taxonomy_language_edit,
        name="taxonomy_languages_edit",
    ),
    path(
        f"{settings_prefix}municipalities/",
        views_settings.taxonomy_municipalities,
        name="taxonomy_municipalities",
    ),
    path(
        f"{settings_prefix}municipalities/new/",
        views_settings.taxonomy_municipality_edit,
        name="taxonomy_municipalities_create",
    ),
    path(
        f"{settings_prefix}municipalities/<int:pk>/edit/",
        views_settings.taxonomy_municipality_edit,
        name="taxonomy_municipalities_edit",
    ),
]
