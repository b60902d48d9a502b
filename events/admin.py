from django.contrib import admin, messages
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.admin import TabbedTranslationAdmin, TranslationStackedInline

from registrations import services as registration_services
from registrations.admin import RegistrationSettingsInline
from sessions.admin import AgendaSlotInline

from . import invitations, workspace
from .admin_helpers import HTTPS_URL_FIELDS, event_time, in_all_languages
from .admin_programme import ForumToolsAdminMixin
from .admin_workspace import SharedObjectAdminMixin, WorkspaceAdminMixin, WorkspaceHistoryAdmin
from .forms import ForumAdminForm, TranslatedModelForm, new_forum_form
from .models import Forum, ForumOrganisation, Invitation, Material, Membership, Organisation, Series, Topic, Venue

admin.site.site_header = _("Forums Portal administration")
admin.site.site_title = _("Forums Portal")
admin.site.index_title = _("Forums, programmes and registrations")
admin.site.index_template = "admin/workspace_index.html"  # the organiser's dashboard (events/dashboard.py)


@admin.register(Organisation)
class OrganisationAdmin(WorkspaceAdminMixin, TabbedTranslationAdmin):
    """Shared: any organiser may add a partner organisation; an organisation's own members may change it."""

    owner_field = "id"
    form = TranslatedModelForm
    formfield_overrides = HTTPS_URL_FIELDS
    list_display = ("name", "short_name", "kind", "country", "city")
    list_filter = ("kind", "country")
    search_fields = (*in_all_languages("name", "short_name", "city"), "slug")
    fields = ("name", "short_name", "slug", "kind", "country", "city", "website", "email", "logo")


@admin.register(Venue)
class VenueAdmin(SharedObjectAdminMixin, WorkspaceHistoryAdmin, TabbedTranslationAdmin):
    form = TranslatedModelForm
    list_display = ("name", "address", "city", "country")
    list_filter = ("country",)
    search_fields = in_all_languages("name", "address", "city")
    fieldsets = (
        (None, {"fields": ("name", "address", "city", "postcode", "country")}),
        (_("Map"), {"fields": ("latitude", "longitude")}),
        (_("Finding the way"), {"fields": ("directions", "accessibility_notes")}),
        (_("Record"), {"fields": ("created_by_organisation",)}),
    )


@admin.register(Topic)
class TopicAdmin(WorkspaceAdminMixin, TabbedTranslationAdmin):
    """Shared: any organiser may add a topic; only superusers change the list."""

    form = TranslatedModelForm
    list_display = ("name", "slug")
    search_fields = (*in_all_languages("name"), "slug")


@admin.register(Series)
class SeriesAdmin(WorkspaceAdminMixin, TabbedTranslationAdmin):
    """Shared: any forum may join a series; only the series' organiser changes it."""

    owner_field = "organiser_id"
    form = TranslatedModelForm
    list_display = ("name", "organiser")
    list_select_related = ("organiser",)
    search_fields = (*in_all_languages("name"), "slug")
    autocomplete_fields = ("organiser",)


class ForumOrganisationInline(WorkspaceAdminMixin, admin.TabularInline):
    model = ForumOrganisation
    forum_path = "forum"
    extra = 1
    autocomplete_fields = ("organisation",)


class MaterialInline(WorkspaceAdminMixin, TranslationStackedInline):
    """Files and links of the forum or of one of its slots; uploads are checked (events/materials.py)."""

    model = Material
    forum_path = "forum"
    extra = 0
    formfield_overrides = HTTPS_URL_FIELDS
    fields = ("title", "kind", "file", "url", "slot", "shown", "order")

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        slot_field = formset.form.base_fields["slot"]
        slot_field.queryset = obj.slots.all() if obj else slot_field.queryset.none()
        return formset


