"""Settings for Forums Portal, read from the environment (django-environ).

Every variable has a development default so that `make run` needs nothing;
the production variables are listed in the README.
"""

import datetime
from pathlib import Path

import environ
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

DEBUG = env.bool("DEBUG", default=False)
# The default key is only fit for a laptop; `check --deploy` flags it (W009).
SECRET_KEY = env("SECRET_KEY", default="django-insecure-local-development-only")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "modeltranslation",  # must precede django.contrib.admin
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "crispy_forms",
    "crispy_bootstrap5",
    "events",
    "sessions.apps.AgendaConfig",
    "registrations",
    # The read-only public API (events/api): DRF, its OpenAPI schema, the docs UI served locally, CORS for GET.
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "corsheaders",
    "simple_history",  # audit history of organisers' changes (events/history.py)
    "axes",  # admin login throttling: last, as its documentation asks
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "axes.middleware.AxesMiddleware",  # answers a locked-out login with the lockout page
    "simple_history.middleware.HistoryRequestMiddleware",  # who made each change
]

ROOT_URLCONF = "forums_portal.urls"
WSGI_APPLICATION = "forums_portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {"default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'var' / 'db.sqlite3'}")}
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=0)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Rendered forum pages are cached per language (events/caching.py). The default is
# per process; with several workers set CACHE_URL to a shared cache, e.g. redis://host:6379/1.
CACHES = {"default": env.cache("CACHE_URL", default="locmemcache://forums-portal")}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: Ukrainian first (the default), Polish, English (the source of UI strings).
LANGUAGE_CODE = "uk"
LANGUAGES = [
    ("uk", _("Ukrainian")),
    ("pl", _("Polish")),
    ("en", _("English")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True

# Stored in UTC; each forum is entered and shown in its own zone (Forum.time_zone).
USE_TZ = True
TIME_ZONE = env("TIME_ZONE", default="Europe/Kyiv")

# django-modeltranslation: content in uk, pl and en; a missing translation falls
# back to another language so that no page is ever blank.
MODELTRANSLATION_DEFAULT_LANGUAGE = "uk"
MODELTRANSLATION_LANGUAGES = ("uk", "pl", "en")
MODELTRANSLATION_FALLBACK_LANGUAGES = {
    "default": ("en", "uk", "pl"),
    "en": ("uk", "pl"),
}
# The tabbed translation widgets need jQuery UI: served from our static files, not a CDN.
JQUERY_UI_URL = "vendor/jquery-ui/jquery-ui.min.js"

STATIC_URL = "static/"
STATIC_ROOT = env.path("STATIC_ROOT", default=BASE_DIR / "var" / "static")
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "var" / "media")
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

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

EMAIL_CONFIG = env.email("EMAIL_URL", default="consolemail://")
vars().update(EMAIL_CONFIG)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="Forums Portal <noreply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Production hardening: on whenever DEBUG is off (the portal runs behind a TLS proxy).
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=not DEBUG)
SESSION_COOKIE_SECURE = not DEBUG
CSRF_COOKIE_SECURE = not DEBUG
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=0 if DEBUG else 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = not DEBUG
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=not DEBUG)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# Redirecting the health check to HTTPS would make a load balancer think we are down.
SECURE_REDIRECT_EXEMPT = [r"^healthz/$"]

