"""Every change to a registration, one function per operation (register, confirm, cancel, ...).

Capacity is never exceeded: each operation that may take or free a seat locks the
forum's registration settings row (`lock_capacity`) and counts the seats from the
registrations' states in that same transaction, so such operations on one forum run
one after another. After each, `settle` releases holds that have run out and offers
freed seats to the waiting list, first come first served. Emails leave after commit.
"""

import datetime

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from events.models import Forum

from . import emails
from .domain import HOLDS_LAPSE, Closed, active_registration, closed_by_time, seats
from .models import ACTIVE, Registration, RegistrationSettings

Status = Registration.Status


class RegistrationClosed(Exception):
    """The forum takes no registration now; `reason` is one of domain.Closed."""

    def __init__(self, reason):
        super().__init__(reason)
        self.reason = reason


class NotAllowed(Exception):
    """The registration's state does not allow the operation; the message is translated."""


def lock_capacity(forum):
    """The forum's registration settings, locked until the transaction ends: one seat-taker per forum at a time."""
    registration_settings = RegistrationSettings.objects.select_for_update().filter(forum=forum).first()
    if registration_settings is not None:
        registration_settings.forum = forum
    return registration_settings


def hold(hours, now):
    return now + datetime.timedelta(hours=hours)


def register(registration, *, by_organiser=False):
    """Save a new registration with the status the forum's seats allow, and email the person.

    A seat free in its mode is held as pending until the email address is confirmed
    (an organiser's entry is confirmed at once); otherwise the person joins the waiting
    list. An email address that already has a registration for the forum gets that
    registration's email again and no second registration: the unique index refuses it,
    so the usual path pays no query for the check. Returns (registration, created).
    Raises RegistrationClosed; organisers may add people whenever the forum takes registrations here.
    """
    try:
        return save_new(registration, by_organiser), True
    except IntegrityError:
        existing = active_registration(registration.forum_id, registration.email)
        if existing is None:
            raise
    except RegistrationClosed as closed:  # full: someone already registered may still ask for their link
        existing = active_registration(registration.forum_id, registration.email)
        if existing is None or closed.reason != Closed.FULL:
            raise
    existing.forum = registration.forum
    emails.send_after_commit([existing], emails.BY_STATUS[existing.status])
    return existing, False


def save_new(registration, by_organiser):
    now = timezone.now()
    with transaction.atomic():
        registration_settings = lock_capacity(registration.forum)
        reason = closed_by_time(registration.forum, registration_settings, now)
        if reason is not None and (registration_settings is None or not by_organiser):
            raise RegistrationClosed(reason)
        available = settle(registration_settings, now)[registration.participation_mode].available
        if available and by_organiser:
            registration.status = Status.CONFIRMED
        elif available:
            registration.status = Status.PENDING
            registration.hold_until = hold(settings.REGISTRATION_PENDING_HOURS, now)
        elif registration_settings.waiting_list or by_organiser:
            registration.status, registration.waiting_since = Status.WAITING, now
        else:
            raise RegistrationClosed(Closed.FULL)
        registration.save()
        emails.send_after_commit([registration], emails.BY_STATUS[registration.status])
    return registration


def settle(registration_settings, now):
    """Release pending and offered seats whose hold ran out, offer free seats to the waiting list; {mode: Seats}.

    Call with the capacity lock held.
    """
    by_mode = seats(registration_settings, now)
    if any(mode_seats.lapsed for mode_seats in by_mode.values()):
        Registration.objects.filter(
            forum_id=registration_settings.forum_id, status__in=HOLDS_LAPSE, hold_until__lte=now
        ).update(status=Status.EXPIRED, hold_until=None)
        by_mode = seats(registration_settings)
    offered = []
    for mode, mode_seats in by_mode.items():
        if mode_seats.waiting and mode_seats.available:
            waiting = Registration.objects.filter(
                forum_id=registration_settings.forum_id, status=Status.WAITING, participation_mode=mode
            ).order_by("waiting_since", "pk")
            offered += offer_seats(waiting[: mode_seats.free], registration_settings.forum, now)
    if offered:
        emails.send_after_commit(offered, emails.OFFER)
        by_mode = seats(registration_settings)
    return by_mode


def offer_seats(waiting, forum, now):
    """Offer each of these waiting registrations a seat, held for the configured hours; they are returned as offered."""
    offered, until = list(waiting), hold(settings.REGISTRATION_OFFER_HOURS, now)
    Registration.objects.filter(pk__in=[registration.pk for registration in offered]).update(
        status=Status.OFFERED, hold_until=until
    )
    for registration in offered:
        registration.forum, registration.status, registration.hold_until = forum, Status.OFFERED, until
    return offered


