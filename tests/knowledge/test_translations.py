"""Translations: written in the network's content languages, read with their direction, marked as
outdated after a major edit of the German original."""

import re
from importlib import import_module

import pytest
from django.apps import apps as django_apps
from django.urls import reverse

from netzwerk.knowledge.models import ArticleTranslation
from tests.conftest import World
from tests.factories import LanguageFactory

from .conftest import client_for, make_article

pytestmark = pytest.mark.django_db


def url(name: str, world: World, article, **kwargs) -> str:  # type: ignore[no-untyped-def]
    return reverse(
        f"knowledge:{name}", kwargs={"network_slug": world.network.slug, "slug": article.slug, **kwargs}
    )


@pytest.fixture
def arabic(world: World):  # type: ignore[no-untyped-def]
    language = LanguageFactory(code="ar", name="Arabisch", native_name="العربية", is_rtl=True)
    world.network.languages.add(language, LanguageFactory(code="de", name="Deutsch"))
    return language


def test_a_translation_is_written_and_read_right_to_left(world: World, arabic) -> None:  # type: ignore[no-untyped-def]
    article = make_article(world.network, world.editor_a, body="Die Frist beträgt zwei Wochen.")
    editor = client_for(world.editor_a)
    form = editor.get(url("translation_edit", world, article, language="ar")).content.decode()
    assert re.search(r'<textarea name="body"[^>]*dir="rtl"[^>]*lang="ar"', form)
    response = editor.post(
        url("translation_edit", world, article, language="ar"),
        {"title": "تسجيل السكن", "summary": "", "body": "المهلة **أسبوعان**.", "loaded_version": 0},
    )
    assert response.status_code == 302
    translation = ArticleTranslation.objects.get()
    assert (translation.language, translation.based_on_revision, translation.version) == ("ar", 1, 1)
    page = client_for(None).get(url("article_translation", world, article, language="ar")).content.decode()
    assert '<div class="article-text" lang="ar" dir="rtl"><p>المهلة <strong>أسبوعان</strong>.</p>' in page
    assert "made from revision 1 of the German text" in page
    assert "may be out of date" not in page
    original = client_for(None).get(article.get_absolute_url()).content.decode()
    assert 'lang="ar" dir="rtl">العربية</a>' in original


def test_a_major_edit_marks_the_translation_as_outdated(world: World, arabic) -> None:  # type: ignore[no-untyped-def]
    article = make_article(world.network, world.editor_a, body="Die Frist beträgt zwei Wochen.")
    ArticleTranslation.objects.create(
        article=article, language="ar", title="ت", body="...", based_on_revision=1
    )
    editor = client_for(world.editor_a)
    editor.post(
        url("article_edit", world, article),
        {
            "title": article.title,
            "body": "Die Frist beträgt drei Wochen.",
            "visibility": "public",
            "is_major": "on",
            "loaded_revision": 1,
        },
    )
    reader = client_for(None)
    assert "outdated" in reader.get(article.get_absolute_url()).content.decode()
    page = reader.get(url("article_translation", world, article, language="ar")).content.decode()
    assert "The German original has changed a lot since then" in page
    # The translator sees what changed in German since their translation, and saving brings it up to date.
    form = editor.get(url("translation_edit", world, article, language="ar")).content.decode()
    assert "What changed in the German text since revision 1" in form
    editor.post(
        url("translation_edit", world, article, language="ar"),
        {"title": "ت", "body": "ثلاثة أسابيع", "loaded_version": 1},
    )
    assert not ArticleTranslation.objects.get().is_outdated


def test_a_translation_saved_meanwhile_is_not_overwritten(world: World, arabic) -> None:  # type: ignore[no-untyped-def]
    article = make_article(world.network, world.editor_a)
    first, second = client_for(world.editor_a), client_for(world.coordinator)
    first.post(
        url("translation_edit", world, article, language="ar"),
        {"title": "أ", "body": "أول", "loaded_version": 0},
    )
    response = second.post(
        url("translation_edit", world, article, language="ar"),
        {"title": "ب", "body": "ثاني", "loaded_version": 0},
    )
    assert response.status_code == 200
    assert "someone else saved this translation" in response.content.decode()
    assert ArticleTranslation.objects.get().body == "أول"


def test_only_the_networks_languages_and_existing_translations_answer(world: World, arabic) -> None:  # type: ignore[no-untyped-def]
    article = make_article(world.network, world.editor_a)
    editor = client_for(world.editor_a)
    assert editor.get(url("translation_edit", world, article, language="xx")).status_code == 404
    assert editor.get(url("translation_edit", world, article, language="de")).status_code == 404
    assert client_for(None).get(url("article_translation", world, article, language="ar")).status_code == 404
    assert (
        client_for(world.member).get(url("translation_edit", world, article, language="ar")).status_code
        == 403
    )


def save_arabic(client, world: World, article, body: str, loaded: int) -> None:  # type: ignore[no-untyped-def]
    response = client.post(
        url("translation_edit", world, article, language="ar"),
        {"title": "تسجيل السكن", "summary": "", "body": body, "loaded_version": loaded},
    )
    assert response.status_code == 302


