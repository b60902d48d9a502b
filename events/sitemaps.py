"""sitemap.xml: every public page in every language, with its language alternates."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from sessions.models import Speaker

from .filters import PUBLIC_STATUSES
from .models import Forum, Organisation, Series


class LocalizedSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True


class StaticPagesSitemap(LocalizedSitemap):
    def items(self):
        return ["events:home", "events:forum_list"]

    def location(self, item):
        return reverse(item)


class ForumSitemap(LocalizedSitemap):
    def items(self):
        return Forum.objects.filter(status=Forum.Status.PUBLISHED).order_by("-start")

    def lastmod(self, forum):
        return forum.modified


class OrganisationSitemap(LocalizedSitemap):
    def items(self):
        return Organisation.objects.filter(forum_roles__forum__status__in=PUBLIC_STATUSES).distinct()


class SeriesSitemap(LocalizedSitemap):
    def items(self):
        return Series.objects.all()


class SpeakerSitemap(LocalizedSitemap):
    def items(self):
        return Speaker.objects.filter(slot_roles__slot__forum__status__in=PUBLIC_STATUSES).distinct()


SITEMAPS = {
    "pages": StaticPagesSitemap,
    "forums": ForumSitemap,
    "organisations": OrganisationSitemap,
    "series": SeriesSitemap,
    "speakers": SpeakerSitemap,
}
