"""Document URLs, all below /n/<network_slug>/documents/."""

from django.urls import path

from . import views

app_name = "documents"

DOCUMENT = "documents/<int:pk>/"
VERSION = f"{DOCUMENT}versions/<int:number>/"

network_urlpatterns = [
    path("documents/", views.document_list, name="document_list"),
    path("documents/new/", views.document_create, name="document_create"),
    path("documents/unreadable/", views.unreadable_list, name="unreadable_list"),
    path(DOCUMENT, views.document_detail, name="document_detail"),
    path(f"{DOCUMENT}edit/", views.document_edit, name="document_edit"),
    path(f"{DOCUMENT}delete/", views.document_delete, name="document_delete"),
    path(f"{DOCUMENT}versions/new/", views.version_create, name="version_create"),
    path(f"{VERSION}delete/", views.version_delete, name="version_delete"),
    path(f"{VERSION}download/", views.version_download, name="version_download"),
    path(f"{VERSION}view/", views.version_view, name="version_view"),
    path(f"{VERSION}read-again/", views.version_read_again, name="version_read_again"),
]
