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
