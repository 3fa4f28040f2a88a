"""`netzwerk read_document_texts`: read the text of every document version again (e.g. after an update of
the parsers, or when the worker was down); prints how many were read and how many could not be."""

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from netzwerk.core.models import Network
from netzwerk.documents import services
from netzwerk.documents.models import DocumentVersion, ExtractionStatus


class Command(BaseCommand):
    help = "Read the text of all document versions again (for the search, page and word counts)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--network", help="Only the documents of the network with this short name.")
        parser.add_argument(
            "--unread-only", action="store_true", help="Only versions whose text is not read yet or failed."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        versions = DocumentVersion.objects.order_by("pk")
        if options["network"]:
            network = Network.objects.filter(slug=options["network"]).first()
            if network is None:
                raise CommandError(f"There is no network with the short name “{options['network']}”.")
            versions = versions.filter(document__network=network)
        if options["unread_only"]:
            versions = versions.exclude(extraction_status=ExtractionStatus.DONE)
        read = failed = 0
        for version_id in versions.values_list("pk", flat=True).iterator():
            version = services.read_text(version_id=version_id)
            if version is None:
                continue
            if version.extraction_status == ExtractionStatus.DONE:
                read += 1
            else:
                failed += 1
                self.stderr.write(f"{version}: {version.get_extraction_problem_display()}")
        self.stdout.write(f"{read} read, {failed} not readable.")
