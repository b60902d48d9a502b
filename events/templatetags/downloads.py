"""Template tags for downloads: forum materials on the forum page, and what the programme PDF needs."""

from pathlib import Path

from django import template
from django.utils import timezone
from django.utils.translation import get_language

from ..exporters.programme import other_language, speaker_text
from ..materials import extension, is_shown

register = template.Library()


@register.simple_tag
def public_materials(forum):
    """The materials the public sees now, grouped: [(None, forum materials), (slot, its materials), ...]; one query."""
    is_over = forum.end < timezone.now()
    groups = {}
    for material in forum.materials.select_related("slot"):
        if is_shown(material, is_over):
            groups.setdefault(material.slot, []).append(material)
    return sorted(groups.items(), key=lambda group: (group[0] is not None, group[0] and (group[0].start, group[0].pk)))


@register.filter
def file_uri(field_file):
    """An uploaded file (a logo) as a file:// URL for the PDF renderer; empty if there is none."""
    if not field_file:
        return ""
    path = Path(field_file.path)
    return path.as_uri() if path.exists() else ""


@register.simple_tag
def speaker_line(link):
    return speaker_text(link)


@register.filter
def file_kind(material):
    """What an uploaded material is, by its checked extension: “PDF”, “DOCX”, “PNG”."""
    return extension(material.file.name).upper()


@register.simple_tag
def bilingual_pair(forum):
    """The two languages of the forum's bilingual programme on this page: [page language, other language]."""
    language = get_language()
    return [language, other_language(forum, language)]
