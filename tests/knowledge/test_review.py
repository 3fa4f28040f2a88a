"""Review: submit, send back with a comment, fix, publish; confirm an overdue article; archive and
reopen; the review page and the settings of the knowledge base."""

from datetime import date, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from netzwerk.knowledge.models import Article, ArticleStatus, KnowledgeSettings, ReviewEventKind
from netzwerk.knowledge.services import add_months
from tests.conftest import World

from .conftest import client_for, make_article

pytestmark = pytest.mark.django_db


def url(name: str, world: World, article=None) -> str:  # type: ignore[no-untyped-def]
    kwargs = {"network_slug": world.network.slug}
    if article is not None:
        kwargs["slug"] = article.slug
    return reverse(f"knowledge:{name}", kwargs=kwargs)


def test_the_review_round_trip_of_a_new_article(world: World) -> None:
    editor, coordinator = client_for(world.editor_a), client_for(world.coordinator)
    editor.post(
        url("article_create", world),
        {"title": "Kindergeld für EU-Bürger", "body": "Bei der Familienkasse.", "visibility": "public"},
    )
    article = Article.objects.get()
    assert client_for(None).get(article.get_absolute_url()).status_code == 404
    assert editor.post(url("article_submit", world, article)).status_code == 302
    article.refresh_from_db()
    assert article.status == ArticleStatus.REVIEW
    # The coordinator sends it back: a comment is needed.
    missing = coordinator.post(
        url("article_review", world, article), {"decision": "send_back", "comment": " "}
    )
    assert "Please say what should be changed" in missing.content.decode()
    coordinator.post(
        url("article_review", world, article), {"decision": "send_back", "comment": "Bitte Fristen ergänzen."}
    )
    article.refresh_from_db()
    assert article.status == ArticleStatus.DRAFT
    page = editor.get(article.get_absolute_url()).content.decode()
    assert "Bitte Fristen ergänzen." in page
    # The editor fixes it and submits again; the coordinator publishes it; a visitor reads it.
    editor.post(
        url("article_edit", world, article),
        {
            "title": article.title,
            "body": "Bei der Familienkasse. Frist: sechs Monate rückwirkend.",
            "visibility": "public",
            "loaded_revision": article.revision_number,
        },
    )
    editor.post(url("article_submit", world, article))
    review = coordinator.get(url("article_review", world, article))
    assert review.status_code == 200
    coordinator.post(url("article_review", world, article), {"decision": "publish"})
    article.refresh_from_db()
    assert article.status == ArticleStatus.PUBLISHED
    assert article.review_due == add_months(timezone.localdate(), 12)
    assert "sechs Monate" in client_for(None).get(article.get_absolute_url()).content.decode()
    kinds = list(article.review_events.order_by("pk").values_list("kind", "by"))
    assert kinds == [
        (ReviewEventKind.SUBMITTED, world.editor_a.pk),
        (ReviewEventKind.SENT_BACK, world.coordinator.pk),
        (ReviewEventKind.SUBMITTED, world.editor_a.pk),
        (ReviewEventKind.PUBLISHED, world.coordinator.pk),
    ]


def test_an_editor_may_not_approve_what_they_submitted_but_a_second_editor_may(world: World) -> None:
    article = make_article(world.network, world.editor_a, status=ArticleStatus.REVIEW)
    assert client_for(world.editor_a).get(url("article_review", world, article)).status_code == 403
    assert client_for(world.member).get(url("article_review", world, article)).status_code == 404
    second = client_for(world.editor_b)
    assert second.post(url("article_review", world, article), {"decision": "publish"}).status_code == 302
    article.refresh_from_db()
    assert article.status == ArticleStatus.PUBLISHED


def test_a_step_that_no_longer_fits_changes_nothing(world: World) -> None:
    article = make_article(world.network, world.editor_a, status=ArticleStatus.PUBLISHED)
    response = client_for(world.coordinator).post(
        url("article_review", world, article), {"decision": "publish"}
    )
    assert response.status_code == 302
    again = client_for(world.editor_a).post(url("article_submit", world, article), follow=True)
    assert "This step does not fit the article any more" in again.content.decode()
    assert article.review_events.count() == 2  # submitted and published by make_article, nothing more


