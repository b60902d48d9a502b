"""Capacity under truly concurrent submissions: threads with their own PostgreSQL connections.

50 people register at the same instant for 10 places. With the capacity lock exactly 10
get a place and 40 the waiting list; without it (the lock function swapped for a plain
read) the same scenario overbooks, which shows the first test can fail. Counting is
slowed down a little in both, so that the race the lock prevents is not left to luck.
"""

import threading
import time

import pytest
from django.db import connections

from registrations import domain, services
from registrations.models import HOLDS_SEAT, Registration, RegistrationSettings
from tests.registrations.factories import RegistrationSettingsFactory

pytestmark = pytest.mark.django_db(transaction=True)

PEOPLE, PLACES = 50, 10


def slow_seats(registration_settings, now=None):
    """The real count, then a pause: another transaction that is not kept out gets the same count."""
    counted = domain.seats(registration_settings, now)
    time.sleep(0.02)
    return counted


def unlocked(forum):
    """What the service would read without SELECT ... FOR UPDATE."""
    return RegistrationSettings.objects.select_related("forum").filter(forum=forum).first()


def register_all_at_once(forum, people, first=0):
    """Each person registers from a thread of their own, all released together; the exceptions raised."""
    start = threading.Barrier(people)
    errors = []

    def register(number):
        try:
            start.wait()
            services.register(Registration(forum=forum, name=f"Person {number}", email=f"person{number}@example.org"))
        except Exception as error:
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=register, args=(number,)) for number in range(first, first + people)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


def outcome(forum):
    registrations = Registration.objects.filter(forum=forum)
    return registrations.filter(status__in=HOLDS_SEAT).count(), registrations.filter(status="waiting").count()


def test_fifty_at_once_seat_exactly_ten_and_wait_list_the_rest(monkeypatch):
    forum = RegistrationSettingsFactory(in_person_capacity=PLACES).forum
    monkeypatch.setattr(services, "seats", slow_seats)

    errors = register_all_at_once(forum, PEOPLE)

    assert errors == []
    assert outcome(forum) == (PLACES, PEOPLE - PLACES)


def test_without_the_lock_the_same_scenario_overbooks(monkeypatch):
    forum = RegistrationSettingsFactory(in_person_capacity=PLACES).forum
    monkeypatch.setattr(services, "seats", slow_seats)
    monkeypatch.setattr(services, "lock_capacity", unlocked)

    errors = register_all_at_once(forum, PEOPLE)

    seated, waiting = outcome(forum)
    assert errors == []
    assert seated > PLACES, "without the lock more people than places get a place"
    assert seated + waiting == PEOPLE


def test_concurrent_cancellations_and_registrations_never_overbook(monkeypatch):
    """Places freed while others register: the waiting list is served and the capacity still holds."""
    forum = RegistrationSettingsFactory(in_person_capacity=PLACES).forum
    assert register_all_at_once(forum, 20) == []
    seated = list(Registration.objects.filter(forum=forum, status__in=HOLDS_SEAT))
    monkeypatch.setattr(services, "seats", slow_seats)
    errors = []

    def cancel(registration):
        try:
            services.cancel(registration)
        except Exception as error:
            errors.append(error)
        finally:
            connections.close_all()

    cancellers = [threading.Thread(target=cancel, args=(registration,)) for registration in seated[:5]]
    for thread in cancellers:
        thread.start()
    errors += register_all_at_once(forum, 10, first=100)
    for thread in cancellers:
        thread.join()

    assert errors == []
    assert outcome(forum)[0] == PLACES
