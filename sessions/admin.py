from django.contrib import admin
from django.db import models
from django.utils.html import format_html_join
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin, TranslationTabularInline

from events.admin_helpers import event_time, in_all_languages
from events.admin_workspace import SharedObjectAdminMixin, WorkspaceAdminMixin, WorkspaceHistoryAdmin
from events.forms import SharedChoicesField, TranslatedModelForm

from .forms import AgendaSlotForm, AgendaSlotInlineFormSet, StandaloneAgendaSlotForm
from .models import AgendaSlot, SlotSpeaker, Speaker


def speakers_with_roles(slot):
    return format_html_join(
        ", ", "{} ({})", ((link.speaker.full_name, link.get_role_display()) for link in slot.slot_speakers.all())
    )


class AgendaSlotInline(WorkspaceAdminMixin, TranslationTabularInline):
    """The programme on the forum's page; speakers are edited on each slot's own page."""

    model = AgendaSlot
    forum_path = "forum"
    form = AgendaSlotForm
    formset = AgendaSlotInlineFormSet
    extra = 1
    show_change_link = True
    fields = ("start", "end", "kind", "title", "venue", "room", "speakers_and_roles")
    readonly_fields = ("speakers_and_roles",)
    # A plain select whose choices are read once per page, not once per row as autocomplete would.
    formfield_overrides = {
        models.ForeignKey: {"form_class": SharedChoicesField, "empty_label": _("(the forum's main venue)")}
    }

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("slot_speakers__speaker")

    @admin.display(description=_("speakers"))
    def speakers_and_roles(self, slot):
        return speakers_with_roles(slot) if slot.pk else ""


class SlotSpeakerInline(WorkspaceAdminMixin, admin.TabularInline):
    model = SlotSpeaker
    forum_path = "slot__forum"
    extra = 1
    autocomplete_fields = ("speaker",)


@admin.register(AgendaSlot)
class AgendaSlotAdmin(WorkspaceAdminMixin, WorkspaceHistoryAdmin, TabbedTranslationAdmin):
    form = StandaloneAgendaSlotForm
    forum_path = "forum"
    inlines = (SlotSpeakerInline,)
    list_display = ("title", "forum", "local_start", "kind", "speakers_and_roles")
    list_filter = ("kind", ("forum", admin.RelatedOnlyFieldListFilter))
    list_select_related = ("forum",)
    search_fields = in_all_languages("title")
    autocomplete_fields = ("forum", "venue")
    related_history = ((_("speakers of the slot"), lambda slot: SlotSpeaker.history.filter(slot_id=slot.pk)),)
    fields = ("forum", "start", "end", "kind", "title", "description", "venue", "room", "order")

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("slot_speakers__speaker")

    @admin.display(description=_("start"), ordering="start")
    def local_start(self, slot):
        return event_time(slot.start, slot.forum.zone)

    @admin.display(description=_("speakers"))
    def speakers_and_roles(self, slot):
        return speakers_with_roles(slot)


@admin.register(Speaker)
class SpeakerAdmin(SharedObjectAdminMixin, WorkspaceHistoryAdmin, TabbedTranslationAdmin):
    form = TranslatedModelForm
    list_display = ("full_name", "position", "affiliation_name")
    list_select_related = ("affiliation",)
    search_fields = (*in_all_languages("full_name"), "slug")
    autocomplete_fields = ("affiliation",)
    fields = (
        "full_name",
        "slug",
        "position",
        "affiliation",
        "affiliation_text",
        "bio",
        "photo",
        "created_by_organisation",
    )

    @admin.display(description=_("affiliation"))
    def affiliation_name(self, speaker):
        return speaker.affiliation_name
