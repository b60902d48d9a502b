"""Forums and what describes them: organisations, venues, series and topics.

Human-readable text fields are translated with django-modeltranslation
(see translation.py); slugs are not.
"""

import zoneinfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from .materials import material_path, validate_material_file
from .slugs import SluggedModel

DEFAULT_TIME_ZONE = "Europe/Kyiv"


class Country(models.TextChoices):
    UKRAINE = "UA", _("Ukraine")
    POLAND = "PL", _("Poland")
    OTHER = "XX", _("other country")


def validate_time_zone(value):
    if value not in zoneinfo.available_timezones():
        raise ValidationError(
            _("“%(value)s” is not a known time zone. Use an IANA name such as Europe/Kyiv or Europe/Warsaw."),
            code="invalid_time_zone",
            params={"value": value},
        )


class Organisation(SluggedModel):
    class Kind(models.TextChoices):
        CITY_COUNCIL = "city_council", _("city council")
        ASSOCIATION = "association", _("association of municipalities")
        NGO = "ngo", _("NGO")
        DONOR = "donor", _("donor or international project")
        GOVERNMENT = "government", _("government body")
        OTHER = "other", _("other")

    name = models.CharField(_("name"), max_length=200)
    short_name = models.CharField(_("short name"), max_length=40, blank=True, help_text=_("For example ZMP or GIZ."))
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.OTHER)
    country = models.CharField(_("country"), max_length=2, choices=Country.choices, default=Country.UKRAINE)
    city = models.CharField(_("city"), max_length=100, blank=True)
    website = models.URLField(_("website"), blank=True)
    email = models.EmailField(_("email"), blank=True)
    logo = models.ImageField(_("logo"), upload_to="logos/", blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("events:organisation_detail", kwargs={"slug": self.slug})


class Venue(models.Model):
    name = models.CharField(_("name"), max_length=200)
    address = models.CharField(
        _("address"), max_length=200, help_text=_("Street and number, e.g. vul. Mykhailivska, 8/1.")
    )
    city = models.CharField(_("city"), max_length=100)
    postcode = models.CharField(_("postcode"), max_length=12, blank=True)
    country = models.CharField(_("country"), max_length=2, choices=Country.choices, default=Country.UKRAINE)
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )
    accessibility_notes = models.TextField(
        _("accessibility"),
        blank=True,
        help_text=_("Step-free access, lift, accessible toilet, hearing loop, sign language interpretation..."),
    )
    directions = models.TextField(
        _("directions"), blank=True, help_text=_("Floor, room, entrance, e.g. “second floor”.")
    )
    created_by_organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("created by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("Every organiser may use a venue; only this organisation's editors may change it."),
    )

    class Meta:
        ordering = ["city", "name"]
        verbose_name = _("venue")
        verbose_name_plural = _("venues")
        constraints = [
            models.CheckConstraint(
                condition=Q(latitude__isnull=True, longitude__isnull=True)
                | Q(latitude__isnull=False, longitude__isnull=False),
                name="venue_coordinates_both_or_neither",
                violation_error_code="coordinates_incomplete",
                violation_error_message=_("Give both latitude and longitude, or neither."),
            ),
        ]

    def __str__(self):
        return f"{self.name}, {self.address}, {self.city}"


class Topic(SluggedModel):
    name = models.CharField(_("name"), max_length=100)

    class Meta:
        ordering = ["name"]
        verbose_name = _("topic")
        verbose_name_plural = _("topics")

    def __str__(self):
        return self.name


