"""Admin forms for forums: times typed and shown in the forum's own time zone."""

import datetime
import zoneinfo

from django import forms
from django.conf import settings
from django.contrib.admin import widgets
from django.contrib.auth import authenticate, get_user_model
from django.contrib.auth.forms import SetPasswordForm
from django.db import models
from django.forms.models import ModelChoiceIterator
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from modeltranslation.translator import NotRegistered, translator
from modeltranslation.utils import build_localized_fieldname

from .models import DEFAULT_TIME_ZONE, Forum
from .publishing import missing_for_publishing, publishing_error


def to_event_time(value, zone):
    """An aware datetime as the wall-clock (naive) time of `zone`."""
    if isinstance(value, datetime.datetime) and value.tzinfo is not None:
        return value.astimezone(zone).replace(tzinfo=None)
    return value


def from_event_time(value, zone):
    """A wall-clock time in `zone` as an aware datetime; None if no such time exists (a DST gap)."""
    aware = value.replace(tzinfo=zone)
    if to_event_time(aware.astimezone(datetime.UTC), zone) != value:
        return None
    return aware


class EventDateTimeWidget(widgets.AdminSplitDateTime):
    """The admin's date and time inputs, minutes only, without the note about the server's zone."""

    template_name = "events/widgets/event_datetime.html"

    class Media:
        css = {"all": ["events/admin.css"]}

    def __init__(self, attrs=None):
        super().__init__(attrs)
        self.widgets[1].format = "%H:%M"


