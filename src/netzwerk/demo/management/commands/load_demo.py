"""Loads the demo data of the Burgenlandkreis network and prints the demo logins."""

from typing import Any

from django.core.management.base import BaseCommand, CommandError

from netzwerk.core.models import Network
from netzwerk.demo.accounts import logins_table
from netzwerk.demo.basics import NETWORKS
from netzwerk.demo.loader import DemoConflictError, load_demo, part_modules


class Command(BaseCommand):
    help = (
        "Load the demo data (Integrationsnetzwerk Burgenlandkreis and a small second network) with one "
        "login per role. Running it again changes nothing and prints the logins."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            result = load_demo()
        except DemoConflictError as error:
            raise CommandError(str(error)) from error

        if result.created:
            self.stdout.write(self.style.SUCCESS("Demo data loaded."))
        else:
            self.stdout.write("Demo data is already present; nothing was changed.")
        for spec in NETWORKS:
            network = Network.objects.get(slug=spec.slug)
            figures = ", ".join(
                module.summary(network) for module in part_modules() if hasattr(module, "summary")
            )
            self.stdout.write(f"  {network.name} (/n/{network.slug}/): {figures}")
        self.stdout.write("")
        self.stdout.write(self.style.MIGRATE_HEADING("Demo logins"))
        self.stdout.write(logins_table(result.new_users if result.created else None))
        self.stdout.write(
            "\nMFA is off for the demo (make demo sets NETZWERK_REQUIRE_MFA_FOR_COORDINATORS=0). "
            "Never load the demo into an installation with real data."
        )
