"""The public pages: every page in every language, drafts hidden, cancelled forums marked,
dates in the forum's own zone, language versions, JSON-LD, sitemap, fallbacks and the page cache."""

import datetime
import json
import re
import zoneinfo

import pytest
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from events.models import Forum, ForumOrganisation
from sessions.models import AgendaSlot, SlotSpeaker
from tests.factories import (
    AgendaSlotFactory,
    ForumFactory,
    ForumOrganisationFactory,
    OrganisationFactory,
    SeriesFactory,
    SlotSpeakerFactory,
    SpeakerFactory,
    SuperUserFactory,
    TopicFactory,
    UserFactory,
    VenueFactory,
)

pytestmark = pytest.mark.django_db

LANGUAGES = ["uk", "pl", "en"]
KYIV = zoneinfo.ZoneInfo("Europe/Kyiv")
WARSAW = zoneinfo.ZoneInfo("Europe/Warsaw")
JOIN_URL = "https://meet.example.org/private-room-4711"


def in_days(days, hour=10, zone=KYIV):
    day = timezone.now().astimezone(zone).date() + datetime.timedelta(days=days)
    return datetime.datetime.combine(day, datetime.time(hour), tzinfo=zone)


def published_forum(**kwargs):
    kwargs.setdefault("start", in_days(30))
    kwargs.setdefault("end", kwargs["start"] + datetime.timedelta(hours=8))
    kwargs.setdefault("status", Forum.Status.PUBLISHED)
    return ForumFactory(**kwargs)


def full_forum():
    """A published forum with everything its page shows."""
    forum = published_forum(
        slug="zhytomyr-forum",
        summary_uk="Мешканці та влада разом",
        description_uk="Перший абзац.\n\nДругий абзац.",
        contact_name_uk="Олена Коваль",
        contact_email="forum@example.org",
        contact_phone="+380 412 000 000",
        participation_mode=Forum.Mode.HYBRID,
        livestream_url="https://video.example.org/live",
        join_url=JOIN_URL,
        series=SeriesFactory(slug="integrated-cycle"),
    )
    forum.topics.add(TopicFactory(slug="demography"))
    ForumOrganisationFactory(forum=forum, organisation=OrganisationFactory(slug="zhytomyr-council"))
    ForumOrganisationFactory(
        forum=forum, organisation=OrganisationFactory(slug="giz"), role=ForumOrganisation.Role.FUNDER
    )
    talk = AgendaSlotFactory(forum=forum, title_uk="Інтегрований підхід", kind=AgendaSlot.Kind.TALK)
    SlotSpeakerFactory(
        slot=talk,
        speaker=SpeakerFactory(slug="serhii-sukhomlyn", full_name_uk="Сергій Сухомлин", position_uk="міський голова"),
        role=SlotSpeaker.Role.SPEAKER,
    )
    AgendaSlotFactory(
        forum=forum,
        start=forum.start + datetime.timedelta(hours=1),
        end=forum.start + datetime.timedelta(hours=2),
        kind=AgendaSlot.Kind.QA,
        title_uk="Запитання та відповіді",
    )
    AgendaSlotFactory(
        forum=forum,
        start=forum.start + datetime.timedelta(hours=2),
        end=forum.start + datetime.timedelta(hours=3),
        kind=AgendaSlot.Kind.BREAK,
        title_uk="Перерва",
    )
    AgendaSlotFactory(
        forum=forum,
        start=forum.start + datetime.timedelta(hours=3),
        end=forum.start + datetime.timedelta(hours=4),
        kind=AgendaSlot.Kind.OPENING,
        title_uk="Відкриття офісу",
        venue=VenueFactory(address_uk="вул. Покровська, 6", directions_uk="другий поверх"),
    )
    return forum


def page_urls(forum):
    speaker = forum.slots.first().speakers.first()
    organisation = forum.organisations.first()
    return [
        "/{}/",
        "/{}/forums/",
        "/{}/forums/?when=past",
        f"/{{}}/forums/{forum.slug}/",
        f"/{{}}/organisations/{organisation.slug}/",
        f"/{{}}/series/{forum.series.slug}/",
        f"/{{}}/speakers/{speaker.slug}/",
    ]


