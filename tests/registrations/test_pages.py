"""The registration pages and the forum page's call to action: constant queries, live seats, cache timing."""

import datetime

import pytest
from django.core.cache import cache
from django.utils import timezone

from events import caching
from registrations import tokens
from registrations.models import Registration
from tests.factories import RegistrationFactory
from tests.registrations.conftest import form_data
from tests.registrations.factories import RegistrationSettingsFactory, UpcomingForumFactory, hybrid_forum_settings

pytestmark = pytest.mark.django_db

Status = Registration.Status


@pytest.mark.parametrize("size", [2, 40])
def test_the_form_and_the_management_page_make_constant_queries(client, django_assert_num_queries, size):
    forum = hybrid_forum_settings(in_person_capacity=100, online_capacity=100).forum
    registrations = RegistrationFactory.create_batch(size, forum=forum, status=Status.CONFIRMED)
    manage = f"/en/registrations/{tokens.make_token(registrations[0], tokens.MANAGE)}/"

    with django_assert_num_queries(2):
        assert client.get(f"/en/forums/{forum.slug}/register/").status_code == 200
    with django_assert_num_queries(2):
        assert client.get(manage).status_code == 200


def test_a_submission_makes_a_fixed_number_of_queries(client, django_assert_num_queries, forum):
    RegistrationFactory.create_batch(5, forum=forum, status=Status.CONFIRMED)

    with django_assert_num_queries(7):  # forum; savepoint, lock, seats, insert, its history row, release
        client.post(f"/en/forums/{forum.slug}/register/", form_data())


def test_the_form_shows_live_availability(client):
    forum = hybrid_forum_settings(in_person_capacity=3, online_capacity=1).forum
    RegistrationFactory(forum=forum, status=Status.CONFIRMED, participation_mode="in_person")
    RegistrationFactory(forum=forum, status=Status.CONFIRMED, participation_mode="online")

    page = client.get(f"/en/forums/{forum.slug}/register/").content.decode()

    assert "2 places left" in page
    assert "Online: full, you can join the waiting list" in page
    assert "The organiser processes the data only to organise the forum." in page


def test_optional_questions_are_asked_only_when_chosen(client):
    registration_settings = RegistrationSettingsFactory(optional_fields=["community", "needs"])

    form = client.get(f"/en/forums/{registration_settings.forum.slug}/register/").context["form"]

    assert list(form.fields) == ["name", "email", "community", "needs", "consent", "website"]
    assert form.fields["consent"].initial is None and not form["consent"].value(), "consent is not pre-ticked"


@pytest.mark.parametrize(
    ("settings_kwargs", "shown", "not_shown"),
    [
        ({}, "/register/", "opens on"),
        ({"opens_at": timezone.now() + datetime.timedelta(days=3)}, "Registration opens on", "/register/"),
        ({"closes_at": timezone.now() - datetime.timedelta(hours=1)}, "Registration has closed.", "/register/"),
    ],
)
def test_the_forum_page_says_whether_registration_is_open_by_time_only(client, settings_kwargs, shown, not_shown):
    forum = RegistrationSettingsFactory(**settings_kwargs).forum

    page = client.get(f"/en/forums/{forum.slug}/").content.decode()

    assert shown in page
    assert not_shown not in page
    assert "places left" not in page, "no seat counts on a cached page"


def test_a_forum_without_registration_here_points_to_its_contact(client):
    forum = UpcomingForumFactory(contact_email="forum@example.org")

    page = client.get(f"/en/forums/{forum.slug}/").content.decode()

    assert "mailto:forum@example.org" in page
    assert f"/en/forums/{forum.slug}/register/" not in page


def test_the_forum_page_is_cached_no_longer_than_until_registration_opens(client, monkeypatch):
    opens_at = timezone.now() + datetime.timedelta(seconds=90)
    forum = RegistrationSettingsFactory(opens_at=opens_at).forum
    timeouts = []
    real_set = cache.set
    monkeypatch.setattr(
        "events.views.cache.set", lambda key, value, timeout=None: timeouts.append(timeout) or real_set(key, value, 1)
    )

    client.get(f"/en/forums/{forum.slug}/")

    assert 0 < timeouts[0] <= 90


def test_max_age_ignores_registration_where_the_page_did_not_load_it():
    forum = RegistrationSettingsFactory(opens_at=timezone.now() + datetime.timedelta(seconds=30)).forum
    fresh = type(forum).objects.get(pk=forum.pk)

    assert caching.max_age(fresh, timezone.now()) == caching.MAX_AGE
    fresh.registration_settings  # noqa: B018 - loaded, as the forum page does
    assert caching.max_age(fresh, timezone.now()) <= 30


def test_saving_the_settings_refreshes_the_cached_forum_page(client, registration_settings):
    forum = registration_settings.forum
    assert "/register/" in client.get(f"/en/forums/{forum.slug}/").content.decode()

    registration_settings.closes_at = timezone.now() - datetime.timedelta(minutes=1)
    registration_settings.save()

    assert "Registration has closed." in client.get(f"/en/forums/{forum.slug}/").content.decode()


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "In person: 1 place left"), ("uk", "1 вільне місце"), ("pl", "zostało 1 wolne miejsce")],
)
def test_one_place_left_reads_in_the_singular(client, language, expected):
    forum = hybrid_forum_settings(in_person_capacity=2, online_capacity=5).forum
    RegistrationFactory(forum=forum, status=Status.CONFIRMED, participation_mode="in_person")

    page = client.get(f"/{language}/forums/{forum.slug}/register/").content.decode()

    assert expected in page