class EventTimeField(forms.SplitDateTimeField):
    """A date and time on the forum's wall clock, whatever settings.TIME_ZONE or the browser says.

    Django's own field reads input in the current time zone; this one returns it
    naive and lets EventTimesFormMixin attach the forum's zone once that is known.
    """

    widget = EventDateTimeWidget

    def __init__(self, *args, zone_getter=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.zone_getter = zone_getter

    def compress(self, data_list):
        if data_list and data_list[0] is not None and data_list[1] is not None:
            return datetime.datetime.combine(*data_list)
        return super().compress(data_list)

    def prepare_value(self, value):
        if self.zone_getter is not None:
            return to_event_time(value, self.zone_getter())
        return value

    def has_changed(self, initial, data):
        return super().has_changed(self.prepare_value(initial), data)


class EventTimesFormMixin:
    """For model forms with datetime fields that live in a forum's time zone."""

    event_time_fields = ("start", "end")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        zone_name = self.event_zone_name()
        for name in self.event_time_fields:
            old = self.fields[name]
            self.fields[name] = EventTimeField(
                label=old.label,
                required=old.required,
                zone_getter=self.event_zone,
                help_text=_("Local time in the forum's time zone (%(zone)s).") % {"zone": zone_name}
                if zone_name
                else _("Local time in the forum's time zone."),
            )

    def event_zone_name(self):
        raise NotImplementedError

    def event_zone(self):
        try:
            return zoneinfo.ZoneInfo(self.event_zone_name() or DEFAULT_TIME_ZONE)
        except (ValueError, zoneinfo.ZoneInfoNotFoundError):
            return zoneinfo.ZoneInfo(DEFAULT_TIME_ZONE)

    def clean(self):
        cleaned_data = super().clean()
        zone = self.event_zone()
        for name in self.event_time_fields:
            value = cleaned_data.get(name)
            if value is None or value.tzinfo is not None:
                continue
            aware = from_event_time(value, zone)
            if aware is None:
                self.add_error(
                    name,
                    forms.ValidationError(
                        _("%(time)s does not exist in %(zone)s: the clocks move forward then."),
                        code="nonexistent_time",
                        params={"time": value.strftime("%Y-%m-%d %H:%M"), "zone": zone.key},
                    ),
                )
            else:
                cleaned_data[name] = aware
        return cleaned_data


class AnyLanguageRequiredFormMixin:
    """A required translated field may be filled in any one language.

    modeltranslation's admin would require the default language (Ukrainian), which
    a Polish organiser writing about a Polish forum should not have to supply.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.any_language_fields = []
        try:
            translated = translator.get_options_for_model(self._meta.model).all_fields
        except NotRegistered:
            return
        for field in translated:
            names = [
                name
                for language in settings.MODELTRANSLATION_LANGUAGES
                if (name := build_localized_fieldname(field, language)) in self.fields
            ]
            if any(self.fields[name].required for name in names):
                for name in names:
                    self.fields[name].required = False
                self.any_language_fields.append(names)

    def clean(self):
        cleaned_data = super().clean()
        for names in self.any_language_fields:
            if not any(cleaned_data.get(name) for name in names):
                self.add_error(
                    names[0],
                    forms.ValidationError(_("Fill this in at least one language."), code="translation_required"),
                )
        return cleaned_data


class TranslatedModelForm(AnyLanguageRequiredFormMixin, forms.ModelForm):
    pass


def time_zone_choices():
    common = ["Europe/Kyiv", "Europe/Warsaw"]
    rest = sorted(zoneinfo.available_timezones() - set(common) - {"localtime", "Factory"})
    return [(name, name.replace("_", " ")) for name in common + rest]


LANGUAGE_CHOICES = [
    ("uk", _("Ukrainian")),
    ("pl", _("Polish")),
    ("en", _("English")),
    ("de", _("German")),
    ("lt", _("Lithuanian")),
    ("sk", _("Slovak")),
    ("ro", _("Romanian")),
    ("uk-sgn", _("Ukrainian Sign Language")),
    ("pl-sgn", _("Polish Sign Language")),
]


class SharedChoicesIterator(ModelChoiceIterator):
    def __iter__(self):
        shared = self.field.shared_choices
        if not shared:
            shared.extend(super().__iter__())
        yield from shared

    def __len__(self):
        return len(list(self))


class SharedChoicesField(forms.ModelChoiceField):
    """A choice of related objects read from the database once for all rows of an inline.

    Django copies a form's fields for every row; the copies are shallow, so they share
    `shared_choices` and the first row's query serves every other row.
    """

    iterator = SharedChoicesIterator

    def __init__(self, *args, **kwargs):
        self.shared_choices = []
        super().__init__(*args, **kwargs)


def formfield_https(db_field, **kwargs):
    """Model form fields as Django 6 makes them: a web address typed without a scheme is taken as https."""
    if isinstance(db_field, models.URLField):
        kwargs.setdefault("assume_scheme", "https")
    return db_field.formfield(**kwargs)


class ForumAdminForm(EventTimesFormMixin, TranslatedModelForm):
    time_zone = forms.ChoiceField(label=_("time zone"), choices=time_zone_choices, initial=DEFAULT_TIME_ZONE)
    languages = forms.MultipleChoiceField(
        label=_("languages spoken"),
        choices=LANGUAGE_CHOICES,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Languages of the talks and discussions (with interpretation, if any)."),
    )

    class Meta:
        model = Forum
        fields = "__all__"  # noqa: DJ007 - the admin narrows it to its fieldsets
        formfield_callback = formfield_https

    def event_zone_name(self):
        if self.is_bound:
            return self.data.get(self.add_prefix("time_zone"))
        return self.instance.time_zone if self.instance.pk else self.initial.get("time_zone", DEFAULT_TIME_ZONE)

    def clean(self):
        cleaned_data = super().clean()
        language = cleaned_data.get("main_language")
        if language in dict(settings.LANGUAGES):
            field = build_localized_fieldname("title", language)
            if field in self.fields and not cleaned_data.get(field):
                self.add_error(
                    field,
                    forms.ValidationError(_("Give the title in the forum's main language."), code="title_required"),
                )
        return cleaned_data

    def _post_clean(self):
        super()._post_clean()
        forum = self.instance
        publishing = forum.status == Forum.Status.PUBLISHED and self.initial.get("status") != Forum.Status.PUBLISHED
        if publishing and not self.errors:  # the model's own errors (a missing link...) come first
            missing = missing_for_publishing(forum)
            if missing:
                self.add_error("status", forms.ValidationError(publishing_error(missing), code="incomplete"))


def new_forum_form(base, organisations):
    """The forum form for an organiser's new forum: which of their organisations organises it."""
    organiser = forms.ModelChoiceField(
        organisations,
        label=_("organiser"),
        initial=organisations.first(),
        help_text=_("Your organisation that runs the forum: its members can then edit it."),
    )
    return type("NewForumForm", (base,), {"organiser": organiser})


class CloneForumForm(forms.Form):
    start_date = forms.DateField(
        label=_("new start date"),
        widget=widgets.AdminDateWidget,
        help_text=_("Every date of the forum, its programme and registration moves alike, at the same local time."),
    )
    title = forms.CharField(
        label=_("title of the copy"),
        max_length=Forum._meta.get_field("title").max_length,
        required=False,
        help_text=_("In the forum's main language. Empty: the current title, marked as a copy."),
    )


class ShiftProgrammeForm(forms.Form):
    minutes = forms.IntegerField(
        label=_("minutes"),
        min_value=-24 * 60,
        max_value=24 * 60,
        help_text=_("How much later every slot starts; a negative number moves them earlier."),
    )

    def clean_minutes(self):
        minutes = self.cleaned_data["minutes"]
        if minutes == 0:
            raise forms.ValidationError(_("Give a number of minutes other than 0."), code="no_shift")
        return minutes


class MoveDayForm(forms.Form):
    day = forms.TypedChoiceField(label=_("slots of the day"), coerce=datetime.date.fromisoformat)
    to_day = forms.DateField(
        label=_("move them to"), widget=widgets.AdminDateWidget, help_text=_("Each slot keeps its local time.")
    )

    def __init__(self, *args, days, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["day"].choices = [(day.isoformat(), date_format(day, "DATE_FORMAT")) for day in days]


class NewAccountForm(SetPasswordForm):
    """Accepting an invitation without an account: the person names themselves and sets a password."""

    first_name = forms.CharField(
        label=_("First name"), max_length=150, widget=forms.TextInput(attrs={"autocomplete": "given-name"})
    )
    last_name = forms.CharField(
        label=_("Last name"), max_length=150, widget=forms.TextInput(attrs={"autocomplete": "family-name"})
    )
    field_order = ("first_name", "last_name", "new_password1", "new_password2")

    def __init__(self, invitation, *args, **kwargs):
        super().__init__(get_user_model()(username=invitation.email, email=invitation.email), *args, **kwargs)

    def clean(self):
        cleaned_data = super().clean()
        if get_user_model().objects.filter(username__iexact=self.user.username).exists():
            raise forms.ValidationError(_("An account with this name exists already."), code="username_taken")
        return cleaned_data

    def save(self, commit=False):
        self.user.first_name = self.cleaned_data["first_name"]
        self.user.last_name = self.cleaned_data["last_name"]
        return super().save(commit=commit)


class ExistingAccountForm(forms.Form):
    """Accepting an invitation with an existing account: its password proves it is the invited person's."""

    password = forms.CharField(
        label=_("Password of your account"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, user, *args, request=None, **kwargs):
        self.user, self.request = user, request
        super().__init__(*args, **kwargs)

    def clean_password(self):
        password = self.cleaned_data["password"]
        if authenticate(self.request, username=self.user.get_username(), password=password) is None:
            raise forms.ValidationError(_("This is not the password of that account."), code="wrong_password")
        return password

    def save(self):
        return self.user
