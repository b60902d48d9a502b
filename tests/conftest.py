import pytest
from django.db import connection


@pytest.fixture(autouse=True, scope="session")
def _require_postgresql(django_db_setup, django_db_blocker):
    """The suite runs on PostgreSQL only, as production does (search, constraints, locking)."""
    with django_db_blocker.unblock():
        if connection.vendor != "postgresql":
            pytest.exit(
                f"The tests need PostgreSQL, not {connection.vendor}: set DATABASE_URL or use `make test`.",
                returncode=3,
            )


@pytest.fixture(autouse=True)
def _test_settings(settings):
    """Production settings, less what needs a deployment: `collectstatic`'s manifest and a TLS proxy."""
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    settings.SECURE_SSL_REDIRECT = False
    settings.WHITENOISE_AUTOREFRESH = True
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
