"""Registrations of people for forums, and each forum's registration settings.

The rules (who gets a seat, the waiting list, what each link may do) live in
services.py and domain.py; the models hold state and the rules the database keeps.
"""

import secrets

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _

from events.models import Forum, Organisation


def new_key():
    """The random part of a registration's links (signed per purpose in tokens.py)."""
    return secrets.token_urlsafe(16)


class RegistrationSettings(models.Model):
    """How a forum takes registrations on the portal; a forum without settings takes none here.

    The row is also the forum's capacity lock: every change that takes or frees a
    seat locks it first (services.lock_capacity).
    """

    class OptionalField(models.TextChoices):
        ORGANISATION = "organisation", _("organisation and its type")
        POSITION = "position", _("position")
        COMMUNITY = "community", _("community or city")
        PHONE = "phone", _("phone")
        NEEDS = "needs", _("accessibility or interpretation needs")

    forum = models.OneToOneField(
        Forum, verbose_name=_("forum"), on_delete=models.CASCADE, related_name="registration_settings"
    )
    opens_at = models.DateTimeField(_("registration opens"), null=True, blank=True)
    closes_at = models.DateTimeField(
        _("registration closes"), null=True, blank=True, help_text=_("Empty: open until the forum ends.")
    )
    in_person_capacity = models.PositiveIntegerField(
        _("places in person"), null=True, blank=True, help_text=_("Empty: unlimited.")
    )
    online_capacity = models.PositiveIntegerField(
        _("places online"), null=True, blank=True, help_text=_("Empty: unlimited.")
    )
    waiting_list = models.BooleanField(
        _("waiting list"), default=True, help_text=_("When the forum is full, people join a waiting list.")
    )
    approval_required = models.BooleanField(
        _("approval required"),
        default=False,
        help_text=_("Each confirmed registration waits for an organiser to approve it."),
    )
    optional_fields = models.JSONField(_("optional questions"), default=list, blank=True)
    privacy_notice = models.TextField(
        _("privacy notice"),
        help_text=_("Shown with the form: who processes the data, why, for how long, and whom to ask."),
    )
    confirmation_message = models.TextField(
        _("extra message for the confirmation email"),
        blank=True,
        help_text=_("For example what to bring, or how to find the entrance."),
    )

    class Meta:
        verbose_name = _("registration settings")
        verbose_name_plural = _("registration settings")
        constraints = [
            models.CheckConstraint(
                condition=Q(opens_at__isnull=True) | Q(closes_at__isnull=True) | Q(closes_at__gt=F("opens_at")),
                name="registration_closes_after_it_opens",
                violation_error_code="closes_before_opens",
                violation_error_message=_("Registration must close after it opens."),
            ),
        ]

    def __str__(self):
        return str(self.forum)

    def capacity(self, mode):
        """Seats for a participation mode; None is unlimited."""
        return self.online_capacity if mode == Registration.Mode.ONLINE else self.in_person_capacity

    def asks(self, field):
        return field in self.optional_fields


class Registration(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("pending email confirmation")
        AWAITING_APPROVAL = "awaiting_approval", _("awaiting approval")
        CONFIRMED = "confirmed", _("confirmed")
        WAITING = "waiting", _("on the waiting list")
        OFFERED = "offered", _("seat offered")
        CANCELLED = "cancelled", _("cancelled")
        REJECTED = "rejected", _("rejected")
        ATTENDED = "attended", _("attended")
        EXPIRED = "expired", _("expired")

    class Mode(models.TextChoices):
        IN_PERSON = "in_person", _("in person")
        ONLINE = "online", _("online")

    class EmailStatus(models.TextChoices):
        SENT = "sent", _("sent")
        FAILED = "failed", _("failed")

    key = models.CharField(max_length=32, unique=True, null=True, default=new_key, editable=False)
    forum = models.ForeignKey(Forum, verbose_name=_("forum"), on_delete=models.PROTECT, related_name="registrations")
    name = models.CharField(_("full name"), max_length=200)
    email = models.EmailField(_("email"))
    organisation = models.CharField(_("organisation"), max_length=250, blank=True)
    organisation_kind = models.CharField(
        _("type of organisation"), max_length=20, choices=Organisation.Kind.choices, blank=True
    )
    position = models.CharField(_("position"), max_length=150, blank=True)
    community = models.CharField(_("community or city"), max_length=150, blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    needs = models.TextField(_("accessibility or interpretation needs"), max_length=1000, blank=True)
    language = models.CharField(_("language"), max_length=2, choices=settings.LANGUAGES, default="uk")
    participation_mode = models.CharField(
        _("participation"), max_length=10, choices=Mode.choices, default=Mode.IN_PERSON
    )
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.PENDING)
    created = models.DateTimeField(_("registered at"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("email confirmed at"), null=True, blank=True)
    hold_until = models.DateTimeField(
        _("seat held until"), null=True, blank=True, help_text=_("For a pending registration or a seat offer.")
    )
    waiting_since = models.DateTimeField(
        _("on the waiting list since"), null=True, blank=True, help_text=_("The waiting list is served in this order.")
    )
    reminder_sent_at = models.DateTimeField(_("reminder sent at"), null=True, blank=True)
    last_email_kind = models.CharField(_("last email"), max_length=20, blank=True)
    last_email_status = models.CharField(_("last email status"), max_length=10, choices=EmailStatus.choices, blank=True)
    last_email_at = models.DateTimeField(_("last email attempted at"), null=True, blank=True)
    anonymised_at = models.DateTimeField(_("anonymised at"), null=True, blank=True)

    class Meta:
        ordering = ["created", "pk"]
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        constraints = [
            models.UniqueConstraint(
                Lower("email"),
                "forum",
                condition=~Q(status__in=["cancelled", "expired"]) & Q(anonymised_at__isnull=True),
                name="registration_one_active_per_email",
                violation_error_code="already_registered",
                violation_error_message=_("This email address is already registered for this forum."),
            ),
        ]
        indexes = [models.Index(fields=["forum", "status"])]

    def __str__(self):
        return f"{self.name} <{self.email}>" if self.anonymised_at is None else str(_("anonymised registration"))


# Statuses that take a seat: counted against the capacity of their mode.
HOLDS_SEAT = (
    Registration.Status.PENDING,
    Registration.Status.AWAITING_APPROVAL,
    Registration.Status.OFFERED,
    Registration.Status.CONFIRMED,
    Registration.Status.ATTENDED,
)
# Statuses that end a registration for good and free its email address for a new one (the unique index).
RELEASED = (Registration.Status.CANCELLED, Registration.Status.EXPIRED)
# Statuses of people still expecting to take part: they hear about changes to the forum.
ACTIVE = (
    Registration.Status.PENDING,
    Registration.Status.AWAITING_APPROVAL,
    Registration.Status.OFFERED,
    Registration.Status.CONFIRMED,
    Registration.Status.WAITING,
)
