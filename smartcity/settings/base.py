"""Settings shared by every environment; each value can be overridden from the environment."""

import hashlib
import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_bool(name, default=False):
    return os.environ.get(name, str(default)).lower() in {"1", "true", "yes", "on"}


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # wagtail_modeltranslation must come before the apps whose models it translates, and its
    # migrate/makemigrations overrides before Django's own.
    "wagtail_modeltranslation",
    "wagtail_modeltranslation.makemigrations",
    "wagtail_modeltranslation.migrate",
    "smartcity",
    "caching",
    "sponsors",
    "fields",
    "strategy",
    "updates",
    "editorial",
    "accounts",
    "operations",
    "opendata",
    "sitesearch",
    "feedback",  # accessibility feedback answered in time (docs/feedback.md)
    "newsletter",  # double opt-in newsletter (docs/newsletter.md)
    "signlanguage",
    "wagtail_2fa",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "axes",
    "rest_framework",  # the open data API (docs/opendata.md)
    "drf_spectacular",
    "wagtail.contrib.forms",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "modeltranslation",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "smartcity.middleware.SecurityHeadersMiddleware",
    # Outside the page cache, so a cached page answers 304 to a browser that has it already.
    "django.middleware.http.ConditionalGetMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # The open data API's CORS header and its strict query parameters, which must be checked
    # before the page cache answers (docs/opendata.md).
    "opendata.middleware.OpenDataMiddleware",
    # Before sessions, locale and CSRF: a cached page needs none of them (docs/caching.md).
    "caching.middleware.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # The second factor (docs/security.md): an editor who must use one reaches nothing in the
    # admin but its set-up or its check until it is done. Required for whoever has the
    # permission "enable_2fa" (superusers, Kommunikation) or has set up a device.
    "wagtail_2fa.middleware.VerifyUserPermissionsMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes requires: it answers a locked-out login attempt.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "smartcity.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "smartcity.wsgi.application"

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}", conn_max_age=60
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- open data API (docs/opendata.md) ------------------------------------------------------------
# Django REST framework serves only the read-only JSON API under /api/v1/. Its views set their own
# renderer (JSON only, no browsable API), authentication (none: no session, no cookie) and
# permission (AllowAny) in opendata/views.py; globally only the OpenAPI schema class is chosen.
REST_FRAMEWORK = {
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
}
# The OpenAPI 3 document at /api/v1/openapi.json (drf-spectacular); the licence in it comes from
# opendata.base.LICENCE.
SPECTACULAR_SETTINGS = {
    "TITLE": "Smart City Halle (Saale): Open Data API",
    "DESCRIPTION": (
        "Read-only open data of the Smart City programme of Halle (Saale): fields of action, "
        "projects, partners, news and events in German and English. Documentation: "
        "docs/opendata.md in the site's repository."
    ),
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    # Only the API's own paths, also in `check --deploy` (not the Wagtail admin's internal API).
    "DEFAULT_GENERATOR_CLASS": "opendata.schema.OpenDataSchemaGenerator",
}

# --- caching (docs/caching.md) ------------------------------------------------------------------
# One cache that every worker and every server sees: Redis in production; without REDIS_URL a
# folder on disk, which every process of this machine shares, so `make run` behaves the same.
# The folder is per database, so a test server and `make run` never see each other's pages.
REDIS_URL = os.environ.get("REDIS_URL", "")
_database_name = str(DATABASES["default"].get("NAME", "default"))
CACHE_DIR = Path(
    os.environ.get("CACHE_DIR")
    or BASE_DIR / "var" / "cache" / hashlib.sha1(_database_name.encode()).hexdigest()[:12]
)
if REDIS_URL:
    _cache = {
        "BACKEND": "caching.redis.SharedRedisCache",
        "LOCATION": REDIS_URL,
        "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "smartcity"),
    }
else:
    _cache = {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": str(CACHE_DIR),
        # Django culls a third of the files beyond this; a site has a few hundred pages.
        "OPTIONS": {"MAX_ENTRIES": 20000},
    }
