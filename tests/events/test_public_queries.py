"""Every public page makes the same few SQL queries whatever the number of forums, slots or speakers."""

import datetime

import pytest
from django.core.cache import cache
from django.utils import timezone

from events.models import Forum
from tests.factories import (
    AgendaSlotFactory,
    ForumFactory,
    ForumOrganisationFactory,
    OrganisationFactory,
    SeriesFactory,
    SlotSpeakerFactory,
    SpeakerFactory,
    TopicFactory,
    VenueFactory,
)

pytestmark = pytest.mark.django_db

SIZES = [2, 40]


@pytest.fixture
def organisation():
    return OrganisationFactory(slug="zmp")


@pytest.fixture
def series(organisation):
    return SeriesFactory(slug="frl", organiser=organisation)


def forum_with_programme(size, organisation, series):
    """A forum with `size` slots, each with two speakers, alternately at a second venue, plus topics and partners."""
    start = timezone.now() + datetime.timedelta(days=10)
    forum = ForumFactory(
        slug=f"forum-{size}",
        status=Forum.Status.PUBLISHED,
        start=start,
        end=start + datetime.timedelta(hours=size),
        series=series,
        participation_mode=Forum.Mode.HYBRID,
        livestream_url="https://video.example.org/live",
    )
    forum.topics.add(*TopicFactory.create_batch(3))
    ForumOrganisationFactory(forum=forum, organisation=organisation)
    ForumOrganisationFactory.create_batch(size // 4 + 1, forum=forum)
    other_venue = VenueFactory()
    shared_speaker = SpeakerFactory(slug="shared-speaker", affiliation=organisation)
    for number in range(size):
        slot = AgendaSlotFactory(
            forum=forum,
            start=start + datetime.timedelta(hours=number),
            end=start + datetime.timedelta(hours=number + 1),
            venue=other_venue if number % 2 else None,
        )
        SlotSpeakerFactory(slot=slot, speaker=SpeakerFactory(affiliation=OrganisationFactory()))
        SlotSpeakerFactory(slot=slot, speaker=shared_speaker)
    return forum


def many_forums(size, organisation, series):
    topic = TopicFactory(slug="demography")
    now = timezone.now()
    for number in range(size):
        start = now + datetime.timedelta(days=number - size // 2)
        forum = ForumFactory(
            status=Forum.Status.PUBLISHED, start=start, end=start + datetime.timedelta(hours=4), series=series
        )
        forum.topics.add(topic)
        ForumOrganisationFactory(forum=forum, organisation=organisation)


@pytest.mark.parametrize("size", SIZES)
def test_forum_page(client, django_assert_num_queries, size, organisation, series):
    forum = forum_with_programme(size, organisation, series)
    cache.clear()

    # The forum with its venue, series and registration settings; organisations; topics; slots; speakers; materials.
    with django_assert_num_queries(6):
        response = client.get(f"/uk/forums/{forum.slug}/")

    assert response.content.decode().count('class="slot ') == size


@pytest.mark.parametrize("size", SIZES)
def test_speaker_page(client, django_assert_num_queries, size, organisation, series):
    forum_with_programme(size, organisation, series)

    with django_assert_num_queries(2):
        response = client.get("/pl/speakers/shared-speaker/")

    assert response.status_code == 200


@pytest.mark.parametrize("size", [2, 30])
@pytest.mark.parametrize(
    "query",
    [
        "",
        "?when=past",
        "?q=forum+rozwoju&country=UA&city=zhytomyr&format=forum&mode=in_person&topic=demography"
        "&organisation=zmp&series=frl&date_from=2000-01-01&date_to=2100-01-01&page=2",
    ],
)
def test_directory(client, django_assert_num_queries, size, query, organisation, series):
    many_forums(size, organisation, series)

    with django_assert_num_queries(6):
        assert client.get(f"/en/forums/{query}").status_code == 200


@pytest.mark.parametrize("size", [2, 30])
def test_home_page(client, django_assert_num_queries, size, organisation, series):
    many_forums(size, organisation, series)

    with django_assert_num_queries(3):
        client.get("/uk/")


@pytest.mark.parametrize("size", [2, 30])
def test_organisation_page(client, django_assert_num_queries, size, organisation, series):
    many_forums(size, organisation, series)

    with django_assert_num_queries(3):
        client.get("/uk/organisations/zmp/")


@pytest.mark.parametrize("size", [2, 30])
def test_series_page(client, django_assert_num_queries, size, organisation, series):
    many_forums(size, organisation, series)

    with django_assert_num_queries(2):
        client.get("/uk/series/frl/")


def test_cached_forum_page_needs_no_query(client, django_assert_num_queries, organisation, series):
    forum = forum_with_programme(2, organisation, series)
    client.get(f"/en/forums/{forum.slug}/")

    with django_assert_num_queries(0):
        client.get(f"/en/forums/{forum.slug}/")
