"""The demo forums that take registrations, loaded by `load_demo` like the rest of the demo data."""

import pytest
from django.core.management import call_command

from registrations.models import RegistrationSettings

pytestmark = pytest.mark.django_db


def test_load_demo_opens_registration_for_two_upcoming_forums_and_a_second_run_changes_nothing(client):
    call_command("load_demo", verbosity=0)
    first = list(RegistrationSettings.objects.values().order_by("pk"))

    call_command("load_demo", verbosity=0)

    assert list(RegistrationSettings.objects.values().order_by("pk")) == first
    assert len(first) == 2
    page = client.get("/pl/forums/wiosenna-konferencja-forum-rozwoju-lokalnego-2027/register/")
    assert page.status_code == 200
    assert 'name="email"' in page.content.decode()