CACHES = {
    "default": {**_cache, "TIMEOUT": 3600},
    # Wagtail looks up image renditions here before asking the database.
    "renditions": {**_cache, "TIMEOUT": 86400, "KEY_PREFIX": _cache.get("KEY_PREFIX", "") + "r"},
}
# The full-page cache for anonymous visitors; PAGE_CACHE=off turns it off (the fragment caches
# stay on), to debug or to measure what rendering costs.
PAGE_CACHE = env_bool("PAGE_CACHE", True)
# How long a cached page lives at most. Publishing makes it stale at once anyway; this only
# bounds how long entries of an old generation take up room.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", 86400))
# Never looked at by the page cache: the admin (and previews), documents, files.
PAGE_CACHE_EXCLUDED_PREFIXES = ["/admin/", "/documents/", "/static/", "/media/", "/healthz"]
# Models (besides pages) whose every save or delete a visitor can see somewhere.
PAGE_CACHE_INVALIDATING_MODELS = [
    "wagtailcore.Site",
    "wagtailcore.PageViewRestriction",
    "smartcity.SiteSettings",
    "smartcity.SiteImage",
    "sponsors.Sponsor",
    "sponsors.FundingSettings",
    "sponsors.FooterSponsor",
    "wagtaildocs.Document",
]

# A caching proxy or CDN in front, purged on every change (docs/caching.md). Varnish (or any
# proxy that takes HTTP PURGE): FRONTEND_CACHE_PURGE_URLS=http://127.0.0.1:8080[,…].
# Cloudflare: FRONTEND_CACHE_CLOUDFLARE_TOKEN and FRONTEND_CACHE_CLOUDFLARE_ZONE.
WAGTAILFRONTENDCACHE = {}
for _number, _location in enumerate(env_list("FRONTEND_CACHE_PURGE_URLS")):
    WAGTAILFRONTENDCACHE[f"proxy{_number}"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": _location,
    }
if os.environ.get("FRONTEND_CACHE_CLOUDFLARE_TOKEN"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": os.environ["FRONTEND_CACHE_CLOUDFLARE_TOKEN"],
        "ZONEID": os.environ.get("FRONTEND_CACHE_CLOUDFLARE_ZONE", ""),
    }
# Wagtail would otherwise turn /de/handlungsfelder/ into /en/handlungsfelder/, which does not
# exist: our URLs are listed per language with their translated slugs (caching/urls.py).
WAGTAILFRONTENDCACHE_LANGUAGES = []
# How long a shared proxy may keep a page when it is purged on publish: a safety net should a
# purge ever be lost, not the normal way a page gets fresh.
PROXY_CACHE_SECONDS = int(os.environ.get("PROXY_CACHE_SECONDS", 3600))

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},  # BSI and OWASP ASVS: long passwords over complex ones
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- editors' accounts (docs/security.md) ---------------------------------------------------------
# django-axes counts failed logins: after AXES_FAILURE_LIMIT for one account, or
# LOGIN_FAILURE_LIMIT_PER_ADDRESS from one address (a town hall's staff share one), logins are
# refused until AXES_COOLOFF_MINUTES have passed or an administrator unlocks them.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("LOGIN_FAILURE_LIMIT", 5))
LOGIN_FAILURE_LIMIT_PER_ADDRESS = int(os.environ.get("LOGIN_FAILURE_LIMIT_PER_ADDRESS", 20))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("LOGIN_LOCKOUT_MINUTES", 15)))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_HANDLER = "accounts.lockout.AccountAndAddressHandler"
AXES_LOCKOUT_CALLABLE = "accounts.lockout.lockout_response"
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False
# Behind nginx and Varnish the visitor's address is the first in X-Forwarded-For; only trust as
# many proxies as there really are (TRUSTED_PROXY_COUNT), or anyone could pick their address.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", 0))
AXES_CLIENT_IP_CALLABLE = "smartcity.network.client_ip"
RATELIMIT_IP_META_KEY = "smartcity.network.client_ip"

