"""What the API (and programme.json) says about forums, programmes, organisations, series and speakers.

Texts are in the active language, falling back as the site does; `translations` (only when
asked for with `?translations=all`) has every language of each translated field. Times
are ISO 8601 with the offset of the forum's zone. Nothing about registrants and never
the private join link: these serializers name every field they show.
"""

import operator

from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from modeltranslation.utils import build_localized_fieldname
from rest_framework import serializers
from rest_framework.fields import SkipField

from sessions.models import AgendaSlot, SlotSpeaker

from ..materials import is_shown
from ..models import Country, Forum, ForumOrganisation, Material, Organisation

LANGUAGES = settings.MODELTRANSLATION_LANGUAGES


@extend_schema_field(
    {
        "type": "object",
        "description": "Every translation of each translated field, when asked for with ?translations=all.",
        "additionalProperties": {
            "type": "object",
            "properties": {language: {"type": "string"} for language in LANGUAGES},
        },
    }
)
class TranslationsField(serializers.Field):
    """Every language of the translated `fields`; left out of the response unless asked for."""

    def __init__(self, fields, source="*"):
        super().__init__(source=source, required=False)
        self.translated_fields = fields

    def get_attribute(self, instance):
        if not self.context.get("all_translations"):
            raise SkipField
        return super().get_attribute(instance)

    def to_representation(self, instance):
        return {
            field: {
                language: getattr(instance, build_localized_fieldname(field, language)) or "" for language in LANGUAGES
            }
            for field in self.translated_fields
        }


class EmptyAsNull:
    """An empty link or address is given as null, not as an empty string that is no valid URL or email."""

    def __init__(self, **kwargs):
        super().__init__(allow_null=True, **kwargs)

    def to_representation(self, value):
        return super().to_representation(value) if value else None


class OptionalURLField(EmptyAsNull, serializers.URLField):
    pass


class OptionalEmailField(EmptyAsNull, serializers.EmailField):
    pass


def absolute(serializer, path):
    return serializer.context["request"].build_absolute_uri(path)


@extend_schema_field(OpenApiTypes.DATETIME)
class LocalTimeField(serializers.Field):
    """A moment in the zone of its forum: `2017-09-11T15:00:00+03:00`; `forum` is the path to the forum, if any."""

    def __init__(self, moment, forum=None):
        super().__init__(source="*")
        self.moment = operator.attrgetter(moment)
        self.forum = operator.attrgetter(forum) if forum else (lambda instance: instance)

    def to_representation(self, instance):
        return self.moment(instance).astimezone(self.forum(instance).zone).isoformat()


class VenueSerializer(serializers.Serializer):
    name = serializers.CharField()
    address = serializers.CharField()
    postcode = serializers.CharField()
    city = serializers.CharField()
    country = serializers.ChoiceField(choices=Country.choices)
    latitude = serializers.FloatField(allow_null=True)
    longitude = serializers.FloatField(allow_null=True)
    directions = serializers.CharField()
    accessibility_notes = serializers.CharField()
    translations = TranslationsField(("name", "address", "city", "directions", "accessibility_notes"))


class NamedSerializer(serializers.Serializer):
    slug = serializers.SlugField()
    name = serializers.CharField()
    translations = TranslationsField(("name",))


class OrganisationSerializer(serializers.Serializer):
    slug = serializers.SlugField()
    name = serializers.CharField()
    short_name = serializers.CharField()
    kind = serializers.ChoiceField(choices=Organisation.Kind.choices)
    country = serializers.ChoiceField(choices=Country.choices)
    city = serializers.CharField()
    website = OptionalURLField()
    logo = serializers.SerializerMethodField()
    page_url = serializers.SerializerMethodField()
    translations = TranslationsField(("name", "short_name", "city"))

    def get_logo(self, organisation) -> str | None:
        return absolute(self, organisation.logo.url) if organisation.logo else None

    def get_page_url(self, organisation) -> str:
        return absolute(self, organisation.get_absolute_url())


