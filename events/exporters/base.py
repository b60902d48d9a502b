"""One shape for every download, and one way to answer a request for it.

An `Exporter` says what a download is (its file name, extension and content type) and
renders it to bytes. `download()` turns an exporter into a response: rendered once per
URL and then served from the cache until an organiser saves anything (the page-cache
version of events/caching.py is in the key), with a Content-Disposition, a strong ETag
(a digest of the bytes) and a Last-Modified, answering conditional GETs with 304.

Last-Modified is the moment these exact bytes were first rendered: a digest kept per URL
across cache versions tells whether a fresh rendering changed anything, so a save that
leaves a download as it was keeps its date, and any change, even one made through another
worker with its own cache, gets a later one.
"""

import dataclasses
import hashlib
import time

from django.core.cache import cache
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import content_disposition_header, http_date
from django.utils.translation import get_language

from ..caching import MAX_AGE, max_age, pages_version


class Exporter:
    """A download of `subject` (a forum, or what the download is of) in one language."""

    name = ""  # what it is, in the file name: “programme”, “programme-bilingual”
    extension = ""
    content_type = "application/octet-stream"
    inline = False  # shown by the browser (PDF, JSON) rather than saved
    cacheable = True  # False for downloads that show what does not bump the page-cache version

    def filename(self, subject, language):
        """A readable file name: `zhytomyr-forum-2017-programme-uk.pdf`."""
        return f"{subject.slug}-{self.name}-{language}.{self.extension}"

    def render(self, subject, language, request):
        """The download as bytes."""
        raise NotImplementedError

    def cache_timeout(self, subject, now):
        """Seconds the bytes may be kept: a forum's download changes by itself when the forum starts and ends."""
        return max_age(subject, now) if hasattr(subject, "end") else MAX_AGE


@dataclasses.dataclass(frozen=True)
class Rendered:
    content: bytes
    language: str
    etag: str
    last_modified: int  # seconds since the epoch
    filename: str = ""


def cache_key(prefix, request):
    """A key per absolute URL (query included) and active language."""
    url = f"{get_language()}:{request.build_absolute_uri()}"
    return f"{prefix}:{hashlib.sha256(url.encode()).hexdigest()}"


def first_rendered(request, etag):
    """When the bytes with this ETag were first rendered at this URL (now, if they are new)."""
    key = cache_key("download-first-rendered", request)
    known = cache.get(key)
    if known is not None and known[0] == etag:
        return known[1]
    now = int(time.time())
    cache.set(key, (etag, now), timeout=None)
    return now


def rendered(request, content, filename=""):
    etag = f'"{hashlib.sha256(content).hexdigest()[:32]}"'
    return Rendered(content, get_language(), etag, first_rendered(request, etag), filename)


def current_key(request):
    """The cache key of what is rendered at this URL since the last save (events/caching.py)."""
    return f"{cache_key('download', request)}:{pages_version()}"


def render_cached(request, exporter, find_subject):
    """The rendered download, from the cache if an earlier request rendered it since the last save."""
    key = current_key(request) if exporter.cacheable else None
    result = cache.get(key) if key else None
    if result is None:
        subject = find_subject()
        language = get_language()
        result = rendered(request, exporter.render(subject, language, request), exporter.filename(subject, language))
        if key:
            cache.set(key, result, exporter.cache_timeout(subject, timezone.now()))
    return result


def respond(request, result, content_type, *, attachment=None, public=True):
    """A 200 with `result`, or the 304 that a conditional GET for the same bytes deserves."""
    response = get_conditional_response(request, etag=result.etag, last_modified=result.last_modified)
    if response is None:
        response = HttpResponse(result.content, content_type=content_type)
        if result.filename:
            response["Content-Disposition"] = content_disposition_header(attachment, result.filename)
    response["Content-Language"] = result.language
    response["ETag"] = result.etag
    response["Last-Modified"] = http_date(result.last_modified)
    # A copy may be kept but must be checked (cheaply, with the ETag) each time; by anyone only if public.
    patch_cache_control(response, no_cache=True, **({"public": True} if public else {"private": True}))
    return response


def download(request, exporter, find_subject):
    """The response for `exporter`'s download of `find_subject()` (which raises Http404 for what is not public).

    `find_subject` is called only when the bytes are not cached, so a cached download costs no query.
    """
    result = render_cached(request, exporter, find_subject)
    return respond(request, result, exporter.content_type, attachment=not exporter.inline, public=exporter.cacheable)
