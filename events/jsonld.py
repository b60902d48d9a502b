"""schema.org Event data of a forum page (JSON-LD), for search engines and calendars."""

import json

from django.utils.safestring import mark_safe

from .models import Forum
from .programme import pick, speaker_url_pattern

EVENT_STATUS = {
    Forum.Status.DRAFT: "https://schema.org/EventScheduled",  # seen only in an organiser's preview
    Forum.Status.PUBLISHED: "https://schema.org/EventScheduled",
    Forum.Status.CANCELLED: "https://schema.org/EventCancelled",
}
ATTENDANCE_MODE = {
    Forum.Mode.IN_PERSON: "https://schema.org/OfflineEventAttendanceMode",
    Forum.Mode.ONLINE: "https://schema.org/OnlineEventAttendanceMode",
    Forum.Mode.HYBRID: "https://schema.org/MixedEventAttendanceMode",
}
# Sign languages by their ISO 639-3 codes (BCP 47); the admin offers them as “uk-sgn” and “pl-sgn”.
LANGUAGE_TAGS = {"uk-sgn": "ukl", "pl-sgn": "pso"}
# Inside <script>, these must not appear literally (as Django's json_script does).
SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def place(venue):
    data = {
        "@type": "Place",
        "name": venue.name,
        "address": {
            "@type": "PostalAddress",
            "streetAddress": venue.address,
            "addressLocality": venue.city,
            "postalCode": venue.postcode,
            "addressCountry": venue.country,
        },
    }
    if venue.latitude is not None:
        data["geo"] = {
            "@type": "GeoCoordinates",
            "latitude": float(venue.latitude),
            "longitude": float(venue.longitude),
        }
    return data


def forum_event(forum, links, page_url, absolute, speakers):
    """The Event of `forum`; `links` are its ForumOrganisation rows with their organisations; `absolute` makes
    a path absolute; `speakers` are rows from events.programme.performers.

    Never includes the private join link.
    """
    zone = forum.zone
    locations = []
    if forum.venue_id:
        locations.append(place(forum.venue))
    if forum.is_online:
        locations.append({"@type": "VirtualLocation", "url": forum.livestream_url or page_url})
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": forum.title,
        "description": forum.summary or forum.description,
        "url": page_url,
        "startDate": forum.start.astimezone(zone).isoformat(),
        "endDate": forum.end.astimezone(zone).isoformat(),
        "eventStatus": EVENT_STATUS[forum.status],
        "eventAttendanceMode": ATTENDANCE_MODE[forum.participation_mode],
        "location": locations[0] if len(locations) == 1 else locations,
        "organizer": [
            {
                "@type": "Organization",
                "name": role.organisation.name,
                "url": role.organisation.website or absolute(role.organisation.get_absolute_url()),
            }
            for role in links
            if role.role in (role.Role.ORGANISER, role.Role.CO_ORGANISER)
        ],
        "inLanguage": [LANGUAGE_TAGS.get(code, code) for code in forum.languages or [forum.main_language]],
    }
    if speakers:
        speaker_path = speaker_url_pattern()
        data["performer"] = [
            {
                "@type": "Person",
                "name": pick(speaker, "speaker__full_name")[0],
                "url": absolute(speaker_path.format(speaker["speaker__slug"])),
            }
            for speaker in speakers
        ]
    if forum.cover_image:
        data["image"] = absolute(forum.cover_image.url)
    return data


def script_json(data):
    """`data` as JSON safe to put inside a <script type="application/ld+json"> element."""
    return mark_safe(json.dumps(data, ensure_ascii=False).translate(SCRIPT_ESCAPES))
