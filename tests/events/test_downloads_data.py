"""The programme as data: JSON valid against the published OpenAPI schema, CSV that spreadsheets open as it is."""

import csv
import datetime
import io
import json

import pytest

from events.exporters.table import BYTE_ORDER_MARK
from tests.events.programme_forums import kyiv_forum, schema_validator, warsaw_forum

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(("make_forum", "language"), [(kyiv_forum, "uk"), (warsaw_forum, "pl"), (kyiv_forum, "en")])
def test_json_validates_against_the_published_schema(client, make_forum, language):
    forum = make_forum()

    response = client.get(f"/{language}/forums/{forum.slug}/programme.json")
    data = json.loads(response.content)

    assert response["Content-Type"] == "application/json"
    assert response["Content-Disposition"] == f'inline; filename="{forum.slug}-programme-{language}.json"'
    schema_validator(client, "ForumDetail").validate(data)
    assert len(data["programme"]) == forum.slots.count()
    assert "translations" not in data


def test_json_has_times_with_the_forums_offset_and_speakers_with_roles(client):
    forum = kyiv_forum()

    data = client.get(f"/pl/forums/{forum.slug}/programme.json").json()
    talk = data["programme"][0]

    assert data["title"] == "Forum zintegrowanego rozwoju Żytomierza"
    assert data["start"] == "2027-09-14T10:00:00+03:00"
    assert data["time_zone"] == "Europe/Kyiv"
    assert talk["start"] == "2027-09-14T10:00:00+03:00"
    assert talk["title"] == "Zintegrowane podejście do planowania"
    assert (
        talk["speakers"][0] | {"full_name": "Serhij Suchomłyn", "role": "speaker", "position": "mer"}
        == (talk["speakers"][0])
    )
    assert data["programme"][2]["venue"]["address"] == "ul. Pokrowśka 6"
    assert data["downloads"]["pdf"] == f"http://testserver/pl/forums/{forum.slug}/programme.pdf"


def read_csv(response, delimiter):
    text = response.content.decode("utf-8")
    assert text.startswith(BYTE_ORDER_MARK)
    return list(csv.reader(io.StringIO(text.removeprefix(BYTE_ORDER_MARK), newline=""), delimiter=delimiter))


@pytest.mark.parametrize(("language", "delimiter"), [("uk", ";"), ("pl", ";"), ("en", ",")])
def test_csv_round_trips_with_cyrillic_intact(client, language, delimiter):
    forum = kyiv_forum()

    response = client.get(f"/{language}/forums/{forum.slug}/programme.csv")
    rows = read_csv(response, delimiter)

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == f'attachment; filename="{forum.slug}-programme-{language}.csv"'
    assert len(rows) == 1 + forum.slots.count()
    assert {len(row) for row in rows} == {len(rows[0])}
    panel = rows[2]
    assert "Громади та їхні пріоритети" in panel  # only in Ukrainian: the original, in every language
    assert any("Марія Байда" in cell or "Marija Bajda" in cell or "Mariia Baida" in cell for cell in panel)


def test_csv_times_are_iso_8601_with_the_offset_of_the_zone(client):
    forum = warsaw_forum()

    _header, *rows = read_csv(client.get(f"/uk/forums/{forum.slug}/programme.csv"), ";")
    start = datetime.datetime.fromisoformat(rows[0][3])

    assert rows[0][3] == "2027-02-10T10:00:00+01:00"
    assert start.utcoffset() == datetime.timedelta(hours=1)
    assert rows[0][5] == "Europe/Warsaw"
    assert rows[0][7] == "Демографічні виклики"
    assert "Анна Новак" in rows[0][10]
