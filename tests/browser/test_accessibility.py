"""Every page passes axe-core's WCAG 2.1 A/AA rules, in German and English, and fits a phone screen.

To cover a new page, add one `PageCase` to `PAGES`: a name, a function building its path from the `Site`
records below, and the role to log in as (a key of `World.users()`). Need another record? Add it to
`Site` and create it in the `site` fixture with the factories.
"""

import functools
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from django.urls import reverse
from playwright.sync_api import Page

from netzwerk.accounts.models import Invitation, Membership
from netzwerk.directory.models import MembershipRequest, Offer, Person, Position
from netzwerk.documents import services as documents_services
from netzwerk.documents.models import Document
from netzwerk.knowledge import services as knowledge_services
from netzwerk.knowledge.models import Article, ArticleStatus, Collection
from tests.conftest import World
from tests.documents.conftest import make_document
from tests.factories import (
    LanguageFactory,
    LocationFactory,
    MembershipRequestFactory,
    MunicipalityFactory,
    OfferFactory,
    PersonFactory,
    PositionFactory,
    PositionHoldingFactory,
    TargetGroupFactory,
    ThematicFieldFactory,
)
from tests.files import pdf_bytes
from tests.knowledge.conftest import make_article

from .conftest import PHONE, Visitor

ARTICLE_BODY = """## Wer muss sich anmelden?

Alle, die eine Wohnung beziehen. Die Frist beträgt **zwei Wochen**.

## Was wird gebraucht?

- Pass oder Personalausweis
- [Wohnungsgeberbestätigung](https://example.org/formular)

| Unterlage | Hinweis |
|---|---|
| Pass | gültig |

## Wo?

Beim Bürgeramt der Wohnortgemeinde.

> Termine online vereinbaren.
"""
AXE_SCRIPT = Path(__file__).resolve().parents[2] / "src/netzwerk/static/vendor/axe/axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
LANGUAGES = ["de", "en"]


@dataclass
class Site:
    """The records the pages under test show."""

    world: World
    offer: Offer
    position: Position
    person: Person
    membership_request: MembershipRequest
    invitation: Invitation
    member_membership: Membership
    article: Article
    collection: Collection
    in_review: Article
    document: Document

    @property
    def slug(self) -> str:
        return self.world.network.slug


@dataclass(frozen=True)
class PageCase:
    name: str
    path: Callable[[Site], str]
    role: str = "anonymous"
    status: int = 200
    # For pages that build part of their content with JavaScript: a selector that appears once it is done.
    ready: str | None = None


def url(name: str, **kwargs: Any) -> str:
    return reverse(name, kwargs=kwargs or None)


def in_network(name: str, **kwargs: Callable[[Site], Any]) -> Callable[[Site], str]:
    """A path below /n/<slug>/; keyword values are functions of the site, e.g. pk=lambda s: s.offer.pk."""
    return lambda s: url(name, network_slug=s.slug, **{key: value(s) for key, value in kwargs.items()})


