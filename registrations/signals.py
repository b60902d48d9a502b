"""What registrations do when forums and registration settings are saved: events knows nothing of it.

A published forum that moves in time or place, or is cancelled, is announced to its
registrants; registration settings that change (a capacity raised, say) invalidate the
cached forum pages and offer any freed seats to the waiting list.
"""

from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_save

from events.caching import invalidate_pages
from events.models import Forum

from . import services
from .models import RegistrationSettings

NOTICE_FIELDS = ("start", "end", "venue_id", "status")


def remember_forum_before_save(sender, instance, raw=False, **kwargs):
    if not raw and instance.pk is not None:
        instance.registration_notice_previous = Forum.objects.filter(pk=instance.pk).values(*NOTICE_FIELDS).first()


def announce_forum_change(sender, instance, created, raw=False, **kwargs):
    previous = getattr(instance, "registration_notice_previous", None)
    if previous is not None:
        del instance.registration_notice_previous
        services.forum_changed(instance, previous)


def settings_saved(sender, instance, raw=False, **kwargs):
    invalidate_pages()
    if not raw:
        transaction.on_commit(lambda: services.settle_forum(instance.forum))


def connect():
    pre_save.connect(remember_forum_before_save, sender=Forum, dispatch_uid="registrations-forum-before")
    post_save.connect(announce_forum_change, sender=Forum, dispatch_uid="registrations-forum-after")
    post_save.connect(settings_saved, sender=RegistrationSettings, dispatch_uid="registrations-settings-saved")
    post_delete.connect(invalidate_pages, sender=RegistrationSettings, dispatch_uid="registrations-settings-deleted")
