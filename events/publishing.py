"""What a forum needs before it is published: draft -> published -> cancelled."""

from django.utils.translation import gettext as _
from modeltranslation.utils import build_localized_fieldname

from .models import Forum


def missing_for_publishing(forum, slot_count=None):
    """What the forum lacks for publishing, as translated phrases (empty: ready); slots are counted when given."""
    language = forum.get_main_language_display()
    missing = [
        message % {"language": language}
        for field, message in (("title", _("the title in %(language)s")), ("summary", _("the summary in %(language)s")))
        if not getattr(forum, build_localized_fieldname(field, forum.main_language), "")
    ]
    if forum.start is None or forum.end is None:
        missing.append(_("the dates"))
    if forum.participation_mode != Forum.Mode.ONLINE and forum.venue_id is None:
        missing.append(_("a venue"))
    if forum.is_online and not (forum.livestream_url or forum.join_url):
        missing.append(_("a livestream or join link"))
    if slot_count == 0:
        missing.append(_("at least one agenda slot"))
    return missing


def publishing_error(missing):
    return _("Before publishing, add: %(missing)s.") % {"missing": "; ".join(missing)}
