"""Mail leaves only after the commit; a failing mail server loses nothing; the confirmed email carries the ICS."""

import datetime
import smtplib

import pytest
from django.core import mail
from django.core.mail.backends import locmem
from django.db import transaction
from icalendar import Calendar

from registrations import emails, services
from registrations.models import Registration
from tests.factories import RegistrationFactory, SuperUserFactory
from tests.registrations.factories import RegistrationSettingsFactory, hybrid_forum_settings

pytestmark = pytest.mark.django_db

Status = Registration.Status


class FailingBackend(locmem.EmailBackend):
    """A mail server that refuses every message."""

    def send_messages(self, messages):
        raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")


def new(forum, email="olena@example.org", **fields):
    return services.register(Registration(forum=forum, name="Олена", email=email, **fields))[0]


def test_nothing_is_sent_before_the_commit_and_nothing_if_it_rolls_back(django_capture_on_commit_callbacks, forum):
    with django_capture_on_commit_callbacks() as callbacks:
        new(forum)
    assert mail.outbox == [], "not before the commit"
    assert len(callbacks) == 1

    with pytest.raises(RuntimeError), transaction.atomic():
        new(forum, email="other@example.org")
        raise RuntimeError("the request failed after registering")

    assert not Registration.objects.filter(email="other@example.org").exists()
    assert mail.outbox == []


def test_a_failing_mail_server_keeps_the_registration_and_records_the_failure(committed, settings, forum, caplog):
    settings.EMAIL_BACKEND = "tests.registrations.test_emails.FailingBackend"

    with committed():
        registration = new(forum)

    registration.refresh_from_db()
    assert registration.status == Status.PENDING
    assert (registration.last_email_kind, registration.last_email_status) == ("confirm", "failed")
    assert registration.last_email_at is not None
    assert "Could not send the confirm email" in caplog.text
    assert "olena@example.org" not in caplog.text, "no personal data in the logs"


def test_the_admin_resends_after_the_server_is_back(client, committed, settings, forum, mailoutbox):
    settings.EMAIL_BACKEND = "tests.registrations.test_emails.FailingBackend"
    with committed():
        registration = new(forum)
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    client.force_login(SuperUserFactory())

    with committed():
        response = client.post(
            "/admin/registrations/registration/",
            {"action": "resend_email", "_selected_action": [registration.pk]},
        )

    assert response.status_code == 302
    registration.refresh_from_db()
    assert registration.last_email_status == "sent"
    assert len(mailoutbox) == 1 and "/registrations/confirm/" in mailoutbox[0].body


def test_the_confirmed_email_has_the_forum_as_icalendar_with_its_zone(committed, mailoutbox):
    forum = RegistrationSettingsFactory(forum__time_zone="Europe/Warsaw").forum
    registration = new(forum)

    with committed():
        services.confirm(registration)

    [message] = mailoutbox
    name, content, mimetype = message.attachments[0]
    calendar = Calendar.from_ical(content)
    [event] = calendar.walk("VEVENT")
    [zone] = calendar.walk("VTIMEZONE")
    assert (name, mimetype) == (f"{forum.slug}.ics", "text/calendar; charset=utf-8")
    assert str(zone["TZID"]) == "Europe/Warsaw"
    assert event["DTSTART"].params["TZID"] == "Europe/Warsaw"
    assert event.decoded("DTSTART") == forum.start
    assert forum.venue.city_uk in str(event["LOCATION"])
    assert str(event["URL"]).endswith(f"/uk/forums/{forum.slug}/")
    assert "DTSTART;TZID=Europe/Warsaw" in content


def test_every_kind_renders_in_every_language_with_both_parts():
    registration_settings = hybrid_forum_settings(confirmation_message_en="Bring your passport.")
    for language in ("uk", "pl", "en"):
        registration = RegistrationFactory(
            forum=registration_settings.forum,
            language=language,
            status=Status.CONFIRMED,
            participation_mode=Registration.Mode.ONLINE,
            hold_until=registration_settings.forum.start - datetime.timedelta(days=1),
        )
        for kind in emails.SUBJECTS:
            message = emails.build_message(registration, kind, connection=None)
            html = message.alternatives[0][0]
            assert getattr(registration.forum, f"title_{language}") in message.subject
            assert "{%" not in message.body and "{{" not in message.body
            assert f'<html lang="{language}">' in html
            assert "/registrations/" in message.body
        confirmed = emails.build_message(registration, emails.CONFIRMED, connection=None)
        assert registration.forum.join_url in confirmed.body
        if language == "en":
            assert "Bring your passport." in confirmed.body
