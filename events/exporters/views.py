"""Downloads of a forum's programme, its materials, and calendar feeds filtered like the directory.

What each download is lives in formats.py, how it is cached and answered in base.py.
"""

import posixpath

from django.http import FileResponse, Http404, HttpResponseBadRequest
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.cache import get_conditional_response
from django.utils.http import http_date
from django.utils.translation import gettext
from django.views.decorators.http import require_safe

from ..filters import DirectoryFilterForm
from ..materials import SHOWN_INLINE, extension, is_shown, media_type
from ..models import Forum, Material
from ..views import visible_forums
from .base import download
from .formats import Feed, FeedCalendar, SlotCalendar
from .programme import export_forum


@require_safe
def forum_download(request, slug, exporter):
    return download(request, exporter, lambda: export_forum(slug))


@require_safe
def slot_calendar(request, slug, pk):
    return download(request, SlotCalendar(pk), lambda: export_forum(slug))


class InvalidFilters(Exception):
    def __init__(self, form):
        super().__init__(" ".join(message for errors in form.errors.values() for message in errors))


def feed_response(request, find_feed):
    try:
        return download(request, FeedCalendar(), find_feed)
    except InvalidFilters as error:
        return HttpResponseBadRequest(str(error), content_type="text/plain; charset=utf-8")


def filtered_forums(data, fixed=None):
    """Upcoming (or, with when=past, past) public forums matching the directory's filters in `data` and `fixed`."""
    form = DirectoryFilterForm({**data.dict(), **(fixed or {})})
    if not form.is_valid():
        # An organisation without public forums is not among the form's choices, but its feed is just empty.
        if fixed and set(form.errors) == set(fixed) and "organisation" in fixed:
            return Forum.objects.none()
        raise InvalidFilters(form)
    return form.forums(timezone.now())


@require_safe
def calendar(request):
    """`/<lang>/calendar.ics`: upcoming public forums, narrowed by the directory's filters in the query string."""
    return feed_response(
        request, lambda: Feed("forums-portal", gettext("Forums Portal: upcoming forums"), filtered_forums(request.GET))
    )


@require_safe
def subject_calendar(request, slug, model, filter_name):
    """The upcoming forums of an organisation or a series: the directory's `filter_name` filter set to `slug`."""

    def find_feed():
        subject = get_object_or_404(model, slug=slug)
        title = gettext("Forums Portal: %(name)s") % {"name": subject}
        return Feed(slug, title, filtered_forums(request.GET, {filter_name: slug}))

    return feed_response(request, find_feed)


@require_safe
def material(request, slug, pk):
    """An uploaded material of a public forum (or of a draft, for its organisers' preview), while it is shown."""
    files = Material.objects.select_related("forum").exclude(file="").filter(forum__in=visible_forums(request))
    found = get_object_or_404(files, pk=pk, forum__slug=slug)
    if not is_shown(found, found.forum.end < timezone.now()):
        raise Http404
    storage, name = found.file.storage, found.file.name
    modified = int(storage.get_modified_time(name).timestamp())
    etag = f'"{found.pk}-{found.file.size}-{modified}"'
    response = get_conditional_response(request, etag=etag, last_modified=modified) or FileResponse(
        found.file.open("rb"),
        as_attachment=extension(name) not in SHOWN_INLINE,
        filename=posixpath.basename(name),
        content_type=media_type(found),
    )
    response["ETag"], response["Last-Modified"] = etag, http_date(modified)
    return response
