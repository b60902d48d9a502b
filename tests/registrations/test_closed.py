"""Every state in which a forum takes no registration: explained in the visitor's language, no form shown."""

import datetime

import pytest
from django.utils import timezone, translation
from django.utils.html import escape

from events.models import Forum
from registrations.domain import CLOSED_MESSAGES, Closed
from registrations.models import Registration
from tests.factories import RegistrationFactory
from tests.registrations.conftest import form_data
from tests.registrations.factories import RegistrationSettingsFactory, UpcomingForumFactory, in_days

pytestmark = pytest.mark.django_db


def not_on_portal():
    return UpcomingForumFactory()


def cancelled():
    return RegistrationSettingsFactory(forum=UpcomingForumFactory(status=Forum.Status.CANCELLED)).forum


def over():
    return RegistrationSettingsFactory(forum=UpcomingForumFactory(start=in_days(-3), end=in_days(-3, hour=17))).forum


def not_yet_open():
    return RegistrationSettingsFactory(opens_at=timezone.now() + datetime.timedelta(days=2)).forum


def closed():
    return RegistrationSettingsFactory(closes_at=timezone.now() - datetime.timedelta(minutes=1)).forum


def full_without_waiting_list():
    registration_settings = RegistrationSettingsFactory(in_person_capacity=1, waiting_list=False)
    RegistrationFactory(forum=registration_settings.forum, status=Registration.Status.CONFIRMED)
    return registration_settings.forum


CASES = {
    Closed.NOT_ON_PORTAL: not_on_portal,
    Closed.CANCELLED: cancelled,
    Closed.OVER: over,
    Closed.NOT_YET_OPEN: not_yet_open,
    Closed.CLOSED: closed,
    Closed.FULL: full_without_waiting_list,
}


@pytest.mark.parametrize("reason", CASES)
@pytest.mark.parametrize("language", ["uk", "pl", "en"])
def test_closed_registration_is_explained_and_the_form_is_not_shown(client, reason, language):
    forum = CASES[reason]()
    registrations_before = Registration.objects.count()

    page = client.get(f"/{language}/forums/{forum.slug}/register/")
    post = client.post(f"/{language}/forums/{forum.slug}/register/", form_data())

    with translation.override(language):
        message = escape(str(CLOSED_MESSAGES[reason]))
    assert page.status_code == 200
    assert message in page.content.decode()
    assert 'id="registration-form"' not in page.content.decode()
    assert post.status_code == 409
    assert message in post.content.decode()
    assert Registration.objects.count() == registrations_before


def test_a_draft_forum_has_no_registration_page(client):
    forum = RegistrationSettingsFactory(forum=UpcomingForumFactory(status=Forum.Status.DRAFT)).forum

    assert client.get(f"/en/forums/{forum.slug}/register/").status_code == 404


def test_registration_opens_and_closes_on_time(client, registration_settings):
    registration_settings.opens_at = timezone.now() - datetime.timedelta(minutes=1)
    registration_settings.closes_at = timezone.now() + datetime.timedelta(days=1)
    registration_settings.save()

    page = client.get(f"/en/forums/{registration_settings.forum.slug}/register/").content.decode()

    assert 'id="registration-form"' in page
    assert "Registration closes on" in page
