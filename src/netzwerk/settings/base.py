"""Settings shared by every environment; whatever differs between machines comes from the environment."""

from pathlib import Path

import environ
from django.utils.translation import gettext_lazy as _

env = environ.Env()

PACKAGE_DIR = Path(__file__).resolve().parent.parent
# Mutable data (SQLite database, uploads, task queue) lives outside the package, by default in ./var.
VAR_DIR = Path(env.str("NETZWERK_VAR_DIR", default=str(Path.cwd() / "var")))
VAR_DIR.mkdir(parents=True, exist_ok=True)

DEBUG = env.bool("NETZWERK_DEBUG", default=False)
SECRET_KEY = env.str("SECRET_KEY", default="insecure-development-key-only-for-local-demo-use-0123456789")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]", "testserver"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "modeltranslation",  # must come before django.contrib.admin
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.forms",  # TemplatesSetting renders Django's own form templates too (allauth uses them)
    "rules.apps.AutodiscoverRulesConfig",
    "simple_history",
    "django_htmx",
    "csp",
    "huey.contrib.djhuey",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "allauth.socialaccount",
    "allauth.socialaccount.providers.openid_connect",
    "ninja",
    "netzwerk.core",
    "netzwerk.accounts",
    "netzwerk.demo",
    "netzwerk.directory",
    "netzwerk.knowledge",
    "netzwerk.documents",
    "netzwerk.api",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Pages compress to a fifth. Django pads compressed responses with random bytes against BREACH, and
    # CSRF tokens are masked per response; whitenoise serves static files precompressed above this.
    "django.middleware.gzip.GZipMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "netzwerk.core.middleware.InterfaceLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "netzwerk.core.middleware.CurrentNetworkMiddleware",
    "netzwerk.accounts.middleware.RequireCoordinatorMFAMiddleware",
    # Last: it answers from the cache in place of the view, after every other check has run.
    "netzwerk.api.response_cache.SharedListCacheMiddleware",
]

ROOT_URLCONF = "netzwerk.urls"
WSGI_APPLICATION = "netzwerk.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PACKAGE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "csp.context_processors.nonce",
                "netzwerk.core.context_processors.platform",
            ],
        },
    },
]

# --- Database ---------------------------------------------------------------------------------------
_default_sqlite = f"sqlite:///{VAR_DIR / 'netzwerk.sqlite3'}"
DATABASES = {"default": env.db_url("DATABASE_URL", default=_default_sqlite)}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers proceed while one writer works; IMMEDIATE takes the write lock at BEGIN, so two
    # writers queue on busy_timeout instead of failing with "database is locked" mid-transaction.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
            "init_command": (
                "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; "
                "PRAGMA busy_timeout=20000;"
            ),
        }
    )
# Connections are kept across requests: opening one cost a PostgreSQL server a new process, and SQLite
# its four pragmas and the statements it had prepared (a twentieth of a worker's time under load).
DATABASES["default"].setdefault("CONN_MAX_AGE", env.int("CONN_MAX_AGE", default=60))
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache, queue -----------------------------------------------------------------------------------
REDIS_URL = env.str("REDIS_URL", default="")
if REDIS_URL:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}}
    HUEY = {
        "huey_class": "huey.RedisHuey",
        "name": "netzwerk",
        "url": REDIS_URL,
        "immediate": False,
        "consumer": {"workers": 2, "worker_type": "thread"},
    }
else:
    # A cache on disk is shared by the web processes and the worker, so login rate limits hold across all.
    # diskcache keeps it in SQLite files (docs/decisions/0003-embedded-cache.md). A busy shard is waited
    # for up to DATABASE_TIMEOUT; a read that still times out is a miss, a write is retried.
    CACHES = {
        "default": {
            "BACKEND": "netzwerk.core.cache.EmbeddedCache",
            "LOCATION": str(VAR_DIR / "cache"),
            "SHARDS": 4,
            "DATABASE_TIMEOUT": 0.25,
            "OPTIONS": {"size_limit": 2**30},
        }
    }
    HUEY = {
        "huey_class": "huey.SqliteHuey",
        "name": "netzwerk",
        "filename": str(VAR_DIR / "tasks.sqlite3"),
        "immediate": False,
        "consumer": {"workers": 2, "worker_type": "thread"},
    }

# --- Authentication ---------------------------------------------------------------------------------
AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "rules.permissions.ObjectPermissionBackend",
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "core:home"
LOGOUT_REDIRECT_URL = "core:home"

