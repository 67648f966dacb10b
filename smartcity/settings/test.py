"""Test settings: fast hashing, in-memory files, same database engine choice as everywhere."""

import tempfile

from .base import *  # noqa: F401,F403

SECRET_KEY = "test-only-key"
DEBUG = False
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MEDIA_ROOT = tempfile.mkdtemp(prefix="smartcity-test-media-")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# No collectstatic in tests: WhiteNoise serves straight from the app and project folders
# (and would otherwise warn on every request that static_collected/ is missing).
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True
WAGTAILADMIN_BASE_URL = "http://testserver"
SMARTCITY_ALLOW_DEV_ADMIN = False
# The embedded default of `make run` (a folder every process shares); tests/test_caching.py runs
# the cache tests against Redis as well.
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": tempfile.mkdtemp(prefix="smartcity-test-cache-"),
        "OPTIONS": {"MAX_ENTRIES": 20000},  # as in base.py: no random culling mid-test
    },
    # Each test's rolled-back transaction reuses image ids; a rendition cached by an earlier
    # test would otherwise stand in for a rendition row that no longer exists.
    "renditions": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"},
}
