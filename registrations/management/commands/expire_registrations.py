from django.core.management.base import BaseCommand

from registrations.services import expire_holds


class Command(BaseCommand):
    help = (
        "Release pending registrations and seat offers whose hold ran out, and offer the seats to the waiting "
        "list. For cron, e.g. every 5 minutes (every registration on a forum does the same for that forum)."
    )

    def handle(self, *args, **options):
        self.stdout.write(f"Forums settled: {expire_holds()}")
