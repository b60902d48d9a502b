"""The organisers' admin: registration settings on the forum's page, and the registrations of each forum.

Statuses change only through the actions, which call services.py, so the admin can
never seat more people than a forum has places.
"""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy
from modeltranslation.admin import TranslationStackedInline

from events import workspace
from events.admin_helpers import event_time
from events.admin_workspace import WorkspaceAdminMixin, WorkspaceHistoryAdmin
from events.exporters.base import download

from . import reports, services
from .exporters import EXPORTERS
from .forms import RegistrationAdminForm, RegistrationSettingsForm, RegistrationSettingsFormSet
from .models import Registration, RegistrationSettings


class RegistrationSettingsInline(WorkspaceAdminMixin, TranslationStackedInline):
    """On the forum's page: a forum takes registrations on the portal once these are filled in."""

    model = RegistrationSettings
    forum_path = "forum"
    form = RegistrationSettingsForm
    formset = RegistrationSettingsFormSet
    extra = 1
    max_num = 1
    verbose_name_plural = _("registration on the portal")
    fieldsets = (
        (None, {"fields": ("opens_at", "closes_at")}),
        (_("Places"), {"fields": ("in_person_capacity", "online_capacity", "waiting_list", "approval_required")}),
        (_("The form"), {"fields": ("optional_fields", "privacy_notice")}),
        (_("Confirmation email"), {"fields": ("confirmation_message",)}),
    )


def run_on_each(operation, done_message):
    """An admin action that applies a service to each selected registration and says how many it could do."""

    def action(modeladmin, request, queryset):
        done, refused = 0, []
        for registration in queryset.select_related("forum"):
            try:
                operation(registration)
            except services.NotAllowed as error:
                refused.append(f"{registration}: {error}")
            else:
                done += 1
        if done:
            modeladmin.message_user(request, done_message % {"count": done}, messages.SUCCESS)
        for refusal in refused:
            modeladmin.message_user(request, refusal, messages.WARNING)

    return action


ACTIONS = {
    "approve": (
        services.approve,
        _("Approve (sends the confirmation)"),
        ngettext_lazy("%(count)d registration approved.", "%(count)d registrations approved.", "count"),
    ),
    "reject": (
        services.reject,
        _("Reject (sends an email)"),
        ngettext_lazy("%(count)d registration rejected.", "%(count)d registrations rejected.", "count"),
    ),
    "cancel": (
        services.cancel,
        _("Cancel (sends an email; the place goes to the waiting list)"),
        ngettext_lazy("%(count)d registration cancelled.", "%(count)d registrations cancelled.", "count"),
    ),
    "move_from_waiting_list": (
        services.move_from_waiting_list,
        _("Move from the waiting list: next free place to them"),
        ngettext_lazy(
            "%(count)d person moved to the front of the waiting list.",
            "%(count)d people moved to the front of the waiting list.",
            "count",
        ),
    ),
    "mark_attended": (
        services.mark_attended,
        _("Mark as attended"),
        ngettext_lazy(
            "%(count)d registration marked as attended.", "%(count)d registrations marked as attended.", "count"
        ),
    ),
    "resend_email": (
        services.resend_email,
        _("Resend the email for the current status"),
        ngettext_lazy("%(count)d email queued.", "%(count)d emails queued.", "count"),
    ),
    "erase_personal_data": (
        services.erase,
        _("Erase personal data (on the person's request)"),
        ngettext_lazy("%(count)d registration erased.", "%(count)d registrations erased.", "count"),
    ),
}


def admin_actions():
    actions = []
    for name, (operation, description, done_message) in ACTIONS.items():
        action = run_on_each(operation, done_message)
        action.__name__ = name
        actions.append(admin.action(description=description, permissions=["change"])(action))
    return actions


