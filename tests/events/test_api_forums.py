"""/api/v1/forums/: the directory's filters, languages, translations, the schema, caching and query counts."""

import datetime

import pytest
from django.core.cache import cache

from events.models import Forum
from tests.events.programme_forums import forum_of_size, kyiv_forum, schema_validator, warsaw_forum
from tests.factories import ForumOrganisationFactory, OrganisationFactory, TopicFactory

pytestmark = pytest.mark.django_db


def slugs(response):
    assert response.status_code == 200, response.content
    return [forum["slug"] for forum in response.json()["results"]]


def test_list_has_upcoming_published_and_cancelled_forums_only(client):
    published = forum_of_size(1, slug="published")
    cancelled = forum_of_size(1, slug="cancelled", status=Forum.Status.CANCELLED)
    forum_of_size(1, slug="draft", status=Forum.Status.DRAFT)

    response = client.get("/api/v1/forums/")

    assert response.status_code == 200
    assert sorted(slugs(response)) == sorted([published.slug, cancelled.slug])
    schema_validator(client, "PaginatedForumList").validate(response.json())


def test_list_takes_the_directorys_filters(client):
    kyiv, warsaw = kyiv_forum(), warsaw_forum()
    kyiv.topics.add(TopicFactory(slug="demography"))

    assert slugs(client.get("/api/v1/forums/?when=past")) == []  # both are ahead
    assert slugs(client.get("/api/v1/forums/?country=PL")) == [warsaw.slug]
    assert slugs(client.get("/api/v1/forums/?format=conference")) == [warsaw.slug]
    assert slugs(client.get("/api/v1/forums/?organisation=zmp")) == [warsaw.slug]
    assert slugs(client.get("/api/v1/forums/?series=frl")) == [kyiv.slug]
    assert slugs(client.get("/api/v1/forums/?topic=demography")) == [kyiv.slug]
    assert slugs(client.get("/api/v1/forums/?date_from=2027-09-01")) == [kyiv.slug]
    assert slugs(client.get("/api/v1/forums/?mode=online")) == [kyiv.slug]  # hybrid counts as online


def test_a_wrong_filter_is_a_400_with_a_message_in_the_language_asked_for(client):
    response = client.get("/api/v1/forums/?date_from=2027-09-30&date_to=2027-09-01&lang=pl")

    assert response.status_code == 400
    assert response.json()["date_to"] == ["Data końcowa jest wcześniejsza niż początkowa."]


def test_a_wrong_language_is_a_400(client):
    response = client.get("/api/v1/forums/?lang=de", headers={"Accept-Language": "en"})

    assert response.status_code == 400
    assert "lang" in response.json()


def test_list_is_paginated(client):
    for number in range(23):
        forum_of_size(1, slug=f"forum-{number:02}")

    first = client.get("/api/v1/forums/").json()
    second = client.get(first["next"]).json()

    assert first["count"] == 23
    assert len(first["results"]) == 20 and len(second["results"]) == 3
    assert client.get("/api/v1/forums/?page=9").status_code == 404


@pytest.mark.parametrize(
    ("query", "headers", "title", "language"),
    [
        ("?lang=pl", {}, "Forum zintegrowanego rozwoju Żytomierza", "pl"),
        ("", {"Accept-Language": "en"}, "Zhytomyr integrated development forum", "en"),
        ("", {"Accept-Language": "pl-PL,pl;q=0.9"}, "Forum zintegrowanego rozwoju Żytomierza", "pl"),
        ("?lang=uk", {"Accept-Language": "en"}, "Форум інтегрованого розвитку Житомира", "uk"),
    ],
)
def test_language_by_query_or_accept_language(client, query, headers, title, language):
    forum = kyiv_forum()

    response = client.get(f"/api/v1/forums/{forum.slug}/{query}", headers=headers)

    assert response.json()["title"] == title
    assert response["Content-Language"] == language
    assert response.json()["page_url"] == f"http://testserver/{language}/forums/{forum.slug}/"


def test_all_translations_on_request(client):
    forum = kyiv_forum()

    data = client.get(f"/api/v1/forums/{forum.slug}/?translations=all").json()

    assert data["translations"]["title"] == {
        "uk": "Форум інтегрованого розвитку Житомира",
        "pl": "Forum zintegrowanego rozwoju Żytomierza",
        "en": "Zhytomyr integrated development forum",
    }
    assert data["programme"][1]["translations"]["title"] == {"uk": "Громади та їхні пріоритети", "pl": "", "en": ""}
    assert data["programme"][0]["speakers"][0]["translations"]["full_name"]["pl"] == "Serhij Suchomłyn"
    schema_validator(client, "ForumDetail").validate(data)


@pytest.mark.parametrize("make_forum", [kyiv_forum, warsaw_forum])
def test_detail_has_the_programme_and_validates_against_the_schema(client, make_forum):
    forum = make_forum()

    response = client.get(f"/api/v1/forums/{forum.slug}/?lang=uk")
    data = response.json()

    schema_validator(client, "ForumDetail").validate(data)
    assert [slot["id"] for slot in data["programme"]] == list(forum.slots.values_list("pk", flat=True))
    offset = datetime.datetime.fromisoformat(data["programme"][0]["start"]).utcoffset()
    assert offset == forum.start.astimezone(forum.zone).utcoffset()
    assert data["programme"][0]["speakers"][0]["role"] == "speaker"


def test_draft_detail_is_not_found(client):
    forum = kyiv_forum(status=Forum.Status.DRAFT)

    assert client.get(f"/api/v1/forums/{forum.slug}/").status_code == 404


def test_conditional_get_and_cors(client):
    forum = kyiv_forum()
    url = f"/api/v1/forums/{forum.slug}/"

    first = client.get(url, headers={"Origin": "https://partner.example.org"})
    again = client.get(url, headers={"If-None-Match": first["ETag"]})
    by_date = client.get(url, headers={"If-Modified-Since": first["Last-Modified"]})

    assert first["Access-Control-Allow-Origin"] == "*"
    assert "ETag" in first["Access-Control-Expose-Headers"]
    assert (again.status_code, by_date.status_code) == (304, 304)


def test_an_organisers_save_is_seen_at_once(client):
    forum = kyiv_forum()
    url = f"/api/v1/forums/{forum.slug}/?lang=en"
    client.get(url)
    forum.title_en = "A new title"
    forum.save()

    assert client.get(url).json()["title"] == "A new title"


def test_a_cached_response_needs_no_query(client, django_assert_num_queries):
    forum = kyiv_forum()
    client.get(f"/api/v1/forums/{forum.slug}/")

    with django_assert_num_queries(0):
        assert client.get(f"/api/v1/forums/{forum.slug}/").status_code == 200


@pytest.mark.parametrize("size", [2, 30])
def test_list_makes_the_same_few_queries_whatever_the_size(client, django_assert_num_queries, size):
    organisation = OrganisationFactory(slug="zmp")
    for number in range(size):
        forum = forum_of_size(1, slug=f"forum-{number}")
        ForumOrganisationFactory(forum=forum, organisation=organisation)
    cache.clear()

    with django_assert_num_queries(8):
        assert client.get("/api/v1/forums/?organisation=zmp&translations=all").status_code == 200


@pytest.mark.parametrize("size", [2, 30])
def test_detail_makes_the_same_few_queries_whatever_the_size(client, django_assert_num_queries, size):
    forum = forum_of_size(size)
    cache.clear()

    with django_assert_num_queries(6):
        assert client.get(f"/api/v1/forums/{forum.slug}/?translations=all").status_code == 200
