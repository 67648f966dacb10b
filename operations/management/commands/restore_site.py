from django.core.management.base import BaseCommand, CommandError

from caching import generation
from operations import backup


class Command(BaseCommand):
    help = (
        "Restores an archive of backup_site into an empty database and an empty media folder, "
        "and checks every media file against the archive's checksums."
    )

    def add_arguments(self, parser):
        parser.add_argument("path")
        parser.add_argument(
            "--force", action="store_true",
            help="restore even though the database or the media folder is not empty",
        )

    def handle(self, path, force=False, **options):
        try:
            files = backup.restore(path, force=force)
        except backup.BackupError as error:
            raise CommandError(str(error)) from None
        generation.advance()  # nothing cached before the restore may be served after it
        self.stdout.write(f"Restored the database and {files} media files from {path}.")