class OrganisationRoleSerializer(serializers.Serializer):
    role = serializers.ChoiceField(choices=ForumOrganisation.Role.choices)
    organisation = OrganisationSerializer()


class SeriesSerializer(serializers.Serializer):
    slug = serializers.SlugField()
    name = serializers.CharField()
    description = serializers.CharField()
    organiser = serializers.SlugField(source="organiser.slug", help_text="The slug of the organising organisation.")
    page_url = serializers.SerializerMethodField()
    translations = TranslationsField(("name", "description"))

    def get_page_url(self, series) -> str:
        return absolute(self, series.get_absolute_url())


class SlotSpeakerSerializer(serializers.Serializer):
    slug = serializers.SlugField(source="speaker.slug")
    full_name = serializers.CharField(source="speaker.full_name")
    role = serializers.ChoiceField(choices=SlotSpeaker.Role.choices)
    position = serializers.CharField(source="speaker.position")
    affiliation = serializers.CharField(source="speaker.affiliation_name")
    translations = TranslationsField(("full_name", "position", "affiliation_text"), source="speaker")


class SlotSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    start = LocalTimeField("start", forum="forum")
    end = LocalTimeField("end", forum="forum")
    kind = serializers.ChoiceField(choices=AgendaSlot.Kind.choices)
    kind_label = serializers.CharField(source="get_kind_display")
    title = serializers.CharField()
    description = serializers.CharField()
    room = serializers.CharField()
    venue = VenueSerializer(allow_null=True, help_text="Null: at the forum's main venue.")
    speakers = SlotSpeakerSerializer(source="slot_speakers.all", many=True)
    translations = TranslationsField(("title", "description", "room"))


class MaterialSerializer(serializers.Serializer):
    title = serializers.CharField()
    kind = serializers.ChoiceField(choices=Material.Kind.choices)
    slot = serializers.IntegerField(source="slot_id", allow_null=True)
    url = serializers.SerializerMethodField()
    translations = TranslationsField(("title",))

    def get_url(self, material) -> str:
        if material.url:
            return material.url
        path = reverse("downloads:material", kwargs={"slug": material.forum.slug, "pk": material.pk})
        return absolute(self, path)


class ForumSerializer(serializers.Serializer):
    slug = serializers.SlugField()
    title = serializers.CharField()
    summary = serializers.CharField()
    format = serializers.ChoiceField(choices=Forum.Format.choices)
    format_label = serializers.CharField(source="get_format_display")
    status = serializers.ChoiceField(choices=Forum.Status.choices)
    start = LocalTimeField("start")
    end = LocalTimeField("end")
    time_zone = serializers.CharField(help_text="IANA zone of the forum; all its times are given in it.")
    participation_mode = serializers.ChoiceField(choices=Forum.Mode.choices)
    venue = VenueSerializer(allow_null=True, help_text="Null: online only.")
    host_city = serializers.CharField()
    country = serializers.ChoiceField(choices=Country.choices)
    languages = serializers.ListField(child=serializers.CharField(), help_text="Languages spoken at the forum.")
    livestream_url = OptionalURLField(help_text="The public livestream, if any.")
    series = NamedSerializer(allow_null=True)
    topics = NamedSerializer(source="topics.all", many=True)
    organisations = OrganisationRoleSerializer(source="forum_organisations.all", many=True)
    page_url = serializers.SerializerMethodField()
    api_url = serializers.SerializerMethodField()
    translations = TranslationsField(("title", "summary", "host_city"))

    def get_page_url(self, forum) -> str:
        return absolute(self, forum.get_absolute_url())

    def get_api_url(self, forum) -> str:
        return absolute(self, reverse("api:forum-detail", kwargs={"slug": forum.slug}))


