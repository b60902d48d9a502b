"""Template tags of the public site: language versions of a page, translated content, event dates and times."""

import datetime
from dataclasses import dataclass
from urllib.parse import urlencode

from django import template
from django.conf import settings
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.utils.formats import date_format
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe
from django.utils.text import normalize_newlines
from django.utils.translation import get_language, get_language_info
from django.utils.translation import gettext_lazy as _
from modeltranslation.fields import NONE
from modeltranslation.utils import build_localized_fieldname, resolution_order

register = template.Library()

OPEN_GRAPH_LOCALES = {"uk": "uk_UA", "pl": "pl_PL", "en": "en_GB"}
FALLBACK_NOTES = {
    "uk": _("Only available in Ukrainian."),
    "pl": _("Only available in Polish."),
    "en": _("Only available in English."),
}
# The language a venue's address is best written in for the map search, by country.
ADDRESS_LANGUAGES = {"UA": "uk", "PL": "pl"}
ZONE_NAMES = {
    "Europe/Kyiv": _("Kyiv"),
    "Europe/Kiev": _("Kyiv"),
    "Europe/Warsaw": _("Warsaw"),
}


# Language versions of the page -------------------------------------------------------------


@dataclass(frozen=True)
class LanguageVersion:
    code: str
    path: str
    query: str
    absolute_url: str

    @property
    def name(self):
        return get_language_info(self.code)["name_local"]

    @property
    def url(self):
        return f"{self.path}?{self.query}" if self.query else self.path

    @property
    def open_graph_locale(self):
        return OPEN_GRAPH_LOCALES.get(self.code, self.code)

    @property
    def is_current(self):
        return self.code == get_language()


def path_in_language(match, language):
    """The current page's path in `language`, reversed while that language is active.

    django.urls.translate_url resolves the path in the active language only
    (Django ticket #28567); reversing the resolved view with its arguments does not
    depend on it. Pages that cannot be reversed (errors) lead to the home page.
    """
    with translation.override(language):
        if match is not None and match.view_name:
            try:
                return reverse(match.view_name, args=match.args, kwargs=match.kwargs)
            except NoReverseMatch:
                pass
        return reverse("events:home")


@register.simple_tag(takes_context=True)
def language_versions(context):
    """The page in every language; the query string is kept where the view says so (the directory's filters)."""
    request = context["request"]
    query = request.GET.urlencode() if context.get("language_switch_keeps_query") else ""
    versions = []
    for code, _name in settings.LANGUAGES:
        path = path_in_language(request.resolver_match, code)
        versions.append(LanguageVersion(code, path, query, request.build_absolute_uri(path)))
    return versions


# Translated content -----------------------------------------------------------------------


def content_language(instance, field):
    """The language whose text modeltranslation shows for `field`, following its fallback rules; None if empty."""
    descriptor = getattr(type(instance), field)
    undefined = descriptor.fallback_undefined
    if undefined is NONE:
        undefined = descriptor.field.get_default()
    for language in resolution_order(get_language(), descriptor.fallback_languages):
        if descriptor.meaningful_value(getattr(instance, build_localized_fieldname(field, language)), undefined):
            return language
    return None


def paragraphs(text):
    parts = normalize_newlines(str(text)).strip().split("\n\n")
    return mark_safe(
        "".join(format_html("<p>{}</p>", mark_safe(conditional_escape(part).replace("\n", "<br>"))) for part in parts)
    )


@register.simple_tag
def tr(instance, field, block=False, note=True):
    """A translated field as shown in the visitor's language.

    Text that fell back to another language carries that language's `lang`
    attribute (screen readers switch voice) and, if `note`, a short note saying the
    content exists only in that language. `block` renders paragraphs.
    """
    value = getattr(instance, field)
    if not value:
        return ""
    body = paragraphs(value) if block else conditional_escape(value)
    return mark_language(body, content_language(instance, field), block=block, note=note)


