"""/api/v1/: the read-only API, its OpenAPI schema and its docs page (Swagger UI from our static files, no CDN)."""

from django.urls import include, path
from django.views.decorators.http import conditional_page
from django.views.generic import RedirectView
from drf_spectacular.views import SpectacularJSONAPIView, SpectacularSwaggerView
from rest_framework.routers import SimpleRouter

from . import views

app_name = "api"

router = SimpleRouter()
router.register("forums", views.ForumViewSet, basename="forum")
router.register("organisations", views.OrganisationViewSet, basename="organisation")
router.register("series", views.SeriesViewSet, basename="series")
router.register("speakers", views.SpeakerViewSet, basename="speaker")

urlpatterns = [
    path("", RedirectView.as_view(pattern_name="api:docs"), name="root"),
    path("", include(router.urls)),
    path("schema/", conditional_page(SpectacularJSONAPIView.as_view()), name="schema"),
    path("docs/", conditional_page(SpectacularSwaggerView.as_view(url_name="api:schema")), name="docs"),
]