# One entry per template: pages that share a template with a listed one add little. The role is a key of
# `World.users()`; pages below /n/<slug>/ use the network `world.network`.
PAGES: list[PageCase] = [
    # Public pages
    PageCase("platform home", lambda s: url("core:home")),
    PageCase("network home", in_network("core:network_home")),
    PageCase("not found", lambda s: "/n/no-such-network/", status=404),
    PageCase("login", lambda s: url("account_login")),
    PageCase("password reset", lambda s: url("account_reset_password")),
    PageCase("invitation", lambda s: s.invitation.get_absolute_url()),
    PageCase("directory", in_network("directory:directory")),
    PageCase("organization list", in_network("directory:organization_list")),
    PageCase("organization", in_network("directory:organization_detail", pk=lambda s: s.world.org_a.pk)),
    PageCase("offer", in_network("directory:offer_detail", pk=lambda s: s.offer.pk)),
    PageCase("membership request form", in_network("directory:request_create")),
    PageCase("knowledge", in_network("knowledge:index")),
    PageCase("article list", in_network("knowledge:article_list")),
    PageCase("article", in_network("knowledge:article_detail", slug=lambda s: s.article.slug)),
    PageCase(
        "article translation",
        in_network("knowledge:article_translation", slug=lambda s: s.article.slug, language=lambda s: "ar"),
    ),
    PageCase("collection", in_network("knowledge:collection_detail", slug=lambda s: s.collection.slug)),
    PageCase("API documentation", lambda s: url("api:openapi-view"), ready="#swagger-ui .opblock"),
    # Members
    PageCase("network home as member", in_network("core:network_home"), "member"),
    PageCase("account", lambda s: url("accounts:profile"), "member"),
    PageCase("position list", in_network("directory:position_list"), "member"),
    PageCase("position", in_network("directory:position_detail", pk=lambda s: s.position.pk), "member"),
    PageCase("person", in_network("directory:person_detail", pk=lambda s: s.person.pk), "member"),
    PageCase(
        "not found in a network", in_network("directory:offer_detail", pk=lambda s: 999999), "member", 404
    ),
    # Organization editors
    PageCase(
        "organization form",
        in_network("directory:organization_edit", pk=lambda s: s.world.org_a.pk),
        "editor_a",
    ),
    PageCase("offer form", in_network("directory:offer_edit", pk=lambda s: s.offer.pk), "editor_a"),
    PageCase(
        "location form", in_network("directory:location_create", pk=lambda s: s.world.org_a.pk), "editor_a"
    ),
    PageCase("position form", in_network("directory:position_edit", pk=lambda s: s.position.pk), "editor_a"),
    PageCase("offer history", in_network("directory:offer_history", pk=lambda s: s.offer.pk), "editor_a"),
    PageCase("new article", in_network("knowledge:article_create"), "editor_a"),
    PageCase(
        "translation form",
        in_network("knowledge:translation_edit", slug=lambda s: s.article.slug, language=lambda s: "ar"),
        "editor_a",
    ),
    PageCase("article form", in_network("knowledge:article_edit", slug=lambda s: s.article.slug), "editor_a"),
    PageCase(
        "translation history",
        in_network("knowledge:translation_history", slug=lambda s: s.article.slug, language=lambda s: "ar"),
        "editor_a",
    ),
    PageCase(
        "translation version",
        in_network(
            "knowledge:translation_version",
            slug=lambda s: s.article.slug,
            language=lambda s: "ar",
            version=lambda s: 1,
        ),
        "editor_a",
    ),
    PageCase(
        "article history", in_network("knowledge:article_history", slug=lambda s: s.article.slug), "editor_a"
    ),
    PageCase(
        "article changes", in_network("knowledge:article_diff", slug=lambda s: s.article.slug), "editor_a"
    ),
    PageCase(
        "article revision",
        in_network("knowledge:article_revision", slug=lambda s: s.article.slug, number=lambda s: 1),
        "editor_a",
    ),
    # Coordinators
    PageCase("members", in_network("accounts:member_list"), "coordinator"),
    PageCase(
        "member form", in_network("accounts:member_edit", pk=lambda s: s.member_membership.pk), "coordinator"
    ),
    PageCase("invitation form", in_network("accounts:invite"), "coordinator"),
    PageCase("invitations", in_network("accounts:invitation_list"), "coordinator"),
    PageCase("membership requests", in_network("directory:request_list"), "coordinator"),
    PageCase(
        "membership request",
        in_network("directory:request_detail", pk=lambda s: s.membership_request.pk),
        "coordinator",
    ),
    PageCase("settings", in_network("core:settings"), "coordinator"),
    PageCase("articles to review", in_network("knowledge:review_queue"), "coordinator"),
    PageCase(
        "article review",
        in_network("knowledge:article_review", slug=lambda s: s.in_review.slug),
        "coordinator",
    ),
    PageCase(
        "article confirmation",
        in_network("knowledge:article_confirm", slug=lambda s: s.article.slug),
        "coordinator",
    ),
    PageCase("knowledge settings", in_network("knowledge:settings"), "coordinator"),
    PageCase("documents", in_network("documents:document_list")),
    PageCase("document", in_network("documents:document_detail", pk=lambda s: s.document.pk), "editor_a"),
    PageCase("document upload", in_network("documents:document_create"), "editor_a"),
    PageCase(
        "document details form", in_network("documents:document_edit", pk=lambda s: s.document.pk), "editor_a"
    ),
    PageCase(
        "new document version", in_network("documents:version_create", pk=lambda s: s.document.pk), "editor_a"
    ),
    PageCase("unreadable documents", in_network("documents:unreadable_list"), "coordinator"),
    PageCase(
        "delete document", in_network("documents:document_delete", pk=lambda s: s.document.pk), "coordinator"
    ),
    PageCase(
        "collection form",
        in_network("knowledge:collection_edit", slug=lambda s: s.collection.slug),
        "coordinator",
    ),
    PageCase(
        "collection deletion",
        in_network("knowledge:collection_delete", slug=lambda s: s.collection.slug),
        "coordinator",
    ),
    PageCase("network settings", in_network("core:network_settings"), "coordinator"),
    PageCase("thematic fields", in_network("core:taxonomy_fields"), "coordinator"),
    PageCase("thematic field form", in_network("core:taxonomy_fields_create"), "coordinator"),
    PageCase("languages", in_network("core:taxonomy_languages"), "coordinator"),
    PageCase("municipalities", in_network("core:taxonomy_municipalities"), "coordinator"),
]


