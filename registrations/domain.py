"""The rules of registration that need no lock: when a forum takes registrations, and how many seats are left.

Seats are counted from the registrations' states, never kept in a counter that could drift.
"""

import dataclasses

from django.db.models import Count, Q
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _

from events.models import Forum

from .models import HOLDS_SEAT, RELEASED, Registration


class Closed:
    """Why a forum takes no registration now; each reason has its sentence for the visitor."""

    NOT_ON_PORTAL = "not_on_portal"
    CANCELLED = "cancelled"
    OVER = "over"
    NOT_YET_OPEN = "not_yet_open"
    CLOSED = "closed"
    FULL = "full"


def modes(forum):
    """The participation modes a person may choose for a forum."""
    return {
        Forum.Mode.IN_PERSON: [Registration.Mode.IN_PERSON],
        Forum.Mode.ONLINE: [Registration.Mode.ONLINE],
        Forum.Mode.HYBRID: [Registration.Mode.IN_PERSON, Registration.Mode.ONLINE],
    }[forum.participation_mode]


@dataclasses.dataclass(frozen=True)
class Seats:
    mode: str
    capacity: int | None  # None: unlimited
    taken: int
    waiting: int
    lapsed: int = 0  # holds among `taken` that ran out and are yet to be released

    @property
    def free(self):
        return None if self.capacity is None else max(0, self.capacity - self.taken)

    @property
    def available(self):
        return self.capacity is None or self.taken < self.capacity

    @property
    def label(self):
        return Registration.Mode(self.mode).label


def seats(registration_settings, now=None):
    """{mode: Seats} for each mode of the forum, in one query; with `now`, the holds run out by then are counted."""
    lapsed = Q(status__in=HOLDS_LAPSE, hold_until__lte=now) if now else Q(pk__in=[])
    rows = (
        Registration.objects.filter(forum_id=registration_settings.forum_id)
        .values("participation_mode")
        .annotate(
            taken=Count("pk", filter=Q(status__in=HOLDS_SEAT)),
            waiting=Count("pk", filter=Q(status=Registration.Status.WAITING)),
            lapsed=Count("pk", filter=lapsed),
        )
        .order_by()
    )
    counts = {row.pop("participation_mode"): row for row in rows}
    empty = {"taken": 0, "waiting": 0, "lapsed": 0}
    return {
        mode: Seats(mode, registration_settings.capacity(mode), **counts.get(mode, empty))
        for mode in modes(registration_settings.forum)
    }


# Statuses whose seat is held only until `hold_until`.
HOLDS_LAPSE = (Registration.Status.PENDING, Registration.Status.OFFERED)


def closed_by_time(forum, registration_settings, now):
    """Why registration is closed regardless of seats, or None while it is open."""
    if forum.status == Forum.Status.CANCELLED:
        return Closed.CANCELLED
    if forum.end <= now:
        return Closed.OVER
    if registration_settings is None:
        return Closed.NOT_ON_PORTAL
    if registration_settings.opens_at and now < registration_settings.opens_at:
        return Closed.NOT_YET_OPEN
    if registration_settings.closes_at and now >= registration_settings.closes_at:
        return Closed.CLOSED
    return None


def closed_reason(forum, registration_settings, now, seats_by_mode):
    """Why registration is closed, seats included: full everywhere with no waiting list is closed too."""
    reason = closed_by_time(forum, registration_settings, now)
    full = reason is None and not registration_settings.waiting_list and not any_available(seats_by_mode)
    return Closed.FULL if full else reason


def any_available(seats_by_mode):
    return any(seats.available for seats in seats_by_mode.values())


def page_changes(forum):
    """When a forum page changes by itself because registration opens or closes (events/caching.PAGE_CHANGES).

    Only for a page that showed registration, which loaded the settings: anything else
    (a programme download, say) does not change with them and pays no query.
    """
    if not Forum.registration_settings.is_cached(forum):
        return ()
    registration_settings = getattr(forum, "registration_settings", None)
    return (registration_settings.opens_at, registration_settings.closes_at) if registration_settings else ()


def active_registration(forum_id, email):
    """The registration an email address (in any case) has for a forum: the one the unique index allows."""
    return (
        Registration.objects.annotate(email_lower=Lower("email"))
        .filter(forum_id=forum_id, email_lower=email.lower(), anonymised_at__isnull=True)
        .exclude(status__in=RELEASED)
        .first()
    )


CLOSED_MESSAGES = {
    Closed.NOT_ON_PORTAL: _("Registration for this forum does not take place on this portal."),
    Closed.CANCELLED: _("This forum has been cancelled, so registration is closed."),
    Closed.OVER: _("This forum is over, so registration is closed."),
    Closed.NOT_YET_OPEN: _("Registration has not opened yet."),
    Closed.CLOSED: _("Registration has closed."),
    Closed.FULL: _("All places are taken and there is no waiting list, so registration is closed."),
}
