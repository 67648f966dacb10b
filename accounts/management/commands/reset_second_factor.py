from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from accounts.recovery import forget_second_factor


class Command(BaseCommand):
    help = (
        "Removes an account's authenticator app and recovery codes, for an editor who lost both: "
        "at the next login they set up a new one."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, username, **options):
        User = get_user_model()
        try:
            user = User.objects.get(username=username)
        except User.DoesNotExist:
            raise CommandError(f"There is no account '{username}'.") from None
        removed = forget_second_factor(user)
        self.stdout.write(f"Second factor of '{username}' reset ({removed} entries removed).")
