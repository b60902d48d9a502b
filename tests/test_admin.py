"""The organisers' admin over HTTP: every page opens, times keep the forum's zone, programme errors show."""

import datetime
import re
import zoneinfo
from collections import Counter
from html.parser import HTMLParser

import pytest
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext as _

from events.models import Forum, ForumOrganisation, Invitation, Membership, Organisation, Series, Topic, Venue
from registrations.models import Registration
from sessions.models import AgendaSlot, SlotSpeaker, Speaker
from tests import factories

pytestmark = pytest.mark.django_db

FACTORIES = {
    get_user_model(): factories.UserFactory,
    Group: factories.GroupFactory,
    Organisation: factories.OrganisationFactory,
    Venue: factories.VenueFactory,
    Topic: factories.TopicFactory,
    Series: factories.SeriesFactory,
    Forum: factories.ForumFactory,
    ForumOrganisation: factories.ForumOrganisationFactory,
    Membership: factories.MembershipFactory,
    Invitation: factories.InvitationFactory,
    AccessAttempt: factories.AccessAttemptFactory,
    AccessLog: factories.AccessLogFactory,
    AccessFailureLog: factories.AccessFailureLogFactory,
    Speaker: factories.SpeakerFactory,
    AgendaSlot: factories.AgendaSlotFactory,
    SlotSpeaker: factories.SlotSpeakerFactory,
    Registration: factories.RegistrationFactory,
}
# Records that only the software writes (django-axes' login attempts): no add page.
RECORDS = {AccessAttempt, AccessLog, AccessFailureLog}
CYRILLIC = re.compile("[а-яєіїґ]", re.IGNORECASE)


@pytest.fixture
def client():
    """A superuser's browser."""
    client = Client()
    client.force_login(factories.SuperUserFactory())
    return client


def admin_url(model, view, *args):
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}", args=args)


class FormValues(HTMLParser):
    """What a browser would submit for the fields of a rendered page, as they stand."""

    def __init__(self, html):
        super().__init__()
        self.values = {}
        self.select = self.textarea = None
        self.feed(html)

    def add(self, name, value):
        if "__prefix__" not in name:
            self.values.setdefault(name, []).append(value)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        name = attrs.get("name")
        kind = attrs.get("type", "text")
        if tag == "input" and name and kind not in ("submit", "button", "file"):
            if kind not in ("checkbox", "radio") or "checked" in attrs:
                self.add(name, attrs.get("value") or ("on" if kind == "checkbox" else ""))
        elif tag == "select":
            self.select = name
        elif tag == "option" and self.select and "selected" in attrs:
            self.add(self.select, attrs.get("value", ""))
        elif tag == "textarea" and name:
            self.textarea = name
            self.add(name, "")

    def handle_endtag(self, tag):
        if tag == "select":
            self.select = None
        elif tag == "textarea":
            self.textarea = None

    def handle_data(self, data):
        if self.textarea and "__prefix__" not in self.textarea:
            self.values[self.textarea][-1] += data


def submit(client, url, changes):
    """Open the admin page at `url`, change some fields as an organiser would, and save."""
    values = FormValues(client.get(url).content.decode()).values
    return client.post(url, {**values, **changes})


def split(name, day, time):
    return {f"{name}_0": day, f"{name}_1": time}


def new_forum(time_zone, **changes):
    return {
        "title_uk": "Форум розвитку громади",
        "time_zone": time_zone,
        **split("start", "2027-09-14", "11:00"),
        **split("end", "2027-09-14", "18:00"),
        **changes,
    }


def new_slot(index, start, end, **changes):
    prefix = f"slots-{index}-"
    return {
        f"{prefix}title_uk": f"Виступ {index}",
        f"{prefix}kind": AgendaSlot.Kind.TALK,
        **split(f"{prefix}start", "2027-09-14", start),
        **split(f"{prefix}end", "2027-09-14", end),
        **{prefix + name: value for name, value in changes.items()},
    }


def error_codes(errors):
    return [error.code for error in errors.as_data()]


