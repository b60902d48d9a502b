"""Rules of a programme that involve more than one slot."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _


def find_clash(slot, others):
    """The first of `others` held at the same venue and room as `slot` at an overlapping time."""
    for other in others:
        if other is slot or (other.pk is not None and other.pk == slot.pk):
            continue
        if other.start < slot.end and other.end > slot.start and other.place_key == slot.place_key:
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
