"""Directory URLs, all below /n/<network_slug>/. Split by area so each module stays small."""

from django.urls import include, path

from .views import directory, locations, offers, organizations

app_name = "directory"

network_urlpatterns = [
    path("directory/", directory.directory, name="directory"),
    path("directory/organizations/", directory.organization_list, name="organization_list"),
    path("organizations/new/", organizations.organization_create, name="organization_create"),
    path("organizations/<int:pk>/", organizations.organization_detail, name="organization_detail"),
    path("organizations/<int:pk>/edit/", organizations.organization_edit, name="organization_edit"),
    path("organizations/<int:pk>/history/", organizations.organization_history, name="organization_history"),
    path("organizations/<int:pk>/offers/new/", offers.offer_create, name="offer_create"),
    path("organizations/<int:pk>/locations/new/", locations.location_create, name="location_create"),
    path("offers/<int:pk>/", offers.offer_detail, name="offer_detail"),
    path("offers/<int:pk>/edit/", offers.offer_edit, name="offer_edit"),
    path("offers/<int:pk>/history/", offers.offer_history, name="offer_history"),
    path("locations/<int:pk>/edit/", locations.location_edit, name="location_edit"),
    path("locations/<int:pk>/delete/", locations.location_delete, name="location_delete"),
    path("", include("netzwerk.directory.urls_people")),
    path("", include("netzwerk.directory.urls_requests")),
]
