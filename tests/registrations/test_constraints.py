"""Rules the database keeps: one active registration per person and forum, whatever the case of the
email address; registration closes after it opens."""

import datetime

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from registrations.models import Registration
from tests.factories import ForumFactory, RegistrationFactory
from tests.registrations.factories import RegistrationSettingsFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("email", ["olena@example.org", "Olena@Example.ORG"])
def test_one_active_registration_per_email_and_forum(email):
    first = RegistrationFactory(email="olena@example.org")
    with pytest.raises(IntegrityError, match="registration_one_active_per_email"), transaction.atomic():
        RegistrationFactory(forum=first.forum, email=email, status=Registration.Status.CONFIRMED)


def test_a_cancelled_registration_does_not_block_a_new_one():
    cancelled = RegistrationFactory(email="olena@example.org", status=Registration.Status.CANCELLED)
    RegistrationFactory(forum=cancelled.forum, email="OLENA@example.org")
    RegistrationFactory(forum=cancelled.forum, email="olena@example.org", status=Registration.Status.CANCELLED)

    assert cancelled.forum.registrations.count() == 3


def test_the_same_email_may_register_for_another_forum():
    RegistrationFactory(email="olena@example.org")
    RegistrationFactory(email="olena@example.org", forum=ForumFactory())

    assert Registration.objects.filter(email="olena@example.org").count() == 2


def test_an_expired_registration_frees_the_address():
    expired = RegistrationFactory(email="olena@example.org", status=Registration.Status.EXPIRED)

    RegistrationFactory(forum=expired.forum, email="olena@example.org")


def test_anonymised_registrations_do_not_collide():
    first = RegistrationFactory(email="", anonymised_at=timezone.now(), key=None)
    RegistrationFactory(forum=first.forum, email="", anonymised_at=timezone.now(), key=None)

    assert first.forum.registrations.count() == 2


def test_registration_closes_after_it_opens():
    with pytest.raises(IntegrityError, match="registration_closes_after_it_opens"), transaction.atomic():
        RegistrationSettingsFactory(opens_at=timezone.now(), closes_at=timezone.now() - datetime.timedelta(hours=1))
