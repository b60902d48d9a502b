from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.http import HttpResponse
from django.urls import include, path

from events.sitemaps import SITEMAPS
from events.views import language_redirect


def healthz(request):
    """A few bytes with no database work: the framework ceiling for `make bench`."""
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [
    path("", language_redirect, name="language_redirect"),
    path("healthz/", healthz, name="healthz"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("api/v1/", include("events.api.urls")),
    *static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT),
]
# The public site: /uk/..., /pl/..., /en/... (the URL shapes are a contract: partners link to them).
urlpatterns += i18n_patterns(
    path("", include("events.urls")),
    path("", include("sessions.urls")),
    path("", include("registrations.urls")),
    path("", include("events.exporters.urls")),
)
