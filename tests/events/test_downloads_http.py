"""How downloads are served: drafts not at all, conditional GETs, the cache and its invalidation, query counts."""

import pytest
from django.core.cache import cache
from django.utils import translation
from django.utils.http import http_date

from events.exporters.base import current_key
from events.models import Forum
from tests.events.programme_forums import forum_of_size, kyiv_forum

pytestmark = pytest.mark.django_db

DOWNLOADS = ["programme.pdf", "programme-bilingual.pdf", "programme.ics", "programme.json", "programme.csv"]
DATA_DOWNLOADS = ["programme.ics", "programme.json", "programme.csv"]


@pytest.mark.parametrize("download", DOWNLOADS)
def test_a_drafts_downloads_are_not_found(client, download):
    forum = kyiv_forum(status=Forum.Status.DRAFT)

    assert client.get(f"/uk/forums/{forum.slug}/{download}").status_code == 404
    assert client.get(f"/uk/forums/{forum.slug}/slots/{forum.slots.first().pk}.ics").status_code == 404


@pytest.mark.parametrize("download", DOWNLOADS)
def test_unknown_forum_is_not_found(client, download):
    assert client.get(f"/pl/forums/no-such-forum/{download}").status_code == 404


@pytest.mark.parametrize("download", DOWNLOADS)
def test_conditional_get_answers_304(client, download):
    forum = kyiv_forum()
    url = f"/uk/forums/{forum.slug}/{download}"

    first = client.get(url)
    by_etag = client.get(url, headers={"If-None-Match": first["ETag"]})
    by_date = client.get(url, headers={"If-Modified-Since": first["Last-Modified"]})

    assert first.status_code == 200
    assert first["Cache-Control"] == "no-cache, public"
    assert (by_etag.status_code, by_date.status_code) == (304, 304)
    assert by_etag.content == b""
    assert by_etag["ETag"] == first["ETag"]


def test_a_save_changes_the_etag_and_an_old_one_gets_the_new_programme(client):
    forum = kyiv_forum()
    url = f"/en/forums/{forum.slug}/programme.json"
    before = client.get(url)
    slot = forum.slots.first()
    slot.title_en = "A new title"
    slot.save()

    after = client.get(url, headers={"If-None-Match": before["ETag"], "If-Modified-Since": before["Last-Modified"]})

    assert after.status_code == 200
    assert after["ETag"] != before["ETag"]
    assert after.json()["programme"][0]["title"] == "A new title"


def test_last_modified_stays_while_the_bytes_stay_the_same(client, rf):
    forum = kyiv_forum()
    url = f"/uk/forums/{forum.slug}/programme.ics"
    first = client.get(url)
    with translation.override("uk"):
        cache.delete(current_key(rf.get(url)))  # the rendered bytes go, what is known about their date stays

    second = client.get(url)

    assert second["ETag"] == first["ETag"]
    assert second["Last-Modified"] == first["Last-Modified"]


def test_an_old_if_modified_since_gets_the_download(client):
    forum = kyiv_forum()

    response = client.get(f"/uk/forums/{forum.slug}/programme.csv", headers={"If-Modified-Since": http_date(0)})

    assert response.status_code == 200


@pytest.mark.parametrize("download", DATA_DOWNLOADS)
@pytest.mark.parametrize("size", [2, 30])
def test_data_downloads_make_the_same_few_queries_whatever_the_size(client, django_assert_num_queries, download, size):
    forum = forum_of_size(size)
    cache.clear()

    with django_assert_num_queries(6):
        response = client.get(f"/uk/forums/{forum.slug}/{download}")

    assert response.status_code == 200


@pytest.mark.parametrize("download", DOWNLOADS)
def test_a_cached_download_needs_no_query(client, django_assert_num_queries, download):
    forum = forum_of_size(3)
    client.get(f"/pl/forums/{forum.slug}/{download}")

    with django_assert_num_queries(0):
        assert client.get(f"/pl/forums/{forum.slug}/{download}").status_code == 200


@pytest.mark.parametrize("size", [2, 30])
def test_feed_makes_the_same_few_queries_whatever_the_size(client, django_assert_num_queries, size):
    for number in range(size):
        forum_of_size(1, slug=f"forum-{number}")
    cache.clear()

    with django_assert_num_queries(5):
        assert client.get("/en/calendar.ics?country=UA").status_code == 200


def test_forum_page_links_to_every_download_and_feed(client):
    forum = kyiv_forum()

    html = client.get(f"/pl/forums/{forum.slug}/").content.decode()

    for download in DOWNLOADS:
        assert f'href="/pl/forums/{forum.slug}/{download}"' in html
    assert 'href="/pl/calendar.ics"' in html
    assert f'href="/pl/series/{forum.series.slug}/calendar.ics"' in html
    assert 'href="/pl/organisations/zhytomyr-council/calendar.ics"' in html
    assert 'href="/api/v1/docs/"' in html
    assert "(Polski / Українська)" in html


def test_a_preview_of_a_draft_has_no_download_links(admin_client):
    forum = kyiv_forum(status=Forum.Status.DRAFT)

    html = admin_client.get(f"/uk/forums/{forum.slug}/").content.decode()

    assert "programme.pdf" not in html
