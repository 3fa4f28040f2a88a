"""Writing articles: create, edit, preview, revisions, the difference between two, restore, and the
optimistic lock that refuses a save over someone else's."""

import re

import pytest
from django.test import Client
from django.urls import reverse
from hypothesis import given
from hypothesis import strategies as st

from netzwerk.knowledge.diff import diff_texts
from netzwerk.knowledge.models import Article, ArticleRevision, ArticleStatus, ArticleTranslation, Tag
from tests.conftest import World

from .conftest import client_for, make_article

pytestmark = pytest.mark.django_db


def url(name: str, world: World, article=None, **kwargs) -> str:  # type: ignore[no-untyped-def]
    if article is not None:
        kwargs["slug"] = article.slug
    return reverse(f"knowledge:{name}", kwargs={"network_slug": world.network.slug, **kwargs})


def edit_data(article: Article, **changes: object) -> dict[str, object]:
    data: dict[str, object] = {
        "title": article.title,
        "summary": article.summary,
        "body": article.body,
        "visibility": article.visibility,
        "tags_text": "",
        "note": "",
        "loaded_revision": article.revision_number,
    }
    data.update(changes)
    return data


def test_an_editor_writes_a_draft_with_tags(world: World) -> None:
    client = client_for(world.editor_a)
    response = client.post(
        url("article_create", world),
        {
            "title": "  Kindergeld   für EU-Bürger ",
            "summary": "Wer bekommt es?",
            "body": "## Antrag\n\nBei der Familienkasse.",
            "visibility": "public",
            "tags_text": "Kindergeld, Familienkasse, kindergeld",
            "note": "Erste Fassung",
        },
    )
    article = Article.objects.get()
    assert response.status_code == 302
    assert response["Location"] == article.get_absolute_url()
    assert article.title == "Kindergeld für EU-Bürger"
    assert article.slug == "kindergeld-fuer-eu-buerger"
    assert article.status == ArticleStatus.DRAFT
    assert article.owner == world.editor_a
    assert sorted(tag.name for tag in article.tags.all()) == ["Familienkasse", "Kindergeld"]
    revision = article.revisions.get()
    assert (revision.number, revision.author, revision.note) == (1, world.editor_a, "Erste Fassung")


