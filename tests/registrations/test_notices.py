"""A published forum that moves in time or place, or is cancelled: every active registrant hears of it."""

import datetime

import pytest

from events.models import Forum
from registrations.models import Registration
from tests.factories import RegistrationFactory, VenueFactory
from tests.registrations.factories import RegistrationSettingsFactory, UpcomingForumFactory

pytestmark = pytest.mark.django_db

Status = Registration.Status


@pytest.fixture
def registrants(forum):
    """One registrant in each status; the active ones (pending, offered, confirmed, waiting...) hear of changes."""
    return {status: RegistrationFactory(forum=forum, status=status) for status in Status.values}


ACTIVE_EMAILS = 5  # pending, awaiting approval, confirmed, waiting, offered


@pytest.mark.parametrize(
    "change",
    [
        lambda forum: setattr(forum, "start", forum.start + datetime.timedelta(hours=1)),
        lambda forum: setattr(forum, "end", forum.end + datetime.timedelta(hours=1)),
        lambda forum: setattr(forum, "venue", VenueFactory()),
    ],
    ids=["start", "end", "venue"],
)
def test_time_or_place_changed(committed, mailoutbox, forum, registrants, change):
    change(forum)
    with committed():
        forum.save()

    assert len(mailoutbox) == ACTIVE_EMAILS
    assert {message.to[0] for message in mailoutbox} == {
        registrants[status].email
        for status in (Status.PENDING, Status.AWAITING_APPROVAL, Status.CONFIRMED, Status.WAITING, Status.OFFERED)
    }
    assert all(Registration.objects.get(email=m.to[0]).last_email_kind == "forum_changed" for m in mailoutbox)


def test_cancelled(committed, mailoutbox, forum, registrants):
    forum.status = Forum.Status.CANCELLED
    with committed():
        forum.save()

    assert len(mailoutbox) == ACTIVE_EMAILS
    assert Registration.objects.get(pk=registrants[Status.CONFIRMED].pk).last_email_kind == "forum_cancelled"


def test_other_changes_and_drafts_send_nothing(committed, mailoutbox, forum, registrants):
    forum.title_en = "A better title"
    with committed():
        forum.save()
    draft = RegistrationSettingsFactory(forum=UpcomingForumFactory(status=Forum.Status.DRAFT)).forum
    RegistrationFactory(forum=draft, status=Status.CONFIRMED)
    draft.venue = VenueFactory()
    with committed():
        draft.save()

    assert mailoutbox == []


def test_a_new_date_resets_the_reminder(committed, forum):
    registration = RegistrationFactory(forum=forum, status=Status.CONFIRMED, reminder_sent_at=forum.start)
    forum.start += datetime.timedelta(days=7)
    forum.end += datetime.timedelta(days=7)
    with committed():
        forum.save()

    registration.refresh_from_db()
    assert registration.reminder_sent_at is None


def test_the_admin_change_sends_the_notice(client, committed, mailoutbox, forum, registrants):
    from tests.factories import SuperUserFactory
    from tests.test_admin import submit

    client.force_login(SuperUserFactory())
    with committed():
        response = submit(client, f"/admin/events/forum/{forum.pk}/change/", {"end_1": "18:30"})

    assert response.status_code == 302, response.context["errors"] if response.context else response
    assert len(mailoutbox) == ACTIVE_EMAILS
