"""The one admin mixin that confines organisers to their workspace (the rules are in workspace.py).

Every organiser-facing ModelAdmin and inline uses it: querysets (so changelists, filters,
autocomplete and raw-id lookups, actions, history and exports only reach the user's
rows, and someone else's object is a 404), permissions by role instead of Django's
model permissions, and the choices of foreign keys to forums and owning organisations.
"""

from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.http import Http404
from simple_history.admin import SimpleHistoryAdmin

from . import workspace
from .models import Forum, Organisation


def forum_id_of(obj):
    """The forum an object belongs to (an inline's parent may be the forum itself)."""
    if isinstance(obj, Forum):
        return obj.pk
    if hasattr(obj, "forum_id"):
        return obj.forum_id
    return obj.slot.forum_id  # a speaker's part in a slot


class WorkspaceAdminMixin:
    """Set `forum_path` (the ORM path to the forum; "" for forums) for forum data, or `owner_field`
    (the owning organisation's id attribute; None: superusers only) for shared objects."""

    forum_path = None
    owner_field = None
    view_roles = workspace.ALL_ROLES
    change_roles = workspace.EDITS_FORUMS

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if self.forum_path is None:
            return queryset
        return workspace.scope(queryset, request.user, self.forum_path, self.view_roles)

    def get_object(self, request, object_id, from_field=None):
        """Someone else's object is not found: a 404, as for one that does not exist, not a redirect."""
        obj = super().get_object(request, object_id, from_field)
        if obj is None:
            raise Http404
        return obj

    def allowed(self, request, roles, obj=None):
        user = request.user
        if workspace.is_superuser(user):
            return True
        if obj is None or obj.pk is None:
            return workspace.has_role(user, roles)
        if self.forum_path is not None:
            return workspace.may_use_forum(user, forum_id_of(obj), roles)
        if self.owner_field is None:
            return False
        return workspace.may_change_shared(user, getattr(obj, self.owner_field), roles)

    def has_module_permission(self, request):
        return self.allowed(request, self.view_roles)

    def has_view_permission(self, request, obj=None):
        if self.forum_path is None:  # shared objects are public: every organiser sees them
            return workspace.has_role(request.user, self.view_roles)
        return self.allowed(request, self.view_roles, obj)

    def has_add_permission(self, request, obj=None):
        # An inline's `obj` is its parent: adding a slot to a forum is changing that forum.
        if obj is not None and self.forum_path is not None:
            return self.allowed(request, self.change_roles, obj)
        return workspace.has_role(request.user, self.change_roles)

    def has_change_permission(self, request, obj=None):
        return self.allowed(request, self.change_roles, obj)

    def has_delete_permission(self, request, obj=None):
        return self.allowed(request, self.change_roles, obj)

    def delete_queryset(self, request, queryset):
        """The bulk delete action: refused if any selected object is outside what the user may change."""
        if any(not self.has_delete_permission(request, obj) for obj in queryset):
            raise PermissionDenied
        super().delete_queryset(request, queryset)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        user = request.user
        if not workspace.is_superuser(user):
            if db_field.related_model is Forum:
                kwargs["queryset"] = workspace.forums(user, self.change_roles)
            elif db_field.related_model is Organisation and db_field.attname == self.owner_field:
                kwargs["queryset"] = workspace.organisations(user, self.change_roles)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


class SharedObjectAdminMixin(WorkspaceAdminMixin):
    """Speakers and venues: anyone may use and add them; the organisation that created one may change it."""

    owner_field = "created_by_organisation_id"

    def get_readonly_fields(self, request, obj=None):
        readonly = super().get_readonly_fields(request, obj)
        if workspace.is_superuser(request.user):
            return readonly
        return (*readonly, "created_by_organisation")

    def save_model(self, request, obj, form, change):
        if not change and obj.created_by_organisation_id is None and not workspace.is_superuser(request.user):
            obj.created_by_organisation_id = workspace.default_organisation(request.user)
        super().save_model(request, obj, form, change)


class WorkspaceHistoryAdmin(SimpleHistoryAdmin):
    """Who changed what and when (events/history.py), read-only, for the objects the user reaches.

    django-simple-history would show the history of an object outside the admin's queryset
    (it falls back to the last historical row) and would save a form posted to a past version;
    here someone else's object is a 404 and a past version is only looked at.
    """

    object_history_template = "admin/workspace_history.html"
    # The history of rows edited inline on the object's page: (title, function of the object giving historical rows).
    related_history = ()

    def history_view(self, request, object_id, extra_context=None):
        obj = self.get_object(request, unquote(object_id))
        related = [
            (title, rows(obj).select_related("history_user").order_by("-history_date"))
            for title, rows in self.related_history
        ]
        return super().history_view(request, object_id, {**(extra_context or {}), "related_history": related})

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        if request.method != "GET":
            raise PermissionDenied
        self.get_object(request, unquote(object_id))
        return super().history_form_view(request, object_id, version_id, extra_context)
