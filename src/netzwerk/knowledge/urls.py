"""Knowledge base URLs, all below /n/<network_slug>/knowledge/."""

from django.urls import path

from . import views

app_name = "knowledge"

network_urlpatterns = [
    path("knowledge/", views.index, name="index"),
    path("knowledge/articles/", views.article_list, name="article_list"),
    path("knowledge/articles/<slug:slug>/", views.article_detail, name="article_detail"),
    path("knowledge/collections/<slug:slug>/", views.collection_detail, name="collection_detail"),
]
