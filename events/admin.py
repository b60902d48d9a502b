from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin, TranslationStackedInline

from registrations.admin import RegistrationSettingsInline
from sessions.admin import AgendaSlotInline

from .admin_helpers import HTTPS_URL_FIELDS, event_time, in_all_languages
from .forms import ForumAdminForm, TranslatedModelForm
from .models import Forum, ForumOrganisation, Material, Organisation, Series, Topic, Venue

admin.site.site_header = _("Forums Portal administration")
admin.site.site_title = _("Forums Portal")
admin.site.index_title = _("Forums, programmes and registrations")


@admin.register(Organisation)
class OrganisationAdmin(TabbedTranslationAdmin):
    form = TranslatedModelForm
    formfield_overrides = HTTPS_URL_FIELDS
    list_display = ("name", "short_name", "kind", "country", "city")
    list_filter = ("kind", "country")
    search_fields = (*in_all_languages("name", "short_name", "city"), "slug")
    fields = ("name", "short_name", "slug", "kind", "country", "city", "website", "email", "logo")


@admin.register(Venue)
class VenueAdmin(TabbedTranslationAdmin):
    form = TranslatedModelForm
    list_display = ("name", "address", "city", "country")
    list_filter = ("country",)
    search_fields = in_all_languages("name", "address", "city")
    fieldsets = (
        (None, {"fields": ("name", "address", "city", "postcode", "country")}),
        (_("Map"), {"fields": ("latitude", "longitude")}),
        (_("Finding the way"), {"fields": ("directions", "accessibility_notes")}),
    )


@admin.register(Topic)
class TopicAdmin(TabbedTranslationAdmin):
    form = TranslatedModelForm
    list_display = ("name", "slug")
    search_fields = (*in_all_languages("name"), "slug")


@admin.register(Series)
class SeriesAdmin(TabbedTranslationAdmin):
    form = TranslatedModelForm
    list_display = ("name", "organiser")
    list_select_related = ("organiser",)
    search_fields = (*in_all_languages("name"), "slug")
    autocomplete_fields = ("organiser",)


class ForumOrganisationInline(admin.TabularInline):
    model = ForumOrganisation
    extra = 1
    autocomplete_fields = ("organisation",)


class MaterialInline(TranslationStackedInline):
    """Files and links of the forum or of one of its slots; uploads are checked (events/materials.py)."""

    model = Material
    extra = 0
    formfield_overrides = HTTPS_URL_FIELDS
    fields = ("title", "kind", "file", "url", "slot", "shown", "order")

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        slot_field = formset.form.base_fields["slot"]
        slot_field.queryset = obj.slots.all() if obj else slot_field.queryset.none()
        return formset


@admin.register(Forum)
class ForumAdmin(TabbedTranslationAdmin):
    form = ForumAdminForm
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
