"""Admin logins: throttled after repeated wrong passwords (django-axes), sessions that expire."""

import datetime

import pytest
from axes.models import AccessAttempt
from django.conf import settings
from django.test import Client
from django.urls import reverse

from tests import factories

pytestmark = pytest.mark.django_db

LOGIN = reverse("admin:login")
PASSWORD = "Zhytomyr-forum-2027"


def log_in(client, user, password, language="en"):
    return client.post(
        LOGIN,
        {"username": user.username, "password": password, "next": reverse("admin:index")},
        HTTP_ACCEPT_LANGUAGE=language,
    )


@pytest.fixture
def editor():
    user = factories.MembershipFactory().user
    user.set_password(PASSWORD)
    user.save()
    return user


def test_right_password_logs_in_and_the_session_ends_with_the_browser_or_after_hours(client, editor):
    response = log_in(client, editor, PASSWORD)

    assert response.status_code == 302
    cookie = response.cookies[settings.SESSION_COOKIE_NAME]
    assert not cookie["max-age"] and not cookie["expires"]  # a browser-session cookie
    assert settings.SESSION_EXPIRE_AT_BROWSER_CLOSE
    assert client.session.get_expiry_age() == settings.SESSION_COOKIE_AGE == 8 * 3600


@pytest.mark.parametrize("language", ["uk", "pl", "en"])
def test_login_is_locked_after_the_failure_limit_even_with_the_right_password(client, editor, language):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert log_in(client, editor, "wrong").status_code == 200

    assert log_in(client, editor, "wrong").status_code == 429
    response = log_in(client, editor, PASSWORD, language)

    assert response.status_code == 429
    page = response.content.decode()
    assert f'lang="{language}"' in page and "30" in page
    assert "_auth_user_id" not in client.session


def test_lockout_is_for_that_user_name_and_lifts_after_the_cool_off(client, editor):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        log_in(client, editor, "wrong")
    colleague = factories.UserFactory(is_staff=True, password=PASSWORD)

    assert log_in(Client(), colleague, PASSWORD).status_code == 302
    AccessAttempt.objects.update(attempt_time=datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC))
    assert log_in(client, editor, PASSWORD).status_code == 302