@admin.register(Forum)
class ForumAdmin(ForumToolsAdminMixin, WorkspaceAdminMixin, WorkspaceHistoryAdmin, TabbedTranslationAdmin):
    form = ForumAdminForm
    forum_path = ""
    formfield_overrides = HTTPS_URL_FIELDS
    inlines = (ForumOrganisationInline, AgendaSlotInline, MaterialInline, RegistrationSettingsInline)
    list_display = ("title", "local_start", "format", "status", "participation_mode", "host_city")
    list_filter = (
        "status",
        "format",
        "participation_mode",
        "country",
        ("organisations", admin.RelatedOnlyFieldListFilter),
        ("start", admin.DateFieldListFilter),
    )
    search_fields = (*in_all_languages("title"), "slug")
    autocomplete_fields = ("venue", "series", "topics")
    related_history = (
        (_("organisations of the forum"), lambda forum: ForumOrganisation.history.filter(forum_id=forum.pk)),
    )
    readonly_fields = ("created", "modified")
    fieldsets = (
        (None, {"fields": ("title", "slug", "summary", "description", "cover_image")}),
        (_("When"), {"fields": ("start", "end", "time_zone")}),
        (_("Kind and status"), {"fields": ("format", "status", "participation_mode", "main_language", "languages")}),
        (_("Where"), {"fields": ("venue", "host_city", "country", "livestream_url", "join_url")}),
        (_("Series and topics"), {"fields": ("series", "topics")}),
        (_("Contact"), {"fields": ("contact_name", "contact_email", "contact_phone")}),
        (_("Record"), {"classes": ("collapse",), "fields": ("created", "modified")}),
    )

    @admin.display(description=_("start"), ordering="start")
    def local_start(self, forum):
        return event_time(forum.start, forum.zone)

    def get_formset_kwargs(self, request, obj, inline, prefix):
        kwargs = super().get_formset_kwargs(request, obj, inline, prefix)
        if isinstance(inline, AgendaSlotInline):
            kwargs["form_kwargs"] = {"forum": obj}
        return kwargs

    def change_view(self, request, object_id, form_url="", extra_context=None):
        """Before a published forum is changed: how many registrants a new time or venue would be announced to."""
        if request.method == "GET":
            forum = self.get_object(request, object_id)
            count = registration_services.to_notify(forum).count() if forum.status == Forum.Status.PUBLISHED else 0
            if count:
                message = ngettext(
                    "%(count)d registrant will be notified by email if you change the time or the venue.",
                    "%(count)d registrants will be notified by email if you change the time or the venue.",
                    count,
                )
                self.message_user(request, message % {"count": count}, messages.WARNING)
        return super().change_view(request, object_id, form_url, extra_context)

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if obj is None and not workspace.is_superuser(request.user):
            return ((_("Organiser"), {"fields": ("organiser",)}), *fieldsets)
        return fieldsets

    def get_form(self, request, obj=None, **kwargs):
        if obj is None and not workspace.is_superuser(request.user):
            organisations = workspace.organisations(request.user, self.change_roles)
            kwargs["form"] = new_forum_form(self.form, organisations)
        return super().get_form(request, obj, **kwargs)

    def save_related(self, request, form, formsets, change):
        """An organiser's new forum is their organisation's: it is attached as organiser."""
        super().save_related(request, form, formsets, change)
        organiser = form.cleaned_data.get("organiser")
        if organiser is not None:
            ForumOrganisation.objects.get_or_create(
                forum=form.instance, organisation=organiser, role=ForumOrganisation.Role.ORGANISER
            )


class OrganisationMembersAdminMixin(WorkspaceAdminMixin):
    """Members and invitations: seen and handled by the managers of their organisation only."""

    owner_field = "organisation_id"
    view_roles = change_roles = workspace.MANAGES_MEMBERS

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if workspace.is_superuser(request.user):
            return queryset
        return queryset.filter(organisation__in=workspace.organisation_ids(request.user, self.view_roles))

    def has_view_permission(self, request, obj=None):
        return self.allowed(request, self.view_roles, obj)


@admin.register(Membership)
class MembershipAdmin(OrganisationMembersAdminMixin, WorkspaceHistoryAdmin):
    """Managers change the roles of their organisation's members and remove them; new members come by invitation."""

    list_display = ("user", "organisation", "role", "created")
    list_filter = ("role", ("organisation", admin.RelatedOnlyFieldListFilter))
    list_select_related = ("user", "organisation")
    search_fields = ("user__username", "user__email", *in_all_languages("organisation__name"))
    autocomplete_fields = ("organisation",)

    def has_add_permission(self, request):
        return workspace.is_superuser(request.user)

    def get_readonly_fields(self, request, obj=None):
        return () if workspace.is_superuser(request.user) else ("user", "organisation")


@admin.register(Invitation)
class InvitationAdmin(OrganisationMembersAdminMixin, admin.ModelAdmin):
    """A manager invites a colleague by email; an invitation is not changed, only withdrawn (deleted)."""

    list_display = ("email", "organisation", "role", "invited_by", "created", "expires_at", "accepted_at")
    list_filter = ("role", ("organisation", admin.RelatedOnlyFieldListFilter))
    list_select_related = ("organisation", "invited_by")
    search_fields = ("email",)
    fields = ("email", "organisation", "role")

    def has_change_permission(self, request, obj=None):
        return obj is None and super().has_change_permission(request)

    def save_model(self, request, obj, form, change):
        obj.invited_by = request.user
        invitations.send(obj, translation.get_language())
