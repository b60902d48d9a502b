"""The organiser's dashboard on the admin's front page (events/dashboard.py)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from events.models import Forum, Membership
from registrations.models import Registration
from tests import factories
from tests.registrations.factories import RegistrationSettingsFactory

pytestmark = pytest.mark.django_db

INDEX = reverse("admin:index")
Status = Registration.Status


def council_forum(organisation, **kwargs):
    forum = RegistrationSettingsFactory(
        in_person_capacity=40, forum=factories.ForumFactory(summary_uk="Про що форум", **kwargs)
    ).forum
    factories.ForumOrganisationFactory(forum=forum, organisation=organisation)
    return forum


def dashboard(client, user, language="en"):
    client.force_login(user)
    response = client.get(INDEX, HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 200
    return response.content.decode()


def test_upcoming_forums_with_registrations_against_capacity(client):
    desk = factories.MembershipFactory(role=Membership.Role.REGISTRATION_DESK)
    forum = council_forum(desk.organisation, status=Forum.Status.PUBLISHED)
    factories.AgendaSlotFactory(forum=forum)
    for status, count in ((Status.PENDING, 1), (Status.CONFIRMED, 3), (Status.WAITING, 2), (Status.CANCELLED, 4)):
        factories.RegistrationFactory.create_batch(count, forum=forum, status=status)
    others = council_forum(factories.OrganisationFactory())

    page = dashboard(client, desk.user)

    assert forum.title_en in page and others.title_en not in page
    row = page[page.index(forum.title_en) :].split("</tr>")[0]
    assert [cell.split("</td>")[0] for cell in row.split("<td>")[3:]] == ["1", "3", "2", "40"]
    assert "(Europe/Kyiv)" in row


def test_translations_and_publishing_gaps_are_named(client):
    editor = factories.MembershipFactory()
    forum = council_forum(editor.organisation)  # a draft without slots, its summary in Ukrainian only

    page = dashboard(client, editor.user)

    assert f"{forum.title_en}</a>: at least one agenda slot" in page
    assert "summary in Polish" in page and "summary in English" in page
    assert "title in Polish" not in page


@pytest.mark.parametrize("language", ["uk", "pl", "en"])
def test_dashboard_in_every_language(client, language):
    editor = factories.MembershipFactory()
    council_forum(editor.organisation)

    assert f'lang="{language}"' in dashboard(client, editor.user, language)


def test_staff_without_an_organisation_get_no_dashboard(client):
    page = dashboard(client, factories.UserFactory(is_staff=True))

    assert 'id="organiser-dashboard"' not in page


def index_queries(client, user):
    client.force_login(user)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(INDEX).status_code == 200
    return len(queries)


def test_the_dashboard_costs_the_same_for_any_number_of_forums(client):
    editor = factories.MembershipFactory()
    forum = council_forum(editor.organisation)
    few = index_queries(client, editor.user)
    for _ in range(4):
        forum = council_forum(editor.organisation)
        factories.AgendaSlotFactory.create_batch(2, forum=forum)
        factories.RegistrationFactory.create_batch(3, forum=forum, status=Status.CONFIRMED)

    assert index_queries(client, editor.user) == few
