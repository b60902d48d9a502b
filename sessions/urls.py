from django.urls import path

from . import views

app_name = "agenda"

urlpatterns = [
    path("speakers/<slug:slug>/", views.speaker_detail, name="speaker_detail"),
]
