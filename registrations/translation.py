"""Translated content fields (django-modeltranslation): uk, pl and en columns for each."""

from modeltranslation.translator import TranslationOptions, register

from .models import RegistrationSettings


@register(RegistrationSettings)
class RegistrationSettingsTranslation(TranslationOptions):
    fields = ("privacy_notice", "confirmation_message")
