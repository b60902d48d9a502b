from django.core.management.base import BaseCommand

from registrations.services import anonymise_past_forums


class Command(BaseCommand):
    help = (
        "Anonymise the registrations of forums that ended more than REGISTRATION_ANONYMISE_AFTER_DAYS ago: "
        "names, emails and contact details scrubbed, counts by status and community kept. For cron, daily."
    )

    def handle(self, *args, **options):
        self.stdout.write(f"Registrations anonymised: {anonymise_past_forums()}")
