"""The cache of rendered forum pages.

A page is stored per language under a version number; saving or deleting anything
a forum page shows sets a new version, so every cached page is out of date at once.
Organisers save rarely and readers read often, so nothing finer is needed.
"""

import time

from django.core.cache import cache
from django.db.models.signals import m2m_changed, post_delete, post_save

from sessions.models import AgendaSlot, SlotSpeaker, Speaker

from .models import Forum, ForumOrganisation, Material, Organisation, Series, Topic, Venue

VERSION_KEY = "forum-pages:version"
# The longest a page stays cached; with a per-process cache (the default) it bounds
# how long another worker may serve a page older than an organiser's change.
MAX_AGE = 300
SHOWN_ON_FORUM_PAGES = (
    Forum,
    ForumOrganisation,
    Material,
    Organisation,
    Series,
    Topic,
    Venue,
    AgendaSlot,
    SlotSpeaker,
    Speaker,
)


def pages_version():
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, time.time_ns(), timeout=None)
        version = cache.get(VERSION_KEY)
    return version


def invalidate_pages(**kwargs):
    cache.set(VERSION_KEY, time.time_ns(), timeout=None)


def page_key(request, language):
    return f"forum-page:{pages_version()}:{language}:{request.build_absolute_uri(request.path)}"


# Functions of a forum giving the moments its page changes by itself; other apps add theirs
# (registrations: when registration opens and closes) without this app knowing them.
PAGE_CHANGES = [lambda forum: (forum.start, forum.end)]


def max_age(forum, now):
    """Seconds a page may be kept: until the next moment it changes by itself (the forum starts, ends, ...)."""
    moments = [moment for changes in PAGE_CHANGES for moment in changes(forum) if moment is not None]
    changes = [(moment - now).total_seconds() for moment in moments if moment > now]
    return max(1, int(min([MAX_AGE, *changes])))


for model in SHOWN_ON_FORUM_PAGES:
    post_save.connect(invalidate_pages, sender=model, dispatch_uid=f"forum-pages-save-{model._meta.label}")
    post_delete.connect(invalidate_pages, sender=model, dispatch_uid=f"forum-pages-delete-{model._meta.label}")
m2m_changed.connect(invalidate_pages, sender=Forum.topics.through, dispatch_uid="forum-pages-topics")
