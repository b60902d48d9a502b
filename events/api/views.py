"""The read-only public API: forums (filtered like the directory), organisations, series and speakers.

Only published and cancelled forums, and only what their public pages show. The language
is `?lang=` or else Accept-Language; `?translations=all` adds every translation. Each
response is cached until an organiser saves (as the pages are) and carries an ETag and a
Last-Modified, so a conditional GET gets a 304.
"""

from django import forms
from django.conf import settings
from django.core.cache import cache
from django.db.models import Prefetch
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import viewsets
from rest_framework.exceptions import ValidationError

from sessions.models import SlotSpeaker, Speaker

from ..caching import MAX_AGE
from ..exporters.base import current_key, rendered, respond
from ..exporters.programme import export_forums
from ..filters import PUBLIC_STATUSES, DirectoryFilterForm, public_forums
from ..models import ForumOrganisation, Organisation, Series
from . import serializers
from .pagination import Pagination

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
COMMON_PARAMETERS = [
    OpenApiParameter("lang", str, enum=LANGUAGE_CODES, description="Language of the texts; else Accept-Language."),
    OpenApiParameter("translations", str, enum=["all"], description="`all`: add every translation of each text."),
]


with_common_parameters = extend_schema_view(
    list=extend_schema(parameters=COMMON_PARAMETERS), retrieve=extend_schema(parameters=COMMON_PARAMETERS)
)


def filter_parameters():
    """The directory's filters (events/filters.py) as query parameters of the forum list."""
    types = {forms.DateField: OpenApiTypes.DATE}
    return [
        OpenApiParameter(
            name,
            types.get(type(field), str),
            description=field.label or "",
            enum=[value for value, _label in field.choices if value] if getattr(field, "choices", None) else None,
        )
        for name, field in DirectoryFilterForm.base_fields.items()
    ]


class PublicApiView(viewsets.ReadOnlyModelViewSet):
    lookup_field = "slug"
    pagination_class = Pagination

    def dispatch(self, request, *args, **kwargs):
        """Served from the cache when this URL was rendered in this language since the last save."""
        language = request.GET.get("lang")
        if language in LANGUAGE_CODES:
            translation.activate(language)
        if request.method != "GET":
            return super().dispatch(request, *args, **kwargs)
        key = current_key(request)
        result = cache.get(key)
        if result is None:
            response = super().dispatch(request, *args, **kwargs)
            response.render()
            if response.status_code != 200:
                return response
            result = rendered(request, response.content)
            cache.set(key, result, MAX_AGE)
        return respond(request, result, "application/json")

    def initial(self, request, *args, **kwargs):
        language = request.query_params.get("lang")
        if language is not None and language not in LANGUAGE_CODES:
            raise ValidationError({"lang": [_("Choose one of these languages: uk, pl, en.")]})
        super().initial(request, *args, **kwargs)

    def get_serializer_context(self):
        return {**super().get_serializer_context(), "all_translations": self.request.GET.get("translations") == "all"}


@extend_schema_view(
    list=extend_schema(parameters=[*COMMON_PARAMETERS, *filter_parameters()]),
    retrieve=extend_schema(parameters=COMMON_PARAMETERS),
)
class ForumViewSet(PublicApiView):
    """Published and cancelled forums; the list takes the directory's filters (upcoming forums unless when=past)."""

    def get_serializer_class(self):
        return serializers.ForumDetailSerializer if self.action == "retrieve" else serializers.ForumSerializer

    def get_queryset(self):
        if self.action == "retrieve":
            return export_forums()
        form = DirectoryFilterForm(self.request.query_params)
        if not form.is_valid():
            raise ValidationError(form.errors)
        return (
            form.forums(timezone.now())
            .select_related("venue", "series")
            .prefetch_related(
                Prefetch("forum_organisations", queryset=ForumOrganisation.objects.select_related("organisation")),
                "topics",
            )
        )


@with_common_parameters
class OrganisationViewSet(PublicApiView):
    """Organisations and, in detail, their part in public forums."""

    def get_serializer_class(self):
        if self.action == "retrieve":
            return serializers.OrganisationDetailSerializer
        return serializers.OrganisationSerializer

    def get_queryset(self):
        if self.action != "retrieve":
            return Organisation.objects.all()
        roles = ForumOrganisation.objects.filter(forum__status__in=PUBLIC_STATUSES).select_related("forum")
        return Organisation.objects.prefetch_related(
            Prefetch("forum_roles", queryset=roles.order_by("-forum__start"), to_attr="public_roles")
        )


@with_common_parameters
class SeriesViewSet(PublicApiView):
    """Series of forums and, in detail, their public forums."""

    def get_serializer_class(self):
        return serializers.SeriesDetailSerializer if self.action == "retrieve" else serializers.SeriesSerializer

    def get_queryset(self):
        forums = public_forums().order_by("-start")
        return Series.objects.select_related("organiser").prefetch_related(
            Prefetch("forums", queryset=forums, to_attr="public_forums")
        )


@with_common_parameters
class SpeakerViewSet(PublicApiView):
    """Speakers in the programme of a public forum (as on the site: a draft programme stays private)."""

    def get_serializer_class(self):
        return serializers.SpeakerDetailSerializer if self.action == "retrieve" else serializers.SpeakerSerializer

    def get_queryset(self):
        speakers = (
            Speaker.objects.filter(slot_roles__slot__forum__status__in=PUBLIC_STATUSES)
            .distinct()
            .select_related("affiliation")
        )
        if self.action != "retrieve":
            return speakers
        appearances = (
            SlotSpeaker.objects.filter(slot__forum__status__in=PUBLIC_STATUSES)
            .select_related("slot__forum")
            .order_by("-slot__forum__start", "slot__start")
        )
        return speakers.prefetch_related(Prefetch("slot_roles", queryset=appearances, to_attr="public_appearances"))
