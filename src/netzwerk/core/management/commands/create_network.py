"""Creates a network with its default taxonomies: the first step of a new installation."""

from typing import Any

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser

from netzwerk.core.models import Municipality
from netzwerk.core.services import create_network


class Command(BaseCommand):
    help = (
        "Create an integration network with its default thematic fields and target groups, "
        "and load the municipalities of its district if the platform ships them."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--name", required=True, help="Name in German, e.g. 'Integrationsnetzwerk Saalekreis'."
        )
        parser.add_argument("--slug", required=True, help="Short name in addresses, e.g. 'saalekreis'.")
        parser.add_argument("--district", required=True, help="District name, e.g. 'Saalekreis'.")
        parser.add_argument("--ags", required=True, help="District key (AGS prefix), e.g. 15088.")
        parser.add_argument("--name-en", default="", help="English name (optional).")
        parser.add_argument("--office-name", default="", help="Name of the coordination office.")
        parser.add_argument("--office-email", default="", help="Functional email of the coordination office.")
        parser.add_argument("--office-phone", default="")
        parser.add_argument("--office-address", default="")
        parser.add_argument(
            "--languages",
            default="de",
            help="Comma-separated ISO 639-1 codes of languages offered, e.g. de,en,ar.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            network = create_network(
                name=options["name"],
                slug=options["slug"],
                district=options["district"],
                district_ags=options["ags"],
                name_en=options["name_en"],
                office_name=options["office_name"],
                office_email=options["office_email"],
                office_phone=options["office_phone"],
                office_address=options["office_address"],
                languages=[code for code in options["languages"].split(",") if code.strip()],
            )
        except ValidationError as error:
            messages = [
                f"{field}: {' '.join(errors)}" for field, errors in getattr(error, "message_dict", {}).items()
            ] or error.messages
            raise CommandError("Network not created. " + " ".join(messages)) from error

        municipalities = Municipality.objects.filter(ags__startswith=network.district_ags).count()
        self.stdout.write(
            self.style.SUCCESS(f"Created network “{network.name}” at /n/{network.slug}/.")
            + f"\n  Thematic fields: {network.thematic_fields.count()}"
            + f"\n  Target groups: {network.target_groups.count()}"
            + f"\n  Municipalities in its area: {municipalities}"
        )
        if not municipalities:
            self.stdout.write(
                self.style.WARNING(
                    "The platform ships no municipalities for this district key; add them in the admin."
                )
            )
