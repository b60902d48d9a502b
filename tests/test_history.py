"""The audit history (django-simple-history): each kind of change recorded, shown per object, scrubbed of people."""

import datetime

import pytest
from django.test import Client
from django.urls import reverse

from events.models import Forum, ForumOrganisation, Membership, Venue
from registrations import services as registration_services
from registrations.models import Registration
from sessions.models import AgendaSlot, SlotSpeaker, Speaker
from tests import factories

pytestmark = pytest.mark.django_db

# model: (factory, a field to change, a new value)
RECORDED = {
    Forum: (factories.ForumFactory, "title_uk", "Новий заголовок"),
    AgendaSlot: (factories.AgendaSlotFactory, "room_uk", "Зала 2"),
    Speaker: (factories.SpeakerFactory, "position_uk", "Міський голова"),
    Venue: (factories.VenueFactory, "postcode", "10014"),
    Registration: (factories.RegistrationFactory, "community", "Житомир"),
    Membership: (factories.MembershipFactory, "role", Membership.Role.MANAGER),
    ForumOrganisation: (factories.ForumOrganisationFactory, "role", ForumOrganisation.Role.PARTNER),
    SlotSpeaker: (factories.SlotSpeakerFactory, "role", SlotSpeaker.Role.MODERATOR),
}


@pytest.mark.parametrize("model", RECORDED, ids=lambda model: model.__name__)
def test_creation_change_and_deletion_are_recorded_with_before_and_after(model):
    factory, field, value = RECORDED[model]
    obj = factory()
    before = getattr(obj, field)
    setattr(obj, field, value)
    obj.save()
    pk = obj.pk
    if model is Registration:
        obj.delete()  # protects nothing; a forum with registrations is protected instead
    else:
        model.objects.filter(pk=pk).first().delete()

    records = list(model.history.filter(id=pk).order_by("history_date"))

    assert [record.history_type for record in records] == ["+", "~", "-"]
    changes = {change.field: (change.old, change.new) for change in records[1].diff_against(records[0]).changes}
    assert changes[field] == (before, value)


def login(membership):
    client = Client()
    client.force_login(membership.user)
    return client


@pytest.fixture
def council():
    forum = factories.ForumFactory()
    organiser = factories.ForumOrganisationFactory(forum=forum)
    factories.AgendaSlotFactory(forum=forum)
    return forum, organiser.organisation


def test_changes_made_in_the_admin_name_who_made_them(council):
    forum, organisation = council
    editor = factories.MembershipFactory(organisation=organisation)

    login(editor).post(reverse("admin:events_forum_shift", args=[forum.pk]), {"minutes": "30"})

    record = AgendaSlot.history.filter(forum_id=forum.pk).latest("history_date")
    assert (record.history_type, record.history_user) == ("~", editor.user)


def test_history_page_shows_the_change_and_the_forums_organisations(council):
    forum, organisation = council
    forum.title_en = "Renamed forum"
    forum.save()

    page = login(factories.MembershipFactory(organisation=organisation)).get(
        reverse("admin:events_forum_history", args=[forum.pk]), HTTP_ACCEPT_LANGUAGE="en"
    )

    content = page.content.decode()
    assert page.status_code == 200
    assert "Renamed forum" in content and "Organisations of the forum" in content
    assert str(organisation) in content


def test_another_councils_history_and_past_versions_are_not_found(council):
    forum, _ = council
    outsider = login(factories.MembershipFactory())
    version = Forum.history.filter(id=forum.pk).latest("history_date")

    assert outsider.get(reverse("admin:events_forum_history", args=[forum.pk])).status_code == 404
    url = reverse("admin:events_forum_simple_history", args=[forum.pk, version.history_id])
    assert outsider.get(url).status_code == 404


def test_a_past_version_is_never_saved_back(council):
    forum, organisation = council
    version = Forum.history.filter(id=forum.pk).latest("history_date")
    url = reverse("admin:events_forum_simple_history", args=[forum.pk, version.history_id])
    client = login(factories.MembershipFactory(organisation=organisation))

    assert client.get(url).status_code == 200
    assert client.post(url, {"title_uk": "Відкат"}).status_code == 403


def test_erasing_a_registration_scrubs_its_history():
    registration = factories.RegistrationFactory(email="olena@example.org", phone="+380 67 000 0000")
    registration.needs = "Перекладач жестової мови"
    registration.save()
    other = factories.RegistrationFactory(forum=registration.forum, email="petro@example.org")

    registration_services.erase(registration)

    scrubbed = Registration.history.filter(id=registration.pk)
    assert scrubbed.count() >= 2
    assert set(scrubbed.values_list("email", "name", "phone", "needs", "key").distinct()) == {("", "", "", "", None)}
    assert Registration.history.filter(id=other.pk, email="petro@example.org").exists()


def test_anonymising_past_forums_scrubs_their_history():
    start = datetime.datetime(2020, 9, 14, 9, 0, tzinfo=datetime.UTC)
    factories.RegistrationFactory(forum=factories.ForumFactory(start=start), email="olena@example.org")

    assert registration_services.anonymise_past_forums() == 1

    assert not Registration.history.filter(email="olena@example.org").exists()
