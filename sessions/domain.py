"""Rules of a programme that involve more than one slot."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from modeltranslation.utils import build_localized_fieldname


def room_names(slot):
    """The slot's room as named in any language ("Зала 1", "Sala 1"), compared without case."""
    names = (getattr(slot, build_localized_fieldname("room", code)) for code in settings.MODELTRANSLATION_LANGUAGES)
    return {name.strip().casefold() for name in names if name and name.strip()}


def same_place(slot, other):
    """Same venue and the same room in some language, or both with no room named."""
    if slot.effective_venue_id != other.effective_venue_id:
        return False
    rooms, other_rooms = room_names(slot), room_names(other)
    return bool(rooms & other_rooms) or not (rooms or other_rooms)


def find_clash(slot, others):
    """The first of `others` held at the same place as `slot` at an overlapping time."""
    for other in others:
        if other is slot or (other.pk is not None and other.pk == slot.pk):
            continue
        if other.start < slot.end and other.end > slot.start and same_place(slot, other):
            return other
    return None


def clash_error(slot, other):
    zone = slot.forum.zone
    return ValidationError(
        _("This slot overlaps “%(other)s” (%(start)s–%(end)s) in the same venue and room."),
        code="slot_overlap",
        params={
            "other": other.title,
            "start": other.start.astimezone(zone).strftime("%H:%M"),
            "end": other.end.astimezone(zone).strftime("%H:%M"),
        },
    )


def check_no_clash(slot):
    """Raise if `slot` clashes with a slot of its forum already in the database."""
    others = slot.forum.slots.filter(start__lt=slot.end, end__gt=slot.start).exclude(pk=slot.pk)
    clash = find_clash(slot, others)
    if clash is not None:
        raise clash_error(slot, clash)
