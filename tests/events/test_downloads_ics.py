"""Calendars: the programme, each slot, and the feeds filtered like the directory, parsed with icalendar."""

import datetime

import pytest
from django.core.cache import cache
from icalendar import Calendar

from events.models import Forum
from tests.events.programme_forums import forum_of_size, kyiv_forum, warsaw_forum
from tests.factories import ForumFactory, ForumOrganisationFactory, OrganisationFactory

pytestmark = pytest.mark.django_db


def get_calendar(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return Calendar.from_ical(response.content)


@pytest.mark.parametrize(
    ("make_forum", "zone", "offset", "language", "talk"),
    [
        (kyiv_forum, "Europe/Kyiv", 3, "uk", "Інтегрований підхід до планування"),
        (kyiv_forum, "Europe/Kyiv", 3, "en", "An integrated approach to planning"),
        (warsaw_forum, "Europe/Warsaw", 1, "pl", "Wyzwania demograficzne"),
    ],
)
def test_programme_calendar(client, make_forum, zone, offset, language, talk):
    forum = make_forum()

    calendar = get_calendar(client, f"/{language}/forums/{forum.slug}/programme.ics")
    events = calendar.walk("VEVENT")

    assert len(events) == forum.slots.count() + 1
    assert [timezone["TZID"] for timezone in calendar.walk("VTIMEZONE")] == [zone]
    for event in events:
        assert event["DTSTART"].params["TZID"] == zone
        assert event.decoded("DTSTART").utcoffset() == datetime.timedelta(hours=offset)
        assert event["URL"] == f"http://testserver/{language}/forums/{forum.slug}/"
        assert event["STATUS"] == "CONFIRMED"
    talk_event = next(event for event in events if str(event["SUMMARY"]).startswith(talk))
    assert talk_event.decoded("DTSTART").strftime("%H:%M") == "10:00"
    assert forum.slots.first().speakers.first().full_name in str(talk_event["DESCRIPTION"])


def test_locations_name_the_address_or_online(client):
    forum = kyiv_forum()
    online = ForumFactory(
        status=Forum.Status.PUBLISHED,
        participation_mode=Forum.Mode.ONLINE,
        venue=None,
        livestream_url="https://video.example.org/live",
    )

    events = get_calendar(client, f"/en/forums/{forum.slug}/programme.ics").walk("VEVENT")
    online_event = get_calendar(client, f"/en/forums/{online.slug}/programme.ics").walk("VEVENT")[0]

    assert "8/1 Mykhailivska St" in str(events[0]["LOCATION"])
    assert any("6 Pokrovska St" in str(event["LOCATION"]) for event in events)
    assert str(online_event["LOCATION"]) == "Online"


def test_uids_stay_the_same_across_downloads_and_languages(client):
    forum = kyiv_forum()

    first = get_calendar(client, f"/uk/forums/{forum.slug}/programme.ics")
    cache.clear()
    second = get_calendar(client, f"/uk/forums/{forum.slug}/programme.ics")
    polish = get_calendar(client, f"/pl/forums/{forum.slug}/programme.ics")

    uids = [str(event["UID"]) for event in first.walk("VEVENT")]
    assert uids == [str(event["UID"]) for event in second.walk("VEVENT")]
    assert uids == [str(event["UID"]) for event in polish.walk("VEVENT")]
    assert uids[0] == f"forum-{forum.pk}@testserver"
    assert len(set(uids)) == len(uids)


def test_a_cancelled_forum_is_cancelled_in_calendars(client):
    forum = kyiv_forum(status=Forum.Status.CANCELLED)

    events = get_calendar(client, f"/uk/forums/{forum.slug}/programme.ics").walk("VEVENT")

    assert {str(event["STATUS"]) for event in events} == {"CANCELLED"}
    assert {event["SEQUENCE"] for event in events} == {1}


def test_each_slot_has_its_own_calendar(client):
    forum = warsaw_forum()
    slot = forum.slots.first()

    response = client.get(f"/pl/forums/{forum.slug}/slots/{slot.pk}.ics")
    events = Calendar.from_ical(response.content).walk("VEVENT")

    assert response["Content-Disposition"] == f'attachment; filename="{forum.slug}-{slot.pk}-pl.ics"'
    assert len(events) == 1
    assert str(events[0]["UID"]) == f"slot-{slot.pk}@testserver"
    assert events[0]["DTSTART"].params["TZID"] == "Europe/Warsaw"
    assert str(events[0]["SUMMARY"]).startswith("Wyzwania demograficzne")


def test_a_slot_of_another_forum_is_not_found(client):
    forum, other = kyiv_forum(), warsaw_forum()

    assert client.get(f"/uk/forums/{forum.slug}/slots/{other.slots.first().pk}.ics").status_code == 404


def test_feed_lists_upcoming_public_forums(client):
    upcoming = forum_of_size(1, slug="upcoming")
    forum_of_size(1, slug="draft", status=Forum.Status.DRAFT)
    past = forum_of_size(1, slug="past")
    past.start, past.end = past.start - datetime.timedelta(days=400), past.end - datetime.timedelta(days=400)
    past.save()

    calendar = get_calendar(client, "/uk/calendar.ics")

    assert [str(event["UID"]) for event in calendar.walk("VEVENT")] == [f"forum-{upcoming.pk}@testserver"]
    assert str(calendar["X-WR-CALNAME"])


def test_organisation_and_series_feeds(client):
    zmp = OrganisationFactory(slug="zmp")
    of_zmp = forum_of_size(1, slug="of-zmp")
    ForumOrganisationFactory(forum=of_zmp, organisation=zmp)
    other = forum_of_size(1, slug="other")

    by_organisation = get_calendar(client, "/pl/organisations/zmp/calendar.ics")
    by_series = get_calendar(client, f"/pl/series/{other.series.slug}/calendar.ics")
    filtered = get_calendar(client, "/pl/calendar.ics?organisation=zmp")

    assert [str(event["UID"]) for event in by_organisation.walk("VEVENT")] == [f"forum-{of_zmp.pk}@testserver"]
    assert [str(event["UID"]) for event in by_series.walk("VEVENT")] == [f"forum-{other.pk}@testserver"]
    assert [str(event["UID"]) for event in filtered.walk("VEVENT")] == [f"forum-{of_zmp.pk}@testserver"]


def test_feed_of_an_organisation_without_public_forums_is_empty(client):
    OrganisationFactory(slug="new-partner")

    assert get_calendar(client, "/en/organisations/new-partner/calendar.ics").walk("VEVENT") == []


def test_feed_with_a_wrong_filter_says_why_in_the_page_language(client):
    response = client.get("/uk/calendar.ics?date_from=tomorrow")

    assert response.status_code == 400
    assert "дат" in response.content.decode().lower()


def test_feeds_of_unknown_organisations_and_series_are_not_found(client):
    assert client.get("/uk/organisations/nobody/calendar.ics").status_code == 404
    assert client.get("/uk/series/nothing/calendar.ics").status_code == 404


def test_forum_page_links_each_slot_to_its_calendar(client):
    forum = kyiv_forum()

    html = client.get(f"/en/forums/{forum.slug}/").content.decode()

    for slot in forum.slots.all():
        assert f'<a href="/en/forums/{forum.slug}/slots/{slot.pk}.ics" type="text/calendar">Add to calendar</a>' in html
