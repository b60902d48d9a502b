from django.urls import path

from . import invitation_views, views

app_name = "events"

urlpatterns = [
    path("", views.home, name="home"),
    path("forums/", views.forum_list, name="forum_list"),
    path("forums/<slug:slug>/", views.forum_detail, name="forum_detail"),
    path("organisations/<slug:slug>/", views.organisation_detail, name="organisation_detail"),
    path("series/<slug:slug>/", views.series_detail, name="series_detail"),
    path("invitations/<str:token>/", invitation_views.accept_invitation, name="accept_invitation"),
]