# A second factor (TOTP app, with recovery codes) for superusers and Kommunikation, who approve
# and publish; optional for Redaktion. Production requires it; `make run` leaves it off.
WAGTAIL_2FA_REQUIRED = env_bool("SECOND_FACTOR_REQUIRED", False)
WAGTAIL_2FA_OTP_TOTP_NAME = "Smart City Halle (Saale)"
OTP_TOTP_ISSUER = WAGTAIL_2FA_OTP_TOTP_NAME

# An editor who leaves the admin alone for this long must log in again.
SESSION_COOKIE_AGE = int(os.environ.get("SESSION_IDLE_HOURS", 8)) * 3600
SESSION_SAVE_EVERY_REQUEST = True  # measured from the last request, not from the login

# German first, English second. The order matters: modeltranslation's default language is the
# first one, and English falls back to German when an editor leaves a field empty.
LANGUAGE_CODE = "de"
LANGUAGES = [("de", _("German")), ("en", _("English"))]
MODELTRANSLATION_DEFAULT_LANGUAGE = "de"
MODELTRANSLATION_LANGUAGES = ("de", "en")
MODELTRANSLATION_FALLBACK_LANGUAGES = {"default": ("de",)}
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Berlin"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "static_collected"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))

WAGTAIL_SITE_NAME = "Smart City Halle (Saale)"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILIMAGES_IMAGE_MODEL = "smartcity.SiteImage"
WAGTAIL_I18N_ENABLED = False  # translation is field-level (modeltranslation), not page trees
WAGTAILADMIN_PERMITTED_LANGUAGES = [("de", "Deutsch"), ("en", "English")]
WAGTAIL_ENABLE_UPDATE_CHECK = False  # the admin must not call out to wagtail.org
# Nor to gravatar.com: Wagtail would show each editor's picture from there, telling it who works
# in the admin (a hash of their e-mail address) on every page view. Initials instead.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILEMBEDS_FINDERS = []  # no third-party embeds, see DESIGN.md
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "wagtail.search.backends.database",
        "SEARCH_CONFIG": "german",
    }
}
WAGTAILDOCS_SERVE_METHOD = "serve_view"

SEARCH_RESULTS_PER_PAGE = 10
# Accessibility feedback per visitor address (django-ratelimit, counted in the shared cache).
FEEDBACK_RATE = os.environ.get("FEEDBACK_RATE", "5/h")

# --- newsletter (docs/newsletter.md) --------------------------------------------------------------
# Sign-ups per visitor address (django-ratelimit, counted in the shared cache): enough for a
# household behind one address, too few to flood strangers' inboxes with confirmation mails.
NEWSLETTER_SIGNUP_RATE = os.environ.get("NEWSLETTER_SIGNUP_RATE", "5/h")
# Confirmation mails to one and the same address, whoever asks: a stranger cannot bury an
# inbox under them from many addresses either.
NEWSLETTER_ADDRESS_RATE = os.environ.get("NEWSLETTER_ADDRESS_RATE", "3/d")
# How long the link in the confirmation mail works, and when an unconfirmed sign-up is deleted
# (purge_newsletter_signups).
NEWSLETTER_CONFIRM_HOURS = int(os.environ.get("NEWSLETTER_CONFIRM_HOURS", 48))
NEWSLETTER_UNCONFIRMED_DAYS = int(os.environ.get("NEWSLETTER_UNCONFIRMED_DAYS", 7))
# Mails per connection to the mail relay, and a pause between batches (seconds) for relays that
# throttle senders; every mail is recorded as delivered right after the relay accepted it.
NEWSLETTER_BATCH_SIZE = int(os.environ.get("NEWSLETTER_BATCH_SIZE", 100))
NEWSLETTER_BATCH_PAUSE = float(os.environ.get("NEWSLETTER_BATCH_PAUSE", 0))
# The sender of every newsletter mail; empty: DEFAULT_FROM_EMAIL.
NEWSLETTER_FROM_EMAIL = os.environ.get("NEWSLETTER_FROM_EMAIL", "")
# Links in mails are absolute, also when a timer sends them without a request: the public
# address of the site (https in production); empty: WAGTAILADMIN_BASE_URL.
NEWSLETTER_BASE_URL = os.environ.get("NEWSLETTER_BASE_URL", "")
# Optional second List-Unsubscribe target (RFC 2369), e.g. "abmelden@halle.de", for mail
# programs without one-click support; only set it if someone reads that mailbox.
NEWSLETTER_UNSUBSCRIBE_MAILTO = os.environ.get("NEWSLETTER_UNSUBSCRIBE_MAILTO", "")

