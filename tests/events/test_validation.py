"""What an organiser is told when a forum or its programme is wrong: an error code, and words in uk and pl.

Each rule is checked through the model's full_clean() and through the form the admin builds.
"""

import datetime
import re

import pytest
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.test import RequestFactory
from django.utils import translation

from events.models import Forum, Organisation, Venue
from registrations.models import Registration
from sessions.domain import check_no_clash
from sessions.models import AgendaSlot
from tests.factories import (
    AgendaSlotFactory,
    ForumFactory,
    RegistrationFactory,
    SuperUserFactory,
    VenueFactory,
)

pytestmark = pytest.mark.django_db

CYRILLIC = re.compile("[а-яєіїґ]", re.IGNORECASE)


def admin_form(model, data, instance=None):
    """The bound form the admin would build for `model`, with modeltranslation's fields."""
    request = RequestFactory().post("/")
    request.user = SuperUserFactory()
    return admin.site._registry[model].get_form(request, instance)(data, instance=instance)


def split(name, value):
    """The admin's split date and time inputs for one datetime."""
    return {f"{name}_0": value.strftime("%Y-%m-%d"), f"{name}_1": value.strftime("%H:%M")}


def forum_data(**fields):
    """A valid forum add form: a draft, in person, in Kyiv, 14 September 2027 09:00–17:00."""
    data = {
        "title_uk": "Форум розвитку Житомира",
        **split("start", datetime.datetime(2027, 9, 14, 9)),
        **split("end", datetime.datetime(2027, 9, 14, 17)),
        "time_zone": "Europe/Kyiv",
        "format": Forum.Format.FORUM,
        "status": Forum.Status.DRAFT,
        "participation_mode": Forum.Mode.IN_PERSON,
        "main_language": "uk",
        "country": "UA",
    }
    return {**data, **fields}


def slot_data(forum, start, end, **fields):
    return {
        "forum": forum.pk,
        **split("start", start.astimezone(forum.zone)),
        **split("end", end.astimezone(forum.zone)),
        "kind": AgendaSlot.Kind.TALK,
        "title_uk": "Питання та відповіді",
        "order": 0,
        **fields,
    }


def model_errors(instance):
    try:
        instance.full_clean()
    except ValidationError as error:
        return [error for errors in error.error_dict.values() for error in errors]
    return []


def form_errors(form):
    return [error for errors in form.errors.as_data().values() for error in errors]


def clash_errors(slot):
    try:
        check_no_clash(slot)
    except ValidationError as error:
        return error.error_list
    return []


def slot_before_forum():
    forum = ForumFactory()
    return AgendaSlotFactory.build(forum=forum, start=forum.start - datetime.timedelta(minutes=30))


def slot_after_forum():
    forum = ForumFactory()
    return AgendaSlotFactory.build(forum=forum, start=forum.end - datetime.timedelta(minutes=30))


def slot_outside_forum_in_the_slot_form():
    forum = ForumFactory()
    return admin_form(AgendaSlot, slot_data(forum, forum.end, forum.end + datetime.timedelta(hours=1)))


def slot_overlapping_one_in_the_database():
    taken = AgendaSlotFactory(room_uk="Зала 1")
    return AgendaSlotFactory.build(
        forum=taken.forum, start=taken.start + datetime.timedelta(minutes=30), room_uk="Зала 1"
    )


def slot_overlapping_one_in_the_slot_form():
    taken = AgendaSlotFactory(room_uk="Зала 1")
    start = taken.start + datetime.timedelta(minutes=30)
    return admin_form(AgendaSlot, slot_data(taken.forum, start, start + datetime.timedelta(hours=1), room_uk="Зала 1"))


def online_forum_without_link():
    return ForumFactory.build(status=Forum.Status.PUBLISHED, participation_mode=Forum.Mode.ONLINE, venue=None)


def online_forum_without_link_in_the_forum_form():
    return admin_form(Forum, forum_data(status=Forum.Status.PUBLISHED, participation_mode=Forum.Mode.ONLINE))


def in_person_forum_without_venue():
    return ForumFactory.build(status=Forum.Status.PUBLISHED, venue=None)


def forum_in_the_dst_gap():
    """On 28 March 2027 Kyiv's clocks jump from 03:00 to 04:00."""
    return admin_form(Forum, forum_data(**split("start", datetime.datetime(2027, 3, 28, 3, 30))))


def forum_without_title_in_its_main_language():
    return admin_form(Forum, forum_data(main_language="pl", title_uk="Форум", title_pl=""))


def organisation_without_a_name():
    return admin_form(Organisation, {"kind": Organisation.Kind.NGO, "country": "UA"})


def forum_ending_before_it_starts():
    forum = ForumFactory.build()
    forum.end = forum.start
    return forum


