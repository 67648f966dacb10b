from django.core.management.base import BaseCommand, CommandError

from operations import backup


class Command(BaseCommand):
    help = "Writes one archive with the database and the media files (docs/operations.md)."

    def add_arguments(self, parser):
        parser.add_argument("path", help="the archive to write, or a folder for a dated one")

    def handle(self, path, **options):
        try:
            written = backup.create(path)
        except backup.BackupError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(f"Backup written: {written}")
