"""Template helpers of the directory pages: translated texts with their language, map links."""

from decimal import Decimal
from typing import Any
from urllib.parse import urlencode

from django import template
from django.utils.translation import gettext as _

from netzwerk.core.content_language import translated_text

register = template.Library()


# Also in the `platform` library; registered here so directory templates need one `load`.
register.simple_tag(translated_text, name="translated")


@register.filter
def openstreetmap_url(location: Any) -> str:
    """A link to the location on openstreetmap.org (a plain external link: no map is embedded)."""
    latitude, longitude = location.latitude, location.longitude
    if latitude is None or longitude is None:
        return ""
    lat, lon = f"{Decimal(latitude):f}", f"{Decimal(longitude):f}"
    return f"https://www.openstreetmap.org/?{urlencode({'mlat': lat, 'mlon': lon})}#map=17/{lat}/{lon}"


@register.simple_tag
def service_area_label(places: Any, network: Any) -> str:
    """Names the municipalities an offer serves, or the whole district when it serves all of them.

    Most offers of a district authority serve every municipality; a list of 33 names hides what matters.
    The size of the network's area is counted once per request (cached on the network object).
    """
    names = [str(place) for place in places]
    if not names:
        return ""
    area_size = getattr(network, "_municipality_count", None)
    if area_size is None:
        area_size = network.municipalities().count()
        network._municipality_count = area_size
    served_in_area = sum(1 for place in places if place.ags.startswith(network.district_ags))
    if area_size and served_in_area >= area_size:
        return _("whole district (%(district)s)") % {"district": network.district}
    return ", ".join(names)
