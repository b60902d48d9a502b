"""Admin forms for agenda slots: times in the forum's zone, no two slots in one room at once."""

from django import forms
from django.forms.models import BaseInlineFormSet

from events.forms import EventTimesFormMixin, TranslatedModelForm
from events.models import Forum
from events.publishing import missing_for_publishing, publishing_error

from .domain import check_no_clash, clash_error, find_clash
from .models import AgendaSlot


class AgendaSlotForm(EventTimesFormMixin, TranslatedModelForm):
    class Meta:
        model = AgendaSlot
        fields = "__all__"

    def __init__(self, *args, forum=None, **kwargs):
        self.forum = forum
        super().__init__(*args, **kwargs)

    def get_forum(self):
        """The forum whose zone the times are in: given by the forum admin, the slot's, or the one chosen."""
        if self.forum is not None:
            return self.forum
        if self.instance.forum_id or AgendaSlot.forum.is_cached(self.instance):
            return self.instance.forum
        forum_id = self.data.get(self.add_prefix("forum")) if self.is_bound else self.initial.get("forum")
        if forum_id and str(forum_id).isdigit():
            return Forum.objects.filter(pk=forum_id).first()
        return None

    def event_zone_name(self):
        forum = self.get_forum()
        return forum.time_zone if forum else None


class StandaloneAgendaSlotForm(AgendaSlotForm):
    """A slot edited on its own page: compared with the forum's other slots in the database."""

    def _post_clean(self):
        super()._post_clean()
        slot = self.instance
        if not self.errors and slot.forum_id:
            try:
                check_no_clash(slot)
            except forms.ValidationError as error:
                self.add_error(None, error)


class AgendaSlotInlineFormSet(BaseInlineFormSet):
    """The whole programme at once: slots are compared with each other as submitted."""

    def clean(self):
        super().clean()
        kept = [
            form
            for form in self.forms
            if form.is_valid()
            and not self._should_delete_form(form)
            and None not in (form.instance.start, form.instance.end)
        ]
        for index, form in enumerate(kept):
            clash = find_clash(form.instance, [other.instance for other in kept[:index]])
            if clash is not None:
                form.add_error(None, clash_error(form.instance, clash))
        if self.instance.status == Forum.Status.PUBLISHED and not kept and not self.was_published():
            raise forms.ValidationError(
                publishing_error(missing_for_publishing(self.instance, slot_count=0)), code="incomplete"
            )

    def was_published(self):
        """Publishing checks apply when a forum is published, not to every later save of a published forum."""
        forum = self.instance
        return forum.pk is not None and Forum.objects.filter(pk=forum.pk, status=Forum.Status.PUBLISHED).exists()