def venue_with_latitude_only():
    return VenueFactory.build(latitude=50)


def second_registration_with_the_same_email():
    first = RegistrationFactory(email="olena@example.org")
    return RegistrationFactory.build(forum=first.forum, email="Olena@example.org", status=Registration.Status.WAITING)


CASES = [
    (slot_before_forum, model_errors, "slot_outside_forum"),
    (slot_after_forum, model_errors, "slot_outside_forum"),
    (slot_outside_forum_in_the_slot_form, form_errors, "slot_outside_forum"),
    (slot_overlapping_one_in_the_database, clash_errors, "slot_overlap"),
    (slot_overlapping_one_in_the_slot_form, form_errors, "slot_overlap"),
    (in_person_forum_without_venue, model_errors, "venue_required"),
    (forum_in_the_dst_gap, form_errors, "nonexistent_time"),
    (forum_without_title_in_its_main_language, form_errors, "title_required"),
    (organisation_without_a_name, form_errors, "translation_required"),
    (online_forum_without_link, model_errors, "online_link_required"),
    (online_forum_without_link_in_the_forum_form, form_errors, "online_link_required"),
    (forum_ending_before_it_starts, model_errors, "end_before_start"),
    (venue_with_latitude_only, model_errors, "coordinates_incomplete"),
    (second_registration_with_the_same_email, model_errors, "already_registered"),
]


@pytest.mark.parametrize(("make", "errors_of", "code"), CASES, ids=[case[0].__name__ for case in CASES])
def test_error_has_its_code_and_reads_in_ukrainian_and_polish(make, errors_of, code):
    messages = {}
    for language in ("en", "uk", "pl"):
        with translation.override(language):
            errors = errors_of(make())
            assert [error.code for error in errors] == [code]
            messages[language] = errors[0].messages[0]

    assert messages["uk"] != messages["en"]
    assert CYRILLIC.search(messages["uk"])
    assert messages["pl"] != messages["en"]


def test_dst_gap_error_names_the_time_and_the_zone():
    with translation.override("en"):
        form = forum_in_the_dst_gap()

        assert form.errors["start"] == ["2027-03-28 03:30 does not exist in Europe/Kyiv: the clocks move forward then."]


@pytest.mark.parametrize(
    ("local", "utc"),
    [
        (datetime.datetime(2027, 3, 28, 2, 30), datetime.datetime(2027, 3, 28, 0, 30, tzinfo=datetime.UTC)),
        (datetime.datetime(2027, 3, 28, 4, 0), datetime.datetime(2027, 3, 28, 1, 0, tzinfo=datetime.UTC)),
    ],
)
def test_times_either_side_of_the_dst_gap_are_accepted(local, utc):
    form = admin_form(Forum, forum_data(**split("start", local)))

    assert form.is_valid(), form.errors
    assert form.cleaned_data["start"] == utc


@pytest.mark.parametrize(
    "titles",
    [
        {"main_language": "pl", "title_uk": "", "title_pl": "Forum Rozwoju Lokalnego"},
        {"main_language": "en", "title_uk": "", "title_en": "Local development forum"},
        {"main_language": "uk", "title_uk": "Форум", "title_pl": "", "title_en": ""},
    ],
)
def test_title_in_the_main_language_is_enough(titles):
    form = admin_form(Forum, forum_data(**titles))

    assert form.is_valid(), form.errors


@pytest.mark.parametrize("language", ["uk", "pl", "en"])
def test_a_required_translated_field_may_be_filled_in_any_one_language(language):
    form = admin_form(
        Organisation, {f"name_{language}": "Związek Miast Polskich", "kind": "association", "country": "PL"}
    )

    assert form.is_valid(), form.errors
    organisation = form.save()
    assert getattr(organisation, f"name_{language}") == "Związek Miast Polskich"
    assert organisation.slug == "zwiazek-miast-polskich"


def test_venue_written_only_in_polish_is_valid():
    form = admin_form(
        Venue, {"name_pl": "Urząd Miasta", "address_pl": "ul. Główna 1", "city_pl": "Łódź", "country": "PL"}
    )

    assert form.is_valid(), form.errors


@pytest.mark.parametrize(
    ("mode", "link"),
    [
        (Forum.Mode.ONLINE, {"livestream_url": "https://www.youtube.com/live/frl"}),
        (Forum.Mode.HYBRID, {"join_url": "https://zoom.us/j/123"}),
    ],
)
def test_published_online_forum_with_a_link_is_valid(mode, link):
    published = {
        "status": Forum.Status.PUBLISHED,
        "participation_mode": mode,
        "venue": VenueFactory().pk,
        "summary_uk": "Коротко",
    }
    form = admin_form(Forum, forum_data(**published, **link))

    assert form.is_valid(), form.errors
