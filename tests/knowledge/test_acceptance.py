"""The knowledge issue's walkthrough, as new users would do it, through HTTP only and in German.

An editor writes an article and submits it; the coordinator sends it back with a comment; the editor fixes
it; the coordinator publishes it; a visitor reads it; the editor makes a major edit and the Arabic
translation shows as outdated; an older revision is restored and the comparison shows what changed; the
coordinator confirms an overdue article and its review date moves.
"""

import re
from datetime import date

from django.test import Client
from django.utils import timezone

from netzwerk.knowledge.models import Article
from netzwerk.knowledge.services import add_months
from tests.conftest import World
from tests.factories import LanguageFactory


def german(user=None) -> Client:  # type: ignore[no-untyped-def]
    client = Client(headers={"accept-language": "de"})
    if user is not None:
        client.force_login(user)
    return client


def test_an_article_from_draft_to_confirmation(world: World) -> None:
    world.network.languages.add(
        LanguageFactory(code="ar", name="Arabisch", native_name="العربية", is_rtl=True)
    )
    base = f"/n/{world.network.slug}/knowledge"
    editor, coordinator, visitor = german(world.editor_a), german(world.coordinator), german()

    # The editor finds "Neuen Artikel schreiben" on the knowledge page and writes a draft.
    assert "Neuen Artikel schreiben" in editor.get(f"{base}/").content.decode()
    response = editor.post(
        f"{base}/new/",
        {
            "title": "Kindergeld für EU-Bürger",
            "summary": "Wer Kindergeld bekommt und wo es beantragt wird.",
            "body": "## Zuständig\n\nDie Familienkasse.\n\n## Frist\n\nSechs Monate rückwirkend.",
            "visibility": "public",
            "tags_text": "Kindergeld",
        },
        follow=True,
    )
    assert "Der Entwurf „Kindergeld für EU-Bürger“ ist gespeichert." in response.content.decode()
    article = Article.objects.get()
    page = f"{base}/articles/{article.slug}/"
    assert visitor.get(page).status_code == 404  # a draft is not public

    # Submitted, then sent back by the coordinator with a comment the editor sees.
    editor.post(f"{page}submit/")
    review = coordinator.get(f"{base}/review/").content.decode()
    assert "Kindergeld für EU-Bürger" in review
    coordinator.post(
        f"{page}review/", {"decision": "send_back", "comment": "Bitte die Anlage Kind erwähnen."}
    )
    assert "Bitte die Anlage Kind erwähnen." in editor.get(page).content.decode()

    # The editor fixes it and submits again; the coordinator publishes it; a visitor reads it.
    form = editor.get(f"{page}edit/").content.decode()
    loaded = re.search(r'name="loaded_revision" value="(\d+)"', form).group(1)  # type: ignore[union-attr]
    fixed = (
        "## Zuständig\n\nDie Familienkasse.\n\n## Unterlagen\n\nAntrag KG 1 und Anlage Kind.\n\n"
        "## Frist\n\nSechs Monate rückwirkend."
    )
    editor.post(
        f"{page}edit/",
        {
            "title": article.title,
            "summary": article.summary,
            "body": fixed,
            "visibility": "public",
            "loaded_revision": loaded,
        },
    )
    editor.post(f"{page}submit/")
    coordinator.post(f"{page}review/", {"decision": "publish"})
    public = visitor.get(page).content.decode()
    assert "Antrag KG 1 und Anlage Kind." in public
    assert '<nav class="article-toc"' in public  # three headings: a table of contents

    # An Arabic translation is made; a major edit of the German text makes it outdated.
    editor.post(
        f"{page}translations/ar/edit/",
        {"title": "إعانة الأطفال", "body": "صندوق الأسرة", "loaded_version": 0},
    )
    assert "veraltet" not in visitor.get(page).content.decode()
    article.refresh_from_db()
    editor.post(
        f"{page}edit/",
        {
            "title": article.title,
            "body": fixed.replace("Sechs Monate", "Drei Monate"),
            "visibility": "public",
            "is_major": "on",
            "note": "Neue Frist seit 2025",
            "loaded_revision": article.revision_number,
        },
    )
    assert "veraltet" in visitor.get(page).content.decode()
    translation = visitor.get(f"{page}translations/ar/").content.decode()
    assert "Das deutsche Original hat sich seitdem wesentlich geändert" in translation

    # The coordinator restores the revision before the major edit; the comparison shows the change.
    article.refresh_from_db()
    before = article.revision_number - 1
    coordinator.post(f"{page}revisions/{before}/restore/", {"loaded_revision": article.revision_number})
    article.refresh_from_db()
    assert "Sechs Monate" in article.body
    compare = coordinator.get(
        f"{page}compare/", {"from": before + 1, "to": article.revision_number}
    ).content.decode()
    assert '<span class="kern-sr-only">[entfernt:] </span>Drei' in compare
    assert '<span class="kern-sr-only">[eingefügt:] </span>Sechs' in compare

    # Overdue: the coordinator confirms it with one click and the review date moves.
    Article.objects.filter(pk=article.pk).update(review_due=date(2025, 1, 1))
    assert "Prüfung überfällig" in coordinator.get(page).content.decode()
    coordinator.post(f"{page}confirm/", {})
    article.refresh_from_db()
    assert article.review_due == add_months(timezone.localdate(), 12)
    assert article.confirmed_by == world.coordinator