@pytest.mark.parametrize("model", list(admin.site._registry), ids=lambda model: model._meta.label)
def test_every_admin_page_opens(client, model):
    obj = FACTORIES[model]()
    views = ("changelist", "change") if model in RECORDS else ("changelist", "add", "change")

    for view in views:
        url = admin_url(model, view, obj.pk) if view == "change" else admin_url(model, view)
        assert client.get(url).status_code == 200, url


@pytest.mark.parametrize(
    ("model", "query", "matching", "other"),
    [
        (Forum, "Житомир", {"title_uk": "Форум розвитку Житомира"}, {"title_uk": "Форум у Згоранах"}),
        (Forum, "Łódź", {"title_uk": "", "title_pl": "Forum w Łodzi", "title_en": "Forum in Łódź"}, {}),
        (Speaker, "сухомлин", {"full_name_uk": "Сергій Сухомлин"}, {"full_name_uk": "Марія Байда"}),
        (Organisation, "ЗМП", {"short_name_uk": "ЗМП"}, {"short_name_uk": "GIZ"}),
    ],
)
def test_admin_search_finds_cyrillic_and_polish_text(client, model, query, matching, other):
    found = FACTORIES[model](**matching)
    FACTORIES[model](**other)

    response = client.get(admin_url(model, "changelist"), {"q": query})

    assert response.status_code == 200
    assert list(response.context["cl"].result_list) == [found]


def test_venue_autocomplete_on_the_forum_page(client):
    venue = factories.VenueFactory(name_uk="Центр розвитку місцевого самоврядування")
    factories.VenueFactory(name_uk="Міська рада", address_uk="майдан Соборний, 1")

    response = client.get(
        "/admin/autocomplete/", {"app_label": "events", "model_name": "forum", "field_name": "venue", "term": "Центр"}
    )

    assert response.status_code == 200
    assert [result["id"] for result in response.json()["results"]] == [str(venue.pk)]


UTC_HOUR_OF_11 = {"Europe/Kyiv": 8, "Europe/Warsaw": 9}


@pytest.mark.parametrize("server_zone", ["America/New_York", "UTC"])
@pytest.mark.parametrize("forum_zone", list(UTC_HOUR_OF_11))
def test_times_are_typed_and_shown_in_the_forum_zone(client, settings, server_zone, forum_zone):
    settings.TIME_ZONE = server_zone
    changes = new_forum(forum_zone, **new_slot(0, "12:00", "13:30", room_uk="Зала 1"))

    response = submit(client, admin_url(Forum, "add"), changes)

    assert response.status_code == 302, response.context["errors"]
    forum = Forum.objects.get()
    slot = forum.slots.get()
    zone = zoneinfo.ZoneInfo(forum_zone)
    assert forum.start == datetime.datetime(2027, 9, 14, 11, tzinfo=zone)
    assert forum.start.astimezone(datetime.UTC).hour == UTC_HOUR_OF_11[forum_zone]
    assert slot.start.astimezone(zone).time() == datetime.time(12)

    with translation.override("uk"):
        help_text = escape(_("Local time in the forum's time zone (%(zone)s).") % {"zone": forum_zone})
    forum_page = client.get(admin_url(Forum, "change", forum.pk)).content.decode()
    slot_page = client.get(admin_url(AgendaSlot, "change", slot.pk)).content.decode()
    assert FormValues(forum_page).values["start_1"] == ["11:00"]
    assert FormValues(forum_page).values["slots-0-start_1"] == ["12:00"]
    assert FormValues(slot_page).values["start_1"] == ["12:00"]
    assert help_text in forum_page
    assert help_text in slot_page
    assert f"14.09.2027 11:00 ({forum_zone})" in client.get(admin_url(Forum, "changelist")).content.decode()


def slot_formset(response):
    return next(
        inline.formset for inline in response.context["inline_admin_formsets"] if inline.formset.prefix == "slots"
    )


