"""Which directory records keep a change history (who, when, what changed)."""

from netzwerk.core.history import track_history

from .models import Location, Offer, Organization, Person, Position, PositionHolding


def register_history() -> None:
    track_history(Organization, m2m_fields=["thematic_fields", "languages"])
    track_history(Location)
    track_history(
        Offer, m2m_fields=["thematic_fields", "target_groups", "languages", "service_area", "locations"]
    )
    track_history(Position, m2m_fields=["offers", "thematic_fields"])
    track_history(Person, m2m_fields=["languages"])
    track_history(PositionHolding)
