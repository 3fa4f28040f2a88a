"""The documents' part of the demo (`netzwerk load_demo`), registered in `documents.contributions`.

The files are generated (see `files.py`) and go through the same upload pipeline and services as in use;
their text is read at once, so the search and the counts work without a running worker. One document has
two versions; one PDF is password-protected, so that the coordinators' list of unreadable files has an
entry.
"""

from datetime import timedelta
from typing import Any

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from netzwerk.core.models import Network
from netzwerk.core.uploads import DOCUMENT_KINDS, check_upload
from netzwerk.demo.loader import DemoContext
from netzwerk.demo.specs import BURGENLANDKREIS
from netzwerk.documents import services
from netzwerk.documents.models import Document, DocumentVersion
from netzwerk.knowledge.models import ArticleVisibility, Collection

from . import files
from .texts import CHECKLIST, KG1_2025, KG1_2026, MINUTES, OPENING_HOURS, PROTECTED_GUIDE


def _upload(name: str, data: bytes) -> Any:
    return check_upload(SimpleUploadedFile(name, data), kinds=DOCUMENT_KINDS, max_bytes=len(data) + 1)


def build(context: DemoContext) -> None:
    network = context.networks[BURGENLANDKREIS]
    users = context.users
    articles = context.records.get("articles", {})
    shelves = {shelf.slug: shelf for shelf in Collection.objects.filter(network=network)}
    organizations = context.records.get("organizations", {})

    kg1 = services.create_document(
        network=network,
        by=users["editor"],
        upload=_upload(
            "Ausfuellhilfe_KG1_2025.pdf", files.pdf("Ausfüllhilfe Kindergeldantrag (KG 1)", KG1_2025)
        ),
        title="Ausfüllhilfe Kindergeldantrag (KG 1)",
        description="Feld für Feld erklärt, mit den Unterlagen, die EU-Bürgerinnen und -Bürger beilegen.",
        collection=shelves.get("ausfuellhilfen"),
        articles=[articles[key] for key in ("kindergeld-eu", "ausfuellhilfe-kg1") if key in articles],
        visibility=ArticleVisibility.PUBLIC,
        organization=organizations.get("caritas"),
        note="Erste Fassung",
    )
    services.add_version(
        document=kg1,
        by=users["coordinator"],
        upload=_upload(
            "Ausfuellhilfe_KG1_2026.pdf", files.pdf("Ausfüllhilfe Kindergeldantrag (KG 1)", KG1_2026)
        ),
        note="Neue Formularfassung der Familienkasse 2026",
    )
    checklist = services.create_document(
        network=network,
        by=users["coordinator"],
        upload=_upload("Checkliste Wohnsitzanmeldung.docx", files.docx(*CHECKLIST)),
        title="Checkliste Wohnsitzanmeldung",
        description="Was zur Anmeldung beim Bürgeramt mitzubringen ist.",
        collection=shelves.get("eu-freizuegigkeit"),
        articles=[
            articles[key] for key in ("anmeldung-eu", "ausfuellhilfe-wohnungsgeber") if key in articles
        ],
        visibility=ArticleVisibility.PUBLIC,
    )
    hours = services.create_document(
        network=network,
        by=users["coordinator"],
        upload=_upload("Sprechzeiten Beratungsstellen.xlsx", files.xlsx(*OPENING_HOURS)),
        title="Sprechzeiten der Beratungsstellen",
        description="Offene Sprechzeiten und Terminvergabe der Beratungsstellen im Landkreis.",
        collection=shelves.get("beratung"),
        visibility=ArticleVisibility.NETWORK,
    )
    minutes = services.create_document(
        network=network,
        by=users["coordinator"],
        upload=_upload("Protokoll Netzwerktreffen September.odt", files.odt(*MINUTES)),
        title="Protokoll des Netzwerktreffens im September",
        collection=shelves.get("netzwerk"),
        articles=[articles[key] for key in ("geschaeftsordnung",) if key in articles],
        visibility=ArticleVisibility.NETWORK,
    )
    protected = services.create_document(
        network=network,
        by=users["editor"],
        upload=_upload(
            "Leitfaden_Auslaenderbehoerde.pdf",
            files.pdf("Leitfaden der Ausländerbehörde", PROTECTED_GUIDE, password="demo"),  # noqa: S106
        ),
        title="Leitfaden der Ausländerbehörde (passwortgeschützt)",
        description="Die Datei ist mit einem Passwort geschützt; ihr Text kann nicht gelesen werden.",
        collection=shelves.get("eu-freizuegigkeit"),
        visibility=ArticleVisibility.NETWORK,
    )
    for document, days_ago in ((kg1, 300), (checklist, 120), (hours, 45), (minutes, 80), (protected, 20)):
        _read_and_date(document, days_ago)


def _read_and_date(document: Document, days_ago: int) -> None:
    """Read the texts now and move the uploads into the past: versions a few months apart."""
    versions = list(document.versions.order_by("number"))
    now = timezone.now()
    for offset, version in enumerate(versions):
        services.read_text(version_id=version.pk)
        moment = now - timedelta(days=days_ago - 150 * offset)
        DocumentVersion.objects.filter(pk=version.pk).update(uploaded_at=moment)
    Document.objects.filter(pk=document.pk).update(created_at=now - timedelta(days=days_ago))


def is_present(network: Network) -> bool:
    return network.slug != BURGENLANDKREIS or Document.objects.filter(network=network).exists()


def summary(network: Network) -> str:
    documents = Document.objects.filter(network=network)
    versions = DocumentVersion.objects.filter(document__network=network)
    return f"{documents.count()} documents with {versions.count()} versions"
