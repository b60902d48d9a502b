"""Pages of the public site: home, forum directory, forum, organisation and series pages.

Every page makes a fixed number of SQL queries whatever the number of forums,
slots or speakers (tests/events/test_public_queries.py).
"""

from django.core.cache import cache
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone, translation
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext_lazy as _

from .caching import max_age, page_key
from .filters import PAST, PUBLIC_STATUSES, UPCOMING, DirectoryFilterForm, past, public_forums, upcoming
from .forms import LANGUAGE_CHOICES
from .jsonld import forum_event, script_json
from .models import Country, Forum, ForumOrganisation, Organisation, Series
from .programme import ProgrammeRenderer, performers, programme_days

SPOKEN_LANGUAGES = dict(LANGUAGE_CHOICES)
PER_PAGE = 12
HOME_FORUMS = 6
ROLE_HEADINGS = {
    ForumOrganisation.Role.ORGANISER: _("Organisers"),
    ForumOrganisation.Role.CO_ORGANISER: _("Co-organisers"),
    ForumOrganisation.Role.PARTNER: _("Partners"),
    ForumOrganisation.Role.FUNDER: _("Funders"),
}


def language_redirect(request):
    """`/`: to the home page in the visitor's language (a language cookie, Accept-Language, then Ukrainian)."""
    with translation.override(translation.get_language_from_request(request)):
        response = redirect("events:home")
    patch_vary_headers(response, ("Accept-Language", "Cookie"))
    return response


def entry_points(counts, field, choices):
    """Links into the directory by `field`: upcoming forums if there are any, else past ones."""
    entries = []
    for value, label in choices:
        upcoming_count = sum(row["upcoming"] for row in counts if row[field] == value)
        past_count = sum(row["past"] for row in counts if row[field] == value)
        if upcoming_count or past_count:
            when, count = (UPCOMING, upcoming_count) if upcoming_count else (PAST, past_count)
            entries.append({"field": field, "value": value, "label": label, "when": when, "count": count})
    return entries


def home(request):
    now = timezone.now()
    forums = public_forums()
    counts = list(
        forums.values("country", "format")
        .annotate(upcoming=Count("pk", filter=Q(end__gte=now)), past=Count("pk", filter=Q(end__lt=now)))
        .order_by()
    )
    return render(
        request,
        "events/home.html",
        {
            "next_forums": upcoming(forums, now)[:HOME_FORUMS],
            "recent_forums": past(forums, now)[: HOME_FORUMS // 2],
            "by_country": entry_points(counts, "country", Country.choices),
            "by_format": entry_points(counts, "format", Forum.Format.choices),
        },
    )


def forum_list(request):
    form = DirectoryFilterForm(request.GET)
    form.is_valid()
    page = Paginator(form.forums(timezone.now()), PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request,
        "events/forum_list.html",
        {
            "form": form,
            "page_obj": page,
            "page_range": page.paginator.get_elided_page_range(page.number, on_each_side=2, on_ends=1),
            "past_tab": form.period == PAST,
            "language_switch_keeps_query": True,
        },
    )


def forum_detail(request, slug):
    """A forum page, rendered once per language and then served from the cache (events/caching.py)."""
    key = page_key(request, translation.get_language())
    content = cache.get(key)
    if content is not None:
        return HttpResponse(content)
    forum = get_object_or_404(
        visible_forums(request).select_related("venue", "series", "registration_settings"), slug=slug
    )
    now = timezone.now()
    response = render(request, "events/forum_detail.html", forum_page_context(request, forum, now))
    if forum.status != Forum.Status.DRAFT:  # a preview is for its organisers only
        cache.set(key, response.content, max_age(forum, now))
    return response


def visible_forums(request):
    """Published and cancelled forums; organisers who may change forums also see drafts, as a preview."""
    return Forum.objects.all() if request.user.has_perm("events.change_forum") else public_forums()


def forum_page_context(request, forum, now):
    """What the forum page shows; its related rows are read here, one query each (plain queries cost
    less than prefetch_related does for a single forum)."""
    page_url = request.build_absolute_uri(forum.get_absolute_url())
    days = programme_days(forum)
    renderer = ProgrammeRenderer(forum)
    links = list(forum.forum_organisations.select_related("organisation"))
    return {
        "forum": forum,
        "zone": forum.zone,
        "programme": [(day, renderer.items(slots)) for day, slots in days],
        "topics": list(forum.topics.all()),
        "organisers": [link.organisation for link in links if link.role == ForumOrganisation.Role.ORGANISER],
        "organisations_by_role": organisations_by_role(links),
        "is_over": forum.end < now,
        "is_cancelled": forum.status == Forum.Status.CANCELLED,
        "is_preview": forum.status == Forum.Status.DRAFT,
        "languages_spoken": [SPOKEN_LANGUAGES.get(code, code) for code in forum.languages],
        "jsonld": script_json(forum_event(forum, links, page_url, request.build_absolute_uri, performers(days))),
    }


def organisations_by_role(links):
    """[(heading, [organisation, ...]), ...] from a forum's ForumOrganisation links, in the order of ROLE_HEADINGS."""
    groups = {role: [] for role in ROLE_HEADINGS}
    for link in links:
        groups[link.role].append(link.organisation)
    return [(ROLE_HEADINGS[role], organisations) for role, organisations in groups.items() if organisations]


def split_by_time(forums, now):
    """Upcoming forums (soonest first) and past ones (most recent first)."""
    coming = sorted((forum for forum in forums if forum.end >= now), key=lambda forum: forum.start)
    gone = sorted((forum for forum in forums if forum.end < now), key=lambda forum: forum.start, reverse=True)
    return coming, gone


def organisation_detail(request, slug):
    organisation = get_object_or_404(Organisation, slug=slug)
    links = ForumOrganisation.objects.filter(organisation=organisation, forum__status__in=PUBLIC_STATUSES)
    roles = {}
    for link in links.select_related("forum"):
        roles.setdefault(link.forum, []).append(link.get_role_display())
    for forum, forum_roles in roles.items():
        forum.roles = forum_roles
    coming, gone = split_by_time(roles, timezone.now())
    return render(
        request,
        "events/organisation_detail.html",
        {
            "organisation": organisation,
            "upcoming_forums": coming,
            "past_forums": gone,
            "series_list": organisation.series.all(),
        },
    )


def series_detail(request, slug):
    series = get_object_or_404(Series.objects.select_related("organiser"), slug=slug)
    coming, gone = split_by_time(public_forums().filter(series=series), timezone.now())
    return render(
        request, "events/series_detail.html", {"series": series, "upcoming_forums": coming, "past_forums": gone}
    )