def settle_forum(forum):
    """`settle` in a transaction of its own: after the capacity changed, and from the cron command."""
    with transaction.atomic():
        registration_settings = lock_capacity(forum)
        if registration_settings is not None:
            settle(registration_settings, timezone.now())


def change_state(registration, allowed, change):
    """Lock the forum's capacity, check the registration's state is one of `allowed`, apply `change`, settle.

    `change(registration, registration_settings, now)` returns the kind of email to send, or None.
    Returns the registration as it now stands.
    """
    now = timezone.now()
    with transaction.atomic():
        registration_settings = lock_capacity(registration.forum)
        if registration_settings is not None:
            settle(registration_settings, now)
        registration.refresh_from_db()
        permitted = registration.status in allowed
        if permitted:
            kind = change(registration, registration_settings, now)
            registration.save()
            if registration_settings is not None:
                settle(registration_settings, now)
            if kind:
                emails.send_after_commit([registration], kind)
    if not permitted:  # said after the commit, which keeps what settling released
        raise NotAllowed(
            _("This cannot be done while the registration is “%(status)s”.")
            % {"status": registration.get_status_display()}
        )
    return registration


def seated(registration, registration_settings, now):
    """The person proved the address is theirs: confirmed, or waiting for an organiser's approval."""
    registration.hold_until = None
    registration.confirmed_at = registration.confirmed_at or now
    if registration_settings is not None and registration_settings.approval_required:
        registration.status = Status.AWAITING_APPROVAL
        return emails.AWAITING_APPROVAL
    registration.status = Status.CONFIRMED
    return emails.CONFIRMED


def confirm(registration):
    """The person followed the link in the first email (pending → confirmed, or awaiting approval)."""
    return change_state(registration, [Status.PENDING], seated)


def claim_offer(registration):
    """The person takes the seat offered from the waiting list."""
    return change_state(registration, [Status.OFFERED], seated)


def approve(registration):
    def approved(registration, registration_settings, now):
        registration.status = Status.CONFIRMED
        return emails.CONFIRMED

    return change_state(registration, [Status.AWAITING_APPROVAL], approved)


def reject(registration):
    def rejected(registration, registration_settings, now):
        registration.status, registration.hold_until = Status.REJECTED, None
        return emails.REJECTED

    return change_state(registration, ACTIVE, rejected)


def cancel(registration, *, notify=True):
    """The person (or an organiser for them) cancels; the seat goes to the waiting list."""

    def cancelled(registration, registration_settings, now):
        registration.status, registration.hold_until = Status.CANCELLED, None
        return emails.CANCELLED if notify else None

    if registration.forum.end <= timezone.now():
        raise NotAllowed(_("The forum is over: its registrations can no longer be cancelled."))
    return change_state(registration, ACTIVE, cancelled)


def move_from_waiting_list(registration):
    """An organiser's pick: this person gets the next free seat, before anyone else waiting in their mode.

    A seat free now is offered at once (by the settling that follows every change).
    """

    def first_in_line(registration, registration_settings, now):
        line = Registration.objects.filter(
            forum_id=registration.forum_id, status=Status.WAITING, participation_mode=registration.participation_mode
        )
        first = line.order_by("waiting_since").values_list("waiting_since", flat=True).first()
        registration.waiting_since = min(first or now, now) - datetime.timedelta(microseconds=1)

    return change_state(registration, [Status.WAITING], first_in_line)


def change_mode(registration, mode):
    """Switch between in person and online if the other mode has a place (or the person waits for one there)."""

    def switched(registration, registration_settings, now):
        by_mode = seats(registration_settings) if registration_settings else {}
        if mode not in by_mode:
            raise NotAllowed(_("This forum does not offer that participation mode."))
        if mode == registration.participation_mode:
            return None
        registration.participation_mode = mode
        if registration.status == Status.WAITING:
            return seated(registration, registration_settings, now) if by_mode[mode].available else None
        if not by_mode[mode].available:
            raise NotAllowed(_("No place is free in that participation mode."))
        return emails.CONFIRMED if registration.status == Status.CONFIRMED else None

    return change_state(
        registration, [Status.PENDING, Status.AWAITING_APPROVAL, Status.CONFIRMED, Status.WAITING], switched
    )


