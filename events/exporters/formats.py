"""The downloads of a forum's programme and the calendar feeds, each an Exporter (base.py)."""

import dataclasses
import json

import segno
from django.db.models import QuerySet
from django.http import Http404
from django.utils.translation import gettext

from ..api.serializers import ForumDetailSerializer
from ..views import organisations_by_role
from .base import Exporter
from .ics import feed_calendar, forum_calendar, slot_calendar
from .pdf import render_pdf
from .programme import other_language, programme_by_day
from .table import programme_csv


def page_url(request, forum):
    return request.build_absolute_uri(forum.get_absolute_url())


class ProgrammePdf(Exporter):
    """The printable A4 programme in the page's language."""

    name = "programme"
    extension = "pdf"
    content_type = "application/pdf"
    inline = True
    template_name = "events/exports/programme.html"

    def languages(self, forum, language):
        return [language]

    def render(self, forum, language, request):
        url = page_url(request, forum)
        context = {
            "forum": forum,
            "zone": forum.zone,
            "days": programme_by_day(forum),
            "organisations_by_role": organisations_by_role(forum.forum_organisations.all()),
            "languages": self.languages(forum, language),
            "page_url": url,
            "qr_code": segno.make(url, error="m").svg_data_uri(scale=4, border=0),
        }
        title = f"{forum.title}: {gettext('Programme')}"
        return render_pdf(self.template_name, context, language=language, title=title)


class BilingualProgrammePdf(ProgrammePdf):
    """The programme in the page's language and the forum's other main language, side by side."""

    name = "programme-bilingual"

    def languages(self, forum, language):
        return [language, other_language(forum, language)]


class ProgrammeCalendar(Exporter):
    name = "programme"
    extension = "ics"
    content_type = "text/calendar; charset=utf-8"

    def render(self, forum, language, request):
        return forum_calendar(forum, page_url(request, forum)).to_ical()


class SlotCalendar(Exporter):
    """One slot of the programme: the “add to calendar” link of each slot on the forum page."""

    extension = "ics"
    content_type = "text/calendar; charset=utf-8"

    def __init__(self, slot_pk):
        self.slot_pk = slot_pk

    def filename(self, forum, language):
        return f"{forum.slug}-{self.slot_pk}-{language}.ics"

    def render(self, forum, language, request):
        slot = next((slot for slot in forum.slots.all() if slot.pk == self.slot_pk), None)
        if slot is None:
            raise Http404
        return slot_calendar(slot, forum, page_url(request, forum)).to_ical()


class ProgrammeJson(Exporter):
    """The programme as data: what the API says about the forum (the ForumDetail schema of /api/v1/schema/)."""

    name = "programme"
    extension = "json"
    content_type = "application/json"
    inline = True

    def render(self, forum, language, request):
        data = ForumDetailSerializer(forum, context={"request": request, "all_translations": False}).data
        return json.dumps(data, ensure_ascii=False, indent=2).encode()


class ProgrammeCsv(Exporter):
    name = "programme"
    extension = "csv"
    content_type = "text/csv; charset=utf-8"

    def render(self, forum, language, request):
        return programme_csv(forum)


@dataclasses.dataclass
class Feed:
    """What a calendar feed lists: upcoming public forums, all of them or those of an organisation or a series."""

    slug: str
    title: str
    forums: QuerySet


class FeedCalendar(Exporter):
    name = "calendar"
    extension = "ics"
    content_type = "text/calendar; charset=utf-8"

    def render(self, feed, language, request):
        forums = list(feed.forums.select_related("venue"))
        return feed_calendar(feed.title, request.build_absolute_uri(), forums, lambda f: page_url(request, f)).to_ical()
