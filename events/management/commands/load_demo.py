from django.conf import settings
from django.core.management.base import BaseCommand

from events.demo import load_demo
from registrations.demo import load_registration_settings


class Command(BaseCommand):
    help = (
        "Load the demo forums: two real ones from their announcements and six made-up ones. "
        "Running it again changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--with-accounts",
            action="store_true",
            help="Also create demo accounts with known passwords (done anyway when DEBUG is on). "
            "Never use it on a public site.",
        )

    def handle(self, *args, with_accounts, **options):
        tally, accounts = load_demo(with_accounts=with_accounts or settings.DEBUG)
        load_registration_settings(tally)
        for label, counts in tally.items():
            self.stdout.write(
                f"{label}: {counts['created']} created, {counts['updated']} updated, {counts['unchanged']} unchanged"
            )
        if accounts is None:
            self.stdout.write("Accounts skipped: DEBUG is off and --with-accounts was not given.")
            return
        self.stdout.write(
            "\nDemo accounts, for local use only. A password is set only when its account is created (new);"
            "\nan account that existed before keeps its own password."
        )
        rows = [("username", "password", "what it is"), *accounts]
        widths = [max(len(row[column]) for row in rows) for column in range(2)]
        for username, password, description in rows:
            self.stdout.write(f"  {username.ljust(widths[0])}  {password.ljust(widths[1])}  {description}")
        self.stdout.write("Each organiser account manages its own organisation's forums and registrations only.")