def test_the_preview_renders_without_saving(world: World) -> None:
    response = client_for(world.editor_a).post(
        url("article_create", world),
        {
            "title": "Vorschau",
            "body": "## Überschrift\n\n<script>x()</script>",
            "visibility": "public",
            "preview": "1",
        },
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert 'id="preview-heading"' in page
    assert '<h2 id="überschrift">Überschrift</h2>' in page
    assert "<script>x()" not in page
    assert not Article.objects.exists()


def test_a_body_over_the_limit_gets_a_clear_message_and_keeps_the_input(world: World) -> None:
    body = "Ä" * (1024 * 1024)
    response = client_for(world.editor_a).post(
        url("article_create", world), {"title": "Zu lang", "body": body, "visibility": "public"}
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "The text is too long: 1,048,576 characters, at most 100,000 are possible." in page
    assert 'value="Zu lang"' in page
    assert not Article.objects.exists()


def test_members_write_only_where_the_network_allows_it(world: World) -> None:
    from netzwerk.knowledge.models import KnowledgeSettings

    client = client_for(world.member)
    assert client.get(url("article_create", world)).status_code == 403
    KnowledgeSettings.objects.create(network=world.network, members_may_propose=True)
    assert client.get(url("article_create", world)).status_code == 200
    client.post(
        url("article_create", world), {"title": "Sprachcafés", "body": "Liste", "visibility": "public"}
    )
    draft = Article.objects.get()
    assert client.get(url("article_edit", world, draft)).status_code == 200
    # Once submitted, the member's draft is in the reviewers' hands.
    draft.status = ArticleStatus.REVIEW
    draft.save()
    assert client.get(url("article_edit", world, draft)).status_code == 403


def test_every_save_is_a_revision_and_a_major_edit_outdates_translations(world: World) -> None:
    article = make_article(world.network, world.editor_a, body="Die Frist beträgt zwei Wochen.")
    ArticleTranslation.objects.create(
        article=article, language="ar", title="ت", body="...", based_on_revision=article.revision_number
    )
    client = client_for(world.editor_b)
    minor = edit_data(article, body="Die Frist beträgt zwei Wochen!", note="Satzzeichen")
    assert client.post(url("article_edit", world, article), minor).status_code == 302
    article.refresh_from_db()
    assert article.revision_number == 2
    assert not article.translations.get().is_outdated
    major = edit_data(article, body="Die Frist beträgt drei Wochen.", is_major="on", note="Neue Frist")
    assert client.post(url("article_edit", world, article), major).status_code == 302
    article.refresh_from_db()
    assert (article.revision_number, article.major_revision_number) == (3, 3)
    assert article.translations.get().is_outdated
    assert list(article.revisions.values_list("number", "is_major", "note")) == [
        (3, True, "Neue Frist"),
        (2, False, "Satzzeichen"),
        (1, True, ""),
    ]


def test_a_second_save_over_someone_elses_is_refused_with_a_diff(world: World) -> None:
    article = make_article(world.network, world.editor_a, body="Die Frist beträgt zwei Wochen.")
    loaded = article.revision_number
    first, second = client_for(world.editor_a), client_for(world.coordinator)
    first.post(url("article_edit", world, article), edit_data(article, body="Die Frist beträgt drei Wochen."))
    response = second.post(
        url("article_edit", world, article),
        edit_data(article, body="Die Frist beträgt zwei Wochen. Termine online.", loaded_revision=loaded),
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "Not saved yet: someone else saved this article in the meantime" in page
    assert "Termine online." in page  # the input is kept
    assert '<del class="text-diff__removed"><span class="kern-sr-only">[removed:] </span>zwei' in page
    assert f'name="loaded_revision" value="{loaded + 1}"' in page
    article.refresh_from_db()
    assert article.body == "Die Frist beträgt drei Wochen."
    assert article.revisions.count() == 2
    # Saving the kept input again applies it on top of the other change, as a new revision.
    again = second.post(
        url("article_edit", world, article),
        edit_data(article, body="Die Frist beträgt drei Wochen. Termine online.", loaded_revision=loaded + 1),
    )
    assert again.status_code == 302
    article.refresh_from_db()
    assert article.body == "Die Frist beträgt drei Wochen. Termine online."
    assert article.revision_number == 3


def test_history_diff_and_restore(world: World) -> None:
    article = make_article(world.network, world.editor_a, body="Die Frist beträgt zwei Wochen.")
    client = client_for(world.coordinator)
    client.post(
        url("article_edit", world, article), edit_data(article, body="Die Frist beträgt drei Wochen.")
    )
    history = client.get(url("article_history", world, article)).content.decode()
    assert "Revision 2" in history
    assert "Revision 1" in history
    diff = client.get(url("article_diff", world, article), {"from": 1, "to": 2}).content.decode()
    assert "zwei" in diff
    assert "1 added, 1 removed" in diff
    old = client.get(url("article_revision", world, article, number=1)).content.decode()
    assert "Restore this revision" in old
    response = client.post(url("article_restore", world, article, number=1), {"loaded_revision": 2})
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.body == "Die Frist beträgt zwei Wochen."
    newest = article.revisions.first()
    assert newest is not None
    assert (newest.number, newest.restored_from, newest.author) == (3, 1, world.coordinator)
    assert ArticleRevision.objects.filter(article=article).count() == 3  # nothing in between is lost
    # A restore from a page that is out of date changes nothing.
    stale = client.post(url("article_restore", world, article, number=2), {"loaded_revision": 2})
    assert stale.status_code == 302
    article.refresh_from_db()
    assert article.revision_number == 3


@pytest.mark.parametrize(
    "query",
    [{"from": "x"}, {"from": 1, "to": 99}, {"to": "-"}, {"to": 10**20}, {"from": -1, "to": 1}],
)
def test_a_diff_of_revisions_that_do_not_exist_is_not_found(world: World, query: dict) -> None:
    article = make_article(world.network, world.editor_a)
    assert client_for(world.coordinator).get(url("article_diff", world, article), query).status_code == 404


def test_the_diff_marks_changed_words_not_whole_paragraphs() -> None:
    diff = diff_texts(
        "Erster Absatz.\n\nDie Frist beträgt zwei Wochen.\n",
        "Erster Absatz.\n\nDie Frist beträgt drei Wochen.\n",
    )
    changed = [(segment.kind, segment.text) for segment in diff.segments if segment.kind != "equal"]
    assert changed == [("delete", "zwei"), ("insert", "drei")]
    assert (diff.words_added, diff.words_removed) == (1, 1)
    assert not diff_texts("gleich", "gleich").changed


def test_tags_are_kept_per_network_and_case(world: World) -> None:
    client = client_for(world.coordinator)
    for title in ("Erster", "Zweiter"):
        client.post(
            url("article_create", world),
            {"title": title, "body": "x", "visibility": "public", "tags_text": "Kita"},
        )
    client.post(
        url("article_create", world),
        {"title": "Dritter", "body": "x", "visibility": "public", "tags_text": "KITA"},
    )
    assert Tag.objects.filter(network=world.network).count() == 1


def test_other_details_are_kept_with_each_revision_and_compared(world: World) -> None:
    article = make_article(world.network, world.editor_a)
    client = client_for(world.coordinator)
    client.post(
        url("article_edit", world, article),
        edit_data(
            article, visibility="network", tags_text="Kindergeld", related_organizations=[world.org_b.pk]
        ),
    )
    newest = article.revisions.first()
    assert newest is not None
    assert newest.details["visibility"] == "Network members only"
    assert newest.details["related_organizations"] == ["Beratungsstelle B"]
    page = client.get(url("article_diff", world, article)).content.decode()
    assert "Other changes" in page
    assert page.count("Other changes") == 1  # once, in the page body
    title = re.search(r"<title>(.*?)</title>", page, re.S).group(1)  # type: ignore[union-attr]
    assert "<" not in title
    assert title.startswith("Changes to “Wohnsitz anmelden”")
    assert "Network members only" in page
    assert "Beratungsstelle B" in page


@given(
    old=st.text(alphabet=st.sampled_from("ab äß\n.,"), max_size=60),
    new=st.text(alphabet=st.sampled_from("ab äß\n.,"), max_size=60),
)
def test_the_diff_holds_both_texts(old: str, new: str) -> None:
    diff = diff_texts(old, new)
    assert "".join(s.text for s in diff.segments if s.kind != "insert") == old
    assert "".join(s.text for s in diff.segments if s.kind != "delete") == new
    assert diff.changed == (old != new)


def test_the_forms_show_markdown_examples_beside_their_result(world: World) -> None:
    page = (
        client_for(world.editor_a)
        .get(reverse("knowledge:article_create", kwargs={"network_slug": world.network.slug}))
        .content.decode()
    )
    assert "Formatting help: headings, lists, links, tables" in page
    assert "<code>- Passport\n- Rental contract</code>" in page
    assert "<li>Passport</li>" in page  # rendered by the articles' own Markdown code
    assert "<th>Document</th>" in page
    german = Client(headers={"accept-language": "de"})
    german.force_login(world.editor_a)
    page = german.get(
        reverse("knowledge:article_create", kwargs={"network_slug": world.network.slug})
    ).content.decode()
    assert "<li>Reisepass</li>" in page
