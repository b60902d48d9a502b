"""Translated content fields (django-modeltranslation): uk, pl and en columns for each."""

from modeltranslation.translator import TranslationOptions, register

from .models import AgendaSlot, Speaker


@register(Speaker)
class SpeakerTranslation(TranslationOptions):
    fields = ("full_name", "position", "affiliation_text", "bio")


@register(AgendaSlot)
class AgendaSlotTranslation(TranslationOptions):
    fields = ("title", "description", "room")
