"""Publishing a forum: completeness checks that say what is missing, and the count of registrants a change reaches."""

import pytest
from django.utils import translation

from events.models import Forum
from events.publishing import missing_for_publishing
from registrations.models import Registration
from tests import factories
from tests.test_admin import submit

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    client.force_login(factories.SuperUserFactory())
    return client


def change_url(forum):
    return f"/admin/events/forum/{forum.pk}/change/"


@pytest.mark.parametrize(
    ("changes", "missing"),
    [
        ({}, ["the summary in Ukrainian", "at least one agenda slot"]),
        ({"summary_uk": "Коротко", "venue": None}, ["a venue", "at least one agenda slot"]),
        (
            {"summary_uk": "Коротко", "participation_mode": Forum.Mode.HYBRID},
            ["a livestream or join link", "at least one agenda slot"],
        ),
        (
            {"summary_pl": "Krótko", "main_language": "pl", "title_pl": ""},
            ["the title in Polish", "at least one agenda slot"],
        ),
    ],
)
def test_missing_for_publishing_says_what(changes, missing):
    forum = factories.ForumFactory(summary_uk="", summary_pl="", summary_en="")
    for name, value in changes.items():
        setattr(forum, name, value)

    with translation.override("en"):
        assert missing_for_publishing(forum, slot_count=0) == missing


def test_publishing_an_incomplete_forum_in_the_admin_is_refused_with_the_list(admin_client):
    forum = factories.ForumFactory(summary_uk="")

    response = submit(admin_client, change_url(forum), {"status": Forum.Status.PUBLISHED})

    assert response.status_code == 200
    errors = response.context["adminform"].form.errors["status"]
    assert len(errors) == 1 and "at least one agenda slot" not in errors[0]  # the slots are the programme's error
    assert response.context["inline_admin_formsets"][1].formset.non_form_errors()
    forum.refresh_from_db()
    assert forum.status == Forum.Status.DRAFT


def test_a_complete_forum_is_published(admin_client):
    forum = factories.ForumFactory(summary_uk="Коротко про форум")
    factories.AgendaSlotFactory(forum=forum)

    response = submit(admin_client, change_url(forum), {"status": Forum.Status.PUBLISHED})

    assert response.status_code == 302
    forum.refresh_from_db()
    assert forum.status == Forum.Status.PUBLISHED


def test_a_published_forum_shows_how_many_registrants_a_change_reaches(admin_client):
    forum = factories.ForumFactory(status=Forum.Status.PUBLISHED, summary_uk="Коротко")
    for status in (Registration.Status.CONFIRMED, Registration.Status.WAITING, Registration.Status.CANCELLED):
        factories.RegistrationFactory(forum=forum, status=status)

    response = admin_client.get(change_url(forum), HTTP_ACCEPT_LANGUAGE="en")

    assert [str(message) for message in response.context["messages"]] == [
        "2 registrants will be notified by email if you change the time or the venue."
    ]
