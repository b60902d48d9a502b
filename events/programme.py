"""The programme on a forum page: plain rows from the database in, HTML out.

The programme is most of the forum page (a 40-slot forum has some 80 speaker lines)
and the forum page is the portal's busiest. Read with `.values()` and rendered with
`format_html`, it costs a fraction of the same markup built from model instances
through template tags (README, "Speed"); the rest of the page stays a template.
"""

import itertools

from django.conf import settings
from django.urls import reverse
from django.utils.html import conditional_escape, format_html, format_html_join
from django.utils.text import capfirst
from django.utils.translation import get_language, gettext
from modeltranslation.utils import build_localized_fieldname, resolution_order

from sessions.models import AgendaSlot, SlotSpeaker

from .models import Venue
from .templatetags.portal import map_url, mark_language, paragraphs, time_range

LANGUAGES = settings.MODELTRANSLATION_LANGUAGES
VENUE_FIELDS = ("name", "address", "city", "directions")


def in_every_language(*fields):
    return [build_localized_fieldname(field, language) for field in fields for language in LANGUAGES]


SLOT_COLUMNS = [
    "pk", "start", "end", "kind", "venue_id",
    *in_every_language("title", "description", "room"),
    "venue__latitude", "venue__longitude", "venue__postcode", "venue__country",
    *in_every_language(*(f"venue__{field}" for field in VENUE_FIELDS)),
]  # fmt: skip
SPEAKER_COLUMNS = [
    "slot_id", "role", "speaker_id", "speaker__slug", "speaker__affiliation_id",
    *in_every_language("speaker__full_name", "speaker__position", "speaker__affiliation_text"),
    *in_every_language("speaker__affiliation__name"),
]  # fmt: skip


def pick(row, field, order=None):
    """The text of a translated column as modeltranslation would show it, and its language; ("", None) if empty.

    `order` is the languages to try, resolution_order(get_language()) unless given.
    """
    for language in order or resolution_order(get_language()):
        text = row.get(build_localized_fieldname(field, language))
        if text:
            return text, language
    return "", None


def text(row, field, block=False, order=None):
    """A translated column as HTML, in a `lang` element when it fell back to another language."""
    value, language = pick(row, field, order)
    if not value:
        return ""
    body = paragraphs(value) if block else conditional_escape(value)
    return mark_language(body, language, block=block, note=block)


def programme_days(forum):
    """The forum's slots grouped by day on the forum's wall clock: [(date, [slot row, ...]), ...].

    Two queries: the slots with their venues, and the speakers of all slots.
    """
    speakers = SlotSpeaker.objects.filter(slot__forum=forum).order_by("slot_id", "order", "pk")
    speakers_by_slot = {
        slot_id: list(rows)
        for slot_id, rows in itertools.groupby(speakers.values(*SPEAKER_COLUMNS), key=lambda row: row["slot_id"])
    }
    zone = forum.zone
    days = {}
    for row in forum.slots.order_by("start", "order", "pk").values(*SLOT_COLUMNS):
        row["speakers"] = speakers_by_slot.get(row["pk"], [])
        row["elsewhere"] = row["venue_id"] is not None and row["venue_id"] != forum.venue_id
        days.setdefault(row["start"].astimezone(zone).date(), []).append(row)
    return list(days.items())


def performers(days):
    """Each speaker of the programme once, in order of appearance: [(speaker row), ...]."""
    seen = {}
    for _day, slots in days:
        for slot in slots:
            for speaker in slot["speakers"]:
                seen.setdefault(speaker["speaker_id"], speaker)
    return list(seen.values())


def joined(parts):
    return format_html_join(", ", "{}", ((part,) for part in parts))


def venue_of(slot):
    """The slot's own venue as an unsaved Venue, enough for `map_url`."""
    columns = {field: slot[f"venue__{field}"] for field in ("latitude", "longitude", "postcode", "country")}
    for column in in_every_language("address", "city"):
        columns[column] = slot[f"venue__{column}"]
    return Venue(**columns)


