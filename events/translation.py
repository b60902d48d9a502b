"""Translated content fields (django-modeltranslation): uk, pl and en columns for each."""

from modeltranslation.translator import TranslationOptions, register

from .models import Forum, Material, Organisation, Series, Topic, Venue


@register(Organisation)
class OrganisationTranslation(TranslationOptions):
    fields = ("name", "short_name", "city")


@register(Venue)
class VenueTranslation(TranslationOptions):
    fields = ("name", "address", "city", "accessibility_notes", "directions")


@register(Topic)
class TopicTranslation(TranslationOptions):
    fields = ("name",)


@register(Series)
class SeriesTranslation(TranslationOptions):
    fields = ("name", "description")


@register(Forum)
class ForumTranslation(TranslationOptions):
    fields = ("title", "summary", "description", "host_city", "contact_name")


@register(Material)
class MaterialTranslation(TranslationOptions):
    fields = ("title",)