def language_links(html):
    """The language switcher's links by language (the current language is not a link)."""
    return {code: href for href, code in re.findall(r'<a href="([^"]+)" hreflang="(\w\w)"', html)}


def json_ld(html):
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return json.loads(match.group(1))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_answers_in_every_language(client, language):
    forum = full_forum()

    for url in page_urls(forum):
        response = client.get(url.format(language))
        html = response.content.decode()

        assert response.status_code == 200, url
        assert f'<html lang="{language}">' in html
        assert html.count("<h1") == 1, url
        assert 'href="#main"' in html
        assert "<main" in html and "<header" in html and "<footer" in html and "<nav" in html


@pytest.mark.parametrize(
    ("accept_language", "target"),
    [("pl-PL,pl;q=0.9,en;q=0.5", "/pl/"), ("en-GB,en;q=0.8", "/en/"), ("uk", "/uk/"), ("de-DE,fr;q=0.5", "/uk/")],
)
def test_root_redirects_to_the_visitors_language(client, accept_language, target):
    response = client.get("/", headers={"accept-language": accept_language})

    assert response.status_code == 302
    assert response["Location"] == target
    assert "Accept-Language" in response["Vary"]


def test_admin_and_health_check_stay_outside_the_language_prefix(client):
    assert client.get("/healthz/").status_code == 200
    assert client.get("/uk/healthz/").status_code == 404
    assert client.get("/admin/login/").status_code == 200


def test_draft_forum_is_not_found_and_not_listed(client):
    draft = ForumFactory(slug="secret-draft", title_uk="Таємна чернетка", status=Forum.Status.DRAFT)
    SlotSpeakerFactory(slot=AgendaSlotFactory(forum=draft), speaker=SpeakerFactory(slug="draft-only-speaker"))

    assert client.get("/uk/forums/secret-draft/").status_code == 404
    assert client.get("/uk/speakers/draft-only-speaker/").status_code == 404
    for url in ("/uk/", "/uk/forums/", "/uk/forums/?when=past", "/sitemap.xml"):
        assert "secret-draft" not in client.get(url).content.decode(), url


def test_cancelled_forum_stays_visible_and_says_so(client):
    forum = published_forum(slug="called-off", status=Forum.Status.CANCELLED)

    page = client.get("/en/forums/called-off/").content.decode()
    listing = client.get("/en/forums/").content.decode()
    data = json_ld(page)

    assert "This forum has been cancelled" in page
    assert 'class="cancelled-notice"' in page
    assert "(cancelled)" in page.split("</title>")[0]
    assert forum.get_absolute_url().replace("/uk/", "/en/") in listing
    assert "Cancelled" in listing
    assert data["eventStatus"] == "https://schema.org/EventCancelled"
    assert "Online registration" not in page


def test_kyiv_forum_shows_kyiv_time_with_the_zone_named(client):
    published_forum(
        slug="kyiv-time",
        time_zone="Europe/Kyiv",
        start=datetime.datetime(2017, 9, 11, 15, 0, tzinfo=KYIV),
        end=datetime.datetime(2017, 9, 11, 18, 0, tzinfo=KYIV),
    )

    english = client.get("/en/forums/kyiv-time/").content.decode()
    ukrainian = client.get("/uk/forums/kyiv-time/").content.decode()
    polish = client.get("/pl/forums/kyiv-time/").content.decode()

    assert "11 September 2017, 15:00–18:00 (Kyiv)" in english
    assert "UTC+03:00" in english
    assert "11 вересня 2017, 15:00–18:00" in ukrainian
    assert "11 września 2017, 15:00–18:00" in polish


