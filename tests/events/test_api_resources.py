"""/api/v1/ organisations, series and speakers; the OpenAPI schema and the docs page (nothing from a CDN)."""

import re

import pytest
from django.core.cache import cache

from events.models import Forum
from tests.events.programme_forums import forum_of_size, kyiv_forum, schema_validator, warsaw_forum
from tests.factories import AgendaSlotFactory, SlotSpeakerFactory, SpeakerFactory

pytestmark = pytest.mark.django_db


def test_organisations(client):
    kyiv_forum()
    warsaw_forum()

    listing = client.get("/api/v1/organisations/?lang=pl")
    detail = client.get("/api/v1/organisations/zmp/?lang=pl")

    schema_validator(client, "PaginatedOrganisationList").validate(listing.json())
    schema_validator(client, "OrganisationDetail").validate(detail.json())
    assert {"zmp", "giz", "zhytomyr-council"} <= {item["slug"] for item in listing.json()["results"]}
    assert [(role["role"], role["forum"]["slug"]) for role in detail.json()["forums"]] == [
        ("organiser", "warsaw-conference-2027")
    ]


def test_series(client):
    forum = kyiv_forum()
    forum_of_size(1, slug="draft-in-series", status=Forum.Status.DRAFT, series=forum.series)

    detail = client.get("/api/v1/series/frl/").json()

    schema_validator(client, "SeriesDetail").validate(detail)
    schema_validator(client, "PaginatedSeriesList").validate(client.get("/api/v1/series/").json())
    assert [item["slug"] for item in detail["forums"]] == [forum.slug]


def test_speakers_of_public_programmes_only(client):
    kyiv_forum()
    draft = forum_of_size(1, slug="draft", status=Forum.Status.DRAFT)
    SlotSpeakerFactory(slot=AgendaSlotFactory(forum=draft), speaker=SpeakerFactory(slug="secret-speaker"))

    listing = client.get("/api/v1/speakers/").json()
    detail = client.get("/api/v1/speakers/serhii-sukhomlyn/?lang=en").json()

    schema_validator(client, "PaginatedSpeakerList").validate(listing)
    schema_validator(client, "SpeakerDetail").validate(detail)
    assert "secret-speaker" not in {item["slug"] for item in listing["results"]}
    assert client.get("/api/v1/speakers/secret-speaker/").status_code == 404
    assert detail["appearances"][0]["title"] == "An integrated approach to planning"
    assert detail["appearances"][0]["start"] == "2027-09-14T10:00:00+03:00"


@pytest.mark.parametrize("size", [2, 30])
def test_speakers_make_the_same_few_queries_whatever_the_size(client, django_assert_num_queries, size):
    forum = forum_of_size(size)
    speaker = forum.slots.first().slot_speakers.last().speaker  # the one in every slot
    cache.clear()

    with django_assert_num_queries(2):
        client.get("/api/v1/speakers/")
    with django_assert_num_queries(2):
        assert len(client.get(f"/api/v1/speakers/{speaker.slug}/").json()["appearances"]) == size


def test_schema_is_openapi_3_1_with_every_endpoint(client):
    response = client.get("/api/v1/schema/")
    schema = response.json()

    assert response.status_code == 200
    assert schema["openapi"].startswith("3.1")
    assert {
        "/api/v1/forums/",
        "/api/v1/forums/{slug}/",
        "/api/v1/organisations/",
        "/api/v1/series/{slug}/",
        "/api/v1/speakers/{slug}/",
    } <= set(schema["paths"])
    parameters = {parameter["name"] for parameter in schema["paths"]["/api/v1/forums/"]["get"]["parameters"]}
    assert {"lang", "translations", "q", "country", "city", "format", "organisation", "series", "page"} <= parameters
    assert "join_url" not in response.content.decode()
    assert client.get("/api/v1/schema/", headers={"If-None-Match": response["ETag"]}).status_code == 304


def test_docs_page_loads_nothing_from_elsewhere(client):
    response = client.get("/api/v1/docs/")
    html = response.content.decode()
    sources = re.findall(r'(?:src|href)="([^"]+)"', html) + re.findall(r"url: ?['\"]([^'\"]+)", html)

    assert response.status_code == 200
    assert sources
    assert all(source.startswith("/") and not source.startswith("//") for source in sources), sources
    assert client.get("/api/v1/").url == "/api/v1/docs/"


def test_options_is_not_cached_as_the_get(client):
    forum = kyiv_forum()

    client.options(f"/api/v1/forums/{forum.slug}/")

    assert client.get(f"/api/v1/forums/{forum.slug}/").json()["slug"] == forum.slug
