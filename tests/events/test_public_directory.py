"""The forum directory: upcoming and past forums, filters, text search in every language, pagination."""

import datetime
import re
import zoneinfo

import pytest
from django.utils import timezone

from events.models import Country, Forum
from tests.factories import (
    AgendaSlotFactory,
    ForumFactory,
    ForumOrganisationFactory,
    OrganisationFactory,
    SeriesFactory,
    SlotSpeakerFactory,
    SpeakerFactory,
    TopicFactory,
)

pytestmark = pytest.mark.django_db

KYIV = zoneinfo.ZoneInfo("Europe/Kyiv")


def in_days(days):
    day = timezone.now().astimezone(KYIV).date() + datetime.timedelta(days=days)
    return datetime.datetime.combine(day, datetime.time(10), tzinfo=KYIV)


def forum(slug, days=30, **kwargs):
    start = in_days(days)
    kwargs.setdefault("status", Forum.Status.PUBLISHED)
    return ForumFactory(slug=slug, start=start, end=start + datetime.timedelta(hours=6), **kwargs)


def listed(client, query="", language="uk"):
    """Slugs of the forums the directory lists, in order."""
    html = client.get(f"/{language}/forums/{query}").content.decode()
    return re.findall(r'<a href="/\w\w/forums/([\w-]+)/">', html)


def test_upcoming_forums_come_first_soonest_first_and_past_ones_most_recent_first(client):
    forum("next-month", days=30)
    forum("next-week", days=7)
    forum("last-week", days=-7)
    forum("last-year", days=-365)
    forum("running-now", days=0)

    assert listed(client) == ["running-now", "next-week", "next-month"]
    assert listed(client, "?when=past") == ["last-week", "last-year"]


def test_drafts_are_not_listed_and_cancelled_forums_are(client):
    forum("published")
    forum("cancelled", status=Forum.Status.CANCELLED)
    forum("draft", status=Forum.Status.DRAFT)

    assert sorted(listed(client)) == ["cancelled", "published"]


def test_filters_by_country_format_mode_series_topic_and_organisation(client):
    series = SeriesFactory(slug="frl")
    topic = TopicFactory(slug="demography")
    organisation = OrganisationFactory(slug="zmp")
    polish = forum("polish-seminar", country=Country.POLAND, format=Forum.Format.SEMINAR, series=series)
    polish.topics.add(topic)
    ForumOrganisationFactory(forum=polish, organisation=organisation)
    forum("ukrainian-forum", country=Country.UKRAINE, format=Forum.Format.FORUM)
    forum("online-webinar", participation_mode=Forum.Mode.ONLINE, venue=None, livestream_url="https://v.example.org")
    forum("hybrid-conference", participation_mode=Forum.Mode.HYBRID, livestream_url="https://v.example.org")

    assert listed(client, "?country=PL") == ["polish-seminar"]
    assert listed(client, "?format=seminar") == ["polish-seminar"]
    assert listed(client, "?series=frl") == ["polish-seminar"]
    assert listed(client, "?topic=demography") == ["polish-seminar"]
    assert listed(client, "?organisation=zmp") == ["polish-seminar"]
    assert sorted(listed(client, "?mode=online")) == ["hybrid-conference", "online-webinar"]
    assert "online-webinar" not in listed(client, "?mode=in_person")
    assert "hybrid-conference" in listed(client, "?mode=in_person")


def test_filters_combine(client):
    forum("polish-seminar", country=Country.POLAND, format=Forum.Format.SEMINAR)
    forum("polish-forum", country=Country.POLAND, format=Forum.Format.FORUM)
    forum("ukrainian-seminar", country=Country.UKRAINE, format=Forum.Format.SEMINAR)

    assert listed(client, "?country=PL&format=seminar") == ["polish-seminar"]


def test_host_city_filter_is_the_same_in_every_language(client):
    forum("in-zhytomyr", host_city_uk="Житомир", host_city_pl="Żytomierz", host_city_en="Zhytomyr")
    forum("also-zhytomyr", host_city_uk="Житомир", host_city_pl="", host_city_en="")
    forum("in-lublin", host_city_uk="Люблін", host_city_pl="Lublin", host_city_en="Lublin")

    polish_page = client.get("/pl/forums/").content.decode()

    assert '<option value="zhytomyr">Żytomierz</option>' in polish_page
    for language in ("uk", "pl", "en"):
        assert sorted(listed(client, "?city=zhytomyr", language)) == ["also-zhytomyr", "in-zhytomyr"]