def test_warsaw_forum_over_two_days_shows_warsaw_dates_once_per_month(client):
    published_forum(
        slug="warsaw-time",
        time_zone="Europe/Warsaw",
        start=datetime.datetime(2020, 4, 2, 10, 0, tzinfo=WARSAW),
        end=datetime.datetime(2020, 4, 3, 14, 0, tzinfo=WARSAW),
        participation_mode=Forum.Mode.ONLINE,
        livestream_url="https://video.example.org/frl",
        venue=None,
    )

    polish = client.get("/pl/forums/warsaw-time/").content.decode()
    english = client.get("/en/forums/warsaw-time/").content.decode()
    data = json_ld(english)

    assert "2–3 kwietnia 2020" in polish
    assert "2–3 April 2020 (Warsaw)" in english
    assert "UTC+02:00" in english
    assert data["startDate"] == "2020-04-02T10:00:00+02:00"


def test_slot_times_are_on_the_forums_wall_clock_whatever_the_visitors_zone(client, settings):
    settings.TIME_ZONE = "America/New_York"
    forum = published_forum(
        slug="wall-clock", time_zone="Europe/Warsaw", start=datetime.datetime(2020, 4, 2, 10, 0, tzinfo=WARSAW)
    )
    AgendaSlotFactory(forum=forum, end=forum.start + datetime.timedelta(minutes=45))

    html = client.get("/en/forums/wall-clock/").content.decode()

    assert (
        '<time datetime="2020-04-02T10:00+02:00">10:00</time>–<time datetime="2020-04-02T10:45+02:00">10:45</time>'
        in html
    )


def test_language_switcher_leads_to_the_same_page_in_each_language(client):
    forum = full_forum()

    for url in page_urls(forum):
        html = client.get(url.format("uk")).content.decode()
        path = "http://testserver" + url.split("?")[0]

        assert language_links(html) == {"pl": url.format("pl"), "en": url.format("en")}, url
        for code in LANGUAGES:
            assert f'<link rel="alternate" hreflang="{code}" href="{path.format(code)}">' in html
        assert f'<link rel="alternate" hreflang="x-default" href="{path.format("uk")}">' in html
        assert f'<link rel="canonical" href="{path.format("uk")}">' in html


def test_pl_link_of_a_ukrainian_forum_page_points_to_its_polish_page(client):
    published_forum(slug="druhyi-forum")

    html = client.get("/uk/forums/druhyi-forum/").content.decode()

    assert '<a href="/pl/forums/druhyi-forum/" hreflang="pl" lang="pl">Polski</a>' in html


def test_not_found_page_offers_the_home_page_in_other_languages(client):
    response = client.get("/pl/forums/no-such-forum/")

    assert response.status_code == 404
    assert language_links(response.content.decode())["uk"] == "/uk/forums/no-such-forum/"


def test_forum_page_shows_what_a_visitor_needs(client):
    forum = full_forum()

    html = client.get(f"/uk/forums/{forum.slug}/").content.decode()

    for text in (
        "Мешканці та влада разом",
        "<p>Перший абзац.</p><p>Другий абзац.</p>",
        "Олена Коваль",
        'href="mailto:forum@example.org"',
        'href="tel:+380412000000"',
        'href="https://video.example.org/live"',
        "openstreetmap.org/search?query=",
        "/uk/series/integrated-cycle/",
        "/uk/forums/?topic=demography",
        "/uk/organisations/zhytomyr-council/",
        "/uk/organisations/giz/",
        "/uk/speakers/serhii-sukhomlyn/",
        "Сергій Сухомлин",
        "міський голова",
        "вул. Покровська, 6",
        "другий поверх",
    ):
        assert text in html, text


def test_programme_labels_breaks_and_questions_in_words_and_style(client):
    forum = full_forum()

    with_kinds = client.get(f"/en/forums/{forum.slug}/").content.decode()

    assert '<li class="slot slot--break">' in with_kinds
    assert '<li class="slot slot--qa">' in with_kinds
    assert re.search(r'class="slot__kind"><span class="visually-hidden">[^<]*</span>Break</p>', with_kinds)
    assert re.search(
        r'class="slot__kind"><span class="visually-hidden">[^<]*</span>Questions and answers</p>', with_kinds
    )
    assert '<ol class="programme">' in with_kinds


def test_only_slots_elsewhere_name_their_venue(client):
    forum = full_forum()

    html = client.get(f"/uk/forums/{forum.slug}/").content.decode()

    assert html.count('class="slot__place"') == 1


