"""Registrations of people for forums (first version: the flow comes with the registration issue)."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _

from events.models import Forum


class Registration(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("pending confirmation")
        CONFIRMED = "confirmed", _("confirmed")
        WAITING = "waiting", _("on the waiting list")
        CANCELLED = "cancelled", _("cancelled")
        REJECTED = "rejected", _("rejected")
        ATTENDED = "attended", _("attended")

    class Mode(models.TextChoices):
        IN_PERSON = "in_person", _("in person")
        ONLINE = "online", _("online")

    forum = models.ForeignKey(Forum, verbose_name=_("forum"), on_delete=models.PROTECT, related_name="registrations")
    name = models.CharField(_("name"), max_length=200)
    email = models.EmailField(_("email"))
    organisation = models.CharField(_("organisation"), max_length=250, blank=True)
    community = models.CharField(_("community or city"), max_length=150, blank=True)
    language = models.CharField(_("language"), max_length=2, choices=settings.LANGUAGES, default="uk")
    participation_mode = models.CharField(
        _("participation"), max_length=10, choices=Mode.choices, default=Mode.IN_PERSON
    )
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING)
    created = models.DateTimeField(_("registered at"), auto_now_add=True)

    class Meta:
        ordering = ["created", "pk"]
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        constraints = [
            models.UniqueConstraint(
                Lower("email"),
                "forum",
                condition=~Q(status="cancelled"),
                name="registration_one_active_per_email",
                violation_error_code="already_registered",
                violation_error_message=_("This email address is already registered for this forum."),
            ),
        ]
        indexes = [models.Index(fields=["forum", "status"])]

    def __str__(self):
        return f"{self.name} <{self.email}>"
