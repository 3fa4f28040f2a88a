from django.urls import path

from . import views

app_name = "sample_app"

network_urlpatterns = [path("notes/", views.notes, name="notes")]
