"""Template filters of the registration pages and emails."""

from django import template
from django.utils import timezone
from django.utils.formats import date_format

from events.templatetags.portal import zone_name

from ..domain import closed_by_time

register = template.Library()


@register.filter
def forum_time(moment, forum):
    """A moment on the forum's wall clock with its zone named: “14 вересня 2027, 09:00 (Київ)”."""
    if moment is None:
        return ""
    return f"{date_format(moment.astimezone(forum.zone), 'j E Y, H:i')} ({zone_name(forum.zone)})"


@register.simple_tag
def registration_closed_by_time(forum):
    """Why the forum takes no registration now (a domain.Closed value), or "" while it is open.

    By time only, never by seats: the forum page that shows it is cached.
    """
    return closed_by_time(forum, getattr(forum, "registration_settings", None), timezone.now()) or ""
