"""Rules the database itself enforces for forums, venues and organisations."""

import datetime
from decimal import Decimal

import pytest
from django.db import IntegrityError, transaction

from events.models import Forum
from tests.factories import (
    ForumFactory,
    ForumOrganisationFactory,
    OrganisationFactory,
    SeriesFactory,
    TopicFactory,
    VenueFactory,
)

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("hours", [0, -1])
def test_forum_ends_after_it_starts(hours):
    forum = ForumFactory()
    forum.end = forum.start + datetime.timedelta(hours=hours)
    with pytest.raises(IntegrityError, match="forum_end_after_start"), transaction.atomic():
        forum.save()


@pytest.mark.parametrize("mode", [Forum.Mode.ONLINE, Forum.Mode.HYBRID])
def test_published_online_forum_needs_a_link(mode):
    with pytest.raises(IntegrityError, match="forum_published_online_has_link"), transaction.atomic():
        ForumFactory(status=Forum.Status.PUBLISHED, participation_mode=mode)


@pytest.mark.parametrize(
    "fields",
    [
        {"status": Forum.Status.PUBLISHED, "livestream_url": "https://youtube.com/live/x"},
        {"status": Forum.Status.PUBLISHED, "join_url": "https://zoom.us/j/1"},
        {"status": Forum.Status.DRAFT},
        {"status": Forum.Status.CANCELLED},
    ],
)
def test_online_forum_with_a_link_or_unpublished_is_stored(fields):
    ForumFactory(participation_mode=Forum.Mode.ONLINE, venue=None, **fields)


def test_published_in_person_forum_needs_no_link():
    ForumFactory(status=Forum.Status.PUBLISHED, participation_mode=Forum.Mode.IN_PERSON)


@pytest.mark.parametrize(
    "coordinates",
    [{"latitude": Decimal("50.254650")}, {"longitude": Decimal("28.658667")}],
)
def test_venue_coordinates_both_or_neither(coordinates):
    with pytest.raises(IntegrityError, match="venue_coordinates_both_or_neither"), transaction.atomic():
        VenueFactory(**coordinates)


@pytest.mark.parametrize(
    "coordinates",
    [{}, {"latitude": Decimal("50.254650"), "longitude": Decimal("28.658667")}],
)
def test_venue_with_both_coordinates_or_none_is_stored(coordinates):
    VenueFactory(**coordinates)


@pytest.mark.parametrize("factory", [OrganisationFactory, TopicFactory, SeriesFactory, ForumFactory])
def test_slugs_are_unique(factory):
    factory(slug="zhytomyr")
    with pytest.raises(IntegrityError, match="_slug_key"), transaction.atomic():
        factory(slug="zhytomyr")


def test_organisation_has_each_role_in_a_forum_once():
    link = ForumOrganisationFactory()
    ForumOrganisationFactory(forum=link.forum, organisation=link.organisation, role="partner")
    with pytest.raises(IntegrityError, match="forum_organisation_role_unique"), transaction.atomic():
        ForumOrganisationFactory(forum=link.forum, organisation=link.organisation, role=link.role)
