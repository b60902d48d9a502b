"""Cloning a forum to new dates and moving its programme (events/services.py and the forum page's tools)."""

import datetime
import zoneinfo

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from events import services
from events.models import Forum, ForumOrganisation, Membership
from registrations.models import Registration, RegistrationSettings
from sessions.models import AgendaSlot, SlotSpeaker
from tests import factories
from tests.registrations.factories import RegistrationSettingsFactory

pytestmark = pytest.mark.django_db


def local(value, zone_name):
    return value.astimezone(zoneinfo.ZoneInfo(zone_name)).replace(tzinfo=None)


def forum_on(zone_name, day, days=1, **kwargs):
    """A forum from 09:00 on `day` to 18:00 `days` later, local time, with a slot at 10:00–11:00 on `day`."""
    zone = zoneinfo.ZoneInfo(zone_name)
    forum = factories.ForumFactory(
        time_zone=zone_name,
        start=datetime.datetime.combine(day, datetime.time(9), zone),
        end=datetime.datetime.combine(day + datetime.timedelta(days=days - 1), datetime.time(18), zone),
        **kwargs,
    )
    start = datetime.datetime.combine(day, datetime.time(10), zone)
    factories.AgendaSlotFactory(forum=forum, start=start, end=start + datetime.timedelta(hours=1))
    return forum


# The clocks go forward on 28 March 2027 and back on 31 October 2027, in Kyiv and in Warsaw alike.
DST_CHANGES = [
    (datetime.date(2027, 3, 25), datetime.date(2027, 4, 1)),
    (datetime.date(2027, 4, 1), datetime.date(2027, 3, 25)),
    (datetime.date(2027, 10, 28), datetime.date(2027, 11, 4)),
    (datetime.date(2026, 10, 22), datetime.date(2027, 11, 4)),  # next year's forum, a week later in the year
]


@pytest.mark.parametrize("zone_name", ["Europe/Kyiv", "Europe/Warsaw"])
@pytest.mark.parametrize(("day", "new_day"), DST_CHANGES, ids=str)
def test_clone_keeps_local_times_across_a_change_of_summer_time(zone_name, day, new_day):
    forum = forum_on(zone_name, day)

    copy = services.clone_forum(forum, new_day)

    slot = copy.slots.get()
    assert local(copy.start, zone_name) == datetime.datetime.combine(new_day, datetime.time(9))
    assert local(copy.end, zone_name) == datetime.datetime.combine(new_day, datetime.time(18))
    assert local(slot.start, zone_name) == datetime.datetime.combine(new_day, datetime.time(10))
    assert local(slot.end, zone_name) == datetime.datetime.combine(new_day, datetime.time(11))
    elapsed = copy.start.timestamp() - forum.start.timestamp()
    assert abs(elapsed - (new_day - day).days * 86400) == 3600  # an hour more or less in real time


def test_clone_copies_the_programme_and_organisations_but_not_the_registrations():
    registration_settings = RegistrationSettingsFactory(
        forum=forum_on("Europe/Kyiv", datetime.date(2027, 9, 14), status=Forum.Status.PUBLISHED),
        closes_at=datetime.datetime(2027, 9, 10, 18, 0, tzinfo=zoneinfo.ZoneInfo("Europe/Kyiv")),
    )
    forum = registration_settings.forum
    forum.topics.set([factories.TopicFactory()])
    organisers = [
        factories.ForumOrganisationFactory(forum=forum, role=role)
        for role in (ForumOrganisation.Role.ORGANISER, ForumOrganisation.Role.PARTNER)
    ]
    slot_speaker = factories.SlotSpeakerFactory(slot=forum.slots.get(), role=SlotSpeaker.Role.MODERATOR)
    factories.RegistrationFactory(forum=forum)

    copy = services.clone_forum(forum, datetime.date(2028, 9, 12), title="Форум 2028")

    assert copy.pk != forum.pk and copy.slug != forum.slug
    assert copy.status == Forum.Status.DRAFT
    assert (copy.title_uk, copy.title_en) == ("Форум 2028", f"{forum.title_en} (copy)")
    assert (copy.venue_id, copy.series_id) == (forum.venue_id, forum.series_id)
    assert list(copy.topics.all()) == list(forum.topics.all())
    assert {(row.organisation_id, row.role) for row in copy.forum_organisations.all()} == {
        (row.organisation_id, row.role) for row in organisers
    }
    assert list(SlotSpeaker.objects.filter(slot__forum=copy).values_list("speaker", "role")) == [
        (slot_speaker.speaker_id, SlotSpeaker.Role.MODERATOR)
    ]
    assert not Registration.objects.filter(forum=copy).exists()
    copied_settings = RegistrationSettings.objects.get(forum=copy)
    assert local(copied_settings.closes_at, "Europe/Kyiv") == datetime.datetime(2028, 9, 8, 18, 0)
    assert forum.slots.count() == 1 and Registration.objects.filter(forum=forum).count() == 1


def test_clone_refuses_a_time_the_clocks_skip():
    forum = forum_on("Europe/Kyiv", datetime.date(2027, 3, 21))
    Forum.objects.filter(pk=forum.pk).update(start=forum.start.replace(hour=3, minute=30))
    forum.refresh_from_db()

    with pytest.raises(ValidationError) as refused:
        services.clone_forum(forum, datetime.date(2027, 3, 28))

    assert refused.value.code == "nonexistent_time"
    assert Forum.objects.count() == 1


