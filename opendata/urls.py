"""/api/v1/ (included from smartcity/urls.py, outside the language prefixes)."""

from django.urls import path

from . import views

app_name = "opendata"

api_patterns = [
    path("", views.RootView.as_view(), name="root"),
    path("fields/", views.FieldsOfActionView.as_view(), name="fields"),
    path("projects/", views.ProjectsView.as_view(), name="projects"),
    path("projects.csv", views.ProjectsCsvView.as_view(), name="projects-csv"),
    path("partners/", views.PartnersView.as_view(), name="partners"),
    path("updates/", views.UpdatesView.as_view(), name="updates"),
    path("events/", views.EventsView.as_view(), name="events"),
]

# Described in it: the paths above (opendata.schema), not the description itself.
urlpatterns = api_patterns + [
    path("openapi.json", views.OpenApiView.as_view(), name="openapi"),
]
