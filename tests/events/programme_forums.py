"""Forums with a programme for the download, API and materials tests: one in Kyiv, one in Warsaw.

The Kyiv forum is in September (UTC+03:00), written in Ukrainian with Polish and English
translations except for one slot that has only its Ukrainian title; the Warsaw forum is in
February (UTC+01:00), written in Polish. Both have a registrant and a private join link,
which no public output may show.
"""

import datetime
import zoneinfo

from django.utils import timezone
from jsonschema import Draft202012Validator

from events.models import Forum, ForumOrganisation
from sessions.models import AgendaSlot, SlotSpeaker
from tests.factories import (
    AgendaSlotFactory,
    ForumFactory,
    ForumOrganisationFactory,
    OrganisationFactory,
    RegistrationFactory,
    SeriesFactory,
    SlotSpeakerFactory,
    SpeakerFactory,
    VenueFactory,
)

KYIV = zoneinfo.ZoneInfo("Europe/Kyiv")
WARSAW = zoneinfo.ZoneInfo("Europe/Warsaw")
JOIN_URL = "https://meet.example.org/private-room-4711"
REGISTRANT_EMAIL = "olena.private.registrant@example.org"
HOUR = datetime.timedelta(hours=1)


def kyiv_forum(**kwargs):
    """A hybrid forum in Zhytomyr in September 2027, 10:00–17:00 Kyiv time: a talk, a panel, a side event."""
    start = datetime.datetime(2027, 9, 14, 10, 0, tzinfo=KYIV)
    values = {
        "slug": "zhytomyr-forum-2027",
        "title_uk": "Форум інтегрованого розвитку Житомира",
        "title_pl": "Forum zintegrowanego rozwoju Żytomierza",
        "title_en": "Zhytomyr integrated development forum",
        "summary_uk": "Мешканці та влада разом",
        "status": Forum.Status.PUBLISHED,
        "start": start,
        "end": start + 7 * HOUR,
        "time_zone": "Europe/Kyiv",
        "main_language": "uk",
        "languages": ["uk", "pl"],
        "participation_mode": Forum.Mode.HYBRID,
        "livestream_url": "https://video.example.org/live",
        "join_url": JOIN_URL,
        "contact_name_uk": "Олена Коваль",
        "contact_email": "forum@example.org",
        "series": SeriesFactory(slug="frl"),
    }
    forum = ForumFactory(**(values | kwargs))
    ForumOrganisationFactory(forum=forum, organisation=OrganisationFactory(slug="zhytomyr-council"))
    ForumOrganisationFactory(
        forum=forum, organisation=OrganisationFactory(slug="giz"), role=ForumOrganisation.Role.FUNDER
    )
    talk = AgendaSlotFactory(
        forum=forum,
        start=forum.start,
        end=forum.start + HOUR,
        kind=AgendaSlot.Kind.TALK,
        title_uk="Інтегрований підхід до планування",
        title_pl="Zintegrowane podejście do planowania",
        title_en="An integrated approach to planning",
        room_uk="Зала 1",
        room_pl="Sala 1",
        room_en="Hall 1",
    )
    SlotSpeakerFactory(
        slot=talk,
        role=SlotSpeaker.Role.SPEAKER,
        speaker=SpeakerFactory(
            slug="serhii-sukhomlyn",
            full_name_uk="Сергій Сухомлин",
            full_name_pl="Serhij Suchomłyn",
            full_name_en="Serhii Sukhomlyn",
            position_uk="міський голова",
            position_pl="mer",
            position_en="Mayor",
        ),
    )
    panel = AgendaSlotFactory(
        forum=forum,
        start=forum.start + 2 * HOUR,
        end=forum.start + 3 * HOUR,
        kind=AgendaSlot.Kind.PANEL,
        title_uk="Громади та їхні пріоритети",
        title_pl="",
        title_en="",
    )
    SlotSpeakerFactory(
        slot=panel,
        role=SlotSpeaker.Role.MODERATOR,
        speaker=SpeakerFactory(
            slug="mariia-baida", full_name_uk="Марія Байда", full_name_pl="Marija Bajda", full_name_en="Mariia Baida"
        ),
    )
    AgendaSlotFactory(
        forum=forum,
        start=forum.start + 5 * HOUR,
        end=forum.start + 6 * HOUR,
        kind=AgendaSlot.Kind.OPENING,
        title_uk="Відкриття офісу",
        title_pl="Otwarcie biura",
        title_en="Opening of the office",
        venue=VenueFactory(address_uk="вул. Покровська, 6", address_pl="ul. Pokrowśka 6", address_en="6 Pokrovska St"),
    )
    RegistrationFactory(forum=forum, email=REGISTRANT_EMAIL)
    return forum


