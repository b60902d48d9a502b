from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AgendaConfig(AppConfig):
    """Agenda slots and speakers.

    The label is `agenda` because `sessions` is taken by django.contrib.sessions.
    """

    name = "sessions"
    label = "agenda"
    verbose_name = _("Agenda")

    def ready(self):
        from events.history import record_history

        from .models import AgendaSlot, SlotSpeaker, Speaker

        record_history(AgendaSlot, SlotSpeaker, Speaker)