class ProgrammeRenderer:
    """Renders slot rows as the <li> items of a programme list, in the active language."""

    def __init__(self, forum):
        self.zone = forum.zone
        self.order = resolution_order(get_language())
        self.speaker_lines = {}  # a speaker in a role reads the same in every slot
        self.kinds = {value: capfirst(label) for value, label in AgendaSlot.Kind.choices}
        self.roles = {value: str(label) for value, label in SlotSpeaker.Role.choices}
        self.speaker_url = reverse("agenda:speaker_detail", kwargs={"slug": "SLUG"}).replace("SLUG", "{}")
        # Each slot's own calendar file (events/exporters), from one reversed URL.
        self.calendar_url = reverse("downloads:slot_ics", kwargs={"slug": forum.slug, "pk": 0}).replace("/0.", "/{}.")
        self.words = {
            "kind": gettext("Kind:"),
            "where": gettext("Where:"),
            "map": gettext("map"),
            "osm": gettext("OpenStreetMap"),
            "calendar": gettext("Add to calendar"),
        }

    def text(self, row, field, block=False):
        return text(row, field, block, self.order)

    def has(self, row, field):
        return bool(pick(row, field, self.order)[0])

    def items(self, slots):
        return format_html_join("\n", "{}", ((self.item(slot),) for slot in slots))

    def item(self, slot):
        return format_html(
            '<li class="slot slot--{}">\n<p class="slot__time">{}</p>\n<div class="slot__body">\n'
            '<p class="slot__kind"><span class="visually-hidden">{} </span>{}</p>\n'
            '<h4 class="slot__title">{}</h4>\n{}{}{}{}</div>\n</li>',
            slot["kind"],
            time_range(slot["start"], slot["end"], self.zone),
            self.words["kind"],
            self.kinds.get(slot["kind"], slot["kind"]),
            self.text(slot, "title"),
            format_html('<div class="slot__description">{}</div>\n', self.text(slot, "description", block=True))
            if self.has(slot, "description")
            else "",
            self.place(slot),
            self.speakers(slot["speakers"]),
            format_html(
                '<p class="slot__calendar"><a href="{}" type="text/calendar">{}</a></p>\n',
                self.calendar_url.format(slot["pk"]),
                self.words["calendar"],
            ),
        )

    def place(self, slot):
        parts = [self.text(slot, "room")] if self.has(slot, "room") else []
        if slot["elsewhere"]:
            directions = self.text(slot, "venue__directions")
            parts.append(
                format_html(
                    '{}{} · <a href="{}">{}<span class="visually-hidden"> ({})</span></a>',
                    joined(self.text(slot, f"venue__{field}") for field in ("name", "address", "city")),
                    format_html(" ({})", directions) if directions else "",
                    map_url(venue_of(slot)),
                    self.words["map"],
                    self.words["osm"],
                )
            )
        if not parts:
            return ""
        return format_html(
            '<p class="slot__place"><span class="slot__label">{}</span> {}</p>\n', self.words["where"], joined(parts)
        )

    def speakers(self, speakers):
        if not speakers:
            return ""
        return format_html(
            '<ul class="slot__speakers">\n{}\n</ul>\n',
            format_html_join("\n", "{}", ((self.speaker_line(speaker),) for speaker in speakers)),
        )

    def speaker_line(self, speaker):
        key = (speaker["speaker_id"], speaker["role"])
        if key not in self.speaker_lines:
            self.speaker_lines[key] = self.speaker(speaker)
        return self.speaker_lines[key]

    def speaker(self, speaker):
        position = self.text(speaker, "speaker__position")
        affiliation = self.text(
            speaker, "speaker__affiliation__name" if speaker["speaker__affiliation_id"] else "speaker__affiliation_text"
        )
        details = joined(part for part in (position, affiliation) if part)
        return format_html(
            '<li><a href="{}">{}</a> <span class="slot__role">({})</span>{}</li>',
            self.speaker_url.format(speaker["speaker__slug"]),
            self.text(speaker, "speaker__full_name"),
            self.roles.get(speaker["role"], speaker["role"]),
            format_html('<br>\n<span class="slot__affiliation">{}</span>', details) if details else "",
        )
