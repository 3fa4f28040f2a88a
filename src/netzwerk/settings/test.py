"""Settings for the test suite: fast hashing, mail in memory, tasks run immediately."""

import tempfile
from pathlib import Path

from .base import *

SECRET_KEY = "test-key-not-for-production-use-7f3a9c1e5b2d8f4a6c0e9b7d3f1a5c8e2b4d6f"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
HUEY = {**HUEY, "immediate": True}
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="netzwerk-test-media-"))
NETZWERK_REQUIRE_MFA_FOR_COORDINATORS = False
MFA_WEBAUTHN_ALLOW_INSECURE_ORIGIN = True
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True
STATIC_ROOT = Path(tempfile.mkdtemp(prefix="netzwerk-test-static-"))
