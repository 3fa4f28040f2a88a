"""Membership requests (Aufnahmeanträge), below /n/<network_slug>/ (namespace "directory")."""

from django.urls import path

from .views import requests

urlpatterns = [
    path("join/", requests.request_create, name="request_create"),
    path("join/thanks/", requests.request_thanks, name="request_thanks"),
    path("requests/", requests.request_list, name="request_list"),
    path("requests/<int:pk>/", requests.request_detail, name="request_detail"),
    path("requests/<int:pk>/approve/", requests.request_approve, name="request_approve"),
    path("requests/<int:pk>/reject/", requests.request_reject, name="request_reject"),
]
