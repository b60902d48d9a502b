"""Downloads under /<lang>/: the URL shapes are a contract, partners link to them."""

from django.urls import path

from ..models import Organisation, Series
from . import views
from .formats import BilingualProgrammePdf, ProgrammeCalendar, ProgrammeCsv, ProgrammeJson, ProgrammePdf

app_name = "downloads"

FORUM_DOWNLOADS = {
    "programme.pdf": ("programme_pdf", ProgrammePdf()),
    "programme-bilingual.pdf": ("programme_bilingual_pdf", BilingualProgrammePdf()),
    "programme.ics": ("programme_ics", ProgrammeCalendar()),
    "programme.json": ("programme_json", ProgrammeJson()),
    "programme.csv": ("programme_csv", ProgrammeCsv()),
}

urlpatterns = [
    *(
        path(f"forums/<slug:slug>/{file_name}", views.forum_download, {"exporter": exporter}, name=name)
        for file_name, (name, exporter) in FORUM_DOWNLOADS.items()
    ),
    path("forums/<slug:slug>/slots/<int:pk>.ics", views.slot_calendar, name="slot_ics"),
    path("forums/<slug:slug>/materials/<int:pk>/", views.material, name="material"),
    path("calendar.ics", views.calendar, name="calendar"),
    path(
        "organisations/<slug:slug>/calendar.ics",
        views.subject_calendar,
        {"model": Organisation, "filter_name": "organisation"},
        name="organisation_calendar",
    ),
    path(
        "series/<slug:slug>/calendar.ics",
        views.subject_calendar,
        {"model": Series, "filter_name": "series"},
        name="series_calendar",
    ),
]
