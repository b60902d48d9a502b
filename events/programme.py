"""The programme on a forum page: plain rows from the database in, HTML out.

The programme is most of the forum page (a 40-slot forum has some 80 speaker lines)
and the forum page is the portal's busiest. Read with `.values()` and rendered with
`format_html`, it costs a fraction of the same markup built from model instances
through template tags (README, "Speed"); the rest of the page stays a template.
"""

import itertools
from html import escape

from django.conf import settings
from django.urls import reverse
from django.utils.safestring import mark_safe
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
    order = order or resolution_order(get_language())
    value, language = pick(row, field, order)
    if not value:
        return ""
    body = paragraphs(value) if block else escape(value)
    return mark_language(body, language, block=block, note=block, current=order[0])


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


def speaker_url_pattern():
    """The path of a speaker's page with `{}` for the slug: one reverse() for all the speakers of a page."""
    return reverse("agenda:speaker_detail", kwargs={"slug": "SLUG"}).replace("SLUG", "{}")


def performers(days):
    """Each speaker of the programme once, in order of appearance: [(speaker row), ...]."""
    seen = {}
    for _day, slots in days:
        for slot in slots:
            for speaker in slot["speakers"]:
                seen.setdefault(speaker["speaker_id"], speaker)
    return list(seen.values())


def joined(parts):
    return ", ".join(parts)


def venue_of(slot):
    """The slot's own venue as an unsaved Venue, enough for `map_url`."""
    columns = {field: slot[f"venue__{field}"] for field in ("latitude", "longitude", "postcode", "country")}
    for column in in_every_language("address", "city"):
        columns[column] = slot[f"venue__{column}"]
    return Venue(**columns)


class ProgrammeRenderer:
    """Renders slot rows as the <li> items of a programme list, in the active language.

    Every piece of text from the database goes through `escape` (the standard library's, for plain strings)
    or `text`; the markup is built with f-strings, a fraction of the cost of `format_html` for every part.
    """

    def __init__(self, forum):
        self.zone = forum.zone
        self.order = resolution_order(get_language())
        self.speaker_lines = {}  # a speaker in a role reads the same in every slot
        self.kinds = {value: escape(capfirst(str(label))) for value, label in AgendaSlot.Kind.choices}
        self.roles = {value: escape(str(label)) for value, label in SlotSpeaker.Role.choices}
        self.speaker_url = speaker_url_pattern()
        # Each slot's own calendar file (events/exporters), from one reversed URL.
        self.calendar_url = reverse("downloads:slot_ics", kwargs={"slug": forum.slug, "pk": 0}).replace("/0.", "/{}.")
        self.words = {
            key: escape(word)
            for key, word in {
                "kind": gettext("Kind:"),
                "where": gettext("Where:"),
                "map": gettext("map"),
                "osm": gettext("OpenStreetMap"),
                "calendar": gettext("Add to calendar"),
            }.items()
        }

    def text(self, row, field, block=False):
        return text(row, field, block, self.order)

    def items(self, slots):
        return mark_safe("\n".join(self.item(slot) for slot in slots))

    def item(self, slot):
        kind = escape(slot["kind"])
        description = self.text(slot, "description", block=True)
        if description:
            description = f'<div class="slot__description">{description}</div>\n'
        return (
            f'<li class="slot slot--{kind}">\n'
            f'<p class="slot__time">{time_range(slot["start"], slot["end"], self.zone)}</p>\n'
            f'<div class="slot__body">\n'
            f'<p class="slot__kind"><span class="visually-hidden">{self.words["kind"]} </span>'
            f"{self.kinds.get(slot['kind'], kind)}</p>\n"
            f'<h4 class="slot__title">{self.text(slot, "title")}</h4>\n'
            f"{description}{self.place(slot)}{self.speakers(slot['speakers'])}"
            f'<p class="slot__calendar"><a href="{self.calendar_url.format(slot["pk"])}" type="text/calendar">'
            f"{self.words['calendar']}</a></p>\n"
            "</div>\n</li>"
        )

    def place(self, slot):
        room = self.text(slot, "room")
        parts = [room] if room else []
        if slot["elsewhere"]:
            directions = self.text(slot, "venue__directions")
            address = joined(self.text(slot, f"venue__{field}") for field in ("name", "address", "city"))
            parts.append(
                f"{address}{f' ({directions})' if directions else ''} · "
                f'<a href="{escape(map_url(venue_of(slot)))}">{self.words["map"]}'
                f'<span class="visually-hidden"> ({self.words["osm"]})</span></a>'
            )
        if not parts:
            return ""
        return f'<p class="slot__place"><span class="slot__label">{self.words["where"]}</span> {joined(parts)}</p>\n'

    def speakers(self, speakers):
        if not speakers:
            return ""
        lines = "\n".join(self.speaker_line(speaker) for speaker in speakers)
        return f'<ul class="slot__speakers">\n{lines}\n</ul>\n'

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
        role = self.roles.get(speaker["role"]) or escape(speaker["role"])
        if details:
            details = f'<br>\n<span class="slot__affiliation">{details}</span>'
        return (
            f'<li><a href="{escape(self.speaker_url.format(speaker["speaker__slug"]))}">'
            f'{self.text(speaker, "speaker__full_name")}</a> <span class="slot__role">({role})</span>'
            f"{details}</li>"
        )
