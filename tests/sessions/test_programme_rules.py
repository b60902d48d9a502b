"""When a slot fits its forum's programme: inside the forum's dates, and not in a room someone else has."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from sessions.domain import check_no_clash, find_clash
from tests.factories import AgendaSlotFactory, ForumFactory, VenueFactory

pytestmark = pytest.mark.django_db

HOUR = datetime.timedelta(hours=1)


@pytest.mark.parametrize(
    ("start_offset", "length"),
    [(datetime.timedelta(0), HOUR), (datetime.timedelta(hours=7), HOUR), (datetime.timedelta(0), 8 * HOUR)],
    ids=["at-the-start", "at-the-end", "whole-forum"],
)
def test_slot_within_the_forum_dates_is_valid(start_offset, length):
    forum = ForumFactory()
    slot = AgendaSlotFactory.build(
        forum=forum, start=forum.start + start_offset, end=forum.start + start_offset + length
    )

    slot.full_clean()


@pytest.mark.parametrize(
    ("start_offset", "length"),
    [(-HOUR / 2, HOUR), (datetime.timedelta(hours=7, minutes=30), HOUR), (-HOUR, 10 * HOUR)],
    ids=["starts-before", "ends-after", "around"],
)
def test_slot_outside_the_forum_dates_is_rejected(start_offset, length):
    forum = ForumFactory()
    slot = AgendaSlotFactory.build(
        forum=forum, start=forum.start + start_offset, end=forum.start + start_offset + length
    )

    with pytest.raises(ValidationError) as raised:
        slot.full_clean()

    assert [error.code for error in raised.value.error_dict["__all__"]] == ["slot_outside_forum"]


def test_slot_outside_a_forum_in_another_zone_names_that_zone():
    forum = ForumFactory(time_zone="Europe/Warsaw")
    slot = AgendaSlotFactory.build(forum=forum, start=forum.start - HOUR)

    with pytest.raises(ValidationError) as raised:
        slot.full_clean()

    assert raised.value.error_dict["__all__"][0].params == {
        "start": "2027-09-14 09:00",
        "end": "2027-09-14 17:00",
        "zone": "Europe/Warsaw",
    }


@pytest.fixture
def taken():
    """A slot 10:00–11:00 in room “Зала 1” at the forum's main venue."""
    forum = ForumFactory()
    return AgendaSlotFactory(forum=forum, start=forum.start + HOUR, room_uk="Зала 1")


def other_slot(taken, minutes=30, **fields):
    start = taken.start + datetime.timedelta(minutes=minutes)
    return AgendaSlotFactory.build(forum=taken.forum, start=start, end=start + HOUR, **fields)


@pytest.mark.parametrize(
    ("fields", "clashes"),
    [
        ({"room_uk": "Зала 1"}, True),
        ({"room_uk": "  зала 1 "}, True),
        ({"room_uk": "Зала 2"}, False),
        ({"room_uk": "Зала 1", "minutes": 60}, False),
        ({"room_uk": "Зала 1", "minutes": -60}, False),
        ({"room_uk": "Зала 1", "minutes": -59}, True),
    ],
    ids=["same-room", "same-room-other-spelling", "parallel-room", "right-after", "right-before", "one-minute-over"],
)
def test_slots_clash_only_in_the_same_room_at_overlapping_times(taken, fields, clashes):
    slot = other_slot(taken, **fields)

    assert (find_clash(slot, [taken]) == taken) is clashes


def test_a_slot_without_a_venue_is_at_the_forum_venue(taken):
    at_main_venue = other_slot(taken, venue=taken.forum.venue, room_uk="Зала 1")
    elsewhere = other_slot(taken, venue=VenueFactory(), room_uk="Зала 1")

    assert find_clash(at_main_venue, [taken]) == taken
    assert find_clash(elsewhere, [taken]) is None


def test_check_no_clash_compares_with_the_saved_programme(taken):
    with pytest.raises(ValidationError) as raised:
        check_no_clash(other_slot(taken, room_uk="Зала 1"))

    assert raised.value.code == "slot_overlap"
    assert raised.value.params == {"other": taken.title, "start": "10:00", "end": "11:00"}


def test_a_saved_slot_does_not_clash_with_itself(taken):
    taken.end += HOUR / 2

    check_no_clash(taken)


def test_slots_of_another_forum_do_not_clash(taken):
    forum = ForumFactory(venue=taken.forum.venue)

    check_no_clash(AgendaSlotFactory.build(forum=forum, start=taken.start, room_uk="Зала 1"))
