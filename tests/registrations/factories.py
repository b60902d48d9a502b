"""Factories for registration settings, and forums that take registrations (kept with the app's tests)."""

import datetime
import zoneinfo

import factory
from django.utils import timezone

from events.models import Forum
from registrations.models import RegistrationSettings
from tests.factories import ForumFactory

KYIV = zoneinfo.ZoneInfo("Europe/Kyiv")


def in_days(days, hour=10, zone=KYIV):
    day = timezone.now().astimezone(zone).date() + datetime.timedelta(days=days)
    return datetime.datetime.combine(day, datetime.time(hour), tzinfo=zone)


class UpcomingForumFactory(ForumFactory):
    """A published in-person forum a month ahead, 10:00–17:00 Kyiv time."""

    status = Forum.Status.PUBLISHED
    start = factory.LazyFunction(lambda: in_days(30))
    end = factory.LazyAttribute(lambda forum: forum.start + datetime.timedelta(hours=7))
    contact_email = "forum@example.org"


class RegistrationSettingsFactory(factory.django.DjangoModelFactory):
    """Registration open now, 10 places in person, a waiting list, no approval."""

    forum = factory.SubFactory(UpcomingForumFactory)
    in_person_capacity = 10
    privacy_notice_uk = "Дані обробляє організатор лише для організації форуму."
    privacy_notice_pl = "Dane przetwarza organizator wyłącznie w celu organizacji forum."
    privacy_notice_en = "The organiser processes the data only to organise the forum."

    class Meta:
        model = RegistrationSettings


def hybrid_forum_settings(**kwargs):
    forum = UpcomingForumFactory(
        participation_mode=Forum.Mode.HYBRID, join_url="https://meet.example.org/private-room-4711"
    )
    return RegistrationSettingsFactory(forum=forum, **{"online_capacity": 5, **kwargs})