def mark_language(body, language, *, block, note, current=None):
    """`body` as is in the visitor's language (`current`, the active one unless given); else inside an element
    with its `lang`, and a note if `note`."""
    if language in (None, current or get_language()):
        return body
    tag = "div" if block else "span"
    marked = format_html('<{} lang="{}">{}</{}>', tag, language, body, tag)
    return format_html("{} {}", marked, note_html(language, block)) if note else marked


def note_html(language, block):
    tag = "p" if block else "small"
    return format_html('<{} class="lang-note">{}</{}>', tag, FALLBACK_NOTES[language], tag)


@register.simple_tag
def fallback_note(instance, field, block=False):
    """“Only available in Polish.” when `field` falls back to another language, else nothing."""
    language = content_language(instance, field)
    if language is None or language == get_language():
        return ""
    return note_html(language, block)


# Dates and times of events ------------------------------------------------------------------


def zone_name(zone):
    """The zone named after its city in the visitor's language: Київ, Kijów, Kyiv."""
    return ZONE_NAMES.get(zone.key) or zone.key.rsplit("/", 1)[-1].replace("_", " ")


def utc_offset(moment):
    offset = moment.strftime("%z")
    return f"UTC{offset[:3]}:{offset[3:]}"


def local_days(start, end, zone):
    """The first and last calendar day of an event in its zone (an end at midnight closes the day before)."""
    start, end = start.astimezone(zone), end.astimezone(zone)
    last = end.date()
    if end.time() == datetime.time.min and last > start.date():
        last -= datetime.timedelta(days=1)
    return start.date(), last


def date_range(first, last):
    """“11 вересня 2017”, “2–3 kwietnia 2020”, “30 September – 2 October 2017” (E: genitive month names)."""
    if first == last:
        return date_format(first, "j E Y")
    if (first.year, first.month) == (last.year, last.month):
        return f"{date_format(first, 'j')}–{date_format(last, 'j E Y')}"
    if first.year == last.year:
        return f"{date_format(first, 'j E')} – {date_format(last, 'j E Y')}"
    return f"{date_format(first, 'j E Y')} – {date_format(last, 'j E Y')}"


@register.filter
def forum_when(forum):
    """“11 вересня 2017, 15:00–18:00 (Київ)”; a forum over several days: “2–3 kwietnia 2020 (Warszawa)”."""
    zone = forum.zone
    first, last = local_days(forum.start, forum.end, zone)
    if first == last:
        times = f"{forum.start.astimezone(zone):%H:%M}–{forum.end.astimezone(zone):%H:%M}"
        return f"{date_range(first, last)}, {times} ({zone_name(zone)})"
    return f"{date_range(first, last)} ({zone_name(zone)})"


@register.filter
def local_zone(forum):
    """“Kyiv, UTC+03:00”: the zone of the forum and its offset when the forum starts."""
    return f"{zone_name(forum.zone)}, {utc_offset(forum.start.astimezone(forum.zone))}"


@register.simple_tag
def time_range(start, end, zone):
    """<time> elements for a slot on its forum's wall clock: 15:00–15:15 (24-hour digits in every language)."""
    start, end = start.astimezone(zone), end.astimezone(zone)
    return mark_safe(
        f'<time datetime="{start.isoformat(timespec="minutes")}">{start:%H:%M}</time>–'
        f'<time datetime="{end.isoformat(timespec="minutes")}">{end:%H:%M}</time>'
    )


@register.filter
def day_heading(day):
    return date_format(day, "l, j E Y")


# Places ---------------------------------------------------------------------------------------


@register.filter
def map_url(venue):
    """The venue on OpenStreetMap: its coordinates if known, else a search for its address."""
    if venue.latitude is not None:
        return (
            f"https://www.openstreetmap.org/?mlat={venue.latitude}&mlon={venue.longitude}"
            f"#map=18/{venue.latitude}/{venue.longitude}"
        )
    language = ADDRESS_LANGUAGES.get(venue.country, get_language())
    parts = [
        getattr(venue, build_localized_fieldname("address", language)) or venue.address,
        venue.postcode,
        getattr(venue, build_localized_fieldname("city", language)) or venue.city,
    ]
    return "https://www.openstreetmap.org/search?" + urlencode({"query": ", ".join(part for part in parts if part)})