def test_forum_json_ld_is_a_valid_schema_org_event(client):
    forum = full_forum()

    data = json_ld(client.get(f"/en/forums/{forum.slug}/").content.decode())

    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "Event"
    assert data["name"] == forum.title_en
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    assert {location["@type"] for location in data["location"]} == {"Place", "VirtualLocation"}
    assert datetime.datetime.fromisoformat(data["startDate"]) == forum.start
    assert data["startDate"].endswith(("+02:00", "+03:00"))
    assert [organizer["name"] for organizer in data["organizer"]] == [forum.organisations.first().name_en]
    assert data["performer"][0]["@type"] == "Person"
    assert data["url"] == f"http://testserver/en/forums/{forum.slug}/"


def test_in_person_forum_json_ld_has_a_place_with_its_address(client):
    venue = VenueFactory(address_en="8/1 Mykhailivska St", city_en="Zhytomyr", postcode="10014")
    published_forum(slug="in-person", venue=venue)

    data = json_ld(client.get("/en/forums/in-person/").content.decode())

    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["location"]["@type"] == "Place"
    assert data["location"]["address"]["streetAddress"] == "8/1 Mykhailivska St"
    assert data["location"]["address"]["addressCountry"] == "UA"


def test_json_ld_cannot_close_its_script_element(client):
    published_forum(slug="tricky", title_en="</script><script>alert(1)</script>")

    html = client.get("/en/forums/tricky/").content.decode()

    assert "</script><script>alert(1)" not in html
    assert json_ld(html)["name"] == "</script><script>alert(1)</script>"


def test_private_join_link_is_never_shown(client):
    forum = full_forum()
    online = published_forum(slug="online-only", participation_mode=Forum.Mode.ONLINE, venue=None, join_url=JOIN_URL)

    for language in LANGUAGES:
        for url in [*page_urls(forum), f"/{{}}/forums/{online.slug}/"]:
            assert JOIN_URL not in client.get(url.format(language)).content.decode(), url
    assert JOIN_URL not in client.get("/sitemap.xml").content.decode()
    assert (
        "The link to join is sent to registered participants." in client.get("/en/forums/online-only/").content.decode()
    )


def test_sitemap_lists_published_forums_in_every_language(client):
    published_forum(slug="in-the-sitemap")
    published_forum(slug="cancelled-one", status=Forum.Status.CANCELLED)
    ForumFactory(slug="draft-one", status=Forum.Status.DRAFT)

    xml = client.get("/sitemap.xml").content.decode()

    for language in LANGUAGES:
        assert f"<loc>http://testserver/{language}/forums/in-the-sitemap/</loc>" in xml
        assert f'hreflang="{language}" href="http://testserver/{language}/forums/in-the-sitemap/"' in xml
    assert "x-default" in xml
    assert "draft-one" not in xml
    assert "cancelled-one" not in xml
    assert "<loc>http://testserver/pl/forums/</loc>" in xml


def test_text_missing_in_the_visitors_language_is_marked_with_its_language(client):
    published_forum(
        slug="only-polish",
        title_uk="",
        title_en="",
        title_pl="Forum Rozwoju Lokalnego",
        summary_uk="",
        summary_en="",
        summary_pl="Seminarium dla miast",
        main_language="pl",
    )

    ukrainian = client.get("/uk/forums/only-polish/").content.decode()
    polish = client.get("/pl/forums/only-polish/").content.decode()

    assert '<h1><span lang="pl">Forum Rozwoju Lokalnego</span></h1>' in ukrainian
    assert '<div lang="pl"><p>Seminarium dla miast</p></div>' in ukrainian
    assert ukrainian.count('class="lang-note"') >= 2
    assert "<h1>Forum Rozwoju Lokalnego</h1>" in polish
    assert 'class="lang-note"' not in polish


