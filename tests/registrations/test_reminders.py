"""`manage.py send_reminders`: once per person, only for forums about to start, never for cancelled ones."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from events.models import Forum
from registrations.models import Registration
from tests.factories import RegistrationFactory
from tests.registrations.factories import RegistrationSettingsFactory, UpcomingForumFactory

pytestmark = pytest.mark.django_db

Status = Registration.Status


def forum_starting_in(hours, **fields):
    start = timezone.now() + datetime.timedelta(hours=hours)
    forum = UpcomingForumFactory(start=start, end=start + datetime.timedelta(hours=6), **fields)
    return RegistrationSettingsFactory(forum=forum).forum


def send_reminders():
    out = io.StringIO()
    call_command("send_reminders", stdout=out)
    return out.getvalue()


def test_reminder_is_sent_once_to_confirmed_people_of_forums_starting_soon(committed, mailoutbox):
    soon = forum_starting_in(20)
    confirmed = RegistrationFactory(forum=soon, status=Status.CONFIRMED, language="pl")
    RegistrationFactory(forum=soon, status=Status.WAITING)
    RegistrationFactory(forum=soon, status=Status.CANCELLED)
    RegistrationFactory(forum=forum_starting_in(30), status=Status.CONFIRMED)  # not yet
    RegistrationFactory(forum=forum_starting_in(-1), status=Status.CONFIRMED)  # already started

    with committed():
        assert "Reminders sent: 1" in send_reminders()
    with committed():
        assert "Reminders sent: 0" in send_reminders()

    [reminder] = mailoutbox
    assert reminder.to == [confirmed.email]
    assert soon.title_pl in reminder.subject
    confirmed.refresh_from_db()
    assert confirmed.reminder_sent_at is not None and confirmed.last_email_kind == "reminder"


def test_no_reminder_for_a_cancelled_forum(committed, mailoutbox):
    cancelled = forum_starting_in(5, status=Forum.Status.CANCELLED)
    RegistrationFactory(forum=cancelled, status=Status.CONFIRMED)

    with committed():
        assert "Reminders sent: 0" in send_reminders()
    assert mailoutbox == []


def test_the_window_is_a_setting(committed, mailoutbox, settings):
    settings.REGISTRATION_REMINDER_HOURS = 48
    RegistrationFactory(forum=forum_starting_in(40), status=Status.CONFIRMED)

    with committed():
        assert "Reminders sent: 1" in send_reminders()
