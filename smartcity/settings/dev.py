"""Local development: debug on, a fixed throwaway secret, everything served by runserver."""

from .base import *  # noqa: F401,F403
from .base import env_bool, os

# DJANGO_DEBUG=false shows the site as visitors get it (the designed 404 and 500 pages instead
# of Django's debug pages): the browser tests run that way. Files are still served locally.
DEBUG = env_bool("DJANGO_DEBUG", True)
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
SMARTCITY_SERVE_MEDIA = True
# Workflow notifications are printed to the terminal of `make run` instead of being sent.
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-insecure-key-never-use-in-production")
ALLOWED_HOSTS = ["*"]
# The dev admin account may only be created under these settings (see ensure_dev_admin).
SMARTCITY_ALLOW_DEV_ADMIN = True
