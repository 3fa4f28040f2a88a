from django.urls import path
from django.views.generic import TemplateView

app_name = "directory"

# Placeholder until the directory views land.
urlpatterns = [
    path("directory/", TemplateView.as_view(template_name="core/network_home.html"), name="directory"),
]
