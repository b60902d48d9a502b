"""The public forum directory: which forums the public sees, and the filter form of the directory.

The filters live in the GET query string, so a filtered list can be shared and
survives pagination; their values do not depend on the visitor's language.
"""

import datetime

from django import forms
from django.conf import settings
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname, resolution_order

from .models import Country, Forum, ForumOrganisation, Organisation, Series, Topic
from .search import search_forums
from .slugs import ascii_slug

PUBLIC_STATUSES = (Forum.Status.PUBLISHED, Forum.Status.CANCELLED)
CITY_FIELDS = {
    language: build_localized_fieldname("host_city", language) for language in settings.MODELTRANSLATION_LANGUAGES
}
UPCOMING, PAST = "upcoming", "past"


def public_forums():
    """Forums the public may see: published and cancelled ones (drafts are not)."""
    return Forum.objects.filter(status__in=PUBLIC_STATUSES)


def upcoming(queryset, now):
    """Forums not yet over, soonest first."""
    return queryset.filter(end__gte=now).order_by("start", "pk")


def past(queryset, now):
    """Forums that are over, most recent first."""
    return queryset.filter(end__lt=now).order_by("-start", "-pk")


class HostCity:
    """A host city with its names in every language, so that one filter value fits all languages."""

    def __init__(self):
        self.names = {}  # language -> set of names

    def add(self, language, name):
        self.names.setdefault(language, set()).add(name)

    def name_in(self, languages):
        return next(min(self.names[language]) for language in languages if language in self.names)

    @property
    def key(self):
        return ascii_slug(self.name_in(resolution_order("en")))

    @property
    def label(self):
        return self.name_in(resolution_order(get_language()))

    def condition(self):
        all_names = set().union(*self.names.values())
        return Q(*(Q(**{f"{field}__in": all_names}) for field in CITY_FIELDS.values()), _connector=Q.OR)


def host_cities():
    """The host cities of public forums, by key; rows naming a city the same in some language are one city."""
    by_name, cities = {}, []
    rows = public_forums().values_list(*CITY_FIELDS.values()).distinct().order_by(*CITY_FIELDS.values())
    for row in rows:
        names = {language: name.strip() for language, name in zip(CITY_FIELDS, row, strict=True) if name}
        if not names:
            continue
        city = next((by_name[name.casefold()] for name in names.values() if name.casefold() in by_name), None)
        if city is None:
            city = HostCity()
            cities.append(city)
        for language, name in names.items():
            city.add(language, name)
            by_name[name.casefold()] = city
    return {city.key: city for city in cities}


# Letters that code-point order puts after “я” or “z”, placed after their base letter instead.
ALPHABETICAL = str.maketrans(
    {
        "ґ": "г\uffff",
        "є": "е\uffff",
        "і": "и\uffff",
        "ї": "и\uffff\uffff",
        "ą": "a\uffff",
        "ć": "c\uffff",
        "ę": "e\uffff",
        "ł": "l\uffff",
        "ń": "n\uffff",
        "ó": "o\uffff",
        "ś": "s\uffff",
        "ź": "z\uffff",
        "ż": "z\uffff\uffff",
    }
)


def label(choice):
    """Sort key of an option: its label in alphabetical order for Ukrainian and Polish."""
    return choice[1].casefold().translate(ALPHABETICAL)


def slug_choices(queryset):
    """Options of a filter by slug, sorted by name in the visitor's language (one query for listing and checking)."""
    return sorted(((item.slug, str(item)) for item in queryset), key=label)


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self):
        super().__init__(format="%Y-%m-%d")


class DirectoryFilterForm(forms.Form):
    q = forms.CharField(
        label=_("Search"), required=False, max_length=100, widget=forms.TextInput(attrs={"type": "search"})
    )
    when = forms.ChoiceField(
        choices=[(UPCOMING, _("Upcoming")), (PAST, _("Past"))], required=False, widget=forms.HiddenInput
    )
    country = forms.ChoiceField(
        label=_("Country"), choices=[("", _("All countries")), *Country.choices], required=False
    )
    city = forms.ChoiceField(label=_("Host city"), required=False)
    format = forms.ChoiceField(
        label=_("Format"), choices=[("", _("All formats")), *Forum.Format.choices], required=False
    )
    mode = forms.ChoiceField(
        label=_("Participation"),
        choices=[("", _("In person or online")), ("in_person", _("In person")), ("online", _("Online"))],
        required=False,
    )
    topic = forms.ChoiceField(label=_("Topic"), required=False)
    organisation = forms.ChoiceField(label=_("Organisation"), required=False)
    series = forms.ChoiceField(label=_("Series"), required=False)
    date_from = forms.DateField(label=_("From"), required=False, widget=DateInput(), input_formats=["%Y-%m-%d"])
    date_to = forms.DateField(label=_("Until"), required=False, widget=DateInput(), input_formats=["%Y-%m-%d"])

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.cities = host_cities()
        options = {
            "city": (_("All cities"), sorted(((key, city.label) for key, city in self.cities.items()), key=label)),
            "topic": (_("All topics"), slug_choices(Topic.objects.all())),
            "organisation": (
                _("All organisations"),
                slug_choices(Organisation.objects.filter(forum_roles__forum__status__in=PUBLIC_STATUSES).distinct()),
            ),
            "series": (_("All series"), slug_choices(Series.objects.all())),
        }
        for name, (everything, choices) in options.items():
            self.fields[name].choices = [("", everything), *choices]
        for field in self.fields.values():
            css_class = "form-select" if isinstance(field.widget, forms.Select) else "form-control"
            field.widget.attrs.setdefault("class", css_class)

    def clean(self):
        cleaned_data = super().clean()
        start, end = cleaned_data.get("date_from"), cleaned_data.get("date_to")
        if start and end and end < start:
            self.add_error("date_to", forms.ValidationError(_("The end date is before the start date."), code="order"))
        return cleaned_data

    @property
    def period(self):
        return self.cleaned_data.get("when") or UPCOMING

    @property
    def has_filters(self):
        return any(self.data.get(name) for name in self.fields if name != "when")

    @property
    def has_choices(self):
        """Whether a filter other than the text search is set (or wrong): the filters are then shown open."""
        return any(self.data.get(name) for name in self.fields if name not in ("q", "when")) or bool(self.errors)

    def forums(self, now):
        """The public forums that match the valid filters, upcoming or past as `when` says."""
        data = self.cleaned_data
        forums = public_forums()
        for name in ("country", "format"):
            if data.get(name):
                forums = forums.filter(**{name: data[name]})
        if data.get("series"):
            forums = forums.filter(series__slug=data["series"])
        if data.get("city"):
            forums = forums.filter(self.cities[data["city"]].condition())
        if data.get("mode"):
            modes = [data["mode"], Forum.Mode.HYBRID]
            forums = forums.filter(participation_mode__in=modes)
        if data.get("topic"):
            forums = forums.filter(topics__slug=data["topic"])
        if data.get("organisation"):
            roles = ForumOrganisation.objects.filter(organisation__slug=data["organisation"])
            forums = forums.filter(pk__in=roles.values("forum_id"))
        if data.get("date_from"):
            forums = forums.filter(end__gte=start_of_day(data["date_from"]))
        if data.get("date_to"):
            forums = forums.filter(start__lt=start_of_day(data["date_to"] + datetime.timedelta(days=1)))
        if data.get("q"):
            forums = search_forums(forums, data["q"])
        return past(forums, now) if self.period == PAST else upcoming(forums, now)


def start_of_day(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))