def test_shift_moves_every_slot_on_the_wall_clock_across_the_night_the_clocks_change():
    forum = forum_on("Europe/Warsaw", datetime.date(2027, 10, 30), days=2)
    start = datetime.datetime(2027, 10, 31, 10, 0, tzinfo=forum.zone)
    factories.AgendaSlotFactory(forum=forum, start=start, end=start + datetime.timedelta(hours=1))

    assert services.shift_programme(forum, 30) == 2

    starts = [local(slot.start, "Europe/Warsaw") for slot in forum.slots.all()]
    assert starts == [datetime.datetime(2027, 10, 30, 10, 30), datetime.datetime(2027, 10, 31, 10, 30)]


def test_shift_out_of_the_forum_dates_is_refused_and_changes_nothing():
    forum = forum_on("Europe/Kyiv", datetime.date(2027, 9, 14))
    before = list(forum.slots.values_list("start", "end"))

    with pytest.raises(ValidationError) as refused:
        services.shift_programme(forum, 8 * 60)

    assert refused.value.code == "slot_outside_forum"
    assert list(forum.slots.values_list("start", "end")) == before


def test_moving_a_day_onto_another_days_slot_in_the_same_room_is_refused():
    forum = forum_on("Europe/Kyiv", datetime.date(2027, 9, 14), days=2)
    start = datetime.datetime(2027, 9, 15, 10, 30, tzinfo=forum.zone)
    second = factories.AgendaSlotFactory(forum=forum, start=start, end=start + datetime.timedelta(hours=1))

    with pytest.raises(ValidationError) as refused:
        services.move_day(forum, datetime.date(2027, 9, 15), datetime.date(2027, 9, 14))

    assert refused.value.code == "slot_overlap"
    second.refresh_from_db()
    assert second.start == start


def test_moving_a_day_keeps_local_times():
    forum = forum_on("Europe/Kyiv", datetime.date(2027, 9, 14), days=3)

    assert services.move_day(forum, datetime.date(2027, 9, 14), datetime.date(2027, 9, 16)) == 1

    assert local(forum.slots.get().start, "Europe/Kyiv") == datetime.datetime(2027, 9, 16, 10, 0)


@pytest.fixture
def council_forum():
    forum = forum_on("Europe/Kyiv", datetime.date(2027, 9, 14), days=2)
    council = factories.ForumOrganisationFactory(forum=forum).organisation
    return forum, council


def tool_url(name, forum):
    return reverse(f"admin:events_forum_{name}", args=[forum.pk])


@pytest.mark.parametrize(
    ("role", "status"), [(Membership.Role.EDITOR, 302), (Membership.Role.REGISTRATION_DESK, 403), (None, 404)]
)
def test_only_an_editor_of_the_forum_may_clone_it(client, council_forum, role, status):
    forum, council = council_forum
    membership = factories.MembershipFactory(organisation=council, role=role) if role else factories.MembershipFactory()
    client.force_login(membership.user)

    response = client.post(tool_url("clone", forum), {"start_date": "2028-09-12", "title": ""})

    assert response.status_code == status
    assert Forum.objects.count() == (2 if status == 302 else 1)
    if status == 302:
        copy = Forum.objects.exclude(pk=forum.pk).get()
        assert response.url == reverse("admin:events_forum_change", args=[copy.pk])
        assert client.get(response.url).status_code == 200


@pytest.mark.parametrize("language", ["uk", "pl", "en"])
def test_tool_pages_open_in_every_language(client, council_forum, language):
    forum, council = council_forum
    client.force_login(factories.MembershipFactory(organisation=council).user)

    for name in ("clone", "shift", "move_day"):
        response = client.get(tool_url(name, forum), HTTP_ACCEPT_LANGUAGE=language)
        assert response.status_code == 200
        assert f'lang="{language}"' in response.content.decode()
    page = client.get(reverse("admin:events_forum_change", args=[forum.pk])).content.decode()
    assert tool_url("shift", forum) in page and tool_url("clone", forum) in page


def test_refused_shift_says_why_and_changes_nothing(client, council_forum):
    forum, council = council_forum
    client.force_login(factories.MembershipFactory(organisation=council).user)
    before = list(AgendaSlot.objects.values_list("start", flat=True))

    response = client.post(tool_url("shift", forum), {"minutes": str(3 * 24 * 60)})
    assert response.status_code == 400
    response = client.post(tool_url("shift", forum), {"minutes": "-120"}, HTTP_ACCEPT_LANGUAGE="en")

    assert response.status_code == 400
    assert "within the forum" in response.content.decode()
    assert list(AgendaSlot.objects.values_list("start", flat=True)) == before


def test_move_day_through_the_admin(client, council_forum):
    forum, council = council_forum
    client.force_login(factories.MembershipFactory(organisation=council).user)

    response = client.post(tool_url("move_day", forum), {"day": "2027-09-14", "to_day": "2027-09-15"})

    assert response.status_code == 302
    assert local(forum.slots.get().start, "Europe/Kyiv") == datetime.datetime(2027, 9, 15, 10, 0)
