"""Anonymisation after the configured days, and erasure of one person's data on request."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from registrations import reports, services, tokens
from registrations.models import Registration
from tests.factories import RegistrationFactory, SuperUserFactory
from tests.registrations.factories import RegistrationSettingsFactory, UpcomingForumFactory

pytestmark = pytest.mark.django_db

Status = Registration.Status


def forum_ended(days_ago):
    start = timezone.now() - datetime.timedelta(days=days_ago, hours=8)
    return RegistrationSettingsFactory(
        forum=UpcomingForumFactory(start=start, end=start + datetime.timedelta(hours=8))
    ).forum


def test_registrations_are_anonymised_a_year_after_the_forum_and_counts_stay(client):
    old, recent = forum_ended(400), forum_ended(30)
    for status, community in [(Status.ATTENDED, "Житомир"), (Status.CONFIRMED, "житомир "), (Status.CANCELLED, "")]:
        RegistrationFactory(forum=old, status=status, community=community, organisation="Рада", phone="+380")
    kept = RegistrationFactory(forum=recent, status=Status.CONFIRMED)
    old_registrations = Registration.objects.filter(forum=old)
    before = (reports.counts_by_status_and_mode(old_registrations), reports.attendance_by_community(old_registrations))
    link = f"/en/registrations/{tokens.make_token(old_registrations.first(), tokens.MANAGE)}/"

    out = io.StringIO()
    call_command("anonymise_registrations", stdout=out)

    assert "Registrations anonymised: 3" in out.getvalue()
    assert set(old_registrations.values_list("name", "email", "organisation", "phone", "key")) == {
        ("", "", "", "", None)
    }
    assert all(registration.anonymised_at for registration in old_registrations)
    assert (
        reports.counts_by_status_and_mode(old_registrations),
        reports.attendance_by_community(old_registrations),
    ) == before
    assert reports.attendance_by_community(old_registrations)[0].registered == 2, "spellings of a community are one"
    kept.refresh_from_db()
    assert kept.anonymised_at is None and kept.email
    assert client.get(link).status_code == 404, "links in old emails are dead"


def test_the_days_are_a_setting(settings):
    settings.REGISTRATION_ANONYMISE_AFTER_DAYS = 10
    RegistrationFactory(forum=forum_ended(30))

    call_command("anonymise_registrations", stdout=io.StringIO())

    assert Registration.objects.get().anonymised_at is not None


def test_erasure_on_request_frees_the_place_and_scrubs_the_data(client, committed, mailoutbox):
    forum = RegistrationSettingsFactory(in_person_capacity=1).forum
    person = services.register(Registration(forum=forum, name="Олена", email="olena@example.org"))[0]
    waiting = services.register(Registration(forum=forum, name="Петро", email="petro@example.org"))[0]
    client.force_login(SuperUserFactory())

    with committed():
        client.post(
            "/admin/registrations/registration/",
            {"action": "erase_personal_data", "_selected_action": [person.pk]},
        )

    person.refresh_from_db()
    waiting.refresh_from_db()
    assert (person.name, person.email, person.status) == ("", "", Status.CANCELLED)
    assert waiting.status == Status.OFFERED
    assert [message.to for message in mailoutbox] == [["petro@example.org"]], "nothing is sent to the erased person"
    assert services.register(Registration(forum=forum, name="Олена", email="olena@example.org"))[1]
