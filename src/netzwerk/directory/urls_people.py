"""Positions (Zuständigkeiten) and persons, below /n/<network_slug>/ (namespace "directory")."""

from django.urls import path

from .views import people

urlpatterns = [
    path("positions/", people.position_list, name="position_list"),
    path("positions/<int:pk>/", people.position_detail, name="position_detail"),
    path("positions/<int:pk>/edit/", people.position_edit, name="position_edit"),
    path("positions/<int:pk>/hand-over/", people.position_hand_over, name="position_hand_over"),
    path("positions/<int:pk>/holdings/<int:holding_pk>/end/", people.holding_end, name="holding_end"),
    path(
        "organizations/<int:organization_pk>/positions/new/",
        people.position_create,
        name="position_create",
    ),
    path("persons/<int:pk>/", people.person_detail, name="person_detail"),
    path("persons/<int:pk>/edit/", people.person_edit, name="person_edit"),
]
