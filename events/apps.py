from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "events"
    verbose_name = _("Forums")

    def ready(self):
        # Every process (web workers, `load_demo`, cron commands) must drop cached pages on save.
        from . import caching  # noqa: F401
        from .history import record_history
        from .models import Forum, ForumOrganisation, Membership, Venue

        record_history(Forum, ForumOrganisation, Membership, Venue)
