"""The emails to registrants: one kind per moment of the flow, in the language the person registered in.

Each kind has a plain-text and an HTML template in templates/registrations/emails/,
which organisers can read in the repository. Mail leaves only after the database
transaction commits (`send_after_commit`); a failure of the mail server is logged and
recorded on the registration, which stays as it is and can be resent from the admin.
"""

import logging

from django.conf import settings
from django.core import mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from events.exporters.ics import forum_calendar

from . import tokens
from .models import Registration

logger = logging.getLogger(__name__)

CONFIRM = "confirm"
AWAITING_APPROVAL = "awaiting_approval"
CONFIRMED = "confirmed"
WAITING = "waiting"
OFFER = "offer"
REJECTED = "rejected"
CANCELLED = "cancelled"
REMINDER = "reminder"
FORUM_CHANGED = "forum_changed"
FORUM_CANCELLED = "forum_cancelled"

SUBJECTS = {
    CONFIRM: _("Please confirm your registration: %(forum)s"),
    AWAITING_APPROVAL: _("Your registration awaits approval: %(forum)s"),
    CONFIRMED: _("Your registration is confirmed: %(forum)s"),
    WAITING: _("You are on the waiting list: %(forum)s"),
    OFFER: _("A place is free for you: %(forum)s"),
    REJECTED: _("Your registration was not accepted: %(forum)s"),
    CANCELLED: _("Your registration is cancelled: %(forum)s"),
    REMINDER: _("Reminder: %(forum)s"),
    FORUM_CHANGED: _("The time or place has changed: %(forum)s"),
    FORUM_CANCELLED: _("Cancelled: %(forum)s"),
}
# The email that says where a registration stands, for each status: what “resend” sends.
BY_STATUS = {
    Registration.Status.PENDING: CONFIRM,
    Registration.Status.AWAITING_APPROVAL: AWAITING_APPROVAL,
    Registration.Status.CONFIRMED: CONFIRMED,
    Registration.Status.ATTENDED: CONFIRMED,
    Registration.Status.WAITING: WAITING,
    Registration.Status.OFFERED: OFFER,
    Registration.Status.REJECTED: REJECTED,
    Registration.Status.CANCELLED: CANCELLED,
}
# Kinds whose links act on the registration: they need the token of that purpose.
ACTION_LINKS = {CONFIRM: tokens.CONFIRM, OFFER: tokens.OFFER}
ACTION_VIEWS = {tokens.CONFIRM: "registrations:confirm", tokens.OFFER: "registrations:offer"}


def absolute(path):
    """A link for an email: on the portal's configured address, never on a Host header a request chose."""
    return settings.REGISTRATION_SITE_URL.rstrip("/") + path


def private_join_url(registration):
    """The forum's private join link, which only confirmed online participants receive."""
    seated = registration.status in (Registration.Status.CONFIRMED, Registration.Status.ATTENDED)
    if seated and registration.participation_mode == Registration.Mode.ONLINE:
        return registration.forum.join_url
    return ""


def context_for(registration, kind):
    """What every template of a kind may show; call with the registrant's language active."""
    forum = registration.forum
    context = {
        "kind": kind,
        "registration": registration,
        "forum": forum,
        "venue": forum.venue if registration.participation_mode == Registration.Mode.IN_PERSON else None,
        "registration_settings": getattr(forum, "registration_settings", None),
        "forum_url": absolute(forum.get_absolute_url()),
        "manage_url": absolute(reverse("registrations:manage", args=[tokens.make_token(registration, tokens.MANAGE)])),
        "join_url": private_join_url(registration),
    }
    if kind in ACTION_LINKS:
        purpose = ACTION_LINKS[kind]
        token = tokens.make_token(registration, purpose)
        context["action_url"] = absolute(reverse(ACTION_VIEWS[purpose], args=[token]))
    return context


def build_message(registration, kind, connection):
    with translation.override(registration.language):
        context = context_for(registration, kind)
        message = mail.EmailMultiAlternatives(
            subject=str(SUBJECTS[kind] % {"forum": registration.forum.title}),
            body=render_to_string(f"registrations/emails/{kind}.txt", context),
            to=[registration.email],
            reply_to=[registration.forum.contact_email] if registration.forum.contact_email else None,
            connection=connection,
        )
        message.attach_alternative(render_to_string(f"registrations/emails/{kind}.html", context), "text/html")
        if kind == CONFIRMED:
            attach_calendar(message, registration.forum, context["forum_url"])
    return message


def attach_calendar(message, forum, page_url):
    calendar = forum_calendar(forum, page_url, include_slots=False).to_ical()
    message.attach(f"{forum.slug}.ics", calendar, "text/calendar; charset=utf-8")


def deliver(registrations, kind):
    """Send one kind of email to each registration, over one connection, and record how each went."""
    connection = mail.get_connection()
    try:
        for registration in registrations:
            deliver_one(registration, kind, connection)
    finally:
        connection.close()


def deliver_one(registration, kind, connection):
    try:
        build_message(registration, kind, connection).send()
    except Exception:  # the mail server's or the network's: the registration stays, the admin can resend
        logger.exception("Could not send the %s email of registration %s", kind, registration.pk)
        status = Registration.EmailStatus.FAILED
    else:
        status = Registration.EmailStatus.SENT
    Registration.objects.filter(pk=registration.pk).update(
        last_email_kind=kind, last_email_status=status, last_email_at=timezone.now()
    )


def send_after_commit(registrations, kind):
    """Send `kind` to these registrations once the current transaction commits (at once outside one).

    The registrations are taken as they are now, with the forum (its venue and settings) they hold.
    """
    registrations = [registration for registration in registrations if registration.anonymised_at is None]
    if registrations:
        transaction.on_commit(lambda: deliver(registrations, kind))