# Anonymous visitors get no cookies: sessions only exist for editors who log in.
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_SAMESITE = "Lax"

# Public pages may load only this site's own files (see smartcity/middleware.py). JSON-LD blocks
# are data, not scripts, and need no exception.
SMARTCITY_CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self'",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)
SMARTCITY_CSP_EXEMPT_PREFIXES = ["/admin/"]
# Admin pages without inline code, which get the strict policy all the same.
SMARTCITY_CSP_STRICT_ADMIN_PREFIXES = ["/admin/login/", "/admin/password_reset/"]
# The one host search engines may index (e.g. smartcity.halle.de); every other host, and every
# host while this is empty, answers with X-Robots-Tag: noindex and a robots.txt that disallows all.
PRODUCTION_HOST = os.environ.get("PRODUCTION_HOST", "")
# The site uses none of these browser features; saying so stops embedded content from asking.
SMARTCITY_PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer", "autoplay", "camera", "display-capture", "geolocation", "gyroscope",
        "magnetometer", "microphone", "midi", "payment", "usb", "browsing-topics",
    )
)

# Wagtail mails the communications team when Redaktion submits a page to Freigabe, and the
# author when it is approved or sent back: the mail server comes from the environment.
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", 25))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "smartcity@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL

# Errors to stderr with the path of the request they happened in; LOG_FORMAT=json gives one JSON
# object per line for a log collector (docs/operations.md). gunicorn logs one line per request.
LOG_FORMAT = os.environ.get("LOG_FORMAT", "text")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "text": {
            "()": "operations.logging.TextFormatter",
            "format": "%(asctime)s %(levelname)s %(name)s: %(message)s",
        },
        "json": {"()": "operations.logging.JsonFormatter"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "json" if LOG_FORMAT == "json" else "text",
        }
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}
# Uploads are checked completely before anything is stored (smartcity/uploads.py).
UPLOAD_MAX_BYTES = int(os.environ.get("UPLOAD_MAX_MEGABYTES", 20)) * 1024 * 1024
# Videos in German Sign Language (signlanguage/): a few minutes each.
UPLOAD_MAX_VIDEO_BYTES = int(os.environ.get("UPLOAD_MAX_VIDEO_MEGABYTES", 300)) * 1024 * 1024
WAGTAILIMAGES_IMAGE_FORM_BASE = "smartcity.forms.SiteImageForm"
WAGTAILIMAGES_MAX_UPLOAD_SIZE = UPLOAD_MAX_BYTES
WAGTAILIMAGES_MAX_IMAGE_PIXELS = int(os.environ.get("UPLOAD_MAX_MEGAPIXELS", 60)) * 1_000_000
WAGTAILDOCS_DOCUMENT_FORM_BASE = "smartcity.forms.SiteDocumentForm"
# What citizens can open without special software; nothing that runs code (no .html, .svg, .exe).
# Videos and their captions are for the page in German Sign Language (docs/sign-language.md).
WAGTAILDOCS_EXTENSIONS = ["pdf", "odt", "ods", "odp", "docx", "xlsx", "pptx", "csv", "mp4", "webm", "vtt"]
# PDFs, videos and captions open in the browser (a <video> and its <track> need them inline);
# everything else is a download (Content-Disposition: attachment).
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf", "video/mp4", "video/webm", "text/vtt"]
