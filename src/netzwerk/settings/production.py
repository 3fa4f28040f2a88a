"""Production settings: refuse to start rather than run insecurely."""

from django.core.exceptions import ImproperlyConfigured

from .base import *
from .base import env

WEAK_KEY_MARKERS = ("insecure", "changeme", "secret", "django-insecure")

if DEBUG:
    raise ImproperlyConfigured("NETZWERK_DEBUG must be off in production.")
if (
    not env.str("SECRET_KEY", default="")
    or len(SECRET_KEY) < 50
    or len(set(SECRET_KEY)) < 5
    or any(marker in SECRET_KEY.lower() for marker in WEAK_KEY_MARKERS)
):
    raise ImproperlyConfigured(
        "SECRET_KEY must be set to a random value of at least 50 characters in production."
    )

if not NETZWERK_SITE_URL.startswith("https://"):
    raise ImproperlyConfigured(
        "NETZWERK_SITE_URL must be the public https:// address of the platform (used in email links)."
    )

SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "https"