@admin.register(Registration)
class RegistrationAdmin(WorkspaceAdminMixin, WorkspaceHistoryAdmin):
    """Registrants' personal data: managers and the registration desk of the forum's organisations only."""

    form = RegistrationAdminForm
    forum_path = "forum"
    view_roles = change_roles = workspace.HANDLES_REGISTRATIONS
    list_display = (
        "name",
        "email",
        "forum",
        "status",
        "participation_mode",
        "community",
        "organisation_kind",
        "local_created",
        "email_state",
    )
    list_filter = (
        "status",
        "participation_mode",
        ("forum", admin.RelatedOnlyFieldListFilter),
        ("community", admin.AllValuesFieldListFilter),
        "organisation_kind",
        ("created", admin.DateFieldListFilter),
        "last_email_status",
    )
    list_select_related = ("forum",)
    search_fields = ("name", "email", "organisation", "community", "phone")
    autocomplete_fields = ("forum",)
    actions = admin_actions()
    change_list_template = "admin/registrations/registration/change_list.html"
    record_fields = (
        "created",
        "confirmed_at",
        "hold_until",
        "waiting_since",
        "reminder_sent_at",
        "last_email_kind",
        "last_email_status",
        "last_email_at",
        "anonymised_at",
    )
    fieldsets = (
        (None, {"fields": ("forum", "status", "participation_mode", "language")}),
        (
            _("Person"),
            {
                "fields": (
                    "name",
                    "email",
                    "organisation",
                    "organisation_kind",
                    "position",
                    "community",
                    "phone",
                    "needs",
                )
            },
        ),
        (_("Record"), {"fields": record_fields}),
    )

    def get_readonly_fields(self, request, obj=None):
        """Status, forum and mode change only through the actions and services, which keep the capacity."""
        if obj is None:
            return (*self.record_fields, "status")
        return (*self.record_fields, "status", "forum", "participation_mode")

    def save_model(self, request, obj, form, change):
        if change:
            super().save_model(request, obj, form, change)
        else:
            services.register(obj, by_organiser=True)

    @admin.display(description=_("registered at"), ordering="created")
    def local_created(self, registration):
        return event_time(registration.created, registration.forum.zone)

    @admin.display(description=_("last email"), ordering="last_email_at")
    def email_state(self, registration):
        if not registration.last_email_status:
            return "—"
        return f"{registration.last_email_kind}: {registration.get_last_email_status_display()}"

    def get_urls(self):
        return [
            path(
                "forum/<int:forum_id>/export.<slug:file_format>",
                self.admin_site.admin_view(self.export),
                name="registrations_registration_export",
            ),
            path(
                "forum/<int:forum_id>/attendance/",
                self.admin_site.admin_view(self.attendance),
                name="registrations_registration_attendance",
            ),
            *super().get_urls(),
        ]

    def viewable_forum(self, request, forum_id):
        """A forum whose registrations the user may see: a 403 without the role, a 404 for someone else's forum."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        return get_object_or_404(workspace.forums(request.user, self.view_roles), pk=forum_id)

    def export(self, request, forum_id, file_format):
        forum = self.viewable_forum(request, forum_id)
        if file_format not in EXPORTERS:
            raise Http404
        return download(request, EXPORTERS[file_format], lambda: forum)

    def attendance(self, request, forum_id):
        forum = self.viewable_forum(request, forum_id)
        registrations = Registration.objects.filter(forum=forum)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": _("Attendance: %(forum)s") % {"forum": forum},
            "forum": forum,
            "by_community": reports.attendance_by_community(registrations),
            "by_organisation_kind": reports.attendance_by_organisation_kind(registrations),
            "counts": reports.counts_by_status_and_mode(registrations),
            "modes": Registration.Mode.labels,
        }
        return TemplateResponse(request, "admin/registrations/registration/attendance.html", context)

    def changelist_view(self, request, extra_context=None):
        response = super().changelist_view(request, extra_context)
        changelist = getattr(response, "context_data", {}).get("cl")
        if changelist is not None:
            response.context_data.update(self.summary(request, changelist))
        return response

    def summary(self, request, changelist):
        """Counts by status and mode of the registrations listed, and a forum's downloads when one is chosen."""
        forum_id = request.GET.get("forum__id__exact", "")
        forums = workspace.forums(request.user, self.view_roles)
        forum = forums.filter(pk=forum_id).first() if forum_id.isdigit() else None
        links = {}
        if forum is not None:
            links = {
                label: reverse(f"admin:registrations_registration_{view}", args=args)
                for label, view, args in (
                    (_("CSV"), "export", [forum.pk, "csv"]),
                    (_("Excel (XLSX)"), "export", [forum.pk, "xlsx"]),
                    (_("Sign-in sheet (PDF)"), "export", [forum.pk, "pdf"]),
                    (_("Attendance by community and organisation type"), "attendance", [forum.pk]),
                )
            }
        return {
            "counts": reports.counts_by_status_and_mode(changelist.queryset),
            "modes": Registration.Mode.labels,
            "chosen_forum": forum,
            "forum_links": links,
        }