def mark_attended(registration):
    def attended(registration, registration_settings, now):
        registration.status = Status.ATTENDED

    return change_state(registration, [Status.CONFIRMED], attended)


def resend_email(registration):
    """The email for where the registration stands now, with its links (e.g. after the mail server failed)."""
    kind = emails.BY_STATUS.get(registration.status)
    if kind is None or registration.anonymised_at is not None:
        raise NotAllowed(_("There is no email to resend for this registration."))
    emails.send_after_commit([registration], kind)


SCRUBBED = {
    "name": "",
    "email": "",
    "organisation": "",
    "position": "",
    "phone": "",
    "needs": "",
    "key": None,
}


def anonymise(registrations, now=None):
    """Scrub names, addresses and contact details; status, mode, community and organisation type stay for reports.

    Dropping the key makes every link ever sent to the person dead. The registrations' audit history
    (events/history.py) is scrubbed alike. Returns the number of registrations scrubbed.
    """
    scrubbed = list(registrations.filter(anonymised_at__isnull=True).values_list("pk", flat=True))
    with transaction.atomic():
        Registration.history.filter(id__in=scrubbed).update(**SCRUBBED)
        return Registration.objects.filter(pk__in=scrubbed).update(**SCRUBBED, anonymised_at=now or timezone.now())


def erase(registration):
    """One person's data on request: their place is given up first if the forum is still to come."""
    with transaction.atomic():
        if registration.status in ACTIVE and registration.forum.end > timezone.now():
            cancel(registration, notify=False)
        anonymise(Registration.objects.filter(pk=registration.pk))


def to_notify(forum):
    """The registrations that hear of a change to the forum (shown as a count before an organiser saves one)."""
    return Registration.objects.filter(forum=forum, status__in=ACTIVE, anonymised_at__isnull=True)


def forum_changed(forum, previous):
    """Tell every active registrant that a published forum moved in time or place, or was cancelled.

    `previous` holds the forum's start, end, venue and status as they were before the save.
    """
    moved = (previous["start"], previous["end"], previous["venue_id"]) != (forum.start, forum.end, forum.venue_id)
    if previous["status"] != Forum.Status.PUBLISHED:
        return
    if forum.status == Forum.Status.CANCELLED:
        kind = emails.FORUM_CANCELLED
    elif forum.status == Forum.Status.PUBLISHED and moved:
        kind = emails.FORUM_CHANGED
    else:
        return
    active = to_notify(forum)
    if kind == emails.FORUM_CHANGED and previous["start"] != forum.start:
        active.update(reminder_sent_at=None)  # a new date deserves a new reminder
    recipients = list(active)
    for registration in recipients:
        registration.forum = forum
    emails.send_after_commit(recipients, kind)


def send_reminders(now=None):
    """Mark and email the confirmed registrants of published forums starting within the reminder hours; how many.

    Each person is reminded once: the mark is set in the same transaction as the choice,
    and rows another run is handling are skipped.
    """
    now = now or timezone.now()
    horizon = now + datetime.timedelta(hours=settings.REGISTRATION_REMINDER_HOURS)
    with transaction.atomic():
        due = list(
            Registration.objects.select_related("forum__venue", "forum__registration_settings")
            .select_for_update(skip_locked=True, of=("self",))
            .filter(
                status=Status.CONFIRMED,
                reminder_sent_at__isnull=True,
                anonymised_at__isnull=True,
                forum__status=Forum.Status.PUBLISHED,
                forum__start__gt=now,
                forum__start__lte=horizon,
            )
        )
        Registration.objects.filter(pk__in=[registration.pk for registration in due]).update(reminder_sent_at=now)
        emails.send_after_commit(due, emails.REMINDER)
    return len(due)


def expire_holds(now=None):
    """Release every hold that ran out and offer the seats on; the forums settled (for the cron command)."""
    now = now or timezone.now()
    forums = Forum.objects.filter(registrations__status__in=HOLDS_LAPSE, registrations__hold_until__lte=now).distinct()
    settled = 0
    for forum in forums.order_by("pk"):
        settle_forum(forum)
        settled += 1
    return settled


def anonymise_past_forums(now=None):
    """Anonymise the registrations of forums that ended more than the configured number of days ago; how many."""
    now = now or timezone.now()
    cutoff = now - datetime.timedelta(days=settings.REGISTRATION_ANONYMISE_AFTER_DAYS)
    return anonymise(Registration.objects.filter(forum__end__lt=cutoff), now)