def test_every_save_of_a_translation_is_kept_and_an_earlier_one_restored(world: World, arabic) -> None:  # type: ignore[no-untyped-def]
    article = make_article(world.network, world.editor_a, body="Die Frist beträgt zwei Wochen.")
    editor, coordinator = client_for(world.editor_a), client_for(world.coordinator)
    save_arabic(editor, world, article, "المهلة أسبوعان.", 0)
    save_arabic(coordinator, world, article, "المهلة ثلاثة أسابيع.", 1)

    history = editor.get(url("translation_history", world, article, language="ar")).content.decode()
    assert "Version 2" in history
    assert "Version 1" in history
    assert world.coordinator.name in history
    assert world.editor_a.name in history
    first = editor.get(url("translation_version", world, article, language="ar", version=1)).content.decode()
    assert "أسبوعان" in first
    assert 'class="text-diff__removed"><span class="kern-sr-only">[removed:] </span>أسبوعان' in first
    assert "ثلاثة أسابيع" in first  # the current wording, marked as added
    assert "Restore this version" in first
    current = editor.get(
        url("translation_version", world, article, language="ar", version=2)
    ).content.decode()
    assert "This is the current wording." in current
    assert "Restore this version" not in current

    response = editor.post(
        url("translation_restore", world, article, language="ar", version=1), {"loaded_version": 2}
    )
    assert response.status_code == 302
    translation = ArticleTranslation.objects.get()
    assert (translation.version, translation.body) == (3, "المهلة أسبوعان.")
    assert list(translation.revisions.values_list("version", "restored_from")) == [
        (3, 1),
        (2, None),
        (1, None),
    ]
    page = client_for(None).get(url("article_translation", world, article, language="ar")).content.decode()
    assert "المهلة أسبوعان." in page
    assert (
        "version 1 restored"
        in editor.get(url("translation_history", world, article, language="ar")).content.decode()
    )
    # The article's own history leads to the translation's versions.
    article_history = editor.get(url("article_history", world, article)).content.decode()
    assert url("translation_history", world, article, language="ar") in article_history


def test_a_restored_wording_keeps_the_german_revision_it_was_made_from(world: World, arabic) -> None:  # type: ignore[no-untyped-def]
    article = make_article(world.network, world.editor_a, body="Die Frist beträgt zwei Wochen.")
    editor = client_for(world.editor_a)
    save_arabic(editor, world, article, "أسبوعان", 0)
    editor.post(
        url("article_edit", world, article),
        {
            "title": article.title,
            "body": "Drei Wochen.",
            "visibility": "public",
            "is_major": "on",
            "loaded_revision": 1,
        },
    )
    save_arabic(editor, world, article, "ثلاثة أسابيع", 1)
    assert not ArticleTranslation.objects.get().is_outdated
    old = editor.get(url("translation_version", world, article, language="ar", version=1)).content.decode()
    assert "made from German revision 1" in old
    assert "marked as possibly out of date" in old
    editor.post(url("translation_restore", world, article, language="ar", version=1), {"loaded_version": 2})
    translation = ArticleTranslation.objects.get()
    assert (translation.based_on_revision, translation.is_outdated) == (1, True)


def test_a_restore_over_a_newer_save_changes_nothing(world: World, arabic) -> None:  # type: ignore[no-untyped-def]
    article = make_article(world.network, world.editor_a)
    editor = client_for(world.editor_a)
    save_arabic(editor, world, article, "أول", 0)
    save_arabic(editor, world, article, "ثاني", 1)
    save_arabic(client_for(world.coordinator), world, article, "ثالث", 2)
    response = editor.post(
        url("translation_restore", world, article, language="ar", version=1),
        {"loaded_version": 2},
        follow=True,
    )
    assert "Not restored: the translation was changed meanwhile." in response.content.decode()
    assert ArticleTranslation.objects.get().version == 3
    assert (
        editor.post(
            url("translation_restore", world, article, language="ar", version=1), {"loaded_version": "drei"}
        ).status_code
        == 404
    )


def test_translation_versions_are_for_those_who_keep_the_article(world: World, arabic) -> None:  # type: ignore[no-untyped-def]
    article = make_article(world.network, world.editor_a)
    save_arabic(client_for(world.editor_a), world, article, "أول", 0)
    history = url("translation_history", world, article, language="ar")
    version = url("translation_version", world, article, language="ar", version=1)
    assert client_for(None).get(history).status_code == 302  # to the login
    assert client_for(world.member).get(history).status_code == 403
    assert client_for(world.member).get(version).status_code == 403
    assert client_for(world.other_coordinator).get(history).status_code == 404
    editor = client_for(world.editor_a)
    assert editor.get(url("translation_version", world, article, language="ar", version=9)).status_code == 404
    assert editor.get(url("translation_history", world, article, language="fa")).status_code == 404


def test_translations_saved_before_versions_were_kept_start_their_history(world: World, arabic) -> None:  # type: ignore[no-untyped-def]
    article = make_article(world.network, world.editor_a)
    older = ArticleTranslation.objects.create(
        article=article,
        language="ar",
        title="ت",
        body="نص",
        based_on_revision=1,
        version=4,
        updated_by=world.editor_b,
    )
    migration = import_module("netzwerk.knowledge.migrations.0003_translation_revisions")
    migration.keep_current_translations(django_apps, None)
    (revision,) = older.revisions.all()
    assert (revision.version, revision.body, revision.based_on_revision, revision.author) == (
        4,
        "نص",
        1,
        world.editor_b,
    )
