"""Trigram indexes for the directory's text search (events/search.py), on PostgreSQL only.

Django's `icontains` is `UPPER(column::text) LIKE UPPER(%s)` on PostgreSQL, so the
indexes are on that expression. They are written in SQL rather than in the models'
Meta so that SQLite (`make run`) keeps working: there this migration does nothing.
"""

from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations

COLUMNS = [
    ("events_forum", column)
    for column in ("title_uk", "title_pl", "title_en", "summary_uk", "summary_pl", "summary_en")
] + [("agenda_speaker", column) for column in ("full_name_uk", "full_name_pl", "full_name_en")]


def index_name(table, column):
    return f"{table}_{column}_trgm"


def create_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for table, column in COLUMNS:
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {index_name(table, column)} "
            f"ON {table} USING gin ((UPPER({column}::text)) gin_trgm_ops)"
        )


def drop_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for table, column in COLUMNS:
        schema_editor.execute(f"DROP INDEX IF EXISTS {index_name(table, column)}")


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0001_initial"),
        ("agenda", "0001_initial"),
    ]

    operations = [
        TrigramExtension(),
        migrations.RunPython(create_indexes, drop_indexes),
    ]
