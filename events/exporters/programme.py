"""What every programme download shows: the public forum with its programme, read in a fixed number of queries."""

from django.conf import settings
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404

from sessions.models import AgendaSlot, SlotSpeaker

from ..filters import public_forums
from ..models import ForumOrganisation, Material

CONTENT_LANGUAGES = settings.MODELTRANSLATION_LANGUAGES


def export_forums():
    """Public forums with what their downloads show prefetched: six queries whatever the size of the programme."""
    slots = AgendaSlot.objects.select_related("venue").prefetch_related(
        Prefetch("slot_speakers", queryset=SlotSpeaker.objects.select_related("speaker__affiliation"))
    )
    return (
        public_forums()
        .select_related("venue", "series")
        .prefetch_related(
            Prefetch("forum_organisations", queryset=ForumOrganisation.objects.select_related("organisation")),
            "topics",
            Prefetch("slots", queryset=slots),
            Prefetch("materials", queryset=Material.objects.select_related("slot")),
        )
    )


def export_forum(slug):
    """The public forum `slug` ready for export; Http404 for a draft or an unknown slug."""
    return get_object_or_404(export_forums(), slug=slug)


def programme_by_day(forum):
    """The forum's slots by day on the forum's wall clock: [(date, [slot, ...]), ...].

    Each slot gets `other_venue`: its venue when that is not the forum's main venue, else None.
    """
    days = {}
    for slot in forum.slots.all():
        slot.other_venue = slot.venue if slot.venue_id not in (None, forum.venue_id) else None
        days.setdefault(slot.start.astimezone(forum.zone).date(), []).append(slot)
    return list(days.items())


def other_language(forum, language):
    """The second language of a bilingual programme: the forum's main language, else another language it is held in.

    A forum held in one language only is paired with English (or, on the English page, Ukrainian).
    """
    candidates = [forum.main_language, *forum.languages, "en", "uk"]
    return next(code for code in candidates if code in CONTENT_LANGUAGES and code != language)


def venue_text(venue, room=""):
    """“Room 2, Centre, vul. Mykhailivska 8/1, 10014 Zhytomyr” in the active language."""
    city = f"{venue.postcode} {venue.city}".strip()
    return ", ".join(part for part in (room, venue.name, venue.address, city) if part)


def speaker_text(link):
    """“Mariia Baida (moderator), Mayor, City council” in the active language."""
    speaker = link.speaker
    details = [part for part in (speaker.position, speaker.affiliation_name) if part]
    return ", ".join([f"{speaker.full_name} ({link.get_role_display()})", *details])