class Series(SluggedModel):
    name = models.CharField(_("name"), max_length=250)
    organiser = models.ForeignKey(
        Organisation, verbose_name=_("organiser"), on_delete=models.PROTECT, related_name="series"
    )
    description = models.TextField(_("description"), blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("series")
        verbose_name_plural = _("series")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("events:series_detail", kwargs={"slug": self.slug})


class Forum(SluggedModel):
    slug_source = "title"

    class Format(models.TextChoices):
        FORUM = "forum", _("forum")
        SEMINAR = "seminar", _("seminar")
        CONFERENCE = "conference", _("conference")
        WORKSHOP = "workshop", _("workshop")
        WEBINAR = "webinar", _("webinar")
        STUDY_VISIT = "study_visit", _("study visit")
        OPEN_SPACE = "open_space", _("open space")
        NETWORK_MEETING = "network_meeting", _("network meeting")

    class Status(models.TextChoices):
        DRAFT = "draft", _("draft")
        PUBLISHED = "published", _("published")
        CANCELLED = "cancelled", _("cancelled")

    class Mode(models.TextChoices):
        IN_PERSON = "in_person", _("in person")
        ONLINE = "online", _("online")
        HYBRID = "hybrid", _("hybrid")

    title = models.CharField(_("title"), max_length=250)
    summary = models.TextField(
        _("summary"), blank=True, help_text=_("One or two sentences for lists and search results.")
    )
    description = models.TextField(_("description"), blank=True)
    format = models.CharField(_("format"), max_length=20, choices=Format.choices, default=Format.FORUM)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.DRAFT)
    start = models.DateTimeField(_("start"))
    end = models.DateTimeField(_("end"))
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        default=DEFAULT_TIME_ZONE,
        validators=[validate_time_zone],
        help_text=_("The zone of the place where the forum happens; all its times are entered and shown in it."),
    )
    main_language = models.CharField(
        _("main language"),
        max_length=2,
        choices=settings.LANGUAGES,
        default="uk",
        help_text=_("The language the forum's texts are written in first."),
    )
    languages = models.JSONField(
        _("languages spoken"),
        default=list,
        blank=True,
        help_text=_("Languages of the talks and discussions (with interpretation, if any)."),
    )
    participation_mode = models.CharField(
        _("participation"), max_length=10, choices=Mode.choices, default=Mode.IN_PERSON
    )
    venue = models.ForeignKey(
        Venue,
        verbose_name=_("main venue"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="forums",
        help_text=_("Empty for a forum that is online only."),
    )
    host_city = models.CharField(_("host city"), max_length=100, blank=True)
    country = models.CharField(_("country"), max_length=2, choices=Country.choices, default=Country.UKRAINE)
    livestream_url = models.URLField(_("public livestream link"), blank=True)
    join_url = models.URLField(
        _("private join link"),
        blank=True,
        help_text=_("Never shown publicly: sent only to confirmed registrants."),
    )
    organisations = models.ManyToManyField(
        Organisation, through="ForumOrganisation", verbose_name=_("organisations"), related_name="forums"
    )
    series = models.ForeignKey(
        Series, verbose_name=_("series"), on_delete=models.SET_NULL, null=True, blank=True, related_name="forums"
    )
    topics = models.ManyToManyField(Topic, verbose_name=_("topics"), blank=True, related_name="forums")
    contact_name = models.CharField(_("contact person"), max_length=200, blank=True)
    contact_email = models.EmailField(_("contact email"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)
    cover_image = models.ImageField(_("cover image"), upload_to="covers/", blank=True)
    created = models.DateTimeField(_("created"), auto_now_add=True)
    modified = models.DateTimeField(_("modified"), auto_now=True)

    class Meta:
        ordering = ["-start"]
        verbose_name = _("forum")
        verbose_name_plural = _("forums")
        constraints = [
            models.CheckConstraint(
                condition=Q(end__gt=F("start")),
                name="forum_end_after_start",
                violation_error_code="end_before_start",
                violation_error_message=_("The forum must end after it starts."),
            ),
            models.CheckConstraint(
                condition=~Q(
                    status="published", participation_mode__in=["online", "hybrid"], livestream_url="", join_url=""
                ),
                name="forum_published_online_has_link",
                violation_error_code="online_link_required",
                violation_error_message=_("A published online or hybrid forum needs a livestream link or a join link."),
            ),
        ]
        indexes = [models.Index(fields=["status", "start"])]

    def __str__(self):
        return self.title

    def slug_languages(self):
        return (self.main_language, "uk", "pl", "en")

    def get_absolute_url(self):
        return reverse("events:forum_detail", kwargs={"slug": self.slug})

    @property
    def zone(self):
        return zoneinfo.ZoneInfo(self.time_zone)

    @property
    def is_online(self):
        return self.participation_mode != self.Mode.IN_PERSON

    def clean(self):
        if (
            self.participation_mode != self.Mode.ONLINE
            and self.venue_id is None
            and self.status == self.Status.PUBLISHED
        ):
            raise ValidationError(
                {
                    "venue": ValidationError(
                        _("A published forum with participation in person needs a venue."), code="venue_required"
                    )
                }
            )


class ForumOrganisation(models.Model):
    """An organisation's part in a forum: organiser, co-organiser, partner or funder."""

    class Role(models.TextChoices):
        ORGANISER = "organiser", _("organiser")
        CO_ORGANISER = "co_organiser", _("co-organiser")
        PARTNER = "partner", _("partner")
        FUNDER = "funder", _("funder")

    forum = models.ForeignKey(Forum, on_delete=models.CASCADE, related_name="forum_organisations")
    organisation = models.ForeignKey(
        Organisation, verbose_name=_("organisation"), on_delete=models.PROTECT, related_name="forum_roles"
    )
    role = models.CharField(_("role"), max_length=20, choices=Role.choices, default=Role.ORGANISER)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("organisation of the forum")
        verbose_name_plural = _("organisations of the forum")
        constraints = [
            models.UniqueConstraint(
                fields=["forum", "organisation", "role"],
                name="forum_organisation_role_unique",
                violation_error_code="duplicate_role",
                violation_error_message=_("This organisation already has this role in the forum."),
            ),
        ]

    def __str__(self):
        return f"{self.organisation} ({self.get_role_display()})"


class Material(models.Model):
    """A file or a link that goes with a forum or one of its slots: the programme, slides, a recording, photos."""

    class Kind(models.TextChoices):
        PROGRAMME = "programme", _("programme")
        PRESENTATION = "presentation", _("presentation")
        PUBLICATION = "publication", _("publication")
        RECORDING = "recording", _("recording")
        LIVESTREAM_ARCHIVE = "livestream_archive", _("livestream archive")
        PHOTOS = "photos", _("photo gallery")
        OTHER = "other", _("other")

    class Shown(models.TextChoices):
        ALWAYS = "always", _("before and after the forum")
        BEFORE = "before", _("until the forum ends")
        AFTER = "after", _("once the forum has ended")

    forum = models.ForeignKey(Forum, verbose_name=_("forum"), on_delete=models.CASCADE, related_name="materials")
    slot = models.ForeignKey(
        "agenda.AgendaSlot",
        verbose_name=_("agenda slot"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="materials",
        help_text=_("Empty: the material is about the whole forum."),
    )
    title = models.CharField(_("title"), max_length=250)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.OTHER)
    file = models.FileField(
        _("file"),
        upload_to=material_path,
        blank=True,
        max_length=200,
        validators=[validate_material_file],
        help_text=_("PDF, an office document (Word, Excel, PowerPoint, OpenDocument) or an image (PNG, JPEG, WebP)."),
    )
    url = models.URLField(_("link"), blank=True, help_text=_("A recording, a livestream archive, a photo gallery…"))
    shown = models.CharField(_("shown"), max_length=10, choices=Shown.choices, default=Shown.ALWAYS)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("material")
        verbose_name_plural = _("materials")
        constraints = [
            models.CheckConstraint(
                condition=(Q(file="") & ~Q(url="")) | (~Q(file="") & Q(url="")),
                name="material_file_or_link",
                violation_error_code="file_or_link",
                violation_error_message=_("Give either a file or a link."),
            ),
        ]

    def __str__(self):
        return self.title

    def clean(self):
        if self.slot_id is not None and self.forum_id is not None and self.slot.forum_id != self.forum_id:
            raise ValidationError(
                {"slot": ValidationError(_("The slot is not in this forum's programme."), code="slot_of_other_forum")}
            )


class Membership(models.Model):
    """A user's place in an organisation; the role decides what they may do with its forums (events/workspace.py)."""

    class Role(models.TextChoices):
        MANAGER = "manager", _("manager")
        EDITOR = "editor", _("editor")
        REGISTRATION_DESK = "desk", _("registration desk")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("user"), on_delete=models.CASCADE, related_name="memberships"
    )
    organisation = models.ForeignKey(
        Organisation, verbose_name=_("organisation"), on_delete=models.CASCADE, related_name="memberships"
    )
    role = models.CharField(_("role"), max_length=10, choices=Role.choices, default=Role.EDITOR)
    created = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        ordering = ["organisation", "user"]
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "organisation"],
                name="membership_user_organisation_unique",
                violation_error_code="duplicate_membership",
                violation_error_message=_("This user is already a member of this organisation."),
            ),
        ]

    def __str__(self):
        return f"{self.user} — {self.organisation} ({self.get_role_display()})"


class Invitation(models.Model):
    """A manager's invitation to join an organisation with a role: a link, single use, that expires.

    Only a hash of the link's token is stored (events/invitations.py), so the table reveals no working link.
    """

    organisation = models.ForeignKey(
        Organisation, verbose_name=_("organisation"), on_delete=models.CASCADE, related_name="invitations"
    )
    email = models.EmailField(_("email"))
    role = models.CharField(_("role"), max_length=10, choices=Membership.Role.choices, default=Membership.Role.EDITOR)
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("invited by"),
        on_delete=models.SET_NULL,
        null=True,
        editable=False,
        related_name="+",
    )
    language = models.CharField(_("language"), max_length=2, choices=settings.LANGUAGES, editable=False)
    created = models.DateTimeField(_("sent at"), auto_now_add=True)
    expires_at = models.DateTimeField(_("expires at"), editable=False)
    accepted_at = models.DateTimeField(_("accepted at"), null=True, editable=False)

    class Meta:
        ordering = ["-created"]
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")

    def __str__(self):
        return f"{self.email} — {self.organisation} ({self.get_role_display()})"
