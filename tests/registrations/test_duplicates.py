"""One registration per email address and forum: registering again re-sends the existing registration's link."""

import pytest

from registrations.models import Registration
from tests.registrations.conftest import form_data, link

pytestmark = pytest.mark.django_db

Status = Registration.Status


def register(client, committed, forum, **changes):
    with committed():
        return client.post(f"/en/forums/{forum.slug}/register/", form_data(**changes))


@pytest.mark.parametrize("again", ["olena@example.org", "OLENA@Example.Org", " olena@example.org "])
def test_registering_again_resends_the_link_and_makes_no_second_registration(
    client, committed, mailoutbox, forum, again
):
    register(client, committed, forum)

    response = register(client, committed, forum, email=again, name="Someone Else")

    assert Registration.objects.count() == 1
    assert Registration.objects.get().name == "Олена Коваль", "the first registration is left as it was"
    assert response["Location"].endswith("/register/done/sent/"), "the page does not say whether the address was known"
    assert len(mailoutbox) == 2
    assert mailoutbox[1].to == ["olena@example.org"], "to the address registered, not to the one typed"
    assert link(mailoutbox[1], "manage") == link(mailoutbox[0], "manage")


def test_a_confirmed_registrant_gets_the_confirmation_again(client, committed, mailoutbox, forum):
    register(client, committed, forum)
    with committed():
        client.post(link(mailoutbox[0], "confirm"))

    register(client, committed, forum)

    assert Registration.objects.get().status == Status.CONFIRMED
    assert mailoutbox[-1].attachments, "the confirmed email, with its calendar file"


def test_after_cancelling_one_may_register_again(client, committed, mailoutbox, forum):
    register(client, committed, forum)
    with committed():
        client.post(link(mailoutbox[0], "manage") + "cancel/")

    register(client, committed, forum)

    assert list(Registration.objects.values_list("status", flat=True).order_by("pk")) == [
        Status.CANCELLED,
        Status.PENDING,
    ]


def test_the_same_address_may_register_for_another_forum(client, committed, forum):
    from tests.registrations.factories import RegistrationSettingsFactory

    other = RegistrationSettingsFactory().forum
    register(client, committed, forum)
    register(client, committed, other)

    assert Registration.objects.count() == 2


def test_a_registrant_of_a_full_forum_without_waiting_list_still_gets_the_link(committed, mailoutbox):
    from registrations import services
    from tests.registrations.factories import RegistrationSettingsFactory

    forum = RegistrationSettingsFactory(in_person_capacity=1, waiting_list=False).forum
    first = services.register(Registration(forum=forum, name="Олена", email="olena@example.org"))[0]

    with committed():
        again, created = services.register(Registration(forum=forum, name="Олена", email="Olena@example.org"))

    assert (again, created) == (first, False)
    assert mailoutbox[-1].to == ["olena@example.org"]
    with pytest.raises(services.RegistrationClosed):
        services.register(Registration(forum=forum, name="Петро", email="petro@example.org"))
