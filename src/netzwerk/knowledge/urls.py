"""Knowledge base URLs, all below /n/<network_slug>/knowledge/."""

from django.urls import path

from . import views, views_collections, views_edit, views_review, views_translations

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
    path(f"{ARTICLE}submit/", views_review.article_submit, name="article_submit"),
    path(f"{ARTICLE}review/", views_review.article_review, name="article_review"),
    path(f"{ARTICLE}confirm/", views_review.article_confirm, name="article_confirm"),
    path(f"{ARTICLE}archive/", views_review.article_archive, name="article_archive"),
    path(f"{ARTICLE}reopen/", views_review.article_reopen, name="article_reopen"),
    path(
        f"{ARTICLE}translations/<slug:language>/",
        views_translations.article_translation,
        name="article_translation",
    ),
    path(
        f"{ARTICLE}translations/<slug:language>/edit/",
        views_translations.translation_edit,
        name="translation_edit",
    ),
    path(
        f"{ARTICLE}translations/<slug:language>/history/",
        views_translations.translation_history,
        name="translation_history",
    ),
    path(
        f"{ARTICLE}translations/<slug:language>/versions/<int:version>/",
        views_translations.translation_version,
        name="translation_version",
    ),
    path(
        f"{ARTICLE}translations/<slug:language>/versions/<int:version>/restore/",
        views_translations.translation_restore,
        name="translation_restore",
    ),
    path("knowledge/review/", views_review.review_queue, name="review_queue"),
    path("knowledge/settings/", views_review.knowledge_settings, name="settings"),
    path("knowledge/collections/new/", views_collections.collection_create, name="collection_create"),
    path("knowledge/collections/<slug:slug>/", views.collection_detail, name="collection_detail"),
    path(
        "knowledge/collections/<slug:slug>/edit/", views_collections.collection_edit, name="collection_edit"
    ),
    path(
        "knowledge/collections/<slug:slug>/delete/",
        views_collections.collection_delete,
        name="collection_delete",
    ),
]
