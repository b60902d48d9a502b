"""ASCII slugs for web addresses.

Ukrainian is transliterated by the national standard (Cabinet of Ministers
resolution No. 55 of 27 January 2010, `translitua.UkrainianKMU`): "Житомир" ->
"zhytomyr", "Згорани" -> "zghorany". Polish and other Latin letters are folded by
python-slugify ("Łódź" -> "lodz"). Django's own `slugify` would drop Cyrillic.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname
from slugify import slugify
from translitua import UkrainianKMU, translit

SLUG_MAX_LENGTH = 80


def ascii_slug(text, max_length=SLUG_MAX_LENGTH):
    return slugify(translit(text or "", UkrainianKMU), max_length=max_length, word_boundary=True)


def unique_slug(queryset, text, max_length=SLUG_MAX_LENGTH):
    """The slug of `text`, with -2, -3... appended while `queryset` already has it."""
    base = ascii_slug(text, max_length - 4) or "item"
    slug, number = base, 2
    while queryset.filter(slug=slug).exists():
        slug, number = f"{base}-{number}", number + 1
    return slug


class SluggedModel(models.Model):
    """A model with one untranslated, unique ASCII slug made from a translated field.

    The slug is made once, from the first filled translation in `slug_languages()`,
    and never changes by itself afterwards: partners link to it.
    """

    slug_source = "name"

    slug = models.SlugField(
        _("slug"),
        max_length=SLUG_MAX_LENGTH,
        unique=True,
        blank=True,
        help_text=_("Part of the web address, in Latin letters. Leave empty to make it from the name."),
    )

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if not self.slug:
            others = type(self)._default_manager.exclude(pk=self.pk)
            self.slug = unique_slug(others, self.slug_text())
        super().save(*args, **kwargs)

    def slug_languages(self):
        return ("uk", "pl", "en")

    def slug_text(self):
        for language in self.slug_languages():
            value = getattr(self, build_localized_fieldname(self.slug_source, language), "")
            if value:
                return value
        return getattr(self, self.slug_source, "")