@pytest.fixture
def site(world: World) -> Site:
    network, organization = world.network, world.org_a
    thematic_field = ThematicFieldFactory(network=network, name="Arbeit und Ausbildung")
    target_group = TargetGroupFactory(network=network, name="Geflüchtete Familien")
    offer = OfferFactory(organization=organization, title="Migrationsberatung für Erwachsene")
    offer.thematic_fields.add(thematic_field)
    offer.target_groups.add(target_group)
    LocationFactory(
        organization=organization, municipality=MunicipalityFactory(ags="15084275", name="Naumburg")
    )
    holding = PositionHoldingFactory(
        position=PositionFactory(organization=organization, title="Migrationsberaterin"),
        person=PersonFactory(name="Erika Beispiel"),
    )
    top = Collection.objects.create(network=network, title="Aufenthaltsrecht", slug="aufenthaltsrecht")
    collection = Collection.objects.create(
        network=network, parent=top, title="EU-Freizügigkeit", slug="eu-freizuegigkeit"
    )
    article = make_article(
        network,
        world.editor_a,
        title="Wohnsitz anmelden als EU-Bürgerin oder EU-Bürger",
        body=ARTICLE_BODY,
        collection=collection,
        reviewer=world.coordinator,
    )
    article.thematic_fields.add(thematic_field)
    article = knowledge_services.save_article(
        article=article,
        text=knowledge_services.ArticleText(
            article.title, article.summary, ARTICLE_BODY.replace("zwei", "drei")
        ),
        loaded_revision=article.revision_number,
        by=world.coordinator,
        note="Neue Frist",
        is_major=True,
    )
    network.languages.add(LanguageFactory(code="ar", name="Arabisch", native_name="العربية", is_rtl=True))
    for version, body in enumerate(("كل من يسكن في شقة.", "كل من يسكن في شقة أو في غرفة."), start=0):
        knowledge_services.save_translation(
            article=article,
            language="ar",
            text=knowledge_services.ArticleText(
                "تسجيل السكن لمواطني الاتحاد الأوروبي", "", f"## من يجب عليه التسجيل؟\n\n{body}"
            ),
            loaded_version=version,
            by=world.editor_a,
            based_on_revision=1,
        )
    document = make_document(
        network,
        world.editor_a,
        title="Ausfüllhilfe Kindergeld",
        data=pdf_bytes("Antrag auf Kindergeld", "Seite zwei"),
        collection=collection,
        visibility="public",
    )
    document.articles.add(article)
    documents_services.read_text(version_id=document.current_version_id)
    locked = make_document(network, world.editor_a, title="Protokoll", data=pdf_bytes("x", password="pw"))
    documents_services.read_text(version_id=locked.current_version_id)
    return Site(
        document=document,
        world=world,
        offer=offer,
        position=holding.position,
        person=holding.person,
        membership_request=MembershipRequestFactory(network=network),
        invitation=Invitation.objects.create(
            network=network, email="neu@example.org", name="Nora Neu", invited_by=world.coordinator
        ),
        member_membership=Membership.objects.get(user=world.member, network=network),
        article=article,
        collection=collection,
        in_review=make_article(
            network,
            world.editor_a,
            title="Kindergeld für EU-Bürger",
            status=ArticleStatus.REVIEW,
            body=ARTICLE_BODY,
        ),
    )


