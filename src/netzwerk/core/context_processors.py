from django.conf import settings
from django.http import HttpRequest
from django.utils.translation import get_language, get_language_bidi


def platform(request: HttpRequest) -> dict:
    return {
        "interface_languages": [
            (code, name) for code, name in settings.LANGUAGES if code in settings.INTERFACE_LANGUAGES
        ],
        "current_network": getattr(request, "network", None),
        "current_membership": getattr(request, "membership", None),
        "html_lang": get_language(),
        "html_dir": "rtl" if get_language_bidi() else "ltr",
    }
