"""Changes to whole forums and programmes: cloning a forum to new dates, moving its slots.

Times move on the forum's wall clock: a slot at 10:00 stays at 10:00 local time even
when a change to or from summer time falls between the old and the new date. Every
moved slot is checked as the admin checks one (within the forum's dates, no clash in
its room); if one fails, nothing changes.
"""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _
from modeltranslation.utils import build_localized_fieldname

from registrations.models import RegistrationSettings
from sessions.domain import clash_error, find_clash
from sessions.models import SlotSpeaker

from .forms import from_event_time, to_event_time
from .models import Forum, ForumOrganisation

TITLE_MAX_LENGTH = Forum._meta.get_field("title").max_length


def shift_wall_clock(value, delta, zone):
    """`value` moved by `delta` on the wall clock of `zone`; refused if that time does not exist there."""
    if value is None:
        return None
    local = to_event_time(value, zone) + delta
    moved = from_event_time(local, zone)
    if moved is None:
        raise ValidationError(
            _("%(time)s does not exist in %(zone)s: the clocks move forward then."),
            code="nonexistent_time",
            params={"time": local.strftime("%Y-%m-%d %H:%M"), "zone": zone.key},
        )
    return moved


def days_until(forum, new_start_date):
    """The shift that makes the forum start on `new_start_date` (in its zone) at the same local time."""
    return datetime.timedelta(days=(new_start_date - forum.start.astimezone(forum.zone).date()).days)


def copy_title(forum, language):
    title = getattr(forum, build_localized_fieldname("title", language))
    if not title:
        return title
    with translation.override(language):
        return (_("%(title)s (copy)") % {"title": title})[:TITLE_MAX_LENGTH]


def copy_row(obj, **changes):
    """Save `obj` as a new row with `changes` (the instance passed in becomes the copy)."""
    obj.pk = obj.id = None
    obj._state.adding = True
    for name, value in changes.items():
        setattr(obj, name, value)
    obj.save()
    return obj


def clone_forum(forum, new_start_date, title=""):
    """A draft copy of the forum starting on `new_start_date`, every date moved alike.

    Copied: the texts, venue, series, topics, organisations with their roles, the agenda
    with its speakers and their roles, and the registration settings (their dates moved);
    not copied: registrations and materials, which belong to the earlier forum. The title
    is `title` in the main language if given; every other title is marked as a copy.
    """
    delta, zone = days_until(forum, new_start_date), forum.zone
    source = Forum.objects.get(pk=forum.pk)
    slots = list(forum.slots.prefetch_related("slot_speakers"))
    organisations = list(forum.forum_organisations.all())
    topics = list(forum.topics.all())
    registration_settings = RegistrationSettings.objects.filter(forum=forum).first()
    titles = {
        build_localized_fieldname("title", language): copy_title(source, language)
        for language in settings.MODELTRANSLATION_LANGUAGES
    }
    if title:
        titles[build_localized_fieldname("title", source.main_language)] = title
    with transaction.atomic():
        copy = copy_row(
            source,
            slug="",
            status=Forum.Status.DRAFT,
            start=shift_wall_clock(source.start, delta, zone),
            end=shift_wall_clock(source.end, delta, zone),
            **titles,
        )
        copy.topics.set(topics)
        ForumOrganisation.objects.bulk_create(
            ForumOrganisation(forum=copy, organisation_id=row.organisation_id, role=row.role, order=row.order)
            for row in organisations
        )
        for slot in slots:
            speakers = list(slot.slot_speakers.all())
            new_slot = copy_row(
                slot,
                forum=copy,
                start=shift_wall_clock(slot.start, delta, zone),
                end=shift_wall_clock(slot.end, delta, zone),
            )
            SlotSpeaker.objects.bulk_create(
                SlotSpeaker(slot=new_slot, speaker_id=row.speaker_id, role=row.role, order=row.order)
                for row in speakers
            )
        if registration_settings is not None:
            copy_row(
                registration_settings,
                forum=copy,
                opens_at=shift_wall_clock(registration_settings.opens_at, delta, zone),
                closes_at=shift_wall_clock(registration_settings.closes_at, delta, zone),
            )
    return copy


def reschedule(forum, moving, delta):
    """Move the slots with ids in `moving` by `delta` on the forum's wall clock, if every slot then still fits.

    Raises ValidationError (nothing saved) when a moved slot would leave the forum's
    dates, clash with another slot in its room, or fall at a time the zone skips.
    Returns the number of slots moved.
    """
    programme = list(forum.slots.all())
    moved = [slot for slot in programme if slot.pk in moving]
    for slot in moved:
        slot.forum = forum
        slot.start = shift_wall_clock(slot.start, delta, forum.zone)
        slot.end = shift_wall_clock(slot.end, delta, forum.zone)
    for slot in moved:
        try:
            slot.clean()
            clash = find_clash(slot, programme)
            if clash is not None:
                raise clash_error(slot, clash)
        except ValidationError as error:
            raise ValidationError(
                _("“%(slot)s”: %(error)s"),
                code=getattr(error, "code", None),
                params={"slot": slot.title, "error": " ".join(error.messages)},
            ) from error
    with transaction.atomic():
        for slot in moved:
            slot.save(update_fields=["start", "end"])
    return len(moved)


def shift_programme(forum, minutes):
    """Every slot of the forum `minutes` later (earlier if negative)."""
    return reschedule(forum, {slot.pk for slot in forum.slots.all()}, datetime.timedelta(minutes=minutes))


def programme_days(forum):
    """The local dates on which the forum has slots, in order."""
    zone = forum.zone
    return sorted({slot.start.astimezone(zone).date() for slot in forum.slots.all()})


def move_day(forum, day, to_day):
    """The slots starting on `day` (local) moved to `to_day`, each at the same local time."""
    zone = forum.zone
    moving = {slot.pk for slot in forum.slots.all() if slot.start.astimezone(zone).date() == day}
    return reschedule(forum, moving, datetime.timedelta(days=(to_day - day).days))