def warsaw_forum(**kwargs):
    """A conference in Warsaw in February 2027, 10:00–16:00 Warsaw time, written in Polish."""
    start = datetime.datetime(2027, 2, 10, 10, 0, tzinfo=WARSAW)
    values = {
        "slug": "warsaw-conference-2027",
        "title_uk": "Весняна конференція у Варшаві",
        "title_pl": "Wiosenna konferencja w Warszawie",
        "title_en": "Spring conference in Warsaw",
        "status": Forum.Status.PUBLISHED,
        "format": Forum.Format.CONFERENCE,
        "start": start,
        "end": start + 6 * HOUR,
        "time_zone": "Europe/Warsaw",
        "main_language": "pl",
        "languages": ["pl", "uk"],
        "country": "PL",
        "join_url": JOIN_URL,
        "venue": VenueFactory(
            name_pl="Centrum Konferencyjne ZMP", address_pl="ul. Marszałkowska 1", city_pl="Warszawa", country="PL"
        ),
    }
    forum = ForumFactory(**(values | kwargs))
    ForumOrganisationFactory(forum=forum, organisation=OrganisationFactory(slug="zmp", country="PL"))
    talk = AgendaSlotFactory(
        forum=forum,
        start=forum.start,
        end=forum.start + 1.5 * HOUR,
        kind=AgendaSlot.Kind.PRESENTATION,
        title_uk="Демографічні виклики",
        title_pl="Wyzwania demograficzne",
        title_en="Demographic challenges",
    )
    SlotSpeakerFactory(
        slot=talk,
        role=SlotSpeaker.Role.SPEAKER,
        speaker=SpeakerFactory(
            slug="anna-nowak", full_name_uk="Анна Новак", full_name_pl="Anna Nowak", full_name_en="Anna Nowak"
        ),
    )
    AgendaSlotFactory(
        forum=forum,
        start=forum.start + 2 * HOUR,
        end=forum.start + 3 * HOUR,
        kind=AgendaSlot.Kind.WORLD_CAFE,
        title_uk="Світове кафе",
        title_pl="Kawiarnia obywatelska",
        title_en="World Café",
    )
    RegistrationFactory(forum=forum, email=REGISTRANT_EMAIL)
    return forum


def forum_of_size(size, slug="sized-forum", **kwargs):
    """A published forum in ten days with `size` slots of one hour, each with two speakers; half elsewhere."""
    start = timezone.now().astimezone(KYIV).replace(microsecond=0) + datetime.timedelta(days=10)
    values = {"status": Forum.Status.PUBLISHED, "start": start, "end": start + size * HOUR, "series": SeriesFactory()}
    forum = ForumFactory(slug=slug, **(values | kwargs))
    ForumOrganisationFactory.create_batch(3, forum=forum)
    shared = SpeakerFactory(affiliation=OrganisationFactory())
    other_venue = VenueFactory()
    for number in range(size):
        slot = AgendaSlotFactory(
            forum=forum,
            start=start + number * HOUR,
            end=start + (number + 1) * HOUR,
            venue=other_venue if number % 2 else None,
        )
        SlotSpeakerFactory(slot=slot, speaker=SpeakerFactory(affiliation=OrganisationFactory()))
        SlotSpeakerFactory(slot=slot, speaker=shared)
    return forum


def schema_validator(client, component):
    """A validator for the `component` schema of the published OpenAPI document (/api/v1/schema/)."""
    openapi = client.get("/api/v1/schema/").json()
    schema = {"$ref": f"#/components/schemas/{component}", "components": openapi["components"]}
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