def test_confirming_an_overdue_article_moves_its_review_date(world: World) -> None:
    article = make_article(world.network, world.editor_a, reviewer=world.coordinator)
    Article.objects.filter(pk=article.pk).update(review_due=date(2020, 1, 1))
    client = client_for(world.coordinator)
    page = client.get(article.get_absolute_url()).content.decode()
    assert "This article was due for review on" in page
    assert "Review overdue" in page
    assert client.post(url("article_confirm", world, article)).status_code == 302  # the one click
    article.refresh_from_db()
    assert article.review_due == add_months(timezone.localdate(), 12)
    assert article.confirmed_by == world.coordinator
    assert article.review_events.first().kind == ReviewEventKind.CONFIRMED
    chosen = timezone.localdate() + timedelta(days=90)
    client.post(url("article_confirm", world, article), {"review_due": chosen.isoformat()})
    article.refresh_from_db()
    assert article.review_due == chosen
    past = client.post(url("article_confirm", world, article), {"review_due": "2001-01-01"})
    assert "Choose a date in the future." in past.content.decode()
    wrong = client.post(url("article_confirm", world, article), {"review_due": "31.02.2027"})
    assert wrong.status_code == 200
    assert "data-error-summary" in wrong.content.decode()


def test_the_review_page_lists_waiting_and_overdue_articles(
    world: World, django_assert_max_num_queries
) -> None:  # type: ignore[no-untyped-def]
    make_article(world.network, world.editor_a, title="Wartet", status=ArticleStatus.REVIEW)
    overdue = make_article(world.network, world.editor_a, title="Überfällig", reviewer=world.coordinator)
    Article.objects.filter(pk=overdue.pk).update(review_due=date(2020, 1, 1))
    for number in range(10):
        make_article(world.network, world.editor_b, title=f"Entwurf {number}", status=ArticleStatus.DRAFT)
    client = client_for(world.coordinator)
    client.get(url("review_queue", world))
    with django_assert_max_num_queries(6):
        page = client.get(url("review_queue", world)).content.decode()
    assert "Wartet" in page
    assert "Überfällig" in page
    assert "Entwurf 9" in page
    start = client.get(
        reverse("core:network_home", kwargs={"network_slug": world.network.slug})
    ).content.decode()
    assert "1 article to review" in start
    assert "1 article to check" in start


def test_archive_and_reopen(world: World) -> None:
    article = make_article(world.network, world.editor_a, reviewer=world.coordinator)
    client = client_for(world.coordinator)
    client.post(url("article_archive", world, article))
    article.refresh_from_db()
    assert article.status == ArticleStatus.ARCHIVED
    assert client_for(None).get(article.get_absolute_url()).status_code == 404
    client.post(url("article_reopen", world, article))
    article.refresh_from_db()
    assert article.status == ArticleStatus.DRAFT


def test_the_coordinator_lets_members_propose_and_sets_the_interval(world: World) -> None:
    client = client_for(world.coordinator)
    assert client.get(url("settings", world)).status_code == 200
    bad = client.post(url("settings", world), {"review_interval_months": "0"})
    assert "Choose between 1 and 60 months." in bad.content.decode()
    client.post(url("settings", world), {"members_may_propose": "on", "review_interval_months": "6"})
    settings = KnowledgeSettings.objects.get(network=world.network)
    assert settings.members_may_propose
    assert settings.review_interval_months == 6
    assert client_for(world.member).get(url("article_create", world)).status_code == 200
    article = make_article(world.network, world.editor_a, status=ArticleStatus.REVIEW)
    client.post(url("article_review", world, article), {"decision": "publish"})
    article.refresh_from_db()
    assert article.review_due == add_months(timezone.localdate(), 6)