def add_forum_with_two_slots(client, rooms):
    changes = new_forum(
        "Europe/Warsaw",
        **{"slots-TOTAL_FORMS": "2"},
        **new_slot(0, "11:00", "12:00", room_uk=rooms[0]),
        **new_slot(1, "11:30", "12:30", room_uk=rooms[1]),
    )
    return submit(client, admin_url(Forum, "add"), changes)


def test_new_slots_submitted_together_may_not_share_a_room(client):
    response = add_forum_with_two_slots(client, ("Зала 1", "зала 1"))

    errors = slot_formset(response).forms[1].non_field_errors()
    assert error_codes(errors) == ["slot_overlap"]
    assert CYRILLIC.search(errors[0])
    assert not Forum.objects.exists()


def test_new_parallel_slots_in_different_rooms_are_saved(client):
    response = add_forum_with_two_slots(client, ("Зала 1", "Зала 2"))

    assert response.status_code == 302
    assert AgendaSlot.objects.count() == 2


def test_a_slot_added_on_the_forum_page_is_checked_against_the_saved_ones(client):
    taken = factories.AgendaSlotFactory(room_uk="Зала 1")

    response = submit(
        client, admin_url(Forum, "change", taken.forum.pk), new_slot(1, "09:30", "10:00", room_uk="Зала 1")
    )

    assert error_codes(slot_formset(response).forms[1].non_field_errors()) == ["slot_overlap"]
    assert taken.forum.slots.count() == 1


def test_a_slot_edited_on_its_own_page_is_checked_against_the_saved_ones(client):
    taken = factories.AgendaSlotFactory(room_uk="Зала 1")
    moved = factories.AgendaSlotFactory(forum=taken.forum, start=taken.end, room_uk="Зала 1")

    response = submit(client, admin_url(AgendaSlot, "change", moved.pk), split("start", "2027-09-14", "09:30"))

    assert response.status_code == 200
    form = response.context["adminform"].form
    assert error_codes(form.non_field_errors()) == ["slot_overlap"]
    assert CYRILLIC.search(form.non_field_errors()[0])
    moved.refresh_from_db()
    assert moved.start == taken.end


def test_an_organisation_named_only_in_polish_saves(client):
    response = submit(
        client, admin_url(Organisation, "add"), {"name_pl": "Związek Miast Polskich", "kind": "association"}
    )

    assert response.status_code == 302
    organisation = Organisation.objects.get()
    assert not organisation.name_uk
    assert (organisation.name_pl, organisation.slug) == ("Związek Miast Polskich", "zwiazek-miast-polskich")


def test_a_forum_in_the_dst_gap_is_not_saved(client):
    response = submit(
        client, admin_url(Forum, "add"), new_forum("Europe/Kyiv", **split("start", "2027-03-28", "03:30"))
    )

    assert response.status_code == 200
    assert error_codes(response.context["adminform"].form.errors["start"]) == ["nonexistent_time"]
    assert not Forum.objects.exists()


def forum_page_queries(client, slots, venue_chosen):
    """The queries of a forum's page with `slots` slots of two speakers each."""
    forum = factories.ForumFactory()
    for number in range(slots):
        venue = forum.venue if venue_chosen else None
        slot = factories.AgendaSlotFactory(forum=forum, venue=venue, room_uk=f"Зала {number}")
        factories.SlotSpeakerFactory.create_batch(2, slot=slot)
    url = admin_url(Forum, "change", forum.pk)
    client.get(url)  # Django caches content types on the first visit
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return [query["sql"] for query in queries.captured_queries]


@pytest.mark.parametrize("venue_chosen", [False, True], ids=["at-the-main-venue", "venue-chosen-per-slot"])
def test_the_forum_page_makes_as_many_queries_for_20_slots_as_for_2(client, venue_chosen):
    few, many = forum_page_queries(client, 2, venue_chosen), forum_page_queries(client, 20, venue_chosen)

    repeated = Counter(re.sub(r"\d+", "N", sql) for sql in many)
    assert len(many) == len(few), "\n".join(f"{count} x {sql}" for sql, count in repeated.items() if count > 1)
