"""The organiser's overview on the admin's front page: what is coming, what is untranslated, what blocks publishing.

One query reads the user's upcoming forums with their registration counts and slot
counts; the rest is worked out in Python, so the page costs the same for any number
of forums (tests/events/test_dashboard.py).
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Count, Q
from django.utils import timezone
from modeltranslation.utils import build_localized_fieldname

from registrations.models import Registration

from . import workspace
from .admin_helpers import event_time
from .models import Forum
from .publishing import missing_for_publishing

Status = Registration.Status
SHOWN = 20
# The texts a visitor reads on the forum's page, checked in every language.
TRANSLATED_TEXTS = ("title", "summary", "description")
COUNTED = {
    "pending": (Status.PENDING, Status.AWAITING_APPROVAL, Status.OFFERED),
    "confirmed": (Status.CONFIRMED, Status.ATTENDED),
    "waiting": (Status.WAITING,),
}


@dataclass
class ForumRow:
    forum: Forum
    starts: str
    capacity: int | None
    counts: dict
    untranslated: list = field(default_factory=list)
    missing_for_publishing: list = field(default_factory=list)


def untranslated(forum):
    """(field's verbose name, language name) for each text filled in some language but not in this one."""
    languages = dict(settings.LANGUAGES)
    gaps = []
    for name in TRANSLATED_TEXTS:
        values = {code: getattr(forum, build_localized_fieldname(name, code)) for code in languages}
        if any(values.values()):
            label = Forum._meta.get_field(name).verbose_name
            gaps += [(label, languages[code]) for code, value in values.items() if not value]
    return gaps


def capacity(forum):
    """All places of the forum, or None when unlimited or not taking registrations here."""
    registration_settings = getattr(forum, "registration_settings", None)
    if registration_settings is None:
        return None
    places = (registration_settings.in_person_capacity, registration_settings.online_capacity)
    if forum.participation_mode == Forum.Mode.IN_PERSON:
        places = places[:1]
    elif forum.participation_mode == Forum.Mode.ONLINE:
        places = places[1:]
    return None if None in places else sum(places)


def upcoming_forums(user, now=None):
    """The user's forums that have not ended and are not cancelled, soonest first, as dashboard rows."""
    now = now or timezone.now()
    counts = {
        name: Count("registrations", filter=Q(registrations__status__in=statuses), distinct=True)
        for name, statuses in COUNTED.items()
    }
    forums = (
        workspace.forums(user)
        .filter(end__gte=now)
        .exclude(status=Forum.Status.CANCELLED)
        .select_related("registration_settings")
        .annotate(slot_count=Count("slots", distinct=True), **counts)
        .order_by("start", "pk")[:SHOWN]
    )
    return [
        ForumRow(
            forum=forum,
            starts=event_time(forum.start, forum.zone),
            capacity=capacity(forum),
            counts={name: getattr(forum, name) for name in COUNTED},
            untranslated=untranslated(forum),
            missing_for_publishing=missing_for_publishing(forum, forum.slot_count)
            if forum.status == Forum.Status.DRAFT
            else [],
        )
        for forum in forums
    ]
