"""Local development: debug on, a fixed throwaway secret, everything served by runserver."""

from .base import *  # noqa: F401,F403
from .base import os

DEBUG = True
SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-insecure-key-never-use-in-production")
ALLOWED_HOSTS = ["*"]
# The dev admin account may only be created under these settings (see ensure_dev_admin).
SMARTCITY_ALLOW_DEV_ADMIN = True
