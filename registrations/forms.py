"""Forms: the public registration form, and the organisers' forms in the admin."""

from crispy_forms.helper import FormHelper
from crispy_forms.layout import HTML, Div, Field, Layout, Submit
from django import forms
from django.forms.models import BaseInlineFormSet
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext_lazy as _

from events.forms import EventTimesFormMixin, TranslatedModelForm
from events.models import Organisation

from .domain import active_registration, modes, seats
from .models import Registration, RegistrationSettings

Status = Registration.Status

# The optional questions, each with the registration fields it asks.
OPTIONAL_FIELDS = {
    RegistrationSettings.OptionalField.ORGANISATION: ("organisation", "organisation_kind"),
    RegistrationSettings.OptionalField.POSITION: ("position",),
    RegistrationSettings.OptionalField.COMMUNITY: ("community",),
    RegistrationSettings.OptionalField.PHONE: ("phone",),
    RegistrationSettings.OptionalField.NEEDS: ("needs",),
}
OPTIONAL_NAMES = [name for names in OPTIONAL_FIELDS.values() for name in names]
AUTOCOMPLETE = {
    "name": "name",
    "email": "email",
    "organisation": "organization",
    "position": "organization-title",
    "community": "address-level2",
    "phone": "tel",
}


def mode_label(seats):
    """“In person: 12 places left”, “Online: full, waiting list”: live availability on the form."""
    if seats.capacity is None or seats.free > 5:
        return seats.label.capitalize()
    if seats.free:
        return ngettext("%(mode)s: %(count)s place left", "%(mode)s: %(count)s places left", seats.free) % {
            "mode": seats.label.capitalize(),
            "count": seats.free,
        }
    return _("%(mode)s: full, you can join the waiting list") % {"mode": seats.label.capitalize()}


class RegistrationForm(forms.ModelForm):
    """Name, email, the participation mode of a hybrid forum, the questions the organiser chose, and consent."""

    consent = forms.BooleanField(
        label=_("I have read the privacy notice above and agree to my data being used as it describes."),
        error_messages={"required": _("Please agree to the privacy notice to register.")},
    )
    # A honeypot: hidden from people (and from screen readers), filled in by bots.
    website = forms.CharField(label=_("Leave this field empty"), required=False, max_length=200)

    class Meta:
        model = Registration
        fields = ["name", "email", "participation_mode", *OPTIONAL_NAMES]
        labels = {"name": _("Full name"), "needs": _("Accessibility or interpretation needs")}
        help_texts = {
            "email": _("We send the confirmation link and your personal management link here."),
            "needs": _("For example step-free access, sign language or interpretation into Polish."),
        }
        widgets = {"participation_mode": forms.RadioSelect, "needs": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, forum, registration_settings, seats_by_mode, **kwargs):
        super().__init__(*args, instance=Registration(forum=forum, language=get_language()), **kwargs)
        for field, names in OPTIONAL_FIELDS.items():
            if not registration_settings.asks(field):
                for name in names:
                    del self.fields[name]
        forum_modes = modes(forum)
        if len(forum_modes) > 1:
            mode = self.fields["participation_mode"]
            mode.choices = [(value, mode_label(seats_by_mode[value])) for value in forum_modes]
            # The person chooses: no mode is preselected, as the model's default would be.
            mode.initial = None
            self.initial.pop("participation_mode", None)
        else:
            del self.fields["participation_mode"]
            self.instance.participation_mode = forum_modes[0]
        if "organisation_kind" in self.fields:
            self.fields["organisation_kind"].choices = [("", _("(not given)")), *Organisation.Kind.choices]
        for name, token in AUTOCOMPLETE.items():
            if name in self.fields:
                self.fields[name].widget.attrs["autocomplete"] = token
        self.fields["consent"].widget.attrs["aria-describedby"] = "privacy-notice"
        self.helper = self.build_helper(registration_settings)

    def build_helper(self, registration_settings):
        helper = FormHelper(self)
        helper.form_id = "registration-form"
        helper.attrs = {"novalidate": ""}  # our translated messages, not the browser's
        helper.form_show_errors = True
        names = [name for name in self.fields if name not in ("consent", "website")]
        helper.layout = Layout(
            *names,
            HTML('{% include "registrations/includes/privacy_notice.html" %}'),
            "consent",
            Div(
                Field("website", tabindex="-1", autocomplete="off"),
                css_class="registration-honeypot",
                aria_hidden="true",
            ),
        )
        helper.add_input(Submit("register", _("Register"), css_class="btn-primary"))
        return helper

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get("website"):
            raise forms.ValidationError(_("Your registration could not be sent. Please try again."), code="honeypot")
        return cleaned_data


