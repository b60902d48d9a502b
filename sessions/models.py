"""The programme of a forum: agenda slots and the speakers who take part in them."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from events.models import Forum, Organisation, Venue
from events.slugs import SluggedModel


class Speaker(SluggedModel):
    slug_source = "full_name"

    full_name = models.CharField(_("full name"), max_length=200)
    position = models.CharField(
        _("position"), max_length=250, blank=True, help_text=_("Post or title, e.g. “Mayor of Zhytomyr”.")
    )
    affiliation = models.ForeignKey(
        Organisation,
        verbose_name=_("affiliation"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="speakers",
    )
    affiliation_text = models.CharField(
        _("affiliation (free text)"),
        max_length=250,
        blank=True,
        help_text=_("When the organisation is not in the portal."),
    )
    bio = models.TextField(_("biography"), blank=True)
    photo = models.ImageField(_("photo"), upload_to="speakers/", blank=True)
    created_by_organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("created by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("Every organiser may invite a speaker; only this organisation's editors may change the profile."),
    )

    class Meta:
        ordering = ["full_name"]
        verbose_name = _("speaker")
        verbose_name_plural = _("speakers")

    def __str__(self):
        return self.full_name

    def get_absolute_url(self):
        return reverse("agenda:speaker_detail", kwargs={"slug": self.slug})

    @property
    def affiliation_name(self):
        return self.affiliation.name if self.affiliation_id else self.affiliation_text


class AgendaSlot(models.Model):
    class Kind(models.TextChoices):
        TALK = "talk", _("talk")
        PRESENTATION = "presentation", _("presentation")
        PANEL = "panel", _("panel discussion")
        QA = "qa", _("questions and answers")
        BREAK = "break", _("break")
        WORKSHOP = "workshop", _("workshop")
        WORLD_CAFE = "world_cafe", _("World Café")
        TRAINING = "training", _("training")
        OPEN_SPACE = "open_space", _("open-space session")
        WORKING_GROUP = "working_group", _("working group")
        NETWORKING = "networking", _("networking")
        SITE_VISIT = "site_visit", _("site visit")
        OPENING = "opening", _("opening")
        CLOSING = "closing", _("closing")
        OTHER = "other", _("other")

    forum = models.ForeignKey(Forum, verbose_name=_("forum"), on_delete=models.CASCADE, related_name="slots")
    start = models.DateTimeField(_("start"))
    end = models.DateTimeField(_("end"))
    title = models.CharField(_("title"), max_length=300)
    description = models.TextField(_("description"), blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.TALK)
    venue = models.ForeignKey(
        Venue,
        verbose_name=_("venue"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="slots",
        help_text=_("Empty: the forum's main venue."),
    )
    room = models.CharField(_("room"), max_length=100, blank=True)
    speakers = models.ManyToManyField(
        Speaker, through="SlotSpeaker", verbose_name=_("speakers"), related_name="slots", blank=True
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0, help_text=_("Among slots that start together."))

    class Meta:
        ordering = ["start", "order", "pk"]
        verbose_name = _("agenda slot")
        verbose_name_plural = _("agenda slots")
        constraints = [
            models.CheckConstraint(
                condition=Q(end__gt=F("start")),
                name="slot_end_after_start",
                violation_error_code="end_before_start",
                violation_error_message=_("The slot must end after it starts."),
            ),
        ]

    def __str__(self):
        return self.title

    @property
    def effective_venue_id(self):
        return self.venue_id or self.forum.venue_id

    def clean(self):
        # The forum may be unsaved (a new forum in the admin, with its slots inline).
        forum = self.forum if self.forum_id or AgendaSlot.forum.is_cached(self) else None
        if forum is None or None in (self.start, self.end, forum.start, forum.end):
            return
        if self.start < forum.start or self.end > forum.end:
            raise ValidationError(
                _("The slot must lie within the forum's dates (%(start)s – %(end)s, %(zone)s)."),
                code="slot_outside_forum",
                params={
                    "start": forum.start.astimezone(forum.zone).strftime("%Y-%m-%d %H:%M"),
                    "end": forum.end.astimezone(forum.zone).strftime("%Y-%m-%d %H:%M"),
                    "zone": forum.time_zone,
                },
            )


class SlotSpeaker(models.Model):
    """A speaker's part in a slot."""

    class Role(models.TextChoices):
        SPEAKER = "speaker", _("speaker")
        MODERATOR = "moderator", _("moderator")
        FACILITATOR = "facilitator", _("facilitator")
        TRAINER = "trainer", _("trainer")
        PANELLIST = "panellist", _("panellist")

    slot = models.ForeignKey(AgendaSlot, on_delete=models.CASCADE, related_name="slot_speakers")
    speaker = models.ForeignKey(Speaker, verbose_name=_("speaker"), on_delete=models.PROTECT, related_name="slot_roles")
    role = models.CharField(_("role"), max_length=20, choices=Role.choices, default=Role.SPEAKER)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("speaker of the slot")
        verbose_name_plural = _("speakers of the slot")
        constraints = [
            models.UniqueConstraint(
                fields=["slot", "speaker"],
                name="slot_speaker_unique",
                violation_error_code="duplicate_speaker",
                violation_error_message=_("This speaker is already in the slot."),
            ),
        ]

    def __str__(self):
        return f"{self.speaker} ({self.get_role_display()})"
