"""No public output shows a registrant's email or a forum's private join link: pages, downloads, feeds or the API."""

import io

import pytest
from pypdf import PdfReader

from tests.events.programme_forums import JOIN_URL, REGISTRANT_EMAIL, kyiv_forum, warsaw_forum

pytestmark = pytest.mark.django_db

LANGUAGES = ["uk", "pl", "en"]


def public_urls(forums):
    pages = ["/{}/", "/{}/forums/", "/{}/forums/?when=past", "/{}/calendar.ics", "/{}/organisations/zmp/calendar.ics"]
    api = ["/api/v1/forums/", "/api/v1/organisations/", "/api/v1/series/", "/api/v1/speakers/", "/api/v1/schema/"]
    for forum in forums:
        base = f"/{{}}/forums/{forum.slug}/"
        pages += [base, *(base + name for name in ("programme.pdf", "programme-bilingual.pdf"))]
        pages += [base + name for name in ("programme.ics", "programme.json", "programme.csv")]
        pages += [f"{base}slots/{slot.pk}.ics" for slot in forum.slots.all()]
        pages += [f"/{{}}/speakers/{slug}/" for slug in forum.slots.values_list("speakers__slug", flat=True) if slug]
        pages += [f"/{{}}/organisations/{slug}/" for slug in forum.organisations.values_list("slug", flat=True)]
        pages.append(f"/{{}}/series/{forum.series.slug}/" if forum.series else "/{}/forums/")
        api += [f"/api/v1/forums/{forum.slug}/", f"/api/v1/forums/{forum.slug}/?translations=all"]
        api += [f"/api/v1/organisations/{slug}/" for slug in forum.organisations.values_list("slug", flat=True)]
    return [page.format(language) for page in pages for language in LANGUAGES] + [
        f"{url}{'&' if '?' in url else '?'}lang={language}" for url in api for language in LANGUAGES
    ]


def readable(response):
    """What a person or a program reads in the response: the text of a PDF, else the body."""
    if response["Content-Type"] == "application/pdf":
        return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    return response.content.decode()


def test_no_public_output_shows_a_registrants_email_or_the_join_link(client):
    forums = [kyiv_forum(), warsaw_forum()]
    urls = public_urls(forums)

    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        text = readable(response)
        assert REGISTRANT_EMAIL not in text, url
        assert JOIN_URL not in text, url
        assert "meet.example.org" not in text, url
        assert b"meet.example.org" not in response.content, url
    assert len(urls) > 100
