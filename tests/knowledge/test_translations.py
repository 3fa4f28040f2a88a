"""Translations: written in the network's content languages, read with their direction, marked as
outdated after a major edit of the German original."""

import re

import pytest
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
