"""/de/newsletter/… and /en/newsletter/… (inside i18n_patterns in smartcity/urls.py): the language
prefix decides the language of the page, as everywhere on the site."""

from django.urls import path

from . import views

app_name = "newsletter"
urlpatterns = [
    path("", views.signup, name="signup"),
    path("confirm/<str:token>/", views.confirm, name="confirm"),
    path("unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
]
