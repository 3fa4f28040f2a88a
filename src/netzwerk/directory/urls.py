"""Directory URLs, all below /n/<network_slug>/. Split by area so each module stays small."""

from django.urls import include, path
from django.views.generic import TemplateView

app_name = "directory"

urlpatterns = [
    # Placeholder until the directory list view lands (replace this line, keep the name).
    path("directory/", TemplateView.as_view(template_name="core/network_home.html"), name="directory"),
    path("", include("netzwerk.directory.urls_people")),
    path("", include("netzwerk.directory.urls_requests")),
]
