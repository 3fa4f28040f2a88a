from django.urls import path
from django.views.generic import TemplateView

app_name = "accounts"

# Placeholder until the accounts views land.
urlpatterns = [
    path("account/", TemplateView.as_view(template_name="core/network_home.html"), name="profile"),
]
