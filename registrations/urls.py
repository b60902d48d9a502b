from django.urls import path

from . import views

app_name = "registrations"

urlpatterns = [
    path("forums/<slug:slug>/register/", views.register, name="register"),
    path("forums/<slug:slug>/register/done/<slug:outcome>/", views.registered, name="registered"),
    path("registrations/confirm/<str:token>/", views.confirm, name="confirm"),
    path("registrations/offer/<str:token>/", views.offer, name="offer"),
    path("registrations/<str:token>/", views.manage, name="manage"),
    path("registrations/<str:token>/cancel/", views.cancel, name="cancel"),
    path("registrations/<str:token>/mode/", views.change_mode, name="change_mode"),
]