def test_forum_page_is_cached_and_renewed_when_an_organiser_saves(client, django_assert_num_queries):
    forum = full_forum()
    url = f"/uk/forums/{forum.slug}/"
    client.get(url)

    with django_assert_num_queries(0):
        assert client.get(url).status_code == 200

    slot = forum.slots.get(kind=AgendaSlot.Kind.BREAK)
    slot.title_uk = "Кава"
    slot.save()
    speaker = forum.slots.first().speakers.first()
    speaker.full_name_uk = "Сергій Сухомлин-Новий"
    speaker.save()
    forum.topics.add(TopicFactory(name_uk="Кліматична політика"))

    html = client.get(url).content.decode()
    assert "Кава" in html
    assert "Сергій Сухомлин-Новий" in html
    assert "Кліматична політика" in html


def test_forum_page_cache_is_per_language(client):
    published_forum(slug="two-languages", title_uk="Форум", title_pl="Forum po polsku")

    assert "Форум" in client.get("/uk/forums/two-languages/").content.decode()
    assert "Forum po polsku" in client.get("/pl/forums/two-languages/").content.decode()


def test_forum_page_is_gone_once_unpublished(client):
    forum = published_forum(slug="withdrawn")
    assert client.get("/uk/forums/withdrawn/").status_code == 200

    forum.status = Forum.Status.DRAFT
    forum.save()

    assert client.get("/uk/forums/withdrawn/").status_code == 404


def test_admin_view_on_site_opens_the_public_page(client):
    forum = published_forum(slug="from-admin")
    client.force_login(SuperUserFactory())

    response = client.get(f"/admin/r/{ContentType.objects.get_for_model(Forum).pk}/{forum.pk}/")

    assert response.status_code == 302
    assert response["Location"].endswith("/forums/from-admin/")


def test_organisation_page_lists_its_forums_upcoming_and_past(client):
    organisation = OrganisationFactory(slug="zmp")
    soon = published_forum(slug="soon", start=in_days(10))
    later = published_forum(slug="later", start=in_days(40))
    recent = published_forum(slug="recent", start=in_days(-10))
    old = published_forum(slug="old", start=in_days(-400))
    hidden = ForumFactory(slug="hidden", start=in_days(20))
    for forum in (later, soon, old, recent, hidden):
        ForumOrganisationFactory(forum=forum, organisation=organisation)

    html = client.get("/en/organisations/zmp/").content.decode()
    upcoming_part, past_part = html.split('id="past"')

    assert upcoming_part.index("/forums/soon/") < upcoming_part.index("/forums/later/")
    assert past_part.index("/forums/recent/") < past_part.index("/forums/old/")
    assert "/forums/hidden/" not in html


def test_series_page_lists_the_forums_of_the_cycle(client):
    series = SeriesFactory(slug="frl-2020")
    published_forum(slug="first-seminar", series=series, start=in_days(-30))
    published_forum(slug="next-seminar", series=series, start=in_days(30))
    published_forum(slug="elsewhere")

    html = client.get("/pl/series/frl-2020/").content.decode()

    assert "/pl/forums/first-seminar/" in html
    assert "/pl/forums/next-seminar/" in html
    assert "/pl/forums/elsewhere/" not in html


def test_home_page_shows_the_next_forums_and_ways_in(client):
    published_forum(slug="next-one", start=in_days(5), country="PL", format=Forum.Format.SEMINAR)
    published_forum(slug="long-ago", start=in_days(-700))

    html = client.get("/en/").content.decode()

    assert "/en/forums/next-one/" in html
    assert 'href="/en/forums/?country=PL"' in html
    assert 'href="/en/forums/?format=seminar"' in html
    assert 'name="q"' in html
    assert "1 upcoming forum" in html


def test_organisers_preview_a_draft_and_the_preview_is_never_cached(client):
    draft = ForumFactory(status=Forum.Status.DRAFT, title_en="Budget hearing rehearsal")
    url = f"/en/forums/{draft.slug}/"
    organiser = UserFactory(is_staff=True)
    organiser.user_permissions.add(Permission.objects.get(codename="change_forum"))

    client.force_login(organiser)
    preview = client.get(url)
    client.logout()

    assert preview.status_code == 200
    assert "Draft preview" in preview.content.decode()
    assert client.get(url).status_code == 404
