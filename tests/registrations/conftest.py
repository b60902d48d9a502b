import re
from urllib.parse import urlsplit

import pytest
from django.core.cache import cache

from tests.registrations.factories import RegistrationSettingsFactory

LINK = re.compile(r"https?://[^\s\"<>]+")


@pytest.fixture(autouse=True)
def _fresh_cache():
    """The rate limit and the page cache count per test."""
    cache.clear()


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """`with committed(): ...` runs what waits for a commit (the emails), as a real commit would."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def registration_settings():
    return RegistrationSettingsFactory()


@pytest.fixture
def forum(registration_settings):
    return registration_settings.forum


def form_data(**changes):
    return {"name": "Олена Коваль", "email": "olena@example.org", "consent": "on", **changes}


def links(message):
    """The paths of the portal's links in an email's plain text, in order."""
    return [urlsplit(url).path for url in LINK.findall(message.body) if "/registrations/" in url]


def link(message, kind):
    """The path of the first link of a kind (confirm, offer, manage) in an email."""
    for path in links(message):
        parts = path.strip("/").split("/")
        if kind == "manage" and parts[2] not in ("confirm", "offer"):
            return path
        if parts[2] == kind:
            return path
    raise AssertionError(f"no {kind} link in:\n{message.body}")


def email_with_link(mailoutbox, to, kind):
    """The last email to `to` with a link of `kind` (confirm or offer)."""
    return next(email for email in reversed(mailoutbox) if email.to == [to] and f"/registrations/{kind}/" in email.body)