# The public API (/api/v1/): read-only, anonymous, JSON; any site may fetch it with GET (CORS).
REST_FRAMEWORK = {
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": [],
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "UNAUTHENTICATED_USER": None,
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    # `format` is the directory's filter by forum format, not a choice of renderer.
    "URL_FORMAT_OVERRIDE": None,
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Forums Portal API",
    "DESCRIPTION": "Read-only public data of the municipal development forums: forums with their programmes, "
    "organisations, series and speakers, in Ukrainian, Polish and English.",
    "VERSION": "1",
    # OpenAPI 3.1: its schemas are JSON Schema, so partners (and our tests) can validate responses with them.
    "OAS_VERSION": "3.1.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "COMPONENT_SPLIT_REQUEST": True,
    # The docs page loads Swagger UI from our static files (drf-spectacular-sidecar), not a CDN.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "ENUM_NAME_OVERRIDES": {
        "OrganisationRoleEnum": "events.models.ForumOrganisation.Role",
        "SpeakerRoleEnum": "sessions.models.SlotSpeaker.Role",
        "OrganisationKindEnum": "events.models.Organisation.Kind",
        "SlotKindEnum": "sessions.models.AgendaSlot.Kind",
        "MaterialKindEnum": "events.models.Material.Kind",
    },
}
CORS_URLS_REGEX = r"^/api/"
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]
CORS_EXPOSE_HEADERS = ["ETag", "Last-Modified", "Content-Language"]

# Materials (events/materials.py): the largest file an organiser may upload, in bytes.
MATERIAL_MAX_SIZE = env.int("MATERIAL_MAX_SIZE", default=20 * 1024 * 1024)

# Registration (registrations/): how long seats are held, when reminders and anonymisation happen,
# the per-IP limit on submitted forms, and the address that links in emails start with.
REGISTRATION_PENDING_HOURS = env.int("REGISTRATION_PENDING_HOURS", default=48)  # to confirm the email address
REGISTRATION_OFFER_HOURS = env.int("REGISTRATION_OFFER_HOURS", default=24)  # to claim a seat from the waiting list
REGISTRATION_REMINDER_HOURS = env.int("REGISTRATION_REMINDER_HOURS", default=24)  # before the forum starts
REGISTRATION_ANONYMISE_AFTER_DAYS = env.int("REGISTRATION_ANONYMISE_AFTER_DAYS", default=365)  # after it ends
REGISTRATION_RATE_LIMIT = env.int("REGISTRATION_RATE_LIMIT", default=10)  # submissions per IP and window; 0: none
REGISTRATION_RATE_WINDOW = env.int("REGISTRATION_RATE_WINDOW", default=3600)  # seconds
# Proxies in front of gunicorn that append the client's address to X-Forwarded-For (0: use REMOTE_ADDR).
REGISTRATION_PROXY_COUNT = env.int("PROXY_COUNT", default=0)
REGISTRATION_SITE_URL = env("SITE_URL", default="http://127.0.0.1:8000")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
    # WeasyPrint (programme PDFs) logs each rendering step at INFO.
    "loggers": {"weasyprint": {"level": "WARNING"}},
}

# Invitations of colleagues into an organisation (events/invitations.py): days a link stays valid.
INVITATION_DAYS = env.int("INVITATION_DAYS", default=7)

# Password guessing (django-axes): after AXES_FAILURE_LIMIT failed logins for one username from one address,
# that pair is refused for AXES_COOLOFF_MINUTES (a shared office address does not lock out the colleagues).
AUTHENTICATION_BACKENDS = ["axes.backends.AxesStandaloneBackend", "django.contrib.auth.backends.ModelBackend"]
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = datetime.timedelta(minutes=env.int("AXES_COOLOFF_MINUTES", default=30))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False  # no banner on every manage.py command
AXES_LOCKOUT_CALLABLE = "events.login_throttle.locked_out"
AXES_CLIENT_IP_CALLABLE = "registrations.ratelimit.client_address"  # trusts PROXY_COUNT proxies, as registration does
# Sessions (the admin's) end after SESSION_HOURS, and when the browser closes.
SESSION_COOKIE_AGE = env.int("SESSION_HOURS", default=8) * 3600
SESSION_EXPIRE_AT_BROWSER_CLOSE = env.bool("SESSION_EXPIRE_AT_BROWSER_CLOSE", default=True)
# Audit history (django-simple-history): a record to read, never reverted from the admin.
SIMPLE_HISTORY_REVERT_DISABLED = True
