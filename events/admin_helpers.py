"""Small pieces shared by the admin classes of several apps."""

from django.conf import settings
from django.db import models
from django.utils.formats import date_format
from modeltranslation.utils import build_localized_fieldname


def in_all_languages(*fields):
    """Field names for admin search: each translated field in every content language."""
    return tuple(
        build_localized_fieldname(field, language)
        for field in fields
        for language in settings.MODELTRANSLATION_LANGUAGES
    )


def event_time(value, zone):
    """A datetime on the event's wall clock, with the zone named: “11.09.2017 15:00 (Europe/Kyiv)”."""
    return f"{date_format(value.astimezone(zone), 'SHORT_DATETIME_FORMAT')} ({zone.key})"


# A web address typed without a scheme is taken as https (Django 6's default, asked for explicitly in 5.2).
HTTPS_URL_FIELDS = {models.URLField: {"assume_scheme": "https"}}