def test_date_range_keeps_forums_that_overlap_it(client):
    forum("in-range", days=10)
    forum("too-early", days=2)
    forum("too-late", days=40)
    start, end = in_days(5).date(), in_days(20).date()

    assert listed(client, f"?date_from={start}&date_to={end}") == ["in-range"]


def test_an_end_date_before_the_start_date_is_explained(client):
    html = client.get("/en/forums/?date_from=2027-05-01&date_to=2027-04-01").content.decode()

    assert "The end date is before the start date." in html


def test_search_with_a_cyrillic_query_ignores_case(client):
    forum("zhytomyr", title_uk="Форум інтегрованого розвитку Житомира")
    forum("lviv", title_uk="Форум Львова")

    assert listed(client, "?q=житомир") == ["zhytomyr"]
    assert listed(client, "?q=ЖИТОМИРА") == ["zhytomyr"]


def test_search_with_a_polish_query(client):
    forum("frl", title_pl="Wyzwania demograficzne a endogenne potencjały rozwoju", title_uk="", title_en="")
    forum("other", title_pl="Zielone miasta")

    assert listed(client, "?q=potencjały", "pl") == ["frl"]
    assert listed(client, "?q=POTENCJAŁY", "uk") == ["frl"]


def test_a_query_in_one_language_finds_a_forum_titled_in_another(client):
    forum(
        "zhytomyr",
        title_uk="Другий форум Житомира",
        title_pl="Drugie forum Żytomierza",
        title_en="Second Zhytomyr forum",
    )

    assert listed(client, "?q=Żytomierza", "uk") == ["zhytomyr"]
    assert listed(client, "?q=Житомира", "pl") == ["zhytomyr"]
    assert listed(client, "?q=Zhytomyr", "pl") == ["zhytomyr"]


def test_search_covers_summaries_and_speakers_names(client):
    with_summary = forum("with-summary", summary_en="A seminar on municipal finance")
    with_speaker = forum("with-speaker")
    SlotSpeakerFactory(
        slot=AgendaSlotFactory(forum=with_speaker),
        speaker=SpeakerFactory(full_name_uk="Сергій Сухомлин", full_name_pl="Serhij Suchomłyn", full_name_en=""),
    )
    ForumOrganisationFactory(forum=with_summary)

    assert listed(client, "?q=finance") == ["with-summary"]
    assert listed(client, "?q=сухомлин") == ["with-speaker"]
    assert listed(client, "?q=Suchomłyn", "en") == ["with-speaker"]


def test_every_word_of_the_query_must_match(client):
    forum("both", title_en="Local development forum in Lublin")
    forum("one", title_en="Local development forum in Lviv")

    assert listed(client, "?q=development+Lublin", "en") == ["both"]


def test_pagination_keeps_the_filters(client):
    for number in range(14):
        forum(f"polish-{number:02}", days=number + 1, country=Country.POLAND)
    forum("ukrainian", days=1, country=Country.UKRAINE)

    html = client.get("/uk/forums/?country=PL").content.decode()

    assert "14 " in re.search(r'class="result-count"[^>]*>([^<]*)<', html).group(1)
    assert 'href="?country=PL&amp;page=2"' in html
    assert listed(client, "?country=PL&page=2") == ["polish-12", "polish-13"]


def test_an_empty_result_says_so_and_offers_to_clear_the_filters(client):
    forum("ukrainian", country=Country.UKRAINE)

    html = client.get("/en/forums/?country=PL&format=webinar").content.decode()

    assert "No forums match these filters." in html
    assert '<a href="/en/forums/">Clear the filters</a>' in html
    assert 'href="?country=PL&amp;format=webinar&amp;when=past"' in html


def test_language_switcher_keeps_the_filters(client):
    html = client.get("/uk/forums/?country=PL&q=forum").content.decode()

    assert 'href="/pl/forums/?country=PL&amp;q=forum" hreflang="pl"' in html


def test_every_filter_control_has_a_label(client):
    html = client.get("/uk/forums/").content.decode()
    controls = re.findall(r'<(?:input|select)[^>]*\sid="([^"]+)"', html)

    assert controls
    for control in controls:
        assert f'<label class="form-label" for="{control}">' in html, control


def test_unknown_filter_values_do_not_break_the_page(client):
    forum("anything")

    response = client.get("/uk/forums/?topic=nope&country=XYZ&date_from=tomorrow&page=99")

    assert response.status_code == 200
    assert listed(client, "?topic=nope") == ["anything"]