@functools.cache
def axe_source() -> str:
    if not AXE_SCRIPT.exists():
        pytest.fail(f"{AXE_SCRIPT} is missing; run `bash scripts/build-assets.sh`.", pytrace=False)
    return AXE_SCRIPT.read_text(encoding="utf-8")


def run_axe(page: Page) -> list[dict[str, Any]]:
    # Evaluated rather than added with `page.add_script_tag(path=...)`: that inserts an inline <script>,
    # which our Content Security Policy rightly blocks; evaluating through the DevTools protocol works
    # and leaves the policy in force for the page itself.
    page.evaluate(axe_source())
    results = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})",
        WCAG_TAGS,
    )
    return results["violations"]


WIDEST_ELEMENT = """(() => {
  const width = document.documentElement.clientWidth;
  const sticksOut = element => element.getBoundingClientRect().right > width + 1;
  const element = [...document.querySelectorAll("main *")].find(sticksOut);
  return element ? element.outerHTML.slice(0, 120) : "outside <main>";
})()"""


def describe(violations: list[dict[str, Any]]) -> str:
    lines = []
    for violation in violations:
        lines.append(
            f"- {violation['id']} [{violation['impact']}]: {violation['help']} ({violation['helpUrl']})"
        )
        for node in violation["nodes"][:8]:
            target = " ".join(str(part) for part in node["target"])
            lines.append(f"    at {target}: {node['html'][:160]}")
        if len(violation["nodes"]) > 8:
            lines.append(f"    … and {len(violation['nodes']) - 8} more")
    return "\n".join(lines)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("case", PAGES, ids=lambda case: case.name.replace(" ", "-"))
def test_page_is_accessible(page: Page, site: Site, visitor: Visitor, case: PageCase, language: str) -> None:
    visitor.log_in(site.world.users()[case.role])
    visitor.use_language(language)
    path = case.path(site)

    response = page.goto(path)

    assert response is not None
    assert response.status == case.status, f"{path} answered {response.status}"
    assert page.locator("html").get_attribute("lang") == language
    if case.ready:
        page.locator(case.ready).first.wait_for()
    first_level_headings = page.get_by_role("heading", level=1).count()
    assert first_level_headings == 1, f"{path} has {first_level_headings} first-level headings, not one"
    violations = run_axe(page)
    assert not violations, (
        f"{path} ({language}, as {case.role}) violates WCAG 2.1 AA:\n{describe(violations)}"
    )

    page.set_viewport_size(PHONE)
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, (
        f"{path} is {overflow}px wider than a 390px phone screen (WCAG 1.4.10 Reflow); first element sticking"
        f' out: {page.evaluate(WIDEST_ELEMENT)}. Wrap wide tables in <div class="kern-table-responsive">.'
    )
    phone_violations = run_axe(page)
    assert not phone_violations, (
        f"{path} ({language}, as {case.role}) on a phone violates WCAG 2.1 AA:\n{describe(phone_violations)}"
    )
