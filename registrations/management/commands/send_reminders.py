from django.core.management.base import BaseCommand

from registrations.services import send_reminders


class Command(BaseCommand):
    help = (
        "Email a reminder to the confirmed registrants of forums starting within REGISTRATION_REMINDER_HOURS "
        "(once each; never for cancelled forums). For cron, e.g. every 15 minutes."
    )

    def handle(self, *args, **options):
        self.stdout.write(f"Reminders sent: {send_reminders()}")