ACCOUNT_ADAPTER = "netzwerk.accounts.adapter.AccountAdapter"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
# Accounts come from invitations; open self-registration would bypass the coordinators.
ACCOUNT_SIGNUP_OPEN = env.bool("NETZWERK_SIGNUP_OPEN", default=False)
# Limits count failed logins (allauth gives back the count of an attempt that succeeds): five per account
# in five minutes stops guessing one password; thirty per address in five minutes stops trying many
# accounts, and still leaves room for typos when a meeting of 80 shares one Wi-Fi. The flood guard on all
# login requests of an address lets such a room log in within a minute.
ACCOUNT_RATE_LIMITS = {
    "login_failed": "30/5m/ip,5/5m/key",
    "login": "150/m/ip",
    "reset_password": "5/m/ip,5/5m/key",
    "confirm_email": "1/3m/key",
}
ACCOUNT_DEFAULT_HTTP_PROTOCOL = env.str("NETZWERK_HTTP_PROTOCOL", default="http")
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes", "webauthn"]
MFA_PASSKEY_LOGIN_ENABLED = True
MFA_TOTP_ISSUER = "Netzwerk Integration"
MFA_WEBAUTHN_ALLOW_INSECURE_ORIGIN = env.bool("NETZWERK_WEBAUTHN_INSECURE", default=False)
# Coordinators see and change everything of their network, so they must use a second factor.
NETZWERK_REQUIRE_MFA_FOR_COORDINATORS = env.bool("NETZWERK_REQUIRE_MFA_FOR_COORDINATORS", default=True)
NETZWERK_INVITATION_DAYS = env.int("NETZWERK_INVITATION_DAYS", default=14)
# Links in emails (invitations) are absolute; emails are also sent by the worker, outside any request.
NETZWERK_SITE_URL = env.str("NETZWERK_SITE_URL", default="http://127.0.0.1:8000")

SOCIALACCOUNT_ONLY = False
SOCIALACCOUNT_PROVIDERS: dict = {}
if env.str("OIDC_SERVER_URL", default=""):
    # Keycloak (or any OpenID Connect provider) as an additional login method.
    SOCIALACCOUNT_PROVIDERS["openid_connect"] = {
        "APPS": [
            {
                "provider_id": "keycloak",
                "name": env.str("OIDC_NAME", default="Keycloak"),
                "client_id": env.str("OIDC_CLIENT_ID"),
                "secret": env.str("OIDC_CLIENT_SECRET"),
                "settings": {"server_url": env.str("OIDC_SERVER_URL")},
            }
        ]
    }

# --- Email ------------------------------------------------------------------------------------------
EMAIL_CONFIG = env.email_url("EMAIL_URL", default="consolemail://")
vars().update(EMAIL_CONFIG)
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="Netzwerk Integration <noreply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- Languages --------------------------------------------------------------------------------------
LANGUAGE_CODE = "de"
TIME_ZONE = "Europe/Berlin"
USE_I18N = True
USE_TZ = True
# The interface is German and English; public content may additionally be kept in these languages.
INTERFACE_LANGUAGES = ("de", "en")
LANGUAGES = [
    ("de", _("German")),
    ("en", _("English")),
    ("ar", _("Arabic")),
    ("fa", _("Persian")),
    ("uk", _("Ukrainian")),
    ("ru", _("Russian")),
    ("ro", _("Romanian")),
    ("pl", _("Polish")),
    ("bg", _("Bulgarian")),
    ("tr", _("Turkish")),
]
LANGUAGES_BIDI = ["ar", "fa", "he", "ur"]
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
MODELTRANSLATION_DEFAULT_LANGUAGE = "de"
MODELTRANSLATION_FALLBACK_LANGUAGES = ("de",)
MODELTRANSLATION_AUTO_POPULATE = False

# --- Static and uploaded files ----------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = Path(env.str("STATIC_ROOT", default=str(VAR_DIR / "static")))
# Self-hosted vendor assets (KERN UX, htmx, axe-core) built by scripts/build-assets.sh.
STATICFILES_DIRS = [PACKAGE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env.str("MEDIA_ROOT", default=str(VAR_DIR / "media")))
# Served as production serves them unless debugging: collected, named by their content hash (cached by
# browsers for a year, `immutable`) and stored gzip- and brotli-compressed beside the originals.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
WHITENOISE_USE_FINDERS = DEBUG
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FIELDS = 4000
NETZWERK_LOGO_MAX_BYTES = env.int("NETZWERK_LOGO_MAX_BYTES", default=2 * 1024 * 1024)
# Documents (core.uploads): counted while they stream in, so an oversized file is never kept whole.
NETZWERK_UPLOAD_MAX_BYTES = env.int("NETZWERK_UPLOAD_MAX_BYTES", default=20 * 1024 * 1024)
# What an office file (a ZIP inside) may unpack to; more is treated as a zip bomb.
NETZWERK_UPLOAD_MAX_UNPACKED_BYTES = env.int("NETZWERK_UPLOAD_MAX_UNPACKED_BYTES", default=200 * 1024 * 1024)
FILE_UPLOAD_HANDLERS = [
    "netzwerk.core.uploads.SizeLimitedUploadHandler",
    "django.core.files.uploadhandler.MemoryFileUploadHandler",
    "django.core.files.uploadhandler.TemporaryFileUploadHandler",
]

# --- Security ---------------------------------------------------------------------------------------
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    }
}

# Messages travel in a signed cookie (the session only holds what does not fit): a session written on every
# save and every page that shows a message is a database write each, which serialises on SQLite.
MESSAGE_STORAGE = "django.contrib.messages.storage.fallback.FallbackStorage"
# Sessions are read from the cache and written through to the database: one query less per page for
# everyone logged in, and sessions survive a cleared cache.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# --- API --------------------------------------------------------------------------------------------
NINJA_PAGINATION_PER_PAGE = 20
NINJA_PAGINATION_MAX_LIMIT = 100

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
    "loggers": {"django.db.backends": {"level": "WARNING"}},
}

FORM_RENDERER = "netzwerk.core.forms.KernFormRenderer"
