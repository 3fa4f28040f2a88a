"""The directory's part of the demo (`netzwerk load_demo`), registered in `directory.contributions`.

Real organizations carry public facts only; every person and every organization marked "(Beispiel)"
is invented.
"""

from netzwerk.core.models import Network
from netzwerk.demo.loader import DemoContext
from netzwerk.directory.models import Offer, Organization, Position

from .builder import DemoBuilder


def build(context: DemoContext) -> None:
    DemoBuilder(context).build()


def is_present(network: Network) -> bool:
    return Organization.objects.filter(is_example=True, network_links__network=network).exists()


def summary(network: Network) -> str:
    return (
        f"{Organization.objects.in_network(network).count()} organizations, "
        f"{Offer.objects.in_network(network).distinct().count()} offers, "
        f"{Position.objects.in_network(network).distinct().count()} positions"
    )
