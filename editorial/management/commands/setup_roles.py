from django.core.management.base import BaseCommand

from editorial.roles import ensure_roles


class Command(BaseCommand):
    help = (
        "Create the groups Redaktion and Kommunikation and the approval workflow Freigabe. "
        "Safe to run again: only what is missing is created."
    )

    def handle(self, *args, **options):
        groups, workflow = ensure_roles()
        if options["verbosity"]:
            names = ", ".join(sorted(groups))
            self.stdout.write(f"Groups: {names}; workflow: {workflow.name}")
