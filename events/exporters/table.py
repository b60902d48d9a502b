"""The programme as a CSV table that spreadsheets open as they are: UTF-8 with a byte order mark.

Excel reads a CSV file as UTF-8 only when it starts with a byte order mark, and splits
its columns at the list separator of the computer's regional settings: “;” in Ukraine
and Poland, “,” in English-speaking countries. The Ukrainian and Polish files therefore
use “;” and the English one “,”; LibreOffice asks and guesses either right.
"""

import csv
import io

from django.utils.translation import get_language, gettext

from .ics import slot_location
from .programme import speaker_text

BYTE_ORDER_MARK = "\ufeff"
DELIMITERS = {"en": ","}
DEFAULT_DELIMITER = ";"


def delimiter(language):
    return DELIMITERS.get(language, DEFAULT_DELIMITER)


def headers():
    return [
        gettext("Forum"),
        gettext("Date"),
        gettext("Time"),
        gettext("Start (ISO 8601)"),
        gettext("End (ISO 8601)"),
        gettext("Time zone"),
        gettext("Kind"),
        gettext("Title"),
        gettext("Description"),
        gettext("Where"),
        gettext("Speakers"),
    ]


def slot_row(slot, forum):
    start, end = slot.start.astimezone(forum.zone), slot.end.astimezone(forum.zone)
    return [
        forum.title,
        start.date().isoformat(),
        f"{start:%H:%M}–{end:%H:%M}",
        start.isoformat(),
        end.isoformat(),
        forum.time_zone,
        slot.get_kind_display(),
        slot.title,
        slot.description,
        slot_location(slot, forum),
        "\n".join(speaker_text(link) for link in slot.slot_speakers.all()),
    ]


def programme_csv(forum):
    """The forum's programme, one slot a row, in the active language."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter(get_language()))
    writer.writerow(headers())
    writer.writerows(slot_row(slot, forum) for slot in forum.slots.all())
    return (BYTE_ORDER_MARK + buffer.getvalue()).encode("utf-8")
