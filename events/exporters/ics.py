"""iCalendar (RFC 5545) of forums and their slots, with the icalendar library.

Times carry the TZID of the forum's zone and the calendar the matching VTIMEZONE, so a
calendar shows 15:00 Kyiv time as 15:00 in Kyiv and 14:00 in Warsaw. UIDs are made of
database keys and the site's host, so importing a programme again updates its events
rather than duplicating them. DTSTAMP is when the forum was last saved, so the same
data always gives the same bytes (and the same ETag).
"""

import datetime
from urllib.parse import urlsplit

from django.utils.translation import gettext
from icalendar import Calendar, Event

from ..models import Forum
from .programme import speaker_text, venue_text

PRODUCT_ID = "-//Forums Portal//Programme//EN"
# The VTIMEZONE covers the events' years with a margin, not the library's default of 1970–2038.
ZONE_MARGIN = datetime.timedelta(days=366)


def new_calendar(name, url):
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("name", name)
    calendar.add("x-wr-calname", name)
    calendar.add("url", url)
    return calendar


def with_time_zones(calendar, moments):
    if moments:
        calendar.add_missing_timezones(
            first_date=(min(moments) - ZONE_MARGIN).date(), last_date=(max(moments) + ZONE_MARGIN).date()
        )
    return calendar


def uid(kind, pk, page_url):
    return f"{kind}-{pk}@{urlsplit(page_url).hostname}"


def forum_location(forum):
    if forum.venue_id is None:
        return gettext("Online")
    place = venue_text(forum.venue)
    return f"{place} ({gettext('and online')})" if forum.is_online else place


def slot_location(slot, forum):
    venue = slot.venue if slot.venue_id else forum.venue
    if venue is None:
        return ", ".join(part for part in (slot.room, gettext("Online")) if part)
    return venue_text(venue, slot.room)


def base_event(forum, start, end, page_url):
    event = Event()
    zone = forum.zone
    event.add("dtstart", start.astimezone(zone))
    event.add("dtend", end.astimezone(zone))
    event.add("dtstamp", forum.modified.astimezone(datetime.UTC))
    event.add("last-modified", forum.modified.astimezone(datetime.UTC))
    event.add("url", page_url)
    cancelled = forum.status == Forum.Status.CANCELLED
    event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    # The one change calendars must not miss is a cancellation: it raises the sequence.
    event.add("sequence", 1 if cancelled else 0)
    return event


def forum_event(forum, page_url):
    event = base_event(forum, forum.start, forum.end, page_url)
    event.add("uid", uid("forum", forum.pk, page_url))
    event.add("summary", forum.title)
    event.add("location", forum_location(forum))
    event.add("description", "\n\n".join(part for part in (forum.summary, page_url) if part))
    return event


def slot_event(slot, forum, page_url):
    event = base_event(forum, slot.start, slot.end, page_url)
    event.add("uid", uid("slot", slot.pk, page_url))
    event.add("summary", f"{slot.title} · {forum.title}")
    event.add("location", slot_location(slot, forum))
    speakers = [speaker_text(link) for link in slot.slot_speakers.all()]
    parts = [slot.get_kind_display().capitalize(), slot.description, "\n".join(speakers), page_url]
    event.add("description", "\n\n".join(part for part in parts if part))
    event.add("related-to", uid("forum", forum.pk, page_url))
    return event


def forum_calendar(forum, page_url, *, include_slots=True):
    """The forum and, if `include_slots`, each slot of its programme as VEVENTs, in the active language."""
    calendar = new_calendar(forum.title, page_url)
    calendar.add_component(forum_event(forum, page_url))
    if include_slots:
        for slot in forum.slots.all():
            calendar.add_component(slot_event(slot, forum, page_url))
    return with_time_zones(calendar, [forum.start, forum.end])


def slot_calendar(slot, forum, page_url):
    """One slot as a calendar of its own: the “add to calendar” link of a slot on the forum page."""
    calendar = new_calendar(f"{slot.title} · {forum.title}", page_url)
    calendar.add_component(slot_event(slot, forum, page_url))
    return with_time_zones(calendar, [slot.start, slot.end])


def feed_calendar(name, url, forums, page_url_of):
    """A subscribable calendar of `forums` (one VEVENT each); `page_url_of(forum)` is the forum's page."""
    calendar = new_calendar(name, url)
    calendar.add("refresh-interval", datetime.timedelta(hours=6), parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", "PT6H")
    for forum in forums:
        calendar.add_component(forum_event(forum, page_url_of(forum)))
    return with_time_zones(calendar, [moment for forum in forums for moment in (forum.start, forum.end)])
