import os
import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Creates a local admin account for `make run`. Refuses outside development settings."

    def handle(self, *args, **options):
        if not getattr(settings, "SMARTCITY_ALLOW_DEV_ADMIN", False):
            raise CommandError("ensure_dev_admin only runs with development settings.")
        User = get_user_model()
        username = os.environ.get("DJANGO_SUPERUSER_USERNAME", "admin")
        if User.objects.filter(username=username).exists():
            self.stdout.write(
                f"Admin: log in at /admin/ as '{username}' with the password printed when it was "
                f"created (reset it with: .venv/bin/python manage.py changepassword {username})."
            )
            if not settings.WAGTAIL_2FA_REQUIRED:
                self.stdout.write("No second factor is asked for with development settings.")
            return
        given = os.environ.get("DJANGO_SUPERUSER_PASSWORD", "")
        # An empty variable counts as unset: otherwise nobody would know the password.
        password = given or secrets.token_urlsafe(12)
        User.objects.create_superuser(username, email="", password=password)
        shown = "from DJANGO_SUPERUSER_PASSWORD" if given else password
        self.stdout.write(self.style.SUCCESS(
            f"Admin account created: log in at /admin/ as '{username}', password: {shown}"
        ))
        if shown == password:
            self.stdout.write("This password is shown only once.")
        self.stdout.write(
            "No second factor is asked for with development settings; production settings "
            "require one for superusers and Kommunikation (docs/security.md)."
        )
