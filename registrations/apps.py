from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RegistrationsConfig(AppConfig):
    name = "registrations"
    verbose_name = _("Registrations")

    def ready(self):
        from events import caching
        from events.history import record_history

        from . import signals
        from .domain import page_changes
        from .models import Registration

        signals.connect()
        record_history(Registration)
        if page_changes not in caching.PAGE_CHANGES:
            caching.PAGE_CHANGES.append(page_changes)