class ModeForm(forms.Form):
    participation_mode = forms.ChoiceField(label=_("How will you take part?"), widget=forms.RadioSelect)

    def __init__(self, *args, choices, initial_mode, **kwargs):
        super().__init__(*args, initial={"participation_mode": initial_mode}, **kwargs)
        self.fields["participation_mode"].choices = choices


def mode_form(registration, now, data=None):
    """The form to switch participation mode, for a hybrid forum that is still to come; else None."""
    forum = registration.forum
    registration_settings = getattr(forum, "registration_settings", None)
    changeable = (Status.PENDING, Status.AWAITING_APPROVAL, Status.CONFIRMED, Status.WAITING)
    if registration_settings is None or len(modes(forum)) < 2 or registration.status not in changeable:
        return None
    if forum.end <= now:
        return None
    current = registration.participation_mode
    choices = [
        (
            mode,
            _("%(mode)s (your choice now)") % {"mode": mode_seats.label.capitalize()}
            if mode == current
            else mode_label(mode_seats),
        )
        for mode, mode_seats in seats(registration_settings).items()
    ]
    return ModeForm(data, choices=choices, initial_mode=current)


class RegistrationSettingsForm(EventTimesFormMixin, TranslatedModelForm):
    """The inline on the forum's admin page: opening and closing times on the forum's wall clock."""

    event_time_fields = ("opens_at", "closes_at")
    optional_fields = forms.MultipleChoiceField(
        label=_("optional questions"),
        choices=RegistrationSettings.OptionalField.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Name, email and consent are always asked; the participation mode too for a hybrid forum."),
    )

    class Meta:
        model = RegistrationSettings
        fields = "__all__"

    def __init__(self, *args, forum=None, **kwargs):
        self.forum = forum
        super().__init__(*args, **kwargs)

    def event_zone_name(self):
        """The zone being saved with the forum on the same page, else the forum's."""
        if self.is_bound and self.data.get("time_zone"):
            return self.data["time_zone"]
        return self.forum.time_zone if self.forum is not None else None


class RegistrationSettingsFormSet(BaseInlineFormSet):
    def get_form_kwargs(self, index):
        return {**super().get_form_kwargs(index), "forum": self.instance}


class RegistrationAdminForm(forms.ModelForm):
    """An organiser adds or corrects a registration; an address already registered for the forum is refused."""

    class Meta:
        model = Registration
        fields = "__all__"  # noqa: DJ007 - the admin narrows it to its fieldsets

    def clean(self):
        cleaned_data = super().clean()
        forum = cleaned_data.get("forum")
        if forum is not None and self.instance.pk is None:
            self.check_forum_takes(forum, cleaned_data.get("participation_mode"))
        forum_id, email = forum.pk if forum else self.instance.forum_id, cleaned_data.get("email")
        if forum_id is not None and email:
            existing = active_registration(forum_id, email)
            if existing is not None and existing.pk != self.instance.pk:
                message = _("This email address is already registered for this forum.")
                self.add_error("email", forms.ValidationError(message, code="already_registered"))
        return cleaned_data

    def check_forum_takes(self, forum, mode):
        if not RegistrationSettings.objects.filter(forum=forum).exists():
            message = _("This forum takes no registrations on the portal: add its registration settings first.")
            self.add_error("forum", forms.ValidationError(message, code="no_registration"))
        elif mode and mode not in modes(forum):
            message = _("This forum does not offer that participation mode.")
            self.add_error("participation_mode", forms.ValidationError(message, code="mode_not_offered"))