class ContactSerializer(serializers.Serializer):
    name = serializers.CharField(source="contact_name")
    email = OptionalEmailField(source="contact_email")
    phone = serializers.CharField(source="contact_phone")


class DownloadsSerializer(serializers.Serializer):
    pdf = serializers.SerializerMethodField()
    pdf_bilingual = serializers.SerializerMethodField()
    ics = serializers.SerializerMethodField()
    json = serializers.SerializerMethodField()
    csv = serializers.SerializerMethodField()

    def link(self, name, forum):
        return absolute(self, reverse(f"downloads:{name}", kwargs={"slug": forum.slug}))

    def get_pdf(self, forum) -> str:
        return self.link("programme_pdf", forum)

    def get_pdf_bilingual(self, forum) -> str:
        return self.link("programme_bilingual_pdf", forum)

    def get_ics(self, forum) -> str:
        return self.link("programme_ics", forum)

    def get_json(self, forum) -> str:
        return self.link("programme_json", forum)

    def get_csv(self, forum) -> str:
        return self.link("programme_csv", forum)


class ForumDetailSerializer(ForumSerializer):
    description = serializers.CharField()
    contact = ContactSerializer(source="*", help_text="The organisers' contact person for the public.")
    programme = SlotSerializer(source="slots.all", many=True)
    materials = serializers.SerializerMethodField()
    downloads = DownloadsSerializer(source="*")
    translations = TranslationsField(("title", "summary", "description", "host_city", "contact_name"))

    @extend_schema_field(MaterialSerializer(many=True))
    def get_materials(self, forum):
        is_over = forum.end < timezone.now()
        shown = [material for material in forum.materials.all() if is_shown(material, is_over)]
        return MaterialSerializer(shown, many=True, context=self.context).data


class ForumReferenceSerializer(serializers.Serializer):
    slug = serializers.SlugField()
    title = serializers.CharField()
    status = serializers.ChoiceField(choices=Forum.Status.choices)
    start = LocalTimeField("start")
    end = LocalTimeField("end")
    page_url = serializers.SerializerMethodField()
    api_url = serializers.SerializerMethodField()
    translations = TranslationsField(("title",))

    get_page_url = ForumSerializer.get_page_url
    get_api_url = ForumSerializer.get_api_url


class RoleInForumSerializer(serializers.Serializer):
    role = serializers.ChoiceField(choices=ForumOrganisation.Role.choices)
    forum = ForumReferenceSerializer()


class OrganisationDetailSerializer(OrganisationSerializer):
    forums = RoleInForumSerializer(source="public_roles", many=True, help_text="Public forums and the part in each.")


class SeriesDetailSerializer(SeriesSerializer):
    forums = ForumReferenceSerializer(source="public_forums", many=True)


class SpeakerSerializer(serializers.Serializer):
    slug = serializers.SlugField()
    full_name = serializers.CharField()
    position = serializers.CharField()
    affiliation = serializers.CharField(source="affiliation_name")
    bio = serializers.CharField()
    photo = serializers.SerializerMethodField()
    page_url = serializers.SerializerMethodField()
    translations = TranslationsField(("full_name", "position", "affiliation_text", "bio"))

    def get_photo(self, speaker) -> str | None:
        return absolute(self, speaker.photo.url) if speaker.photo else None

    def get_page_url(self, speaker) -> str:
        return absolute(self, speaker.get_absolute_url())


class AppearanceSerializer(serializers.Serializer):
    role = serializers.ChoiceField(choices=SlotSpeaker.Role.choices)
    slot = serializers.IntegerField(source="slot_id")
    title = serializers.CharField(source="slot.title")
    start = LocalTimeField("slot.start", forum="slot.forum")
    end = LocalTimeField("slot.end", forum="slot.forum")
    forum = ForumReferenceSerializer(source="slot.forum")


class SpeakerDetailSerializer(SpeakerSerializer):
    appearances = AppearanceSerializer(source="public_appearances", many=True)
