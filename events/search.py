"""Text search over forums in every content language.

Each word of the query must occur (case-insensitively) in a forum's title or
summary, in any language, or in the name of one of its speakers. On PostgreSQL the
lookups are served by trigram indexes (migration 0002); SQLite, used by
`make run`, does the same search without them (case-insensitive for Latin letters only).
"""

from django.db.models import Q

from sessions.models import SlotSpeaker

from .admin_helpers import in_all_languages

FORUM_FIELDS = in_all_languages("title", "summary")
SPEAKER_FIELDS = in_all_languages("full_name")
MAX_WORDS = 8


def any_field_contains(fields, word, prefix=""):
    condition = Q()
    for field in fields:
        condition |= Q(**{f"{prefix}{field}__icontains": word})
    return condition


def search_forums(queryset, text):
    for word in text.split()[:MAX_WORDS]:
        with_speaker = SlotSpeaker.objects.filter(any_field_contains(SPEAKER_FIELDS, word, "speaker__")).values(
            "slot__forum_id"
        )
        queryset = queryset.filter(any_field_contains(FORUM_FIELDS, word) | Q(pk__in=with_speaker))
    return queryset
