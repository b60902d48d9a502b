"""The waiting list: first come, first served; freed places offered in turn; holds that run out passed on."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone

from registrations import services
from registrations.models import Registration
from tests.factories import RegistrationFactory
from tests.registrations.factories import RegistrationSettingsFactory

pytestmark = pytest.mark.django_db

Status = Registration.Status


def new(forum, email):
    registration, created = services.register(Registration(forum=forum, name=email, email=email))
    assert created
    return registration


def statuses(forum):
    return dict(Registration.objects.filter(forum=forum).values_list("email", "status"))


def run_out(*registrations):
    """Move the holds of these registrations into the past, as if the time had passed."""
    Registration.objects.filter(pk__in=[r.pk for r in registrations]).update(
        hold_until=timezone.now() - datetime.timedelta(seconds=1)
    )


def test_promotion_chain_with_expiry(committed, mailoutbox):
    forum = RegistrationSettingsFactory(in_person_capacity=1).forum
    with committed():
        first = new(forum, "a@example.org")
        second, third, fourth = (new(forum, f"{name}@example.org") for name in "bcd")
    assert statuses(forum) == {
        "a@example.org": Status.PENDING,
        "b@example.org": Status.WAITING,
        "c@example.org": Status.WAITING,
        "d@example.org": Status.WAITING,
    }

    # The first person never confirms: their place goes to the first on the waiting list.
    run_out(first)
    with committed():
        call_command("expire_registrations", stdout=None)
    assert statuses(forum)["a@example.org"] == Status.EXPIRED
    assert statuses(forum)["b@example.org"] == Status.OFFERED
    assert mailoutbox[-1].to == ["b@example.org"] and "/registrations/offer/" in mailoutbox[-1].body
    held_until = Registration.objects.get(email="b@example.org").hold_until.astimezone(forum.zone)
    assert f"{held_until:%H:%M} (Київ)" in mailoutbox[-1].body, "the offer says until when the place is held"

    # The second does not take the offer in time: the third gets it.
    run_out(second)
    with committed():
        call_command("expire_registrations", stdout=None)
    assert statuses(forum)["b@example.org"] == Status.EXPIRED
    assert statuses(forum)["c@example.org"] == Status.OFFERED

    # The third takes it; the fourth keeps waiting.
    with committed():
        services.claim_offer(third)
    assert statuses(forum)["c@example.org"] == Status.CONFIRMED
    assert statuses(forum)["d@example.org"] == Status.WAITING
    assert fourth.pk


def test_a_hold_that_ran_out_is_released_by_the_next_registration_too():
    forum = RegistrationSettingsFactory(in_person_capacity=1).forum
    first = new(forum, "a@example.org")
    run_out(first)

    late = new(forum, "b@example.org")

    assert late.status == Status.PENDING
    assert statuses(forum)["a@example.org"] == Status.EXPIRED


def test_an_expired_offer_cannot_be_claimed():
    forum = RegistrationSettingsFactory(in_person_capacity=1).forum
    first = new(forum, "a@example.org")
    second = new(forum, "b@example.org")
    services.cancel(first)
    second.refresh_from_db()
    assert second.status == Status.OFFERED
    run_out(second)

    with pytest.raises(services.NotAllowed):
        services.claim_offer(second)
    assert statuses(forum)["b@example.org"] == Status.EXPIRED


def test_raising_the_capacity_offers_places_in_waiting_order(committed):
    registration_settings = RegistrationSettingsFactory(in_person_capacity=1)
    forum = registration_settings.forum
    for name in "abcd":
        new(forum, f"{name}@example.org")

    registration_settings.in_person_capacity = 3
    with committed():
        registration_settings.save()

    assert statuses(forum) == {
        "a@example.org": Status.PENDING,
        "b@example.org": Status.OFFERED,
        "c@example.org": Status.OFFERED,
        "d@example.org": Status.WAITING,
    }


def test_an_organiser_moves_someone_to_the_front_of_the_waiting_list():
    registration_settings = RegistrationSettingsFactory(in_person_capacity=1)
    forum = registration_settings.forum
    first = new(forum, "a@example.org")
    new(forum, "b@example.org")
    chosen = new(forum, "c@example.org")

    services.move_from_waiting_list(chosen)
    services.cancel(first)

    assert statuses(forum)["c@example.org"] == Status.OFFERED
    assert statuses(forum)["b@example.org"] == Status.WAITING


def test_a_waiting_person_in_a_hybrid_forum_may_switch_to_the_mode_with_places():
    from tests.registrations.factories import hybrid_forum_settings

    forum = hybrid_forum_settings(in_person_capacity=1, online_capacity=1).forum
    new(forum, "a@example.org")
    waiting = new(forum, "b@example.org")
    assert waiting.status == Status.WAITING

    services.change_mode(waiting, Registration.Mode.ONLINE)

    waiting.refresh_from_db()
    assert (waiting.status, waiting.participation_mode) == (Status.CONFIRMED, Registration.Mode.ONLINE)


def test_mark_attended_and_what_cannot_be_done():
    forum = RegistrationSettingsFactory().forum
    confirmed = RegistrationFactory(forum=forum, status=Status.CONFIRMED)
    pending = RegistrationFactory(forum=forum, status=Status.PENDING, hold_until=timezone.now() + datetime.timedelta(1))

    services.mark_attended(confirmed)

    assert Registration.objects.get(pk=confirmed.pk).status == Status.ATTENDED
    with pytest.raises(services.NotAllowed):
        services.mark_attended(pending)
    with pytest.raises(services.NotAllowed):
        services.approve(pending)
