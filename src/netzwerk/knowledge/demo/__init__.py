"""The knowledge base's part of the demo (`netzwerk load_demo`), registered in `knowledge.contributions`.

Articles go through the same services as in use, so each has its revisions and review steps; dates are
then moved into the past, so that some articles are due for review.
"""

from datetime import timedelta

from django.utils import timezone

from netzwerk.core.models import Network, TargetGroup, ThematicField
from netzwerk.demo.loader import DemoContext
from netzwerk.demo.specs import BURGENLANDKREIS
from netzwerk.knowledge import services
from netzwerk.knowledge.models import (
    Article,
    ArticleRevision,
    Collection,
    ReviewEvent,
    Tag,
    TranslationRevision,
)

from .articles import ARTICLES, COLLECTIONS
from .articles_more import MORE_ARTICLES
from .specs import DEMO_NOTE, ArticleSpec

SENT_BACK_COMMENT = (
    "Bitte ergänzen: ab wann die Gesundheitskarte ausgegeben wird und wer sie beantragt. "
    "Den Abschnitt zum Behandlungsschein bitte mit dem Sozialamt abstimmen."
)


def build(context: DemoContext) -> None:
    network = context.networks[BURGENLANDKREIS]
    collections: dict[str, Collection] = {}
    for position, shelf in enumerate(COLLECTIONS, start=1):
        collections[shelf.key] = Collection.objects.create(
            network=network,
            parent=collections.get(shelf.parent),
            title=shelf.title,
            slug=shelf.key,
            description=shelf.description,
            position=position,
        )
    fields = {term.slug: term for term in ThematicField.objects.filter(network=network)}
    groups = {term.slug: term for term in TargetGroup.objects.filter(network=network)}
    tags: dict[str, Tag] = {}
    built: dict[str, Article] = {}
    for spec in ARTICLES + MORE_ARTICLES:
        relations = {
            "thematic_fields": [fields[slug] for slug in spec.fields if slug in fields],
            "target_groups": [groups[slug] for slug in spec.groups if slug in groups],
            "tags": [
                tags.setdefault(name, Tag.objects.get_or_create(network=network, name=name)[0])
                for name in spec.tags
            ],
        }
        built[spec.key] = _build_article(context, network, spec, collections[spec.collection], relations)
    _link(context, built)
    context.records["articles"] = built  # for the parts after this one (documents attach to articles)


# Links between demo articles, and from articles to the organizations (and their offers) they name.
RELATED_ARTICLES = (
    ("anmeldung-eu", "steuer-id"),
    ("anmeldung-eu", "ausfuellhilfe-wohnungsgeber"),
    ("anmeldung-eu", "konto-eroeffnen"),
    ("kindergeld-eu", "ausfuellhilfe-kg1"),
    ("kindergeld-eu", "elterngeld"),
    ("buergergeld-eu", "minijob-eu"),
    ("anerkennung-pflege", "pflegeausbildung"),
    ("geschaeftsordnung", "netzwerktreffen-vorbereiten"),
)
ARTICLE_ORGANIZATIONS = (
    ("anmeldung-eu", "mia"),
    ("buergergeld-eu", "mia"),
    ("daueraufenthalt-eu", "auslaenderamt"),
    ("kindergeld-eu", "eumigra"),
    ("arbeitsvertrag-pruefen", "eumigra"),
    ("geschaeftsordnung", "koordinierungsstelle"),
)


def _link(context: DemoContext, built: dict[str, Article]) -> None:
    for first, second in RELATED_ARTICLES:
        built[first].related_articles.add(built[second])
    organizations = context.records.get("organizations", {})
    for key, organization_key in ARTICLE_ORGANIZATIONS:
        organization = organizations.get(organization_key)
        if organization is None:
            continue
        built[key].related_organizations.add(organization)
        built[key].related_offers.add(*organization.offers.all()[:1])


def _build_article(
    context: DemoContext, network: Network, spec: ArticleSpec, collection: Collection, relations: dict
) -> Article:
    users = context.users
    author = users[spec.author]
    reviewer = users["editor"] if spec.author == "coordinator" else users["coordinator"]
    organization = (
        context.records.get("organizations", {}).get("caritas") if spec.author == "editor" else None
    )
    article = services.create_article(
        network=network,
        text=services.ArticleText(spec.title, spec.summary, spec.body + DEMO_NOTE),
        by=author,
        relations=relations,
        note="Erste Fassung",
        collection=collection,
        visibility=spec.visibility,
        organization=organization,
    )
    for edit in spec.edits:
        article = services.save_article(
            article=article,
            text=services.ArticleText(
                article.title, article.summary, _with_addition(article.body, edit.addition)
            ),
            loaded_revision=article.revision_number,
            by=users[edit.by],
            note=edit.note,
            is_major=edit.is_major,
        )
    if spec.status in ("review", "sent_back", "published", "archived"):
        article = services.submit_for_review(article=article, by=author)
    if spec.status == "sent_back":
        article = services.send_back(article=article, by=reviewer, comment=SENT_BACK_COMMENT)
    if spec.status in ("published", "archived"):
        published_on = timezone.localdate() - timedelta(days=spec.published_days_ago)
        due = services.add_months(published_on, 12)
        if spec.overdue and due >= timezone.localdate():
            due = timezone.localdate() - timedelta(days=14)
        article = services.publish(article=article, by=reviewer, review_due=due)
    if spec.status == "archived":
        article = services.archive(
            article=article, by=users["coordinator"], comment="Regeln gelten nicht mehr."
        )
    _add_translations(article, spec, users["coordinator"])
    _move_into_the_past(article, spec.published_days_ago)
    return article


def _with_addition(body: str, addition: str) -> str:
    if not addition:
        return body
    text, separator, note = body.partition("\n\n---\n\n")
    return text + addition + separator + note


def _add_translations(article: Article, spec: ArticleSpec, by) -> None:
    for language, title, summary, body in spec.translations:
        outdated = language in spec.outdated_translations
        services.save_translation(
            article=article,
            language=language,
            text=services.ArticleText(title, summary, body),
            loaded_version=0,
            by=by,
            # An outdated translation was made from the first text, before the last major edit.
            based_on_revision=1 if outdated else None,
        )


def _move_into_the_past(article: Article, days_ago: int) -> None:
    """Revisions a week apart before publishing; review steps on the day of publishing."""
    now = timezone.now()
    published = now - timedelta(days=days_ago)
    revisions = list(article.revisions.order_by("number"))
    for offset, revision in enumerate(revisions):
        moment = published - timedelta(days=7 * (len(revisions) - offset))
        ArticleRevision.objects.filter(pk=revision.pk).update(created_at=moment)
    ReviewEvent.objects.filter(article=article).update(at=published)
    TranslationRevision.objects.filter(translation__article=article).update(created_at=published)
    Article.objects.filter(pk=article.pk).update(
        published_at=published if article.published_at else None, updated_at=published
    )


def is_present(network: Network) -> bool:
    return network.slug != BURGENLANDKREIS or Article.objects.filter(network=network).exists()


def summary(network: Network) -> str:
    articles = Article.objects.filter(network=network)
    return (
        f"{articles.count()} articles ({articles.overdue().count()} due for review), "
        f"{Collection.objects.filter(network=network).count()} collections"
    )
