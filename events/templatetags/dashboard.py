from django import template

from .. import workspace
from ..dashboard import upcoming_forums

register = template.Library()


@register.simple_tag(takes_context=True)
def organiser_dashboard(context):
    """The user's upcoming forums, and those of them untranslated or not ready; None for a user without a role."""
    user = context["request"].user
    if not workspace.has_role(user):
        return None
    rows = upcoming_forums(user)
    return {
        "forums": rows,
        "not_ready": [row for row in rows if row.missing_for_publishing],
        "untranslated": [row for row in rows if row.untranslated],
    }
