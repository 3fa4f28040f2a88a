"""Knowledge base URLs, all below /n/<network_slug>/knowledge/."""

from django.urls import path

from . import views, views_edit

app_name = "knowledge"

ARTICLE = "knowledge/articles/<slug:slug>/"

network_urlpatterns = [
    path("knowledge/", views.index, name="index"),
    path("knowledge/articles/", views.article_list, name="article_list"),
    path("knowledge/new/", views_edit.article_create, name="article_create"),
    path(ARTICLE, views.article_detail, name="article_detail"),
    path(f"{ARTICLE}edit/", views_edit.article_edit, name="article_edit"),
    path(f"{ARTICLE}history/", views_edit.article_history, name="article_history"),
    path(f"{ARTICLE}compare/", views_edit.article_diff, name="article_diff"),
    path(f"{ARTICLE}revisions/<int:number>/", views_edit.article_revision, name="article_revision"),
    path(f"{ARTICLE}revisions/<int:number>/restore/", views_edit.article_restore, name="article_restore"),
    path("knowledge/collections/<slug:slug>/", views.collection_detail, name="collection_detail"),
]
